"""Export a data layer to CSV, XLSX or GeoJSON, safe to open in a spreadsheet.

A cell that starts with ``=``, ``+``, ``-`` or ``@`` is run as a formula by Excel
and LibreOffice (CSV/formula injection); such text cells are written with a
leading apostrophe (the one rule of :mod:`potensi.core.safe_cells`, shared with the
analysis workbooks and the dashboard's tables), which the importer strips again, so
an export re-imports as is. GeoJSON is for GIS, not spreadsheets, and keeps the text
exactly as stored, except the ``indikator`` layer (below).

Yes/no columns (``contoh``, ``aktif`` …) are written in words, ``ya``/``tidak`` or
``yes``/``no`` by the language of whoever downloads
(:func:`potensi.core.formatting.format_bool`), the words the template asks for; pandas
would write ``True``/``False``. Numbers stay machine numbers without grouping: the CSV
is for Excel set up for Indonesia (``;`` between fields, ``,`` as decimal mark, which
the importer also reads), the XLSX keeps typed numbers that the reader's Excel formats.

The ``indikator`` layer is long (one row per area, indicator and year) while a GIS
wants one shape per area: its GeoJSON is therefore wide (:func:`indikator_wide`), one
feature per area with its polygon once and one property per indicator-year
(``penduduk_2020``). Written long, every row repeated its polygon and the Blitar file
weighed 11 MB; wide it is a few hundred KB. What a column means (indicator, year,
unit, source, example data) travels with it as the collection's ``kolom`` member and
as the companion table :func:`indikator_columns` (the Data page's fourth download).
Its text (area names, units, sources) is neutralised like a spreadsheet export,
because a GIS hands the attribute table on to spreadsheets.
"""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
import pandas as pd
import shapely

from potensi.core.cells import example_flags
from potensi.core.errors import PotensiError
from potensi.core.formatting import format_bool
from potensi.core.safe_cells import neutralise_frame
from potensi.core.store import load_layer
from potensi.data.schema import get_table
from potensi.data.tables import IMPORT_COLUMN, read_rows
from potensi.i18n import Lang


def to_geodataframe(layer: str, frame: pd.DataFrame, store: Path | None = None) -> gpd.GeoDataFrame:
    """Points from lat/lon (or the polygon column); indikator goes through :func:`indikator_wide`."""
    if "lat" in frame.columns:
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


#: areas whose polygon is drawn in the wide indikator export; the kabupaten (and any
#: larger region) comes without geometry, so its totals do not cover the kecamatan
DRAWN_LEVELS = ("kecamatan", "desa")


def indicator_column(indikator: str, tahun: int) -> str:
    """The property name of one indicator-year in the wide export, e.g. ``penduduk_2020``."""
    return f"{indikator}_{int(tahun)}"


def _joined(values: pd.Series) -> str:
    """Distinct non-empty texts of a column, in order, as one cell."""
    texts = [str(v).strip() for v in values if isinstance(v, str) and v.strip()]
    return " | ".join(dict.fromkeys(texts))


def indikator_columns(frame: pd.DataFrame, lang: Lang = "id") -> pd.DataFrame:
    """What each property of the wide export means: indicator, year, unit, source, example.

    One row per indicator-year column; units and sources that differ between areas
    are all listed (``|``). Text is neutralised: this table is meant for spreadsheets.
    """
    if frame.empty:
        return pd.DataFrame(
            columns=["kolom", "indikator", "tahun", "satuan", "sumber", "catatan", "contoh", "wilayah"]
        )
    rows = []
    for (name, year), group in frame.groupby(["indikator", "tahun"], sort=True):
        rows.append(
            {
                "kolom": indicator_column(str(name), int(year)),
                "indikator": name,
                "tahun": int(year),
                "satuan": _joined(group.satuan),
                "sumber": _joined(group.sumber),
                "catatan": _joined(group.catatan),
                "contoh": format_bool(bool(example_flags(group).any()), lang),
                "wilayah": int(group.kode_wilayah.nunique()),
            }
        )
    return neutralise_frame(pd.DataFrame(rows))


def indikator_wide(frame: pd.DataFrame, store: Path | None = None) -> gpd.GeoDataFrame:
    """One feature per area: every kecamatan (with or without figures), each desa and
    larger region that has figures, its polygon once, one column per indicator-year.

    Kecamatan and desa carry their polygon; the kabupaten (and a province used as a
    reference) carry none, so a choropleth of the layer is not covered by them.
    """
    names: dict[str, str] = {}
    levels: dict[str, str] = {}
    shapes: dict[str, object] = {}
    for level in ("kabupaten", "kecamatan", "desa"):
        boundary = load_layer(level, store)
        names.update(zip(boundary.kode, boundary.nama, strict=True))
        levels.update(dict.fromkeys(boundary.kode, level))
        if level in DRAWN_LEVELS:
            shapes.update(zip(boundary.kode, boundary.geometry, strict=True))
    kecamatan = sorted(code for code, level in levels.items() if level == "kecamatan")
    values = frame.assign(
        kolom=[indicator_column(n, y) for n, y in zip(frame.indikator, frame.tahun, strict=True)]
    )
    # (kode_wilayah, indikator, tahun) is the layer's key, so each cell has one value
    wide = (
        values.pivot(index="kode_wilayah", columns="kolom", values="nilai") if len(values) else pd.DataFrame()
    )
    ordered = [indicator_column(n, y) for n, y in sorted(set(zip(frame.indikator, frame.tahun, strict=True)))]
    codes = list(dict.fromkeys([*kecamatan, *sorted(wide.index, key=lambda c: (c.count("."), c))]))
    table = pd.DataFrame(
        {
            "kode": codes,
            "nama": [names.get(c) for c in codes],
            "tingkat": [levels.get(c, "provinsi" if "." not in c else "lain") for c in codes],
        }
    )
    if ordered:
        table = pd.concat([table, wide.reindex(index=codes, columns=ordered).reset_index(drop=True)], axis=1)
    return gpd.GeoDataFrame(neutralise_frame(table), geometry=[shapes.get(c) for c in codes], crs="EPSG:4326")


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
    elif suffix in (".geojson", ".json") and layer == "indikator":
        geo = indikator_wide(frame, store)
        payload = json.loads(geo.to_json(drop_id=True, na="null"))
        payload["kolom"] = indikator_columns(frame, lang).to_dict(orient="records")
        path.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
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
