"""What the admin page shows and does: the accounts, their changes, and the audit log.

Every change goes through one function here that calls
:func:`~potensi.core.auth.require_role` with ``admin`` first, so a forged widget
message from a session without the role changes nothing even if it reached the
code; the page draws no control for such a session anyway. Each change is written
by :mod:`potensi.data.users` with its audit entry in the same transaction, the
signed-in admin as the actor.

The answer to a change is an :class:`Outcome` whose message is in the UI language
(the data layer's refusals are the command line's Indonesian).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from potensi.core.auth import MIN_PASSWORD, ROLES, Session, require_role
from potensi.core.errors import NotAllowed
from potensi.core.safe_cells import neutralise_frame, xlsx_bytes
from potensi.data import audit, users
from potensi.data.users import AccountRefused
from potensi.i18n import Lang, t

#: the audit log's columns on the page and in the downloads, with their header keys
AUDIT_COLUMNS = {
    "urutan": "admin_col_seq",
    "waktu": "admin_col_time",
    "aksi": "admin_col_action",
    "pelaku": "admin_col_actor",
    "klien": "admin_col_client",
    "rincian": "admin_col_detail",
}


@dataclass(frozen=True)
class Outcome:
    """What a change did, said in the UI language."""

    ok: bool
    message: str


def role_label(role: str, lang: Lang) -> str:
    """``editor`` / ``admin`` in the UI language."""
    return t(f"auth_role_{role}", lang)


def users_table(lang: Lang, store: Path | None = None) -> pd.DataFrame:
    """Every account with its role and status (never a hash), by name."""
    rows = [
        (u.nama, role_label(u.peran, lang), t("admin_active" if u.aktif else "admin_inactive", lang))
        for u in users.list_users(store)
    ]
    return pd.DataFrame(
        rows, columns=[t("admin_col_name", lang), t("admin_col_role", lang), t("admin_col_status", lang)]
    )


def accounts(store: Path | None = None) -> list[users.User]:
    """The accounts as the change form lists them."""
    return users.list_users(store)


def _refusal(exc: AccountRefused, lang: Lang) -> str:
    keys = {
        "name": "admin_err_name",
        "exists": "admin_err_exists",
        "short": "admin_err_short",
        "missing": "admin_err_missing",
        "last_admin": "admin_err_last_admin",
        "mismatch": "admin_err_mismatch",
    }
    key = keys.get(exc.reason)
    return t(key, lang, name=exc.name, n=MIN_PASSWORD) if key else str(exc)


def _change(session: Session | None, lang: Lang, action: Callable[[Session], str]) -> Outcome:
    """Run one account change for a live admin session; a refusal becomes the outcome's message."""
    try:
        admin = require_role(session, "admin")
        return Outcome(True, action(admin))
    except NotAllowed:
        return Outcome(False, t("admin_err_not_allowed", lang))
    except AccountRefused as exc:
        return Outcome(False, _refusal(exc, lang))


def _same(password: str, repeat: str) -> None:
    """Two typings of a new password must agree (a too short one is refused as such first)."""
    if len(password) >= MIN_PASSWORD and password != repeat:
        raise AccountRefused("Kedua kata sandi tidak sama.", "mismatch")


def add_account(
    session: Session | None,
    name: str,
    role: str,
    password: str,
    repeat: str,
    lang: Lang,
    client: str | None = None,
    store: Path | None = None,
) -> Outcome:
    """Create an account (admin only); the two typed passwords must agree."""

    def act(admin: Session) -> str:
        _same(password, repeat)
        made = users.add_user(name, role, password, store, actor=admin.user, client=client)
        return t("admin_added", lang, name=made.nama, role=role_label(made.peran, lang))

    return _change(session, lang, act)


def change_password(
    session: Session | None,
    name: str,
    password: str,
    repeat: str,
    lang: Lang,
    client: str | None = None,
    store: Path | None = None,
) -> Outcome:
    """Give an account a new password and lift its lockout (admin only)."""

    def act(admin: Session) -> str:
        _same(password, repeat)
        users.set_password(name, password, store, actor=admin.user, client=client)
        return t("admin_passwd_done", lang, name=name)

    return _change(session, lang, act)


def set_active(
    session: Session | None,
    name: str,
    active: bool,
    lang: Lang,
    client: str | None = None,
    store: Path | None = None,
) -> Outcome:
    """Enable or disable an account (admin only; never the last active admin)."""

    def act(admin: Session) -> str:
        if active:
            users.enable_user(name, store, actor=admin.user, client=client)
            return t("admin_enabled", lang, name=name)
        users.disable_user(name, store, actor=admin.user, client=client)
        return t("admin_disabled", lang, name=name)

    return _change(session, lang, act)


def change_role(
    session: Session | None,
    name: str,
    role: str,
    lang: Lang,
    client: str | None = None,
    store: Path | None = None,
) -> Outcome:
    """Give an account another role (admin only; the last active admin stays admin)."""

    def act(admin: Session) -> str:
        changed = users.set_role(name, role, store, actor=admin.user, client=client)
        key = "admin_role_done" if changed else "admin_role_same"
        return t(key, lang, name=name, role=role_label(role, lang))

    return _change(session, lang, act)


# --------------------------------------------------------------------------- the audit log


def audit_entries(store: Path | None = None) -> pd.DataFrame:
    """Every entry of the log, newest first, with its day (UTC) for the date filter."""
    log = audit.entries(store)
    log["hari"] = pd.to_datetime(log.waktu, utc=True, format="ISO8601").dt.date
    return log


def filter_audit(
    log: pd.DataFrame,
    actions: Collection[str] = (),
    actor: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> pd.DataFrame:
    """The entries with one of ``actions`` (any without), by ``actor``, from ``since`` to
    ``until`` (UTC days, inclusive; open-ended without)."""
    keep = pd.Series(True, index=log.index)
    if actions:
        keep &= log.aksi.isin(list(actions))
    if actor:
        keep &= log.pelaku == actor
    if since is not None:
        keep &= log.hari >= since
    if until is not None:
        keep &= log.hari <= until
    return log[keep]


def audit_table(log: pd.DataFrame, lang: Lang) -> pd.DataFrame:
    """The entries as shown and downloaded: action labels and headers in the UI language."""
    table = log[list(AUDIT_COLUMNS)].copy()
    table["waktu"] = pd.to_datetime(table.waktu, utc=True, format="ISO8601").dt.strftime("%Y-%m-%d %H:%M:%S")
    table["aksi"] = [t(f"audit_action_{a}", lang) if a in audit.ACTIONS else a for a in table.aksi]
    table["klien"] = table.klien.fillna("")
    return table.rename(columns={c: t(key, lang) for c, key in AUDIT_COLUMNS.items()})


def audit_csv(table: pd.DataFrame) -> bytes:
    """The shown entries as CSV (``;``, UTF-8 with BOM for Excel), formula-like text neutralised."""
    return neutralise_frame(table).to_csv(index=False, sep=";").encode("utf-8-sig")


def audit_xlsx(table: pd.DataFrame) -> bytes:
    """The shown entries as a workbook of values only."""
    return xlsx_bytes({"jejak_audit": table})


__all__ = [
    "ROLES",
    "Outcome",
    "accounts",
    "add_account",
    "audit_csv",
    "audit_entries",
    "audit_table",
    "audit_xlsx",
    "change_password",
    "change_role",
    "filter_audit",
    "set_active",
    "users_table",
]
