"""Bad luck on purpose: writers killed mid-write, two writers at once, a crashed journal.

Used by ``tests/test_store_reliability.py`` (few trials, every CI run) and by
``scripts/reliability.py`` (≥ 50 trials per operation, figures for docs/). Every
trial runs the real command in a child process, kills it with SIGKILL at a random
moment of its write, and then reads the store as the dashboard does: it must open
without a traceback and hold exactly the state before or after the operation.
"""

from __future__ import annotations

import hashlib
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from potensi.core.config import REPO_ROOT

#: tables whose content is the store's state (GeoPackage bookkeeping and spatial indexes
#: carry timestamps and are rebuilt with the layers, so they are left out)
_SKIP_PREFIXES = ("gpkg_", "rtree_", "sqlite_")
#: columns that change with the clock without changing what the store says: the build time,
#: the import time, and the time stamp inside an import's id ("IMP-20261130-053012-ab12cd")
_VOLATILE_COLUMNS = {"dibangun", "waktu", "_urutan"}
#: PostGIS's own tables, and the store's write counter (it counts writes, not content)
_SKIP_TABLES = {"spatial_ref_sys", "peta_store"}
_STAMPED_COLUMNS = {"impor_id", "_impor_id", "dibatalkan"}
_STAMP = re.compile(r"\d{8}-\d{6}|\d{4}-\d{2}-\d{2}T[\d:+.]+")
OPERATIONS = ("import", "undo", "rebuild")


def _unstamped(value: object) -> object:
    return _STAMP.sub("T", value) if isinstance(value, str) else value


def store_digest(path: Path | str) -> str:
    """A fingerprint of what the store says: every user table's rows, in a stable order
    (a GeoPackage's tables, or a PostGIS store's; the same statements read both)."""
    from potensi.core.sql import table_columns
    from potensi.data.tables import read_connection

    digest = hashlib.sha256()
    with read_connection(path) as con:
        if isinstance(con, sqlite3.Connection):
            listed = con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        else:
            listed = con.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                "AND table_type = 'BASE TABLE' ORDER BY table_name"
            )
        names = [
            r[0]
            for r in listed.fetchall()
            if not r[0].startswith(_SKIP_PREFIXES) and r[0] not in _SKIP_TABLES
        ]
        for name in names:
            columns = sorted(c for c in table_columns(con, name) if c not in _VOLATILE_COLUMNS)
            quoted = ", ".join(f'"{c}"' for c in columns)
            stamped = [c in _STAMPED_COLUMNS for c in columns]
            rows = sorted(
                repr(
                    tuple(_plain(_unstamped(v) if flag else v) for v, flag in zip(row, stamped, strict=True))
                )
                for row in con.execute(f'SELECT {quoted} FROM "{name}"').fetchall()
            )
            digest.update(name.encode())
            for row in rows:
                digest.update(row.encode())
    return digest.hexdigest()


def _plain(value: object) -> object:
    return bytes(value) if isinstance(value, memoryview) else value


def opens_cleanly(path: Path) -> str | None:
    """Read the store as the pages do; None when fine, else what failed."""
    from potensi.core.store import load_boundaries
    from potensi.data.schema import TABLES
    from potensi.data.tables import history, read_rows

    try:
        load_boundaries(path)
        for name in TABLES:
            read_rows(name, path)
        history(path)
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            status = con.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            con.close()
        return None if status == "ok" else f"integrity_check: {status}"
    except Exception as exc:  # noqa: BLE001 - any failure to read is what we count
        return f"{type(exc).__name__}: {exc}"


def indikator_csv(folder: Path, rows: int, tag: str = "uji") -> Path:
    """An indikator CSV of ``rows`` rows for the 22 kecamatan (keys new to the seed)."""
    target = folder / f"indikator_{tag}.csv"
    lines = ["kode_wilayah;indikator;tahun;nilai;satuan;sumber;catatan;contoh"]
    for i in range(rows):
        kec = f"35.05.{i % 22 + 1:02d}"
        lines.append(f"{kec};{tag}_{i // 22};2024;{i};unit;https://example.org/{tag};uji keandalan;ya")
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


#: child programs: each prints READY once imported, then does one write
_CHILD = {
    "import": (
        "import sys; from pathlib import Path; from potensi.data.importer import import_file; "
        "print('READY', flush=True); import_file('indikator', Path(sys.argv[1]), store=Path(sys.argv[2]))"
    ),
    "undo": (
        "import sys; from pathlib import Path; from potensi.data.tables import undo_import; "
        "print('READY', flush=True); undo_import(sys.argv[1], Path(sys.argv[2]))"
    ),
    "rebuild": (
        "import sys; from pathlib import Path; from potensi.boundaries.build import build_region; "
        "print('READY', flush=True); "
        "build_region('35.05', store=Path(sys.argv[2]), mirror=Path(sys.argv[1]), progress=lambda m: None)"
    ),
}


def _child(operation: str, argument: str, store: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "PETA_BACKUP_KEEP": "0"}
    return subprocess.Popen(
        [sys.executable, "-c", _CHILD[operation], argument, str(store)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO_ROOT,
        env=env,
    )


def _ready(proc: subprocess.Popen) -> float:
    line = proc.stdout.readline() if proc.stdout else ""
    if line.strip() != "READY":
        raise RuntimeError(f"child did not start: {line!r} {proc.stderr.read() if proc.stderr else ''}")
    return time.monotonic()


@dataclass
class KillFigures:
    """What the kills of one operation did."""

    operation: str
    trials: int = 0
    before: int = 0  # store equal to the state before the operation
    after: int = 0  # equal to the state after it
    corrupt: int = 0  # did not open, or neither state (data lost or half-written)
    finished_first: int = 0  # the child was done before the kill came
    seconds: float = 0.0  # how long the full operation takes (the kill window)
    failures: list[str] = field(default_factory=list)

    @property
    def lost(self) -> int:
        """Trials whose store held neither the before nor the after state."""
        return self.corrupt


@dataclass(frozen=True)
class Scenario:
    """A store and one write to kill: how to prepare it, and its argument."""

    base: Path  # the store before the operation (left untouched)
    argument: str


def prepare(operation: str, seeded: Path, folder: Path, mirror: Path) -> Scenario:
    """The starting store of an operation (import: seeded; undo: seeded plus a big import)."""
    from potensi.data.importer import import_file

    folder.mkdir(parents=True, exist_ok=True)
    base = folder / f"base_{operation}.gpkg"
    shutil.copyfile(seeded, base)
    csv = indikator_csv(folder, 4000, tag=f"uji_{operation}")
    if operation == "import":
        return Scenario(base, str(csv))
    if operation == "undo":
        report = import_file("indikator", csv, store=base)
        return Scenario(base, report.record.impor_id)
    # a rebuild from the same pinned upstream would give the same boundaries; rename one
    # kecamatan first, so that the state after the rebuild differs from the state before
    from potensi.core.store import load_layer, write_store_atomically

    kecamatan = load_layer("kecamatan", base)
    kecamatan.loc[kecamatan.index[0], "nama"] = "Nama Lama Uji"
    write_store_atomically({"kecamatan": kecamatan}, base)
    return Scenario(base, str(mirror))


def kill_trials(operation: str, scenario: Scenario, folder: Path, trials: int, seed: int = 1) -> KillFigures:
    """Run the operation ``trials`` times, each killed at a random moment of its write."""
    figures = KillFigures(operation)
    before = store_digest(scenario.base)
    full = folder / f"full_{operation}.gpkg"
    shutil.copyfile(scenario.base, full)
    proc = _child(operation, scenario.argument, full)
    started = _ready(proc)
    if proc.wait() != 0:
        raise RuntimeError(f"{operation} failed when not killed: {proc.stderr.read() if proc.stderr else ''}")
    figures.seconds = time.monotonic() - started
    after = store_digest(full)
    rng = random.Random(seed)
    trial = folder / f"trial_{operation}.gpkg"
    for _ in range(trials):
        for leftover in trial.parent.glob(f"{trial.name}*"):
            leftover.unlink()
        shutil.copyfile(scenario.base, trial)
        proc = _child(operation, scenario.argument, trial)
        _ready(proc)
        time.sleep(rng.uniform(0, figures.seconds * 1.1))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        else:
            figures.finished_first += 1
        proc.wait()
        figures.trials += 1
        problem = opens_cleanly(trial)
        state = store_digest(trial) if problem is None else None
        if state == before:
            figures.before += 1
        elif state == after:
            figures.after += 1
        else:
            figures.corrupt += 1
            figures.failures.append(problem or "neither the state before nor after")
    return figures


def concurrent_imports(seeded: Path, folder: Path, rounds: int = 5) -> tuple[int, int, int]:
    """Two imports of different rows started at the same moment, ``rounds`` times.

    Returns (rounds, both applied, lost): a write refused with "coba lagi" counts as
    neither applied nor lost (the official was told), a silently missing one as lost.
    """
    from potensi.data.tables import read_rows

    folder.mkdir(parents=True, exist_ok=True)
    both = lost = 0
    for n in range(rounds):
        store = folder / f"concurrent_{n}.gpkg"
        shutil.copyfile(seeded, store)
        files = [indikator_csv(folder, 1500, tag=f"serentak{side}") for side in ("a", "b")]
        children = [_child("import", str(f), store) for f in files]
        for child in children:
            _ready(child)
        codes = [child.wait() for child in children]
        rows = read_rows("indikator", store)
        present = [bool(rows.indikator.str.startswith(f"serentak{side}_").any()) for side in ("a", "b")]
        told = [
            code != 0 and "coba lagi" in (c.stderr.read() if c.stderr else "")
            for c, code in zip(children, codes, strict=True)
        ]
        if all(present):
            both += 1
        if any(not p and not t for p, t in zip(present, told, strict=True)):
            lost += 1
    return rounds, both, lost


def crash_mid_transaction(store: Path) -> None:
    """Leave ``store`` as a writer killed mid-transaction does: a hot journal beside it.

    A tiny page cache makes SQLite spill changed pages into the file before commit
    (with the journal written first), so a kill after that leaves both behind —
    what a power cut or ``kill -9`` during a large import leaves.
    """
    code = (
        "import sqlite3, sys, os, signal\n"
        "con = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "con.execute('PRAGMA cache_size=2')\n"
        "con.execute('BEGIN IMMEDIATE')\n"
        "con.execute('CREATE TABLE IF NOT EXISTS uji_crash (x TEXT)')\n"
        "for i in range(20000):\n"
        "    con.execute('INSERT INTO uji_crash VALUES (?)', ('x' * 200,))\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(store)], check=False)
    if not store.with_name(store.name + "-journal").exists():
        raise RuntimeError("the simulated crash left no journal")


Reporter = Callable[[str], None]
