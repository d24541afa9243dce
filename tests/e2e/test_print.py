"""What leaves the screen, from the browser: an anonymous investor downloads the English
briefs, and printing the map page and a profile (headless Chromium's page.pdf, the same
engine as Ctrl+P) gives the content without the sidebar or controls, tables whole.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from potensi.core.store import load_layer
from potensi.data.tables import read_rows
from tests.brief.pdf import font_files, pdf_text

pytestmark = pytest.mark.e2e

SRENGAT = "35.05.03"  # 16 desa: more rows than st.dataframe shows before scrolling
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'


def _settle(page, selector: str = '[data-testid="stMain"] iframe') -> None:
    page.locator(IDLE).wait_for(timeout=120_000)
    page.locator(selector).first.wait_for(timeout=120_000)
    page.wait_for_timeout(2500)


def _download(page, name: str) -> bytes:
    button = page.get_by_role("button", name=name).first
    button.wait_for(timeout=60_000)
    with page.expect_download(timeout=120_000) as info:
        button.click()
    return Path(info.value.path()).read_bytes()


def _printed(page, artifacts: Path, name: str) -> str:
    """page.pdf() of the page as it stands, its text; a screenshot in print media to look at."""
    page.emulate_media(media="print")
    page.wait_for_timeout(800)
    page.screenshot(path=str(artifacts / f"print-{name}.png"), full_page=True)
    pdf = page.pdf(format="A4", print_background=True)
    (artifacts / f"print-{name}.pdf").write_bytes(pdf)
    page.emulate_media(media="screen")
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages)


def test_anonymous_investor_downloads_the_english_briefs(page, server: str, artifacts: Path) -> None:
    page.goto(f"{server}/peluang?peluang=PI-CONTOH-01&lang=en")
    _settle(page)
    pdf = _download(page, "Download brief (PDF)")
    (artifacts / "brief-peluang-en.pdf").write_bytes(pdf)
    text = pdf_text(pdf)
    assert "Egg powder and processed egg plant" in text
    assert "IDR 45 billion" in text and "16.5%" in text and "IDR 12.4 billion @ 12%" in text
    assert "[1] Opportunity data:" in text and "DATA CONTOH" in text
    assert "/peluang?peluang=PI-CONTOH-01&lang=en" in text.replace(" ", "")  # QR target, this server
    assert all(font_files(pdf).values())

    page.goto(f"{server}/profil?kecamatan=35.05.13&lang=en")
    _settle(page)
    pdf = _download(page, "Download brief (PDF)")
    (artifacts / "brief-kecamatan-en.pdf").write_bytes(pdf)
    text = pdf_text(pdf)
    assert "Kecamatan Panggungrejo" in text and "42,300" in text and "Wikipedia" in text
    assert "Rank among the 22 kecamatan" in text and "DATA CONTOH" in text
    assert all(font_files(pdf).values())


def test_printed_pages_have_no_sidebar_or_controls_and_whole_tables(
    page, server: str, artifacts: Path, e2e_store: Path
) -> None:
    desa = load_layer("desa", e2e_store)
    names = sorted(desa[desa.kode_kec == SRENGAT].nama)
    assert len(names) > 10

    page.goto(f"{server}/?kecamatan={SRENGAT}")
    _settle(page)
    page.get_by_test_id("stDataFrame").first.wait_for(timeout=60_000)
    # the printed peta potensi of this view, from the map page
    page.get_by_text("Cetak peta (poster)").click()
    poster = _download(page, "Unduh peta A3 (PDF)")
    (artifacts / "poster-a3-from-page.pdf").write_bytes(poster)
    assert all(name in pdf_text(poster) for name in ("Srengat", "Wlingi", "LEGENDA", "SUMBER DATA"))
    text = _printed(page, artifacts, "peta")
    assert "Bahasa / Language" not in text  # the sidebar
    assert "Cetak peta (poster)" not in text and "Buka profil" not in text  # controls
    assert "Peta Potensi" in text
    missing = [name for name in names if name not in text]
    assert not missing, missing  # every desa row, not the grid's first ten

    page.goto(f"{server}/profil?kecamatan={SRENGAT}")
    _settle(page)
    text = _printed(page, artifacts, "profil")
    assert "Bahasa / Language" not in text
    assert "Unduh ringkasan (PDF)" not in text
    assert "Kecamatan Srengat" in text
    # every tab's content is printed one after the other, not only the open one: the
    # potentials list (tab "Potensi & peluang") and the comparison (tab "Perbandingan")
    assert "Peringkat per indikator" in text
    assert "Perbandingan kecamatan" in text
    assert "Belum ada inovasi (" in text  # the potentials × innovations tab, printed too
    potensi = read_rows("potensi", e2e_store)
    listed = [" ".join(str(n).split()) for n in potensi[potensi.kecamatan == SRENGAT].nama]
    assert listed and all(name in text for name in listed), listed
