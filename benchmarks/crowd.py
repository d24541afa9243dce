"""Many people at once, memory and start-up of a real dashboard.

Run: ``python benchmarks/crowd.py [--quick] [--json PATH]`` (part of ``make bench``;
``make bench-quick`` runs ``--quick``: one wave of 3 sessions). Nothing is asserted.

- **Sessions at once**: for each wave size *n* (1, 10, 20, 30) a freshly started
  dashboard gets one visitor first (the store's frames loaded, as on a server in use),
  then *n* websocket sessions start together (``server_rerun.Session``: the messages a
  browser sends), each on a different view (kecamatan, indicator, language, layers
  differ), and each then chooses another kecamatan in the sidebar filter. Figures: p50 and
  p95 of the time from the session's first message until Streamlit's
  ``script_finished`` (the page with its map sent: *time-to-map* on the server's side,
  the browser's drawing not included, see ``feel.py`` for that), the same for the
  kecamatan choice, the server's RSS with the *n* sessions open, the RSS each added
  session costs, and whether the server log holds an error.
- **Memory**: RSS of the server process after start, after the map page, and after a
  session has opened every page once (over the websocket, before the first wave).
- **Start-up**: what ``make run`` does on a set-up checkout, step by step: ``assets
  install`` (a no-op once installed), ``data seed`` (on a copy of the store), the server's
  start until it answers its health check, and the first map in Chromium; then a second
  start whose visitor arrives once the launcher's warm-up has filled the caches.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent)]

from server_rerun import Session  # noqa: E402

from potensi.core.config import REPO_ROOT  # noqa: E402
from potensi.testing.server import serve  # noqa: E402

WAVES = (1, 10, 20, 30)
QUICK_WAVES = (3,)
INDICATORS = ("luas", "jumlah_desa", "count_potensi")
PAGES = ("profil", "peluang", "inovasi", "analisis", "data", "tentang")


def server_pid(port: int) -> int:
    """The process serving ``port`` (started by ``potensi.testing.server.streamlit_run``)."""
    needle = f"--server.port\0{port}\0".encode()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if needle in (entry / "cmdline").read_bytes():
                    return int(entry.name)
            except OSError:
                continue
    raise LookupError(f"no process serves port {port}")


def rss_mb(pid: int) -> float:
    """Resident memory of a process, MB (``VmRSS``)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def view(i: int, codes: list[str]) -> str:
    """A different view for session ``i``: kecamatan, indicator, language and layers vary."""
    layers = ("potensi,peluang,inovasi", "desa", "potensi,label", "-")[i // len(codes) % 4]
    return (
        f"kecamatan={codes[i % len(codes)]}&indikator={INDICATORS[i % len(INDICATORS)]}"
        f"&lang={'en' if i % 2 else 'id'}&layers={layers}"
    )


def percentile(values: list[float], q: int) -> float:
    if len(values) < 2:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def wave(port: int, n: int, codes: list[str]) -> dict[str, object]:
    """``n`` sessions at once, each opening its view and then choosing another kecamatan."""
    sessions: list[Session | None] = [None] * n
    to_map: list[float] = [0.0] * n
    choice: list[float] = [0.0] * n
    errors: list[str] = []
    barrier = threading.Barrier(n)

    def visitor(i: int) -> None:
        try:
            barrier.wait()
            start = time.perf_counter()
            session = Session(port)  # the websocket's opening is part of what a browser waits for
            session.rerun(query=view(i, codes))
            to_map[i] = time.perf_counter() - start
            sessions[i] = session
            choice[i] = session.rerun("f_kecamatan", [codes[(i + 5) % len(codes)]])[0]
        except Exception as exc:  # noqa: BLE001 - reported as a figure, the wave goes on
            errors.append(f"{type(exc).__name__}: {exc}")

    threads = [threading.Thread(target=visitor, args=(i,)) for i in range(n)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    rss = rss_mb(server_pid(port))
    for session in sessions:
        if session is not None:
            session.close()
    ok_map = [t for t, s in zip(to_map, sessions, strict=True) if s is not None]
    ok_choice = [c for c in choice if c]
    return {
        "sessions": n,
        "failed": len(errors),
        "errors": errors[:3],
        "to_map_p50": statistics.median(ok_map) if ok_map else None,
        "to_map_p95": percentile(ok_map, 95) if ok_map else None,
        "choice_p50": statistics.median(ok_choice) if ok_choice else None,
        "choice_p95": percentile(ok_choice, 95) if ok_choice else None,
        "rss_mb": rss,
    }


def log_errors(log: Path) -> list[str]:
    """Lines of the server log that report an error."""
    text = log.read_text(errors="replace") if log.exists() else ""
    return [line for line in text.splitlines() if any(w in line for w in ("Traceback", "Error", "Exception"))]


def crowd(
    store: Path, work: Path, waves: tuple[int, ...], codes: list[str]
) -> tuple[list[dict[str, object]], dict[str, float]]:
    """Each wave on a freshly started server, after one first visitor; on the first
    wave's server, before its wave, the server's memory after start and after every page."""
    rows = []
    memory: dict[str, float] = {}
    for n in waves:
        log = work / f"crowd{n}.log"
        with serve(store, log) as url:
            port = int(url.rsplit(":", 1)[1])
            pid = server_pid(port)
            if not memory:
                memory["after start"] = rss_mb(pid)
            first = Session(port)
            first.rerun()
            first.close()
            if len(memory) == 1:
                memory["after the map page"] = rss_mb(pid)
                for page in PAGES:
                    session = Session(port)
                    session.rerun(page_name=page)
                    session.close()
                memory["after every page"] = rss_mb(pid)
            base = rss_mb(pid)
            row = wave(port, n, codes)
            row["rss_base_mb"] = base
            row["rss_per_session_mb"] = (row["rss_mb"] - base) / n
            time.sleep(0.5)
            row["alive"] = Session(port).rerun()[0] > 0
        row["log_errors"] = log_errors(log)[:3]
        rows.append(row)
        print(f"wave of {n} sessions done", file=sys.stderr, flush=True)
    return rows, memory


def start_up(store: Path, work: Path) -> dict[str, float]:
    """``make run``'s steps on a set-up checkout, timed one by one, then the first map."""
    from feel import fresh, time_to_content

    from potensi.testing.server import chromium

    copy = work / "startup.gpkg"
    shutil.copyfile(store, copy)
    env = {**os.environ, "PETA_STORE": str(copy)}
    figures = {}
    for step, args in (("assets install", ["assets", "install"]), ("data seed", ["data", "seed"])):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "potensi", *args], cwd=REPO_ROOT, env=env, check=True, capture_output=True
        )
        figures[step] = time.perf_counter() - start
    with chromium() as browser:
        start = time.perf_counter()
        log = work / "startup.log"
        # the visitor arrives as soon as the server answers, the warm-up still running
        with serve(copy, log, warm=False) as url:
            figures["server start until healthy"] = time.perf_counter() - start
            context, page = fresh(browser)
            figures["first map in Chromium (time-to-content)"] = time_to_content(page, url + "/", True) / 1000
            context.close()
        figures["make run → first map"] = sum(figures.values())
        # the same start, the visitor arriving once the launcher's warm-up (ui/warmup.py)
        # has filled the caches, as someone who opens the browser a few seconds later
        start = time.perf_counter()
        with serve(copy, work / "startup-warm.log") as url:
            figures["server start until caches warm (ui/warmup.py)"] = time.perf_counter() - start
            context, page = fresh(browser)
            figures["first map once warm (time-to-content)"] = time_to_content(page, url + "/", True) / 1000
            context.close()
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one wave of 3 sessions (CI)")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = parser.parse_args(argv)
    from run import MIRROR

    from potensi.boundaries.build import build_region
    from potensi.core.store import load_boundaries
    from potensi.data.seed import seed_store

    work = Path(tempfile.mkdtemp(prefix="peta-crowd-"))
    store = work / "peta.gpkg"
    build_region("35.05", store=store, mirror=MIRROR, progress=lambda _m: None)
    seed_store(store, progress=lambda _m: None)
    codes = list(load_boundaries(store).kecamatan.sort_values("kode").kode)
    rows, mem = crowd(store, work, QUICK_WAVES if args.quick else WAVES, codes)
    startup = start_up(store, work)

    print(
        "| sessions at once | time-to-map p50 / p95 (server) | kecamatan choice p50 / p95 | server RSS | "
        "RSS per added session | failed | server up after | errors in log |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for r in rows:
        ms = lambda v: "–" if v is None else f"{v * 1000:.0f} ms"  # noqa: E731
        print(
            f"| {r['sessions']} | {ms(r['to_map_p50'])} / {ms(r['to_map_p95'])} | {ms(r['choice_p50'])} / "
            f"{ms(r['choice_p95'])} | {r['rss_mb']:.0f} MB (base {r['rss_base_mb']:.0f}) | "
            f"{r['rss_per_session_mb']:.1f} MB | {r['failed']} | {'yes' if r['alive'] else 'no'} | "
            f"{len(r['log_errors'])} |"
        )
    print("\nServer RSS: " + ", ".join(f"{k} {v:.0f} MB" for k, v in mem.items()))
    print(
        "Start-up (`make run` on a set-up checkout): "
        + ", ".join(f"{k} {v:.1f} s" for k, v in startup.items())
    )
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(
            json.dumps(
                {
                    "waves": rows,
                    "memory": mem,
                    "startup": startup,
                    "measured": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
                },
                indent=1,
            )
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
