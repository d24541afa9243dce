"""Peta Potensi — the router: page list and titles; each page draws the shared
sidebar itself (``ui.page.start``)."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from potensi.i18n import t
from potensi.viz.assets import assets_installed, install_assets

st.set_page_config(page_title="Peta Potensi", page_icon="🗺️", layout="wide")
if not assets_installed():
    install_assets()

HERE = Path(__file__).parent
# Material icons ship with Streamlit (emoji need a font the projector PC may lack)
PAGES = (
    ("peta", ":material/map:", True),
    ("profil", ":material/location_on:", False),
    ("peluang", ":material/business_center:", False),
    ("inovasi", ":material/lightbulb:", False),
    ("analisis", ":material/analytics:", False),
    ("data", ":material/table_chart:", False),
    ("tentang", ":material/info:", False),
)
lang = st.session_state.get("lang") or (
    st.query_params.get("lang") if st.query_params.get("lang") in ("id", "en") else "id"
)
pages = [
    st.Page(
        str(HERE / "pages" / f"{name}.py"),
        title=t(f"nav_{name}", lang),
        icon=icon,
        url_path=name,
        default=default,
    )
    for name, icon, default in PAGES
    if (HERE / "pages" / f"{name}.py").exists()
]
st.navigation(pages, position="top").run()
