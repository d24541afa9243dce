"""Analisis potensi: pick a method; each method (ui/analisis/<name>.py) shows its
result as a table, a chart and a map, with the formula and how to read it."""

from __future__ import annotations

import streamlit as st

from potensi.i18n import t
from ui.analisis import available, renderer
from ui.page import start

page = start()
lang = page.state.lang
st.title(t("analisis_title", lang))
methods = available()
method = (
    st.segmented_control(
        t("analisis_method", lang),
        methods,
        key="an_metode",
        default=methods[0],
        format_func=lambda m: t(f"analisis_metode_{m}", lang),
    )
    or methods[0]
)
renderer(method)(page)
