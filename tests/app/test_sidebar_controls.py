"""The shared sidebar through AppTest: each page draws only the controls that act on it,
a hidden control keeps its value and URL form, the collapsed "Saring data" says how
many of its filters are active, and kecamatan lists are alphabetical with their codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from potensi.core.config import REPO_ROOT
from potensi.core.store import load_layer
from potensi.i18n import CATALOGUE

APP = str(REPO_ROOT / "dashboard.py")
MAP_CONTROLS = {"f_indikator", "f_klasifikasi", "f_layers", "f_basemap"}
FILTERS = {"f_sektor", "f_kesiapan", "f_tahapan", "f_jenis", "f_opd", "f_tahun"}
EVERY_CONTROL = {"lang", "present", "f_kecamatan"} | MAP_CONTROLS | FILTERS


def open_app(store: Path, monkeypatch: pytest.MonkeyPatch, page: str | None = None, **query: str) -> AppTest:
    """The dashboard opened with ``query`` in its URL, switched to ``pages/<page>.py``."""
    monkeypatch.setenv("PETA_STORE", str(store))
    app = AppTest.from_file(APP, default_timeout=120)
    app.query_params.update(query)
    app.run()
    if page:
        app.switch_page(f"pages/{page}.py").run()
    assert not app.exception
    return app


def sidebar_keys(app: AppTest) -> set[str]:
    """The keys of the widgets drawn in the sidebar on this run."""
    bar = app.sidebar
    widgets = [*bar.selectbox, *bar.multiselect, *bar.radio, *bar.toggle]
    return {w.key for w in widgets}


def expander_labels(app: AppTest) -> list[str]:
    """The sidebar's filter expanders (the staff sign-in at the bottom is on every page)."""
    sign_in = set(CATALOGUE["auth_heading"].values())
    return [e.label for e in app.sidebar.expander if e.label not in sign_in]


def test_the_map_page_and_the_profile_draw_every_control(
    seeded_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = open_app(seeded_store, monkeypatch)
    assert sidebar_keys(app) == EVERY_CONTROL
    # the profile's map follows the indicator, classes, layers and basemap; its lists the filters
    app.switch_page("pages/profil.py").run()
    assert not app.exception
    assert sidebar_keys(app) == EVERY_CONTROL


@pytest.mark.parametrize("page", ["data", "tentang"])
def test_pages_without_a_map_or_filtered_rows_draw_no_filter(
    page: str, seeded_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = open_app(seeded_store, monkeypatch, page)
    assert sidebar_keys(app) == {"lang", "present"}
    assert expander_labels(app) == []  # no empty "Saring data"


def test_peluang_draws_map_controls_only_with_the_detail_map(
    seeded_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = open_app(seeded_store, monkeypatch, "peluang")
    # the catalogue: the kecamatan and the readiness narrow it; nothing else acts
    assert sidebar_keys(app) == {"lang", "present", "f_kecamatan", "f_kesiapan"}
    app.button(key=f"peluang_open_{card_id(app)}").click().run()
    assert not app.exception
    # the detail draws the site on the kecamatan choropleth: its indicator, classes,
    # year and basemap act now (no point layers: only the opportunity itself is drawn)
    assert sidebar_keys(app) == {"lang", "present", "f_kecamatan", "f_kesiapan"} | {
        "f_indikator",
        "f_klasifikasi",
        "f_basemap",
        "f_tahun",
    }
    app.button(key="peluang_close").click().run()
    assert sidebar_keys(app) == {"lang", "present", "f_kecamatan", "f_kesiapan"}
    # a filter that leaves the open opportunity out closes the detail, and its controls
    app.button(key=f"peluang_open_{card_id(app)}").click().run()
    assert "f_basemap" in sidebar_keys(app)
    app.multiselect(key="f_kecamatan").set_value(["35.05.05"]).run()  # Bakung: no opportunity
    assert not app.exception
    assert app.selectbox(key="peluang_detail").value is None
    assert sidebar_keys(app) == {"lang", "present", "f_kecamatan", "f_kesiapan"}


def card_id(app: AppTest) -> str:
    """The first opportunity card's id (its button key is ``peluang_open_<id>``)."""
    key = next(b.key for b in app.button if b.key and b.key.startswith("peluang_open_"))
    return key.removeprefix("peluang_open_")


def test_inovasi_draws_its_filters_classes_and_basemap_but_no_indicator_or_layers(
    seeded_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = open_app(seeded_store, monkeypatch, "inovasi")
    # its map is always coloured by innovation count and draws only the innovations
    assert sidebar_keys(app) == {
        "lang",
        "present",
        "f_kecamatan",
        "f_klasifikasi",
        "f_basemap",
        "f_tahapan",
        "f_jenis",
        "f_opd",
        "f_tahun",
    }


def test_analisis_draws_the_classes_only_for_the_composite_index(
    seeded_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = open_app(seeded_store, monkeypatch, "analisis")
    assert app.segmented_control(key="an_metode").value == "indeks"
    assert sidebar_keys(app) == {"lang", "present", "f_klasifikasi"}  # the index map's classes
    app.segmented_control(key="an_metode").set_value("komoditas").run()
    assert not app.exception
    assert sidebar_keys(app) == {"lang", "present"}


def test_a_hidden_control_keeps_its_value_and_url_form(
    seeded_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    query = {"indikator": "count_potensi", "layers": "potensi,label", "basemap": "osm", "sektor": "perikanan"}
    app = open_app(seeded_store, monkeypatch, "tentang", **query)
    for page in ("tentang", "data", "peluang"):
        app.switch_page(f"pages/{page}.py").run()
        app.run()  # a rerun of a page that does not draw them
        assert not app.exception
        assert "f_indikator" not in sidebar_keys(app)
        assert {k: app.query_params.get(k) for k in query} == query
    app.switch_page("pages/peta.py").run()
    assert app.selectbox(key="f_indikator").value == "count_potensi"
    assert app.multiselect(key="f_layers").value == ["potensi", "label"]
    assert app.selectbox(key="f_basemap").value == "osm"
    assert app.multiselect(key="f_sektor").value == ["perikanan"]


def test_the_collapsed_filters_say_how_many_are_active(
    seeded_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = open_app(seeded_store, monkeypatch)
    assert expander_labels(app) == ["Saring data"]
    app.multiselect(key="f_sektor").set_value(["perikanan"]).run()
    assert expander_labels(app) == ["Saring data (1 aktif)"]
    app.selectbox(key="f_tahun").set_value(2021).run()
    assert expander_labels(app) == ["Saring data (2 aktif)"]
    app.radio(key="lang").set_value("en").run()
    assert expander_labels(app) == ["Filter data (2 active)"]
    # on the innovation page the sector filter is not drawn (it acts on potentials only):
    # only the year counts there
    app.switch_page("pages/inovasi.py").run()
    assert not app.exception
    assert expander_labels(app) == ["Filter data (1 active)"]
    app.selectbox(key="f_tahun").set_value(None).run()
    assert expander_labels(app) == ["Filter data"]


def test_kecamatan_lists_are_alphabetical_with_their_codes(
    seeded_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kec = load_layer("kecamatan", seeded_store)
    expected = [
        f"{n} ({c})" for n, c in sorted(zip(kec.nama, kec.kode, strict=True), key=lambda p: p[0].casefold())
    ]
    assert expected[0] == "Bakung (35.05.05)"
    app = open_app(seeded_store, monkeypatch)
    assert app.multiselect(key="f_kecamatan").options == expected
    app.switch_page("pages/profil.py").run()
    assert app.selectbox(key="profil_pick").options == expected
    app.selectbox(key="profil_pick").set_value("35.05.13").run()
    assert not app.exception
    assert app.multiselect(key="profil_compare").options == expected
    assert app.multiselect(key="f_kecamatan").value == ["35.05.13"]
