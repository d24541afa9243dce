"""A real ``streamlit run`` on localhost and Debian's headless Chromium driving it.

The browser records every request it makes, so a test can assert that the page
drew with nothing but the dashboard's own host (no CDN, no internet).
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from potensi.core.config import REPO_ROOT

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


XSS_NAME = "<img src=x onerror=alert(1)>"


@pytest.fixture(scope="session")
def e2e_store(blitar_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Blitar store with the seed data and one hostile record typed by an 'official'."""
    import shutil

    from potensi.core.store import load_layer
    from potensi.data.importer import import_file
    from potensi.data.seed import seed_store

    folder = tmp_path_factory.mktemp("e2e")
    store = folder / "peta.gpkg"
    shutil.copyfile(blitar_store, store)
    seed_store(store, progress=lambda _m: None)
    kec = load_layer("kecamatan", store)
    point = kec[kec.nama == "Doko"].geometry.iloc[0].representative_point()
    hostile = folder / "potensi_xss.csv"
    hostile.write_text(
        "potensi_id,nama,sektor,kategori,kecamatan,deskripsi,lat,lon,sumber,contoh\n"
        f'POT-XSS,"{XSS_NAME}",kehutanan,lainnya,Doko,"<script>alert(2)</script>",'
        f"{point.y:.6f},{point.x:.6f},https://example.go.id,ya\n",
        encoding="utf-8",
    )
    import_file("potensi", hostile, store=store)
    return store


@contextlib.contextmanager
def serve(store: Path, log: Path) -> Iterator[str]:
    """A real dashboard (``python -m ui.compat.server run``) on a free port, serving ``store``."""
    port = _free_port()
    env = {**os.environ, "PETA_STORE": str(store)}
    with log.open("w") as out:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "ui.compat.server",
                "run",
                "dashboard.py",
                "--server.port",
                str(port),
                "--server.address",
                "127.0.0.1",
                "--server.headless",
                "true",
            ],
            cwd=REPO_ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while True:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.read() == b"ok":
                    break
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"streamlit did not start:\n{log.read_text()}")
        time.sleep(0.5)
    try:
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="session")
def server(e2e_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of the dashboard served from the e2e store, on localhost."""
    with serve(e2e_store, tmp_path_factory.mktemp("streamlit") / "streamlit.log") as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail("Debian chromium missing: run `make system-deps` (apt-get install chromium)")
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture()
def page(browser, server: str) -> Iterator[object]:
    """A fresh page whose ``requested_hosts`` lists every host it contacted."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    tab = context.new_page()
    tab.requested_hosts = set()
    tab.dialogs = []
    tab.on("request", lambda request: tab.requested_hosts.add(request.url.split("/")[2]))
    tab.on("dialog", lambda dialog: (tab.dialogs.append(dialog.message), dialog.dismiss()))
    yield tab
    context.close()
