"""The main page's map reaches the browser as st_folium would send it, rendered once.

Canary of ``ui/compat/folium_component.py`` (see ``ui/compat/__init__.py``): the same map
drawn by streamlit-folium's own ``st_folium`` and by our ``show_map``, both calls to the
component captured and compared whole (ours adds only ``CLICK_AT_ONCE_JS`` to the script),
and the frontend still holding what that addition uses.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit as st
import streamlit_folium as sf

from potensi.core.layers import POINT_TABLES
from potensi.core.store import load_boundaries
from potensi.data.tables import read_rows
from potensi.views.peta import view_map, view_of
from potensi.views.state import MAP_LAYERS, ViewState
from potensi.viz.display import display_for
from potensi.viz.maps import MAP_HEIGHT
from ui.compat.folium_component import CLICK_AT_ONCE_JS, render_map, show_map


@pytest.fixture()
def map_of(seeded_store: Path):
    """A fresh folium map of the main page for a view state (built anew on each call)."""
    boundaries = load_boundaries(seeded_store)
    data = {layer: read_rows(layer, seeded_store) for layer in ("indikator", *POINT_TABLES)}

    def build(state: ViewState):
        return view_map(boundaries, data, state, display_for(boundaries, view_of(state)))

    build.kecamatan = tuple(boundaries.kecamatan.sort_values("kode").kode)
    return build


@pytest.fixture()
def default_map(map_of):
    return lambda: map_of(ViewState())


def _states(kecamatan: tuple[str, ...]) -> dict[str, ViewState]:
    return {
        "default": ViewState(),
        # one kecamatan, every layer, a basemap, English, presentation mode (taller map)
        "everything": ViewState(
            lang="en",
            kecamatan=kecamatan[:1],
            layers=MAP_LAYERS,
            basemap="osm",
            present=True,
            indikator="jumlah_desa",
        ),
    }


@pytest.mark.parametrize("view", ["default", "everything"])
def test_show_map_makes_the_call_st_folium_makes(view: str, map_of, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every argument of the component call, as the Peta page makes it, equals the one
    ``st_folium`` makes for the same map; ``on_change`` does the same thing."""
    state = _states(map_of.kecamatan)[view]
    height = MAP_HEIGHT + (120 if state.present else 0)
    calls: list[tuple[tuple, dict]] = []
    monkeypatch.setattr(sf, "_component_func", lambda *args, **kwargs: calls.append((args, kwargs)))
    session: dict[str, object] = {}
    monkeypatch.setattr(st, "session_state", session)
    clicks: list[str] = []

    sf.st_folium(
        map_of(state),
        key="peta",
        height=height,
        use_container_width=True,
        returned_objects=["last_active_drawing"],
        on_change=lambda: clicks.append("st_folium"),
    )
    show_map(
        render_map(map_of(state), key="peta"),
        height=height,
        returned_objects=["last_active_drawing"],
        on_change=lambda: clicks.append("show_map"),
    )

    assert len(calls) == 2, "st_folium no longer calls _component_func"
    (their_args, theirs), (our_args, ours) = calls
    assert their_args == our_args == ()
    their_change, our_change = theirs.pop("on_change"), ours.pop("on_change")
    assert ours.keys() == theirs.keys()
    assert ours.pop("script") == theirs.pop("script") + CLICK_AT_ONCE_JS
    for name in theirs:
        assert ours[name] == theirs[name], f"{name} differs from what st_folium sends"

    # on_change: the component's report (under the widget key) becomes st.session_state[key]
    report = {"last_active_drawing": {"properties": {"kode": "35.05.01"}}}
    for change, caller in ((their_change, "st_folium"), (our_change, "show_map")):
        session.clear()
        session[theirs["key"]] = report
        change()
        assert session == {theirs["key"]: report, "peta": report}, caller
    assert clicks == ["st_folium", "show_map"]


def test_rendered_map_is_what_st_folium_sends(default_map, monkeypatch: pytest.MonkeyPatch) -> None:
    sent = {}
    monkeypatch.setattr(sf, "_component_func", lambda **kwargs: sent.update(kwargs))
    sf.st_folium(
        default_map(), key="peta", use_container_width=True, returned_objects=["last_active_drawing"]
    )
    ours = render_map(default_map(), key="peta")
    assert ours.script == sent["script"] + CLICK_AT_ONCE_JS and ours.header == sent["header"]
    assert ours.html == sent["html"] and ours.hash_key == sent["key"]
    assert list(ours.css_links) == sent["css_links"] and list(ours.js_links) == sent["js_links"]
    assert sent["default"] == {"last_active_drawing": None}  # pan/zoom report nothing back


def test_default_view_is_small(default_map) -> None:
    """Issue target: the first view (22 kecamatan + the default point layers) ≤ 100 KB."""
    rendered = render_map(default_map(), key="peta")
    assert rendered.size <= 100 * 1024
    document = default_map().get_root().render()
    assert len(document.encode()) <= 100 * 1024


def test_the_frontend_still_has_what_the_click_report_uses() -> None:
    """``CLICK_AT_ONCE_JS`` reads streamlit-folium's frontend globals: ``window.Streamlit``,
    ``__GLOBAL_DATA__`` with ``returned_objects``, ``last_active_drawing`` and
    ``previous_data`` (the debounced report's memory), and it exists because of the 250 ms
    debounce. If a release renames them the click is reported late again (not lost: the
    frontend's own report still goes), and this test says where to look."""
    bundles = list((Path(sf.__file__).parent / "frontend" / "build" / "static" / "js").glob("main.*.js"))
    assert len(bundles) == 1
    bundle = bundles[0].read_text(encoding="utf-8")
    for used in ("window.Streamlit=", "__GLOBAL_DATA__", "returned_objects", "last_active_drawing"):
        assert used in bundle, used
    assert "previous_data" in bundle and "setComponentValue" in bundle
    assert ",250)" in bundle  # the debounce the addition works around
    for used in ("__GLOBAL_DATA__", "returned_objects", "previous_data", "Streamlit", "map_div"):
        assert used in CLICK_AT_ONCE_JS


def test_the_frontend_still_evaluates_a_changed_feature_group_on_the_mounted_map() -> None:
    """``show_map(update=...)`` (the Peta page's kecamatan selection) relies on the
    frontend evaluating the ``feature_group`` argument whenever it changed, on the map it
    already has (``window.map``), without mounting a new one."""
    bundles = list((Path(sf.__file__).parent / "frontend" / "build" / "static" / "js").glob("main.*.js"))
    bundle = bundles[0].read_text(encoding="utf-8")
    assert "feature_group=data.args.feature_group" in bundle
    assert "feature_group!==window.__GLOBAL_DATA__.last_feature_group" in bundle
    assert "eval(feature_group+layer_control)" in bundle
    assert "window.map = map_div" in bundle  # what the update script draws on
