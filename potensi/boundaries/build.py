"""Build the boundary layers of one or several kabupaten/kota into the store.

fetch (verified) -> parse -> clean coverage -> dissolve desa into kecamatan and
kabupaten -> areas in UTM 49S -> one atomic write. Kecamatan come from dissolving
desa (so they tile exactly); the coarse upstream kecamatan file is only used for
names and as a cross-check that no kecamatan is missing or invented.

Several kabupaten/kota (``build_regions_layers``, e.g. all of Jawa Timur for the
benchmark) go through the same steps as one: their desa are cleaned together, so the
borders between kabupaten are shared edges too and the whole set simplifies without
cracks. Cleaning them one by one would leave each kabupaten's outline as upstream
drew it, overlapping or gapping its neighbour's.
"""

from __future__ import annotations

import hashlib
import inspect
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import geopandas as gpd
import pandas as pd
import shapely

from potensi.boundaries import coverage, sqlparse
from potensi.boundaries.coverage import UTM_49S, clean_coverage
from potensi.boundaries.sources import (
    ProgressFn,
    _print_progress,
    fetch_files,
    load_manifest,
)
from potensi.boundaries.sqlparse import parse_sql_file
from potensi.core.errors import GeodataError
from potensi.core.store import write_store_atomically


@dataclass(frozen=True)
class BuildResult:
    """What a build wrote, for the CLI summary and the tests."""

    store: Path
    region: str
    nama: str
    kecamatan: int
    desa: int
    luas_km2: float
    repaired: list[str]
    gaps_filled: int


def area_km2(frame: gpd.GeoDataFrame) -> pd.Series:
    """Planar area in UTM zone 49S (the zone of East Java), in km²."""
    return (frame.to_crs(UTM_49S).area / 1e6).round(4)


def jenis_desa(kode: str) -> str:
    """Kemendagri desa codes: 1xxx is a kelurahan, 2xxx a desa."""
    return "kelurahan" if kode.split(".")[-1].startswith("1") else "desa"


def _read_units(files: Sequence[Path], regions: Sequence[str], code_length: int) -> gpd.GeoDataFrame:
    """The units inside ``regions`` with codes of ``code_length`` in the given upstream files."""
    frame = pd.concat([parse_sql_file(path) for path in files], ignore_index=True)
    prefixes = tuple(region + "." for region in regions)
    return frame[frame.kode.str.startswith(prefixes) & (frame.kode.str.len() == code_length)]


def _read_desa(
    files: Sequence[Path], regions: Sequence[str], progress: ProgressFn
) -> tuple[gpd.GeoDataFrame, list[str]]:
    """Parse the desa of ``regions``; every region must have some."""
    progress("Membaca desa/kelurahan …")
    desa = _read_units(files, regions, 13)
    for region in regions:
        if not desa.kode.str.startswith(region + ".").any():
            raise GeodataError(f"Berkas desa tidak memuat satu pun desa dengan kode {region}.*")
    repaired = sorted(desa.loc[desa.repaired, "kode"])
    progress(f"  {len(desa)} desa/kelurahan; geometri tidak valid diperbaiki: {repaired or '-'}")
    return desa.drop(columns="repaired"), repaired


def _clean_desa(desa: gpd.GeoDataFrame, progress: ProgressFn) -> tuple[gpd.GeoDataFrame, int]:
    """All the desa as one valid coverage, and how many gaps were filled."""
    progress("Membersihkan tumpang-tindih dan celah antar-desa …")
    desa, report = clean_coverage(desa)
    if not report["coverage_valid"]:
        raise GeodataError("Batas desa tidak membentuk cakupan yang valid setelah pembersihan.")
    progress(f"  {report['gaps_filled']} celah kecil diisi ke desa tetangga")
    return desa, int(report["gaps_filled"])


def _dissolve(
    desa: gpd.GeoDataFrame,
    kec_ref: gpd.GeoDataFrame,
    kab_ref: gpd.GeoDataFrame,
    regions: Sequence[str],
    progress: ProgressFn,
) -> dict[str, gpd.GeoDataFrame]:
    """Kecamatan and kabupaten as unions of the clean desa, named from upstream's lists."""
    progress("Menyatukan desa menjadi kecamatan dan kabupaten …")
    desa = desa.assign(kode_kec=desa.kode.str[:8], kode_kab=desa.kode.str[:5])
    desa["jenis"] = desa.kode.map(jenis_desa)
    names = dict(zip(kec_ref.kode, kec_ref.nama, strict=True))
    dissolved_codes = sorted(desa.kode_kec.unique())
    if set(dissolved_codes) != set(names):
        raise GeodataError(
            "Kecamatan hasil penyatuan desa tidak sama dengan daftar kecamatan upstream: "
            f"hanya di desa {sorted(set(dissolved_codes) - set(names))}, "
            f"hanya di daftar kecamatan {sorted(set(names) - set(dissolved_codes))}."
        )
    groups = desa.groupby("kode_kec", sort=True)
    kecamatan = gpd.GeoDataFrame(
        {
            "kode": dissolved_codes,
            "nama": [names[k] for k in dissolved_codes],
            "kode_kab": [k[:5] for k in dissolved_codes],
            "jumlah_desa": [int(groups.get_group(k).shape[0]) for k in dissolved_codes],
        },
        geometry=[shapely.coverage_union_all(groups.get_group(k).geometry.values) for k in dissolved_codes],
        crs=desa.crs,
    )
    kab_names = dict(zip(kab_ref.kode, kab_ref.nama, strict=True))
    kab_codes = sorted(regions)
    kec_of = kecamatan.groupby("kode_kab", sort=True)
    kabupaten = gpd.GeoDataFrame(
        {
            "kode": kab_codes,
            "nama": [kab_names[k] for k in kab_codes],
            "kode_prov": [k[:2] for k in kab_codes],
            "jumlah_kecamatan": [len(kec_of.get_group(k)) for k in kab_codes],
            "jumlah_desa": [int(kec_of.get_group(k).jumlah_desa.sum()) for k in kab_codes],
        },
        geometry=[shapely.coverage_union_all(kec_of.get_group(k).geometry.values) for k in kab_codes],
        crs=desa.crs,
    )
    for frame in (kabupaten, kecamatan, desa):
        frame["luas_km2"] = area_km2(frame)
    desa = desa[["kode", "nama", "jenis", "kode_kec", "kode_kab", "luas_km2", "geometry"]]
    return {"kabupaten": kabupaten, "kecamatan": kecamatan, "desa": desa}


def build_layers(
    files: Mapping[str, Sequence[Path]], regions: Sequence[str], progress: ProgressFn = _print_progress
) -> tuple[dict[str, gpd.GeoDataFrame], dict]:
    """Parse and assemble the three layers of ``regions`` from verified local files.

    ``files`` holds, per level, the upstream files those regions need (one desa file per
    kabupaten/kota, one kecamatan and one kabupaten file per province). All their desa
    are cleaned as one coverage.
    """
    desa, repaired = _read_desa(files["desa"], regions, progress)
    desa, gaps_filled = _clean_desa(desa, progress)
    kec_ref = _read_units(files["kecamatan"], regions, 8)
    kab_ref = pd.concat([parse_sql_file(path) for path in files["kabupaten"]], ignore_index=True)
    kab_ref = kab_ref[kab_ref.kode.isin(regions)]
    missing = [region for region in regions if region not in set(kab_ref.kode)]
    if missing:
        raise GeodataError(f"Kode {', '.join(missing)} tidak ada di berkas kabupaten/kota.")
    layers = _dissolve(desa, kec_ref, kab_ref, regions, progress)
    return layers, {"repaired": repaired, "gaps_filled": gaps_filled}


def build_regions_layers(
    regions: Sequence[str],
    mirror: Path | None = None,
    base_url: str | None = None,
    cache_dir: Path | None = None,
    progress: ProgressFn = _print_progress,
) -> tuple[dict[str, gpd.GeoDataFrame], dict]:
    """Fetch, verify and build the layers of one or several kabupaten/kota, in memory.

    Several regions come out as one clean coverage (see the module docstring): the
    kabupaten layer has a row per region. Returns the layers and what the cleaning did
    (``repaired`` desa codes, ``gaps_filled``).
    """
    if not regions or len(set(regions)) != len(regions):
        raise GeodataError(f"Daftar wilayah kosong atau berulang: {list(regions)}")
    manifest = load_manifest()
    paths = [manifest.region_files(region) for region in regions]
    # province files (kecamatan, kabupaten) are shared by the regions of one province
    by_level = {level: list(dict.fromkeys(p[level] for p in paths)) for level in paths[0]}
    wanted = [path for files in by_level.values() for path in files]
    origin = f"mirror {mirror}" if mirror else (base_url or f"upstream @ {manifest.commit[:10]}")
    progress(f"Wilayah {', '.join(regions)}: mengambil {len(wanted)} berkas dari {origin}")
    local = fetch_files(
        wanted + ["LICENSE"],
        manifest,
        mirror=mirror,
        base_url=base_url,
        progress=progress,
        **({"cache_dir": cache_dir} if cache_dir else {}),
    )
    layers, info = build_layers(
        {level: [local[p] for p in files] for level, files in by_level.items()}, regions, progress
    )
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    layers["kabupaten"]["sumber"] = manifest.attribution
    layers["kabupaten"]["commit_sumber"] = manifest.commit
    layers["kabupaten"]["dibangun"] = stamp
    return layers, info


def build_key(regions: Sequence[str]) -> str:
    """Short hash of what the layers of ``regions`` depend on besides the (verified) files.

    The regions, the pinned upstream commit and the code that parses, cleans and
    dissolves them: a cache of built layers keyed by it (the benchmark's, the tests')
    is never reused once any of them changed.
    """
    code = [inspect.getsource(module) for module in (sqlparse, coverage, sys.modules[__name__])]
    text = "|".join([*regions, load_manifest().commit, *code])
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def build_region(
    region: str,
    store: Path,
    mirror: Path | None = None,
    base_url: str | None = None,
    cache_dir: Path | None = None,
    progress: ProgressFn = _print_progress,
) -> BuildResult:
    """Fetch, verify, build and atomically write the boundary layers of ``region``."""
    layers, info = build_regions_layers(
        [region], mirror=mirror, base_url=base_url, cache_dir=cache_dir, progress=progress
    )
    progress(f"Menulis store {store} …")
    write_store_atomically(layers, store)
    kab = layers["kabupaten"].iloc[0]
    return BuildResult(
        store=store,
        region=region,
        nama=str(kab.nama),
        kecamatan=len(layers["kecamatan"]),
        desa=len(layers["desa"]),
        luas_km2=float(kab.luas_km2),
        repaired=info["repaired"],
        gaps_filled=info["gaps_filled"],
    )
