"""Peta Potensi: the kecamatan choropleth with potensi, peluang and inovasi layers."""

from __future__ import annotations

import streamlit as st
from streamlit_folium import st_folium

from potensi.formatting import format_number
from potensi.i18n import t
from potensi.mapdata import area_note, choropleth_for, desa_table
from potensi.selection import kecamatan_from_feature
from potensi.viewstate import filter_rows
from potensi.viz.maps import MAP_HEIGHT, build_kecamatan_map, outline_geojson
from potensi.viz.points import LAYER_SOURCES, point_features
from ui import cache
from ui.page import start
from ui.presentation import presentation_walk
from ui.state import KEYS

page = start()
state, version, boundaries = page.state, page.version, page.boundaries
lang = state.lang
data = {layer: filter_rows(layer, page.data[layer], state)
        for layer in ("potensi", "peluang_investasi", "inovasi")}
data["indikator"] = page.data["indikator"]
# the choropleth compares all kecamatan: counts honour every filter but the kecamatan one
everywhere = state.with_(kecamatan=())
counted = {layer: filter_rows(layer, page.data[layer], everywhere)
           for layer in ("potensi", "peluang_investasi", "inovasi")}
counted["indikator"] = page.data["indikator"]


def select_clicked_kecamatan() -> None:
    """Map click: runs before the rerun, so it may set the kecamatan filter."""
    clicked = kecamatan_from_feature((st.session_state.get("peta") or {}).get("last_active_drawing"))
    if clicked:
        st.session_state[KEYS["kecamatan"]] = [clicked]


if state.present:
    presentation_walk(list(boundaries.kecamatan.sort_values("kode").kode),
                      dict(zip(boundaries.kecamatan.kode, boundaries.kecamatan.nama, strict=True)),
                      state)
else:
    st.title(t("app_title", lang))
    st.caption(t("app_subtitle", lang))

selected = state.kecamatan
desa_display, kec_display = cache.display(version, "kecamatan" if selected else "kabupaten")
points = [point_features(layer, data[LAYER_SOURCES[layer]], boundaries, lang, "/profil",
                         colour_blind_safe=state.present)
          for layer in state.layers if layer in LAYER_SOURCES]
if "desa" in state.layers:
    desa = desa_display
elif selected:
    desa = desa_display[desa_display.kode_kec.isin(selected)]
else:
    desa = None
fmap = build_kecamatan_map(
    kec_display,
    choropleth_for(boundaries.kecamatan, state.indikator, lang, counted, state.tahun,
                   state.klasifikasi, colour_blind_safe=state.present),
    selected=selected, desa=desa, basemap=state.basemap, lang=lang, points=points,
    labels="label" in state.layers, outline=outline_geojson(kec_display))
if not state.present:
    st.caption(t("kabupaten_summary", lang, kec=len(boundaries.kecamatan), desa=len(boundaries.desa))
               + " · " + t("map_hint", lang))
st_folium(fmap, key="peta", height=MAP_HEIGHT + (120 if state.present else 0),
          use_container_width=True, returned_objects=["last_active_drawing"],
          on_change=select_clicked_kecamatan)
st.caption(area_note(boundaries, lang))

kec = boundaries.kecamatan.set_index("kode")
for code in selected[:3]:
    row = kec.loc[code]
    st.subheader(t("selected_heading", lang, name=row.nama))
    st.write(t("selected_stats", lang, code=code, desa=int(row.jumlah_desa),
               area=format_number(row.luas_km2, 2, lang)))
    st.page_link("pages/profil.py", label=t("open_profile", lang), icon=":material/location_on:")
    if not state.present:
        st.markdown(f"**{t('desa_table', lang)}**")
        st.dataframe(desa_table(boundaries, code, lang), hide_index=True, width="stretch")

st.caption(t("source_boundaries", lang,
             commit=str(boundaries.kabupaten.commit_sumber.iloc[0])[:10]))
