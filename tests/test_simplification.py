"""The simplified geometry the map ships is a faithful, crack-free copy of the full one.

Checked on real data, never on a timed path: the Blitar store at the tolerance of each
view of the dashboard (``potensi.viz.display.display_for`` / ``LEVEL_OF_DETAIL``), and all
kecamatan and desa of Jawa Timur at the tolerance the benchmark draws them with
(``tolerance_for_view``, one screen pixel at province zoom).

How close is "close": ``coverage_simplify`` is Visvalingam–Whyatt, which removes
vertices whose triangle is smaller than tolerance², so a narrow spike can move further
than one tolerance while a long smooth edge moves much less. Hence two bounds, both
in units of the tolerance of the view:

- mean displacement of a unit's boundary — the area between full and simplified
  outline (symmetric difference) divided by the full perimeter — at most half a tolerance;
- largest displacement (Hausdorff distance) at most ``HAUSDORFF_MAX`` tolerances for
  Blitar (a few screen pixels at the view's zoom), and for Jawa Timur, whose desa
  include sub-pixel slivers at province zoom, at most that for 99 % of units and
  ``HAUSDORFF_OUTLIER`` for every unit.
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
import shapely

from potensi.boundaries.build import build_key, build_regions_layers
from potensi.boundaries.sources import load_manifest
from potensi.boundaries.sqlparse import parse_sql_file
from potensi.core.store import load_boundaries, write_store_atomically
from potensi.viz.display import LEVEL_OF_DETAIL, display_for, simplify_coverage, tolerance_for_view

#: average boundary displacement allowed, in tolerances
MEAN_DISPLACEMENT_MAX = 0.5
#: largest displacement of any boundary point, in tolerances (a few pixels on screen)
HAUSDORFF_MAX = 3.0
#: Jawa Timur at province zoom: no unit may move further than this many tolerances
HAUSDORFF_OUTLIER = 10.0
#: a kecamatan's polygon area may change this much (relative) at most in any view
KECAMATAN_AREA_CHANGE_MAX = 0.01
UTM_49S = 32749


def _km2(geoms: np.ndarray) -> np.ndarray:
    return gpd.GeoSeries(geoms, crs=4326).to_crs(UTM_49S).area.to_numpy() / 1e6


def _displacement(full: np.ndarray, simple: np.ndarray, tolerance: float) -> tuple[np.ndarray, np.ndarray]:
    """(mean, max) boundary displacement of each unit, in tolerances (degrees / degrees)."""
    mean = shapely.area(shapely.symmetric_difference(full, simple)) / shapely.length(full)
    return mean / tolerance, shapely.hausdorff_distance(full, simple) / tolerance


def _check_coverage(
    full: gpd.GeoDataFrame, simple: gpd.GeoDataFrame, label: str
) -> tuple[np.ndarray, np.ndarray]:
    """The properties every simplified layer must keep; returns it aligned with ``full``."""
    assert len(simple) == len(full), label
    assert simple.kode.is_unique, label
    assert sorted(simple.kode) == sorted(full.kode), label
    full = full.sort_values("kode").reset_index(drop=True)
    simple = simple.sort_values("kode").reset_index(drop=True)
    geoms, simple_geoms = full.geometry.to_numpy(), simple.geometry.to_numpy()
    assert shapely.coverage_is_valid(geoms), f"{label}: the full layer is not a coverage"
    assert shapely.coverage_is_valid(simple_geoms), f"{label}: gaps or overlaps after simplifying"
    empty = simple.kode[shapely.is_empty(simple_geoms)].tolist()
    assert empty == [], f"{label}: empty after simplifying: {empty}"
    invalid = simple.kode[~shapely.is_valid(simple_geoms)].tolist()
    assert invalid == [], f"{label}: invalid after simplifying: {invalid}"
    assert set(shapely.get_type_id(simple_geoms)) <= {3, 6}, f"{label}: not (multi)polygons"
    return geoms, simple_geoms


def _kota_blitar(mirror: Path) -> shapely.Geometry:
    kab = parse_sql_file(mirror / "db/kab/wilayah_boundaries_kab_35.sql")
    return kab[kab.kode == "35.72"].geometry.iloc[0]


# -- Kabupaten Blitar: exactly what the dashboard ships ---------------------------------
@pytest.fixture(scope="module")
def blitar(blitar_store: Path):
    return load_boundaries(blitar_store)


@pytest.mark.parametrize("view", sorted(LEVEL_OF_DETAIL))
@pytest.mark.parametrize("level", ["kecamatan", "desa"])
def test_shipped_geometry_is_a_valid_coverage_close_to_the_full_one(blitar, view: str, level: str) -> None:
    tolerance = LEVEL_OF_DETAIL[view]
    desa, kecamatan = display_for(blitar, view)
    simple = {"kecamatan": kecamatan, "desa": desa}[level]
    full = getattr(blitar, level)
    label = f"Blitar {level}, {view} view (tolerance {tolerance}°)"
    geoms, simple_geoms = _check_coverage(full, simple, label)
    assert shapely.get_num_coordinates(simple_geoms).sum() < shapely.get_num_coordinates(geoms).sum()

    mean, worst = _displacement(geoms, simple_geoms, tolerance)
    codes = full.sort_values("kode").kode.to_numpy()
    assert mean.max() <= MEAN_DISPLACEMENT_MAX, (label, codes[mean.argmax()], mean.max())
    assert worst.max() <= HAUSDORFF_MAX, (label, codes[worst.argmax()], worst.max())
    if level == "kecamatan":
        change = np.abs(_km2(simple_geoms) / _km2(geoms) - 1)
        assert change.max() <= KECAMATAN_AREA_CHANGE_MAX, (label, codes[change.argmax()], change.max())


@pytest.mark.parametrize("view", sorted(LEVEL_OF_DETAIL))
def test_desa_lines_sit_exactly_on_the_kecamatan_lines(blitar, view: str) -> None:
    desa, kecamatan = display_for(blitar, view)
    for code, geom in zip(kecamatan.kode, kecamatan.geometry, strict=True):
        union = shapely.coverage_union_all(desa[desa.kode_kec == code].geometry.to_numpy())
        assert shapely.area(shapely.symmetric_difference(union, geom)) <= 1e-9 * shapely.area(geom), code


@pytest.mark.parametrize("view", sorted(LEVEL_OF_DETAIL))
def test_kota_blitar_stays_a_hole_in_the_simplified_kabupaten(blitar, mirror: Path, view: str) -> None:
    kota = _kota_blitar(mirror).representative_point()
    full_hole = shapely.Polygon(blitar.kabupaten.geometry.iloc[0].interiors[0])
    desa, kecamatan = display_for(blitar, view)
    for level, layer in (("kecamatan", kecamatan), ("desa", desa)):
        outline = shapely.coverage_union_all(layer.geometry.to_numpy())
        assert outline.geom_type == "Polygon" and len(outline.interiors) == 1, (view, level)
        hole = shapely.Polygon(outline.interiors[0])
        assert hole.contains(kota) and not outline.contains(kota), (view, level)
        # the enclave keeps its size: its outline moved by at most the allowed mean displacement
        band = MEAN_DISPLACEMENT_MAX * LEVEL_OF_DETAIL[view] * full_hole.length
        assert abs(hole.area - full_hole.area) <= band, (view, level, hole.area, full_hole.area)
        assert len(layer[layer.geometry.intersects(kota)]) == 0, (view, level)


# -- Jawa Timur: 666 kecamatan and 8,494 desa at province zoom (the benchmark's scales) ----
@pytest.fixture(scope="module")
def jatim(
    mirror: Path, pytestconfig: pytest.Config, tmp_path_factory: pytest.TempPathFactory
) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    """All 38 kabupaten/kota built as one coverage by the store's build (~1 min on 2 cores),
    then read from pytest's cache (keyed by ``build_key``, so never from older code)."""
    regions = load_manifest().regions("35")
    cache = getattr(pytestconfig, "cache", None)  # None with -p no:cacheprovider
    folder = cache.mkdir("jawa_timur") if cache else tmp_path_factory.mktemp("jawa_timur")
    target = folder / f"{build_key(regions)}.gpkg"
    if not target.is_file():
        layers, _info = build_regions_layers(regions, mirror=mirror, progress=lambda _m: None)
        write_store_atomically(layers, target, keep_other_layers=False)
    return gpd.read_file(target, layer="kecamatan"), gpd.read_file(target, layer="desa")


@pytest.mark.slow
@pytest.mark.parametrize("level", ["kecamatan", "desa"])
def test_jawa_timur_simplifies_as_one_coverage(jatim, level: str) -> None:
    full = {"kecamatan": jatim[0], "desa": jatim[1]}[level].sort_values("kode").reset_index(drop=True)
    assert len(full) == {"kecamatan": 666, "desa": 8494}[level]  # the mirror's README
    tolerance = tolerance_for_view(full.total_bounds)
    simple = full.set_geometry(
        gpd.GeoSeries(simplify_coverage(full.geometry.to_numpy(), tolerance), crs=full.crs)
    )
    label = f"Jawa Timur {level} (tolerance {tolerance:.5f}°)"
    geoms, simple_geoms = _check_coverage(full, simple, label)

    mean, worst = _displacement(geoms, simple_geoms, tolerance)
    assert mean.max() <= MEAN_DISPLACEMENT_MAX, (label, full.kode[mean.argmax()], mean.max())
    assert np.quantile(worst, 0.99) <= HAUSDORFF_MAX, (label, np.quantile(worst, 0.99))
    assert worst.max() <= HAUSDORFF_OUTLIER, (label, full.kode[worst.argmax()], worst.max())
    # the province keeps its islands and holes: same parts, same rings
    before, after = shapely.coverage_union_all(geoms), shapely.coverage_union_all(simple_geoms)
    assert shapely.get_num_geometries(after) == shapely.get_num_geometries(before), label
    assert (
        shapely.get_num_interior_rings(shapely.get_parts(after)).sum()
        == shapely.get_num_interior_rings(shapely.get_parts(before)).sum()
    ), label
    band = MEAN_DISPLACEMENT_MAX * tolerance * shapely.length(before)
    assert abs(shapely.area(after) - shapely.area(before)) <= band, label
