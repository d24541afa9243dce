"""Passwords hashed with salt and cost, and the one role check every write makes."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest
from argon2 import PasswordHasher

from potensi.core.auth import (
    DUMMY_HASH,
    Session,
    has_role,
    hash_password,
    needs_rehash,
    require_role,
    verify_password,
)
from potensi.core.errors import NotAllowed
from potensi.testing.accounts import TEST_PASSWORD, editor_session


def test_hash_is_salted_carries_its_cost_and_never_the_password() -> None:
    first, second = hash_password(TEST_PASSWORD), hash_password(TEST_PASSWORD)
    assert first != second  # a fresh salt each time
    assert first.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert TEST_PASSWORD not in first and TEST_PASSWORD.encode().hex() not in first
    assert verify_password(TEST_PASSWORD, first) and verify_password(TEST_PASSWORD, second)
    assert not verify_password(TEST_PASSWORD + "x", first)
    assert not verify_password(TEST_PASSWORD.lower(), first)
    assert not needs_rehash(first)


@pytest.mark.parametrize(
    "stored",
    ["", "plain-text-password", "md5$abc", "$argon2id$v=19$m=65536", "scrypt$x$8$1$AA==$AA==", DUMMY_HASH],
)
def test_malformed_or_foreign_hashes_match_nothing(stored: str) -> None:
    assert not verify_password(TEST_PASSWORD, stored)
    assert not verify_password("plain-text-password", stored)


def test_weaker_parameters_are_marked_for_rehash() -> None:
    weaker = PasswordHasher(time_cost=1, memory_cost=8192).hash("kata-sandi-lama")
    assert needs_rehash(weaker) and verify_password("kata-sandi-lama", weaker)
    assert needs_rehash("scrypt$16384$8$1$AA==$AA==")
    assert needs_rehash("bcrypt$whatever")


def test_short_passwords_are_refused() -> None:
    with pytest.raises(ValueError, match="minimal 8"):
        hash_password("pendek")


def test_anonymous_sessions_may_not_write() -> None:
    with pytest.raises(NotAllowed, match="hanya untuk petugas yang masuk"):
        require_role(None, "editor", idle_minutes=30)
    assert not has_role(None, "editor")


def test_roles_are_ordered_editor_below_admin() -> None:
    editor, admin = editor_session(), editor_session("kepala", "admin")
    assert require_role(editor, "editor", 30) is editor
    assert require_role(admin, "editor", 30) is admin
    assert require_role(admin, "admin", 30) is admin
    with pytest.raises(NotAllowed, match="perlu peran admin"):
        require_role(editor, "admin", 30)
    forged = replace(editor, role="superuser")  # type: ignore[arg-type]
    assert not has_role(forged, "editor")


def test_idle_sessions_expire(monkeypatch: pytest.MonkeyPatch) -> None:
    now = time.time()
    session = Session("editor_uji", "editor", now - 3600, now - 31 * 60)
    assert session.expired(30, now) and not session.expired(45, now)
    with pytest.raises(NotAllowed, match="berakhir"):
        require_role(session, "editor", idle_minutes=30)
    assert not has_role(session, "editor", 30)
    assert not session.touched(now).expired(30, now)
    # the limit comes from PETA_SESSION_IDLE_MINUTES when not given
    monkeypatch.setenv("PETA_SESSION_IDLE_MINUTES", "60")
    assert require_role(session, "editor") is session
    monkeypatch.setenv("PETA_SESSION_IDLE_MINUTES", "5")
    with pytest.raises(NotAllowed):
        require_role(session, "editor")
