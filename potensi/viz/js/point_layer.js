// Points of one data layer as circle markers, clustered when dense
// (potensi.viz.controls.PointLayer).
// d, the parameters: {marker: {radius, color, weight} of the circles,
//   cluster: null, or {js: URL of Leaflet.markercluster, css: URLs of its style sheets,
//   className: suffix of the cluster icons' marker-cluster-* class},
//   data: the layer's rows and shared texts, see potensi.viz.points.PointFeatures}
// esc: escape.js. Returns nothing: the points are added to the map later, once the
// polygons have been painted (and Leaflet.markercluster has loaded).
// Shows only the points of the kecamatan selected in the mounted map (map.__peta.codes,
// set by selection.js; null: all), and again whenever that selection changes.
(function (map, d, esc) {
    function draw() {
        var m = d.marker, group = L.featureGroup(), data = d.data, markers = [];
        data.rows.forEach(function (r) {
            // r: lon, lat, category, name, kecamatan code, approximate place, facts, example
            var cat = data.cats[r[2]] || ['\u2013', '#777777'];
            var head = '<b>' + esc(r[3]) + '</b>' +
                (r[7] ? ' <b style="color:#b00">[' + esc(data.badge) + ']</b>' : '');
            var where = esc(cat[0]) + ' \u00b7 ' + esc('Kec. ' + data.kec[r[4]]);
            var tip = head + '<br>' + where +
                (r[5] ? '<br><i>' + esc(data.approx[0] + r[5] + data.approx[1]) + '</i>' : '');
            var pop = head + '<div>' + where + '</div>' + (r[6] || []).map(function (f) {
                return '<div>' + esc(f) + '</div>'; }).join('') +
                '<div><a href="' + esc(data.link[0] + encodeURIComponent(r[4]) + data.link[1]) +
                '" target="_top">' + esc(data.open) + '</a></div>';
            markers.push([L.circleMarker([r[1], r[0]], {radius: m.radius, color: m.color,
                weight: m.weight, fillColor: cat[1], fillOpacity: 0.9, className: 'peta-point',
                kecamatan: r[4]})
                .bindTooltip(tip, {sticky: true}).bindPopup(pop, {maxWidth: 320}), r[4]]);
        });
        if (d.cluster) {
            var clusters = L.markerClusterGroup({showCoverageOnHover: false,
                maxClusterRadius: 35, spiderfyOnMaxZoom: true,
                iconCreateFunction: function (cluster) {
                    return L.divIcon({html: '<div><span>' + cluster.getChildCount() + '</span></div>',
                        className: 'marker-cluster marker-cluster-' + d.cluster.className,
                        iconSize: L.point(34, 34)});
                }});
            group = clusters;
        }
        var peta = map.__peta = map.__peta || {layers: {}, points: [], codes: null};
        function show(codes) {
            var keep = markers.filter(function (mk) { return !codes || codes[mk[1]]; })
                .map(function (mk) { return mk[0]; });
            group.clearLayers();
            if (group.addLayers) { group.addLayers(keep); }
            else { keep.forEach(function (mk) { group.addLayer(mk); }); }
        }
        peta.points.push(show);
        show(peta.codes);
        group.addTo(map);
    }
    if (!d.cluster) { setTimeout(draw, 0); return; }
    // Leaflet.markercluster is fetched here, not as a blocking <script> in the head, and
    // the points are added once it is there and the polygons have been painted (one
    // queue for all point layers of the page)
    var state = window.__petaCluster = window.__petaCluster ||
        {queue: [], started: false, painted: false, loaded: !!(window.L && L.markerClusterGroup)};
    state.queue.push(draw);
    function flush() {
        if (state.loaded && state.painted) { state.queue.splice(0).forEach(function (f) { f(); }); }
    }
    if (!state.started) {
        state.started = true;
        requestAnimationFrame(function () { setTimeout(function () { state.painted = true; flush(); }, 0); });
        if (!state.loaded) {
            d.cluster.css.forEach(function (href) {
                var link = document.createElement('link');
                link.rel = 'stylesheet'; link.href = href; document.head.appendChild(link);
            });
            var script = document.createElement('script');
            script.src = d.cluster.js;
            script.onload = function () { state.loaded = true; flush(); };
            document.head.appendChild(script);
        }
    }
    flush();
})
