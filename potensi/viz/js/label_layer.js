// Kecamatan names, and the enclosed city, at fixed points (potensi.viz.controls.LabelLayer).
// params: {labels: [[lat, lon, html, kind], ...]}, the html escaped by the server; kind
// "kecamatan" or "city" (Kota Blitar: its own style, placed first).
// The names sit in their own pane above the point markers. After every layout of the
// map (zoom, pan, points added or re-clustered) each name is moved to the first of a few
// spots near its point where it covers no marker, cluster, control (the legend) or
// other name, and hidden when there is none: a name is never drawn under or over a
// marker. The container's data-labels-pending is "0" once a layout is done.
(function (map, params) {
    var pane = map.getPane('peta-labels') || map.createPane('peta-labels');
    pane.style.zIndex = 640;
    pane.style.pointerEvents = 'none';
    var group = L.layerGroup(), container = map.getContainer();
    var order = params.labels.slice().sort(function (a, b) {
        return (a[3] === 'city' ? 0 : 1) - (b[3] === 'city' ? 0 : 1); });
    var markers = order.map(function (l) {
        var css = l[3] === 'city' ? 'peta-city' : 'peta-label';
        return L.marker([l[0], l[1]], {interactive: false, keyboard: false, pane: 'peta-labels',
            icon: L.divIcon({className: css, html: '<span>' + l[2] + '</span>', iconSize: null})})
            .addTo(group);
    });
    function boxes(selector) {
        return Array.prototype.map.call(container.querySelectorAll(selector), function (e) {
            return e.getBoundingClientRect(); }).filter(function (r) { return r.width > 0 && r.height > 0; });
    }
    function hits(r, list) {
        for (var i = 0; i < list.length; i++) {
            var b = list[i];
            if (r.left < b.right && b.left < r.right && r.top < b.bottom && b.top < r.bottom) { return true; }
        }
        return false;
    }
    function layout() {
        container.dataset.labelsPending = '0';
        if (!map.hasLayer(group)) { return; }
        var obstacles = boxes('.marker-cluster, .peta-point, .leaflet-control');
        var frame = container.getBoundingClientRect();
        markers.forEach(function (m) {
            var el = m.getElement();
            if (!el) { return; }
            var span = el.firstChild;
            el.style.visibility = '';
            span.style.transform = '';
            var r = span.getBoundingClientRect(), w = r.width, h = r.height;
            var spots = [[0, 0], [0, -(h + 3)], [0, h + 3], [-(w / 2 + 14), 0], [w / 2 + 14, 0],
                [0, -2 * (h + 3)], [0, 2 * (h + 3)]];
            for (var i = 0; i < spots.length; i++) {
                var dx = spots[i][0], dy = spots[i][1];
                var box = {left: r.left + dx, right: r.right + dx, top: r.top + dy, bottom: r.bottom + dy};
                var inside = box.left >= frame.left && box.right <= frame.right &&
                    box.top >= frame.top && box.bottom <= frame.bottom;
                if (inside && !hits(box, obstacles)) {
                    span.style.transform = 'translate(calc(-50% + ' + dx + 'px), calc(-50% + ' + dy + 'px))';
                    obstacles.push(box);
                    return;
                }
            }
            el.style.visibility = 'hidden';
        });
    }
    var timer = null;
    function schedule() {
        container.dataset.labelsPending = '1';
        clearTimeout(timer);
        // after markercluster's 300 ms animation, so clusters are where they end up
        timer = setTimeout(layout, 400);
    }
    map.on('zoomend moveend resize layeradd layerremove', schedule);
    group.addTo(map);
    schedule();
    return group;
})
