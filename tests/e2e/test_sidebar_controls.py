"""The shared sidebar in Chromium: a page shows only the controls that act on it, a
control it hides keeps the deep link's choice for the map, and the collapsed filters
say when one is active."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.helpers import map_frame, wait_for_polygons

pytestmark = pytest.mark.e2e

SIDEBAR = '[data-testid="stSidebar"]'
NAV_LINKS = '[data-testid="stTopNavLink"]'
#: each page and a heading it draws once it has run
PAGES = {
    "peta": "Peta Potensi Kabupaten Blitar",
    "profil": "Profil Kecamatan",
    "peluang": "Peluang Investasi Kabupaten Blitar",
    "inovasi": "Inovasi Daerah",
    "analisis": "Analisis",
    "data": "Data",
    "tentang": "Tentang",
}


def settled(page, timeout: float = 90_000) -> None:
    """Wait until the run has finished (no running indicator) and the sidebar is drawn."""
    page.locator(SIDEBAR).wait_for(state="visible", timeout=timeout)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=timeout
    )
    page.wait_for_timeout(1000)


def sidebar_labels(page) -> list[str]:
    return page.locator(SIDEBAR).locator('[data-testid="stWidgetLabel"]').all_inner_texts()


def shown_value(box) -> str:
    """What a selectbox shows: its text and the value of its (searchable) input."""
    return box.evaluate(
        "el => el.innerText + ' ' + [...el.querySelectorAll('input')].map(i => i.value).join(' ')"
    )


def test_a_deep_link_opened_on_tentang_keeps_its_indicator_for_the_map(
    page, server: str, artifacts: Path
) -> None:
    page.goto(f"{server}/tentang?indikator=count_potensi&klasifikasi=natural_breaks")
    page.get_by_role("heading", name="Tentang", exact=False).first.wait_for(timeout=90_000)
    settled(page)
    page.locator(SIDEBAR).screenshot(path=str(artifacts / "sidebar-tentang-deep-link.png"))
    # nothing on tentang is coloured by an indicator: no map control, no filters
    labels = sidebar_labels(page)
    assert "Indikator" not in labels and "Klasifikasi warna" not in labels
    assert page.locator(SIDEBAR).get_by_text("Saring data").count() == 0
    assert "indikator=count_potensi" in page.url  # the link still says it
    page.locator(NAV_LINKS).filter(has_text="Peta Potensi").click()
    wait_for_polygons(page)
    legend = map_frame(page).locator(".peta-legend")
    legend.wait_for(timeout=60_000)
    settled(page)
    assert legend.inner_text().startswith("Jumlah potensi")
    assert "Indikator" in sidebar_labels(page)
    page.locator(SIDEBAR).screenshot(path=str(artifacts / "sidebar-peta-after-tentang.png"))
    assert "Jumlah potensi" in shown_value(page.locator(SIDEBAR).locator('[data-testid="stSelectbox"]').first)
    assert "indikator=count_potensi" in page.url and "klasifikasi=natural_breaks" in page.url
    page.screenshot(path=str(artifacts / "peta-after-tentang-deep-link.png"))


def test_each_page_shows_its_own_controls_and_the_active_filter_count(
    page, server: str, artifacts: Path
) -> None:
    seen = {}
    for name, heading in PAGES.items():
        page.goto(f"{server}/{'' if name == 'peta' else name}?tahun=2021&sektor=perikanan&kecamatan=35.05.05")
        page.get_by_role("heading", name=heading, exact=False).first.wait_for(timeout=90_000)
        settled(page)
        page.locator(SIDEBAR).screenshot(path=str(artifacts / f"sidebar-{name}.png"))
        seen[name] = page.locator(SIDEBAR).inner_text()
    for name in ("peta", "profil"):
        assert "Indikator" in seen[name] and "Lapisan peta" in seen[name] and "Peta dasar" in seen[name]
        assert "Saring data (2 aktif)" in seen[name]  # sector and year
    assert "Saring data (1 aktif)" in seen["inovasi"]  # the year; the sector acts on potentials only
    for name in ("peluang", "analisis", "data", "tentang"):
        assert (
            "Indikator" not in seen[name]
            and "Lapisan peta" not in seen[name]
            and "Peta dasar" not in seen[name]
        )
    assert "Saring data\n" in seen["peluang"] + "\n"  # readiness only, not set
    for name in ("analisis", "data", "tentang"):
        assert "Kecamatan" not in seen[name] and "Saring data" not in seen[name]


def test_the_filters_stay_open_while_their_label_counts_a_new_choice(
    page, server: str, artifacts: Path
) -> None:
    page.goto(server + "/?layers=-")
    wait_for_polygons(page)
    settled(page)
    sidebar = page.locator(SIDEBAR)
    sidebar.get_by_text("Saring data", exact=True).click()
    box = sidebar.locator('[data-testid="stMultiSelect"]').filter(has_text="Sektor potensi")
    box.wait_for(state="visible", timeout=10_000)
    box.click()
    page.get_by_role("option", name="Perikanan").click()
    page.keyboard.press("Escape")
    sidebar.get_by_text("Saring data (1 aktif)").wait_for(timeout=30_000)
    settled(page)
    # the relabelled expander stays open with the choice in view
    assert box.is_visible() and "Perikanan" in box.inner_text()
    assert "sektor=perikanan" in page.url
    sidebar.screenshot(path=str(artifacts / "sidebar-filter-aktif.png"))
