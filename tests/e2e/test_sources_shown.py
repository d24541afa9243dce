"""Sources a reader can trust, in Chromium: no page shows a mirror's host or a file path.

The seed's facts were read on mirrors (a Wikipedia proxy, ``wiki.inamatrix.xyz``,
``adoc.pub``, Scribd, flipbook hosts) and noted in the project's own files
(``potensi_facts.csv``, ``BLITAR_FACTS.md``). A reader must see who published what and
when, with the link behind it, never those hosts or file names. The visit opens every
page in both languages (the map with every layer, a kecamatan and its popups; the
profile of a kecamatan whose figures come from mirrors; an opportunity; the
innovations; every analysis method; every data layer; the about page) and searches
the text of every frame (the map's iframe included), link texts and the data grids'
cells. The visit is the one whole-app walk (``every_page_walk`` in conftest.py),
shared with the XSS check: the hostile text in it must not hide a mirror either.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from potensi.core.config import REPO_ROOT
from potensi.testing.xss import grid_text

pytestmark = pytest.mark.e2e

#: the proxy and mirror hosts the seed's sources were read on (never the publisher)
MIRROR_HOSTS = (
    "fanyv88",
    "inamatrix",
    "adoc.pub",
    "scribd",
    "flipbuilder",
    "anyflip",
    "wikiwand",
    "wiki-indonesia",
    "kampuspedia",
    "pwojczyn",
)
#: the project's own files: the seed's CSVs by name, the reference notes, scripts, paths.
#: (An official's uploaded file keeps its own name in the import history: that is theirs.)
SEED_FILES = sorted(p.name for p in (REPO_ROOT / "data" / "seed").rglob("*.csv"))
INTERNAL_PATH = re.compile(
    r"(shared/|/work/|reference/|data/seed|scripts/|_facts\b|BLITAR_FACTS|[\w-]+\.(?:md|gpkg|py)\b"
    + "".join(rf"|(?<![\w-]){re.escape(name)}" for name in SEED_FILES)
    + ")",
    re.IGNORECASE,
)


def offending(text: str) -> list[str]:
    """The mirror hosts and internal paths in ``text``, each with a little context."""
    found = []
    low = text.lower()
    for host in MIRROR_HOSTS:
        for m in re.finditer(re.escape(host), low):
            found.append(text[max(0, m.start() - 40) : m.end() + 40].replace("\n", " "))
    for m in INTERNAL_PATH.finditer(text):
        found.append(text[max(0, m.start() - 40) : m.end() + 40].replace("\n", " "))
    return found


def test_no_page_shows_a_mirror_host_or_an_internal_path(every_page_walk, artifacts: Path) -> None:
    _, figures = every_page_walk  # the whole-app walk of tests/e2e/conftest.py, both languages
    shown = figures.shown
    assert len(shown) >= 30, sorted(shown)
    found = {view: offending(text) for view, text in shown.items()}
    (artifacts / "sources-offending.txt").write_text(
        "\n".join(f"{v}: {h}" for v, hits in found.items() for h in dict.fromkeys(hits)), encoding="utf-8"
    )
    assert {view: hits for view, hits in found.items() if hits} == {}
    # the sources are still there, named by their publisher
    for lang in ("id", "en"):
        assert "Wikipedia" in shown[f"{lang}-profil-sumber"]


def test_grid_text_leaves_out_only_whole_url_cells() -> None:
    cells = ["https://mirror.example/x.pdf", "BPS Kabupaten Blitar (2024)", "lihat https://a.b/c"]
    assert grid_text(cells) == "BPS Kabupaten Blitar (2024)\nlihat https://a.b/c"
