"""The Analisis page's sector and commodity methods: each renders a table, a chart, a download."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from potensi.core.config import REPO_ROOT
from potensi.data.tables import read_rows
from potensi.views.analisis.sektor import LQ_PREFIX

APP = str(REPO_ROOT / "dashboard.py")


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


def test_komoditas_table_map_matrix_download_and_save(app: AppTest, seeded_copy: Path) -> None:
    app.segmented_control(key="an_metode").set_value("komoditas").run()
    assert not app.exception
    assert "DATA CONTOH" in app.warning[0].value
    table = app.dataframe[0].value
    assert len(table) == 22 and table["Nama"].iloc[0] == "Ponggok"  # telur, highest LQ first
    assert "DLQ 2022–2023" in table.columns and "dua tahun" in app.info[0].value
    assert len(app.get("plotly_chart")) == 1  # the heatmap
    assert [b.key for b in app.get("download_button")] == ["an_kom_download"]
    app.selectbox(key="an_kom_komoditas").set_value("ikan").run()
    assert not app.exception
    assert app.dataframe[0].value["Nama"].iloc[0] in {"Wonotirto", "Panggungrejo", "Bakung", "Wates"}
    app.button(key="an_kom_save").click().run()
    assert not app.exception and f"{LQ_PREFIX}ikan" in app.success[0].value
    saved = read_rows("indikator", seeded_copy).query(f"indikator == '{LQ_PREFIX}ikan'")
    assert len(saved) == 22 and saved.contoh.all()
