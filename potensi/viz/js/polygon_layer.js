// Polygons sent compactly and drawn as one Leaflet GeoJSON layer
// (potensi.viz.controls.PolygonLayer).
// d, the parameters: {names: property names, rows: one row per feature, its properties
//   in the order of names and then its polygons as Google-polyline rings (1e-5 grid),
//   tooltip: [property, label] pairs, style, selected, highlight: Leaflet path styles,
//   zoom: null, or {min: z} (drawn from zoom z on, only features in view) or {max: z}
//   (an overview, drawn below zoom z), name: the layer's name, under which it is kept in
//   map.__peta.layers for the mounted selection (selection.js)}
// esc: escape.js; ring: polyline.js (decodes one polyline string).
// Returns the layer (or the layer group of a level-of-detail band).
(function (map, d, esc, ring) {
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
    var peta = map.__peta = map.__peta || {layers: {}, points: [], codes: null};
    peta.layers[d.name] = layer;
    if (!d.zoom) { layer.addData(features); return layer.addTo(map); }
    // level of detail by zoom: an overview layer (zoom.max) is shown below that
    // zoom; a detail layer (zoom.min) from that zoom on, and then only the features
    // in view get Leaflet layers (creating them is what costs, not the vertices)
    var group = L.layerGroup(), shownOn = null, todo = [];
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
        if (!shownOn) { return; }
        var z = shownOn.getZoom();
        if ((d.zoom.min != null && z < d.zoom.min) || (d.zoom.max != null && z >= d.zoom.max)) {
            group.removeLayer(layer);
            return;
        }
        var view = shownOn.getBounds().pad(0.25);
        todo = todo.filter(function (fb) {
            if (view.intersects(fb[1])) { layer.addData(fb[0]); return false; }
            return true;
        });
        group.addLayer(layer);
    }
    // first drawn after the page's script has fitted the map to its bounds, not at
    // the zoom the map was created with
    group.on('add', function () {
        shownOn = group._map; shownOn.on('zoomend moveend', update); setTimeout(update, 0);
    });
    group.on('remove', function () {
        if (shownOn) { shownOn.off('zoomend moveend', update); shownOn = null; }
    });
    return group.addTo(map);
})
