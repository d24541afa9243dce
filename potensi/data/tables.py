"""The data tables inside the store, written in one transaction per import.

A GeoPackage is a SQLite file, so the data layers live there as attribute tables
(registered in ``gpkg_contents``, so QGIS opens them too) beside the boundary
layers. In a PostGIS store they are ordinary tables of the same database; the
statements are the same (:mod:`potensi.core.sql` translates the little that differs).
Every accepted import is recorded with the previous version of each row
it replaced, which is what makes ``data undo`` exact.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from potensi.core import postgis
from potensi.core.errors import PotensiError, StoreMissing
from potensi.core.sql import DB_ERRORS, Connection, is_postgres, query_frame, table_columns, table_exists
from potensi.core.store import (
    StoreRef,
    heal,
    is_postgis,
    store_exists,
    store_path,
    store_writer,
    write_failed,
)
from potensi.data import tematik
from potensi.data.schema import TABLES, Table

IMPORT_COLUMN = "_impor_id"

HISTORY_DDL = (
    """CREATE TABLE IF NOT EXISTS riwayat_impor (
        urutan INTEGER PRIMARY KEY AUTOINCREMENT,
        impor_id TEXT UNIQUE NOT NULL,
        lapisan TEXT NOT NULL,
        berkas TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        baris_baru INTEGER NOT NULL,
        baris_diganti INTEGER NOT NULL,
        waktu TEXT NOT NULL,
        dibatalkan TEXT,
        oleh TEXT)""",
    """CREATE TABLE IF NOT EXISTS riwayat_baris (
        impor_id TEXT NOT NULL,
        lapisan TEXT NOT NULL,
        kunci TEXT NOT NULL,
        sebelum TEXT,
        PRIMARY KEY (impor_id, kunci))""",
    # a boundary import keeps each layer it replaced as a layer of its own
    # (``lapisan_lama``), with content fingerprints to prove an undo is exact
    """CREATE TABLE IF NOT EXISTS riwayat_batas (
        impor_id TEXT NOT NULL,
        lapisan TEXT NOT NULL,
        lapisan_lama TEXT NOT NULL,
        sidik_sebelum TEXT NOT NULL,
        sidik_sesudah TEXT NOT NULL,
        perubahan TEXT,
        PRIMARY KEY (impor_id, lapisan))""",
)
#: columns added to ``riwayat_impor`` after stores were already in use: (name, SQL type);
#: :func:`ensure_tables` adds any a store lacks, so an old store keeps its history
HISTORY_ADDED_COLUMNS = (("oleh", "TEXT"),)
#: ``riwayat_impor.lapisan`` of a boundary import: this prefix and the level imported
BOUNDARY_PREFIX = "batas_"


@dataclass(frozen=True)
class ImportRecord:
    """What an accepted import did."""

    impor_id: str
    lapisan: str
    berkas: str
    baris_baru: int
    baris_diganti: int
    oleh: str | None = None


class ReplaceRefused(PotensiError):
    """An import would replace rows that already exist and the replacement was not confirmed.

    Nothing was written. ``keys`` names every existing row the file would replace, so
    the official can check them (the page shows them old → new) before confirming.
    """

    def __init__(self, layer: str, keys: list[str]) -> None:
        self.layer = layer
        self.keys = keys
        shown = ", ".join(keys[:MAX_KEYS_NAMED])
        if len(keys) > MAX_KEYS_NAMED:
            shown += f" (dan {len(keys) - MAX_KEYS_NAMED} lainnya)"
        super().__init__(
            f"Impor ditolak: {len(keys)} baris lapisan {layer} sudah ada dan akan diganti: {shown}. "
            "Tidak ada yang disimpan. Periksa dulu nilai lama dan barunya, lalu ulangi dengan "
            "--ganti (baris perintah) atau centang konfirmasi penggantian di halaman Kelola Data."
        )


#: how many replaced keys a refusal names before it says "and N more"
MAX_KEYS_NAMED = 20


def key_text(table: Table, row: dict) -> str:
    """A row's key as an official reads it: the value, or the values joined by " / "."""
    return " / ".join(str(sql_value(row.get(k))) for k in table.key)


def _existing_store(path: Path | None) -> StoreRef:
    target = store_path(path)
    if not store_exists(target):
        raise StoreMissing(
            f"Store {target} belum ada. Bangun batas wilayah dulu: "
            "`python -m potensi geodata build` (atau `make setup`)."
        )
    return target


@contextmanager
def read_connection(path: Path | None = None) -> Iterator[Connection]:
    """A read-only connection: reading can never change the store's bytes."""
    target = store_path(path)
    if is_postgis(target):  # one connection per read: an unreachable database says so itself
        with postgis.connection(target, read_only=True) as con:
            yield con
        return
    target = _existing_store(target)
    heal(target)  # a writer killed mid-transaction left a journal a read-only reader cannot undo
    con = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
    try:
        yield con
    finally:
        con.close()


@contextmanager
def write_transaction(path: Path | None = None) -> Iterator[Connection]:
    """One transaction as the store's one writer: committed when the block ends, rolled back
    on any error (a full disk included), never half-applied.

    SQLite may already have rolled back by itself (a full disk does that), so the
    rollback here only runs while a transaction is open; a file-system failure
    reaches the official as :class:`StoreWriteFailed` in Indonesian, not as SQLite's
    English message.
    """
    with store_writer(_existing_store(path)) as target:
        con = postgis.connect(target) if is_postgis(target) else sqlite3.connect(target, isolation_level=None)
        try:
            con.execute("BEGIN IMMEDIATE")
            ensure_tables(con)
            yield con
            if is_postgis(target):
                postgis.bump_version(con)
            con.execute("COMMIT")
        except BaseException as exc:
            if con.in_transaction:
                with contextlib.suppress(*DB_ERRORS):
                    con.execute("ROLLBACK")
            if _is_file_failure(exc):
                raise write_failed(target, exc) from exc
            raise
        finally:
            con.close()


def _is_file_failure(exc: BaseException) -> bool:
    """A full disk or a failing file system (not a mistake in the data)."""
    import psycopg

    if isinstance(exc, psycopg.errors.DiskFull | psycopg.errors.IoError):
        return True
    if not isinstance(exc, sqlite3.OperationalError):
        return False
    text = str(exc).lower()
    return any(part in text for part in ("disk is full", "disk i/o error", "readonly database", "no space"))


#: PostgreSQL only: the order rows were written in (SQLite's rowid; a heap has no order of its own)
ORDER_COLUMN = "_urutan"


def _ddl(table: Table, postgres: bool = False) -> str:
    columns = [f'"{c.name}" {c.sql_type}' for c in table.columns]
    columns.append(f'"{IMPORT_COLUMN}" TEXT')
    if postgres:
        columns.append(f'"{ORDER_COLUMN}" BIGINT GENERATED ALWAYS AS IDENTITY')
    key = ", ".join(f'"{k}"' for k in table.key)
    return f'CREATE TABLE IF NOT EXISTS "{table.name}" ({", ".join(columns)}, PRIMARY KEY ({key}))'


def ensure_tables(con: Connection) -> None:
    """Create missing tables/columns and register them as GeoPackage attribute tables."""
    for statement in HISTORY_DDL:
        con.execute(statement)
    tematik.ensure(con)
    history_columns = table_columns(con, "riwayat_impor")
    for name, sql_type in HISTORY_ADDED_COLUMNS:
        if name not in history_columns:  # a store made before the column existed
            con.execute(f'ALTER TABLE riwayat_impor ADD COLUMN "{name}" {sql_type}')
    has_contents = table_exists(con, "gpkg_contents")
    for table in TABLES.values():
        con.execute(_ddl(table, is_postgres(con)))
        present = table_columns(con, table.name)
        for column in table.columns:
            if column.name not in present:
                con.execute(f'ALTER TABLE "{table.name}" ADD COLUMN "{column.name}" {column.sql_type}')
        if has_contents:
            con.execute(
                "INSERT INTO gpkg_contents (table_name, data_type, identifier, description) "
                "VALUES (?, 'attributes', ?, ?) ON CONFLICT DO NOTHING",
                (table.name, table.name, table.id),
            )


def sql_value(value: object) -> object:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    if isinstance(value, bool):
        return int(value)
    return value


def _key_of(table: Table, row: dict) -> str:
    return json.dumps([row[k] for k in table.key], ensure_ascii=False, default=str)


def _key_where(table: Table) -> str:
    return " AND ".join(f'"{k}" = ?' for k in table.key)


def _select_row(con: Connection, table: Table, key_values: list) -> dict | None:
    cursor = con.execute(f'SELECT * FROM "{table.name}" WHERE {_key_where(table)}', key_values)
    found = cursor.fetchone()
    if found is None:
        return None
    row = dict(zip([d[0] for d in cursor.description], found, strict=True))
    row.pop(ORDER_COLUMN, None)  # the PostgreSQL row order is the store's, not the row's
    return row


def apply_import(
    table: Table,
    rows: pd.DataFrame,
    berkas: str,
    sha256: str,
    path: Path | None = None,
    prefix: str = "IMP",
    *,
    actor: str | None = None,
    replace: bool = False,
    replace_own: str | None = None,
) -> ImportRecord:
    """Insert ``rows`` by key (replacing existing keys only when ``replace``), recording
    what each replaced and who imported (``actor``), atomically.

    ``replace_own`` (an import-id prefix such as ``SEED``) allows replacing exactly the
    rows whose stored version came from an import with that prefix: a newer seed
    updates the seed's own rows but never a row an official imported or corrected.

    Whether a key exists is decided inside the write transaction, so a row added by
    someone else between the preview and the save is still refused, never overwritten
    silently; :class:`ReplaceRefused` names every such key and nothing is written.
    """
    stamp = dt.datetime.now(dt.UTC)
    impor_id = f"{prefix}-{stamp:%Y%m%d-%H%M%S}-{sha256[:6]}"
    added = replaced = 0
    names = [*table.names, IMPORT_COLUMN]
    placeholders = ", ".join("?" for _ in names)
    quoted = ", ".join(f'"{n}"' for n in names)
    with write_transaction(path) as con:
        suffix = 1
        while con.execute("SELECT 1 FROM riwayat_impor WHERE impor_id = ?", (impor_id,)).fetchone():
            suffix += 1
            impor_id = f"{prefix}-{stamp:%Y%m%d-%H%M%S}-{sha256[:6]}-{suffix}"
        refused: list[str] = []
        for record in rows.to_dict(orient="records"):
            values = {name: sql_value(record.get(name)) for name in table.names}
            key_values = [values[k] for k in table.key]
            before = _select_row(con, table, key_values)
            if before is None:
                added += 1
            else:
                replaced += 1
                own = replace_own is not None and str(before.get(IMPORT_COLUMN) or "").startswith(
                    f"{replace_own}-"
                )
                if not (replace or own):
                    refused.append(key_text(table, values))
                    continue
            con.execute(
                "INSERT INTO riwayat_baris (impor_id, lapisan, kunci, sebelum) VALUES (?, ?, ?, ?)",
                (
                    impor_id,
                    table.name,
                    _key_of(table, values),
                    None if before is None else json.dumps(before, ensure_ascii=False),
                ),
            )
            if before is not None:  # replace: the statement both databases know
                con.execute(f'DELETE FROM "{table.name}" WHERE {_key_where(table)}', key_values)
            con.execute(
                f'INSERT INTO "{table.name}" ({quoted}) VALUES ({placeholders})',
                [values[n] for n in table.names] + [impor_id],
            )
        if refused:
            raise ReplaceRefused(table.name, refused)  # rolls the whole transaction back
        if table.name in tematik.SITE_TABLES and tematik.has_overlays(con):
            tematik.recompute_facts(con)  # a moved or new site gets its zone/hazard/distance now
        con.execute(
            "INSERT INTO riwayat_impor (impor_id, lapisan, berkas, sha256, baris_baru, baris_diganti, "
            "waktu, oleh) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                impor_id,
                table.name,
                berkas,
                sha256,
                added,
                replaced,
                stamp.isoformat(timespec="seconds"),
                actor,
            ),
        )
    return ImportRecord(impor_id, table.name, berkas, added, replaced, actor)


def undo_import(impor_id: str, path: Path | None = None) -> ImportRecord:
    """Remove what an import added and put back what it replaced."""
    with write_transaction(path) as con:
        found = con.execute(
            "SELECT urutan, lapisan, berkas, baris_baru, baris_diganti, dibatalkan, oleh "
            "FROM riwayat_impor WHERE impor_id = ?",
            (impor_id,),
        ).fetchone()
        if found is None:
            raise PotensiError(
                f"Impor {impor_id} tidak ada di riwayat. Lihat `python -m potensi data history`."
            )
        urutan, lapisan, berkas, baru, diganti, dibatalkan, oleh = found
        if lapisan.startswith(BOUNDARY_PREFIX):
            raise PotensiError(
                f"Impor {impor_id} mengganti batas wilayah, bukan baris data. Batalkan dengan "
                f"`python -m potensi data undo {impor_id}` atau `python -m potensi geodata undo {impor_id}`."
            )
        if dibatalkan:
            raise PotensiError(f"Impor {impor_id} sudah dibatalkan pada {dibatalkan}.")
        if lapisan == tematik.OVERLAY_LAYER:  # an overlay: its id is the import's id
            tematik.remove_overlay(con, impor_id)
            con.execute(
                "UPDATE riwayat_impor SET dibatalkan = ? WHERE impor_id = ?",
                (dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), impor_id),
            )
            return ImportRecord(impor_id, lapisan, berkas, baru, diganti, oleh)
        table = TABLES[lapisan]
        keys = con.execute(
            "SELECT kunci, sebelum FROM riwayat_baris WHERE impor_id = ?", (impor_id,)
        ).fetchall()
        later = con.execute(
            "SELECT DISTINCT i.impor_id FROM riwayat_baris b JOIN riwayat_impor i USING (impor_id) "
            "WHERE b.lapisan = ? AND i.urutan > ? AND i.dibatalkan IS NULL AND b.kunci IN "
            "(SELECT kunci FROM riwayat_baris WHERE impor_id = ?)",
            (lapisan, urutan, impor_id),
        ).fetchall()
        if later:
            raise PotensiError(
                f"Impor {impor_id} tidak dapat dibatalkan: baris yang sama diubah lagi oleh "
                f"{', '.join(r[0] for r in later)}. Batalkan impor yang lebih baru terlebih dahulu."
            )
        where = " AND ".join(f'"{k}" = ?' for k in table.key)
        for kunci, sebelum in keys:
            con.execute(f'DELETE FROM "{table.name}" WHERE {where}', json.loads(kunci))
            if sebelum is not None:
                old = json.loads(sebelum)
                cols = ", ".join(f'"{c}"' for c in old)
                con.execute(
                    f'INSERT INTO "{table.name}" ({cols}) VALUES ({", ".join("?" for _ in old)})',
                    list(old.values()),
                )
        if table.name in tematik.SITE_TABLES and tematik.has_overlays(con):
            tematik.recompute_facts(con)
        con.execute(
            "UPDATE riwayat_impor SET dibatalkan = ? WHERE impor_id = ?",
            (dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), impor_id),
        )
    return ImportRecord(impor_id, lapisan, berkas, baru, diganti, oleh)


def read_rows(name: str, path: Path | None = None) -> pd.DataFrame:
    """A data table as a DataFrame in schema column order (empty when never imported)."""
    table = TABLES[name]
    with read_connection(path) as con:
        if not table_exists(con, name):
            return pd.DataFrame(columns=[*table.names, IMPORT_COLUMN])
        order = f' ORDER BY "{ORDER_COLUMN}"' if is_postgres(con) else ""
        frame = query_frame(con, f'SELECT * FROM "{name}"{order}')
    for column in table.columns:
        if column.kind == "bool":
            frame[column.name] = frame[column.name].map(lambda v: None if pd.isna(v) else bool(v))
    keep = [*table.names, IMPORT_COLUMN]
    return frame[[c for c in keep if c in frame.columns]]


HISTORY_COLUMNS = [
    "impor_id",
    "lapisan",
    "berkas",
    "sha256",
    "baris_baru",
    "baris_diganti",
    "waktu",
    "dibatalkan",
    "oleh",
]


def history(path: Path | None = None) -> pd.DataFrame:
    """Every import, newest first, with who made it (``oleh``: None for imports made
    before the column existed, and for the seed)."""
    with read_connection(path) as con:
        if not table_exists(con, "riwayat_impor"):
            return pd.DataFrame(columns=HISTORY_COLUMNS)
        # read-only: a store not yet migrated (no write since) has no ``oleh`` column
        present = table_columns(con, "riwayat_impor")
        selected = ", ".join(c if c in present else f"NULL AS {c}" for c in HISTORY_COLUMNS)
        return query_frame(con, f"SELECT {selected} FROM riwayat_impor ORDER BY urutan DESC")


def import_entry(impor_id: str, path: Path | None = None) -> dict | None:
    """One import's history row (as :func:`history` gives it), or None when unknown."""
    found = history(path)
    found = found[found.impor_id == impor_id]
    return None if found.empty else found.iloc[0].to_dict()


def existing_rows(table: Table, keys: list[dict], path: Path | None = None) -> dict[str, dict]:
    """The stored rows with these keys, by :func:`key_text` (for a dry run's old → new)."""
    found: dict[str, dict] = {}
    with read_connection(path) as con:
        if not table_exists(con, table.name):
            return found
        for key in keys:
            row = _select_row(con, table, [sql_value(key.get(k)) for k in table.key])
            if row is not None:
                found[key_text(table, key)] = row
    return found


@dataclass(frozen=True)
class BoundaryLayerRecord:
    """One layer a boundary import replaced, and where its previous content is kept."""

    lapisan: str
    lapisan_lama: str
    sidik_sebelum: str
    sidik_sesudah: str


@dataclass(frozen=True)
class BoundaryImport:
    """A boundary import as the history holds it."""

    impor_id: str
    lapisan: str
    berkas: str
    urutan: int
    dibatalkan: str | None
    layers: tuple[BoundaryLayerRecord, ...]


def new_import_id(prefix: str, sha256: str, path: Path | None = None) -> str:
    """An id not yet in the history, in the form ``apply_import`` uses."""
    stamp = dt.datetime.now(dt.UTC)
    base = f"{prefix}-{stamp:%Y%m%d-%H%M%S}-{sha256[:6]}"
    with read_connection(path) as con:
        taken: set[str] = set()
        if table_exists(con, "riwayat_impor"):
            taken = {
                r[0]
                for r in con.execute(
                    "SELECT impor_id FROM riwayat_impor WHERE impor_id LIKE ?", (base + "%",)
                )
            }
    impor_id, suffix = base, 1
    while impor_id in taken:
        suffix += 1
        impor_id = f"{base}-{suffix}"
    return impor_id


def record_boundary_import(
    impor_id: str,
    level: str,
    berkas: str,
    sha256: str,
    replaced: int,
    layers: list[BoundaryLayerRecord],
    perubahan: str,
    path: Path | None = None,
) -> None:
    """Add a boundary import to ``riwayat_impor`` with the layers it replaced, in one transaction."""
    with write_transaction(path) as con:
        con.execute(
            "INSERT INTO riwayat_impor (impor_id, lapisan, berkas, sha256, baris_baru, baris_diganti, "
            "waktu) VALUES (?, ?, ?, ?, 0, ?, ?)",
            (
                impor_id,
                BOUNDARY_PREFIX + level,
                berkas,
                sha256,
                replaced,
                dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            ),
        )
        con.executemany(
            "INSERT INTO riwayat_batas (impor_id, lapisan, lapisan_lama, sidik_sebelum, sidik_sesudah, "
            "perubahan) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (impor_id, r.lapisan, r.lapisan_lama, r.sidik_sebelum, r.sidik_sesudah, perubahan)
                for r in layers
            ],
        )


def _boundary_import(con: Connection, impor_id: str) -> BoundaryImport | None:
    found = con.execute(
        "SELECT urutan, lapisan, berkas, dibatalkan FROM riwayat_impor WHERE impor_id = ?", (impor_id,)
    ).fetchone()
    if found is None or not str(found[1]).startswith(BOUNDARY_PREFIX):
        return None
    layers = tuple(
        BoundaryLayerRecord(*row)
        for row in con.execute(
            "SELECT lapisan, lapisan_lama, sidik_sebelum, sidik_sesudah FROM riwayat_batas "
            "WHERE impor_id = ? ORDER BY lapisan",
            (impor_id,),
        )
    )
    return BoundaryImport(impor_id, found[1], found[2], int(found[0]), found[3], layers)


def boundary_import(impor_id: str, path: Path | None = None) -> BoundaryImport | None:
    """The boundary import with this id, or None when the id is not one."""
    with read_connection(path) as con:
        if not table_exists(con, "riwayat_batas"):
            return None
        return _boundary_import(con, impor_id)


def later_boundary_imports(record: BoundaryImport, path: Path | None = None) -> list[str]:
    """Active boundary imports after ``record`` that replaced one of its layers again."""
    levels = [layer.lapisan for layer in record.layers]
    marks = ", ".join("?" for _ in levels)
    with read_connection(path) as con:
        rows = con.execute(
            "SELECT i.impor_id FROM riwayat_batas b JOIN riwayat_impor i USING (impor_id) "
            f"WHERE i.urutan > ? AND i.dibatalkan IS NULL AND b.lapisan IN ({marks}) "
            "GROUP BY i.impor_id, i.urutan ORDER BY i.urutan",
            (record.urutan, *levels),
        ).fetchall()
    return [r[0] for r in rows]


def mark_undone(impor_id: str, path: Path | None = None) -> str:
    """Stamp an import as undone; returns the stamp."""
    stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with write_transaction(path) as con:
        con.execute("UPDATE riwayat_impor SET dibatalkan = ? WHERE impor_id = ?", (stamp, impor_id))
    return stamp
