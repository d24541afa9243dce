"""How much a boundary import changes the kabupaten, and whether that needs a person's yes.

Matching names and lying in the right place is not enough: a file whose Wonodadi
is a sliver passes every structural check, leaves 42 km² without a kecamatan, and
is still a valid coverage. Real boundary revisions move edges by metres to a few
hundred metres, so a kecamatan whose area moves by more than a tenth, or land of
the old kabupaten outline that no kecamatan covers any more, is far more often a
wrong or truncated file than a revision. Both are refused unless the official
confirms them explicitly.
"""

from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd
import shapely
from shapely.geometry.base import BaseGeometry

from potensi.boundaries.coverage import UTM_49S
from potensi.core.formatting import format_number

#: relative change of one kecamatan's area that needs explicit confirmation:
#: revisions from better surveys move a kecamatan's area by a few percent
MAX_AREA_CHANGE = 0.10
#: half-width of what counts as a sliver: two sources of the same border differ by
#: tens of metres, so uncovered land only counts where it is wider than twice this
SLIVER_HALF_WIDTH_M = 50.0
#: uncovered land smaller than this is rounding, not a missing piece of a kecamatan
MIN_UNCOVERED_KM2 = 0.01


@dataclass(frozen=True)
class AreaChange:
    """One kecamatan's area before and after."""

    kode: str
    nama: str
    before_km2: float
    after_km2: float

    @property
    def share(self) -> float:
        return (self.after_km2 - self.before_km2) / self.before_km2 if self.before_km2 else float("inf")

    def describe(self) -> str:
        pct = format_number(self.share * 100, 1, "id")
        sign = "+" if self.share > 0 else ""
        return (
            f"luas Kecamatan {self.nama} ({self.kode}) berubah {sign}{pct}% "
            f"({format_number(self.before_km2, 2, 'id')} → {format_number(self.after_km2, 2, 'id')} km²)"
        )


@dataclass(frozen=True)
class Review:
    """What an import would change beyond the allowed, in words for the official."""

    changes: tuple[AreaChange, ...]
    uncovered_km2: float
    uncovered_by_kecamatan: tuple[tuple[str, float], ...]
    kabupaten: str

    @property
    def needs_confirmation(self) -> bool:
        return bool(self.changes) or self.uncovered_km2 > 0

    def problems(self) -> list[str]:
        """One line per kecamatan beyond the threshold, and one for uncovered land."""
        lines = [change.describe() for change in self.changes]
        if self.uncovered_km2 > 0:
            where = ", ".join(
                f"{nama} {format_number(km2, 2, 'id')} km²" for nama, km2 in self.uncovered_by_kecamatan
            )
            lines.append(
                f"{format_number(self.uncovered_km2, 2, 'id')} km² wilayah {self.kabupaten} (batas "
                f"lama) tidak lagi tercakup kecamatan mana pun" + (f": di {where}" if where else "")
            )
        return lines


def _utm(geoms: gpd.GeoSeries) -> gpd.GeoSeries:
    return geoms.to_crs(UTM_49S)


def uncovered_land(outline: BaseGeometry, cover: BaseGeometry) -> BaseGeometry:
    """Land of ``outline`` (metres) outside ``cover`` wider than a border sliver."""
    gap = shapely.difference(outline, cover)
    core = shapely.buffer(gap, -SLIVER_HALF_WIDTH_M)
    if core.is_empty:
        return shapely.Polygon()
    return shapely.intersection(shapely.buffer(core, SLIVER_HALF_WIDTH_M * 1.5), gap)


def review_import(
    old_kecamatan: gpd.GeoDataFrame, new_kecamatan: gpd.GeoDataFrame, old_kabupaten: gpd.GeoDataFrame
) -> Review:
    """Compare new kecamatan with the store's: area per kecamatan, and the old outline."""
    before = dict(zip(old_kecamatan.kode, old_kecamatan.luas_km2, strict=True))
    changes = tuple(
        change
        for change in (
            AreaChange(str(k), str(n), float(before[k]), float(a))
            for k, n, a in zip(new_kecamatan.kode, new_kecamatan.nama, new_kecamatan.luas_km2, strict=True)
            if k in before
        )
        if abs(change.share) > MAX_AREA_CHANGE
    )
    outline = shapely.union_all(_utm(old_kabupaten.geometry).to_numpy())
    cover = shapely.union_all(_utm(new_kecamatan.geometry).to_numpy())
    missing = uncovered_land(outline, cover)
    total = float(missing.area) / 1e6
    by_kecamatan: list[tuple[str, float]] = []
    if total >= MIN_UNCOVERED_KM2:
        old = _utm(old_kecamatan.geometry).to_numpy()
        for nama, geom in zip(old_kecamatan.nama, old, strict=True):
            km2 = float(shapely.intersection(geom, missing).area) / 1e6
            if km2 >= MIN_UNCOVERED_KM2:
                by_kecamatan.append((str(nama), km2))
        by_kecamatan.sort(key=lambda item: -item[1])
    else:
        total = 0.0
    return Review(changes, total, tuple(by_kecamatan), str(old_kabupaten.nama.iloc[0]))
