"""BPS sector tables as downloaded (PDRB by lapangan usaha, production by kecamatan × commodity):
the shapes BPS publishes, what is refused, and that they land in the keys the Analisis methods read."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from potensi.cli import main
from potensi.data.bps_sektor import (
    ProductionOptions,
    SectorOptions,
    read_pdrb,
    read_production,
    sector_key,
)
from potensi.data.importer import load_context
from potensi.data.indikator_keys import PDRB_PREFIX, SECTORS
from potensi.data.problems import ValidationFailed
from potensi.data.tables import read_rows

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "sektor"
# tests/fixtures/sektor/make.py, loaded under its own name (tests/fixtures/bps/make.py is "make")
_spec = importlib.util.spec_from_file_location("sektor_make", FIXTURES / "make.py")
assert _spec and _spec.loader
sektor_make = importlib.util.module_from_spec(_spec)
sys.modules["sektor_make"] = sektor_make
_spec.loader.exec_module(sektor_make)


@pytest.fixture(scope="module")
def index(blitar_store: Path):
    return load_context(blitar_store).wilayah


def _pdrb(rows: list[list[object]], **options: object):
    return read_pdrb(sektor_make.xlsx(rows), "pdrb.xlsx", SectorOptions(**options))  # type: ignore[arg-type]


def _messages(table, severity: str) -> list[str]:
    return [p.message for p in table.problems if p.severity == severity]


def test_fixtures_are_what_make_writes() -> None:
    assert (FIXTURES / "pdrb_adhk_kabupaten.xlsx").exists()
    assert (FIXTURES / "produksi_tanaman_pangan.csv").read_bytes() == sektor_make.produksi_csv()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A. Pertanian, Kehutanan, dan Perikanan", ("sektor", "A")),
        ("A Pertanian, Kehutanan dan Perikanan", ("sektor", "A")),
        ("M,N. Jasa Perusahaan", ("sektor", "MN")),
        ("M, N Jasa Perusahaan", ("sektor", "MN")),
        ("R,S,T,U. Jasa Lainnya", ("sektor", "RSTU")),
        ("Industri Pengolahan", ("sektor", "C")),
        ("a. Pertanian, Peternakan, Perburuan dan Jasa Pertanian", ("sub", "")),
        ("1. Industri Makanan dan Minuman", ("sub", "")),
        ("PRODUK DOMESTIK REGIONAL BRUTO", ("total", "")),
        ("PDRB Tanpa Migas", ("migas", "")),
        ("Lapangan Usaha", ("", "")),
    ],
)
def test_category_labels_as_bps_writes_them(text: str, expected: tuple[str, str]) -> None:
    assert sector_key(text) == expected


def test_pdrb_table_via_cli_replaces_the_example_rows(
    seeded_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Title rows, sub-rows under A, 2022*/2023** marks, a total row and a Sumber line →
    85 real pdrb_adhk_* rows of 35.05 in Rp miliar, replacing the example ones; undoable."""
    before = read_rows("indikator", seeded_copy)
    example = before[before.indikator.str.startswith(PDRB_PREFIX) & (before.kode_wilayah == "35.05")]
    assert len(example) == 85 and example.contoh.astype(bool).all()
    code = main(
        ["data", "import-bps", str(FIXTURES / "pdrb_adhk_kabupaten.xlsx"), "--jenis", "pdrb",
         "--ganti", "--store", str(seeded_copy)]
    )  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0, out
    assert "PDRB ADHK 35.05" in out and "sub-kategori" in out and "85 baris diganti" in out
    rows = read_rows("indikator", seeded_copy)
    got = rows[rows.indikator.str.startswith(PDRB_PREFIX) & (rows.kode_wilayah == "35.05")]
    assert len(got) == 85 and not got.contoh.astype(bool).any()
    assert set(got.satuan) == {"Rp miliar"} and set(got.sumber) == {sektor_make.SUMBER_PDRB}
    a2019 = got[(got.indikator == "pdrb_adhk_a") & (got.tahun == 2019)].iloc[0]
    assert float(a2019.nilai) == pytest.approx(11601.512)  # juta rupiah → Rp miliar
    assert "juta rupiah" in a2019.catatan
    flagged = got[got.tahun == 2023].catatan
    assert flagged.str.contains(r"tanda BPS: \*\* angka sangat sementara").all()
    from potensi.data.tables import history

    frame = history(seeded_copy)
    entry = frame[frame.berkas == "pdrb_adhk_kabupaten.xlsx"].iloc[0]
    assert main(["data", "undo", entry.impor_id, "--store", str(seeded_copy)]) == 0
    rows = read_rows("indikator", seeded_copy)
    back = rows[rows.indikator.str.startswith(PDRB_PREFIX) & (rows.kode_wilayah == "35.05")]
    assert back.contoh.astype(bool).all()


def test_years_as_rows_and_harga_wilayah_from_the_title() -> None:
    """A transposed download (years down the side, categories across) of the province at
    current prices: ADHB and 35 read from the title, into pdrb_adhb_*."""
    rows = sektor_make.pdrb_rows()
    rows[0] = ["PDRB Provinsi Jawa Timur Atas Dasar Harga Berlaku Menurut Lapangan Usaha (miliar rupiah)"]
    rows[1] = ["Gross Regional Domestic Product of East Java at Current Market Prices by Industry"]
    header_at = 3
    body = [r for r in rows[header_at:] if r and len(r) > 1]
    transposed = [list(col) for col in zip(*body, strict=True)]
    table = _pdrb([rows[0], [], *transposed, [], rows[-1]])
    assert table.ok, table.problems
    assert table.harga == "adhb" and table.wilayah == "35"
    assert {f.indikator[:10] for f in table.figures} == {"pdrb_adhb_"}
    assert len(table.figures) == 85 and not table.note  # already miliar
    assert {f.tahun for f in table.figures} == set(sektor_make.YEARS)


@pytest.mark.parametrize("headers", [("2021r", "2022*)", "2023**)"), ("2021 r", "2022 *", "2023 **")])
def test_year_marks_as_bps_writes_them_flag_the_column(headers: tuple[str, str, str]) -> None:
    rows = sektor_make.pdrb_rows()
    rows[3] = [rows[3][0], "2019", "2020", *headers]
    table = _pdrb(rows)
    assert table.ok
    flags = {f.tahun: f.flag for f in table.figures}
    assert flags == {2019: "", 2020: "", 2021: "r", 2022: "*", 2023: "**"}


def test_indonesian_text_numbers_in_a_csv_download() -> None:
    out = []
    for row in sektor_make.pdrb_rows():
        cells = [f"{v:,.2f}".translate(str.maketrans(",.", ".,")) if isinstance(v, int) else v for v in row]
        out.append(";".join(f'"{c}"' if ";" in str(c) else str(c) for c in cells))
    table = read_pdrb("\n".join(out).encode(), "pdrb.csv", SectorOptions())
    assert table.ok and len(table.figures) == 85
    assert table.figures[0].nilai == pytest.approx(11601.512)  # "11.601.512,00" juta → Rp miliar


def test_missing_category_is_a_warning_naming_it() -> None:
    rows = [r for r in sektor_make.PDRB if not r[0].startswith("B.")]
    table = _pdrb(sektor_make.pdrb_rows(rows))
    assert table.ok
    assert any("tanpa angka: B" in m for m in _messages(table, "warning"))
    assert len(table.figures) == 80


def test_total_that_differs_is_a_warning_not_a_category() -> None:
    total = (1, 2, 3, 4, 5)
    table = _pdrb(sektor_make.pdrb_rows(total=total))
    assert table.ok and len(table.figures) == 85
    warnings = [m for m in _messages(table, "warning") if "baris PDRB" in m]
    assert len(warnings) == 5 and "tahun 2019" in warnings[0]


def test_unknown_category_is_refused_naming_the_row() -> None:
    rows = [*sektor_make.PDRB[:5], ("Z. Ekonomi Kreatif", (1, 2, 3, 4, 5)), *sektor_make.PDRB[5:]]
    table = _pdrb(sektor_make.pdrb_rows(rows))
    assert not table.ok
    (message,) = _messages(table, "error")
    assert "baris 13 'Z. Ekonomi Kreatif' bukan lapangan usaha PDRB yang dikenal" in message


def test_price_basis_and_area_must_be_known() -> None:
    rows = sektor_make.pdrb_rows()
    rows[0], rows[1] = ["Tabel PDRB Menurut Lapangan Usaha (juta rupiah)"], []
    table = _pdrb(rows)
    errors = " | ".join(_messages(table, "error"))
    assert "ADHB" in errors and "ADHK" in errors and "Kabupaten Blitar atau Provinsi" in errors
    assert _pdrb(rows, harga="adhk", wilayah="35.05").ok
    conflict = _pdrb(sektor_make.pdrb_rows(), harga="adhb")  # the title says Harga Konstan
    assert any("judul tabel menyebut ADHK" in m for m in _messages(conflict, "error"))


def test_not_a_pdrb_table_is_refused() -> None:
    with pytest.raises(ValidationFailed, match="Tidak ditemukan lapangan usaha PDRB"):
        _pdrb([["Jumlah Penduduk"], ["Kecamatan", "2020"], ["Bakung", 1]])


def test_production_by_kecamatan_and_commodity(
    index, seeded_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table = read_production(FIXTURES / "produksi_tanaman_pangan.csv", "p.csv", ProductionOptions(), index)
    assert table.ok, table.problems
    assert table.satuan == "ton" and table.sumber == sektor_make.SUMBER_PRODUKSI
    keys = {f.indikator for f in table.figures}
    assert keys == {"produksi_padi", "produksi_jagung", "produksi_kedelai"}
    assert {f.tahun for f in table.figures} == {2023}
    bakung = {f.indikator: f for f in table.figures if f.kode == "35.05.05"}  # 010 Bakung
    assert bakung["produksi_padi"].nilai == 9500 and bakung["produksi_kedelai"].flag == "-"
    assert any("tidak tersedia" in s.why for s in table.skipped)  # Gandusari's kedelai is '…'
    assert len({f.kode for f in table.figures}) == 22
    code = main(
        ["data", "import-bps", str(FIXTURES / "produksi_tanaman_pangan.csv"), "--jenis", "produksi",
         "--store", str(seeded_copy)]
    )  # fmt: skip
    assert code == 0
    rows = read_rows("indikator", seeded_copy)
    assert (rows.indikator == "produksi_padi").sum() == 22


def test_production_unknown_kecamatan_and_missing_year(index) -> None:
    text = sektor_make.produksi_csv().decode()
    bad = text.replace("070 Kademangan", "070 Kademangon Baru").replace(", 2023", "")
    table = read_production(bad.encode(), "p.csv", ProductionOptions(), index)
    errors = " | ".join(p.message for p in table.problems if p.severity == "error")
    assert "tahun data tidak ditemukan" in errors
    assert "Kademangon" in errors
    assert (
        read_production(text.encode(), "p.csv", ProductionOptions(tahun=2022), index).figures[0].tahun == 2022
    )


def test_every_category_has_a_bps_name() -> None:
    from potensi.data.bps_sektor import _SECTOR_NAMES

    assert tuple(_SECTOR_NAMES) == SECTORS


@pytest.mark.parametrize("merged", [True, False])
def test_production_sub_columns_keep_the_jumlah_only(index, merged: bool) -> None:
    """Padi over Sawah / Ladang / Jumlah (merged in an XLSX, written once in a CSV): the
    Jumlah is padi, its parts are skipped (no tonne counted twice); a Jumlah of every
    commodity is no commodity."""
    top = ["Kecamatan", "Padi", "Padi" if merged else "", "Padi" if merged else "", "Jagung", "Jumlah"]
    rows: list[list[object]] = [
        ["Produksi Tanaman Pangan Menurut Kecamatan (ton), 2023"],
        top,
        ["", "Sawah", "Ladang", "Jumlah", "", ""],
    ]
    for code, name, padi, jagung, _ in sektor_make.PRODUKSI:
        rows.append([f"{code} {name}", padi - 100, 100, padi, jagung, padi + jagung])
    rows.append(["Sumber: BPS Kabupaten Blitar"])
    table = read_production(sektor_make.xlsx(rows), "p.xlsx", ProductionOptions(), index)
    assert table.ok, table.problems
    assert {f.indikator for f in table.figures} == {"produksi_padi", "produksi_jagung"}
    bakung = {f.indikator: f.nilai for f in table.figures if f.kode == "35.05.05"}
    assert bakung == {"produksi_padi": 9500, "produksi_jagung": 41200}
    whys = {s.why for s in table.skipped}
    assert "kolom jumlah semua komoditas" in whys and "sub-kolom (dipakai: Padi jumlah)" in whys


def test_cli_kecamatan_table_still_needs_its_key(
    seeded_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = Path(__file__).resolve().parents[1] / "fixtures" / "bps" / "penduduk_sp2010.xlsx"
    assert main(["data", "import-bps", str(path), "--store", str(seeded_copy)]) != 0
    assert "--indikator wajib untuk tabel per kecamatan" in capsys.readouterr().err


def test_a_blank_category_row_takes_the_sum_of_its_sub_rows() -> None:
    rows = sektor_make.pdrb_rows()
    a = next(i for i, r in enumerate(rows) if r and str(r[0]).startswith("A."))
    rows[a] = [rows[a][0]]  # "A. Pertanian, …" with no figures; a., b., c. below it have them
    table = _pdrb(rows)
    assert table.ok and len(table.figures) == 85
    a2019 = next(f for f in table.figures if f.label == "A" and f.tahun == 2019)
    expected = sum(round(11601512 * share) for _, share in sektor_make.SUB_A) / 1000
    assert a2019.nilai == pytest.approx(expected)
    assert table.figures[0] is a2019  # in the order of the 17 categories
    assert any(s.why == "sel kategori kosong: dipakai jumlah sub-kategorinya" for s in table.skipped)
    assert not [m for m in _messages(table, "warning") if "baris PDRB" in m]  # adds up to the total


def test_a_negative_sector_value_is_refused_naming_its_cell() -> None:
    rows = [(label, (1, 2, -5, 4, 5)) if label.startswith("A.") else (label, values)
            for label, values in sektor_make.PDRB]  # fmt: skip
    table = _pdrb(sektor_make.pdrb_rows(rows))
    assert not table.ok
    errors = _messages(table, "error")
    assert len(errors) == 1 and "PDRB A tahun" in errors[0] and "bernilai negatif (-5)" in errors[0], errors
