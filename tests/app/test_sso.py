"""Single sign-on through Streamlit's own ``st.login`` (OIDC), when configured.

The provider says who someone is (``st.user``); the role comes from the local account of
that e-mail address, so an admin decides who may write, as for local accounts. AppTest
seeds ``st.user`` as the provider would after its redirect.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from potensi.core.config import REPO_ROOT
from potensi.data import audit
from potensi.data.users import add_user, disable_user
from potensi.testing.accounts import TEST_PASSWORD

APP = str(REPO_ROOT / "dashboard.py")
EMAIL = "dewi@bappeda.blitarkab.go.id"
AUTH = {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "x" * 32}


@pytest.fixture()
def store(seeded_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PETA_STORE", str(seeded_copy))
    monkeypatch.delenv("PETA_USERS_DB", raising=False)
    return seeded_copy


def _kelola(user: dict | None = None, configured: bool = True) -> AppTest:
    app = AppTest.from_file(APP, default_timeout=120)
    if configured:
        app.secrets["auth"] = AUTH
    if user is not None:
        app.user = user
    app.run()
    app.switch_page("pages/kelola.py").run()
    assert not app.exception
    return app


def _keys(app: AppTest) -> set[str]:
    return {str(b.key) for b in app.button}


def test_the_sso_button_is_there_only_when_configured(store: Path) -> None:
    assert "auth_sso" in _keys(_kelola())
    plain = _kelola(configured=False)
    assert "auth_sso" not in _keys(plain) and "auth_submit" in _keys(plain)  # local accounts always


def test_a_provider_identity_gets_the_role_of_its_local_account(store: Path) -> None:
    add_user(EMAIL, "editor", TEST_PASSWORD, store=store)
    app = _kelola({"is_logged_in": True, "email": EMAIL, "name": "Dewi"})
    assert "auth_sign_out" in _keys(app)
    assert any(EMAIL in c.value and "editor" in c.value for c in app.sidebar.caption)
    assert app.file_uploader  # the editor's upload is drawn
    log = audit.entries(store)
    assert log.aksi.iloc[0] == "masuk" and log.pelaku.iloc[0] == EMAIL and "SSO" in log.rincian.iloc[0]


def test_an_identity_without_an_account_stays_a_visitor(store: Path) -> None:
    app = AppTest.from_file(APP, default_timeout=120)
    app.secrets["auth"] = AUTH
    app.user = {"is_logged_in": True, "email": "tamu@example.org"}
    app.run()
    assert any("belum punya peran" in w.value for w in app.sidebar.warning)  # said once
    assert audit.entries(store).aksi.iloc[0] == "masuk_gagal"
    app.switch_page("pages/kelola.py").run()
    assert not app.exception and "auth_sign_out" not in _keys(app) and not app.file_uploader
    # asked once per tab: the next runs add no second refusal
    assert (audit.entries(store).aksi == "masuk_gagal").sum() == 1


def test_not_signed_in_at_the_provider_is_a_visitor(store: Path) -> None:
    add_user(EMAIL, "editor", TEST_PASSWORD, store=store)
    app = _kelola({"is_logged_in": False, "email": EMAIL})
    assert "auth_sign_out" not in _keys(app) and not app.file_uploader


def test_a_disabled_account_ends_the_sso_session(store: Path) -> None:
    add_user(EMAIL, "editor", TEST_PASSWORD, store=store)
    app = _kelola({"is_logged_in": True, "email": EMAIL})
    assert app.file_uploader
    disable_user(EMAIL, store=store)
    app.run()
    assert not app.exception and not app.file_uploader and "auth_sign_out" not in _keys(app)
    assert audit.entries(store).aksi.iloc[0] == "keluar"
