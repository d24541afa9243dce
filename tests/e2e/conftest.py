"""A real ``streamlit run`` on localhost and Debian's headless Chromium driving it.

The browser records every request it makes, so a test can assert that the page
drew with nothing but the dashboard's own host (no CDN, no internet).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from potensi.testing import stores
from potensi.testing.server import ServerFailed, chromium, serve

XSS_NAME = "<img src=x onerror=alert(1)>"


@pytest.fixture(scope="session")
def e2e_store(blitar_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Blitar store with the seed data and one hostile record typed by an 'official'."""

    from potensi.core.store import load_layer
    from potensi.data.importer import import_file
    from potensi.data.seed import seed_store

    folder = tmp_path_factory.mktemp("e2e")
    store = stores.clone_store(blitar_store, folder, keep=True)
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


@pytest.fixture(scope="session")
def server(e2e_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of the dashboard served from the e2e store, on localhost."""
    try:
        with serve(e2e_store, tmp_path_factory.mktemp("streamlit") / "streamlit.log") as url:
            yield url
    except ServerFailed as exc:
        pytest.fail(str(exc))


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    try:
        with chromium() as instance:
            yield instance
    except FileNotFoundError as exc:
        pytest.fail(str(exc))


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


@pytest.fixture(scope="session")
def every_page_walk(browser, seeded_store: Path, artifacts: Path, tmp_path_factory: pytest.TempPathFactory):
    """One walk over every page and view, both languages, with hostile text in every field.

    A whole-app walk costs a minute or more; its figures (what ran, what each view
    showed, which buttons it drew) serve every check that needs all pages, so it is
    done once. It is anonymous (no account in the store).
    """
    from potensi.testing.xss import WALKED_PAGES, build_hostile_store, visit_every_page
    from ui.router import PAGES

    folder = tmp_path_factory.mktemp("walk")
    hostile = build_hostile_store(seeded_store, folder / "xss")
    try:
        with serve(hostile.path, folder / "streamlit.log") as url:
            others = [name for name, _, _ in PAGES if name not in WALKED_PAGES]
            figures = visit_every_page(browser, url, hostile, artifacts, others)
    except ServerFailed as exc:
        pytest.fail(str(exc))
    return hostile, figures
