"""Klassen typology: conditions, relabelling, ties, undefined cases."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from potensi.analysis import (
    KLASSEN_REGIONAL_LABELS,
    KLASSEN_SECTORAL_LABELS,
    AnalysisError,
    klassen_from_values,
    klassen_regional,
    klassen_sectoral,
    location_quotient,
)


def test_quadrant_numbering_is_data(kab: pd.DataFrame, prov: pd.DataFrame) -> None:
    # some sources swap II and III: key on the conditions, relabel with a table
    swapped = KLASSEN_SECTORAL_LABELS.copy()
    swapped.loc[1, "kuadran"], swapped.loc[2, "kuadran"] = "III", "II"
    out = klassen_sectoral(kab, prov, share_year="awal", labels=swapped).set_index("sektor")
    assert out.kuadran.to_dict() == {"A": "I", "C": "III", "G": "II"}
    assert out.klasifikasi["C"] == "maju_tertekan"  # the meaning follows the conditions


def test_share_above_is_lq_at_least_one(kecamatan: pd.DataFrame) -> None:
    out = klassen_sectoral(kecamatan, item_col="komoditas", share_year="awal")
    lq = location_quotient(kecamatan[kecamatan.tahun == 2021], item_col="komoditas")
    merged = out.merge(lq, on=["kode", "komoditas"])
    assert (merged.share_above == (merged.lq >= 1)).all()


def test_average_share_is_the_default(kab: pd.DataFrame, prov: pd.DataFrame) -> None:
    out = klassen_sectoral(kab, prov).set_index("sektor")
    assert out.pangsa_wilayah["A"] == pytest.approx((300 / 1000 + 318 / 1091.5) / 2)


def test_sectoral_one_year_is_undefined(kab: pd.DataFrame, prov: pd.DataFrame) -> None:
    out = klassen_sectoral(kab[kab.tahun == 2022], prov[prov.tahun == 2022])
    assert out.kuadran.isna().all() and out.growth_above.isna().all()
    assert out.share_above.notna().all()
    assert out.kode_catatan.str.contains("deret_satu_tahun").all()


def _panel() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "kode": ["K1", "K1", "K2", "K2", "K3", "K3", "K4", "K4"],
            "tahun": [2022, 2023] * 4,
            "pdrb": [300.0, 330.0, 300.0, 303.0, 100.0, 120.0, 100.0, 101.0],
            "penduduk": [10.0, 10.0, 10.0, 10.0, 10.0, 10.0, 10.0, 10.0],
        }
    )


def test_regional_quadrants() -> None:
    out = klassen_regional(_panel()).set_index("kode")
    # kabupaten: per capita (800/40 + 854/40)/2 = 20.675, growth 854/800 − 1 = 6.75 %
    assert out.pdrb_per_kapita_acuan.iloc[0] == pytest.approx((800 / 40 + 854 / 40) / 2)
    assert out.laju_acuan.iloc[0] == pytest.approx(854 / 800 - 1)
    assert out.kuadran.to_dict() == {"K1": "I", "K2": "II", "K3": "III", "K4": "IV"}
    assert out.klasifikasi["K3"] == "berkembang_cepat"


def test_regional_with_published_reference() -> None:
    ref = pd.DataFrame({"tahun": [2022, 2023], "pdrb": [1000.0, 1010.0], "penduduk": [40.0, 40.0]})
    out = klassen_regional(_panel(), ref, income_year="akhir").set_index("kode")
    assert out.pdrb_per_kapita_acuan.iloc[0] == pytest.approx(1010 / 40)
    assert out.laju_acuan.iloc[0] == pytest.approx(0.01)
    assert out.kuadran["K4"] == "III"  # 1 % growth equals the benchmark: a tie goes above
    assert "tepat_di_batas" in out.kode_catatan["K4"]
    ref_bad = ref.assign(tahun=[2021, 2022])
    with pytest.raises(AnalysisError, match="tahun acuan"):
        klassen_regional(_panel(), ref_bad)


def test_regional_zero_population_and_missing_data() -> None:
    panel = _panel()
    panel.loc[(panel.kode == "K2") & (panel.tahun == 2023), "penduduk"] = 0.0
    panel.loc[(panel.kode == "K3") & (panel.tahun == 2022), "pdrb"] = np.nan
    out = klassen_regional(panel).set_index("kode")
    assert np.isnan(out.pdrb_per_kapita["K2"]) and "penduduk_nol" in out.kode_catatan["K2"]
    assert "data_tidak_tersedia" in out.kode_catatan["K3"] and pd.isna(out.kuadran["K3"])
    # the kabupaten sums are unknown too, so nobody can be classified: no silent zero
    assert out.kuadran.isna().all()


def test_klassen_from_values_with_missing_value() -> None:
    table = pd.DataFrame({"kode": ["K1", "K2"], "pdrb_per_kapita": [30.0, np.nan], "laju": [0.04, 0.06]})
    out = klassen_from_values(table, income_ref=20.0, growth_ref=0.05)
    assert out.kuadran.iloc[0] == "II"
    assert pd.isna(out.kuadran.iloc[1])
    assert out.kode_catatan.iloc[1] == "data_tidak_tersedia;tidak_dapat_diklasifikasi"


def test_regional_labels_must_cover_every_combination() -> None:
    with pytest.raises(AnalysisError, match="tepat satu baris"):
        klassen_regional(_panel(), labels=KLASSEN_REGIONAL_LABELS.iloc[[0, 0, 1, 2]])
