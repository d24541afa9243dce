"""What a person does on the map page, as reusable steps."""

from __future__ import annotations

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
