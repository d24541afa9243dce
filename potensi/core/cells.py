"""What a cell of a data layer means: filled in or not, example data or not, a date.

Rows come from SQLite through pandas, so a missing number is NaN, a missing text
is None and a spreadsheet may leave whitespace; every page must treat the three
alike. These rules were written five times in five page modules before; here
they are written once.
"""

from __future__ import annotations

import math
from datetime import date

import pandas as pd

#: the column that marks a row as example data (not from a real source)
EXAMPLE_COLUMN = "contoh"


def is_known(value: object) -> bool:
    """Whether a cell holds a value: None, NaN and blank text all mean "not filled in"."""
    if value is None:
        return False
    if isinstance(value, float) and math.isnan(value):
        return False
    if isinstance(value, str):
        return bool(value.strip())
    try:
        return not bool(pd.isna(value))
    except (TypeError, ValueError):
        return True


def as_number(value: object) -> float | None:
    """The cell as a float; None when empty or not a number."""
    if not is_known(value):
        return None
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def is_example(value: object) -> bool:
    """Whether a ``contoh`` cell marks example data (None/NaN mean no)."""
    return bool(value) if is_known(value) else False


def example_flags(rows: pd.DataFrame) -> pd.Series:
    """One bool per row: is it example data? (False for all when the column is absent)."""
    if EXAMPLE_COLUMN not in rows:
        return pd.Series(False, index=rows.index, dtype=bool)
    return rows[EXAMPLE_COLUMN].map(is_example).astype(bool)


def example_count(rows: pd.DataFrame) -> int:
    """How many rows are example data and must be labelled as such on screen."""
    return int(example_flags(rows).sum()) if len(rows) else 0


def any_example(rows: pd.DataFrame) -> bool:
    """Whether any of the rows is example data (a figure built on them is flagged)."""
    return bool(example_flags(rows).any()) if len(rows) else False


def iso_date(value: object) -> date | None:
    """The date of a stored ISO text (``2026-11-28``, possibly with a time); None otherwise.

    The store keeps dates as ISO text (the importer parsed what officials typed,
    see :func:`potensi.data.parsing.parse_date`); this only reads them back.
    """
    if not is_known(value):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None
