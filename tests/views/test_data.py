"""The Data page's downloads: what an official opens in Excel (issue 13.5).

Before, the CSV's ``contoh`` column read ``True``/``False`` — pandas' words, neither the
template's ``ya``/``tidak`` nor English. Yes/no cells now come in the words of the
language the page is in, and the file still goes back in through the importer.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from potensi.data.importer import import_file
from potensi.data.tables import read_rows
from potensi.views.data import export_bytes


def csv_rows(content: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))


@pytest.mark.parametrize(("lang", "yes", "no"), [("id", "ya", "tidak"), ("en", "yes", "no")])
def test_yes_no_columns_are_words_of_the_language(seeded_store: Path, lang: str, yes: str, no: str) -> None:
    peluang = csv_rows(export_bytes("peluang_investasi", ".csv", seeded_store, lang=lang))
    assert {row["contoh"] for row in peluang} == {yes}  # the four illustrative opportunities
    indikator = csv_rows(export_bytes("indikator", ".csv", seeded_store, lang=lang))
    assert {row["contoh"] for row in indikator} == {yes, no}  # sourced figures and examples
    opd = csv_rows(export_bytes("opd", ".csv", seeded_store, lang=lang))
    assert {row["aktif"] for row in opd} <= {yes, no}
    book = openpyxl.load_workbook(io.BytesIO(export_bytes("indikator", ".xlsx", seeded_store, lang=lang)))
    header, *rows = book.active.iter_rows(values_only=True)
    assert {row[header.index("contoh")] for row in rows} == {yes, no}


def test_numbers_stay_machine_numbers_for_indonesian_excel(seeded_store: Path) -> None:
    """No grouping (Excel would read ``1.116.639`` as text); ``,`` as decimal mark, as before."""
    rows = csv_rows(export_bytes("indikator", ".csv", seeded_store))
    kabupaten = {(r["indikator"], r["tahun"]): r["nilai"] for r in rows if r["kode_wilayah"] == "35.05"}
    assert kabupaten[("luas_wilayah", "2020")] == "1588,79"
    assert kabupaten[("penduduk", "2010")] in {"1116639", "1116639,0"}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_export_goes_back_in_unchanged(seeded_copy: Path, tmp_path: Path, lang: str) -> None:
    before = read_rows("opd", seeded_copy).drop(columns="_impor_id")
    path = tmp_path / "opd.csv"
    path.write_bytes(export_bytes("opd", ".csv", seeded_copy, lang=lang))
    import_file("opd", path, store=seeded_copy, replace=True)
    after = read_rows("opd", seeded_copy).drop(columns="_impor_id")
    pd.testing.assert_frame_equal(before.reset_index(drop=True), after.reset_index(drop=True))
