"""Thematic layers on a map: a layer control (off by default) and a legend with the source.

Each overlay arrives as its display classes (made at import by
:mod:`potensi.overlays.display`: one merged, simplified shape per legend class), so
the payload is bounded by the vertex budget whatever the file held. Titles, classes
and sources are escaped here where they become HTML (the switch's label, the
legend) and in the browser where they become a tooltip.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
import shapely

from potensi.i18n import Lang, t
from potensi.overlays.display import NO_CLASS, OTHER_CLASS
from potensi.overlays.layers import OverlayDisplay
from potensi.overlays.sites import source_text
from potensi.viz.controls import MapScript
from potensi.viz.display import encode_polygons, encode_ring

#: a line class is shown as a line, not a filled box
LINE_SWATCH = ";height:3px;border:0;margin-bottom:3px"


def _escape(value: object) -> str:
    return html.escape(str(value), quote=True)


def class_label(kelas: str, lang: Lang) -> str:
    """A legend class as shown: the stored class, or "other"/"no class" in words."""
    if kelas == OTHER_CLASS:
        return t("tematik_other_class", lang)
    if kelas == NO_CLASS:
        return t("tematik_no_class", lang)
    return kelas


@lru_cache(maxsize=512)
def _parts(geom: shapely.Geometry) -> tuple[str, list]:
    """The display shape as the browser gets it; kept per shape, since a map is rebuilt on
    every rerun of a page while an overlay changes only with an import."""
    kind = geom.geom_type
    if kind in ("Polygon", "MultiPolygon"):
        return "P", encode_polygons(geom)
    if kind in ("LineString", "MultiLineString", "LinearRing"):
        return "L", [encode_ring(np.asarray(p.coords)) for p in shapely.get_parts(geom)]
    if kind in ("Point", "MultiPoint"):
        return "T", [encode_ring(shapely.get_coordinates(geom))]
    # a collection: its polygonal part (the display rows are one family each)
    polys = [p for p in shapely.get_parts(geom) if p.geom_type in ("Polygon", "MultiPolygon")]
    return "P", encode_polygons(shapely.union_all(polys)) if polys else []


def legend_block(item: OverlayDisplay, lang: Lang) -> str:
    """One overlay's legend: title, a swatch per class, source and year, licence."""
    o = item.overlay
    seen: dict[str, tuple[str, str]] = {}
    for kelas, warna, _, geom in item.classes:
        seen.setdefault(kelas, (warna, geom.geom_type))
    rows = "".join(
        f'<div><i style="background:{_escape(colour)}{LINE_SWATCH if "Line" in kind else ""}"></i>'
        f"{_escape(class_label(k, lang))}</div>"
        for k, (colour, kind) in seen.items()
    )
    licence = (
        f"<div class='peta-source'>{_escape(t('tematik_licence', lang, licence=o.lisensi))}</div>"
        if o.lisensi
        else ""
    )
    return (
        '<div style="background:rgba(255,255,255,.92);padding:6px 9px;border-radius:4px;margin-top:4px;'
        'font:12px/1.5 sans-serif;box-shadow:0 1px 4px rgba(0,0,0,.3);max-width:280px">'
        f"<b>{_escape(o.judul)}</b>{rows}"
        f'<div class="peta-source">{_escape(source_text(o.sumber, o.tahun, lang))}</div>{licence}</div>'
    )


def overlay_params(overlays: Sequence[OverlayDisplay], lang: Lang) -> dict:
    """The JSON the browser gets: per overlay its label, legend and encoded classes."""
    out = []
    for item in overlays:
        rows = []
        for kelas, warna, _, geom in item.classes:
            kind, parts = _parts(geom)
            if parts:
                rows.append([kind, warna, class_label(kelas, lang), parts])
        out.append(
            {
                "id": item.overlay.lapisan_id,
                "name": _escape(item.overlay.judul),
                "legend": legend_block(item, lang),
                "rows": rows,
            }
        )
    return {"title": f"<b>{_escape(t('tematik_control_title', lang))}</b>", "overlays": out}


class OverlayLayer(MapScript):
    """The thematic layers' switch and legend (``potensi/viz/js/overlay_layer.js``)."""

    js_file, helpers = "overlay_layer", ("escape", "polyline")

    def __init__(self, overlays: Sequence[OverlayDisplay], lang: Lang) -> None:
        super().__init__("OverlayLayer", overlay_params(overlays, lang))
