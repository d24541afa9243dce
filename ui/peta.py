"""Caches of the Peta page: its map per view state and the desa table per kecamatan."""

from __future__ import annotations

import streamlit as st

from potensi.core.layers import POINT_TABLES
from potensi.views import peta
from potensi.views.peta import view_map, view_of, view_selection
from potensi.views.state import ViewState
from ui import cache


@st.cache_resource(show_spinner=False, max_entries=32)
def peta_map(ver: tuple[str, float], view: tuple[tuple[str, str], ...], _state: ViewState):
    """The main page's mounted map, rendered once per store version and view state.

    ``_state`` is :func:`potensi.views.peta.mounted_state` (no kecamatan choice: that
    is :func:`peta_selection`); ``view`` is its URL form (``ViewState.to_query``), which
    holds every field that changes the map. A rerun that only pans or chooses a
    kecamatan, or comes back to an earlier view, gets the strings as they are, and the
    browser keeps the map it has (the component's key is the map's hash).
    cache_resource: the result is immutable strings, so no copy per rerun is needed.
    """
    # imported here, not at the top: ui/warmup.py builds the map through mounted_map in
    # a thread with no session, which must not be the first to import streamlit-folium
    # (its component registers with the server only when imported inside a session)
    from ui.compat.folium_component import render_map

    return render_map(mounted_map(ver, _state), key="peta")


def mounted_map(ver: tuple[str, float], state: ViewState):
    """The folium map of :func:`peta_map` (``state`` is a mounted state), not cached:
    the page renders it once per view, the launcher's warm-up builds it once."""
    data = {layer: cache.rows(ver, layer) for layer in ("indikator", *POINT_TABLES)}
    return view_map(
        cache.boundaries(ver),
        data,
        state,
        cache.display(ver, view_of(state)),
        overlays=cache.overlays(ver),
        facts=cache.site_facts(ver),
        selectable=True,
    )


@st.cache_resource(show_spinner=False, max_entries=64)
def peta_selection(
    ver: tuple[str, float], codes: tuple[str, ...], lang: str, desa_on: bool, _state: ViewState
) -> str:
    """The script that shows a kecamatan choice on the mounted map (a few KB: the
    codes, their bounds and their desa), per store version and choice."""
    return view_selection(_state, cache.display(ver, view_of(_state)))


@st.cache_resource(show_spinner=False, max_entries=64)
def desa_table(ver: tuple[str, float], code: str, lang: str):
    """The desa table of one kecamatan (read-only, shared)."""
    return peta.desa_table(cache.boundaries(ver), code, lang)
