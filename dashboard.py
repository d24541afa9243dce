"""Peta Potensi — the router: shared sidebar and view state, then the chosen page.

Every page runs after the sidebar, so filters, language and presentation mode
carry from page to page and stay in the URL.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from potensi.errors import StoreMissing
from potensi.i18n import t
from potensi.indicators import indicator_options
from potensi.viz.assets import assets_installed, install_assets
from ui import cache
from ui.presentation import apply_presentation_style
from ui.state import sidebar

st.set_page_config(page_title="Peta Potensi", page_icon="🗺️", layout="wide")
if not assets_installed():
    install_assets()

HERE = Path(__file__).parent
PAGES = (("peta", "🗺️", True), ("profil", "📍", False), ("peluang", "💼", False),
         ("inovasi", "💡", False), ("analisis", "📊", False), ("data", "📋", False),
         ("tentang", "ℹ️", False))

try:
    version = cache.version()
    boundaries = cache.boundaries(version)
    data = {layer: cache.rows(version, layer)
            for layer in ("indikator", "potensi", "peluang_investasi", "inovasi", "opd")}
except StoreMissing as exc:
    st.error(f"{t('store_missing', st.session_state.get('lang', 'id'))} {exc}")
    st.stop()

kecamatan = dict(zip(boundaries.kecamatan.kode, boundaries.kecamatan.nama, strict=True))
opd = dict(zip(data["opd"].kode_opd, data["opd"].nama_opd, strict=True))
years = sorted({int(y) for y in data["indikator"].tahun.dropna()}
               | {int(y) for y in data["inovasi"].tahun_pelaporan.dropna()})
state = sidebar(kecamatan, opd, years, indicator_options(boundaries.kecamatan, data))
apply_presentation_style(state)

pages = [st.Page(str(HERE / "pages" / f"{name}.py"), title=t(f"nav_{name}", state.lang), icon=icon,
                 url_path=name, default=default)
         for name, icon, default in PAGES if (HERE / "pages" / f"{name}.py").exists()]
st.navigation(pages).run()
