"""Properties that must hold for any valid input (hypothesis)."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from potensi.analysis import (
    ahp_weights,
    composite_index,
    dynamic_location_quotient,
    guttman_scalogram,
    location_quotient,
    marshall_centrality,
    shift_share,
)

# each example runs whole pandas pipelines (~30 ms): few examples keep the suite under 20 s
FAST = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
positive = st.floats(min_value=0.5, max_value=1e6, allow_nan=False, allow_infinity=False)
factor = st.floats(min_value=1e-3, max_value=1e3, allow_nan=False, allow_infinity=False)


@st.composite
def panels(draw: st.DrawFn, years: int = 2) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A region table (regions × sectors × years) and a reference table, all values positive."""
    n_regions = draw(st.integers(1, 4))
    n_sectors = draw(st.integers(1, 5))
    shape = (n_regions, n_sectors, years)
    values = draw(arrays(float, shape, elements=positive))
    reference = draw(arrays(float, (n_sectors, years), elements=positive))
    reference = reference + values.sum(axis=0)  # the reference contains the regions
    regions = [f"R{i}" for i in range(n_regions)]
    sectors = [f"S{i}" for i in range(n_sectors)]
    year_list = list(range(2020, 2020 + years))
    idx = pd.MultiIndex.from_product([regions, sectors, year_list], names=["kode", "sektor", "tahun"])
    data = pd.DataFrame({"nilai": values.ravel()}, index=idx).reset_index()
    ref_idx = pd.MultiIndex.from_product([sectors, year_list], names=["sektor", "tahun"])
    ref = pd.DataFrame({"nilai": reference.ravel()}, index=ref_idx).reset_index()
    return data, ref


@SLOW
@given(panels(), st.booleans())
def test_shift_share_components_sum_to_d(tables: tuple[pd.DataFrame, pd.DataFrame], em: bool) -> None:
    data, ref = tables
    out = shift_share(data, ref, esteban_marquillas=em)
    scale = np.maximum(1.0, out.D.abs())
    assert np.all(np.abs(out.N + out.M + out.C - out.D) <= 1e-9 * scale)
    if em:
        assert np.all(np.abs(out.N + out.M + out.C_homotetik + out.A - out.D) <= 1e-9 * scale)


@SLOW
@given(panels(years=1), factor, factor)
def test_lq_is_invariant_to_scaling_a_region_or_the_reference(
    tables: tuple[pd.DataFrame, pd.DataFrame], k_region: float, k_ref: float
) -> None:
    data, ref = tables
    base = location_quotient(data, ref)
    scaled = data.copy()
    scaled.loc[scaled.kode == "R0", "nilai"] *= k_region
    out = location_quotient(scaled, ref.assign(nilai=ref.nilai * k_ref))
    np.testing.assert_allclose(out.lq, base.lq, rtol=1e-9)


@SLOW
@given(panels(years=1), factor)
def test_lq_against_the_sum_is_invariant_to_scaling_everything(
    tables: tuple[pd.DataFrame, pd.DataFrame], k: float
) -> None:
    data, _ = tables
    base = location_quotient(data)
    out = location_quotient(data.assign(nilai=data.nilai * k))
    np.testing.assert_allclose(out.lq, base.lq, rtol=1e-9)


@SLOW
@given(panels(years=3))
def test_dlq_is_lq_end_over_lq_start(tables: tuple[pd.DataFrame, pd.DataFrame]) -> None:
    data, ref = tables
    lq = location_quotient(data, ref)
    start = lq[lq.tahun == 2020].set_index(["kode", "sektor"]).lq
    end = lq[lq.tahun == 2022].set_index(["kode", "sektor"]).lq
    dlq = dynamic_location_quotient(data, ref).set_index(["kode", "sektor"]).dlq
    np.testing.assert_allclose(dlq.to_numpy(), (end / start).reindex(dlq.index).to_numpy(), rtol=1e-9)


@st.composite
def indicator_tables(draw: st.DrawFn) -> tuple[pd.DataFrame, dict[str, float], dict[str, str]]:
    n_regions = draw(st.integers(2, 8))
    n_indicators = draw(st.integers(1, 4))
    names = [f"x{i}" for i in range(n_indicators)]
    columns = {}
    for name in names:
        values = draw(arrays(float, n_regions, elements=st.floats(-1e6, 1e6, allow_nan=False)))
        if np.ptp(values) == 0:  # constant indicators are covered by their own test
            values[0] += 1.0
        columns[name] = values
    table = pd.DataFrame({"kode": [f"K{i}" for i in range(n_regions)], **columns})
    weights = {n: draw(st.floats(0.01, 10)) for n in names}
    direction = {n: draw(st.sampled_from(["tinggi", "rendah"])) for n in names}
    return table, weights, direction


@SLOW
@given(indicator_tables(), st.randoms(use_true_random=False))
def test_composite_index_is_bounded_and_order_free(case: tuple, rnd) -> None:  # noqa: ANN001
    table, weights, direction = case
    result = composite_index(table, weights, direction=direction).indeks.set_index("kode")
    assert result.indeks.between(0, 100).all()
    order = list(table.index)
    rnd.shuffle(order)
    shuffled = composite_index(table.loc[order], weights, direction=direction).indeks.set_index("kode")
    pd.testing.assert_series_equal(shuffled.indeks.sort_index(), result.indeks.sort_index(), rtol=1e-12)
    pd.testing.assert_series_equal(shuffled.peringkat.sort_index(), result.peringkat.sort_index())


@FAST
@given(arrays(np.int8, st.tuples(st.integers(1, 8), st.integers(1, 8)), elements=st.integers(0, 1)))
def test_scalogram_cor_in_unit_interval(matrix: np.ndarray) -> None:
    table = pd.DataFrame(
        matrix,
        index=pd.Index([f"K{i}" for i in range(matrix.shape[0])], name="kode"),
        columns=[f"F{j}" for j in range(matrix.shape[1])],
    )
    result = guttman_scalogram(table)
    assert 0 <= result.cor <= 1
    assert 0 <= result.kesalahan <= matrix.size
    assert result.wilayah.kesalahan.sum() == result.kesalahan


@FAST
@given(arrays(np.int16, st.tuples(st.integers(1, 6), st.integers(1, 6)), elements=st.integers(0, 50)))
def test_marshall_indices_share_out_t_per_facility(matrix: np.ndarray) -> None:
    if matrix.sum() == 0:
        matrix[0, 0] = 1
    table = pd.DataFrame(
        matrix,
        index=pd.Index([f"K{i}" for i in range(matrix.shape[0])], name="kode"),
        columns=[f"F{j}" for j in range(matrix.shape[1])],
    )
    result = marshall_centrality(table)
    used = int((matrix.sum(axis=0) > 0).sum())
    assert np.isclose(result.wilayah.indeks_sentralitas.sum(), 100 * used, rtol=1e-12)


@FAST
@given(
    arrays(float, st.integers(2, 9), elements=st.floats(0.05, 20)), st.sampled_from(["geometrik", "eigen"])
)
def test_ahp_consistent_matrix_recovers_weights(raw: np.ndarray, method: str) -> None:
    w = raw / raw.sum()
    matrix = np.outer(w, 1 / w)  # a_ij = w_i / w_j
    result = ahp_weights(matrix, method=method)
    np.testing.assert_allclose(result.bobot.to_numpy(), w, rtol=1e-8, atol=1e-12)
    assert abs(result.lambda_max - len(w)) < 1e-8
    if len(w) > 2:
        assert abs(result.cr) < 1e-8
