"""BPS sector tables as downloaded → the indikator rows the Analisis methods read.

Two tables feed the sector and commodity methods, and officials have both as BPS
downloads rather than as our templates:

* **PDRB menurut lapangan usaha** ("PDRB Atas Dasar Harga Konstan 2010 Menurut
  Lapangan Usaha (juta rupiah)"): the 17 categories A–U down the side with BPS's
  letters and names (``A. Pertanian, Kehutanan, dan Perikanan``, ``M,N. Jasa
  Perusahaan``), sub-rows under some of them (``a. Pertanian, Peternakan, …``),
  a ``PRODUK DOMESTIK REGIONAL BRUTO`` total row, years across the top (``2022*``,
  ``2023**`` marked provisional) — or years down the side. Read into
  ``pdrb_adhk_<kategori>`` (what :mod:`potensi.views.analisis.sektor` reads) or
  ``pdrb_adhb_<kategori>``, for the kabupaten (35.05) or the province (35), always
  in Rp miliar so real and example rows of one method never differ in unit.
* **Produksi menurut kecamatan dan jenis tanaman** ("Produksi Tanaman Pangan
  Menurut Kecamatan dan Jenis Tanaman (ton)"): kecamatan down the side (the same
  matcher as every BPS table, :func:`potensi.data.bps._kecamatan`), commodities
  across the top. Read into ``produksi_<komoditas>`` (tonnes; the commodity method
  can run on volumes, see :mod:`potensi.views.analisis.komoditas`).

Both go to the one importer (:mod:`potensi.data.importer`) as a ``reader``, so the
dry run, *Simpan*, history and undo are those of every other import. BPS marks
(``*`` provisional …) are kept in the row's ``catatan`` as :mod:`potensi.data.bps` does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from potensi.core.formatting import format_trimmed
from potensi.core.names import normalise
from potensi.data.bps import (
    _SUMBER,
    _YEAR,
    MARKS,
    Cell,
    Grid,
    Skipped,
    _fail,
    _kecamatan,
    _lines,
    _name_column,
    _number_style,
    _strip_mark,
    _transpose,
    _value,
    cell_at,
    figures_raw_table,
    flag_note,
    read_sheets,
    read_value,
)
from potensi.data.indikator_keys import PDRB_ADHB_PREFIX, PDRB_PREFIX, PRODUCTION_PREFIX, SECTORS
from potensi.data.problems import Problem, ValidationFailed
from potensi.data.readers import RawTable, _column_letter
from potensi.data.wilayah import LookupFailed, WilayahIndex

#: what the PDRB rows are stored in, whatever the table was in (one unit per method)
PDRB_UNIT = "Rp miliar"
#: units a PDRB table is published in → factor to :data:`PDRB_UNIT`
_PDRB_UNITS = (
    (re.compile(r"triliun", re.IGNORECASE), 1000.0, "triliun rupiah"),
    (re.compile(r"miliar|milyar", re.IGNORECASE), 1.0, "miliar rupiah"),
    (re.compile(r"juta", re.IGNORECASE), 0.001, "juta rupiah"),
)
HARGA = ("adhb", "adhk")
WILAYAH = {"35.05": "Kabupaten Blitar", "35": "Provinsi Jawa Timur"}
PRODUCTION_UNIT = "ton"

#: BPS names of the 17 categories (2010 = 100 series, KBLI 2020), as the tables write them;
#: a few spellings BPS uses in other years or books are aliases
_SECTOR_NAMES: dict[str, tuple[str, ...]] = {
    "A": ("Pertanian, Kehutanan, dan Perikanan",),
    "B": ("Pertambangan dan Penggalian",),
    "C": ("Industri Pengolahan",),
    "D": ("Pengadaan Listrik dan Gas", "Pengadaan Listrik, Gas"),
    "E": ("Pengadaan Air, Pengelolaan Sampah, Limbah dan Daur Ulang", "Pengadaan Air"),
    "F": ("Konstruksi",),
    "G": (
        "Perdagangan Besar dan Eceran; Reparasi Mobil dan Sepeda Motor",
        "Perdagangan Besar dan Eceran, Reparasi Mobil dan Sepeda Motor",
        "Perdagangan Besar-Eceran, Reparasi Mobil dan Sepeda Motor",
    ),
    "H": ("Transportasi dan Pergudangan",),
    "I": ("Penyediaan Akomodasi dan Makan Minum", "Penyediaan Akomodasi dan Makan dan Minum"),
    "J": ("Informasi dan Komunikasi",),
    "K": ("Jasa Keuangan dan Asuransi",),
    "L": ("Real Estat", "Real Estate"),
    "MN": ("Jasa Perusahaan",),
    "O": ("Administrasi Pemerintahan, Pertahanan dan Jaminan Sosial Wajib",),
    "P": ("Jasa Pendidikan",),
    "Q": ("Jasa Kesehatan dan Kegiatan Sosial",),
    "RSTU": ("Jasa Lainnya", "Jasa lainnya"),
}
_BY_NAME = {normalise(n): key for key, names in _SECTOR_NAMES.items() for n in names}
#: "A.", "A", "M,N.", "M, N", "R,S,T,U.", "R-U" before the name — upper case only (sub-rows are "a.")
_LETTERS = re.compile(r"^\s*(?P<letters>[A-U](?:\s*[,&/-]\s*[A-U])*)\s*(?:[.)]\s*|\s+)(?P<rest>.*)$")
_SUB = re.compile(r"^\s*(?:[a-z]|\d{1,2}|[ivx]+)\s*[.)]\s*\S")
_TOTAL_PDRB = re.compile(r"^(produk domestik regional bruto|pdrb|jumlah|total)")
_JUMLAH = re.compile(r"^(jumlah|total)")
_WITHOUT = re.compile(r"(tanpa|non|bukan)\s*migas|migas")


@dataclass(frozen=True)
class SectorOptions:
    """What the official says about a PDRB table; None means "read it from the title"."""

    harga: str | None = None  # "adhb" | "adhk"
    wilayah: str | None = None  # "35.05" | "35"
    sumber: str | None = None
    satuan: str | None = None  # the table's unit when its title does not say (juta rupiah …)
    tahun: int | None = None  # the year of a single-year table


@dataclass(frozen=True)
class ProductionOptions:
    """What the official says about a production table."""

    tahun: int | None = None
    sumber: str | None = None
    satuan: str | None = None


@dataclass(frozen=True)
class Figure:
    """One figure as understood: the indikator key, the area, the year, the value and its flag."""

    indikator: str
    kode: str
    label: str  # the category letter or the commodity, as shown in the preview
    tahun: int
    nilai: float
    flag: str
    ref: str


@dataclass
class SectorTable:
    """A PDRB or production table as understood, before validation."""

    source: str
    kind: str  # "pdrb" | "produksi"
    figures: list[Figure] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    sumber: str = ""
    satuan: str = ""
    note: str = ""  # how the unit was converted, for every row's catatan
    harga: str = ""
    wilayah: str = ""

    @property
    def ok(self) -> bool:
        return not any(p.severity == "error" for p in self.problems)

    def matrix(self) -> pd.DataFrame:
        """Category (or kecamatan) × year (or commodity) → value, as understood."""
        if not self.figures:
            return pd.DataFrame()
        frame = pd.DataFrame([vars(f) for f in self.figures])
        if self.kind == "pdrb":
            index, columns = ["label"], "tahun"
        else:
            index, columns = ["kode", "tahun"], "label"
        order = list(dict.fromkeys(frame[index[0]]))
        wide = frame.pivot_table(index=index, columns=columns, values="nilai", aggfunc="first", sort=False)
        wide = wide.reindex(
            sorted(wide.index, key=lambda k: order.index(k[0] if isinstance(k, tuple) else k))
        )
        wide.columns = [str(c) for c in wide.columns]
        return wide.reset_index()

    def raw_table(self) -> RawTable:
        """The figures as indikator rows for :func:`potensi.data.validate.validate`."""
        return figures_raw_table(
            [
                {
                    "kode_wilayah": f.kode,
                    "indikator": f.indikator,
                    "tahun": f.tahun,
                    "nilai": f.nilai,
                    "satuan": self.satuan,
                    "sumber": self.sumber,
                    "catatan": flag_note(f.flag, self.note),
                }
                for f in self.figures
            ],
            self.source,
            self.problems,
        )


# --------------------------------------------------------------------------------- PDRB


def sector_key(text: str) -> tuple[str, str]:
    """What a row label of a PDRB table is: ``("sektor", "MN")``, ``("sub", "")``,
    ``("total", "")``, ``("migas", "")`` or ``("", "")`` (not a category).

    "A. Pertanian, Kehutanan, dan Perikanan", "M,N. Jasa Perusahaan", "R,S,T,U Jasa
    Lainnya" and a bare BPS name are categories; "a. Pertanian, Peternakan …" is a
    sub-row (its category row holds the sum)."""
    text = str(text or "").strip()
    if not text:
        return "", ""
    if _SUB.match(text):
        return "sub", ""
    norm = normalise(text)
    if _TOTAL_PDRB.match(norm) or _TOTAL_PDRB.match(text.lower()):
        return ("migas", "") if _WITHOUT.search(text.lower()) else ("total", "")
    match = _LETTERS.match(text)
    if match:
        letters = "".join(re.findall(r"[A-U]", match.group("letters")))
        letters = {"MN": "MN", "RSTU": "RSTU", "RU": "RSTU"}.get(letters, letters)
        if letters in SECTORS and (
            not match.group("rest").strip() or len(letters) > 1 or _named(match.group("rest"))
        ):
            return "sektor", letters
        if letters in SECTORS and len(letters) == 1 and match.group("rest").strip():
            return "sektor", letters  # "A Pertanian …" with a spelling we do not know: the letter decides
    key = _named(text)
    return ("sektor", key) if key else ("", "")


def _named(text: str) -> str | None:
    norm = normalise(text)
    if norm in _BY_NAME:
        return _BY_NAME[norm]
    return next((key for name, key in _BY_NAME.items() if len(name) > 8 and norm.startswith(name)), None)


def _harga_from(texts: Sequence[str]) -> str | None:
    found = set()
    for text in texts:
        low = text.lower()
        if "harga berlaku" in low or "adhb" in low or "current price" in low:
            found.add("adhb")
        if "harga konstan" in low or "adhk" in low or "constant price" in low:
            found.add("adhk")
    return found.pop() if len(found) == 1 else None


def _wilayah_from(texts: Sequence[str]) -> str | None:
    joined = " ".join(texts).lower()
    if "kabupaten blitar" in joined or "blitar regency" in joined:
        return "35.05"
    if "jawa timur" in joined or "east java" in joined:
        return "35"
    return None


def _grid_of(source: Path | bytes, filename: str, score) -> tuple[str, Grid, Grid, int]:  # noqa: ANN001
    """(file name, grid, the sheet as in the file, label column) of the sheet and orientation
    whose label column ``score`` likes best."""
    name, sheets = read_sheets(source, filename)
    best = None
    for _title, grid in sheets:
        for transposed, shaped in ((False, grid), (True, _transpose(grid))):
            for column in range(min(4, max((len(r) for r in shaped), default=0))):
                hits = score(shaped, column)
                candidate = (hits, not transposed, shaped, grid, column)
                if best is None or candidate[:2] > best[:2]:
                    best = candidate
    if best is None or best[0] == 0:
        return name, [], [], -1
    return name, best[2], best[3], best[4]


def _titles(grid: Grid, first: int, label_column: int) -> tuple[list[str], list[list[Cell]]]:
    """Title texts (rows with one text) and header rows (with several) above row ``first``."""
    titles, headers = [], []
    for row in grid[:first]:
        distinct = list(dict.fromkeys(c.text for c in row[label_column + 1 :] if c.text))
        lead = [c.text for c in row[: label_column + 1] if c.text]
        if len(distinct) <= 1 and not any(_YEAR.search(t) for t in distinct):
            titles.extend(dict.fromkeys(lead + distinct))
        else:
            headers.append(row)
    return titles, headers


def _sumber(grid: Grid, original: Grid) -> str:
    for text in _lines(grid) + _lines(original):
        match = _SUMBER.match(text)
        if match and match.group("text").strip():
            return match.group("text").strip()
    return ""


def read_pdrb(source: Path | bytes, filename: str, options: SectorOptions) -> SectorTable:
    """Read a BPS PDRB-by-lapangan-usaha table; one that cannot be read raises :class:`ValidationFailed`."""

    def score(grid: Grid, column: int) -> int:
        return len({sector_key(r[column].text)[1] for r in grid if column < len(r)} - {""})

    name, grid, original, label_column = _grid_of(source, filename, score)
    if label_column < 0:
        raise _fail(
            name,
            "Tidak ditemukan lapangan usaha PDRB (A. Pertanian, Kehutanan, dan Perikanan … "
            "R,S,T,U. Jasa Lainnya) di tabel ini.",
            "Unggah tabel BPS 'PDRB Atas Dasar Harga Konstan/Berlaku Menurut Lapangan Usaha'.",
        )
    table = SectorTable(source=name, kind="pdrb")
    kinds = [sector_key(r[label_column].text) if label_column < len(r) else ("", "") for r in grid]
    first = next(i for i, (kind, _) in enumerate(kinds) if kind == "sektor")
    titles, headers = _titles(grid, first, label_column)
    texts = titles + _lines(original)

    # the columns: a year per column (marks such as 2023* flag the whole column)
    width = max(len(r) for r in grid)
    columns: dict[int, tuple[int, str]] = {}
    for column in range(label_column + 1, width):
        label = " ".join(r[column].text for r in headers if column < len(r) and r[column].text)
        years = _YEAR.findall(label)
        if len(set(years)) == 1:
            mark = _strip_mark(label.strip())[1]
            columns[column] = (int(years[0]), mark if mark in MARKS else "")
    data_columns = [
        c
        for c in range(label_column + 1, width)
        if any(c < len(grid[i]) and grid[i][c].text for i, (k, _) in enumerate(kinds) if k == "sektor")
    ]
    if not columns:
        if len(data_columns) == 1 and options.tahun:
            columns[data_columns[0]] = (options.tahun, "")
        else:
            table.problems.append(
                Problem(
                    None,
                    None,
                    "tahun tidak ditemukan di judul kolom tabel PDRB",
                    "tabel PDRB BPS punya satu kolom per tahun (2019, 2020, …); "
                    "isi --tahun bila hanya satu kolom",
                )
            )
            raise ValidationFailed(name, table.problems)

    # harga, wilayah, unit: the official's, else the title's
    table.harga = (options.harga or "").lower() or _harga_from(texts) or ""
    titled = _harga_from(texts)
    if options.harga and titled and titled != options.harga.lower():
        table.problems.append(
            Problem(
                None,
                None,
                f"judul tabel menyebut {titled.upper()}, tetapi dipilih {options.harga.upper()}",
                "periksa pilihan harga (berlaku = ADHB, konstan = ADHK)",
            )
        )
    if table.harga not in HARGA:
        table.problems.append(
            Problem(
                None,
                None,
                "tidak jelas apakah tabel ini harga berlaku (ADHB) atau harga konstan (ADHK)",
                "pilih harganya: --harga adhk atau adhb, atau pilihan Harga di halaman",
            )
        )
    # the title says whose PDRB it is; the Sumber line names the publisher (BPS Kabupaten Blitar
    # also publishes Jawa Timur tables), so it is never read for this
    notes = [t for t in texts if not _SUMBER.match(t)]
    table.wilayah = options.wilayah or _wilayah_from(titles) or _wilayah_from(notes) or ""
    if table.wilayah not in WILAYAH:
        table.problems.append(
            Problem(
                None,
                None,
                "tidak jelas tabel ini PDRB Kabupaten Blitar atau Provinsi Jawa Timur",
                "pilih wilayahnya: --wilayah 35.05 (kabupaten) atau 35 (provinsi)",
            )
        )
    unit_texts = [options.satuan or ""] + texts + [r[label_column].text for r in headers]
    factor, unit_name = next(
        ((f, n) for t in unit_texts for p, f, n in _PDRB_UNITS if p.search(t)), (None, "")
    )
    if factor is None:
        table.problems.append(
            Problem(
                None,
                None,
                "satuan tabel PDRB tidak ditemukan (mis. '(juta rupiah)' di judul)",
                "isi satuannya: --satuan 'juta rupiah' (atau miliar rupiah)",
            )
        )
    table.satuan = PDRB_UNIT
    if factor not in (None, 1.0):
        table.note = f"dari tabel BPS dalam {unit_name}, diubah ke {PDRB_UNIT}"
    table.sumber = (options.sumber or "").strip() or _sumber(grid, original)
    if not table.sumber:
        table.problems.append(
            Problem(
                None,
                None,
                "sumber data tidak ada: tabel tidak punya baris 'Sumber:' di bawahnya",
                "isi sumbernya: --sumber 'BPS Kabupaten Blitar, …' atau kolom Sumber di halaman",
            )
        )
    if not table.ok:
        return table

    cell_texts = [
        _strip_mark(r[c].text)[0]
        for r, (k, _) in zip(grid, kinds, strict=True)
        if k in ("sektor", "total")
        for c in columns
        if c < len(r) and isinstance(r[c].value, str)
    ]
    style = _number_style(cell_texts)
    prefix = PDRB_PREFIX if table.harga == "adhk" else PDRB_ADHB_PREFIX
    seen: set[tuple[str, int]] = set()
    parts: dict[tuple[str, int], float] = {}  # sums of sub-rows by (category, year)
    blank: dict[tuple[str, int], tuple[str, str]] = {}  # category cells left empty
    current = ""
    totals: dict[int, float] = {}
    total_row: int | None = None
    last = max(i for i, (k, _) in enumerate(kinds) if k == "sektor")
    for i, (row, (kind, key)) in enumerate(zip(grid, kinds, strict=True)):
        lead = row[label_column].text if label_column < len(row) else ""
        if i < first:
            continue
        if kind == "sub":
            table.skipped.append(
                Skipped(row[label_column].ref, lead, "sub-kategori: termasuk di kategorinya")
            )
            for column, (year, _) in columns.items():
                try:
                    part = _value(row[column], style)[0] if column < len(row) and current else None
                except ValueError:
                    part = None
                if part is not None:
                    parts[(current, year)] = parts.get((current, year), 0.0) + part
            continue
        if kind == "migas":
            table.skipped.append(Skipped(row[label_column].ref, lead, "PDRB tanpa migas: tidak dipakai"))
            continue
        numbers = [c for c in columns if c < len(row) and row[c].text]
        if kind == "total":
            total_row = row[0].row
            table.skipped.append(
                Skipped(row[label_column].ref, lead, "baris total PDRB: dipakai untuk cek jumlah")
            )
            for column, (year, _) in columns.items():
                try:
                    value = _value(row[column], style)[0] if column < len(row) else None
                except ValueError:
                    value = None
                if value is not None:
                    totals[year] = value
            continue
        if kind == "sektor":
            current = key
        if kind == "":
            texts_in_row = [c.text for c in row if c.text]
            if not texts_in_row:
                continue
            if numbers and i <= last + 1 and not _SUMBER.match(texts_in_row[0]):
                table.problems.append(
                    Problem(
                        row[0].row,
                        None,
                        f"baris {row[0].row} '{lead or texts_in_row[0]}' bukan lapangan usaha PDRB "
                        "yang dikenal "
                        "(A. Pertanian, Kehutanan, dan Perikanan … R,S,T,U. Jasa Lainnya)",
                        "tulis huruf kategori BPS di depan namanya, atau hapus baris itu",
                    )
                )
                continue
            why = "baris sumber" if _SUMBER.match(texts_in_row[0]) else "catatan kaki"
            table.skipped.append(Skipped(row[0].ref, texts_in_row[0], why))
            continue
        for column, (year, column_mark) in columns.items():
            cell = cell_at(row, column)
            read = read_value(cell, style, table.problems)
            if read is None:
                continue
            number, flag, why = read
            if number is None:
                if why == "sel kosong":  # the sum of its sub-rows, if it has any (below)
                    blank[(key, year)] = (column_mark, cell.ref)
                else:
                    table.skipped.append(Skipped(cell.ref, f"{key} {year}", why))
                continue
            if (key, year) in seen:
                table.problems.append(
                    Problem(cell.row, None, f"lapangan usaha {key} tahun {year} muncul dua kali di tabel")
                )
                continue
            if number < 0:  # the value added of a lapangan usaha is never negative (growth may be)
                table.problems.append(
                    Problem(
                        cell.row,
                        None,
                        f"sel {cell.ref}: PDRB {key} tahun {year} bernilai negatif ({cell.text})",
                        "PDRB menurut lapangan usaha tidak pernah negatif; periksa tanda minus atau kolomnya",
                    )
                )
                continue
            seen.add((key, year))
            table.figures.append(
                Figure(
                    f"{prefix}{key.lower()}",
                    table.wilayah,
                    key,
                    year,
                    number * (factor or 1.0),
                    flag or column_mark,
                    cell.ref,
                )
            )

    # a category row left blank over its sub-rows: their sum, said in the preview
    for (key, year), (mark, ref) in blank.items():
        if (key, year) in parts and (key, year) not in seen:
            seen.add((key, year))
            prefix_key = f"{prefix}{key.lower()}"
            table.figures.append(
                Figure(prefix_key, table.wilayah, key, year, parts[key, year] * (factor or 1.0), mark, ref)
            )
            table.skipped.append(
                Skipped(ref, f"{key} {year}", "sel kategori kosong: dipakai jumlah sub-kategorinya")
            )
        elif (key, year) not in seen:
            table.skipped.append(Skipped(ref, f"{key} {year}", "sel kosong"))
    order = {k: i for i, k in enumerate(SECTORS)}
    table.figures.sort(key=lambda f: (order.get(f.label, len(order)), f.tahun))
    present = {f.label for f in table.figures}
    missing = [k for k in SECTORS if k not in present]
    if missing and table.figures:
        table.problems.append(
            Problem(
                None,
                None,
                f"lapangan usaha tanpa angka: {', '.join(missing)}; porsi sektor lain dihitung tanpa itu",
                "lengkapi tabelnya bila BPS menerbitkan angkanya",
                "warning",
            )
        )
    for year, total in sorted(totals.items()):
        summed = sum(f.nilai for f in table.figures if f.tahun == year) / (factor or 1.0)
        if abs(summed - total) > max(1.0, 5e-4 * abs(total)):
            table.problems.append(
                Problem(
                    total_row,
                    None,
                    f"jumlah lapangan usaha tahun {year} = {format_trimmed(summed, 'id', 2)}, "
                    f"baris PDRB = {format_trimmed(total, 'id', 2)} "
                    f"(selisih {format_trimmed(summed - total, 'id', 2)})",
                    "periksa tabel BPS; baris PDRB tidak disimpan",
                    "warning",
                )
            )
    return table


# --------------------------------------------------------------------------- production


def _above(row: list[Cell], column: int, label_column: int) -> str:
    """An upper header cell, or the nearest filled one to its left: a CSV download writes a
    group title ("Padi") once over its sub-columns, where an XLSX merges it."""
    for c in range(min(column, len(row) - 1), label_column, -1):
        if row[c].text:
            return row[c].text
    return ""


def commodity_key(label: str) -> str:
    """'Padi Sawah' → 'padi_sawah', 'Ubi Kayu (ton)' → 'ubi_kayu': the key's commodity part."""
    text = re.sub(r"\(.*?\)", " ", str(label)).lower()
    text = re.sub(r"[^a-z0-9]+", "_", text).strip("_")
    return text


def read_production(
    source: Path | bytes, filename: str, options: ProductionOptions, index: WilayahIndex
) -> SectorTable:
    """Read a BPS production table (kecamatan × commodity); one that cannot be read raises
    :class:`ValidationFailed`."""

    def score(grid: Grid, column: int) -> int:
        found = _name_column(grid, index)
        return found[1] if found[0] == column else 0

    name, grid, original, label_column = _grid_of(source, filename, score)
    if label_column < 0:
        raise _fail(
            name,
            "Tidak ditemukan nama kecamatan Kabupaten Blitar di tabel produksi ini.",
            "Unggah tabel BPS 'Produksi … Menurut Kecamatan dan Jenis Tanaman'; nama boleh berkode BPS.",
        )
    table = SectorTable(source=name, kind="produksi")
    codes: list[str | None] = []
    for row in grid:
        try:
            codes.append(_kecamatan(row[label_column], index) if label_column < len(row) else None)
        except LookupFailed as exc:
            table.problems.append(Problem(row[0].row, None, str(exc), exc.hint))
            codes.append(None)
    data_rows = [i for i, c in enumerate(codes) if c]
    first, last = data_rows[0], data_rows[-1]
    titles, headers = _titles(grid, first, label_column)
    texts = titles + _lines(original)
    width = max(len(r) for r in grid)
    labels: dict[int, str] = {}
    groups: dict[str, list[tuple[int, list[str]]]] = {}
    for column in range(label_column + 1, width):
        if not any(column < len(grid[i]) and grid[i][column].text for i in data_rows):
            continue
        parts = [_above(r, column, label_column) for r in headers[:-1]] + [
            r[column].text for r in headers[-1:] if column < len(r)
        ]
        parts = [p for p in parts if p]
        label = " ".join(dict.fromkeys(parts))
        if not label:
            table.problems.append(
                Problem(
                    None,
                    None,
                    f"kolom {_column_letter(column)} "
                    "berisi angka tetapi tidak punya nama komoditas di judul kolom",
                    "beri judul kolomnya",
                )
            )
            continue
        labels[column] = label
        groups.setdefault(parts[0], []).append((column, [p for p in dict.fromkeys(parts) if p != parts[0]]))
    # a commodity over sub-columns (Padi over Sawah / Ladang / Jumlah): its Jumlah only, so no
    # tonne is counted twice in the kecamatan's total; a Jumlah of every commodity is no commodity
    for top, members in groups.items():
        totals = [c for c, rest in members if rest and _JUMLAH.match(normalise(rest[-1]))]
        for column, _rest in members:
            if _JUMLAH.match(normalise(top)):
                table.skipped.append(
                    Skipped(f"{_column_letter(column)}", labels.pop(column), "kolom jumlah semua komoditas")
                )
            elif totals and column != totals[0]:
                table.skipped.append(
                    Skipped(_column_letter(column), labels.pop(column), f"sub-kolom (dipakai: {top} jumlah)")
                )
            elif totals:
                labels[column] = top
    years = sorted({int(y) for t in texts for y in _YEAR.findall(t)})
    year = options.tahun or (years[0] if len(years) == 1 else None)
    if year is None:
        table.problems.append(
            Problem(
                None,
                None,
                "tahun data tidak ditemukan (judul tabel tidak menyebut satu tahun)",
                "isi tahunnya: --tahun 2023, atau kolom Tahun di halaman",
            )
        )
    unit_texts = [options.satuan or ""] + texts + list(labels.values())
    table.satuan = (options.satuan or "").strip() or (
        PRODUCTION_UNIT if any(re.search(r"\bton\b", t, re.IGNORECASE) for t in unit_texts) else ""
    )
    if not table.satuan:
        table.problems.append(
            Problem(
                None,
                None,
                "satuan tidak ditemukan di judul tabel (mis. '(ton)')",
                "isi satuannya: --satuan ton",
            )
        )
    table.sumber = (options.sumber or "").strip() or _sumber(grid, original)
    if not table.sumber:
        table.problems.append(
            Problem(
                None,
                None,
                "sumber data tidak ada: tabel tidak punya baris 'Sumber:' di bawahnya",
                "isi sumbernya: --sumber 'BPS Kabupaten Blitar, …' atau kolom Sumber di halaman",
            )
        )
    for i, row in enumerate(grid):
        if first <= i <= last and not codes[i]:
            lead = row[label_column].text if label_column < len(row) else ""
            if lead and not re.match(r"^(jumlah|total|kabupaten)", normalise(lead)):
                table.problems.append(
                    Problem(row[0].row, None, f"baris {row[0].row} '{lead}' bukan kecamatan Kabupaten Blitar")
                )
    if not table.ok or year is None:
        return table
    style = _number_style(
        [
            _strip_mark(grid[i][c].text)[0]
            for i in data_rows
            for c in labels
            if isinstance(grid[i][c].value, str)
        ]
    )
    for i in data_rows:
        row, code = grid[i], codes[i]
        assert code is not None
        for column, label in labels.items():
            cell = cell_at(row, column)
            read = read_value(cell, style, table.problems)
            if read is None:
                continue
            number, flag, why = read
            if number is None:
                table.skipped.append(Skipped(cell.ref, f"{index.kec_names.get(code, code)} {label}", why))
                continue
            key = commodity_key(label)
            table.figures.append(Figure(f"{PRODUCTION_PREFIX}{key}", code, key, year, number, flag, cell.ref))
    for i, row in enumerate(grid):
        if i > last and row and any(c.text for c in row):
            text = next(c.text for c in row if c.text)
            table.skipped.append(
                Skipped(row[0].ref, text, "baris sumber" if _SUMBER.match(text) else "total/catatan")
            )
    return table


def sector_reader(read):  # noqa: ANN001, ANN201 - a Reader
    """A reader for :func:`potensi.data.importer.preview_import` / ``import_as`` from a
    ``read(source, filename) -> SectorTable``: its figures as indikator rows."""

    def reader(source: Path | bytes, filename: str, columns: Sequence[str]) -> RawTable:
        table = read(source, filename)
        if not table.ok:
            raise ValidationFailed(Path(filename).name, table.problems)
        return table.raw_table()

    return reader
