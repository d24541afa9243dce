"""Time and size of what leaves the screen: an investor brief and the printed peta potensi.

Goals (issue #17): a brief in ≤ 3 s and ≤ 2 MB, an A1 poster in ≤ 15 s, on this machine.
Each output is made ``--repeat`` times from a store already in memory (as the dashboard
has it: the download button works on the page's loaded data), after one warm-up that
pays the imports and font loading once; the table gives the median with min–max.

    python benchmarks/print_outputs.py [--store FILE] [--repeat 3] [--json FILE]

Without ``--store`` it uses PETA_STORE / geodata/peta.gpkg, or builds a seeded Blitar
store from the mirror into benchmarks/.cache/ once.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from potensi.core.config import get_settings  # noqa: E402

CACHE = Path(__file__).resolve().parent / ".cache"
GOALS = {"brief_seconds": 3.0, "brief_bytes": 2 * 1024 * 1024, "a1_seconds": 15.0}


def _store(path: str | None) -> Path:
    if path:
        return Path(path)
    settings = get_settings()
    if settings.store.exists():
        return settings.store
    from potensi.boundaries.build import build_region
    from potensi.data.seed import seed_store

    target = CACHE / "print-store.gpkg"
    if not target.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        build_region("35.05", store=target, mirror=settings.mirror, progress=lambda _m: None)
        seed_store(target, progress=lambda _m: None)
    return target


def _time(make: Callable[[], bytes], repeat: int) -> dict[str, float]:
    start = time.perf_counter()
    make()  # warm-up: imports, fonts, matplotlib's caches (a dashboard's first click pays it)
    cold = time.perf_counter() - start
    times, size = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        size = len(make())
        times.append(time.perf_counter() - start)
    return {
        "cold": cold,
        "median": statistics.median(times),
        "min": min(times),
        "max": max(times),
        "bytes": size,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json")
    args = parser.parse_args(argv)

    from potensi.brief import load_store
    from potensi.brief.kecamatan import kecamatan_brief
    from potensi.brief.peluang import opportunity_brief
    from potensi.poster import make_poster
    from potensi.views.state import ViewState

    boundaries, data = load_store(_store(args.store))
    url = "https://peta.example.go.id"
    cases: dict[str, Callable[[], bytes]] = {
        "brief peluang (en)": lambda: opportunity_brief("PI-CONTOH-01", boundaries, data, "en", url),
        "brief kecamatan (en)": lambda: kecamatan_brief("35.05.13", boundaries, data, "en", url),
        "poster A3 pdf": lambda: make_poster(boundaries, data, ViewState(), "A3", "pdf"),
        "poster A1 pdf": lambda: make_poster(boundaries, data, ViewState(), "A1", "pdf"),
        "poster A1 svg": lambda: make_poster(boundaries, data, ViewState(), "A1", "svg"),
    }
    results = {name: _time(make, args.repeat) for name, make in cases.items()}

    print(f"{'output':<22} {'first':>7} {'then median (min–max)':>26} {'size':>10}  goal")
    for name, r in results.items():
        if name.startswith("brief"):
            ok = max(r["max"], r["cold"]) <= GOALS["brief_seconds"] and r["bytes"] <= GOALS["brief_bytes"]
            goal = f"≤ {GOALS['brief_seconds']:.0f} s, ≤ 2 MB: {'met' if ok else 'MISSED'}"
        elif name.startswith("poster A1"):
            ok = max(r["max"], r["cold"]) <= GOALS["a1_seconds"]
            goal = f"≤ {GOALS['a1_seconds']:.0f} s: {'met' if ok else 'MISSED'}"
        else:
            goal = "–"
        timing = f"{r['median']:.2f} s ({r['min']:.2f}–{r['max']:.2f})"
        print(f"{name:<22} {r['cold']:>5.2f} s {timing:>26} {r['bytes'] / 1024:>7.0f} KB  {goal}")
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
