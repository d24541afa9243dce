"""Everything the main map page needs, computed from the store without streamlit.

The page caches these results; keeping them here means the page holds no logic
that a test could only reach through a browser.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import pandas as pd

from potensi.formatting import format_number
from potensi.i18n import Lang, t
from potensi.indicators import INDICATORS
from potensi.store import load_layer, store_path
from potensi.viz.display import display_layers
from potensi.viz.maps import Choropleth
from potensi.viz.style import quantile_classes

#: official area of Kabupaten Blitar used by BPS, and where it is written
BPS_AREA_KM2 = 1588.79
BPS_AREA_SOURCE = "Kabupaten Blitar, Bappeda; Wikipedia (infobox)"

#: simplification tolerance (degrees) per view: whole kabupaten vs one kecamatan
LEVEL_OF_DETAIL = {"kabupaten": 0.001, "kecamatan": 0.0003}


@dataclass(frozen=True)
class Boundaries:
    """The three boundary layers of the store, full resolution."""

    kabupaten: gpd.GeoDataFrame
    kecamatan: gpd.GeoDataFrame
    desa: gpd.GeoDataFrame


def store_version(path: Path | None = None) -> tuple[str, float]:
    """Cache key of the store: its path and modification time."""
    target = store_path(path)
    return str(target), target.stat().st_mtime if target.exists() else 0.0


def load_boundaries(path: Path | None = None) -> Boundaries:
    """Read all three layers (raises StoreMissing with instructions)."""
    return Boundaries(*(load_layer(level, path) for level in ("kabupaten", "kecamatan", "desa")))


def with_population(kecamatan: gpd.GeoDataFrame, indikator: pd.DataFrame) -> gpd.GeoDataFrame:
    """Kecamatan with ``penduduk`` of the latest year any kecamatan has it for.

    One year only: colouring some kecamatan by 2010 and others by 2020 would compare
    unlike figures. Kecamatan without a figure for that year stay missing.
    """
    pop = indikator[(indikator.indikator == "penduduk") & indikator.kode_wilayah.isin(kecamatan.kode)]
    if pop.empty:
        return kecamatan
    year = int(pop.tahun.max())
    latest = pop[pop.tahun == year].set_index("kode_wilayah")
    return kecamatan.assign(penduduk=kecamatan.kode.map(latest.nilai).astype(float),
                            tahun_penduduk=year)


def display_for(boundaries: Boundaries, view: str) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    """Simplified (desa, kecamatan) for the kabupaten-wide or the kecamatan view."""
    return display_layers(boundaries.desa, boundaries.kecamatan, LEVEL_OF_DETAIL[view])


def choropleth_for(kecamatan: gpd.GeoDataFrame, indicator: str, lang: Lang) -> Choropleth:
    """Values, classes and labels of one indicator over the kecamatan."""
    ind = INDICATORS[indicator]
    values = ind.values(kecamatan)
    if values is None:
        values = pd.Series(float("nan"), index=kecamatan.kode)
    return Choropleth(
        values=values,
        classes=quantile_classes(values),
        title=t(ind.label_key, lang),
        unit=t(ind.unit_key, lang),
        decimals=ind.decimals,
        source=f"{ind.source_text(kecamatan)}; {t('classes_quantile', lang)}",
    )


def area_note(boundaries: Boundaries, lang: Lang) -> str:
    """Says which area the screen shows: polygon area vs the official BPS figure."""
    poly = float(boundaries.kabupaten.luas_km2.sum())
    return t("area_note", lang, poly=format_number(poly, 2, lang),
             bps=format_number(BPS_AREA_KM2, 2, lang), bps_source=BPS_AREA_SOURCE)


def desa_table(boundaries: Boundaries, kecamatan_code: str, lang: Lang) -> pd.DataFrame:
    """Desa of one kecamatan, columns labelled in the UI language."""
    desa = boundaries.desa[boundaries.desa.kode_kec == kecamatan_code].sort_values("kode")
    return pd.DataFrame(
        {
            t("col_kode", lang): desa.kode,
            t("col_nama", lang): desa.nama,
            t("col_jenis", lang): desa.jenis,
            t("col_luas", lang): desa.luas_km2.round(2),
        }
    ).reset_index(drop=True)
