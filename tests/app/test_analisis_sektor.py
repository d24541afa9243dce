"""The Analisis page's sector method: each submethod renders a table, a chart, a download."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest


@pytest.fixture()
def app(analisis_app: AppTest) -> AppTest:
    return analisis_app


def test_sektor_renders_each_submethod_with_table_chart_and_download(app: AppTest) -> None:
    app.segmented_control(key="an_metode").set_value("sektor").run()
    assert not app.exception
    assert "DATA CONTOH" in app.warning[0].value
    table = app.dataframe[0].value
    assert len(table) == 17 and table["Kat."].tolist()[0] == "A" and "LQ" in table.columns
    assert app.selectbox(key="an_sek_wilayah").value == "35.05"
    assert app.selectbox(key="an_sek_acuan").value == "35"
    assert any("Provinsi Jawa Timur" in c.value for c in app.caption)
    for sub, column in (("klasifikasi", "Kelas"), ("shift_share", "D"), ("klassen", "Kuadran")):
        app.radio(key="an_sek_metode").set_value(sub).run()
        assert not app.exception, sub
        assert column in app.dataframe[0].value.columns and len(app.dataframe[0].value) == 17
    app.radio(key="an_sek_metode").set_value("shift_share").run()
    app.checkbox(key="an_sek_em").check().run()
    assert not app.exception and "A" in app.dataframe[0].value.columns
    assert [b.key for b in app.get("download_button")] == ["an_sek_download"]
    assert len(app.get("plotly_chart")) == 1


def test_sektor_short_period_explains_undefined_dlq(app: AppTest) -> None:
    app.segmented_control(key="an_metode").set_value("sektor").run()
    app.select_slider(key="an_sek_periode").set_value((2022, 2023)).run()
    app.radio(key="an_sek_metode").set_value("klasifikasi").run()
    assert not app.exception
    assert "tiga tahun" in app.info[0].value
    assert app.dataframe[0].value["Catatan"].str.contains("terlalu pendek").all()


def test_sektor_in_english(app: AppTest) -> None:
    app.segmented_control(key="an_metode").set_value("sektor").run()
    app.radio(key="lang").set_value("en").run()
    assert not app.exception
    table = app.dataframe[0].value
    assert table["Industry"].iloc[0] == "Agriculture, Forestry and Fishing"
    assert "EXAMPLE DATA" in app.warning[0].value
    app.radio(key="an_sek_metode").set_value("klassen").run()
    assert not app.exception
    assert "advanced and fast-growing" in app.dataframe[0].value["Class"].tolist()
