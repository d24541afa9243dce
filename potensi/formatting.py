"""Numbers the Indonesian way (``1.234,5``) or the English way (``1,234.5``)."""

from __future__ import annotations

import math
from collections.abc import Mapping

import pandas as pd

from potensi.i18n import Lang


def format_number(value: float | int | None, decimals: int = 0, lang: Lang = "id") -> str:
    """Group thousands and set the decimal mark for the language; NaN stays visible."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    text = f"{value:,.{decimals}f}"
    if lang == "id":
        text = text.replace(",", "\u0000").replace(".", ",").replace("\u0000", ".")
    return text


def format_rupiah(value: float | None, lang: Lang = "id") -> str:
    """Rupiah the way Indonesian texts write it: ``Rp12,5 miliar`` (no space after Rp).

    English uses the same scale words translated: ``IDR 12.5 billion``.
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    scales = ((1e12, "triliun", "trillion"), (1e9, "miliar", "billion"), (1e6, "juta", "million"))
    for size, word_id, word_en in scales:
        if abs(value) >= size:
            scaled = round(value / size, 2)
            decimals = next(d for d in (0, 1, 2) if round(scaled, d) == scaled)
            number = format_number(scaled, decimals, lang)
            return f"Rp{number} {word_id}" if lang == "id" else f"IDR {number} {word_en}"
    number = format_number(value, 0, lang)
    return f"Rp{number}" if lang == "id" else f"IDR {number}"


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
