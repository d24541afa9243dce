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


def test_table_cells_follow_the_language_years_stay_years() -> None:
    """The one path from a table's numbers to text (issue 13.5: ``10.8`` and ``1588.79``
    on Indonesian pages): decimals as stored (up to six) or fixed, counts grouped, years
    bare, and a column SQLite handed back as objects still read as numbers."""
    from potensi.core.formatting import column_formatters

    frame = pd.DataFrame(
        {
            "tahun": [2020, 2010],
            "nilai": [1588.79, 1116639.0],
            "jumlah": [1116639, 11],
            "lat": pd.Series([-8.123456, None], dtype=object),
            "umur_proyek_tahun": [25, 30],
            "contoh": [True, False],
            "nama": ["Srengat", "Wlingi"],
        }
    )
    write = {lang: column_formatters(frame, lang) for lang in ("id", "en")}
    assert set(write["id"]) == {"tahun", "nilai", "jumlah", "lat", "umur_proyek_tahun"}

    def shown(lang: str, column: str) -> list[str]:
        return [write[lang][column](v) for v in frame[column]]

    assert shown("id", "nilai") == ["1.588,79", "1.116.639"]
    assert shown("en", "nilai") == ["1,588.79", "1,116,639"]
    assert shown("id", "jumlah") == ["1.116.639", "11"]
    assert shown("id", "tahun") == shown("en", "tahun") == ["2020", "2010"]
    assert shown("id", "lat") == ["-8,123456", "–"]
    assert shown("en", "umur_proyek_tahun") == ["25", "30"]
    fixed = column_formatters(pd.DataFrame({"luas": [10.8, 10.31]}), "id", 2)["luas"]
    assert [fixed(v) for v in (10.8, 10.31)] == ["10,80", "10,31"]


def test_yes_no_cells_in_words_the_importer_reads_back() -> None:
    from potensi.core.formatting import format_bool
    from potensi.data.parsing import parse_bool

    assert [format_bool(v, "id") for v in (True, False, None)] == ["ya", "tidak", None]
    assert [format_bool(v, "en") for v in (True, False)] == ["yes", "no"]
    assert all(parse_bool(format_bool(v, lang)) is v for v in (True, False) for lang in ("id", "en"))


def test_odd_figures_stay_visible_and_never_crash_a_message() -> None:
    """A hostile file's -1e300 or -1e-10 is quoted back in the refusal: never "-0" or a crash."""
    from potensi.core.formatting import format_trimmed

    assert format_trimmed(-1e300, "id", 6) == "-1E300"
    assert format_trimmed(-1e-10, "id", 6) == "-1E-10"
    assert format_trimmed(float("nan"), "id") == "–"
    assert format_trimmed(-1500.5, "id", 6) == "-1.500,5"
