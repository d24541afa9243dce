"""The Analisis page's hierarchy method (skalogram, Marshall): tables, charts, a map, a download
and the save, on the real seeded store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from potensi.data.tables import read_rows
from potensi.views.analisis.hierarki import CENTRALITY_KEY
from tests.app.accounts import sign_in_as_editor


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


def test_hierarki_renders_tables_charts_map_and_download(app: AppTest, seeded_copy: Path) -> None:
    app.segmented_control(key="an_metode").set_value("hierarki").run()
    assert not app.exception
    assert "DATA CONTOH" in app.warning[0].value
    assert "COR = " in app.success[0].value and "skala layak" in app.success[0].value
    scalogram, marshall, weights = (d.value for d in app.dataframe)
    assert len(scalogram) == 22 and len(marshall) == 22 and len(weights) == 9
    assert marshall["Nama"].iloc[0] in {"Kanigoro", "Wlingi", "Srengat"}
    assert set(marshall["Orde"]) <= {f"Orde {r}" for r in ("I", "II", "III", "IV", "V")}
    assert len(app.get("plotly_chart")) == 2  # the scalogram matrix and the IS bars
    assert len(_maps(app)) == 1
    assert [b.key for b in app.get("download_button")] == ["an_hir_download"]
    assert any("100 × 9" in c.value for c in app.caption)

    app.multiselect(key="an_hir_fasilitas").set_value(
        ["fasilitas_sd", "fasilitas_bank", "fasilitas_hotel"]
    ).run()
    assert not app.exception and len(app.dataframe[2].value) == 3
    app.radio(key="an_hir_peta").set_value("skalogram").run()
    assert not app.exception and len(_maps(app)) == 1
    app.selectbox(key="an_hir_orde_marshall").set_value(2).run()
    assert not app.exception and set(app.dataframe[1].value["Orde"]) == {"Orde I", "Orde II"}

    sign_in_as_editor(app)
    app.button(key="an_hir_save").click().run()
    assert not app.exception and CENTRALITY_KEY in app.success[-1].value
    saved = read_rows("indikator", seeded_copy).query(f"indikator == '{CENTRALITY_KEY}'")
    assert len(saved) == 22 and saved.contoh.all()


def test_hierarki_needs_two_facilities(app: AppTest) -> None:
    app.segmented_control(key="an_metode").set_value("hierarki").run()
    app.multiselect(key="an_hir_fasilitas").set_value(["fasilitas_sd"]).run()
    assert not app.exception and "dua jenis fasilitas" in app.info[0].value
    assert not app.get("download_button")


def test_hierarki_in_english(app: AppTest) -> None:
    app.segmented_control(key="an_metode").set_value("hierarki").run()
    app.radio(key="lang").set_value("en").run()
    assert not app.exception
    assert "the scale is valid" in app.success[0].value
    assert set(app.dataframe[1].value["Order"]) <= {f"Order {r}" for r in ("I", "II", "III", "IV", "V")}
    assert "Facility" in app.dataframe[2].value.columns
