"""Reliability figures of the store, from one run: ``make reliability``.

Kills writers with SIGKILL at random moments (≥ 50 per operation), starts two
imports at once, feeds ≥ 500 malformed and hostile files to the importer, and prints
what happened, in the shape of docs/reliability.md: kills survived (store opens,
equals the state before or after), corrupt or lost states (must be 0), concurrent
writes lost (must be 0), files refused with a clear message and the store
byte-identical, the worst file's peak memory and time, and XSS payloads in every
text field of every layer shown on every page in Chromium (executed: must be 0). Every trial uses the real
store built from the mirror beside the repository and the project's seed.

    python scripts/reliability.py [--trials 50] [--rounds 10] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # this checkout's code, also when another one is installed

from potensi.boundaries.build import build_region  # noqa: E402
from potensi.core.config import REPO_ROOT  # noqa: E402
from potensi.data.seed import seed_store  # noqa: E402
from potensi.testing.hostile import run as hostile_run  # noqa: E402
from potensi.testing.reliability import OPERATIONS, concurrent_imports, kill_trials, prepare  # noqa: E402
from potensi.testing.xss import run as xss_run  # noqa: E402

MIRROR = Path(
    os.environ.get("PETA_GEODATA_MIRROR") or REPO_ROOT.parent / "shared" / "geodata" / "wilayah_boundaries"
)


def main(argv: list[str] | None = None) -> int:
    """Run every trial and print the table; exit 1 when any state was lost or corrupt."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=50, help="kills per operation (default 50)")
    parser.add_argument("--rounds", type=int, default=10, help="rounds of two imports at once")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    os.environ["PETA_BACKUP_KEEP"] = "0"  # trials measure the writes, not the backups
    with tempfile.TemporaryDirectory(prefix="keandalan-") as folder:
        root = Path(folder)
        seeded = root / "seeded.gpkg"
        print(f"Store Blitar dari mirror {MIRROR} …", flush=True)
        build_region("35.05", store=seeded, mirror=MIRROR, progress=lambda _m: None)
        seed_store(seeded, progress=lambda _m: None)
        results: dict[str, object] = {"measured": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}
        kills = []
        for operation in OPERATIONS:
            work = root / operation
            scenario = prepare(operation, seeded, work, MIRROR)
            started = time.monotonic()
            figures = kill_trials(operation, scenario, work, args.trials, seed=2026)
            kills.append(figures)
            print(
                f"kill -9 during {operation:<8} {figures.trials} trials: {figures.before} before, "
                f"{figures.after} after, {figures.corrupt} corrupt/lost "
                f"({figures.finished_first} finished before the kill; operation takes "
                f"{figures.seconds:.2f} s; {time.monotonic() - started:.0f} s in all)",
                flush=True,
            )
            for failure in figures.failures[:5]:
                print(f"    {failure}")
        results["kills"] = [{**asdict(k), "failures": k.failures[:5]} for k in kills]
        rounds, both, lost = concurrent_imports(seeded, root / "concurrent", rounds=args.rounds)
        results["concurrent"] = {"rounds": rounds, "both_applied": both, "lost": lost}
        print(f"two imports at once       {rounds} rounds: both applied {both}, lost {lost}", flush=True)
        hostile = hostile_run(seeded, measure=True)
        results["hostile"] = {**asdict(hostile), "failures": hostile.failures[:10]}
        print(
            f"malformed/hostile files   {hostile.tried} tried: {hostile.refused_clearly} refused clearly "
            f"(Indonesian message), store byte-identical after {hostile.store_unchanged}; worst peak memory "
            f"{hostile.worst_peak_mb:.0f} MB ({hostile.worst_file}), slowest {hostile.slowest_seconds:.1f} s "
            f"({hostile.slowest_file})",
            flush=True,
        )
        for failure in hostile.failures[:5]:
            print(f"    {failure}")
        xss = xss_run(seeded, root / "xss")
        results["xss"] = {
            "placements": xss.placements,
            "views": len(xss.views),
            "shown_as_text": xss.visible_total,
            "executed": len(xss.executed) + xss.hits,
            "dialogs": len(xss.dialogs),
            "foreign_requests": len(xss.foreign_requests),
        }
        print(
            f"XSS payloads              {xss.placements} placed in every text field of every layer, "
            f"{len(xss.views)} views in Chromium (ID and EN): shown as text {xss.visible_total}, "
            f"executed {len(xss.executed) + xss.hits}, dialogs {len(xss.dialogs)}, "
            f"requests to other hosts {len(xss.foreign_requests)}",
            flush=True,
        )
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    bad = sum(k.corrupt for k in kills) + lost + (hostile.tried - hostile.refused_clearly)
    bad += hostile.tried - hostile.store_unchanged
    bad += results["xss"]["executed"] + results["xss"]["dialogs"] + results["xss"]["foreign_requests"]
    print("OK: nothing lost or corrupt" if bad == 0 else f"GAGAL: {bad} trials lost or corrupted data")
    return 0 if bad == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
