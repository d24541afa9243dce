"""The four scales of the benchmark, built from the mirror (never committed).

Blitar comes from the normal build; Jawa Timur's 38 kabupaten/kota are built the
same way (clean desa coverage, kecamatan dissolved from desa) and cached under
``benchmarks/.cache`` because that takes a while.
"""

from __future__ import annotations

import hashlib
import inspect
import os
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import pandas as pd

import shapely

from potensi.boundaries import coverage
from potensi.boundaries.coverage import clean_coverage
from potensi.boundaries.sources import fetch_files, load_manifest
from potensi.boundaries.sqlparse import parse_sql_file

CACHE = Path(__file__).parent / ".cache"


@dataclass(frozen=True)
class Scale:
    """Polygons drawn as the choropleth units of one view."""

    name: str
    units: gpd.GeoDataFrame  # columns kode, nama, geometry (a valid coverage)
    desa: gpd.GeoDataFrame   # the desa coverage the units are dissolved from


def jatim_layers(mirror: Path, regions: list[str]) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    """(kecamatan, desa) of the given kabupaten/kota as one clean coverage, cached.

    Cleaning the province at once (not kabupaten by kabupaten) makes borders between
    kabupaten shared too, so the whole province simplifies without cracks.
    """
    manifest = load_manifest()
    target = CACHE / f"jatim_{len(regions)}_{cache_key(regions, manifest.commit)}.gpkg"
    if target.is_file():
        return gpd.read_file(target, layer="kecamatan"), gpd.read_file(target, layer="desa")
    paths = [manifest.region_files(r)["desa"] for r in regions]
    local = fetch_files(paths, manifest, mirror=mirror, progress=lambda _m: None)
    raw = pd.concat([parse_sql_file(local[p]) for p in paths], ignore_index=True)
    raw = raw[raw.kode.str.len() == 13].drop(columns="repaired")
    desa, _report = clean_coverage(gpd.GeoDataFrame(raw, geometry="geometry", crs="EPSG:4326"))
    desa = desa.assign(kode_kec=desa.kode.str[:8])
    kecamatan = gpd.GeoDataFrame(
        {"kode": sorted(desa.kode_kec.unique())},
        geometry=[shapely.coverage_union_all(g.geometry.to_numpy())
                  for _, g in desa.groupby("kode_kec", sort=True)], crs=desa.crs)
    kecamatan["nama"] = kecamatan.kode
    CACHE.mkdir(parents=True, exist_ok=True)
    # written aside and moved in: a test and `make bench` building at once never read half a file
    partial = target.with_suffix(f".{os.getpid()}.partial")
    kecamatan.to_file(partial, layer="kecamatan", driver="GPKG")
    desa.to_file(partial, layer="desa", driver="GPKG")
    os.replace(partial, target)
    return kecamatan, desa


def cache_key(regions: list[str], commit: str) -> str:
    """Changes with the regions, the pinned upstream commit and the cleaning code, so a
    cache built by older code is never reused."""
    text = "|".join([*regions, commit, inspect.getsource(coverage)])
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def jatim_regions() -> list[str]:
    """Every kabupaten/kota of Jawa Timur the manifest pins."""
    manifest = load_manifest()
    return sorted(p.split("_")[-1].removesuffix(".sql") for p in manifest.sha256
                  if p.startswith("db/kel/35/"))


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
