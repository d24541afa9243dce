"""Tables with numbers written for the reader's language.

``st.dataframe`` formats numbers by the browser's locale (or printf patterns), not by
the dashboard's language switch, so an Indonesian reader saw ``1175150.18``. Numbers
are turned into text (:func:`potensi.core.formatting.format_frame`) and right-aligned;
the cost is that clicking a header sorts those columns as text, which the analysis
tables (already ordered by rank or value) can live with.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import streamlit as st

from potensi.core.formatting import format_frame
from potensi.i18n import Lang


def number_table(
    frame: pd.DataFrame, lang: Lang, decimals: int | Mapping[str, int] = 3, **kwargs: object
) -> None:
    """``st.dataframe`` of :func:`potensi.core.formatting.format_frame` with numeric columns aligned right."""
    numeric = [
        c
        for c in frame.columns
        if pd.api.types.is_numeric_dtype(frame[c]) and not pd.api.types.is_bool_dtype(frame[c])
    ]
    config = {c: st.column_config.TextColumn(alignment="right") for c in numeric}
    kwargs.setdefault("hide_index", True)
    kwargs.setdefault("width", "stretch")
    st.dataframe(format_frame(frame, lang, decimals), column_config=config, **kwargs)
