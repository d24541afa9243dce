"""Replace the store's boundary geometries with an official file (e.g. from BIG).

Officials may hold boundaries newer than the open upstream dump, but such files name
regions their own way ("KECAMATAN SRENGAT", NAMOBJ/WADMKC columns), come in any CRS
and sometimes as several features per region. The import is therefore strict: each
feature must map to exactly one Kemendagri code already in the store, every store
region must get a feature, and the geometries must lie where the kabupaten is (a
mislabelled CRS otherwise slips through as a valid-looking but misplaced map).
Anything else is refused before the store is touched. Only geometries and areas
change: codes and names stay the Kemendagri ones already in the store, so the rest
of the dashboard keeps joining on the same keys.
"""

from __future__ import annotations

import hashlib
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely
from pyproj import CRS
from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry

from potensi.boundaries.build import area_km2
from potensi.boundaries.coverage import UTM_49S
from potensi.boundaries.history import commit_boundary_import
from potensi.boundaries.intake import KIND_LABEL, check_counts, open_source
from potensi.boundaries.review import MAX_AREA_CHANGE, Review, review_import
from potensi.boundaries.sqlparse import WGS84, repair
from potensi.core.errors import GeodataError
from potensi.core.formatting import format_number, format_trimmed
from potensi.core.names import normalise as normalise_name
from potensi.core.names import parse_code, suggest
from potensi.core.store import (
    list_layers,
    load_layer,
    store_path,
)

#: levels an official file may replace; kabupaten follows from them
IMPORT_LEVELS = ("kecamatan", "desa")
#: column names BIG and common exports use for the region's name, tried in order
NAME_FIELDS = {
    "kecamatan": ("NAMOBJ", "WADMKC", "nama", "NAMA", "name"),
    "desa": ("NAMOBJ", "WADMKD", "nama", "NAMA", "name"),
}
#: columns naming a desa's kecamatan: desa names repeat across the kabupaten
KECAMATAN_FIELDS = ("WADMKC", "KECAMATAN", "NAMA_KEC", "NM_KEC", "NAMKEC")
#: a feature's interior point may stray this far outside the old kabupaten outline;
#: farther means a wrong CRS or another region, not a boundary revision
OUTSIDE_TOLERANCE_M = 1000.0
#: parts of one region overlapping more than this share of the smaller part are
#: duplicate features rather than pieces of a multipart region
DUPLICATE_OVERLAP = 0.01
MAX_LISTED = 30
LEVEL_LABEL = {"kecamatan": "kecamatan", "desa": "desa/kelurahan"}


@dataclass
class _Matching:
    """Outcome of mapping file rows to store codes, before anything is refused."""

    codes: list[str | None]
    how: str
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _refuse(source: Path, problems: Sequence[str], advice: str = "") -> GeodataError:
    listed = list(problems[:MAX_LISTED])
    if len(problems) > MAX_LISTED:
        listed.append(f"… dan {len(problems) - MAX_LISTED} masalah lain")
    text = f"Berkas {source.name} ditolak; store tidak diubah.\n" + "\n".join(f"- {p}" for p in listed)
    if advice:
        text += "\n" + advice
    return GeodataError(text)


def _pick_layer(uri: str | bytes, source: Path) -> str | None:
    """The polygon layer to read when a GeoPackage holds several."""
    layers = pyogrio.list_layers(uri)
    if len(layers) <= 1:
        return None
    polygonal = [str(name) for name, kind in layers if kind and "polygon" in str(kind).lower()]
    if len(polygonal) == 1:
        return polygonal[0]
    raise GeodataError(
        f"Berkas {source.name} berisi beberapa lapisan ({', '.join(str(n) for n, _ in layers)}). "
        "Simpan lapisan batas wilayah yang dimaksud ke berkas tersendiri lalu impor lagi."
    )


def read_official_file(path: Path) -> gpd.GeoDataFrame:
    """Read a GeoJSON, GeoPackage or zipped Shapefile, turning GDAL errors into advice.

    The kind comes from the file's first bytes and the sizes, features and vertices
    are checked (``potensi.boundaries.intake``) before GDAL reads it in full.
    """
    if not path.is_file():
        raise GeodataError(f"Berkas {path} tidak ditemukan.")
    source = open_source(path)
    try:
        with warnings.catch_warnings():
            # a GeoPackage under another name: the kind was already decided by content
            warnings.simplefilter("ignore", RuntimeWarning)
            layer = _pick_layer(source.uri, path) if source.kind == "gpkg" else None
            check_counts(source, path.name, layer)
            frame = gpd.read_file(source.uri, layer=layer)
    except GeodataError:
        raise
    except Exception as exc:  # pyogrio/GDAL raise many types for a broken file
        raise GeodataError(
            f"Berkas {path.name} tidak dapat dibaca sebagai data spasial "
            f"({KIND_LABEL[source.kind]} menurut isinya): {exc}. Periksa bahwa berkas utuh dan "
            "formatnya GeoJSON, GeoPackage atau Shapefile (zip). Store tidak diubah."
        ) from exc
    if frame.empty:
        raise GeodataError(f"Berkas {path.name} tidak berisi satu fitur pun.")
    return frame


def _label(value: object) -> str | None:
    """A cell as text for messages; empty cells (None/NaN) become None."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    text = str(value).strip()
    return text or None


def _row(number: int, label: object | None = None) -> str:
    return f"baris {number}" + (f" ('{label}')" if label not in (None, "") else "")


def _to_wgs84(
    frame: gpd.GeoDataFrame, source: Path, labels: Sequence[object]
) -> tuple[gpd.GeoDataFrame, int]:
    """Polygons in EPSG:4326, repaired; refuses what cannot become a boundary."""
    if frame.crs is None:
        raise GeodataError(
            f"Berkas {source.name} tidak menyatakan CRS (sistem koordinat), sehingga "
            "letaknya tidak dapat dipastikan. Untuk Shapefile, sertakan berkas .prj di "
            "dalam zip; atau tetapkan CRS di QGIS lalu ekspor ulang. Store tidak diubah."
        )
    problems: list[str] = []
    geoms = frame.geometry.to_numpy()
    for number, (geom, label) in enumerate(zip(geoms, labels, strict=True), start=1):
        if geom is None or geom.is_empty:
            problems.append(f"{_row(number, label)}: tanpa geometri")
        elif not isinstance(geom, (Polygon, MultiPolygon)):
            problems.append(f"{_row(number, label)}: geometri {geom.geom_type}, bukan poligon")
    if problems:
        raise _refuse(source, problems, "Batas wilayah harus berupa poligon.")
    flat = gpd.GeoSeries(shapely.force_2d(geoms), crs=frame.crs)
    try:
        projected = flat.to_crs(WGS84)
    except Exception as exc:
        raise GeodataError(
            f"Berkas {source.name} tidak dapat diubah dari CRS {frame.crs.name} ke "
            f"EPSG:4326: {exc}. Store tidak diubah."
        ) from exc
    repaired: list[BaseGeometry] = []
    fixes = 0
    for number, (geom, label) in enumerate(zip(projected, labels, strict=True), start=1):
        try:
            fixed = repair(geom)
        except ValueError as exc:
            problems.append(f"{_row(number, label)}: {exc}")
            continue
        fixes += fixed is not geom
        repaired.append(fixed)
    if problems:
        raise _refuse(source, problems)
    out = frame.drop(columns=frame.geometry.name)
    geometry = gpd.GeoSeries(repaired, index=frame.index, crs=WGS84)
    return gpd.GeoDataFrame(out, geometry=geometry), fixes


def _check_location(
    frame: gpd.GeoDataFrame,
    raw_bounds: np.ndarray,
    source_crs: CRS,
    kabupaten: gpd.GeoDataFrame,
    source: Path,
    labels: Sequence[object],
) -> None:
    """Refuse features lying away from the kabupaten: a wrong CRS looks like this."""
    allowed = kabupaten.to_crs(UTM_49S).buffer(OUTSIDE_TOLERANCE_M).to_crs(WGS84).union_all()
    points = shapely.point_on_surface(frame.geometry.to_numpy())
    finite = np.isfinite(shapely.get_coordinates(points)).all(axis=1)
    inside = finite & shapely.within(points, allowed)
    if inside.all():
        return
    nama = str(kabupaten.nama.iloc[0])
    outside = [_row(i + 1, labels[i]) for i in np.flatnonzero(~inside)]
    epsg = source_crs.to_epsg()
    crs_text = source_crs.name + (f" (EPSG:{epsg})" if epsg else "")
    xmin, ymin, xmax, ymax = raw_bounds
    looks_metric = source_crs.is_geographic and (
        max(abs(xmin), abs(xmax)) > 180 or max(abs(ymin), abs(ymax)) > 90
    )
    if looks_metric:
        hint = (
            f"Koordinat berkas (mis. {format_number(xmin, 0, 'id')}; {format_number(ymin, 0, 'id')}) "
            "di luar rentang derajat, "
            "tampaknya meter (mis. UTM 49S / EPSG:32749), padahal CRS berkas tertulis "
            f"{crs_text}: CRS berkas salah. Tetapkan CRS yang benar (di QGIS: Layer > "
            "Set CRS), ekspor ulang, lalu impor lagi."
        )
    else:
        hint = (
            f"Kemungkinan CRS berkas salah (tertulis {crs_text}), atau berkas memuat "
            f"wilayah di luar {nama}. Periksa CRS di QGIS dan potong berkas hanya "
            f"untuk {nama}."
        )
    tolerance = format_trimmed(OUTSIDE_TOLERANCE_M / 1000, "id")
    where = f"berada di luar {nama} (lebih dari {tolerance} km dari batasnya)"
    if not inside.any():
        problem = f"semua {len(frame)} fitur {where}"
    else:
        more = " …" if len(outside) > MAX_LISTED else ""
        problem = f"{len(outside)} dari {len(frame)} fitur {where}: {', '.join(outside[:MAX_LISTED])}{more}"
    raise _refuse(source, [problem], hint)


def _find_column(
    frame: gpd.GeoDataFrame, wanted: str | None, candidates: Iterable[str], purpose: str, source: Path
) -> str | None:
    """A column by its given name or by the first known name, ignoring case."""
    by_lower = {str(c).lower(): str(c) for c in frame.columns if c != frame.geometry.name}
    if wanted is not None:
        if wanted.lower() in by_lower:
            return by_lower[wanted.lower()]
        raise GeodataError(
            f"Kolom {purpose} '{wanted}' tidak ada di berkas {source.name}. Kolom yang ada: "
            f"{', '.join(by_lower.values())}."
        )
    for candidate in candidates:
        if candidate.lower() in by_lower:
            return by_lower[candidate.lower()]
    return None


def _code_columns(frame: gpd.GeoDataFrame, level: str) -> list[str]:
    """Columns whose values are mostly Kemendagri codes, to suggest --code-field."""
    found = []
    for column in frame.columns:
        if column == frame.geometry.name:
            continue
        parsed = [parse_code(v, level) for v in frame[column]]
        if sum(p is not None for p in parsed) >= max(1, len(parsed) // 2):
            found.append(str(column))
    return found


def _suggest(key: str, choices: dict[str, str]) -> str:
    """' — mungkin maksudnya X?' for the closest store name, or nothing."""
    found = suggest(key, choices)
    return f" — mungkin maksudnya {found}?" if found else ""


def _name_index(frame: gpd.GeoDataFrame, source: Path, scope: str) -> dict[str, str]:
    """Normalised name -> code; refuses when two store names collapse to one key."""
    index: dict[str, str] = {}
    clashes = []
    for code, name in zip(frame.kode, frame.nama, strict=True):
        key = normalise_name(name)
        if key in index:
            clashes.append(f"{name} ({index[key]} dan {code})")
        index[key] = code
    if clashes:
        raise GeodataError(
            f"Nama {scope} di store tidak unik ({'; '.join(clashes)}), sehingga berkas "
            f"{source.name} tidak dapat dicocokkan lewat nama. Gunakan --code-field dengan "
            "kolom kode Kemendagri. Store tidak diubah."
        )
    return index


def _match_codes(
    frame: gpd.GeoDataFrame,
    column: str,
    level: str,
    existing: gpd.GeoDataFrame,
    region: str,
    names: Sequence[object],
) -> _Matching:
    known = dict(zip(existing.kode, existing.nama, strict=True))
    by_name = {normalise_name(n): str(n) for n in existing.nama}
    result = _Matching(codes=[], how=f"kode di kolom {column}")
    renamed = []
    for number, (value, name) in enumerate(zip(frame[column], names, strict=True), start=1):
        code = parse_code(value, level)
        label = name if name is not None else _label(value)
        if code is None:
            result.problems.append(
                f"{_row(number, label)}: '{value}' bukan kode Kemendagri {LEVEL_LABEL[level]}"
            )
        elif code not in known:
            where = "bukan wilayah" if not code.startswith(region + ".") else "tidak ada di"
            result.problems.append(
                f"{_row(number, label)}: kode {code} {where} {region} di store"
                + _suggest(normalise_name(name), by_name)
            )
            code = None
        elif name is not None and normalise_name(name) != normalise_name(known[code]):
            renamed.append(f"{name} → {known[code]} ({code})")
        result.codes.append(code)
    if renamed:
        result.notes.append(
            "Nama di berkas yang berbeda dari nama Kemendagri (yang dipakai): "
            + "; ".join(renamed[:10])
            + (" …" if len(renamed) > 10 else "")
            + "."
        )
    return result


def _match_names(
    frame: gpd.GeoDataFrame,
    column: str,
    level: str,
    existing: gpd.GeoDataFrame,
    kecamatan: gpd.GeoDataFrame,
    source: Path,
) -> _Matching:
    if level == "kecamatan":
        index = _name_index(existing, source, "kecamatan")
        canonical = {normalise_name(n): str(n) for n in existing.nama}
        result = _Matching(codes=[], how=f"nama di kolom {column}")
        for number, value in enumerate(frame[column], start=1):
            key = normalise_name(value)
            code = index.get(key)
            if code is None:
                result.problems.append(
                    f"{_row(number, _label(value))}: tidak ada kecamatan bernama demikian"
                    if key
                    else f"baris {number}: nama kosong"
                )
                if key:
                    result.problems[-1] += _suggest(key, canonical)
            result.codes.append(code)
        return result

    kec_column = _find_column(frame, None, KECAMATAN_FIELDS, "kecamatan", source)
    if kec_column is None:
        hint = _code_columns(frame, level)
        raise GeodataError(
            f"Nama desa/kelurahan tidak unik di satu kabupaten, jadi berkas {source.name} "
            "perlu kolom kode Kemendagri (--code-field) atau kolom nama kecamatan "
            f"({', '.join(KECAMATAN_FIELDS)}) untuk membedakannya. "
            + (f"Kolom yang tampak berisi kode: {', '.join(hint)}. " if hint else "")
            + "Store tidak diubah."
        )
    kec_index = _name_index(kecamatan, source, "kecamatan")
    kec_canonical = {normalise_name(n): str(n) for n in kecamatan.nama}
    kec_names = dict(zip(kecamatan.kode, kecamatan.nama, strict=True))
    per_kec: dict[str, dict[str, str]] = {}
    per_kec_canonical: dict[str, dict[str, str]] = {}
    for kode_kec, group in existing.groupby("kode_kec"):
        per_kec[kode_kec] = _name_index(group, source, f"desa di {kec_names.get(kode_kec)}")
        per_kec_canonical[kode_kec] = {normalise_name(n): str(n) for n in group.nama}
    result = _Matching(codes=[], how=f"nama di kolom {column} dan kecamatan di kolom {kec_column}")
    for number, (value, kec_value) in enumerate(zip(frame[column], frame[kec_column], strict=True), start=1):
        code = None
        kec_key = normalise_name(kec_value)
        kode_kec = kec_index.get(kec_key)
        key = normalise_name(value)
        if kode_kec is None:
            result.problems.append(
                f"{_row(number, _label(value))}: kecamatan '{kec_value}' tidak dikenal"
                + _suggest(kec_key, kec_canonical)
            )
        elif not key:
            result.problems.append(f"baris {number}: nama desa kosong")
        else:
            code = per_kec.get(kode_kec, {}).get(key)
            if code is None:
                result.problems.append(
                    f"{_row(number, _label(value))}: tidak ada desa/kelurahan bernama demikian di "
                    f"Kecamatan {kec_names[kode_kec]}" + _suggest(key, per_kec_canonical.get(kode_kec, {}))
                )
        result.codes.append(code)
    return result


def _match(
    frame: gpd.GeoDataFrame,
    level: str,
    name_field: str | None,
    code_field: str | None,
    existing: gpd.GeoDataFrame,
    kecamatan: gpd.GeoDataFrame,
    region: str,
    source: Path,
) -> _Matching:
    """Map every row to a store code, by code when the file has real codes, else by name."""
    name_column = _find_column(frame, name_field, NAME_FIELDS[level], "nama", source)
    names = [_label(v) for v in frame[name_column]] if name_column else [None] * len(frame)
    fallback_note = None
    if code_field is not None:
        code_column = _find_column(frame, code_field, (), "kode", source)
        parsed = [parse_code(v, level) for v in frame[code_column]]
        if sum(p is not None for p in parsed) * 2 >= len(parsed):
            return _match_codes(frame, code_column, level, existing, region, names)
        fallback_note = (
            f"Kolom {code_column} tidak berisi kode Kemendagri {LEVEL_LABEL[level]} "
            "(mis. 35.05.01), jadi dicocokkan lewat nama."
        )
    if name_column is None:
        raise GeodataError(
            f"Tidak menemukan kolom nama wilayah di berkas {source.name} (dicari: "
            f"{', '.join(NAME_FIELDS[level])}). Sebutkan kolomnya dengan --name-field, atau "
            "kolom kode Kemendagri dengan --code-field. Kolom yang ada: "
            f"{', '.join(str(c) for c in frame.columns if c != frame.geometry.name)}."
        )
    result = _match_names(frame, name_column, level, existing, kecamatan, source)
    if fallback_note:
        result.notes.insert(0, fallback_note)
    return result


def _dissolve(
    frame: gpd.GeoDataFrame, codes: Sequence[str | None], labels: Sequence[object], existing: gpd.GeoDataFrame
) -> tuple[dict[str, BaseGeometry], list[str], int]:
    """One geometry per code; pieces of a multipart region merge, overlapping copies do not."""
    rows: dict[str, list[int]] = {}
    for i, code in enumerate(codes):
        if code is not None:
            rows.setdefault(code, []).append(i)
    names = dict(zip(existing.kode, existing.nama, strict=True))
    geoms = frame.geometry.to_numpy()
    merged: dict[str, BaseGeometry] = {}
    problems: list[str] = []
    dissolved = 0
    for code, idx in rows.items():
        if len(idx) == 1:
            merged[code] = geoms[idx[0]]
            continue
        parts = gpd.GeoSeries(geoms[idx], crs=WGS84).to_crs(UTM_49S)
        union = shapely.union_all(parts.to_numpy())
        overlap = float(parts.area.sum() - union.area)
        if overlap > DUPLICATE_OVERLAP * float(parts.area.min()):
            problems.append(
                f"{', '.join(_row(i + 1, labels[i]) for i in idx)} sama-sama cocok dengan "
                f"{names[code]} ({code}) dan saling tumpang-tindih — fitur ganda?"
            )
            continue
        merged[code] = repair(shapely.union_all(geoms[idx]))
        dissolved += 1
    return merged, problems, dissolved


def _union(geoms: np.ndarray, coverage_valid: bool) -> BaseGeometry:
    return shapely.coverage_union_all(geoms) if coverage_valid else shapely.union_all(geoms)


def _with_geometries(
    existing: gpd.GeoDataFrame, geoms: Sequence[BaseGeometry], source_label: str
) -> gpd.GeoDataFrame:
    """The existing layer's rows and columns with new geometries, areas and source."""
    attrs = pd.DataFrame(existing.drop(columns=existing.geometry.name))
    frame = gpd.GeoDataFrame(attrs, geometry=gpd.GeoSeries(list(geoms), index=existing.index, crs=WGS84))
    frame["luas_km2"] = area_km2(frame)
    frame["sumber_batas"] = source_label
    columns = [c for c in frame.columns if c != "geometry"] + ["geometry"]
    return frame[columns]


def _largest_change(old: gpd.GeoDataFrame, new: gpd.GeoDataFrame) -> str:
    before = dict(zip(old.kode, old.luas_km2, strict=True))
    changes = [
        ((row.luas_km2 - before[row.kode]) / before[row.kode] * 100, str(row.nama))
        for row in new.itertuples()
        if before.get(row.kode)
    ]
    if not changes:
        return ""
    pct, name = max(changes, key=lambda c: abs(c[0]))
    if abs(pct) < 0.01:
        return "; luas tiap wilayah praktis tidak berubah"
    sign = "+" if pct > 0 else ""
    return f"; perubahan luas terbesar: {name} {sign}{format_number(pct, 2, 'id')}%"


def import_official_boundaries(
    path: Path,
    level: str = "kecamatan",
    name_field: str | None = None,
    code_field: str | None = None,
    store: Path | None = None,
    accept_area_changes: bool = False,
) -> str:
    """Swap in official geometries for one level, all-or-nothing; returns a summary.

    Refuses (``GeodataError``, store untouched) an unsafe or oversized file, a file
    without CRS, outside the kabupaten, with unmatched, duplicate or missing regions.
    A kecamatan whose area changes by more than ``MAX_AREA_CHANGE``, or land of the
    old kabupaten outline left without a kecamatan, is refused too unless
    ``accept_area_changes`` (``--setujui-perubahan-luas``, or the page's confirm
    button) says the official has seen and accepts it. A desa import also
    re-dissolves kecamatan and kabupaten so the three levels keep tiling exactly.
    The import goes into the history and can be undone exactly
    (``python -m potensi data undo ID``).
    """
    path = Path(path)
    if level not in IMPORT_LEVELS:
        raise GeodataError(f"Tingkat '{level}' tidak dapat diimpor; pilih kecamatan atau desa.")
    target = store_path(store)
    existing = load_layer(level, target)
    kabupaten = load_layer("kabupaten", target)
    kecamatan = existing if level == "kecamatan" else load_layer("kecamatan", target)
    region = str(kabupaten.kode.iloc[0])
    kab_name = str(kabupaten.nama.iloc[0])

    raw = read_official_file(path)
    name_column = _find_column(raw, name_field, NAME_FIELDS[level], "nama", path)
    labels = [_label(v) for v in raw[name_column]] if name_column else [None] * len(raw)
    source_crs = raw.crs
    raw_bounds = raw.total_bounds
    frame, fixes = _to_wgs84(raw, path, labels)
    _check_location(frame, raw_bounds, CRS.from_user_input(source_crs), kabupaten, path, labels)

    matching = _match(frame, level, name_field, code_field, existing, kecamatan, region, path)
    geoms, duplicates, dissolved = _dissolve(frame, matching.codes, labels, existing)
    problems = matching.problems + duplicates
    matched = set(matching.codes) - {None}
    missing = [f"{n} ({k})" for k, n in zip(existing.kode, existing.nama, strict=True) if k not in matched]
    if missing:
        problems.append(
            f"{len(missing)} {LEVEL_LABEL[level]} di store tidak ada di berkas: " + ", ".join(missing)
        )
    if problems:
        raise _refuse(
            path,
            problems,
            f"Setiap fitur harus cocok dengan tepat satu {LEVEL_LABEL[level]} {kab_name} "
            f"(dicocokkan lewat {matching.how}), dan setiap {LEVEL_LABEL[level]} harus ada. "
            "Perbaiki berkas lalu impor lagi.",
        )

    source_label = f"berkas resmi: {path.name}"
    new = _with_geometries(existing, [geoms[k] for k in existing.kode], source_label)
    coverage_valid = bool(shapely.coverage_is_valid(new.geometry.to_numpy()))
    layers: dict[str, gpd.GeoDataFrame] = {level: new}
    if level == "kecamatan":
        if "desa" in list_layers(target) and "jumlah_desa" in new.columns:
            counts = load_layer("desa", target).groupby("kode_kec").size()
            new["jumlah_desa"] = [int(counts.get(k, 0)) for k in new.kode]
        rest = (
            "Lapisan desa dan kabupaten tidak diubah (masih dari sumber lama), jadi "
            "batasnya bisa tidak tepat berimpit dengan kecamatan baru."
        )
    else:
        desa_geoms = new.geometry.to_numpy()
        kec_geoms = [
            _union(desa_geoms[(new.kode_kec == k).to_numpy()], coverage_valid) for k in kecamatan.kode
        ]
        layers["kecamatan"] = _with_geometries(kecamatan, kec_geoms, source_label)
        if "jumlah_desa" in layers["kecamatan"].columns:
            counts = new.groupby("kode_kec").size()
            layers["kecamatan"]["jumlah_desa"] = [int(counts.get(k, 0)) for k in kecamatan.kode]
        kab_geom = _union(np.asarray(kec_geoms, dtype=object), coverage_valid)
        layers["kabupaten"] = _with_geometries(kabupaten, [kab_geom], source_label)
        rest = (
            f"Kecamatan dan kabupaten dibangun ulang dari desa baru (luas {kab_name} kini "
            f"{format_number(float(layers['kabupaten'].luas_km2.iloc[0]), 2, 'id')} km²)."
        )
    review = review_import(kecamatan, layers.get("kecamatan", new), kabupaten)
    if review.needs_confirmation and not accept_area_changes:
        raise _refuse(
            path,
            review.problems(),
            f"Perubahan luas lebih dari {format_trimmed(MAX_AREA_CHANGE * 100, 'id')}% atau wilayah yang "
            "tidak lagi tercakup biasanya berarti berkas salah, terpotong atau bukan untuk tingkat ini. "
            "Periksa berkas di QGIS. Bila perubahan ini memang batas resmi yang baru, ulangi "
            "dengan --setujui-perubahan-luas (atau centang persetujuan di halaman impor).",
        )
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    impor_id = commit_boundary_import(layers, level, path.name, digest, _changes_text(review), target)

    epsg = CRS.from_user_input(source_crs).to_epsg()
    crs_text = f"EPSG:{epsg}" if epsg else CRS.from_user_input(source_crs).name
    parts = [
        f"Batas {len(new)} {LEVEL_LABEL[level]} {kab_name} diganti dengan {source_label} "
        f"({len(frame)} fitur, CRS asal {crs_text}, dicocokkan lewat {matching.how}); kode dan "
        "nama Kemendagri di store tetap dipakai.",
        f"Luas total {format_number(new.luas_km2.sum(), 2, 'id')} km² "
        f"(sebelumnya {format_number(existing.luas_km2.sum(), 2, 'id')} km²"
        f"{_largest_change(existing, new)}).",
    ]
    if fixes:
        parts.append(f"{fixes} geometri tidak valid diperbaiki.")
    if dissolved:
        parts.append(f"{dissolved} wilayah disatukan dari beberapa fitur.")
    if review.needs_confirmation:
        parts.append("Disetujui meski: " + "; ".join(review.problems()) + ".")
    parts.append(
        "Batas antar-wilayah berimpit tanpa tumpang-tindih dan menutup seluruh wilayah lama (cakupan valid)."
        if coverage_valid and not review.uncovered_km2
        else "Perhatian: sebagian wilayah kabupaten lama tidak tercakup (lihat di atas)."
        if coverage_valid
        else "Perhatian: batas antar-wilayah di berkas bertumpuk atau tidak berimpit tepat "
        "(cakupan tidak valid)"
        + ("; kecamatan dan kabupaten disatukan dengan union biasa." if level == "desa" else ".")
    )
    parts.extend(matching.notes)
    parts.append(rest)
    parts.append(
        f"Tercatat di riwayat sebagai {impor_id}; batalkan dengan `python -m potensi data undo {impor_id}`."
    )
    parts.append(f"Store: {target}")
    return " ".join(parts)


def _changes_text(review: Review) -> str:
    """What the history keeps about an import's changes (also the ones confirmed)."""
    return "; ".join(review.problems()) or (
        f"tidak ada kecamatan berubah luas lebih dari {format_trimmed(MAX_AREA_CHANGE * 100, 'id')}% "
        "dan wilayah lama tetap tercakup"
    )
