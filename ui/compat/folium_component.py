"""streamlit-folium's component, fed with a map rendered once and kept.

``st_folium`` renders the whole folium map to HTML and JavaScript on every rerun
(``get_root().render()``, a second pass per element, regexes over the script, a
SHA-256 of it and ``get_bounds`` over every coordinate): ~150 ms per rerun on the
Blitar map even when nothing on it changed. :func:`render_map` does the same steps
once and returns plain strings that the page caches per view state;
:func:`show_map` hands them to the very same frontend component, so the browser
receives what ``st_folium`` would send (same iframe, same click reports, but sent at
once) and a rerun that does not change the map costs only the component call.

One addition to what ``st_folium`` sends: :data:`CLICK_AT_ONCE_JS`, appended to the map
script, reports a click on a map feature at once. streamlit-folium's frontend debounces
every report by 250 ms (``debounce(updateComponentValue, 250)``), so a click on a
kecamatan waited a quarter of a second before anything was sent (``benchmarks/feel.py``
measured 267 ms from the click to the first websocket message).

Relies on streamlit-folium's private helpers and component (listed in
``ui/compat/__init__.py``); ``tests/app/test_map_component.py`` compares the whole
component call with the one ``st_folium`` makes for the same map, so an upgrade that
changes them fails loudly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

import folium
import streamlit as st
import streamlit_folium as sf

#: Runs in the map's iframe, after the map script (whose map variable the frontend names
#: ``map_div``). A click anywhere in the map: once Leaflet's handlers have run (among them
#: streamlit-folium's ``onLayerClick``, which stores the clicked feature in
#: ``__GLOBAL_DATA__.last_active_drawing``), send the report the frontend's debounced
#: ``updateComponentValue`` would send 250 ms later, built the same way (only the
#: returned objects, and only when they changed), and record it as ``previous_data`` so
#: the debounced call then finds nothing new and sends nothing. Reports only
#: ``last_active_drawing`` (all the page asks for); with other returned objects it leaves
#: the frontend alone.
CLICK_AT_ONCE_JS = """
(function () {
  function report() {
    var g = window.__GLOBAL_DATA__, S = window.Streamlit;
    if (!g || !S || !g.returned_objects) return;
    if (g.returned_objects.length !== 1 || g.returned_objects[0] !== 'last_active_drawing') return;
    var data = {last_active_drawing: g.last_active_drawing};
    if (JSON.stringify(g.previous_data) === JSON.stringify(data)) return;
    g.previous_data = data;
    S.setComponentValue(data);
  }
  map_div.getContainer().addEventListener('click', function () { setTimeout(report, 0); }, true);
})();
"""


@dataclass(frozen=True)
class RenderedMap:
    """The strings streamlit-folium's frontend draws a map from."""

    script: str
    header: str
    html: str
    map_id: str
    css_links: tuple[str, ...]
    js_links: tuple[str, ...]
    key: str
    hash_key: str  # the component's widget key: changes with the map, not with reruns

    @property
    def size(self) -> int:
        """Bytes the browser receives for the map (script, header and body)."""
        return len(self.script.encode()) + len(self.header.encode()) + len(self.html.encode())


def render_map(fmap: folium.Map, key: str) -> RenderedMap:
    """What ``st_folium(fmap, key=key)`` computes before calling the component, done once."""
    fmap.get_root().render()
    fmap.render()
    html = sf._get_html(fmap)
    header = sf._get_header(fmap)
    script = sf._get_map_string(fmap)
    # the widget key: st_folium's, from its script (our addition is the same for every map)
    hash_key = sf.generate_js_hash(script, key, False)
    script += CLICK_AT_ONCE_JS
    css: list[str] = []
    js: list[str] = []
    for element in _walk(fmap):
        css.extend(href for _, href in getattr(element, "default_css", []))
        js.extend(src for _, src in getattr(element, "default_js", []))
    return RenderedMap(
        script,
        header,
        html,
        sf.get_full_id(fmap),
        tuple(dict.fromkeys(css)),
        tuple(dict.fromkeys(js)),
        key,
        hash_key,
    )


def _walk(element):
    if isinstance(element, folium.elements.JSCSSMixin):
        yield element
    for child in getattr(element, "_children", {}).values():
        yield from _walk(child)


def show_map(
    rendered: RenderedMap,
    height: int,
    returned_objects: Iterable[str] = ("last_active_drawing",),
    on_change: Callable[[], None] | None = None,
    update: str | None = None,
) -> dict:
    """Draw a rendered map with streamlit-folium's component (full container width).

    Only ``returned_objects`` are reported back, so panning and zooming (bounds, zoom,
    centre) never rerun the script; ``st.session_state[key]`` holds the last report,
    as with ``st_folium``
    (the key is the one given to :func:`render_map`).

    ``update``: a script run in the mounted map whenever it differs from the last one
    (the page's kecamatan selection). It travels as the component's ``feature_group``
    argument, which streamlit-folium's frontend evaluates on a map it keeps, as it does
    for ``st_folium(feature_group_to_add=...)``; the map itself stays mounted as long as
    the rendered map (its key) is the same.
    """
    returned = list(returned_objects)
    hash_key = rendered.hash_key

    def _on_change() -> None:
        st.session_state[rendered.key] = st.session_state.get(hash_key, {})
        if on_change is not None:
            on_change()

    return sf._component_func(
        script=rendered.script,
        header=rendered.header,
        html=rendered.html,
        id=rendered.map_id,
        key=hash_key,
        height=height,
        width=None,
        returned_objects=returned,
        default={name: None for name in returned},
        zoom=None,
        center=None,
        feature_group=update,
        return_on_hover=False,
        layer_control=None,
        pixelated=False,
        css_links=list(rendered.css_links),
        js_links=list(rendered.js_links),
        on_change=_on_change,
        wrap_longitude=False,
    )
