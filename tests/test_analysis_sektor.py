"""Sector and commodity analyses on the seeded store, checked against the example CSV by hand."""

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
from potensi.core.store import load_boundaries
from potensi.data.seed import SEED_DIR
from potensi.data.tables import read_rows, undo_import
from potensi.views.analisis.sektor import (
    COMMODITY_PREFIX,
    LQ_PREFIX,
    PDRB_PREFIX,
    SECTORS,
    analyse_commodities,
    analyse_sectors,
    commodities,
    commodity_xlsx,
    lq_class_breaks,
    region_name,
    save_commodity_lq,
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


@pytest.fixture(scope="module")
def codes(seeded_store: Path) -> list[str]:
    return list(load_boundaries(seeded_store).kecamatan.kode)


def csv_value(frame: pd.DataFrame, kode: str, key: str, year: int) -> float:
    row = frame[(frame.kode_wilayah == kode) & (frame.indikator == key) & (frame.tahun == year)]
    assert len(row) == 1, (kode, key, year)
    return float(row.nilai.iloc[0])


def test_example_files_are_flagged_complete_and_reproducible() -> None:
    pdrb = pd.read_csv(PDRB_CSV, dtype={"kode_wilayah": str})
    assert list(pdrb.columns) == ["kode_wilayah", "indikator", "tahun", "nilai", "satuan", "sumber", "catatan",
                                  "contoh"]
    assert set(pdrb.indikator) == {f"{PDRB_PREFIX}{s.key.lower()}" for s in SECTORS} and len(SECTORS) == 17
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
    spec = importlib.util.spec_from_file_location("build_example_data",
                                                  REPO_ROOT / "scripts" / "build_example_data.py")
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
        csv_value(pdrb, "35", "pdrb_adhk_a", 2023) / prov.nilai.sum())
    results = analyse_sectors(indikator, "35.05", "35", 2019, 2023)
    row = results.slq[(results.slq.sektor == "A") & (results.slq.tahun == 2023)].iloc[0]
    assert row.lq == pytest.approx(expected, rel=1e-9)
    assert row.lapangan_usaha == "Pertanian, Kehutanan, dan Perikanan" and row.kelas == "basis"
    assert results.example is True
    assert list(results.slq[results.slq.tahun == 2023].sektor) == [s.key for s in SECTORS]


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


def test_short_period_gives_undefined_dlq_with_a_reason(indikator: pd.DataFrame) -> None:
    results = analyse_sectors(indikator, "35.05", "35", 2022, 2023)
    assert results.dlq.dlq.isna().all()
    assert results.dlq.catatan.str.contains("terlalu pendek").all()
    assert results.dlq.catatan_en.str.contains("too short").all()
    assert results.klasifikasi.klasifikasi.isna().all()
    assert results.shift_share.D.notna().all()  # shift-share only needs two years


def test_mixed_units_are_refused_in_indonesian(indikator: pd.DataFrame, codes: list[str]) -> None:
    mixed = indikator.copy()
    mixed.loc[mixed.indikator == "pdrb_adhk_b", "satuan"] = "Rp juta"
    with pytest.raises(AnalysisError, match="satuan berbeda"):
        analyse_sectors(mixed)
    mixed = indikator.copy()
    mixed.loc[mixed.indikator == f"{COMMODITY_PREFIX}padi", "satuan"] = "ton"
    with pytest.raises(AnalysisError, match="satuan berbeda.*Rp juta, ton"):
        analyse_commodities(mixed, codes)


def test_missing_and_zero_values_are_explained_not_zeroed(indikator: pd.DataFrame) -> None:
    gap = indikator[~((indikator.indikator == "pdrb_adhk_d") & (indikator.kode_wilayah == "35")
                      & (indikator.tahun == 2023))]
    slq = analyse_sectors(gap).slq
    d = slq[(slq.sektor == "D") & (slq.tahun == 2023)].iloc[0]
    assert np.isnan(d.lq) and "tidak tersedia" in d.catatan
    zero = indikator.copy()
    zero.loc[(zero.indikator == "pdrb_adhk_e") & (zero.kode_wilayah == "35"), "nilai"] = 0.0
    e = analyse_sectors(zero).slq.query("sektor == 'E' and tahun == 2023").iloc[0]
    assert np.isnan(e.lq) and "nol" in e.catatan and "zero" in e.catatan_en
    with pytest.raises(AnalysisError, match="sama"):
        sector_inputs(indikator, "35.05", "35.05")
    with pytest.raises(AnalysisError, match="Tidak ada data PDRB"):
        sector_inputs(indikator[~indikator.indikator.str.startswith(PDRB_PREFIX)])


def test_commodity_lq_is_the_hand_formula_against_the_sum_of_kecamatan(indikator: pd.DataFrame,
                                                                       codes: list[str]) -> None:
    raw = pd.read_csv(KOMODITAS_CSV, dtype={"kode_wilayah": str})
    y = raw[raw.tahun == 2023]
    ponggok = y[y.kode_wilayah == "35.05.06"]
    expected = (csv_value(raw, "35.05.06", "nilai_produksi_telur", 2023) / ponggok.nilai.sum()) / (
        y[y.indikator == "nilai_produksi_telur"].nilai.sum() / y.nilai.sum())
    results = analyse_commodities(indikator, codes, year=2023)
    assert results.matrix.loc["35.05.06", "telur"] == pytest.approx(expected)
    assert results.of("telur", codes)["35.05.06"] == pytest.approx(expected) and expected > 1
    assert results.matrix.shape == (22, len(commodities(indikator))) and not results.published
    assert results.example and results.start == 2022 and results.unit == "Rp juta"
    # coastal kecamatan specialise in fish
    assert (results.matrix.loc[["35.05.05", "35.05.08", "35.05.13", "35.05.20"], "ikan"] > 1).all()
    # a recorded zero in the base year leaves DLQ undefined, with the reason
    zero_start = results.klasifikasi[(results.klasifikasi.kode == "35.05.01")
                                     & (results.klasifikasi.komoditas == "kakao")].iloc[0]
    assert np.isnan(zero_start.dlq) and "nilai tahun awal nol" in zero_start.catatan


def test_commodity_reference_uses_published_kabupaten_figures_when_complete(indikator: pd.DataFrame,
                                                                            codes: list[str]) -> None:
    rows = indikator[indikator.indikator.str.startswith(COMMODITY_PREFIX) & indikator.kode_wilayah.isin(codes)]
    kab = rows.groupby(["indikator", "tahun"], as_index=False).nilai.sum().assign(
        kode_wilayah="35.05", satuan="Rp juta", contoh=True)
    kab.loc[kab.indikator == "nilai_produksi_padi", "nilai"] *= 2  # the kabupaten records more rice
    results = analyse_commodities(pd.concat([indikator, kab], ignore_index=True), codes, year=2023)
    assert results.published
    y = rows[rows.tahun == 2023]
    ref = kab[kab.tahun == 2023].set_index("indikator").nilai
    wonodadi = y[y.kode_wilayah == "35.05.01"].set_index("indikator").nilai
    expected = (wonodadi["nilai_produksi_padi"] / wonodadi.sum()) / (ref["nilai_produksi_padi"] / ref.sum())
    assert results.matrix.loc["35.05.01", "padi"] == pytest.approx(expected)
    # only part of the kabupaten figures: fall back to the sum
    partial = pd.concat([indikator, kab.iloc[:1]], ignore_index=True)
    assert not analyse_commodities(partial, codes, year=2023).published


def test_workbooks_hold_every_method_and_the_inputs(indikator: pd.DataFrame, codes: list[str]) -> None:
    book = openpyxl.load_workbook(io.BytesIO(sector_xlsx(analyse_sectors(indikator))))
    assert book.sheetnames == ["keterangan", "slq", "dlq", "slq_dlq", "shift_share", "klassen",
                               "masukan_wilayah", "masukan_acuan"]
    assert book["slq"].max_row == 17 * 5 + 1 and book["masukan_acuan"].max_row == 17 * 5 + 1
    info = {r[0]: r[1] for r in book["keterangan"].iter_rows(min_row=2, values_only=True)}
    assert info["data contoh"].startswith("ya")
    results = analyse_commodities(indikator, codes)
    book = openpyxl.load_workbook(io.BytesIO(commodity_xlsx(results, {c: c for c in codes})))
    assert book.sheetnames == ["keterangan", "lq", "matriks_lq", "slq_dlq", "masukan"]
    assert book["matriks_lq"].max_row == 23


def test_saved_commodity_lq_becomes_an_undoable_indikator(seeded_copy: Path, codes: list[str]) -> None:
    results = analyse_commodities(read_rows("indikator", seeded_copy), codes, year=2023)
    report = save_commodity_lq(results, "telur", seeded_copy)
    saved = read_rows("indikator", seeded_copy).query(f"indikator == '{LQ_PREFIX}telur'")
    assert len(saved) == 22 and saved.contoh.all() and (saved.tahun == 2023).all()
    ponggok = saved.set_index("kode_wilayah").nilai["35.05.06"]
    assert ponggok == pytest.approx(results.of("telur", codes)["35.05.06"], abs=1e-4)
    undo_import(report.record.impor_id, seeded_copy)
    assert (read_rows("indikator", seeded_copy).indikator != f"{LQ_PREFIX}telur").all()


def test_names_and_lq_colours() -> None:
    assert sector_name("RSTU", "en") == "Other Services" and sector_name("X") == "X"
    assert region_name("35") == "Provinsi Jawa Timur" and region_name("35", lang="en") == "Province of Jawa Timur"
    assert region_name("35.05", {"35.05": "Kabupaten Blitar"}) == "Kabupaten Blitar"
    breaks, lower, colours = lq_class_breaks(pd.Series([0.2, 0.9, 1.0, 3.0, np.nan]))
    assert len(breaks) == len(colours) == 5 and lower == 0.0 and breaks[-1] == 3.0
    # exactly 1 is basis: it falls in the first class above the brown ones
    from potensi.viz.style import Classes

    classes = Classes(breaks, lower, colours)
    assert classes.colour_of(1.0) == colours[2] and classes.colour_of(0.99) == colours[1]
    assert lq_class_breaks(pd.Series([np.nan]))[0] == ()


def test_seeded_store_lists_both_regions(indikator: pd.DataFrame) -> None:
    assert sector_regions(indikator) == ["35", "35.05"]
