"""Thematic layers in Chromium: an overlay is off at first, switched on in the map's
layer control it draws its features and its legend (classes, source and year),
with nothing fetched from outside the dashboard."""

from __future__ import annotations

from pathlib import Path

import pytest

from potensi.core.store import load_boundaries
from potensi.overlays.layers import OverlayMeta, import_overlay, load_displays
from potensi.testing import overlays as gen
from potensi.viz.assets import VENDOR_DIR
from potensi.viz.choropleth import choropleth_for
from potensi.viz.maps import build_kecamatan_map

pytestmark = pytest.mark.e2e
PATHS = "document.querySelectorAll('path.leaflet-interactive').length"


def test_an_overlay_is_switched_on_in_the_layer_control_with_its_legend(
    browser, seeded_copy: Path, tmp_path: Path, artifacts: Path
) -> None:
    zona = tmp_path / "zona.geojson"
    gen.zoning(seeded_copy).to_file(zona, driver="GeoJSON")
    meta = OverlayMeta("RTRW Uji 2021", "zonasi", "Bappeda, Perda RTRW", 2021, "CC BY 4.0", "POLA_RUANG")
    import_overlay(zona, meta, "uji", seeded_copy)
    import_overlay(
        gen.zipped_shapefile(gen.hazard(), tmp_path / "banjir.zip"),
        OverlayMeta("Rawan Banjir Uji", "rawan_bencana", "BPBD", 2023),
        "uji",
        seeded_copy,
    )
    blitar = load_boundaries(seeded_copy)
    html = (
        build_kecamatan_map(
            blitar.kecamatan,
            choropleth_for(blitar.kecamatan, "luas", "id"),
            labels=True,
            overlays=load_displays(seeded_copy),
        )
        .get_root()
        .render()
    )
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    hosts: set[str] = set()
    page.on("request", lambda request: hosts.add(request.url.split("/")[2]))
    page.route(
        "**/app/static/vendor/**",
        lambda route: route.fulfill(
            path=str(VENDOR_DIR / route.request.url.split("/app/static/vendor/", 1)[1])
        ),
    )
    page.route("http://peta.test/", lambda route: route.fulfill(body=html, content_type="text/html"))
    try:
        page.goto("http://peta.test/")
        page.wait_for_function(f"{PATHS} === 22", timeout=20_000)
        control = page.locator(".leaflet-control-layers")
        assert "Lapisan tematik" in control.inner_text() and "RTRW Uji 2021" in control.inner_text()
        assert not page.locator(".peta-tematik-legend").is_visible()  # off at first

        control.get_by_text("RTRW Uji 2021").click()
        page.wait_for_function(f"{PATHS} > 22", timeout=10_000)
        legend = page.locator(".peta-tematik-legend")
        assert legend.is_visible()
        text = legend.inner_text()
        assert "Kawasan Peruntukan Industri" in text and "Kawasan Hutan Lindung" in text
        assert "Sumber: Bappeda, Perda RTRW, 2021" in text and "Lisensi: CC BY 4.0" in text
        assert "Rawan Banjir Uji" not in text  # only the layers switched on
        page.screenshot(path=str(artifacts / "tematik-rtrw-on.png"))
        assert hosts == {"peta.test"}
    finally:
        page.close()
