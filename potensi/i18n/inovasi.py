"""UI texts of the inovasi page."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {}
