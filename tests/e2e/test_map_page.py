"""What a person sees in Chromium, with no internet: the map, a click, a filter."""

from __future__ import annotations

from pathlib import Path

import pytest

from potensi.store import load_layer
from tests.e2e.helpers import map_frame, wait_for_polygons

pytestmark = pytest.mark.e2e


def test_browser_draws_22_kecamatan_from_the_dashboard_alone(page, server: str, artifacts: Path) -> None:
    page.goto(server)
    polygons = wait_for_polygons(page)
    page.wait_for_timeout(500)
    assert polygons.count() == 22
    assert map_frame(page).locator(".peta-legend").inner_text().startswith("Luas wilayah")
    page.screenshot(path=str(artifacts / "peta-kabupaten.png"), full_page=True)
    assert page.requested_hosts == {server.split("/")[2]}


def test_click_on_a_kecamatan_zooms_to_it_and_shows_its_desa(page, server: str, blitar_store: Path,
                                                            artifacts: Path) -> None:
    desa = load_layer("desa", blitar_store)
    page.goto(server)
    polygons = wait_for_polygons(page)
    page.wait_for_timeout(500)
    polygons.nth(4).click(force=True)  # features are in code order: 35.05.05 Bakung
    page.get_by_role("heading", name="Kecamatan Bakung").wait_for(timeout=30_000)
    expected = 22 + int((desa.kode_kec == "35.05.05").sum())
    page.wait_for_function(
        """([sel, n]) => { const f = document.querySelector(sel);
            return f && f.contentDocument &&
                   f.contentDocument.querySelectorAll('path.leaflet-interactive').length === n; }""",
        arg=['iframe[title="streamlit_folium.st_folium"]', expected], timeout=30_000)
    page.wait_for_timeout(800)
    page.screenshot(path=str(artifacts / "peta-klik-bakung.png"), full_page=True)
    assert page.requested_hosts == {server.split("/")[2]}


def test_filter_in_sidebar_selects_the_same_way(page, server: str, artifacts: Path) -> None:
    page.goto(server)
    wait_for_polygons(page)
    box = page.get_by_test_id("stSelectbox").filter(has_text="Kecamatan")
    box.locator("input").click()
    page.get_by_role("option", name="Wlingi (35.05.17)").click()
    page.get_by_role("heading", name="Kecamatan Wlingi").wait_for(timeout=30_000)
    page.get_by_test_id("stDataFrame").wait_for(timeout=30_000)  # its desa are listed
    page.wait_for_timeout(1500)
    page.screenshot(path=str(artifacts / "peta-filter-wlingi.png"), full_page=True)
