"""Display geometry: light enough for a weak office link, without cracks.

Simplifying each polygon on its own opens gaps and overlaps between neighbours.
``shapely.coverage_simplify`` simplifies shared edges once, so neighbours keep
them. Desa are simplified as one coverage and kecamatan are the union of the
simplified desa, so desa lines sit exactly on kecamatan lines when both show.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import geopandas as gpd
import numpy as np
import shapely

if TYPE_CHECKING:
    from potensi.core.store import Boundaries

#: tolerance in degrees (~55 m at Blitar's latitude): invisible at kabupaten zoom
DEFAULT_TOLERANCE = 0.0005
#: decimals of the served GeoJSON: the store's vertices already lie on a 1e-5 grid
#: (see boundaries.coverage.GRID), so this only trims float noise from the text
DECIMALS = 5
#: simplification tolerance (degrees) per view: whole kabupaten vs one kecamatan
LEVEL_OF_DETAIL = {"kabupaten": 0.001, "kecamatan": 0.0003}


def simplify_coverage(geoms: np.ndarray, tolerance: float = DEFAULT_TOLERANCE) -> np.ndarray:
    """Coverage-preserving simplification; vertices come only from the input."""
    simplified = shapely.coverage_simplify(geoms, tolerance)
    return shapely.transform(simplified, lambda xy: np.round(xy, DECIMALS))


def desa_nest_in_kecamatan(desa: gpd.GeoDataFrame, kecamatan: gpd.GeoDataFrame) -> bool:
    """True when each kecamatan is exactly its desa (not so after an official
    kecamatan file replaced only the kecamatan layer)."""
    summed = desa.groupby("kode_kec").luas_km2.sum()
    own = kecamatan.set_index("kode").luas_km2
    return bool(np.allclose(summed.reindex(own.index), own, rtol=1e-4))


def _simplify_any(geoms: np.ndarray, tolerance: float) -> np.ndarray:
    if shapely.coverage_is_valid(geoms):
        return simplify_coverage(geoms, tolerance)
    simple = shapely.simplify(geoms, tolerance, preserve_topology=True)
    return shapely.transform(simple, lambda xy: np.round(xy, DECIMALS))


def display_layers(
    desa: gpd.GeoDataFrame, kecamatan: gpd.GeoDataFrame, tolerance: float = DEFAULT_TOLERANCE
) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    """Simplified (desa, kecamatan) with attributes kept.

    Kecamatan are rebuilt from the simplified desa when the desa nest in them, so
    both line sets coincide; otherwise each layer is simplified on its own.
    """
    desa = desa.sort_values("kode").reset_index(drop=True)
    kec_display = kecamatan.sort_values("kode").reset_index(drop=True)
    simple = simplify_coverage(desa.geometry.to_numpy(), tolerance)
    desa_display = desa.set_geometry(gpd.GeoSeries(simple, crs=desa.crs))
    if desa_nest_in_kecamatan(desa, kec_display):
        groups = desa_display.groupby("kode_kec").geometry
        merged = {code: shapely.coverage_union_all(g.to_numpy()) for code, g in groups}
        geoms = np.array([merged[c] for c in kec_display.kode], dtype=object)
    else:
        geoms = _simplify_any(kec_display.geometry.to_numpy(), tolerance)
    kec_display = kec_display.set_geometry(gpd.GeoSeries(geoms, crs=kecamatan.crs))
    return desa_display, kec_display


def vertex_count(frame: gpd.GeoDataFrame) -> int:
    """Vertices the browser has to draw."""
    return int(shapely.get_num_coordinates(frame.geometry.to_numpy()).sum())


def tolerance_for_view(bounds: np.ndarray | tuple, pixels: int = 1400, px_error: float = 1.0) -> float:
    """Simplification tolerance (degrees) that moves no vertex more than ``px_error``
    screen pixels when the whole ``bounds`` fills ``pixels`` pixels: the level of
    detail follows what is shown, from one kecamatan to all of Jawa Timur."""
    minx, miny, maxx, maxy = bounds
    return max(maxx - minx, maxy - miny) / pixels * px_error


def _encode_values(ints: np.ndarray) -> str:
    """Google polyline characters of signed integers (already delta-encoded)."""
    zig = np.where(ints < 0, ~(ints << 1), ints << 1).astype(np.int64)
    # up to 7 five-bit chunks per value (enough for |v| < 2**34)
    chunks = (zig[:, None] >> (5 * np.arange(7))) & 31
    more = (zig[:, None] >> (5 * np.arange(1, 8))) > 0
    used = np.concatenate([np.ones((len(zig), 1), bool), more[:, :-1]], axis=1)
    codes = (chunks | np.where(more, 32, 0)) + 63
    return codes[used].astype(np.uint8).tobytes().decode("ascii")


def encode_ring(coords: np.ndarray) -> str:
    """One ring (n×2 lon/lat) as a polyline string of 1e-5 degree deltas, x then y."""
    grid = np.round(np.asarray(coords, dtype=float)[:, :2] * 10**DECIMALS).astype(np.int64)
    deltas = np.diff(grid, axis=0, prepend=np.zeros((1, 2), np.int64))
    return _encode_values(deltas.ravel())


def encode_polygons(geom: shapely.Geometry) -> list[list[str]]:
    """A (Multi)Polygon as polygons → rings (exterior first) → polyline strings;
    the browser side is :class:`potensi.viz.controls.PolygonLayer`."""
    parts = shapely.get_parts(geom) if geom.geom_type == "MultiPolygon" else [geom]
    return [
        [encode_ring(np.asarray(p.exterior.coords))]
        + [encode_ring(np.asarray(r.coords)) for r in p.interiors]
        for p in parts
    ]


def decode_ring(text: str) -> np.ndarray:
    """Inverse of :func:`encode_ring` (for tests): n×2 lon/lat."""
    values, shift, result = [], 0, 0
    for char in text.encode("ascii"):
        b = char - 63
        result |= (b & 31) << shift
        shift += 5
        if b < 32:
            values.append(~(result >> 1) if result & 1 else result >> 1)
            shift = result = 0
    return np.cumsum(np.array(values, dtype=np.int64).reshape(-1, 2), axis=0) / 10**DECIMALS


def display_for(boundaries: Boundaries, view: str) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    """Simplified (desa, kecamatan) for the kabupaten-wide or the kecamatan view."""
    return display_layers(boundaries.desa, boundaries.kecamatan, LEVEL_OF_DETAIL[view])
