// A button that puts the map alone on the screen with the browser's Fullscreen API
// (potensi.viz.controls.FullscreenControl).
// params: {title: the button's tooltip}
(function (map, params) {
    var control = L.control({position: 'topleft'});
    control.onAdd = function () {
        var div = L.DomUtil.create('div', 'leaflet-bar leaflet-control');
        var a = L.DomUtil.create('a', 'peta-fullscreen', div);
        a.href = '#'; a.title = params.title;
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
    return control;
})
