"""Indonesian cell values → Python values, one cell at a time.

Officials type numbers the Indonesian way (``1.234,5``), paste English-style numbers
copied from elsewhere (``1234.5``), write dates as ``17 Agustus 2024`` or leave Excel
serials behind, and mark "no data" with ``-``. Every function here takes one raw cell
(str, int, float, bool, datetime/date, None or NaN, exactly as
:mod:`potensi.data.readers` hands it over) and returns

* the parsed value,
* ``None`` (``[]`` for :func:`parse_list`) for an empty cell — ``None``, NaN, ``""``,
  whitespace, ``-`` or ``–``, or
* raises :class:`ValueError` whose message is a short Indonesian sentence saying what
  was expected, so the schema validator can put it straight into a
  :class:`~potensi.data.problems.Problem` next to the row and column.

No Streamlit, no I/O: these are pure functions, cheap enough to call per cell.

Guessing is kept to rules an official can be told in one line. Where a value is truly
ambiguous (``t`` for *tidak* or *true*, ``08/17/2024`` month-first) it is refused with
the way to write it, never silently read one way.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import numbers
import re
import unicodedata
from collections.abc import Iterable

import numpy as np
import pandas as pd

from potensi.core.formatting import month_names

__all__ = [
    "EMPTY_MARKERS",
    "is_empty",
    "normalise_header",
    "parse_bool",
    "parse_coordinate",
    "parse_date",
    "parse_int",
    "parse_list",
    "parse_number",
]

#: Text an official writes for "no value" (hyphen, en dash, em dash).
EMPTY_MARKERS = frozenset({"", "-", "–", "—"})

# Spaces Excel and web pages leave around and inside numbers: NBSP, narrow NBSP, thin.
_SPACES = "\u00a0\u202f\u2009\u2007"
_SPACE_TABLE = str.maketrans({c: " " for c in _SPACES})
# Unicode minus (U+2212) and the full-width hyphen-minus read as "-".
_MINUS_TABLE = str.maketrans({"\u2212": "-", "\uff0d": "-"})

_NUMBER_HINT = "tulis seperti 1.234,5"


def _quote(value: object, limit: int = 40) -> str:
    """The value as the official typed it, shortened for a message."""
    text = str(value)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f"'{text}'"


def _clean_text(value: str) -> str:
    """Same text with every kind of space as a plain space and the ends stripped."""
    return value.translate(_SPACE_TABLE).translate(_MINUS_TABLE).strip()


def is_empty(value: object) -> bool:
    """True for a cell that means "no value": None, NaN/NaT, blank text, ``-`` or ``–``."""
    if value is None:
        return True
    if isinstance(value, str):
        return _clean_text(value) in EMPTY_MARKERS
    if isinstance(value, list | tuple | dict | set):
        return False
    result = pd.isna(value)  # float/numpy NaN, pandas NaT and NA
    return isinstance(result, bool | np.bool_) and bool(result)


def _is_bool(value: object) -> bool:
    """Python and numpy booleans; both are numbers to ``isinstance`` but not to us."""
    return isinstance(value, bool | np.bool_)


def _is_real_number(value: object) -> bool:
    """An int or float (also numpy's) that fits a float; bools excluded."""
    if not isinstance(value, numbers.Real) or _is_bool(value):
        return False
    try:
        float(value)
    except OverflowError:  # an int with hundreds of digits is not a cell value
        return False
    return True


# --------------------------------------------------------------------------- numbers

# sign, currency, sign again ("-Rp 5.000" and "Rp -5.000"), then the number
_MONEY = re.compile(r"^([+-]?)\s*(?:(?:rp\.?|idr)\s*)?([+-]?)\s*(.*?)\s*%?$", re.IGNORECASE)
# "Rp 1.250.000,-" / ",--" / ".-": Indonesian for "no cents"
_NO_CENTS = re.compile(r"[.,]-{1,2}$")
_DIGITS = re.compile(r"^\d+$", re.ASCII)
_DOT_THOUSANDS = re.compile(r"^[1-9]\d{0,2}(?:\.\d{3})+$", re.ASCII)
_SPACE_THOUSANDS = re.compile(r"^(\d{1,3}(?: \d{3})+)(?:[.,](\d+))?$", re.ASCII)
_EXPONENT = re.compile(r"^(\d+(?:[.,]\d+)?)e([+-]?\d{1,3})$", re.IGNORECASE | re.ASCII)


def _grouped(text: str, thousands: str, decimal: str) -> float | None:
    """``text`` as <digits, maybe in groups of 3 split by thousands><decimal><digits>."""
    whole, _, fraction = text.rpartition(decimal)
    if not _DIGITS.match(fraction):
        return None
    if whole == "":  # ",5" / ".5"
        return float("0." + fraction)
    if _DIGITS.match(whole) or re.match(rf"^\d{{1,3}}(?:{re.escape(thousands)}\d{{3}})+$", whole, re.ASCII):
        return float(whole.replace(thousands, "") + "." + fraction)
    return None


def _unsigned_number(body: str) -> float | None:
    """Digits with Indonesian/English separators → float, or None if not a number.

    Indonesian is canonical (``.`` thousands, ``,`` decimal). Dots alone are thousands
    only when they form real groups of three after a non-zero lead (``1.234.567``);
    otherwise one dot is an English decimal point (``1234.5``, ``3.14159``, and
    ``0.250`` — no one groups thousands after a leading zero). With both marks the
    last one is the decimal mark. Several commas alone are refused rather than read
    as English thousands: ``1,234`` must stay 1.234 in an Indonesian file, and
    ``1,234,567`` being a million beside it would be a trap.
    """
    if _DIGITS.match(body):
        return float(body)
    if " " in body:  # "1 234 567" / "1 234,5": spaces group thousands
        spaced = _SPACE_THOUSANDS.match(body)
        if not spaced:
            return None
        whole, fraction = spaced.groups()
        return float(whole.replace(" ", "") + "." + (fraction or "0"))
    if exponent := _EXPONENT.match(body):  # Excel writes big numbers in CSV as 1,5E+06
        mantissa, power = exponent.groups()
        return float(f"{mantissa.replace(',', '.')}e{power}")  # inf when huge: refused
    dots, commas = body.count("."), body.count(",")
    if dots and commas:
        if body.rfind(",") > body.rfind("."):
            return _grouped(body, ".", ",") if commas == 1 else None
        return _grouped(body, ",", ".") if dots == 1 else None
    if commas == 1:
        return _grouped(body, ".", ",")
    if dots and _DOT_THOUSANDS.match(body):
        return float(body.replace(".", ""))
    if dots == 1:
        return _grouped(body, ",", ".")
    return None


def parse_number(value: object) -> float | None:
    """A number written the Indonesian way (or plainly English) → float.

    Numbers from Excel pass through; text may carry ``Rp``/``IDR``, a trailing ``%``
    (the number is kept as written: ``12,5%`` → 12.5) or ``,-`` ("no cents").
    Booleans and dates are refused: TRUE is not 1 to an official.
    """
    if is_empty(value):
        return None
    if _is_bool(value):
        raise ValueError(f"{_quote(value)} adalah nilai benar/salah, bukan angka; {_NUMBER_HINT}")
    if _is_real_number(value):
        return _finite(float(value), value)  # type: ignore[arg-type]
    if isinstance(value, dt.date | dt.time):
        raise ValueError(f"{_quote(value)} adalah tanggal/waktu, bukan angka; {_NUMBER_HINT}")
    if not isinstance(value, str):
        raise ValueError(f"{_quote(value)} bukan angka; {_NUMBER_HINT}")

    money = _MONEY.match(_clean_text(value))
    number = None
    if money:
        first_sign, second_sign, body = money.groups()
        body = _NO_CENTS.sub("", body)
        if not (first_sign and second_sign) and body[:1] in tuple("0123456789.,"):
            number = _unsigned_number(body)
    if number is None:
        raise ValueError(f"{_quote(value.strip())} bukan angka; {_NUMBER_HINT}")
    return _finite(-number if "-" in (first_sign, second_sign) else number, value)


def _finite(number: float, original: object) -> float:
    if not math.isfinite(number):
        raise ValueError(f"{_quote(original)} bukan angka yang wajar; {_NUMBER_HINT}")
    return number


def parse_int(value: object) -> int | None:
    """A whole number (counts, years, population) → int, by :func:`parse_number`'s rules."""
    number = parse_number(value)
    if number is None:
        return None
    if not number.is_integer():
        raise ValueError(f"{_quote(value)} bukan bilangan bulat; tulis tanpa desimal, mis. 1.234")
    return int(number)


# ----------------------------------------------------------------------- coordinates

# Hemisphere in English or Indonesian: LU/LS (lintang utara/selatan), BT/BB (bujur
# timur/barat), and single letters N S E W U T B.
_HEMISPHERE = r"(?:LU|LS|BT|BB|[NSEWUTB])"
_HEMISPHERE_SIGN = {
    "N": 1,
    "U": 1,
    "LU": 1,
    "E": 1,
    "T": 1,
    "BT": 1,
    "S": -1,
    "LS": -1,
    "W": -1,
    "B": -1,
    "BB": -1,
}
_NUM = r"\d+(?:[.,]\d+)?"
_COORDINATE = re.compile(
    rf"^(?P<pre>{_HEMISPHERE})?\s*(?P<sign>[+-])?\s*(?P<deg>{_NUM})\s*(?P<degmark>[°º˚])?\s*"
    rf"(?:(?P<min>{_NUM})\s*['′’]\s*)?"
    rf"(?:(?P<sec>{_NUM})\s*(?:\"|″|”|''|′′|’’)\s*)?"
    rf"(?P<post>{_HEMISPHERE})?$",
    re.IGNORECASE,
)
_COORDINATE_HINT = "tulis seperti -8.0845 atau 8°03'04\"S"


def _coordinate_part(text: str) -> float:
    return float(text.replace(",", "."))


def parse_coordinate(value: object) -> float | None:
    """Latitude or longitude in decimal degrees.

    Here ``.`` is always the decimal point (coordinates are copied from GPS apps and
    Google Maps, never grouped in thousands); ``,`` is accepted as the decimal mark
    only when there is no ``.``. Degrees-minutes-seconds are read too, with English
    or Indonesian hemispheres (``S``/``LS`` and ``W``/``BB`` negative). Values beyond
    ±180 are refused: they are usually a number whose decimal point was lost.
    """
    if is_empty(value):
        return None
    if _is_bool(value):
        raise ValueError(f"{_quote(value)} bukan koordinat; {_COORDINATE_HINT}")
    if _is_real_number(value):
        number = float(value)  # type: ignore[arg-type]
    elif isinstance(value, str):
        number = _coordinate_from_text(value)
    else:
        raise ValueError(f"{_quote(value)} bukan koordinat; {_COORDINATE_HINT}")
    if not math.isfinite(number) or abs(number) > 180:
        raise ValueError(
            f"{_quote(value)} di luar rentang koordinat (-180 s.d. 180); "
            "mungkin titik desimalnya hilang — tulis seperti -8.0845"
        )
    return number


def _coordinate_from_text(value: str) -> float:
    text = _clean_text(value)
    match = _COORDINATE.match(text)
    if not match:
        if "," in text and "." in text:
            raise ValueError(
                f"{_quote(value)} bukan satu koordinat; isi lintang dan bujur di kolom "
                "masing-masing dan pakai titik sebagai desimal, mis. -8.0845"
            )
        raise ValueError(f"{_quote(value)} bukan koordinat; {_COORDINATE_HINT}")
    pre, post = match["pre"], match["post"]
    if pre and post:
        raise ValueError(f"{_quote(value)} menulis arah mata angin dua kali; {_COORDINATE_HINT}")
    hemisphere = (pre or post or "").upper()
    if hemisphere and match["sign"]:
        raise ValueError(
            f"{_quote(value)} memakai tanda {match['sign']} dan arah {hemisphere} sekaligus; "
            "pakai salah satu saja"
        )
    degrees = _coordinate_part(match["deg"])
    minutes = _coordinate_part(match["min"]) if match["min"] else 0.0
    seconds = _coordinate_part(match["sec"]) if match["sec"] else 0.0
    if (match["min"] or match["sec"]) and not match["degmark"]:
        raise ValueError(f"{_quote(value)} bukan koordinat; {_COORDINATE_HINT}")
    if match["min"] or match["sec"]:
        if not degrees.is_integer() or (match["sec"] and not minutes.is_integer()):
            raise ValueError(
                f"{_quote(value)}: hanya bagian terakhir (detik) yang boleh berdesimal; {_COORDINATE_HINT}"
            )
        if minutes >= 60 or seconds >= 60:
            raise ValueError(f"{_quote(value)}: menit dan detik harus di bawah 60")
    number = degrees + minutes / 60 + seconds / 3600
    sign = -1 if match["sign"] == "-" else 1
    if hemisphere:
        sign = _HEMISPHERE_SIGN[hemisphere]
    return sign * number


# ----------------------------------------------------------------------------- dates

EXCEL_EPOCH = dt.date(1899, 12, 30)
_SERIAL_MIN, _SERIAL_MAX = 1, 2958465
_SERIAL_YEARS = (1950, 2100)


def _numbered(groups: list[tuple[str, ...]], start: int) -> dict[str, int]:
    """{name: number} for groups of synonyms numbered from ``start``."""
    return {name: number for number, names in enumerate(groups, start) for name in names}


# Indonesian names, their usual abbreviations (incl. old spellings "Pebruari",
# "Nopember") and English names.
_MONTHS = _numbered(
    [
        ("januari", "jan", "january"),
        ("februari", "feb", "pebruari", "peb", "february"),
        ("maret", "mar", "march"),
        ("april", "apr"),
        ("mei", "may"),
        ("juni", "jun", "june"),
        ("juli", "jul", "july"),
        ("agustus", "agu", "agt", "ags", "agus", "aug", "august"),
        ("september", "sep", "sept"),
        ("oktober", "okt", "oct", "october"),
        ("november", "nov", "nop", "nopember"),
        ("desember", "des", "dec", "december"),
    ],
    start=1,
)
_MONTH_NAMES_ID = ("", *month_names("id"))

# weekday name → date.weekday() (Monday = 0)
_WEEKDAYS = _numbered(
    [
        ("senin", "monday", "mon"),
        ("selasa", "tuesday", "tue"),
        ("rabu", "wednesday", "wed"),
        ("kamis", "thursday", "thu"),
        ("jumat", "jum'at", "friday", "fri"),
        ("sabtu", "saturday", "sat"),
        ("minggu", "ahad", "sunday", "sun"),
    ],
    start=0,
)
_WEEKDAY_NAMES_ID = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
_DATE_HINT = "tulis seperti 17/08/2024 atau 17 Agustus 2024"
# an optional time after the date: "2024-08-17 00:00:00", "17/08/2024 10.30"
# (a time that cannot exist, "25:61", makes the whole cell suspect: refused)
_TIME = r"(?:[ T](?:[01]?\d|2[0-3])[:.][0-5]\d(?:[:.][0-5]\d(?:\.\d+)?)?)?"
_ISO = re.compile(rf"^(\d{{4}})([-/.])(\d{{1,2}})\2(\d{{1,2}}){_TIME}$")
_DAY_FIRST = re.compile(rf"^(\d{{1,2}})([-/.])(\d{{1,2}})\2(\d{{2,4}}){_TIME}$")


def _make_date(year: int, month: int, day: int, original: object) -> dt.date:
    """A date, or a message saying which part does not exist."""
    if not 1 <= month <= 12:
        raise ValueError(
            f"{_quote(original)} bukan tanggal yang valid: bulan {month} tidak ada; "
            "tulis hari dulu, lalu bulan, seperti 17/08/2024"
        )
    if not 1 <= year <= 9999:
        raise ValueError(f"{_quote(original)} bukan tanggal yang valid: tahun {year}; {_DATE_HINT}")
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise ValueError(
            f"{_quote(original)} bukan tanggal yang ada: {_MONTH_NAMES_ID[month]} {year} hanya {last} hari"
        )
    return dt.date(year, month, day)


def _from_serial(serial: float, original: object) -> dt.date:
    """Excel's day count since 1899-12-30, only for plausible years (1950–2100)."""
    if not (_SERIAL_MIN <= serial <= _SERIAL_MAX):
        raise ValueError(f"angka {_quote(original)} bukan tanggal; {_DATE_HINT}")
    date = EXCEL_EPOCH + dt.timedelta(days=int(serial))
    if not _SERIAL_YEARS[0] <= date.year <= _SERIAL_YEARS[1]:
        raise ValueError(
            f"angka {_quote(original)} bukan tanggal (sebagai nomor seri Excel jatuh pada "
            f"tahun {date.year}); {_DATE_HINT}"
        )
    return date


def _four_digit_year(text: str, original: object) -> int:
    if len(text) != 4:
        raise ValueError(f"{_quote(original)}: tahun harus ditulis 4 angka; {_DATE_HINT}")
    return int(text)


def _date_with_month_name(text: str, original: object) -> dt.date:
    words = [w for w in re.split(r"[\s,./-]+", text.lower()) if w]
    weekday = _WEEKDAYS.get(words[0]) if words else None
    if weekday is not None:
        words = words[1:]
    if len(words) != 3:
        raise ValueError(f"{_quote(original)} bukan tanggal; {_DATE_HINT}")
    if words[1] in _MONTHS and words[0].isdigit() and words[2].isdigit():  # 17 Agustus 2024
        day, month, year = words[0], _MONTHS[words[1]], words[2]
    elif words[0] in _MONTHS and words[1].isdigit() and words[2].isdigit():  # Aug 17, 2024
        day, month, year = words[1], _MONTHS[words[0]], words[2]
    else:
        raise ValueError(f"{_quote(original)} bukan tanggal; {_DATE_HINT}")
    date = _make_date(_four_digit_year(year, original), month, int(day), original)
    if weekday is not None and date.weekday() != weekday:
        # "Minggu, 17 Agustus 2024": the day name and the date disagree; one is a typo
        raise ValueError(
            f"{_quote(original)}: {date.day} {_MONTH_NAMES_ID[date.month]} {date.year} "
            f"jatuh pada hari {_WEEKDAY_NAMES_ID[date.weekday()]}; periksa tanggalnya"
        )
    return date


def parse_date(value: object) -> dt.date | None:
    """A calendar date from a date cell, an Excel serial or Indonesian/English text.

    Numeric text is read day first (Indonesian order); a month above 12 is refused
    rather than swapped, so ``08/17/2024`` gets a message instead of a wrong date.
    Plain numbers count as Excel serials only when they land in 1950–2100, so a year
    (2024) or an amount is not quietly turned into a date.
    """
    if is_empty(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if _is_bool(value):
        raise ValueError(f"{_quote(value)} bukan tanggal; {_DATE_HINT}")
    if _is_real_number(value):
        number = float(value)  # type: ignore[arg-type]
        if not math.isfinite(number):
            raise ValueError(f"{_quote(value)} bukan tanggal; {_DATE_HINT}")
        return _from_serial(number, value)
    if not isinstance(value, str):
        raise ValueError(f"{_quote(value)} bukan tanggal; {_DATE_HINT}")

    text = _clean_text(value)
    if re.fullmatch(r"(?:19|20)\d\d", text):
        raise ValueError(f"{_quote(value)} hanya tahun; tulis tanggal lengkap seperti 17/08/2024")
    if re.fullmatch(r"\d+(?:[.,]\d+)?", text, re.ASCII):  # a serial kept as text (CSV)
        return _from_serial(float(text.replace(",", ".")), value)
    if match := _ISO.match(text):
        year, _, month, day = match.groups()
        return _make_date(int(year), int(month), int(day), value)
    if match := _DAY_FIRST.match(text):
        day, _, month, year = match.groups()
        return _make_date(_four_digit_year(year, value), int(month), int(day), value)
    if re.search(r"[a-zA-Z]", text):
        return _date_with_month_name(text, value)
    raise ValueError(f"{_quote(value)} bukan tanggal; {_DATE_HINT}")


# ----------------------------------------------------------------------------- bools

_TRUE = {"ya", "iya", "y", "yes", "true", "benar", "1"}
_FALSE = {"tidak", "tdk", "n", "no", "false", "salah", "0"}
_BOOL_HINT = "tulis Ya atau Tidak"


def parse_bool(value: object) -> bool | None:
    """Ya/Tidak (and yes/no, true/false, benar/salah, 1/0) → bool.

    ``t`` is refused because it is *tidak* to one official and *true* to another;
    check marks (``v``, ``x``, ``✓``) are refused because ``x`` means "yes, ticked" on
    one form and "no" on the next.
    """
    if is_empty(value):
        return None
    if _is_bool(value):
        return bool(value)
    if _is_real_number(value):
        if value == 1:
            return True
        if value == 0:
            return False
        raise ValueError(f"{_quote(value)} bukan Ya/Tidak; {_BOOL_HINT}")
    if not isinstance(value, str):
        raise ValueError(f"{_quote(value)} bukan Ya/Tidak; {_BOOL_HINT}")
    text = _clean_text(value).lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    if text == "t":
        raise ValueError(f"'{value.strip()}' bisa berarti Tidak atau True; {_BOOL_HINT}")
    raise ValueError(f"{_quote(value.strip())} bukan Ya/Tidak; {_BOOL_HINT}")


# ----------------------------------------------------------------------------- lists

_BULLET = re.compile(r"^(?:[•·▪◦●]\s*|[-*]\s+)")


def _list_item(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date().isoformat()
    return str(value)


def parse_list(value: object) -> list[str]:
    """Items separated by ``;`` or line breaks (Alt+Enter in a cell) → list of str.

    Commas do not separate: Indonesian names and amounts contain them
    ("Kec. Srengat, Blitar", "1,5 ha"). Bullets pasted from Word are dropped.
    """
    if isinstance(value, list | tuple):
        items: Iterable[object] = value
    elif is_empty(value):
        return []
    elif isinstance(value, str):
        items = re.split(r";|\r\n|\r|\n", value)
    else:
        items = [value]
    result = []
    for item in items:
        if is_empty(item):
            continue
        text = _BULLET.sub("", _clean_text(_list_item(item)))
        if text not in EMPTY_MARKERS:
            result.append(text)
    return result


# --------------------------------------------------------------------------- headers


def normalise_header(text: object) -> str:
    """A column header as written → the schema's column name.

    ``"Nama Inovasi*"`` → ``nama_inovasi``, ``"Nilai (Rp)"`` → ``nilai``,
    ``"Luas / Area"`` → ``luas_area``. Templates mark required columns with ``*`` and
    units in parentheses; officials add spaces, line breaks (Alt+Enter) and change
    case. Any run of characters that are not letters or digits becomes one ``_``, so
    the function is idempotent on names it produced.
    """
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return ""
    if isinstance(text, float) and text.is_integer():
        text = int(text)  # a year header stored as a number: 2024.0 → "2024"
    if isinstance(text, dt.datetime) and text.time() == dt.time():
        text = text.date()
    if isinstance(text, dt.date):
        text = text.isoformat()
    result = unicodedata.normalize("NFKC", str(text)).lower()
    result = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", " ", result)  # units: (Rp), [ha]
    result = result.replace("*", " ")
    result = re.sub(r"[\W_]+", "_", result)
    return result.strip("_")
