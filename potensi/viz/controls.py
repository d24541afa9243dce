"""Leaflet layers and controls written as small templates, so no CDN plugin is needed.

folium's Fullscreen, MiniMap and MarkerCluster plugins load their code from CDNs;
here fullscreen uses the browser's Fullscreen API, the locator map is a second
tile-less Leaflet map of the kabupaten outline, and clustering uses
Leaflet.markercluster from its PyPI package, served by the dashboard.
"""

from __future__ import annotations

from branca.element import MacroElement
from folium.elements import JSCSSMixin
from jinja2 import Template

from potensi.viz.assets import MARKERCLUSTER


class HtmlControl(MacroElement):
    """A Leaflet control holding static HTML (the legend)."""

    _template = Template(
        """{% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.control({position: {{ this.position|tojson }}});
        {{ this.get_name() }}.onAdd = function () {
            var div = L.DomUtil.create('div', 'peta-legend');
            div.innerHTML = {{ this.html|tojson }};
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
        self.position = position


class PointLayer(JSCSSMixin, MacroElement):
    """Points of one GeoJSON collection as circle markers, clustered when dense.

    One GeoJSON layer per data layer (not one marker object per point). Tooltip and
    popup HTML come pre-escaped in each feature's properties.
    """

    _template = Template(
        """{% macro script(this, kwargs) %}
        var {{ this.get_name() }}_data = {{ this.data|tojson }};
        var {{ this.get_name() }}_geo = L.geoJSON({{ this.get_name() }}_data, {
            pointToLayer: function (feature, latlng) {
                var p = feature.properties;
                return L.circleMarker(latlng, {radius: {{ this.radius }}, color: {{ this.stroke|tojson }},
                    weight: {{ this.weight }}, fillColor: p.colour, fillOpacity: 0.9,
                    className: 'peta-point'});
            },
            onEachFeature: function (feature, layer) {
                layer.bindTooltip(feature.properties.tooltip, {sticky: true});
                layer.bindPopup(feature.properties.popup, {maxWidth: 320});
            }
        });
        {% if this.cluster %}
        var {{ this.get_name() }} = L.markerClusterGroup({showCoverageOnHover: false,
            maxClusterRadius: 35, spiderfyOnMaxZoom: true,
            iconCreateFunction: function (cluster) {
                return L.divIcon({html: '<div><span>' + cluster.getChildCount() + '</span></div>',
                    className: 'marker-cluster marker-cluster-{{ this.css_class }}',
                    iconSize: L.point(34, 34)});
            }});
        {{ this.get_name() }}.addLayer({{ this.get_name() }}_geo);
        {% else %}
        var {{ this.get_name() }} = {{ this.get_name() }}_geo;
        {% endif %}
        {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        {% endmacro %}"""
    )

    def __init__(self, data: dict, name: str, cluster: bool = True, radius: int = 7,
                 css_class: str = "medium", stroke: str = "#222222", weight: int = 1) -> None:
        super().__init__()
        self._name = f"PointLayer_{name}"
        self.data = data
        self.stroke = stroke
        self.weight = weight
        self.cluster = cluster
        self.radius = radius
        self.css_class = css_class
        js, css = MARKERCLUSTER.urls()
        self.default_js = [("markercluster", js[0])] if cluster else []
        self.default_css = ([("markercluster_css", css[0]), ("markercluster_default_css", css[1])]
                            if cluster else [])


class LabelLayer(MacroElement):
    """Kecamatan names at fixed points (text, escaped before it gets here)."""

    _template = Template(
        """{% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.layerGroup();
        {{ this.labels|tojson }}.forEach(function (l) {
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


class FullscreenControl(MacroElement):
    """A ⛶ button that puts the map alone on the screen (browser Fullscreen API)."""

    _template = Template(
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


class LocatorMap(MacroElement):
    """An inset of the whole kabupaten with a box where the main map is looking.

    Tile-less on purpose: it works offline and shows where a zoomed view sits.
    """

    _template = Template(
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
