"""Read an official's thematic file (any CRS) into clean EPSG:4326 features of the kabupaten.

The file is untrusted exactly like a boundary file, so it goes through the same
guards (:mod:`potensi.boundaries.intake`: kind from content, zip bombs, feature and
vertex budgets) before GDAL reads it in full; only the feature budget is larger,
since an RTRW pattern or a road network of one kabupaten runs to tens of thousands
of features. Then: a declared CRS is required, geometries are made 2-D, reprojected,
repaired (a polygon that cannot be repaired is refused, naming the feature) and
clipped to the kabupaten; a file with nothing inside the kabupaten is refused, as
that is a wrong CRS or another region, not an overlay.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely
from shapely.geometry.base import BaseGeometry

from potensi.boundaries.intake import KIND_LABEL, check_counts, open_source
from potensi.core.errors import GeodataError
from potensi.core.formatting import format_number

#: features one overlay may hold: a detailed RTRW pattern or a road network of one
#: kabupaten stays below this; the vertex budget of the boundary intake still applies
MAX_OVERLAY_FEATURES = 100_000
#: columns that usually name or class a feature, tried in order when none is chosen
CLASS_FIELDS = (
    "KELAS",
    "kelas",
    "ZONA",
    "zona",
    "POLA_RUANG",
    "NAMOBJ",
    "REMARK",
    "JENIS",
    "jenis",
    "KATEGORI",
    "FUNGSI",
    "nama",
    "NAMA",
    "name",
    "class",
)
MAX_LISTED = 20
#: families of geometry an overlay may hold
FAMILY = {
    "Polygon": "poligon",
    "MultiPolygon": "poligon",
    "LineString": "garis",
    "MultiLineString": "garis",
    "LinearRing": "garis",
    "Point": "titik",
    "MultiPoint": "titik",
}


@dataclass(frozen=True)
class Prepared:
    """An overlay's features ready to store: class text and geometry in EPSG:4326."""

    classes: list[str | None]
    geoms: np.ndarray
    kolom: str | None
    columns: list[str]
    dropped_outside: int
    repaired: int

    @property
    def family(self) -> str:
        """``poligon``, ``garis``, ``titik`` or ``campuran``."""
        kinds = {FAMILY.get(g.geom_type, "campuran") for g in self.geoms}
        return kinds.pop() if len(kinds) == 1 else "campuran"


def _refuse(name: str, problems: list[str], advice: str = "") -> GeodataError:
    listed = problems[:MAX_LISTED]
    if len(problems) > MAX_LISTED:
        listed.append(f"… dan {len(problems) - MAX_LISTED} masalah lain")
    text = f"Berkas {name} ditolak; store tidak diubah.\n" + "\n".join(f"- {p}" for p in listed)
    return GeodataError(text + ("\n" + advice if advice else ""))


def _pick_layer(uri: str | bytes, name: str) -> str | None:
    layers = pyogrio.list_layers(uri)
    if len(layers) <= 1:
        return None
    raise GeodataError(
        f"Berkas {name} berisi beberapa lapisan ({', '.join(str(n) for n, _ in layers)}). Simpan "
        "lapisan tematik yang dimaksud ke berkas tersendiri lalu impor lagi. Store tidak diubah."
    )


def read_overlay_file(path: Path, name: str | None = None) -> gpd.GeoDataFrame:
    """Read a GeoJSON, GeoPackage or zipped Shapefile after the intake's cheap checks."""
    name = name or path.name
    if not path.is_file():
        raise GeodataError(f"Berkas {name} tidak ditemukan.")
    source = open_source(path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            layer = _pick_layer(source.uri, name) if source.kind == "gpkg" else None
            check_counts(source, name, layer, MAX_OVERLAY_FEATURES, "satu lapisan tematik")
            frame = gpd.read_file(source.uri, layer=layer)
    except GeodataError:
        raise
    except Exception as exc:  # pyogrio/GDAL raise many types for a broken file
        raise GeodataError(
            f"Berkas {name} tidak dapat dibaca sebagai data spasial ({KIND_LABEL[source.kind]} "
            f"menurut isinya): {exc}. Periksa bahwa berkas utuh dan formatnya GeoJSON, GeoPackage "
            "atau Shapefile (zip). Store tidak diubah."
        ) from exc
    if frame.empty:
        raise GeodataError(f"Berkas {name} tidak berisi satu fitur pun. Store tidak diubah.")
    return frame


def _class_column(frame: gpd.GeoDataFrame, kolom: str | None, name: str) -> str | None:
    columns = [c for c in frame.columns if c != frame.geometry.name]
    if kolom:
        if kolom not in columns:
            raise GeodataError(
                f"Berkas {name}: kolom '{kolom}' tidak ada. Kolom yang ada: "
                f"{', '.join(columns) or '(tidak ada)'}. Store tidak diubah."
            )
        return kolom
    for candidate in CLASS_FIELDS:
        if candidate in columns:
            return candidate
    text = [c for c in columns if frame[c].dtype == object or pd.api.types.is_string_dtype(frame[c])]
    return text[0] if text else None


def _label(number: int, kelas: str | None) -> str:
    return f"fitur ke-{number}" + (f" ({kelas})" if kelas else "")


def _repair(geom: BaseGeometry) -> BaseGeometry | None:
    """A valid geometry of the same family, or None when repair loses it."""
    if geom.is_valid:
        return geom
    family = FAMILY.get(geom.geom_type)
    fixed = shapely.make_valid(geom)
    parts = [p for p in shapely.get_parts(fixed) if FAMILY.get(p.geom_type) == family and not p.is_empty]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else shapely.union_all(parts)


def prepare(frame: gpd.GeoDataFrame, kabupaten: BaseGeometry, kolom: str | None, name: str) -> Prepared:
    """Clean, reprojected, repaired features clipped to ``kabupaten`` (EPSG:4326)."""
    if frame.crs is None:
        raise GeodataError(
            f"Berkas {name} tidak menyatakan CRS (sistem koordinat), sehingga letaknya tidak dapat "
            "dipastikan. Untuk Shapefile, sertakan berkas .prj di dalam zip; atau tetapkan CRS di "
            "QGIS lalu ekspor ulang. Store tidak diubah."
        )
    column = _class_column(frame, kolom, name)
    raw = frame[column].tolist() if column else [None] * len(frame)
    classes = [
        None if v is None or (isinstance(v, float) and np.isnan(v)) or not str(v).strip() else str(v).strip()
        for v in raw
    ]
    geoms = frame.geometry.to_numpy()
    problems: list[str] = []
    keep: list[int] = []
    for number, geom in enumerate(geoms, start=1):
        if geom is None or geom.is_empty:
            continue  # an empty row of an attribute export: nothing to draw or check
        if geom.geom_type not in FAMILY:
            problems.append(
                f"{_label(number, classes[number - 1])}: geometri {geom.geom_type} tidak didukung"
            )
        keep.append(number - 1)
    if problems:
        raise _refuse(name, problems, "Pisahkan koleksi geometri menjadi poligon, garis atau titik.")
    if not keep:
        raise GeodataError(f"Berkas {name} tidak berisi satu geometri pun. Store tidak diubah.")
    flat = gpd.GeoSeries(shapely.force_2d(geoms[keep]), crs=frame.crs)
    try:
        projected = flat.to_crs("EPSG:4326").to_numpy()
    except Exception as exc:
        raise GeodataError(
            f"Berkas {name} tidak dapat diubah dari CRS {frame.crs.name} ke EPSG:4326: {exc}. "
            "Store tidak diubah."
        ) from exc
    if not np.isfinite(shapely.bounds(projected)).all():
        raise GeodataError(
            f"Berkas {name}: sebagian koordinat tidak dapat diproyeksikan (CRS {frame.crs.name} "
            "keliru?). Store tidak diubah."
        )
    kept_classes = [classes[i] for i in keep]
    repaired: list[BaseGeometry] = []
    fixes = 0
    for index, geom in zip(keep, projected, strict=True):
        fixed = _repair(geom)
        if fixed is None:
            problems.append(f"{_label(index + 1, classes[index])}: geometri rusak dan tidak dapat diperbaiki")
            continue
        fixes += fixed is not geom
        repaired.append(fixed)
    if problems:
        raise _refuse(
            name, problems, "Perbaiki geometrinya di QGIS (Vector > Geometry Tools > Fix Geometries)."
        )
    out = np.array(repaired, dtype=object)
    shapely.prepare(kabupaten)
    inside = shapely.contains_properly(kabupaten, out)
    touching = ~inside & shapely.intersects(kabupaten, out)
    clipped = out.copy()
    if touching.any():
        clipped[touching] = shapely.intersection(out[touching], kabupaten)
    chosen = (inside | touching) & ~shapely.is_empty(clipped)
    # a polygon clipped along the kabupaten's edge may leave a sliver of line: keep the family
    for i in np.flatnonzero(chosen & touching):
        family = FAMILY.get(out[i].geom_type)
        parts = [p for p in shapely.get_parts(clipped[i]) if FAMILY.get(p.geom_type) == family]
        clipped[i] = None if not parts else parts[0] if len(parts) == 1 else shapely.union_all(parts)
        chosen[i] = clipped[i] is not None and not clipped[i].is_empty
    if not chosen.any():
        raise GeodataError(
            f"Berkas {name} ditolak; store tidak diubah: tidak satu pun dari "
            f"{format_number(len(out), 0, 'id')} fiturnya berada di dalam kabupaten. CRS berkas "
            f"({frame.crs.name}) mungkin keliru, atau berkas ini milik wilayah lain."
        )
    final = clipped[chosen]
    return Prepared(
        classes=[c for c, k in zip(kept_classes, chosen, strict=True) if k],
        geoms=final,
        kolom=column,
        columns=[c for c in frame.columns if c != frame.geometry.name],
        dropped_outside=int((~chosen).sum()),
        repaired=fixes,
    )


def file_fields(path: Path, name: str | None = None) -> list[str]:
    """The attribute fields of a spatial file, after the same cheap checks as an import
    (kind, size, zip safety): what the form offers as the class field."""
    name = name or path.name
    source = open_source(path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            layer = _pick_layer(source.uri, name) if source.kind == "gpkg" else None
            info = pyogrio.read_info(source.uri, layer=layer)
    except GeodataError:
        raise
    except Exception as exc:  # pyogrio/GDAL raise many types for a broken file
        raise GeodataError(
            f"Berkas {name} tidak dapat dibaca sebagai data spasial ({KIND_LABEL[source.kind]} "
            f"menurut isinya): {exc}. Store tidak diubah."
        ) from exc
    return [str(f) for f in info["fields"]]
