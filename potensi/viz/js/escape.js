// HTML-escapes text in the browser: the same characters as Python's html.escape.
// Passed as the third argument to the layers that build tooltips and popups from data
// (see potensi.viz.controls.MapScript.helpers).
(function (s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
        return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;'}[c];
    });
})
