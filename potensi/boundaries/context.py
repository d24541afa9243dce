"""The kabupaten of the province around the store's region, for a printed map's inset.

A printed peta potensi carries a small map locating the kabupaten in its province
(the usual *peta inset* of Indonesian thematic maps). The store holds only the
region itself, so the province's kabupaten are read from the same pinned upstream
file the build reads (``db/kab/wilayah_boundaries_kab_<prov>.sql``), from the mirror
or from the download cache, verified against ``geodata/manifest.toml``. Nothing is
downloaded here: a printed map must render offline, so without a local copy the
caller gets ``None`` and prints a map without inset (and says so).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import geopandas as gpd

from potensi.boundaries.sources import GEODATA_DIR, load_manifest, sha256_of
from potensi.boundaries.sqlparse import parse_sql_file
from potensi.core.config import REPO_ROOT, get_settings

#: the mirror beside the repository, used when PETA_GEODATA_MIRROR is not set (as the Makefile does)
DEFAULT_MIRROR = REPO_ROOT.parent / "shared" / "geodata" / "wilayah_boundaries"
#: inset outlines need ~1 km detail at most (degrees)
INSET_TOLERANCE = 0.01


def _local_copy(rel: str, expected: str, commit: str) -> Path | None:
    """A verified local copy of the upstream file ``rel``, or None."""
    mirror = get_settings().mirror
    candidates = [p / rel for p in (mirror, DEFAULT_MIRROR) if p is not None]
    candidates.append(GEODATA_DIR / "cache" / commit / rel)
    for path in candidates:
        if path.is_file() and sha256_of(path) == expected:
            return path
    return None


@lru_cache(maxsize=4)
def province_kabupaten(region: str) -> gpd.GeoDataFrame | None:
    """Kabupaten/kota outlines (``kode``, ``nama``, geometry; EPSG:4326) of ``region``'s
    province, simplified for an inset; None when no verified local copy exists."""
    manifest = load_manifest()
    rel = manifest.region_files(region)["kabupaten"]
    path = _local_copy(rel, manifest.sha256[rel], manifest.commit)
    if path is None:
        return None
    frame = parse_sql_file(path)
    frame = frame[frame.kode.str.len() == 5][["kode", "nama", "geometry"]].reset_index(drop=True)
    frame = gpd.GeoDataFrame(frame, geometry="geometry", crs=frame.crs or "EPSG:4326")
    frame["geometry"] = frame.geometry.simplify(INSET_TOLERANCE, preserve_topology=True)
    return frame
