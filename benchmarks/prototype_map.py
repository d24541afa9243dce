"""A prototype, measured by ``feel.py`` only: the map as an ``st.components.v2`` component
that owns selection, zoom and highlight in the browser.

Not the dashboard's page: it shows what the mechanism the issue proposes achieves on this
machine before the page is rebuilt on it. The kecamatan and desa geometry are static
files (fetched once, ``/app/static``), drawn once by Leaflet and kept mounted; a rerun
hands the component only the selection (a few bytes), which the JavaScript applies by
restyling, adding the kecamatan's desa and ``fitBounds``. A click on the map applies the
selection at once in the browser and then tells Streamlit (``setStateValue``), whose
callback writes it into the sidebar's multiselect, so sidebar, URL and desa table follow,
with one source of truth: the multiselect's session state.

Run by ``feel.py`` as ``streamlit run <folder>/app.py`` from a folder holding this file as
``app.py``, ``names.json`` (kode → nama), ``desa.csv`` and ``static/`` (``kec.json``,
``desa.json`` and Leaflet under ``vendor/``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import streamlit as st

HERE = Path(__file__).resolve().parent
NAMES: dict[str, str] = json.loads((HERE / "names.json").read_text(encoding="utf-8"))
DESA = pd.read_csv(HERE / "desa.csv", dtype=str)

JS = """
export default function (component) {
  const { data, parentElement, setStateValue } = component;
  const root = parentElement;
  const apply = (codes) => {
    const m = root.__peta;
    if (!m || JSON.stringify(codes) === JSON.stringify(m.codes)) return;
    m.codes = codes;
    m.kec.setStyle((f) => codes.includes(f.properties.kode)
      ? {color: '#e4007c', weight: 4, fillOpacity: 0.45} : {color: '#555', weight: 1, fillOpacity: 0.75});
    if (m.desaOf) m.map.removeLayer(m.desaOf);
    m.desaOf = L.geoJSON({type: 'FeatureCollection',
      features: m.desa.features.filter((f) => codes.includes(f.properties.kode_kec))},
      {style: {fillOpacity: 0, color: '#333', weight: 0.8}}).addTo(m.map);
    let bounds = null;
    m.kec.eachLayer((l) => { if (codes.includes(l.feature.properties.kode)) {
      bounds = bounds ? bounds.extend(l.getBounds()) : L.latLngBounds(l.getBounds().getSouthWest(),
                                                                      l.getBounds().getNorthEast()); } });
    // Leaflet's zoom animation (250 ms) unless the URL says anim=0: the benchmark times both
    m.map.fitBounds(bounds || m.kec.getBounds(), {animate: !location.search.includes('anim=0')});
  };
  if (!root.__peta) {
    window.__petaMounts = (window.__petaMounts || 0) + 1;  // stays 1: mounted once, whatever reruns
    root.__peta = {pending: data.selected};
    const load = (tag, attrs) => new Promise((ok) => {
      const el = document.createElement(tag); Object.assign(el, attrs); el.onload = ok;
      document.head.appendChild(el); });
    (async () => {
      if (!window.L) {
        await Promise.all([load('link', {rel: 'stylesheet', href: '/app/static/vendor/leaflet/leaflet.css'}),
                           load('script', {src: '/app/static/vendor/leaflet/leaflet.js'})]);
      }
      const [kec, desa] = await Promise.all(['kec', 'desa'].map(
        (n) => fetch('/app/static/' + n + '.json').then((r) => r.json())));
      const div = document.createElement('div');
      div.style.height = '620px';
      root.appendChild(div);
      const map = L.map(div, {zoomSnap: 0.25});
      const layer = L.geoJSON(kec, {style: (f) => ({color: '#555', weight: 1, fillOpacity: 0.75,
        fillColor: f.properties.fill})}).addTo(map);
      map.fitBounds(layer.getBounds());
      const pending = root.__peta.pending;
      root.__peta = {map: map, kec: layer, desa: desa, codes: null};
      layer.on('click', (e) => {
        const code = e.layer.feature.properties.kode;
        apply([code]);                       // at once, in the browser
        setStateValue('selected', [code]);   // then Streamlit: sidebar, URL, table follow
      });
      apply(root.__peta.latest || pending);
    })();
    return;
  }
  if (!root.__peta.map) { root.__peta.pending = data.selected; return; }
  apply(data.selected);
}
"""

peta_map = st.components.v2.component("peta_prototype", js=JS, isolate_styles=False)

KEY = "f_kecamatan"
if KEY not in st.session_state:
    st.session_state[KEY] = [c for c in st.query_params.get_all("kecamatan") if c in NAMES]


def clicked() -> None:
    """Map click: the component's state becomes the multiselect's (one source of truth)."""
    chosen = st.session_state["peta_proto"].get("selected") or []
    st.session_state[KEY] = [c for c in chosen if c in NAMES]


SLOT = st.sidebar.container()  # the fragment draws the filter here (as the dashboard does)


@st.fragment
def view() -> None:
    SLOT.multiselect(
        "Kecamatan", list(NAMES), key=KEY, format_func=lambda c: f"{NAMES[c]} ({c})", placeholder="Semua"
    )
    chosen = st.session_state[KEY]
    st.query_params["kecamatan"] = chosen
    st.title("Peta Potensi (prototipe)")
    peta_map(data={"selected": chosen}, key="peta_proto", on_selected_change=clicked)
    for code in chosen[:3]:
        st.subheader(f"Kecamatan {NAMES[code]}")
        st.dataframe(DESA[DESA.kode_kec == code], hide_index=True)


view()
