"""Every use of a private Streamlit or streamlit-folium internal, in one place.

Two speed-ups of the dashboard reach below the libraries' public API. Each imitates a
call the library makes itself, and each has a canary test that makes the library's
call and ours and compares them whole, so an upgrade that changes an internal fails a
test rather than silently breaking the map or undoing the fix.

Checked against: streamlit 1.67.0, streamlit-folium 0.27.4 (with folium 0.20.0 and
branca 0.8.2). ``pyproject.toml`` pins streamlit and streamlit-folium to these minor
versions with ``~=``, so a fresh install gets what was checked.

``folium_component`` — the Peta page's map, rendered once per view state and handed to
streamlit-folium's own frontend component (why: its docstring).

- ``streamlit_folium._component_func``: the declared component, called with exactly the
  keyword arguments ``st_folium`` passes it;
- ``streamlit_folium._get_html``, ``_get_header``, ``_get_map_string``: the strings
  ``st_folium`` computes from a map;
- ``streamlit_folium.get_full_id``, ``generate_js_hash``: module-level but undocumented
  (the map's element id; the component's widget key);
- branca's ``Element._children``: walked for the CSS and JS links, as ``st_folium`` does;
- the frontend's globals ``window.Streamlit`` and ``window.__GLOBAL_DATA__``
  (``returned_objects``, ``last_active_drawing``, ``previous_data``): read and written by
  ``CLICK_AT_ONCE_JS``, appended to the map script, which reports a click at once rather
  than after the frontend's 250 ms debounce;
- the component's ``feature_group`` argument: the frontend evaluates it in the map it
  keeps whenever it differs from the last one (``st_folium(feature_group_to_add=...)``
  sends the script of a folium FeatureGroup there); ``show_map(update=...)`` sends the Peta
  page's kecamatan selection there, so the map stays mounted while the choice changes.

Canary: ``tests/app/test_map_component.py`` draws the page's maps with ``st_folium`` and
with ``show_map``, captures both calls to ``_component_func`` and compares every argument
(``on_change`` by what it does; the script as st_folium's plus ``CLICK_AT_ONCE_JS``), and
checks that the installed frontend bundle still has the globals the addition uses and
still evaluates a changed ``feature_group`` on the mounted map;
``tests/e2e/test_map_page.py::test_the_map_stays_mounted_while_kecamatan_are_chosen``
sees the selection applied in the same frame;
``tests/e2e/test_map_page.py::test_a_map_click_is_reported_at_once`` times the report in
Chromium (under 250 ms from the click). If the globals go, a click is reported after the
debounce again: delete ``CLICK_AT_ONCE_JS``.

``server`` — ``python -m ui.compat.server run dashboard.py``: ``streamlit run`` with
Nagle's algorithm off (why: its docstring).

- ``streamlit.web.server.starlette.starlette_server._bind_socket(address, port, backlog)``:
  wrapped so the listening socket has ``TCP_NODELAY``; Streamlit looks it up in its module
  at bind time, so replacing the module attribute is enough.

Canary: ``tests/test_server.py`` starts a stock ``streamlit run`` and ours and asks, from
inside each server process, whether its listener and its accepted connections have
``TCP_NODELAY`` (stock: no; ours: yes); it also checks the hook's signature. Fallback: when
the hook is missing or its signature differs, the launcher warns (Indonesian and English)
and starts plain ``streamlit run``; the dashboard works, each rerun ~40 ms slower.
Both paths start Streamlit through its public entry point, the ``streamlit`` console script.

When a canary fails (after an upgrade, or when moving a pin):

1. Read what changed: the library's changelog, and its new ``st_folium`` or
   ``starlette_server`` source beside the shim.
2. If the library now does the job itself, delete the shim. When the stock tests of
   ``tests/test_server.py`` fail, stock Streamlit sets ``TCP_NODELAY``: remove
   ``server.py`` and start ``streamlit run`` in the Makefile, ``tests/e2e/conftest.py`` and
   ``benchmarks/server_rerun.py``.
3. Otherwise adapt the shim until its canary passes again, then update the versions above
   and the ``~=`` pins in ``pyproject.toml`` together.
4. If it cannot be adapted yet, keep the pins on the last checked minor version. The
   launcher already falls back on its own; the map has no fallback: call ``st_folium`` on
   the folium map in ``pages/peta.py`` (public API, ~150 ms more per rerun) until it is.
"""
