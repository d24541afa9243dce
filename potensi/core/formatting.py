"""Numbers, Rupiah, percentages and dates as a reader of each UI language writes them.

One module for every table, message, legend and export, so "1.588,79" never turns
into "1588.79" on one page and "1,588.79" on another. The locale rules (grouping,
decimal mark, month names, the words *juta/miliar/triliun*) come from CLDR through
Babel rather than from hand-written replacements.
"""

from __future__ import annotations

import decimal
import math
from collections.abc import Callable, Mapping
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from babel import Locale
from babel.dates import format_date as babel_date
from babel.dates import get_month_names
from babel.numbers import NumberPattern, format_compact_decimal, format_scientific, parse_pattern

from potensi.core.cells import is_known, iso_date

if TYPE_CHECKING:  # the type only: the analysis methods use this module without the catalogue
    from potensi.i18n import Lang

#: Babel locale of each UI language
LOCALES: dict[Lang, str] = {"id": "id_ID", "en": "en_US"}
#: what a missing figure shows, in every language
MISSING = "–"
#: Rupiah from this size on is written with a scale word ("Rp12,5 miliar")
RUPIAH_SCALE_FROM = 1e6
#: most decimals a stored figure is shown with when no caller fixed them (coordinates carry six)
MAX_DECIMALS = 6
#: a yes/no cell in each language: the words the import template asks for and
#: :func:`potensi.data.parsing.parse_bool` reads back, so an export re-imports as is
BOOL_WORDS: dict[Lang, tuple[str, str]] = {"id": ("ya", "tidak"), "en": ("yes", "no")}
#: header words of a year column ("tahun", "Tahun pelaporan", "Year"): written 2024, never 2.024
_YEAR_WORDS = ("tahun", "year")
_YEARS = (1800, 2200)


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


@cache
def _locale(lang: Lang) -> Locale:
    return Locale.parse(LOCALES[lang])


@cache
def _grouped(decimals: int) -> NumberPattern:
    return parse_pattern("#,##0" + ("." + "0" * decimals if decimals > 0 else ""))


def format_number(value: float | int | None, decimals: int = 0, lang: Lang = "id") -> str:
    """Group thousands and set the decimal mark for the language; NaN stays visible.

    Babel's ``format_decimal`` with the locale and the pattern parsed once (what it does
    on every call otherwise: a table of 900 rows formats thousands of cells per rerun).
    """
    if _missing(value):
        return MISSING
    try:
        return _grouped(decimals).apply(value, _locale(lang))
    except decimal.InvalidOperation:  # beyond 28 digits (a typo like 1e300): scientific, still localised
        return format_scientific(value, locale=LOCALES[lang])


def format_trimmed(value: float, lang: Lang, max_decimals: int = 2) -> str:
    """A number with as few decimals as it needs (12 → "12", 12.5 → "12,5")."""
    if _missing(value):
        return MISSING
    rounded = round(value, max_decimals)
    if rounded == 0 and value != 0:  # 1e-10 is not "0": keep it visible
        return format_scientific(value, locale=LOCALES[lang])
    decimals = next((d for d in range(max_decimals + 1) if round(rounded, d) == rounded), max_decimals)
    return format_number(rounded, decimals, lang)


def format_rupiah(value: float | None, lang: Lang = "id") -> str:
    """Rupiah the way Indonesian texts write it: ``Rp12,5 miliar`` (no space after Rp).

    English uses the same scale words translated: ``IDR 12.5 billion``. Below a
    million the exact amount is shown.
    """
    if _missing(value):
        return MISSING
    if abs(value) >= RUPIAH_SCALE_FROM:
        number = format_compact_decimal(value, format_type="long", locale=LOCALES[lang], fraction_digits=2)
    else:
        number = format_number(value, 0, lang)
    return f"Rp{number}" if lang == "id" else f"IDR {number}"


def format_percent(value: object, lang: Lang) -> str | None:
    """A percentage the UI language's way ("16,5%" / "16.5%"); None when unknown."""
    if not is_known(value):
        return None
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return f"{format_trimmed(number, lang)}%"


def month_names(lang: Lang) -> tuple[str, ...]:
    """January … December in the UI language ("Januari" … "Desember")."""
    names = get_month_names("wide", locale=LOCALES[lang])
    return tuple(str(names[m]) for m in range(1, 13))


def format_day(day: date, lang: Lang) -> str:
    """A date written out: "3 Mei 2025" / "3 May 2025" (day, month as a word, year)."""
    return babel_date(day, format="d MMMM y", locale=LOCALES[lang])


def format_date(value: object, lang: Lang) -> str | None:
    """A date cell written out in the UI language ("28 November 2026", "3 Mei 2025").

    Officials read dates day-month-year with the month as a word; a bare ISO text
    is ambiguous to nobody but reads like a database dump. Unparseable text is
    returned as it is, so a wrong date stays visible instead of disappearing.
    """
    parsed = iso_date(value)
    if parsed is None:
        return str(value).strip() if is_known(value) else None
    return format_day(parsed, lang)


def format_bool(value: object, lang: Lang) -> str | None:
    """``ya``/``tidak`` (``yes``/``no``) for a yes/no cell; None when unknown.

    Python's ``True``/``False`` is what a spreadsheet export wrote before: neither word
    an official uses, and not what the import template asks for.
    """
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return None
    yes, no = BOOL_WORDS[lang]
    return yes if bool(value) else no


def _is_number(value: object) -> bool:
    return isinstance(value, int | float | np.number) and not isinstance(value, bool | np.bool_)


def number_columns(frame: pd.DataFrame) -> list[object]:
    """Columns that hold numbers: numeric dtypes (not bool), and object columns whose
    filled cells are all numbers (SQLite hands back a sparsely filled column that way)."""
    found = []
    for column in frame.columns:
        values = frame[column]
        if pd.api.types.is_bool_dtype(values):
            continue
        if pd.api.types.is_numeric_dtype(values):
            found.append(column)
        elif values.dtype == object:
            filled = [v for v in values if not _missing(v) and v is not pd.NA]
            if filled and all(_is_number(v) for v in filled):
                found.append(column)
    return found


def is_year_column(name: object, values: pd.Series) -> bool:
    """A column named like a year (tahun, year) whose filled cells are all whole years.

    Years are labels, not quantities: "2.024" reads as two thousand and twenty-four.
    Both conditions are needed, so ``umur_proyek_tahun`` (25) still counts as a number.
    """
    if not any(word in str(name).lower() for word in _YEAR_WORDS):
        return False
    filled = [v for v in values if not _missing(v) and v is not pd.NA]
    return bool(filled) and all(
        _is_number(v) and float(v).is_integer() and _YEARS[0] <= v <= _YEARS[1] for v in filled
    )


def format_cell(value: object, lang: Lang, decimals: int | None = None) -> str:
    """One number of a table: fixed ``decimals``, or as many as it has (up to six) when None."""
    if _missing(value) or value is pd.NA:
        return MISSING
    number = float(value)  # type: ignore[arg-type]
    if decimals is None:
        return format_trimmed(number, lang, MAX_DECIMALS)
    return format_number(number, decimals, lang)


def column_formatters(
    frame: pd.DataFrame, lang: Lang, decimals: int | Mapping[object, int] | None = None
) -> dict[object, Callable[[object], str]]:
    """For each number column of ``frame``, the function that writes its cells in ``lang``.

    The one path from a table's numbers to what a reader sees: the dashboard's tables
    show these strings over the numbers (which still sort as numbers), and
    :func:`format_frame` turns a frame into them. Integer columns get no decimals and
    year columns no grouping; ``decimals`` fixes the places (one for all, or per column;
    columns a mapping leaves out show what they have, up to :data:`MAX_DECIMALS`).
    """
    formatters: dict[object, Callable[[object], str]] = {}
    for column in number_columns(frame):
        values = frame[column]
        if is_year_column(column, values):
            formatters[column] = lambda v: MISSING if _missing(v) or v is pd.NA else str(int(v))  # type: ignore[arg-type]
            continue
        places = decimals.get(column) if isinstance(decimals, Mapping) else decimals
        if pd.api.types.is_integer_dtype(values):
            places = 0
        formatters[column] = lambda v, places=places: format_cell(v, lang, places)
    return formatters


def format_frame(
    frame: pd.DataFrame, lang: Lang, decimals: int | Mapping[object, int] | None = 3
) -> pd.DataFrame:
    """Number columns as text (``1.175.150,18`` / ``1,175,150.18``); others untouched.

    Integer columns get no decimals; a mapping sets decimals per column (others as
    stored, see :func:`column_formatters`).
    """
    out = frame.copy()
    for column, write in column_formatters(frame, lang, decimals).items():
        out[column] = [write(v) for v in out[column]]
    return out
