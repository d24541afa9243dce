"""Every table the dashboard shows with ``st.dataframe``: safe to download, numbers for the reader.

``st.dataframe`` has a toolbar whose "Download as CSV" writes the values it was
given, raw: an imported name ``=HYPERLINK("http://x","klik")`` would open in Excel as a
live formula. So no page calls ``st.dataframe`` itself; :func:`data_table` passes the
frame through :func:`potensi.core.safe_cells.neutralise_frame` first (text that starts
with ``=``, ``+``, ``-``, ``@``, tab or CR gets a leading apostrophe, numbers stay numbers
and sort as numbers), the same rule as the Data page's exports.

``st.dataframe`` formats numbers by the browser's locale (or printf patterns), not by
the dashboard's language switch, so an Indonesian reader saw ``1175150.18``.
:func:`number_table` turns numbers into text (:func:`potensi.core.formatting.format_frame`)
and right-aligns them; the cost is that clicking a header sorts those columns as text,
which the analysis tables (already ordered by rank or value) can live with. Data text is
neutralised before the numbers are formatted, so a formatted ``-1,5`` is never mistaken
for data text.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import streamlit as st
from pandas.io.formats.style import Styler

from potensi.core.formatting import format_frame
from potensi.core.safe_cells import neutralise, neutralise_frame
from potensi.i18n import Lang


def _show(
    frame: pd.DataFrame | Styler, column_config: Mapping[str, object] | None, kwargs: dict[str, object]
) -> None:
    config = {neutralise(name): value for name, value in (column_config or {}).items()}
    kwargs.setdefault("hide_index", True)
    kwargs.setdefault("width", "stretch")
    st.dataframe(frame, column_config=config or None, **kwargs)


def data_table(
    frame: pd.DataFrame,
    column_config: Mapping[str, object] | None = None,
    link_labels: Mapping[str, str] | None = None,
    link_columns: tuple[str, ...] = (),
    **kwargs: object,
) -> None:
    """``st.dataframe`` of ``frame`` with its text cells neutralised (index hidden, full width).

    ``column_config`` is keyed by the frame's own column names, also for a header that
    had to be neutralised. ``link_columns`` become links shown by their label in
    ``link_labels`` (URL -> "publisher, title (year)"): Streamlit shows a Styler's display
    value in a ``LinkColumn`` without ``display_text``, so each row's link gets its own
    label while the link (and the CSV download) keep the URL.
    """
    safe = neutralise_frame(frame)
    if not link_columns:
        _show(safe, column_config, kwargs)
        return
    names = link_labels or {}
    config = dict(column_config or {})
    for name in link_columns:
        config.setdefault(name, st.column_config.LinkColumn(name))
    present = [neutralise(c) for c in link_columns if neutralise(c) in safe.columns]
    styled = safe.style.format(
        lambda url: names.get(url, url) if isinstance(url, str) else "", subset=present
    )
    _show(styled, config, kwargs)  # type: ignore[arg-type]


def number_table(
    frame: pd.DataFrame, lang: Lang, decimals: int | Mapping[str, int] = 3, **kwargs: object
) -> None:
    """:func:`data_table` with numbers as :func:`potensi.core.formatting.format_frame` text, aligned right."""
    numeric = [
        c
        for c in frame.columns
        if pd.api.types.is_numeric_dtype(frame[c]) and not pd.api.types.is_bool_dtype(frame[c])
    ]
    config = {c: st.column_config.TextColumn(alignment="right") for c in numeric}
    if isinstance(decimals, Mapping):
        decimals = {neutralise(c): places for c, places in decimals.items()}
    _show(format_frame(neutralise_frame(frame), lang, decimals), config, kwargs)
