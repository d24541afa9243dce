"""Local accounts and sign-in lockout, in a small SQLite file beside the store.

Why not a table inside the GeoPackage store:

* **Restoring data must not restore accounts.** ``store restore`` puts back an
  older store; a disabled account or a changed password would come back with it.
* **Failed sign-ins must not touch the data.** Every store write takes the one
  writer lock and makes a backup first (``potensi.core.store``); an attacker typing
  wrong passwords would block imports and push real backups out of ``cadangan/``
  (``PETA_BACKUP_KEEP``). Counters here are written without either.
* **Stores travel.** Backups and copies of the store are handed around; password
  hashes should not go with them.

The file is ``PETA_USERS_DB``, by default ``<store>.pengguna.sqlite`` beside the store
(so each test store, and each deployment, has its own accounts). It needs no network:
local accounts always work offline. It holds names, roles, Argon2id hashes
(``potensi.core.auth``) and failure counters per account and per client, never a
password in clear.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from potensi.core.auth import (
    DUMMY_HASH,
    MIN_PASSWORD,
    ROLES,
    Role,
    Session,
    hash_password,
    needs_rehash,
    verify_password,
)
from potensi.core.config import get_settings
from potensi.core.errors import PotensiError, SignInRefused
from potensi.core.formatting import format_number
from potensi.core.store import store_path

_SCHEMA = """
CREATE TABLE IF NOT EXISTS pengguna (
    nama TEXT PRIMARY KEY,
    peran TEXT NOT NULL CHECK (peran IN ('editor', 'admin')),
    hash_sandi TEXT NOT NULL,
    aktif INTEGER NOT NULL DEFAULT 1,
    dibuat REAL NOT NULL,
    diubah REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS gagal_masuk (
    jenis TEXT NOT NULL CHECK (jenis IN ('akun', 'klien')),
    subjek TEXT NOT NULL,
    jumlah INTEGER NOT NULL,
    pertama REAL NOT NULL,
    terkunci_sampai REAL,
    PRIMARY KEY (jenis, subjek)
);
"""


@dataclass(frozen=True)
class User:
    """An account as listed (no hash: nothing outside this module needs it)."""

    nama: str
    peran: Role
    aktif: bool


def users_path(store: Path | None = None) -> Path:
    """The accounts file: ``PETA_USERS_DB``, else ``<store>.pengguna.sqlite`` beside the store.

    An explicit ``store`` (``--store``, tests) always uses the file beside it, so a
    second store never shares the first one's accounts by accident.
    """
    configured = get_settings().users_db
    if configured is not None and store is None:
        return configured
    target = store_path(store)
    return target.with_name(target.name + ".pengguna.sqlite")


@contextlib.contextmanager
def _connect(store: Path | None = None) -> Iterator[sqlite3.Connection]:
    """One write transaction on the accounts file (created on first use, readable by its owner only).

    ``BEGIN IMMEDIATE`` takes SQLite's write lock before the failure counters are read,
    so parallel wrong guesses are each counted (no lost update lets a brute force
    past the limit); sign-ins queue for the moment a hash check takes.
    """
    path = users_path(store)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        path.touch(mode=0o600)
    con = sqlite3.connect(path, timeout=30, isolation_level=None)
    try:
        con.executescript(_SCHEMA)
        con.execute("BEGIN IMMEDIATE")
        try:
            yield con
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")
    finally:
        con.close()


def _clean_name(name: str) -> str:
    clean = name.strip()
    if not clean or len(clean) > 64 or any(c.isspace() for c in clean):
        raise PotensiError(f"Nama akun {name!r} tidak sah: 1–64 karakter tanpa spasi.")
    return clean


def _check_role(role: str) -> Role:
    if role not in ROLES:
        raise PotensiError(f"Peran {role!r} tidak dikenal: pilih {' atau '.join(ROLES)}.")
    return role  # type: ignore[return-value]


def _hash(password: str) -> str:
    try:
        return hash_password(password)
    except ValueError as exc:
        raise PotensiError(str(exc)) from None


def add_user(name: str, role: str, password: str, store: Path | None = None) -> User:
    """Create an account; an existing name is refused (use :func:`set_password`)."""
    name, role = _clean_name(name), _check_role(role)
    hashed = _hash(password)
    now = time.time()
    with _connect(store) as con:
        if con.execute("SELECT 1 FROM pengguna WHERE nama = ?", (name,)).fetchone():
            raise PotensiError(f"Akun {name} sudah ada; ganti kata sandinya dengan `users passwd {name}`.")
        con.execute(
            "INSERT INTO pengguna (nama, peran, hash_sandi, aktif, dibuat, diubah) VALUES (?, ?, ?, 1, ?, ?)",
            (name, role, hashed, now, now),
        )
    return User(name, role, True)


def set_password(name: str, password: str, store: Path | None = None) -> None:
    """Give an account a new password (and lift its lockout: an admin vouched for it)."""
    name = _clean_name(name)
    hashed = _hash(password)
    with _connect(store) as con:
        changed = con.execute(
            "UPDATE pengguna SET hash_sandi = ?, diubah = ? WHERE nama = ?", (hashed, time.time(), name)
        ).rowcount
        if not changed:
            raise PotensiError(f"Akun {name} tidak ada (lihat `users list`).")
        con.execute("DELETE FROM gagal_masuk WHERE jenis = 'akun' AND subjek = ?", (name,))


def disable_user(name: str, store: Path | None = None) -> None:
    """Stop an account from signing in; a session it holds ends at its next page run."""
    name = _clean_name(name)
    with _connect(store) as con:
        changed = con.execute(
            "UPDATE pengguna SET aktif = 0, diubah = ? WHERE nama = ?", (time.time(), name)
        ).rowcount
    if not changed:
        raise PotensiError(f"Akun {name} tidak ada (lihat `users list`).")


def list_users(store: Path | None = None) -> list[User]:
    """Every account, by name."""
    with _connect(store) as con:
        rows = con.execute("SELECT nama, peran, aktif FROM pengguna ORDER BY nama").fetchall()
    return [User(nama, peran, bool(aktif)) for nama, peran, aktif in rows]


def active_role(name: str, store: Path | None = None) -> Role | None:
    """The role of an enabled account, else None (disabled or removed since sign-in)."""
    with _connect(store) as con:
        row = con.execute("SELECT peran FROM pengguna WHERE nama = ? AND aktif = 1", (name,)).fetchone()
    return row[0] if row else None


# --------------------------------------------------------------------------- sign-in and lockout


def _locked_until(con: sqlite3.Connection, kind: str, subject: str, now: float) -> float | None:
    row = con.execute(
        "SELECT terkunci_sampai FROM gagal_masuk WHERE jenis = ? AND subjek = ?", (kind, subject)
    ).fetchone()
    if row and row[0] is not None and row[0] > now:
        return float(row[0])
    return None


def _count_failure(con: sqlite3.Connection, kind: str, subject: str, now: float) -> None:
    """One more failure; the ``PETA_LOCKOUT_ATTEMPTS``-th within the window locks the subject."""
    settings = get_settings()
    window = settings.lockout_minutes * 60
    row = con.execute(
        "SELECT jumlah, pertama, terkunci_sampai FROM gagal_masuk WHERE jenis = ? AND subjek = ?",
        (kind, subject),
    ).fetchone()
    if row is None or now - row[1] > window or (row[2] is not None and row[2] <= now):
        count, first = 1, now  # a fresh count after the window or after a served lockout
    else:
        count, first = row[0] + 1, row[1]
    locked = now + window if count >= settings.lockout_attempts else None
    con.execute(
        "INSERT OR REPLACE INTO gagal_masuk (jenis, subjek, jumlah, pertama, terkunci_sampai) "
        "VALUES (?, ?, ?, ?, ?)",
        (kind, subject, count, first, locked),
    )


def _locked(until: float, now: float) -> SignInRefused:
    minutes = max(1, int(-(-(until - now) // 60)))
    return SignInRefused(
        "Terlalu banyak percobaan masuk yang gagal. Masuk dikunci sementara; "
        f"coba lagi dalam {format_number(minutes, 0, 'id')} menit.",
        locked_minutes=minutes,
    )


def sign_in(name: str, password: str, client: str, store: Path | None = None) -> Session:
    """Check a name and password; a session on success, :class:`SignInRefused` otherwise.

    Lockout counts per account *and* per client (the browser's IP address): a client
    guessing many names is stopped as well as many guesses at one name. While either
    is locked the password is not even checked, so guessing gains nothing. An unknown
    name costs the same hash check as a wrong password and gets the same message.
    """
    now = time.time()
    name = name.strip()
    client = client or "tidak-diketahui"
    with _connect(store) as con:
        for kind, subject in (("akun", name), ("klien", client)):
            until = _locked_until(con, kind, subject, now)
            if until is not None:
                raise _locked(until, now)
        row = con.execute("SELECT peran, hash_sandi, aktif FROM pengguna WHERE nama = ?", (name,)).fetchone()
        good = verify_password(password, row[1] if row else DUMMY_HASH) and row is not None
        if not good or not row[2]:
            _count_failure(con, "akun", name, now)
            _count_failure(con, "klien", client, now)
            refused = SignInRefused(
                "Nama akun atau kata sandi salah, atau akun dinonaktifkan. "
                f"Setelah {format_number(get_settings().lockout_attempts, 0, 'id')} kali gagal, "
                "masuk dikunci sementara."
            )
        else:
            con.execute(
                "DELETE FROM gagal_masuk "
                "WHERE (jenis = 'akun' AND subjek = ?) OR (jenis = 'klien' AND subjek = ?)",
                (name, client),
            )
            if needs_rehash(row[1]):
                con.execute("UPDATE pengguna SET hash_sandi = ? WHERE nama = ?", (_hash(password), name))
            refused = None
    # raised after the transaction committed, so the failure is counted
    if refused is not None:
        raise refused
    return Session(user=name, role=row[0], signed_in=now, last_seen=now)


__all__ = [
    "MIN_PASSWORD",
    "User",
    "active_role",
    "add_user",
    "disable_user",
    "list_users",
    "set_password",
    "sign_in",
    "users_path",
]
