"""The Peluang Investasi page through AppTest: cards, sorting, filters, detail, English."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from potensi.core.config import REPO_ROOT
from potensi.data.importer import import_file
from potensi.data.seed import SEED_DIR
from potensi.testing import stores

APP = str(REPO_ROOT / "dashboard.py")
PAGE = "pages/peluang.py"
XSS = "<img src=x onerror=alert(1)>"


def open_page(store: Path, monkeypatch: pytest.MonkeyPatch, **query: str) -> AppTest:
    monkeypatch.setenv("PETA_STORE", str(store))
    app = AppTest.from_file(APP, default_timeout=120)
    app.query_params.update(query)
    app.run()
    app.switch_page(PAGE).run()
    assert not app.exception
    return app


@pytest.fixture()
def app(seeded_store: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    return open_page(seeded_store, monkeypatch)


def cards(app: AppTest) -> list[str]:
    return [m.value for m in app.markdown if 'class="peluang-card"' in m.value]


def card_ids(app: AppTest) -> list[str]:
    return [re.search(r'data-id="([^"]+)"', c).group(1) for c in cards(app)]


def test_catalogue_shows_the_four_examples_flagged(app: AppTest) -> None:
    assert app.title[0].value == "Peluang Investasi Kabupaten Blitar"
    shown = cards(app)
    assert len(shown) == 4
    assert all("DATA CONTOH" in c for c in shown)
    assert len(app.warning) == 1 and "4 dari 4 peluang adalah DATA CONTOH" in app.warning[0].value
    text = " ".join(shown)
    for expected in (
        "Rp45 miliar",
        "Rp9,5 miliar",
        "Rp3,1 miliar @ 11%",
        "16,5%",
        "5,8 tahun",
        "2,5 ha · Hak milik",
        "Pra-studi kelayakan",
        "DPMPTSP Kabupaten Blitar",
        "6/10 data kunci tersedia",
        "Diperbarui 28 November 2026",
        "Kec. Ponggok",
    ):
        assert expected in text, expected
    # default order: most ready first (IPRO, pre-FS, prospektif, identifikasi)
    assert card_ids(app) == ["PI-CONTOH-03", "PI-CONTOH-01", "PI-CONTOH-02", "PI-CONTOH-04"]


def test_a_card_whose_facts_contradict_its_readiness_says_so(app: AppTest) -> None:
    """Issue 13.9: *IPRO siap ditawarkan* on the card, *Status publikasi: Draf*,
    clean-and-clear missing and RTRW *Perlu KKPR* in its detail."""
    by_id = dict(zip(card_ids(app), cards(app), strict=True))
    ipro = by_id["PI-CONTOH-03"]
    assert 'class="peluang-readiness-conflict"' in ipro
    assert "⚠ IPRO siap ditawarkan (tidak sesuai data)" in ipro
    assert (
        "Kesiapan tertulis: IPRO siap ditawarkan — tidak sesuai dengan data kartu ini: "
        "status publikasi: Draf; clear and clean: belum tersedia; RTRW: Perlu KKPR; "
        "dokumen studi: belum tersedia. Yang didukung data: Pra-studi kelayakan."
    ) in ipro
    assert not any("peluang-readiness-conflict" in by_id[p] for p in by_id if p != "PI-CONTOH-03")
    # the detail view tells the same: its heading repeats the conflict beside the fields
    app.selectbox(key="peluang_detail").set_value("PI-CONTOH-03").run()
    assert not app.exception
    heading = next(m.value for m in app.markdown if 'class="peluang-detail"' in m.value)
    assert 'class="peluang-readiness-conflict"' in heading
    values = dict(zip(app.table[0].value.index, app.table[0].value.iloc[:, 0], strict=True))
    assert values["Status publikasi"] == "Draf" and values["Kesesuaian RTRW"] == "Perlu KKPR"


def test_sorting_by_irr_puts_the_highest_first(app: AppTest) -> None:
    app.selectbox(key="peluang_sort").set_value("irr").run()
    assert not app.exception
    assert card_ids(app) == ["PI-CONTOH-01", "PI-CONTOH-02", "PI-CONTOH-03", "PI-CONTOH-04"]
    assert "16,5%" in cards(app)[0]
    app.selectbox(key="peluang_sort").set_value("kelengkapan").run()
    assert card_ids(app)[-1] == "PI-CONTOH-04"  # 5/10, the least complete


def test_sidebar_readiness_and_page_sector_filters_narrow_the_cards(app: AppTest) -> None:
    app.multiselect(key="f_kesiapan").set_value(["pre_fs", "prospektif"]).run()
    assert not app.exception
    assert sorted(card_ids(app)) == ["PI-CONTOH-01", "PI-CONTOH-02"]
    assert any("Menampilkan 2 dari 4 peluang" in c.value for c in app.caption)
    app.multiselect(key="peluang_sektor").set_value(["perikanan"]).run()
    assert card_ids(app) == ["PI-CONTOH-02"]
    app.multiselect(key="f_kesiapan").set_value(["terealisasi"]).run()
    assert cards(app) == [] and "Tidak ada peluang" in app.info[0].value


def test_sidebar_kecamatan_filter_applies(app: AppTest) -> None:
    app.multiselect(key="f_kecamatan").set_value(["35.05.09"]).run()  # Nglegok
    assert card_ids(app) == ["PI-CONTOH-02"]


def test_detail_view_shows_every_field_documents_and_map(app: AppTest) -> None:
    app.selectbox(key="peluang_detail").set_value("PI-CONTOH-02").run()
    assert not app.exception
    table = app.table[0].value
    values = dict(zip(table.index, table.iloc[:, 0], strict=True))
    assert values["ID peluang"] == "PI-CONTOH-02"
    assert values["Kecamatan"] == "Nglegok (35.05.09)"
    assert values["NPV"].startswith("Rp4,2 miliar @ 12%")
    assert values["Status lahan"] == "Tanah kas desa"
    assert values["Data contoh"].startswith("Ya — DATA CONTOH")
    assert len(values) == 38
    assert any("Belum ada dokumen" in c.value for c in app.caption)
    assert any("Kecamatan Nglegok" in c.value for c in app.caption)  # map caption
    assert app.query_params["peluang"] == "PI-CONTOH-02"
    app.button(key="peluang_close").click().run()
    assert app.selectbox(key="peluang_detail").value is None and len(app.table) == 0


def test_card_button_opens_the_detail(app: AppTest) -> None:
    app.button(key="peluang_open_PI-CONTOH-04").click().run()
    assert not app.exception
    assert app.selectbox(key="peluang_detail").value == "PI-CONTOH-04"
    assert "PI-CONTOH-04" in list(app.table[0].value.iloc[:, 0])


def test_a_link_opens_the_named_opportunity(seeded_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = open_page(seeded_store, monkeypatch, peluang="PI-CONTOH-03", lang="en")
    assert app.selectbox(key="peluang_detail").value == "PI-CONTOH-03"
    values = app.table[0].value.iloc[:, 0]
    assert "Beach villas and visitor facilities at Tambakrejo Beach" in list(values)


def test_english(app: AppTest) -> None:
    app.radio(key="lang").set_value("en").run()
    assert not app.exception
    assert app.title[0].value == "Investment Opportunities in Blitar Regency"
    text = " ".join(cards(app))
    assert text.count("EXAMPLE DATA") == 4 and "DATA CONTOH" not in text
    for expected in (
        "Egg powder and processed egg plant",
        "IDR 45 billion",
        "IDR 12.4 billion @ 12%",
        "16.5%",
        "5.8 years",
        "Pre-feasibility",
        "6/10 key facts available",
        "Updated 28 November 2026",
        "Ponggok district",
        "Agro-industry",
    ):
        assert expected in text, expected
    app.selectbox(key="peluang_detail").set_value("PI-CONTOH-01").run()
    table = app.table[0].value
    assert table.columns[0] == "Value" and "Investment value (IDR)" in table.index
    assert app.selectbox(key="peluang_sort").options[0] == "Readiness (most ready first)"


def test_presentation_mode_enlarges_cards_and_can_be_left(app: AppTest) -> None:
    app.toggle(key="present").set_value(True).run()
    assert not app.exception
    shown = cards(app)
    assert len(shown) == 4 and all("font-size:1.2rem" in c for c in shown)
    app.button(key="present_exit").click().run()
    assert app.toggle(key="present").value is False
    assert all("font-size:0.95rem" in c for c in cards(app))


def test_a_malicious_title_shows_as_text(
    seeded_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = stores.clone_store(seeded_store, tmp_path)
    rows = pd.read_csv(SEED_DIR / "peluang_investasi.csv", dtype=str)
    rows.loc[0, ["judul_id", "alamat"]] = XSS
    source = tmp_path / "peluang_investasi.csv"
    rows.to_csv(source, index=False)
    import_file("peluang_investasi", source, store=store, replace=True)  # the title changed on purpose
    app = open_page(store, monkeypatch)
    evil = next(c for c in cards(app) if 'data-id="PI-CONTOH-01"' in c)
    assert "<img" not in evil and "&lt;img src=x onerror=alert(1)&gt;" in evil
    app.selectbox(key="peluang_detail").set_value("PI-CONTOH-01").run()
    assert not app.exception
    heading = next(m.value for m in app.markdown if 'class="peluang-detail"' in m.value)
    assert "<img" not in heading and "&lt;img" in heading
    assert XSS in list(app.table[0].value.iloc[:, 0])  # a table cell is plain text


def test_an_anonymous_visitor_sees_site_facts_and_finds_sites(
    seeded_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a zoning, a hazard and a road layer are imported (issue #16): the cards say the
    zone, hazard and distance with their sources, the forest opportunity is flagged, and
    *Cari lokasi* (no sign-in; it writes nothing) finds exactly the expected sites."""

    from potensi.overlays.layers import OverlayMeta, import_overlay
    from potensi.testing import overlays as gen

    zona, jalan = tmp_path / "zona.geojson", tmp_path / "jalan.geojson"
    gen.zoning(seeded_copy).to_file(zona, driver="GeoJSON")
    gen.roads().to_file(jalan, driver="GeoJSON")
    import_overlay(zona, OverlayMeta("RTRW Uji 2021", "zonasi", "Bappeda", 2021), "uji", seeded_copy)
    banjir = gen.zipped_shapefile(gen.hazard(), tmp_path / "banjir.zip")
    flood = import_overlay(
        banjir, OverlayMeta("Rawan Banjir Uji", "rawan_bencana", "BPBD", 2023), "uji", seeded_copy
    )
    road = import_overlay(
        jalan, OverlayMeta("Jalan Uji", "jaringan", "DPUPR", 2022, kolom="FUNGSI"), "uji", seeded_copy
    )
    before = stores.content_digest(seeded_copy)

    app = open_page(seeded_copy, monkeypatch)
    shown = dict(zip(card_ids(app), cards(app), strict=True))
    assert "Zona RTRW Uji 2021: Kawasan Peruntukan Industri (Sumber: Bappeda, 2021)" in shown["PI-CONTOH-01"]
    assert (
        "peluang-zone-conflict" in shown["PI-CONTOH-04"] and "Kawasan Hutan Lindung" in shown["PI-CONTOH-04"]
    )
    assert "peluang-zone-conflict" not in shown["PI-CONTOH-01"]

    app.multiselect(key="cari_zona").set_value(["Kawasan Peruntukan Industri"])
    app.multiselect(key="cari_bahaya").set_value([flood.lapisan_id])
    app.selectbox(key="cari_jaringan").set_value(road.lapisan_id)
    app.number_input(key="cari_km").set_value(2.0).run()
    assert not app.exception
    assert any(c.value == "2 lokasi ditemukan" for c in app.caption)
    found = app.dataframe[-1].value
    assert sorted(found["ID"]) == ["PI-CONTOH-01", "POT-0026"]
    assert stores.content_digest(seeded_copy) == before
