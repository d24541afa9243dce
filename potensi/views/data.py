"""What the data page shows: each layer's rows with the example flag in plain sight."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pandas as pd

from potensi.core.cells import EXAMPLE_COLUMN, example_count, example_flags
from potensi.data.export import export_layer, indikator_columns
from potensi.data.tables import IMPORT_COLUMN, read_rows
from potensi.i18n import Lang, t


def display_rows(layer: str, lang: Lang, store: Path | None = None) -> pd.DataFrame:
    """Rows of ``layer`` with a first column saying whether each is example data."""
    rows = read_rows(layer, store).drop(columns=[IMPORT_COLUMN], errors="ignore")
    labels = {True: t("data_status_example", lang), False: t("data_status_real", lang)}
    status = example_flags(rows).map(labels)
    return pd.concat(
        [status.rename(t("data_status_column", lang)), rows.drop(columns=[EXAMPLE_COLUMN], errors="ignore")],
        axis=1,
    )


def layer_example_count(layer: str, store: Path | None = None) -> tuple[int, int]:
    """(example rows, all rows) of a layer."""
    rows = read_rows(layer, store)
    return example_count(rows), len(rows)


def export_bytes(layer: str, suffix: str, store: Path | None = None) -> bytes:
    """The export of ``layer`` as bytes, for a download button."""
    with tempfile.TemporaryDirectory() as folder:
        path = export_layer(layer, Path(folder) / f"{layer}{suffix}", store)
        return path.read_bytes()


def indikator_columns_csv(store: Path | None = None) -> bytes:
    """What each property of the indikator GeoJSON means (unit, source, example), as CSV.

    The GeoJSON is wide (one property per indicator-year, see
    :func:`potensi.data.export.indikator_wide`); a GIS user reads the units and
    sources here. Same CSV dialect and formula guard as the layer's CSV export.
    """
    rows = read_rows("indikator", store).drop(columns=[IMPORT_COLUMN], errors="ignore")
    table = indikator_columns(rows)
    return table.to_csv(index=False, sep=";", decimal=",").encode("utf-8-sig")
