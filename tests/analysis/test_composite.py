"""Normalisation, composite index and AHP: directions, undefined cases, refusals."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from potensi.analysis import (
    AHPInconsistent,
    AnalysisError,
    ahp_weights,
    combine_pairwise,
    composite_index,
    normalise,
    note_items,
    pairwise_matrix,
)
from potensi.core.errors import PotensiError

TABLE = pd.DataFrame(
    {"kode": ["K1", "K2", "K3", "K4"], "lq": [1.8, 1.2, 0.6, 1.0], "jarak_pasar_km": [2.0, 10.0, 6.0, 4.0]}
)


def test_lower_is_better_is_reversed() -> None:
    out = normalise(TABLE, direction={"jarak_pasar_km": "rendah"})
    jarak = out[out.indikator == "jarak_pasar_km"].set_index("kode").nilai_normal
    assert jarak.to_dict() == {"K1": 1.0, "K2": 0.0, "K3": 0.5, "K4": 0.75}
    assert set(out[out.indikator == "jarak_pasar_km"].arah) == {"rendah"}


def test_zscore() -> None:
    out = normalise(TABLE, method="zscore")
    lq = out[out.indikator == "lq"].nilai_normal
    assert lq.mean() == pytest.approx(0) and lq.std(ddof=0) == pytest.approx(1)


def test_constant_indicator_is_nan_with_reason_by_default() -> None:
    data = TABLE.assign(konstan=3.0)
    out = normalise(data)
    konstan = out[out.indikator == "konstan"]
    assert konstan.nilai_normal.isna().all()
    assert (konstan.kode_catatan == "maks_sama_min").all()
    result = composite_index(data, {"lq": 1, "jarak_pasar_km": 1, "konstan": 1})
    assert result.indeks.indeks.isna().all() and result.indeks.peringkat.isna().all()
    assert result.indeks.rincian_catatan.str.contains("konstan").all()
    assert (
        normalise(data, method="zscore").query("indikator == 'konstan'").kode_catatan == "simpangan_nol"
    ).all()


def test_constant_indicator_midpoint_or_drop() -> None:
    data = TABLE.assign(konstan=3.0)
    weights = {"lq": 0.5, "jarak_pasar_km": 0.25, "konstan": 0.25}
    mid = composite_index(data, weights, constant="midpoint")
    assert (mid.normal.query("indikator == 'konstan'").nilai_normal == 0.5).all()
    dropped = composite_index(data, weights, constant="drop")
    used = dropped.bobot.set_index("indikator").bobot
    assert used["konstan"] == 0 and used["lq"] == pytest.approx(2 / 3)
    assert dropped.indeks.kode_catatan.str.contains("indikator_dibuang").all()
    assert dropped.indeks.indeks.max() <= 100


def test_missing_value_excludes_the_region_not_zero() -> None:
    data = TABLE.copy()
    data.loc[1, "lq"] = np.nan
    result = composite_index(data, {"lq": 0.5, "jarak_pasar_km": 0.5})
    k2 = result.indeks.set_index("kode").loc["K2"]
    assert np.isnan(k2.indeks) and pd.isna(k2.peringkat)
    assert note_items(k2.kode_catatan, k2.rincian_catatan) == [("data_tidak_tersedia", "lq")]
    # the others are normalised over the regions that have data
    assert result.indeks.peringkat.dropna().tolist() == [1, 3, 2]


def test_weights_are_rescaled_and_documented() -> None:
    result = composite_index(TABLE, {"lq": 60, "jarak_pasar_km": 40})
    table = result.bobot.set_index("indikator")
    assert table.bobot_masukan["lq"] == 60 and table.bobot["lq"] == pytest.approx(0.6)
    assert "diskalakan" in result.catatan


@pytest.mark.parametrize(
    ("weights", "message"),
    [
        ({"lq": 1}, "tanpa bobot: jarak_pasar_km"),
        ({"lq": 1, "jarak_pasar_km": 1, "lain": 1}, "bobot tanpa data: lain"),
        ({"lq": -1, "jarak_pasar_km": 1}, "negatif"),
        ({"lq": 0, "jarak_pasar_km": 0}, "lebih dari nol"),
    ],
)
def test_invalid_weights(weights: dict, message: str) -> None:
    with pytest.raises(AnalysisError, match=message):
        composite_index(TABLE, weights)


def test_unknown_direction() -> None:
    with pytest.raises(AnalysisError, match="tidak dikenal"):
        normalise(TABLE, direction={"lq": "naik-turun"})
    with pytest.raises(AnalysisError, match="tidak ada di data"):
        normalise(TABLE, direction={"jalan": "rendah"})


def test_clipping_to_percentiles() -> None:
    data = pd.DataFrame({"kode": list("abcde"), "x": [1.0, 2.0, 3.0, 4.0, 100.0]})
    out = normalise(data, clip=(0.0, 0.75))
    assert out.nilai_normal.tolist() == [0.0, 1 / 3, 2 / 3, 1.0, 1.0]
    assert out.kode_catatan.tolist()[-1] == "dipotong_persentil"


def test_negative_indicator_values_are_allowed() -> None:
    data = pd.DataFrame({"kode": ["a", "b"], "laju": [-0.02, 0.05]})
    assert normalise(data).nilai_normal.tolist() == [0.0, 1.0]


# --- AHP ---------------------------------------------------------------------------------------


def test_inconsistent_matrix_is_refused_in_indonesian() -> None:
    matrix = [[1, 9, 1 / 9], [1 / 9, 1, 9], [9, 1 / 9, 1]]
    with pytest.raises(AHPInconsistent) as info:
        ahp_weights(matrix, criteria=["a", "b", "c"])
    error = info.value
    assert isinstance(error, PotensiError) and isinstance(error, AnalysisError)
    assert "tidak konsisten" in str(error) and "melebihi batas 0,10" in str(error)
    assert error.result.cr > 0.10
    assert "Tinjau kembali penilaian" in str(error)


def test_threshold_is_inclusive_and_configurable() -> None:
    matrix = [[1, 3, 1], [1 / 3, 1, 3], [1, 1 / 3, 1]]
    with pytest.raises(AHPInconsistent):
        ahp_weights(matrix)
    loose = ahp_weights(matrix, max_cr=1.0)
    assert loose.cr > 0.10 and not loose.konsisten


@pytest.mark.parametrize(
    ("matrix", "message"),
    [
        ([[1, 2, 3], [0.5, 1, 2]], "persegi"),
        ([[1, 2], [2, 1]], "tidak resiprokal"),
        ([[2, 2], [0.5, 2]], "diagonal"),
        ([[1, 0], [0, 1]], "positif"),
        ([[1, np.nan], [np.nan, 1]], "positif"),
        ([[1]], "paling sedikit 2"),
    ],
)
def test_invalid_matrices(matrix: list, message: str) -> None:
    with pytest.raises(AnalysisError, match=message):
        ahp_weights(matrix)


def test_two_criteria_are_always_consistent() -> None:
    result = ahp_weights([[1, 3], [1 / 3, 1]], criteria=["a", "b"])
    assert result.bobot.tolist() == pytest.approx([0.75, 0.25])
    assert np.isnan(result.cr) and result.konsisten
    assert "n ≤ 2" in result.catatan


def test_rounded_reciprocals_are_accepted() -> None:
    result = ahp_weights([[1, 3, 5], [0.333, 1, 2], [0.2, 0.5, 1]])
    assert result.bobot.round(3).tolist() == [0.648, 0.230, 0.122]
    assert "segitiga bawah" in result.catatan


def test_eigen_method_agrees_on_the_example() -> None:
    geometric = ahp_weights([[1, 3, 5], [1 / 3, 1, 2], [1 / 5, 1 / 2, 1]])
    eigen = ahp_weights([[1, 3, 5], [1 / 3, 1, 2], [1 / 5, 1 / 2, 1]], method="eigen")
    np.testing.assert_allclose(geometric.bobot, eigen.bobot, atol=1e-3)


def test_large_matrix_needs_a_random_index() -> None:
    n = 11
    with pytest.raises(AnalysisError, match="RI"):
        ahp_weights(np.ones((n, n)))
    assert ahp_weights(np.ones((n, n)), random_index=1.51).cr == pytest.approx(0, abs=1e-12)


def test_pairwise_matrix_and_dataframe_labels() -> None:
    matrix = pairwise_matrix({("lq", "sentralitas"): 3, ("lq", "jalan"): 5, ("sentralitas", "jalan"): 2})
    result = ahp_weights(matrix)
    assert list(result.bobot.index) == ["lq", "sentralitas", "jalan"]
    assert result.table().peringkat.tolist() == [1, 2, 3]
    with pytest.raises(AnalysisError, match="belum lengkap"):
        pairwise_matrix({("a", "b"): 3, ("a", "c"): 5})


def test_combine_pairwise_is_reciprocal() -> None:
    m1 = pairwise_matrix({("a", "b"): 3, ("a", "c"): 5, ("b", "c"): 2})
    m2 = pairwise_matrix({("a", "b"): 1, ("a", "c"): 3, ("b", "c"): 4})
    combined = combine_pairwise([m1, m2])
    np.testing.assert_allclose(combined.to_numpy() * combined.to_numpy().T, 1.0)
    assert combined.loc["a", "b"] == pytest.approx(3**0.5)


def test_composite_accepts_an_ahp_result() -> None:
    weights = ahp_weights([[1, 2], [0.5, 1]], criteria=["lq", "jarak_pasar_km"])
    result = composite_index(TABLE, weights, direction={"jarak_pasar_km": "rendah"})
    assert result.bobot.bobot.tolist() == pytest.approx([2 / 3, 1 / 3])
