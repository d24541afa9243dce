"""Who may change the store: roles, password hashes, sessions and the one role check.

Anonymous visitors (investors, the public) only look; a signed-in ``editor`` may
save analysis results (and, later, import and undo own imports), an ``admin``
everything an editor may plus managing users, undoing any import and backups.

Every write function of a presenter calls :func:`require_role` first, so a write is
refused on the server even when a forged widget message reaches its code; hiding
the buttons (``ui.presentation.editing_button``) is only the visible half.

Passwords are hashed with scrypt from the standard library (``hashlib.scrypt``,
memory-hard, salted per password): neither argon2-cffi nor bcrypt is installed in
the project's environment, and a hash format is written with its algorithm and cost
(``scrypt$n$r$p$salt$hash``) so a later switch to argon2 can still read old hashes and
replace them at the next sign-in (:func:`needs_rehash`). A password is never stored,
printed or logged in clear; only its hash leaves this module.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass, replace
from typing import Literal

from potensi.core.errors import NotAllowed

Role = Literal["editor", "admin"]
#: roles from least to most; a role may do all a lower one may
ROLES: tuple[Role, ...] = ("editor", "admin")
#: the shortest password an account accepts (the CLI refuses shorter ones)
MIN_PASSWORD = 8

# scrypt cost: 2**15 × 8 × 128 bytes = 32 MiB and about 0.1 s per check on one core,
# OWASP's recommended minimum for scrypt; stored in each hash, so raising it later
# keeps old hashes readable
_N, _R, _P = 2**15, 8, 1
_MAXMEM = 64 * 1024 * 1024
_SALT_BYTES = 16
_KEY_BYTES = 32


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=_MAXMEM, dklen=_KEY_BYTES
    )


def hash_password(password: str) -> str:
    """A salted scrypt hash of ``password`` that carries its own parameters."""
    if len(password) < MIN_PASSWORD:
        raise ValueError(f"Kata sandi terlalu pendek: minimal {MIN_PASSWORD} karakter.")
    salt = secrets.token_bytes(_SALT_BYTES)
    return f"scrypt${_N}${_R}${_P}${_b64(salt)}${_b64(_scrypt(password, salt, _N, _R, _P))}"


def verify_password(password: str, encoded: str) -> bool:
    """Whether ``password`` matches ``encoded``; a malformed hash matches nothing.

    The comparison takes the same time wherever the bytes differ (``hmac.compare_digest``).
    """
    try:
        algorithm, n, r, p, salt, expected = encoded.split("$")
        if algorithm != "scrypt":
            return False
        actual = _scrypt(password, base64.b64decode(salt), int(n), int(r), int(p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, base64.b64decode(expected))


def needs_rehash(encoded: str) -> bool:
    """Whether a stored hash was made with weaker (or other) parameters than today's."""
    return not encoded.startswith(f"scrypt${_N}${_R}${_P}$")


#: a hash checked when the name is unknown, so an unknown name takes as long as a wrong password
DUMMY_HASH = f"scrypt${_N}${_R}${_P}${_b64(b'peta-potensi-dum')}${_b64(bytes(_KEY_BYTES))}"


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
