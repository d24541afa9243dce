"""The one façade to the GeoPackage store: pages and commands never open it directly.

Writes go through :func:`write_store_atomically`, which writes a complete new file
beside the old one and swaps it in with ``os.replace``: a build or import that fails
half-way leaves the previous store byte-for-byte as it was.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import geopandas as gpd
import pyogrio

from potensi.core.config import get_settings
from potensi.core.errors import StoreMissing

Level = Literal["kabupaten", "kecamatan", "desa"]
LEVELS: tuple[Level, ...] = ("kabupaten", "kecamatan", "desa")


def store_path(path: Path | None = None) -> Path:
    """The store in use: an explicit path, else ``PETA_STORE``, else geodata/peta.gpkg."""
    return Path(path) if path is not None else get_settings().store


def list_layers(path: Path | None = None) -> list[str]:
    """Names of the layers present in the store."""
    target = store_path(path)
    if not target.is_file():
        return []
    return [name for name, _ in pyogrio.list_layers(target)]


def load_layer(level: str, path: Path | None = None) -> gpd.GeoDataFrame:
    """Read one layer; a missing store explains how to build it."""
    target = store_path(path)
    if not target.is_file() or level not in list_layers(target):
        raise StoreMissing(
            f"Store {target} belum berisi lapisan '{level}'. Jalankan dulu "
            "`python -m potensi geodata build` (atau `make run`), dengan "
            "PETA_GEODATA_MIRROR bila tidak ada internet."
        )
    return gpd.read_file(target, layer=level)


def write_store_atomically(
    layers: Mapping[str, gpd.GeoDataFrame], path: Path | None = None, keep_other_layers: bool = True
) -> Path:
    """Write ``layers`` into the store as one all-or-nothing step.

    The old store is copied beside itself, the named layers are overwritten in the
    copy (pyogrio replaces one layer and leaves the others, data tables included),
    and the copy is swapped in with ``os.replace``. With ``keep_other_layers``
    false the new store holds only ``layers``.
    """
    target = store_path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp.gpkg", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.unlink()
    try:
        if keep_other_layers and target.is_file():
            shutil.copyfile(target, tmp)
        for name, frame in layers.items():
            frame.to_file(tmp, layer=name, driver="GPKG")
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


@dataclass(frozen=True)
class Boundaries:
    """The three boundary layers of the store, full resolution."""

    kabupaten: gpd.GeoDataFrame
    kecamatan: gpd.GeoDataFrame
    desa: gpd.GeoDataFrame


def store_version(path: Path | None = None) -> tuple[str, float]:
    """Cache key of the store: its path and modification time."""
    target = store_path(path)
    return str(target), target.stat().st_mtime if target.exists() else 0.0


def load_boundaries(path: Path | None = None) -> Boundaries:
    """Read all three layers (raises StoreMissing with instructions)."""
    return Boundaries(*(load_layer(level, path) for level in ("kabupaten", "kecamatan", "desa")))
