// Kecamatan names at fixed points (potensi.viz.controls.LabelLayer).
// params: {labels: [[lat, lon, html], ...]}, the html escaped by the server.
(function (map, params) {
    var group = L.layerGroup();
    params.labels.forEach(function (l) {
        L.marker([l[0], l[1]], {interactive: false, keyboard: false,
            icon: L.divIcon({className: 'peta-label', html: l[2], iconSize: null})})
         .addTo(group);
    });
    return group.addTo(map);
})
