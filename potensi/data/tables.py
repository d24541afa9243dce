"""The data tables inside the GeoPackage, written in one SQLite transaction per import.

A GeoPackage is a SQLite file, so the data layers live there as attribute tables
(registered in ``gpkg_contents``, so QGIS opens them too) beside the boundary
layers. Every accepted import is recorded with the previous version of each row
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

from potensi.core.errors import PotensiError, StoreMissing
from potensi.core.store import heal, store_path, store_writer, write_failed
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
        dibatalkan TEXT)""",
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


def _existing_store(path: Path | None) -> Path:
    target = store_path(path)
    if not target.is_file():
        raise StoreMissing(
            f"Store {target} belum ada. Bangun batas wilayah dulu: "
            "`python -m potensi geodata build` (atau `make setup`)."
        )
    return target


@contextmanager
def read_connection(path: Path | None = None) -> Iterator[sqlite3.Connection]:
    """A read-only connection: reading can never change the store's bytes."""
    target = _existing_store(path)
    heal(target)  # a writer killed mid-transaction left a journal a read-only reader cannot undo
    con = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
    try:
        yield con
    finally:
        con.close()


@contextmanager
def write_transaction(path: Path | None = None) -> Iterator[sqlite3.Connection]:
    """One transaction as the store's one writer: committed when the block ends, rolled back
    on any error (a full disk included), never half-applied.

    SQLite may already have rolled back by itself (a full disk does that), so the
    rollback here only runs while a transaction is open; a file-system failure
    reaches the official as :class:`StoreWriteFailed` in Indonesian, not as SQLite's
    English message.
    """
    with store_writer(_existing_store(path)) as target:
        con = sqlite3.connect(target, isolation_level=None)
        try:
            con.execute("BEGIN IMMEDIATE")
            ensure_tables(con)
            yield con
            con.execute("COMMIT")
        except BaseException as exc:
            if con.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    con.execute("ROLLBACK")
            if isinstance(exc, sqlite3.OperationalError) and _is_file_failure(exc):
                raise write_failed(target, exc) from exc
            raise
        finally:
            con.close()


def _is_file_failure(exc: sqlite3.OperationalError) -> bool:
    text = str(exc).lower()
    return any(part in text for part in ("disk is full", "disk i/o error", "readonly database", "no space"))


def _ddl(table: Table) -> str:
    columns = [f'"{c.name}" {c.sql_type}' for c in table.columns]
    columns.append(f'"{IMPORT_COLUMN}" TEXT')
    key = ", ".join(f'"{k}"' for k in table.key)
    return f'CREATE TABLE IF NOT EXISTS "{table.name}" ({", ".join(columns)}, PRIMARY KEY ({key}))'


def ensure_tables(con: sqlite3.Connection) -> None:
    """Create missing tables/columns and register them as GeoPackage attribute tables."""
    for statement in HISTORY_DDL:
        con.execute(statement)
    has_contents = (
        con.execute("SELECT 1 FROM sqlite_master WHERE name = 'gpkg_contents'").fetchone() is not None
    )
    for table in TABLES.values():
        con.execute(_ddl(table))
        present = {row[1] for row in con.execute(f'PRAGMA table_info("{table.name}")')}
        for column in table.columns:
            if column.name not in present:
                con.execute(f'ALTER TABLE "{table.name}" ADD COLUMN "{column.name}" {column.sql_type}')
        if has_contents:
            con.execute(
                "INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description) "
                "VALUES (?, 'attributes', ?, ?)",
                (table.name, table.name, table.id),
            )


def _sql_value(value: object) -> object:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    if isinstance(value, bool):
        return int(value)
    return value


def _key_of(table: Table, row: dict) -> str:
    return json.dumps([row[k] for k in table.key], ensure_ascii=False, default=str)


def _select_row(con: sqlite3.Connection, table: Table, key_values: list) -> dict | None:
    where = " AND ".join(f'"{k}" = ?' for k in table.key)
    cursor = con.execute(f'SELECT * FROM "{table.name}" WHERE {where}', key_values)
    found = cursor.fetchone()
    if found is None:
        return None
    return dict(zip([d[0] for d in cursor.description], found, strict=True))


def apply_import(
    table: Table, rows: pd.DataFrame, berkas: str, sha256: str, path: Path | None = None, prefix: str = "IMP"
) -> ImportRecord:
    """Insert or replace ``rows`` by key, recording what each replaced, atomically."""
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
        for record in rows.to_dict(orient="records"):
            values = {name: _sql_value(record.get(name)) for name in table.names}
            key_values = [values[k] for k in table.key]
            before = _select_row(con, table, key_values)
            if before is None:
                added += 1
            else:
                replaced += 1
            con.execute(
                "INSERT INTO riwayat_baris (impor_id, lapisan, kunci, sebelum) VALUES (?, ?, ?, ?)",
                (
                    impor_id,
                    table.name,
                    _key_of(table, values),
                    None if before is None else json.dumps(before, ensure_ascii=False),
                ),
            )
            con.execute(
                f'INSERT OR REPLACE INTO "{table.name}" ({quoted}) VALUES ({placeholders})',
                [values[n] for n in table.names] + [impor_id],
            )
        con.execute(
            "INSERT INTO riwayat_impor (impor_id, lapisan, berkas, sha256, baris_baru, baris_diganti, "
            "waktu) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (impor_id, table.name, berkas, sha256, added, replaced, stamp.isoformat(timespec="seconds")),
        )
    return ImportRecord(impor_id, table.name, berkas, added, replaced)


def undo_import(impor_id: str, path: Path | None = None) -> ImportRecord:
    """Remove what an import added and put back what it replaced."""
    with write_transaction(path) as con:
        found = con.execute(
            "SELECT urutan, lapisan, berkas, baris_baru, baris_diganti, dibatalkan "
            "FROM riwayat_impor WHERE impor_id = ?",
            (impor_id,),
        ).fetchone()
        if found is None:
            raise PotensiError(
                f"Impor {impor_id} tidak ada di riwayat. Lihat `python -m potensi data history`."
            )
        urutan, lapisan, berkas, baru, diganti, dibatalkan = found
        if lapisan.startswith(BOUNDARY_PREFIX):
            raise PotensiError(
                f"Impor {impor_id} mengganti batas wilayah, bukan baris data. Batalkan dengan "
                f"`python -m potensi data undo {impor_id}` atau `python -m potensi geodata undo {impor_id}`."
            )
        if dibatalkan:
            raise PotensiError(f"Impor {impor_id} sudah dibatalkan pada {dibatalkan}.")
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
        con.execute(
            "UPDATE riwayat_impor SET dibatalkan = ? WHERE impor_id = ?",
            (dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), impor_id),
        )
    return ImportRecord(impor_id, lapisan, berkas, baru, diganti)


def _table_exists(con: sqlite3.Connection, name: str) -> bool:
    return (
        con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone()
        is not None
    )


def read_rows(name: str, path: Path | None = None) -> pd.DataFrame:
    """A data table as a DataFrame in schema column order (empty when never imported)."""
    table = TABLES[name]
    with read_connection(path) as con:
        if not _table_exists(con, name):
            return pd.DataFrame(columns=[*table.names, IMPORT_COLUMN])
        frame = pd.read_sql_query(f'SELECT * FROM "{name}"', con)
    for column in table.columns:
        if column.kind == "bool":
            frame[column.name] = frame[column.name].map(lambda v: None if pd.isna(v) else bool(v))
    keep = [*table.names, IMPORT_COLUMN]
    return frame[[c for c in keep if c in frame.columns]]


def history(path: Path | None = None) -> pd.DataFrame:
    """Every import, newest first."""
    with read_connection(path) as con:
        if not _table_exists(con, "riwayat_impor"):
            return pd.DataFrame(
                columns=[
                    "impor_id",
                    "lapisan",
                    "berkas",
                    "sha256",
                    "baris_baru",
                    "baris_diganti",
                    "waktu",
                    "dibatalkan",
                ]
            )
        return pd.read_sql_query(
            "SELECT impor_id, lapisan, berkas, sha256, baris_baru, baris_diganti, waktu, dibatalkan "
            "FROM riwayat_impor ORDER BY urutan DESC",
            con,
        )


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
        if _table_exists(con, "riwayat_impor"):
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


def _boundary_import(con: sqlite3.Connection, impor_id: str) -> BoundaryImport | None:
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
        if not _table_exists(con, "riwayat_batas"):
            return None
        return _boundary_import(con, impor_id)


def later_boundary_imports(record: BoundaryImport, path: Path | None = None) -> list[str]:
    """Active boundary imports after ``record`` that replaced one of its layers again."""
    levels = [layer.lapisan for layer in record.layers]
    marks = ", ".join("?" for _ in levels)
    with read_connection(path) as con:
        rows = con.execute(
            "SELECT DISTINCT i.impor_id FROM riwayat_batas b JOIN riwayat_impor i USING (impor_id) "
            f"WHERE i.urutan > ? AND i.dibatalkan IS NULL AND b.lapisan IN ({marks}) "
            "ORDER BY i.urutan",
            (record.urutan, *levels),
        ).fetchall()
    return [r[0] for r in rows]


def mark_undone(impor_id: str, path: Path | None = None) -> str:
    """Stamp an import as undone; returns the stamp."""
    stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with write_transaction(path) as con:
        con.execute("UPDATE riwayat_impor SET dibatalkan = ? WHERE impor_id = ?", (stamp, impor_id))
    return stamp
