// The kecamatan selection applied in the mounted map (potensi.viz.controls.SelectionControl).
// params: {home: [[south, west], [north, east]], the view with nothing selected,
//   click: true to apply a click on a kecamatan at once, before the server answers}
// Defines map.petaSelect(sel, make), called by the script the page sends with every
// rerun (potensi.viz.selection.selection_script) and by a click:
//   sel: {codes: selected kecamatan codes, bounds: their [[s, w], [n, e]] or null,
//         desa: PolygonLayer parameters of their desa or null};
//   make(d): draws such a polygon layer and returns it.
// A selection outlines the chosen kecamatan (the kecamatan layer's `selected` style),
// shows only their points (point_layer.js reads map.__peta.codes) and fits the map to
// them with Leaflet's zoom animation; the layers sent with it replace the previous ones.
// The same selection again (the server's answer to a click already applied) only
// replaces the layers: no second zoom.
(function (map, params) {
    var peta = map.__peta = map.__peta || {layers: {}, points: [], codes: null};
    var current = '[]', extra = [];
    function restyle(codes) {
        var kec = peta.layers.kecamatan;
        if (!kec) { return; }
        kec.eachLayer(function (l) { l.feature.properties.sel = codes[l.feature.properties.kode] ? 1 : 0; });
        kec.resetStyle();
    }
    map.petaSelect = function (sel, make) {
        extra.forEach(function (l) { map.removeLayer(l); });
        extra = [];
        var key = JSON.stringify(sel.codes), first = !peta.mounted;
        peta.mounted = true;
        if (key !== current) {
            current = key;
            var codes = {};
            sel.codes.forEach(function (c) { codes[c] = true; });
            restyle(codes);
            peta.codes = sel.codes.length ? codes : null;
            peta.points.forEach(function (show) { show(peta.codes); });
            peta.target = sel.bounds || params.home;
            if (peta.fit) { peta.fit(peta.target, !first); }
            else { map.fitBounds(peta.target, {animate: !first}); }
        }
        if (sel.desa && make) { extra.push(make(sel.desa)); }
        // the points stay above the desa drawn now (Leaflet draws later layers on top)
        if (extra.length) {
            map.eachLayer(function (l) {
                if (l.options && l.options.className === 'peta-point' && l.bringToFront) { l.bringToFront(); }
            });
        }
    };
    var kec = peta.layers.kecamatan;
    if (params.click && kec) {
        // a click on a kecamatan is applied here at once; the server's answer (the click
        // is reported by streamlit-folium, see CLICK_AT_ONCE_JS) brings its desa
        kec.on('click', function (e) {
            var p = e.layer && e.layer.feature && e.layer.feature.properties;
            if (!p || !p.kode) { return; }
            var b = e.layer.getBounds();
            map.petaSelect({codes: [p.kode], desa: null,
                bounds: [[b.getSouth(), b.getWest()], [b.getNorth(), b.getEast()]]}, null);
        });
    }
    return null;
})
