"""Colours, class breaks and basemaps in one place."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

#: ColorBrewer YlGnBu, 5 classes: sequential and readable by most colour-blind viewers
SEQUENTIAL = ("#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494")
#: viridis, 5 classes: perceptually uniform, safe for every colour-vision type (presentation)
SEQUENTIAL_CB = ("#fde725", "#5ec962", "#21918c", "#3b528b", "#440154")


def sequential_colours(colour_blind_safe: bool) -> tuple[str, ...]:
    """The sequential palette of a map or chart: viridis while presenting (the README's
    promise for presentation mode), YlGnBu otherwise."""
    return SEQUENTIAL_CB if colour_blind_safe else SEQUENTIAL


#: categorical colours (points by sector, readiness, stage)
CATEGORICAL = (
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#7f7f7f",
    "#bcbd22",
    "#17becf",
    "#393b79",
    "#637939",
)
#: Okabe–Ito: distinguishable with every common colour-vision deficiency (presentation)
CATEGORICAL_CB = (
    "#E69F00",
    "#56B4E9",
    "#009E73",
    "#F0E442",
    "#0072B2",
    "#D55E00",
    "#CC79A7",
    "#000000",
    "#999999",
    "#882255",
    "#44AA99",
    "#117733",
)
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
        Basemap(
            "osm",
            "basemap_osm",
            "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
            "&copy; OpenStreetMap contributors",
        ),
        Basemap(
            "light",
            "basemap_light",
            "https://{s}.basemaps.cartocdn.com/light_all/{z}/{x}/{y}{r}.png",
            "&copy; OpenStreetMap contributors &copy; CARTO",
        ),
        Basemap(
            "satellite",
            "basemap_satellite",
            "https://server.arcgisonline.com/ArcGIS/rest/services/World_Imagery/MapServer/tile/{z}/{y}/{x}",
            "Tiles &copy; Esri",
        ),
    )
}


@dataclass(frozen=True)
class Classes:
    """Class breaks (upper bounds) and a colour per class.

    With ``integer`` (counts, codes) every value is a whole number, so a class starts
    one above the previous break: a legend reads ``0``, ``1 – 3``, never ``0`` and
    ``0 – 3`` (which a reader takes as two classes both holding 0).
    """

    breaks: tuple[float, ...]
    lower: float
    colours: tuple[str, ...]
    integer: bool = False

    def colour_of(self, value: float) -> str:
        """Fill colour of a value; missing values get the no-data grey."""
        if value is None or pd.isna(value):
            return NO_DATA_COLOUR
        index = int(np.searchsorted(np.asarray(self.breaks), value, side="left"))
        return self.colours[min(index, len(self.colours) - 1)]

    def ranges(self) -> list[tuple[float, float, str]]:
        """(from, to, colour) per class, for the legend; see :func:`check_ranges`.

        Integer classes give whole-number ranges that do not share an end; other
        classes are half-open, (previous break, break], the first one closed.
        """
        if not self.breaks:  # no value known (e.g. every LQ undefined): no class to show
            return []
        if self.integer:
            lows = (self.lower, *(b + 1 for b in self.breaks[:-1]))
        else:
            lows = (self.lower, *self.breaks[:-1])
        return list(zip(lows, self.breaks, self.colours, strict=True))


def check_ranges(classes: Classes) -> None:
    """Raise ValueError unless the legend's classes are distinct and do not overlap.

    The rule every legend keeps: ranges ascend, no class is empty or inverted, no two
    are the same, and no value could be read into two classes — integer classes share
    no end (``0`` and ``0 – 3`` overlap at 0), and have whole-number ends; continuous
    ones only touch at a break (half-open).
    """
    ranges = classes.ranges()
    for i, (low, high, _) in enumerate(ranges):
        if not low <= high:
            raise ValueError(f"class {i + 1} is inverted: {low} – {high}")
        if classes.integer and not (float(low).is_integer() and float(high).is_integer()):
            raise ValueError(f"integer class {i + 1} has a fractional end: {low} – {high}")
        if i == 0:
            continue
        prev_low, prev_high, _ = ranges[i - 1]
        if (low, high) == (prev_low, prev_high):
            raise ValueError(f"classes {i} and {i + 1} are the same: {low} – {high}")
        overlap = low <= prev_high if classes.integer else (low < prev_high or high <= prev_high)
        if overlap:
            raise ValueError(f"classes {i} and {i + 1} overlap: {prev_low} – {prev_high} and {low} – {high}")


def _palette(n: int, colours: tuple[str, ...]) -> tuple[str, ...]:
    if n == len(colours):
        return colours
    return tuple(colours[int(i)] for i in np.linspace(0, len(colours) - 1, n).round())


def classify(
    values: pd.Series, method: str = "quantiles", k: int = 5, colours: tuple[str, ...] = SEQUENTIAL
) -> Classes:
    """Class breaks by mapclassify (quantiles, natural breaks, equal interval).

    Fewer classes when there are fewer distinct values than ``k``; missing values
    are left out of the breaks and drawn as no-data.
    """
    import warnings

    import mapclassify

    known = values.dropna().to_numpy(dtype=float)
    if known.size == 0:
        return Classes((), float("nan"), ())
    integer = bool(np.all(np.mod(known, 1) == 0))
    k = max(1, min(k, len(np.unique(known))))
    if k == 1:
        return Classes((float(known.max()),), float(known.min()), _palette(1, colours), integer)
    classifier = {
        "quantiles": mapclassify.Quantiles,
        "natural_breaks": mapclassify.FisherJenks,
        "equal_interval": mapclassify.EqualInterval,
    }
    with warnings.catch_warnings():  # FisherJenks notes that numba would be faster
        warnings.simplefilter("ignore", UserWarning)
        classifier = classifier[method](known, k=k)
    bins = np.floor(classifier.bins) if integer else classifier.bins  # a count ≤ 2.5 is ≤ 2
    breaks = tuple(dict.fromkeys(float(b) for b in bins))
    classes = Classes(breaks, float(known.min()), _palette(len(breaks), colours), integer)
    check_ranges(classes)
    return classes


def categorical_classes(colours: tuple[str, ...]) -> Classes:
    """Classes for values coded 1…n, one colour each (a categorical map: orde, quadrant).

    Breaks at the integers themselves, so ``colour_of(i)`` is ``colours[i - 1]``.
    """
    n = len(colours)
    return Classes(tuple(float(i) for i in range(1, n + 1)), 1.0, tuple(colours), integer=True)


def quantile_classes(values: pd.Series, k: int = 5) -> Classes:
    """Quantile classes (the default legend)."""
    return classify(values, "quantiles", k)


def category_colours(categories: list[str], colour_blind_safe: bool = False) -> dict[str, str]:
    """A stable colour per category, in the order given."""
    palette = CATEGORICAL_CB if colour_blind_safe else CATEGORICAL
    return {c: palette[i % len(palette)] for i, c in enumerate(categories)}
