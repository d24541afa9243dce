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
import warnings
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from potensi.core.formatting import format_number
from potensi.data.parsing import normalise_header
from potensi.data.problems import Problem, ValidationFailed

__all__ = [
    "CSV_EXTENSIONS",
    "HEADER_SEARCH_ROWS",
    "MAX_ROWS",
    "MAX_UPLOAD_BYTES",
    "XLSX_EXTENSIONS",
    "RawTable",
    "read_table",
]

MAX_UPLOAD_BYTES = 10 * 1024 * 1024  # 10 MB
MAX_ROWS = 50_000
#: The header must be within this many rows from the top (title rows sit above it).
HEADER_SEARCH_ROWS = 30

CSV_EXTENSIONS = frozenset({".csv", ".txt"})
XLSX_EXTENSIONS = frozenset({".xlsx", ".xlsm"})
CSV_DELIMITERS = (";", ",", "\t", "|")  # ";" first: Indonesian Excel saves CSV with it

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and password-protected .xlsx
_SUPPORTED = ".xlsx, .xlsm, .csv atau .txt"
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
    elif extension not in CSV_EXTENSIONS | XLSX_EXTENSIONS:
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
    if extension in CSV_EXTENSIONS:
        return _read_csv(content, filename, expected)
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
        for index, value in enumerate(cells):
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


def _xlsx_value(cell: object) -> object:
    """A cell's stored value: formulas and error values as markers, text stripped."""
    value = getattr(cell, "value", None)
    if value is None:
        return None
    data_type = getattr(cell, "data_type", None)
    if data_type == "f":
        text = value if isinstance(value, str) else getattr(value, "text", None)
        return _Formula(text or "=?")
    if data_type == "e":
        return _ExcelError(str(value))
    if isinstance(value, str):
        return value.strip() or None
    return value


def _xlsx_rows(worksheet: object, max_row: int | None = None) -> Iterator[Row]:
    """Rows of a read-only worksheet numbered as in Excel (missing rows are yielded empty)."""
    rows = worksheet.iter_rows(max_row=max_row)  # type: ignore[attr-defined]
    for number, cells in enumerate(rows, start=1):
        yield number, [_xlsx_value(c) for c in cells]


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
    except Exception as error:
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
        worksheet.reset_dimensions()  # stored dimensions can be wrong and would cut columns
        top = list(_xlsx_rows(worksheet, max_row=HEADER_SEARCH_ROWS))
        if first_content is None:
            for number, cells in top:
                if not all(_blank(c) for c in cells):
                    first_content = (
                        f"lembar '{worksheet.title}', baris {number}",
                        _row_preview(cells),
                    )
                    break
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
    rows = (row for row in _xlsx_rows(worksheet) if row[0] > header_number)
    title: str = worksheet.title  # type: ignore[attr-defined]
    return _build_table(header, rows, source=source, sheet=title)


# -------------------------------------------------------------------------------- CSV


def _decode(content: bytes, source: str) -> tuple[str, str]:
    """Text of a CSV and the encoding used.

    Order: a byte-order mark (Excel's "CSV UTF-8" writes one, its "Unicode Text" is
    UTF-16), then strict UTF-8, then Windows-1252 — what Excel on Indonesian Windows
    writes for plain "CSV". charset-normalizer is asked only when Windows-1252 cannot
    decode the bytes: on short, mostly-ASCII Indonesian text its best guess is often
    an exotic code page (cp1125, johab) that turns "–" or "é" into the wrong letter.
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
            except UnicodeDecodeError:
                raise _fail(
                    source,
                    f"Berkas CSV ditandai {encoding.upper()} tetapi isinya tidak cocok; mungkin rusak.",
                    "Simpan ulang dari Excel sebagai 'CSV UTF-8 (dipisahkan koma)'.",
                ) from None
    try:
        return content.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    if b"\x00" in content:  # UTF-16 without a BOM, or not text at all
        guess = from_bytes(content).best()
        if guess is not None and guess.encoding.startswith(("utf_16", "utf_32")):
            return str(guess), guess.encoding
        raise _fail(source, "Berkas ini bukan berkas teks CSV (berisi data biner).", _RESAVE_HINT)
    try:
        return content.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        pass
    guess = from_bytes(content).best()
    if guess is not None:
        return str(guess), guess.encoding
    return content.decode("latin-1"), "latin-1"


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
