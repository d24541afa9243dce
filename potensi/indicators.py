"""Indicators a kecamatan can be coloured by, computed from what the store holds.

Each indicator names its unit and source so the legend can say where a number
comes from; one that needs data the store lacks (population before it is
imported) reports itself unavailable instead of drawing zeros.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import geopandas as gpd
import pandas as pd

Compute = Callable[[gpd.GeoDataFrame], "pd.Series | None"]


@dataclass(frozen=True)
class Indicator:
    """A per-kecamatan value with what the legend needs to explain it."""

    key: str
    label_key: str
    unit_key: str
    decimals: int
    source: str
    compute: Compute
    year_column: str | None = None

    def source_text(self, kecamatan: gpd.GeoDataFrame) -> str:
        """Source, with the data year when the indicator has one."""
        if self.year_column and self.year_column in kecamatan.columns:
            return f"{self.source} ({int(kecamatan[self.year_column].iloc[0])})"
        return self.source

    def values(self, kecamatan: gpd.GeoDataFrame) -> pd.Series | None:
        """Values indexed by kecamatan code, or None when the data is not in the store."""
        result = self.compute(kecamatan)
        return None if result is None else result.astype(float)


def _by_code(kecamatan: gpd.GeoDataFrame, column: str) -> pd.Series | None:
    if column not in kecamatan.columns:
        return None
    return kecamatan.set_index("kode")[column]


def _density(kecamatan: gpd.GeoDataFrame) -> pd.Series | None:
    population = _by_code(kecamatan, "penduduk")
    if population is None or population.isna().all():
        return None
    return population / kecamatan.set_index("kode")["luas_km2"]


BOUNDARY_SOURCE = "wilayah_boundaries (Cahya DSN, MIT)"

INDICATORS: dict[str, Indicator] = {
    ind.key: ind
    for ind in (
        Indicator("luas", "ind_luas", "unit_km2", 2, BOUNDARY_SOURCE,
                  lambda k: _by_code(k, "luas_km2")),
        Indicator("jumlah_desa", "ind_jumlah_desa", "unit_desa", 0, BOUNDARY_SOURCE,
                  lambda k: _by_code(k, "jumlah_desa")),
        Indicator("kepadatan", "ind_kepadatan", "unit_density", 0,
                  "penduduk (lapisan indikator) / luas poligon", _density, "tahun_penduduk"),
    )
}


def available_indicators(kecamatan: gpd.GeoDataFrame) -> list[str]:
    """Keys of indicators the store can compute now, in display order."""
    return [key for key, ind in INDICATORS.items() if ind.values(kecamatan) is not None]
