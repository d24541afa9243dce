"""Peta Potensi: the kecamatan choropleth with potensi, peluang and inovasi layers."""

from __future__ import annotations

import streamlit as st

from potensi.core.formatting import format_number
from potensi.i18n import t
from potensi.views.peta import area_note, kecamatan_from_feature, mounted_state
from potensi.viz.maps import MAP_HEIGHT
from ui import peta as peta_cache
from ui.compat.folium_component import show_map
from ui.handout import poster_download
from ui.page import start
from ui.presentation import presentation_walk
from ui.state import KEYS, current, kecamatan_filter, sync_url
from ui.tables import data_table

page = start(read_only=True, defer_kecamatan=True)  # this page only reads the store's frames
version, boundaries = page.version, page.boundaries
KECAMATAN_ORDER = list(boundaries.kecamatan.sort_values("kode").kode)
KECAMATAN_ROWS = boundaries.kecamatan.set_index("kode")


def select_clicked_kecamatan() -> None:
    """Map click: runs before the rerun, so it may set the kecamatan filter."""
    clicked = kecamatan_from_feature((st.session_state.get("peta") or {}).get("last_active_drawing"))
    if clicked:
        st.session_state[KEYS["kecamatan"]] = [clicked]


@st.fragment
def peta_view() -> None:
    """Everything the kecamatan filter changes: the filter itself (in the sidebar slot),
    the map and the selected kecamatan's details.

    A fragment, so choosing a kecamatan (in the sidebar, on the map or with the
    presentation buttons) reruns only this part, not the sidebar's other widgets.
    """
    kecamatan_filter(page.kecamatan_slot, page.kecamatan_names, page.state.lang)
    state = current()
    sync_url(state)
    lang = state.lang
    if state.present:
        presentation_walk(KECAMATAN_ORDER, page.kecamatan_names, state)
    else:
        st.title(t("app_title", lang))
        st.caption(t("app_subtitle", lang))

    # the map without its kecamatan choice, built and rendered once per view state
    # (ui.peta.peta_map) and kept mounted in the browser; the choice travels as a small
    # script (ui.peta.peta_selection) applied there. Only the click is reported back
    # (no rerun on pan/zoom)
    mounted = mounted_state(state)
    rendered = peta_cache.peta_map(version, tuple(sorted(mounted.to_query().items())), mounted)
    selection = peta_cache.peta_selection(
        version, tuple(state.kecamatan), lang, "desa" in state.layers, state
    )
    if not state.present:
        st.caption(
            t("kabupaten_summary", lang, kec=len(boundaries.kecamatan), desa=len(boundaries.desa))
            + " · "
            + t("map_hint", lang)
        )
    show_map(
        rendered,
        height=MAP_HEIGHT + (120 if state.present else 0),
        returned_objects=["last_active_drawing"],
        on_change=select_clicked_kecamatan,
        update=selection,
    )
    st.caption(area_note(boundaries, lang))
    if not state.present:
        poster_download(state, boundaries, page.data)

    for code in state.kecamatan[:3]:
        row = KECAMATAN_ROWS.loc[code]
        st.subheader(t("selected_heading", lang, name=row.nama))
        st.write(
            t(
                "selected_stats",
                lang,
                code=code,
                desa=int(row.jumlah_desa),
                area=format_number(row.luas_km2, 2, lang),
            )
        )
        st.page_link("pages/profil.py", label=t("open_profile", lang), icon=":material/location_on:")
        if not state.present:
            st.markdown(f"**{t('desa_table', lang)}**")
            data_table(peta_cache.desa_table(version, code, lang), lang, decimals=2)

    st.caption(t("source_boundaries", lang, commit=str(boundaries.kabupaten.commit_sumber.iloc[0])[:10]))


peta_view()
