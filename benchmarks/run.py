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
import functools
import http.server
import json
import os
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scales import jatim_layers, jatim_regions  # noqa: E402

from potensi.config import REPO_ROOT  # noqa: E402
from potensi.mapdata import choropleth_for, load_boundaries  # noqa: E402
from potensi.viz.assets import VENDOR_DIR, install_assets  # noqa: E402
from potensi.viz.display import simplify_coverage, tolerance_for_view, vertex_count  # noqa: E402
from potensi.viz.maps import build_kecamatan_map  # noqa: E402

MIRROR = Path(os.environ.get("PETA_GEODATA_MIRROR")
              or REPO_ROOT.parent / "shared" / "geodata" / "wilayah_boundaries")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
LEAFLET_CDN = "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet"


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float, float]:
    """(median, min, max) seconds of ``repeat`` calls."""
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs), min(runs), max(runs)


def fmt(t: tuple[float, float, float]) -> str:
    """Milliseconds with min–max."""
    return f"{t[0] * 1000:.0f} ms ({t[1] * 1000:.0f}–{t[2] * 1000:.0f})"


# -- the three ways to build a map --------------------------------------------------
def ours_html(units: gpd.GeoDataFrame, tolerance: float) -> str:
    """Our way: coverage-simplified geometry, escaped properties, local Leaflet."""
    display = units.set_geometry(gpd.GeoSeries(simplify_coverage(units.geometry.to_numpy(),
                                                                 tolerance), crs=units.crs))
    values = display.assign(luas_km2=display.to_crs(32749).area / 1e6)
    choropleth = choropleth_for(values.assign(jumlah_desa=0), "luas", "id")
    return build_kecamatan_map(display, choropleth).get_root().render()


def naive_html(units: gpd.GeoDataFrame) -> str:
    """How a tutorial does it: full-resolution GeoJSON straight into folium, no cache."""
    fmap = folium.Map(location=[units.total_bounds[1], units.total_bounds[0]], zoom_start=9)
    folium.GeoJson(units[["kode", "nama", "geometry"]],
                   tooltip=folium.GeoJsonTooltip(fields=["nama", "kode"])).add_to(fmap)
    return fmap.get_root().render()


def floor_html(geojson: dict) -> str:
    """The browser's floor: plain Leaflet drawing the same simplified GeoJSON."""
    return ("<!doctype html><html><head><link rel=stylesheet href='/vendor/leaflet/leaflet.css'>"
            "<script src='/vendor/leaflet/leaflet.js'></script><style>#m{height:600px}</style>"
            "</head><body><div id=m></div><script>var m=L.map('m');var g=L.geoJSON("
            + json.dumps(geojson) + ",{style:{weight:1}}).addTo(m);m.fitBounds(g.getBounds());"
            "</script></body></html>")


def localise(html: str) -> str:
    """Point CDN and dashboard asset URLs at the local benchmark server (no internet)."""
    html = html.replace(LEAFLET_CDN + ".js", "/vendor/leaflet/leaflet.js")
    html = html.replace(LEAFLET_CDN + ".css", "/vendor/leaflet/leaflet.css")
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


def time_to_map(browser, url: str, n_paths: int, repeat: int, frame: str | None = None,
                timeout_ms: int = 120_000) -> tuple[float, float, float]:
    """Navigation start until ``n_paths`` vector shapes are in the DOM."""
    runs = []
    for _ in range(repeat):
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        start = time.perf_counter()
        page.goto(url, wait_until="commit")
        if frame:
            page.frame_locator(frame).locator("path.leaflet-interactive").nth(n_paths - 1).wait_for(
                state="attached", timeout=timeout_ms)
        else:
            page.wait_for_function(f"document.querySelectorAll('path.leaflet-interactive').length >= {n_paths}",
                                   timeout=timeout_ms)
        runs.append(time.perf_counter() - start)
        page.close()
    return statistics.median(runs), min(runs), max(runs)


# -- Streamlit reruns ----------------------------------------------------------------
def rerun_figures(store: Path, repeat: int) -> dict[str, tuple[float, float, float]]:
    """Rerun after a filter change vs the rerun of an empty Streamlit script (AppTest)."""
    from streamlit.testing.v1 import AppTest

    os.environ["PETA_STORE"] = str(store)
    app = AppTest.from_file(str(REPO_ROOT / "dashboard.py"), default_timeout=300).run()
    codes = ["35.05.03", "35.05.13"]
    state = {"i": 0}

    def change_filter() -> None:
        state["i"] += 1
        app.multiselect(key="f_kecamatan").set_value([codes[state["i"] % 2]]).run()

    def change_indicator() -> None:
        state["i"] += 1
        app.multiselect(key="f_kecamatan").set_value([])
        app.selectbox(key="f_indikator").set_value(["luas", "jumlah_desa"][state["i"] % 2]).run()

    empty = AppTest.from_string("import streamlit as st\nst.write('x')").run()
    return {
        "filter": timed(change_filter, repeat),
        "indicator": timed(change_indicator, repeat),
        "empty": timed(lambda: empty.run(), repeat),
    }


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
    scales = {"Blitar 22 kecamatan": blitar.kecamatan, "Blitar 248 desa": blitar.desa}
    if not args.quick:
        kec, desa = jatim_layers(MIRROR, jatim_regions())
        scales["Jatim 666 kecamatan"] = kec
        scales["Jatim 8.494 desa"] = desa

    root = work / "www"
    root.mkdir()
    server = Server(root)
    from playwright.sync_api import sync_playwright

    results = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        for name, units in scales.items():
            units = units.sort_values("kode").reset_index(drop=True)
            tolerance = tolerance_for_view(units.total_bounds)
            ours = ours_html(units, tolerance)
            naive = naive_html(units)
            simple = simplify_coverage(units.geometry.to_numpy(), tolerance)
            floor = floor_html(json.loads(gpd.GeoSeries(simple, crs=units.crs).to_json()))
            slug = name.split()[0].lower() + str(len(units))
            for kind, html in (("ours", ours), ("naive", naive), ("floor", floor)):
                (root / f"{slug}-{kind}.html").write_text(localise(html), encoding="utf-8")
            display = units.set_geometry(gpd.GeoSeries(simple, crs=units.crs))
            choropleth = choropleth_for(display.assign(luas_km2=1.0, jumlah_desa=0), "luas", "id")
            row = {
                "units": len(units),
                "tolerance_deg": tolerance,
                "payload_ours": len(ours.encode()),
                "payload_naive": len(naive.encode()),
                "vertices_ours": int(shapely.get_num_coordinates(simple).sum()),
                "vertices_naive": vertex_count(units),
                "coverage_valid": bool(shapely.coverage_is_valid(simple)),
                "build_cold": timed(lambda: ours_html(units, tolerance), repeat),
                "build_warm": timed(lambda: build_kecamatan_map(display, choropleth)
                                    .get_root().render(), repeat),
                "build_naive": timed(lambda: naive_html(units), repeat),
            }
            n = len(units)
            slow = max(1, repeat // 2) if n > 1000 else repeat
            row["ttm_ours"] = time_to_map(browser, f"{server.url}/{slug}-ours.html", n, repeat)
            row["ttm_floor"] = time_to_map(browser, f"{server.url}/{slug}-floor.html", n, repeat)
            row["ttm_naive"] = time_to_map(browser, f"{server.url}/{slug}-naive.html", n, slow)
            results[name] = row
            print(f"measured {name}", file=sys.stderr, flush=True)
        browser.close()
    server.close()
    reruns = rerun_figures(store, repeat)
    print_table(results, reruns)
    if args.json:
        args.json.write_text(json.dumps({"scales": results, "reruns": reruns}, indent=1))
    return 0


def print_table(results: dict, reruns: dict) -> None:
    """The figures as a Markdown table (pasted into the README)."""
    print("| scale | payload ours / naive (× smaller) | vertices ours / naive | build cold / warm / "
          "naive | time-to-map ours / floor (×floor) / naive (× faster) | coverage valid |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, r in results.items():
        print(f"| {name} | {r['payload_ours'] / 1024:,.0f} KB / {r['payload_naive'] / 1024:,.0f} KB "
              f"({r['payload_naive'] / r['payload_ours']:.1f}×) | {r['vertices_ours']:,} / "
              f"{r['vertices_naive']:,} | {fmt(r['build_cold'])} / {fmt(r['build_warm'])} / "
              f"{fmt(r['build_naive'])} | {fmt(r['ttm_ours'])} / {fmt(r['ttm_floor'])} "
              f"({r['ttm_ours'][0] / r['ttm_floor'][0]:.2f}×) / {fmt(r['ttm_naive'])} "
              f"({r['ttm_naive'][0] / r['ttm_ours'][0]:.1f}×) | {r['coverage_valid']} |")
    print()
    print(f"Streamlit rerun (AppTest, Blitar, seed data): filter change {fmt(reruns['filter'])}, "
          f"indicator change {fmt(reruns['indicator'])}, empty script {fmt(reruns['empty'])} → "
          f"{reruns['filter'][0] / reruns['empty'][0]:.1f}× the empty-app floor")


if __name__ == "__main__":
    raise SystemExit(main())
