"""In Chromium, the IID workbench (issue #18): an anonymous visitor opening /iid sees the
estimate and no edit control; an editor signs in, adds the evidence the page lists as
the best single step for one innovation, and sees the estimate and the "where the
points are" list change.

One server of its own on a copy of the e2e store (the walk writes).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from potensi.data.schema import IID_TABLES
from potensi.data.tables import read_rows
from potensi.data.users import add_user
from potensi.iid import points
from potensi.testing.accounts import TEST_PASSWORD
from potensi.views.iid import default_year, workbench
from tests.e2e.helpers import private_server, settled, sign_in

pytestmark = pytest.mark.e2e

EDITOR = "editor_iid"
GRID_CELLS = """() => Array.from(document.querySelectorAll('[data-testid="stDataFrame"] td'))
  .map(c => c.textContent).join('\\n')"""
#: the grids have drawn their cells and one contains ``text``
GRID_HAS = """(text) => Array.from(document.querySelectorAll('[data-testid="stDataFrame"] td'))
  .some(c => c.textContent.includes(text))"""


def _best_evidence(store: Path) -> tuple[str, str, int]:
    """(inovasi_id, name, indicator) of the best missing evidence, as the page computes it."""
    data = {name: read_rows(name, store) for name in ("indikator", "inovasi", *IID_TABLES)}
    found = points.gains(workbench(data, default_year()).estimate)
    best = found[found.aksi == points.ADD_EVIDENCE].iloc[0]
    return best.inovasi_id, best.nama, int(best.no_indikator)


def _metric(page, label: str) -> str:
    return page.get_by_test_id("stMetric").filter(has_text=label).get_by_test_id("stMetricValue").inner_text()


def _choose(page, label: str, text: str) -> None:
    box = page.get_by_test_id("stSelectbox").filter(has_text=label).first
    box.click()
    page.keyboard.type(text)
    page.get_by_role("option").filter(has_text=text).first.click()
    settled(page)


def test_an_editor_adds_evidence_and_sees_the_estimate_and_the_points_move(
    browser, e2e_store: Path, tmp_path_factory: pytest.TempPathFactory, artifacts: Path
) -> None:
    with private_server(e2e_store, tmp_path_factory.mktemp("iid")) as (url, store, _log):
        add_user(EDITOR, "editor", TEST_PASSWORD, store)
        inovasi_id, name, number = _best_evidence(store)
        context = browser.new_context(viewport={"width": 1400, "height": 1100})
        page = context.new_page()
        page.goto(f"{url}/iid")
        settled(page)
        page.wait_for_function(GRID_HAS, arg="lengkapi bukti dukung", timeout=60_000)
        main = page.get_by_test_id("stMain")
        before = _metric(page, "Perkiraan IID")
        assert before
        assert main.get_by_role("button", name="Simpan penilaian").count() == 0
        page.screenshot(path=str(artifacts / "iid-anonim.png"), full_page=True)

        sign_in(page, EDITOR, TEST_PASSWORD)
        settled(page)
        page.wait_for_function(GRID_HAS, arg=name, timeout=60_000)
        cells = page.evaluate(GRID_CELLS)
        assert name in cells and "lengkapi bukti dukung" in cells, cells

        _choose(page, "Inovasi", name)
        _choose(page, "Indikator", f"{number} ")
        main.get_by_label("Nama berkas bukti (PDF/JPG)").fill("sk_bupati_2025.pdf")
        main.get_by_label("Nama berkas bukti (PDF/JPG)").press("Enter")
        settled(page)
        main.get_by_role("button", name="Simpan penilaian").click()
        main.get_by_text("Penilaian disimpan").wait_for(timeout=60_000)
        settled(page)
        page.screenshot(path=str(artifacts / "iid-editor-tersimpan.png"), full_page=True)
        assert _metric(page, "Perkiraan IID") != before
        assert page.evaluate(GRID_CELLS) != cells  # the "where the points are" tables were redrawn
        assert _best_evidence(store)[::2] != (inovasi_id, number)  # that evidence is no longer missing
        stored = read_rows("inovasi_indikator", store)
        stored = stored[(stored.inovasi_id == inovasi_id) & (stored.no_indikator == number)].iloc[0]
        assert stored.bukti_file == "sk_bupati_2025.pdf"
        context.close()
