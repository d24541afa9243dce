"""Cell parsers on the values officials actually type, valid and invalid."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from potensi.data.parsing import (
    is_empty,
    normalise_header,
    parse_bool,
    parse_coordinate,
    parse_date,
    parse_int,
    parse_list,
    parse_number,
)

EMPTY = [None, float("nan"), np.nan, "", "   ", "\u00a0", "-", "–", " - "]


@pytest.mark.parametrize("value", EMPTY)
@pytest.mark.parametrize("parse", [parse_number, parse_int, parse_coordinate, parse_date, parse_bool])
def test_empty_cells_are_none(parse, value) -> None:
    assert parse(value) is None


@pytest.mark.parametrize("value", EMPTY)
def test_empty_cells_are_empty_lists(value) -> None:
    assert parse_list(value) == []


def test_is_empty_does_not_swallow_zero_or_false() -> None:
    assert not is_empty(0)
    assert not is_empty(False)
    assert not is_empty("0")


# ------------------------------------------------------------------------ numbers


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # Indonesian, the canonical form
        ("1.234,5", 1234.5),
        ("1.234.567", 1234567),
        ("12,5", 12.5),
        ("0,25", 0.25),
        ("-3.000", -3000),
        ("1.234", 1234),  # dots in groups of three are thousands
        ("1.234.567,89", 1234567.89),
        ("1234,5", 1234.5),
        # English decimal point, common in copied data
        ("1234.5", 1234.5),
        ("3.14159", 3.14159),
        ("0.250", 0.25),  # leading zero: never a thousands group
        ("12.5", 12.5),
        # both marks: the last one is the decimal mark
        ("1,234.5", 1234.5),
        ("1,234,567.89", 1234567.89),
        # currency, percent, spaces and "no cents"
        ("Rp1.250.000", 1250000),
        ("Rp 1.250.000", 1250000),
        ("Rp. 1.250.000,00", 1250000),
        ("rp 1.250.000,-", 1250000),
        ("IDR 5.000", 5000),
        ("-Rp 5.000", -5000),
        ("Rp -5.000", -5000),
        ("12,5%", 12.5),
        ("12,5 %", 12.5),
        ("\u00a01.234,5\u00a0", 1234.5),
        ("1 234 567", 1234567),
        ("1\u00a0234,5", 1234.5),
        ("\u22125", -5),  # Unicode minus
        ("+7", 7),
        ("007", 7),
        (",5", 0.5),
        ("1,5E+06", 1_500_000),  # how Excel writes big numbers into CSV
        # numbers from Excel pass through
        (7, 7.0),
        (1234.5, 1234.5),
        (np.int64(3), 3.0),
        (np.float64(2.5), 2.5),
    ],
)
def test_parse_number(value, expected) -> None:
    result = parse_number(value)
    assert isinstance(result, float)
    assert result == pytest.approx(expected)


@pytest.mark.parametrize(
    "value",
    [
        "12a",
        "1.2.3,4,5",
        "12,3,4",
        "1,234,567",
        "1.234.5",
        "12.34,5",
        "5.",
        "5,",
        "Rp",
        "%",
        "abc",
        "1,2.3",
        "--5",
        "-Rp -5",
        "1 2",
        "12 345 6",
        "1.5 ha",
        "(1.000)",
        True,
        False,
        np.True_,
        dt.date(2024, 8, 17),
        float("inf"),
        [1],
    ],
)
def test_parse_number_refuses(value) -> None:
    with pytest.raises(ValueError) as error:
        parse_number(value)
    assert "angka" in str(error.value)


def test_parse_number_message_shows_value_and_example() -> None:
    with pytest.raises(ValueError, match=r"^'12,3,4' bukan angka; tulis seperti 1\.234,5$"):
        parse_number("12,3,4")


@given(st.integers(min_value=-(10**12), max_value=10**12), st.integers(min_value=0, max_value=99))
def test_parse_number_reads_back_indonesian_formatting(whole: int, cents: int) -> None:
    """Whatever format_number-style Indonesian text we write, we read the same number."""
    text = f"{abs(whole):,}".replace(",", ".") + f",{cents:02d}"
    sign = "-" if whole < 0 else ""
    assert parse_number(sign + text) == pytest.approx(math.copysign(abs(whole) + cents / 100, whole or 1))
    assert parse_number(sign + f"{abs(whole):,}".replace(",", ".")) == whole


@pytest.mark.parametrize(
    ("value", "expected"),
    [("1.234", 1234), ("12", 12), (12.0, 12), ("-3.000", -3000), ("1.234,00", 1234), (5, 5)],
)
def test_parse_int(value, expected) -> None:
    result = parse_int(value)
    assert result == expected and isinstance(result, int)


@pytest.mark.parametrize("value", ["12,5", 12.5, "1234.5", "x", True])
def test_parse_int_refuses(value) -> None:
    with pytest.raises(ValueError):
        parse_int(value)


def test_parse_int_says_whole_number() -> None:
    with pytest.raises(ValueError, match="bilangan bulat"):
        parse_int("12,5")


# -------------------------------------------------------------------- coordinates


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("-8.0845", -8.0845),
        ("112.1", 112.1),
        ("112.123456", 112.123456),
        ("1.234", 1.234),  # never thousands here
        ("-8,0845", -8.0845),  # comma as decimal when there is no dot
        (-8.0845, -8.0845),
        (112, 112.0),
        ("8°03'04.2\"S", -(8 + 3 / 60 + 4.2 / 3600)),
        ("112°10'20\"E", 112 + 10 / 60 + 20 / 3600),
        ("8°03'04,2\" LS", -(8 + 3 / 60 + 4.2 / 3600)),  # Indonesian: lintang selatan
        ("112° 10' 20\" BT", 112 + 10 / 60 + 20 / 3600),  # bujur timur
        ("8°3'N", 8.05),
        ("S 8°03'04\"", -(8 + 3 / 60 + 4 / 3600)),
        ("8º03′04″S", -(8 + 3 / 60 + 4 / 3600)),  # ordinal º, prime and double prime
        ("8°3.5'S", -(8 + 3.5 / 60)),
        ("0°30'W", -0.5),
        ("-8.0845°", -8.0845),
        ("8.0845 S", -8.0845),
    ],
)
def test_parse_coordinate(value, expected) -> None:
    assert parse_coordinate(value) == pytest.approx(expected, abs=1e-12)


@pytest.mark.parametrize(
    "value",
    [
        "-8.08, 112.1",  # a pair in one cell
        "-8.084.5",
        "112,123,4",
        "-80845000",  # decimal point lost
        "200",
        "8°61'S",
        "8°03'61\"S",
        "-8°03'S",  # sign and hemisphere at once
        "N 8° S",
        "8 03 04",
        "8'03",
        "abc",
        True,
        dt.date(2024, 1, 1),
    ],
)
def test_parse_coordinate_refuses(value) -> None:
    with pytest.raises(ValueError):
        parse_coordinate(value)


# -------------------------------------------------------------------------- dates

AUG_17 = dt.date(2024, 8, 17)


@pytest.mark.parametrize(
    "value",
    [
        dt.datetime(2024, 8, 17),
        dt.datetime(2024, 8, 17, 13, 45),
        AUG_17,
        45521,  # Excel serial
        45521.0,
        45521.6,  # serial with a time of day
        "45521",  # serial kept as text in a CSV
        "2024-08-17",
        "2024-08-17 00:00:00",
        "2024-08-17T00:00:00",
        "2024/08/17",
        "17/08/2024",
        "17-08-2024",
        "17.08.2024",
        "17/8/2024",
        "17/08/2024 10:30",
        "17 Agustus 2024",
        "17 agustus 2024",
        "17 AGUSTUS 2024",
        "17 Agt 2024",
        "17 Ags 2024",
        "17 Agu 2024",
        "17 Agt. 2024",
        "Sabtu, 17 Agustus 2024",
        "Sabtu 17 Agustus 2024",
        "17 August 2024",
        "17 Aug 2024",
        "Aug 17, 2024",
        "August 17, 2024",
        "Saturday, August 17, 2024",
        "17-Aug-2024",
        "17-Agu-2024",
    ],
)
def test_parse_date(value) -> None:
    result = parse_date(value)
    assert result == AUG_17
    assert type(result) is dt.date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1 Januari 2025", dt.date(2025, 1, 1)),
        ("29 Februari 2024", dt.date(2024, 2, 29)),
        ("5 Mei 2023", dt.date(2023, 5, 5)),
        ("10 Nopember 1945", dt.date(1945, 11, 10)),  # old spelling; text is not year-limited
        ("31 Des 2024", dt.date(2024, 12, 31)),
        ("01/02/2024", dt.date(2024, 2, 1)),  # day first
        (18264, dt.date(1950, 1, 1)),  # first serial accepted
        (73051, dt.date(2100, 1, 1)),
    ],
)
def test_parse_date_more(value, expected) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("31/02/2024", "Februari 2024 hanya 29 hari"),
        ("29/02/2023", "Februari 2023 hanya 28 hari"),
        ("31 April 2024", "April 2024 hanya 30 hari"),
        ("08/17/2024", "bulan 17 tidak ada"),  # month-first is refused, not swapped
        ("17/08/24", "tahun harus ditulis 4 angka"),
        ("2024", "hanya tahun"),
        (2024, "bukan tanggal"),  # a plain number is not a serial outside 1950–2100
        (100, "bukan tanggal"),
        (18263, "tahun 1949"),  # 1949-12-31: just outside the plausible range
        (3_000_000, "bukan tanggal"),
        (-5, "bukan tanggal"),
        ("Minggu, 17 Agustus 2024", "jatuh pada hari Sabtu"),
        ("17 Agustusan 2024", "bukan tanggal"),
        ("besok", "bukan tanggal"),
        ("17/08", "bukan tanggal"),
        (True, "bukan tanggal"),
        (dt.time(10, 30), "bukan tanggal"),
    ],
)
def test_parse_date_refuses(value, message) -> None:
    with pytest.raises(ValueError, match=message):
        parse_date(value)


@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_excel_serials_round_trip(date: dt.date) -> None:
    serial = (date - dt.date(1899, 12, 30)).days
    assert parse_date(serial) == date
    assert parse_date(f"{date.day}/{date.month}/{date.year}") == date


# -------------------------------------------------------------------------- bools


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("ya", True),
        ("Ya", True),
        ("YA", True),
        ("iya", True),
        ("y", True),
        ("yes", True),
        ("true", True),
        ("TRUE", True),
        ("benar", True),
        ("BENAR", True),
        ("1", True),
        (1, True),
        (1.0, True),
        (True, True),
        (np.True_, True),
        ("tidak", False),
        ("Tidak", False),
        ("tdk", False),
        ("n", False),
        ("no", False),
        ("false", False),
        ("FALSE", False),
        ("salah", False),
        ("SALAH", False),
        ("0", False),
        (0, False),
        (False, False),
    ],
)
def test_parse_bool(value, expected) -> None:
    assert parse_bool(value) is expected


@pytest.mark.parametrize("value", ["t", "T", "v", "x", "X", "✓", "2", 2, 0.5, "mungkin", "ya tidak"])
def test_parse_bool_refuses(value) -> None:
    with pytest.raises(ValueError, match="Ya atau Tidak"):
        parse_bool(value)


def test_parse_bool_explains_why_t_is_ambiguous() -> None:
    with pytest.raises(ValueError, match="Tidak atau True"):
        parse_bool("t")


# -------------------------------------------------------------------------- lists


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Kopi; Gula Aren ;Keripik", ["Kopi", "Gula Aren", "Keripik"]),
        ("Kopi\nGula Aren\r\nKeripik", ["Kopi", "Gula Aren", "Keripik"]),  # Alt+Enter
        ("Kopi;;\n ; Gula", ["Kopi", "Gula"]),
        ("Kec. Srengat, Blitar", ["Kec. Srengat, Blitar"]),  # commas do not split
        ("satu", ["satu"]),
        ("• Kopi\n• Gula", ["Kopi", "Gula"]),
        ("- Kopi\n- Gula", ["Kopi", "Gula"]),
        (5, ["5"]),
        (5.0, ["5"]),
        (["a ", "", None, "b"], ["a", "b"]),
    ],
)
def test_parse_list(value, expected) -> None:
    assert parse_list(value) == expected


# ------------------------------------------------------------------------ headers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nama Inovasi*", "nama_inovasi"),
        ("Nama Inovasi *", "nama_inovasi"),
        ("  NAMA   INOVASI ", "nama_inovasi"),
        ("Nilai (Rp)", "nilai"),
        ("Nilai Investasi (Rp)*", "nilai_investasi"),
        ("Luas [ha]", "luas"),
        ("Tgl. Mulai", "tgl_mulai"),
        ("Kode-Desa", "kode_desa"),
        ("Lintang/Bujur", "lintang_bujur"),
        ("Jumlah\nPenduduk", "jumlah_penduduk"),
        ("No.", "no"),
        ("__nama__", "nama"),
        ("nama_inovasi", "nama_inovasi"),
        ("Ｎａｍａ", "nama"),  # full-width, from some input methods
        (2024, "2024"),
        (2024.0, "2024"),
        (None, ""),
        ("(Rp)", ""),
        ("*", ""),
    ],
)
def test_normalise_header(text, expected) -> None:
    assert normalise_header(text) == expected


@given(st.text(max_size=40))
def test_normalise_header_is_idempotent(text: str) -> None:
    once = normalise_header(text)
    assert normalise_header(once) == once


# ------------------------------------------------------- only ValueError, never a crash

ANY_CELL = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.datetimes(),
    st.dates(),
    st.text(),
    st.text(alphabet="0123456789.,-+ %RpIDRe°'\"NSEWLUBT/:"),
)


@settings(max_examples=300, deadline=None)
@given(ANY_CELL)
def test_parsers_only_ever_raise_value_error(value) -> None:
    for parse in (parse_number, parse_int, parse_coordinate, parse_date, parse_bool):
        try:
            result = parse(value)
        except ValueError as error:
            assert str(error)  # a message for the official
        else:
            if isinstance(result, float):
                assert math.isfinite(result)
    assert all(isinstance(item, str) and item for item in parse_list(value))
    assert isinstance(normalise_header(value), str)
