"""Caching policy in one place: everything is keyed by the store's path and mtime,
so an import or rebuild shows at once and nothing else is recomputed."""

from __future__ import annotations

import streamlit as st

from potensi.data.tables import read_rows
from potensi.mapdata import Boundaries, display_for, load_boundaries, store_version


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
    from potensi.data.view import export_bytes

    return export_bytes(layer, suffix)
