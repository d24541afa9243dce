"""A percentage means the same however the official typed it (issue #16).

Excel stores 12,5% typed into a percent-formatted cell as 0.125, while the text
"12,5%" reads as 12.5; every importer (templates, BPS tables) must store 12.5 for
both, or an IRR or any *_persen value would depend on the cell's format.
"""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest

from potensi.data.importer import preview_import
from potensi.data.readers import read_table

HEADER = ["kode_wilayah", "indikator", "tahun", "nilai", "satuan", "sumber"]


def _xlsx(value: object, number_format: str | None) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADER)
    ws.append(["35.05.03", "tpt_persen", 2023, value, "%", "BPS"])
    if number_format:
        ws["D2"].number_format = number_format
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("value", "number_format"),
    [
        (0.125, "0.0%"),  # typed 12,5% into a cell Excel formats as a percentage
        (0.125, "0%"),  # the built-in 0% format (shows 13%, stores 0.125)
        (0.125, '0.00" %"'),  # a quoted % is text, not a percentage … see below
        ("12,5%", None),  # typed as text
        ("12,5", None),
        (12.5, None),  # typed as a plain number
        (12.5, "General"),
    ],
)
def test_xlsx_percent_written_any_way_is_stored_as_12_5(
    seeded_copy: Path, value: object, number_format: str | None
) -> None:
    found = preview_import("indikator", _xlsx(value, number_format), "persen.xlsx", store=seeded_copy)
    assert found.ok, found.problems
    stored = float(found.added.nilai.iloc[0])
    if number_format == '0.00" %"':
        assert stored == 0.125  # the cell shows "0,13 %": no percentage format, the number as typed
    else:
        assert stored == 12.5


@pytest.mark.parametrize("text", ["12,5%", "12,5", "12.5", "12,5 %"])
def test_csv_percent_written_any_way_is_stored_as_12_5(seeded_copy: Path, text: str) -> None:
    content = (";".join(HEADER) + "\n" + f'35.05.03;tpt_persen;2023;"{text}";%;BPS\n').encode()
    found = preview_import("indikator", content, "persen.csv", store=seeded_copy)
    assert found.ok, found.problems
    assert float(found.added.nilai.iloc[0]) == 12.5


def test_template_irr_in_a_percent_cell_agrees_with_the_text() -> None:
    """The peluang template's irr_persen: 0.165 in a percent cell and "16,5%" read alike."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["peluang_id", "irr_persen", "diskonto_persen"])
    ws.append(["PI-1", 0.165, "12%"])
    ws["B2"].number_format = "0.0%"
    ws.append(["PI-2", "16,5%", 0.12])
    ws["C3"].number_format = "0%"
    out = io.BytesIO()
    wb.save(out)
    frame = read_table(out.getvalue(), "peluang.xlsx", ["peluang_id", "irr_persen", "diskonto_persen"]).frame
    from potensi.data.parsing import parse_number

    assert [parse_number(v) for v in frame.irr_persen] == [16.5, 16.5]
    assert [parse_number(v) for v in frame.diskonto_persen] == [12.0, 12.0]
