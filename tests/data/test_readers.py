"""read_table on files made the way officials make them: nothing is mocked.

Workbooks are written with openpyxl, CSVs as raw bytes in the encodings Excel on
Indonesian Windows produces, so these tests read what a real upload contains.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from potensi.data import readers
from potensi.data.problems import Problem, ValidationFailed
from potensi.data.readers import MAX_ROWS, MAX_UPLOAD_BYTES, RawTable, read_table

INOVASI = ["no", "nama_inovasi", "nilai", "tanggal_mulai", "jumlah"]
TITLE = "DATA INOVASI DAERAH KABUPATEN BLITAR TAHUN 2025"


def workbook_bytes(workbook: openpyxl.Workbook) -> bytes:
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def official_workbook() -> openpyxl.Workbook:
    """A template as an official fills it: instructions sheet first, title, blank row."""
    workbook = openpyxl.Workbook()
    guide = workbook.active
    guide.title = "Petunjuk"
    guide["A1"] = "Petunjuk pengisian"
    guide["A2"] = "Nama Inovasi"  # a column name alone in a row is not a header
    guide["B2"] = "wajib diisi"
    data = workbook.create_sheet("Data")
    data["A1"] = TITLE
    data.merge_cells("A1:F1")
    # row 2 left empty
    for column, header in enumerate(
        ["No", "Nama Inovasi*", "NILAI (Rp)", "Tanggal Mulai", "jumlah", "Keterangan"], start=1
    ):
        data.cell(row=3, column=column, value=header)
    data.append([1, "  Kopi Robusta Bakung ", "1.234,5", dt.datetime(2024, 8, 17), 10, "ok"])
    data.append([2, "Gula Aren", "2.000", None, 5, None])
    data.append([3, "Keripik Pisang", "750", None, "=B5*2", "dihitung"])
    # row 7 left empty
    data["A8"] = 4
    data["B8"] = "Batik Tulis"
    data["C8"] = 1500.75
    data["G8"] = "catatan tanpa judul kolom"
    return workbook


OFFICIAL_XLSX = workbook_bytes(official_workbook())


# --------------------------------------------------------------------------- XLSX


@pytest.fixture(scope="module")
def official_table() -> RawTable:
    return read_table(OFFICIAL_XLSX, "inovasi 2025.xlsx", INOVASI)


def test_header_found_below_merged_title_on_data_sheet(official_table: RawTable) -> None:
    assert official_table.sheet == "Data"
    assert official_table.header_row == 3
    assert official_table.source == "inovasi 2025.xlsx"
    assert list(official_table.frame.columns) == [*INOVASI, "keterangan"]  # unknown kept
    assert official_table.original_headers["nama_inovasi"] == "Nama Inovasi*"
    assert official_table.original_headers["nilai"] == "NILAI (Rp)"


def test_index_is_excel_row_numbers_and_empty_rows_are_skipped(official_table: RawTable) -> None:
    assert list(official_table.frame.index) == [4, 5, 6, 8]


def test_cells_keep_their_raw_types(official_table: RawTable) -> None:
    frame = official_table.frame
    assert frame.at[4, "nilai"] == "1.234,5"  # text stays text, for parse_number
    assert frame.at[4, "tanggal_mulai"] == dt.datetime(2024, 8, 17)
    assert isinstance(frame.at[4, "tanggal_mulai"], dt.datetime)
    assert frame.at[4, "no"] == 1 and isinstance(frame.at[4, "no"], int)
    assert frame.at[8, "nilai"] == 1500.75
    assert frame.at[4, "nama_inovasi"] == "Kopi Robusta Bakung"  # stripped
    assert frame.at[5, "tanggal_mulai"] is None  # None, not NaN
    assert frame.at[5, "keterangan"] is None
    assert {str(dtype) for dtype in frame.dtypes} == {"object"}


def test_formula_cell_is_a_problem_naming_row_and_column(official_table: RawTable) -> None:
    formula = [p for p in official_table.problems if "rumus" in p.message]
    assert formula == [
        Problem(
            6,
            "jumlah",
            "sel berisi rumus (=B5*2)",
            "salin sel lalu Tempel Nilai (Paste Values) agar angka yang tersimpan dapat ditelusuri",
        )
    ]
    assert official_table.frame.at[6, "jumlah"] is None  # row kept, value dropped
    assert official_table.frame.at[6, "keterangan"] == "dihitung"


def test_data_under_an_empty_header_names_the_column_letter(official_table: RawTable) -> None:
    untitled = [p for p in official_table.problems if p.column == "G"]
    assert len(untitled) == 1
    assert untitled[0].row == 8
    assert "tidak berjudul" in untitled[0].message
    assert "baris 3" in untitled[0].hint
    assert len(official_table.problems) == 2


def test_path_and_upper_case_extension_read_the_same(tmp_path: Path, official_table: RawTable) -> None:
    path = tmp_path / "INOVASI.XLSX"
    path.write_bytes(OFFICIAL_XLSX)
    table = read_table(path, path.name, INOVASI)
    assert table.frame.equals(official_table.frame)
    assert table.problems == official_table.problems


def test_xlsm_is_read() -> None:
    table = read_table(OFFICIAL_XLSX, "inovasi.xlsm", INOVASI)
    assert table.header_row == 3


def test_header_on_first_row_and_fewer_expected_columns() -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Kode Desa"])
    sheet.append(["35.05.01.2001"])
    table = read_table(workbook_bytes(workbook), "desa.xlsx", ["kode_desa"])
    assert table.header_row == 1
    assert table.frame.to_dict("index") == {2: {"kode_desa": "35.05.01.2001"}}


def test_duplicate_headers_and_excel_errors_are_problems() -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Nama", "Nilai", "NAMA*", ""])
    sheet.append(["Kopi", "#N/A", "Kopi lagi", None])
    table = read_table(workbook_bytes(workbook), "ganda.xlsx", ["nama", "nilai"])
    assert list(table.frame.columns) == ["nama", "nilai"]
    duplicate = [p for p in table.problems if "ganda" in p.message]
    assert len(duplicate) == 1
    assert duplicate[0].row == 1 and duplicate[0].column == "NAMA*"
    assert "kolom A" in duplicate[0].message and "kolom C" in duplicate[0].message
    error = [p for p in table.problems if "galat" in p.message]
    assert [(p.row, p.column) for p in error] == [(2, "Nilai")]
    assert table.frame.at[2, "nilai"] is None


def test_empty_untitled_columns_are_dropped_silently() -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Nama", None, "Nilai"])
    sheet.append(["Kopi", None, 3])
    table = read_table(workbook_bytes(workbook), "x.xlsx", ["nama", "nilai"])
    assert list(table.frame.columns) == ["nama", "nilai"]
    assert table.problems == []


def test_no_header_lists_expected_columns_and_first_row() -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet["A1"] = TITLE
    sheet.append(["Judul", "Harga"])
    with pytest.raises(ValidationFailed) as refused:
        read_table(workbook_bytes(workbook), "salah.xlsx", INOVASI)
    [problem] = refused.value.problems
    for name in INOVASI:
        assert name in problem.message
    assert TITLE in problem.message and "baris 1" in problem.message
    assert "ditolak" in str(refused.value)


def test_header_below_row_30_is_not_found() -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet["A31"], sheet["B31"] = "No", "Nama Inovasi"
    with pytest.raises(ValidationFailed, match="30 baris pertama"):
        read_table(workbook_bytes(workbook), "jauh.xlsx", INOVASI)


# ---------------------------------------------------------------------------- CSV


def test_windows_1252_csv_with_semicolons() -> None:
    text = (
        "Kecamatan;Desa;Nilai (Rp);Keterangan\r\n"
        "Srengat;Ngaglik;Rp1.250.000;Ngaglik – Kec. Srengat\r\n"
        'Wlingi;Beru;1.234,5;"Kafé ""Séduh""; buka\r\n24 jam"\r\n'
        "\r\n"
        "Kanigoro;Sawentar;;\r\n"
    )
    content = text.encode("cp1252")
    assert b"\x96" in content  # the en dash cp1252 and latin-1 disagree on
    table = read_table(content, "potensi.csv", ["kecamatan", "desa", "nilai"])
    assert table.encoding == "cp1252" and table.delimiter == ";"
    assert table.sheet is None and table.header_row == 1
    # Excel rows: the quoted line break stays inside row 3; the blank row 4 is skipped
    assert list(table.frame.index) == [2, 3, 5]
    frame = table.frame
    assert frame.at[2, "keterangan"] == "Ngaglik – Kec. Srengat"
    assert frame.at[2, "nilai"] == "Rp1.250.000"
    assert frame.at[3, "nilai"] == "1.234,5"  # not split at the decimal comma
    assert frame.at[3, "keterangan"] == 'Kafé "Séduh"; buka\r\n24 jam'
    assert frame.at[5, "nilai"] is None and frame.at[5, "keterangan"] is None
    assert table.original_headers["nilai"] == "Nilai (Rp)"
    assert table.problems == []


def test_utf8_bom_csv_with_commas() -> None:
    text = (
        'Nama Inovasi,Nilai,Lokasi\n"Kopi Robusta","1.234,5","Kec. Srengat, Blitar"\nGula Aren,750,Wlingi\n'
    )
    table = read_table(b"\xef\xbb\xbf" + text.encode("utf-8"), "inovasi.CSV", ["nama_inovasi", "nilai"])
    assert table.encoding == "utf-8-sig" and table.delimiter == ","
    assert list(table.frame.columns) == ["nama_inovasi", "nilai", "lokasi"]  # BOM not in the name
    assert list(table.frame.index) == [2, 3]
    assert table.frame.at[2, "nilai"] == "1.234,5"
    assert table.frame.at[2, "lokasi"] == "Kec. Srengat, Blitar"
    assert table.frame.at[3, "nilai"] == "750"  # every CSV cell is text


def test_csv_with_title_rows_sep_line_and_extra_cells() -> None:
    text = "sep=;\nDATA POTENSI DESA;;;\n;;;\nNama;Nilai;;\nKopi;1,5;;\nGula;2;;catatan\n"
    table = read_table(text.encode("utf-8"), "potensi.txt", ["nama", "nilai"])
    assert table.header_row == 3  # Excel hides the sep= line
    assert list(table.frame.index) == [4, 5]
    assert list(table.frame.columns) == ["nama", "nilai"]
    [untitled] = table.problems
    assert (untitled.row, untitled.column) == (5, "D")


def test_excel_unicode_text_is_utf16_with_tabs() -> None:
    text = "Nama\tNilai\r\nKafé\t1.234,5\r\n"
    table = read_table(text.encode("utf-16"), "ekspor.txt", ["nama", "nilai"])
    assert table.delimiter == "\t"
    assert table.frame.to_dict("index") == {2: {"nama": "Kafé", "nilai": "1.234,5"}}


def test_csv_unclosed_quote_is_refused_with_its_line() -> None:
    content = b'Nama;Nilai\nKopi;1\n"Gula;2\nTeh;3\n'
    with pytest.raises(ValidationFailed) as refused:
        read_table(content, "rusak.csv", ["nama", "nilai"])
    assert "baris 3" in refused.value.problems[0].message
    assert "kutip" in refused.value.problems[0].message


def test_csv_without_header_shows_the_first_line() -> None:
    with pytest.raises(ValidationFailed) as refused:
        read_table(b"\n\nfoo;bar\n1;2\n", "lain.csv", ["nama", "nilai"])
    message = refused.value.problems[0].message
    assert "nama, nilai" in message and "baris 3" in message and "foo;bar" in message


def test_xlsx_renamed_to_csv_is_refused() -> None:
    with pytest.raises(ValidationFailed, match="sebenarnya berkas Excel"):
        read_table(OFFICIAL_XLSX, "data.csv", INOVASI)


def test_binary_named_csv_is_refused() -> None:
    with pytest.raises(ValidationFailed, match="bukan berkas teks"):
        read_table(bytes(range(256)) * 4, "acak.csv", INOVASI)


def test_too_many_rows_is_refused() -> None:
    lines = ["Nama;Nilai"] + [f"desa {i};{i}" for i in range(MAX_ROWS + 1)]
    content = "\n".join(lines).encode()
    with pytest.raises(ValidationFailed) as refused:
        read_table(content, "besar.csv", ["nama", "nilai"])
    assert "50.000" in refused.value.problems[0].message
    table = read_table("\n".join(lines[:-1]).encode(), "pas.csv", ["nama", "nilai"])
    assert len(table.frame) == MAX_ROWS
    assert table.frame.index[-1] == MAX_ROWS + 1


def test_row_limit_counts_data_rows_not_blank_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "MAX_ROWS", 2)
    table = read_table(b"Nama;Nilai\na;1\n\n\nb;2\n", "x.csv", ["nama", "nilai"])
    assert list(table.frame.index) == [2, 5]
    with pytest.raises(ValidationFailed):
        read_table(b"Nama;Nilai\na;1\nb;2\nc;3\n", "x.csv", ["nama", "nilai"])


# ----------------------------------------------------------------- file-level refusals


def test_oversized_upload_is_refused_before_parsing() -> None:
    content = b"\x00" * (MAX_UPLOAD_BYTES + 1)  # garbage: parsing it would fail differently
    with pytest.raises(ValidationFailed) as refused:
        read_table(content, "besar.xlsx", INOVASI)
    [problem] = refused.value.problems
    assert problem.message == "Berkas terlalu besar (10.485.761 bita); batas 10 MB."
    assert "Pecah berkas" in problem.hint


def test_oversized_path_is_refused_by_size_alone(tmp_path: Path) -> None:
    path = tmp_path / "besar.csv"
    with path.open("wb") as handle:  # sparse: nothing is written, nothing must be read
        handle.truncate(int(12.3 * 1024 * 1024))
    with pytest.raises(ValidationFailed) as refused:
        read_table(path, path.name, INOVASI)
    assert refused.value.problems[0].message == "Berkas terlalu besar (12,3 MB); batas 10 MB."


def test_xls_is_refused_with_how_to_resave() -> None:
    with pytest.raises(ValidationFailed) as refused:
        read_table(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "lama.XLS", INOVASI)
    message = refused.value.problems[0].message
    assert ".xls (Excel 97-2003) tidak didukung" in message and "simpan ulang sebagai .xlsx" in message


@pytest.mark.parametrize("name", ["data.pdf", "data.ods", "data"])
def test_other_formats_are_refused_listing_supported(name: str) -> None:
    with pytest.raises(ValidationFailed) as refused:
        read_table(b"whatever", name, INOVASI)
    assert ".xlsx, .xlsm, .csv, .txt atau .geojson" in refused.value.problems[0].message


def test_empty_file_is_refused() -> None:
    with pytest.raises(ValidationFailed, match="kosong"):
        read_table(b"", "kosong.csv", INOVASI)


def test_missing_path_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationFailed, match="tidak ditemukan"):
        read_table(tmp_path / "tidak-ada.xlsx", "tidak-ada.xlsx", INOVASI)


def other_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "bukan excel")
    return buffer.getvalue()


def with_broken_data_sheet() -> bytes:
    """A valid zip whose Data sheet XML is cut in half: fails only while reading rows."""
    source = zipfile.ZipFile(io.BytesIO(OFFICIAL_XLSX))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in source.namelist():
            content = source.read(name)
            if name == "xl/worksheets/sheet2.xml":
                content = content[: len(content) // 2]
            archive.writestr(name, content)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (bytes(range(256)) * 20, "bukan berkas Excel"),
        (b"Nama;Nilai\nKopi;1\n", "bukan berkas Excel"),  # a CSV renamed .xlsx
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500, "kata sandi"),  # old / encrypted
        (other_zip(), "tidak dapat dibaca"),
        (OFFICIAL_XLSX[:3000], "tidak dapat dibaca"),  # truncated upload
        (with_broken_data_sheet(), "rusak"),
    ],
    ids=["random", "csv", "ole", "other-zip", "truncated", "broken-sheet-xml"],
)
def test_broken_xlsx_is_refused_cleanly(content: bytes, expected: str) -> None:
    with pytest.raises(ValidationFailed) as refused:
        read_table(content, "rusak.xlsx", INOVASI)
    [problem] = refused.value.problems
    assert expected in problem.message
    assert "Traceback" not in str(refused.value)


# ----------------------------------------------------------------- never a traceback

CSV_TOKENS = ["Nama", "Nilai", "nama*", "1.234,5", "Kafé", "–", "x", '"', '""', ";", ",", "\t", "|"]


@settings(max_examples=150, deadline=None)
@given(
    lines=st.lists(st.lists(st.sampled_from(CSV_TOKENS), max_size=8).map("".join), max_size=12),
    newline=st.sampled_from(["\n", "\r\n", "\r"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]),
)
def test_any_csv_gives_a_table_or_a_refusal(lines: list[str], newline: str, encoding: str) -> None:
    content = newline.join(lines).encode(encoding)
    try:
        table = read_table(content, "acak.csv", ["nama", "nilai"])
    except ValidationFailed as refused:
        assert refused.problems and all(p.message for p in refused.problems)
        return
    assert table.header_row >= 1
    assert all(number > table.header_row for number in table.frame.index)
    assert table.frame.index.is_monotonic_increasing and table.frame.index.is_unique


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), min_size=1, max_size=4))
def test_damaged_xlsx_gives_a_table_or_a_refusal(changes: list[tuple[int, int]]) -> None:
    content = bytearray(OFFICIAL_XLSX)
    for position, value in changes:
        content[position % len(content)] = value
    try:
        read_table(bytes(content), "rusak.xlsx", INOVASI)
    except ValidationFailed as refused:
        assert refused.problems
