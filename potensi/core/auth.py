"""Who may change the store: roles, password hashes, sessions and the one role check.

Anonymous visitors (investors, the public) only look; a signed-in ``editor`` may
save analysis results (and, later, import and undo own imports), an ``admin``
everything an editor may plus managing users, undoing any import and backups.

Every write function of a presenter calls :func:`require_role` first, so a write is
refused on the server even when a forged widget message reaches its code; hiding
the buttons (``ui.presentation.editing_button``) is only the visible half.

Passwords are hashed with Argon2id by ``argon2-cffi`` (the reference C
implementation; the winner of the Password Hashing Competition and OWASP's first
choice), salted per password; the encoded hash carries its algorithm and cost, so
raising the cost later keeps old hashes readable and :func:`needs_rehash` replaces
them at the next sign-in. A password is never stored, printed or logged in clear;
only its hash leaves this module.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from typing import Literal

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from potensi.core.errors import NotAllowed

Role = Literal["editor", "admin"]
#: roles from least to most; a role may do all a lower one may
ROLES: tuple[Role, ...] = ("editor", "admin")
#: the shortest password an account accepts (the CLI refuses shorter ones)
MIN_PASSWORD = 8

#: argon2-cffi's defaults (RFC 9106's second recommendation: Argon2id, 64 MiB, t=3, p=4)
_HASHER = PasswordHasher()


def hash_password(password: str) -> str:
    """A salted Argon2id hash of ``password`` that carries its own parameters."""
    if len(password) < MIN_PASSWORD:
        raise ValueError(f"Kata sandi terlalu pendek: minimal {MIN_PASSWORD} karakter.")
    return _HASHER.hash(password)


def verify_password(password: str, encoded: str) -> bool:
    """Whether ``password`` matches ``encoded``; a malformed hash matches nothing."""
    try:
        return _HASHER.verify(encoded, password)
    except (VerificationError, InvalidHashError, ValueError, TypeError):
        return False


def needs_rehash(encoded: str) -> bool:
    """Whether a stored hash was made with weaker (or other) parameters than today's."""
    try:
        return _HASHER.check_needs_rehash(encoded)
    except (InvalidHashError, ValueError):
        return True


#: a hash checked when the name is unknown, so an unknown name takes as long as a wrong password
DUMMY_HASH = _HASHER.hash("peta-potensi-dummy-password")


@dataclass(frozen=True)
class Session:
    """A signed-in person: kept server-side in the Streamlit session, never sent by the browser."""

    user: str
    role: Role
    signed_in: float
    last_seen: float

    def expired(self, idle_minutes: float, now: float | None = None) -> bool:
        """Whether the session has been idle longer than ``idle_minutes``."""
        now = time.time() if now is None else now
        return now - self.last_seen > idle_minutes * 60

    def touched(self, now: float | None = None) -> Session:
        """The same session, active now (each page run of a live session counts)."""
        return replace(self, last_seen=time.time() if now is None else now)


def has_role(session: Session | None, role: Role, idle_minutes: float | None = None) -> bool:
    """Whether ``session`` may do what ``role`` may (and, with ``idle_minutes``, is still live)."""
    if session is None or session.role not in ROLES:
        return False
    if idle_minutes is not None and session.expired(idle_minutes):
        return False
    return ROLES.index(session.role) >= ROLES.index(role)


def require_role(session: Session | None, role: Role, idle_minutes: float | None = None) -> Session:
    """Refuse a write unless ``session`` holds ``role`` (or a higher one) and is live.

    Called first by every function that changes the store on behalf of the browser,
    so nothing is written for an anonymous or expired session, whatever the browser sent.
    """
    if idle_minutes is None:
        from potensi.core.config import get_settings

        idle_minutes = get_settings().session_idle_minutes
    if session is None:
        raise NotAllowed(
            "Perubahan data hanya untuk petugas yang masuk (peran editor atau admin). "
            "Masuk lewat formulir Masuk di bilah samping; tidak ada yang disimpan."
        )
    if session.expired(idle_minutes):
        raise NotAllowed("Sesi Anda telah berakhir karena tidak aktif. Masuk lagi; tidak ada yang disimpan.")
    if not has_role(session, role):
        raise NotAllowed(
            f"Akun {session.user} (peran {session.role}) tidak berhak melakukan ini: "
            f"perlu peran {role}. Tidak ada yang disimpan."
        )
    return session
