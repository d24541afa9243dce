"""The Analisis page's commodity method: table, map, matrix, download and save."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from potensi.data.tables import read_rows
from potensi.views.analisis.komoditas import LQ_PREFIX
from tests.app.accounts import sign_in_as_editor


@pytest.fixture()
def app(analisis_app: AppTest) -> AppTest:
    return analisis_app


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
    sign_in_as_editor(app)
    app.button(key="an_kom_save").click().run()
    assert not app.exception and f"{LQ_PREFIX}ikan" in app.success[0].value
    saved = read_rows("indikator", seeded_copy).query(f"indikator == '{LQ_PREFIX}ikan'")
    assert len(saved) == 22 and saved.contoh.all()
