"""Load the project's seed dataset (data/seed/*.csv) through the normal import.

The seed goes through the same validation as an official's file, so it is held to
the same rules; loading it twice changes nothing, because a file whose exact bytes
were already imported (and not undone) is skipped.

A newer version of the project brings a changed seed file to a store seeded by an
older one (``make run`` seeds at every start). It replaces the rows that are still the
seed's own, and never a row an official imported or corrected: a file that would
overwrite one is skipped with a notice naming the rows, and the dashboard still starts.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from potensi.core.config import REPO_ROOT
from potensi.data.importer import import_file
from potensi.data.tables import ReplaceRefused, history

SEED_DIR = REPO_ROOT / "data" / "seed"
#: the import id prefix of the seed's batches (``SEED-<time>-<sha>``)
SEED_PREFIX = "SEED"
#: opd before inovasi (inovasi rows name their OPD); the IID rules and indicators
#: before the self-assessment, which names innovations already in the store
SEED_ORDER = (
    "opd",
    "inovasi",
    "indikator",
    "potensi",
    "peluang_investasi",
    "iid_aturan",
    "iid_indikator",
    "inovasi_indikator",
    "iid_spd",
)


def layer_of(path: Path, layers: tuple[str, ...] = SEED_ORDER) -> str | None:
    """The layer a seed file belongs to: ``<layer>.csv`` or ``<layer>_<anything>.csv``,
    the longest layer name winning (``inovasi_indikator_contoh.csv`` is not inovasi's)."""
    matches = [layer for layer in layers if path.stem == layer or path.stem.startswith(f"{layer}_")]
    return max(matches, key=len) if matches else None


def seed_files(seed_dir: Path = SEED_DIR) -> list[tuple[str, Path]]:
    """Every seed file with its layer, in import order: by layer (SEED_ORDER), then
    ``<layer>.csv`` before further files of the layer such as ``indikator_contoh_pdrb.csv``."""
    found = [(layer_of(p), p) for p in seed_dir.glob("*.csv")]
    return sorted(
        ((layer, p) for layer, p in found if layer is not None),
        key=lambda item: (SEED_ORDER.index(item[0]), item[1].stem != item[0], item[1].name),
    )


def seed_store(
    store: Path | None = None, seed_dir: Path = SEED_DIR, progress: Callable[[str], None] = print
) -> list[str]:
    """Import every seed file not yet imported; return the import ids made."""
    done = history(store)
    active = done[done.dibatalkan.isna()]
    made: list[str] = []
    for layer, path in seed_files(seed_dir):
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
        if ((active.lapisan == layer) & (active.sha256 == sha)).any():
            progress(f"  {layer}: seed sudah dimuat, dilewati")
            continue
        try:
            report = import_file(layer, path, store=store, prefix=SEED_PREFIX, replace_own=SEED_PREFIX)
        except ReplaceRefused as exc:
            shown = ", ".join(exc.keys[:5]) + (
                f" (dan {len(exc.keys) - 5} lainnya)" if len(exc.keys) > 5 else ""
            )
            progress(
                f"  {layer}: seed {path.name} berubah, tetapi {len(exc.keys)} barisnya sudah diubah petugas "
                f"({shown}); berkas ini dilewati, data petugas tidak diganti"
            )
            continue
        progress(
            f"  {layer}: {report.record.baris_baru} baris baru, "
            f"{report.record.baris_diganti} diganti ({report.record.impor_id})"
        )
        made.append(report.record.impor_id)
    return made
