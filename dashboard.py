"""Peta Potensi — main page: kecamatan map coloured by an indicator.

Thin by design: read widgets, call ``potensi``, draw. Logic lives in
``potensi.mapdata`` and ``potensi.viz`` where tests reach it without a browser.
"""

from __future__ import annotations

import streamlit as st
from streamlit_folium import st_folium

from potensi.errors import StoreMissing
from potensi.formatting import format_number
from potensi.i18n import t
from potensi.indicators import INDICATORS, available_indicators
from potensi.data.tables import read_rows
from potensi.mapdata import (area_note, choropleth_for, desa_table, display_for, load_boundaries,
                             store_version, with_population)
from potensi.selection import kecamatan_from_feature
from potensi.viz.assets import assets_installed, install_assets
from potensi.viz.maps import MAP_HEIGHT, build_kecamatan_map
from potensi.viz.style import BASEMAPS

st.set_page_config(page_title="Peta Potensi", page_icon="🗺️", layout="wide")


@st.cache_data(show_spinner=False)
def cached_boundaries(version: tuple[str, float]):
    """Full-resolution layers, read once per store version."""
    return load_boundaries()


@st.cache_data(show_spinner=False)
def cached_indikator(version: tuple[str, float]):
    """The indikator layer, read once per store version."""
    return read_rows("indikator")


@st.cache_data(show_spinner=False)
def cached_display(version: tuple[str, float], view: str):
    """Simplified layers per view, computed once per store version."""
    return display_for(cached_boundaries(version), view)


def select_clicked_kecamatan() -> None:
    """Map click callback: runs before the rerun, so it may set the filter widget."""
    clicked = kecamatan_from_feature((st.session_state.get("peta") or {}).get("last_active_drawing"))
    if clicked:
        st.session_state["kecamatan"] = clicked


if not assets_installed():
    install_assets()

lang = st.sidebar.radio("Bahasa / Language", ["id", "en"], key="lang", horizontal=True,
                        format_func=lambda code: {"id": "Indonesia", "en": "English"}[code])
st.title(t("app_title", lang))
st.caption(t("app_subtitle", lang))

try:
    version = store_version()
    boundaries = cached_boundaries(version)
except StoreMissing as exc:
    st.error(f"{t('store_missing', lang)} {exc}")
    st.stop()

kec = with_population(boundaries.kecamatan, cached_indikator(version))
names = dict(zip(kec.kode, kec.nama, strict=True))
indicator = st.sidebar.selectbox(
    t("indicator", lang), available_indicators(kec), key="indikator",
    format_func=lambda key: t(INDICATORS[key].label_key, lang))
selected = st.sidebar.selectbox(
    t("kecamatan_filter", lang), ["", *names], key="kecamatan",
    format_func=lambda code: f"{names[code]} ({code})" if code else t("all_kecamatan", lang))
basemap = st.sidebar.selectbox(
    t("basemap", lang), list(BASEMAPS), key="basemap",
    format_func=lambda key: t(BASEMAPS[key].label_key, lang))
st.sidebar.caption(t("basemap_offline_note", lang))

desa_display, kec_display = cached_display(version, "kecamatan" if selected else "kabupaten")
fmap = build_kecamatan_map(
    kec_display, choropleth_for(kec, indicator, lang), selected=selected or None,
    desa=desa_display[desa_display.kode_kec == selected] if selected else None,
    basemap=basemap, lang=lang)
kab = boundaries.kabupaten.iloc[0]
st.caption(t("kabupaten_summary", lang, kec=len(kec), desa=len(boundaries.desa))
           + " · " + t("map_hint", lang))
st_folium(fmap, key="peta", height=MAP_HEIGHT, use_container_width=True,
          returned_objects=["last_active_drawing"], on_change=select_clicked_kecamatan)
st.caption(area_note(boundaries, lang))

if selected:
    row = kec[kec.kode == selected].iloc[0]
    st.subheader(t("selected_heading", lang, name=row.nama))
    st.write(t("selected_stats", lang, code=row.kode, desa=int(row.jumlah_desa),
               area=format_number(row.luas_km2, 2, lang)))
    st.markdown(f"**{t('desa_table', lang)}**")
    st.dataframe(desa_table(boundaries, selected, lang), hide_index=True, width="stretch")

st.caption(t("source_boundaries", lang, commit=str(kab.commit_sumber)[:10]))
