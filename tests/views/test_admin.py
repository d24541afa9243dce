"""The admin presenter: account changes only for a live admin session, said in the UI
language, each logged with the admin as actor; the audit log filtered and downloaded."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from potensi.data import audit
from potensi.data.users import add_user, list_users, sign_in
from potensi.testing.accounts import TEST_PASSWORD, editor_session
from potensi.views import admin

OTHER = "Sandi-Lain-2468-Kanigoro"


@pytest.fixture()
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("PETA_USERS_DB", raising=False)
    target = tmp_path / "peta.gpkg"
    add_user("kepala", "admin", TEST_PASSWORD, target)
    return target


def _accounts(store: Path) -> list[tuple[str, str, bool]]:
    return [(u.nama, u.peran, u.aktif) for u in list_users(store)]


def test_only_a_live_admin_changes_accounts(store: Path) -> None:
    before, log = _accounts(store), len(audit.entries(store))
    stale = editor_session("kepala", "admin")
    stale = stale.__class__(stale.user, stale.role, stale.signed_in, last_seen=0.0)
    for session in (None, editor_session(), stale):
        outcomes = [
            admin.add_account(session, "dewi", "admin", TEST_PASSWORD, TEST_PASSWORD, "id", store=store),
            admin.change_password(session, "kepala", OTHER, OTHER, "id", store=store),
            admin.set_active(session, "kepala", False, "id", store=store),
            admin.change_role(session, "kepala", "editor", "id", store=store),
        ]
        assert {o.ok for o in outcomes} == {False}
        assert {o.message for o in outcomes} == {
            "Hanya admin yang masuk boleh mengubah akun. Tidak ada yang diubah."
        }
    assert _accounts(store) == before and len(audit.entries(store)) == log


def test_an_admin_manages_accounts_and_each_change_names_the_admin(store: Path) -> None:
    me = editor_session("kepala", "admin")
    done = admin.add_account(me, "dewi", "editor", TEST_PASSWORD, TEST_PASSWORD, "en", "10.0.0.7", store)
    assert done == admin.Outcome(True, "Account **dewi** (role editor) created.")
    assert admin.change_password(me, "dewi", OTHER, OTHER, "id", "10.0.0.7", store).ok
    assert sign_in("dewi", OTHER, "10.0.0.8", store).role == "editor"
    assert admin.set_active(me, "dewi", False, "id", "10.0.0.7", store).message.startswith(
        "Akun **dewi** dinonaktifkan"
    )
    assert admin.set_active(me, "dewi", True, "id", "10.0.0.7", store).ok
    assert admin.change_role(me, "dewi", "admin", "id", "10.0.0.7", store).message == (
        "Peran akun **dewi** sekarang admin."
    )
    assert _accounts(store) == [("dewi", "admin", True), ("kepala", "admin", True)]
    mine = audit.entries(store)
    mine = mine[mine.pelaku == "kepala"]
    assert list(mine.aksi) == [
        "pengguna_peran",
        "pengguna_aktif",
        "pengguna_nonaktif",
        "pengguna_sandi",
        "pengguna_tambah",
    ]
    assert set(mine.klien) == {"10.0.0.7"}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda me, s: admin.add_account(me, "dewi", "editor", "pendek", "pendek", "en", store=s),
            "The password is too short: at least 8 characters. Nothing was changed.",
        ),
        (
            lambda me, s: admin.add_account(me, "dewi", "editor", TEST_PASSWORD, OTHER, "en", store=s),
            "The two passwords differ. Nothing was changed.",
        ),
        (
            lambda me, s: admin.add_account(
                me, "de wi", "editor", TEST_PASSWORD, TEST_PASSWORD, "en", store=s
            ),
            "Invalid account name: 1–64 characters without spaces.",
        ),
        (
            lambda me, s: admin.add_account(
                me, "kepala", "editor", TEST_PASSWORD, TEST_PASSWORD, "id", store=s
            ),
            "Akun **kepala** sudah ada; ganti kata sandinya di *Ubah akun*.",
        ),
        (
            lambda me, s: admin.set_active(me, "kepala", False, "en", store=s),
            "**kepala** is the only active admin: add or enable another admin first. Nothing was changed.",
        ),
        (
            lambda me, s: admin.change_role(me, "kepala", "editor", "id", store=s),
            "**kepala** adalah satu-satunya admin aktif: tambahkan atau aktifkan admin lain dulu. "
            "Tidak ada yang diubah.",
        ),
        (
            lambda me, s: admin.change_password(me, "siapa", OTHER, OTHER, "en", store=s),
            "There is no account **siapa**. Nothing was changed.",
        ),
    ],
)
def test_refusals_are_said_in_the_ui_language_and_change_nothing(store: Path, change, message: str) -> None:
    before, log = _accounts(store), len(audit.entries(store))
    outcome = change(editor_session("kepala", "admin"), store)
    assert outcome == admin.Outcome(False, message)
    assert _accounts(store) == before and len(audit.entries(store)) == log


def test_users_table_has_no_hash(store: Path) -> None:
    table = admin.users_table("en", store)
    assert list(table.columns) == ["Account name", "Role", "Status"]
    assert table.values.tolist() == [["kepala", "admin", "active"]]


def test_audit_log_is_filtered_labelled_and_downloaded_safely(store: Path) -> None:
    audit.record("impor", "dewi", '=HYPERLINK("http://x") IMP-1 ke indikator', "10.0.0.5", store)
    audit.record("masuk", "kepala", "masuk dengan peran admin", "10.0.0.6", store)
    log = admin.audit_entries(store)
    assert list(log.aksi) == ["masuk", "impor", "pengguna_tambah"]  # newest first
    today = dt.datetime.now(dt.UTC).date()
    assert list(admin.filter_audit(log, ["impor", "masuk"]).aksi) == ["masuk", "impor"]
    assert list(admin.filter_audit(log, actor="dewi").aksi) == ["impor"]
    assert len(admin.filter_audit(log, since=today, until=today)) == 3
    assert admin.filter_audit(log, since=today + dt.timedelta(days=1)).empty
    assert admin.filter_audit(log, until=today - dt.timedelta(days=1)).empty
    table = admin.audit_table(log, "en")
    assert list(table.columns) == ["No.", "Time (UTC)", "Action", "Actor", "Client", "Detail"]
    assert list(table.Action) == ["sign-in", "data import", "account added"]
    assert table.Client.iloc[2] == ""
    csv = pd.read_csv(
        io.BytesIO(admin.audit_csv(table)), sep=";", encoding="utf-8-sig", keep_default_na=False
    )
    assert csv.Detail.iloc[1].startswith("'=HYPERLINK")  # a spreadsheet shows it, never runs it
    sheet = openpyxl.load_workbook(io.BytesIO(admin.audit_xlsx(table)))["jejak_audit"]
    assert sheet["F3"].value.startswith("'=HYPERLINK") and sheet["F3"].data_type == "s"
