"""The one rule that keeps imported text from running as a spreadsheet formula."""

from __future__ import annotations

import io

import openpyxl
import pandas as pd

from potensi.core.safe_cells import neutralise, neutralise_frame, xlsx_bytes


def test_formula_text_gets_an_apostrophe_and_harmless_text_does_not() -> None:
    for text in (
        '=HYPERLINK("http://x","klik")',
        "+cmd|' /C calc'!A0",
        "@SUM(1+1)",
        "-2+3",
        "- 5 km",
        "\t=1+1",
        "\r=1",
        "+62 342 801000",
    ):
        assert neutralise(text) == "'" + text
    # a dash mark, a plain signed number: a spreadsheet reads them as text and a number
    for text in ("-", "--", "-5", "+62", "-1.234,5", "Kanigoro", "", "'=already"):
        assert neutralise(text) == text
    assert neutralise(-3) == -3 and neutralise(None) is None


def test_frame_keeps_numbers_numeric_and_neutralises_text_and_headers() -> None:
    frame = pd.DataFrame({"nama": ["=1+1", "Wlingi", None], "nilai": [-2.5, 3.0, None], "=kolom": [1, 2, 3]})
    safe = neutralise_frame(frame)
    assert safe["nama"].tolist()[:2] == ["'=1+1", "Wlingi"] and pd.isna(safe["nama"].iloc[2])
    assert pd.api.types.is_float_dtype(safe["nilai"]) and safe["nilai"].iloc[0] == -2.5
    assert list(safe.columns) == ["nama", "nilai", "'=kolom"]
    assert frame["nama"].iloc[0] == "=1+1"  # the caller's frame is untouched


def test_workbook_holds_values_only() -> None:
    content = xlsx_bytes({"data": pd.DataFrame({"=x": ['=HYPERLINK("http://x")', "ok"], "n": [-1, 2]})})
    sheet = openpyxl.load_workbook(io.BytesIO(content))["data"]
    cells = [c for row in sheet.iter_rows() for c in row]
    assert all(c.data_type != "f" for c in cells)
    assert [c.value for c in cells] == ["'=x", "n", '\'=HYPERLINK("http://x")', -1, "ok", 2]
