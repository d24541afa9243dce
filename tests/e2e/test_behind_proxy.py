"""In Chromium, two dashboard processes on one store behind the production nginx config.

What a province's installation (deploy/README.md) relies on, walked through the proxy:
(a) the websocket passes nginx (the map draws its polygons via the proxy's address);
(b) stickiness: every request of one browser context, its websocket included, reaches
one process, while contexts with different route cookies reach different processes
(nginx's access log names the process per route; the config's ``X-Upstream`` header
picks the process a context is pinned to);
(c) an import an official saves through process A is seen through process B, which
had already drawn the layer before the import (its caches follow the store);
(d) the process learns the visitor's address, not the proxy's, and not one the visitor
wrote into X-Forwarded-For (the sign-in lockout counts per visitor).

The store is a fixture parameter handed to the processes only as ``PETA_STORE``:
``gpkg`` is one GeoPackage file the two processes share (one machine); ``postgis`` is
one PostgreSQL + PostGIS database (one machine or several: the accounts are in it too).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import load_workbook

from potensi.core.config import REPO_ROOT
from potensi.data.store_copy import copy_store
from potensi.testing import stores
from potensi.testing.accounts import TEST_PASSWORD
from potensi.testing.proxy import (
    REMOTE_ADDRESS,
    ROUTE_COOKIE,
    UPSTREAM_HEADER,
    NginxMissing,
    Proxy,
    ProxyFailed,
    nginx_proxy,
)
from potensi.testing.server import ServerFailed, streamlit_run, wait_for_warm_up
from tests.e2e.helpers import settled, sign_in, wait_for_polygons

pytestmark = pytest.mark.e2e

EDITOR = "editor_proksi"
NEW_ID = "UJI-PROKSI-0001"
NEW_NAME = "Sentra koi uji proksi"
UPLOAD_NAME = "potensi_lewat_proksi.xlsx"
#: the text of the page's tables (Streamlit's grid keeps an accessible copy in <td>s)
GRID_CELLS = """() => Array.from(document.querySelectorAll('[data-testid="stDataFrame"] td'))
  .map(c => c.textContent).join('\\n')"""
ROWS = re.compile(r"^([\d.]+) baris$")


@dataclass(frozen=True)
class Site:
    """nginx in front of two processes: the proxy and each process's ``host:port``."""

    proxy: Proxy
    a: str
    b: str
    logs: tuple[Path, Path]


@pytest.fixture(scope="module", params=["gpkg", "postgis"])
def shared_store(
    request: pytest.FixtureRequest, e2e_store: Path | str, tmp_path_factory: pytest.TempPathFactory
) -> str:
    """``PETA_STORE`` of the store both processes share, with the e2e data.

    ``gpkg``: a private copy of the e2e store as a GeoPackage (the test writes), the file
    both processes of one machine open; ``postgis``: the same in a PostGIS database, the
    one store processes on several machines share. Whatever the run's backend, the copy
    is made by ``store copy`` (or a plain copy within one backend); nothing else in this
    module looks at the store.
    """
    folder = tmp_path_factory.mktemp("proxy-store")
    same_kind = (request.param == "postgis") == (stores.backend() == "postgis")
    if same_kind:
        return str(stores.clone_store(e2e_store, folder, keep=True))
    target = folder / "peta.gpkg" if request.param == "gpkg" else stores.cluster().create_database()
    assert copy_store(e2e_store, target).ok
    return str(target)


def _add_editor(store: str) -> None:
    """The official's account, made as IT would (the CLI, the store from PETA_STORE only)."""
    subprocess.run(
        [sys.executable, "-m", "potensi", "users", "add", EDITOR, "--role", "editor", "--password-stdin"],
        input=TEST_PASSWORD + "\n",
        text=True,
        env={**os.environ, "PETA_STORE": store},
        cwd=REPO_ROOT,
        check=True,
        capture_output=True,
    )


@pytest.fixture(scope="module")
def site(shared_store: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    _add_editor(shared_store)
    folder = tmp_path_factory.mktemp("proxy")
    env = {**os.environ, "PETA_STORE": shared_store}
    try:
        with ExitStack() as stack:
            ports = []
            logs = (folder / "streamlit-a.log", folder / "streamlit-b.log")
            for log in logs:
                ports.append(stack.enter_context(streamlit_run(REPO_ROOT / "dashboard.py", log, env=env)))
                wait_for_warm_up(log)
            upstreams = [f"127.0.0.1:{port}" for port in ports]
            proxy = stack.enter_context(nginx_proxy(upstreams))
            yield Site(proxy, *upstreams, logs)
    except (ServerFailed, ProxyFailed, NginxMissing) as exc:
        pytest.fail(str(exc))


def _pinned_context(browser, site: Site, process: str, **options):
    """A browser context whose route cookie the proxy sends to ``process``.

    Each new context gets a random cookie on its first answer (as a new visitor does);
    contexts that landed elsewhere are closed, as if that visitor had gone away.
    """
    for _ in range(40):  # each try lands on `process` with p = 1/2
        context = browser.new_context(viewport={"width": 1400, "height": 1000}, **options)
        answer = context.request.get(f"{site.proxy.url}/_stcore/health")
        if answer.headers.get(UPSTREAM_HEADER.lower()) == process:
            return context
        context.close()
    raise AssertionError(f"no random route cookie reached {process} in 40 tries")


def _route(context) -> str:
    return next(c["value"] for c in context.cookies() if c["name"] == ROUTE_COOKIE)


def _watch(page) -> list[str]:
    """The ``X-Upstream`` of every response the page gets through the proxy."""
    seen: list[str] = []
    page.on("response", lambda response: seen.append(response.headers.get(UPSTREAM_HEADER.lower(), "")))
    return seen


def _potensi_rows(page, url: str) -> int:
    """The Data page's row count of the potensi layer."""
    page.goto(f"{url}/data")
    settled(page)
    main = page.get_by_test_id("stMain")
    main.get_by_test_id("stSelectbox").first.click()
    page.get_by_role("option", name="Potensi sektoral").click()
    settled(page)
    text = main.get_by_text(ROWS).first.inner_text()
    return int(ROWS.match(text.strip()).group(1).replace(".", ""))


def _import_new_row(page, url: str, folder: Path) -> None:
    """Sign in, download the potensi template, add one new row, upload, save (Kelola)."""
    page.goto(f"{url}/kelola")
    settled(page)
    sign_in(page, EDITOR, TEST_PASSWORD)
    main = page.get_by_test_id("stMain")
    main.get_by_test_id("stSelectbox").first.click()
    page.get_by_role("option", name="Potensi sektoral").click()
    settled(page)
    with page.expect_download() as download:
        main.get_by_role("button", name=re.compile("^Unduh templat")).click()
    template = folder / "unduhan.xlsx"
    download.value.save_as(template)

    book = load_workbook(template)
    sheet = book["Data"]
    headers = [str(c.value).rstrip("*") for c in sheet[1]]
    for column, value in {
        "potensi_id": NEW_ID,
        "nama": NEW_NAME,
        "sumber": "https://blitarkab.go.id/uji-proksi",
        "contoh": "tidak",
    }.items():
        sheet.cell(row=2, column=headers.index(column) + 1, value=value)
    book.save(folder / UPLOAD_NAME)

    uploader = page.get_by_test_id("stFileUploader").locator('input[type="file"]')
    uploader.set_input_files(str(folder / UPLOAD_NAME))  # an upload through nginx
    main.get_by_text("lolos pemeriksaan").wait_for(timeout=60_000)
    settled(page)
    main.get_by_role("button", name="Simpan", exact=True).click()
    main.get_by_text("Tersimpan: impor").wait_for(timeout=60_000)
    settled(page)


def _served(proxy: Proxy, route: str, timeout: float = 10.0) -> list[tuple[str, str, str]]:
    """(process, status, request) of each request of ``route`` in nginx's access log,
    once its websocket's line is there (written when the closed socket is noticed)."""
    deadline = time.monotonic() + timeout
    while True:
        served = [
            (upstream, status, request)
            for line in proxy.access_log.read_text(encoding="utf-8").splitlines()
            for logged, upstream, status, request in [line.split(" ", 3)]
            if logged == route
        ]
        if any(status == "101" for _, status, _ in served) or time.monotonic() > deadline:
            return served
        time.sleep(0.2)


def test_two_processes_behind_nginx_share_one_store_and_keep_each_visitor(
    browser, site: Site, tmp_path_factory: pytest.TempPathFactory, artifacts: Path
) -> None:
    folder = tmp_path_factory.mktemp("proxy-walk")
    url = site.proxy.url
    visits: list[tuple[str, str, list[str]]] = []  # (route, pinned process, X-Upstream seen)

    # (a) the map through the proxy, for a visitor pinned to B; B also counts the potensi
    # rows before the import, so its caches hold the store as it was
    context = _pinned_context(browser, site, site.b)
    page = context.new_page()
    visits.append((_route(context), site.b, _watch(page)))
    page.goto(url)
    assert wait_for_polygons(page).count() > 0
    settled(page)
    page.screenshot(path=str(artifacts / "proksi-peta-b.png"), full_page=True)
    rows_before = _potensi_rows(page, url)
    context.close()

    # (c) an official imports a new row through A ...
    context = _pinned_context(browser, site, site.a, accept_downloads=True)
    page = context.new_page()
    visits.append((_route(context), site.a, _watch(page)))
    _import_new_row(page, url, folder)
    page.screenshot(path=str(artifacts / "proksi-impor-a.png"), full_page=True)
    context.close()

    # ... and a new visitor on B sees it: one row more on the Data page, and the import
    # at the top of Kelola's history once an official signs in there
    context = _pinned_context(browser, site, site.b)
    page = context.new_page()
    visits.append((_route(context), site.b, _watch(page)))
    assert _potensi_rows(page, url) == rows_before + 1
    page.screenshot(path=str(artifacts / "proksi-data-b.png"), full_page=True)
    page.goto(f"{url}/kelola")
    settled(page)
    sign_in(page, EDITOR, TEST_PASSWORD)
    history = page.evaluate(GRID_CELLS)
    page.screenshot(path=str(artifacts / "proksi-riwayat-b.png"), full_page=True)
    context.close()
    assert UPLOAD_NAME in history and EDITOR in history, history[:3000]

    # (b) each visitor's answers all came from the process it was pinned to, its
    # websocket too (nginx logs a websocket, status 101, when it closes), and the
    # visitors' routes reached both processes
    for route, process, seen in visits:
        assert seen and set(seen) == {process}, (process, set(seen))
        served = _served(site.proxy, route)
        assert {upstream for upstream, _, _ in served} == {process}, served
        assert any(status == "101" and "/_stcore/stream" in request for _, status, request in served), served
    assert len({route for route, _, _ in visits}) == 3
    assert {process for _, process, _ in visits} == {site.a, site.b}


def test_the_process_sees_the_visitors_address_not_the_proxys_nor_a_forged_one(browser, site: Site) -> None:
    """Behind a proxy every connection comes from 127.0.0.1, which Streamlit reports as
    no address: without X-Forwarded-For all visitors would share one sign-in lockout,
    and one guesser would lock everyone out. The visitor here connects from 127.0.0.3
    (``remote_url``) and claims to be 203.0.113.7; the process must log 127.0.0.3."""
    context = browser.new_context(
        viewport={"width": 1400, "height": 1000}, extra_http_headers={"X-Forwarded-For": "203.0.113.7"}
    )
    page = context.new_page()
    page.goto(f"{site.proxy.remote_url}/kelola")
    settled(page)
    sidebar = page.get_by_test_id("stSidebar")
    if not sidebar.get_by_label("Nama akun").is_visible():
        sidebar.get_by_text("Masuk petugas").click()
    sidebar.get_by_label("Nama akun").fill("tamu_proksi")
    sidebar.get_by_label("Kata sandi").fill("bukan-sandinya")
    sidebar.get_by_role("button", name="Masuk", exact=True).click()
    sidebar.get_by_text("Nama akun atau kata sandi salah").wait_for(timeout=30_000)
    context.close()

    refused = [
        line
        for log in site.logs
        for line in log.read_text(encoding="utf-8", errors="replace").splitlines()
        if "Masuk ditolak" in line
    ]
    assert len(refused) == 1, refused
    assert f"(klien {REMOTE_ADDRESS})" in refused[0], refused
