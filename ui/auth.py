"""Sign-in in the sidebar, and the session every write button and write function checks.

The signed-in :class:`~potensi.core.auth.Session` lives in ``st.session_state`` on the
server under a key no widget has, so the browser cannot set it: a widget message can
only press buttons, and a write button is drawn only for a session with the role
(``ui.presentation.editing_button``); the write functions check the role again
(``potensi.core.auth.require_role``).

Each page run of a signed-in session (:func:`refresh_session`, from ``ui.page.start``)
ends it when it has been idle longer than ``PETA_SESSION_IDLE_MINUTES`` or its account
was disabled or changed role since, and otherwise marks it active.
"""

from __future__ import annotations

import logging

import streamlit as st

from potensi.core.auth import Role, Session, has_role
from potensi.core.config import get_settings
from potensi.core.errors import SignInRefused
from potensi.core.formatting import format_number
from potensi.data import audit
from potensi.data.users import active_role, sign_in, sso_sign_in
from potensi.i18n import Lang, t

#: where the session lives (not a widget key: nothing the browser sends can set it)
SESSION_KEY = "_auth_session"
#: a message for the next run (signed out, expired, refused …): (text key, numbers in it)
NOTICE_KEY = "_auth_notice"
NAME_KEY, PASSWORD_KEY, SUBMIT_KEY, SIGN_OUT_KEY = (
    "auth_name",
    "auth_password",
    "auth_submit",
    "auth_sign_out",
)

#: this tab's session came from the single-sign-on provider: signing out ends it there too
SSO_KEY = "_auth_sso"
#: the provider identity already turned into a session (or refused) in this tab: asked once
SSO_SEEN_KEY = "_auth_sso_seen"
SSO_BUTTON_KEY = "auth_sso"

_log = logging.getLogger(__name__)


def sso_configured() -> bool:
    """Whether Streamlit's own OIDC sign-in (``st.login``) is set up: an ``[auth]`` section
    in ``.streamlit/secrets.toml``. Without it only local accounts exist (always, offline)."""
    try:
        return "auth" in st.secrets
    except Exception:  # noqa: BLE001 - no secrets file at all
        return False


def _sso_identity() -> str | None:
    """The e-mail address the provider vouched for in this browser, if signed in there."""
    try:
        user = st.user.to_dict()
    except Exception:  # noqa: BLE001 - no run context (bare mode)
        return None
    email = user.get("email")
    if user.get("is_logged_in") is not True or not isinstance(email, str) or not email.strip():
        return None
    return email.strip()


def _end(session: Session, notice: tuple[str, dict], why: str) -> None:
    """Forget the tab's session (and the provider's sign-in cookie when it came from there)."""
    st.session_state.pop(SESSION_KEY, None)
    st.session_state[NOTICE_KEY] = notice
    audit.record_done("keluar", session.user, why, client_address())
    if st.session_state.pop(SSO_KEY, False):
        st.logout()  # else the provider's cookie would sign the tab straight back in


def _sso_session() -> Session | None:
    """A session from the provider's sign-in, asked once per identity and tab."""
    identity = _sso_identity() if sso_configured() else None
    if identity is None or st.session_state.get(SSO_SEEN_KEY) == identity:
        return None
    st.session_state[SSO_SEEN_KEY] = identity
    session = sso_sign_in(identity, client_address())
    if session is None:
        st.session_state[NOTICE_KEY] = ("auth_sso_no_role", {})
        return None
    st.session_state[SESSION_KEY] = session
    st.session_state[SSO_KEY] = True
    return session


def client_address() -> str:
    """The browser's address as Streamlit's server saw it (the per-client lockout key).

    ``X-Forwarded-For`` is deliberately not read: any client can write it, and a
    forged one would escape the per-client lockout.
    """
    try:
        address = st.context.ip_address
    except Exception:  # noqa: BLE001 - no request context (bare mode, AppTest)
        address = None
    # AppTest's mock runtime answers with a non-string: one shared "unknown" client then
    return address if isinstance(address, str) and address else "tidak-diketahui"


def current_session() -> Session | None:
    """The signed-in session of this browser tab, if any (as last refreshed)."""
    session = st.session_state.get(SESSION_KEY)
    return session if isinstance(session, Session) else None


def may(role: Role) -> bool:
    """Whether this tab's session may do what ``role`` may now (live and with the role)."""
    return has_role(current_session(), role, get_settings().session_idle_minutes)


def refresh_session() -> Session | None:
    """End an idle or disabled session, mark a live one active; the session after that.

    A tab the single-sign-on provider has signed in (``st.user``) gets its session here,
    once, with the role of the local account of that e-mail address.
    """
    session = current_session() or _sso_session()
    if session is None:
        return None
    idle = get_settings().session_idle_minutes
    if session.expired(idle):
        why = f"sesi berakhir setelah {format_number(idle, 0, 'id')} menit tidak aktif"
        _end(session, ("auth_expired", {"minutes": idle}), why)
        return None
    if active_role(session.user) != session.role:
        _end(session, ("auth_disabled", {}), "sesi berakhir: akun dinonaktifkan atau perannya diubah")
        return None
    session = session.touched()
    st.session_state[SESSION_KEY] = session
    return session


def _sign_in() -> None:
    """Form callback: check the name and password, then forget the password at once."""
    name = str(st.session_state.get(NAME_KEY) or "")
    password = str(st.session_state.get(PASSWORD_KEY) or "")
    st.session_state[PASSWORD_KEY] = ""
    try:
        session = sign_in(name, password, client_address())
    except SignInRefused as exc:
        # the name may be a mistyped password: log neither, only that it failed
        _log.warning("Masuk ditolak (klien %s)", client_address())
        if exc.locked_minutes is not None:
            st.session_state[NOTICE_KEY] = ("auth_locked", {"minutes": exc.locked_minutes})
        else:
            st.session_state[NOTICE_KEY] = ("auth_refused", {})
        return
    st.session_state[SESSION_KEY] = session
    st.session_state[NAME_KEY] = ""


def _sign_out() -> None:
    """Button callback: forget the session (the next run draws no write control)."""
    session = current_session()
    if session is None:
        st.session_state.pop(SESSION_KEY, None)
        return
    _end(session, ("auth_signed_out", {}), "keluar akun")


def _sso_sign_in() -> None:
    """Button callback: off to the provider; back signed in, :func:`refresh_session` asks once more."""
    st.session_state.pop(SSO_SEEN_KEY, None)
    st.login()


def account_box(lang: Lang) -> None:
    """The sidebar's account part: *Masuk* form for visitors, who is in and *Keluar akun* otherwise."""
    notice = st.session_state.pop(NOTICE_KEY, None)
    with st.sidebar:
        st.divider()
        session = current_session()
        if notice:
            key, values = notice
            kind = st.success if key == "auth_signed_out" else st.warning
            kind(t(key, lang, **{k: format_number(v, 0, lang) for k, v in values.items()}))
        if session is not None:
            st.caption(
                t("auth_signed_in", lang, user=session.user, role=t(f"auth_role_{session.role}", lang))
            )
            st.button(
                t("auth_sign_out", lang), key=SIGN_OUT_KEY, on_click=_sign_out, icon=":material/logout:"
            )
            return
        with st.expander(t("auth_heading", lang), icon=":material/login:", expanded=bool(notice)):
            st.caption(t("auth_help", lang))
            if sso_configured():
                st.button(t("auth_sso", lang), key=SSO_BUTTON_KEY, on_click=_sso_sign_in)
            with st.form("auth_form", border=False, enter_to_submit=True):
                st.text_input(t("auth_name", lang), key=NAME_KEY, autocomplete="username")
                st.text_input(
                    t("auth_password", lang),
                    key=PASSWORD_KEY,
                    type="password",
                    autocomplete="current-password",
                )
                st.form_submit_button(t("auth_submit", lang), key=SUBMIT_KEY, on_click=_sign_in)
