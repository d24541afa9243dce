"""BPS tables as an official downloads them (XLSX or CSV) → indikator rows.

A table from blitarkab.bps.go.id or a *Dalam Angka* book is not a template: title
rows above the header, a header over two rows (a year merged over Laki-laki /
Perempuan / Jumlah), kecamatan written as BPS writes them ("010 Bakung",
"3505010", "1. BAKUNG") in BPS's own south-to-north order, a total row for the
kabupaten, footnotes and a ``Sumber:`` line below, BPS symbols instead of numbers
(``-`` nil, ``…`` not available, ``x`` confidential, ``e``/``*``/``**`` marks).

:func:`read_bps` reads such a table into what it understood (:class:`BpsTable`:
kecamatan × year → value, what was skipped and why, the total check) and
:func:`bps_reader` hands its rows to the one importer
(:mod:`potensi.data.importer`) as a raw indikator table, so a BPS table goes
through the same validation, dry run, transaction, history and undo as a template.
Kecamatan are matched through the BPS → Kemendagri crosswalk
(``data/reference/kecamatan_kode_bps.csv``) and the same name matcher as every
other import (:class:`potensi.data.wilayah.WilayahIndex`). A mark is kept as a
flag on the value, in the row's ``catatan`` ("tanda BPS: * angka sementara").
"""

from __future__ import annotations

import csv
import io
import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

from potensi.core.config import REPO_ROOT
from potensi.core.formatting import format_trimmed
from potensi.core.names import normalise
from potensi.data.parsing import parse_number
from potensi.data.problems import Problem, ValidationFailed
from potensi.data.readers import (
    CSV_EXTENSIONS,
    MAX_UPLOAD_BYTES,
    XLSX_EXTENSIONS,
    RawTable,
    _check_package,
    _check_text,
    _column_letter,
    _decode,
    from_percent_cell,
)
from potensi.data.wilayah import LookupFailed, WilayahIndex

#: BPS code → Kemendagri code of the 22 kecamatan (copied with its sources, see data/reference/README.md)
CROSSWALK = REPO_ROOT / "data" / "reference" / "kecamatan_kode_bps.csv"
#: a BPS table is small; a sheet larger than this is not one
MAX_ROWS, MAX_COLUMNS = 2000, 80
#: the sub-column chosen when a year has several (Laki-laki / Perempuan / Jumlah)
DEFAULT_COLUMN = "jumlah"
#: BPS marks after a number and what they mean (kept as the value's flag)
MARKS = {
    "e": "angka perkiraan",
    "*": "angka sementara",
    "**": "angka sangat sementara",
    "***": "angka sangat sangat sementara",
    "r": "angka diperbaiki",
    "-": "nihil",
}
NIL = {"-", "–", "—"}
NOT_AVAILABLE = {"…", "...", "..", ". . .", "na", "n/a", "n.a."}
CONFIDENTIAL = {"x"}
_MARK = re.compile(r"^(?P<number>.*\d%?)\s*\(?(?P<mark>\*{1,3}|[eErR])\)?$")
_YEAR = re.compile(r"(?<!\d)(19\d{2}|20\d{2})(?!\d)")
_PREFIX = re.compile(
    r"^\s*(?:(?P<bps>35\s?05\s?\d{3})|(?P<short>\d{3})|(?P<ordinal>\d{1,2})\s*[.)])[\s.):-]*"
)
_TOTAL = re.compile(r"^(jumlah|total|kabupaten|kab\b|kab\.|blitar\b|kabupatenblitar)", re.IGNORECASE)
_SUMBER = re.compile(r"^\s*(sumber|source)\s*:?\s*(?P<text>.*)$", re.IGNORECASE)
_UNITS = (
    (re.compile(r"\b(jiwa|orang)\b", re.IGNORECASE), "jiwa"),
    (re.compile(r"km\s*(2|²)|kilometer persegi", re.IGNORECASE), "km²"),
    (re.compile(r"\bpersen\b|%", re.IGNORECASE), "%"),
    (re.compile(r"\bhektar\b|\bha\b", re.IGNORECASE), "ha"),
    (re.compile(r"\bton\b", re.IGNORECASE), "ton"),
    (re.compile(r"\bunit\b", re.IGNORECASE), "unit"),
    (re.compile(r"rumah tangga|\bruta\b", re.IGNORECASE), "rumah tangga"),
)
# text numbers that can only be English (1,234,567 / 1,234.5) or only Indonesian
_ENGLISH = re.compile(r"^\d{1,3}(,\d{3}){2,}(\.\d+)?$|^\d{1,3}(,\d{3})+\.\d+$")
_INDONESIAN = re.compile(r"^\d{1,3}(\.\d{3}){2,}(,\d+)?$|^\d{1,3}(\.\d{3})+,\d+$|^\d+,(\d{1,2}|\d{4,})$")
_AMBIGUOUS = re.compile(r"^[1-9]\d{0,2},\d{3}$")  # 25,019: English thousands or an Indonesian decimal


@dataclass(frozen=True)
class BpsOptions:
    """What the official says about the table (the CLI's options, the page's fields)."""

    indikator: str
    satuan: str | None = None
    sumber: str | None = None
    tahun: int | None = None
    kolom: str = DEFAULT_COLUMN


@dataclass(frozen=True)
class Cell:
    """One cell with where it is in the file (kept when the table is transposed)."""

    value: object
    row: int
    column: int  # 0-based

    @property
    def ref(self) -> str:
        return f"{_column_letter(self.column)}{self.row}"

    @property
    def text(self) -> str:
        return "" if self.value is None else str(self.value).strip()


@dataclass(frozen=True)
class BpsValue:
    """One figure as understood: kecamatan, year, value and its BPS flag."""

    kode: str
    kecamatan: str
    tahun: int
    nilai: float
    flag: str  # "" or a key of MARKS
    row: int
    ref: str


@dataclass(frozen=True)
class Skipped:
    """A cell or row not imported, and why (shown in the preview)."""

    ref: str
    text: str
    why: str


@dataclass
class BpsTable:
    """A BPS table as understood, before validation."""

    source: str
    options: BpsOptions
    values: list[BpsValue] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    sumber: str = ""
    satuan: str = ""
    column_label: str = ""

    @property
    def ok(self) -> bool:
        return not any(p.severity == "error" for p in self.problems)

    def matrix(self) -> pd.DataFrame:
        """Kecamatan (BPS order, with the Kemendagri code) × year → value, as understood."""
        if not self.values:
            return pd.DataFrame()
        frame = pd.DataFrame(
            [
                {
                    "kode": v.kode,
                    "kecamatan": v.kecamatan,
                    "tahun": v.tahun,
                    "nilai": v.nilai,
                    "tanda": v.flag,
                }
                for v in self.values
            ]
        )
        order = list(dict.fromkeys(frame.kode))
        wide = frame.pivot_table(
            index=["kode", "kecamatan"], columns="tahun", values="nilai", aggfunc="first"
        )
        wide = wide.reindex(sorted(wide.index, key=lambda k: order.index(k[0])))
        wide.columns = [str(c) for c in wide.columns]
        return wide.reset_index()

    def raw_table(self) -> RawTable:
        """The values as indikator rows for :func:`potensi.data.validate.validate`."""
        return figures_raw_table(
            [
                {
                    "kode_wilayah": v.kode,
                    "indikator": self.options.indikator,
                    "tahun": v.tahun,
                    "nilai": v.nilai,
                    "satuan": self.satuan,
                    "sumber": self.sumber,
                    "catatan": flag_note(v.flag),
                }
                for v in self.values
            ],
            self.source,
            self.problems,
        )


def flag_note(flag: str | None, *more: str | None) -> str | None:
    """The ``catatan`` of a figure: its BPS mark in words (``tanda BPS: * angka sementara``)
    and any further note, or None."""
    parts = [f"tanda BPS: {flag} {MARKS[flag]}" if flag else None, *more]
    return "; ".join(p for p in parts if p) or None


#: the indikator columns a BPS figure fills
FIGURE_COLUMNS = ["kode_wilayah", "indikator", "tahun", "nilai", "satuan", "sumber", "catatan", "contoh"]


def figures_raw_table(rows: list[dict], source: str, problems: list[Problem]) -> RawTable:
    """BPS figures as the raw indikator table validation checks (real data: ``contoh`` is
    tidak). One row per figure: a file row holding several years gives several figures,
    so the index is the figure's position and messages name the cell themselves."""
    frame = pd.DataFrame([{**row, "contoh": "tidak"} for row in rows], columns=FIGURE_COLUMNS)
    frame.index = pd.RangeIndex(1, len(frame) + 1, name="row")
    return RawTable(
        frame=frame,
        source=source,
        sheet=None,
        header_row=0,
        original_headers={c: c for c in FIGURE_COLUMNS},
        problems=list(problems),
    )


# --------------------------------------------------------------------------- crosswalk


@lru_cache(maxsize=1)
def crosswalk() -> dict[str, tuple[str, str]]:
    """BPS code (7 digits) → (Kemendagri code, name), in BPS order."""
    with CROSSWALK.open(encoding="utf-8") as handle:
        return {r["kode_bps"]: (r["kode_kemendagri"], r["kecamatan"]) for r in csv.DictReader(handle)}


def _kecamatan(cell: Cell, index: WilayahIndex) -> str | None:
    """The Kemendagri code a BPS name cell means, or None when it names no kecamatan.

    "010 Bakung", "3505010", "3505010 Bakung", "1. BAKUNG", "Kec. Bakung" → 35.05.05.
    Raises :class:`LookupFailed` when a code and a name disagree.
    """
    if isinstance(cell.value, int | float) and not isinstance(cell.value, bool):
        digits = f"{int(cell.value)}" if float(cell.value).is_integer() else ""
        found = crosswalk().get(digits) or crosswalk().get(f"3505{digits.zfill(3)}")
        return found[0] if found and len(digits) in (3, 7) else None
    text = cell.text
    if not text:
        return None
    match = _PREFIX.match(text)
    by_code = None
    rest = text
    if match:
        rest = text[match.end() :]
        code = match.group("bps") or (f"3505{match.group('short')}" if match.group("short") else None)
        if code:
            by_code = crosswalk().get(code.replace(" ", ""))
    by_name = index._kec_by_norm.get(normalise(rest)) if rest.strip() else None
    if by_code and by_name and by_code[0] != by_name:
        raise LookupFailed(
            f"kode BPS dan nama kecamatan tidak cocok di '{text}': kode itu {by_code[1]}",
            "periksa baris ini di tabel BPS",
        )
    if by_name:
        return by_name
    if by_code and not rest.strip():
        return by_code[0]
    return None


def _looks_total(text: str) -> bool:
    return bool(_TOTAL.match(normalise(text))) or bool(_TOTAL.match(text.strip().lower()))


# ------------------------------------------------------------------------------ grids

Grid = list[list[Cell]]


def _fail(source: str, message: str, hint: str = "") -> ValidationFailed:
    return ValidationFailed(source, [Problem(None, None, message, hint)])


def _xlsx_grid(content: bytes, source: str) -> list[tuple[str, Grid]]:
    """Every sheet as a grid, merged cells filled with their top-left value and
    percentage cells as the percentage they show."""
    _check_package(content, source)  # size and zip-bomb checks of the template reader
    import openpyxl

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            workbook = openpyxl.load_workbook(io.BytesIO(content), data_only=False)
    except Exception as error:
        raise _fail(
            source,
            f"Berkas Excel tidak dapat dibaca; mungkin rusak atau bukan .xlsx ({type(error).__name__}).",
            "Buka di Excel lalu Simpan Sebagai 'Buku Kerja Excel (.xlsx)'.",
        ) from None
    sheets = []
    for sheet in workbook.worksheets:
        if sheet.max_row > MAX_ROWS or sheet.max_column > MAX_COLUMNS:
            raise _fail(
                source,
                f"lembar '{sheet.title}' terlalu besar untuk tabel BPS "
                f"({sheet.max_row} baris × {sheet.max_column} kolom; batas {MAX_ROWS} × {MAX_COLUMNS}).",
                "Unggah tabelnya saja, satu tabel per berkas.",
            )
        values: dict[tuple[int, int], object] = {}
        for row in sheet.iter_rows():
            for cell in row:
                value = cell.value
                if cell.data_type == "f":
                    value = f"(rumus {value})"
                elif (
                    isinstance(value, int | float)
                    and not isinstance(value, bool)
                    and "%" in str(cell.number_format)
                ):
                    value = from_percent_cell(value)
                elif isinstance(value, str):
                    value = value.strip() or None
                if value is not None:
                    values[(cell.row, cell.column - 1)] = value
        for merged in sheet.merged_cells.ranges:
            top = values.get((merged.min_row, merged.min_col - 1))
            for r in range(merged.min_row, merged.max_row + 1):
                for c in range(merged.min_col - 1, merged.max_col):
                    if top is not None:
                        values[(r, c)] = top
        sheets.append((sheet.title, _grid(values)))
    return sheets


def _grid(values: dict[tuple[int, int], object]) -> Grid:
    if not values:
        return []
    width = max(c for _, c in values) + 1
    rows = sorted({r for r, _ in values})
    return [[Cell(values.get((r, c)), r, c) for c in range(width)] for r in rows]


def _csv_grid(content: bytes, source: str) -> Grid:
    text, _ = _decode(content, source)
    _check_text(text, source)
    lines = text.splitlines()
    if len(lines) > MAX_ROWS:
        raise _fail(source, f"berkas terlalu panjang untuk tabel BPS ({len(lines)} baris; batas {MAX_ROWS}).")

    def split(delimiter: str) -> list[list[str]]:
        return list(csv.reader(io.StringIO(text), delimiter=delimiter))

    best = max(
        (";", ",", "\t"), key=lambda d: sorted(len(r) for r in split(d) if r)[len(lines) // 2 :][:1] or [0]
    )
    values = {
        (number, column): value.strip()
        for number, record in enumerate(split(best), start=1)
        for column, value in enumerate(record[:MAX_COLUMNS])
        if value.strip()
    }
    return _grid(values)


def _transpose(grid: Grid) -> Grid:
    if not grid:
        return grid
    width = max(len(r) for r in grid)
    padded = [r + [Cell(None, r[0].row, c) for c in range(len(r), width)] for r in grid]
    return [list(column) for column in zip(*padded, strict=True)]


# ---------------------------------------------------------------------------- numbers


def _number_style(texts: list[str]) -> str:
    """'id' or 'en': how this file writes numbers as text (one style per file)."""
    english = any(_ENGLISH.match(t) for t in texts)
    indonesian = any(_INDONESIAN.match(t) for t in texts)
    if english and not indonesian:
        return "en"
    if indonesian:
        return "id"
    ambiguous = [t for t in texts if _AMBIGUOUS.match(t)]
    # 25,019 beside 40,661 and 1,116,010: every comma number with exactly three digits after it
    return "en" if ambiguous and all(_AMBIGUOUS.match(t) or "," not in t for t in texts) else "id"


def _strip_mark(text: str) -> tuple[str, str]:
    match = _MARK.match(text)
    if match and not re.search(r"\d[eE][+-]?\d", text):
        mark = match.group("mark").lower()
        return match.group("number").strip(), mark
    return text, ""


def _value(cell: Cell, style: str) -> tuple[float | None, str, str]:
    """(value, flag, why skipped) of a data cell."""
    value = cell.value
    if value is None or cell.text == "":
        return None, "", "sel kosong"
    if isinstance(value, bool):
        return None, "", "bukan angka (benar/salah)"
    if isinstance(value, int | float):
        return float(value), "", ""
    text = cell.text
    if text in NIL:
        return 0.0, "-", ""
    if text.lower() in NOT_AVAILABLE:
        return None, "", f"'{text}': data tidak tersedia"
    if text.lower() in CONFIDENTIAL:
        return None, "", f"'{text}': data dirahasiakan"
    body, mark = _strip_mark(text)
    if style == "en":
        body = body.translate(str.maketrans(",.", ".,"))
    try:
        number = parse_number(body)
    except ValueError:
        number = None
    if number is None:
        raise ValueError(f"sel {cell.ref} '{text}' tidak terbaca sebagai angka atau lambang BPS")
    return number, mark, ""


#: what a cell that is neither a number nor a BPS symbol should hold instead
VALUE_HINT = "tulis angka, atau lambang BPS - … x"


def cell_at(row: list[Cell], column: int) -> Cell:
    """The row's cell in ``column``; an empty one past a short row's end."""
    return row[column] if column < len(row) else Cell(None, row[0].row, column)


def read_value(
    cell: Cell, style: str, problems: list[Problem], column: str | None = None
) -> tuple[float | None, str, str] | None:
    """(value, flag, why skipped) of a data cell, or None when it is neither a number
    nor a BPS symbol: that problem is then recorded (``column`` names it, if given)."""
    try:
        return _value(cell, style)
    except ValueError as exc:
        problems.append(Problem(cell.row, column, str(exc), VALUE_HINT))
        return None


# ------------------------------------------------------------------------------ layout


def _name_column(grid: Grid, index: WilayahIndex) -> tuple[int, int]:
    """(column holding kecamatan names, how many it names) among the first five columns."""
    best = ((0, 0), -1)
    for column in range(min(5, max((len(r) for r in grid), default=0))):
        hits, named = set(), 0
        for row in grid:
            if column < len(row):
                try:
                    code = _kecamatan(row[column], index)
                except LookupFailed:
                    code = "conflict"
                if code:
                    hits.add(code)
                    named += bool(re.search(r"[A-Za-z]", row[column].text))
        # a column of names beats a column of bare BPS codes beside it
        if (len(hits), named) > best[0]:
            best = ((len(hits), named), column)
    return best[1], best[0][0]


def _unit(texts: list[str]) -> str:
    for text in texts:
        for pattern, unit in _UNITS:
            if pattern.search(text):
                return unit
    return ""


def read_sheets(source: Path | bytes, filename: str) -> tuple[str, list[tuple[str, Grid]]]:
    """The file's name and every sheet as a grid (a CSV is one sheet); refuses what is
    not a small XLSX or CSV. Shared by every BPS table reader (:mod:`potensi.data.bps_sektor`)."""
    content = source.read_bytes() if isinstance(source, Path) else bytes(source)
    name = Path(filename).name
    extension = Path(name).suffix.lower()
    if len(content) > MAX_UPLOAD_BYTES:
        raise _fail(name, "Berkas terlalu besar untuk tabel BPS.", "Unggah tabelnya saja.")
    if not content:
        raise _fail(name, "Berkas kosong (0 bita).", "Unggah ulang berkasnya.")
    if extension in XLSX_EXTENSIONS:
        if not content.startswith(b"PK\x03\x04"):
            raise _fail(
                name,
                "Berkas bukan berkas Excel (.xlsx) yang sah; mungkin rusak atau ekstensinya salah.",
                "Buka di Excel lalu Simpan Sebagai 'Buku Kerja Excel (.xlsx)'.",
            )
        return name, _xlsx_grid(content, name)
    if extension in CSV_EXTENSIONS:
        return name, [("", _csv_grid(content, name))]
    raise _fail(
        name,
        f"Format berkas {extension or '(tanpa ekstensi)'} tidak didukung untuk tabel BPS; "
        "gunakan .xlsx atau .csv.",
        "Di situs BPS pilih unduh 'Excel' atau 'CSV'.",
    )


def read_bps(source: Path | bytes, filename: str, options: BpsOptions, index: WilayahIndex) -> BpsTable:
    """Read a BPS table; a table that cannot be read at all raises :class:`ValidationFailed`.

    Cell-level problems (an unknown kecamatan, a value that is not a number) are
    errors in the result's ``problems`` with the cell named; what BPS leaves empty on
    purpose (…, x) is skipped with the reason.
    """
    name, sheets = read_sheets(source, filename)

    # the sheet (and orientation: kecamatan down the side, or across the top) naming most kecamatan
    candidates = []
    for title, grid in sheets:
        for transposed, shaped in ((False, grid), (True, _transpose(grid))):
            column, hits = _name_column(shaped, index)
            candidates.append((hits, not transposed, title, shaped, column))
    hits, _, sheet, grid, name_column = max(candidates, key=lambda c: (c[0], c[1]))
    original = next(g for t, g in sheets if t == sheet)
    if hits == 0:
        raise _fail(
            name,
            "Tidak ditemukan nama kecamatan Kabupaten Blitar di tabel ini "
            "(dicari di lima kolom pertama dan lima baris teratas).",
            "Unggah tabel BPS per kecamatan, mis. 'Jumlah Penduduk Menurut Kecamatan'; "
            "nama boleh berkode BPS seperti '010 Bakung'.",
        )
    return _understand(grid, name_column, name, options, index, original)


def _lines(grid: Grid) -> list[str]:
    """Rows holding one text only (titles, footnotes, the Sumber line), as read in the file."""
    lines = []
    for row in grid:
        texts = list(dict.fromkeys(c.text for c in row if c.text))
        if len(texts) == 1:
            lines.append(texts[0])
    return lines


def _understand(
    grid: Grid, name_column: int, source: str, options: BpsOptions, index: WilayahIndex, original: Grid
) -> BpsTable:
    table = BpsTable(source=source, options=options)
    codes: list[str | None] = []
    for row in grid:
        try:
            codes.append(_kecamatan(row[name_column], index) if name_column < len(row) else None)
        except LookupFailed as exc:
            table.problems.append(Problem(row[0].row, None, str(exc), exc.hint))
            codes.append(None)
    data_rows = [i for i, code in enumerate(codes) if code]
    if not data_rows:
        raise ValidationFailed(source, table.problems)
    first, last = data_rows[0], data_rows[-1]
    header = grid[:first]

    # the footer: total row, Sumber line, footnotes
    total_row: list[Cell] | None = None
    footnotes: list[str] = []
    sumber_text = ""
    for i, row in enumerate(grid):
        if first <= i <= last and codes[i]:
            continue
        texts = [c.text for c in row if c.text]
        if not texts:
            continue
        lead = row[name_column].text if name_column < len(row) else ""
        if i > first and (_looks_total(lead) or (texts and _looks_total(texts[0]))) and total_row is None:
            total_row = row
            table.skipped.append(
                Skipped(row[0].ref, texts[0], "baris total kabupaten: dipakai untuk cek jumlah")
            )
            continue
        if i < first:
            continue
        match = _SUMBER.match(texts[0])
        if match and i > last:
            sumber_text = match.group("text").strip() or (texts[1] if len(texts) > 1 else "")
            table.skipped.append(Skipped(row[0].ref, texts[0], "baris sumber"))
            continue
        numbers = [
            c for c in row[name_column + 1 :] if isinstance(c.value, int | float) or _PREFIX.match(c.text)
        ]
        if i > last and not (numbers and lead and _PREFIX.match(lead)):
            footnotes.append(" ".join(dict.fromkeys(texts)))
            table.skipped.append(Skipped(row[0].ref, texts[0], "catatan kaki"))
            continue
        # inside the table but not a kecamatan: a name the matcher does not know
        if lead:
            try:
                index.kecamatan_code(re.sub(_PREFIX, "", lead) or lead)
            except LookupFailed as exc:
                table.problems.append(
                    Problem(row[0].row, _column_letter(row[name_column].column), str(exc), exc.hint)
                )
                continue
        table.skipped.append(Skipped(row[0].ref, texts[0], "bukan baris kecamatan"))

    # the header: title rows (one text across the row) and the column labels below them
    title_texts = []
    header_rows = []
    for row in header:
        distinct = list(dict.fromkeys(c.text for c in row[name_column + 1 :] if c.text))
        lead = [c.text for c in row[: name_column + 1] if c.text]
        if len(distinct) <= 1 and not any(_YEAR.fullmatch(t) for t in distinct):
            title_texts.extend(dict.fromkeys(lead + distinct))
        else:
            header_rows.append(row)
    title_years = sorted({int(y) for t in title_texts for y in _YEAR.findall(t)})

    # value columns: right of the names, holding something in a kecamatan row
    width = max(len(r) for r in grid)
    labels: dict[int, str] = {}
    for column in range(name_column + 1, width):
        if not any(column < len(grid[i]) and grid[i][column].text for i in data_rows):
            continue
        parts = [r[column].text for r in header_rows if column < len(r) and r[column].text]
        label = " / ".join(dict.fromkeys(_header_part(p) for p in parts))
        labels[column] = label
    # a column of years in the kecamatan rows: years as rows (one line per kecamatan and year)
    year_column = next(
        (
            c
            for c in labels
            if all(_YEAR.fullmatch(_header_part(grid[i][c].value)) for i in data_rows if grid[i][c].text)
        ),
        None,
    )
    if year_column is not None:
        labels.pop(year_column)

    by_year: dict[int | None, list[int]] = {}
    for column, label in labels.items():
        years = _YEAR.findall(label)
        year = int(years[0]) if len(years) == 1 else None
        if year is None and year_column is None:
            year = options.tahun or (title_years[0] if len(title_years) == 1 else None)
        by_year.setdefault(year, []).append(column)
    if None in by_year and year_column is None:
        cols = ", ".join(labels[c] or _column_letter(c) for c in by_year[None])
        table.problems.append(
            Problem(
                None,
                None,
                f"tahun data tidak ditemukan untuk kolom {cols} "
                "(tidak ada tahun di judul kolom maupun judul tabel)",
                "isi tahunnya: --tahun 2020 di baris perintah, atau kolom Tahun di halaman",
            )
        )
        return table

    wanted = normalise(options.kolom)
    chosen: dict[int | None, int] = {}
    for year, columns in by_year.items():
        if len(columns) == 1:
            chosen[year] = columns[0]
            continue
        picks = [c for c in columns if wanted and wanted in normalise(labels[c])]
        if not picks and wanted == DEFAULT_COLUMN:
            picks = [c for c in columns if "total" in normalise(labels[c])]
        if len(picks) != 1:
            listed = "; ".join(labels[c] or _column_letter(c) for c in columns)
            table.problems.append(
                Problem(
                    header_rows[-1][0].row if header_rows else None,
                    None,
                    f"tabel punya {len(columns)} kolom untuk tahun {year or ''}: {listed}; "
                    f"kolom '{options.kolom}' {'tidak ada' if not picks else 'tidak unik'}",
                    "pilih kolomnya: --kolom 'Laki-laki' (bawaan: Jumlah)",
                )
            )
            return table
        chosen[year] = picks[0]
        for other in columns:
            if other != picks[0]:
                table.skipped.append(
                    Skipped(_column_letter(other), labels[other], f"kolom lain (dipilih: {labels[picks[0]]})")
                )
    table.column_label = "; ".join(labels[c] for c in chosen.values() if labels[c])

    # numbers: one style (Indonesian or English) per file
    texts = [
        _strip_mark(grid[i][c].text)[0]
        for i in data_rows + ([grid.index(total_row)] if total_row else [])
        for c in chosen.values()
        if c < len(grid[i]) and isinstance(grid[i][c].value, str)
    ]
    style = _number_style(texts)
    if (
        style == "en"
        and any(_AMBIGUOUS.match(t) for t in texts)
        and not any(_ENGLISH.match(t) for t in texts)
    ):
        table.problems.append(
            Problem(
                None,
                None,
                "angka seperti '25,019' dibaca sebagai format Inggris (koma = pemisah ribuan)",
                "periksa pratinjau; bila koma itu desimal, tulis angkanya dengan format Indonesia yang jelas",
                "warning",
            )
        )

    seen: set[tuple[str, int]] = set()
    for i in data_rows:
        row = grid[i]
        code = codes[i]
        assert code is not None
        kecamatan = index.kec_names.get(code, code)
        for year, column in chosen.items():
            cell = cell_at(row, column)
            tahun = year
            if year_column is not None:
                tahun = int(_header_part(row[year_column].value)) if row[year_column].text else None
                if tahun is None:
                    table.problems.append(
                        Problem(cell.row, None, f"tahun kosong di sel {row[year_column].ref}")
                    )
                    continue
            read = read_value(cell, style, table.problems, _column_letter(cell.column))
            if read is None:
                continue
            number, flag, why = read
            if number is None:
                table.skipped.append(Skipped(cell.ref, f"{kecamatan} {tahun}", why))
                continue
            assert tahun is not None
            if (code, tahun) in seen:
                table.problems.append(
                    Problem(cell.row, None, f"Kecamatan {kecamatan} tahun {tahun} muncul dua kali di tabel")
                )
                continue
            seen.add((code, tahun))
            table.values.append(BpsValue(code, kecamatan, tahun, number, flag, cell.row, cell.ref))

    # sumber and satuan: the official's, else what the table says
    if not sumber_text:  # a transposed table: the Sumber line is still a row of the file
        found = [m.group("text").strip() for m in map(_SUMBER.match, _lines(original)) if m]
        sumber_text = found[0] if found else ""
    table.sumber = (options.sumber or "").strip() or sumber_text
    if not table.sumber:
        table.problems.append(
            Problem(
                None,
                None,
                "sumber data tidak ada: tabel tidak punya baris 'Sumber:' di bawahnya",
                "isi sumbernya: --sumber 'BPS Kabupaten Blitar, …' atau kolom Sumber di halaman",
            )
        )
    table.satuan = (options.satuan or "").strip() or _unit(
        title_texts + list(labels.values()) + [t for t in _lines(original) if not _SUMBER.match(t)]
    )
    if not table.satuan:
        table.problems.append(
            Problem(
                None,
                None,
                "satuan tidak ditemukan di judul tabel (mis. '(jiwa)', 'km²')",
                "isi satuannya: --satuan jiwa atau kolom Satuan di halaman",
            )
        )
    if footnotes and table.values:
        table.problems.append(
            Problem(None, None, "catatan kaki tabel: " + " | ".join(footnotes), "", "warning")
        )
    _check_total(table, total_row, chosen, year_column, style)
    present = {v.kode for v in table.values}
    if len(present) < len(index.kec_names):
        missing = [n for c, n in index.kec_names.items() if c not in present]
        table.problems.append(
            Problem(
                None,
                None,
                f"hanya {len(present)} dari {len(index.kec_names)} kecamatan berisi angka; "
                f"tanpa angka: {', '.join(missing)}",
                "",
                "warning",
            )
        )
    return table


def _header_part(value: object) -> str:
    """A header cell as text; a year typed as a number stays 2020 (not 2020.0)."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value).strip()


def _check_total(
    table: BpsTable,
    total_row: list[Cell] | None,
    chosen: dict[int | None, int],
    year_column: int | None,
    style: str,
) -> None:
    """The kabupaten total against the sum of the kecamatan: a warning when they differ."""
    if total_row is None or year_column is not None:
        return
    for year, column in chosen.items():
        if column >= len(total_row):
            continue
        try:
            total, _, _ = _value(total_row[column], style)
        except ValueError:
            continue
        values = [v.nilai for v in table.values if v.tahun == year]
        if total is None or not values:
            continue
        summed = sum(values)
        if abs(summed - total) > 1e-6 * max(1.0, abs(total)):
            table.problems.append(
                Problem(
                    total_row[0].row,
                    None,
                    f"jumlah {len(values)} kecamatan tahun {year} = {format_trimmed(summed, 'id', 4)}, "
                    f"baris total tabel = {format_trimmed(total, 'id', 4)} "
                    f"(selisih {format_trimmed(summed - total, 'id', 4)})",
                    "periksa tabel BPS; baris total tidak disimpan sebagai kecamatan",
                    "warning",
                )
            )


def bps_reader(options: BpsOptions, index: WilayahIndex):  # noqa: ANN201 - a Reader
    """A reader for :func:`potensi.data.importer.preview_import` / ``import_as``:
    the BPS table as indikator rows, its problems among the rows' problems."""

    def read(source: Path | bytes, filename: str, columns: Sequence[str]) -> RawTable:
        table = read_bps(source, filename, options, index)
        if not table.ok:
            raise ValidationFailed(Path(filename).name, table.problems)
        return table.raw_table()

    return read
