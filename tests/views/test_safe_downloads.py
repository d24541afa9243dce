"""Every file the product hands out holds no formula, whatever text was imported.

Each test imports formula text (``=HYPERLINK(…)``, ``+cmd|…``, ``@SUM(…)``, ``-2+3``)
into a copy of the seeded store through the normal importer (:mod:`tests.hostile`),
builds the download through the same function the page's button uses, and reads it
back the way a spreadsheet would: no cell is a formula, no text starts with a
character that makes one, and the hostile text is there (with its apostrophe), so the
test looks at the cells that matter.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import openpyxl
import pytest

from potensi.core.store import load_boundaries
from potensi.data.tables import read_rows
from potensi.views.analisis.hierarki import analyse_hierarchy, facility_keys, hierarchy_xlsx
from potensi.views.analisis.indeks import indicator_table, result_xlsx, weighted_index
from potensi.views.analisis.klassen_wilayah import analyse_klassen, klassen_xlsx
from potensi.views.analisis.komoditas import analyse_commodities, commodity_xlsx
from potensi.views.analisis.sektor import analyse_sectors, sector_xlsx
from potensi.views.data import export_bytes, indikator_columns_csv
from tests.hostile import HOSTILE_KECAMATAN, PAYLOADS, dangerous_cells, make_hostile

LAYERS = ("indikator", "potensi", "peluang_investasi", "inovasi", "opd")


@pytest.fixture()
def hostile(seeded_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PETA_STORE", str(seeded_copy))
    make_hostile(seeded_copy)
    return seeded_copy


def workbook_cells(content: bytes) -> tuple[list[object], list[str]]:
    """Every cell value of every sheet, and the coordinates of formula cells."""
    book = openpyxl.load_workbook(io.BytesIO(content))
    values, formulas = [], []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                values.append(cell.value)
                if cell.data_type == "f":
                    formulas.append(f"{sheet.title}!{cell.coordinate}={cell.value}")
    return values, formulas


def assert_safe_workbook(content: bytes, expected: set[str]) -> None:
    values, formulas = workbook_cells(content)
    assert formulas == []
    assert dangerous_cells(values) == []
    assert {"'" + text for text in expected} <= set(values)


@pytest.mark.parametrize("layer", LAYERS)
def test_data_page_csv_and_xlsx_exports_hold_no_formula(hostile: Path, layer: str) -> None:
    rows = read_rows(layer, hostile)
    hostile_texts = {v for v in rows.astype(str).to_numpy().ravel() if v in PAYLOADS}
    assert hostile_texts  # the importer stored them as typed
    text = export_bytes(layer, ".csv", hostile).decode("utf-8-sig")
    cells = [c for row in csv.reader(io.StringIO(text), delimiter=";") for c in row]
    assert dangerous_cells(cells) == []
    assert {"'" + t for t in hostile_texts} <= set(cells)
    assert_safe_workbook(export_bytes(layer, ".xlsx", hostile), hostile_texts)


def test_indikator_geojson_and_its_column_table_hold_no_formula(hostile: Path) -> None:
    """The wide GeoJSON's area names and column table (units, sources) are neutralised too:
    a GIS hands its attribute table on to spreadsheets."""
    payload = json.loads(export_bytes("indikator", ".geojson", hostile))
    texts = [v for f in payload["features"] for v in (*f["properties"], *f["properties"].values())]
    texts += [v for column in payload["kolom"] for v in column.values()]
    assert dangerous_cells(texts) == []
    assert "'" + HOSTILE_KECAMATAN[1] in texts
    assert "'" + PAYLOADS[0] in texts or "'" + PAYLOADS[1] in texts
    text = indikator_columns_csv(hostile).decode("utf-8-sig")
    cells = [c for row in csv.reader(io.StringIO(text), delimiter=";") for c in row]
    assert dangerous_cells(cells) == [] and any(c.startswith("'") for c in cells)


def test_sektor_workbook_holds_no_formula(hostile: Path) -> None:
    results = analyse_sectors(read_rows("indikator", hostile))
    assert results.inputs.unit == PAYLOADS[0]
    assert_safe_workbook(sector_xlsx(results), {PAYLOADS[0], PAYLOADS[2]})


def test_komoditas_workbook_holds_no_formula(hostile: Path) -> None:
    boundaries = load_boundaries(hostile)
    names = dict(zip(boundaries.kecamatan.kode, boundaries.kecamatan.nama, strict=True))
    results = analyse_commodities(
        read_rows("indikator", hostile),
        list(boundaries.kecamatan.kode),
        str(boundaries.kabupaten.kode.iloc[0]),
    )
    assert_safe_workbook(commodity_xlsx(results, names), {PAYLOADS[1], PAYLOADS[2], HOSTILE_KECAMATAN[1]})


def test_klassen_wilayah_workbook_holds_no_formula(hostile: Path) -> None:
    boundaries = load_boundaries(hostile)
    result = analyse_klassen(
        read_rows("indikator", hostile),
        boundaries.kecamatan,
        str(boundaries.kabupaten.kode.iloc[0]),
        2021,
        2023,
    )
    assert_safe_workbook(klassen_xlsx(result), {PAYLOADS[3], HOSTILE_KECAMATAN[1]})


def test_hierarki_workbook_holds_no_formula(hostile: Path) -> None:
    boundaries = load_boundaries(hostile)
    indikator = read_rows("indikator", hostile)
    keys = facility_keys(indikator, list(boundaries.kecamatan.kode))
    result = analyse_hierarchy(indikator, boundaries.kecamatan, 2024, keys)
    assert_safe_workbook(hierarchy_xlsx(result, "id"), {HOSTILE_KECAMATAN[1]})


def test_indeks_workbook_holds_no_formula(hostile: Path) -> None:
    boundaries = load_boundaries(hostile)
    data = {
        layer: read_rows(layer, hostile) for layer in ("indikator", "potensi", "peluang_investasi", "inovasi")
    }
    table, _ = indicator_table(boundaries.kecamatan, data, ["count_potensi", "luas"], "id")
    result = weighted_index(
        table, {"count_potensi": 2, "luas": 1}, {"count_potensi": "tinggi", "luas": "tinggi"}
    )
    assert_safe_workbook(result_xlsx(result, boundaries.kecamatan, table, "id"), {HOSTILE_KECAMATAN[1]})
