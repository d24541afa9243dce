"""``python -m potensi store copy SRC DST``: a whole store from one backend to the other, proven.

An office that outgrows its GeoPackage moves to PostGIS with this, and a PostGIS
store is saved as a GeoPackage (a backup one can open in QGIS, or send) with it.
Everything an official made is copied: the boundary layers (kept boundary versions
included), every data table, the import history with the previous version of each
replaced row (so every undo still works on the copy), the overlays and site facts,
and the accounts with their audit log.

Nothing is trusted: afterwards every layer and table is read back from both stores
and compared by row count and a checksum of its content (values and geometry WKB,
independent of how each database stores them). A copy that does not match is
reported as failed, and the command exits non-zero.
"""

from __future__ import annotations

import hashlib
import json
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import shapely

from potensi.core.errors import PotensiError, StoreMissing
from potensi.core.sql import Connection, is_postgres, table_columns, table_exists
from potensi.core.store import (
    StoreRef,
    is_postgis,
    list_layers,
    load_layer,
    store_exists,
    store_path,
    write_store_atomically,
)
from potensi.data import tematik
from potensi.data.schema import TABLES
from potensi.data.tables import ORDER_COLUMN, read_connection, write_transaction
from potensi.data.users import open_accounts

#: the store's tables besides the layers, in an order that respects what refers to what
HISTORY_TABLES = ("riwayat_impor", "riwayat_baris", "riwayat_batas")
OVERLAY_TABLES = ("lapisan_tematik", "tematik_fitur", "tematik_tampilan", "fakta_lokasi")
#: the accounts' tables (beside a GeoPackage in its own file; in a PostGIS store's database)
ACCOUNT_TABLES = ("pengguna", "gagal_masuk", "jejak_audit")
#: tables whose ``urutan`` is an identity the target must continue after the copied rows
IDENTITY_TABLES = {"riwayat_impor": "urutan", "jejak_audit": "urutan"}


@dataclass(frozen=True)
class Check:
    """One layer or table, counted and checksummed in both stores."""

    name: str
    kind: str  # "lapisan", "tabel" or "akun"
    rows_source: int
    rows_target: int
    sum_source: str
    sum_target: str

    @property
    def ok(self) -> bool:
        return self.rows_source == self.rows_target and self.sum_source == self.sum_target


@dataclass(frozen=True)
class CopyReport:
    """What ``store copy`` copied and whether each part arrived unchanged."""

    source: str
    target: str
    checks: tuple[Check, ...]
    accounts_copied: bool
    seconds: float

    @property
    def ok(self) -> bool:
        return all(check.ok for check in self.checks)


def _value(value: object) -> object:
    """A value as both databases agree on it (numpy scalars, bytes, NaN as NULL)."""
    if value is None:
        return None
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, bytes | memoryview):
        return bytes(value).hex()
    return value


def layer_checksum(store: StoreRef, name: str) -> tuple[int, str]:
    """(rows, sha256) of a layer: column names, every value, every geometry's WKB, in order."""
    frame = load_layer(name, store)
    digest = hashlib.sha256()
    columns = [c for c in frame.columns if c != frame.geometry.name]
    digest.update(json.dumps(columns).encode())
    for column in columns:
        values = [_value(v) for v in frame[column].to_numpy(dtype=object)]
        digest.update(json.dumps(values, default=str).encode())
    for wkb in shapely.to_wkb(frame.geometry.to_numpy()):
        digest.update(b"\x00" if wkb is None else wkb)
    return len(frame), digest.hexdigest()


def _rows(con: Connection, table: str) -> tuple[list[str], list[tuple]]:
    """Every row of a table in the order it was written (rowid, or the PostgreSQL order column)."""
    present = table_columns(con, table)
    columns = [c for c in present if c != ORDER_COLUMN]
    quoted = ", ".join(f'"{c}"' for c in columns)
    if not is_postgres(con):
        order = "rowid"
    else:  # the data tables keep their written order; the history and accounts tables have none
        order = f'"{ORDER_COLUMN}"' if ORDER_COLUMN in present else "1"
    rows = con.execute(f'SELECT {quoted} FROM "{table}" ORDER BY {order}').fetchall()
    return columns, [tuple(row) for row in rows]


def table_checksum(con: Connection, table: str, columns: list[str] | None = None) -> tuple[int, str]:
    """(rows, sha256) of a table's content, independent of row order and column order.

    ``columns``: only these (the source's, when a target made by a newer schema has
    more, all empty); one the table lacks counts as a difference.
    """
    if not table_exists(con, table):
        return 0, hashlib.sha256(b"").hexdigest()
    present, rows = _rows(con, table)
    wanted = sorted(columns if columns is not None else present)
    where = {name: present.index(name) for name in present}
    lines = sorted(
        json.dumps(
            [[name, _value(row[where[name]]) if name in where else "<tidak ada>"] for name in wanted],
            default=str,
            ensure_ascii=False,
        )
        for row in rows
    )
    digest = hashlib.sha256()
    for line in lines:
        digest.update(line.encode())
        digest.update(b"\n")
    return len(rows), digest.hexdigest()


def _copy_table(source: Connection, target: Connection, table: str) -> None:
    """Replace ``table`` in the target (inside its transaction) with the source's rows."""
    columns, rows = _rows(source, table)
    present = table_columns(target, table)
    for column in columns:  # a column the schema no longer has is kept, not dropped
        if column not in present:
            target.execute(f'ALTER TABLE "{table}" ADD COLUMN "{column}" TEXT')
    target.execute(f'DELETE FROM "{table}"')
    if rows:
        quoted = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" for _ in columns)
        target.executemany(
            f'INSERT INTO "{table}" ({quoted}) VALUES ({marks})',
            [[_plain(value) for value in row] for row in rows],
        )
    if is_postgres(target) and table in IDENTITY_TABLES:
        column = IDENTITY_TABLES[table]
        target.execute(
            f"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), "
            f'COALESCE((SELECT max("{column}") FROM "{table}"), 0) + 1, false)'
        )


def _plain(value: object) -> object:
    return bytes(value) if isinstance(value, memoryview) else value


def _data_tables(con: Connection) -> list[str]:
    names = [*HISTORY_TABLES, *OVERLAY_TABLES, *TABLES]
    return [name for name in names if table_exists(con, name)]


def copy_store(
    source: Path | str,
    target: Path | str,
    replace: bool = False,
    progress: Callable[[str], None] = lambda _m: None,
) -> CopyReport:
    """Copy the whole store ``source`` to ``target`` and verify every layer and table.

    A target that already holds a store is only replaced with ``replace`` (its
    current content is then gone from it: the GeoPackage writer still backs it up
    first). The accounts and their audit log are copied when the target has none
    (an audit log is append-only: it is never overwritten).
    """
    started = time.monotonic()
    src, dst = store_path(source), store_path(target)
    if str(src) == str(dst):
        raise PotensiError("Store asal dan tujuan sama; tidak ada yang disalin.")
    if not store_exists(src):
        raise StoreMissing(f"Store asal {src} belum berisi batas wilayah; tidak ada yang disalin.")
    if store_exists(dst) and not replace:
        raise PotensiError(
            f"Store tujuan {dst} sudah berisi data. Tidak ada yang diubah. Ulangi dengan --ganti bila "
            "isinya memang boleh diganti seluruhnya oleh salinan ini."
        )
    layers = list_layers(src)
    if not is_postgis(src):
        with read_connection(src) as con:
            layers = [name for name in layers if _is_geometry_layer(con, name)]
    progress(f"Menyalin {len(layers)} lapisan batas …")
    write_store_atomically({name: load_layer(name, src) for name in layers}, dst, keep_other_layers=False)
    progress("Menyalin tabel data, riwayat impor dan lapisan tematik …")
    with read_connection(src) as source_con, write_transaction(dst) as target_con:
        tematik.ensure(target_con)
        for table in _data_tables(source_con):
            _copy_table(source_con, target_con, table)
    accounts = _copy_accounts(src, dst)
    progress("Memeriksa jumlah baris dan checksum setiap lapisan dan tabel …")
    checks = [_layer_check(src, dst, name) for name in layers]
    with read_connection(src) as source_con, read_connection(dst) as target_con:
        for table in _data_tables(source_con):
            checks.append(_table_check(source_con, target_con, table, "tabel"))
    if accounts:
        source_acc, target_acc = open_accounts(src), open_accounts(dst)
        try:
            for table in ACCOUNT_TABLES:
                checks.append(_table_check(source_acc, target_acc, table, "akun"))
        finally:
            source_acc.close()
            target_acc.close()
    return CopyReport(str(src), str(dst), tuple(checks), accounts, time.monotonic() - started)


def _is_geometry_layer(con: Connection, name: str) -> bool:
    found = con.execute("SELECT data_type FROM gpkg_contents WHERE table_name = ?", (name,)).fetchone()
    return found is not None and found[0] == "features"


def _layer_check(src: StoreRef, dst: StoreRef, name: str) -> Check:
    rows_a, sum_a = layer_checksum(src, name)
    rows_b, sum_b = layer_checksum(dst, name)
    return Check(name, "lapisan", rows_a, rows_b, sum_a, sum_b)


def _table_check(source: Connection, target: Connection, table: str, kind: str) -> Check:
    columns = [c for c in table_columns(source, table) if c != ORDER_COLUMN]
    rows_a, sum_a = table_checksum(source, table, columns)
    rows_b, sum_b = table_checksum(target, table, columns)
    return Check(table, kind, rows_a, rows_b, sum_a, sum_b)


def _copy_accounts(src: StoreRef, dst: StoreRef) -> bool:
    """Accounts and audit log into a target that has none; False when the target keeps its own."""
    source, target = open_accounts(src), open_accounts(dst)
    try:
        has_any = any(
            target.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone()
            for table in ("pengguna", "jejak_audit")
        )
        if has_any:
            return False
        target.execute("BEGIN IMMEDIATE")
        try:
            for table in ACCOUNT_TABLES:
                _copy_table(source, target, table)
            target.execute("COMMIT")
        except BaseException:
            target.execute("ROLLBACK")
            raise
        return True
    finally:
        source.close()
        target.close()
