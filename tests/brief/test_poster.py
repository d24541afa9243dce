"""The printed peta potensi: vector output whose text layer says what a wall map must."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from potensi.brief import load_store
from potensi.poster import make_poster, poster_figure, render_poster
from potensi.views.state import ViewState
from potensi.viz.static_map import dms, overlapping, print_style
from tests.brief.pdf import font_files, page_count, pdf_text

DAY = date(2026, 11, 30)


@pytest.fixture(scope="module")
def store(seeded_store: Path):
    return load_store(seeded_store)


@pytest.fixture(scope="module")
def a3(store):
    """The A3 poster of the default view (as the map page opens), drawn once."""
    boundaries, data = store
    with print_style():
        poster = poster_figure(boundaries, data, ViewState(), "A3", today=DAY)
        return poster, render_poster(poster, "pdf"), render_poster(poster, "svg")


def test_a3_poster_text_layer_has_every_kecamatan_the_legend_and_the_sources(store, a3) -> None:
    boundaries, _ = store
    poster, pdf, _svg = a3
    text = pdf_text(pdf)
    names = list(boundaries.kecamatan.nama)
    assert len(names) == 22
    missing = [name for name in names if name not in text]
    assert not missing, missing
    assert "LEGENDA" in text and "Luas wilayah (km²)" in text  # legend title with unit
    assert "SUMBER DATA" in text and "wilayah_boundaries" in text  # the sources
    assert "KOTA BLITAR" in text and "kota tersendiri" in text  # the city is not a kecamatan
    assert "Skala 1 :" in text and "BT" in text and "LS" in text  # scale and coordinate grid
    assert "Lokasi Kabupaten Blitar di Provinsi Jawa Timur" in text and poster.inset
    assert "Dicetak 30 November 2026" in text
    assert page_count(pdf) == 1
    fonts = font_files(pdf)
    assert fonts and all(fonts.values()), fonts


def test_no_kecamatan_name_is_covered_by_another(a3) -> None:
    poster, _pdf, _svg = a3
    assert len(poster.labels) == 23  # 22 kecamatan and the city
    assert overlapping(poster.labels) == []


def test_svg_keeps_names_as_text(store, a3) -> None:
    boundaries, _ = store
    _poster, _pdf, svg = a3
    texts = set(re.findall(r"<text[^>]*>([^<]*)</text>", svg.decode()))
    assert set(boundaries.kecamatan.nama) <= texts


def test_a1_poster_in_english_with_chosen_layers(store) -> None:
    boundaries, data = store
    state = ViewState(lang="en", indikator="count_potensi", layers=("potensi", "desa"))
    pdf = make_poster(boundaries, data, state, "A1", "pdf", agency_name="Bappeda Kab. Blitar", today=DAY)
    text = pdf_text(pdf)
    assert "LEGEND" in text and "Potentials by sector" in text and "Desa/kelurahan boundary" in text
    assert "Investment opportunities" not in text  # a layer not chosen is not drawn nor listed
    assert "Bappeda Kab. Blitar" in text and "on A1 paper" in text


def test_coordinates_read_as_on_indonesian_maps() -> None:
    assert dms(112.25, "x", "id") == "112°15′ BT"
    assert dms(-8.0833, "y", "id") == "8°05′ LS"
    assert dms(-8.0833, "y", "en") == "8°05′ S"


def test_cli_writes_the_poster(seeded_store: Path, tmp_path: Path) -> None:
    from potensi.cli import main

    target = tmp_path / "peta.svg"
    args = ["poster", "--size", "A3", "--format", "svg", "--view", "indikator=count_potensi&lang=en"]
    assert main([*args, "-o", str(target), "--store", str(seeded_store)]) == 0
    assert "KECAMATAN POTENTIAL MAP" in target.read_text(encoding="utf-8")
    assert main(["poster", "--indikator", "nope", "-o", str(target), "--store", str(seeded_store)]) == 2


def test_without_the_province_file_the_poster_says_there_is_no_inset(
    store, monkeypatch: pytest.MonkeyPatch
) -> None:
    import potensi.poster as poster_module

    boundaries, data = store
    monkeypatch.setattr(poster_module, "province_kabupaten", lambda region: None)
    with print_style():
        poster = poster_figure(boundaries, data, ViewState(lang="en"), "A3", today=DAY)
        text = pdf_text(render_poster(poster, "pdf"))
    assert not poster.inset
    assert "No inset map" in text and "PETA_GEODATA_MIRROR" in text
    assert "Wlingi" in text  # the map itself is still complete


def test_agency_logo_is_printed(store, tmp_path: Path) -> None:
    import io as _io

    from matplotlib.figure import Figure
    from pypdf import PdfReader

    logo = tmp_path / "logo.png"
    fig = Figure(figsize=(1, 1))
    fig.add_subplot().text(0.5, 0.5, "B", ha="center")
    fig.savefig(logo, format="png")
    boundaries, data = store
    pdf = make_poster(boundaries, data, ViewState(layers=()), "A3", "pdf", "Dinas X", logo, DAY)
    page = PdfReader(_io.BytesIO(pdf)).pages[0]
    images = [k for k, v in page["/Resources"]["/XObject"].items() if v.get_object()["/Subtype"] == "/Image"]
    assert images  # the logo, embedded
    assert "Dinas X" in pdf_text(pdf)
