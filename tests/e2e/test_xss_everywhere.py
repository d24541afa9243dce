"""Hostile text in every text field of every layer, on every page, in both languages:
nothing runs, nothing is fetched from elsewhere, and the payloads are shown as typed.

The store is the seeded one plus, per layer, rows whose every free-text, link and
e-mail cell holds a classic attack (``potensi.testing.xss``), imported through the
normal importer. The visit opens the map (all layers and labels, a kecamatan, the
popups of its points), the profile, an opportunity's detail, the innovations, every
analysis method, every data layer and the about page.
"""

from __future__ import annotations

import pytest

from potensi.data.schema import TABLES

pytestmark = pytest.mark.e2e


def test_no_payload_runs_anywhere_and_each_shows_as_text(every_page_walk) -> None:
    hostile, figures = every_page_walk  # the walk: tests/e2e/conftest.py
    assert hostile.count > 400  # every text column of every table, 15 rows each
    assert {p.table for p in hostile.placements} >= set(TABLES)
    assert len(figures.views) >= 30, figures.views
    assert figures.problems == []
    assert figures.executed == [] and figures.hits == 0
    assert figures.dialogs == []
    assert figures.foreign_requests == []
    # the pages showed the hostile rows, as text (a page showing nothing would pass the above)
    for lang in ("id", "en"):
        assert figures.visible[f"{lang}-peta-kecamatan-popup"] > 0
        assert figures.visible[f"{lang}-peluang-rincian"] > 0
        assert figures.visible[f"{lang}-iid"] > 0
    for layer in TABLES:  # the Data grid shows rows as stored, in either language: read once
        assert figures.visible[f"id-data-{layer}"] > 0, layer
    assert figures.visible[f"en-data-{next(iter(TABLES))}"] > 0
