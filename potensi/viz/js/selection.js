// The kecamatan selection applied in the mounted map (potensi.viz.controls.SelectionControl).
// params: {home: [[south, west], [north, east]], the view with nothing selected,
//   click: true to apply a click on a kecamatan at once, before the server answers}
// Defines map.petaSelect(sel, make), called by the script the page sends with every
// rerun (potensi.viz.maps.selection_script) and by a click:
//   sel: {codes: selected kecamatan codes, bounds: their [[s, w], [n, e]] or null,
//         desa: PolygonLayer parameters of their desa or null};
//   make(d): draws such a polygon layer and returns it.
// A selection outlines the chosen kecamatan (the kecamatan layer's `selected` style),
// shows only their points (point_layer.js reads map.__peta.codes) and fits the map to
// them with Leaflet's zoom animation; the layers the server sends with it (make given)
// replace the previous ones. The same selection again (the server's answer to a click
// already applied) only replaces the layers: no second zoom. A click on a kecamatan, or
// on a desa drawn here (its kecamatan), is applied at once, the layers kept until the
// server's answer replaces them.
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
        if (!make) { return; }
        extra.forEach(function (l) { map.removeLayer(l); });
        extra = [];
        if (sel.desa) {
            var desa = make(sel.desa);
            if (params.click) { desa.on('click', clicked); }
            extra.push(desa);
            // the points stay above the desa drawn now (Leaflet draws later layers on top)
            map.eachLayer(function (l) {
                if (l.options && l.options.className === 'peta-point' && l.bringToFront) { l.bringToFront(); }
            });
        }
    };
    // a click: the kecamatan (a desa code starts with its kecamatan's) is selected here at
    // once; the click is also reported (streamlit-folium, CLICK_AT_ONCE_JS) and the
    // server's answer brings the desa
    function clicked(e) {
        var p = e.layer && e.layer.feature && e.layer.feature.properties;
        var kec = peta.layers.kecamatan;
        if (!p || !p.kode || !kec) { return; }
        var code = String(p.kode).slice(0, 8), hit = null;
        kec.eachLayer(function (l) { if (l.feature.properties.kode === code) { hit = l; } });
        if (!hit) { return; }
        var b = hit.getBounds();
        map.petaSelect({codes: [code], desa: null,
            bounds: [[b.getSouth(), b.getWest()], [b.getNorth(), b.getEast()]]}, null);
    }
    if (params.click && peta.layers.kecamatan) { peta.layers.kecamatan.on('click', clicked); }
    return null;
})
