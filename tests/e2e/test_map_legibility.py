"""Kecamatan names stay readable in the browser: no name lies under or over a marker,
a cluster or the legend, at the kabupaten view and with one kecamatan selected, and
Kota Blitar is named as the city (screenshots in ``artifacts``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.helpers import MAP_FRAME, wait_for_polygons

pytestmark = pytest.mark.e2e

LAYERS = "layers=potensi,peluang,inovasi,label"

#: every visible name's box against every marker, cluster icon and control (the legend);
#: also how many names are visible and where the legend and the selection are
OVERLAPS = """() => {
    const box = e => e.getBoundingClientRect();
    const seen = r => r.width > 0 && r.height > 0;
    const hit = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const labels = [...document.querySelectorAll('.peta-label span, .peta-city span')]
        .filter(s => getComputedStyle(s.parentElement).visibility !== 'hidden' && seen(box(s)));
    const obstacles = [...document.querySelectorAll('.marker-cluster, .peta-point, .peta-legend')]
        .filter(e => seen(box(e)));
    const overlaps = [];
    for (const l of labels) for (const o of obstacles)
        if (hit(box(l), box(o))) overlaps.push(l.textContent + ' × ' + o.className.baseVal ?? o.className);
    const selected = [...document.querySelectorAll('path.leaflet-interactive')]
        .filter(p => p.getAttribute('stroke') === '#d7301f').map(p => box(p));
    const legend = box(document.querySelector('.peta-legend'));
    return {overlaps, names: labels.map(l => l.textContent), obstacles: obstacles.length,
            selected_under_legend: selected.some(s => hit(s, legend)),
            legend_overflows: [...document.querySelectorAll('.peta-legend *')]
                .some(e => box(e).right > legend.right + 1)};
}"""


def _laid_out(page):
    """The map's frame once the points are drawn and the names laid out around them."""
    wait_for_polygons(page)
    frame = page.locator(MAP_FRAME).element_handle().content_frame()
    frame.wait_for_selector(".marker-cluster, path.peta-point", timeout=30_000)
    frame.wait_for_function(
        "() => document.querySelector('.leaflet-container').dataset.labelsPending === '0'", timeout=30_000
    )
    page.wait_for_timeout(1000)  # nothing moves any more (a late layout would set pending again)
    frame.wait_for_function(
        "() => document.querySelector('.leaflet-container').dataset.labelsPending === '0'", timeout=30_000
    )
    return frame


def test_no_name_is_covered_at_the_kabupaten_view(page, server: str, artifacts: Path) -> None:
    page.goto(f"{server}/?{LAYERS}")
    frame = _laid_out(page)
    page.screenshot(path=str(artifacts / "legibility-kabupaten.png"), full_page=True)
    result = frame.evaluate(OVERLAPS)
    assert result["obstacles"] > 10  # markers and clusters are there to be avoided
    assert result["overlaps"] == [], result
    assert "Kota Blitar" in result["names"]
    # most names find a free spot; a hidden one is the exception, not the rule
    assert len(result["names"]) >= 18, result["names"]
    assert not result["legend_overflows"]
    assert frame.locator(".peta-city").inner_text() == "Kota Blitar"
    assert frame.locator(".peta-label").count() == 22


def test_no_name_and_no_part_of_the_selection_is_covered_with_one_kecamatan(
    page, server: str, artifacts: Path
) -> None:
    page.goto(f"{server}/?kecamatan=35.05.05&{LAYERS}")  # Bakung
    page.get_by_role("heading", name="Kecamatan Bakung").wait_for(timeout=60_000)
    frame = _laid_out(page)
    page.screenshot(path=str(artifacts / "legibility-bakung.png"), full_page=True)
    result = frame.evaluate(OVERLAPS)
    assert result["overlaps"] == [], result
    assert "Bakung" in result["names"]
    assert not result["selected_under_legend"]
    assert not result["legend_overflows"]
