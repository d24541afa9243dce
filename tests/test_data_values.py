"""Values the store keeps in Indonesian (indikator names, units, the example data's
sources) have English text: every one the seed writes, so no English page shows them raw."""

from __future__ import annotations

import csv

import pytest

from potensi.core.config import REPO_ROOT
from potensi.data.indicators import INDIKATOR_PREFIX, commodity_label, indicator_label
from potensi.data.records import stored_text

SEED = REPO_ROOT / "data" / "seed"
#: units written the same in both languages
SAME_UNITS = {"km²"}


def _seed_indikator() -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for path in sorted(SEED.glob("indikator*.csv")):
        with path.open(encoding="utf-8") as handle:
            rows += list(csv.DictReader(handle))
    return rows


ROWS = _seed_indikator()


@pytest.mark.parametrize("key", sorted({r["indikator"] for r in ROWS}))
def test_every_seed_indikator_has_an_english_name(key: str) -> None:
    english = indicator_label(INDIKATOR_PREFIX + key, "en")
    assert english != key.replace("_", " ").capitalize()  # not the key humanised
    assert english != indicator_label(INDIKATOR_PREFIX + key, "id")


@pytest.mark.parametrize("unit", sorted({r["satuan"] for r in ROWS} - SAME_UNITS))
def test_every_seed_unit_has_an_english_text(unit: str) -> None:
    assert stored_text(unit, "en") != unit
    assert stored_text(unit, "id") == unit


def test_example_sources_are_translated_and_real_ones_kept() -> None:
    example = {r["sumber"] for r in ROWS if r["contoh"] == "ya"}
    with (SEED / "peluang_investasi.csv").open(encoding="utf-8") as handle:
        example |= {r["sumber"] for r in csv.DictReader(handle) if r["contoh"] == "ya"}
    assert example
    for source in example:
        assert stored_text(source, "en") != source, source
        assert "DATA CONTOH" not in stored_text(source, "en") and "bukan" not in stored_text(source, "en")
    url = (
        "https://example.go.id/laporan | Peta Potensi: DATA CONTOH untuk peragaan analisis (bukan angka BPS)"
    )
    assert stored_text(url, "en").startswith("https://example.go.id/laporan | Peta Potensi: EXAMPLE DATA")


def test_commodity_names_fall_back_to_the_typed_name() -> None:
    assert indicator_label("ind:nilai_produksi_padi", "en") == "Production value of rice"
    assert indicator_label("ind:nilai_produksi_padi", "id") == "Nilai produksi padi"
    assert commodity_label("buah_naga", "en") == "buah naga"  # unknown: shown as typed
    assert stored_text("ton/ha", "en") == "ton/ha"  # an unknown unit stays as stored
