"""Presentation mode through AppTest: every page has a way out, Analisis has no
control that writes to the store, Profil always shows a kecamatan."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from potensi.core.config import REPO_ROOT
from potensi.core.store import load_layer
from tests.app.accounts import sign_in_as_editor
from tests.app.directions import choose_all_directions
from ui.router import PAGES

APP = str(REPO_ROOT / "dashboard.py")
SAVE_KEYS = {"an_save", "an_kom_save", "an_hir_save"}
METHODS_WITH_SAVE = ("indeks", "komoditas", "hierarki")


def _open(store: Path, monkeypatch: pytest.MonkeyPatch, page: str, present: bool) -> AppTest:
    monkeypatch.setenv("PETA_STORE", str(store))
    app = AppTest.from_file(APP, default_timeout=120)
    if present:
        app.query_params["present"] = "1"
    app.run()
    app.switch_page(f"pages/{page}.py").run()
    assert not app.exception
    return app


def _button_keys(app: AppTest) -> set[str]:
    return {b.key for b in app.button}


@pytest.mark.parametrize("page", [name for name, _, _ in PAGES])
def test_every_page_in_presentation_mode_has_the_exit_button(
    seeded_store: Path, monkeypatch: pytest.MonkeyPatch, page: str
) -> None:
    app = _open(seeded_store, monkeypatch, page, present=True)
    assert "present_exit" in _button_keys(app)
    app.button(key="present_exit").click().run()
    assert not app.exception
    assert app.toggle(key="present").value is False
    assert "present_exit" not in _button_keys(app)


@pytest.mark.parametrize("method", METHODS_WITH_SAVE)
def test_analisis_in_presentation_mode_shows_no_save_control(
    seeded_store: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, method: str
) -> None:
    """Even a signed-in editor gets no save button while presenting."""
    monkeypatch.setenv("PETA_USERS_DB", str(tmp_path / "pengguna.sqlite"))
    normal = _open(seeded_store, monkeypatch, "analisis", present=False)
    sign_in_as_editor(normal)
    normal.button_group(key="an_metode").set_value(method).run()
    assert not normal.exception
    if method == "indeks":
        choose_all_directions(normal)  # the index (and its save button) waits for the directions
    assert SAVE_KEYS & _button_keys(normal), "the save button exists outside presentation mode"

    present = _open(seeded_store, monkeypatch, "analisis", present=True)
    sign_in_as_editor(present)
    present.button_group(key="an_metode").set_value(method).run()
    assert not present.exception
    if method == "indeks":
        choose_all_directions(present)
    assert not SAVE_KEYS & _button_keys(present)
    labels = {b.label for b in present.button}
    assert not {label for label in labels if "Simpan" in label}


def test_profil_in_presentation_mode_without_a_kecamatan_starts_the_walk(
    seeded_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kecamatan = load_layer("kecamatan", seeded_store).sort_values("kode")
    first, second = kecamatan.nama.iloc[0], kecamatan.kode.iloc[1]
    app = _open(seeded_store, monkeypatch, "profil", present=True)
    headings = [m.value for m in app.markdown]
    assert f"## Kecamatan {first}" in headings  # the first kecamatan by code
    assert not [h for h in headings if h.startswith("## Peta Potensi")]
    assert len(app.metric) >= 3  # the profile's headline figures, not a blank page
    app.button(key="present_next").click().run()
    assert not app.exception
    assert app.multiselect(key="f_kecamatan").value == [second]
