"""Analisis potensi: pick a method; each method (ui/analisis/<name>.py) shows its
result as a table, a chart and a map, with the formula and how to read it."""

from __future__ import annotations

import streamlit as st

from potensi.i18n import t
from ui.analisis import available, renderer, sidebar_controls
from ui.page import start

METHOD = "an_metode"

methods = available()
# the sidebar shows only what acts on the chosen method (the widget below holds it)
page = start(controls=sidebar_controls(st.session_state.get(METHOD) or methods[0]))
lang = page.state.lang
st.title(t("analisis_title", lang))
method = (
    st.segmented_control(
        t("analisis_method", lang),
        methods,
        key=METHOD,
        default=methods[0],
        format_func=lambda m: t(f"analisis_metode_{m}", lang),
    )
    or methods[0]
)
renderer(method)(page)
