"""UI texts of the profil page."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {}
