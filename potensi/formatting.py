"""Numbers the Indonesian way (``1.234,5``) or the English way (``1,234.5``)."""

from __future__ import annotations

import math

from potensi.i18n import Lang


def format_number(value: float | int | None, decimals: int = 0, lang: Lang = "id") -> str:
    """Group thousands and set the decimal mark for the language; NaN stays visible."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    text = f"{value:,.{decimals}f}"
    if lang == "id":
        text = text.replace(",", "\u0000").replace(".", ",").replace("\u0000", ".")
    return text
