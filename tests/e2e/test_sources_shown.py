"""Sources a reader can trust, in Chromium: no page shows a mirror's host or a file path.

The seed's facts were read on mirrors (a Wikipedia proxy, ``wiki.inamatrix.xyz``,
``adoc.pub``, Scribd, flipbook hosts) and noted in the project's own files
(``potensi_facts.csv``, ``BLITAR_FACTS.md``). A reader must see who published what and
when, with the link behind it, never those hosts or file names. The visit opens every
page in both languages (the map with every layer, a kecamatan and its popups; the
profile of a kecamatan whose figures come from mirrors; an opportunity; the
innovations; every analysis method; every data layer; the about page) and searches
the text of every frame (the map's iframe included), link texts and the data grids'
cells.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from potensi.core.config import REPO_ROOT
from potensi.testing import xss

pytestmark = pytest.mark.e2e

#: Wonotirto: its area, population and desa count were read on four different mirrors
KECAMATAN = "35.05.08"
MAP_QUERY = "layers=potensi,peluang,inovasi,desa,label&indikator=ind:penduduk"
MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'
#: the proxy and mirror hosts the seed's sources were read on (never the publisher)
MIRROR_HOSTS = (
    "fanyv88",
    "inamatrix",
    "adoc.pub",
    "scribd",
    "flipbuilder",
    "anyflip",
    "wikiwand",
    "wiki-indonesia",
    "kampuspedia",
    "pwojczyn",
)
#: the project's own files: the seed's CSVs by name, the reference notes, scripts, paths.
#: (An official's uploaded file keeps its own name in the import history: that is theirs.)
SEED_FILES = sorted(p.name for p in (REPO_ROOT / "data" / "seed").rglob("*.csv"))
INTERNAL_PATH = re.compile(
    r"(shared/|/work/|reference/|data/seed|scripts/|_facts\b|BLITAR_FACTS|[\w-]+\.(?:md|gpkg|py)\b"
    + "".join(rf"|(?<![\w-]){re.escape(name)}" for name in SEED_FILES)
    + ")",
    re.IGNORECASE,
)


#: the cells the data grid keeps in the DOM for screen readers (its canvas is not text)
GRID_CELLS = """() => Array.from(document.querySelectorAll('[data-testid="stDataFrame"] td'))
  .map(c => c.textContent)"""
_WHOLE_URL = re.compile(r"https?://\S+")


def grid_text(cells: list[str]) -> str:
    """The grid's cells as text, leaving out link cells' targets.

    The grid keeps a link cell's URL (the link *behind* its label) as the cell's
    accessible text, while the canvas draws the label (a Styler display value); the
    targets may be mirrors, so they are left out here, and every other cell counts.
    Each label is checked in ``tests/app/test_safe_tables.py``.
    """
    return "\n".join(c for c in cells if not _WHOLE_URL.fullmatch(c.strip()))


def offending(text: str) -> list[str]:
    """The mirror hosts and internal paths in ``text``, each with a little context."""
    found = []
    low = text.lower()
    for host in MIRROR_HOSTS:
        for m in re.finditer(re.escape(host), low):
            found.append(text[max(0, m.start() - 40) : m.end() + 40].replace("\n", " "))
    for m in INTERNAL_PATH.finditer(text):
        found.append(text[max(0, m.start() - 40) : m.end() + 40].replace("\n", " "))
    return found


class _Reader:
    """One browser tab on the dashboard, keeping what each view shows."""

    def __init__(self, browser, url: str, artifacts: Path) -> None:
        self.url, self.artifacts = url, artifacts
        self.context = browser.new_context(viewport={"width": 1400, "height": 1000})
        self.tab = self.context.new_page()
        self.shown: dict[str, str] = {}

    def goto(self, path: str) -> None:
        self.tab.goto(f"{self.url}/{path}")
        self.settle()

    def settle(self) -> None:
        self.tab.get_by_test_id("stSidebar").wait_for(timeout=60_000)
        self.tab.wait_for_timeout(300)
        self.tab.locator('[data-testid="stApp"][data-test-script-state="notRunning"]').wait_for(
            state="attached", timeout=60_000
        )
        self.tab.wait_for_timeout(700)

    def texts(self) -> list[str]:
        """Every frame's text, link texts and link titles, and the data grids' cells."""
        out = []
        for frame in self.tab.frames:
            try:
                out.append(frame.evaluate("() => document.body ? document.body.innerText : ''"))
                out.append(
                    frame.evaluate(
                        "() => Array.from(document.querySelectorAll('a'))"
                        ".map(a => (a.textContent || '') + ' ' + (a.title || '')).join('\\n')"
                    )
                )
            except Exception:  # noqa: BLE001 - a frame detached while being read
                continue
        if self.tab.get_by_test_id("stDataFrame").count():
            out.append(grid_text(self.tab.evaluate(GRID_CELLS)))
            for i in range(30):
                more = self.tab.evaluate(xss._GRID_SCROLL, i)
                self.tab.wait_for_timeout(250)
                out.append(grid_text(self.tab.evaluate(GRID_CELLS)))
                if not more:
                    break
        return out

    def done(self, view: str, extra: list[str] | None = None) -> None:
        closed = self.tab.get_by_test_id("stMain").locator("details:not([open]) > summary")
        for _ in range(closed.count()):
            closed.first.click()
            self.tab.wait_for_timeout(100)
        self.shown[view] = "\n".join((extra or []) + self.texts())
        self.tab.screenshot(path=str(self.artifacts / f"sources-{view}.png"), full_page=True)


def _visit(reader: _Reader, lang: str) -> None:
    tab = reader.tab
    reader.goto(f"?lang={lang}&{MAP_QUERY}")
    frame = tab.frame_locator(MAP_FRAME)
    frame.locator("path.leaflet-interactive").first.wait_for(state="attached", timeout=60_000)
    tab.wait_for_timeout(800)
    reader.done(f"{lang}-peta")

    reader.goto(f"?lang={lang}&{MAP_QUERY}&kecamatan={KECAMATAN}")
    frame.locator("path.peta-point").first.wait_for(state="attached", timeout=60_000)
    tab.wait_for_timeout(1000)
    popups = []
    points = frame.locator("path.peta-point")
    for i in range(min(points.count(), 8)):
        points.nth(i).click(force=True)
        try:
            frame.locator(".leaflet-popup-content").first.wait_for(timeout=5_000)
        except Exception:  # noqa: BLE001 - a point hidden under another: the next one
            continue
        tab.wait_for_timeout(200)
        popups.extend(reader.texts())
    reader.done(f"{lang}-peta-kecamatan", popups)

    reader.goto(f"profil?kecamatan={KECAMATAN}&lang={lang}&{MAP_QUERY}")
    reader.done(f"{lang}-profil")

    reader.goto(f"peluang?lang={lang}")
    reader.done(f"{lang}-peluang")
    reader.goto(f"peluang?lang={lang}&peluang=PI-CONTOH-01")
    tab.locator(".peluang-detail").wait_for(timeout=30_000)
    reader.done(f"{lang}-peluang-rincian")

    reader.goto(f"inovasi?lang={lang}")
    reader.done(f"{lang}-inovasi")

    xss.methods_layers_and_about(reader, tab, lang)


def test_no_page_shows_a_mirror_host_or_an_internal_path(browser, server: str, artifacts: Path) -> None:
    reader = _Reader(browser, server, artifacts)
    try:
        for lang in ("id", "en"):
            _visit(reader, lang)
    finally:
        reader.context.close()

    assert len(reader.shown) >= 30, sorted(reader.shown)
    found = {view: offending(text) for view, text in reader.shown.items()}
    (artifacts / "sources-offending.txt").write_text(
        "\n".join(f"{v}: {h}" for v, hits in found.items() for h in dict.fromkeys(hits)), encoding="utf-8"
    )
    assert {view: hits for view, hits in found.items() if hits} == {}
    # the sources are still there, named by their publisher
    assert "Wikipedia" in reader.shown["id-profil"]
    assert "Wikipedia" in reader.shown["en-profil"]
