"""Caching policy in one place: everything is keyed by the store's path and mtime,
so an import or rebuild shows at once and nothing else is recomputed."""

from __future__ import annotations

import streamlit as st

from potensi.core.layers import POINT_TABLES
from potensi.core.store import Boundaries, load_boundaries, store_version
from potensi.data.tables import read_rows
from potensi.views.peta import display_for, view_map, view_of
from potensi.views.state import ViewState


def version() -> tuple[str, float]:
    """Current store version (raises nothing if the store is missing)."""
    return store_version()


@st.cache_data(show_spinner=False)
def boundaries(ver: tuple[str, float]) -> Boundaries:
    """Full-resolution boundary layers."""
    return load_boundaries()


@st.cache_data(show_spinner=False)
def display(ver: tuple[str, float], view: str):
    """Simplified (desa, kecamatan) for a view."""
    return display_for(boundaries(ver), view)


@st.cache_data(show_spinner=False)
def rows(ver: tuple[str, float], layer: str):
    """A data layer's rows."""
    return read_rows(layer)


@st.cache_data(show_spinner=False)
def export(ver: tuple[str, float], layer: str, suffix: str) -> bytes:
    """A layer's export file for a download button, built once per store version."""
    from potensi.views.data import export_bytes

    return export_bytes(layer, suffix)


@st.cache_resource(show_spinner=False, max_entries=32)
def peta_map(ver: tuple[str, float], view: tuple[tuple[str, str], ...], _state: ViewState):
    """The main page's map, rendered once per store version and view state.

    ``view`` is the state's URL form (``ViewState.to_query``), which holds every field
    that changes the map; ``_state`` is the same state, not hashed. A rerun that only
    pans, or comes back to an earlier view, gets the strings as they are.
    cache_resource: the result is immutable strings, so no copy per rerun is needed.
    """
    from ui.compat.folium_component import render_map

    data = {layer: rows(ver, layer) for layer in ("indikator", *POINT_TABLES)}
    fmap = view_map(boundaries(ver), data, _state, display(ver, view_of(_state)))
    return render_map(fmap, key="peta")


@st.cache_resource(show_spinner=False, max_entries=64)
def desa_table(ver: tuple[str, float], code: str, lang: str):
    """The desa table of one kecamatan (read-only, shared)."""
    from potensi.views.peta import desa_table as table

    return table(boundaries(ver), code, lang)
