"""Numbers, Rupiah, percentages and dates as a reader of each UI language writes them.

One module for every table, message, legend and export, so "1.588,79" never turns
into "1588.79" on one page and "1,588.79" on another. The locale rules (grouping,
decimal mark, month names, the words *juta/miliar/triliun*) come from CLDR through
Babel rather than from hand-written replacements.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING

import pandas as pd
from babel.dates import format_date as babel_date
from babel.dates import get_month_names
from babel.numbers import format_compact_decimal, format_decimal

from potensi.core.cells import is_known, iso_date

if TYPE_CHECKING:  # the type only: the analysis methods use this module without the catalogue
    from potensi.i18n import Lang

#: Babel locale of each UI language
LOCALES: dict[Lang, str] = {"id": "id_ID", "en": "en_US"}
#: what a missing figure shows, in every language
MISSING = "–"
#: Rupiah from this size on is written with a scale word ("Rp12,5 miliar")
RUPIAH_SCALE_FROM = 1e6


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def format_number(value: float | int | None, decimals: int = 0, lang: Lang = "id") -> str:
    """Group thousands and set the decimal mark for the language; NaN stays visible."""
    if _missing(value):
        return MISSING
    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    return format_decimal(value, format=pattern, locale=LOCALES[lang])


def format_trimmed(value: float, lang: Lang, max_decimals: int = 2) -> str:
    """A number with as few decimals as it needs (12 → "12", 12.5 → "12,5")."""
    rounded = round(value, max_decimals)
    decimals = next(d for d in range(max_decimals + 1) if round(rounded, d) == rounded)
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


def format_frame(frame: pd.DataFrame, lang: Lang, decimals: int | Mapping[str, int] = 3) -> pd.DataFrame:
    """Numeric columns as text (``1.175.150,18`` / ``1,175,150.18``); others untouched.

    Integer columns get no decimals; a mapping sets decimals per column (others 3).
    """
    out = frame.copy()
    for column in out.columns:
        values = out[column]
        if not pd.api.types.is_numeric_dtype(values) or pd.api.types.is_bool_dtype(values):
            continue
        if isinstance(decimals, Mapping):
            places = decimals.get(column, 3)
        else:
            places = decimals
        if pd.api.types.is_integer_dtype(values):
            places = 0
        out[column] = [format_number(None if pd.isna(v) else float(v), places, lang) for v in values]
    return out
