"""The Inovasi Daerah page through AppTest: registry, filters, timeline, map, English."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from potensi.core.config import REPO_ROOT

APP = str(REPO_ROOT / "dashboard.py")
PAGE = "pages/inovasi.py"


@pytest.fixture()
def app(seeded_store: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.setenv("PETA_STORE", str(seeded_store))
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    at.switch_page(PAGE).run()
    assert not at.exception
    return at


def table(at: AppTest):
    assert len(at.dataframe) == 1
    return at.dataframe[0].value


def text_of(at: AppTest) -> str:
    parts = [
        e.value for kind in ("markdown", "caption", "info", "warning", "header") for e in getattr(at, kind)
    ]
    return " ".join(str(p) for p in parts)


def charts(at: AppTest) -> list:
    return at.get("plotly_chart")


def test_page_shows_the_registry_of_35_innovations(app: AppTest) -> None:
    assert app.title[0].value == "Inovasi Daerah Kabupaten Blitar"
    frame = table(app)
    assert len(frame) == 35
    assert {
        "Nama inovasi",
        "OPD",
        "Bentuk",
        "Jenis",
        "Tahapan",
        "Tahun",
        "Kecamatan",
        "Bukti 1",
        "Data contoh",
    } <= set(frame.columns)
    assert (frame.Kecamatan == "Seluruh kabupaten").sum() == 30
    metrics = {m.label: m.value for m in app.metric}
    assert metrics["Inovasi"] == "35" and metrics["OPD pengusul"] == "8"
    assert metrics["Seluruh kabupaten"] == "30" and metrics["Di kecamatan"] == "5"
    assert metrics["IID 2024"] == "72,59"
    text = text_of(app)
    # the IID context names its source: publisher and year, linked
    assert "61,42" in text and "[Kanal24 (2024)](https://kanal24.co.id" in text
    assert "BLITAR_FACTS" not in text
    assert "bukan catatan resmi database IID" in text  # the seed is a reading of news texts
    assert "Menampilkan 35 dari 35 inovasi" in text
    assert "Baru 2 dari 35 inovasi yang mencatat tanggal" in text
    assert "Berlaku seluruh kabupaten: 30 inovasi" in text
    assert "35 dari 35 inovasi belum mengisi urusannya" in text
    assert not app.warning  # no example data in the seed
    # four group charts, timeline, undated-by-year, per kecamatan, per urusan
    assert len(charts(app)) == 8


def test_sidebar_opd_filter_narrows_the_page(app: AppTest) -> None:
    app.multiselect(key="f_opd").set_value(["DISPENDUKCAPIL"]).run()
    assert not app.exception
    frame = table(app)
    assert len(frame) == 7
    assert set(frame.OPD) == {"Dinas Kependudukan dan Pencatatan Sipil"}
    assert "Menampilkan 7 dari 35 inovasi" in text_of(app)
    assert {m.label: m.value for m in app.metric}["OPD pengusul"] == "1"


def test_sidebar_tahapan_and_page_bentuk_filters(app: AppTest) -> None:
    app.multiselect(key="f_tahapan").set_value(["inisiatif"]).run()
    assert len(table(app)) == 3
    app.multiselect(key="f_tahapan").set_value([]).run()
    app.multiselect(key="inovasi_bentuk").set_value(["tata_kelola_pemda"]).run()
    assert not app.exception
    assert set(table(app).Bentuk) == {"Tata kelola pemerintahan daerah"} and len(table(app)) == 5


def test_kecamatan_filter_says_how_many_kabupaten_wide_innovations_it_hides(app: AppTest) -> None:
    app.multiselect(key="f_kecamatan").set_value(["35.05.02"]).run()  # Udanawu
    assert not app.exception
    assert set(table(app).Kecamatan) == {"Udanawu"} and len(table(app)) == 3
    assert any("30 inovasi berlaku untuk seluruh kabupaten" in i.value for i in app.info)


def test_filters_that_match_nothing_say_so(app: AppTest) -> None:
    app.multiselect(key="f_tahapan").set_value(["uji_coba"]).run()
    assert not app.exception
    assert len(app.dataframe) == 0
    assert any("Tidak ada inovasi yang cocok" in i.value for i in app.info)


def test_grouping_puts_the_group_first(app: AppTest) -> None:
    app.selectbox(key="inovasi_group_by").set_value("tahapan").run()
    assert not app.exception
    frame = table(app)
    assert frame.columns[0] == "Tahapan" and list(frame.Tahapan[:3]) == ["Inisiatif"] * 3


def test_english(app: AppTest) -> None:
    app.radio(key="lang").set_value("en").run()
    assert not app.exception
    assert app.title[0].value == "Regional Innovation in Blitar Regency"
    frame = table(app)
    assert len(frame) == 35
    assert {
        "Innovation",
        "Agency (OPD)",
        "Form",
        "Type",
        "Stage",
        "Year",
        "District",
        "Evidence 1",
        "Example data",
    } <= set(frame.columns)
    assert (frame.District == "Whole regency").sum() == 30
    assert set(frame.Stage) == {"Initiative", "Implementation"}
    assert "not filled in" in set(frame.Type)
    metrics = {m.label: m.value for m in app.metric}
    assert metrics["IID 2024"] == "72.59" and metrics["Regency-wide"] == "30"
    text = text_of(app)
    assert "61.42" in text and "Showing 35 of 35 innovations" in text
    assert "Only 2 of 35 innovations record a date" in text
    for word in ("belum diisi", "Seluruh kabupaten", "Menampilkan", "inovasi berlaku"):
        assert word not in text, word
    assert app.multiselect(key="inovasi_bentuk").label == "Innovation form"


def test_presentation_mode_hides_page_controls_and_can_be_left(app: AppTest) -> None:
    app.multiselect(key="inovasi_bentuk").set_value(["pelayanan_publik"]).run()
    normal = charts(app)[0].proto.spec
    app.toggle(key="present").set_value(True).run()
    assert not app.exception
    keys = {w.key for w in app.multiselect} | {w.key for w in app.selectbox}
    assert "inovasi_bentuk" not in keys and "inovasi_group_by" not in keys
    assert len(table(app)) == 26  # the hidden form filter still applies, and says so
    assert any("Bentuk: Pelayanan publik" in c.value for c in app.caption)
    assert json.loads(charts(app)[0].proto.spec)["layout"]["height"] > json.loads(normal)["layout"]["height"]
    app.button(key="present_exit").click().run()
    assert app.toggle(key="present").value is False
    assert app.multiselect(key="inovasi_bentuk").value == ["pelayanan_publik"]
