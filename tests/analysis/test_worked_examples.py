"""Every worked example of DOMAIN.md §2, reproduced.

Exact values are checked to 1e-6; where DOMAIN.md prints rounded figures the
rounding is checked too (the printed number is what an analyst compares with).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from potensi.analysis import (
    ahp_weights,
    composite_index,
    dlq_from_growth,
    dynamic_location_quotient,
    guttman_scalogram,
    klassen_sectoral,
    location_quotient,
    lq_classification,
    marshall_centrality,
    shift_share,
)

TOL = 1e-6


# --- §2.1 Location Quotient ---------------------------------------------------------------


def test_lq_example_2_1(kab: pd.DataFrame, prov: pd.DataFrame) -> None:
    # DOMAIN.md §2.1: kab A=300, C=450, G=250 (Σ1.000); prov A=3.000, C=6.000, G=5.000 (Σ14.000)
    t0 = kab[kab.tahun == 2022].drop(columns="tahun")
    ref = pd.Series({"A": 3000, "C": 6000, "G": 5000})
    out = location_quotient(t0, ref).set_index("sektor")
    assert out.lq["A"] == pytest.approx(1.40, abs=TOL)  # 0,30 / 0,2143
    assert out.lq["C"] == pytest.approx(1.05, abs=TOL)
    assert out.lq["G"] == pytest.approx(0.70, abs=TOL)
    assert out.pangsa_wilayah["A"] == pytest.approx(0.30, abs=TOL)
    assert round(out.pangsa_acuan["A"], 4) == 0.2143
    assert out.total_wilayah.tolist() == [1000.0] * 3
    assert out.total_acuan.tolist() == [14000.0] * 3
    assert out.kelas.tolist() == ["basis", "basis", "non-basis"]
    assert (out.kode_catatan == "").all()


def test_lq_example_2_1_per_year_table(kab: pd.DataFrame, prov: pd.DataFrame) -> None:
    # same example given as the two-year tables: the 2022 rows are the §2.1 numbers
    out = location_quotient(kab, prov)
    first = out[out.tahun == 2022].set_index("sektor").lq
    np.testing.assert_allclose(first[["A", "C", "G"]], [1.40, 1.05, 0.70], atol=TOL)


# --- §2.2 Dynamic LQ -----------------------------------------------------------------------


def test_dlq_example_2_2_from_growth_rates() -> None:
    # DOMAIN.md §2.2: g_ij 4 %, G_j 5 %, g_in 2 %, G_n 5 %, t = 5 → (1,04/1,02)^5 = 1,102
    value = dlq_from_growth(0.04, 0.05, 0.02, 0.05, 5)
    assert value == pytest.approx((1.04 / 1.02) ** 5, abs=TOL)
    assert round(value, 3) == 1.102


def test_dlq_example_2_2_from_series_with_those_growth_rates() -> None:
    # the same example built from values: each series grows at the stated CAGR over 2018–2023
    years = [2018, 2023]
    sector = [100.0, 100.0 * 1.04**5]  # g_ij = 4 %
    total_j = [1000.0, 1000.0 * 1.05**5]  # G_j = 5 %
    ref_sector = [2000.0, 2000.0 * 1.02**5]  # g_in = 2 %
    total_n = [30000.0, 30000.0 * 1.05**5]  # G_n = 5 %
    data = pd.DataFrame(
        {
            "kode": "J",
            "tahun": years * 2,
            "sektor": ["i"] * 2 + ["lain"] * 2,
            "nilai": sector + [total_j[0] - sector[0], total_j[1] - sector[1]],
        }
    )
    ref = pd.DataFrame(
        {
            "tahun": years * 2,
            "sektor": ["i"] * 2 + ["lain"] * 2,
            "nilai": ref_sector + [total_n[0] - ref_sector[0], total_n[1] - ref_sector[1]],
        }
    )
    out = dynamic_location_quotient(data, ref).set_index("sektor")
    assert out.periode["i"] == 5
    np.testing.assert_allclose(
        [out.g_ij["i"], out.G_j["i"], out.g_in["i"], out.G_n["i"]], [0.04, 0.05, 0.02, 0.05], atol=1e-12
    )
    assert out.dlq["i"] == pytest.approx((1.04 / 1.02) ** 5, abs=TOL)
    assert round(out.dlq["i"], 3) == 1.102


def test_one_period_dlq_of_the_2_1_table(kab: pd.DataFrame, prov: pd.DataFrame) -> None:
    # DOMAIN.md §2.2: "One-period DLQ on the table above: A 1,030; C 0,982; G 1,027"
    out = dynamic_location_quotient(kab, prov, min_years=2).set_index("sektor")
    g_j, g_n = 1091.5 / 1000 - 1, 15290 / 14000 - 1
    expected = {
        "A": (1.06 / (1 + g_j)) / (1.03 / (1 + g_n)),
        "C": (1.08 / (1 + g_j)) / (1.10 / (1 + g_n)),
        "G": (1.15 / (1 + g_j)) / (1.12 / (1 + g_n)),
    }
    for sector, value in expected.items():
        assert out.dlq[sector] == pytest.approx(value, abs=TOL)
    assert out.dlq.round(3).tolist() == [1.030, 0.982, 1.027]


def test_combined_reading_2_2(kab: pd.DataFrame, prov: pd.DataFrame) -> None:
    # DOMAIN.md §2.2: SLQ>1 & DLQ>1 unggulan (A); SLQ>1 & DLQ<1 prospektif (C); SLQ<1 & DLQ>1 andalan (G)
    for slq_year in ("awal", "akhir", "rata-rata"):
        out = lq_classification(kab, prov, min_years=2, slq_year=slq_year).set_index("sektor")
        assert out.klasifikasi.to_dict() == {"A": "unggulan", "C": "prospektif", "G": "andalan"}
        assert out.slq_above.tolist() == [True, True, False]
        assert out.dlq_above.tolist() == [True, False, True]
    start = lq_classification(kab, prov, min_years=2, slq_year="awal").set_index("sektor")
    np.testing.assert_allclose(start.slq[["A", "C", "G"]], [1.40, 1.05, 0.70], atol=TOL)


# --- §2.3 Shift-share ----------------------------------------------------------------------


def test_shift_share_example_2_3(kab: pd.DataFrame, prov: pd.DataFrame) -> None:
    # DOMAIN.md §2.3 table; r_n = 9,214 %
    out = shift_share(kab, prov).set_index("sektor")
    r_n = 15290 / 14000 - 1
    assert out.r_n.iloc[0] == pytest.approx(r_n, abs=TOL)
    assert round(out.r_n.iloc[0] * 100, 3) == 9.214
    np.testing.assert_allclose(out.r_in[["A", "C", "G"]], [0.03, 0.10, 0.12], atol=TOL)
    np.testing.assert_allclose(out.r_ij[["A", "C", "G"]], [0.06, 0.08, 0.15], atol=TOL)
    e0 = np.array([300.0, 450.0, 250.0])
    np.testing.assert_allclose(out.N[["A", "C", "G"]], e0 * r_n, atol=TOL)
    np.testing.assert_allclose(out.M[["A", "C", "G"]], e0 * (np.array([0.03, 0.10, 0.12]) - r_n), atol=TOL)
    np.testing.assert_allclose(out.C[["A", "C", "G"]], [9.0, -9.0, 7.5], atol=TOL)
    np.testing.assert_allclose(out.D[["A", "C", "G"]], [18.0, 36.0, 37.5], atol=TOL)
    # the printed (rounded) table
    assert out.N.round(2).tolist() == [27.64, 41.46, 23.04]
    assert out.M.round(2).tolist() == [-18.64, 3.54, 6.96]
    np.testing.assert_allclose(out.N + out.M + out.C, out.D, atol=TOL)


def test_esteban_marquillas_on_the_2_3_table(kab: pd.DataFrame, prov: pd.DataFrame) -> None:
    # DOMAIN.md §2.3 variant: E' = E_j·E_in/E_n, A = (E_ij − E')(r_ij − r_in); numbers derived by hand
    out = shift_share(kab, prov, esteban_marquillas=True).set_index("sektor")
    homothetic = {"A": 1000 * 3000 / 14000, "C": 1000 * 6000 / 14000, "G": 1000 * 5000 / 14000}
    allocation = {
        "A": (300 - homothetic["A"]) * 0.03,
        "C": (450 - homothetic["C"]) * -0.02,
        "G": (250 - homothetic["G"]) * 0.03,
    }
    for s in "ACG":
        assert out.E_homotetik[s] == pytest.approx(homothetic[s], abs=TOL)
        assert out.A[s] == pytest.approx(allocation[s], abs=TOL)
        assert out.C_homotetik[s] + out.A[s] == pytest.approx(out.C[s], abs=TOL)
    assert out.tipe_alokasi.to_dict() == {
        "A": "spesialis_bersaing",
        "C": "spesialis_tidak_bersaing",
        "G": "nonspesialis_bersaing",
    }


# --- §2.4 Klassen --------------------------------------------------------------------------


def test_klassen_sectoral_example_2_4(kab: pd.DataFrame, prov: pd.DataFrame) -> None:
    # DOMAIN.md §2.4: A 30 % > 21,4 %, 6 % > 3 % → I; C 45 % > 42,9 %, 8 % < 10 % → II;
    # G 25 % < 35,7 %, 15 % > 12 % → III
    out = klassen_sectoral(kab, prov, share_year="awal").set_index("sektor")
    np.testing.assert_allclose(out.pangsa_wilayah[["A", "C", "G"]], [0.30, 0.45, 0.25], atol=TOL)
    np.testing.assert_allclose(out.pangsa_acuan[["A", "C", "G"]], [3 / 14, 6 / 14, 5 / 14], atol=TOL)
    assert (out.pangsa_acuan * 100).round(1).tolist() == [21.4, 42.9, 35.7]
    np.testing.assert_allclose(out.laju_wilayah[["A", "C", "G"]], [0.06, 0.08, 0.15], atol=TOL)
    np.testing.assert_allclose(out.laju_acuan[["A", "C", "G"]], [0.03, 0.10, 0.12], atol=TOL)
    assert out.kuadran.to_dict() == {"A": "I", "C": "II", "G": "III"}
    assert out.klasifikasi.to_dict() == {"A": "maju_tumbuh_pesat", "C": "maju_tertekan", "G": "potensial"}


# --- §2.5 Skalogram ------------------------------------------------------------------------


def test_scalogram_example_2_5() -> None:
    # DOMAIN.md §2.5: 5 kec × 5 facilities → e = 2 → COR = 1 − 2/25 = 0,92 (valid)
    rows = [(1, 1, 1, 1, 1), (1, 1, 1, 1, 0), (1, 1, 0, 1, 0), (1, 0, 1, 0, 0), (1, 0, 0, 0, 0)]
    matrix = pd.DataFrame(
        rows,
        columns=["F1", "F2", "F3", "F4", "F5"],
        index=pd.Index(["K1", "K2", "K3", "K4", "K5"], name="kode"),
    )
    result = guttman_scalogram(matrix)
    assert result.kesalahan == 2
    assert result.n_wilayah == 5 and result.n_fasilitas == 5
    assert result.cor == pytest.approx(0.92, abs=TOL)
    assert result.layak
    assert result.wilayah.kesalahan.tolist() == [0, 0, 1, 1, 0]
    assert result.wilayah.jumlah_jenis.tolist() == [5, 4, 3, 2, 1]


# --- §2.6 Marshall -------------------------------------------------------------------------


def test_marshall_example_2_6() -> None:
    # DOMAIN.md §2.6: SD 10/6/4 (C=5), Puskesmas 1/1/0 (C=50), Pasar 3/1/0 (C=25), Bank 2/0/0 (C=50)
    counts = pd.DataFrame(
        {
            "kode": ["K1", "K2", "K3"],
            "SD": [10, 6, 4],
            "Puskesmas": [1, 1, 0],
            "Pasar": [3, 1, 0],
            "Bank": [2, 0, 0],
        }
    )
    result = marshall_centrality(counts)
    weights = result.bobot.set_index("fasilitas").bobot
    np.testing.assert_allclose(weights[["SD", "Puskesmas", "Pasar", "Bank"]], [5, 50, 25, 50], atol=TOL)
    np.testing.assert_allclose(result.wilayah.indeks_sentralitas, [275, 105, 20], atol=TOL)
    assert result.wilayah.indeks_sentralitas.sum() == pytest.approx(400, abs=TOL)  # 100 × 4 types
    assert result.wilayah.peringkat.tolist() == [1, 2, 3]


# --- §2.7 Composite + AHP ------------------------------------------------------------------

AHP_MATRIX = [[1, 3, 5], [1 / 3, 1, 2], [1 / 5, 1 / 2, 1]]
INDICATORS = pd.DataFrame(
    {
        "kode": ["K1", "K2", "K3"],
        "lq_pertanian": [1.8, 1.2, 0.6],
        "sentralitas": [275, 105, 20],
        "kepadatan_jalan": [0.9, 1.4, 0.5],
    }
)
CRITERIA = ["lq_pertanian", "sentralitas", "kepadatan_jalan"]


def test_ahp_example_2_7() -> None:
    # DOMAIN.md §2.7: A = [[1,3,5],[1/3,1,2],[1/5,1/2,1]] → w = 0,648 / 0,230 / 0,122, λmax 3,004, CR 0,003
    result = ahp_weights(AHP_MATRIX, criteria=CRITERIA)
    g = np.array([15 ** (1 / 3), (2 / 3) ** (1 / 3), 0.1 ** (1 / 3)])  # geometric means of the rows
    np.testing.assert_allclose(result.bobot.to_numpy(), g / g.sum(), atol=TOL)
    assert result.bobot.round(3).tolist() == [0.648, 0.230, 0.122]
    a = np.array(AHP_MATRIX)
    w = g / g.sum()
    lambda_max = np.mean(a @ w / w)
    assert result.lambda_max == pytest.approx(lambda_max, abs=TOL)
    assert round(result.lambda_max, 3) == 3.004
    assert result.ci == pytest.approx((lambda_max - 3) / 2, abs=TOL)
    assert result.ri == 0.58
    assert result.cr == pytest.approx((lambda_max - 3) / 2 / 0.58, abs=TOL)
    assert round(result.cr, 3) == 0.003
    assert result.konsisten


def test_composite_example_2_7_with_printed_weights() -> None:
    # DOMAIN.md §2.7: K1 (1,8; 275; 0,9), K2 (1,2; 105; 1,4), K3 (0,6; 20; 0,5) → 93,2 / 52,3 / 0,0
    weights = {"lq_pertanian": 0.648, "sentralitas": 0.230, "kepadatan_jalan": 0.122}
    result = composite_index(INDICATORS, weights)
    expected = [100 * (0.648 + 0.230 + 0.122 * 4 / 9), 100 * (0.648 * 0.5 + 0.230 * 85 / 255 + 0.122), 0.0]
    np.testing.assert_allclose(result.indeks.indeks, expected, atol=TOL)
    assert result.indeks.indeks.round(1).tolist() == [93.2, 52.3, 0.0]
    assert result.indeks.peringkat.tolist() == [1, 2, 3]


def test_composite_example_2_7_with_ahp_weights() -> None:
    # the same with the unrounded AHP weights: still 93,2 / 52,3 / 0,0 once rounded
    weights = ahp_weights(AHP_MATRIX, criteria=CRITERIA)
    result = composite_index(INDICATORS, weights)
    w = weights.bobot
    expected = [
        100 * (w.iloc[0] + w.iloc[1] + w.iloc[2] * 4 / 9),
        100 * (w.iloc[0] * 0.5 + w.iloc[1] / 3 + w.iloc[2]),
        0.0,
    ]
    np.testing.assert_allclose(result.indeks.indeks, expected, atol=TOL)
    assert result.indeks.indeks.round(1).tolist() == [93.2, 52.3, 0.0]
