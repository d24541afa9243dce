"""What the Analisis page needs: indicator tables from the store, the composite
index over the kecamatan, its download, and feeding it back as an indikator.

Kept out of the page so it is tested without a browser; the methods themselves
live in :mod:`potensi.analysis`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path

import geopandas as gpd
import pandas as pd

from potensi.analysis import CompositeResult, composite_index
from potensi.core.auth import Session, require_role
from potensi.core.errors import PotensiError
from potensi.core.formatting import format_trimmed
from potensi.core.safe_cells import xlsx_bytes
from potensi.data.importer import ImportReport, import_file
from potensi.data.indicators import indicator_label, indicator_options, indicator_values
from potensi.i18n import Lang
from potensi.views.analisis.labels import labelled
from potensi.views.analisis.shared import record_saved

#: the index fed back into the indikator layer under this key
INDEX_KEY = "indeks_potensi"


def complete_indicators(kecamatan: gpd.GeoDataFrame, data: Mapping[str, pd.DataFrame]) -> list[str]:
    """Indicators known for every kecamatan (an index needs all of them for a rank)."""
    keys = []
    for key in indicator_options(kecamatan, data):
        values = indicator_values(key, kecamatan, data, "id").values
        if values.notna().all() and key != f"ind:{INDEX_KEY}":
            keys.append(key)
    return keys


def indicator_table(
    kecamatan: gpd.GeoDataFrame, data: Mapping[str, pd.DataFrame], keys: list[str], lang: Lang
) -> tuple[pd.DataFrame, bool]:
    """Wide table (kode + one column per indicator) and whether any input is example data."""
    table = pd.DataFrame({"kode": kecamatan.kode.to_numpy()})
    example = False
    for key in keys:
        found = indicator_values(key, kecamatan, data, lang)
        table[key] = table.kode.map(found.values).astype(float)
        example = example or found.example
    return table, example


#: the two directions an indicator can have; none is assumed (see :func:`missing_directions`)
DIRECTIONS = ("tinggi", "rendah")


def missing_directions(chosen: Sequence[str], direction: Mapping[str, str | None]) -> list[str]:
    """The chosen indicators whose direction the user has not set yet, in their order.

    No direction is a default: "more desa is better" or "a larger area is better" is
    a judgement the user makes, and a silent "higher is better" once ranked a
    kecamatan up just for having many small desa. Until every chosen indicator has
    one, the page computes no index and names the ones still open.
    """
    return [key for key in chosen if direction.get(key) not in DIRECTIONS]


def weighted_index(
    table: pd.DataFrame,
    weights: Mapping[str, float],
    direction: Mapping[str, str | None],
    method: str = "minmax",
) -> CompositeResult:
    """The composite index (0–100 for min-max) with ranks; see potensi.analysis.

    ``direction`` gives each weighted indicator ``"tinggi"`` (higher is better) or
    ``"rendah"`` (lower is better); an indicator without one is refused rather than
    given a default.
    """
    if missing := missing_directions(list(weights), direction):
        raise PotensiError(f"Arah indikator belum dipilih: {', '.join(missing)}.")
    return composite_index(
        table, dict(weights), method=method, direction={k: str(direction[k]) for k in weights}
    )


def ranked(result: CompositeResult, kecamatan: gpd.GeoDataFrame, lang: Lang = "id") -> pd.DataFrame:
    """Index rows with kecamatan names and the reasons in ``lang`` (``catatan``), best first."""
    names = dict(zip(kecamatan.kode, kecamatan.nama, strict=True))
    frame = labelled(result.indeks, lang).assign(nama=lambda f: f.kode.map(names))
    return frame.sort_values(["peringkat", "kode"], na_position="last").reset_index(drop=True)


def result_xlsx(
    result: CompositeResult, kecamatan: gpd.GeoDataFrame, inputs: pd.DataFrame, lang: Lang
) -> bytes:
    """The index, its weights, the normalised values and the inputs as one workbook."""
    weights = result.bobot.assign(label=result.bobot.indikator.map(lambda k: indicator_label(k, lang)))
    return xlsx_bytes(
        {
            "indeks": ranked(result, kecamatan, lang),
            "bobot": weights,
            "normalisasi": labelled(result.normal, lang),
            "masukan": inputs,
        }
    )


def save_as_indikator(
    result: CompositeResult,
    weights: Mapping[str, float],
    example: bool,
    year: int | None = None,
    store: Path | None = None,
    *,
    session: Session | None,
    client: str | None = None,
) -> ImportReport:
    """Store the index as indikator ``indeks_potensi`` through the normal (undoable) import.

    Only for a signed-in editor or admin (``require_role``: refused on the server,
    whatever the browser sent).
    """
    session = require_role(session, "editor")
    year = year or dt.date.today().year
    described = ", ".join(
        f"{indicator_label(k, 'id')} {format_trimmed(w, 'id', 4)}" for k, w in weights.items()
    )
    rows = result.indeks.dropna(subset=["indeks"])
    frame = pd.DataFrame(
        {
            "kode_wilayah": rows.kode,
            "indikator": INDEX_KEY,
            "tahun": year,
            "nilai": rows.indeks.round(4),
            "satuan": "indeks 0-100",
            "sumber": f"Peta Potensi: indeks komposit {result.metode} (bobot: {described})",
            "catatan": "hasil analisis, bukan data statistik resmi",
            "contoh": "ya" if example else "tidak",
        }
    )
    # Indonesian decimal comma: "39.555" would be read as thirty-nine thousand
    text = frame.to_csv(index=False, sep=";", decimal=",")
    report = import_file(
        "indikator",
        text.encode("utf-8"),
        filename=f"{INDEX_KEY}_{year}.csv",
        store=store,
        prefix="ANALISIS",
        replace=True,
        actor=session.user,  # the import history says who saved it, as for an import
    )
    return record_saved(report, session, f"indeks komposit {result.metode}", client, store)
