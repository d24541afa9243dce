// A Leaflet control holding static HTML, the legend (potensi.viz.controls.HtmlControl).
// params: {position: a Leaflet corner, html: the control's content, escaped by the server}
(function (map, params) {
    var control = L.control({position: params.position});
    control.onAdd = function () {
        var div = L.DomUtil.create('div', 'peta-legend');
        div.innerHTML = params.html;
        L.DomEvent.disableClickPropagation(div);
        L.DomEvent.disableScrollPropagation(div);
        return div;
    };
    return control.addTo(map);
})
