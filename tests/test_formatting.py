"""Numbers in tables follow the dashboard's language, not the browser's locale."""

from __future__ import annotations

import pandas as pd

from potensi.data.parsing import parse_number
from potensi.core.formatting import format_frame


def test_frame_numbers_follow_the_language_and_read_back() -> None:
    frame = pd.DataFrame({"nilai": [1175150.183, float("nan")], "peringkat": pd.array([1, None], dtype="Int64"),
                          "nama": ["Ponggok", "Srengat"]})
    indonesian = format_frame(frame, "id", {"nilai": 2})
    assert indonesian.nilai.tolist() == ["1.175.150,18", "–"]
    assert indonesian.peringkat.tolist() == ["1", "–"]
    assert indonesian.nama.tolist() == ["Ponggok", "Srengat"]
    assert format_frame(frame, "en", {"nilai": 2}).nilai.iloc[0] == "1,175,150.18"
    # what the reader sees parses back to the figure under the project's own Indonesian rules
    assert parse_number(indonesian.nilai.iloc[0]) == 1175150.18
    assert frame.nilai.iloc[0] == 1175150.183  # the input is not modified
