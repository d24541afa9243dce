"""Plot the benchmark figures: payload and time-to-map against feature count.

Run: ``make bench-plot`` (or ``python benchmarks/plot.py FIGURES.json [-o docs/performance.png]``)
on the JSON that ``benchmarks/run.py --json FILE`` writes. Two panels, both with the
number of polygons on a log axis: the map payload (KB, log) of ours vs the naive
folium way, and Chromium's time-to-map (s) of ours vs naive vs plain Leaflet drawing
the same simplified GeoJSON (the floor). Points are medians, bars span min–max.
The figures come from one machine in one run; the title says so.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only, no display needed (CI, headless)
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO_ROOT / "docs" / "performance.png"

#: (key suffix, legend label, colour, marker); colours from Okabe–Ito (colour-blind safe)
SERIES = {
    "naive": ("naive (full-resolution folium.GeoJson, no cache)", "#D55E00", "s"),
    "ours": ("Peta Potensi (coverage-simplified)", "#0072B2", "o"),
    "floor": ("floor: plain Leaflet, same simplified GeoJSON", "#7F7F7F", "^"),
}


def _timing(value: object) -> tuple[float, float, float]:
    """(median, min, max) from the JSON form of run.py's timed tuples."""
    median, low, high = (float(v) for v in value)  # type: ignore[union-attr]
    return median, low, high


def _tick(n: int, name: str) -> str:
    """'Blitar 248 desa' -> '248' / 'Blitar' / 'desa' on three short lines (ticks sit close)."""
    words = name.split()
    region, level = (words[0], words[-1]) if len(words) >= 2 else (name, "")
    return f"{n:,}\n{region}\n{level}".rstrip()


def load_rows(path: Path) -> list[tuple[str, dict]]:
    """The scales of a run.py JSON, sorted by feature count."""
    data = json.loads(path.read_text(encoding="utf-8"))
    scales = data.get("scales") or {}
    if not scales:
        raise ValueError(f"{path}: no 'scales' in the benchmark JSON")
    return sorted(scales.items(), key=lambda item: item[1]["units"])


def plot(rows: list[tuple[str, dict]], out: Path, title: str) -> Path:
    """Write the two-panel figure to ``out`` (PNG) and return it."""
    fig, (ax_payload, ax_time) = plt.subplots(1, 2, figsize=(12, 5), dpi=100, constrained_layout=True)
    units = [r["units"] for _, r in rows]

    for kind in ("naive", "ours"):
        label, colour, marker = SERIES[kind]
        kb = [r[f"payload_{kind}"] / 1024 for _, r in rows]
        ax_payload.plot(units, kb, marker=marker, color=colour, label=label)
        for x, y in zip(units, kb, strict=True):
            ax_payload.annotate(
                f"{y:,.0f} KB", (x, y), textcoords="offset points", xytext=(6, -12), fontsize=8, color=colour
            )
    ax_payload.set_yscale("log")
    # 10, 20, 50, 100, ... labelled as plain numbers: readable even when the range is narrow
    ax_payload.yaxis.set_major_locator(LogLocator(base=10, subs=(1.0, 2.0, 5.0)))
    ax_payload.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{v:,.0f}"))
    ax_payload.yaxis.set_minor_formatter(NullFormatter())
    ax_payload.set_ylabel("map payload (KB, log scale)")
    ax_payload.set_title("Map payload (HTML + GeoJSON sent to the browser)")

    for kind in ("naive", "floor", "ours"):
        key = f"ttm_{kind}"
        present = [(n, _timing(r[key])) for n, (_, r) in zip(units, rows, strict=True) if key in r]
        if not present:
            continue
        label, colour, marker = SERIES[kind]
        xs = [n for n, _ in present]
        med = [t[0] for _, t in present]
        err = [[t[0] - t[1] for _, t in present], [t[2] - t[0] for _, t in present]]
        ax_time.errorbar(
            xs,
            med,
            yerr=err,
            marker=marker,
            color=colour,
            label=label,
            capsize=4,
            linestyle="--" if kind == "floor" else "-",
        )
    for n, (_, r) in zip(units, rows, strict=True):
        if r.get("drawn_ours", r["units"]) != r["units"]:  # level of detail: overview first
            ax_time.annotate(
                f"ours draws {r['drawn_ours']:,} kecamatan first,\ndesa from zoom in",
                (n, _timing(r["ttm_ours"])[0]),
                textcoords="offset points",
                xytext=(-125, -38),
                fontsize=8,
                color=SERIES["ours"][1],
            )
    ax_time.set_ylabel("time-to-map in Chromium (s)")
    ax_time.set_title("Time until the first view's polygons are drawn")
    ax_time.set_ylim(bottom=0)

    for ax in (ax_payload, ax_time):
        ax.set_xscale("log")
        ax.set_xlabel("polygons on the map (log scale)")
        ax.set_xticks(units)
        ax.set_xticklabels([_tick(n, name) for n, (name, _) in zip(units, rows, strict=True)], fontsize=8)
        ax.margins(x=0.12)
        ax.minorticks_off()
        ax.grid(True, which="major", alpha=0.3)
        ax.legend(fontsize=8, loc="best")
    fig.suptitle(title, fontsize=12)
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, format="png")
    plt.close(fig)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("figures", type=Path, help="JSON written by benchmarks/run.py --json")
    parser.add_argument(
        "-o", "--out", type=Path, default=DEFAULT_OUT, help=f"PNG to write (default {DEFAULT_OUT})"
    )
    parser.add_argument(
        "--title",
        default="Peta Potensi vs the naive folium map — one machine, one run (medians, bars min–max)",
    )
    args = parser.parse_args(argv)
    try:
        rows = load_rows(args.figures)
    except (OSError, ValueError, KeyError) as exc:
        print(
            f"benchmarks/plot.py: {exc} (write the figures with `make bench` or "
            "`python benchmarks/run.py --json FILE`)",
            file=sys.stderr,
        )
        return 1
    print(plot(rows, args.out, args.title))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
