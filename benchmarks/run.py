"""Peta Potensi benchmark: payload, build, rerun and time-to-map, ours vs naive vs floors.

Run: ``make bench`` (or ``python benchmarks/run.py [--quick] [--scales ...]``). Every
figure of a row is measured in the same run, side by side, so ratios hold on a noisy
shared machine: medians of several repetitions with min–max. Nothing here asserts a
speed; CI runs ``--quick`` only to prove the script works.

Scales: Kabupaten Blitar's 22 kecamatan and 248 desa, Jawa Timur's 666 kecamatan and
8,494 desa (built from the mirror, cached in benchmarks/.cache).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import http.server
import json
import os
import re
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import folium
import geopandas as gpd
import shapely

# this folder (scales, server_rerun), then this checkout's own packages ahead of any installed
# copy: a second work tree sharing one editable install benchmarks its own code, not the other's
sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent)]
from scales import jatim_layers, jatim_regions, upstream_layers  # noqa: E402
from server_rerun import server_rerun_figures  # noqa: E402

from potensi.core.config import REPO_ROOT  # noqa: E402
from potensi.core.layers import POINT_TABLES  # noqa: E402
from potensi.core.store import load_boundaries  # noqa: E402
from potensi.views.peta import view_map, view_of  # noqa: E402
from potensi.views.state import ViewState  # noqa: E402
from potensi.viz.assets import VENDOR_DIR, install_assets  # noqa: E402
from potensi.viz.choropleth import choropleth_for  # noqa: E402
from potensi.viz.display import (  # noqa: E402
    LEVEL_OF_DETAIL,  # noqa: E402
    display_for,  # noqa: E402
    simplify_coverage,
    tolerance_for_view,
    vertex_count,
)
from potensi.viz.maps import build_kecamatan_map  # noqa: E402

MIRROR = Path(
    os.environ.get("PETA_GEODATA_MIRROR") or REPO_ROOT.parent / "shared" / "geodata" / "wilayah_boundaries"
)
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
LEAFLET_CDN = "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet"
#: the scale whose "ours" is the main page's real first view (with point layers)
DEFAULT_VIEW = "Blitar 22 kecamatan"


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float, float]:
    """(median, min, max) seconds of ``repeat`` calls."""
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs), min(runs), max(runs)


def fmt(t: tuple[float, float, float], digits: int = 0) -> str:
    """Milliseconds with min–max."""
    a, b, c = (f"{x * 1000:.{digits}f}" for x in t)
    return f"{a} ms ({b}–{c})"


# -- the three ways to build a map --------------------------------------------------
#: polygons only (points are drawn as paths too, with this class)
POLYGONS = "path.leaflet-interactive:not(.peta-point)"


#: scales drawn with level of detail by zoom: this scale's units while zoomed out, the
#: row's own units from DETAIL_ZOOM on (and only those in view)
OVERVIEW = {"Jatim 8.494 desa": "Jatim 666 kecamatan"}
DETAIL_ZOOM = 10


def simplified(units: gpd.GeoDataFrame, tolerance: float) -> gpd.GeoDataFrame:
    return units.set_geometry(
        gpd.GeoSeries(simplify_coverage(units.geometry.to_numpy(), tolerance), crs=units.crs)
    )


def ours_html(units: gpd.GeoDataFrame, tolerance: float, overview: gpd.GeoDataFrame | None = None) -> str:
    """Our way for a bare scale: coverage-simplified geometry, compact layer, local Leaflet
    (with ``overview``: level of detail by zoom, see ``build_kecamatan_map``)."""
    display = simplified(units, tolerance)
    values = display.assign(luas_km2=display.to_crs(32749).area / 1e6)
    choropleth = choropleth_for(values.assign(jumlah_desa=0), "luas", "id")
    return (
        build_kecamatan_map(display, choropleth, overview=overview, detail_zoom=DETAIL_ZOOM)
        .get_root()
        .render()
    )


def default_view_html(boundaries, data: dict, display=None) -> str:
    """The main page's map as a person first opens it (ViewState()), built by the same
    function the page uses (``mapdata.view_map``): 22 kecamatan and the default point
    layers. ``display=None`` includes the simplification (cold)."""
    state = ViewState()
    display = display_for(boundaries, view_of(state)) if display is None else display
    return view_map(boundaries, data, state, display).get_root().render()


def naive_html(units: gpd.GeoDataFrame) -> str:
    """How a tutorial does it: full-resolution GeoJSON straight into folium, no cache."""
    fmap = folium.Map(location=[units.total_bounds[1], units.total_bounds[0]], zoom_start=9)
    folium.GeoJson(
        units[["kode", "nama", "geometry"]], tooltip=folium.GeoJsonTooltip(fields=["nama", "kode"])
    ).add_to(fmap)
    return fmap.get_root().render()


def floor_html(geojson: dict, points: list[list[float]] = ()) -> str:
    """The browser's floor: plain Leaflet drawing the same simplified GeoJSON (and the
    same points as plain circle markers, unclustered)."""
    return (
        "<!doctype html><html><head><link rel=stylesheet href='/vendor/leaflet/leaflet.css'>"
        "<script src='/vendor/leaflet/leaflet.js'></script><style>#m{height:600px}</style>"
        "</head><body><div id=m></div><script>var m=L.map('m');var g=L.geoJSON("
        + json.dumps(geojson)
        + ",{style:{weight:1}}).addTo(m);m.fitBounds(g.getBounds());"
        + json.dumps(list(points))
        + ".forEach(function(p){L.circleMarker([p[1],p[0]],"
        "{radius:7,className:'peta-point'}).addTo(m);});"
        "</script></body></html>"
    )


def localise(html: str) -> str:
    """Point CDN and dashboard asset URLs at the local benchmark server (no internet).

    folium's default page also loads jQuery, Bootstrap and Font Awesome from CDNs; a
    GeoJSON map does not need them, and offline each would stall the page on a DNS
    failure (seconds), so they are dropped: the naive page is timed at its best.
    """
    html = html.replace(LEAFLET_CDN + ".js", "/vendor/leaflet/leaflet.js")
    html = html.replace(LEAFLET_CDN + ".css", "/vendor/leaflet/leaflet.css")
    html = re.sub(r'<script src="https?://[^"]*"></script>', "", html)
    html = re.sub(r'<link rel="stylesheet" href="https?://[^"]*"/>', "", html)
    return html.replace("/app/static/vendor/", "/vendor/")


# -- the browser -------------------------------------------------------------------
class Server:
    """A static HTTP server on 127.0.0.1 for the generated pages and the vendor files."""

    def __init__(self, root: Path) -> None:
        (root / "vendor").symlink_to(VENDOR_DIR, target_is_directory=True)
        handler = functools.partial(_Quiet, directory=str(root))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def close(self) -> None:
        self.httpd.shutdown()


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def time_to_map(
    browser,
    url: str,
    n_paths: int,
    repeat: int,
    frame: str | None = None,
    timeout_ms: int = 120_000,
    points: bool = False,
) -> tuple[float, float, float]:
    """Navigation start until ``n_paths`` polygons are in the DOM (with ``points``: and the
    point layers too — a cluster icon or a point marker)."""
    condition = f"document.querySelectorAll('{POLYGONS}').length >= {n_paths}"
    if points:
        condition += " && document.querySelectorAll('.marker-cluster, path.peta-point').length > 0"
    runs = []
    for _ in range(repeat):
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        start = time.perf_counter()
        page.goto(url, wait_until="commit")
        if frame:
            page.frame_locator(frame).locator(POLYGONS).nth(n_paths - 1).wait_for(
                state="attached", timeout=timeout_ms
            )
        else:
            page.wait_for_function(condition, timeout=timeout_ms)
        runs.append(time.perf_counter() - start)
        page.close()
    return statistics.median(runs), min(runs), max(runs)


def time_to_detail(
    browser, url: str, n_overview: int, bounds, n_detail: int, repeat: int
) -> tuple[float, float, float]:
    """With level of detail by zoom: once the overview is drawn, zoom the map to
    ``bounds``; time until at least ``n_detail`` units of the detail layer are drawn."""
    runs = []
    minx, miny, maxx, maxy = (float(v) for v in bounds)
    for _ in range(repeat):
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(url, wait_until="commit")
        page.wait_for_function(
            f"document.querySelectorAll('{POLYGONS}').length >= {n_overview}", timeout=120_000
        )
        start = time.perf_counter()
        page.evaluate(f"""() => {{ const name = Object.keys(window).find(k => k.startsWith('map_')
                                        && window[k] instanceof L.Map);
            window[name].fitBounds([[{miny}, {minx}], [{maxy}, {maxx}]]); }}""")
        # the overview is removed at the detail zoom, so every path left is a detail unit
        page.wait_for_function(
            f"document.querySelectorAll('{POLYGONS}').length >= {n_detail}", timeout=120_000
        )
        runs.append(time.perf_counter() - start)
        page.close()
    return statistics.median(runs), min(runs), max(runs)


# -- Streamlit reruns ----------------------------------------------------------------
class _Clock:
    """Wall time spent inside some functions of the page, per rerun (a breakdown)."""

    def __init__(self) -> None:
        self.spent: dict[str, list[float]] = {}
        self._undo: list[tuple[object, str, object]] = []

    def wrap(self, module: object, name: str, label: str) -> None:
        original = getattr(module, name)

        def timed_call(*args, **kwargs):
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.spent.setdefault(label, []).append(time.perf_counter() - start)

        setattr(module, name, timed_call)
        self._undo.append((module, name, original))

    def restore(self) -> None:
        for module, name, original in reversed(self._undo):
            setattr(module, name, original)


def rerun_figures(store: Path, repeat: int, breakdown_runs: int = 5) -> dict[str, object]:
    """Reruns after a filter change vs the rerun of an empty Streamlit script (AppTest).

    ``filter``: the kecamatan filter flips between two values, so after the first time
    each view's map is in the page's cache (the common case: back and forth between
    views); ``filter_new``: the map cache is emptied before each change, so the map is
    built and rendered (a view not seen since the server started). The breakdown and the
    compile time take at least ``breakdown_runs`` reruns each (one in ``--quick``).
    """
    import streamlit as st
    from streamlit.runtime.scriptrunner.script_cache import ScriptCache
    from streamlit.testing.v1 import AppTest

    if str(REPO_ROOT) not in sys.path:  # the page's own modules (AppTest adds it only while running)
        sys.path.insert(0, str(REPO_ROOT))
    import ui.compat.folium_component
    import ui.page
    import ui.peta

    os.environ["PETA_STORE"] = str(store)
    app = AppTest.from_file(str(REPO_ROOT / "dashboard.py"), default_timeout=300).run()
    codes = ["35.05.03", "35.05.13"]
    state = {"i": 0}

    def change_filter() -> None:
        state["i"] += 1
        app.multiselect(key="f_kecamatan").set_value([codes[state["i"] % 2]]).run()

    def change_filter_new() -> None:
        ui.peta.peta_map.clear()
        change_filter()

    def change_indicator() -> None:
        state["i"] += 1
        app.multiselect(key="f_kecamatan").set_value([])
        app.selectbox(key="f_indikator").set_value(["luas", "jumlah_desa"][state["i"] % 2]).run()

    empty = AppTest.from_string("import streamlit as st\nst.write('x')").run()
    for _ in range(2):  # both views' maps in the cache, as after a first visit
        change_filter()
    figures: dict[str, object] = {
        "filter": timed(change_filter, repeat),
        "filter_new": timed(change_filter_new, repeat),
        "indicator": timed(change_indicator, repeat),
        "empty": timed(lambda: empty.run(), repeat),
    }
    # where a cached filter rerun goes: time inside the page's parts, per rerun
    clock = _Clock()
    clock.wrap(ui.page, "sidebar", "sidebar widgets")
    clock.wrap(ui.page, "_shared", "store frames (cached)")
    clock.wrap(ui.peta, "peta_map", "map lookup (cached)")
    clock.wrap(ui.compat.folium_component, "show_map", "map component call")
    clock.wrap(st, "dataframe", "desa table (st.dataframe)")
    total = []
    try:
        for _ in range(max(repeat, breakdown_runs)):
            start = time.perf_counter()
            change_filter()
            total.append(time.perf_counter() - start)
    finally:
        clock.restore()
    # AppTest compiles the scripts again on every run (a new ScriptCache per run);
    # `streamlit run` keeps the bytecode, so this part is a test-harness cost
    compile_runs = []
    for _ in range(breakdown_runs):
        start = time.perf_counter()
        cache = ScriptCache()
        for script in (REPO_ROOT / "dashboard.py", REPO_ROOT / "pages" / "peta.py"):
            cache.get_bytecode(str(script))
        compile_runs.append(time.perf_counter() - start)
    breakdown = {label: statistics.median(values) for label, values in clock.spent.items()}
    breakdown["script compile (AppTest only)"] = statistics.median(compile_runs)
    breakdown["rest: navigation, other elements, AppTest"] = max(
        0.0, statistics.median(total) - sum(breakdown.values())
    )
    figures["breakdown"] = {"total": statistics.median(total), **breakdown}
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one repetition, Blitar scales only")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = parser.parse_args(argv)
    repeat = 1 if args.quick else args.repeat
    install_assets()

    from potensi.boundaries.build import build_region
    from potensi.data.seed import seed_store

    work = Path(tempfile.mkdtemp(prefix="peta-bench-"))
    store = work / "peta.gpkg"
    build_region("35.05", store=store, mirror=MIRROR, progress=lambda _m: None)
    seed_store(store, progress=lambda _m: None)
    blitar = load_boundaries(store)
    from potensi.data.tables import read_rows

    data = {layer: read_rows(layer, store) for layer in ("indikator", *POINT_TABLES)}
    scales = {DEFAULT_VIEW: blitar.kecamatan, "Blitar 248 desa": blitar.desa}
    raw_kec, raw_desa = upstream_layers(MIRROR, ["35.05"])
    upstream = {DEFAULT_VIEW: raw_kec, "Blitar 248 desa": raw_desa}
    if not args.quick:
        kec, desa = jatim_layers(MIRROR, jatim_regions())
        scales["Jatim 666 kecamatan"] = kec
        scales["Jatim 8.494 desa"] = desa
        raw_kec, raw_desa = upstream_layers(MIRROR, jatim_regions())
        upstream["Jatim 666 kecamatan"] = raw_kec
        upstream["Jatim 8.494 desa"] = raw_desa

    root = work / "www"
    root.mkdir()
    server = Server(root)
    from playwright.sync_api import sync_playwright

    results = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        for name, units in scales.items():
            units = units.sort_values("kode").reset_index(drop=True)
            raw = upstream[name].sort_values("kode").reset_index(drop=True)
            default_view = name == DEFAULT_VIEW
            if default_view:  # the real first view: the page's display geometry and points
                display = display_for(blitar, view_of(ViewState()))
                simple = display[1].geometry.to_numpy()
                tolerance = LEVEL_OF_DETAIL["kabupaten"]
                ours = default_view_html(blitar, data, display)
                points = [row[:2] for layer in _points(blitar, data) for row in layer.data["rows"]]
            else:
                tolerance = tolerance_for_view(units.total_bounds)
                overview = (
                    simplified(scales[OVERVIEW[name]], tolerance) if OVERVIEW.get(name) in scales else None
                )
                ours = ours_html(units, tolerance, overview)
                simple = simplify_coverage(units.geometry.to_numpy(), tolerance)
                points = []
            naive = naive_html(raw)
            floor = floor_html(json.loads(gpd.GeoSeries(simple, crs=units.crs).to_json()), points)
            slug = name.split()[0].lower() + str(len(units))
            for kind, html in (("ours", ours), ("naive", naive), ("floor", floor)):
                (root / f"{slug}-{kind}.html").write_text(localise(html), encoding="utf-8")
            display_units = units.set_geometry(gpd.GeoSeries(simple, crs=units.crs))
            choropleth = choropleth_for(display_units.assign(luas_km2=1.0, jumlah_desa=0), "luas", "id")
            if default_view:
                cold = timed(lambda: default_view_html(blitar, data), repeat)
                warm = timed(lambda: default_view_html(blitar, data, display), repeat)
            else:
                cold = timed(lambda: ours_html(units, tolerance, overview), repeat)
                warm = timed(
                    lambda: (
                        build_kecamatan_map(
                            display_units, choropleth, overview=overview, detail_zoom=DETAIL_ZOOM
                        )
                        .get_root()
                        .render()
                    ),
                    repeat,
                )
            row = {
                "units": len(units),
                "what": (
                    "default view: kecamatan + default point layers" if default_view else "polygons only"
                ),
                "tolerance_deg": tolerance,
                "payload_ours": len(ours.encode()),
                "payload_naive": len(naive.encode()),
                "payload_floor": len(floor.encode()),
                "points": len(points),
                "vertices_ours": int(shapely.get_num_coordinates(simple).sum()),
                "vertices_naive": vertex_count(raw),
                "coverage_valid": bool(shapely.coverage_is_valid(simple)),
                "build_cold": cold,
                "build_warm": warm,
                "build_naive": timed(lambda: naive_html(raw), repeat),
            }
            n = len(units)
            # what each page draws first: with level of detail, ours draws the overview
            drawn = {"ours": n if default_view or overview is None else len(overview)}
            row["drawn_ours"] = drawn["ours"]
            # interleaved (ours, floor, naive, ours, ...) so load on the shared machine hits
            # all alike; small scales get more repetitions (they are quick and noisier),
            # but not in --quick (CI proves each kind loads; it reads no figure)
            runs = repeat if n > 1000 or args.quick else 2 * repeat
            slow = {"naive": max(1, repeat // 2)} if n > 1000 else {}
            kinds = {"ours": {}, "floor": {}, "naive": {}}
            if points:  # and until the point layers are drawn too (ours adds them after a paint)
                kinds |= {"points_ours": {"points": True}, "points_floor": {"points": True}}
            samples: dict[str, list[float]] = {kind: [] for kind in kinds}
            for i in range(runs):
                for kind, options in kinds.items():
                    if i >= slow.get(kind, runs):
                        continue
                    page = kind.removeprefix("points_")
                    samples[kind].append(
                        time_to_map(
                            browser, f"{server.url}/{slug}-{page}.html", drawn.get(page, n), 1, **options
                        )[0]
                    )
            for kind, values in samples.items():
                row[f"ttm_{kind}"] = (statistics.median(values), min(values), max(values))
            results[name] = row
            print(f"measured {name}", file=sys.stderr, flush=True)
        # target (d) compares scales measured minutes apart; measure each larger scale
        # against Blitar's default view again, interleaved, so machine load cancels out
        base = DEFAULT_VIEW.split()[0].lower() + str(results[DEFAULT_VIEW]["units"])
        for name, row in results.items():
            if name == DEFAULT_VIEW:
                continue
            slug = name.split()[0].lower() + str(row["units"])
            pair: dict[str, list[float]] = {"base": [], "scale": []}
            for _ in range(repeat):
                pair["base"].append(
                    time_to_map(browser, f"{server.url}/{base}-ours.html", results[DEFAULT_VIEW]["units"], 1)[
                        0
                    ]
                )
                pair["scale"].append(
                    time_to_map(browser, f"{server.url}/{slug}-ours.html", row["drawn_ours"], 1)[0]
                )
            row["ttm_vs_default_view"] = {k: (statistics.median(v), min(v), max(v)) for k, v in pair.items()}
            if row["drawn_ours"] != row["units"]:  # level of detail: zoom in to a kabupaten
                row["zoom_to_blitar_desa"] = time_to_detail(
                    browser,
                    f"{server.url}/{slug}-ours.html",
                    row["drawn_ours"],
                    blitar.kabupaten.total_bounds,
                    len(blitar.desa),
                    repeat,
                )
        browser.close()
    server.close()
    reruns = rerun_figures(store, repeat, breakdown_runs=1 if args.quick else 5)
    reruns["server"] = server_rerun_figures(store, repeat, runs=1 if args.quick else None)
    print_table(results, reruns)
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "scales": results,
                    "reruns": reruns,
                    "measured": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
                    "machine": machine(),
                },
                indent=1,
            )
        )
    return 0


def _points(boundaries, data: dict) -> list:
    from potensi.core.layers import POINT_LAYERS
    from potensi.views.state import filter_rows
    from potensi.viz.points import point_features

    state = ViewState()
    return [
        point_features(
            layer,
            filter_rows(POINT_LAYERS[layer], data[POINT_LAYERS[layer]], state),
            boundaries,
            "id",
            "/profil",
        )
        for layer in state.layers
        if layer in POINT_LAYERS
    ]


def machine() -> str:
    """CPU model and count, for the record."""
    model = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return f"{model or 'unknown CPU'}, {os.cpu_count()} CPUs visible"


def print_table(results: dict, reruns: dict) -> None:
    """The figures as a Markdown table (pasted into the README)."""
    print(
        "| scale | payload ours / naive (× smaller) | vertices ours / naive | build cold / warm / "
        "naive | time-to-map ours / floor (×floor) / naive (× faster) | coverage valid |"
    )
    print("| --- | --- | --- | --- | --- | --- |")
    for name, r in results.items():
        label = f"{name} + {r['points']} points (default view)" if r.get("points") else name
        print(
            f"| {label} | {r['payload_ours'] / 1024:,.0f} KB / {r['payload_naive'] / 1024:,.0f} KB "
            f"({r['payload_naive'] / r['payload_ours']:.1f}×) | {r['vertices_ours']:,} / "
            f"{r['vertices_naive']:,} | {fmt(r['build_cold'])} / {fmt(r['build_warm'])} / "
            f"{fmt(r['build_naive'])} | {fmt(r['ttm_ours'])} / {fmt(r['ttm_floor'])} "
            f"({r['ttm_ours'][0] / r['ttm_floor'][0]:.2f}×) / {fmt(r['ttm_naive'])} "
            f"({r['ttm_naive'][0] / r['ttm_ours'][0]:.1f}×) | {r['coverage_valid']} |"
        )
    blitar = results.get(DEFAULT_VIEW)
    if blitar and "ttm_points_ours" in blitar:
        print(
            f"\n{DEFAULT_VIEW}, time until the point layers are drawn too: ours "
            f"{fmt(blitar['ttm_points_ours'])}, floor {fmt(blitar['ttm_points_floor'])} "
            f"({blitar['ttm_points_ours'][0] / blitar['ttm_points_floor'][0]:.2f}×)",
            end="",
        )
    for name, r in results.items():
        pair = r.get("ttm_vs_default_view")
        if pair:
            print(
                f"\n{name}: time-to-map {fmt(pair['scale'])} against Blitar's default view "
                f"{fmt(pair['base'])}, interleaved: {pair['scale'][0] / pair['base'][0]:.2f}×",
                end="",
            )
        if r.get("zoom_to_blitar_desa"):
            print(
                f"\n{name}, level of detail: {r['drawn_ours']:,} overview units drawn below zoom "
                f"{DETAIL_ZOOM}, desa from there on and only in view; zooming to Kabupaten "
                f"Blitar draws its desa in {fmt(r['zoom_to_blitar_desa'])}",
                end="",
            )
    print()
    print()
    print_server_reruns(reruns["server"])
    print()
    empty = reruns["empty"][0]
    print(
        f"Streamlit rerun (AppTest, whole script: the harness reruns no fragment alone; Blitar, "
        f"seed data): filter change {fmt(reruns['filter'])} "
        f"({reruns['filter'][0] / empty:.1f}× empty), the same to a view not yet cached "
        f"{fmt(reruns['filter_new'])} ({reruns['filter_new'][0] / empty:.1f}×), indicator change "
        f"{fmt(reruns['indicator'])} ({reruns['indicator'][0] / empty:.1f}×), empty script "
        f"{fmt(reruns['empty'])}"
    )
    parts = reruns["breakdown"]
    print(
        "Cached filter rerun, where the time goes (medians): "
        + ", ".join(f"{label} {seconds * 1000:.1f} ms" for label, seconds in parts.items())
    )


def print_server_reruns(server: dict) -> None:
    """Reruns of a real ``streamlit run``, as a Markdown table (see server_rerun.py)."""
    print(
        "Streamlit rerun of a real `streamlit run`, through its websocket as a browser does "
        "(median, min–max; × the empty script on the same server, measured interleaved):"
    )
    print()
    stock = "floor_stock" in server
    print(
        "| rerun | ours: `make run` (ui.compat.server + .streamlit/config.toml) | bytes |"
        + (" stock `streamlit run`, Streamlit defaults |" if stock else "")
    )
    print("| --- | --- | --- |" + (" --- |" if stock else ""))
    names = {
        "floor": "empty script (the framework's floor)",
        "fragment_floor": "fragment with one selectbox and one st.write (any fragment's floor)",
        "kecamatan": "kecamatan filter change (map fragment)",
        "indicator": "indicator change (whole page)",
    }
    for case, label in names.items():
        cells = []
        for suffix in ("", "_stock") if stock else ("",):
            figure = server[case + suffix]
            ratio = "" if case == "floor" else f" ({figure[0] / server['floor' + suffix][0]:.1f}×)"
            cells.append(f"{fmt(figure, 1)}{ratio}")
        cells.insert(1, f"{server['bytes_' + case] / 1024:,.1f} KB")
        print(f"| {label} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    raise SystemExit(main())
