"""Each Analisis method says, per input table, whether the rows it read are real or example
data (one presenter for Sektor, Komoditas, Skalogram and Klassen), on the real seeded store."""

from __future__ import annotations

import functools
from pathlib import Path

import pandas as pd
import pytest

from potensi.core.store import load_layer
from potensi.data.bps_sektor import ProductionOptions, read_production, sector_reader
from potensi.data.importer import import_as, load_context
from potensi.data.indikator_keys import PRODUCTION_PREFIX
from potensi.data.tables import read_rows
from potensi.views.analisis.hierarki import analyse_hierarchy, facility_keys
from potensi.views.analisis.klassen_wilayah import analyse_klassen
from potensi.views.analisis.komoditas import analyse_commodities, bases
from potensi.views.analisis.sektor import analyse_sectors
from potensi.views.analisis.shared import InputUsed, input_lines

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "sektor"


def _rows(contoh: list[bool], years: list[int]) -> pd.DataFrame:
    return pd.DataFrame(
        {"tahun": years, "contoh": contoh, "sumber": ["BPS" if not c else "contoh" for c in contoh]}
    )


def test_a_line_says_real_example_or_how_many_of_each() -> None:
    lines = input_lines(
        [
            InputUsed("PDRB kabupaten ADHK", _rows([False, False], [2019, 2023])),
            InputUsed("PDRB provinsi ADHK", _rows([True, True], [2019, 2023])),
            InputUsed("Fasilitas", _rows([False, True, True], [2021, 2022, 2023])),
        ],
        "id",
    )
    assert lines == [
        "PDRB kabupaten ADHK 2019–2023: data nyata (sumber: BPS)",
        "PDRB provinsi ADHK 2019–2023: DATA CONTOH (bukan angka resmi)",
        "Fasilitas 2021–2023: campuran, 1 angka nyata dan 2 angka contoh (contoh: 2022–2023; "
        "sumber yang nyata: BPS)",
    ]
    english = input_lines([InputUsed("GRDP", _rows([True], [2020]))], "en")
    assert english == ["GRDP 2020: EXAMPLE DATA (not official figures)"]


def test_the_four_methods_name_their_inputs_on_the_seeded_store(seeded_store: Path) -> None:
    indikator = read_rows("indikator", seeded_store)
    kec = load_layer("kecamatan", seeded_store)
    codes = list(kec.kode)
    sektor = input_lines(analyse_sectors(indikator).used, "id")
    assert sektor == [
        "PDRB kabupaten ADHK 2019–2023: DATA CONTOH (bukan angka resmi)",
        "PDRB provinsi ADHK 2019–2023: DATA CONTOH (bukan angka resmi)",
    ]
    komoditas = input_lines(analyse_commodities(indikator, codes, lang="en").used, "en")
    assert komoditas[0].startswith("Commodity production value by district 20") and "EXAMPLE" in komoditas[0]
    years = sorted({int(y) for y in indikator[indikator.indikator.str.startswith("fasilitas_")].tahun})
    hierarchy = analyse_hierarchy(indikator, kec, years[-1], facility_keys(indikator, codes))
    assert input_lines(hierarchy.used, "id")[0].startswith(f"Fasilitas per kecamatan {years[-1]}: ")
    klassen = input_lines(analyse_klassen(indikator, kec, "35.05", 2021, 2023).used, "id")
    assert klassen[0] == "PDRB per kapita kecamatan 2021–2023: DATA CONTOH (bukan angka resmi)"


def test_a_bps_production_table_gives_the_commodity_method_a_real_volume_basis(seeded_copy: Path) -> None:
    index = load_context(seeded_copy).wilayah
    read = functools.partial(read_production, options=ProductionOptions(), index=index)
    # the fixture with Gandusari's kedelai '-' (nil) instead of '…' (one unknown cell leaves the
    # kabupaten total, and so every LQ, undefined: the method says so rather than guess)
    content = (FIXTURES / "produksi_tanaman_pangan.csv").read_bytes().replace("…".encode(), b"-")
    import_as("editor_uji", "indikator", content, "produksi.csv", seeded_copy, reader=sector_reader(read))
    indikator = read_rows("indikator", seeded_copy)
    assert bases(indikator) == ["volume", "nilai"]  # real data first
    codes = list(load_layer("kecamatan", seeded_copy).kode)
    results = analyse_commodities(indikator, codes, prefix=PRODUCTION_PREFIX)
    assert results.unit == "ton" and set(results.lq.komoditas) == {"padi", "jagung", "kedelai"}
    (line,) = input_lines(results.used, "id")
    assert line.startswith("Produksi komoditas per kecamatan 2023: data nyata (sumber: BPS Kabupaten Blitar")
    lq = results.lq.set_index(["kode", "komoditas"]).lq
    jagung = results.lq[results.lq.komoditas == "jagung"].nilai.sum() / results.lq.nilai.sum()
    assert lq["35.05.05", "jagung"] == pytest.approx((41200 / (9500 + 41200)) / jagung)  # 010 Bakung
