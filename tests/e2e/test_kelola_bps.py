"""In Chromium, issue #16's acceptance walk: an editor chooses *Tabel BPS* on Kelola
Data, uploads the BPS-shaped population table (title rows, a two-row merged header,
'010 Bakung' names in BPS order, a total row and a Sumber line), sees the table as
understood and what was skipped, saves, and the choropleth shows the 22 values.

One server of its own on a copy of the e2e store (the walk writes), one walk.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from potensi.data.tables import read_rows
from potensi.data.users import add_user
from potensi.testing.accounts import TEST_PASSWORD
from tests.e2e.helpers import map_frame, private_server, sign_in
from tests.e2e.test_kelola import GRID_CELLS, _settled

pytestmark = pytest.mark.e2e

EDITOR = "editor_bps"
TABLE = Path(__file__).resolve().parents[1] / "fixtures" / "bps" / "penduduk_sp2010.xlsx"
KEY = "penduduk_bps_uji"


def _walk(browser, url: str, store: Path, artifacts: Path) -> None:
    context = browser.new_context(viewport={"width": 1400, "height": 1100})
    page = context.new_page()
    page.goto(f"{url}/kelola")
    _settled(page)
    sign_in(page, EDITOR, TEST_PASSWORD)
    _settled(page)
    main = page.get_by_test_id("stMain")
    main.get_by_text("Tabel BPS seperti diunduh").click()
    _settled(page)
    main.get_by_label("Kunci indikator (mis. penduduk)").fill(KEY)
    main.get_by_label("Kunci indikator (mis. penduduk)").press("Enter")
    _settled(page)
    page.get_by_test_id("stFileUploader").locator('input[type="file"]').set_input_files(str(TABLE))
    main.get_by_text("Tabel seperti dibaca").wait_for(timeout=60_000)
    _settled(page)
    cells = page.evaluate(GRID_CELLS)
    assert "35.05.05" in cells and "Bakung" in cells and "baris total kabupaten" in cells, cells
    page.screenshot(path=str(artifacts / "kelola-bps-pratinjau.png"), full_page=True)
    main.get_by_role("button", name="Simpan", exact=True).click()
    main.get_by_text("Tersimpan: impor").wait_for(timeout=60_000)
    _settled(page)
    rows = read_rows("indikator", store)
    saved = rows[rows.indikator == KEY].set_index("kode_wilayah").nilai
    assert len(saved) == 22 and saved["35.05.05"] == 25019 and saved["35.05.02"] == 39422

    page.goto(f"{url}/?indikator=ind:{KEY}")
    frame = map_frame(page)
    frame.locator(".peta-legend").wait_for(timeout=60_000)
    page.wait_for_timeout(1000)
    legend = frame.locator(".peta-legend").inner_text()
    assert "data nyata 22/22" in legend, legend
    page.screenshot(path=str(artifacts / "peta-bps-penduduk.png"), full_page=True)

    # the seeded population: real for all 22, its caveat in the legend
    page.goto(f"{url}/?indikator=ind:penduduk")
    frame = map_frame(page)
    frame.locator(".peta-legend").wait_for(timeout=60_000)
    page.wait_for_timeout(1000)
    legend = frame.locator(".peta-legend").inner_text()
    assert "data nyata 22/22" in legend and "angka sementara: hasil olah cepat" in legend, legend
    page.screenshot(path=str(artifacts / "peta-penduduk-sp2010.png"), full_page=True)
    context.close()


def test_an_editor_imports_a_bps_table_and_the_map_shows_it(
    browser, e2e_store: Path, tmp_path_factory: pytest.TempPathFactory, artifacts: Path
) -> None:
    with private_server(e2e_store, tmp_path_factory.mktemp("kelola_bps")) as (url, store, _log):
        add_user(EDITOR, "editor", TEST_PASSWORD, store)
        _walk(browser, url, store, artifacts)
