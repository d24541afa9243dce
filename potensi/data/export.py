"""Export a data layer to CSV, XLSX or GeoJSON, safe to open in a spreadsheet.

A cell that starts with ``=``, ``+``, ``-`` or ``@`` is run as a formula by Excel
and LibreOffice (CSV/formula injection); such text cells are written with a
leading apostrophe, which the importer strips again, so an export re-imports as is.
"""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
import pandas as pd
import shapely

from potensi.core.errors import PotensiError
from potensi.core.store import load_layer
from potensi.data.schema import get_table
from potensi.data.tables import IMPORT_COLUMN, read_rows

DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """Text that a spreadsheet would evaluate gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(DANGEROUS_START):
        return "'" + value
    return value


def _safe(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.apply(
        lambda column: (
            column.map(neutralise)
            if column.dtype == object or pd.api.types.is_string_dtype(column)
            else column
        )
    )


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


def export_layer(layer: str, path: Path, store: Path | None = None) -> Path:
    """Write ``layer`` to ``path``; the format comes from the extension."""
    table = get_table(layer)
    frame = read_rows(layer, store).drop(columns=[IMPORT_COLUMN], errors="ignore")
    frame = frame.reindex(columns=table.names)
    suffix = path.suffix.lower()
    path.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".csv":
        _safe(frame).to_csv(path, index=False, sep=";", decimal=",", encoding="utf-8-sig")
    elif suffix == ".xlsx":
        _safe(frame).to_excel(path, index=False, sheet_name="Data")
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
