"""A real dashboard on localhost and the Chromium that drives it, for tests and scripts.

The browser tests (``tests/e2e``) and the reliability script (``scripts/reliability.py``)
both need a real ``streamlit run`` serving a given store; it lives here once so the two
cannot drift apart. Chromium is Debian's (``/usr/bin/chromium``), headless, with
background networking off so that every request it makes is one the page asked for.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from potensi.core.config import REPO_ROOT, WARMUP_DONE, WARMUP_SKIPPED

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
#: how long a starting dashboard may take to answer its health check
START_TIMEOUT = 90.0


class ServerFailed(RuntimeError):
    """The dashboard did not start; the message carries its log."""


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def streamlit_run(
    script: Path,
    log: Path | None = None,
    launcher: Sequence[str] = ("-m", "ui.compat.server"),
    env: Mapping[str, str] | None = None,
    options: Sequence[str] = (),
    timeout: float = START_TIMEOUT,
) -> Iterator[int]:
    """``python <launcher> run <script>`` on a free localhost port; yields the port once healthy.

    ``launcher`` is the dashboard's own (TCP_NODELAY, see ``ui/compat/server.py``) or
    ``("-m", "streamlit")`` for stock Streamlit; the repository's ``.streamlit/config.toml``
    applies either way. Output goes to ``log`` (discarded without one); the server is
    stopped on exit.
    """
    port = free_port()
    with log.open("w") if log else open(os.devnull, "w") as out:
        proc = subprocess.Popen(
            [
                sys.executable,
                *launcher,
                "run",
                str(script),
                "--server.port",
                str(port),
                "--server.address",
                "127.0.0.1",
                "--server.headless",
                "true",
                *options,
            ],
            cwd=REPO_ROOT,
            env=dict(os.environ if env is None else env),
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2) as answer:
                    if answer.read() == b"ok":
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise ServerFailed(
                    f"streamlit run {script.name} did not start:\n{log.read_text() if log else ''}"
                )
            time.sleep(0.2)
        yield port
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextlib.contextmanager
def serve(store: Path, log: Path, timeout: float = START_TIMEOUT, warm: bool = True) -> Iterator[str]:
    """The dashboard serving ``store``; yields its base URL once it answers and, with
    ``warm``, once the launcher's warm-up has filled the caches (its line in ``log``), as
    a server someone has started a few seconds before they open it. Without ``warm`` the
    first visit meets the warm-up still running, which is how a benchmark times a visit
    right after the start."""
    env = {**os.environ, "PETA_STORE": str(store)}
    with streamlit_run(REPO_ROOT / "dashboard.py", log, env=env, timeout=timeout) as port:
        if warm and env.get("PETA_WARMUP", "1") != "0":
            wait_for_warm_up(log, timeout)
        yield f"http://127.0.0.1:{port}"


def wait_for_warm_up(log: Path, timeout: float = START_TIMEOUT) -> float:
    """Seconds until the server log says the caches are warm (or the warm-up gave up)."""
    started = time.monotonic()
    while True:
        text = log.read_text(encoding="utf-8", errors="replace")
        if WARMUP_DONE in text or WARMUP_SKIPPED in text:
            return time.monotonic() - started
        if time.monotonic() - started > timeout:
            raise ServerFailed(f"the warm-up did not finish in {timeout:.0f} s:\n{text[-3000:]}")
        time.sleep(0.05)


@contextlib.contextmanager
def chromium() -> Iterator[object]:
    """Debian's headless Chromium under Playwright (a ``playwright`` Browser)."""
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        raise FileNotFoundError(
            f"Chromium tidak ditemukan di {CHROMIUM}: jalankan `make system-deps` (apt-get install chromium)"
        )
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield instance
        finally:
            instance.close()
