"""Sector analysis (SLQ, DLQ, SLQ×DLQ, shift-share, Klassen) on the seeded store, checked against
the example CSV by hand."""

from __future__ import annotations

import importlib.util
import io
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest

from potensi.analysis import AnalysisError
from potensi.core.config import REPO_ROOT
from potensi.data.indikator_keys import PDRB_PREFIX, SECTORS
from potensi.data.seed import SEED_DIR
from potensi.data.tables import read_rows
from potensi.views.analisis.sektor import (
    analyse_sectors,
    region_name,
    sector_inputs,
    sector_name,
    sector_regions,
    sector_xlsx,
)

PDRB_CSV = SEED_DIR / "indikator_contoh_pdrb.csv"
KOMODITAS_CSV = SEED_DIR / "indikator_contoh_komoditas.csv"


@pytest.fixture(scope="module")
def indikator(seeded_store: Path) -> pd.DataFrame:
    return read_rows("indikator", seeded_store)


def csv_value(frame: pd.DataFrame, kode: str, key: str, year: int) -> float:
    row = frame[(frame.kode_wilayah == kode) & (frame.indikator == key) & (frame.tahun == year)]
    assert len(row) == 1, (kode, key, year)
    return float(row.nilai.iloc[0])


def test_example_files_are_flagged_complete_and_reproducible() -> None:
    pdrb = pd.read_csv(PDRB_CSV, dtype={"kode_wilayah": str})
    assert list(pdrb.columns) == [
        "kode_wilayah",
        "indikator",
        "tahun",
        "nilai",
        "satuan",
        "sumber",
        "catatan",
        "contoh",
    ]
    assert set(pdrb.indikator) == {f"{PDRB_PREFIX}{key.lower()}" for key in SECTORS} and len(SECTORS) == 17
    assert len(pdrb) == 17 * 2 * 5 and set(pdrb.kode_wilayah) == {"35.05", "35"}
    assert (pdrb.contoh == "ya").all() and pdrb.sumber.str.contains("DATA CONTOH").all()
    assert pdrb.sumber.str.contains("bukan angka BPS").all() and (pdrb.satuan == "Rp miliar").all()
    totals = pdrb.groupby(["kode_wilayah", "tahun"]).nilai.sum()
    for region in ("35.05", "35"):
        assert totals[(region, 2020)] < totals[(region, 2019)] < totals[(region, 2023)]  # the 2020 dip
    kab_2023 = pdrb[(pdrb.kode_wilayah == "35.05") & (pdrb.tahun == 2023)].set_index("indikator").nilai
    assert 0.28 < kab_2023["pdrb_adhk_a"] / kab_2023.sum() < 0.36  # agriculture about a third
    komoditas = pd.read_csv(KOMODITAS_CSV, dtype={"kode_wilayah": str})
    assert set(komoditas.satuan) == {"Rp juta"} and (komoditas.contoh == "ya").all()
    assert komoditas.kode_wilayah.nunique() == 22 and set(komoditas.tahun) == {2022, 2023}
    # every value has exactly two decimals: "1234.567" would be read as a thousands mark
    assert pd.read_csv(PDRB_CSV, dtype=str).nilai.str.fullmatch(r"\d+\.\d{2}").all()
    # the committed files are what the script makes (it is deterministic)
    spec = importlib.util.spec_from_file_location(
        "build_example_data", REPO_ROOT / "scripts" / "build_example_data.py"
    )
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    for path, text in script.render().items():
        assert path.read_text(encoding="utf-8") == text, path


def test_seeded_rows_equal_the_csv(indikator: pd.DataFrame) -> None:
    pdrb = pd.read_csv(PDRB_CSV, dtype={"kode_wilayah": str})
    stored = indikator[indikator.indikator.str.startswith(PDRB_PREFIX)]
    assert len(stored) == len(pdrb) and stored.contoh.all()
    merged = pdrb.merge(stored, on=["kode_wilayah", "indikator", "tahun"], suffixes=("_csv", "_store"))
    assert np.allclose(merged.nilai_csv, merged.nilai_store)


def test_lq_of_agriculture_2023_is_the_hand_formula(indikator: pd.DataFrame) -> None:
    pdrb = pd.read_csv(PDRB_CSV, dtype={"kode_wilayah": str})
    year = pdrb[pdrb.tahun == 2023]
    kab, prov = year[year.kode_wilayah == "35.05"], year[year.kode_wilayah == "35"]
    expected = (csv_value(pdrb, "35.05", "pdrb_adhk_a", 2023) / kab.nilai.sum()) / (
        csv_value(pdrb, "35", "pdrb_adhk_a", 2023) / prov.nilai.sum()
    )
    results = analyse_sectors(indikator, "35.05", "35", 2019, 2023)
    row = results.slq[(results.slq.sektor == "A") & (results.slq.tahun == 2023)].iloc[0]
    assert row.lq == pytest.approx(expected, rel=1e-9)
    assert row.lapangan_usaha == "Pertanian, Kehutanan, dan Perikanan" and row.kelas == "basis"
    assert results.example is True
    assert list(results.slq[results.slq.tahun == 2023].sektor) == list(SECTORS)


def test_dlq_shift_share_and_klassen_follow_their_formulas(indikator: pd.DataFrame) -> None:
    pdrb = pd.read_csv(PDRB_CSV, dtype={"kode_wilayah": str})
    results = analyse_sectors(indikator, "35.05", "35", 2019, 2023, esteban_marquillas=True)
    ss = results.shift_share.set_index("sektor")
    # identity D = N + M + C, and C = C' + A
    assert np.allclose(ss.D, ss.N + ss.M + ss.C) and np.allclose(ss.C, ss.C_homotetik + ss.A)
    # C of industry by hand: E_ij,0 · (r_ij − r_in)
    e0, e1 = csv_value(pdrb, "35.05", "pdrb_adhk_c", 2019), csv_value(pdrb, "35.05", "pdrb_adhk_c", 2023)
    p0, p1 = csv_value(pdrb, "35", "pdrb_adhk_c", 2019), csv_value(pdrb, "35", "pdrb_adhk_c", 2023)
    assert ss.C["C"] == pytest.approx(e0 * ((e1 / e0 - 1) - (p1 / p0 - 1)))
    assert ss.D["C"] == pytest.approx(e1 - e0)
    # DLQ of agriculture by hand (CAGR over 4 years)
    t = 4
    tot = pdrb.groupby(["kode_wilayah", "tahun"]).nilai.sum()
    g = lambda a, b: (b / a) ** (1 / t) - 1  # noqa: E731
    g_ij = g(csv_value(pdrb, "35.05", "pdrb_adhk_a", 2019), csv_value(pdrb, "35.05", "pdrb_adhk_a", 2023))
    g_in = g(csv_value(pdrb, "35", "pdrb_adhk_a", 2019), csv_value(pdrb, "35", "pdrb_adhk_a", 2023))
    big_g_j, big_g_n = g(tot[("35.05", 2019)], tot[("35.05", 2023)]), g(tot[("35", 2019)], tot[("35", 2023)])
    expected = (((1 + g_ij) / (1 + big_g_j)) / ((1 + g_in) / (1 + big_g_n))) ** t
    assert results.dlq.set_index("sektor").dlq["A"] == pytest.approx(expected)
    # every sector lands in exactly one Klassen quadrant and one SLQ×DLQ class
    assert results.klassen.kuadran.notna().all() and results.klasifikasi.klasifikasi.notna().all()
    assert results.klassen.set_index("sektor").kuadran["A"] == "I"
    assert results.klassen.set_index("sektor").nama_klasifikasi["A"] == "maju dan tumbuh pesat"
    english = analyse_sectors(indikator, "35.05", "35", 2019, 2023, esteban_marquillas=True, lang="en")
    assert english.klassen.set_index("sektor").nama_klasifikasi["A"] == "advanced and fast-growing"
    assert english.slq.lapangan_usaha.iloc[0] == "Agriculture, Forestry and Fishing"
    assert set(english.shift_share.nama_tipe_alokasi) <= {
        "specialised, competitive",
        "not specialised, competitive",
        "specialised, not competitive",
        "not specialised, not competitive",
    }


def test_short_period_gives_undefined_dlq_with_a_reason(indikator: pd.DataFrame) -> None:
    results = analyse_sectors(indikator, "35.05", "35", 2022, 2023)
    assert results.dlq.dlq.isna().all()
    assert results.dlq.catatan.str.contains("terlalu pendek").all()
    english = analyse_sectors(indikator, "35.05", "35", 2022, 2023, lang="en")
    assert english.dlq.catatan.str.contains("too short").all()
    assert results.klasifikasi.klasifikasi.isna().all()
    assert results.shift_share.D.notna().all()  # shift-share only needs two years


def test_mixed_units_are_refused_in_indonesian(indikator: pd.DataFrame) -> None:
    mixed = indikator.copy()
    mixed.loc[mixed.indikator == "pdrb_adhk_b", "satuan"] = "Rp juta"
    with pytest.raises(AnalysisError, match="satuan berbeda"):
        analyse_sectors(mixed)


def test_missing_and_zero_values_are_explained_not_zeroed(indikator: pd.DataFrame) -> None:
    gap = indikator[
        ~(
            (indikator.indikator == "pdrb_adhk_d")
            & (indikator.kode_wilayah == "35")
            & (indikator.tahun == 2023)
        )
    ]
    slq = analyse_sectors(gap).slq
    d = slq[(slq.sektor == "D") & (slq.tahun == 2023)].iloc[0]
    assert np.isnan(d.lq) and "tidak tersedia" in d.catatan
    zero = indikator.copy()
    zero.loc[(zero.indikator == "pdrb_adhk_e") & (zero.kode_wilayah == "35"), "nilai"] = 0.0
    e = analyse_sectors(zero).slq.query("sektor == 'E' and tahun == 2023").iloc[0]
    e_en = analyse_sectors(zero, lang="en").slq.query("sektor == 'E' and tahun == 2023").iloc[0]
    assert np.isnan(e.lq) and "nol" in e.catatan and "zero" in e_en.catatan
    with pytest.raises(AnalysisError, match="sama"):
        sector_inputs(indikator, "35.05", "35.05")
    with pytest.raises(AnalysisError, match="Tidak ada data PDRB"):
        sector_inputs(indikator[~indikator.indikator.str.startswith(PDRB_PREFIX)])


def test_workbook_holds_every_method_and_the_inputs(indikator: pd.DataFrame) -> None:
    book = openpyxl.load_workbook(io.BytesIO(sector_xlsx(analyse_sectors(indikator))))
    assert book.sheetnames == [
        "keterangan",
        "slq",
        "dlq",
        "slq_dlq",
        "shift_share",
        "klassen",
        "masukan_wilayah",
        "masukan_acuan",
    ]
    assert book["slq"].max_row == 17 * 5 + 1 and book["masukan_acuan"].max_row == 17 * 5 + 1
    info = {r[0]: r[1] for r in book["keterangan"].iter_rows(min_row=2, values_only=True)}
    assert info["data contoh"].startswith("ya")


def test_names() -> None:
    assert sector_name("RSTU", "en") == "Other Services" and sector_name("X") == "X"
    assert (
        region_name("35") == "Provinsi Jawa Timur"
        and region_name("35", lang="en") == "Province of Jawa Timur"
    )
    assert region_name("35.05", {"35.05": "Kabupaten Blitar"}) == "Kabupaten Blitar"


def test_seeded_store_lists_both_regions(indikator: pd.DataFrame) -> None:
    assert sector_regions(indikator) == ["35", "35.05"]
