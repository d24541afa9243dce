"""Every account change and sign-in attempt is in the audit log, written in the same
transaction as the change, with its actor and client; never a password, never an
unknown typed name (it may be a password typed into the wrong field).

The accounts file is a real SQLite file beside a (not yet built) store in a temporary folder.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from potensi.cli import main
from potensi.core.errors import PotensiError, SignInRefused
from potensi.data import audit, users
from potensi.data.users import (
    AccountRefused,
    add_user,
    disable_user,
    enable_user,
    list_users,
    set_password,
    set_role,
    sign_in,
    users_path,
)
from potensi.testing.accounts import TEST_PASSWORD

OTHER = "Sandi-Lain-2468-Kanigoro"
#: a password typed into the name field by mistake
NAME_AS_PASSWORD = "Sandi-Di-Kolom-Nama-8812"


@pytest.fixture()
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("PETA_USERS_DB", "PETA_LOCKOUT_ATTEMPTS", "PETA_LOCKOUT_MINUTES"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path / "peta.gpkg"


def _log(store: Path) -> pd.DataFrame:
    return audit.entries(store).iloc[::-1].reset_index(drop=True)  # oldest first


def test_each_account_change_is_logged_with_its_actor(store: Path) -> None:
    add_user("kepala", "admin", TEST_PASSWORD, store)  # from Python/the CLI: the OS user
    add_user("dewi", "editor", TEST_PASSWORD, store, actor="kepala", client="10.0.0.9")
    set_password("dewi", OTHER, store, actor="kepala", client="10.0.0.9")
    disable_user("dewi", store, actor="kepala")
    enable_user("dewi", store, actor="kepala")
    assert set_role("dewi", "admin", store, actor="kepala")
    assert not set_role("dewi", "admin", store, actor="kepala")  # no change, no entry
    log = _log(store)
    assert list(log.aksi) == [
        "pengguna_tambah",
        "pengguna_tambah",
        "pengguna_sandi",
        "pengguna_nonaktif",
        "pengguna_aktif",
        "pengguna_peran",
    ]
    assert log.pelaku[0] == audit.os_actor() and set(log.pelaku[1:]) == {"kepala"}
    assert list(log.klien[1:3]) == ["10.0.0.9", "10.0.0.9"]
    assert log.rincian[1] == "akun dewi dibuat, peran editor"
    assert log.rincian[5] == "peran akun dewi: editor menjadi admin"
    assert all("dewi" in r for r in log.rincian[1:])


def test_a_change_and_its_entry_commit_together(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    add_user("kepala", "admin", TEST_PASSWORD, store)

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full while logging")

    with monkeypatch.context() as patched:
        patched.setattr(users, "append", broken)
        with pytest.raises(RuntimeError):
            add_user("dewi", "editor", TEST_PASSWORD, store, actor="kepala")
        with pytest.raises(RuntimeError):
            set_password("kepala", OTHER, store, actor="kepala")
    # no change is left without its entry: no account dewi, the old password still works
    assert [u.nama for u in list_users(store)] == ["kepala"]
    assert sign_in("kepala", TEST_PASSWORD, "10.0.0.1", store).role == "admin"
    assert list(audit.entries(store).aksi) == ["masuk", "pengguna_tambah"]
    # and a refused change leaves neither change nor entry
    with pytest.raises(PotensiError):
        add_user("kepala", "editor", OTHER, store, actor="kepala")
    assert len(audit.entries(store)) == 2


def test_the_last_active_admin_is_neither_disabled_nor_demoted(store: Path) -> None:
    add_user("kepala", "admin", TEST_PASSWORD, store)
    add_user("dewi", "editor", TEST_PASSWORD, store)
    for change in (lambda: disable_user("kepala", store), lambda: set_role("kepala", "editor", store)):
        with pytest.raises(AccountRefused, match="satu-satunya admin aktif") as refused:
            change()
        assert refused.value.reason == "last_admin"
    assert [(u.nama, u.peran, u.aktif) for u in list_users(store)][1] == ("kepala", "admin", True)
    # with a second active admin, either may go
    set_role("dewi", "admin", store)
    disable_user("kepala", store)
    with pytest.raises(AccountRefused):
        set_role("dewi", "editor", store)  # now dewi is the last one
    enable_user("kepala", store)
    assert set_role("dewi", "editor", store)


def test_sign_ins_failures_and_lockouts_are_logged_without_secrets(
    store: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    add_user("dewi", "editor", TEST_PASSWORD, store)
    sign_in("dewi", TEST_PASSWORD, "10.0.0.1", store)
    with pytest.raises(SignInRefused):
        sign_in(NAME_AS_PASSWORD, TEST_PASSWORD, "10.0.0.2", store)  # password in the name field
    for attempt in range(4):
        with pytest.raises(SignInRefused):
            sign_in("dewi", f"{OTHER}-{attempt}", "10.0.0.2", store)
    # the 5th failure of 10.0.0.2 locks the client; dewi has 4 failures: not yet locked
    with pytest.raises(SignInRefused) as locked:
        sign_in("dewi", TEST_PASSWORD, "10.0.0.2", store)
    assert locked.value.locked_minutes == 15
    log = _log(store)
    assert list(log.aksi) == [
        "pengguna_tambah",
        "masuk",
        *["masuk_gagal"] * 5,
        "masuk_terkunci",
        "masuk_gagal",
    ]
    assert log.pelaku[1] == "dewi" and log.klien[1] == "10.0.0.1"
    failures = log[log.aksi != "pengguna_tambah"].iloc[1:]
    assert set(failures.pelaku) == {"anonim"} and set(failures.klien) == {"10.0.0.2"}
    assert log.rincian[2] == "nama akun tidak dikenal: tidak ada akun dengan nama itu"
    assert log.rincian[3] == "akun dewi: kata sandi salah"
    assert log.rincian[7] == "klien 10.0.0.2 dikunci 15 menit"
    assert log.rincian[8] == "akun dewi: ditolak, masuk masih dikunci"
    # a lock of the account itself, from another client
    with pytest.raises(SignInRefused):
        sign_in("dewi", "salah-lagi-123", "10.0.0.3", store)
    assert audit.entries(store).rincian.iloc[0] == "akun dewi dikunci 15 menit"
    # neither password nor the unknown typed name anywhere: file, log entries, Python logging
    stored = users_path(store).read_bytes()
    for secret in (TEST_PASSWORD, OTHER, NAME_AS_PASSWORD):
        assert secret.encode() not in stored and secret.encode("utf-16-le") not in stored
        assert secret not in audit.entries(store).to_csv()
        assert secret not in caplog.text


def test_a_disabled_account_signing_in_is_logged_as_such(store: Path) -> None:
    add_user("dewi", "editor", TEST_PASSWORD, store)
    disable_user("dewi", store)
    with pytest.raises(SignInRefused):
        sign_in("dewi", TEST_PASSWORD, "10.0.0.1", store)
    assert audit.entries(store).rincian.iloc[0] == "akun dewi: akun nonaktif"


def _cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], stdin: str, *argv: str
) -> tuple[int, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out + err


def test_cli_enables_changes_roles_and_lists_and_exports_the_log(
    store: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    at = ("--store", str(store))
    add_user("kepala", "admin", TEST_PASSWORD, store)
    _cli(
        monkeypatch, capsys, OTHER + "\n", "users", "add", "dewi", "--role", "editor", "--password-stdin", *at
    )
    assert _cli(monkeypatch, capsys, "", "users", "disable", "dewi", *at)[0] == 0
    code, said = _cli(monkeypatch, capsys, "", "users", "enable", "dewi", *at)
    assert code == 0 and "diaktifkan" in said
    code, said = _cli(monkeypatch, capsys, "", "users", "role", "dewi", "--role", "admin", *at)
    assert code == 0 and "sekarang admin" in said
    assert [(u.nama, u.peran, u.aktif) for u in list_users(store)][0] == ("dewi", "admin", True)
    _cli(monkeypatch, capsys, "", "users", "role", "kepala", "--role", "editor", *at)
    code, said = _cli(monkeypatch, capsys, "", "users", "disable", "dewi", *at)
    assert code == 2 and "satu-satunya admin aktif" in said
    code, said = _cli(monkeypatch, capsys, "", "audit", "list", *at)
    assert code == 0 and "pengguna_peran" in said and audit.os_actor() in said
    assert OTHER not in said

    csv_file, xlsx_file = tmp_path / "jejak.csv", tmp_path / "jejak.xlsx"
    assert _cli(monkeypatch, capsys, "", "audit", "export", str(csv_file), *at)[0] == 0
    exported = pd.read_csv(csv_file, sep=";", encoding="utf-8-sig")
    assert list(exported.columns) == ["No.", "Waktu (UTC)", "Aksi", "Pelaku", "Klien", "Rincian"]
    assert len(exported) == len(audit.entries(store)) == 6
    assert exported.Aksi.iloc[0] == "peran diubah" and exported.Aksi.iloc[-1] == "akun dibuat"
    assert _cli(monkeypatch, capsys, "", "audit", "export", str(xlsx_file), *at)[0] == 0
    sheet = openpyxl.load_workbook(xlsx_file)["jejak_audit"]
    assert sheet.max_row == 7 and sheet["F7"].value == "akun kepala dibuat, peran admin"
    code, said = _cli(monkeypatch, capsys, "", "audit", "export", str(tmp_path / "x.txt"), *at)
    assert code == 2 and ".csv atau .xlsx" in said


def test_an_unknown_name_locks_like_a_real_one_without_being_stored(store: Path) -> None:
    """Lockout does not tell which names exist, and the typed name never reaches the file."""
    add_user("dewi", "editor", TEST_PASSWORD, store)
    for attempt in range(5):
        with pytest.raises(SignInRefused) as refused:
            sign_in(NAME_AS_PASSWORD, OTHER, f"10.0.5.{attempt}", store)
        assert refused.value.locked_minutes is None
    with pytest.raises(SignInRefused) as refused:
        sign_in(NAME_AS_PASSWORD, OTHER, "10.0.5.99", store)
    assert refused.value.locked_minutes == 15
    assert "nama akun tidak dikenal dikunci 15 menit" in set(audit.entries(store).rincian)
    assert NAME_AS_PASSWORD.encode() not in users_path(store).read_bytes()
