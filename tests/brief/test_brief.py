"""The investor briefs, read back with pypdf: what an investor finds in the PDF.

Each opportunity brief must carry the name, the value with its unit, the IRR, the NPV
with its discount rate, the sources and, for the seed's illustrative records, DATA
CONTOH; every font must be embedded (the file is opened on machines without ours).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from potensi.brief import load_store
from potensi.brief.kecamatan import kecamatan_brief
from potensi.brief.peluang import opportunity_brief, page_url, usd_text
from potensi.core.errors import PotensiError
from potensi.data.sources import cell_text
from tests.brief.pdf import font_files, page_count, pdf_text

BASE = "https://peta.blitarkab.example"
DAY = date(2026, 11, 30)


@pytest.fixture(scope="module")
def store(seeded_store: Path):
    return load_store(seeded_store)


def test_english_opportunity_brief_says_what_an_investor_needs(store) -> None:
    boundaries, data = store
    pdf = opportunity_brief("PI-CONTOH-01", boundaries, data, "en", BASE, DAY)
    text = pdf_text(pdf)
    assert "Egg powder and processed egg plant" in text
    assert "IDR 45 billion" in text and "IDR 45,000,000,000" in text  # value with its unit
    assert "IRR" in text and "16.5%" in text
    assert "IDR 12.4 billion @ 12%" in text  # NPV never without its discount rate
    assert "Payback" in text and "5.8 years" in text
    row = data["peluang_investasi"].set_index("peluang_id").loc["PI-CONTOH-01"]
    source = " ".join(cell_text(row.sumber, "en").split())
    assert f"[1] Opportunity data: {source}" in text  # the record's own source, spelt out
    assert "wilayah_boundaries by Cahya DSN" in text  # the map's source
    assert "DATA CONTOH" in text and "EXAMPLE DATA" in text
    assert "6/10 key facts available" in text  # the completeness badge
    assert "Still missing" in text
    assert "Generated 30 November 2026" in text and "Page 1 of" in text
    assert "/peluang?peluang=PI-CONTOH-01&lang=en" in text.replace(" ", "")
    fonts = font_files(pdf)
    assert fonts and all(fonts.values()), fonts


def test_indonesian_opportunity_brief_uses_indonesian_numbers(store) -> None:
    boundaries, data = store
    text = pdf_text(opportunity_brief("PI-CONTOH-01", boundaries, data, "id", BASE, DAY))
    assert "Pabrik tepung telur dan telur olahan" in text
    assert "Rp45 miliar" in text and "Rp12,4 miliar @ 12%" in text and "16,5%" in text
    assert "DATA CONTOH" in text and "Halaman 1 dari" in text and "Dibuat 30 November 2026" in text


def test_without_a_public_address_the_brief_says_why_there_is_no_qr(store) -> None:
    boundaries, data = store
    text = pdf_text(opportunity_brief("PI-CONTOH-02", boundaries, data, "en", None, DAY))
    assert "PETA_PUBLIC_URL" in text


def test_english_kecamatan_brief(store) -> None:
    boundaries, data = store
    pdf = kecamatan_brief("35.05.13", boundaries, data, "en", BASE, today=DAY)
    text = pdf_text(pdf)
    assert "Kecamatan Panggungrejo" in text
    assert "42,300" in text and "Population 2020 (people)" in text  # headline figure with unit
    assert "Wikipedia" in text  # its source
    assert "Rank among the 22 kecamatan" in text and "of 22 (1 = largest)" in text
    assert "Potentials (6)" in text
    assert "Analysis results" in text
    assert "DATA CONTOH" in text
    assert page_count(pdf) >= 2
    fonts = font_files(pdf)
    assert fonts and all(fonts.values()), fonts


def test_unknown_keys_are_refused_in_words(store) -> None:
    boundaries, data = store
    with pytest.raises(PotensiError, match="PI-NOPE"):
        opportunity_brief("PI-NOPE", boundaries, data, "en", BASE)
    with pytest.raises(PotensiError, match="35.05.99"):
        kecamatan_brief("35.05.99", boundaries, data, "id", BASE)


def test_usd_conversion_states_rate_and_year() -> None:
    import pandas as pd

    row = pd.Series({"nilai_investasi_idr": 16_000_000_000.0, "kurs_asumsi": 16_000.0, "tahun_harga": 2025})
    assert usd_text(row, "en") == "≈ US$ 1,000,000 at the assumed rate IDR 16,000 / USD (2025 prices)"
    assert usd_text(pd.Series({"nilai_investasi_idr": 1e9}), "en") is None
    assert page_url(BASE + "/", "PI-1", "id") == f"{BASE}/peluang?peluang=PI-1&lang=id"


def test_cli_writes_the_brief(seeded_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from potensi.cli import main

    monkeypatch.setenv("PETA_PUBLIC_URL", BASE)
    target = tmp_path / "brief.pdf"
    args = ["brief", "kecamatan", "35.05.06", "--lang", "en", "-o", str(target), "--store", str(seeded_store)]
    assert main(args) == 0
    assert "Kecamatan Ponggok" in pdf_text(target.read_bytes())
    assert main(["brief", "peluang", "PI-X", "-o", str(target), "--store", str(seeded_store)]) == 2


def test_print_settings_are_read_and_documented(monkeypatch: pytest.MonkeyPatch) -> None:
    from potensi.core.config import ENV_VARS, REPO_ROOT, get_settings

    monkeypatch.setenv("PETA_PUBLIC_URL", "https://peta.blitarkab.go.id/")
    monkeypatch.setenv("PETA_AGENCY_NAME", "Bappeda Kabupaten Blitar")
    settings = get_settings()
    assert settings.public_url == "https://peta.blitarkab.go.id"
    assert settings.agency_name == "Bappeda Kabupaten Blitar" and settings.agency_logo is None
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    for name in ("PETA_PUBLIC_URL", "PETA_AGENCY_NAME", "PETA_AGENCY_LOGO"):
        assert name in ENV_VARS and f"`{name}`" in readme


def test_a_real_opportunity_is_not_marked_as_example(store) -> None:
    boundaries, data = store
    rows = data["peluang_investasi"].copy()
    rows["contoh"] = False
    real = {**data, "peluang_investasi": rows}
    text = pdf_text(opportunity_brief("PI-CONTOH-03", boundaries, real, "en", BASE, DAY))
    assert "DATA CONTOH" not in text and "EXAMPLE DATA" not in text
    assert "Beach villas" in text


def test_saved_analysis_results_appear_in_the_kecamatan_brief(store) -> None:
    import pandas as pd

    boundaries, data = store
    codes = sorted(boundaries.kecamatan.kode)
    saved = pd.DataFrame(
        {
            "kode_wilayah": codes,
            "indikator": "indeks_potensi",
            "tahun": 2025,
            "nilai": [float(i) for i in range(len(codes))],
            "satuan": "indeks",
            "sumber": "Analisis Potensi, indeks komposit",
            "contoh": False,
        }
    )
    indikator = pd.concat([data["indikator"], saved], ignore_index=True)
    text = pdf_text(
        kecamatan_brief("35.05.13", boundaries, {**data, "indikator": indikator}, "en", BASE, today=DAY)
    )
    results = text[text.index("Analysis results") :]
    assert "No saved analysis result" not in results
    assert "Analisis Potensi, indeks komposit" in results and "of 22 (1 = largest)" in results
