"""Shift-share: undefined cases, period choice, published totals."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from potensi.analysis import AnalysisError, note_items, shift_share


def test_one_year_gives_nan_with_reason(kab: pd.DataFrame, prov: pd.DataFrame) -> None:
    out = shift_share(kab[kab.tahun == 2023], prov[prov.tahun == 2023])
    assert out[["N", "M", "C", "D"]].isna().all().all()
    assert (out.kode_catatan == "deret_satu_tahun").all()


def test_sector_absent_from_reference_at_start(kab: pd.DataFrame, prov: pd.DataFrame) -> None:
    ref = prov.copy()
    ref.loc[(ref.tahun == 2022) & (ref.sektor == "G"), "nilai"] = 0.0
    out = shift_share(kab, ref).set_index("sektor")
    assert np.isnan(out.M["G"]) and np.isnan(out.C["G"])
    assert not np.isnan(out.N["G"]) and out.D["G"] == 37.5
    assert "acuan_sektor_nol" in out.kode_catatan["G"]


def test_item_absent_in_region_at_start(kab: pd.DataFrame, prov: pd.DataFrame) -> None:
    data = kab.copy()
    data.loc[(data.tahun == 2022) & (data.sektor == "G"), "nilai"] = 0.0
    out = shift_share(data, prov).set_index("sektor")
    assert out.N["G"] == 0 and out.M["G"] == 0
    assert np.isnan(out.C["G"]) and out.D["G"] == 287.5
    assert out.kode_catatan["G"] == "nilai_awal_nol"


def test_missing_value_is_reported(kab: pd.DataFrame, prov: pd.DataFrame) -> None:
    data = kab.copy()
    data.loc[(data.tahun == 2023) & (data.sektor == "C"), "nilai"] = np.nan
    out = shift_share(data, prov).set_index("sektor")
    assert np.isnan(out.D["C"]) and np.isnan(out.C["C"])
    key, detail = note_items(out.kode_catatan["C"], out.rincian_catatan["C"])[0]
    assert key == "data_tidak_tersedia" and detail.startswith("2023")
    assert out.D["A"] == 18.0  # the other sectors are unaffected (E_n comes from the reference)


def test_published_reference_total_sets_r_n(kab: pd.DataFrame, prov: pd.DataFrame) -> None:
    out = shift_share(kab, prov, reference_totals={2022: 14000, 2023: 15400})
    assert out.r_n.iloc[0] == pytest.approx(0.10)
    np.testing.assert_allclose(out.N + out.M + out.C, out.D)


def test_period_inside_a_longer_series(kecamatan: pd.DataFrame) -> None:
    out = shift_share(kecamatan, item_col="komoditas", start=2022, end=2023)
    assert (out.tahun_awal == 2022).all()
    row = out[(out.kode == "35.05.05") & (out.komoditas == "telur")].iloc[0]
    assert row.D == 20.0
    with pytest.raises(AnalysisError, match="lebih awal"):
        shift_share(kecamatan, item_col="komoditas", start=2023, end=2021)


def test_net_shift_is_m_plus_c(kab: pd.DataFrame, prov: pd.DataFrame) -> None:
    out = shift_share(kab, prov)
    np.testing.assert_allclose(out.PB, out.M + out.C)
