"""What every analysis method shows beside its result: the formula and how to read it."""

from __future__ import annotations

import streamlit as st

from potensi.analysis import METHOD_DOCS
from potensi.i18n import Lang

#: the MIME type of the XLSX downloads
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def method_explanation(lang: Lang, *keys: str) -> None:
    """One bordered box with title, formula and reading of each METHOD_DOCS key."""
    with st.container(border=True):
        for key in keys:
            docs = METHOD_DOCS[key]
            st.markdown(f"**{docs['judul'] if lang == 'id' else docs['title']}**")
            st.latex(docs["rumus_latex"])
            st.write(docs["cara_membaca"] if lang == "id" else docs["how_to_read"])
