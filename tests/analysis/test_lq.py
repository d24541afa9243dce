"""LQ, DLQ and the SLQ × DLQ classification: shapes, totals, undefined cases, invalid input."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from potensi.analysis import (
    LQ_CLASSES,
    AnalysisError,
    dynamic_location_quotient,
    location_quotient,
    lq_classification,
    note_items,
)
from potensi.core.errors import PotensiError


def _row(out: pd.DataFrame, **where: object) -> pd.Series:
    mask = np.ones(len(out), dtype=bool)
    for column, value in where.items():
        mask &= (out[column] == value).to_numpy()
    assert mask.sum() == 1, where
    return out[mask].iloc[0]


# --- shapes ----------------------------------------------------------------------------------


def test_wide_and_long_inputs_agree(kecamatan: pd.DataFrame) -> None:
    long = kecamatan.melt(id_vars=["kode", "tahun"], var_name="komoditas", value_name="nilai")
    wide_out = location_quotient(kecamatan, item_col="komoditas")
    long_out = location_quotient(long, item_col="komoditas")
    key = ["kode", "komoditas", "tahun"]
    pd.testing.assert_frame_equal(
        wide_out.sort_values(key).reset_index(drop=True), long_out.sort_values(key).reset_index(drop=True)
    )
    assert "komoditas" in wide_out.columns  # the item column keeps the caller's name


def test_region_codes_may_be_the_index(kecamatan: pd.DataFrame) -> None:
    one_year = kecamatan[kecamatan.tahun == 2023].drop(columns="tahun").set_index("kode")
    out = location_quotient(one_year, item_col="komoditas")
    assert set(out.kode) == set(kecamatan.kode)
    assert "tahun" not in out.columns


def test_commodities_of_kecamatan_against_their_sum(kecamatan: pd.DataFrame) -> None:
    one = kecamatan[kecamatan.tahun == 2021].drop(columns="tahun")
    out = location_quotient(one, item_col="komoditas")
    row = _row(out, kode="35.05.05", komoditas="telur")
    # (120/200) / (170/450)
    assert row.lq == pytest.approx((120 / 200) / (170 / 450))
    assert row.nilai_acuan == 170 and row.total_acuan == 450


def test_published_totals_are_used_as_given() -> None:
    # a published table whose total (1.002) is not the sum of its rows (1.000), reference total 14.010
    kab = pd.DataFrame({"kode": "35.05", "sektor": list("ACG"), "nilai": [300, 450, 250]})
    prov = {"A": 3000, "C": 6000, "G": 5000}
    out = location_quotient(kab, prov, region_totals=1002, reference_totals=14010)
    assert out.lq.iloc[0] == pytest.approx((300 / 1002) / (3000 / 14010))
    assert (out.kode_catatan == "").all()


def test_a_total_smaller_than_its_rows_is_flagged() -> None:
    kab = pd.DataFrame({"kode": "35.05", "sektor": list("ACG"), "nilai": [300, 450, 250]})
    out = location_quotient(kab, {"A": 3000, "C": 6000, "G": 5000}, region_totals=900)
    assert out.lq.notna().all()
    assert out.kode_catatan.str.contains("total_lebih_kecil").all()


def test_region_totals_per_region_and_year(kecamatan: pd.DataFrame) -> None:
    totals = kecamatan.set_index(["kode", "tahun"])[["telur", "kakao", "tebu"]].sum(axis=1) + 10
    out = location_quotient(kecamatan, item_col="komoditas", region_totals=totals)
    row = _row(out, kode="35.05.05", komoditas="telur", tahun=2021)
    assert row.total_wilayah == 210


# --- undefined cases --------------------------------------------------------------------------


def test_missing_cell_is_not_zero(kecamatan: pd.DataFrame) -> None:
    data = kecamatan[kecamatan.tahun == 2021].drop(columns="tahun").copy()
    data.loc[data.kode == "35.05.08", "kakao"] = np.nan
    out = location_quotient(data, item_col="komoditas")
    missing = _row(out, kode="35.05.08", komoditas="kakao")
    assert np.isnan(missing.lq)
    # the root cause first, then what follows from it (the kabupaten sums are unknown too)
    assert missing.kode_catatan.split(";")[0] == "data_tidak_tersedia"
    assert note_items(missing.kode_catatan, missing.rincian_catatan)[0][0] == "data_tidak_tersedia"
    # the region total cannot be summed, so the region's other items are undefined too …
    other = _row(out, kode="35.05.08", komoditas="telur")
    assert np.isnan(other.lq) and "total_wilayah_tidak_tersedia" in other.kode_catatan
    # … and so is the kabupaten total of kakao for every kecamatan
    kakao = _row(out, kode="35.05.05", komoditas="kakao")
    assert np.isnan(kakao.lq) and "acuan_sektor_tidak_tersedia" in kakao.kode_catatan
    # the kabupaten total is unknown as well, so with sums nothing is computable: pass totals instead
    assert out.lq.isna().all()
    assert out.kode_catatan.str.len().gt(0).all()


def test_missing_cell_with_published_totals_keeps_the_rest_computable() -> None:
    data = pd.DataFrame(
        {"kode": ["a", "a", "b", "b"], "sektor": ["x", "y", "x", "y"], "nilai": [10.0, np.nan, 5.0, 5.0]}
    )
    out = location_quotient(data, {"x": 20.0, "y": 30.0}, region_totals={"a": 40.0, "b": 10.0})
    assert _row(out, kode="a", sektor="x").lq == pytest.approx((10 / 40) / (20 / 50))
    assert _row(out, kode="a", sektor="y").kode_catatan == "data_tidak_tersedia"


def test_absent_rows_of_a_long_table_are_missing() -> None:
    data = pd.DataFrame({"kode": ["a", "a", "b"], "sektor": ["x", "y", "x"], "nilai": [1.0, 2.0, 3.0]})
    out = location_quotient(data)
    row = _row(out, kode="b", sektor="y")
    assert np.isnan(row.nilai) and row.kode_catatan.startswith("data_tidak_tersedia")


def test_recorded_zero_gives_lq_zero() -> None:
    data = pd.DataFrame(
        {"kode": ["a", "a", "b", "b"], "sektor": ["x", "y", "x", "y"], "nilai": [0.0, 4, 2, 2]}
    )
    out = location_quotient(data)
    row = _row(out, kode="a", sektor="x")
    assert row.lq == 0 and row.kode_catatan == "" and row.kelas == "non-basis"


@pytest.mark.parametrize(
    ("values", "reference", "key"),
    [
        ([0.0, 0.0, 2.0, 2.0], None, "total_wilayah_nol"),
        ([1.0, 0.0, 2.0, 0.0], None, "acuan_sektor_nol"),
        ([1.0, 1.0, 1.0, 1.0], {"x": 0.0, "y": 0.0}, "total_acuan_nol"),
    ],
)
def test_zero_denominators_give_nan_with_reason(
    values: list[float], reference: dict | None, key: str
) -> None:
    data = pd.DataFrame({"kode": ["a", "a", "b", "b"], "sektor": ["x", "y", "x", "y"], "nilai": values})
    out = location_quotient(data, reference)
    flagged = out[out.kode_catatan.str.contains(key)]
    assert not flagged.empty
    assert flagged.lq.isna().all()
    assert flagged.kelas.isna().all()


def test_small_values_are_flagged_not_hidden() -> None:
    data = pd.DataFrame(
        {"kode": ["a", "a", "b", "b"], "sektor": ["x", "y", "x", "y"], "nilai": [0.5, 99, 10, 90]}
    )
    out = location_quotient(data, min_value=1)
    row = _row(out, kode="a", sektor="x")
    assert not np.isnan(row.lq) and row.kode_catatan == "nilai_kecil"


def test_dlq_of_a_one_year_series_is_nan_with_reason(kab: pd.DataFrame, prov: pd.DataFrame) -> None:
    out = dynamic_location_quotient(kab[kab.tahun == 2022], prov[prov.tahun == 2022])
    assert out.dlq.isna().all()
    assert (out.kode_catatan == "deret_satu_tahun").all()
    assert all(
        note_items(c, d)[0][0] == "deret_satu_tahun"
        for c, d in zip(out.kode_catatan, out.rincian_catatan, strict=True)
    )


def test_dlq_needs_three_years_by_default(kab: pd.DataFrame, prov: pd.DataFrame) -> None:
    out = dynamic_location_quotient(kab, prov)
    assert out.dlq.isna().all()
    assert (out.kode_catatan == "deret_pendek").all()
    assert out.rincian_catatan.str.contains("2022–2023: 2 < 3").all()


def test_dlq_growth_from_zero_is_undefined_but_decline_to_zero_is_zero(kecamatan: pd.DataFrame) -> None:
    data = kecamatan.copy()
    data.loc[(data.kode == "35.05.05") & (data.tahun == 2021), "kakao"] = 0.0
    data.loc[(data.kode == "35.05.13") & (data.tahun == 2023), "telur"] = 0.0
    out = dynamic_location_quotient(data, item_col="komoditas")
    from_zero = _row(out, kode="35.05.05", komoditas="kakao")
    assert np.isnan(from_zero.dlq) and from_zero.kode_catatan == "nilai_awal_nol"
    to_zero = _row(out, kode="35.05.13", komoditas="telur")
    assert to_zero.dlq == 0 and to_zero.kode_catatan == ""


def test_dlq_missing_end_value(kecamatan: pd.DataFrame) -> None:
    data = kecamatan.copy()
    data.loc[(data.kode == "35.05.08") & (data.tahun == 2023), "tebu"] = np.nan
    out = dynamic_location_quotient(data, item_col="komoditas")
    row = _row(out, kode="35.05.08", komoditas="tebu")
    assert np.isnan(row.dlq)
    key, detail = note_items(row.kode_catatan, row.rincian_catatan)[0]
    assert key == "data_tidak_tersedia" and detail.startswith("2023")


def test_dlq_is_the_ratio_of_end_and_start_lq(kecamatan: pd.DataFrame) -> None:
    # with CAGR growth, DLQ = LQ(end) / LQ(start) exactly (intermediate years do not count)
    lq = location_quotient(kecamatan, item_col="komoditas").set_index(["kode", "komoditas", "tahun"]).lq
    dlq = dynamic_location_quotient(kecamatan, item_col="komoditas").set_index(["kode", "komoditas"]).dlq
    for (kode, item), value in dlq.items():
        assert value == pytest.approx(lq[(kode, item, 2023)] / lq[(kode, item, 2021)])


def test_dlq_period_can_be_chosen(kecamatan: pd.DataFrame) -> None:
    out = dynamic_location_quotient(kecamatan, item_col="komoditas", start=2022, min_years=2)
    assert (out.tahun_awal == 2022).all() and (out.periode == 1).all()
    with pytest.raises(AnalysisError, match="tahun awal 2019 tidak ada"):
        dynamic_location_quotient(kecamatan, item_col="komoditas", start=2019)


# --- classification ------------------------------------------------------------------------


def test_classification_unknown_when_dlq_undefined(kab: pd.DataFrame, prov: pd.DataFrame) -> None:
    out = lq_classification(kab, prov)  # only two years: DLQ undefined by default
    assert out.klasifikasi.isna().all()
    assert out.dlq_above.isna().all()
    assert out.kode_catatan.str.contains("deret_pendek").all()
    assert out.kode_catatan.str.contains("tidak_dapat_diklasifikasi").all()


def test_classification_labels_are_data(kab: pd.DataFrame, prov: pd.DataFrame) -> None:
    labels = LQ_CLASSES.assign(klasifikasi=["U", "P", "A", "T"])
    out = lq_classification(kab, prov, min_years=2, labels=labels)
    assert out.klasifikasi.tolist() == ["U", "P", "A"]
    with pytest.raises(AnalysisError, match="tepat satu baris"):
        lq_classification(kab, prov, min_years=2, labels=LQ_CLASSES.head(3))


def test_lq_exactly_one_counts_as_basis() -> None:
    data = pd.DataFrame(
        {
            "kode": ["a", "a", "b", "b"] * 3,
            "tahun": [2021] * 4 + [2022] * 4 + [2023] * 4,
            "sektor": ["x", "y"] * 6,
            "nilai": [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1.0],
        }
    )
    out = lq_classification(data)
    assert out.slq_above.all() and out.dlq_above.all()
    assert (out.klasifikasi == "unggulan").all()
    assert out.kode_catatan.str.contains("tepat_di_batas").all()


def test_slq_year_average(kecamatan: pd.DataFrame) -> None:
    lq = location_quotient(kecamatan, item_col="komoditas")
    mean = lq.groupby(["kode", "komoditas"]).lq.mean()
    out = lq_classification(kecamatan, item_col="komoditas", slq_year="rata-rata").set_index(
        ["kode", "komoditas"]
    )
    np.testing.assert_allclose(out.slq, mean.reindex(out.index))
    with pytest.raises(AnalysisError, match="slq_year"):
        lq_classification(kecamatan, item_col="komoditas", slq_year="tengah")


# --- invalid input --------------------------------------------------------------------------


def test_negative_output_is_refused() -> None:
    data = pd.DataFrame({"kode": ["a", "b"], "sektor": ["x", "x"], "nilai": [1.0, -2.0]})
    with pytest.raises(AnalysisError, match="nilai negatif") as info:
        location_quotient(data)
    assert isinstance(info.value, PotensiError)
    assert "b/x" in str(info.value)


def test_mismatched_years_are_refused(kab: pd.DataFrame, prov: pd.DataFrame) -> None:
    shifted = prov.assign(tahun=prov.tahun + 1)
    with pytest.raises(AnalysisError, match="tahun tidak cocok"):
        location_quotient(kab, shifted)


def test_mismatched_sectors_are_refused(kab: pd.DataFrame, prov: pd.DataFrame) -> None:
    with pytest.raises(AnalysisError, match="hanya di data wilayah: G"):
        location_quotient(kab, prov[prov.sektor != "G"])


def test_duplicate_rows_are_refused(kab: pd.DataFrame, prov: pd.DataFrame) -> None:
    with pytest.raises(AnalysisError, match="lebih dari sekali"):
        location_quotient(pd.concat([kab, kab.head(1)]), prov)


def test_text_values_are_refused() -> None:
    data = pd.DataFrame({"kode": ["a", "b"], "sektor": ["x", "x"], "nilai": ["1.234,5", "2"]})
    with pytest.raises(AnalysisError, match="harus berisi angka"):
        location_quotient(data)


def test_missing_region_column_is_explained() -> None:
    data = pd.DataFrame({"wilayah": ["a"], "x": [1.0]})
    with pytest.raises(
        AnalysisError, match="kolom wilayah 'kode' tidak ditemukan; kolom yang ada: wilayah, x"
    ):
        location_quotient(data)
    assert not location_quotient(data, region_col="wilayah").empty


def test_reference_without_years_against_several_years(kab: pd.DataFrame) -> None:
    with pytest.raises(AnalysisError, match="tahun"):
        location_quotient(kab, {"A": 1.0, "C": 1.0, "G": 1.0})


def test_dlq_without_a_year_column_is_refused() -> None:
    data = pd.DataFrame({"kode": ["a", "b"], "x": [1.0, 2.0], "y": [3.0, 4.0]})
    with pytest.raises(AnalysisError, match="kolom tahun"):
        dynamic_location_quotient(data)


def test_mixed_units_are_refused() -> None:
    data = pd.DataFrame(
        {"kode": ["a", "a"], "komoditas": ["telur", "sapi"], "nilai": [5.0, 7.0], "satuan": ["ton", "ekor"]}
    )
    with pytest.raises(AnalysisError, match="satuan berbeda"):
        location_quotient(data, item_col="komoditas")
    assert location_quotient(data.assign(satuan="Rp juta"), item_col="komoditas").lq.notna().all()
