"""The main page's map reaches the browser as st_folium would send it, rendered once."""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit_folium as sf

from potensi.data.tables import read_rows
from potensi.mapdata import POINT_TABLES, display_for, load_boundaries, view_map, view_of
from potensi.viewstate import ViewState
from ui.compat.folium_component import render_map


@pytest.fixture()
def default_map(seeded_store: Path):
    boundaries = load_boundaries(seeded_store)
    data = {layer: read_rows(layer, seeded_store) for layer in ("indikator", *POINT_TABLES)}
    state = ViewState()

    def build():
        return view_map(boundaries, data, state, display_for(boundaries, view_of(state)))
    return build


def test_rendered_map_is_what_st_folium_sends(default_map, monkeypatch: pytest.MonkeyPatch) -> None:
    sent = {}
    monkeypatch.setattr(sf, "_component_func", lambda **kwargs: sent.update(kwargs))
    sf.st_folium(default_map(), key="peta", use_container_width=True,
                 returned_objects=["last_active_drawing"])
    ours = render_map(default_map(), key="peta")
    assert ours.script == sent["script"] and ours.header == sent["header"]
    assert ours.html == sent["html"] and ours.hash_key == sent["key"]
    assert list(ours.css_links) == sent["css_links"] and list(ours.js_links) == sent["js_links"]
    assert sent["default"] == {"last_active_drawing": None}  # pan/zoom report nothing back


def test_default_view_is_small(default_map) -> None:
    """Issue target: the first view (22 kecamatan + the default point layers) ≤ 100 KB."""
    rendered = render_map(default_map(), key="peta")
    assert rendered.size <= 100 * 1024
    document = default_map().get_root().render()
    assert len(document.encode()) <= 100 * 1024
