"""The Analisis page opens on the composite index: ranked, mapped, weighted by AHP, saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from potensi.core.config import REPO_ROOT
from potensi.data.tables import read_rows
from potensi.views.analisis.indeks import INDEX_KEY
from tests.app.accounts import sign_in_as_editor
from tests.app.directions import choose_all_directions

APP = str(REPO_ROOT / "dashboard.py")


@pytest.fixture()
def seeded(seeded_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PETA_STORE", str(seeded_copy))
    return seeded_copy


def test_page_ranks_maps_and_downloads(seeded: Path) -> None:
    app = AppTest.from_file(APP, default_timeout=120).run()
    app.switch_page("pages/analisis.py").run()
    assert not app.exception
    choose_all_directions(app)
    assert not app.exception
    ranking = app.dataframe[0].value
    # ranks and values stay numbers (a header click sorts them as numbers); the text is Indonesian
    assert len(ranking) == 22 and list(ranking["Peringkat"][:3]) == [1, 2, 3]
    assert ranking["Indeks potensi"].dtype == float
    app.number_input(key="an_w_count_potensi").set_value(5.0).run()
    assert not app.exception
    app.radio(key="an_mode").set_value("ahp").run()
    assert not app.exception and "CR" in " ".join(c.value for c in app.caption)
    assert "an_save" not in {b.key for b in app.button}  # anonymous visitors only look
    sign_in_as_editor(app)
    app.button(key="an_save").click().run()
    assert not app.exception
    assert "indeks_potensi" in app.success[0].value
    rows = read_rows("indikator", seeded)
    assert (rows.indikator == INDEX_KEY).sum() == 22


def test_no_index_until_every_direction_is_chosen(seeded: Path) -> None:
    """No indicator counts as "more is better" by default (jumlah desa/kelurahan least of all)."""
    app = AppTest.from_file(APP, default_timeout=120).run()
    app.switch_page("pages/analisis.py").run()
    assert not app.exception
    radios = {r.key: r for r in app.radio if str(r.key).startswith("an_arah_")}
    assert set(radios) == {"an_arah_count_potensi", "an_arah_count_inovasi", "an_arah_jumlah_desa"}
    assert all(r.value is None for r in radios.values())  # belum dipilih
    assert not app.dataframe and not app.get("plotly_chart")
    assert "an_download" not in {b.key for b in app.get("download_button")}
    warning = " ".join(w.value for w in app.warning)
    assert "arah belum dipilih untuk 3 indikator" in warning and "Jumlah desa" in warning

    app.radio(key="an_arah_count_potensi").set_value("tinggi").run()
    app.radio(key="an_arah_count_inovasi").set_value("tinggi").run()
    assert not app.dataframe
    warning = " ".join(w.value for w in app.warning)
    assert "untuk 1 indikator" in warning and "Jumlah desa" in warning

    app.radio(key="an_arah_jumlah_desa").set_value("rendah").run()
    assert not app.exception
    ranking = app.dataframe[0].value
    assert len(ranking) == 22
    assert app.radio(key="an_arah_jumlah_desa").value == "rendah"
