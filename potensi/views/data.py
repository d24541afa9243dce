"""What the data page shows: each layer's rows with the example flag in plain sight."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pandas as pd

from potensi.data.export import export_layer
from potensi.data.tables import IMPORT_COLUMN, read_rows
from potensi.i18n import Lang

EXAMPLE_LABEL = {"id": "⚠ DATA CONTOH", "en": "⚠ EXAMPLE DATA"}
REAL_LABEL = {"id": "bersumber", "en": "sourced"}
STATUS_COLUMN = {"id": "Status data", "en": "Data status"}


def display_rows(layer: str, lang: Lang, store: Path | None = None) -> pd.DataFrame:
    """Rows of ``layer`` with a first column saying whether each is example data."""
    rows = read_rows(layer, store).drop(columns=[IMPORT_COLUMN], errors="ignore")
    flag = rows["contoh"].fillna(False).astype(bool) if "contoh" in rows else pd.Series(False, index=rows.index)
    status = flag.map({True: EXAMPLE_LABEL[lang], False: REAL_LABEL[lang]})
    return pd.concat([status.rename(STATUS_COLUMN[lang]), rows.drop(columns=["contoh"], errors="ignore")],
                     axis=1)


def example_count(layer: str, store: Path | None = None) -> tuple[int, int]:
    """(example rows, all rows) of a layer."""
    rows = read_rows(layer, store)
    if rows.empty:
        return 0, 0
    return int(rows["contoh"].fillna(False).astype(bool).sum()), len(rows)


def export_bytes(layer: str, suffix: str, store: Path | None = None) -> bytes:
    """The export of ``layer`` as bytes, for a download button."""
    with tempfile.TemporaryDirectory() as folder:
        path = export_layer(layer, Path(folder) / f"{layer}{suffix}", store)
        return path.read_bytes()
