"""English mode, in Chromium: no Indonesian left on any page, in any analysis method.

An investor who switches to English reads every page: headings, sidebar, tables,
chart labels and the map legend inside the folium iframe. The test walks every page,
every Analisis method and sector sub-method, a selected kecamatan and an opportunity's
detail view, reads all of that text and looks for Indonesian words in it (the word
lists and the allowed names: tests/indonesian.py). Whole tables, beyond the rows a
grid has drawn, are checked by tests/app/test_english_tables.py.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from potensi.i18n import CATALOGUE
from tests import indonesian
from tests.e2e.helpers import map_frame
from ui.analisis import available
from ui.analisis.sektor import SUBMETHODS
from ui.router import PAGES

pytestmark = pytest.mark.e2e

#: everything a person can read: the page with its expanders opened, tables (the data
#: grid's accessible DOM, which holds the cells its canvas draws), chart SVG text and
#: every same-origin iframe (the folium map with its legend, HTML components)
READ_ALL = """() => {
  const parts = [];
  const read = (doc) => {
    doc.querySelectorAll('details').forEach(d => d.open = true);
    parts.push(doc.body ? doc.body.innerText : '');
    doc.querySelectorAll('[data-testid="stDataFrame"] [role="columnheader"], '
                        + '[data-testid="stDataFrame"] [role="gridcell"], '
                        + '[data-testid="stDataFrame"] th, [data-testid="stDataFrame"] td')
       .forEach(c => parts.push(c.textContent));
    doc.querySelectorAll('svg text').forEach(s => parts.push(s.textContent));
    doc.querySelectorAll('iframe').forEach(f => {
      try { if (f.contentDocument) read(f.contentDocument); } catch (e) {}
    });
  };
  read(document);
  return parts.join('\\n');
}"""
#: the Data page's grid shows the store's rows exactly as stored and downloaded (the
#: upload template's field names, indikator keys, units and notes as an official typed
#: them): data, not interface, so its cells are left out of the check
DATA_GRID_HIDDEN = """() => document.querySelectorAll('[data-testid="stDataFrame"]')
  .forEach(g => g.remove())"""


@pytest.fixture(scope="module")
def detector(e2e_store: Path) -> Callable[[str], list[str]]:
    """Indonesian words of a text (see tests/indonesian.py)."""
    return indonesian.detector(e2e_store)


def _settled(page, timeout: float = 90_000) -> None:
    page.locator('[data-testid="stTopNav"]').wait_for(state="visible", timeout=timeout)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=timeout
    )
    page.wait_for_timeout(1000)  # _stable_text then waits until two reads a second apart agree


def _stable_text(page, tries: int = 30) -> str:
    """The page's whole text once a rerun has finished drawing: two reads a second apart
    agree (a click's rerun first shows the previous method's elements, then replaces them)."""
    before = page.evaluate(READ_ALL)
    for _ in range(tries):
        page.wait_for_timeout(1000)
        now = page.evaluate(READ_ALL)
        if now == before and page.get_by_test_id("stStatusWidget").count() == 0:
            return now
        before = now
    return before


def _views(page, server: str) -> Iterator[str]:
    """Every page in English, then every analysis method and sub-method; yields a name."""
    query = "lang=en&layers=potensi,peluang,inovasi,desa,label"
    for name, _, _ in PAGES:
        page.goto(f"{server}/{name}?{query}")
        _settled(page)
        if name == "peta":
            map_frame(page).locator(".peta-legend").wait_for(timeout=60_000)
            page.get_by_test_id("stSidebar").get_by_text("Filter data").click()
        if name == "data":
            page.evaluate(DATA_GRID_HIDDEN)
        yield name  # the Analisis page opens on its first method
        if name == "analisis":
            for method in available()[1:]:
                label = CATALOGUE[f"analisis_metode_{method}"]["en"]
                page.locator("button", has_text=label).first.click()
                _settled(page)
                if method == "sektor":
                    for sub in SUBMETHODS:
                        sub_label = CATALOGUE[f"an_sek_sub_{sub}"]["en"]
                        page.locator(".st-key-an_sek_metode").get_by_text(sub_label, exact=True).click()
                        _settled(page)
                        yield f"analisis-{method}-{sub}"
                else:
                    yield f"analisis-{method}"
    # a kecamatan chosen (its desa, lists, legend, comparison) and an opportunity's detail view
    for name, extra in (
        ("profil", "kecamatan=35.05.05"),
        ("peta", "kecamatan=35.05.05"),
        ("peluang", "peluang=PI-CONTOH-01"),
    ):
        page.goto(f"{server}/{name}?{query}&{extra}")
        _settled(page)
        yield f"{name}-{extra.split('=')[1]}"


@pytest.mark.slow  # ~70 s; every table and text is checked in CI by tests/app/test_english_tables.py
def test_english_mode_leaves_no_indonesian_on_any_page_or_method(
    page, server: str, detector, artifacts: Path
) -> None:
    left: dict[str, list[str]] = {}
    dump = []
    for view in _views(page, server):
        text = _stable_text(page)
        dump.append(f"===== {view}\n{text}")
        page.screenshot(path=str(artifacts / f"english-{view}.png"), full_page=True)
        if found := detector(text):
            left[view] = found
    (artifacts / "english-text.txt").write_text("\n".join(dump), encoding="utf-8")
    (artifacts / "english-left.json").write_text(json.dumps(left, indent=1, ensure_ascii=False), "utf-8")
    assert left == {}


def test_sidebar_chips_show_their_whole_label_in_english(page, server: str, artifacts: Path) -> None:
    """A chosen layer reads "Investment opportunities", not "Investment opport…"."""
    page.goto(f"{server}/?lang=en&layers=potensi,peluang,inovasi,desa,label&kecamatan=35.05.05")
    _settled(page)
    chips = page.get_by_test_id("stSidebar").locator("[data-tag]")
    chips.nth(5).wait_for(timeout=30_000)
    assert chips.count() == 6  # one kecamatan, five layers
    page.get_by_test_id("stSidebar").screenshot(path=str(artifacts / "english-sidebar-chips.png"))
    cut = chips.evaluate_all(
        """tags => tags.flatMap(tag => [...tag.querySelectorAll('*')]
             .filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.textContent))"""
    )
    assert cut == []
    texts = chips.all_inner_texts()
    assert "Investment opportunities" in texts and not any(text.endswith("…") for text in texts)
