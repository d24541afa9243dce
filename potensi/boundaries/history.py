"""Boundary imports in the import history, and their exact undo.

Each layer an import replaces is first kept inside the store as a layer of its own
(``riwayat_batas_<id>_<level>``), written in the same atomic store swap as the new
boundaries: the store never holds new boundaries without the old ones beside them.
Keeping layers rather than a copy of the whole store file means an undo restores
exactly the boundaries and nothing else: data imported since stays. A fingerprint
of each layer's content before and after is recorded, so an undo proves it puts
back what was there and refuses when someone changed the boundaries since.

The history row is written right after the swap (``write_store_atomically`` writes
layers only), both under one hold of the writer lock. Should the process die between
the two, the store holds the new boundaries and an unreferenced ``riwayat_batas_…``
layer with the old ones (nothing is lost, but that import cannot be undone by id).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import pandas as pd
import shapely

from potensi.core.errors import GeodataError
from potensi.core.store import load_layer, store_path, store_writer, write_store_atomically
from potensi.data.tables import (
    BoundaryImport,
    BoundaryLayerRecord,
    boundary_import,
    later_boundary_imports,
    mark_undone,
    new_import_id,
    record_boundary_import,
)

IMPORT_PREFIX = "BATAS"
BACKUP_PREFIX = "riwayat_batas"


def fingerprint(frame: gpd.GeoDataFrame) -> str:
    """sha256 of a layer's content: column names and types, every value, every geometry's WKB."""
    digest = hashlib.sha256()
    geometry = frame.geometry.name
    digest.update(json.dumps([[str(c), str(frame[c].dtype)] for c in frame.columns]).encode())
    for column in frame.columns:
        if column == geometry:
            continue
        digest.update(pd.util.hash_pandas_object(frame[column], index=False).to_numpy().tobytes())
    for wkb in shapely.to_wkb(frame.geometry.to_numpy()):
        digest.update(b"\x00" if wkb is None else wkb)
    digest.update(str(frame.crs).encode())
    return digest.hexdigest()


def backup_layer_name(impor_id: str, level: str) -> str:
    """Where the layer ``level`` replaced by ``impor_id`` is kept."""
    return f"{BACKUP_PREFIX}_{impor_id.removeprefix(IMPORT_PREFIX + '-').replace('-', '_')}_{level}"


def commit_boundary_import(
    new_layers: Mapping[str, gpd.GeoDataFrame],
    level: str,
    berkas: str,
    sha256: str,
    perubahan: str,
    path: Path | None = None,
) -> str:
    """Swap in ``new_layers`` with the old ones kept beside them, and record it; returns the id.

    Reading the old layers, the swap and the history row happen under one hold of the
    store's writer lock, so no other write can slip in between them.
    """
    with store_writer(path) as target:
        return _commit(new_layers, level, berkas, sha256, perubahan, target)


def _commit(
    new_layers: Mapping[str, gpd.GeoDataFrame],
    level: str,
    berkas: str,
    sha256: str,
    perubahan: str,
    target: Path,
) -> str:
    old = {name: load_layer(name, target) for name in new_layers}
    impor_id = new_import_id(IMPORT_PREFIX, sha256, target)
    backups = {backup_layer_name(impor_id, name): frame for name, frame in old.items()}
    write_store_atomically({**new_layers, **backups}, target)
    try:
        records = [
            BoundaryLayerRecord(
                name,
                backup_layer_name(impor_id, name),
                fingerprint(old[name]),
                fingerprint(load_layer(name, target)),
            )
            for name in new_layers
        ]
        replaced = len(new_layers[level])
        record_boundary_import(impor_id, level, berkas, sha256, replaced, records, perubahan, target)
    except BaseException:
        # no history, no new boundaries: put the old layers back
        write_store_atomically(old, target)
        raise
    return impor_id


@dataclass(frozen=True)
class BoundaryUndo:
    """What undoing a boundary import restored."""

    impor_id: str
    berkas: str
    layers: tuple[str, ...]


def _find(impor_id: str, target: Path) -> BoundaryImport:
    record = boundary_import(impor_id, target)
    if record is None:
        raise GeodataError(
            f"Impor batas {impor_id} tidak ada di riwayat. Lihat `python -m potensi data history`."
        )
    return record


def undo_boundary_import(impor_id: str, path: Path | None = None) -> BoundaryUndo:
    """Put back exactly the layers ``impor_id`` replaced, after proving nothing changed since."""
    with store_writer(path) as target:
        return _undo(impor_id, target)


def _undo(impor_id: str, target: Path) -> BoundaryUndo:
    record = _find(impor_id, target)
    if record.dibatalkan:
        raise GeodataError(f"Impor {impor_id} sudah dibatalkan pada {record.dibatalkan}.")
    later = later_boundary_imports(record, target)
    if later:
        raise GeodataError(
            f"Impor {impor_id} tidak dapat dibatalkan: batas yang sama diganti lagi oleh "
            f"{', '.join(later)}. Batalkan impor yang lebih baru terlebih dahulu."
        )
    restore: dict[str, gpd.GeoDataFrame] = {}
    already = []
    for layer in record.layers:
        previous = load_layer(layer.lapisan_lama, target)
        if fingerprint(previous) != layer.sidik_sebelum:
            raise GeodataError(
                f"Salinan batas lama {layer.lapisan_lama} di store tidak utuh (sidik isinya berbeda), "
                f"jadi impor {impor_id} tidak dapat dibatalkan dengan tepat. Store tidak diubah."
            )
        current = fingerprint(load_layer(layer.lapisan, target))
        if current == layer.sidik_sebelum:
            already.append(layer.lapisan)
        elif current != layer.sidik_sesudah:
            raise GeodataError(
                f"Lapisan {layer.lapisan} telah berubah sejak impor {impor_id} (mis. store dibangun "
                "ulang), jadi membatalkannya akan menimpa perubahan itu. Store tidak diubah."
            )
        restore[layer.lapisan] = previous
    pending = {name: frame for name, frame in restore.items() if name not in already}
    if pending:
        write_store_atomically(pending, target)
    mark_undone(impor_id, target)
    return BoundaryUndo(impor_id, record.berkas, tuple(restore))


def is_boundary_import(impor_id: str, path: Path | None = None) -> bool:
    """Whether ``impor_id`` names a boundary import (``data undo`` hands those over here)."""
    return boundary_import(impor_id, store_path(path)) is not None
