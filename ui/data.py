"""Caches of the Data page: the export files behind its download buttons."""

from __future__ import annotations

import streamlit as st

from potensi.i18n import Lang
from potensi.views.data import export_bytes, indikator_columns_csv


@st.cache_data(show_spinner=False)
def export(ver: tuple[str, float], layer: str, suffix: str, lang: Lang) -> bytes:
    """A layer's export file for a download button, built once per store version and language."""
    return export_bytes(layer, suffix, lang=lang)


@st.cache_data(show_spinner=False)
def indikator_columns(ver: tuple[str, float], lang: Lang) -> bytes:
    """The companion table of the indikator GeoJSON (units, sources), once per store version."""
    return indikator_columns_csv(lang=lang)
