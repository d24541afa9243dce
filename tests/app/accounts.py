"""Sign in through the sidebar's *Masuk* form in an AppTest, as an official would."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from potensi.data.users import add_user, list_users
from potensi.testing.accounts import TEST_PASSWORD


def make_account(name: str = "editor_uji", role: str = "editor", password: str = TEST_PASSWORD) -> None:
    """An account in the accounts file the app uses (``PETA_USERS_DB`` or beside ``PETA_STORE``)."""
    if name not in {u.nama for u in list_users()}:
        add_user(name, role, password)


def sign_in(app: AppTest, name: str = "editor_uji", password: str = TEST_PASSWORD) -> AppTest:
    """Fill in the sidebar form and submit it."""
    app.text_input(key="auth_name").input(name)
    app.text_input(key="auth_password").input(password)
    return app.button(key="auth_submit").click().run()


def sign_in_as_editor(app: AppTest) -> AppTest:
    """Create the test editor if needed and sign in with it."""
    make_account()
    sign_in(app)
    assert not app.exception
    assert any("editor_uji" in c.value for c in app.caption), "the sidebar does not say who is signed in"
    return app
