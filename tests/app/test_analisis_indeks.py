"""The Analisis page opens on the composite index: ranked, mapped, weighted by AHP, saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from potensi.core.config import REPO_ROOT
from potensi.data.tables import read_rows
from potensi.views.analisis.indeks import INDEX_KEY

APP = str(REPO_ROOT / "dashboard.py")


@pytest.fixture()
def seeded(seeded_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PETA_STORE", str(seeded_copy))
    return seeded_copy


def test_page_ranks_maps_and_downloads(seeded: Path) -> None:
    app = AppTest.from_file(APP, default_timeout=120).run()
    app.switch_page("pages/analisis.py").run()
    assert not app.exception
    ranking = app.dataframe[0].value
    # ranks and values stay numbers (a header click sorts them as numbers); the text is Indonesian
    assert len(ranking) == 22 and list(ranking["Peringkat"][:3]) == [1, 2, 3]
    assert ranking["Indeks potensi"].dtype == float
    app.number_input(key="an_w_count_potensi").set_value(5.0).run()
    assert not app.exception
    app.radio(key="an_mode").set_value("ahp").run()
    assert not app.exception and "CR" in " ".join(c.value for c in app.caption)
    app.button(key="an_save").click().run()
    assert not app.exception
    assert "indeks_potensi" in app.success[0].value
    rows = read_rows("indikator", seeded)
    assert (rows.indikator == INDEX_KEY).sum() == 22
