"""The paper twin of every st.dataframe: all rows, the screen's display text, escaped."""

from __future__ import annotations

import pandas as pd

from ui.tables import print_table_html


def test_print_table_has_every_row_in_the_page_language_and_escapes_cells() -> None:
    frame = pd.DataFrame(
        {
            "nama": [f"Desa {i}" for i in range(25)],
            "luas": [1588.79 + i for i in range(25)],
            "sumber": ["https://a.go.id/x"] + [""] * 24,
        }
    )
    frame.loc[3, "nama"] = "<img src=x onerror=alert(1)>"
    frame.loc[4, "nama"] = "=HYPERLINK(1)"
    frame.loc[5, "luas"] = None
    html = print_table_html(
        frame, "id", link_labels={"https://a.go.id/x": "BPS, Statistik (2024)"}, link_columns=("sumber",)
    )
    assert html.count("<tr>") == 26  # header and all 25 rows (st.dataframe prints ten)
    assert "Desa 24" in html and "1.588,79" in html and "BPS, Statistik (2024)" in html
    assert "<img" not in html and "&lt;img src=x" in html
    assert "&#x27;=HYPERLINK(1)" in html  # the spreadsheet rule holds on paper too
    assert "<td>–</td>" in html
    assert 'class="peta-print-table"' in html
    assert "1,588.79" in print_table_html(frame, "en")
