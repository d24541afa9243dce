"""The Profil Kecamatan page through AppTest: figures with year and source, charts,
lists, comparison, picker, English, presentation."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from potensi.core.config import REPO_ROOT

APP = str(REPO_ROOT / "dashboard.py")
PAGE = "pages/profil.py"
PANGGUNGREJO, SRENGAT, WONOTIRTO, WATES = "35.05.13", "35.05.03", "35.05.08", "35.05.20"
NGLEGOK, WLINGI = "35.05.09", "35.05.17"


@pytest.fixture()
def env(seeded_store: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PETA_STORE", str(seeded_store))
    return seeded_store


@pytest.fixture()
def app(env: Path) -> AppTest:
    """The profile of Panggungrejo, opened by a link ``/profil?kecamatan=35.05.13``."""
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["kecamatan"] = PANGGUNGREJO
    at.switch_page(PAGE).run()
    assert not at.exception
    return at


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def captions(at: AppTest) -> str:
    return " ".join(c.value for c in at.caption)


def charts(at: AppTest) -> list:
    return at.get("plotly_chart")


def test_profile_shows_the_census_population_with_year_and_source(app: AppTest) -> None:
    assert app.title[0].value == "Profil Kecamatan Panggungrejo"
    values = metrics(app)
    assert values["Penduduk 2020 (jiwa)"] == "42.300"
    assert values["Luas poligon (km²)"] == "140,66" and values["Desa/kelurahan"] == "10"
    assert values["Kepadatan 2020 (jiwa/km²)"] == "301"
    assert values["Potensi"] == "6" and values["Inovasi daerah"] == "0"
    text = captions(app)
    assert "Tahun 2020 · Sumber: lapisan indikator [Wikipedia bahasa Inggris, *Blitar Regency* (2022)]" in (
        text
    )
    assert "Sensus Penduduk 2020" in text and "wilayah\\_boundaries" in text
    assert "+30 berlaku seluruh kabupaten" in text.replace("\\", "")
    # the headline has no heading of its own; the rest sits in tabs by theme
    assert not app.header
    assert [tab.label for tab in app.tabs] == [
        "Wilayah & kependudukan",
        "Ekonomi",
        "Fasilitas",
        "Potensi & peluang",
        "Inovasi",
        "Potensi dan inovasi",
        "Perbandingan",
        "Indikator lain",  # the SP2010 male/female split and final figures
    ]


def test_profile_has_charts_map_and_lists(app: AppTest, env: Path) -> None:
    from potensi.core.store import load_boundaries
    from potensi.data.tables import read_rows
    from potensi.views.profil import rank_indicators

    # every kecamatan indicator of the store (9 real ones plus the flagged example files)
    data = {
        layer: read_rows(layer, env) for layer in ("indikator", "potensi", "peluang_investasi", "inovasi")
    }
    n = len(rank_indicators(load_boundaries(env).kecamatan, data))
    assert n >= 9
    # share of the kabupaten, one rank chart per ranked indicator (not the innovations:
    # a kabupaten-wide count), the comparison chart
    assert len(charts(app)) == 1 + (n - 1) + 1
    rank = app.table[0].value
    assert len(rank) == n and "2 dari 22 (1 = terbesar)" in set(rank.Peringkat)
    potensi = app.dataframe[0].value
    assert len(potensi) == 6 and {"Sektor", "Nama", "Sumber 1", "Data contoh"} <= set(potensi.columns)
    assert [s.value for s in app.subheader] == [
        "Dibanding kecamatan lain",
        "Kedudukan di antara 22 kecamatan",
        "Potensi (6)",
        "Peluang investasi (0)",
        "Kedudukan di antara 22 kecamatan",
        "Inovasi daerah (0)",
        "Kedudukan di antara 22 kecamatan",
        "Potensi dan inovasi",
        "Perbandingan kecamatan",
    ]
    # each tab holds its theme: the potentials list sits with its rank chart, not on the first screen
    tabs = {tab.label: tab for tab in app.tabs}
    assert [d.value.shape[0] for d in tabs["Potensi & peluang"].dataframe] == [6]
    assert len(tabs["Fasilitas"].get("plotly_chart")) == 9
    assert "Belum ada peluang investasi tercatat di kecamatan ini." in [i.value for i in app.info]
    assert "Selain itu 30 inovasi berlaku untuk seluruh kabupaten" in captions(app)
    # the rank table shows 16 example indicator values of Panggungrejo
    assert (
        "16 baris DATA CONTOH (bukan data resmi) tentang Panggungrejo di halaman ini" in app.warning[0].value
    )


@pytest.mark.parametrize(
    ("code", "name", "n", "hospitals"),
    [
        (NGLEGOK, "Nglegok", 17, "tanpa peringkat: 18 dari 22 bernilai 0"),
        (WLINGI, "Wlingi", 16, "seri 1–2 dari 22 (1 = terbesar)"),
    ],
)
def test_example_banner_counts_what_the_page_shows(
    env: Path, code: str, name: str, n: int, hospitals: str
) -> None:
    """Issue 13.6: the banner said 1 for Nglegok (its opportunity) and nothing for
    Wlingi, while the rank table shows 16 example indicator values for each."""
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["kecamatan"] = code
    at.switch_page(PAGE).run()
    assert not at.exception
    assert len(at.warning) == 1
    assert f"{n} baris DATA CONTOH (bukan data resmi) tentang {name} di halaman ini" in (at.warning[0].value)
    rank = at.table[0].value.set_index("Indikator")
    example_values = rank[rank.Sumber.str.contains("DATA CONTOH") & ~rank.Nilai.eq("data tidak tersedia")]
    # every example indicator value here, plus Nglegok's listed opportunity (also its count)
    assert len(example_values[~example_values.index.str.startswith("Jumlah")]) == 16
    assert rank.loc["Rumah sakit", "Peringkat"] == hospitals
    assert rank.loc["Jumlah inovasi daerah", "Peringkat"].startswith("tidak diperingkat: 30 dari 35")
    chart_titles = [c.proto.spec for c in charts(at)]
    assert not any("Jumlah inovasi daerah" in spec for spec in chart_titles)  # no ranking chart
    assert any("Rumah sakit" in spec for spec in chart_titles)


def test_comparison_opens_with_the_neighbours_and_follows_the_picker(app: AppTest) -> None:
    assert app.multiselect(key="profil_compare").value == [PANGGUNGREJO, WONOTIRTO, WATES]
    app.multiselect(key="profil_compare").set_value([PANGGUNGREJO, SRENGAT]).run()
    assert not app.exception
    table = app.table[1].value
    assert list(table.columns) == ["Panggungrejo", "Srengat", "Sumber"]
    assert table.loc["Penduduk", "Panggungrejo"] == "42.300 jiwa (2020)"
    assert table.loc["Penduduk", "Srengat"] == "61.935 jiwa (2010)"  # the SP2010 quick count
    assert [b.label for b in app.button if b.key.startswith("profil_open_")] == [
        "Profil Panggungrejo",
        "Profil Srengat",
    ]
    app.button(key=f"profil_open_{SRENGAT}").click().run()  # opens Srengat's profile
    assert app.title[0].value == "Profil Kecamatan Srengat"
    assert app.multiselect(key="f_kecamatan").value == [SRENGAT]
    assert app.multiselect(key="profil_compare").value == [PANGGUNGREJO, SRENGAT]  # edited: kept


def test_english_switch_translates_the_page(app: AppTest) -> None:
    app.radio(key="lang").set_value("en").run()
    assert not app.exception
    assert app.title[0].value == "Panggungrejo District Profile"
    assert [tab.label for tab in app.tabs] == [
        "Area & population",
        "Economy",
        "Facilities",
        "Potentials & opportunities",
        "Innovation",
        "Potentials and innovations",
        "Comparison",
        "Other indicators",
    ]
    values = metrics(app)
    assert values["Population 2020 (people)"] == "42,300"
    assert values["Polygon area (km²)"] == "140.66"
    assert "Year 2020 · Source: indicator layer" in captions(app)
    assert list(app.table[1].value.columns) == ["Panggungrejo", "Wonotirto", "Wates", "Source"]
    assert "Kecamatan" not in " ".join(h.value for h in app.subheader)


def test_sidebar_selection_sets_the_profile_and_the_population_caveat_is_said(env: Path) -> None:
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()  # the map page first, as a person arrives
    at.multiselect(key="f_kecamatan").set_value([SRENGAT]).run()
    at.switch_page(PAGE).run()
    assert not at.exception
    assert at.title[0].value == "Profil Kecamatan Srengat"  # the sidebar's choice survives the switch
    values = metrics(at)
    # Srengat's population is the SP2010 quick count, shown with its caveat (a missing
    # figure is still said: tests/views/test_profil.py, on a store without it)
    assert values["Penduduk 2010 (jiwa)"] == "61.935"
    assert "hasil olah cepat Sensus Penduduk 2010" in captions(at)  # (markdown-escaped: "\\:")
    assert values["Desa/kelurahan"] == "16"
    assert "termasuk 4 kelurahan" in captions(at)


def test_picker_without_selection_sets_the_sidebar(env: Path) -> None:
    at = AppTest.from_file(APP, default_timeout=120)
    at.switch_page(PAGE).run()
    assert not at.exception
    assert at.title[0].value == "Profil Kecamatan" and not at.metric
    at.selectbox(key="profil_pick").set_value("35.05.06").run()
    assert not at.exception
    assert at.multiselect(key="f_kecamatan").value == ["35.05.06"]
    assert at.title[0].value == "Profil Kecamatan Ponggok"
    assert at.query_params["kecamatan"] == "35.05.06"  # a link to share opens this profile
    # Ponggok has an example opportunity: the page says so and the row carries the flag
    assert "DATA CONTOH" in at.warning[0].value
    peluang = next(d.value for d in at.dataframe if "Judul" in d.value.columns)
    assert list(peluang["Data contoh"]) == ["DATA CONTOH"]
    assert list(peluang["Nilai investasi"]) == ["Rp45 miliar"]


def test_presentation_hides_the_controls_and_keeps_the_comparison(app: AppTest) -> None:
    app.toggle(key="present").set_value(True).run()
    assert not app.exception
    assert "stSidebar" in app.markdown[0].value  # sidebar hidden by the presentation style
    assert any(m.value == "## Kecamatan Panggungrejo" for m in app.markdown)
    assert app.multiselect(key="profil_compare").value == [PANGGUNGREJO, WONOTIRTO, WATES]
    assert not [b for b in app.button if b.key.startswith("profil_open_")]
    assert not [p for p in app.get("page_link")]
    app.button(key="present_next").click().run()  # the walk goes on to the next kecamatan
    assert any(m.value == "## Kecamatan Talun" for m in app.markdown)
    assert app.multiselect(key="profil_compare").value[0] == "35.05.14"


def _support_tab(at: AppTest, label: str) -> tuple[dict[str, object], list[str]]:
    """The two tables of the potentials × innovations tab (without first, as the page
    lays them out), and its bold headings."""
    tab = next(tab for tab in at.tabs if tab.label == label)
    without, supported = (d.value for d in tab.dataframe)
    tables = {"profil_dukungan_without": without, "profil_dukungan_with": supported}
    return tables, [m.value for m in tab.markdown]


def test_potentials_and_innovations_tab_lists_the_gaps(app: AppTest) -> None:
    """Issue 18.5: which of the kecamatan's potentials have an innovation behind them."""
    tables, headings = _support_tab(app, "Potensi dan inovasi")
    # Panggungrejo: its jenang and tiwul makers are served by the regency-wide UMKM
    # innovations (OVOP, 999 IKM Online); the beach, the mine and the JLS roads by none
    assert "**Belum ada inovasi (5)**" in headings and "**Didukung inovasi (1)**" in headings
    gaps = tables["profil_dukungan_without"]
    assert list(gaps.columns) == ["Sektor", "Nama"]
    assert "Pantai Serang dan konservasi penyu" in set(gaps.Nama)
    assert set(gaps.Sektor) == {"Pariwisata", "Pertambangan", "Infrastruktur"}
    supported = tables["profil_dukungan_with"].set_index("Nama")
    behind = supported.loc["Jenang dan tiwul instan", "Inovasi pendukung"]
    assert "OVOP (One Village One Product) sambang desa (sektor yang sama)" in behind
    assert "999 IKM Online" in behind
    assert "1 dari 6 potensi kecamatan ini didukung inovasi; 5 belum ada inovasi." in captions(app)


def test_a_directly_linked_innovation_is_named_so_in_english(env: Path) -> None:
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["kecamatan"] = WLINGI
    at.switch_page(PAGE).run()
    at.radio(key="lang").set_value("en").run()
    assert not at.exception
    tables, headings = _support_tab(at, "Potentials and innovations")
    supported = tables["profil_dukungan_with"].set_index("Name")
    assert list(supported.columns) == ["Sector", "Supporting innovations"]
    # the Wlingi hospital's own referral innovation names it; Biosaka serves the rice centre
    assert supported.loc["RSUD Ngudi Waluyo Wlingi", "Supporting innovations"] == (
        "Rujukan 7 penyakit besar (kanker, jantung, DM, KIA, stroke) (linked directly)"
    )
    assert supported.loc["Sentra padi", "Supporting innovations"] == "Elisitor Biosaka (same sector)"
    assert supported.loc["Sentra padi", "Sector"] == "Agriculture"
    gaps = tables["profil_dukungan_without"]
    assert "Bendungan Wlingi dan PLTA Wlingi" in set(gaps.Name)
    assert any(h.startswith("**No innovation yet (") for h in headings)
