"""Plot what people feel and the crowd curve: ``docs/feel.png``.

Run: ``make bench-plot`` (or ``python benchmarks/plot_feel.py FEEL.json CROWD.json [-o
docs/feel.png]``) on the JSON that ``feel.py --json`` and ``crowd.py --json`` write. Left:
each click's p50 (bar) and p95 (whisker) beside its floor (the static Leaflet page doing
the same in the browser alone) and the issue's target. Right: sessions at once against
p95 time-to-map and the server's RSS. One machine, one run each; the titles say when.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only (CI, headless)
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO_ROOT / "docs" / "feel.png"
#: the click measures in the order drawn (top to bottom); others are left out
CLICKS = (
    "sidebar kecamatan choice",
    "map click on a kecamatan",
    "presentation Berikutnya (new view)",
    "presentation Sebelumnya (view seen before)",
    "indicator change",
    "layer toggle: desa on",
    "layer toggle: desa off",
    "analysis-method switch",
)
TARGET_MS = {"indicator change": 400, "layer toggle: desa on": 400, "layer toggle: desa off": 400}


def plot(feel: dict, crowd: dict, out: Path) -> Path:
    rows = {r["measure"]: r for r in feel["rows"]}
    shown = [m for m in CLICKS if m in rows]
    fig, (left, right) = plt.subplots(1, 2, figsize=(14, 6), gridspec_kw={"width_ratios": [3, 2]})
    y = list(range(len(shown)))[::-1]
    p50 = [rows[m]["p50"] for m in shown]
    p95 = [rows[m]["p95"] for m in shown]
    colours = ["#0072B2" for _ in shown]
    left.barh(y, p50, color=colours, height=0.6)
    left.errorbar(p95, y, fmt="|", color="#333333", markersize=10, label="p95")
    floors = [(yy, rows[m]["floor"]) for yy, m in zip(y, shown, strict=True) if "floor" in rows[m]]
    left.scatter(
        [f for _, f in floors], [yy for yy, _ in floors], marker="^", color="#7F7F7F", zorder=3, s=50
    )
    for yy, m in zip(y, shown, strict=True):
        target = TARGET_MS.get(m, 1000 if m == "analysis-method switch" else 250)
        left.plot([target, target], [yy - 0.4, yy + 0.4], color="#D55E00", linewidth=2)
    left.set_yticks(y, shown, fontsize=8)
    left.set_xlabel("ms from the click until the map is redrawn (p50 bar, p95 |)")
    left.set_title(f"Click → redrawn, Chromium ({feel['measured']})", fontsize=10)
    left.scatter([], [], marker="^", color="#7F7F7F", label="floor: static Leaflet, same work")
    left.plot([], [], color="#D55E00", linewidth=2, label="target")
    handles, labels = left.get_legend_handles_labels()
    handles += [Patch(color="#0072B2")]
    labels += ["dashboard (map kept mounted in streamlit-folium's iframe)"]
    left.legend(handles, labels, fontsize=8, loc="center right")

    waves = crowd["waves"]
    sessions = [w["sessions"] for w in waves]
    right.plot(sessions, [w["to_map_p95"] for w in waves], "o-", color="#0072B2", label="p95 time-to-map (s)")
    right.plot(
        sessions, [w["choice_p95"] for w in waves], "s--", color="#56B4E9", label="p95 kecamatan choice (s)"
    )
    right.axhline(3, color="#D55E00", linewidth=1.5, label="target: p95 time-to-map ≤ 3 s")
    right.set_xlabel("sessions at once (each on a different view)")
    right.set_ylabel("seconds (server side, until script_finished)")
    twin = right.twinx()
    twin.plot(sessions, [w["rss_mb"] for w in waves], "^:", color="#7F7F7F", label="server RSS (MB)")
    twin.set_ylabel("server RSS, MB")
    twin.set_ylim(0, max(w["rss_mb"] for w in waves) * 1.2)
    handles = right.get_legend_handles_labels()
    more = twin.get_legend_handles_labels()
    right.legend(handles[0] + more[0], handles[1] + more[1], fontsize=8, loc="upper left")
    right.set_title(f"Many at once ({crowd['measured']})", fontsize=10)
    fig.tight_layout()
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=110)
    plt.close(fig)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("feel", type=Path, help="JSON written by benchmarks/feel.py --json")
    parser.add_argument("crowd", type=Path, help="JSON written by benchmarks/crowd.py --json")
    parser.add_argument("-o", "--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    print(plot(json.loads(args.feel.read_text()), json.loads(args.crowd.read_text()), args.out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
