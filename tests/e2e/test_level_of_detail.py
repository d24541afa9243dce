"""Level of detail by zoom, in Chromium: the overview while zoomed out, the map's own
units (only those in view) from the detail zoom on. Real Blitar boundaries: kecamatan
as the overview of its 248 desa."""

from __future__ import annotations

from pathlib import Path

import pytest

from potensi.core.store import load_boundaries
from potensi.viz.assets import VENDOR_DIR
from potensi.viz.choropleth import choropleth_for
from potensi.viz.maps import build_kecamatan_map

pytestmark = pytest.mark.e2e
PATHS = "document.querySelectorAll('path.leaflet-interactive').length"
FIT = """([s, w, n, e]) => { const name = Object.keys(window).find(k => k.startsWith('map_')
             && window[k] instanceof L.Map); window[name].fitBounds([[s, w], [n, e]]); }"""


def test_desa_replace_the_kecamatan_overview_from_the_detail_zoom_on(
    browser, blitar_store: Path, artifacts: Path
) -> None:
    blitar = load_boundaries(blitar_store)
    desa = blitar.desa.assign(luas_km2=blitar.desa.to_crs(32749).area / 1e6, jumlah_desa=0)
    html = (
        build_kecamatan_map(
            desa, choropleth_for(desa, "luas", "id"), overview=blitar.kecamatan, detail_zoom=12
        )
        .get_root()
        .render()
    )
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.route(
        "**/app/static/vendor/**",
        lambda route: route.fulfill(
            path=str(VENDOR_DIR / route.request.url.split("/app/static/vendor/", 1)[1])
        ),
    )
    page.route("http://peta.test/", lambda route: route.fulfill(body=html, content_type="text/html"))
    try:
        page.goto("http://peta.test/")
        page.wait_for_function(f"{PATHS} === 22", timeout=30_000)  # the whole kabupaten: kecamatan
        page.wait_for_timeout(500)
        assert page.evaluate(PATHS) == 22
        legend = page.locator(".peta-legend").inner_text()
        assert "perbesar peta" in legend
        page.screenshot(path=str(artifacts / "lod-kabupaten.png"))

        doko = blitar.kecamatan[blitar.kecamatan.nama == "Doko"]
        minx, miny, maxx, maxy = doko.total_bounds
        page.evaluate(FIT, [miny, minx, maxy, maxx])
        in_doko = int((blitar.desa.kode_kec == doko.kode.iloc[0]).sum())
        page.wait_for_function(f"{PATHS} >= {in_doko}", timeout=30_000)
        page.wait_for_timeout(500)
        drawn = page.evaluate(PATHS)
        # desa only, and only around the view: not all 248, and no kecamatan left
        assert in_doko <= drawn < len(blitar.desa)
        page.screenshot(path=str(artifacts / "lod-doko-desa.png"))

        minx, miny, maxx, maxy = blitar.kecamatan.total_bounds
        page.evaluate(FIT, [miny, minx, maxy, maxx])
        page.wait_for_function(f"{PATHS} === 22", timeout=30_000)
    finally:
        page.close()
