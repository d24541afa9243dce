"""The data page through AppTest: layers, example flag, downloads."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from potensi.core.config import REPO_ROOT

APP = str(REPO_ROOT / "dashboard.py")


@pytest.fixture()
def seeded_env(seeded_store: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PETA_STORE", str(seeded_store))
    return seeded_store


def test_example_rows_are_flagged_on_screen(seeded_env: Path) -> None:
    app = AppTest.from_file(APP, default_timeout=120).run()
    app.switch_page("pages/data.py").run()
    assert not app.exception
    app.selectbox(key="data_layer").set_value("peluang_investasi").run()
    assert not app.exception
    assert "DATA CONTOH" in app.warning[0].value
    table = app.dataframe[0].value
    assert (table["Status data"] == "⚠ DATA CONTOH").all()


def test_real_rows_are_marked_as_sourced(seeded_env: Path) -> None:
    app = AppTest.from_file(APP, default_timeout=120).run()
    app.switch_page("pages/data.py").run()
    app.selectbox(key="data_layer").set_value("inovasi").run()
    table = app.dataframe[0].value
    assert len(table) == 35 and (table["Status data"] == "bersumber").all()
    assert len(app.warning) == 0


def test_indikator_offers_the_geojson_column_table(seeded_env: Path) -> None:
    """The wide indikator GeoJSON's units and sources come as a download beside it."""
    app = AppTest.from_file(APP, default_timeout=120).run()
    app.switch_page("pages/data.py").run()
    app.selectbox(key="data_layer").set_value("indikator").run()
    assert not app.exception
    keys = {b.key for b in app.get("download_button")}
    assert {"dl_.geojson", "dl_indikator_kolom"} <= keys
    assert "satu fitur per kecamatan" in " ".join(c.value for c in app.caption)
    app.selectbox(key="data_layer").set_value("inovasi").run()
    assert "dl_indikator_kolom" not in {b.key for b in app.get("download_button")}


def test_the_iid_tables_are_shown_with_their_example_flag(seeded_env: Path) -> None:
    app = AppTest.from_file(APP, default_timeout=120).run()
    app.switch_page("pages/data.py").run()
    assert "Empat" not in " ".join(c.value for c in app.caption)  # ten tables, not four
    assert "Indeks Inovasi Daerah" in " ".join(c.value for c in app.caption)
    app.selectbox(key="data_layer").set_value("inovasi_indikator").run()
    assert not app.exception
    assert len(app.dataframe[0].value) == 200 and "200 dari 200" in app.warning[0].value
    app.selectbox(key="data_layer").set_value("iid_aturan").run()
    assert not app.exception
    assert len(app.dataframe[0].value) == 1 and len(app.warning) == 0
