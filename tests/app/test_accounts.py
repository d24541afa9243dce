"""Anonymous visitors only look; a signed-in editor may save; the server refuses the rest.

Every save on the Analisis page is checked three ways: no save button for an
anonymous session, a forged click message (the exact widget id an editor's button
had) writes nothing, and the presenter's save function itself refuses a session
without the role. Store rows and import history are compared before and after.
"""

from __future__ import annotations

import logging
import time
from dataclasses import replace
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from potensi.core.config import REPO_ROOT
from potensi.core.errors import NotAllowed
from potensi.core.store import load_boundaries
from potensi.data import audit
from potensi.data.tables import history, read_rows
from potensi.data.users import disable_user
from potensi.testing import stores
from potensi.testing.accounts import TEST_PASSWORD
from tests.app.accounts import make_account, sign_in, sign_in_as_editor
from tests.app.directions import choose_all_directions
from ui.auth import SESSION_KEY

APP = str(REPO_ROOT / "dashboard.py")
SAVE_KEYS = {"indeks": "an_save", "komoditas": "an_kom_save", "hierarki": "an_hir_save"}


@pytest.fixture()
def store(seeded_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PETA_STORE", str(seeded_copy))
    monkeypatch.delenv("PETA_USERS_DB", raising=False)
    return seeded_copy


def _analisis(method: str) -> AppTest:
    app = AppTest.from_file(APP, default_timeout=120).run()
    app.switch_page("pages/analisis.py").run()
    app.segmented_control(key="an_metode").set_value(method).run()
    if method == "indeks":
        choose_all_directions(app)
    assert not app.exception
    return app


def _snapshot(store: Path) -> tuple[int, list[str]]:
    return len(read_rows("indikator", store)), list(history(store).impor_id)


def _buttons(app: AppTest) -> set[str]:
    return {str(b.key) for b in app.button}


@pytest.mark.parametrize("method", list(SAVE_KEYS))
def test_anonymous_sees_no_save_and_a_forged_click_writes_nothing(store: Path, method: str) -> None:
    key = SAVE_KEYS[method]
    anonymous = _analisis(method)
    assert key not in _buttons(anonymous) and "auth_submit" in _buttons(anonymous)
    editor = sign_in_as_editor(_analisis(method))
    forged_id = editor.button(key=key).id  # what a signed-in browser would send
    before = _snapshot(store)

    states = anonymous._tree.get_widget_states()
    forged = states.widgets.add()
    forged.id, forged.trigger_value = forged_id, True
    anonymous._run(states)
    assert not anonymous.exception
    assert key not in _buttons(anonymous)
    assert _snapshot(store) == before  # no row, no import in the history


def test_editor_signs_in_saves_and_signs_out(store: Path) -> None:
    app = _analisis("indeks")
    assert "an_save" not in _buttons(app)
    sign_in_as_editor(app)
    # the password is not kept in the session (the form is gone once signed in)
    assert "auth_password" not in app.session_state or app.session_state["auth_password"] == ""
    app.button(key="an_save").click().run()
    assert not app.exception and "indeks_potensi" in app.success[0].value
    assert (read_rows("indikator", store).indikator == "indeks_potensi").sum() == 22
    assert history(store).oleh.iloc[0] == "editor_uji"  # the import history names the saver too
    app.button(key="auth_sign_out").click().run()
    assert not app.exception
    assert "an_save" not in _buttons(app) and "auth_submit" in _buttons(app)
    assert any("telah keluar" in s.value for s in app.success)
    # sign-in, save and sign-out are in the audit log under the editor's name
    log = audit.entries(store)
    assert list(log.aksi[:3]) == ["keluar", "simpan_analisis", "masuk"]
    assert set(log.pelaku[:3]) == {"editor_uji"}
    assert "indeks komposit" in log.rincian[1] and "ANALISIS" in log.rincian[1]


@pytest.mark.parametrize("ending", ["idle", "disabled"])
def test_a_click_after_the_session_ended_writes_nothing(
    store: Path, monkeypatch: pytest.MonkeyPatch, ending: str
) -> None:
    """The button was drawn while signed in; the click arrives after the session ended."""
    app = sign_in_as_editor(_analisis("komoditas"))
    assert "an_kom_save" in _buttons(app)
    before = _snapshot(store)
    if ending == "idle":
        monkeypatch.setenv("PETA_SESSION_IDLE_MINUTES", "10")
        session = app.session_state[SESSION_KEY]
        app.session_state[SESSION_KEY] = replace(session, last_seen=time.time() - 11 * 60)
    else:
        disable_user("editor_uji")
    app.button(key="an_kom_save").click().run()
    assert not app.exception
    assert _snapshot(store) == before
    assert "an_kom_save" not in _buttons(app)
    expected = "tidak aktif 10 menit" if ending == "idle" else "dinonaktifkan"
    assert any(expected in w.value for w in app.warning)
    ended = audit.entries(store).iloc[0]
    assert (ended.aksi, ended.pelaku) == ("keluar", "editor_uji")
    assert ended.rincian.startswith("sesi berakhir")


def test_the_save_functions_refuse_a_session_without_the_role(store: Path) -> None:
    """A forged call that reaches the presenter (as a button callback would) is refused there."""
    from potensi.views.analisis.hierarki import analyse_hierarchy, facility_keys, save_centrality_as_indikator
    from potensi.views.analisis.indeks import indicator_table, save_as_indikator, weighted_index
    from potensi.views.analisis.komoditas import analyse_commodities, save_commodity_lq

    boundaries = load_boundaries(store)
    indikator = read_rows("indikator", store)
    codes = list(boundaries.kecamatan.kode)
    data = {layer: read_rows(layer, store) for layer in ("indikator", "potensi", "inovasi")}
    table, example = indicator_table(boundaries.kecamatan, data, ["count_potensi", "luas"], "id")
    composite = weighted_index(
        table, {"count_potensi": 1, "luas": 1}, {"count_potensi": "tinggi", "luas": "tinggi"}
    )
    hierarchy = analyse_hierarchy(indikator, boundaries.kecamatan, 2024, facility_keys(indikator, codes))
    commodities = analyse_commodities(indikator, codes, year=2023)
    before = _snapshot(store)
    for save in (
        lambda s: save_as_indikator(
            composite, {"count_potensi": 1, "luas": 1}, example, 2026, store, session=s
        ),
        lambda s: save_centrality_as_indikator(hierarchy, store, session=s),
        lambda s: save_commodity_lq(commodities, "telur", store, session=s),
    ):
        with pytest.raises(NotAllowed, match="hanya untuk petugas yang masuk"):
            save(None)
    assert _snapshot(store) == before


def test_wrong_passwords_lock_the_sign_in_and_no_password_is_kept(
    store: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    make_account()
    app = AppTest.from_file(APP, default_timeout=120).run()
    for attempt in range(5):
        sign_in(app, "editor_uji", f"tebakan-salah-{attempt}")
        assert not app.exception
        assert any("salah" in w.value for w in app.warning)
        assert app.text_input(key="auth_password").value == ""
    sign_in(app)  # the right password, too late
    assert any("dikunci" in w.value and "15 menit" in w.value for w in app.warning)
    assert not any("editor_uji" in c.value for c in app.caption)
    assert TEST_PASSWORD.encode() not in stores.everything_stored(store)
    # the audit log has each failure and the lockouts (account and client), no password
    log = audit.entries(store)
    assert (log.aksi == "masuk_gagal").sum() == 6  # five wrong, then one while locked
    assert set(log[log.aksi == "masuk_terkunci"].rincian) == {
        "akun editor_uji dikunci 15 menit",
        "klien tidak-diketahui dikunci 15 menit",
    }
    assert not log.rincian.str.contains("tebakan-salah|" + TEST_PASSWORD).any()
    assert "Masuk ditolak" in caplog.text  # the log is captured: the search below means something
    assert "tebakan-salah" not in caplog.text and TEST_PASSWORD not in caplog.text


def test_sign_in_speaks_english_too(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_account()
    app = AppTest.from_file(APP, default_timeout=120).run()
    app.radio(key="lang").set_value("en").run()
    assert any(e.label == "Staff sign-in" for e in app.sidebar.expander)
    sign_in(app, "editor_uji", "not-the-password")
    assert any("Wrong account name or password" in w.value for w in app.warning)
    sign_in(app)
    assert any("Signed in as **editor_uji** (editor)" in c.value for c in app.caption)
    monkeypatch.setenv("PETA_SESSION_IDLE_MINUTES", "1")
    session = app.session_state[SESSION_KEY]
    app.session_state[SESSION_KEY] = replace(session, last_seen=time.time() - 120)
    app.run()
    assert any("after 1 minutes without activity" in w.value for w in app.warning)
