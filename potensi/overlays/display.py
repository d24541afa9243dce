"""Display geometry of an overlay: one light shape per legend class, made once at import.

A map cannot send 30,000 zone parcels to a browser on an office link, and Leaflet
slows with every feature it creates. So an overlay is drawn as its legend: the
features of each class are merged into one shape and simplified (like the
boundaries, :mod:`potensi.viz.display`), the tolerance doubling until the whole
overlay fits :data:`MAX_DISPLAY_VERTICES`. Classes beyond :data:`MAX_CLASSES` (a
field that names each road, say) share one "other" class, so the legend stays
readable and the payload bounded whatever the file holds.
"""

from __future__ import annotations

from collections import Counter

import numpy as np
import shapely

from potensi.data.tematik import DisplayClass
from potensi.overlays.intake import FAMILY

#: legend classes an overlay shows by name; the rest are drawn as "other"
MAX_CLASSES = 12
#: class key of the merged remainder, and of features without a class (labelled in the UI)
OTHER_CLASS, NO_CLASS = "\u2026", ""
#: vertices one overlay sends to the map at most
MAX_DISPLAY_VERTICES = 60_000
#: first tolerance tried (degrees, ~11 m), doubled until the budget is met
START_TOLERANCE = 0.0001
#: decimals of the served coordinates (the boundaries' 1e-5 grid)
DECIMALS = 5
#: colours per category: zones qualitative, hazards warm, networks cool/dark
PALETTES = {
    "zonasi": (
        "#e41a1c",
        "#377eb8",
        "#4daf4a",
        "#984ea3",
        "#ff7f00",
        "#a65628",
        "#f781bf",
        "#66c2a5",
        "#ffd92f",
        "#8da0cb",
        "#b3de69",
        "#1b9e77",
    ),
    "rawan_bencana": (
        "#d7301f",
        "#fc8d59",
        "#7f0000",
        "#ef6548",
        "#b30000",
        "#fdbb84",
        "#990000",
        "#e34a33",
        "#fc4e2a",
        "#bd0026",
        "#f03b20",
        "#800026",
    ),
    "jaringan": (
        "#08519c",
        "#252525",
        "#3182bd",
        "#636363",
        "#6baed6",
        "#054f4f",
        "#1f78b4",
        "#4d4d4d",
        "#2166ac",
        "#35978f",
        "#08306b",
        "#737373",
    ),
    "lainnya": (
        "#1b9e77",
        "#d95f02",
        "#7570b3",
        "#e7298a",
        "#66a61e",
        "#e6ab02",
        "#a6761d",
        "#666666",
        "#1f78b4",
        "#b2df8a",
        "#fb9a99",
        "#cab2d6",
    ),
}
OTHER_COLOUR = "#9e9e9e"


def legend_classes(classes: list[str | None]) -> list[str]:
    """The classes the legend names, most features first (ties by name)."""
    counts = Counter(c or NO_CLASS for c in classes)
    ordered = sorted(counts, key=lambda c: (-counts[c], c))
    return ordered[:MAX_CLASSES]


def _thin_points(geoms: np.ndarray, tolerance: float) -> shapely.Geometry:
    """Points thinned on a grid of the tolerance: one per occupied cell."""
    coords = shapely.get_coordinates(geoms)
    grid = np.unique(np.round(coords / tolerance), axis=0) * tolerance
    return shapely.multipoints(np.round(grid, DECIMALS))


def display_rows(
    classes: list[str | None], geoms: np.ndarray, kategori: str, max_vertices: int = MAX_DISPLAY_VERTICES
) -> list[DisplayClass]:
    """One row per (legend class, geometry family) with its colour and merged geometry."""
    named = legend_classes(classes)
    palette = PALETTES.get(kategori, PALETTES["lainnya"])
    colour = {c: palette[i % len(palette)] for i, c in enumerate(named)}
    keys = np.array(
        [(c or NO_CLASS) if (c or NO_CLASS) in colour else OTHER_CLASS for c in classes], dtype=object
    )
    families = np.array([FAMILY.get(g.geom_type, "poligon") for g in geoms], dtype=object)
    groups = [
        (key, family)
        for key in [*named, OTHER_CLASS]
        for family in ("poligon", "garis", "titik")
        if ((keys == key) & (families == family)).any()
    ]
    # merged once; only the simplification repeats while the budget is not met
    merged = {
        g: shapely.union_all(geoms[(keys == g[0]) & (families == g[1])]) if g[1] != "titik" else None
        for g in groups
    }
    tolerance, closing = START_TOLERANCE, False
    for _ in range(16):
        shapes = {}
        for key, family in groups:
            members = geoms[(keys == key) & (families == family)]
            if family == "titik":
                shapes[(key, family)] = _thin_points(members, tolerance)
            else:
                base = merged[(key, family)]
                if family == "garis":
                    base = shapely.line_merge(base) if base.geom_type == "MultiLineString" else base
                elif closing:
                    # many small parcels: simplifying cannot go below 4 vertices each, so
                    # gaps narrower than the tolerance close and neighbours of a class merge
                    grown = shapely.buffer(base, tolerance, quad_segs=1, join_style="mitre")
                    base = shapely.buffer(grown, -tolerance, quad_segs=1, join_style="mitre")
                simple = shapely.simplify(base, tolerance, preserve_topology=True)
                shapes[(key, family)] = shapely.transform(simple, lambda xy: np.round(xy, DECIMALS))
        total = sum(int(shapely.get_num_coordinates(s)) for s in shapes.values())
        if total <= max_vertices:
            break
        # simplification alone barely helped: the vertices are in many tiny parts
        closing = closing or tolerance >= 8 * START_TOLERANCE
        tolerance *= 2
    return [
        DisplayClass(
            kelas=key,
            warna=colour.get(key, OTHER_COLOUR),
            n_fitur=int(((keys == key) & (families == family)).sum()),
            geom=shapely.to_wkb(shapes[(key, family)]),
        )
        for key, family in groups
        if not shapes[(key, family)].is_empty
    ]
