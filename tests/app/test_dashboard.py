"""Main map page and router through Streamlit's AppTest (no browser)."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from potensi.core.config import REPO_ROOT
from potensi.core.store import load_layer

APP = str(REPO_ROOT / "dashboard.py")


@pytest.fixture()
def app(seeded_store: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.setenv("PETA_STORE", str(seeded_store))
    return AppTest.from_file(APP, default_timeout=120).run()


def test_page_shows_the_kabupaten_and_its_sources(app: AppTest) -> None:
    assert not app.exception
    assert app.title[0].value == "Peta Potensi Kabupaten Blitar"
    captions = " ".join(c.value for c in app.caption)
    assert "22 kecamatan · 248 desa/kelurahan" in captions
    assert "1.744,48 km²" in captions and "1.588,79 km²" in captions
    assert "wilayah_boundaries" in captions
    options = app.selectbox(key="f_indikator").options
    assert options[:3] == ["Luas wilayah", "Jumlah desa/kelurahan", "Kepadatan penduduk"]
    assert "Jumlah inovasi daerah" in options


def test_filter_selects_a_kecamatan_and_lists_its_desa(app: AppTest, seeded_store: Path) -> None:
    app.multiselect(key="f_kecamatan").set_value(["35.05.12"]).run()
    assert not app.exception
    assert app.subheader[0].value == "Kecamatan Sutojayan"
    desa = load_layer("desa", seeded_store)
    expected = sorted(desa[desa.kode_kec == "35.05.12"].nama)
    table = app.dataframe[0].value
    assert sorted(table["Nama"]) == expected and len(expected) == 11


def test_url_parameters_open_the_same_view(seeded_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PETA_STORE", str(seeded_store))
    app = AppTest.from_file(APP, default_timeout=120)
    app.query_params.update(
        {
            "kecamatan": "35.05.13",
            "lang": "en",
            "indikator": "count_potensi",
            "layers": "potensi,label",
            "klasifikasi": "natural_breaks",
        }
    )
    app.run()
    assert not app.exception
    assert app.subheader[0].value == "Panggungrejo district"
    assert app.selectbox(key="f_indikator").value == "count_potensi"
    assert app.multiselect(key="f_layers").value == ["potensi", "label"]
    assert app.selectbox(key="f_klasifikasi").value == "natural_breaks"


def test_english_switch_translates_the_page(app: AppTest) -> None:
    app.radio(key="lang").set_value("en").run()
    app.multiselect(key="f_kecamatan").set_value(["35.05.03"]).run()
    assert not app.exception
    assert app.title[0].value == "Blitar Regency Potential Map"
    assert app.subheader[0].value == "Srengat district"
    assert "1,744.48 km²" in " ".join(c.value for c in app.caption)
    assert list(app.dataframe[0].value.columns) == ["Code", "Name", "Type", "Area (km²)"]


def test_presentation_mode_walks_the_kecamatan(app: AppTest) -> None:
    app.toggle(key="present").set_value(True).run()
    assert not app.exception
    assert "stSidebar" in app.markdown[0].value  # sidebar hidden by the presentation style
    app.button(key="present_next").click().run()
    assert app.markdown[1].value == "## Kecamatan Wonodadi"  # 35.05.01
    app.button(key="present_next").click().run()
    assert app.markdown[1].value == "## Kecamatan Udanawu"
    app.button(key="present_prev").click().run()
    app.button(key="present_prev").click().run()
    assert app.markdown[1].value == "## Kecamatan Selopuro"  # wraps to 35.05.22
    app.button(key="present_exit").click().run()
    assert app.toggle(key="present").value is False


def test_missing_store_explains_how_to_build_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PETA_STORE", str(tmp_path / "none.gpkg"))
    app = AppTest.from_file(APP, default_timeout=60).run()
    assert not app.exception
    assert "python -m potensi geodata build" in app.error[0].value


def test_about_page_names_source_commit_and_licence(app: AppTest) -> None:
    app.switch_page("pages/tentang.py").run()
    assert not app.exception
    text = app.markdown[-1].value
    assert "3c5a7960f4d227a38489094d84252bdbb3f978a5" in text and "MIT" in text
    assert "1.744,48 km²" in text and "1.588,79 km²" in text


def test_count_colours_compare_all_kecamatan_while_one_is_selected(seeded_store: Path) -> None:
    """Selecting a kecamatan must not turn every other kecamatan's count into 0."""
    from potensi.core.store import load_boundaries
    from potensi.data.tables import read_rows
    from potensi.views.state import ViewState, filter_rows
    from potensi.viz.choropleth import choropleth_for

    boundaries = load_boundaries(seeded_store)
    state = ViewState(kecamatan=("35.05.13",))
    rows = read_rows("potensi", seeded_store)
    counted = {"potensi": filter_rows("potensi", rows, state.with_(kecamatan=()))}
    values = choropleth_for(boundaries.kecamatan, "count_potensi", "id", counted).values
    assert (values > 0).sum() > 1
    assert values.sum() == rows.kecamatan.isin(boundaries.kecamatan.kode).sum()
