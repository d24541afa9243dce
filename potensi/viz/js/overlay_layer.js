// Thematic layers (lapisan tematik) in a layer control, off until switched on, with a
// legend of the layers shown (potensi.viz.overlays.OverlayLayer). The switch sits top left,
// under the zoom buttons, clear of the choropleth's legend (bottom right, often tall).
// d, the parameters: {title: the control's heading (escaped by the server),
//   overlays: [{id, name: the switch's label (escaped HTML), legend: its legend block
//   (escaped HTML), rows: [[kind "P"|"L"|"T", colour, label (raw text), parts]]}]}; parts
//   are Google-polyline strings (1e-5 grid): polygons → rings, or lines, or one string of points
// esc: escape.js; ring: polyline.js (decodes one polyline string).
// Returns the layer control.
(function (map, d, esc, ring) {
    if (!map.getPane('tematik')) { map.createPane('tematik').style.zIndex = 410; }
    var groups = {}, legends = {};
    var legend = L.control({position: 'bottomleft'});
    legend.onAdd = function () {
        var div = L.DomUtil.create('div', 'peta-legend peta-tematik-legend');
        div.style.display = 'none';
        L.DomEvent.disableClickPropagation(div);
        L.DomEvent.disableScrollPropagation(div);
        return div;
    };
    legend.addTo(map);
    function redraw() {
        var div = legend.getContainer(), html = '';
        d.overlays.forEach(function (o) { if (map.hasLayer(groups[o.id])) { html += o.legend; } });
        div.innerHTML = html;
        div.style.display = html ? '' : 'none';
    }
    var named = {};
    d.overlays.forEach(function (o) {
        var features = o.rows.map(function (row) {
            var geometry;
            if (row[0] === 'P') {
                geometry = {type: 'MultiPolygon', coordinates: row[3].map(function (p) { return p.map(ring); })};
            } else if (row[0] === 'L') {
                geometry = {type: 'MultiLineString', coordinates: row[3].map(ring)};
            } else {
                geometry = {type: 'MultiPoint', coordinates: ring(row[3][0] || '')};
            }
            return {type: 'Feature', properties: {colour: row[1], label: row[2]}, geometry: geometry};
        });
        var layer = L.geoJSON(features, {
            pane: 'tematik',
            style: function (f) {
                return {color: f.properties.colour, fillColor: f.properties.colour, weight: 3,
                        opacity: 0.95, fillOpacity: 0.45};
            },
            pointToLayer: function (f, latlng) {
                return L.circleMarker(latlng, {pane: 'tematik', radius: 3});
            }
        });
        layer.bindTooltip(function (l) {
            return '<b>' + o.name + '</b><br>' + esc(l.feature.properties.label);
        }, {sticky: true, className: 'foliumtooltip'});
        groups[o.id] = L.layerGroup([layer]);
        named['<span class="peta-tematik" data-id="' + esc(o.id) + '">' + o.name + '</span>'] = groups[o.id];
    });
    var control = L.control.layers(null, named, {collapsed: false, position: 'topleft'});
    control.addTo(map);
    var box = control.getContainer();
    var head = L.DomUtil.create('div', 'peta-tematik-title');
    head.innerHTML = d.title;
    box.insertBefore(head, box.firstChild);
    map.on('overlayadd overlayremove', redraw);
    return control;
})
