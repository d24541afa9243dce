"""What every analysis method shows beside its result: the formula and how to read it."""

from __future__ import annotations

import streamlit as st

from potensi.i18n import Lang, t
from potensi.views.analisis.shared import InputUsed, input_lines

#: the MIME type of the XLSX downloads
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def method_explanation(lang: Lang, *keys: str) -> None:
    """One bordered box with title, formula and reading of each method (keys of METHOD_FUNCTIONS)."""
    with st.container(border=True):
        for key in keys:
            st.markdown(f"**{t(f'an_doc_{key}_title', lang)}**")
            st.latex(t(f"an_doc_{key}_latex", lang))
            st.write(t(f"an_doc_{key}_reading", lang))


def input_status(used: tuple[InputUsed, ...], lang: Lang) -> None:
    """Which inputs of this method are real and which are example data, one line per table."""
    lines = input_lines(used, lang)
    if lines:
        st.markdown(f"**{t('an_input_title', lang)}**\n" + "\n".join(f"- {line}" for line in lines))
