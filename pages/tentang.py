"""Tentang data: where the boundaries and codes come from, and their licence."""

from __future__ import annotations

import streamlit as st

from potensi.core.errors import StoreMissing
from potensi.i18n import t
from potensi.views.tentang import provenance_markdown
from ui.page import start

lang = start(controls=()).state.lang  # provenance text only: no sidebar control acts here
st.title(t("tentang_title", lang))
try:
    st.markdown(provenance_markdown(lang))
except StoreMissing as exc:
    st.error(str(exc))
