"""BPS tables as downloaded: the shapes officials get from BPS, and what is refused."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import openpyxl
import pytest

from potensi.cli import main
from potensi.data.bps import BpsOptions, read_bps
from potensi.data.importer import load_context, preview_import
from potensi.data.problems import ValidationFailed
from potensi.data.tables import read_rows

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures" / "bps"))
import make  # noqa: E402  (the fixture tables, written by tests/fixtures/bps/make.py)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "bps"
#: Kemendagri code of each kecamatan in BPS order (Bakung 3505010 is 35.05.05 …)
KEMENDAGRI = {
    "Bakung": "35.05.05", "Wonotirto": "35.05.08", "Panggungrejo": "35.05.13", "Wates": "35.05.20",
    "Binangun": "35.05.16", "Sutojayan": "35.05.12", "Kademangan": "35.05.04", "Kanigoro": "35.05.10",
    "Talun": "35.05.14", "Selopuro": "35.05.22", "Kesamben": "35.05.19", "Selorejo": "35.05.21",
    "Doko": "35.05.18", "Wlingi": "35.05.17", "Gandusari": "35.05.15", "Garum": "35.05.11",
    "Nglegok": "35.05.09", "Sanankulon": "35.05.07", "Ponggok": "35.05.06", "Srengat": "35.05.03",
    "Wonodadi": "35.05.01", "Udanawu": "35.05.02",
}  # fmt: skip


@pytest.fixture(scope="module")
def index(blitar_store: Path):
    return load_context(blitar_store).wilayah


def _xlsx(rows: list[list[object]]) -> bytes:
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _expected_sp2010() -> dict[str, float]:
    return {KEMENDAGRI[name]: float(male + female) for _, name, male, female in make.SP2010}


def test_fixtures_are_what_make_writes() -> None:
    assert (FIXTURES / "penduduk_sp2010.xlsx").exists()
    assert (FIXTURES / "luas_panen_padi.csv").read_bytes() == make.series_csv()


def test_acceptance_population_table_via_cli(seeded_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Title rows, a two-row merged header, '010 Bakung' names in BPS order, a total row
    and a Sumber footnote → 22 values with the Kemendagri codes, through the one importer."""
    code = main(
        [
            "data", "import-bps", str(FIXTURES / "penduduk_sp2010.xlsx"),
            "--indikator", "penduduk_bps_uji", "--store", str(seeded_copy),
        ]
    )  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0, out
    rows = read_rows("indikator", seeded_copy)
    got = rows[rows.indikator == "penduduk_bps_uji"]
    assert len(got) == 22
    assert dict(zip(got.kode_wilayah, got.nilai.astype(float), strict=True)) == _expected_sp2010()
    assert set(got.tahun) == {2010} and set(got.satuan) == {"jiwa"}
    assert set(got.sumber) == {make.SUMBER}  # read from the Sumber line below the table
    assert "35.05" not in set(got.kode_wilayah)  # the total row is a check, never a kecamatan
    assert "baris total kabupaten" in out and "22 baris baru" in out
    # history and undo as for every import
    from potensi.data.tables import history

    frame = history(seeded_copy)
    entry = frame[frame.berkas == "penduduk_sp2010.xlsx"].iloc[0]
    assert str(entry.oleh).startswith("os:")
    assert main(["data", "undo", entry.impor_id, "--store", str(seeded_copy)]) == 0
    rows = read_rows("indikator", seeded_copy)
    assert (rows.indikator == "penduduk_bps_uji").sum() == 0


def test_total_row_that_differs_is_a_warning_not_a_kecamatan(index, seeded_copy: Path) -> None:
    table = read_bps(FIXTURES / "penduduk_sp2010_total_beda.xlsx", "t.xlsx", BpsOptions("penduduk"), index)
    assert len(table.values) == 22 and table.ok
    warning = [p for p in table.problems if "baris total" in p.message]
    assert warning and warning[0].severity == "warning" and "1.116.010" in warning[0].message
    assert "1.116.639" in warning[0].message
    # and the preview of the one importer carries it
    from potensi.data.bps import bps_reader

    found = preview_import(
        "indikator", FIXTURES / "penduduk_sp2010_total_beda.xlsx", store=seeded_copy,
        reader=bps_reader(BpsOptions("penduduk_bps_uji"), index),
    )  # fmt: skip
    assert found.ok and len(found.added) == 22
    assert any("baris total" in p.message for p in found.problems)


def test_ugly_csv_codes_case_symbols_marks_and_indonesian_numbers(index) -> None:
    table = read_bps(FIXTURES / "luas_panen_padi.csv", "padi.csv", BpsOptions("luas_panen_padi"), index)
    assert table.ok, table.problems
    assert table.satuan == "ha"  # from the title "(ha)"
    assert table.sumber == "Dinas Pertanian dan Pangan Kabupaten Blitar"
    got = {(v.kecamatan, v.tahun): (v.nilai, v.flag) for v in table.values}
    assert got[("Bakung", 2021)] == (1234.5, "")  # "1.234,5"
    assert got[("Bakung", 2022)] == (1250.0, "")  # "1.250" is a thousand, not 1,25
    assert got[("Bakung", 2023)] == (1300.0, "e")  # estimate mark kept as a flag
    assert got[("Wonotirto", 2021)] == (0.0, "-")  # "-" nil
    assert got[("Panggungrejo", 2022)] == (2100.0, "*")
    assert got[("Panggungrejo", 2023)] == (2200.0, "**")
    why = {s.ref: s.why for s in table.skipped}
    assert "tidak tersedia" in why["D5"] and "dirahasiakan" in why["E5"]
    rows = table.raw_table().frame
    assert rows[rows.nilai == 1300.0].catatan.iloc[0] == "tanda BPS: e angka perkiraan"


def test_english_numbers_and_ordinal_names(index) -> None:
    options = BpsOptions("penduduk", satuan="jiwa", sumber="BPS")
    table = read_bps(FIXTURES / "penduduk_inggris.csv", "en.csv", options, index)
    assert table.ok, table.problems
    assert {v.kode: v.nilai for v in table.values} == _expected_sp2010()  # "25,019" is 25019
    assert {v.tahun for v in table.values} == {2010}  # the year of the title


def test_years_as_rows_and_percent_cells(index) -> None:
    table = read_bps(FIXTURES / "listrik_tahun_baris.xlsx", "l.xlsx", BpsOptions("rt_listrik_persen"), index)
    assert table.ok, table.problems
    got = {(v.kecamatan, v.tahun): v.nilai for v in table.values}
    # 0.951 in a percent cell, the text "96,2%" and the number 97.5 all mean percent
    assert got == {
        ("Bakung", 2022): 95.1, ("Wonotirto", 2022): 96.2, ("Panggungrejo", 2022): 97.5,
        ("Bakung", 2023): 96.5, ("Wonotirto", 2023): 97.0, ("Panggungrejo", 2023): 98.1,
    }  # fmt: skip
    assert table.satuan == "%" and table.sumber == "Susenas"


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("3505010", "35.05.05"), ("010 Bakung", "35.05.05"), ("1. BAKUNG", "35.05.05"),
     ("Kec. Bakung", "35.05.05"), (3505220, "35.05.02"), ("220 Udanawu", "35.05.02"), ("bakung", "35.05.05")],
)  # fmt: skip
def test_names_as_bps_writes_them(index, cell: object, expected: str) -> None:
    data = _xlsx([["Penduduk 2020 (jiwa)"], ["Kecamatan", "Jumlah"], [cell, 5], ["Sumber: BPS"]])
    table = read_bps(data, "t.xlsx", BpsOptions("penduduk"), index)
    assert [(v.kode, v.tahun) for v in table.values] == [(expected, 2020)]


def test_long_table_years_as_rows(index) -> None:
    data = _xlsx(
        [["Kecamatan", "Tahun", "Penduduk (jiwa)"], ["010 Bakung", 2020, 27340], ["010 Bakung", 2021, 27500],
         ["020 Wonotirto", 2020, 37920], ["Sumber: BPS"]]
    )  # fmt: skip
    table = read_bps(data, "t.xlsx", BpsOptions("penduduk"), index)
    assert table.ok, table.problems
    assert {(v.kecamatan, v.tahun): v.nilai for v in table.values} == {
        ("Bakung", 2020): 27340, ("Bakung", 2021): 27500, ("Wonotirto", 2020): 37920
    }  # fmt: skip


def _errors(data: bytes, name: str, index, **options: object) -> list[str]:
    try:
        table = read_bps(data, name, BpsOptions("penduduk", **options), index)  # type: ignore[arg-type]
    except ValidationFailed as exc:
        return [str(p) for p in exc.problems]
    return [str(p) for p in table.problems if p.severity == "error"]


def test_refusals_name_the_row_and_say_why(index) -> None:
    base = [["Penduduk 2020 (jiwa)"], ["Kecamatan", "Jumlah"]]
    unknown = _errors(
        _xlsx([*base, ["010 Bakung", 5], ["020 Wonotirtoo", 6], ["Sumber: BPS"]]), "t.xlsx", index
    )
    assert any("baris 4" in e and "Wonotirto" in e for e in unknown), unknown  # suggests the name
    clash = _errors(_xlsx([*base, ["020 Bakung", 5], ["Sumber: BPS"]]), "t.xlsx", index)
    assert any("tidak cocok" in e and "Wonotirto" in e for e in clash), clash
    word = _errors(_xlsx([*base, ["010 Bakung", "dua ribu"], ["Sumber: BPS"]]), "t.xlsx", index)
    assert any("baris 3" in e and "tidak terbaca sebagai angka" in e for e in word), word
    nothing = _errors(_xlsx([["Tabel"], ["Desa", "Jumlah"], ["Sumberdiren", 5]]), "t.xlsx", index)
    assert any("Tidak ditemukan nama kecamatan" in e for e in nothing), nothing
    no_year = _errors(
        _xlsx([["Penduduk (jiwa)"], ["Kecamatan", "Jumlah"], ["Bakung", 5], ["Sumber: BPS"]]), "t.xlsx", index
    )
    assert any("tahun data tidak ditemukan" in e and "--tahun" in e for e in no_year), no_year
    no_source = _errors(_xlsx([*base, ["Bakung", 5]]), "t.xlsx", index)
    assert any("sumber data tidak ada" in e for e in no_source), no_source
    no_unit = _errors(
        _xlsx([["Penduduk 2020"], ["Kecamatan", "Jumlah"], ["Bakung", 5], ["Sumber: BPS"]]), "t.xlsx", index
    )
    assert any("satuan tidak ditemukan" in e for e in no_unit), no_unit
    two = _errors(make.population_xlsx(), "t.xlsx", index, kolom="Rasio")
    assert any("3 kolom untuk tahun 2010" in e and "Laki-laki" in e for e in two), two
    pdf = _errors(b"%PDF-1.4 ...", "t.pdf", index)
    assert any("tidak didukung" in e for e in pdf), pdf
    twice = _errors(_xlsx([*base, ["Bakung", 5], ["010 BAKUNG", 6], ["Sumber: BPS"]]), "t.xlsx", index)
    assert any("muncul dua kali" in e for e in twice), twice


def test_the_caller_may_choose_the_sub_column(index) -> None:
    table = read_bps(make.population_xlsx(), "t.xlsx", BpsOptions("penduduk_laki", kolom="Laki-laki"), index)
    assert table.ok
    assert table.values[0].kecamatan == "Bakung" and table.values[0].nilai == 12240
