"""The Analisis page's sector method: each submethod renders a table, a chart, a download."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from potensi.core.config import REPO_ROOT
from potensi.data.bps_sektor import SectorOptions, read_pdrb, sector_reader


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


def test_sektor_says_its_kabupaten_pdrb_is_real_after_a_bps_table_is_imported(
    seeded_copy: Path, seeded_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A BPS PDRB table through the one importer replaces the example kabupaten rows: the
    method's input lines say the kabupaten PDRB is real (with its source) and the province's
    still example, and the LQ of agriculture changes."""
    from potensi.data.importer import import_as
    from potensi.data.tables import read_rows
    from potensi.views.analisis.sektor import analyse_sectors

    fixture = REPO_ROOT / "tests" / "fixtures" / "sektor" / "pdrb_adhk_kabupaten.xlsx"
    before = analyse_sectors(read_rows("indikator", seeded_store), end=2023)
    read = functools.partial(read_pdrb, options=SectorOptions())
    import_as("editor_uji", "indikator", fixture, store=seeded_copy, replace=True, reader=sector_reader(read))
    monkeypatch.setenv("PETA_STORE", str(seeded_copy))
    app = AppTest.from_file(str(REPO_ROOT / "dashboard.py"), default_timeout=120).run()
    app.switch_page("pages/analisis.py").run()
    app.segmented_control(key="an_metode").set_value("sektor").run()
    assert not app.exception
    inputs = next(m.value for m in app.markdown if "Masukan metode ini" in m.value)
    assert "PDRB kabupaten ADHK 2019–2023: data nyata (sumber: BPS Kabupaten Blitar, PDRB" in inputs
    assert "PDRB provinsi ADHK 2019–2023: DATA CONTOH" in inputs
    table = app.dataframe[0].value
    lq_a = float(table[table["Kat."] == "A"]["LQ"].iloc[-1])
    old = before.slq[(before.slq.sektor == "A") & (before.slq.tahun == 2023)].lq.iloc[0]
    assert lq_a == pytest.approx(1.3 * old, rel=0.1) and abs(lq_a - old) > 0.1
