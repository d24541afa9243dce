"""Read an official's upload (XLSX or CSV) into a raw table that remembers its rows.

Nothing is parsed here: cells stay as the file holds them (text, numbers, dates), so
the schema validator can say *which* value was wrong and quote it. What this module
does is everything the file format gets in the way of:

* find the header row under merged title rows, and the right sheet in a template
  with a "Petunjuk" sheet beside "Data";
* keep every row's number as the official sees it (Excel row; for CSV the record
  number Excel shows when it opens the file — the header line is its own line);
* decode CSV from Windows Excel (Windows-1252, ``;`` as separator because ``,`` is
  the Indonesian decimal mark);
* refuse formulas, because a stored number must be traceable to something typed,
  and refuse unreadable files with a sentence instead of a traceback.

File-level trouble raises :class:`~potensi.data.problems.ValidationFailed`;
cell-level trouble is collected in :attr:`RawTable.problems`, all at once, so the
official fixes the file in one round.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import itertools
import json
import math
import re
import warnings
import zipfile
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pandas as pd

from potensi.core.formatting import format_number
from potensi.data.openpyxl_compat import percent_styles, sheet_cells
from potensi.data.parsing import normalise_header
from potensi.data.problems import Problem, ValidationFailed

__all__ = [
    "CSV_EXTENSIONS",
    "HEADER_SEARCH_ROWS",
    "MAX_CELL_CHARS",
    "MAX_COLUMNS",
    "MAX_COMPRESSION_RATIO",
    "MAX_ROWS",
    "MAX_SHEET_CELLS",
    "MAX_UPLOAD_BYTES",
    "MAX_XLSX_PARTS",
    "MAX_XLSX_UNPACKED_BYTES",
    "MAX_XML_ELEMENTS",
    "XLSX_EXTENSIONS",
    "RawTable",
    "read_table",
]

# ------------------------------------------------------------------------------ limits
# Every limit is checked before the costly step it protects, so a hostile or broken
# file is refused in seconds and a few hundred MB at most. Each is far above what an
# official's real file needs (a layer has at most ~40 columns and a few thousand rows).

#: Size of the upload itself: a real data file is well under 1 MB.
MAX_UPLOAD_BYTES = 10 * 1024 * 1024  # 10 MB
#: Data rows (blank rows not counted): validation is per row, so this bounds its time.
MAX_ROWS = 50_000
#: Columns holding data: a layer has at most ~40; more is a pasted sheet or a trap
#: (a lone cell in column XFD made openpyxl build 16.384 empty cells per row).
MAX_COLUMNS = 200
#: Characters in one cell: Excel's own limit, so only a hand-made file exceeds it.
MAX_CELL_CHARS = 32_767
#: An XLSX is a zip: the sum of its parts once unpacked. A 10 MB workbook unpacks to
#: ~150 MB only if it is a zip bomb; real ones unpack 10–20 times their size.
MAX_XLSX_UNPACKED_BYTES = 64 * 1024 * 1024
#: Unpacked ÷ packed size of one part (above 1 MB): runs of zeros pack 1000:1, sheet
#: XML about 15:1; 200 leaves room for sheets of blank formatted cells.
MAX_COMPRESSION_RATIO = 200
#: Parts inside the zip: a workbook has ~10–50 (sheets, styles, images).
MAX_XLSX_PARTS = 1_000
#: Cells (``<c>`` elements, blank formatted ones included) in all sheets: openpyxl
#: reads ~150.000 cells a second, so this keeps a sheet under ~5 s (e.g. 50.000 rows
#: × 12 columns).
MAX_SHEET_CELLS = 600_000
#: XML elements in the whole package. The XML parser keeps every element it has not
#: been told to drop (deep nesting, unknown tags), ~100 bytes each: this bounds memory.
MAX_XML_ELEMENTS = 3_000_000
#: The header must be within this many rows from the top (title rows sit above it).
HEADER_SEARCH_ROWS = 30

CSV_EXTENSIONS = frozenset({".csv", ".txt"})
XLSX_EXTENSIONS = frozenset({".xlsx", ".xlsm"})
GEOJSON_EXTENSIONS = frozenset({".geojson", ".json"})
CSV_DELIMITERS = (";", ",", "\t", "|")  # ";" first: Indonesian Excel saves CSV with it

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and password-protected .xlsx
#: Other formats officials upload by mistake, told apart by their first bytes.
_OTHER_MAGIC = (
    (b"%PDF", "PDF"),
    (b"\x89PNG", "gambar PNG"),
    (b"\xff\xd8\xff", "gambar JPEG"),
    (b"GIF8", "gambar GIF"),
    (b"\x1f\x8b", "arsip gzip"),
    (b"Rar!", "arsip RAR"),
    (b"7z\xbc\xaf", "arsip 7-Zip"),
    (b"\x7fELF", "program"),
    (b"MZ", "program Windows"),
    (b"{\\rtf", "dokumen RTF"),
)
_CHUNK = 1024 * 1024
_SUPPORTED = ".xlsx, .xlsm, .csv, .txt atau .geojson"
_RESAVE_HINT = "Buka berkas di Excel lalu Simpan Sebagai (Save As) 'Buku Kerja Excel (.xlsx)'."
_SPLIT_HINT = "Pecah berkas menjadi beberapa bagian dan unggah satu per satu."
_FORMULA_HINT = "salin sel lalu Tempel Nilai (Paste Values) agar angka yang tersimpan dapat ditelusuri"


@dataclass
class RawTable:
    """One table as read from a file, before any value is parsed."""

    frame: pd.DataFrame
    """Columns: normalised header names; values: raw cells (str / int / float /
    datetime / bool / None); index ``row``: row numbers as the official sees them."""
    source: str
    """File name, for messages."""
    sheet: str | None
    """Sheet read (XLSX), None for CSV."""
    header_row: int
    """Row number of the header."""
    original_headers: dict[str, str]
    """Normalised name → header as written in the file (to quote it back)."""
    problems: list[Problem]
    """Cell-level problems found while reading (formulas, untitled columns, ...);
    errors among them block the import."""
    encoding: str | None = None
    """Text encoding a CSV was decoded with (``utf-8``, ``cp1252``, ...); None for XLSX."""
    delimiter: str | None = None
    """Separator a CSV was split on; None for XLSX."""


# ----------------------------------------------------------------------- cell markers


@dataclass(frozen=True)
class _Formula:
    """A cell holding a formula: reported, then read as empty."""

    text: str


@dataclass(frozen=True)
class _ExcelError:
    """A cell holding an Excel error value (#N/A, #REF!, ...)."""

    code: str


Row = tuple[int, list[object]]  # (row number as the official sees it, cells)


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _column_letter(index: int) -> str:
    """0-based column index → Excel letter (0 → A, 26 → AA)."""
    letters = ""
    number = index + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _header_text(value: object) -> str:
    """A header cell as the official wrote it (numbers and dates without noise)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date().isoformat()
    return str(value).strip()


def _shorten(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _fail(source: str, message: str, hint: str = "") -> ValidationFailed:
    return ValidationFailed(source, [Problem(None, None, message, hint)])


# ------------------------------------------------------------------------- entry point


def read_table(
    data: bytes | bytearray | memoryview | Path,
    filename: str,
    expected_columns: Sequence[str],
) -> RawTable:
    """Read an uploaded file (bytes) or a file on disk (Path) into a :class:`RawTable`.

    ``filename`` decides the format by its extension and names the file in messages;
    ``expected_columns`` (schema names) locate the header row and, in a workbook, the
    sheet. Columns not in ``expected_columns`` are kept: the caller decides.

    Raises :class:`ValidationFailed` when the file as a whole cannot be used (format,
    size, corrupt, no header, too many rows). Never raises anything else for bad input.
    """
    extension = Path(filename).suffix.lower()
    # a dict keeps the schema's order for messages and is a set for matching
    expected = dict.fromkeys(name for name in map(normalise_header, expected_columns) if name)
    size = _size(data, filename)

    problems: list[Problem] = []
    if extension == ".xls":
        problems.append(
            Problem(
                None,
                None,
                "Format .xls (Excel 97-2003) tidak didukung; simpan ulang sebagai .xlsx.",
                _RESAVE_HINT,
            )
        )
    elif extension not in CSV_EXTENSIONS | XLSX_EXTENSIONS | GEOJSON_EXTENSIONS:
        shown = extension or "(tanpa ekstensi)"
        problems.append(
            Problem(
                None,
                None,
                f"Format berkas {shown} tidak didukung; gunakan {_SUPPORTED}.",
                "Simpan ulang dari Excel sebagai 'Buku Kerja Excel (.xlsx)' atau 'CSV'.",
            )
        )
    if size > MAX_UPLOAD_BYTES:
        problems.append(
            Problem(
                None,
                None,
                f"Berkas terlalu besar ({_size_text(size)}); batas {_size_text(MAX_UPLOAD_BYTES)}.",
                "Pecah berkas menjadi beberapa bagian atau hapus kolom yang tidak dipakai.",
            )
        )
    elif size == 0:
        problems.append(Problem(None, None, "Berkas kosong (0 bita).", "Unggah ulang berkasnya."))
    if problems:
        raise ValidationFailed(filename, problems)

    content = bytes(data) if not isinstance(data, Path) else _read_path(data, filename)
    # the first bytes, not the name, say what a file is: a PDF called .csv is a PDF
    for magic, kind in _OTHER_MAGIC:
        if content.startswith(magic):
            raise _fail(
                filename,
                f"Berkas ini berformat {kind}, bukan tabel Excel (.xlsx) atau CSV.",
                "Unggah tabel datanya: buka di Excel lalu Simpan Sebagai 'Buku Kerja Excel (.xlsx)'.",
            )
    if extension in CSV_EXTENSIONS:
        return _read_csv(content, filename, expected)
    if extension in GEOJSON_EXTENSIONS:
        return _read_geojson(content, filename, expected)
    return _read_xlsx(content, filename, expected)


def _size(data: object, filename: str) -> int:
    """Size in bytes without reading the file: a 2 GB upload must not be loaded."""
    if isinstance(data, Path):
        try:
            if not data.is_file():
                raise _fail(filename, f"Berkas {data} tidak ditemukan.")
            return data.stat().st_size
        except OSError as error:
            raise _fail(filename, f"Berkas tidak dapat dibuka: {error.strerror or error}.") from None
    if isinstance(data, bytes | bytearray):
        return len(data)
    if isinstance(data, memoryview):
        return data.nbytes
    raise TypeError(f"read_table expects bytes or a Path, not {type(data).__name__}")


def _read_path(path: Path, filename: str) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise _fail(filename, f"Berkas tidak dapat dibuka: {error.strerror or error}.") from None


def _size_text(size: int) -> str:
    """``12,3 MB`` with the Indonesian decimal comma.

    When one decimal would hide the excess (10 MB + 1 byte shows as "10,0 MB", next
    to a limit of 10 MB) the exact byte count is given instead.
    """
    megabytes = size / (1024 * 1024)
    if megabytes.is_integer():
        return f"{int(megabytes)} MB"
    if size > MAX_UPLOAD_BYTES and round(megabytes, 1) * 1024 * 1024 <= MAX_UPLOAD_BYTES:
        return f"{format_number(size, 0, 'id')} bita"
    return f"{format_number(megabytes, 1, 'id')} MB"


# ------------------------------------------------------------------------------ header


def _matches(cells: Sequence[object], expected: dict[str, None]) -> int:
    """How many distinct expected column names a row's cells spell."""
    names = {normalise_header(_header_text(c)) for c in cells if not isinstance(c, _Formula | _ExcelError)}
    return len(names & expected.keys())


def _find_header(rows: Iterable[Row], expected: dict[str, None]) -> tuple[Row, int] | None:
    """The first row (within the rows given) naming enough expected columns.

    "Enough" is two, or all of them if fewer are expected: one match could be a title
    such as "Nama Inovasi" above the real header; two rarely are.
    """
    needed = min(2, len(expected))
    for row in rows:
        if all(_blank(c) for c in row[1]):
            continue
        found = _matches(row[1], expected)
        if found >= needed:
            return row, found
    return None


def _no_header(
    source: str, expected: dict[str, None], first: tuple[str, str] | None, csv_hint: bool
) -> ValidationFailed:
    """Refusal that shows what was expected and what the file starts with."""
    wanted = ", ".join(expected) or "(tidak ada)"
    message = (
        f"Baris judul kolom tidak ditemukan dalam {HEADER_SEARCH_ROWS} baris pertama. "
        f"Kolom yang diharapkan: {wanted}."
    )
    if first:
        where, content = first
        message += f" Baris pertama yang berisi ({where}): {content}"
    else:
        message += " Berkas tidak berisi data."
    hint = "Pakai judul kolom persis seperti pada templat (huruf besar/kecil tidak berpengaruh)."
    if csv_hint:
        hint += " Untuk CSV, pisahkan kolom dengan titik koma (;) atau koma (,)."
    return _fail(source, message, hint)


def _cell_text(value: object) -> str:
    if isinstance(value, _Formula):
        return value.text
    if isinstance(value, _ExcelError):
        return value.code
    return _header_text(value)


def _row_preview(cells: Sequence[object], limit: int = 8) -> str:
    shown = [f"'{_shorten(_cell_text(c), 80)}'" for c in cells if not _blank(c)]
    more = " …" if len(shown) > limit else ""
    return ", ".join(shown[:limit]) + more


# ------------------------------------------------------------------------ table build


def _too_wide(source: str, number: int, cells: Sequence[object]) -> ValidationFailed:
    last = max(i for i, c in enumerate(cells) if not _blank(c))
    return _fail(
        source,
        f"baris {number}: ada isi sampai kolom {_column_letter(last)} (kolom ke-"
        f"{format_number(last + 1, 0, 'id')}); batas {MAX_COLUMNS} kolom.",
        "Hapus kolom yang tidak dipakai (juga sel kosong berformat jauh di kanan), lalu simpan ulang.",
    )


@dataclass
class _Column:
    index: int
    name: str
    original: str


@dataclass
class _Untitled:
    """A column without a usable header; a problem only if it holds data."""

    original: str
    first_row: int | None = None
    count: int = 0


def _build_table(
    header: Row,
    rows: Iterable[Row],
    *,
    source: str,
    sheet: str | None,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> RawTable:
    """Turn the header row and the rows below it into a :class:`RawTable`.

    Shared by CSV and XLSX so both report the same problems the same way.
    """
    header_number, header_cells = header
    if len(header_cells) > MAX_COLUMNS and any(not _blank(c) for c in header_cells[MAX_COLUMNS:]):
        raise _too_wide(source, header_number, header_cells)
    problems: list[Problem] = []
    columns: list[_Column] = []
    by_name: dict[str, _Column] = {}
    untitled: dict[int, _Untitled] = {}
    ignored: set[int] = set()  # duplicate or formula headers: already reported

    for index, cell in enumerate(header_cells):
        letter = _column_letter(index)
        if isinstance(cell, _Formula | _ExcelError):
            shown = cell.text if isinstance(cell, _Formula) else cell.code
            problems.append(
                Problem(
                    header_number,
                    letter,
                    f"judul kolom berisi rumus atau galat ({_shorten(shown)})",
                    "ketik judul kolom sebagai teks biasa",
                )
            )
            ignored.add(index)
            continue
        original = _header_text(cell)
        name = normalise_header(original)
        if not name:
            if original:
                untitled[index] = _Untitled(original)
            continue
        if name in by_name:
            first = by_name[name]
            problems.append(
                Problem(
                    header_number,
                    original,
                    f"judul kolom ganda: '{first.original}' (kolom {_column_letter(first.index)}) "
                    f"dan '{original}' (kolom {letter}) dibaca sebagai kolom yang sama '{name}'",
                    "ganti judul salah satu kolom atau hapus kolom yang dobel",
                )
            )
            ignored.add(index)
            continue
        column = _Column(index, name, original)
        columns.append(column)
        by_name[name] = column

    known = {c.index for c in columns} | ignored
    records: list[list[object]] = []
    numbers: list[int] = []
    for number, cells in rows:
        if all(_blank(c) for c in cells):
            continue
        if len(numbers) >= MAX_ROWS:
            limit = format_number(MAX_ROWS, 0, "id")
            raise _fail(
                source,
                f"Berkas berisi lebih dari {limit} baris data; batas {limit} baris.",
                _SPLIT_HINT,
            )
        if len(cells) > MAX_COLUMNS and any(not _blank(c) for c in cells[MAX_COLUMNS:]):
            raise _too_wide(source, number, cells)
        for index, value in enumerate(cells):
            if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
                raise _fail(
                    source,
                    f"baris {number}, kolom {_column_letter(index)}: sel berisi "
                    f"{format_number(len(value), 0, 'id')} karakter; batas "
                    f"{format_number(MAX_CELL_CHARS, 0, 'id')} karakter per sel.",
                    "Persingkat isinya; uraian panjang cukup diberi tautan ke dokumennya.",
                )
            if index not in known and not _blank(value):
                column_info = untitled.setdefault(index, _Untitled(""))
                if column_info.first_row is None:
                    column_info.first_row = number
                column_info.count += 1
        record: list[object] = []
        for column in columns:
            value = cells[column.index] if column.index < len(cells) else None
            if isinstance(value, _Formula):
                problems.append(
                    Problem(
                        number,
                        column.original,
                        f"sel berisi rumus ({_shorten(value.text)})",
                        _FORMULA_HINT,
                    )
                )
                value = None
            elif isinstance(value, _ExcelError):
                problems.append(
                    Problem(
                        number,
                        column.original,
                        f"sel berisi galat Excel ({value.code})",
                        "perbaiki isinya atau kosongkan sel ini",
                    )
                )
                value = None
            elif isinstance(value, str) and not value:
                value = None
            record.append(value)
        records.append(record)
        numbers.append(number)

    for index, info in sorted(untitled.items()):
        if info.first_row is None:
            continue  # an empty column with no header: dropped silently
        letter = _column_letter(index)
        why = f"judulnya '{info.original}' tidak berisi nama" if info.original else "tidak berjudul"
        problems.append(
            Problem(
                info.first_row,
                letter,
                f"kolom {letter} {why} tetapi berisi data di {info.count} baris",
                f"beri judul kolom di baris {header_number} atau hapus isi kolom {letter}",
            )
        )

    frame = pd.DataFrame(
        records,
        columns=[c.name for c in columns],
        index=pd.Index(numbers, dtype="int64", name="row"),
        dtype=object,
    )
    return RawTable(
        frame=frame,
        source=source,
        sheet=sheet,
        header_row=header_number,
        original_headers={c.name: c.original for c in columns},
        problems=problems,
        encoding=encoding,
        delimiter=delimiter,
    )


# ------------------------------------------------------------------------------- XLSX


def from_percent_cell(value: float) -> float:
    """The number an Excel percentage cell shows: 0.125 formatted as 12,5% → 12.5.

    The text ``12,5%`` reads as 12.5 (:func:`potensi.data.parsing.parse_number`), so a
    cell formatted as a percentage must too, or an IRR or any ``*_persen`` value would
    depend on how the official typed it. Decimal keeps 0.165 → 16.5 (not 16.500000000000004).
    """
    return float(Decimal(repr(float(value))) * 100)


def _xlsx_value(cell: dict, percent: frozenset[int] = frozenset()) -> object:
    """A parsed cell's stored value: formulas and error values as markers, text stripped,
    a number in a percentage-formatted cell as the percentage it shows.

    Formulas are never evaluated (openpyxl cannot, and we would not): their text is
    kept only to quote it back.
    """
    value = cell.get("value")
    if value is None:
        return None
    data_type = cell.get("data_type")
    if data_type == "f":
        text = value if isinstance(value, str) else getattr(value, "text", None)
        return _Formula(text or "=?")
    if data_type == "e":
        return _ExcelError(str(value))
    if isinstance(value, str):
        return value.strip() or None
    if (
        cell.get("style_id") in percent
        and isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(value)
    ):
        return from_percent_cell(value)
    return value


def _xlsx_rows(workbook: object, worksheet: object, source: str) -> Iterator[Row]:
    """Rows of a worksheet that hold a value, numbered as in Excel.

    openpyxl's own row iterator pads every row with empty cells up to the row's last
    cell, so one cell in column XFD costs 16.384 cells per row; here only cells that
    are in the file are looked at, and a value beyond :data:`MAX_COLUMNS` is refused.
    The cells come from :func:`potensi.data.openpyxl_compat.sheet_cells` (openpyxl's parser).
    """
    previous = 0
    percent = percent_styles(workbook)
    for number, cells in sheet_cells(workbook, worksheet):
        if number <= previous:
            raise _fail(
                source,
                f"Berkas Excel rusak: baris {number} muncul setelah baris {previous}.",
                _RESAVE_HINT,
            )
        previous = number
        values: dict[int, object] = {}
        for cell in cells:
            value = _xlsx_value(cell, percent)
            if _blank(value):
                continue
            column = int(cell["column"])
            if column > MAX_COLUMNS or column < 1:
                title = worksheet.title  # type: ignore[attr-defined]
                raise _fail(
                    source,
                    f"lembar '{title}', sel {_column_letter(column - 1)}{number}: ada isi di "
                    f"kolom ke-{format_number(column, 0, 'id')}; batas {MAX_COLUMNS} kolom.",
                    "Hapus isi sel yang jauh di kanan (Ctrl+End menunjukkan sel terakhir), "
                    "lalu simpan ulang.",
                )
            values[column] = value
        if values:
            yield number, [values.get(i) for i in range(1, max(values) + 1)]


def _part_label(name: str) -> str:
    if name.startswith("xl/worksheets/"):
        return f"lembar kerja ({name})"
    if name == "xl/sharedStrings.xml":
        return "daftar teks (xl/sharedStrings.xml)"
    return name


def _bomb(source: str, what: str) -> ValidationFailed:
    return _fail(
        source,
        f"Berkas Excel ditolak: {what}. Berkas seperti ini tidak dibuat oleh Excel biasa "
        "(mungkin rusak atau sengaja dibuat untuk membebani sistem).",
        f"{_RESAVE_HINT} {_SPLIT_HINT}",
    )


_START_TAG = re.compile(rb"<(!DOCTYPE|!ENTITY|(?:[A-Za-z_][\w.\-]{0,31}:)?[A-Za-z_][\w.\-]{0,31})")


def _check_package(content: bytes, source: str) -> None:
    """Look inside the zip before openpyxl does, and refuse what would cost too much.

    Declared sizes are checked first (cheap), then every part is unpacked as a
    stream with a byte budget: a zip can lie about sizes, and only unpacking tells
    (zipfile stops at the declared size and then finds the checksum wrong). While
    streaming, XML start tags are counted — cells, all elements — and a DTD is
    refused: a workbook never has one, and entity tricks (billion laughs) need it.
    """
    size_text = lambda n: _size_text(n)  # noqa: E731
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
        entries = archive.infolist()
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        OSError,
        ValueError,
        EOFError,
        NotImplementedError,
    ) as error:
        # NotImplementedError: a damaged header claiming a zip version Python lacks
        raise _fail(
            source,
            f"Berkas Excel tidak dapat dibaca; mungkin rusak atau bukan .xlsx ({type(error).__name__}).",
            _RESAVE_HINT,
        ) from None
    names = {entry.filename for entry in entries}
    if "mimetype" in names and "[Content_Types].xml" not in names:
        raise _fail(
            source,
            "Berkas ini berformat OpenDocument (.ods, LibreOffice), bukan .xlsx.",
            "Di LibreOffice pilih Simpan Sebagai 'Excel 2007-365 (.xlsx)'.",
        )
    if "[Content_Types].xml" not in names:
        raise _fail(
            source,
            "Berkas Excel tidak dapat dibaca: ini arsip zip, bukan buku kerja .xlsx.",
            _RESAVE_HINT,
        )
    if len(entries) > MAX_XLSX_PARTS:
        raise _bomb(source, f"berisi {format_number(len(entries), 0, 'id')} bagian; batas {MAX_XLSX_PARTS}")
    if any(entry.flag_bits & 0x1 for entry in entries):
        raise _fail(
            source, "Berkas Excel dilindungi kata sandi.", "Hapus kata sandinya di Excel, lalu simpan ulang."
        )
    declared = sum(entry.file_size for entry in entries)
    if declared > MAX_XLSX_UNPACKED_BYTES:
        raise _bomb(
            source,
            f"isinya setelah dibuka {size_text(declared)}; batas {size_text(MAX_XLSX_UNPACKED_BYTES)}",
        )
    for entry in entries:
        ratio = entry.file_size / max(entry.compress_size, 1)
        if entry.file_size > _CHUNK and ratio > MAX_COMPRESSION_RATIO:
            raise _bomb(
                source,
                f"bagian {_part_label(entry.filename)} dimampatkan {format_number(ratio, 0, 'id')} kali; "
                f"batas {MAX_COMPRESSION_RATIO} kali",
            )

    unpacked = 0
    tags: Counter[bytes] = Counter()
    cells = 0
    for entry in entries:
        is_xml = entry.filename.endswith((".xml", ".rels", ".vml"))
        sheet = entry.filename.startswith("xl/worksheets/")
        carry = b""
        try:
            with archive.open(entry) as part:
                while chunk := part.read(_CHUNK):
                    unpacked += len(chunk)
                    if unpacked > MAX_XLSX_UNPACKED_BYTES:
                        raise _bomb(
                            source,
                            f"isinya setelah dibuka lebih dari {size_text(MAX_XLSX_UNPACKED_BYTES)} "
                            "(lebih besar dari yang tercatat di dalam berkas)",
                        )
                    if not is_xml:
                        continue
                    scan = carry + chunk
                    # a tag never spans the cut: cut at a "<" near the end, carry the rest
                    cut = scan.rfind(b"<", max(0, len(scan) - 256))
                    if cut <= 0:
                        cut = len(scan)
                    found = Counter(name.rpartition(b":")[2] for name in _START_TAG.findall(scan, 0, cut))
                    carry = scan[cut:]
                    _count(found, tags, entry.filename, source)
                    if sheet:
                        cells += found[b"c"]
                        if cells > MAX_SHEET_CELLS:
                            limit = format_number(MAX_SHEET_CELLS, 0, "id")
                            raise _bomb(
                                source, f"lembar kerja berisi lebih dari {limit} sel (termasuk sel kosong)"
                            )
                if carry:
                    found = Counter(name.rpartition(b":")[2] for name in _START_TAG.findall(carry))
                    _count(found, tags, entry.filename, source)
        except ValidationFailed:
            raise
        except (  # a damaged header makes zipfile seek before the start: ValueError
            zipfile.BadZipFile,
            zlib.error,
            EOFError,
            OSError,
            ValueError,
            NotImplementedError,
            RuntimeError,
        ) as error:
            raise _fail(
                source,
                f"Berkas Excel rusak: bagian {_part_label(entry.filename)} tidak dapat dibuka "
                f"({type(error).__name__}).",
                _RESAVE_HINT,
            ) from None


def _count(found: Counter[bytes], tags: Counter[bytes], part: str, source: str) -> None:
    if found[b"!DOCTYPE"] or found[b"!ENTITY"]:
        raise _bomb(source, f"bagian {_part_label(part)} memuat deklarasi DTD/ENTITY")
    tags.update(found)
    total = tags.total()
    if total > MAX_XML_ELEMENTS:
        raise _bomb(
            source,
            f"berisi lebih dari {format_number(MAX_XML_ELEMENTS, 0, 'id')} unsur XML "
            f"(terakhir di bagian {_part_label(part)})",
        )


def _read_xlsx(content: bytes, source: str, expected: dict[str, None]) -> RawTable:
    if not content.startswith(_ZIP_MAGIC):
        if content.startswith(_OLE_MAGIC):
            raise _fail(
                source,
                "Berkas ini bukan .xlsx biasa: berformat Excel 97-2003 (.xls) atau dilindungi kata sandi.",
                "Buka di Excel, hapus kata sandi bila ada, lalu Simpan Sebagai 'Buku Kerja Excel (.xlsx)'.",
            )
        raise _fail(
            source,
            "Berkas bukan berkas Excel (.xlsx) yang sah; mungkin rusak atau ekstensinya salah.",
            _RESAVE_HINT,
        )

    _check_package(content, source)
    import openpyxl  # heavy; only needed for workbooks

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=False)
    except Exception as error:
        # openpyxl raises many kinds of error on a damaged or foreign zip (BadZipFile,
        # KeyError for a missing part, XML errors, InvalidFileException); all mean the
        # same to the official: this is not a workbook we can read
        raise _fail(
            source,
            f"Berkas Excel tidak dapat dibaca; mungkin rusak atau bukan .xlsx ({type(error).__name__}).",
            _RESAVE_HINT,
        ) from None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return _read_workbook(workbook, source, expected)
    except ValidationFailed:
        raise
    except Exception as error:  # RecursionError and MemoryError are Exceptions too
        raise _fail(
            source,
            f"Berkas Excel rusak dan tidak dapat dibaca sampai habis ({type(error).__name__}).",
            _RESAVE_HINT,
        ) from None
    finally:
        workbook.close()


def _read_workbook(workbook: object, source: str, expected: dict[str, None]) -> RawTable:
    """Pick the sheet whose header matches best, then read it below that header."""
    best: tuple[tuple[int, int, int], object, Row] | None = None
    first_content: tuple[str, str] | None = None
    for position, worksheet in enumerate(workbook.worksheets):  # type: ignore[attr-defined]
        top = list(
            itertools.takewhile(
                lambda row: row[0] <= HEADER_SEARCH_ROWS, _xlsx_rows(workbook, worksheet, source)
            )
        )
        if first_content is None and top:
            number, cells = top[0]
            first_content = (f"lembar '{worksheet.title}', baris {number}", _row_preview(cells))
        found = _find_header(top, expected)
        if found is None:
            continue
        header, matched = found
        visible = getattr(worksheet, "sheet_state", "visible") == "visible"
        score = (matched, int(visible), -position)
        if best is None or score > best[0]:
            best = (score, worksheet, header)
    if best is None:
        raise _no_header(source, expected, first_content, csv_hint=False)

    _, worksheet, header = best
    header_number = header[0]
    rows = (row for row in _xlsx_rows(workbook, worksheet, source) if row[0] > header_number)
    title: str = worksheet.title  # type: ignore[attr-defined]
    return _build_table(header, rows, source=source, sheet=title)


# -------------------------------------------------------------------------------- CSV


def _line_of(content: bytes, offset: int) -> int:
    """1-based line number of a byte offset (for messages about undecodable bytes)."""
    return content.count(b"\n", 0, offset) + 1


_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")
_ENCODING_HINT = "Buka berkas di Excel lalu Simpan Sebagai 'CSV UTF-8 (dipisahkan koma)'."


def _unreadable_bytes(source: str, content: bytes, offset: int, why: str) -> ValidationFailed:
    return _fail(
        source,
        f"Berkas CSV berisi bita yang bukan teks di baris {_line_of(content, offset)} "
        f"(bita 0x{content[offset]:02X}): {why}. Huruf di baris itu akan tersimpan rusak.",
        _ENCODING_HINT,
    )


def _decode(content: bytes, source: str) -> tuple[str, str]:
    """Text of a CSV and the encoding used; bytes that are not text are refused.

    Order: a byte-order mark (Excel's "CSV UTF-8" writes one, its "Unicode Text" is
    UTF-16), then strict UTF-8, then Windows-1252 — what Excel on Indonesian Windows
    writes for plain "CSV". A file that is UTF-8 in one place and not in another (two
    files pasted together, a damaged download) is refused naming the first bad line
    rather than decoded into garbled letters; so are bytes Windows-1252 does not
    define. Only UTF-16 without a BOM is left to charset-normalizer to recognise.
    """
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if content.startswith(bom):
            try:
                return content.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise _fail(
                    source,
                    f"Berkas CSV ditandai {encoding.upper()} tetapi isinya tidak cocok di baris "
                    f"{_line_of(content, error.start)}; mungkin rusak.",
                    _ENCODING_HINT,
                ) from None
    try:
        return content.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        first_bad = error.start
    if b"\x00" in content:  # UTF-16 without a BOM, or not text at all
        from charset_normalizer import from_bytes

        guess = from_bytes(content).best()
        if guess is not None and guess.encoding.startswith(("utf_16", "utf_32")):
            return str(guess), guess.encoding
        raise _fail(source, "Berkas ini bukan berkas teks CSV (berisi data biner).", _RESAVE_HINT)
    if _UTF8_MULTIBYTE.search(content):
        raise _unreadable_bytes(source, content, first_bad, "sebagian berkas ditulis UTF-8, bagian ini tidak")
    try:
        return content.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as error:
        raise _unreadable_bytes(source, content, error.start, "bukan UTF-8 dan bukan Windows-1252") from None


def _check_text(text: str, source: str) -> None:
    """Refuse control characters and U+FFFD: an earlier program already lost letters there."""
    found = _CONTROL.search(text)
    if found is None:
        return
    line = text.count("\n", 0, found.start()) + 1
    if found.group() == "\ufffd":
        what = "karakter pengganti '\ufffd' (huruf yang sudah rusak sebelum diunggah)"
    else:
        what = f"karakter kendali U+{ord(found.group()):04X} yang bukan teks"
    raise _fail(
        source,
        f"Berkas CSV berisi {what} di baris {line}.",
        "Perbaiki huruf di baris itu (ketik ulang), lalu simpan ulang sebagai CSV UTF-8.",
    )


def _csv_records(text: str, delimiter: str, source: str, limit: int | None = None) -> Iterator[list[str]]:
    """Records of the CSV text; a malformed quote is a refusal naming its line."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"', strict=True)
    started = 1
    count = 0
    try:
        for record in reader:
            yield record
            started = reader.line_num + 1
            count += 1
            if limit is not None and count >= limit:
                return
    except csv.Error as error:
        detail = str(error)
        if "unexpected end of data" in detail:
            message = f'tanda kutip (") yang dibuka di baris {started} tidak pernah ditutup'
        elif "expected after" in detail:
            message = f'tanda kutip (") di baris {reader.line_num} tidak berpasangan'
        elif "field larger than field limit" in detail:
            message = f"sel di sekitar baris {started} terlalu panjang (mungkin tanda kutip tidak ditutup)"
        else:
            message = f"format CSV tidak sah di sekitar baris {reader.line_num} ({detail})"
        raise _fail(
            source,
            f"Berkas CSV tidak dapat dibaca: {message}.",
            "Buka berkas di Excel lalu simpan ulang sebagai CSV, atau perbaiki tanda kutipnya.",
        ) from None


def _csv_cells(record: list[str]) -> list[object]:
    return [value.strip() or None for value in record]


def _read_csv(content: bytes, source: str, expected: dict[str, None]) -> RawTable:
    if content.startswith((_ZIP_MAGIC, _OLE_MAGIC)):
        raise _fail(
            source,
            "Berkas ini sebenarnya berkas Excel, bukan CSV.",
            "Ganti ekstensinya menjadi .xlsx, atau di Excel pilih Simpan Sebagai 'CSV'.",
        )
    text, encoding = _decode(content, source)
    if "\x00" in text:
        raise _fail(source, "Berkas ini bukan berkas teks CSV (berisi data biner).", _RESAVE_HINT)
    _check_text(text, source)

    # Excel obeys a first line "sep=;" and hides it, so rows are numbered without it
    delimiters: Sequence[str] = CSV_DELIMITERS
    first_line, _, rest = text.partition("\n")
    if first_line.strip().lower().startswith("sep=") and len(first_line.strip()) == 5:
        delimiters = (first_line.strip()[4],)
        text = rest
    best: tuple[tuple[int, int, int, int], str, Row] | None = None
    broken: ValidationFailed | None = None
    for order, delimiter in enumerate(delimiters):
        try:
            records = _csv_records(text, delimiter, source, HEADER_SEARCH_ROWS)
            sample = [(number, _csv_cells(record)) for number, record in enumerate(records, start=1)]
        except ValidationFailed as error:  # a quote left open: same with any separator
            broken = broken or error
            continue
        found = _find_header(sample, expected)
        if found is None:
            continue
        header, matched = found
        width = len(header[1])
        below = [
            cells for number, cells in sample if number > header[0] and not all(_blank(c) for c in cells)
        ]
        consistent = sum(len(cells) == width for cells in below)
        named = sum(not _blank(c) for c in header[1])
        score = (matched, named, consistent, -order)
        if best is None or score > best[0]:
            best = (score, delimiter, header)
    if best is None:
        if broken is not None:
            raise broken
        first_content = None
        lines = itertools.islice(io.StringIO(text), HEADER_SEARCH_ROWS)
        for number, line in enumerate(lines, start=1):
            if line.strip():
                first_content = (f"baris {number}", f"'{_shorten(line.strip(), 120)}'")
                break
        raise _no_header(source, expected, first_content, csv_hint=True)

    _, delimiter, header = best
    rows = (
        (number, _csv_cells(record))
        for number, record in enumerate(_csv_records(text, delimiter, source), start=1)
        if number > header[0]
    )
    return _build_table(header, rows, source=source, sheet=None, encoding=encoding, delimiter=delimiter)


# ---------------------------------------------------------------------------- GeoJSON


def _read_geojson(content: bytes, source: str, expected: dict[str, None]) -> RawTable:
    """A FeatureCollection as a table: one row per feature (numbered from 1, as a GIS
    shows them), one column per property; a point fills ``lat``/``lon`` and any other
    geometry the ``geometri`` column (as the Data page's GeoJSON export writes them,
    so an exported layer comes back unchanged).

    Same limits and the same problems as CSV and XLSX, through :func:`_build_table`.
    """
    text, _ = _decode(content, source)
    try:
        payload = json.loads(text)
    except (ValueError, RecursionError) as error:
        where = f" (baris {error.lineno})" if isinstance(error, json.JSONDecodeError) else ""
        raise _fail(
            source,
            f"Berkas GeoJSON tidak dapat dibaca{where}: isinya bukan JSON yang sah.",
            "Ekspor ulang dari QGIS sebagai GeoJSON, atau unggah tabelnya sebagai .xlsx/.csv.",
        ) from None
    features = payload.get("features") if isinstance(payload, dict) else None
    if not isinstance(features, list):
        raise _fail(
            source,
            "Berkas GeoJSON harus berupa FeatureCollection (daftar 'features').",
            "Ekspor ulang dari QGIS sebagai GeoJSON.",
        )
    if len(features) > MAX_ROWS:
        limit = format_number(MAX_ROWS, 0, "id")
        raise _fail(source, f"Berkas berisi lebih dari {limit} fitur; batas {limit}.", _SPLIT_HINT)
    names: dict[str, None] = {}
    records: list[dict[str, object]] = []
    for feature in features:
        properties = feature.get("properties") if isinstance(feature, dict) else None
        record = dict(properties) if isinstance(properties, dict) else {}
        geometry = feature.get("geometry") if isinstance(feature, dict) else None
        if isinstance(geometry, dict) and geometry.get("type"):
            coordinates = geometry.get("coordinates")
            if geometry["type"] == "Point" and isinstance(coordinates, list) and len(coordinates) >= 2:
                if record.get("lat") is None and record.get("lon") is None:
                    record["lon"], record["lat"] = coordinates[0], coordinates[1]
            elif "geometri" in expected and not record.get("geometri"):
                record["geometri"] = json.dumps(geometry, ensure_ascii=False)
        record = {
            k: (json.dumps(v, ensure_ascii=False) if isinstance(v, dict | list) else v)
            for k, v in record.items()
        }
        names.update(dict.fromkeys(str(k) for k in record))
        records.append(record)
    header = list(names)
    rows = ((number, [r.get(name) for name in header]) for number, r in enumerate(records, start=1))
    return _build_table((0, header), rows, source=source, sheet=None)
