"""Sessions and accounts for tests: a live editor without a sign-in, a password to search for."""

from __future__ import annotations

import time

from potensi.core.auth import Role, Session

#: a password the tests use, distinctive enough to grep for in logs and files
TEST_PASSWORD = "Uji-Sandi-7391-Blitar"


def editor_session(user: str = "editor_uji", role: Role = "editor") -> Session:
    """A session signed in just now (for presenter tests that save on an editor's behalf)."""
    now = time.time()
    return Session(user=user, role=role, signed_in=now, last_seen=now)
