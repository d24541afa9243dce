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
import hashlib
import hmac
import secrets
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from potensi.core import postgis
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
from potensi.core.postgis import PostgisStore
from potensi.core.sql import Connection, table_exists
from potensi.core.store import is_postgis, store_path
from potensi.data.audit import AUDIT_SCHEMA, AUDIT_SCHEMA_POSTGRES, append, os_actor

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


class AccountRefused(PotensiError):
    """An account change refused before anything was written.

    ``reason`` (``name``, ``role``, ``short``, ``exists``, ``missing``, ``last_admin``)
    lets the admin page say it in the UI language; the message is the CLI's Indonesian.
    """

    def __init__(self, message: str, reason: str, name: str = "") -> None:
        super().__init__(message)
        self.reason = reason
        self.name = name


@dataclass(frozen=True)
class User:
    """An account as listed (no hash: nothing outside this module needs it)."""

    nama: str
    peran: Role
    aktif: bool


def users_path(store: Path | None = None) -> Path | PostgisStore:
    """Where the accounts live: ``PETA_USERS_DB``, else ``<store>.pengguna.sqlite`` beside the store.

    An explicit ``store`` (``--store``, tests) always uses the file beside it, so a
    second store never shares the first one's accounts by accident. A PostGIS store
    keeps its accounts in its own database (tables ``pengguna``, ``gagal_masuk``,
    ``jejak_audit``), so every dashboard process on it signs in against the same ones.
    """
    configured = get_settings().users_db
    if configured is not None and store is None:
        return configured
    target = store_path(store)
    if is_postgis(target):
        return target
    return target.with_name(target.name + ".pengguna.sqlite")


def open_accounts(store: Path | None = None) -> Connection:
    """A connection to the accounts (the file is created on first use, readable by its owner only),
    with the tables present (:func:`ensure_account_tables`)."""
    where = users_path(store)
    if is_postgis(where):
        con: Connection = postgis.connect(where)
        ensure_account_tables(con)
        return con
    where.parent.mkdir(parents=True, exist_ok=True)
    if not where.exists():
        where.touch(mode=0o600)
    con = sqlite3.connect(where, timeout=30, isolation_level=None)
    try:
        con.executescript(_SCHEMA + AUDIT_SCHEMA)
    except BaseException:
        con.close()
        raise
    return con


def ensure_account_tables(con: Connection) -> None:
    """Create the accounts and audit tables a PostGIS store lacks, once, under a lock
    (two processes starting together must not both create them)."""
    if table_exists(con, "pengguna") and table_exists(con, "jejak_audit"):
        return
    con.execute("BEGIN IMMEDIATE")
    try:
        con.executescript(_SCHEMA)
        con.executescript(AUDIT_SCHEMA_POSTGRES)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


@contextlib.contextmanager
def _connect(store: Path | None = None) -> Iterator[Connection]:
    """One write transaction on the accounts.

    ``BEGIN IMMEDIATE`` takes SQLite's write lock (on PostgreSQL: a transaction
    advisory lock, :mod:`potensi.core.sql`) before the failure counters are read,
    so parallel wrong guesses are each counted (no lost update lets a brute force
    past the limit); sign-ins queue for the moment a hash check takes.

    The audit table is created before ``BEGIN`` (:func:`open_accounts`):
    ``executescript`` commits whatever is open, and each change writes its audit
    entry inside this transaction (:func:`potensi.data.audit.append`), so a change
    and its entry commit together.
    """
    con = open_accounts(store)
    try:
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
        raise AccountRefused(f"Nama akun {name!r} tidak sah: 1–64 karakter tanpa spasi.", "name")
    return clean


def _check_role(role: str) -> Role:
    if role not in ROLES:
        raise AccountRefused(f"Peran {role!r} tidak dikenal: pilih {' atau '.join(ROLES)}.", "role")
    return role  # type: ignore[return-value]


def _hash(password: str) -> str:
    try:
        return hash_password(password)
    except ValueError as exc:
        raise AccountRefused(str(exc), "short") from None


def _actor(actor: str | None) -> str:
    """Who made an account change: the signed-in admin, else the command line's OS user."""
    return actor or os_actor()


def _missing(name: str) -> AccountRefused:
    return AccountRefused(f"Akun {name} tidak ada (lihat `users list`).", "missing", name)


def add_user(
    name: str,
    role: str,
    password: str,
    store: Path | None = None,
    *,
    actor: str | None = None,
    client: str | None = None,
) -> User:
    """Create an account; an existing name is refused (use :func:`set_password`).

    ``actor`` is the signed-in admin who asked (the browser), else the command line's
    operating-system user is logged (:func:`potensi.data.audit.os_actor`).
    """
    name, role = _clean_name(name), _check_role(role)
    hashed = _hash(password)
    now = time.time()
    with _connect(store) as con:
        if con.execute("SELECT 1 FROM pengguna WHERE nama = ?", (name,)).fetchone():
            raise AccountRefused(
                f"Akun {name} sudah ada; ganti kata sandinya dengan `users passwd {name}`.", "exists", name
            )
        con.execute(
            "INSERT INTO pengguna (nama, peran, hash_sandi, aktif, dibuat, diubah) VALUES (?, ?, ?, 1, ?, ?)",
            (name, role, hashed, now, now),
        )
        append(con, "pengguna_tambah", _actor(actor), f"akun {name} dibuat, peran {role}", client)
    return User(name, role, True)


def set_password(
    name: str,
    password: str,
    store: Path | None = None,
    *,
    actor: str | None = None,
    client: str | None = None,
) -> None:
    """Give an account a new password (and lift its lockout: an admin vouched for it)."""
    name = _clean_name(name)
    hashed = _hash(password)
    with _connect(store) as con:
        changed = con.execute(
            "UPDATE pengguna SET hash_sandi = ?, diubah = ? WHERE nama = ?", (hashed, time.time(), name)
        ).rowcount
        if not changed:
            raise _missing(name)
        con.execute("DELETE FROM gagal_masuk WHERE jenis = 'akun' AND subjek = ?", (name,))
        append(con, "pengguna_sandi", _actor(actor), f"kata sandi akun {name} diganti", client)


def _keeps_an_admin(con: Connection, name: str) -> None:
    """Refuse to disable or demote the last active admin: nobody could manage accounts
    from the browser any more (the command line's ``users role`` would be the only way back)."""
    others = con.execute(
        "SELECT COUNT(*) FROM pengguna WHERE peran = 'admin' AND aktif = 1 AND nama != ?", (name,)
    ).fetchone()[0]
    target = con.execute("SELECT peran, aktif FROM pengguna WHERE nama = ?", (name,)).fetchone()
    if target is not None and target[0] == "admin" and target[1] and others == 0:
        raise AccountRefused(
            f"Akun {name} adalah satu-satunya admin aktif; tambahkan atau aktifkan admin lain dulu. "
            "Tidak ada yang diubah.",
            "last_admin",
            name,
        )


def _set_active(name: str, active: bool, store: Path | None, actor: str | None, client: str | None) -> None:
    name = _clean_name(name)
    with _connect(store) as con:
        if not active:
            _keeps_an_admin(con, name)
        changed = con.execute(
            "UPDATE pengguna SET aktif = ?, diubah = ? WHERE nama = ?", (int(active), time.time(), name)
        ).rowcount
        if not changed:
            raise _missing(name)
        if active:
            append(con, "pengguna_aktif", _actor(actor), f"akun {name} diaktifkan", client)
        else:
            append(con, "pengguna_nonaktif", _actor(actor), f"akun {name} dinonaktifkan", client)


def disable_user(
    name: str, store: Path | None = None, *, actor: str | None = None, client: str | None = None
) -> None:
    """Stop an account from signing in; a session it holds ends at its next page run.

    The last active admin cannot be disabled (see :func:`_keeps_an_admin`).
    """
    _set_active(name, False, store, actor, client)


def enable_user(
    name: str, store: Path | None = None, *, actor: str | None = None, client: str | None = None
) -> None:
    """Let a disabled account sign in again (its password is unchanged)."""
    _set_active(name, True, store, actor, client)


def set_role(
    name: str,
    role: str,
    store: Path | None = None,
    *,
    actor: str | None = None,
    client: str | None = None,
) -> bool:
    """Change an account's role; whether it changed (the same role is no change, and no entry).

    A session the account holds ends at its next page run. The last active admin
    cannot be demoted (see :func:`_keeps_an_admin`).
    """
    name, role = _clean_name(name), _check_role(role)
    with _connect(store) as con:
        row = con.execute("SELECT peran FROM pengguna WHERE nama = ?", (name,)).fetchone()
        if row is None:
            raise _missing(name)
        if row[0] == role:
            return False
        if role != "admin":
            _keeps_an_admin(con, name)
        con.execute("UPDATE pengguna SET peran = ?, diubah = ? WHERE nama = ?", (role, time.time(), name))
        append(con, "pengguna_peran", _actor(actor), f"peran akun {name}: {row[0]} menjadi {role}", client)
    return True


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


def _locked_until(con: Connection, kind: str, subject: str, now: float) -> float | None:
    row = con.execute(
        "SELECT terkunci_sampai FROM gagal_masuk WHERE jenis = ? AND subjek = ?", (kind, subject)
    ).fetchone()
    if row and row[0] is not None and row[0] > now:
        return float(row[0])
    return None


def _count_failure(con: Connection, kind: str, subject: str, now: float) -> bool:
    """One more failure; the ``PETA_LOCKOUT_ATTEMPTS``-th within the window locks the subject.

    Whether this failure locked it (the audit log gets a ``masuk_terkunci`` entry).
    """
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
        "INSERT INTO gagal_masuk (jenis, subjek, jumlah, pertama, terkunci_sampai) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (jenis, subjek) DO UPDATE SET jumlah = excluded.jumlah, pertama = excluded.pertama, "
        "terkunci_sampai = excluded.terkunci_sampai",
        (kind, subject, count, first, locked),
    )
    return locked is not None


def _locked(until: float, now: float) -> SignInRefused:
    minutes = max(1, int(-(-(until - now) // 60)))
    return SignInRefused(
        "Terlalu banyak percobaan masuk yang gagal. Masuk dikunci sementara; "
        f"coba lagi dalam {format_number(minutes, 0, 'id')} menit.",
        locked_minutes=minutes,
    )


#: keys the failure counter of a name no account has; it lives in this process only
_UNKNOWN_KEY = secrets.token_bytes(32)


def _account_subject(name: str, exists: bool) -> str:
    """The failure counter's subject for a typed name: the name of an existing account;
    for any other name a keyed digest, never the name itself.

    An unknown name may be a password typed into the name field, so it is neither
    logged nor stored; its failures are still counted (under the digest), so a name
    nobody has locks like a real one and a lockout does not tell which names exist.
    The key is not stored anywhere, so the digest cannot be tried against guesses
    offline; the counts of unknown names start afresh when the server restarts.
    """
    if exists:
        return name
    digest = hmac.new(_UNKNOWN_KEY, name.encode("utf-8"), hashlib.sha256).hexdigest()
    return f"?{digest[:32]}"


def sign_in(name: str, password: str, client: str, store: Path | None = None) -> Session:
    """Check a name and password; a session on success, :class:`SignInRefused` otherwise.

    Lockout counts per account *and* per client (the browser's IP address): a client
    guessing many names is stopped as well as many guesses at one name. While either
    is locked the password is not even checked, so guessing gains nothing. An unknown
    name costs the same hash check as a wrong password and gets the same message.

    Every attempt is in the audit log, in the same transaction as the counters: a
    success as ``masuk`` by the account, a failure as ``masuk_gagal`` and a failure
    that locks as ``masuk_terkunci``, by ``anonim`` with the client's address. The
    typed name is logged only when it is an existing account's: a name nobody has
    may be a password typed into the wrong field. The password never is.
    """
    now = time.time()
    name = name.strip()
    client = client or "tidak-diketahui"
    with _connect(store) as con:
        row = con.execute("SELECT peran, hash_sandi, aktif FROM pengguna WHERE nama = ?", (name,)).fetchone()
        #: how the log names the account tried: its name if it exists, never an unknown one
        tried = f"akun {name}" if row is not None else "nama akun tidak dikenal"
        refused: SignInRefused | None = None
        account = _account_subject(name, row is not None)
        for kind, subject in (("akun", account), ("klien", client)):
            until = _locked_until(con, kind, subject, now)
            if until is not None:
                append(con, "masuk_gagal", "anonim", f"{tried}: ditolak, masuk masih dikunci", client)
                refused = _locked(until, now)
                break
        if refused is None:
            good = verify_password(password, row[1] if row else DUMMY_HASH) and row is not None
            if not good or not row[2]:
                if row is None:
                    why = "tidak ada akun dengan nama itu"
                else:
                    why = "kata sandi salah" if not good else "akun nonaktif"
                append(con, "masuk_gagal", "anonim", f"{tried}: {why}", client)
                minutes = format_number(get_settings().lockout_minutes, 0, "id")
                if _count_failure(con, "akun", account, now):
                    append(con, "masuk_terkunci", "anonim", f"{tried} dikunci {minutes} menit", client)
                if _count_failure(con, "klien", client, now):
                    append(con, "masuk_terkunci", "anonim", f"klien {client} dikunci {minutes} menit", client)
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
                append(con, "masuk", name, f"masuk dengan peran {row[0]}", client)
    # raised after the transaction committed, so the failure (and its entry) is counted
    if refused is not None:
        raise refused
    return Session(user=name, role=row[0], signed_in=now, last_seen=now)


def sso_sign_in(identity: str, client: str, store: Path | None = None) -> Session | None:
    """A session for someone the single-sign-on provider (OIDC, ``st.login``) vouched for.

    The provider proves *who* it is (its e-mail address); what they may do stays here:
    the role of the enabled local account named by that address, which an admin adds
    like any other (``users add nama@opd.go.id --role editor``; its password then only
    matters offline). An identity without such an account stays a visitor: read-only,
    logged as a refused sign-in so the admin sees who asked.
    """
    now = time.time()
    name = identity.strip()
    with _connect(store) as con:
        row = con.execute("SELECT peran FROM pengguna WHERE nama = ? AND aktif = 1", (name,)).fetchone()
        if row is None:
            append(con, "masuk_gagal", "anonim", f"SSO {name}: tidak ada akun aktif bernama ini", client)
            return None
        append(con, "masuk", name, f"masuk lewat SSO (OIDC) dengan peran {row[0]}", client)
    return Session(user=name, role=row[0], signed_in=now, last_seen=now)


__all__ = [
    "MIN_PASSWORD",
    "AccountRefused",
    "User",
    "active_role",
    "add_user",
    "disable_user",
    "enable_user",
    "list_users",
    "set_password",
    "set_role",
    "sign_in",
    "sso_sign_in",
    "users_path",
]
