// An inset of the whole kabupaten with a box where the main map is looking
// (potensi.viz.controls.LocatorMap). Tile-less: it works offline.
// params: {outline: GeoJSON geometry of the kabupaten}
(function (map, params) {
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
            var outline = L.geoJSON(params.outline,
                {style: {color: '#555', weight: 1, fillColor: '#bbb', fillOpacity: 0.6},
                 interactive: false}).addTo(inset);
            inset.fitBounds(outline.getBounds());
            var box = L.rectangle(map.getBounds(), {color: '#d7301f', weight: 2,
                fill: false, interactive: false}).addTo(inset);
            map.on('moveend zoomend', function () { box.setBounds(map.getBounds()); });
        }, 0);
        return div;
    };
    return control.addTo(map);
})
