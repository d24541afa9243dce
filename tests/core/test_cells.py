"""What a cell means: filled in or not, example data or not; read back the same way everywhere."""

from __future__ import annotations

import math
from datetime import date

import pandas as pd

from potensi.core import cells


def test_none_nan_and_blank_are_unknown_but_zero_is_known() -> None:
    for empty in (None, math.nan, "", "   ", pd.NA, pd.NaT):
        assert not cells.is_known(empty), repr(empty)
    for value in (0, 0.0, "0", False, "x"):
        assert cells.is_known(value), repr(value)
    assert cells.as_number("12.5") == 12.5 and cells.as_number("abc") is None


def test_example_rows_are_counted_the_same_on_every_page() -> None:
    rows = pd.DataFrame({"contoh": [True, None, False, math.nan, 1]})
    assert cells.example_flags(rows).tolist() == [True, False, False, False, True]
    assert cells.example_count(rows) == 2 and cells.any_example(rows)
    assert cells.example_count(pd.DataFrame({"nama": ["a"]})) == 0  # no flag column: none is example
    assert not cells.any_example(rows.iloc[0:0])


def test_iso_dates_read_back_and_anything_else_is_none() -> None:
    assert cells.iso_date("2026-11-28") == date(2026, 11, 28)
    assert cells.iso_date("2025-05-03T10:00:00") == date(2025, 5, 3)
    assert cells.iso_date("kemarin") is None and cells.iso_date(None) is None
