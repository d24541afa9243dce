"""Link columns of the profile's and the innovations' lists: the cell shows who published
the source (a Styler display value in a ``LinkColumn``), the link keeps the URL.

The browser test (``tests/e2e/test_sources_shown.py``) reads every page's text, but a
data grid draws on a canvas and keeps only the link's URL as the cell's DOM text; what
the canvas draws is checked here, from the display values the page sends.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from streamlit import dataframe_util
from streamlit.testing.v1 import AppTest

from potensi.core.config import REPO_ROOT
from potensi.data.sources import MIRROR_HOSTS

APP = str(REPO_ROOT / "dashboard.py")
WONOTIRTO = "35.05.08"
MIRROR = re.compile("|".join(re.escape(h) for h in MIRROR_HOSTS), re.IGNORECASE)


@pytest.fixture()
def env(seeded_store: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PETA_STORE", str(seeded_store))
    return seeded_store


def shown_tables(page: str, **query: str) -> list[tuple[pd.DataFrame, pd.DataFrame]]:
    """(values, what the grid draws) of every table on the page that has display values."""
    app = AppTest.from_file(APP, default_timeout=120)
    app.query_params.update(query)
    app.switch_page(page).run()
    assert not app.exception
    found = []
    for table in app.dataframe:
        display = table.proto.arrow_data.styler.display_values
        if display:
            found.append((table.value, dataframe_util.convert_arrow_bytes_to_pandas_df(display)))
    return found


@pytest.mark.parametrize("lang", ["id", "en"])
def test_profile_lists_show_sources_by_publisher_with_the_url_behind(env: Path, lang: str) -> None:
    tables = shown_tables("pages/profil.py", kecamatan=WONOTIRTO, lang=lang)
    assert tables, "the lists sent no display values: link cells would show raw URLs"
    mirrored = 0
    for values, drawn in tables:
        links = [c for c in values.columns if values[c].astype(str).str.startswith("http").any()]
        for column in links:
            for url, label in zip(values[column], drawn[column], strict=True):
                if not isinstance(url, str) or not url:
                    continue
                assert not label.startswith("http"), label
                assert not MIRROR.search(label), (url, label)
                mirrored += int(bool(MIRROR.search(url)))
    assert mirrored > 0  # Wonotirto's list does cite mirrors (Pantai Tambakrejo), named here
    copy = "salinan daring" if lang == "id" else "online copy"
    assert any(copy in str(v) for _, drawn in tables for v in drawn.to_numpy().ravel())


def test_innovation_registry_evidence_is_named_by_publisher(env: Path) -> None:
    tables = shown_tables("pages/inovasi.py", lang="en")
    assert tables
    values, drawn = tables[0]
    evidence = [c for c in values.columns if c.startswith("Evidence")]
    assert evidence
    labels = [str(v) for c in evidence for v in drawn[c] if isinstance(v, str) and v]
    assert labels and not any(MIRROR.search(v) or v.startswith("http") for v in labels)
    assert "journal article (2022) — online copy" in labels  # the Scribd copy of a paper
