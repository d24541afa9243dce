"""Every table the dashboard shows with ``st.dataframe``: safe to download, numbers for the reader.

``st.dataframe`` has a toolbar whose "Download as CSV" writes the values it was
given, raw: an imported name ``=HYPERLINK("http://x","klik")`` would open in Excel as a
live formula. So no page calls ``st.dataframe`` itself; :func:`data_table` passes the
frame through :func:`potensi.core.safe_cells.neutralise_frame` first (text that starts
with ``=``, ``+``, ``-``, ``@``, tab or CR gets a leading apostrophe, numbers stay numbers
and sort as numbers), the same rule as the Data page's exports.

``st.dataframe`` formats numbers by the browser's locale or by printf patterns
(sprintf-js, which knows no decimal comma), never by the dashboard's language switch,
so an Indonesian reader saw ``1588.79`` and ``10.8``. Every table here is therefore
handed over as a pandas ``Styler`` whose display text comes from
:func:`potensi.core.formatting.column_formatters` in the page's language
(``1.588,79`` / ``1,588.79``, years as ``2024``): Streamlit draws that text over the
cell while the cell keeps its number, so clicking a header still sorts numerically and
the toolbar's CSV holds the numbers. A ``column_config`` ``format`` for a column would
take precedence over this text, so callers give none for numbers.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping

import pandas as pd
import streamlit as st
from pandas.io.formats.style import Styler

from potensi.core.formatting import MISSING, column_formatters, number_columns
from potensi.core.safe_cells import neutralise, neutralise_frame
from potensi.core.text import escape
from potensi.i18n import Lang


def _display(
    frame: pd.DataFrame,
    lang: Lang,
    decimals: int | Mapping[str, int] | None = None,
    link_labels: Mapping[str, str] | None = None,
    link_columns: tuple[str, ...] = (),
) -> tuple[pd.DataFrame, dict]:
    """``frame`` neutralised and the display function of each column (screen and paper share them)."""
    safe = neutralise_frame(frame)
    if isinstance(decimals, Mapping):
        decimals = {neutralise(c): places for c, places in decimals.items()}
    formatters = column_formatters(safe, lang, decimals)
    names = link_labels or {}
    for column in (neutralise(c) for c in link_columns):
        if column in safe.columns:
            formatters[column] = lambda url: names.get(url, url) if isinstance(url, str) else ""
    # the grid and its paper twin format the same cells: each value once per table
    return safe, {column: _once(formatter) for column, formatter in formatters.items()}


def _once(formatter: Callable[[object], str]) -> Callable[[object], str]:
    """``formatter`` remembering what it gave for each (hashable) value."""
    remembered = functools.lru_cache(maxsize=4096, typed=True)(formatter)

    def display(value: object) -> str:
        try:
            return remembered(value)
        except TypeError:  # an unhashable cell (a list): formatted as it comes
            return formatter(value)

    return display


def localised(
    frame: pd.DataFrame,
    lang: Lang,
    decimals: int | Mapping[str, int] | None = None,
    link_labels: Mapping[str, str] | None = None,
    link_columns: tuple[str, ...] = (),
) -> Styler:
    """``frame`` neutralised, its numbers shown the ``lang`` way but kept as numbers.

    ``decimals`` (keyed by the frame's own column names) fixes the decimal places;
    without it a figure shows the decimals it has (up to six), integers none. Empty
    cells of any column show :data:`~potensi.core.formatting.MISSING`. Cells of
    ``link_columns`` show their URL's label from ``link_labels`` (URL -> "publisher,
    title (year)") while the cell keeps the URL.
    """
    return _styled(*_display(frame, lang, decimals, link_labels, link_columns))


def _styled(safe: pd.DataFrame, formatters: dict) -> Styler:
    # one call: every drawn cell comes from the Styler (an empty text cell would read "nan"),
    # and a second .format would reset the columns its mapping leaves out
    return safe.style.format(formatters, na_rep=MISSING)  # type: ignore[arg-type]


#: the longest table printed whole; a longer one prints this many rows and says how many are left
PRINT_ROWS_MAX = 2000


def print_table_html(
    frame: pd.DataFrame,
    lang: Lang,
    decimals: int | Mapping[str, int] | None = None,
    link_labels: Mapping[str, str] | None = None,
    link_columns: tuple[str, ...] = (),
) -> str:
    """The table as plain HTML, every row, for paper (hidden on screen by ``PRINT_CSS``).

    ``st.dataframe`` is a canvas grid that scrolls: printed, it shows its first ten rows
    and cuts the rest. This twin carries the same display text (the Styler's formatters:
    numbers in ``lang``, links by their label), every cell escaped.
    """
    return _html(*_display(frame, lang, decimals, link_labels, link_columns))


def _html(safe: pd.DataFrame, formatters: dict) -> str:
    shown = safe.head(PRINT_ROWS_MAX)

    def cell(column: object, value: object) -> str:
        if pd.api.types.is_scalar(value) and pd.isna(value):
            return MISSING
        return str(formatters[column](value)) if column in formatters else str(value)

    head = "".join(f"<th>{escape(str(c))}</th>" for c in safe.columns)
    body = [
        "<tr>"
        + "".join(f"<td>{escape(cell(c, v))}</td>" for c, v in zip(safe.columns, row, strict=True))
        + "</tr>"
        for row in shown.itertuples(index=False)
    ]
    more = len(safe) - len(shown)
    tail = f"<p>… +{more}</p>" if more > 0 else ""
    return (
        f'<div class="peta-print-table"><table><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table>{tail}</div>"
    )


def _show(
    frame: pd.DataFrame,
    lang: Lang,
    column_config: Mapping[str, object] | None,
    decimals: int | Mapping[str, int] | None,
    kwargs: dict[str, object],
    link_labels: Mapping[str, str] | None = None,
    link_columns: tuple[str, ...] = (),
) -> None:
    config = {neutralise(name): value for name, value in (column_config or {}).items()}
    for name in link_columns:
        config.setdefault(neutralise(name), st.column_config.LinkColumn(name))
    kwargs.setdefault("hide_index", True)
    kwargs.setdefault("width", "stretch")
    # neutralised and formatted once for both: the grid on screen and its twin on paper
    safe, formatters = _display(frame, lang, decimals, link_labels, link_columns)
    st.dataframe(_styled(safe, formatters), column_config=config or None, **kwargs)
    st.html(_html(safe, formatters))


def data_table(
    frame: pd.DataFrame,
    lang: Lang,
    column_config: Mapping[str, object] | None = None,
    decimals: int | Mapping[str, int] | None = None,
    link_labels: Mapping[str, str] | None = None,
    link_columns: tuple[str, ...] = (),
    **kwargs: object,
) -> None:
    """``st.dataframe`` of ``frame``: text neutralised, numbers in ``lang`` (index hidden, full width).

    ``column_config`` and ``decimals`` are keyed by the frame's own column names, also
    for a header that had to be neutralised. ``link_columns`` become links shown by
    their label in ``link_labels``: Streamlit shows a Styler's display value in a
    ``LinkColumn`` without ``display_text``, so each row's link gets its own label while
    the link (and the CSV download) keep the URL.
    """
    _show(frame, lang, column_config, decimals, kwargs, link_labels, link_columns)


def number_table(
    frame: pd.DataFrame, lang: Lang, decimals: int | Mapping[str, int] = 3, **kwargs: object
) -> None:
    """:func:`data_table` of a result table: three decimals unless ``decimals`` says otherwise."""
    if isinstance(decimals, Mapping):
        decimals = {c: decimals.get(c, 3) for c in number_columns(frame)}
    _show(frame, lang, None, decimals, kwargs)
