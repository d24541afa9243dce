"""Leaflet layers and controls written as small templates, so no CDN plugin is needed.

folium's Fullscreen, MiniMap and MarkerCluster plugins load their code from CDNs;
here fullscreen uses the browser's Fullscreen API, the locator map is a second
tile-less Leaflet map of the kabupaten outline, and clustering uses
Leaflet.markercluster from its PyPI package, served by the dashboard.
"""

from __future__ import annotations

import json
import re

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


class HtmlControl(VerbatimScript):
    """A Leaflet control holding static HTML (the legend)."""

    _template = _template_of(
        """{% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.control({position: {{ this.position|tojson }}});
        {{ this.get_name() }}.onAdd = function () {
            var div = L.DomUtil.create('div', 'peta-legend');
            div.innerHTML = {{ this.html_json }};
            L.DomEvent.disableClickPropagation(div);
            L.DomEvent.disableScrollPropagation(div);
            return div;
        };
        {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        {% endmacro %}"""
    )

    def __init__(self, html_text: str, position: str = "bottomright") -> None:
        super().__init__()
        self._name = "HtmlControl"
        self.html = html_text
        self.html_json = js_json(html_text)
        self.position = position


_JINJA_OPEN = re.compile(r"\{(?=[{%#])")

#: HTML-escapes text in the browser, the same characters as Python's html.escape
_JS_ESCAPE = ("function (s) { return String(s == null ? '' : s).replace(/[&<>\"']/g, function (c) {"
              " return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '\"': '&quot;', \"'\": '&#x27;'}[c]; }); }")


def js_json(value: object) -> str:
    """Compact JSON that is safe inside a <script> element and inert to Jinja.

    Like jinja's ``tojson`` it escapes ``<``, ``>``, ``&`` and ``'``; unlike it, it also
    breaks up ``{{``, ``{%`` and ``{#``: branca renders every element's script output a
    second time as a Jinja template, so those sequences in data (a name typed as
    ``{{ 7*7 }}``, or a polyline string) would otherwise be evaluated on the server. In
    JSON such a pair can only occur inside a string, where ``\\u007b`` means the same.
    """
    text = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    text = (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("'", "\\u0027").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
    return _JINJA_OPEN.sub(r"\\u007b", text)


class PolygonLayer(VerbatimScript):
    """Polygons sent compactly and drawn as one Leaflet GeoJSON layer.

    Rings travel as Google-polyline strings on the 1e-5 grid (a few characters per
    vertex instead of ~20 for a GeoJSON pair) and properties as rows under one list of
    names; the browser rebuilds ordinary GeoJSON features, so Leaflet, the hover
    highlight and streamlit-folium's click report (``last_active_drawing``) see what
    folium.GeoJson would give them. Tooltip text is escaped in the browser.
    """

    _template = _template_of(
        """{% macro script(this, kwargs) %}
        var {{ this.get_name() }} = (function (d) {
            var esc = {{ this.escape }};
            function ring(s) {
                var out = [], i = 0, x = 0, y = 0;
                while (i < s.length) {
                    var v = [0, 0];
                    for (var k = 0; k < 2; k++) {
                        var r = 0, h = 0, b;
                        do { b = s.charCodeAt(i++) - 63; r |= (b & 31) << h; h += 5; } while (b >= 32);
                        v[k] = (r & 1) ? ~(r >> 1) : (r >> 1);
                    }
                    x += v[0]; y += v[1];
                    out.push([x / 1e5, y / 1e5]);
                }
                return out;
            }
            var features = d.rows.map(function (row) {
                var p = {};
                d.names.forEach(function (n, i) { p[n] = row[i]; });
                return {type: 'Feature', properties: p, geometry: {type: 'MultiPolygon',
                    coordinates: row[d.names.length].map(function (poly) { return poly.map(ring); })}};
            });
            var layer = L.geoJSON(null, {
                style: function (f) {
                    var p = f.properties, s = Object.assign({}, d.style, p.sel ? d.selected : {});
                    if (p.fill) { s.fillColor = p.fill; }
                    return s;
                },
                onEachFeature: function (f, l) {
                    l.on({mouseover: function (e) { e.target.setStyle(d.highlight); },
                          mouseout: function (e) { layer.resetStyle(e.target); }});
                }
            });
            layer.bindTooltip(function (l) {
                var div = L.DomUtil.create('div');
                div.innerHTML = '<table>' + d.tooltip.map(function (t) {
                    return '<tr><th>' + esc(t[1]) + '</th><td>' + esc(l.feature.properties[t[0]]) + '</td></tr>';
                }).join('') + '</table>';
                return div;
            }, {sticky: true, className: 'foliumtooltip'});
            if (!d.zoom) { layer.addData(features); return layer; }
            // level of detail by zoom: an overview layer (zoom.max) is shown below that
            // zoom; a detail layer (zoom.min) from that zoom on, and then only the features
            // in view get Leaflet layers (creating them is what costs, not the vertices)
            var group = L.layerGroup(), map = null, todo = [];
            if (d.zoom.min == null) {
                layer.addData(features);  // an overview is small: all of it at once
            } else {
                todo = features.map(function (f) {  // detail units not yet drawn, with their box
                    var box = L.latLngBounds([]);
                    f.geometry.coordinates.forEach(function (poly) {
                        poly[0].forEach(function (c) { box.extend([c[1], c[0]]); });
                    });
                    return [f, box];
                });
            }
            function update() {
                if (!map) { return; }
                var z = map.getZoom();
                if ((d.zoom.min != null && z < d.zoom.min) || (d.zoom.max != null && z >= d.zoom.max)) {
                    group.removeLayer(layer);
                    return;
                }
                var view = map.getBounds().pad(0.25);
                todo = todo.filter(function (fb) {
                    if (view.intersects(fb[1])) { layer.addData(fb[0]); return false; }
                    return true;
                });
                group.addLayer(layer);
            }
            // first drawn after the page's script has fitted the map to its bounds, not at
            // the zoom the map was created with
            group.on('add', function () {
                map = group._map; map.on('zoomend moveend', update); setTimeout(update, 0);
            });
            group.on('remove', function () { if (map) { map.off('zoomend moveend', update); map = null; } });
            return group;
        })({{ this.payload }});
        {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        {% endmacro %}"""
    )

    def __init__(self, names: list[str], rows: list[list], tooltip: list[tuple[str, str]],
                 style: dict, selected: dict | None = None, highlight: dict | None = None,
                 name: str = "polygons", zoom: dict[str, float] | None = None) -> None:
        """``zoom``: ``{"min": z}`` draws the layer from zoom ``z`` on, and only the
        features in view; ``{"max": z}`` draws it below ``z`` (an overview)."""
        super().__init__()
        self._name = f"PolygonLayer_{name}"
        self.escape = _JS_ESCAPE
        self.payload = js_json({"names": names, "rows": rows, "tooltip": [list(t) for t in tooltip],
                                "style": style, "selected": selected or {},
                                "highlight": highlight or {}, "zoom": zoom})


class PointLayer(VerbatimScript):
    """Points of one data layer as circle markers, clustered when dense.

    The data are compact rows (see :func:`potensi.viz.points.point_features`); tooltip
    and popup HTML are built in the browser from them by one small template, with every
    text from data escaped there.
    """

    _template = _template_of(
        """{% macro script(this, kwargs) %}
        var {{ this.get_name() }};
        {% if this.cluster %}
        // Leaflet.markercluster is fetched here, not as a blocking <script> in the head, and
        // the points are added once it is there and the polygons have been painted
        (function (done) {
            var state = window.__petaCluster = window.__petaCluster ||
                {queue: [], started: false, painted: false, loaded: !!(window.L && L.markerClusterGroup)};
            state.queue.push(done);
            function flush() {
                if (state.loaded && state.painted) { state.queue.splice(0).forEach(function (f) { f(); }); }
            }
            if (!state.started) {
                state.started = true;
                requestAnimationFrame(function () { setTimeout(function () { state.painted = true; flush(); }, 0); });
                if (!state.loaded) {
                    {{ this.css_urls|tojson }}.forEach(function (href) {
                        var link = document.createElement('link');
                        link.rel = 'stylesheet'; link.href = href; document.head.appendChild(link);
                    });
                    var script = document.createElement('script');
                    script.src = {{ this.js_url|tojson }};
                    script.onload = function () { state.loaded = true; flush(); };
                    document.head.appendChild(script);
                }
            }
            flush();
        })(function () {
        {% else %}
        setTimeout(function () {
        {% endif %}
        var geo = (function (d) {
            var esc = {{ this.escape }};
            var group = L.featureGroup();
            d.rows.forEach(function (r) {
                // r: lon, lat, category, name, kecamatan code, approximate place, facts, example
                var cat = d.cats[r[2]] || ['\u2013', '#777777'];
                var head = '<b>' + esc(r[3]) + '</b>' + (r[7] ? ' <b style="color:#b00">[' + esc(d.badge) + ']</b>' : '');
                var where = esc(cat[0]) + ' \u00b7 ' + esc('Kec. ' + d.kec[r[4]]);
                var tip = head + '<br>' + where + (r[5] ? '<br><i>' + esc(d.approx[0] + r[5] + d.approx[1]) + '</i>' : '');
                var pop = head + '<div>' + where + '</div>' + (r[6] || []).map(function (f) {
                    return '<div>' + esc(f) + '</div>'; }).join('') +
                    '<div><a href="' + esc(d.link[0] + encodeURIComponent(r[4]) + d.link[1]) +
                    '" target="_top">' + esc(d.open) + '</a></div>';
                L.circleMarker([r[1], r[0]], {radius: {{ this.radius }}, color: {{ this.stroke|tojson }},
                    weight: {{ this.weight }}, fillColor: cat[1], fillOpacity: 0.9, className: 'peta-point'})
                    .bindTooltip(tip, {sticky: true}).bindPopup(pop, {maxWidth: 320}).addTo(group);
            });
            return group;
        })({{ this.payload }});
        {% if this.cluster %}
        {{ this.get_name() }} = L.markerClusterGroup({showCoverageOnHover: false,
            maxClusterRadius: 35, spiderfyOnMaxZoom: true,
            iconCreateFunction: function (cluster) {
                return L.divIcon({html: '<div><span>' + cluster.getChildCount() + '</span></div>',
                    className: 'marker-cluster marker-cluster-{{ this.css_class }}',
                    iconSize: L.point(34, 34)});
            }});
        {{ this.get_name() }}.addLayer(geo);
        {% else %}
        {{ this.get_name() }} = geo;
        {% endif %}
        {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        {% if this.cluster %}});{% else %}}, 0);{% endif %}
        {% endmacro %}"""
    )

    def __init__(self, data: dict, name: str, cluster: bool = True, radius: int = 7,
                 css_class: str = "medium", stroke: str = "#222222", weight: int = 1) -> None:
        super().__init__()
        self._name = f"PointLayer_{name}"
        self.escape = _JS_ESCAPE
        self.payload = js_json(data)
        self.stroke = stroke
        self.weight = weight
        self.cluster = cluster
        self.radius = radius
        self.css_class = css_class
        js, css = MARKERCLUSTER.urls()
        self.js_url, self.css_urls = js[0], css


class LabelLayer(VerbatimScript):
    """Kecamatan names at fixed points (text, escaped before it gets here)."""

    _template = _template_of(
        """{% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.layerGroup();
        {{ this.labels_json }}.forEach(function (l) {
            L.marker([l[0], l[1]], {interactive: false, keyboard: false,
                icon: L.divIcon({className: 'peta-label', html: l[2], iconSize: null})})
             .addTo({{ this.get_name() }});
        });
        {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        {% endmacro %}"""
    )

    def __init__(self, labels: list[tuple[float, float, str]]) -> None:
        super().__init__()
        self._name = "LabelLayer"
        self.labels = [list(label) for label in labels]
        self.labels_json = js_json(self.labels)


class FullscreenControl(VerbatimScript):
    """A ⛶ button that puts the map alone on the screen (browser Fullscreen API)."""

    _template = _template_of(
        """{% macro script(this, kwargs) %}
        (function (map) {
            var control = L.control({position: 'topleft'});
            control.onAdd = function () {
                var div = L.DomUtil.create('div', 'leaflet-bar leaflet-control');
                var a = L.DomUtil.create('a', 'peta-fullscreen', div);
                a.href = '#'; a.title = {{ this.title|tojson }};
                a.innerHTML = '<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">' +
                    '<path d="M1 5V1h4M11 1h4v4M15 11v4h-4M5 15H1v-4" fill="none" stroke="#000" ' +
                    'stroke-width="2"/></svg>';
                a.setAttribute('role', 'button');
                L.DomEvent.on(a, 'click', function (e) {
                    L.DomEvent.preventDefault(e);
                    var box = map.getContainer();
                    if (document.fullscreenElement) { document.exitFullscreen(); }
                    else if (box.requestFullscreen) { box.requestFullscreen(); }
                });
                return div;
            };
            control.addTo(map);
            document.addEventListener('fullscreenchange', function () { map.invalidateSize(); });
        })({{ this._parent.get_name() }});
        {% endmacro %}"""
    )

    def __init__(self, title: str) -> None:
        super().__init__()
        self._name = "FullscreenControl"
        self.title = title


class LocatorMap(VerbatimScript):
    """An inset of the whole kabupaten with a box where the main map is looking.

    Tile-less on purpose: it works offline and shows where a zoomed view sits.
    """

    _template = _template_of(
        """{% macro script(this, kwargs) %}
        (function (map) {
            var control = L.control({position: 'bottomleft'});
            control.onAdd = function () {
                var div = L.DomUtil.create('div', 'peta-locator');
                div.style.cssText = 'width:130px;height:110px;background:#fff;border:1px solid #888;' +
                                    'box-shadow:0 1px 4px rgba(0,0,0,.3)';
                L.DomEvent.disableClickPropagation(div);
                setTimeout(function () {
                    var inset = L.map(div, {attributionControl: false, zoomControl: false,
                        dragging: false, scrollWheelZoom: false, doubleClickZoom: false,
                        boxZoom: false, keyboard: false, touchZoom: false});
                    var outline = L.geoJSON({{ this.outline|tojson }},
                        {style: {color: '#555', weight: 1, fillColor: '#bbb', fillOpacity: 0.6},
                         interactive: false}).addTo(inset);
                    inset.fitBounds(outline.getBounds());
                    var box = L.rectangle(map.getBounds(), {color: '#d7301f', weight: 2,
                        fill: false, interactive: false}).addTo(inset);
                    map.on('moveend zoomend', function () { box.setBounds(map.getBounds()); });
                }, 0);
                return div;
            };
            control.addTo(map);
        })({{ this._parent.get_name() }});
        {% endmacro %}"""
    )

    def __init__(self, outline: dict) -> None:
        super().__init__()
        self._name = "LocatorMap"
        self.outline = outline
