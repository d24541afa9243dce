"""Reusable steps of the browser tests: the map page, a private server, a settled page."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from potensi.testing import stores
from potensi.testing.server import ServerFailed, serve

MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'
POLYGONS = "path.leaflet-interactive"


def map_frame(page):
    """The folium map's iframe (streamlit-folium component)."""
    return page.frame_locator(MAP_FRAME)


def wait_for_polygons(page, timeout: float = 60_000):
    """Wait until Leaflet has drawn vector shapes; return their locator."""
    polygons = map_frame(page).locator(POLYGONS)
    polygons.first.wait_for(state="attached", timeout=timeout)
    return polygons


@contextmanager
def private_server(e2e_store: Path, folder: Path) -> Iterator[tuple[str, Path, Path]]:
    """(base URL, store, server log) of a dashboard on a private copy of the e2e store.

    For the tests that write (imports, saves, accounts): their changes reach no other
    test's data, and the log can be read whole at the end.
    """
    store = stores.clone_store(e2e_store, folder)
    log = folder / "streamlit.log"
    try:
        with serve(store, log) as url:
            yield url, store, log
    except ServerFailed as exc:
        pytest.fail(str(exc))


def settled(page, pause_ms: float = 1000, timeout: float = 90_000) -> None:
    """Wait until the page is routed (top navigation) and Streamlit's run has finished."""
    page.locator('[data-testid="stTopNav"]').wait_for(state="visible", timeout=timeout)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=timeout
    )
    page.wait_for_timeout(pause_ms)


def sign_in(page, name: str, password: str) -> None:
    """Sign in through the sidebar's *Masuk petugas* form, as an official does, and wait
    until the sidebar says who is signed in and the rerun has ended."""
    sidebar = page.get_by_test_id("stSidebar")
    if not sidebar.get_by_label("Nama akun").is_visible():  # a page may have opened the form already
        sidebar.get_by_text("Masuk petugas").click()
    sidebar.get_by_label("Nama akun").fill(name)
    sidebar.get_by_label("Kata sandi").fill(password)
    sidebar.get_by_role("button", name="Masuk", exact=True).click()
    sidebar.get_by_text("Masuk sebagai").wait_for(timeout=30_000)
    settled(page)
