"""Turn a raw table from an official's file into typed rows, or list every problem.

Three passes, each reporting by source row and column:
1. cells are parsed by kind (Indonesian numbers and dates, names → Kemendagri codes);
2. pandera checks the typed frame against the schema (required, allowed values,
   ranges, patterns, unique keys);
3. rules across columns (a point inside the regency *and* inside its stated
   kecamatan, dates in order, NPV with its discount rate).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import pandas as pd
import pandera.pandas as pa
import shapely
from shapely.geometry import shape

from potensi.core.formatting import MAX_DECIMALS, format_number, format_trimmed
from potensi.core.names import normalise, suggest
from potensi.data import parsing
from potensi.data.problems import Problem
from potensi.data.readers import RawTable
from potensi.data.schema import (
    ATURAN_IID,
    COUNT_INDICATOR_PREFIXES,
    COUNT_UNITS,
    INOVASI,
    MAX_PLAN_BYTES,
    NO_INDIKATOR_SPD,
    TAHAPAN_INOVASI,
    Column,
    Table,
)
from potensi.data.wilayah import LookupFailed, WilayahIndex

MAX_TEXT = 4000
URL = re.compile(r"^https?://\S+$", re.IGNORECASE)
INJECTION_GUARD = re.compile(r"^'(?=[=+\-@])")


@dataclass
class OpdIndex:
    """Known OPD codes with their names and abbreviations (for matching inovasi rows)."""

    by_key: dict[str, str] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_frame(cls, frame: pd.DataFrame) -> OpdIndex:
        """Index an opd table (store rows plus rows of the file being imported)."""
        index = cls()
        for row in frame.itertuples(index=False):
            code = str(row.kode_opd)
            index.names[code] = str(row.nama_opd)
            for alias in (row.kode_opd, row.nama_opd, getattr(row, "singkatan", None)):
                if alias is not None and not pd.isna(alias) and str(alias).strip():
                    index.by_key[normalise(alias)] = code
        return index

    def code(self, value: object) -> str:
        """OPD code for a code, full name or abbreviation."""
        key = normalise(value)
        if key in self.by_key:
            return self.by_key[key]
        found = suggest(key, {k: k for k in self.by_key})
        hint = (
            f"mungkin maksudnya '{self.names[self.by_key[found]]}'?"
            if found
            else "impor tabel opd terlebih dahulu (templat opd)"
        )
        raise LookupFailed(f"OPD '{value}' belum terdaftar", hint)


@dataclass
class InovasiIndex:
    """The innovations registered in the store (id → name), for the self-assessment rows.

    Only the store counts: a self-assessment names an innovation already imported, so
    a typo never creates an assessment of nothing.
    """

    names: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_frame(cls, frame: pd.DataFrame) -> InovasiIndex:
        """Index the store's inovasi table."""
        return cls({str(r.inovasi_id): str(r.nama_inovasi) for r in frame.itertuples(index=False)})

    def hint(self, typed: str) -> str:
        """A close id (with its name) when there is one, else where ids come from."""
        found = suggest(typed, {normalise(k): k for k in self.names})
        if found:
            return f"mungkin maksudnya {found} ({self.names[found]})?"
        return "impor inovasinya dulu (templat inovasi), atau salin ID dari Data → Inovasi daerah"


@dataclass
class Context:
    """What validation needs from the store."""

    wilayah: WilayahIndex
    opd: OpdIndex
    inovasi: InovasiIndex = field(default_factory=InovasiIndex)


@dataclass
class ValidationResult:
    """Typed rows (index = source row) and every problem found."""

    rows: pd.DataFrame
    problems: list[Problem]

    @property
    def ok(self) -> bool:
        """No blocking problem."""
        return not any(p.severity == "error" for p in self.problems)


def _text(value: object, limit: int = MAX_TEXT) -> str | None:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    text = str(value).strip()
    if not text:
        return None
    if len(text) > limit:
        raise ValueError(f"teks terlalu panjang ({len(text)} karakter; batas {limit})")
    # an exported cell protected against formula injection ('=...) comes back as typed
    return INJECTION_GUARD.sub("", text)


def _enum(column: Column, value: object) -> str:
    text = str(value).strip()
    for allowed in column.allowed:
        if normalise(allowed) == normalise(text):
            return allowed
    found = suggest(text, {normalise(a): a for a in column.allowed})
    hint = f"mungkin maksudnya '{found}'? " if found else ""
    raise LookupFailed(f"'{text}' bukan pilihan yang sah", f"{hint}pilihan: {', '.join(column.allowed)}")


def _url(value: object) -> str:
    text = str(value).strip()
    if not URL.match(text):
        raise ValueError(f"'{text}' bukan tautan (harus diawali http:// atau https://)")
    return text


def _no_constant(name: str) -> object:
    raise ValueError(f"koordinat {name} bukan angka")


#: Share of a geometri polygon's area that must lie inside the kabupaten: a kawasan
#: drawn a little over the border is fine, one in another province is a mistake.
MIN_AREA_INSIDE = 0.9


def _geojson(value: object) -> str:
    """A GeoJSON Polygon/MultiPolygon with finite lon/lat coordinates, made valid."""
    try:
        geometry = shape(json.loads(str(value), parse_constant=_no_constant))
    except RecursionError:
        raise ValueError("GeoJSON bersarang terlalu dalam; bukan poligon yang sah") from None
    except (ValueError, TypeError, KeyError, AttributeError, IndexError, shapely.errors.GEOSException) as exc:
        raise ValueError(f"bukan GeoJSON yang sah ({exc})") from exc
    if geometry.geom_type not in ("Polygon", "MultiPolygon"):
        raise ValueError(f"geometri harus Polygon/MultiPolygon, bukan {geometry.geom_type}")
    coordinates = shapely.get_coordinates(geometry)
    if geometry.is_empty or not len(coordinates):
        raise ValueError("poligon kosong (tanpa koordinat)")
    if not all(math.isfinite(x) for x in coordinates.ravel()):
        raise ValueError("poligon berisi koordinat yang bukan angka (NaN/tak hingga)")
    if (abs(coordinates[:, 0]) > 180).any() or (abs(coordinates[:, 1]) > 90).any():
        raise ValueError("koordinat poligon di luar rentang bujur/lintang (bukan WGS84 derajat)")
    if not geometry.is_valid:
        geometry = shapely.make_valid(geometry)
    return shapely.to_geojson(geometry)


def _cell_parser(column: Column, context: Context, row: dict) -> Callable[[object], object]:
    kind = column.kind
    simple: dict[str, Callable[[object], object]] = {
        "text": lambda v: _text(v, column.max_length or MAX_TEXT),
        "int": parsing.parse_int,
        "number": parsing.parse_number,
        "date": parsing.parse_date,
        "bool": parsing.parse_bool,
        "lat": parsing.parse_coordinate,
        "lon": parsing.parse_coordinate,
        "url": _url,
        "geojson": _geojson,
        "enum": lambda v: _enum(column, v),
        "enum_list": lambda v: "; ".join(_enum(column, x) for x in parsing.parse_list(v)),
        "text_list": lambda v: "; ".join(parsing.parse_list(v)),
        "url_list": lambda v: "; ".join(_url(x) for x in parsing.parse_list(v)),
        "wilayah": context.wilayah.wilayah_code,
        "kecamatan": context.wilayah.kecamatan_code,
        "desa": lambda v: context.wilayah.desa_code(v, row.get("kecamatan")),
        "opd": context.opd.code,
    }
    return simple[kind]


def parse_cells(raw: RawTable, table: Table, context: Context) -> tuple[pd.DataFrame, list[Problem], set]:
    """Pass 1: typed values per cell; a failing cell becomes a problem and None."""
    problems: list[Problem] = []
    failed: set[tuple[int, str]] = set()
    records: dict[int, dict] = {}
    header = raw.original_headers
    present = [c for c in table.columns if c.name in raw.frame.columns]
    # kecamatan before desa, so a desa name is looked up within its kecamatan
    ordered = sorted(present, key=lambda c: c.kind == "desa")
    for row_number, cells in raw.frame.iterrows():
        row: dict = {}
        for column in ordered:
            value = cells[column.name]
            if parsing.is_empty(value):
                row[column.name] = None
                continue
            try:
                row[column.name] = _cell_parser(column, context, row)(value)
            except (ValueError, LookupFailed) as exc:
                row[column.name] = None
                failed.add((int(row_number), column.name))
                problems.append(
                    Problem(
                        int(row_number),
                        header.get(column.name, column.name),
                        str(exc),
                        getattr(exc, "hint", ""),
                    )
                )
        records[int(row_number)] = row
    frame = pd.DataFrame.from_dict(records, orient="index", dtype=object)
    frame = frame.reindex(columns=table.names).astype(object)
    frame = frame.where(frame.notna(), None)  # one marker for "empty": None
    return frame, problems, failed


def _quoted_number(value: object, column: str) -> str:
    """A figure inside a message the Indonesian way (``1.500,5``); a year stays ``2150``."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    if column.startswith("tahun") and float(value).is_integer():
        return str(int(value))
    return format_trimmed(float(value), "id", MAX_DECIMALS)


CHECK_TEXT = {
    "not_nullable": ("wajib diisi", "isi sel ini; kolom bertanda * di templat wajib"),
    "min": ("nilai di bawah batas", ""),
    "max": ("nilai di atas batas", ""),
    "pattern": ("format tidak sesuai", ""),
    "multiple_fields_uniqueness": ("kunci ganda dalam berkas", "setiap baris harus unik"),
    "field_uniqueness": ("kunci ganda dalam berkas", "setiap baris harus unik"),
}


def pandera_schema(table: Table) -> pa.DataFrameSchema:
    """The schema's constraints as a pandera schema over typed (object) columns."""
    columns = {}
    for column in table.columns:
        checks = []
        if column.minimum is not None:
            checks.append(pa.Check.ge(column.minimum, error=f"min:{column.minimum:g}"))
        if column.maximum is not None:
            checks.append(pa.Check.le(column.maximum, error=f"max:{column.maximum:g}"))
        if column.pattern:
            checks.append(pa.Check.str_matches(column.pattern, error=f"pattern:{column.pattern}"))
        columns[column.name] = pa.Column(
            checks=checks, nullable=not column.required, required=False, coerce=False
        )
    unique = list(table.key) if len(table.key) > 1 else None
    if len(table.key) == 1:
        columns[table.key[0]] = pa.Column(
            checks=columns[table.key[0]].checks, nullable=False, unique=True, required=False
        )
    return pa.DataFrameSchema(columns, unique=unique, report_duplicates="all")


def check_schema(frame: pd.DataFrame, table: Table, raw: RawTable, failed: set) -> list[Problem]:
    """Pass 2: pandera over the typed rows, reported in Indonesian by row and column."""
    try:
        pandera_schema(table).validate(frame, lazy=True)
        return []
    except pa.errors.SchemaErrors as exc:
        cases = exc.failure_cases
    problems: list[Problem] = []
    seen: set[tuple] = set()
    key_label = " + ".join(table.key)
    for case in cases.itertuples(index=False):
        row = None if pd.isna(case.index) else int(case.index)
        check = str(case.check)
        name = str(case.column)
        if (row, name) in failed:
            continue  # already reported as unreadable
        kind = check.split(":", 1)[0]
        if kind in ("multiple_fields_uniqueness", "field_uniqueness"):
            if (row, "key") in seen:
                continue
            seen.add((row, "key"))
            problems.append(
                Problem(
                    row,
                    key_label,
                    f"{key_label} sama dengan baris lain dalam berkas",
                    "hapus baris ganda atau ubah kuncinya",
                )
            )
            continue
        message, hint = CHECK_TEXT.get(kind, (check, ""))
        if kind in ("min", "max"):
            bound = _quoted_number(float(check.split(":", 1)[1]), name)
            value = _quoted_number(case.failure_case, name)
            message = f"nilai {value} {'di bawah' if kind == 'min' else 'di atas'} batas {bound}"
        if kind == "pattern":
            example = table.column(name).example
            hint = f"contoh isian: {example}" if example else f"pola: {check.split(':', 1)[1]}"
            message = f"'{case.failure_case}' tidak sesuai format"
        label = raw.original_headers.get(name, name)
        if (row, label, message) in seen:
            continue
        seen.add((row, label, message))
        problems.append(Problem(row, label, message, hint))
    return problems


def _header(raw: RawTable, name: str) -> str:
    return raw.original_headers.get(name, name)


def check_rows(frame: pd.DataFrame, table: Table, raw: RawTable, context: Context) -> list[Problem]:
    """Pass 3: rules that involve several columns of a row."""
    problems: list[Problem] = []
    wilayah = context.wilayah
    for row_number, row in frame.iterrows():
        r = int(row_number)
        if "lat" in frame.columns:
            lat, lon = row.get("lat"), row.get("lon")
            if (lat is None) != (lon is None):
                problems.append(
                    Problem(
                        r,
                        _header(raw, "lat" if lat is None else "lon"),
                        "lat dan lon harus diisi bersama",
                        "isi keduanya atau kosongkan keduanya",
                    )
                )
            elif lat is not None:
                problems.extend(_check_point(r, float(lat), float(lon), row, raw, wilayah))
        if row.get("desa") and not row.get("kecamatan") and "kecamatan" in frame.columns:
            frame.at[row_number, "kecamatan"] = wilayah.desa_kec[row["desa"]]
        if (
            table.name == "peluang_investasi"
            and row.get("npv_idr") is not None
            and row.get("diskonto_persen") is None
        ):
            problems.append(
                Problem(
                    r,
                    _header(raw, "diskonto_persen"),
                    "NPV diisi tetapi tingkat diskontonya kosong",
                    "NPV tidak bermakna tanpa tingkat diskonto; isi diskonto_persen",
                )
            )
        if table.name == "inovasi":
            problems.extend(_check_inovasi(r, row, raw))
        if table.name in IID_CHECKS:
            problems.extend(IID_CHECKS[table.name](r, row, raw, context))
        geometri = row.get("geometri")
        if isinstance(geometri, str) and geometri:  # an absent column reads as NaN here
            problems.extend(_check_area(r, geometri, row.get("kecamatan"), raw, wilayah))
        if table.name == "indikator":
            problems.extend(_check_count(r, row, raw))
    return problems


def _is_count(row: pd.Series) -> bool:
    unit = str(row.get("satuan") or "").strip().lower()
    key = str(row.get("indikator") or "")
    return unit in COUNT_UNITS or key.startswith(COUNT_INDICATOR_PREFIXES)


def _check_count(r: int, row: pd.Series, raw: RawTable) -> list[Problem]:
    """A count or quantity (schema.COUNT_UNITS, COUNT_INDICATOR_PREFIXES) is never negative."""
    value = row.get("nilai")
    if value is None or value >= 0 or not _is_count(row):
        return []
    return [
        Problem(
            r,
            _header(raw, "nilai"),
            f"nilai {format_trimmed(value, 'id', MAX_DECIMALS)} negatif, padahal '{row.get('indikator')}' "
            f"({row.get('satuan')}) "
            "adalah jumlah atau ukuran",
            "hapus tanda minus; penurunan ditulis sebagai indikator sendiri (mis. pertumbuhan_persen)",
        )
    ]


def _check_area(r: int, text: str, stated: str | None, raw: RawTable, wilayah: WilayahIndex) -> list[Problem]:
    """A geometri polygon lies in the kabupaten and touches the kecamatan it names."""
    geometry = shapely.from_geojson(text)
    shares = wilayah.kecamatan_shares(geometry)
    inside = sum(shares.values())
    column = _header(raw, "geometri")
    if inside < MIN_AREA_INSIDE:
        where = geometry.representative_point()
        hint = "periksa koordinat poligon: GeoJSON menulis [bujur, lintang], mis. [112.2, -8.1]"
        return [
            Problem(
                r,
                column,
                f"poligon hanya {format_number(inside * 100, 0, 'id')}% di dalam {wilayah.kab_name} "
                f"(titik tengahnya {where.y:.4f}, {where.x:.4f}); "
                f"minimal {format_number(MIN_AREA_INSIDE * 100, 0, 'id')}%",
                hint,
            )
        ]
    if stated and shares.get(stated, 0.0) == 0.0:
        main = max(shares, key=shares.__getitem__)
        return [
            Problem(
                r,
                _header(raw, "kecamatan"),
                f"poligon geometri berada di Kecamatan {wilayah.kec_names[main]}, tidak menyentuh "
                f"Kecamatan {wilayah.kec_names[stated]}",
                "perbaiki poligon atau kolom kecamatan",
            )
        ]
    return []


def _check_point(
    r: int, lat: float, lon: float, row: pd.Series, raw: RawTable, wilayah: WilayahIndex
) -> list[Problem]:
    where = f"({lat:.5f}, {lon:.5f})"
    at = wilayah.kecamatan_at(lon, lat)
    if at is None:
        hint = "periksa lat/lon (lat Blitar sekitar -8,0 s.d. -8,4; lon 111,9 s.d. 112,5)"
        if wilayah.kecamatan_at(lat, lon) is not None:
            hint = "lat dan lon tampaknya tertukar"
        return [Problem(r, _header(raw, "lat"), f"titik {where} di luar {wilayah.kab_name}", hint)]
    stated = row.get("kecamatan")
    if stated and stated != at:
        return [
            Problem(
                r,
                _header(raw, "kecamatan"),
                f"titik {where} berada di Kecamatan {wilayah.kec_names[at]}, "
                f"bukan Kecamatan {wilayah.kec_names[stated]}",
                "perbaiki koordinat atau kolom kecamatan",
            )
        ]
    return []


def _check_inovasi(r: int, row: pd.Series, raw: RawTable) -> list[Problem]:
    problems: list[Problem] = []
    uji, terap = row.get("tgl_uji_coba"), row.get("tgl_penerapan")
    if uji and terap and terap < uji:
        problems.append(
            Problem(
                r,
                _header(raw, "tgl_penerapan"),
                f"tanggal penerapan {terap:%d-%m-%Y} sebelum uji coba {uji:%d-%m-%Y}",
                "penerapan dimulai setelah (atau pada hari) uji coba",
            )
        )
    if row.get("tahapan") == "penerapan" and not terap:
        problems.append(
            Problem(
                r,
                _header(raw, "tgl_penerapan"),
                "tahapan 'penerapan' tanpa tanggal penerapan",
                "IID meminta tanggal penerapan; isi bila diketahui",
                "warning",
            )
        )
    if row.get("tahapan") == "uji_coba" and not uji:
        problems.append(
            Problem(
                r,
                _header(raw, "tgl_uji_coba"),
                "tahapan 'uji_coba' tanpa tanggal uji coba",
                "isi bila diketahui",
                "warning",
            )
        )
    ident, year = row.get("inovasi_id"), row.get("tahun_pelaporan")
    if ident and year and re.match(r"^INV-\d{4}-", str(ident)) and int(str(ident)[4:8]) != int(year):
        problems.append(
            Problem(
                r,
                _header(raw, "inovasi_id"),
                f"ID {ident} memakai tahun {str(ident)[4:8]}, tahun_pelaporan {year}",
                "samakan tahun pada ID dengan tahun pelaporan",
            )
        )
    return problems


def _check_inovasi_indikator(r: int, row: pd.Series, raw: RawTable, context: Context) -> list[Problem]:
    """The innovation is in the store; a parameter without evidence scores 0 (warned)."""
    problems: list[Problem] = []
    ident = row.get("inovasi_id")
    if ident and ident not in context.inovasi.names:
        # the template's own example row (CONTOH-…, contoh ya) may name no real innovation
        example = bool(row.get("contoh")) and str(ident).startswith("CONTOH-")
        problems.append(
            Problem(
                r,
                _header(raw, "inovasi_id"),
                f"inovasi {ident} tidak ada di tabel inovasi"
                + ("; baris contoh ini tidak ikut dinilai" if example else ""),
                context.inovasi.hint(str(ident)),
                "warning" if example else "error",
            )
        )
    parameter = row.get("parameter")
    if parameter and not row.get("bukti_file") and not row.get("bukti_url"):
        problems.append(
            Problem(
                r,
                _header(raw, "bukti_file"),
                f"parameter {parameter} tanpa bukti dukung: skor indikator {row.get('no_indikator')} "
                "dihitung 0",
                "isi bukti_file atau bukti_url; aplikasi IID menilai 0 tanpa bukti",
                "warning",
            )
        )
    return problems


def _check_iid_indikator(r: int, row: pd.Series, raw: RawTable, _context: Context) -> list[Problem]:
    """Indicators 1–15 (with a/b splits) are the SPD aspect, 16–35 the SID aspect."""
    number, aspek = row.get("no_indikator"), row.get("aspek")
    if not number or not aspek:
        return []
    expected = "spd" if re.match(NO_INDIKATOR_SPD, str(number)) else "sid"
    if aspek == expected:
        return []
    return [
        Problem(
            r,
            _header(raw, "aspek"),
            f"indikator {number} beraspek {expected}, bukan {aspek}",
            "indikator 1–15 (boleh 5a/5b) = spd (pemerintah daerah); 16–35 = sid (per inovasi)",
        )
    ]


def _unknown(values: object, allowed: tuple[str, ...] | list[str]) -> list[tuple[str, str | None]]:
    """The items of a ``; ``-joined list not in ``allowed``, each with a close allowed one."""
    return [
        (item, suggest(item, list(allowed)))
        for item in parsing.parse_list(values or "")
        if item not in allowed
    ]


def _check_iid_aturan(r: int, row: pd.Series, raw: RawTable, _context: Context) -> list[Problem]:
    """Thresholds in order, known rule and profile names, mandatory affairs when required."""
    problems: list[Problem] = []
    low, high = row.get("batas_inovatif"), row.get("batas_sangat_inovatif")
    if low is not None and high is not None and low >= high:
        problems.append(
            Problem(
                r,
                _header(raw, "batas_inovatif"),
                f"batas Inovatif {format_trimmed(low, 'id', 2)} tidak di bawah batas Sangat Inovatif "
                f"{format_trimmed(high, 'id', 2)}",
                "batas_inovatif harus lebih kecil dari batas_sangat_inovatif (2023: 35 dan 60,01)",
            )
        )
    for column, allowed, what, otherwise in (
        ("aturan_belum_pasti", ATURAN_IID, "nama aturan", "pilihan: " + ", ".join(ATURAN_IID)),
        ("profil_wajib", tuple(INOVASI.names), "kolom tabel inovasi", "tulis nama kolom templat inovasi"),
    ):
        for item, near in _unknown(row.get(column), allowed):
            problems.append(
                Problem(
                    r,
                    _header(raw, column),
                    f"'{item}' bukan {what}",
                    f"mungkin maksudnya '{near}'? {otherwise}" if near else otherwise,
                )
            )
    if row.get("syarat_urusan") and not row.get("urusan_wajib"):
        problems.append(
            Problem(
                r,
                _header(raw, "urusan_wajib"),
                "syarat_urusan 'ya' tetapi urusan_wajib kosong",
                "tulis urusan wajib pelayanan dasar yang harus tercakup (pisahkan dengan ;), "
                "atau isi syarat_urusan 'tidak'",
            )
        )
    return problems


def _check_iid_rencana(r: int, row: pd.Series, raw: RawTable, _context: Context) -> list[Problem]:
    """A saved plan's changes are a JSON list, and small."""
    text = row.get("perubahan")
    if not text:
        return []
    size = len(str(text).encode("utf-8"))
    column = _header(raw, "perubahan")
    if size > MAX_PLAN_BYTES:
        return [
            Problem(
                r,
                column,
                f"perubahan {format_number(size / 1024, 0, 'id')} KB; batas "
                f"{format_number(MAX_PLAN_BYTES / 1024, 0, 'id')} KB",
                "sebuah rencana memuat beberapa perubahan saja; pecah menjadi beberapa rencana",
            )
        ]
    try:
        value = json.loads(str(text), parse_constant=_no_constant)
    except (ValueError, RecursionError) as exc:
        return [Problem(r, column, f"perubahan bukan JSON yang sah ({exc})", "contoh isian: []")]
    if not isinstance(value, list):
        return [
            Problem(
                r,
                column,
                f"perubahan harus daftar JSON ([...]), bukan {type(value).__name__}",
                PLAN_HINT,
            )
        ]
    return [Problem(r, column, message, PLAN_HINT) for message in plan_change_problems(value)]


#: the kinds of what-if change and the fields each needs (potensi.iid.whatif applies them)
PLAN_KINDS = ("parameter", "tahapan", "spd", "tambah")
PLAN_HINT = (
    'tiap perubahan: {"jenis": "parameter", "inovasi_id": …, "no_indikator": 16–35, "parameter": 0–3}, '
    '{"jenis": "tahapan", "inovasi_id": …, "tahapan": …}, {"jenis": "spd", "no_indikator": "5a", '
    '"parameter": 0–3} atau {"jenis": "tambah", "inovasi_id": …, "nama": …, "parameter": 0–3}'
)


def _whole(value: object, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def plan_change_problems(changes: list) -> list[str]:
    """What is wrong with a what-if plan's changes, one Indonesian line per change and
    field (empty when every change is one the workbench can apply): checked when a plan
    is imported and again when it is loaded, so a stored plan can never break the page."""
    found = []
    for number, change in enumerate(changes, start=1):
        where = f"perubahan ke-{number}"
        if not isinstance(change, dict) or change.get("jenis") not in PLAN_KINDS:
            found.append(f"{where}: jenis harus salah satu dari {', '.join(PLAN_KINDS)}")
            continue
        kind = change["jenis"]
        if kind in ("parameter", "tahapan", "tambah") and not (
            isinstance(change.get("inovasi_id"), str) and 0 < len(change["inovasi_id"]) <= 40
        ):
            found.append(f"{where}: inovasi_id harus teks (ID inovasi)")
        if kind in ("parameter", "spd", "tambah") and not _whole(change.get("parameter"), 0, 3):
            found.append(
                f"{where}: parameter harus bilangan bulat 0–3, bukan {change.get('parameter')!r}"[:200]
            )
        if kind == "parameter" and not _whole(change.get("no_indikator"), 16, 35):
            found.append(f"{where}: no_indikator harus 16–35")
        if kind == "spd" and not re.fullmatch(NO_INDIKATOR_SPD, str(change.get("no_indikator", ""))):
            found.append(f"{where}: no_indikator SPD harus 1–15 (boleh 5a/5b)")
        if kind == "tahapan" and change.get("tahapan") not in TAHAPAN_INOVASI:
            found.append(f"{where}: tahapan harus salah satu dari {', '.join(TAHAPAN_INOVASI)}")
        if kind == "tambah" and not isinstance(change.get("nama", ""), str):
            found.append(f"{where}: nama harus teks")
    return found


#: the row rules of the IID workbench's tables (iid_spd has none beyond its schema)
IID_CHECKS: dict[str, Callable[[int, pd.Series, RawTable, Context], list[Problem]]] = {
    "inovasi_indikator": _check_inovasi_indikator,
    "iid_indikator": _check_iid_indikator,
    "iid_aturan": _check_iid_aturan,
    "iid_rencana": _check_iid_rencana,
}


def align_headers(raw: RawTable, table: Table) -> None:
    """Map headers whose unit in parentheses is part of the name ("Anggaran (Rp)" →
    anggaran_rp) when the plain reading ("anggaran") is not a schema column."""
    known = set(table.names)
    renames = {}
    for name, original in raw.original_headers.items():
        if name in known:
            continue
        with_unit = parsing.normalise_header(re.sub(r"[()\[\]]", " ", str(original)))
        if with_unit in known and with_unit not in raw.frame.columns:
            renames[name] = with_unit
    if renames:
        raw.frame = raw.frame.rename(columns=renames)
        raw.original_headers = {renames.get(k, k): v for k, v in raw.original_headers.items()}


def check_columns(raw: RawTable, table: Table) -> list[Problem]:
    """Missing required columns block the import; unknown ones are only mentioned."""
    problems = []
    present = set(raw.frame.columns)
    for column in table.columns:
        if column.required and column.name not in present:
            problems.append(
                Problem(
                    None,
                    column.name,
                    "kolom wajib tidak ada",
                    f"kolom di berkas: {', '.join(raw.original_headers.values())}; "
                    "pakai templat: python -m potensi data template",
                )
            )
    for name in present - set(table.names):
        problems.append(
            Problem(
                None,
                raw.original_headers.get(name, name),
                "kolom tidak dikenal, diabaikan",
                severity="warning",
            )
        )
    return problems


def validate(raw: RawTable, table: Table, context: Context) -> ValidationResult:
    """All three passes; the result's rows are only meaningful when it is ok."""
    align_headers(raw, table)
    problems = list(raw.problems) + check_columns(raw, table)
    if any(p.severity == "error" and p.row is None for p in problems):
        return ValidationResult(pd.DataFrame(columns=table.names), problems)
    if raw.frame.empty:
        problems.append(
            Problem(
                None,
                None,
                f"tidak ada baris data di bawah judul kolom (baris {raw.header_row})",
                "isi data mulai baris di bawah judul kolom; berkas berisi judul saja tidak diimpor",
            )
        )
        return ValidationResult(pd.DataFrame(columns=table.names), problems)
    frame, cell_problems, failed = parse_cells(raw, table, context)
    problems += cell_problems
    problems += check_schema(frame, table, raw, failed)
    problems += check_rows(frame, table, raw, context)
    if "contoh" in frame.columns:
        frame["contoh"] = frame["contoh"].map(lambda v: bool(v) if v is not None else False)
    problems.sort(key=lambda p: (p.row or 0, p.column or ""))
    return ValidationResult(frame, problems)
