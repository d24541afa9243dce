"""The Analisis page's regional Klassen method: table, chart, map and download on the real
seeded store."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from streamlit.testing.v1 import AppTest


@pytest.fixture()
def app(analisis_app: AppTest) -> AppTest:
    return analisis_app


def _elements(node: object) -> Iterator[object]:
    for child in getattr(node, "children", {}).values():
        yield child
        yield from _elements(child)


def _maps(app: AppTest) -> list[object]:
    """The folium maps of the main area (st_folium is a custom component)."""
    return [e for e in _elements(app.main) if e.type == "component_instance"]


def test_klassen_wilayah_renders_table_chart_map_and_download(app: AppTest) -> None:
    app.segmented_control(key="an_metode").set_value("klassen_wilayah").run()
    assert not app.exception
    assert "DATA CONTOH" in app.warning[0].value
    assert "Acuan: kabupaten" in app.info[0].value
    table = app.dataframe[0].value
    assert len(table) == 22 and table["Klasifikasi"].str.match(r"^(I|II|III|IV): ").all()
    assert len(app.get("plotly_chart")) == 1 and len(_maps(app)) == 1
    assert [b.key for b in app.get("download_button")] == ["an_kw_download"]
    assert app.selectbox(key="an_kw_awal").value == 2021 and app.selectbox(key="an_kw_akhir").value == 2023
    app.selectbox(key="an_kw_akhir").set_value(2022).run()
    assert not app.exception and "2021–2022" in " ".join(c.value for c in app.caption)


def test_klassen_wilayah_in_english(app: AppTest) -> None:
    app.segmented_control(key="an_metode").set_value("klassen_wilayah").run()
    app.radio(key="lang").set_value("en").run()
    assert not app.exception
    assert "EXAMPLE DATA" in app.warning[0].value and "Benchmark: the kabupaten" in app.info[0].value
    assert app.dataframe[0].value["Class"].str.match(r"^(I|II|III|IV): [a-z]").all()
