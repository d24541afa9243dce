"""Caches of the Peta page: its map per view state and the desa table per kecamatan."""

from __future__ import annotations

import streamlit as st

from potensi.core.layers import POINT_TABLES
from potensi.views import peta
from potensi.views.peta import view_map, view_of
from potensi.views.state import ViewState
from ui import cache
from ui.compat.folium_component import render_map


@st.cache_resource(show_spinner=False, max_entries=32)
def peta_map(ver: tuple[str, float], view: tuple[tuple[str, str], ...], _state: ViewState):
    """The main page's map, rendered once per store version and view state.

    ``view`` is the state's URL form (``ViewState.to_query``), which holds every field
    that changes the map; ``_state`` is the same state, not hashed. A rerun that only
    pans, or comes back to an earlier view, gets the strings as they are.
    cache_resource: the result is immutable strings, so no copy per rerun is needed.
    """
    data = {layer: cache.rows(ver, layer) for layer in ("indikator", *POINT_TABLES)}
    fmap = view_map(
        cache.boundaries(ver),
        data,
        _state,
        cache.display(ver, view_of(_state)),
        overlays=cache.overlays(ver),
        facts=cache.site_facts(ver),
    )
    return render_map(fmap, key="peta")


@st.cache_resource(show_spinner=False, max_entries=64)
def desa_table(ver: tuple[str, float], code: str, lang: str):
    """The desa table of one kecamatan (read-only, shared)."""
    return peta.desa_table(cache.boundaries(ver), code, lang)
