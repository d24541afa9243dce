"""Peta Potensi — the router: ``st.navigation`` over the pages of ``ui.router.PAGES``;
each page draws the shared sidebar itself (``ui.page.start``)."""

from __future__ import annotations

import streamlit as st

from potensi.viz.assets import assets_installed, install_assets
from ui.router import route

st.set_page_config(page_title="Peta Potensi", page_icon="🗺️", layout="wide")
if not assets_installed():
    install_assets()

route()
