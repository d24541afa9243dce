"""Data text made safe to land in a spreadsheet: one rule for every table a person can download.

Excel and LibreOffice run a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and,
in some versions, a tab or carriage return before one of those) as a formula: an
imported name such as ``=HYPERLINK("http://x","klik")`` becomes a link to a
stranger's site, ``+cmd|' /C calc'!A0`` asks to start a program (DDE). Every path
that lets a person take data away as a spreadsheet passes its text cells through
:func:`neutralise`: the CSV/XLSX exports of the Data page and the command line
(:mod:`potensi.data.export`), the analysis workbooks (:func:`xlsx_bytes`) and every
table shown with ``st.dataframe``, whose toolbar offers "Download as CSV" of exactly
the values it was given (``ui.tables``).

The fix is the one OWASP recommends and the exports always used: such a text gets a
leading apostrophe, which spreadsheets read as "this is text" and which stays visible
on screen, so nobody is misled about what was typed. Numbers stay numbers (a numeric
column is never touched, so it still sorts as numbers).

Two kinds of text starting with ``-`` or ``+`` are left alone, because no spreadsheet
can run them and an apostrophe would only make the tables harder to read:

* a text made only of dashes (``-``, ``--``): the usual "tidak ada" mark of
  Indonesian tables;
* a plain signed number (``-5``, ``+62``, ``-1.234,5``): a spreadsheet reads it as
  that number, nothing else.

Anything else is touched, also ``- 5 km`` or ``-2+3``: a spreadsheet parses them as a
formula (``-2+3`` shows ``1``), and telling a harmless one from ``-1+cmd|…`` would need
a formula parser; an apostrophe in front of an odd text is the cheaper mistake.
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping

import pandas as pd

DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")
_HARMLESS = re.compile(r"-+|[+-]?\d+(?:[.,]\d+)*")


def is_dangerous(value: object) -> bool:
    """Whether a spreadsheet would read ``value`` as a formula (see the module's rule)."""
    return isinstance(value, str) and value.startswith(DANGEROUS_START) and _HARMLESS.fullmatch(value) is None


def neutralise(value: object) -> object:
    """Text that a spreadsheet would evaluate gets a leading apostrophe; anything else as is."""
    return "'" + value if is_dangerous(value) else value  # type: ignore[operator]


def _is_text(values: pd.Series | pd.Index) -> bool:
    return (
        values.dtype == object
        or pd.api.types.is_string_dtype(values)
        or isinstance(values.dtype, pd.CategoricalDtype)
    )


def neutralise_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` whose text cells, column names and index labels are neutralised.

    Numeric, boolean and date columns keep their type; headers count because a
    download writes them as the first row, and some headers come from data (a
    commodity or facility name).
    """
    out = frame.copy()
    for position in range(out.shape[1]):
        column = out.iloc[:, position]
        if _is_text(column) and column.map(is_dangerous).any():
            out.isetitem(position, column.map(neutralise))
    if not isinstance(out.columns, pd.MultiIndex):
        out.columns = [neutralise(c) for c in out.columns]
    if not isinstance(out.index, pd.MultiIndex) and _is_text(out.index):
        out.index = out.index.map(neutralise)
    return out


def xlsx_bytes(sheets: Mapping[str, pd.DataFrame]) -> bytes:
    """A workbook with one sheet per frame (no index), every text cell neutralised.

    openpyxl stores any text that starts with ``=`` as a live formula; after
    :func:`neutralise_frame` none does, so the workbook holds values only.
    """
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        for name, frame in sheets.items():
            neutralise_frame(frame).to_excel(writer, sheet_name=name, index=False)
    return buffer.getvalue()
