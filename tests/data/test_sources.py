"""The one renderer of sources: publisher, title and year with the link behind, mirrors
named as copies, never a mirror's host or a path of the project's files."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from potensi.core.config import REPO_ROOT
from potensi.core.text import source_links
from potensi.data import sources as src

MIRROR = re.compile("|".join(re.escape(h) for h in src.MIRROR_HOSTS), re.IGNORECASE)
INAMATRIX = "https://wiki.inamatrix.xyz/content/wikipedia_en_all_maxi_2022-05/A/Blitar_Regency"
PROXY = "https://fanyv88.com:443/https/en.wikipedia.org/wiki/Blitar_Regency"
ADOC = "https://adoc.pub/potensi-dan-produk-unggulan-jawa-timur.html"
SCRIBD = "https://id.scribd.com/document/430850799/Bab-2-Gambaran-Umum-Selatan"


def seed_urls() -> list[str]:
    """Every link in a source or evidence cell of the seed."""
    urls: set[str] = set()
    for path in (REPO_ROOT / "data" / "seed").glob("*.csv"):
        frame = pd.read_csv(path, dtype=str)
        for column in ("sumber", "bukti_url", "dokumen"):
            if column in frame:
                urls |= {u for cell in frame[column].dropna() for u in source_links(cell)}
    return sorted(urls)


def test_a_mirror_is_named_by_publisher_title_and_year_as_a_copy() -> None:
    assert (
        src.source_label(INAMATRIX, "id")
        == "Wikipedia bahasa Inggris, Blitar Regency (2022) — salinan daring"
    )
    assert src.source_label(INAMATRIX, "en") == "English Wikipedia, Blitar Regency (2022) — online copy"
    # markdown: the title in italics linked to the original, the copy linked to the mirror
    assert src.source_markdown(INAMATRIX, "en") == (
        "[English Wikipedia, *Blitar Regency* (2022)](https://en.wikipedia.org/wiki/Blitar_Regency)"
        f" — [online copy]({INAMATRIX})"
    )
    proxy = src.source_label(PROXY, "id")
    assert proxy.startswith("Wikipedia bahasa Inggris, Blitar Regency") and "fanyv88" not in proxy
    assert src.source_label(SCRIBD, "id").startswith("Dinas PUPR Kabupaten Blitar, Penguatan Database")
    assert "adoc" not in src.source_label(ADOC, "en") and "Potensi dan Produk Unggulan" in src.source_label(
        ADOC, "en"
    )


def test_every_seed_link_is_shown_without_a_mirror_host() -> None:
    urls = seed_urls()
    assert len(urls) > 100
    mirrored = [u for u in urls if src.is_mirror_host(src.host_of(u))]
    assert len(mirrored) >= 10  # the seed does read facts on mirrors
    for url in urls:
        for lang in ("id", "en"):
            label = src.source_label(url, lang)
            assert label and not MIRROR.search(label), (url, label)
            shown = re.sub(r"\]\([^)]*\)", "]", src.source_markdown(url, lang))  # the text, not the link
            assert not MIRROR.search(shown), (url, shown)


def test_an_unknown_link_shows_its_host_and_an_unknown_mirror_shows_as_a_copy() -> None:
    assert src.source_label("https://www.jatimtimes.com/baca/1/x", "id") == "jatimtimes.com"
    assert src.source_markdown("https://jatimtimes.com/baca/1/x", "id") == (
        r"[jatimtimes\.com](https://jatimtimes.com/baca/1/x)"
    )
    unknown_copy = src.source_label("https://www.scribd.com/document/1/anything", "en")
    assert unknown_copy == "online copy of a document (publisher not recorded)"
    assert src.source_html("https://fanyv88.com:443/https/x.org/y", "id").count("<a ") == 1


@pytest.mark.parametrize(
    "typed",
    [
        "Contoh ilustratif — lokasi dari potensi_facts.csv",
        "lihat shared/reference/BLITAR_FACTS.md",
        "/work/main/data/seed/potensi.csv",
        r"C:\\Users\\bappeda\\data.xlsx",
        "catatan di reference/notes.md dan data/seed/inovasi.csv",
    ],
)
def test_a_typed_source_never_shows_an_internal_path(typed: str) -> None:
    for lang in ("id", "en"):
        for shown in (src.cell_text(typed, lang), src.cell_markdown(typed, lang), src.cell_html(typed, lang)):
            assert not re.search(r"\.(csv|md|xlsx)\b|shared/|/work/|reference/|data/seed", shown), shown
    assert "Peta Potensi" in src.cell_text(typed, "id")


def test_a_cell_keeps_its_text_and_names_each_link_once() -> None:
    cell = f"Survei lapangan 2024 | {INAMATRIX} | {INAMATRIX} ; https://www.blitarkab.go.id/?p=46061"
    assert src.cell_text(cell, "id") == (
        "Survei lapangan 2024; Wikipedia bahasa Inggris, Blitar Regency (2022) — salinan daring; "
        "Pemerintah Kabupaten Blitar"
    )
    markdown = src.cell_markdown(cell, "en", limit=1)
    assert markdown.startswith("Survei lapangan 2024; [English Wikipedia") and markdown.endswith("(+1)")
    html = src.cell_html('<img src=x onerror=alert(1)> https://a.go.id/"x', "id")
    assert "<img" not in html and "&lt;img" in html


def test_the_registry_reads_and_each_mirror_names_what_it_copies() -> None:
    rows = src._registry()
    assert rows and all(r.url.startswith("http") for r in rows)
    for row in rows:
        if row.mirror:
            assert row.title or row.publisher["id"], row.url
        if row.original:
            assert not src.is_mirror_host(src.host_of(row.original)), row.url
