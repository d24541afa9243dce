"""Build the boundary layers of one kabupaten/kota into the store.

fetch (verified) -> parse -> clean coverage -> dissolve desa into kecamatan and
kabupaten -> areas in UTM 49S -> one atomic write. Kecamatan come from dissolving
desa (so they tile exactly); the coarse upstream kecamatan file is only used for
names and as a cross-check that no kecamatan is missing or invented.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import geopandas as gpd
import pandas as pd
import shapely

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


def build_layers(files: dict[str, Path], region: str,
                 progress: ProgressFn = _print_progress) -> tuple[dict[str, gpd.GeoDataFrame], dict]:
    """Parse and assemble the three layers from verified local files."""
    progress("Membaca desa/kelurahan …")
    desa_all = parse_sql_file(files["desa"])
    desa = desa_all[desa_all.kode.str.startswith(region + ".") & (desa_all.kode.str.len() == 13)]
    if desa.empty:
        raise GeodataError(f"Berkas desa tidak memuat satu pun desa dengan kode {region}.*")
    repaired = sorted(desa.loc[desa.repaired, "kode"])
    progress(f"  {len(desa)} desa/kelurahan; geometri tidak valid diperbaiki: {repaired or '-'}")

    progress("Membersihkan tumpang-tindih dan celah antar-desa …")
    desa, report = clean_coverage(desa.drop(columns="repaired"))
    if not report["coverage_valid"]:
        raise GeodataError("Batas desa tidak membentuk cakupan yang valid setelah pembersihan.")
    progress(f"  {report['gaps_filled']} celah kecil diisi ke desa tetangga")

    kec_ref = parse_sql_file(files["kecamatan"])
    kec_ref = kec_ref[kec_ref.kode.str.startswith(region + ".") & (kec_ref.kode.str.len() == 8)]
    kab_ref = parse_sql_file(files["kabupaten"])
    kab_ref = kab_ref[kab_ref.kode == region]
    if kab_ref.empty:
        raise GeodataError(f"Kode {region} tidak ada di berkas kabupaten/kota.")

    progress("Menyatukan desa menjadi kecamatan dan kabupaten …")
    desa = desa.assign(kode_kec=desa.kode.str[:8], kode_kab=region)
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
            "kode_kab": region,
            "jumlah_desa": [int(groups.get_group(k).shape[0]) for k in dissolved_codes],
        },
        geometry=[shapely.coverage_union_all(groups.get_group(k).geometry.values)
                  for k in dissolved_codes],
        crs=desa.crs,
    )
    kabupaten = gpd.GeoDataFrame(
        {
            "kode": [region],
            "nama": [kab_ref.nama.iloc[0]],
            "kode_prov": [region[:2]],
            "jumlah_kecamatan": [len(kecamatan)],
            "jumlah_desa": [len(desa)],
        },
        geometry=[shapely.coverage_union_all(kecamatan.geometry.values)],
        crs=desa.crs,
    )
    for frame in (kabupaten, kecamatan, desa):
        frame["luas_km2"] = area_km2(frame)
    desa = desa[["kode", "nama", "jenis", "kode_kec", "kode_kab", "luas_km2", "geometry"]]
    info = {"repaired": repaired, "gaps_filled": int(report["gaps_filled"])}
    return {"kabupaten": kabupaten, "kecamatan": kecamatan, "desa": desa}, info


def build_region(region: str, store: Path, mirror: Path | None = None,
                 base_url: str | None = None, cache_dir: Path | None = None,
                 progress: ProgressFn = _print_progress) -> BuildResult:
    """Fetch, verify, build and atomically write the boundary layers of ``region``."""
    manifest = load_manifest()
    paths = manifest.region_files(region)
    origin = f"mirror {mirror}" if mirror else (base_url or f"upstream @ {manifest.commit[:10]}")
    progress(f"Wilayah {region}: mengambil {len(paths)} berkas dari {origin}")
    local = fetch_files(list(paths.values()) + ["LICENSE"], manifest, mirror=mirror,
                        base_url=base_url, progress=progress,
                        **({"cache_dir": cache_dir} if cache_dir else {}))
    layers, info = build_layers({lvl: local[p] for lvl, p in paths.items()}, region, progress)
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    layers["kabupaten"]["sumber"] = manifest.attribution
    layers["kabupaten"]["commit_sumber"] = manifest.commit
    layers["kabupaten"]["dibangun"] = stamp
    progress(f"Menulis store {store} …")
    write_store_atomically(layers, store)
    kab = layers["kabupaten"].iloc[0]
    return BuildResult(
        store=store, region=region, nama=str(kab.nama), kecamatan=len(layers["kecamatan"]),
        desa=len(layers["desa"]), luas_km2=float(kab.luas_km2), repaired=info["repaired"],
        gaps_filled=info["gaps_filled"],
    )
