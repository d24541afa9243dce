"""What the data page shows: each layer's rows with the example flag in plain sight."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pandas as pd

from potensi.core.cells import EXAMPLE_COLUMN, example_count, example_flags, is_known
from potensi.core.text import document_links
from potensi.data.export import export_layer, indikator_columns
from potensi.data.seed import SEED_PREFIX
from potensi.data.sources import cell_text, clean_note, source_label
from potensi.data.tables import IMPORT_COLUMN, history, read_rows
from potensi.i18n import Lang, t

#: columns that hold sources or document links: shown by publisher, title and year
#: (never a mirror's host or a file path); the downloads keep what was imported
SOURCE_COLUMNS = ("sumber",)
LINK_COLUMNS = ("bukti_url", "dokumen")


def _links_text(value: object, lang: Lang) -> object:
    """A cell of document links as their names; anything else (free text) cleaned."""
    if not is_known(value):
        return value
    return "; ".join(source_label(u, lang) for u in document_links(value)) or clean_note(value, lang)


def display_rows(layer: str, lang: Lang, store: Path | None = None) -> pd.DataFrame:
    """Rows of ``layer`` with a first column saying whether each is example data, and
    their sources named as a reader can trust them (:mod:`potensi.data.sources`)."""
    rows = read_rows(layer, store).drop(columns=[IMPORT_COLUMN], errors="ignore")
    for column in SOURCE_COLUMNS:
        if column in rows.columns:
            rows[column] = rows[column].map(lambda v: cell_text(v, lang) if is_known(v) else v)
    for column in LINK_COLUMNS:
        if column in rows.columns:
            rows[column] = rows[column].map(lambda v: _links_text(v, lang))
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


def export_bytes(layer: str, suffix: str, store: Path | None = None, lang: Lang = "id") -> bytes:
    """The export of ``layer`` as bytes, for a download button (yes/no words in ``lang``)."""
    with tempfile.TemporaryDirectory() as folder:
        path = export_layer(layer, Path(folder) / f"{layer}{suffix}", store, lang)
        return path.read_bytes()


def history_rows(lang: Lang, store: Path | None = None) -> pd.DataFrame:
    """Every import, newest first, without the checksum; the seed's own batches are
    named as the dashboard's starting data rather than by the project's file names
    (an official's upload keeps the name of the file they chose, never a folder: the
    importer stores only the name)."""
    # who imported stays on the signed-in Kelola Data page: account names are half a sign-in
    rows = history(store).drop(columns=["sha256", "oleh"], errors="ignore")
    seed = rows.impor_id.astype(str).str.startswith(f"{SEED_PREFIX}-")
    rows.loc[seed, "berkas"] = [
        t("data_seed_batch", lang, name=Path(str(name)).stem.replace("_", " ")) for name in rows.berkas[seed]
    ]
    return rows


def indikator_columns_csv(store: Path | None = None, lang: Lang = "id") -> bytes:
    """What each property of the indikator GeoJSON means (unit, source, example), as CSV.

    The GeoJSON is wide (one property per indicator-year, see
    :func:`potensi.data.export.indikator_wide`); a GIS user reads the units and
    sources here. Same CSV dialect and formula guard as the layer's CSV export.
    """
    rows = read_rows("indikator", store).drop(columns=[IMPORT_COLUMN], errors="ignore")
    table = indikator_columns(rows, lang)
    return table.to_csv(index=False, sep=";", decimal=",").encode("utf-8-sig")
