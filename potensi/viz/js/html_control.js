// A Leaflet control holding static HTML, the legend (potensi.viz.controls.HtmlControl).
// params: {position: a Leaflet corner, html: the control's content, escaped by the server,
//   fit: null, or [[south, west], [north, east]] to show beside the legend}
// With fit, the map fits those bounds with the legend's measured width as right padding,
// so the legend never hides the kecamatan shown; a legend wider than 40 % of the map (a
// half-width column) starts folded to its title (a <details> element) first.
(function (map, params) {
    var control = L.control({position: params.position});
    control.onAdd = function () {
        var div = L.DomUtil.create('div', 'peta-legend');
        div.innerHTML = params.html;
        L.DomEvent.disableClickPropagation(div);
        L.DomEvent.disableScrollPropagation(div);
        return div;
    };
    control.addTo(map);
    if (params.fit) {
        var div = control.getContainer(), details = div.querySelector('details');
        var size = map.getSize();
        if (details && div.offsetWidth > 0.4 * size.x) { details.open = false; }
        var right = params.position.indexOf('right') >= 0 ? div.offsetWidth + 20 : 10;
        var left = params.position.indexOf('left') >= 0 ? div.offsetWidth + 20 : 10;
        map.fitBounds(params.fit, {paddingTopLeft: [left, 10], paddingBottomRight: [right, 10], animate: false});
    }
    return control;
})
