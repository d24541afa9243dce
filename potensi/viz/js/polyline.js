// Decodes one Google-polyline string (1e-5 grid) into [[lat, lon], ...] in the browser:
// the compact form the server sends polygons and lines in (potensi.viz.controls). Passed
// as an argument to the layers that draw them (see potensi.viz.controls.MapScript.helpers).
(function (s) {
    var out = [], i = 0, x = 0, y = 0;
    while (i < s.length) {
        var v = [0, 0];
        for (var k = 0; k < 2; k++) {
            var r = 0, h = 0, b;
            do { b = s.charCodeAt(i++) - 63; r |= (b & 31) << h; h += 5; } while (b >= 32);
            v[k] = (r & 1) ? ~(r >> 1) : (r >> 1);
        }
        x += v[0]; y += v[1];
        out.push([x / 1e5, y / 1e5]);
    }
    return out;
})
