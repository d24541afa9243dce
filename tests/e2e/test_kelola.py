"""In Chromium, the acceptance walk of *Kelola Data* (issue #15): an anonymous visitor
finds no link and, opening /kelola, only a sign-in hint; an editor signs in, downloads
the potensi template, uploads it with one misspelt kecamatan and sees the problem with
its suggestion, fixes the file, sees a real row's replacement old → new, confirms,
saves and undoes; the audit log names the editor for both.

One server of its own on a copy of the e2e store (the walk writes), one walk.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

from potensi.data import audit
from potensi.data.tables import IMPORT_COLUMN, read_rows
from potensi.data.users import add_user
from potensi.testing.accounts import TEST_PASSWORD
from tests.e2e.helpers import private_server, settled, sign_in

pytestmark = pytest.mark.e2e

EDITOR = "editor_kelola"
GRID_CELLS = """() => Array.from(document.querySelectorAll('[data-testid="stDataFrame"] td'))
  .map(c => c.textContent).join('\\n')"""


def _settled(page, timeout: float = 90_000) -> None:
    settled(page, 1000, timeout)


def _rows(store: Path) -> pd.DataFrame:
    return read_rows("potensi", store).sort_values("potensi_id").reset_index(drop=True)


def _fill(path: Path, out: Path, kecamatan: str, real: dict) -> Path:
    """The downloaded template: its example row with ``kecamatan``, and one real row
    with a new name below it (a correction)."""
    book = load_workbook(path)
    sheet = book["Data"]
    headers = [str(c.value).rstrip("*") for c in sheet[1]]
    sheet.cell(row=2, column=headers.index("kecamatan") + 1, value=kecamatan)
    for index, name in enumerate(headers, start=1):
        value = real.get(name)
        if value is None or (isinstance(value, float) and pd.isna(value)):
            continue
        sheet.cell(row=3, column=index, value=value)
    book.save(out)
    return out


def _walk(browser, url: str, store: Path, folder: Path, real: dict, artifacts: Path) -> None:
    old_name, new_name = real["nama"], real["nama"] + " (diperbarui)"
    before = _rows(store)
    context = browser.new_context(viewport={"width": 1400, "height": 1100}, accept_downloads=True)
    page = context.new_page()
    page.goto(f"{url}/kelola")
    _settled(page)
    nav = page.get_by_test_id("stTopNav")
    main = page.get_by_test_id("stMain")
    assert "Kelola Data" not in nav.inner_text()
    assert main.get_by_text("Halaman ini untuk petugas yang masuk").is_visible()
    assert page.get_by_test_id("stFileUploader").count() == 0
    assert main.locator("button").count() == 0
    page.screenshot(path=str(artifacts / "kelola-anonim.png"), full_page=True)

    sign_in(page, EDITOR, TEST_PASSWORD)
    _settled(page)
    assert "Kelola Data" in nav.inner_text()

    main.get_by_test_id("stSelectbox").first.click()
    page.get_by_role("option", name="Potensi sektoral").click()
    _settled(page)
    with page.expect_download() as download:
        main.get_by_role("button", name=re.compile("^Unduh templat")).click()
    template = folder / "unduhan.xlsx"
    download.value.save_as(template)

    uploader = page.get_by_test_id("stFileUploader").locator('input[type="file"]')
    uploader.set_input_files(str(_fill(template, folder / "templat_potensi.xlsx", "Kanigroro", real)))
    main.get_by_text("belum dapat disimpan").wait_for(timeout=60_000)
    _settled(page)
    cells = page.evaluate(GRID_CELLS)
    assert "Kanigroro" in cells and "mungkin maksudnya 'Kanigoro'" in cells, cells
    assert main.get_by_role("button", name="Simpan", exact=True).count() == 0
    page.screenshot(path=str(artifacts / "kelola-masalah.png"), full_page=True)

    fixed = _fill(template, folder / "templat_potensi_perbaikan.xlsx", "Kanigoro", {**real, "nama": new_name})
    uploader.set_input_files(str(fixed))
    main.get_by_text("lolos pemeriksaan").wait_for(timeout=60_000)
    _settled(page)
    cells = page.evaluate(GRID_CELLS)
    assert "CONTOH-POT-0001" in cells and old_name in cells and new_name in cells, cells
    assert main.get_by_role("button", name="Simpan", exact=True).count() == 0  # not yet confirmed
    page.screenshot(path=str(artifacts / "kelola-ganti.png"), full_page=True)
    main.get_by_text("Saya sudah memeriksa").click()
    _settled(page)
    main.get_by_role("button", name="Simpan", exact=True).click()
    main.get_by_text("Tersimpan: impor").wait_for(timeout=60_000)
    _settled(page)
    saved = _rows(store).set_index("potensi_id")
    assert saved.loc[real["potensi_id"], "nama"] == new_name
    assert "CONTOH-POT-0001" in saved.index
    page.screenshot(path=str(artifacts / "kelola-tersimpan.png"), full_page=True)

    main.get_by_role("button", name="Urungkan", exact=True).click()
    main.get_by_text("diurungkan").first.wait_for(timeout=60_000)
    _settled(page)
    page.screenshot(path=str(artifacts / "kelola-diurungkan.png"), full_page=True)
    pd.testing.assert_frame_equal(_rows(store), before)
    context.close()


def test_an_editor_imports_fixes_replaces_saves_and_undoes(
    browser, e2e_store: Path, tmp_path_factory: pytest.TempPathFactory, artifacts: Path
) -> None:
    folder = tmp_path_factory.mktemp("kelola")
    with private_server(e2e_store, folder) as (url, store, _log):
        add_user(EDITOR, "editor", TEST_PASSWORD, store)
        rows = read_rows("potensi", store)
        real = rows[~rows.contoh.astype(bool)].iloc[0].drop(IMPORT_COLUMN).to_dict()
        _walk(browser, url, store, folder, real, artifacts)

    logged = audit.entries(store)
    mine = logged[logged.aksi.isin(["impor", "batal_impor"])]
    assert list(mine.aksi) == ["batal_impor", "impor"]
    assert set(mine.pelaku) == {EDITOR}
