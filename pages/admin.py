"""Pengguna & audit: accounts and the audit log, for a signed-in admin only.

Anyone else (also an editor) who opens ``/admin`` gets a refusal and no control; the
page is not in their navigation (``ui.router.ADMIN_PAGES``). Every change is a
callback that calls a presenter function, which checks the admin role again on the
server (``potensi.views.admin``); the typed passwords are cleared from the session
in the same callback.
"""

from __future__ import annotations

import streamlit as st

from potensi.core.auth import MIN_PASSWORD, ROLES
from potensi.core.formatting import format_number
from potensi.data.audit import ACTIONS
from potensi.i18n import t
from potensi.views import admin
from ui.auth import client_address, current_session, may
from ui.page import start
from ui.tables import data_table

NOTICE = "_admin_notice"
PASSWORD_KEYS = ("admin_add_password", "admin_add_repeat", "admin_new_password", "admin_new_repeat")
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

page = start(controls=())  # no sidebar control acts on accounts
lang = page.state.lang
st.title(t("admin_title", lang))
if not may("admin"):
    st.warning(t("admin_refused", lang))
    st.stop()
if page.state.present:
    st.info(t("admin_presenting", lang))
    st.stop()


def _password_fields(key: str, repeat_key: str, help_text: str) -> None:
    """A new password and its repetition (never echoed, never offered by the browser's memory)."""
    st.text_input(
        t("admin_new_password", lang), key=key, type="password", autocomplete="new-password", help=help_text
    )
    st.text_input(
        t("admin_repeat_password", lang), key=repeat_key, type="password", autocomplete="new-password"
    )


def _done(outcome: admin.Outcome) -> None:
    """Keep the outcome for this run's message and forget every typed password."""
    st.session_state[NOTICE] = outcome
    for key in PASSWORD_KEYS:
        st.session_state[key] = ""


def _add() -> None:
    state = st.session_state
    outcome = admin.add_account(
        current_session(),
        str(state.get("admin_add_name") or ""),
        str(state.get("admin_add_role") or "editor"),
        str(state.get("admin_add_password") or ""),
        str(state.get("admin_add_repeat") or ""),
        lang,
        client_address(),
    )
    if outcome.ok:
        state["admin_add_name"] = ""
    _done(outcome)


def _password(name: str) -> None:
    state = st.session_state
    _done(
        admin.change_password(
            current_session(),
            name,
            str(state.get("admin_new_password") or ""),
            str(state.get("admin_new_repeat") or ""),
            lang,
            client_address(),
        )
    )


def _role(name: str, key: str) -> None:
    role = str(st.session_state.get(key) or "")
    _done(admin.change_role(current_session(), name, role, lang, client_address()))


def _active(name: str, active: bool) -> None:
    _done(admin.set_active(current_session(), name, active, lang, client_address()))


users_tab, audit_tab = st.tabs([t("admin_tab_users", lang), t("admin_tab_audit", lang)])

with users_tab:
    outcome = st.session_state.pop(NOTICE, None)
    if isinstance(outcome, admin.Outcome):
        (st.success if outcome.ok else st.error)(outcome.message)
    table = admin.users_table(lang)
    if table.empty:
        st.info(t("admin_no_users", lang))
    else:
        data_table(table, lang)
    role_of = {r: admin.role_label(r, lang) for r in ROLES}
    password_help = t("admin_password_help", lang, n=MIN_PASSWORD)
    add, change = st.columns(2, gap="large")
    with add:
        st.subheader(t("admin_add_heading", lang))
        with st.form("admin_add_form", border=False, enter_to_submit=False):
            st.text_input(t("admin_col_name", lang), key="admin_add_name", autocomplete="off")
            st.selectbox(t("admin_col_role", lang), ROLES, key="admin_add_role", format_func=role_of.get)
            _password_fields("admin_add_password", "admin_add_repeat", password_help)
            st.form_submit_button(t("admin_add_submit", lang), key="admin_add_submit", on_click=_add)
    with change:
        st.subheader(t("admin_change_heading", lang))
        found = {u.nama: u for u in admin.accounts()}
        if found:
            name = st.selectbox(t("admin_pick_user", lang), list(found), key="admin_pick")
            chosen = found[name]
            with st.form("admin_password_form", border=False, enter_to_submit=False):
                _password_fields("admin_new_password", "admin_new_repeat", password_help)
                st.form_submit_button(
                    t("admin_passwd_submit", lang),
                    key="admin_passwd_submit",
                    on_click=_password,
                    args=(name,),
                )
            role_column, button_column = st.columns([2, 1], vertical_alignment="bottom")
            # one role field per account: it starts at that account's role, never at the
            # role picked for the account chosen before
            role_key = f"admin_role_of_{name}"
            role_column.selectbox(
                t("admin_col_role", lang),
                ROLES,
                index=ROLES.index(chosen.peran),
                key=role_key,
                format_func=role_of.get,
            )
            button_column.button(
                t("admin_role_submit", lang), key="admin_role_submit", on_click=_role, args=(name, role_key)
            )
            st.button(
                t("admin_disable" if chosen.aktif else "admin_enable", lang),
                key="admin_toggle",
                on_click=_active,
                args=(name, not chosen.aktif),
                icon=":material/block:" if chosen.aktif else ":material/check_circle:",
            )

with audit_tab:
    st.caption(t("admin_audit_intro", lang))
    log = admin.audit_entries()
    if log.empty:
        st.info(t("admin_audit_empty", lang))
    else:
        what, who, since, until = st.columns([3, 2, 1.4, 1.4])
        actions = what.multiselect(
            t("admin_filter_actions", lang),
            ACTIONS,
            key="admin_audit_actions",
            format_func=lambda a: t(f"audit_action_{a}", lang),
            placeholder=t("admin_filter_all", lang),
        )
        actor = who.selectbox(
            t("admin_filter_actor", lang),
            ["", *sorted(log.pelaku.unique())],
            key="admin_audit_actor",
            format_func=lambda a: a or t("admin_filter_all", lang),
        )
        # no default day: an empty field is no bound, so a long-open page still shows new entries
        first = since.date_input(
            t("admin_filter_since", lang), None, key="admin_audit_since", format="YYYY-MM-DD"
        )
        last = until.date_input(
            t("admin_filter_until", lang), None, key="admin_audit_until", format="YYYY-MM-DD"
        )
        shown = admin.audit_table(admin.filter_audit(log, actions, actor, first, last), lang)
        st.caption(
            t(
                "admin_audit_count",
                lang,
                shown=format_number(len(shown), 0, lang),
                total=format_number(len(log), 0, lang),
            )
        )
        data_table(shown, lang)
        csv_column, xlsx_column = st.columns(2)
        csv_column.download_button(
            t("admin_audit_download", lang, fmt="CSV"),
            data=admin.audit_csv(shown),
            file_name="jejak_audit.csv",
            mime="text/csv",
            key="admin_audit_csv",
        )
        xlsx_column.download_button(
            t("admin_audit_download", lang, fmt="XLSX"),
            data=admin.audit_xlsx(shown),
            file_name="jejak_audit.xlsx",
            mime=XLSX_MIME,
            key="admin_audit_xlsx",
        )
