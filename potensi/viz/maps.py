"""Folium maps of kecamatan and desa that draw with no internet.

Text from data is sent raw inside JSON (safe in a <script>) and HTML-escaped by the
browser where tooltips and popups are built (see :mod:`potensi.viz.controls`); the
legend, built here, is escaped here. The map loads Leaflet from
the dashboard's own static files (see :mod:`potensi.viz.assets`) and carries no
branca colormap, which streamlit-folium would answer by loading d3 from a CDN.
"""

from __future__ import annotations

import html
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import folium
import geopandas as gpd
import pandas as pd

from potensi.core.config import ENCLAVES
from potensi.core.formatting import format_number
from potensi.i18n import Lang, t
from potensi.overlays.layers import OverlayDisplay
from potensi.viz.assets import LEAFLET
from potensi.viz.controls import (
    FullscreenControl,
    HtmlControl,
    LabelLayer,
    LocatorMap,
    PointLayer,
    PolygonLayer,
    SelectionControl,
    js_json,
    js_source,
)
from potensi.viz.display import encode_polygons
from potensi.viz.overlays import OverlayLayer
from potensi.viz.points import PointFeatures
from potensi.viz.style import BASEMAPS, NO_DATA_COLOUR, SELECTED_COLOUR, Classes

MAP_HEIGHT = 620
_LEAFLET_JS, _LEAFLET_CSS = LEAFLET.urls()


class OfflineMap(folium.Map):
    """A folium Map whose only assets are Leaflet, served by the dashboard."""

    default_js = [("leaflet", _LEAFLET_JS[0])]
    default_css = [("leaflet_css", _LEAFLET_CSS[0])]


@dataclass(frozen=True)
class Choropleth:
    """What the map colours kecamatan by, already classed and labelled."""

    values: pd.Series  # by kecamatan code; NaN = no data
    classes: Classes
    title: str
    unit: str
    decimals: int
    source: str
    example: bool = False
    #: categorical map: the label of each (integer-coded) value, in legend order; the
    #: legend and tooltips then name categories instead of numeric ranges
    categories: Mapping[float, str] | None = None


def _escape(value: object) -> str:
    return html.escape(str(value), quote=True)


#: a label of a kecamatan (``kind="kecamatan"``) or of a city enclosed by the kabupaten
#: (``kind="city"``): where its centre goes and what it says (raw text)
@dataclass(frozen=True)
class Label:
    lat: float
    lon: float
    text: str
    kind: str = "kecamatan"


#: precision of the pole of inaccessibility, degrees (~100 m; a label is wider than that)
LABEL_PRECISION = 0.001
#: enclave holes smaller than this (square degrees, ~1 km²) are digitising gaps, not a city
MIN_ENCLAVE_DEG2 = 1e-4


def label_pole(geom) -> tuple[float, float]:
    """Centre for a label: the pole of inaccessibility of the largest part.

    ``representative_point`` may sit next to an edge (Sanankulon's sits against the
    Kota Blitar enclave, so its name lay over the city); the pole is the interior point
    farthest from every edge, where a centred name has the most room.
    """
    from shapely.ops import polylabel

    parts = list(getattr(geom, "geoms", [geom]))
    largest = max(parts, key=lambda p: p.area)
    point = polylabel(largest, tolerance=LABEL_PRECISION)
    return round(point.y, 5), round(point.x, 5)


def label_points(kecamatan: gpd.GeoDataFrame) -> list[Label]:
    """Labels of the kecamatan and of the city enclosed by them (Kota Blitar).

    The city is the hole in the union of the kecamatan; it is labelled with its own
    name, in its own style, when all kecamatan are of one kabupaten listed in
    :data:`potensi.core.config.ENCLAVES`, and only when the map shows that hole.
    """
    import shapely

    labels = [
        Label(*label_pole(geom), str(nama))
        for geom, nama in zip(kecamatan.geometry, kecamatan.nama, strict=True)
    ]
    kabupaten = {str(k)[:5] for k in kecamatan.kode}
    city = ENCLAVES.get(next(iter(kabupaten))) if len(kabupaten) == 1 else None
    if city is None or not len(kecamatan):
        return labels
    whole = shapely.coverage_union_all(kecamatan.geometry.to_numpy())
    holes = [
        shapely.Polygon(ring)
        for part in getattr(whole, "geoms", [whole])
        for ring in part.interiors
        if shapely.Polygon(ring).area >= MIN_ENCLAVE_DEG2
    ]
    if holes:
        labels.append(Label(*label_pole(max(holes, key=lambda h: h.area)), city, "city"))
    return labels


def legend_html(
    choropleth: Choropleth, lang: Lang, points: list[PointFeatures] | tuple = (), zoom_hint: bool = False
) -> str:
    """Readable legend: title with unit, class ranges, no-data swatch, source, and
    one categorical section per point layer shown (with ``zoom_hint``: that the grey
    overview gives way to the coloured units when zoomed in)."""
    rows = []
    if choropleth.example:
        rows.append(f'<div style="color:#b00;font-weight:bold">{_escape(t("example_badge", lang))}</div>')
    for value, label in (choropleth.categories or {}).items():
        rows.append(
            f'<div><i style="background:{choropleth.classes.colour_of(value)}"></i>{_escape(label)}</div>'
        )
    for low, high, colour in [] if choropleth.categories else choropleth.classes.ranges():
        low_text = format_number(low, choropleth.decimals, lang)
        high_text = format_number(high, choropleth.decimals, lang)
        label = low_text if low_text == high_text else f"{low_text} – {high_text}"
        rows.append(f'<div><i style="background:{colour}"></i>{_escape(label)}</div>')
    if choropleth.values.isna().any() or not rows:
        rows.append(f'<div><i style="background:{NO_DATA_COLOUR}"></i>{_escape(t("no_data", lang))}</div>')
    if zoom_hint:
        rows.append(
            f'<div style="max-width:260px"><i style="background:{OVERVIEW_COLOUR}"></i>'
            f"{_escape(t('zoom_for_detail', lang))}</div>"
        )
    title = f"{_escape(choropleth.title)}{f' ({_escape(choropleth.unit)})' if choropleth.unit else ''}"
    return (
        '<div style="background:rgba(255,255,255,.92);padding:6px 9px;border-radius:4px;'
        'font:12px/1.5 sans-serif;box-shadow:0 1px 4px rgba(0,0,0,.3);max-width:280px">'
        f'<details open><summary title="{_escape(t("legend_toggle", lang))}">{title}</summary>'
        "<style>.peta-legend i{display:inline-block;width:14px;height:12px;margin-right:6px;"
        "vertical-align:middle;border:1px solid #999}</style>"
        + "".join(rows)
        + source_html(choropleth.source)
        + "".join(_point_legend(p, lang) for p in points if p.legend)
        + "</details></div>"
    )


#: longest word (a URL) a legend source shows in full; longer ones are shortened
SOURCE_WORD_MAX = 40


def source_html(source: str) -> str:
    """The legend's source line: wraps at the legend's width, and a long URL (which
    cannot wrap at spaces and overflowed the legend) is shortened to its host and an
    ellipsis, with the full text in the ``title`` attribute (shown on hover)."""
    words = []
    for word in source.split(" "):
        if len(word) > SOURCE_WORD_MAX:
            host = word.split("://", 1)[-1].split("/", 1)[0]
            word = (host if len(host) <= SOURCE_WORD_MAX else host[: SOURCE_WORD_MAX - 1]) + "/…"
        words.append(word)
    short = " ".join(words)
    title = f' title="{_escape(source)}"' if short != source else ""
    return f'<div class="peta-source"{title}>{_escape(short)}</div>'


def _point_legend(points: PointFeatures, lang: Lang) -> str:
    title = t(f"maplayer_{points.layer}", lang)
    style = POINT_STYLE[points.layer]
    size = style["radius"] + 4
    ring = f"{style['weight']}px solid {'#999' if style['stroke'] == '#ffffff' else style['stroke']}"
    items = "".join(
        f'<div><span style="display:inline-block;width:{size}px;height:{size}px;border-radius:50%;'
        f'background:{colour};border:{ring};margin-right:6px;vertical-align:middle"></span>'
        f"{_escape(label)}</div>"
        for label, colour in points.legend
    )
    return f'<div style="margin-top:6px"><b>{_escape(title)}</b>{items}</div>'


def _kecamatan_layer(
    kecamatan: gpd.GeoDataFrame,
    choropleth: Choropleth,
    selected: tuple[str, ...],
    lang: Lang,
    zoom: dict[str, float] | None = None,
) -> PolygonLayer:
    """Kecamatan with display-ready properties only (raw text; escaped in the browser)."""
    value = kecamatan.kode.map(choropleth.values)
    nilai = [
        t("no_data", lang)
        if pd.isna(v)
        else choropleth.categories.get(v, str(v))
        if choropleth.categories is not None
        else f"{format_number(v, choropleth.decimals, lang)} {choropleth.unit}"
        for v in value
    ]
    rows = [
        [
            str(kode),
            str(nama),
            text,
            choropleth.classes.colour_of(v),
            int(kode in selected),
            encode_polygons(geom),
        ]
        for kode, nama, text, v, geom in zip(
            kecamatan.kode, kecamatan.nama, nilai, value, kecamatan.geometry, strict=True
        )
    ]
    return PolygonLayer(
        ["kode", "nama", "nilai", "fill", "sel"],
        rows,
        tooltip=[
            ("nama", t("tooltip_name", lang)),
            ("kode", t("tooltip_code", lang)),
            ("nilai", choropleth.title),
        ],
        style={"color": "#555555", "weight": 1, "fillOpacity": 0.75},
        selected={"color": SELECTED_COLOUR, "weight": 4, "fillOpacity": 0.45},
        highlight={"weight": 3, "color": "#000000"},
        name="kecamatan",
        zoom=zoom,
    )


#: fill of the overview units (a light grey no class colour uses)
OVERVIEW_COLOUR = "#f2f2f2"


def _overview_layer(overview: gpd.GeoDataFrame, lang: Lang, below_zoom: float) -> PolygonLayer:
    """Larger units drawn instead of the map's units while zoomed out (level of detail)."""
    rows = [
        [str(kode), str(nama), encode_polygons(geom)]
        for kode, nama, geom in zip(overview.kode, overview.nama, overview.geometry, strict=True)
    ]
    return PolygonLayer(
        ["kode", "nama"],
        rows,
        tooltip=[("nama", t("tooltip_name", lang)), ("kode", t("tooltip_code", lang))],
        style={"color": "#555555", "weight": 1, "fillColor": OVERVIEW_COLOUR, "fillOpacity": 1},
        highlight={"weight": 3, "color": "#000000"},
        name="overview",
        zoom={"max": below_zoom},
    )


def _desa_layer(desa: gpd.GeoDataFrame, lang: Lang) -> PolygonLayer:
    rows = [
        [str(kode), str(nama), str(jenis), encode_polygons(geom)]
        for kode, nama, jenis, geom in zip(desa.kode, desa.nama, desa.jenis, desa.geometry, strict=True)
    ]
    return PolygonLayer(
        ["kode", "nama", "jenis"],
        rows,
        tooltip=[
            ("nama", t("tooltip_desa", lang)),
            ("jenis", t("tooltip_jenis", lang)),
            ("kode", t("tooltip_code", lang)),
        ],
        style={"fillOpacity": 0.0, "color": "#333333", "weight": 0.8},
        highlight={"weight": 2, "fillOpacity": 0.1},
        name="desa",
    )


def outline_geojson(kecamatan: gpd.GeoDataFrame, tolerance: float = 0.005) -> dict:
    """A light outline of the kabupaten for the locator inset."""
    import shapely

    whole = shapely.coverage_union_all(kecamatan.geometry.to_numpy()).simplify(tolerance)
    return json.loads(shapely.to_geojson(whole))


def build_kecamatan_map(
    kecamatan: gpd.GeoDataFrame,
    choropleth: Choropleth,
    *,
    selected: str | tuple[str, ...] | None = None,
    desa: gpd.GeoDataFrame | None = None,
    basemap: str = "none",
    lang: Lang = "id",
    points: list[PointFeatures] | tuple = (),
    labels: bool = False,
    outline: dict | None = None,
    overview: gpd.GeoDataFrame | None = None,
    detail_zoom: float = 10,
    overlays: Sequence[OverlayDisplay] = (),
    selectable: bool = False,
) -> folium.Map:
    """Choropleth of kecamatan with optional desa, point layers, labels and locator.

    With ``selected`` the map zooms to those kecamatan and outlines them. With
    ``overview`` (larger units covering the same area, e.g. kecamatan over thousands of
    desa) the map draws those below ``detail_zoom`` and its own units from there on,
    only the ones in view: a province of desa opens as fast as its kecamatan. With
    ``overlays`` (the store's thematic layers) a layer control switches each on (off at
    first) and a legend names its classes, source and year. With ``selectable`` the map
    takes its selection later, in the browser (:func:`selection_script`), and a click on
    a kecamatan selects it at once.
    """
    chosen = (selected,) if isinstance(selected, str) else tuple(selected or ())
    base = BASEMAPS[basemap]
    bounds_frame = kecamatan[kecamatan.kode.isin(chosen)] if chosen else kecamatan
    minx, miny, maxx, maxy = bounds_frame.total_bounds
    # maxZoom must be set on the map itself: with no tile layer Leaflet has none, and
    # Leaflet.markercluster refuses to cluster without it
    fmap = OfflineMap(
        location=[(miny + maxy) / 2, (minx + maxx) / 2], tiles=None, zoom_start=10, control_scale=True
    )
    fmap.options["maxZoom"] = 18
    fmap.options["minZoom"] = 7
    if base.tiles:
        folium.TileLayer(base.tiles, attr=base.attribution, name=t(base.label_key, lang), max_zoom=19).add_to(
            fmap
        )

    if overview is not None:
        _overview_layer(overview, lang, detail_zoom).add_to(fmap)
    _kecamatan_layer(
        kecamatan, choropleth, chosen, lang, zoom=None if overview is None else {"min": detail_zoom}
    ).add_to(fmap)
    if desa is not None and len(desa):
        _desa_layer(desa, lang).add_to(fmap)
    if selectable:
        SelectionControl([[float(miny), float(minx)], [float(maxy), float(maxx)]]).add_to(fmap)

    if labels:
        LabelLayer([(lb.lat, lb.lon, _escape(lb.text), lb.kind) for lb in label_points(kecamatan)]).add_to(
            fmap
        )
    if overlays:
        OverlayLayer(overlays, lang).add_to(fmap)
    for layer in points:
        if layer.count:
            PointLayer(layer.data, layer.layer, **POINT_STYLE[layer.layer]).add_to(fmap)

    bounds = [[float(miny), float(minx)], [float(maxy), float(maxx)]]
    # the legend fits the view beside itself: the padding is its width, known in the browser
    HtmlControl(legend_html(choropleth, lang, points, zoom_hint=overview is not None), fit=bounds).add_to(
        fmap
    )
    FullscreenControl(t("fullscreen", lang)).add_to(fmap)
    if outline is not None:
        LocatorMap(outline).add_to(fmap)
    fmap.get_root().header.add_child(folium.Element(MAP_CSS))
    # fractional zoom fills the frame (the fit itself is the legend's, see HtmlControl)
    fmap.options["zoomSnap"] = 0.25
    return fmap


def selection_script(
    kecamatan: gpd.GeoDataFrame, desa: gpd.GeoDataFrame | None, codes: Sequence[str], lang: Lang
) -> str:
    """The script that applies a kecamatan selection to a mounted ``selectable`` map.

    The page sends it with every rerun (streamlit-folium evaluates it in the map's
    frame whenever it changed): the codes, the bounds the map fits (of ``kecamatan``,
    the display for the selection's view) and ``desa``, the desa drawn with it, or
    None. Everything from data travels as JSON (:func:`js_json`); the desa are drawn by
    the same function as every polygon layer.
    """
    chosen = kecamatan[kecamatan.kode.isin(list(codes))]
    bounds = None
    if len(chosen):
        minx, miny, maxx, maxy = chosen.total_bounds
        bounds = [[float(miny), float(minx)], [float(maxy), float(maxx)]]
    layer = _desa_layer(desa, lang).params_json if desa is not None and len(desa) else "null"
    sel = f'{{"codes":{js_json([str(c) for c in chosen.kode])},"bounds":{js_json(bounds)},"desa":{layer}}}'
    make = (
        f"function (d) {{ return {js_source('polygon_layer')}(window.map, d, "
        f"{js_source('escape')}, {js_source('polyline')}); }}"
    )
    return f"if (window.map && window.map.petaSelect) {{ window.map.petaSelect({sel}, {make}); }}\n"


#: one marker shape per point layer, so equal colours in two layers stay distinguishable
POINT_STYLE = {
    "potensi": {"radius": 7, "stroke": "#222222", "weight": 1},
    "peluang": {"radius": 10, "stroke": "#000000", "weight": 3},
    "inovasi": {"radius": 6, "stroke": "#ffffff", "weight": 2},
}


MAP_CSS = """<style>
.peta-label,.peta-city{white-space:nowrap;pointer-events:none}
.peta-label span,.peta-city span{display:inline-block;transform:translate(-50%,-50%)}
.peta-label{font:600 11px/1.1 sans-serif;color:#111;text-shadow:0 0 3px #fff,0 0 3px #fff}
.peta-city{font:italic 700 12px/1.1 serif;color:#7a0019;letter-spacing:.04em;
  text-shadow:0 0 3px #fff,0 0 3px #fff,0 0 3px #fff}
.peta-legend details>summary{cursor:pointer;font-weight:bold}
.peta-tematik-legend i{display:inline-block;width:14px;height:12px;margin-right:6px;
  vertical-align:middle;border:1px solid #999}
.peta-tematik-title{margin-bottom:4px}
.leaflet-control-layers{font:12px/1.4 sans-serif;max-width:220px}
.peta-legend .peta-source{color:#555;font-size:11px;max-width:260px;overflow-wrap:anywhere}
.peta-fullscreen{display:flex !important;align-items:center;justify-content:center}
.leaflet-container .marker-cluster.marker-cluster-medium div{background-color:rgba(40,40,40,.8);
  color:#fff;font-weight:bold}
.leaflet-container .marker-cluster.marker-cluster-medium{background-color:rgba(40,40,40,.3)}
.foliumtooltip th{padding:2px 8px 2px 2px;text-align:left}
@media print{
.leaflet-control-zoom,.peta-fullscreen,.leaflet-bar,.leaflet-control-layers{display:none !important}
.leaflet-map-pane{zoom:.72}
.leaflet-bottom.leaflet-right{max-width:27%}
.leaflet-bottom.leaflet-right .leaflet-control{box-shadow:none !important;margin-right:0 !important}
.peta-legend details>summary{list-style:none}
}
</style>"""
