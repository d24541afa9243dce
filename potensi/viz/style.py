"""Colours, class breaks and basemaps in one place."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

#: ColorBrewer YlGnBu, 5 classes: sequential and readable by most colour-blind viewers
SEQUENTIAL = ("#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494")
NO_DATA_COLOUR = "#d9d9d9"
SELECTED_COLOUR = "#d7301f"


@dataclass(frozen=True)
class Basemap:
    """A tile layer; ``tiles=None`` is the offline-safe "no basemap"."""

    key: str
    label_key: str
    tiles: str | None
    attribution: str | None


BASEMAPS: dict[str, Basemap] = {
    b.key: b
    for b in (
        Basemap("none", "basemap_none", None, None),
        Basemap("osm", "basemap_osm", "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
                "&copy; OpenStreetMap contributors"),
        Basemap("light", "basemap_light",
                "https://{s}.basemaps.cartocdn.com/light_all/{z}/{x}/{y}{r}.png",
                "&copy; OpenStreetMap contributors &copy; CARTO"),
        Basemap("satellite", "basemap_satellite",
                "https://server.arcgisonline.com/ArcGIS/rest/services/World_Imagery/MapServer/tile/{z}/{y}/{x}",
                "Tiles &copy; Esri"),
    )
}


@dataclass(frozen=True)
class Classes:
    """Class breaks (upper bounds) and a colour per class."""

    breaks: tuple[float, ...]
    lower: float
    colours: tuple[str, ...]

    def colour_of(self, value: float) -> str:
        """Fill colour of a value; missing values get the no-data grey."""
        if value is None or pd.isna(value):
            return NO_DATA_COLOUR
        index = int(np.searchsorted(np.asarray(self.breaks), value, side="left"))
        return self.colours[min(index, len(self.colours) - 1)]

    def ranges(self) -> list[tuple[float, float, str]]:
        """(from, to, colour) per class, for the legend."""
        lows = (self.lower, *self.breaks[:-1])
        return list(zip(lows, self.breaks, self.colours, strict=True))


def quantile_classes(values: pd.Series, k: int = 5) -> Classes:
    """Quantile classes over the known values; fewer classes when values repeat."""
    known = values.dropna().to_numpy(dtype=float)
    if known.size == 0:
        return Classes((), float("nan"), ())
    qs = np.unique(np.quantile(known, np.linspace(0, 1, k + 1)[1:]))
    palette = SEQUENTIAL if len(qs) == len(SEQUENTIAL) else tuple(
        SEQUENTIAL[int(i)] for i in np.linspace(0, len(SEQUENTIAL) - 1, len(qs)).round()
    )
    return Classes(tuple(float(q) for q in qs), float(known.min()), palette)
