"""Scalogram, Marshall centrality and hierarchy orders."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from potensi.analysis import (
    AnalysisError,
    assign_orders,
    guttman_errors,
    guttman_scalogram,
    marshall_centrality,
    note_items,
    sturges,
)

EXAMPLE = pd.DataFrame(
    [(1, 1, 1, 1, 1), (1, 1, 1, 1, 0), (1, 1, 0, 1, 0), (1, 0, 1, 0, 0), (1, 0, 0, 0, 0)],
    columns=["F1", "F2", "F3", "F4", "F5"],
    index=pd.Index(["K1", "K2", "K3", "K4", "K5"], name="kode"),
)


def test_rows_and_columns_are_sorted() -> None:
    shuffled = EXAMPLE.loc[["K4", "K1", "K5", "K3", "K2"], ["F5", "F2", "F1", "F3", "F4"]]
    result = guttman_scalogram(shuffled)
    assert list(result.matriks.index) == ["K1", "K2", "K3", "K4", "K5"]
    assert list(result.matriks.columns)[0] == "F1" and list(result.matriks.columns)[-1] == "F5"
    assert result.wilayah.urutan.tolist() == [1, 2, 3, 4, 5]


def test_tie_order_of_facilities_changes_the_error_count() -> None:
    # F2, F3, F4 are all in 3 settlements; ties keep the input order, which DOMAIN.md's e = 2 assumes.
    # Listing F3 before F2 is just as "sorted" but gives e = 1 (documented, not a bug).
    reordered = EXAMPLE[["F1", "F3", "F4", "F2", "F5"]]
    assert guttman_scalogram(EXAMPLE).kesalahan == 2
    assert guttman_scalogram(reordered).kesalahan == 1


def test_counts_become_presence_and_long_input_works() -> None:
    long = EXAMPLE.mul(3).reset_index().melt(id_vars="kode", var_name="fasilitas", value_name="nilai")
    result = guttman_scalogram(long)
    assert result.kesalahan == 2 and result.cor == pytest.approx(0.92)


def test_ubiquitous_facility_is_flagged() -> None:
    fas = guttman_scalogram(EXAMPLE).fasilitas.set_index("fasilitas")
    assert fas.kode_catatan["F1"] == "fasilitas_di_semua_wilayah"
    assert fas.persen_wilayah["F1"] == 100


def test_settlement_with_missing_data_is_left_out() -> None:
    data = EXAMPLE.astype(float)
    data.loc["K3", "F2"] = np.nan
    result = guttman_scalogram(data)
    assert result.n_wilayah == 4
    row = result.wilayah.set_index("kode").loc["K3"]
    assert pd.isna(row.orde) and pd.isna(row.urutan)
    assert note_items(row.kode_catatan, row.rincian_catatan) == [("data_tidak_tersedia", "F2")]
    assert "1 wilayah tidak diikutkan" in result.catatan


def test_coefficient_of_scalability() -> None:
    result = guttman_scalogram(EXAMPLE)
    mmr = (5 + 3 + 3 + 3 + 4) / 25
    assert result.koefisien_skalabilitas == pytest.approx((0.92 - mmr) / (1 - mmr))


def test_orders_from_number_of_types() -> None:
    result = guttman_scalogram(EXAMPLE)
    # totals 5…1, equal interval in 3 classes of width 4/3
    assert result.wilayah.orde.tolist() == [1, 1, 2, 3, 3]


def test_guttman_errors_convention() -> None:
    assert guttman_errors(np.array([[0, 0, 0], [0, 1, 1], [1, 0, 1]])).tolist() == [0, 1, 1]


def test_several_years_are_refused() -> None:
    long = EXAMPLE.reset_index().melt(id_vars="kode", var_name="fasilitas", value_name="nilai")
    both = pd.concat([long.assign(tahun=2021), long.assign(tahun=2024)])
    with pytest.raises(AnalysisError, match="pilih satu tahun"):
        guttman_scalogram(both)


# --- Marshall --------------------------------------------------------------------------------

COUNTS = pd.DataFrame(
    {
        "kode": ["K1", "K2", "K3"],
        "SD": [10, 6, 4],
        "Puskesmas": [1, 1, 0],
        "Pasar": [3, 1, 0],
        "Bank": [2, 0, 0],
    }
)


def test_facility_without_units_is_dropped_with_reason() -> None:
    result = marshall_centrality(COUNTS.assign(Hotel=0))
    hotel = result.bobot.set_index("fasilitas").loc["Hotel"]
    assert np.isnan(hotel.bobot) and hotel.kode_catatan == "fasilitas_tanpa_unit"
    np.testing.assert_allclose(result.wilayah.indeks_sentralitas, [275, 105, 20])


def test_missing_count_gives_no_index() -> None:
    data = COUNTS.astype({"Pasar": float})
    data.loc[2, "Pasar"] = np.nan
    result = marshall_centrality(data)
    k3 = result.wilayah.set_index("kode").loc["K3"]
    assert np.isnan(k3.indeks_sentralitas) and pd.isna(k3.peringkat)
    assert note_items(k3.kode_catatan, k3.rincian_catatan) == [("data_tidak_tersedia", "Pasar")]
    pasar = result.bobot.set_index("fasilitas").loc["Pasar"]
    assert pasar.kode_catatan == "dihitung_tanpa_sebagian_wilayah" and "K3" in pasar.rincian_catatan


def test_negative_count_is_refused() -> None:
    with pytest.raises(AnalysisError, match="negatif"):
        marshall_centrality(COUNTS.assign(SD=[10, -1, 4]))


def test_no_units_at_all_is_refused() -> None:
    with pytest.raises(AnalysisError, match="tidak ada satu pun unit"):
        marshall_centrality(COUNTS.assign(SD=0, Puskesmas=0, Pasar=0, Bank=0))


def test_total_centrality_scales_the_index() -> None:
    result = marshall_centrality(COUNTS, total_centrality=1)
    np.testing.assert_allclose(result.wilayah.indeks_sentralitas, [2.75, 1.05, 0.20])


# --- orders ----------------------------------------------------------------------------------


def test_sturges() -> None:
    assert sturges(22) == 5  # 1 + 3,3·log10(22) = 5,43
    assert sturges(248) == 9  # 248 desa/kelurahan: 8,90
    assert sturges(1) == 1


def test_orders_equal_interval_boundaries_go_up() -> None:
    out = assign_orders(pd.Series([0.0, 10.0, 20.0, 30.0]), 3)
    # width 10: [0,10) III, [10,20) II, [20,30] I
    assert out.orde.tolist() == [3, 2, 1, 1]


def test_orders_explicit_breaks_and_natural() -> None:
    out = assign_orders(pd.Series([1.0, 5.0, 9.0]), breaks=[4, 8])
    assert out.orde.tolist() == [3, 2, 1]
    natural = assign_orders(pd.Series([1.0, 1.1, 1.2, 10.0, 10.1, 20.0]), 3, method="natural")
    assert natural.orde.tolist() == [3, 3, 3, 2, 2, 1]


def test_orders_undefined_cases() -> None:
    out = assign_orders(pd.Series([5.0, 5.0, np.nan]))
    assert out.orde.isna().all()
    assert out.kode_catatan.tolist() == ["nilai_seragam", "nilai_seragam", "data_tidak_tersedia"]
