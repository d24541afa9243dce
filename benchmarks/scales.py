"""The four scales of the benchmark, built from the mirror (never committed).

Blitar comes from the normal build; Jawa Timur's 38 kabupaten/kota come from the
same build run on all of them at once (``potensi.boundaries.build.build_regions_layers``:
one clean desa coverage, kecamatan dissolved from desa) and are cached under
``benchmarks/.cache`` because that takes a while.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import pandas as pd

from potensi.boundaries.build import build_key, build_regions_layers
from potensi.boundaries.sources import fetch_files, load_manifest
from potensi.boundaries.sqlparse import parse_sql_file
from potensi.core.store import write_store_atomically

CACHE = Path(__file__).parent / ".cache"


@dataclass(frozen=True)
class Scale:
    """Polygons drawn as the choropleth units of one view."""

    name: str
    units: gpd.GeoDataFrame  # columns kode, nama, geometry (a valid coverage)
    desa: gpd.GeoDataFrame  # the desa coverage the units are dissolved from


def jatim_layers(mirror: Path, regions: list[str]) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    """(kecamatan, desa) of the given kabupaten/kota as one clean coverage, cached.

    Built by the store's own build (``build_regions_layers``), all regions at once:
    cleaning the province at once (not kabupaten by kabupaten) makes borders between
    kabupaten shared too, so the whole province simplifies without cracks. The cache
    is keyed by ``build_key``: the regions, the pinned commit and the build's code.
    """
    target = CACHE / f"jatim_{len(regions)}_{build_key(regions)}.gpkg"
    if not target.is_file():
        layers, _info = build_regions_layers(regions, mirror=mirror, progress=lambda _m: None)
        # written aside and moved in: two runs building at once never read half a file
        write_store_atomically(layers, target, keep_other_layers=False)
    return gpd.read_file(target, layer="kecamatan"), gpd.read_file(target, layer="desa")


def jatim_regions() -> list[str]:
    """Every kabupaten/kota of Jawa Timur the manifest pins."""
    return load_manifest().regions("35")


def upstream_layers(mirror: Path, regions: list[str]) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    """(kecamatan, desa) as a tutorial would get them from upstream, cached.

    The desa straight from the upstream files (full precision, no cleaning) and the
    kecamatan as their ``dissolve``: full resolution, the detail the dashboard shows.
    (Upstream's own kecamatan file is a generalised one — 414 vertices for Blitar's 22
    kecamatan, gaps and overlaps between them — so it is no baseline for that detail.)
    """
    target = CACHE / f"upstream_{'_'.join(regions) if len(regions) < 3 else len(regions)}.gpkg"
    if target.is_file():
        return gpd.read_file(target, layer="kecamatan"), gpd.read_file(target, layer="desa")
    manifest = load_manifest()
    paths = [manifest.region_files(r)["desa"] for r in regions]
    local = fetch_files(paths, manifest, mirror=mirror, progress=lambda _m: None)
    raw = pd.concat([parse_sql_file(local[p]) for p in paths], ignore_index=True)
    raw = raw[raw.kode.str.len() == 13].drop(columns="repaired")
    desa = gpd.GeoDataFrame(raw, geometry="geometry", crs="EPSG:4326").sort_values("kode")
    kecamatan = desa.assign(kode=desa.kode.str[:8])[["kode", "geometry"]].dissolve("kode").reset_index()
    kecamatan["nama"] = kecamatan.kode
    CACHE.mkdir(parents=True, exist_ok=True)
    kecamatan.to_file(target, layer="kecamatan", driver="GPKG")
    desa.reset_index(drop=True).to_file(target, layer="desa", driver="GPKG")
    return kecamatan, desa.reset_index(drop=True)
