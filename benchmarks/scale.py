"""The PostGIS store against the GeoPackage at province scale (Jawa Timur), in one run.

Run: ``python benchmarks/scale.py [--quick] [--json PATH]`` (``--quick``: Kabupaten Blitar
alone, a few readers, no server; CI proves the script runs in well under a minute).
Nothing is asserted about speed; every figure of a row is measured in the same run,
side by side, and docs/scaling.md keeps the dated table and what it means.

The store is Jawa Timur's 38 kabupaten/kota (666 kecamatan, 8,494 desa) built from the
mirror (``scales.jatim_layers``, cached), with Kabupaten Blitar's row first in the
kabupaten layer: the dashboard serves one kabupaten, the first one, so this is a Blitar
dashboard on a province store. The same in-memory layers are written to both backends.

- **build**: ``write_store_atomically(layers, store)`` into a fresh GeoPackage and a fresh
  PostGIS database (median of repeats; later repeats replace the layers, as a rebuild).
- **size**: the GeoPackage's file; PostGIS's ``pg_database_size`` minus an empty database
  made from the same template, and ``pg_total_relation_size`` of the three layer tables.
- **one kabupaten's view** (its kecamatan and desa, what its map needs): read whole and
  filtered in pandas (what the dashboard does today), against
  ``load_layer(level, store, kabupaten=…)`` (filtered by the store). Floor: the same rows
  from a GeoPackage holding that kabupaten alone.
- **time-to-map**: a real ``streamlit run`` on each store (``potensi.testing.server.serve``),
  warm, then fresh websocket sessions (``server_rerun.Session``) opening the main page:
  seconds and bytes until ``script_finished``. Floor: the Blitar-only GeoPackage.
- **import while readers read**: ``READERS`` threads loop over ``read_rows('indikator')``
  plus one kabupaten's desa, first alone, then while ``import_file('indikator', …)`` adds
  ``IMPORT_ROWS`` rows through the store API. Every read's row count must be the count
  before the import or after it, never between (a reader that saw a half-written import);
  the violations are counted and printed, with the reads that saw each state.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import geopandas as gpd
import pandas as pd
import shapely

# this folder (scales, server_rerun, run), then this checkout's packages ahead of any installed copy
sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent)]
from scales import CACHE, jatim_layers, jatim_regions  # noqa: E402
from server_rerun import Session  # noqa: E402

from potensi.core.store import load_layer, write_store_atomically  # noqa: E402
from potensi.data.importer import import_file  # noqa: E402
from potensi.data.tables import read_rows  # noqa: E402
from potensi.testing.postgres import cluster  # noqa: E402
from potensi.testing.reliability import indikator_csv  # noqa: E402
from potensi.testing.server import serve  # noqa: E402
from potensi.viz.display import simplify_coverage, tolerance_for_view  # noqa: E402

KABUPATEN = "35.05"  # Kabupaten Blitar: the view measured, and the dashboard's own kabupaten
READERS, QUICK_READERS = 30, 5
IMPORT_ROWS, QUICK_IMPORT_ROWS = 5000, 500
BACKENDS = ("GeoPackage", "PostGIS")

Layers = dict[str, gpd.GeoDataFrame]


def percentile(values: list[float], q: int) -> float:
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def blitar_first(kabupaten: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The kabupaten layer with Blitar's row first: the dashboard serves the first kabupaten."""
    first = kabupaten.kode == KABUPATEN
    return gpd.GeoDataFrame(
        pd.concat([kabupaten[first], kabupaten[~first]], ignore_index=True), crs=kabupaten.crs
    )


def province_layers() -> Layers:
    """Jawa Timur's three layers from the benchmark's cache (built from the mirror once)."""
    from run import MIRROR

    from potensi.boundaries.build import build_key

    regions = jatim_regions()
    jatim_layers(MIRROR, regions)  # builds the cache when missing
    cached = CACHE / f"jatim_{len(regions)}_{build_key(regions)}.gpkg"
    layers = {level: gpd.read_file(cached, layer=level) for level in ("kabupaten", "kecamatan", "desa")}
    layers["kabupaten"] = blitar_first(layers["kabupaten"])
    return layers


def blitar_layers() -> Layers:
    """Kabupaten Blitar's layers, built from the mirror (the quick run's store)."""
    from run import MIRROR

    from potensi.boundaries.build import build_regions_layers

    layers, _info = build_regions_layers([KABUPATEN], mirror=MIRROR, progress=lambda _m: None)
    return {level: layers[level] for level in ("kabupaten", "kecamatan", "desa")}


def only_kabupaten(layers: Layers) -> Layers:
    """The layers of KABUPATEN alone (the floor: a store holding just that kabupaten)."""
    return {
        level: frame[frame.kode == KABUPATEN] if level == "kabupaten" else frame[frame.kode_kab == KABUPATEN]
        for level, frame in layers.items()
    }


def geometry_figures(layers: Layers) -> dict[str, float]:
    """What one desa weighs: vertices, WKB bytes, GeoJSON bytes full and simplified for the
    whole province's view (the arithmetic of docs/scaling.md multiplies these)."""
    desa = layers["desa"]
    geoms = desa.geometry.to_numpy()
    tolerance = tolerance_for_view(desa.total_bounds)
    simple = desa.set_geometry(gpd.GeoSeries(simplify_coverage(geoms, tolerance), crs=desa.crs))
    slim = ["kode", "nama", "geometry"]
    n = len(desa)
    return {
        "desa": n,
        "kecamatan": len(layers["kecamatan"]),
        "kabupaten": len(layers["kabupaten"]),
        "vertices_per_desa": float(shapely.get_num_coordinates(geoms).sum()) / n,
        "wkb_bytes_per_desa": float(sum(len(b) for b in shapely.to_wkb(geoms))) / n,
        "geojson_bytes_per_desa_full": len(desa[slim].to_json().encode()) / n,
        "tolerance_province_deg": tolerance,
        "vertices_per_desa_province_view": float(
            shapely.get_num_coordinates(simple.geometry.to_numpy()).sum()
        )
        / n,
        "geojson_bytes_per_desa_province_view": len(simple[slim].to_json(drop_id=True).encode()) / n,
    }


# --------------------------------------------------------------------------- build and size


def postgis_sizes(url: str, empty_url: str) -> dict[str, int]:
    import psycopg

    with psycopg.connect(url) as con:
        database = con.execute("SELECT pg_database_size(current_database())").fetchone()[0]
        tables = {
            level: con.execute("SELECT pg_total_relation_size(%s::regclass)", (level,)).fetchone()[0]
            for level in ("kabupaten", "kecamatan", "desa")
        }
    with psycopg.connect(empty_url) as con:
        empty = con.execute("SELECT pg_database_size(current_database())").fetchone()[0]
    return {"database_minus_empty": database - empty, "layer_tables": sum(tables.values()), **tables}


def build(
    stores: dict[str, Path | str], layers: Layers, repeat: int
) -> dict[str, tuple[float, float, float]]:
    """Seconds to write the three layers into each store (interleaved repeats)."""
    runs: dict[str, list[float]] = {name: [] for name in stores}
    for _ in range(repeat):
        for name, store in stores.items():
            start = time.perf_counter()
            write_store_atomically(layers, store, keep_other_layers=False)
            runs[name].append(time.perf_counter() - start)
    return {name: (statistics.median(r), min(r), max(r)) for name, r in runs.items()}


# --------------------------------------------------------------------------- one kabupaten's view


def view_whole(store: Path | str) -> int:
    """What the dashboard does today: whole layers, the kabupaten kept in pandas."""
    kec = load_layer("kecamatan", store)
    desa = load_layer("desa", store)
    return len(kec[kec.kode_kab == KABUPATEN]) + len(desa[desa.kode_kab == KABUPATEN])


def view_filtered(store: Path | str) -> int:
    """The same rows, filtered by the store (``load_layer(..., kabupaten=…)``)."""
    return len(load_layer("kecamatan", store, kabupaten=KABUPATEN)) + len(
        load_layer("desa", store, kabupaten=KABUPATEN)
    )


def read_view(stores: dict[str, Path | str], floor: Path, repeat: int) -> dict[str, object]:
    """Interleaved medians of one kabupaten's view read whole or filtered, and the floor."""
    expected = view_whole(floor)
    cases = {"floor": lambda: view_whole(floor)}
    for name, store in stores.items():
        cases[f"{name} whole"] = lambda s=store: view_whole(s)
        cases[f"{name} filtered"] = lambda s=store: view_filtered(s)
    for fn in cases.values():  # same rows everywhere, and every page cache warm
        assert fn() == expected
    runs: dict[str, list[float]] = {case: [] for case in cases}
    for _ in range(repeat):
        for case, fn in cases.items():
            start = time.perf_counter()
            fn()
            runs[case].append(time.perf_counter() - start)
    return {"rows": expected, **{c: (statistics.median(r), min(r), max(r)) for c, r in runs.items()}}


# --------------------------------------------------------------------------- a real server


def time_to_map(store: Path | str, log: Path, repeat: int) -> dict[str, object]:
    """A warm server on ``store``; fresh sessions opening the main page: seconds and bytes
    (a server that does not start or answer is reported, not raised: the other figures stand)."""
    try:
        return _time_to_map(store, log, repeat)
    except Exception as exc:  # noqa: BLE001 - reported as a figure
        return {"error": f"{type(exc).__name__}: {str(exc)[:300]}"}


def _time_to_map(store: Path | str, log: Path, repeat: int) -> dict[str, object]:
    with serve(store, log) as url:
        port = int(url.rsplit(":", 1)[1])
        first = Session(port)
        cold, _ = first.rerun()
        first.close()
        seconds, sizes = [], []
        for _ in range(repeat):
            start = time.perf_counter()
            session = Session(port)  # the websocket's opening is part of what a browser waits for
            _elapsed, size = session.rerun()
            seconds.append(time.perf_counter() - start)
            sizes.append(size)
            session.close()
    errors = [line for line in log.read_text(errors="replace").splitlines() if "Traceback" in line]
    return {
        "first_visit": cold,
        "p50": statistics.median(seconds),
        "min": min(seconds),
        "max": max(seconds),
        "bytes": statistics.median(sizes),
        "log_errors": len(errors),
    }


# --------------------------------------------------------------------------- import while reading


def import_while_reading(store: Path | str, work: Path, readers: int, rows: int, phase: float) -> dict:
    """``readers`` threads reading alone for ``phase`` s, then while an import of ``rows`` runs.

    Each read is ``read_rows('indikator')`` and the kabupaten's desa; its row count must be
    the count before the import or after it (anything else: a half-written import seen)."""
    # the same import with nobody reading: what the readers cost the writer
    start = time.perf_counter()
    import_file("indikator", indikator_csv(work, rows, tag="sendiri"), store=store, prefix="SKALA")
    import_alone = time.perf_counter() - start
    before = len(read_rows("indikator", store))
    desa_rows = len(load_layer("desa", store, kabupaten=KABUPATEN))
    source = indikator_csv(work, rows, tag="skala")
    reads: list[tuple[float, float, int, int]] = []  # start, end, indikator rows, desa rows
    errors: list[str] = []
    lock = threading.Lock()
    stop = threading.Event()

    def reader() -> None:
        while not stop.is_set():
            start = time.perf_counter()
            try:
                n = len(read_rows("indikator", store))
                d = len(load_layer("desa", store, kabupaten=KABUPATEN))
            except Exception as exc:  # noqa: BLE001 - counted and printed, the run goes on
                with lock:
                    errors.append(f"{type(exc).__name__}: {exc}")
                continue
            with lock:
                reads.append((start, time.perf_counter(), n, d))

    def run_readers(during: Callable[[], None]) -> None:
        stop.clear()
        threads = [threading.Thread(target=reader) for _ in range(readers)]
        for thread in threads:
            thread.start()
        try:
            during()
        finally:
            stop.set()
            for thread in threads:
                thread.join()

    run_readers(lambda: time.sleep(phase))
    alone = [end - start for start, end, _n, _d in reads]
    reads.clear()
    window: dict[str, float] = {}

    def do_import() -> None:
        time.sleep(phase / 2)  # readers going before the import starts
        window["start"] = time.perf_counter()
        import_file("indikator", source, store=store, prefix="SKALA")
        window["end"] = time.perf_counter()
        time.sleep(phase / 2)  # and after it committed

    run_readers(do_import)
    after = len(read_rows("indikator", store))
    overlapping = [(s, e, n, d) for s, e, n, d in reads if s < window["end"] and e > window["start"]]
    during = [e - s for s, e, _n, _d in overlapping]
    return {
        "readers": readers,
        "import_rows": rows,
        "import_seconds": window["end"] - window["start"],
        "import_alone_seconds": import_alone,
        "rows_before": before,
        "rows_after": after,
        "reads_alone": len(alone),
        "alone_p50": statistics.median(alone) if alone else None,
        "alone_p95": percentile(alone, 95),
        "reads_during": len(during),
        "during_p50": statistics.median(during) if during else None,
        "during_p95": percentile(during, 95),
        "reads_saw_before": sum(1 for r in reads if r[2] == before),
        "reads_saw_after": sum(1 for r in reads if r[2] == after),
        "violations": sum(1 for r in reads if r[2] not in (before, after) or r[3] != desa_rows),
        "read_errors": len(errors),
        "errors": errors[:3],
    }


# --------------------------------------------------------------------------- the run


def machine() -> dict[str, object]:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    mem = Path("/proc/meminfo").read_text().splitlines()[0].split()[1]
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": round(int(mem) / 1024 / 1024, 1),
        "load_average": os.getloadavg(),
    }


def ms(t: object) -> str:
    if t is None:
        return "–"
    if isinstance(t, tuple):
        return f"{t[0] * 1000:.0f} ms ({t[1] * 1000:.0f}–{t[2] * 1000:.0f})"
    return f"{float(t) * 1000:.0f} ms"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="Blitar alone, 5 readers, no server (CI)")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = parser.parse_args(argv)
    quick = args.quick
    started = time.perf_counter()
    figures: dict[str, object] = {"machine": machine(), "quick": quick}
    work = Path(tempfile.mkdtemp(prefix="peta-scale-"))
    os.environ["PETA_BACKUP_DIR"] = str(work / "cadangan")  # the GeoPackage's backups, thrown away
    layers = blitar_layers() if quick else province_layers()
    figures["scale"] = geometry_figures(layers)
    print(f"layers ready ({time.perf_counter() - started:.0f} s)", file=sys.stderr, flush=True)
    floor = work / "blitar.gpkg"
    write_store_atomically(only_kabupaten(layers), floor, keep_other_layers=False)

    with cluster() as pg:
        empty_url = pg.create_database("kosong")
        url = pg.create_database("jatim")
        stores: dict[str, Path | str] = {"GeoPackage": work / "jatim.gpkg", "PostGIS": url}
        figures["build"] = build(stores, layers, 1 if quick else 3)
        figures["size"] = {
            "GeoPackage": stores["GeoPackage"].stat().st_size,
            "GeoPackage (this kabupaten alone)": floor.stat().st_size,
            "PostGIS": postgis_sizes(url, empty_url),
        }
        print("build done", file=sys.stderr, flush=True)
        figures["view"] = read_view(stores, floor, 3 if quick else 7)
        print("view reads done", file=sys.stderr, flush=True)
        # data tables for the dashboard and the readers: one small import first
        for store in (*stores.values(), floor):
            import_file("indikator", indikator_csv(work, 220, tag="awal"), store=store, prefix="AWAL")
        if not quick:
            figures["time_to_map"] = {
                name: time_to_map(store, work / f"serve-{name}.log", 7)
                for name, store in {"floor (Blitar-only GeoPackage)": floor, **stores}.items()
            }
            print("time-to-map done", file=sys.stderr, flush=True)
        figures["import"] = {
            name: import_while_reading(
                store,
                work,
                QUICK_READERS if quick else READERS,
                QUICK_IMPORT_ROWS if quick else IMPORT_ROWS,
                1.0 if quick else 4.0,
            )
            for name, store in stores.items()
        }
    shutil.rmtree(work, ignore_errors=True)
    figures["seconds"] = time.perf_counter() - started
    figures["measured"] = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    report(figures)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, indent=1, default=str))
    return 0


def report(f: dict) -> None:
    s, size = f["scale"], f["size"]
    print(
        f"\nStore: {s['kabupaten']} kabupaten/kota, {s['kecamatan']} kecamatan, {s['desa']} desa; "
        f"one desa: {s['vertices_per_desa']:.0f} vertices, {s['wkb_bytes_per_desa'] / 1024:.1f} KB WKB, "
        f"{s['geojson_bytes_per_desa_full'] / 1024:.1f} KB GeoJSON (full), "
        f"{s['geojson_bytes_per_desa_province_view'] / 1024:.2f} KB GeoJSON simplified for the whole "
        f"province's view ({s['vertices_per_desa_province_view']:.0f} vertices)."
    )
    pg = size["PostGIS"]
    print("\n| figure | GeoPackage | PostGIS | floor |")
    print("| --- | --- | --- | --- |")
    print(f"| build (write 3 layers) | {ms(f['build']['GeoPackage'])} | {ms(f['build']['PostGIS'])} | – |")
    print(
        f"| store size | {size['GeoPackage'] / 1e6:.1f} MB | {pg['database_minus_empty'] / 1e6:.1f} MB "
        f"(layer tables {pg['layer_tables'] / 1e6:.1f} MB) | "
        f"{size['GeoPackage (this kabupaten alone)'] / 1e6:.1f} MB (kabupaten alone) |"
    )
    v = f["view"]
    for how in ("whole", "filtered"):
        print(
            f"| one kabupaten's view ({v['rows']} rows), {how} | {ms(v[f'GeoPackage {how}'])} | "
            f"{ms(v[f'PostGIS {how}'])} | {ms(v['floor'])} |"
        )
    if "time_to_map" in f:
        t = f["time_to_map"]
        floor = t["floor (Blitar-only GeoPackage)"]

        def cell(r: dict) -> str:
            if "error" in r:
                return f"failed: {r['error'][:120]}"
            return (
                f"{r['p50'] * 1000:.0f} ms ({r['min'] * 1000:.0f}–{r['max'] * 1000:.0f}), "
                f"{r['bytes'] / 1024:.0f} KB, first visit {r['first_visit'] * 1000:.0f} ms"
            )

        print(f"| time-to-map (server) | {cell(t['GeoPackage'])} | {cell(t['PostGIS'])} | {cell(floor)} |")
    for name, label in (
        ("reads_alone", "reads, readers alone"),
        ("alone", "reader p50 / p95, alone"),
        ("reads_during", "reads overlapping the import"),
        ("during", "reader p50 / p95, during the import"),
        ("import_seconds", "the import, during the reads"),
        ("seen", "reads that saw before / after"),
        ("violations", "reads that saw neither (half-written)"),
        ("read_errors", "read errors"),
    ):
        cells = []
        for backend in BACKENDS:
            r = f["import"][backend]
            if name in ("alone", "during"):
                cells.append(f"{ms(r[f'{name}_p50'])} / {ms(r[f'{name}_p95'])}")
            elif name == "import_seconds":
                cells.append(
                    f"{r['import_rows']} rows in {ms(r['import_seconds'])} "
                    f"(alone: {ms(r.get('import_alone_seconds'))})"
                )
            elif name == "seen":
                cells.append(f"{r['reads_saw_before']} / {r['reads_saw_after']}")
            else:
                cells.append(str(r[name]))
        readers = f["import"]["GeoPackage"]["readers"]
        print(f"| {readers} readers: {label} | {cells[0]} | {cells[1]} | – |")
    m = f["machine"]
    print(
        f"\n{f['measured']}, {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB, load average at start "
        f"{m['load_average'][0]:.2f}; whole run {f['seconds']:.0f} s."
    )
    for backend in BACKENDS:
        if f["import"][backend]["errors"]:
            print(f"{backend} read errors: {f['import'][backend]['errors']}")


if __name__ == "__main__":
    raise SystemExit(main())
