"""A writer killed mid-transaction must not break any page for the next visitor.

Before the one writer healed the store, a killed import left SQLite's journal
beside the store and every page showed ``pyogrio DataSourceError … readonly
database`` with server paths, until some write command happened to open it.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from potensi.testing.reliability import crash_mid_transaction, store_digest
from potensi.testing.server import serve
from tests.e2e.helpers import wait_for_polygons

PAGES = ("", "profil?kecamatan=35.05.03", "peluang", "inovasi", "analisis", "data", "tentang")
#: what must never reach a visitor's screen: a traceback, an exception box, a server path
LEAKS = re.compile(r"Traceback|DataSourceError|readonly database|/tmp/|/work/|/home/|site-packages")

pytestmark = pytest.mark.e2e


@pytest.mark.geopackage_only  # a SQLite journal left by a killed writer (PostGIS: tests/core/test_postgis.py)
def test_every_page_opens_after_a_writer_was_killed_mid_write(
    browser, seeded_store: Path, tmp_path: Path, artifacts: Path
) -> None:
    store = tmp_path / "peta.gpkg"
    shutil.copyfile(seeded_store, store)
    before = store_digest(store)
    crash_mid_transaction(store)
    assert store.with_name(store.name + "-journal").exists()
    with serve(store, tmp_path / "streamlit.log") as url:
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        tab = context.new_page()
        for path in PAGES:
            tab.goto(f"{url}/{path}")
            tab.get_by_test_id("stSidebar").wait_for(timeout=60_000)
            if not path:
                wait_for_polygons(tab)  # the map itself reads the store: it must draw
            # let the page finish drawing: its run ended (not a fixed 1.5 s, which a loaded
            # machine can outlast), then a moment for components
            tab.wait_for_timeout(300)
            tab.locator('[data-testid="stApp"][data-test-script-state="notRunning"]').wait_for(
                state="attached", timeout=60_000
            )
            tab.wait_for_timeout(500)
            text = tab.locator("body").inner_text()
            name = path.split("?")[0] or "peta"
            tab.screenshot(path=str(artifacts / f"setelah-crash-{name}.png"))
            assert tab.get_by_test_id("stException").count() == 0, name
            assert not LEAKS.search(text), (name, LEAKS.search(text))
            assert len(text.strip()) > 50, name  # the page drew content, not a blank screen
        context.close()
    assert not store.with_name(store.name + "-journal").exists()
    assert store_digest(store) == before  # healed to the last committed state
