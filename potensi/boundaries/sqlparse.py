"""Read the upstream MySQL dump of wilayah_boundaries into GeoDataFrames.

The dump stores each region as ``('kode','nama',lat,lng,'path')`` where ``path`` is
JSON of rings whose points are ``[lat, lng]`` — the reverse of GeoJSON — nested three
deep for a Polygon and four deep for a MultiPolygon. Getting that order wrong puts
Blitar in the Indian Ocean, so the swap lives in one place: here.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import geopandas as gpd
import shapely
from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry

from potensi.core.errors import GeodataError

WGS84 = "EPSG:4326"

# kode, nama (SQL quotes doubled: 'Ko''ol'), lat, lng, path JSON, optional extra columns
TUPLE = re.compile(
    r"\(\s*'(?P<kode>[0-9.]+)'\s*,\s*'(?P<nama>(?:[^'\\]|''|\\.)*)'\s*,"
    r"\s*(?P<lat>-?[0-9.]+)\s*,\s*(?P<lng>-?[0-9.]+)\s*,\s*'(?P<path>\[[^']*\])'"
    r"(?:\s*,\s*[^)]*)?\)"
)


def _depth(value: object) -> int:
    depth = 0
    while isinstance(value, list) and value:
        depth += 1
        value = value[0]
    return depth


def _polygon(rings: list[list[list[float]]]) -> Polygon:
    shell, *holes = ([(lng, lat) for lat, lng in ring] for ring in rings)
    return Polygon(shell, holes)


def path_to_geometry(path: list) -> BaseGeometry:
    """Turn the upstream ``[lat, lng]`` ring nesting into a shapely geometry."""
    depth = _depth(path)
    if depth == 3:
        return _polygon(path)
    if depth == 4:
        return MultiPolygon([_polygon(rings) for rings in path])
    raise ValueError(f"kedalaman path {depth} tidak dikenal (harus 3 atau 4)")


def repair(geometry: BaseGeometry) -> BaseGeometry:
    """Make a geometry valid and keep only its polygonal part.

    ``make_valid`` can return a GeometryCollection with stray lines where a ring
    touched itself; a boundary layer must stay (Multi)Polygon.
    """
    if geometry.is_valid:
        return geometry
    fixed = shapely.make_valid(geometry)
    parts = [g for g in getattr(fixed, "geoms", [fixed]) if isinstance(g, (Polygon, MultiPolygon))]
    polygons: list[Polygon] = []
    for part in parts:
        polygons.extend(part.geoms if isinstance(part, MultiPolygon) else [part])
    if not polygons:
        raise ValueError("geometri tidak dapat diperbaiki menjadi poligon")
    return polygons[0] if len(polygons) == 1 else MultiPolygon(polygons)


def _unescape(name: str) -> str:
    return name.replace("''", "'").replace("\\'", "'")


def parse_sql_text(text: str, source: str = "<sql>") -> gpd.GeoDataFrame:
    """Parse every region tuple in a dump; columns ``kode``, ``nama``, ``repaired``."""
    rows: list[dict] = []
    for number, match in enumerate(TUPLE.finditer(text), start=1):
        kode = match.group("kode")
        try:
            geometry = path_to_geometry(json.loads(match.group("path")))
            valid = geometry.is_valid
            geometry = repair(geometry)
        except (ValueError, json.JSONDecodeError) as exc:
            raise GeodataError(
                f"Gagal membaca wilayah {kode} (tuple ke-{number}) di {source}: {exc}. "
                "Berkas mungkin rusak; bangun ulang dari upstream. Store lama tidak diubah."
            ) from exc
        rows.append(
            {
                "kode": kode,
                "nama": _unescape(match.group("nama")),
                "repaired": not valid,
                "geometry": geometry,
            }
        )
    if not rows:
        raise GeodataError(
            f"Tidak ada data wilayah yang terbaca di {source}. Berkas bukan dump "
            "wilayah_boundaries yang dikenal. Store lama tidak diubah."
        )
    return gpd.GeoDataFrame(rows, geometry="geometry", crs=WGS84)


def parse_sql_file(path: Path) -> gpd.GeoDataFrame:
    """Parse one upstream ``.sql`` file (UTF-8)."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise GeodataError(f"Berkas {path} bukan teks UTF-8: {exc}") from exc
    return parse_sql_text(text, source=str(path.name))
