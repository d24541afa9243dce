"""Numbers in tables follow the dashboard's language, not the browser's locale."""

from __future__ import annotations

import pandas as pd

from potensi.core.formatting import format_frame
from potensi.data.parsing import parse_number


def test_frame_numbers_follow_the_language_and_read_back() -> None:
    frame = pd.DataFrame(
        {
            "nilai": [1175150.183, float("nan")],
            "peringkat": pd.array([1, None], dtype="Int64"),
            "nama": ["Ponggok", "Srengat"],
        }
    )
    indonesian = format_frame(frame, "id", {"nilai": 2})
    assert indonesian.nilai.tolist() == ["1.175.150,18", "–"]
    assert indonesian.peringkat.tolist() == ["1", "–"]
    assert indonesian.nama.tolist() == ["Ponggok", "Srengat"]
    assert format_frame(frame, "en", {"nilai": 2}).nilai.iloc[0] == "1,175,150.18"
    # what the reader sees parses back to the figure under the project's own Indonesian rules
    assert parse_number(indonesian.nilai.iloc[0]) == 1175150.18
    assert frame.nilai.iloc[0] == 1175150.183  # the input is not modified


def test_rupiah_percent_and_dates_in_both_languages() -> None:
    from potensi.core.formatting import (
        format_date,
        format_percent,
        format_rupiah,
        month_names,
    )

    assert format_rupiah(12_500_000_000, "id") == "Rp12,5 miliar"
    assert format_rupiah(12_500_000_000, "en") == "IDR 12.5 billion"
    assert format_rupiah(1_230_000_000_000, "id") == "Rp1,23 triliun"
    assert format_rupiah(750_000, "id") == "Rp750.000"  # below a million: the exact amount
    assert format_percent("16.5", "id") == "16,5%" and format_percent(None, "en") is None
    assert format_date("2025-05-03", "id") == "3 Mei 2025"
    assert format_date("2025-05-03", "en") == "3 May 2025"
    assert format_date("kemarin", "id") == "kemarin"  # a wrong date stays visible
    assert month_names("id")[7] == "Agustus" and month_names("en")[0] == "January"
