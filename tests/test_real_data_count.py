"""The map and the profile say how much of an indicator is real data ("data nyata 22/22"),
and the caveat its rows share; a BPS table imported on the command line is on the map."""

from __future__ import annotations

from pathlib import Path

from potensi.cli import main
from potensi.core.store import load_boundaries
from potensi.data.indicators import indicator_options, indicator_values
from potensi.data.tables import read_rows
from potensi.viz.choropleth import choropleth_for

LAYERS = ("indikator", "potensi", "peluang_investasi", "inovasi", "opd")
BPS_TABLE = Path(__file__).resolve().parent / "fixtures" / "bps" / "penduduk_sp2010.xlsx"


def _data(store: Path) -> dict:
    return {layer: read_rows(layer, store) for layer in LAYERS}


def test_population_map_is_real_for_all_22_with_its_caveat(seeded_store: Path) -> None:
    kecamatan = load_boundaries(seeded_store).kecamatan
    data = _data(seeded_store)
    found = indicator_values("ind:penduduk", kecamatan, data, "id")
    # the year all 22 have a real figure, not the latest year four kecamatan have
    assert found.year == 2010 and found.values.notna().sum() == 22
    assert (found.real, found.total) == (22, 22)
    choropleth = choropleth_for(kecamatan, "ind:penduduk", "id", data)
    assert "data nyata 22/22" in choropleth.source
    assert choropleth.source.endswith(
        "data nyata 22/22; angka sementara: hasil olah cepat Sensus Penduduk 2010 (BPS); kuantil"
    )
    english = choropleth_for(kecamatan, "ind:penduduk", "en", data)
    assert "real data 22/22" in english.source and "2010 census quick count" in english.source
    # a chosen year keeps its own count: the 2020 census is known for a few kecamatan only
    assert "data nyata 5/22" in choropleth_for(kecamatan, "ind:penduduk", "id", data, year=2020).source


def test_example_and_partial_indicators_say_so(seeded_store: Path) -> None:
    kecamatan = load_boundaries(seeded_store).kecamatan
    data = _data(seeded_store)
    assert "data nyata 0/22" in choropleth_for(kecamatan, "ind:nilai_produksi_padi", "id", data).source
    assert "data nyata 22/22" in choropleth_for(kecamatan, "luas", "id", data).source
    area = indicator_values("ind:luas_wilayah", kecamatan, data, "id")
    assert area.real == area.values.notna().sum() < 22
    # a second source's figure is kept in the store, never coloured on the map
    assert not [k for k in indicator_options(kecamatan, data) if k.endswith("_sumber_lain")]


def test_a_bps_table_imported_on_the_command_line_colours_the_map(seeded_copy: Path) -> None:
    args = [
        "data",
        "import-bps",
        str(BPS_TABLE),
        "--indikator",
        "penduduk_bps_uji",
        "--store",
        str(seeded_copy),
    ]
    assert main(args) == 0
    kecamatan = load_boundaries(seeded_copy).kecamatan
    choropleth = choropleth_for(kecamatan, "ind:penduduk_bps_uji", "id", _data(seeded_copy))
    assert choropleth.values["35.05.05"] == 25019 and choropleth.values["35.05.02"] == 39422
    assert choropleth.values.notna().sum() == 22 and "data nyata 22/22" in choropleth.source
