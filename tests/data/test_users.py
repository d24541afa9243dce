"""Accounts, sign-in and lockout per account and per client, and the `users` CLI.

The accounts file is a real SQLite file beside a (not yet built) store in a temporary
folder; time is moved by patching the clock the module reads.
"""

from __future__ import annotations

import io
import sqlite3
import time
from pathlib import Path

import pytest

from potensi.cli import main
from potensi.core.errors import PotensiError, SignInRefused
from potensi.data import users
from potensi.data.users import (
    active_role,
    add_user,
    disable_user,
    list_users,
    set_password,
    sign_in,
    users_path,
)
from potensi.testing.accounts import TEST_PASSWORD

OTHER = "Sandi-Lain-2468-Kanigoro"


@pytest.fixture()
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("PETA_USERS_DB", "PETA_LOCKOUT_ATTEMPTS", "PETA_LOCKOUT_MINUTES"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path / "peta.gpkg"


class Clock:
    """The time ``potensi.data.users`` sees, moved by the test."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.now = time.time()
        monkeypatch.setattr(users.time, "time", lambda: self.now)

    def forward(self, minutes: float) -> None:
        self.now += minutes * 60


def _fail(store: Path, name: str, client: str, times: int) -> None:
    for _ in range(times):
        with pytest.raises(SignInRefused):
            sign_in(name, "salah-sekali-123", client, store)


def test_accounts_live_beside_the_store_hashed(store: Path) -> None:
    add_user("editor_uji", "editor", TEST_PASSWORD, store)
    add_user("kepala", "admin", OTHER, store)
    assert users_path(store) == store.with_name("peta.gpkg.pengguna.sqlite")
    assert [(u.nama, u.peran, u.aktif) for u in list_users(store)] == [
        ("editor_uji", "editor", True),
        ("kepala", "admin", True),
    ]
    session = sign_in("editor_uji", TEST_PASSWORD, "10.0.0.1", store)
    assert (session.user, session.role) == ("editor_uji", "editor")
    raw = users_path(store).read_bytes()
    assert TEST_PASSWORD.encode() not in raw and OTHER.encode() not in raw
    hashes = sqlite3.connect(users_path(store)).execute("SELECT hash_sandi FROM pengguna").fetchall()
    assert all(h.startswith("$argon2id$") for (h,) in hashes)


def test_configured_accounts_file_is_used(
    store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PETA_STORE", str(store))
    monkeypatch.setenv("PETA_USERS_DB", str(tmp_path / "akun" / "pengguna.sqlite"))
    add_user("editor_uji", "editor", TEST_PASSWORD)
    assert (tmp_path / "akun" / "pengguna.sqlite").exists()
    assert (tmp_path / "akun" / "pengguna.sqlite").stat().st_mode & 0o077 == 0  # owner only


def test_wrong_password_unknown_name_and_disabled_account_get_one_message(store: Path) -> None:
    add_user("editor_uji", "editor", TEST_PASSWORD, store)
    messages = set()
    for name, password in (("editor_uji", OTHER), ("tidak_ada", TEST_PASSWORD)):
        with pytest.raises(SignInRefused) as refused:
            sign_in(name, password, "10.0.0.1", store)
        messages.add(str(refused.value))
    disable_user("editor_uji", store)
    assert active_role("editor_uji", store) is None
    with pytest.raises(SignInRefused) as refused:
        sign_in("editor_uji", TEST_PASSWORD, "10.0.0.1", store)
    messages.add(str(refused.value))
    assert len(messages) == 1 and "salah" in messages.pop()


def test_five_failures_lock_the_account_from_every_client_for_15_minutes(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = Clock(monkeypatch)
    add_user("editor_uji", "editor", TEST_PASSWORD, store)
    for attempt in range(5):  # five clients, one guess each: the client counters stay low
        _fail(store, "editor_uji", f"10.0.1.{attempt}", 1)
    with pytest.raises(SignInRefused) as refused:
        sign_in("editor_uji", TEST_PASSWORD, "10.0.9.9", store)  # right password, fresh client
    assert refused.value.locked_minutes == 15 and "dikunci" in str(refused.value)
    clock.forward(14)
    with pytest.raises(SignInRefused):
        sign_in("editor_uji", TEST_PASSWORD, "10.0.9.9", store)
    clock.forward(1.1)
    assert sign_in("editor_uji", TEST_PASSWORD, "10.0.9.9", store).user == "editor_uji"


def test_five_failures_lock_the_client_for_every_account(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = Clock(monkeypatch)
    add_user("editor_uji", "editor", TEST_PASSWORD, store)
    for attempt in range(5):  # one client guessing five names
        _fail(store, f"tebakan{attempt}", "10.0.0.66", 1)
    with pytest.raises(SignInRefused) as refused:
        sign_in("editor_uji", TEST_PASSWORD, "10.0.0.66", store)
    assert refused.value.locked_minutes == 15
    # another client, and the account itself, are not locked
    assert sign_in("editor_uji", TEST_PASSWORD, "10.0.0.7", store).user == "editor_uji"
    clock.forward(16)
    assert sign_in("editor_uji", TEST_PASSWORD, "10.0.0.66", store).user == "editor_uji"


def test_failures_spread_over_longer_than_the_window_do_not_lock(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = Clock(monkeypatch)
    add_user("editor_uji", "editor", TEST_PASSWORD, store)
    for _ in range(6):
        _fail(store, "editor_uji", "10.0.0.1", 1)
        clock.forward(4)  # never 5 within 15 minutes
    # ... but the sixth above came after the window of the first: still not locked
    assert sign_in("editor_uji", TEST_PASSWORD, "10.0.0.1", store).user == "editor_uji"


def test_success_resets_the_count(store: Path) -> None:
    add_user("editor_uji", "editor", TEST_PASSWORD, store)
    _fail(store, "editor_uji", "10.0.0.1", 4)
    sign_in("editor_uji", TEST_PASSWORD, "10.0.0.1", store)
    _fail(store, "editor_uji", "10.0.0.1", 4)
    assert sign_in("editor_uji", TEST_PASSWORD, "10.0.0.1", store).role == "editor"


def test_lockout_is_configurable(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = Clock(monkeypatch)
    monkeypatch.setenv("PETA_LOCKOUT_ATTEMPTS", "3")
    monkeypatch.setenv("PETA_LOCKOUT_MINUTES", "2")
    add_user("editor_uji", "editor", TEST_PASSWORD, store)
    _fail(store, "editor_uji", "10.0.0.1", 3)
    with pytest.raises(SignInRefused) as refused:
        sign_in("editor_uji", TEST_PASSWORD, "10.0.0.2", store)
    assert refused.value.locked_minutes == 2
    clock.forward(2.1)
    assert sign_in("editor_uji", TEST_PASSWORD, "10.0.0.2", store).user == "editor_uji"


def test_new_password_replaces_the_old_and_lifts_the_lock(store: Path) -> None:
    add_user("editor_uji", "editor", TEST_PASSWORD, store)
    _fail(store, "editor_uji", "10.0.0.1", 5)
    set_password("editor_uji", OTHER, store)
    with pytest.raises(SignInRefused):
        sign_in("editor_uji", TEST_PASSWORD, "10.0.0.2", store)
    assert sign_in("editor_uji", OTHER, "10.0.0.2", store).user == "editor_uji"


def test_bad_names_roles_duplicates_and_short_passwords_are_refused(store: Path) -> None:
    add_user("editor_uji", "editor", TEST_PASSWORD, store)
    for name, role, password, message in (
        ("editor_uji", "editor", TEST_PASSWORD, "sudah ada"),
        ("dua kata", "editor", TEST_PASSWORD, "tanpa spasi"),
        ("baru", "pemilik", TEST_PASSWORD, "tidak dikenal"),
        ("baru", "editor", "pendek", "minimal 8"),
    ):
        with pytest.raises(PotensiError, match=message):
            add_user(name, role, password, store)
    with pytest.raises(PotensiError, match="tidak ada"):
        disable_user("tidak_ada", store)
    with pytest.raises(PotensiError, match="tidak ada"):
        set_password("tidak_ada", TEST_PASSWORD, store)


def _cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], stdin: str, *argv: str
) -> tuple:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out + err


def test_cli_adds_changes_disables_and_lists_without_echoing_passwords(
    store: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    at = ("--store", str(store))
    code, said = _cli(
        monkeypatch, capsys, TEST_PASSWORD + "\n", "users", "add", "editor_uji", "--role", "editor",
        "--password-stdin", *at,
    )  # fmt: skip
    assert code == 0 and "editor_uji" in said and TEST_PASSWORD not in said
    assert sign_in("editor_uji", TEST_PASSWORD, "10.0.0.1", store).role == "editor"
    code, said = _cli(
        monkeypatch, capsys, OTHER + "\n", "users", "passwd", "editor_uji", "--password-stdin", *at
    )
    assert code == 0 and OTHER not in said
    assert sign_in("editor_uji", OTHER, "10.0.0.1", store).user == "editor_uji"
    code, said = _cli(monkeypatch, capsys, "", "users", "list", *at)
    assert code == 0 and "editor_uji\teditor\taktif" in said
    code, said = _cli(monkeypatch, capsys, "", "users", "disable", "editor_uji", *at)
    assert code == 0
    assert "editor_uji\teditor\tnonaktif" in _cli(monkeypatch, capsys, "", "users", "list", *at)[1]
    with pytest.raises(SignInRefused):
        sign_in("editor_uji", OTHER, "10.0.0.1", store)
    # a user error is a message and exit code 2, never a traceback; the password stays unprinted
    code, said = _cli(
        monkeypatch, capsys, "pendek\n", "users", "add", "x", "--role", "admin", "--password-stdin", *at
    )
    assert code == 2 and "minimal 8" in said and "pendek" not in said.split("GAGAL")[0]


def test_cli_prompts_twice_without_echo(
    store: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    typed = iter([TEST_PASSWORD, TEST_PASSWORD + "typo"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(typed))
    code, said = _cli(
        monkeypatch, capsys, "", "users", "add", "kepala", "--role", "admin", "--store", str(store)
    )
    assert code == 2 and "tidak sama" in said and list_users(store) == []
    typed = iter([TEST_PASSWORD, TEST_PASSWORD])
    code, said = _cli(
        monkeypatch, capsys, "", "users", "add", "kepala", "--role", "admin", "--store", str(store)
    )
    assert code == 0 and list_users(store)[0].peran == "admin"


def test_parallel_wrong_guesses_are_all_counted(store: Path) -> None:
    """Eight guesses at once from one client: none is lost, the account ends locked."""
    from concurrent.futures import ThreadPoolExecutor

    add_user("editor_uji", "editor", TEST_PASSWORD, store)

    def guess(i: int) -> None:
        with pytest.raises(SignInRefused):
            sign_in("editor_uji", f"tebakan-{i}-salah", f"10.0.2.{i}", store)

    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(guess, range(8)))
    count = (
        sqlite3.connect(users_path(store))
        .execute("SELECT jumlah FROM gagal_masuk WHERE jenis = 'akun' AND subjek = 'editor_uji'")
        .fetchone()[0]
    )
    assert count >= 5
    with pytest.raises(SignInRefused) as refused:
        sign_in("editor_uji", TEST_PASSWORD, "10.0.3.1", store)
    assert refused.value.locked_minutes == 15
