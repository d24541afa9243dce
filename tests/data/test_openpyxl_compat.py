"""Canary of ``potensi/data/openpyxl_compat.py``: the private parser yields what the public API reads.

When an openpyxl upgrade renames or changes ``WorkSheetParser``, this fails before any
official's upload does; then adapt the shim (or drop it) and move the pin in pyproject.toml.
"""

from __future__ import annotations

import datetime as dt
import io

import openpyxl

from potensi.data.openpyxl_compat import sheet_cells


def _workbook() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["kode_wilayah", "indikator", "tahun", "nilai", "tanggal"])
    sheet.append(["35.05.03", "penduduk", 2020, 70123.5, dt.date(2024, 8, 17)])
    sheet.append([None, None, None, None, None])
    sheet["C5"] = "=1+1"
    sheet["F7"] = "jauh di kanan"
    sheet.append(["35.05.13", "penduduk", 2020, 0, None])
    sheet["A9"] = "teks bersama"
    sheet["B9"] = "teks bersama"  # a shared string used twice
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_the_private_parser_yields_exactly_the_cells_the_public_reader_sees() -> None:
    content = _workbook()
    public = openpyxl.load_workbook(io.BytesIO(content), read_only=True)
    expected = {}
    for number, row in enumerate(public.active.iter_rows(values_only=True), start=1):
        cells = {column: value for column, value in enumerate(row, start=1) if value is not None}
        if cells:
            expected[number] = cells
    private = openpyxl.load_workbook(io.BytesIO(content), read_only=True)
    found = {}
    for number, cells in sheet_cells(private, private.active):
        values = {int(c["column"]): c["value"] for c in cells if c["value"] is not None}
        if values:
            found[number] = values
    assert found == expected
    assert found[5][3] == "=1+1"  # formulas arrive as written, never evaluated
    assert found[7] == {6: "jauh di kanan"}
