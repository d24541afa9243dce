"""Export a data layer to CSV, XLSX or GeoJSON, safe to open in a spreadsheet.

A cell that starts with ``=``, ``+``, ``-`` or ``@`` is run as a formula by Excel
and LibreOffice (CSV/formula injection); such text cells are written with a
leading apostrophe (the one rule of :mod:`potensi.core.safe_cells`, shared with the
analysis workbooks and the dashboard's tables), which the importer strips again, so
an export re-imports as is. GeoJSON is for GIS, not spreadsheets, and keeps the text
exactly as stored.

Yes/no columns (``contoh``, ``aktif`` …) are written in words, ``ya``/``tidak`` or
``yes``/``no`` by the language of whoever downloads
(:func:`potensi.core.formatting.format_bool`), the words the template asks for; pandas
would write ``True``/``False``. Numbers stay machine numbers without grouping: the CSV
is for Excel set up for Indonesia (``;`` between fields, ``,`` as decimal mark, which
the importer also reads), the XLSX keeps typed numbers that the reader's Excel formats.
"""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
import pandas as pd
import shapely

from potensi.core.errors import PotensiError
from potensi.core.formatting import format_bool
from potensi.core.safe_cells import neutralise_frame
from potensi.core.store import load_layer
from potensi.data.schema import get_table
from potensi.data.tables import IMPORT_COLUMN, read_rows
from potensi.i18n import Lang


def to_geodataframe(layer: str, frame: pd.DataFrame, store: Path | None = None) -> gpd.GeoDataFrame:
    """Points from lat/lon (or the polygon column); indikator gets its area's polygon."""
    if layer == "indikator":
        shapes = {}
        for level in ("kabupaten", "kecamatan", "desa"):
            boundary = load_layer(level, store)
            shapes.update(zip(boundary.kode, boundary.geometry, strict=True))
        geometry = [shapes.get(code) for code in frame.kode_wilayah]
    elif "lat" in frame.columns:
        geometry = []
        for row in frame.itertuples(index=False):
            polygon = getattr(row, "geometri", None)
            if isinstance(polygon, str) and polygon:
                geometry.append(shapely.from_geojson(polygon))
            elif row.lat is not None and not pd.isna(row.lat):
                geometry.append(shapely.Point(float(row.lon), float(row.lat)))
            else:
                geometry.append(None)
    else:
        geometry = [None] * len(frame)
    data = frame.drop(columns=[c for c in ("geometri",) if c in frame.columns])
    return gpd.GeoDataFrame(data, geometry=geometry, crs="EPSG:4326")


def spreadsheet_frame(layer: str, frame: pd.DataFrame, lang: Lang) -> pd.DataFrame:
    """``frame`` as a spreadsheet gets it: text neutralised, yes/no cells in words."""
    out = neutralise_frame(frame)
    for column in get_table(layer).columns:
        if column.kind == "bool" and column.name in out.columns:
            out[column.name] = [format_bool(v, lang) for v in out[column.name]]
    return out


def export_layer(layer: str, path: Path, store: Path | None = None, lang: Lang = "id") -> Path:
    """Write ``layer`` to ``path``; the format comes from the extension, yes/no words from ``lang``."""
    table = get_table(layer)
    frame = read_rows(layer, store).drop(columns=[IMPORT_COLUMN], errors="ignore")
    frame = frame.reindex(columns=table.names)
    suffix = path.suffix.lower()
    path.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".csv":
        spreadsheet_frame(layer, frame, lang).to_csv(
            path, index=False, sep=";", decimal=",", encoding="utf-8-sig"
        )
    elif suffix == ".xlsx":
        spreadsheet_frame(layer, frame, lang).to_excel(path, index=False, sheet_name="Data")
    elif suffix in (".geojson", ".json"):
        geo = to_geodataframe(layer, frame, store)
        payload = json.loads(geo.to_json(drop_id=True, na="null"))
        path.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    else:
        raise PotensiError(
            f"Format {suffix or '(tanpa ekstensi)'} tidak didukung untuk ekspor; "
            "pakai .csv, .xlsx atau .geojson."
        )
    return path
