// A Leaflet control holding static HTML, the legend (potensi.viz.controls.HtmlControl).
// params: {position: a Leaflet corner, html: the control's content, escaped by the server,
//   fit: null, or [[south, west], [north, east]] to show beside the legend}
// With fit, the map fits those bounds (once the legend is styled) with the legend's
// measured width as right padding,
// so the legend never hides the kecamatan shown; a legend wider than 40 % of the map (a
// half-width column) starts folded to its title (a <details> element) first. The fit is
// kept as map.__peta.fit(bounds, animate) for the mounted selection (selection.js).
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
        // the mounted selection (selection.js) fits its bounds the same way: it sets
        // peta.target and calls peta.fit
        var div = control.getContainer(), details = div.querySelector('details');
        var peta = map.__peta = map.__peta || {layers: {}, points: [], codes: null};
        var width = 230;
        peta.target = peta.target || params.fit;
        peta.fit = function (bounds, animate) {
            var right = params.position.indexOf('right') >= 0 ? width + 20 : 10;
            var left = params.position.indexOf('left') >= 0 ? width + 20 : 10;
            map.fitBounds(bounds, {paddingTopLeft: [left, 10], paddingBottomRight: [right, 10],
                animate: !!animate});
        };
        // a first view before the style sheets apply (the legend cannot be measured yet),
        // then the fit beside the legend as it is laid out
        peta.fit(peta.target);
        var measured = function () {
            if (details && div.offsetWidth > 0.4 * map.getSize().x) { details.open = false; }
            width = div.offsetWidth;
            peta.fit(peta.target);
        };
        // Leaflet's style sheet floats the control; until it applies (the map's page may
        // be injected into a loaded frame, so no load event tells) the width is the map's
        var tries = 0;
        var wait = function () {
            if (getComputedStyle(div).cssFloat !== 'none' || ++tries > 120) { measured(); }
            else { requestAnimationFrame(wait); }
        };
        wait();
    }
    return control;
})
