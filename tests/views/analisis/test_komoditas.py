"""Commodity LQ of the kecamatan against the kabupaten on the seeded store, checked against the
example CSV by hand; its workbook, its save as an indikator and its map classes."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest

from potensi.analysis import AnalysisError
from potensi.core.store import load_boundaries
from potensi.data import audit
from potensi.data.indikator_keys import COMMODITY_PREFIX
from potensi.data.seed import SEED_DIR
from potensi.data.tables import read_rows, undo_import
from potensi.testing.accounts import editor_session
from potensi.views.analisis.komoditas import (
    LQ_PREFIX,
    analyse_commodities,
    commodities,
    commodity_xlsx,
    lq_class_breaks,
    save_commodity_lq,
)

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


def test_commodity_lq_is_the_hand_formula_against_the_sum_of_kecamatan(
    indikator: pd.DataFrame, codes: list[str]
) -> None:
    raw = pd.read_csv(KOMODITAS_CSV, dtype={"kode_wilayah": str})
    y = raw[raw.tahun == 2023]
    ponggok = y[y.kode_wilayah == "35.05.06"]
    expected = (csv_value(raw, "35.05.06", "nilai_produksi_telur", 2023) / ponggok.nilai.sum()) / (
        y[y.indikator == "nilai_produksi_telur"].nilai.sum() / y.nilai.sum()
    )
    results = analyse_commodities(indikator, codes, year=2023)
    assert results.matrix.loc["35.05.06", "telur"] == pytest.approx(expected)
    assert results.of("telur", codes)["35.05.06"] == pytest.approx(expected) and expected > 1
    assert results.matrix.shape == (22, len(commodities(indikator))) and not results.published
    assert results.example and results.start == 2022 and results.unit == "Rp juta"
    # coastal kecamatan specialise in fish
    assert (results.matrix.loc[["35.05.05", "35.05.08", "35.05.13", "35.05.20"], "ikan"] > 1).all()
    # a recorded zero in the base year leaves DLQ undefined, with the reason
    zero_start = results.klasifikasi[
        (results.klasifikasi.kode == "35.05.01") & (results.klasifikasi.komoditas == "kakao")
    ].iloc[0]
    assert np.isnan(zero_start.dlq) and "nilai tahun awal nol" in zero_start.catatan


def test_commodity_reference_uses_published_kabupaten_figures_when_complete(
    indikator: pd.DataFrame, codes: list[str]
) -> None:
    rows = indikator[
        indikator.indikator.str.startswith(COMMODITY_PREFIX) & indikator.kode_wilayah.isin(codes)
    ]
    kab = (
        rows.groupby(["indikator", "tahun"], as_index=False)
        .nilai.sum()
        .assign(kode_wilayah="35.05", satuan="Rp juta", contoh=True)
    )
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


def test_mixed_units_are_refused_in_indonesian(indikator: pd.DataFrame, codes: list[str]) -> None:
    mixed = indikator.copy()
    mixed.loc[mixed.indikator == f"{COMMODITY_PREFIX}padi", "satuan"] = "ton"
    with pytest.raises(AnalysisError, match="satuan berbeda.*Rp juta, ton"):
        analyse_commodities(mixed, codes)


def test_workbook_holds_lq_matrix_classes_and_inputs(indikator: pd.DataFrame, codes: list[str]) -> None:
    results = analyse_commodities(indikator, codes)
    book = openpyxl.load_workbook(io.BytesIO(commodity_xlsx(results, {c: c for c in codes})))
    assert book.sheetnames == ["keterangan", "lq", "matriks_lq", "slq_dlq", "masukan"]
    assert book["matriks_lq"].max_row == 23


def test_saved_commodity_lq_becomes_an_undoable_indikator(seeded_copy: Path, codes: list[str]) -> None:
    results = analyse_commodities(read_rows("indikator", seeded_copy), codes, year=2023)
    report = save_commodity_lq(results, "telur", seeded_copy, session=editor_session("kepala", "admin"))
    entry = audit.entries(seeded_copy).iloc[0]
    assert (entry.aksi, entry.pelaku) == ("simpan_analisis", "kepala")
    assert "LQ komoditas telur tahun 2023" in entry.rincian and report.record.impor_id in entry.rincian
    saved = read_rows("indikator", seeded_copy).query(f"indikator == '{LQ_PREFIX}telur'")
    assert len(saved) == 22 and saved.contoh.all() and (saved.tahun == 2023).all()
    ponggok = saved.set_index("kode_wilayah").nilai["35.05.06"]
    assert ponggok == pytest.approx(results.of("telur", codes)["35.05.06"], abs=1e-4)
    undo_import(report.record.impor_id, seeded_copy)
    assert (read_rows("indikator", seeded_copy).indikator != f"{LQ_PREFIX}telur").all()


def test_lq_colours() -> None:
    breaks, lower, colours = lq_class_breaks(pd.Series([0.2, 0.9, 1.0, 3.0, np.nan]))
    assert len(breaks) == len(colours) == 5 and lower == 0.0 and breaks[-1] == 3.0
    # exactly 1 is basis: it falls in the first class above the brown ones
    from potensi.viz.style import Classes

    classes = Classes(breaks, lower, colours)
    assert classes.colour_of(1.0) == colours[2] and classes.colour_of(0.99) == colours[1]
    assert lq_class_breaks(pd.Series([np.nan]))[0] == ()
