"""In Chromium: an anonymous visitor finds no write control on any page or method (in the
one whole-app walk of ``tests/e2e/conftest.py``, both languages); an
editor made with the CLI signs in, sees *Simpan …*, saves, and signs out; no password
reaches the server's log, the store or the accounts file.

A server of its own on a copy of the e2e store, so the save and the accounts change
no other test's data, and its log is read whole at the end.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from potensi.core.config import REPO_ROOT
from potensi.data.tables import read_rows
from potensi.i18n import CATALOGUE
from potensi.testing import stores
from potensi.testing.accounts import TEST_PASSWORD
from tests.e2e.helpers import private_server, settled
from ui.analisis import available
from ui.router import PAGES

pytestmark = pytest.mark.e2e

WRONG_PASSWORD = "Tebakan-Keliru-5521-Wlingi"
#: what a control that writes is called, in either language
WRITE_LABEL = re.compile(r"^\s*(Simpan|Save|Impor|Import|Batalkan|Undo|Hapus|Delete)\b", re.IGNORECASE)
#: the analysis result's download, drawn last on a method's page
DOWNLOAD = re.compile(r"^\s*(Unduh hasil|Download)")


@pytest.fixture(scope="module")
def own(e2e_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path, Path]]:
    """(base URL, store, server log) of a dashboard on a private copy of the e2e store."""
    with private_server(e2e_store, tmp_path_factory.mktemp("accounts")) as served:
        yield served


def _settled(page, timeout: float = 90_000) -> None:
    settled(page, 1500, timeout)


def _write_controls(page) -> list[str]:
    """Labels of buttons (and upload fields) that would change the store."""
    labels = page.locator("button").all_inner_texts()
    found = [label.strip() for label in labels if WRITE_LABEL.match(label)]
    return found + ["(unggah berkas)"] * page.get_by_test_id("stFileUploader").count()


def _choose_method(page, method: str) -> None:
    page.locator("button", has_text=CATALOGUE[f"analisis_metode_{method}"]["id"]).first.click()
    _settled(page)


def test_anonymous_finds_no_write_control_on_any_page(every_page_walk) -> None:
    # the one whole-app walk (tests/e2e/conftest.py) is anonymous: every page, each analysis
    # method and data layer, Kelola and admin by URL, in both languages, expanders opened
    _, figures = every_page_walk
    controls = figures.controls
    for lang in ("id", "en"):
        for name, _, _ in PAGES:  # every page was visited ("<lang>-<page>" or one of its views)
            assert any(view.split("-")[:2] == [lang, name] for view in controls), (lang, name)
        for i, method in enumerate(available(), start=1):
            assert f"{lang}-analisis-{i}" in controls, method
            if method in ("komoditas", "hierarki"):
                # drawn to the end: the download sits beside where an editor's save goes
                assert any(DOWNLOAD.match(label) for label in controls[f"{lang}-analisis-{i}"]), method
    found = {
        view: [label for label in labels if WRITE_LABEL.match(label) or label == "(unggah berkas)"]
        for view, labels in controls.items()
    }
    assert {view: labels for view, labels in found.items() if labels} == {}


def test_editor_from_the_cli_signs_in_saves_and_leaves_no_password_behind(
    browser, own, artifacts: Path
) -> None:
    url, store, log = own
    made = subprocess.run(
        [sys.executable, "-m", "potensi", "users", "add", "editor_e2e", "--role", "editor",
         "--password-stdin", "--store", str(store)],
        input=TEST_PASSWORD + "\n", capture_output=True, text=True, cwd=REPO_ROOT, check=False,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert TEST_PASSWORD not in made.stdout + made.stderr

    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.goto(f"{url}/analisis")
    _settled(page)
    _choose_method(page, "komoditas")
    assert _write_controls(page) == []
    sidebar = page.get_by_test_id("stSidebar")

    def sign_in(password: str) -> None:
        if not sidebar.get_by_label("Nama akun").is_visible():
            sidebar.get_by_text("Masuk petugas").click()
        sidebar.get_by_label("Nama akun").fill("editor_e2e")
        sidebar.get_by_label("Kata sandi").fill(password)
        sidebar.get_by_role("button", name="Masuk", exact=True).click()
        _settled(page)

    sign_in(WRONG_PASSWORD)
    assert sidebar.get_by_text("Nama akun atau kata sandi salah").is_visible()
    assert _write_controls(page) == []
    sign_in(TEST_PASSWORD)
    sidebar.get_by_text("Masuk sebagai").wait_for(timeout=30_000)
    save = page.get_by_role("button", name=re.compile("^Simpan LQ"))
    save.wait_for(timeout=60_000)
    page.screenshot(path=str(artifacts / "editor-komoditas.png"), full_page=True)
    _choose_method(page, "hierarki")
    assert _write_controls(page) == ["Simpan sebagai indikator peta"]
    _choose_method(page, "komoditas")
    before = len(read_rows("indikator", store))
    page.get_by_role("button", name=re.compile("^Simpan LQ")).click()
    page.get_by_text("lq_telur").first.wait_for(timeout=60_000)
    assert len(read_rows("indikator", store)) == before + 22
    sidebar.get_by_role("button", name="Keluar akun").click()
    _settled(page)
    assert sidebar.get_by_text("Anda telah keluar").is_visible()
    # the sidebar's notice is drawn first; the page below keeps the last run's (stale)
    # elements until the run reaches them, so wait for the save button to go
    page.get_by_role("button", name=re.compile("^Simpan LQ")).wait_for(state="detached", timeout=60_000)
    assert _write_controls(page) == []
    page.screenshot(path=str(artifacts / "editor-keluar.png"), full_page=True)
    context.close()

    for name, content in (("log", log.read_bytes()), ("store", stores.everything_stored(store))):
        for secret in (TEST_PASSWORD, WRONG_PASSWORD):
            assert secret.encode() not in content, f"{secret} in {name}"
            assert secret.encode("utf-16-le") not in content, f"{secret} in {name}"
