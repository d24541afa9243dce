"""A store holding spreadsheet-formula text in every place a person can type text.

Used by the tests of every download path (``st.dataframe`` tables, the Data page's
exports, the Analisis workbooks): each must hand out these texts with a leading
apostrophe, never as something a spreadsheet runs.
"""

from __future__ import annotations

import csv
import io
import math
import re
import sqlite3
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from potensi.data.importer import import_file
from potensi.data.indikator_keys import COMMODITY_PREFIX, INCOME_KEY, PDRB_PREFIX
from potensi.data.schema import get_table
from potensi.data.tables import read_rows
from potensi.testing import stores

PAYLOADS = ('=HYPERLINK("http://x","klik")', "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3")
DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
HARMLESS = re.compile(r"-+|[+-]?\d+(?:[.,]\d+)*")
HOSTILE_FILENAME = '=HYPERLINK("x","berkas").csv'  # no slash: the importer keeps only a name
HOSTILE_KECAMATAN = ("35.05.01", '=HYPERLINK("http://x","Wonodadi")')
HOSTILE_DESA_OF = "35.05.01"


def _cell(kind: str, value: object) -> str:
    """A stored value written the way the importer reads it (decimal comma, ya/tidak)."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return ""
    if kind == "bool":
        return "ya" if bool(value) else "tidak"
    if kind == "number":
        return repr(float(value)).replace(".", ",")
    if kind == "int":
        return str(int(value))
    return str(value)


def hostile_csv(layer: str, rows: pd.DataFrame, columns: dict[str, str] | None = None) -> bytes:
    """``rows`` of ``layer`` as an import CSV, their free-text cells replaced by the payloads.

    ``columns`` names the cells to overwrite (column → payload); by default every
    ``text`` column outside the key gets the payloads in turn.
    """
    table = get_table(layer)
    if columns is None:
        free = [
            c.name for c in table.columns if c.kind == "text" and not c.pattern and c.name not in table.key
        ]
        columns = {name: PAYLOADS[i % len(PAYLOADS)] for i, name in enumerate(free)}
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow(table.names)
    for _, row in rows.iterrows():
        writer.writerow(
            [columns[c.name] if c.name in columns else _cell(c.kind, row.get(c.name)) for c in table.columns]
        )
    return out.getvalue().encode("utf-8")


def _geometry_untouched(_geometry: object) -> int:
    raise AssertionError("make_hostile changes names only, never a geometry")


def make_hostile(store: Path) -> None:
    """Import formula text into ``store`` (a copy of the seeded store) through the normal importer,
    replacing real rows on purpose (``replace=True``).

    * potensi, peluang_investasi, inovasi, opd: one row each with every free-text
      column hostile;
    * indikator: the PDRB, commodity and income rows with a hostile ``satuan`` and
      ``sumber`` (they reach the Analisis workbooks' ``keterangan`` sheets), all rows of
      one indicator in one unit so the methods still run;
    * the import history: one file named like a formula;
    * one kecamatan and one desa name: boundary names come from the official import,
      which this test cannot run, so they are written into the copy's GeoPackage.
    """
    for layer in ("opd", "potensi", "peluang_investasi", "inovasi"):
        rows = read_rows(layer, store)
        if "kecamatan" in rows.columns:  # one a kecamatan profile lists
            rows = rows[rows.kecamatan.notna()]
        rows = rows.head(1)
        import_file(layer, hostile_csv(layer, rows), filename=f"{layer}.csv", store=store, replace=True)
    indikator = read_rows("indikator", store)
    for prefix, payload in ((PDRB_PREFIX, PAYLOADS[0]), (COMMODITY_PREFIX, PAYLOADS[1])):
        rows = indikator[indikator.indikator.str.startswith(prefix)]
        body = hostile_csv("indikator", rows, {"satuan": payload, "sumber": PAYLOADS[2]})
        import_file("indikator", body, filename=f"{prefix}.csv", store=store, replace=True)
    income = indikator[indikator.indikator == INCOME_KEY]
    body = hostile_csv("indikator", income, {"satuan": PAYLOADS[3], "catatan": PAYLOADS[0]})
    import_file("indikator", body, filename=HOSTILE_FILENAME, store=store, replace=True)
    code, name = HOSTILE_KECAMATAN
    if stores.backend() == "postgis" and not isinstance(store, Path):
        from potensi.data.tables import write_transaction

        with write_transaction(store) as con:  # one transaction, through the store's one writer
            con.execute("UPDATE kecamatan SET nama = ? WHERE kode = ?", (name, code))
            sql = "SELECT MIN(kode) FROM desa WHERE kode_kec = ?"
            first = con.execute(sql, (HOSTILE_DESA_OF,)).fetchone()
            con.execute("UPDATE desa SET nama = ? WHERE kode = ?", (PAYLOADS[1], first[0]))
        return
    db = sqlite3.connect(store)
    # the GeoPackage's R-tree triggers name SpatiaLite functions in conditions that only
    # matter when a geometry changes; these names need only exist, a call would be a bug
    db.create_function("ST_IsEmpty", 1, _geometry_untouched)
    for function in ("ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY"):
        db.create_function(function, 1, _geometry_untouched)
    try:
        with db:  # one transaction
            db.execute("UPDATE kecamatan SET nama = ? WHERE kode = ?", (name, code))
            first = db.execute("SELECT MIN(kode) FROM desa WHERE kode_kec = ?", (HOSTILE_DESA_OF,)).fetchone()
            db.execute("UPDATE desa SET nama = ? WHERE kode = ?", (PAYLOADS[1], first[0]))
    finally:
        db.close()


def dangerous_cells(values: Iterable[object]) -> list[str]:
    """The texts among ``values`` that a spreadsheet would run (what a download must never hold).

    A lone dash and a plain signed number (``-``, ``-1,5``) are read as text and a
    number; everything else starting with = + - @ tab or CR is a formula.
    """
    return [v for v in values if isinstance(v, str) and v.startswith(DANGEROUS) and not HARMLESS.fullmatch(v)]
