"""Load the project's seed dataset (data/seed/*.csv) through the normal import.

The seed goes through the same validation as an official's file, so it is held to
the same rules; loading it twice changes nothing, because a file whose exact bytes
were already imported (and not undone) is skipped.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from potensi.core.config import REPO_ROOT
from potensi.data.importer import import_file
from potensi.data.tables import history

SEED_DIR = REPO_ROOT / "data" / "seed"
#: the import id prefix of the seed's batches (``SEED-<time>-<sha>``)
SEED_PREFIX = "SEED"
#: opd before inovasi (inovasi rows name their OPD)
SEED_ORDER = ("opd", "inovasi", "indikator", "potensi", "peluang_investasi")


def seed_store(
    store: Path | None = None, seed_dir: Path = SEED_DIR, progress: Callable[[str], None] = print
) -> list[str]:
    """Import every seed file not yet imported; return the import ids made."""
    done = history(store)
    active = done[done.dibatalkan.isna()]
    made: list[str] = []
    # "<layer>.csv" first, then further files of the layer such as "indikator_contoh_pdrb.csv"
    paths = [
        (layer, p)
        for layer in SEED_ORDER
        for p in sorted(seed_dir.glob(f"{layer}*.csv"), key=lambda p: (p.stem != layer, p.name))
        if p.stem == layer or p.stem.startswith(f"{layer}_")
    ]
    for layer, path in paths:
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
        if ((active.lapisan == layer) & (active.sha256 == sha)).any():
            progress(f"  {layer}: seed sudah dimuat, dilewati")
            continue
        report = import_file(layer, path, store=store, prefix=SEED_PREFIX)
        progress(
            f"  {layer}: {report.record.baris_baru} baris baru, "
            f"{report.record.baris_diganti} diganti ({report.record.impor_id})"
        )
        made.append(report.record.impor_id)
    return made
