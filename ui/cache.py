"""Caches every page shares, keyed by the store's path and mtime, so an import or a
rebuild shows at once and nothing else is recomputed.

A page's own caches sit in ``ui/<page>.py`` and follow the same rule: the store
version (:func:`version`) is the first argument of every cached function."""

from __future__ import annotations

import streamlit as st

from potensi.core.store import Boundaries, load_boundaries, store_version
from potensi.data.tables import read_rows
from potensi.overlays.layers import load_displays
from potensi.overlays.sites import read_facts
from potensi.viz.display import display_for


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
def overlays(ver: tuple[str, float]):
    """The thematic layers' display classes (light: made at import), for every map."""
    return load_displays()


@st.cache_data(show_spinner=False)
def site_facts(ver: tuple[str, float]):
    """Every site's stored facts against the thematic layers."""
    return read_facts()
