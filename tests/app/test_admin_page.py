"""The admin page in an AppTest: an admin manages accounts and reads the audit log; an
editor and an anonymous visitor who open it get a refusal and no control, and a forged
click from them changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from potensi.core.config import REPO_ROOT
from potensi.data import audit
from potensi.data.users import list_users
from potensi.testing import stores
from potensi.testing.accounts import TEST_PASSWORD
from tests.app.accounts import make_account, sign_in, sign_in_as_editor

APP = str(REPO_ROOT / "dashboard.py")
NEW_PASSWORD = "Editor-Baru-3307-Srengat"
ADMIN_KEYS = {"admin_add_submit", "admin_passwd_submit", "admin_role_submit", "admin_toggle"}


@pytest.fixture()
def store(seeded_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PETA_STORE", str(seeded_copy))
    monkeypatch.delenv("PETA_USERS_DB", raising=False)
    return seeded_copy


def _admin_page(app: AppTest) -> AppTest:
    app.switch_page("pages/admin.py").run()
    assert not app.exception
    return app


def _buttons(app: AppTest) -> set[str]:
    return {str(b.key) for b in app.button}


def _accounts() -> list[tuple[str, str, bool]]:
    return [(u.nama, u.peran, u.aktif) for u in list_users()]


def _signed_in_admin() -> AppTest:
    make_account("kepala", "admin")
    app = AppTest.from_file(APP, default_timeout=120).run()
    sign_in(app, "kepala")
    assert any("kepala" in c.value for c in app.caption)
    return _admin_page(app)


@pytest.mark.parametrize("who", ["anonymous", "editor"])
def test_others_get_a_refusal_and_no_control(store: Path, who: str) -> None:
    make_account("kepala", "admin")
    app = AppTest.from_file(APP, default_timeout=120).run()
    if who == "editor":
        sign_in_as_editor(app)
    _admin_page(app)
    assert any("hanya untuk admin" in w.value for w in app.warning)
    assert not ADMIN_KEYS & _buttons(app)
    assert not [i for i in app.text_input if str(i.key).startswith("admin_")]
    assert not app.dataframe  # not even the account list
    # a click forged with the id an admin's button has changes nothing
    forged_id = _signed_in_admin().button(key="admin_toggle").id
    before, log = _accounts(), len(audit.entries())
    states = app._tree.get_widget_states()
    forged = states.widgets.add()
    forged.id, forged.trigger_value = forged_id, True
    app._run(states)
    assert not app.exception
    assert _accounts() == before and len(audit.entries()) == log


def test_admin_adds_changes_disables_and_reads_the_log(store: Path) -> None:
    app = _signed_in_admin()
    assert ADMIN_KEYS <= _buttons(app)
    app.text_input(key="admin_add_name").input("dewi")
    app.selectbox(key="admin_add_role").set_value("editor")
    app.text_input(key="admin_add_password").input(NEW_PASSWORD)
    app.text_input(key="admin_add_repeat").input(NEW_PASSWORD)
    app.button(key="admin_add_submit").click().run()
    assert not app.exception
    assert "Akun **dewi** (peran editor) dibuat." in [s.value for s in app.success]
    # the typed passwords are gone from the session once used
    assert app.text_input(key="admin_add_password").value == ""
    assert ("dewi", "editor", True) in _accounts()
    assert "dewi" in app.dataframe[0].value.iloc[:, 0].tolist()

    app.selectbox(key="admin_pick").set_value("dewi").run()
    # the role field shows the chosen account's role (not the one shown for kepala before)
    assert app.selectbox(key="admin_role_of_dewi").value == "editor"
    app.selectbox(key="admin_role_of_dewi").set_value("admin")
    app.button(key="admin_role_submit").click().run()
    assert "Peran akun **dewi** sekarang admin." in [s.value for s in app.success]
    assert app.button(key="admin_toggle").label == "Nonaktifkan akun"
    app.button(key="admin_toggle").click().run()
    assert any("dinonaktifkan" in s.value for s in app.success)
    assert ("dewi", "admin", False) in _accounts()
    assert app.button(key="admin_toggle").label == "Aktifkan akun"

    # the last active admin cannot disable itself
    app.selectbox(key="admin_pick").set_value("kepala").run()
    app.button(key="admin_toggle").click().run()
    assert any("satu-satunya admin aktif" in e.value for e in app.error)
    assert ("kepala", "admin", True) in _accounts()

    # the audit tab: newest first, by the admin, filterable
    log = app.dataframe[-1].value
    assert list(log["Aksi"].iloc[:3]) == ["akun dinonaktifkan", "peran diubah", "akun dibuat"]
    assert set(log["Pelaku"].iloc[:3]) == {"kepala"}
    app.multiselect(key="admin_audit_actions").set_value(["masuk"]).run()
    assert list(app.dataframe[-1].value["Aksi"]) == ["masuk"]
    assert {b.label for b in app.get("download_button")} == {
        "Unduh jejak audit (CSV)",
        "Unduh jejak audit (XLSX)",
    }
    content = stores.everything_stored(store)
    assert NEW_PASSWORD.encode() not in content and TEST_PASSWORD.encode() not in content


def test_the_page_speaks_english(store: Path) -> None:
    app = _signed_in_admin()
    app.radio(key="lang").set_value("en").run()
    assert app.title[0].value == "Users & audit log"
    assert [t.label for t in app.tabs] == ["Users", "Audit log"]
    assert app.dataframe[0].value.columns.tolist() == ["Account name", "Role", "Status"]
    assert "Action" in app.dataframe[-1].value.columns
