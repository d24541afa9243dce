"""Leaflet layers and controls drawn by small JavaScript files, so no CDN plugin is needed.

folium's Fullscreen, MiniMap and MarkerCluster plugins load their code from CDNs;
here fullscreen uses the browser's Fullscreen API, the locator map is a second
tile-less Leaflet map of the kabupaten outline, and clustering uses
Leaflet.markercluster from its PyPI package, served by the dashboard.

The JavaScript lives in ``potensi/viz/js/*.js`` (package data, read with
:mod:`importlib.resources`) and goes inline into the map's page, one statement per
layer or control (see :class:`MapScript`)::

    var <name> = <file's function>(<parent map>, <parameters as JSON>[, <helper>...]);

Each file is one parenthesised function expression: ``(function (map, params) {...})``.
It gets the Leaflet map to draw on and one JSON object of parameters (the layer's
data and settings), adds its layer or control to the map and returns it. There are
no placeholders in the files: everything the Python side decides travels in that
object, serialised by :func:`js_json`, so it is safe in a ``<script>`` element and
inert to Jinja. Functions a file needs besides (the escape function) are other files,
passed after the parameters. A file's header comment documents its parameters.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import ClassVar

from branca.element import Element, MacroElement
from jinja2 import Template

from potensi.viz.assets import MARKERCLUSTER


def _template_of(source: str) -> Template:
    """A Jinja template of JavaScript with the indentation left out (bytes on the wire)."""
    return Template("\n".join(line.strip() for line in source.splitlines() if line.strip()))


class _Verbatim(Element):
    """Text put into the page as it is."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def render(self, **kwargs) -> str:
        return self.text


class VerbatimScript(MacroElement):
    """A MacroElement whose script goes into the page as rendered once.

    branca wraps every element's script output in a new ``Element``, which compiles
    it as a Jinja template and renders it again: for our layers that is tens of
    kilobytes of data lexed as a template on every build (a third of building the
    map), and Jinja syntax in the data would be evaluated. Rendered once, it is
    neither.
    """

    def render(self, **kwargs) -> None:
        figure = self.get_root()
        script = self._template.module.__dict__.get("script")
        if script is not None:
            figure.script.add_child(_Verbatim(script(self, kwargs)), name=self.get_name())
        for child in self._children.values():
            child.render(**kwargs)


#: where the map scripts are, as ``importlib.resources`` names them
JS_PACKAGE, JS_FOLDER = "potensi.viz", "js"
_JINJA_OPEN = re.compile(r"\{(?=[{%#])")


@cache
def js_source(name: str) -> str:
    """The function in ``potensi/viz/js/<name>.js`` as it goes into the page.

    Read through :mod:`importlib.resources`, so an installed copy (wheel, zip) finds
    it as the source tree does. Indentation, blank lines and lines that are only a
    ``//`` comment are left out: they are for whoever edits the file, not bytes for
    every map (the files hold no multi-line strings, where that would matter).
    Jinja's ``{{``, ``{%`` and ``{#`` are refused, so the code stays inert even
    where branca renders a script as a template a second time.
    """
    text = (resources.files(JS_PACKAGE) / JS_FOLDER / f"{name}.js").read_text(encoding="utf-8")
    return page_code(text, f"{name}.js")


def page_code(text: str, name: str = "script") -> str:
    """The text of a map script as the page gets it (see :func:`js_source`); raises
    ValueError unless it is one parenthesised function expression free of Jinja syntax."""
    lines = [s for line in text.splitlines() if (s := line.strip()) and not s.startswith("//")]
    code = "\n".join(lines)
    if not (code.startswith("(function (") and code.endswith("})")):
        raise ValueError(f"{name} must hold one parenthesised function expression, (function (...) {{...}})")
    if _JINJA_OPEN.search(code):
        raise ValueError(f"{name} contains Jinja syntax ({{{{, {{% or {{#), which must stay out of the page")
    return code


def js_json(value: object) -> str:
    """Compact JSON that is safe inside a <script> element and inert to Jinja.

    Like jinja's ``tojson`` it escapes ``<``, ``>``, ``&`` and ``'``; unlike it, it also
    breaks up ``{{``, ``{%`` and ``{#``: branca renders every element's script output a
    second time as a Jinja template, so those sequences in data (a name typed as
    ``{{ 7*7 }}``, or a polyline string) would otherwise be evaluated on the server. In
    JSON such a pair can only occur inside a string, where ``\\u007b`` means the same.
    """
    text = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    text = (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("'", "\\u0027")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )
    return _JINJA_OPEN.sub(r"\\u007b", text)


class MapScript(VerbatimScript):
    """A layer or control drawn by the function in ``potensi/viz/js/<js_file>.js``.

    Subclasses name the file (``js_file``) and the helper files it takes after its
    parameters (``helpers``), and pass the parameters as one JSON-able dict. Only
    the variable names (folium's, alphanumeric) are filled in by the template; the
    code and the JSON are values in it, never lexed as Jinja. streamlit-folium calls
    this ``script`` macro itself for each element, so the template stays.
    """

    _template = _template_of(
        """{% macro script(this, kwargs) %}
        var {{ this.get_name() }} = {{ this.code }}({{ this._parent.get_name() }},
        {{ this.params_json }}{{ this.helper_args }});
        {% endmacro %}"""
    )
    js_file: ClassVar[str]
    helpers: ClassVar[tuple[str, ...]] = ()

    def __init__(self, name: str, params: dict) -> None:
        super().__init__()
        self._name = name
        self.params_json = js_json(params)

    @property
    def code(self) -> str:
        """The file's function, as the page gets it."""
        return js_source(self.js_file)

    @property
    def helper_args(self) -> str:
        """The helper functions, each after a comma, for the call's argument list."""
        return "".join(f", {js_source(name)}" for name in self.helpers)


class HtmlControl(MapScript):
    """A Leaflet control holding static HTML (the legend)."""

    js_file = "html_control"

    def __init__(
        self,
        html_text: str,
        position: str = "bottomright",
        fit: list[list[float]] | None = None,
    ) -> None:
        """``fit``: [[south, west], [north, east]] the map fits beside the legend, with
        the legend's width as padding measured in the browser (it depends on the texts)."""
        super().__init__("HtmlControl", {"position": position, "html": html_text, "fit": fit})


class PolygonLayer(MapScript):
    """Polygons sent compactly and drawn as one Leaflet GeoJSON layer.

    Rings travel as Google-polyline strings on the 1e-5 grid (a few characters per
    vertex instead of ~20 for a GeoJSON pair) and properties as rows under one list of
    names; the browser rebuilds ordinary GeoJSON features, so Leaflet, the hover
    highlight and streamlit-folium's click report (``last_active_drawing``) see what
    folium.GeoJson would give them. Tooltip text is escaped in the browser.
    """

    js_file, helpers = "polygon_layer", ("escape", "polyline")

    def __init__(
        self,
        names: list[str],
        rows: list[list],
        tooltip: list[tuple[str, str]],
        style: dict,
        selected: dict | None = None,
        highlight: dict | None = None,
        name: str = "polygons",
        zoom: dict[str, float] | None = None,
    ) -> None:
        """``zoom``: ``{"min": z}`` draws the layer from zoom ``z`` on, and only the
        features in view; ``{"max": z}`` draws it below ``z`` (an overview)."""
        super().__init__(
            f"PolygonLayer_{name}",
            {
                "names": names,
                "rows": rows,
                "tooltip": [list(t) for t in tooltip],
                "style": style,
                "selected": selected or {},
                "highlight": highlight or {},
                "zoom": zoom,
                "name": name,
            },
        )


class PointLayer(MapScript):
    """Points of one data layer as circle markers, clustered when dense.

    The data are compact rows (see :func:`potensi.viz.points.point_features`); tooltip
    and popup HTML are built in the browser from them by one small function, with every
    text from data escaped there. The points are added once the polygons have been
    painted, so the page's variable for this layer stays undefined.
    """

    js_file, helpers = "point_layer", ("escape",)

    def __init__(
        self,
        data: dict,
        name: str,
        cluster: bool = True,
        radius: int = 7,
        css_class: str = "medium",
        stroke: str = "#222222",
        weight: int = 1,
    ) -> None:
        js, css = MARKERCLUSTER.urls()
        super().__init__(
            f"PointLayer_{name}",
            {
                "marker": {"radius": radius, "color": stroke, "weight": weight},
                "cluster": {"js": js[0], "css": css, "className": css_class} if cluster else None,
                "data": data,
            },
        )


class SelectionControl(MapScript):
    """The kecamatan selection, applied in the mounted map (``map.petaSelect``).

    The page keeps one map mounted per view without its selection and sends the
    selection as a small script with each rerun (:func:`potensi.viz.maps.selection_script`),
    so choosing a kecamatan restyles, filters the points and zooms in the browser
    instead of loading a new map. With ``click`` a click on a kecamatan is applied at
    once, before the server has answered.
    """

    js_file = "selection"

    def __init__(self, home: list[list[float]], click: bool = True) -> None:
        super().__init__("SelectionControl", {"home": home, "click": click})


class LabelLayer(MapScript):
    """Kecamatan names at fixed points (text, escaped before it gets here)."""

    js_file = "label_layer"

    def __init__(self, labels: list[tuple[float, float, str]]) -> None:
        super().__init__("LabelLayer", {"labels": [list(label) for label in labels]})


class FullscreenControl(MapScript):
    """A ⛶ button that puts the map alone on the screen (browser Fullscreen API)."""

    js_file = "fullscreen_control"

    def __init__(self, title: str) -> None:
        super().__init__("FullscreenControl", {"title": title})


class LocatorMap(MapScript):
    """An inset of the whole kabupaten with a box where the main map is looking.

    Tile-less on purpose: it works offline and shows where a zoomed view sits.
    """

    js_file = "locator_map"

    def __init__(self, outline: dict) -> None:
        super().__init__("LocatorMap", {"outline": outline})
