"""Page logic of dashboard.py through Streamlit's AppTest (no browser)."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from potensi.config import REPO_ROOT
from potensi.store import load_layer

APP = str(REPO_ROOT / "dashboard.py")


@pytest.fixture()
def app(store_env: Path) -> AppTest:
    return AppTest.from_file(APP, default_timeout=120).run()


def test_page_shows_the_kabupaten_and_its_sources(app: AppTest) -> None:
    assert not app.exception
    assert app.title[0].value == "Peta Potensi Kabupaten Blitar"
    captions = " ".join(c.value for c in app.caption)
    assert "22 kecamatan · 248 desa/kelurahan" in captions
    assert "1.744,48 km²" in captions and "1.588,79 km²" in captions
    assert "wilayah_boundaries" in captions
    assert app.selectbox(key="indikator").options == ["Luas wilayah", "Jumlah desa/kelurahan"]


def test_filter_selects_a_kecamatan_and_lists_its_desa(app: AppTest, store_env: Path) -> None:
    app.selectbox(key="kecamatan").set_value("35.05.12").run()
    assert not app.exception
    assert app.subheader[0].value == "Kecamatan Sutojayan"
    desa = load_layer("desa", store_env)
    expected = sorted(desa[desa.kode_kec == "35.05.12"].nama)
    table = app.dataframe[0].value
    assert sorted(table["Nama"]) == expected and len(expected) == 11


def test_english_switch_translates_the_page(app: AppTest) -> None:
    app.radio(key="lang").set_value("en").run()
    app.selectbox(key="kecamatan").set_value("35.05.03").run()
    assert not app.exception
    assert app.title[0].value == "Blitar Regency Potential Map"
    assert app.subheader[0].value == "Srengat district"
    assert "1,744.48 km²" in " ".join(c.value for c in app.caption)
    assert list(app.dataframe[0].value.columns) == ["Code", "Name", "Type", "Area (km²)"]


def test_missing_store_explains_how_to_build_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PETA_STORE", str(tmp_path / "none.gpkg"))
    app = AppTest.from_file(APP, default_timeout=60).run()
    assert not app.exception
    assert "python -m potensi geodata build" in app.error[0].value


def test_about_page_names_source_commit_and_licence(store_env: Path) -> None:
    app = AppTest.from_file(str(REPO_ROOT / "pages" / "1_Tentang_Data.py"), default_timeout=60).run()
    assert not app.exception
    text = app.markdown[0].value
    assert "3c5a7960f4d227a38489094d84252bdbb3f978a5" in text and "MIT" in text
    assert "1.744,48 km²" in text and "1.588,79 km²" in text
