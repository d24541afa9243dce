"""Regional Klassen typology of the kecamatan on the seeded store, each quadrant recomputed by
hand from the seed CSV rather than through the code under test."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from potensi.analysis import AnalysisError
from potensi.core.store import load_boundaries
from potensi.data.seed import SEED_DIR
from potensi.data.tables import read_rows
from potensi.views.analisis.klassen_wilayah import analyse_klassen, klassen_xlsx
from potensi.views.analisis.shared import indicator_years

PDRB_CSV = SEED_DIR / "indikator_contoh_pdrb_kecamatan.csv"


@pytest.fixture(scope="module")
def store_data(seeded_store: Path) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    boundaries = load_boundaries(seeded_store)
    return read_rows("indikator", seeded_store), boundaries.kecamatan, boundaries.kabupaten


def _csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype={"kode_wilayah": str})


def test_klassen_quadrant_of_one_kecamatan_by_hand(store_data) -> None:
    indikator, kecamatan, kabupaten = store_data
    result = analyse_klassen(indikator, kecamatan, str(kabupaten.kode.iloc[0]), 2021, 2023)
    raw = _csv(PDRB_CSV).pivot(index="kode_wilayah", columns="tahun", values="nilai")
    kab = raw.loc["35.05"]
    income_ref, growth_ref = kab.mean(), (kab[2023] / kab[2021]) ** 0.5 - 1
    assert result.reference == "kabupaten" and result.example is True
    assert result.income_ref == pytest.approx(income_ref) and result.growth_ref == pytest.approx(growth_ref)
    table = result.table.set_index("kode")
    for code in ("35.05.10", "35.05.05", "35.05.01"):
        income, growth = raw.loc[code].mean(), (raw.loc[code, 2023] / raw.loc[code, 2021]) ** 0.5 - 1
        quadrant = {(True, True): "I", (True, False): "II", (False, True): "III", (False, False): "IV"}[
            (income >= income_ref, growth >= growth_ref)
        ]
        assert table.kuadran[code] == quadrant, code
        assert table.pdrb_per_kapita[code] == pytest.approx(income)
    assert table.nama.notna().all() and len(table) == 22 and table.kuadran.notna().all()
    # codes stay codes; their names follow the language asked for
    names = {
        "I": "cepat maju dan cepat tumbuh",
        "II": "maju tapi tertekan",
        "III": "berkembang cepat",
        "IV": "relatif tertinggal",
    }
    assert (table.nama_klasifikasi == table.kuadran.map(names)).all()
    english = analyse_klassen(indikator, kecamatan, str(kabupaten.kode.iloc[0]), 2021, 2023, lang="en").table
    assert set(english.nama_klasifikasi) <= {
        "high income, high growth",
        "high income but depressed growth",
        "developing fast",
        "relatively lagging",
    }


def test_klassen_undefined_cases(store_data) -> None:
    indikator, kecamatan, _ = store_data
    # Bakung without 2022: no mean over the period, so no quadrant — never the mean of two years
    gap = indikator[
        ~(
            (indikator.kode_wilayah == "35.05.05")
            & (indikator.indikator == "pdrb_per_kapita")
            & (indikator.tahun == 2022)
        )
    ]
    table = analyse_klassen(gap, kecamatan, "35.05", 2021, 2023).table.set_index("kode")
    assert pd.isna(table.kuadran["35.05.05"]) and "data tidak tersedia" in table.catatan["35.05.05"]
    # without the kabupaten rows the benchmark is the unweighted mean of the kecamatan, and says so
    no_kab = indikator[indikator.kode_wilayah != "35.05"]
    result = analyse_klassen(no_kab, kecamatan, "35.05", 2021, 2023)
    raw = _csv(PDRB_CSV)
    kec = raw[raw.kode_wilayah != "35.05"].groupby("tahun").nilai.mean()
    assert result.reference == "rata_rata_kecamatan" and result.income_ref == pytest.approx(kec.mean())
    with pytest.raises(AnalysisError):
        analyse_klassen(indikator, kecamatan, "35.05", 2023, 2023)


def test_years_and_workbook(store_data) -> None:
    indikator, kecamatan, _ = store_data
    codes = list(kecamatan.kode)
    assert indicator_years(indikator, ["pdrb_per_kapita"], codes) == [2021, 2022, 2023]
    klassen = analyse_klassen(indikator, kecamatan, "35.05", 2021, 2023)
    book = openpyxl.load_workbook(io.BytesIO(klassen_xlsx(klassen)))
    assert book.sheetnames == ["klassen", "acuan", "masukan"] and book["klassen"].max_row == 23
