"""The one façade to the store, and its one writer.

The store is a GeoPackage file by default, or a PostgreSQL + PostGIS database when
``PETA_STORE`` is a ``postgresql://`` URL (:mod:`potensi.core.postgis`, which keeps
the same four rules in PostgreSQL's terms: an advisory lock, transactions, no
journal to heal, backups through ``store copy``). Everything above this module
names a store by what :func:`store_path` returns and never asks which it is.

The store holds the only copy of what officials imported, so every write is
precious. Four rules, all kept here:

* **One writer.** Every write — boundary rebuild, boundary import, data import,
  undo, analysis saved as indikator, restore — runs inside :func:`store_writer`,
  which holds an exclusive lock (``flock`` on ``<store>.lock``, plus a per-process
  lock for the dashboard's threads). A second writer waits up to
  ``PETA_WRITE_WAIT`` seconds and then gets :class:`StoreBusy` ("sedang dipakai,
  coba lagi"); no write is lost by running over another.
* **All or nothing.** Data tables change in one SQLite transaction
  (``potensi.data.tables.write_transaction``); boundary layers are written to a
  copy that replaces the store with ``os.replace`` (:func:`write_store_atomically`).
  A crash or a full disk leaves the store as it was before the write.
* **Crashes heal.** A writer killed mid-transaction leaves SQLite's rollback
  journal beside the store; read-only readers cannot roll it back and would fail.
  :func:`heal` rolls it back (taking the writer's lock, so never under a live
  writer) and removes the temporary copies a killed rebuild left; readers call it
  when they see a journal, the writer always.
* **Backed up.** Before each write the store is copied with SQLite's backup API to
  ``cadangan/`` beside it (``PETA_BACKUP_DIR``), keeping the newest
  ``PETA_BACKUP_KEEP`` (:func:`backup_store`, :func:`restore_store`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import fcntl
import os
import re
import shutil
import sqlite3
import tempfile
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import geopandas as gpd
import pyogrio

from potensi.core import postgis
from potensi.core.config import get_settings
from potensi.core.errors import PotensiError, StoreBusy, StoreMissing, StoreWriteFailed
from potensi.core.formatting import format_number
from potensi.core.postgis import PostgisStore

Level = Literal["kabupaten", "kecamatan", "desa"]
LEVELS: tuple[Level, ...] = ("kabupaten", "kecamatan", "desa")
#: layers a file must hold to be a store (a restore refuses anything else)
REQUIRED_LAYERS = LEVELS
#: how a backup file is named: the store's stem, then the time (sorts oldest first)
BACKUP_STAMP = "%Y%m%d-%H%M%S-%f"
_POLL_SECONDS = 0.05


#: a store as the features name it: a GeoPackage's path, or a PostGIS database
StoreRef = Path | PostgisStore


def store_path(path: Path | str | PostgisStore | None = None) -> StoreRef:
    """The store in use: an explicit path or URL, else ``PETA_STORE``, else geodata/peta.gpkg."""
    if isinstance(path, PostgisStore):
        return path
    if path is None:
        path = get_settings().store
    if postgis.is_url(path):
        return PostgisStore(str(path))
    return Path(path)


def is_postgis(target: object) -> bool:
    """Whether the store is a PostGIS database (the few places that differ ask this)."""
    return isinstance(target, PostgisStore)


def store_exists(path: Path | str | PostgisStore | None = None) -> bool:
    """Whether the store has been built (a file there; boundary layers in the database)."""
    target = store_path(path)
    return postgis.exists(target) if is_postgis(target) else target.is_file()


def _journal(target: Path) -> Path:
    return target.with_name(target.name + "-journal")


def _lock_file(target: Path) -> Path:
    return target.with_name(target.name + ".lock")


def _temporaries(target: Path) -> list[Path]:
    """Copies a write in progress (or a killed one) keeps beside the store."""
    return sorted(target.parent.glob(f".{target.name}.*.tmp.gpkg"))


# --------------------------------------------------------------------------- the one writer


class _Holder(threading.local):
    """Which stores this thread holds, and how deeply (a write may call another)."""

    def __init__(self) -> None:
        self.depth: dict[Path, int] = {}


_HELD = _Holder()
_PROCESS_LOCKS: dict[Path, threading.Lock] = {}
_PROCESS_LOCKS_GUARD = threading.Lock()


def _process_lock(key: Path) -> threading.Lock:
    """One lock per store for the threads of this process (flock is per open file, not per thread)."""
    with _PROCESS_LOCKS_GUARD:
        return _PROCESS_LOCKS.setdefault(key, threading.Lock())


def _busy(target: Path, waited: float) -> StoreBusy:
    return StoreBusy(
        f"Store {target.name} sedang dipakai oleh penulisan lain (impor, pembatalan, atau pembangunan "
        f"ulang batas wilayah) dan belum selesai setelah {format_number(waited, 0, 'id')} detik. "
        "Tidak ada yang diubah; "
        "coba lagi sebentar lagi."
    )


@contextlib.contextmanager
def store_writer(
    path: Path | str | PostgisStore | None = None, wait: float | None = None, backup: bool = True
) -> Iterator[StoreRef]:
    """Hold the store's one writer lock for a write; yields the store (its path, or its database).

    Re-entrant within a thread (a boundary import may record its history through the
    data writer). The first entry heals what a crashed writer left and, with
    ``backup``, copies the store to the backup folder before anything changes.
    On PostGIS the lock is an advisory lock that every process and machine on the
    database shares.
    """
    target = store_path(path).resolve()
    depth = _HELD.depth.get(target, 0)
    if depth:
        _HELD.depth[target] = depth + 1
        try:
            yield target
        finally:
            _HELD.depth[target] -= 1
        return
    limit = get_settings().write_wait if wait is None else wait
    started = time.monotonic()
    thread_lock = _process_lock(target)
    if not thread_lock.acquire(timeout=limit):
        raise _busy(target, limit)
    try:
        with _cross_process_lock(target, limit, started):
            _HELD.depth[target] = 1
            try:
                _heal_locked(target)
                if backup and get_settings().backup_keep > 0 and _backed_up_on_write(target):
                    backup_store(target)
                yield target
            finally:
                _HELD.depth.pop(target, None)
    finally:
        thread_lock.release()


@contextlib.contextmanager
def _cross_process_lock(target: StoreRef, limit: float, started: float) -> Iterator[None]:
    """The lock every process shares: ``flock`` on ``<store>.lock``, or PostgreSQL's advisory lock."""
    if is_postgis(target):
        with postgis.writer_lock(target, limit, started, _busy(target, limit)):
            yield
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(_lock_file(target), os.O_RDWR | os.O_CREAT, 0o644)
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() - started >= limit:
                    raise _busy(target, limit) from None
                time.sleep(_POLL_SECONDS)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _backed_up_on_write(target: StoreRef) -> bool:
    """Whether each write starts with a copy of the store: for a GeoPackage, always.

    A PostGIS database is backed up by the database's own means (``pg_dump``,
    point-in-time recovery: what an IT department already runs), and on demand
    into a GeoPackage by ``python -m potensi store backup`` (``store copy``); a
    whole-database copy before every import would cost seconds at province scale.
    Undo does not depend on it: the history keeps every replaced row."""
    return not is_postgis(target) and target.is_file()


def holds_writer(path: Path | None = None) -> bool:
    """Whether this thread holds the store's writer lock (writers below the façade check it)."""
    return _HELD.depth.get(store_path(path).resolve(), 0) > 0


# --------------------------------------------------------------------------- healing


def _heal_locked(target: StoreRef) -> None:
    """With the writer lock held: roll back a crashed transaction, drop killed writes' copies.

    PostgreSQL heals itself (its write-ahead log); there is nothing to do there."""
    if is_postgis(target):
        return
    for orphan in _temporaries(target):
        orphan.unlink(missing_ok=True)
    if _journal(target).exists() and target.is_file():
        # opening read-write and reading rolls a hot journal back (SQLite's own recovery)
        con = sqlite3.connect(target)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()


def heal(path: Path | None = None) -> None:
    """Make a store that a killed writer left readable again, if no writer is running.

    Cheap when there is nothing to heal (one ``stat``). With a live writer the
    journal is its own and not hot; readers go on reading the committed state.
    """
    target = store_path(path)
    if is_postgis(target) or not _journal(target).exists():
        return
    with contextlib.suppress(StoreBusy), store_writer(target, wait=0, backup=False):
        pass


# --------------------------------------------------------------------------- reading


def list_layers(path: Path | None = None) -> list[str]:
    """Names of the layers present in the store."""
    target = store_path(path)
    if is_postgis(target):
        return postgis.list_layers(target)
    if not target.is_file():
        return []
    heal(target)
    with _gdal_read(target):
        return [name for name, _ in pyogrio.list_layers(target)]


@contextlib.contextmanager
def _gdal_read(target: Path) -> Iterator[None]:
    """Let GDAL read the GeoPackage only while no thread of this process writes it.

    GDAL (inside pyogrio) reads through its own copy of SQLite, whose POSIX locks cannot
    see those Python's ``sqlite3`` holds in the same process: a layer read during an
    import in the dashboard process took the writer's live journal for a crashed one and
    failed ("gpkg_contents is missing"), and closing GDAL's file would even drop the
    writer's locks. Other processes are not affected (their locks are seen), so only this
    process's writer is waited for, never another's; the writer itself reads freely (a
    boundary import reads the layers it replaces).
    """
    key = target.resolve()
    if _HELD.depth.get(key, 0):
        yield
        return
    lock = _process_lock(key)
    limit = get_settings().write_wait
    if not lock.acquire(timeout=limit):
        raise _busy(target, limit)
    try:
        yield
    finally:
        lock.release()


#: a Kemendagri kabupaten/kota code ("35.05"): the only value a filtered read puts in its query
KABUPATEN_CODE = re.compile(r"\d{2}\.\d{2}")


def load_layer(level: str, path: Path | None = None, kabupaten: str | None = None) -> gpd.GeoDataFrame:
    """Read one layer; a missing store explains how to build it.

    ``kabupaten`` ("35.05") reads only that kabupaten/kota's rows, filtered by the store
    (SQLite's ``WHERE`` through GDAL, or PostgreSQL's): a province store then costs one
    kabupaten's view what the kabupaten alone would, not the province. Rows keep their order.
    """
    target = store_path(path)
    where = None
    if kabupaten is not None:
        if not KABUPATEN_CODE.fullmatch(kabupaten):
            raise ValueError(f"kode kabupaten/kota tidak sah: {kabupaten!r} (contoh: 35.05)")
        where = ("kode" if level == "kabupaten" else "kode_kab", kabupaten)
    missing = StoreMissing(
        f"Store {target} belum berisi lapisan '{level}'. Jalankan dulu "
        "`python -m potensi geodata build` (atau `make run`), dengan "
        "PETA_GEODATA_MIRROR bila tidak ada internet."
    )
    if is_postgis(target):  # one connection: the layer's columns say whether it is there
        found = postgis.load_layer(target, level, where)
        if found is None:
            raise missing
        return found
    if not target.is_file() or level not in list_layers(target):
        raise missing
    with _gdal_read(target):
        if where:
            return gpd.read_file(target, layer=level, where=f"\"{where[0]}\" = '{where[1]}'")
        return gpd.read_file(target, layer=level)


# --------------------------------------------------------------------------- writing layers


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_failed(target: Path, exc: BaseException) -> StoreWriteFailed:
    if (
        isinstance(exc, OSError)
        and exc.errno == errno.ENOSPC
        or "disk is full" in str(exc).lower()
        or ("no space left" in str(exc).lower())
    ):
        reason = "disk penuh"
        advice = "Kosongkan ruang disk (mis. hapus cadangan lama), lalu ulangi."
    else:
        reason = f"kesalahan berkas ({type(exc).__name__})"
        advice = "Ulangi; bila terus terjadi, laporkan ke pengelola server."
    return StoreWriteFailed(
        f"Penulisan ke store {target.name} gagal: {reason}. Store tidak berubah (masih seperti sebelum "
        f"penulisan ini). {advice}"
    )


def write_store_atomically(
    layers: Mapping[str, gpd.GeoDataFrame], path: Path | None = None, keep_other_layers: bool = True
) -> Path:
    """Write ``layers`` into the store as one all-or-nothing step, as the one writer.

    The old store is copied beside itself, the named layers are overwritten in the
    copy (pyogrio replaces one layer and leaves the others, data tables included),
    the copy is flushed to disk and swapped in with ``os.replace``. With
    ``keep_other_layers`` false the new store holds only ``layers``.
    """
    with store_writer(path) as target:
        if is_postgis(target):
            _write_postgis_layers(target, layers, keep_other_layers)
            return target
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp.gpkg", dir=target.parent)
        os.close(fd)
        tmp = Path(tmp_name)
        tmp.unlink()
        try:
            if keep_other_layers and target.is_file():
                shutil.copyfile(target, tmp)
            for name, frame in layers.items():
                frame.to_file(tmp, layer=name, driver="GPKG")
            with open(tmp, "rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(tmp, target)
            _fsync_dir(target.parent)
        except (OSError, pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError) as exc:
            raise write_failed(target, exc) from exc
        finally:
            tmp.unlink(missing_ok=True)
    return target


def _write_postgis_layers(
    target: PostgisStore, layers: Mapping[str, gpd.GeoDataFrame], keep_other_layers: bool
) -> None:
    """The PostGIS twin of the copy-and-swap: one transaction, tables renamed over the old."""
    import psycopg

    with postgis.connection(target) as con:
        try:
            con.execute("BEGIN")
            postgis.write_layers(con, layers, keep_other_layers)
            con.execute("COMMIT")
        except BaseException as exc:
            con.rollback()
            if isinstance(exc, psycopg.errors.DiskFull | psycopg.OperationalError):
                raise write_failed(target, exc) from exc
            raise


# --------------------------------------------------------------------------- backups


def _backup_folder(target: Path, folder: Path | None) -> Path:
    configured = get_settings().backup_dir
    return Path(folder) if folder is not None else configured or target.parent / "cadangan"


#: what ``store backup``/``restore`` say for a PostGIS store
_POSTGIS_BACKUP = (
    "Store PostGIS dicadangkan dengan sarana PostgreSQL (pg_dump, pemulihan titik waktu) atau disalin ke "
    "GeoPackage: `python -m potensi store copy <url> cadangan.gpkg`; dipulihkan dengan "
    "`python -m potensi store copy cadangan.gpkg <url>`."
)


def backups(path: Path | None = None, folder: Path | None = None) -> list[Path]:
    """The store's backups, oldest first (a PostGIS store has none of these: see ``store copy``)."""
    target = store_path(path)
    if is_postgis(target):
        return []
    where = _backup_folder(target, folder)
    return sorted(where.glob(f"{target.stem}-*.gpkg")) if where.is_dir() else []


def backup_store(path: Path | None = None, folder: Path | None = None, keep: int | None = None) -> Path:
    """A consistent copy of the store (SQLite's backup API), safe while the dashboard runs.

    Written aside and renamed in, so a half-written backup never looks like one;
    only the newest ``keep`` (``PETA_BACKUP_KEEP``) are kept.
    """
    target = store_path(path)
    if is_postgis(target):
        raise PotensiError(_POSTGIS_BACKUP)
    if not target.is_file():
        raise StoreMissing(f"Store {target} belum ada: tidak ada yang dicadangkan.")
    where = _backup_folder(target, folder)
    where.mkdir(parents=True, exist_ok=True)
    name = f"{target.stem}-{dt.datetime.now(dt.UTC).strftime(BACKUP_STAMP)}.gpkg"
    partial = where / f".{name}.part"
    try:
        source = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)
        finally:
            copy.close()
            source.close()
        os.replace(partial, where / name)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise write_failed(where / name, exc) from exc
    limit = get_settings().backup_keep if keep is None else keep
    for old in backups(target, where)[: -max(limit, 1)]:
        old.unlink(missing_ok=True)
    return where / name


def check_store_file(candidate: Path) -> list[str]:
    """Problems that make ``candidate`` unfit to become the store (empty list: fit)."""
    if not candidate.is_file():
        return [f"berkas {candidate} tidak ada"]
    with open(candidate, "rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            return [f"{candidate.name} bukan GeoPackage/SQLite"]
    problems: list[str] = []
    try:
        con = sqlite3.connect(f"file:{candidate}?mode=ro", uri=True)
        try:
            status = con.execute("PRAGMA integrity_check").fetchone()[0]
            if status != "ok":
                problems.append(f"pemeriksaan integritas SQLite gagal: {status}")
            tables = {r[0] for r in con.execute("SELECT table_name FROM gpkg_contents")}
        finally:
            con.close()
    except sqlite3.Error as exc:
        return [*problems, f"tidak dapat dibaca sebagai GeoPackage ({exc})"]
    missing = [name for name in REQUIRED_LAYERS if name not in tables]
    if missing:
        problems.append(f"lapisan batas wilayah tidak ada: {', '.join(missing)}")
    return problems


def restore_store(candidate: Path, path: Path | None = None) -> Path:
    """Put a backup back as the store, through the writer (the current store is backed up first)."""
    if is_postgis(store_path(path)):
        raise PotensiError(_POSTGIS_BACKUP)
    candidate = Path(candidate)
    problems = check_store_file(candidate)
    if problems:
        raise PotensiError(
            f"Berkas {candidate.name} tidak dapat dipulihkan sebagai store: {'; '.join(problems)}. "
            "Store tidak diubah."
        )
    with store_writer(path, backup=True) as target:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp.gpkg", dir=target.parent)
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            shutil.copyfile(candidate, tmp)
            with open(tmp, "rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(tmp, target)
            _fsync_dir(target.parent)
        except OSError as exc:
            raise write_failed(target, exc) from exc
        finally:
            tmp.unlink(missing_ok=True)
    return target


# --------------------------------------------------------------------------- boundaries


@dataclass(frozen=True)
class Boundaries:
    """The three boundary layers of the store, full resolution."""

    kabupaten: gpd.GeoDataFrame
    kecamatan: gpd.GeoDataFrame
    desa: gpd.GeoDataFrame


def store_version(path: Path | None = None) -> tuple[str, float]:
    """Cache key of the store: its path and modification time (PostGIS: its write counter)."""
    target = store_path(path)
    if is_postgis(target):
        return str(target), postgis.version(target)
    heal(target)
    return str(target), target.stat().st_mtime if target.exists() else 0.0


def load_boundaries(path: Path | None = None) -> Boundaries:
    """Read all three layers (raises StoreMissing with instructions)."""
    return Boundaries(*(load_layer(level, path) for level in ("kabupaten", "kecamatan", "desa")))
