"""In Chromium: an anonymous visitor who opens ``/admin`` sees a refusal, no control and
no *Pengguna & audit* in the navigation; an admin made with the CLI signs in, adds an
editor, disables it, and finds both changes in the audit log under the admin's name.

A server of its own on a copy of the e2e store, so the accounts change no other
test's data; its log is searched for the passwords at the end.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from potensi.core.config import REPO_ROOT
from potensi.data.users import list_users
from potensi.testing import stores
from potensi.testing.accounts import TEST_PASSWORD
from tests.e2e.helpers import private_server, settled, sign_in

pytestmark = pytest.mark.e2e

EDITOR_PASSWORD = "Editor-Baru-3307-Srengat"
#: the cells the data grid keeps in the DOM for screen readers (its canvas is not text)
GRID_CELLS = """() => Array.from(document.querySelectorAll('[data-testid="stDataFrame"] td'))
  .map(c => c.textContent)"""


@pytest.fixture(scope="module")
def own(e2e_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path, Path]]:
    """(base URL, store, server log) of a dashboard on a private copy of the e2e store."""
    with private_server(e2e_store, tmp_path_factory.mktemp("admin")) as served:
        yield served


def _settled(page, timeout: float = 90_000) -> None:
    settled(page, 1500, timeout)


def _nav_titles(page) -> list[str]:
    """The top navigation's page titles (each link's text ends with its title, after the icon)."""
    links = page.get_by_test_id("stTopNav").locator("a, button").all_inner_texts()
    return [text.strip().splitlines()[-1].strip() for text in links if text.strip()]


def test_anonymous_sees_a_refusal_and_the_admin_manages_accounts(browser, own, artifacts: Path) -> None:
    url, store, log = own
    made = subprocess.run(
        [sys.executable, "-m", "potensi", "users", "add", "kepala", "--role", "admin",
         "--password-stdin", "--store", str(store)],
        input=TEST_PASSWORD + "\n", capture_output=True, text=True, cwd=REPO_ROOT, check=False,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr

    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.goto(f"{url}/admin")
    _settled(page)
    page.get_by_text("Halaman ini hanya untuk admin").wait_for(timeout=30_000)
    assert page.get_by_role("button", name="Tambah akun").count() == 0
    assert page.get_by_test_id("stDataFrame").count() == 0
    assert "Data" in _nav_titles(page) and "Pengguna & audit" not in _nav_titles(page)
    page.screenshot(path=str(artifacts / "admin-anonim.png"), full_page=True)

    sign_in(page, "kepala", TEST_PASSWORD)
    _settled(page)
    assert "Pengguna & audit" in _nav_titles(page)

    add = page.get_by_test_id("stForm").first
    add.get_by_label("Nama akun").fill("editor_baru")
    add.get_by_label("Kata sandi baru", exact=True).and_(add.locator("input")).fill(EDITOR_PASSWORD)
    add.get_by_label("Ulangi kata sandi").fill(EDITOR_PASSWORD)
    add.get_by_role("button", name="Tambah akun").click()
    # the confirmation, not the audit log's cell that says the same (the grid keeps its
    # cells as text for screen readers)
    done = page.get_by_test_id("stAlertContentSuccess")
    done.get_by_text("Akun editor_baru (peran editor) dibuat.").wait_for(timeout=30_000)
    _settled(page)

    page.get_by_test_id("stSelectbox").filter(has=page.get_by_text("Akun", exact=True)).click()
    page.get_by_role("option", name="editor_baru").click()
    _settled(page)
    page.get_by_role("button", name="Nonaktifkan akun").click()
    done.get_by_text("Akun editor_baru dinonaktifkan").wait_for(timeout=30_000)
    _settled(page)
    page.screenshot(path=str(artifacts / "admin-pengguna.png"), full_page=True)
    assert [(u.nama, u.peran, u.aktif) for u in list_users(store)] == [
        ("editor_baru", "editor", False),
        ("kepala", "admin", True),
    ]

    page.get_by_role("tab", name="Jejak audit").click()
    page.get_by_role("button", name="Unduh jejak audit (CSV)").wait_for(timeout=30_000)
    page.wait_for_timeout(1500)
    cells = "\n".join(page.evaluate(GRID_CELLS))
    page.screenshot(path=str(artifacts / "admin-jejak-audit.png"), full_page=True)
    assert re.search(r"akun dinonaktifkan\s*\n\s*kepala", cells), cells[:2000]
    assert re.search(r"akun dibuat\s*\n\s*kepala", cells)
    assert "akun editor_baru dinonaktifkan" in cells and "akun editor_baru dibuat, peran editor" in cells
    context.close()

    for name, content in (("log", log.read_bytes()), ("store", stores.everything_stored(store))):
        for secret in (TEST_PASSWORD, EDITOR_PASSWORD):
            assert secret.encode() not in content, f"{secret} in {name}"
