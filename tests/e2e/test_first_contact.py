"""What a first-time official trips over, in Chromium: a deep link on a freshly
started server, ``/peta``, and leaving presentation mode on every page."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect

from potensi.testing.server import serve
from ui.router import ADMIN_PAGES, PAGES, SIGNED_IN_ONLY

pytestmark = pytest.mark.e2e

NAV = '[data-testid="stTopNav"]'
NAV_LINKS = '[data-testid="stTopNavLink"]'
NOT_FOUND = "text=Page not found"
#: deep links as an official shares them, each the first request of a server of its own
#: (~7 s each): the map by its own name and an analysis in Indonesian, a kecamatan's
#: profile in English. Every page hands over the same way (ui.page.start first thing,
#: before it draws): that the others do too is checked without a browser, in
#: tests/test_architecture.py
DEEP_LINKS = ["/peta", "/analisis", "/profil?kecamatan=35.05.05&lang=en"]
#: the links a visitor's navigation shows (the admin page is in an admin's only)
VISITOR_LINKS = len([name for name, _, _ in PAGES if name not in ADMIN_PAGES | SIGNED_IN_ONLY])


def _settled(page, timeout: float = 90_000) -> None:
    """Wait until the app has drawn its navigation and finished running."""
    page.locator(NAV).wait_for(state="visible", timeout=timeout)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=timeout
    )
    page.wait_for_timeout(1000)


def _assert_routed(page) -> None:
    assert page.locator(NAV_LINKS).count() == VISITOR_LINKS
    assert page.locator(NOT_FOUND).count() == 0


@pytest.mark.parametrize("link", DEEP_LINKS)
def test_deep_link_on_a_fresh_server_has_navigation_for_every_session(
    browser, e2e_store: Path, tmp_path: Path, artifacts: Path, link: str
) -> None:
    with serve(e2e_store, tmp_path / "streamlit.log") as url:  # nobody has opened / yet
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        try:
            first = context.new_page()
            first.goto(url + link)
            _settled(first)
            name = link.strip("/").replace("?", "-").replace("&", "-").replace("=", "-")
            first.screenshot(path=str(artifacts / f"deep-link-{name}.png"))
            _assert_routed(first)
            # a later session, on another page, gets the router too
            later = context.new_page()
            later.goto(url + "/tentang")
            _settled(later)
            _assert_routed(later)
        finally:
            context.close()


@pytest.mark.parametrize("query", ["", "?lang=en", "?present=1", "?kecamatan=35.05.05&lang=en"])
def test_peta_by_its_name_opens_the_map_without_a_dialog(
    page, server: str, artifacts: Path, query: str
) -> None:
    page.goto(server + "/peta" + query)
    _settled(page)
    page.frame_locator('iframe[title="streamlit_folium.st_folium"]').locator(
        "path.leaflet-interactive"
    ).first.wait_for(state="attached", timeout=60_000)
    assert page.locator(NOT_FOUND).count() == 0
    # sent to the main page, keeping the view
    assert page.url.split("?")[0].rstrip("/") == server
    if query:
        assert query.lstrip("?").split("&")[0] in page.url
    page.screenshot(path=str(artifacts / f"peta-alias{query.replace('?', '-').replace('&', '-')}.png"))


def test_presentation_mode_walks_every_page_and_leaves_by_the_exit_button(
    page, server: str, artifacts: Path
) -> None:
    exit_button = page.get_by_role("button", name="Keluar")
    for name, _, _ in PAGES:
        page.goto(f"{server}/{name}?present=1")
        _settled(page)
        exit_button.wait_for(state="visible", timeout=60_000)
        assert not page.locator('[data-testid="stSidebar"]').is_visible()
        # the presenter moves between pages by the top navigation: it must stay drawn
        assert page.locator(NAV).is_visible()
        assert page.locator(NAV_LINKS).count() == VISITOR_LINKS
        assert page.get_by_role("button", name="Simpan sebagai indikator peta").count() == 0
        if name in ("peta", "profil"):
            step = page.locator(".st-key-present_next button")
            position = page.get_by_text(re.compile(r"Kecamatan \d+ dari 22"))
            for _ in range(3):  # a click that lands while the fragment redraws is dropped: press again
                step.wait_for(state="visible", timeout=60_000)
                step.click()
                try:
                    position.first.wait_for(timeout=20_000)
                    break
                except PlaywrightTimeout:
                    continue
            position.first.wait_for(timeout=20_000)  # the walk shows where it is
        page.screenshot(path=str(artifacts / f"presentasi-{name}.png"))
        exit_button.click()
        page.locator('[data-testid="stSidebar"]').wait_for(state="visible", timeout=30_000)
        # the rerun swaps the sidebar's CSS first and drops the stale button when it ends
        expect(exit_button).to_have_count(0, timeout=30_000)
        assert "present=1" not in page.url
        assert page.locator(NOT_FOUND).count() == 0
