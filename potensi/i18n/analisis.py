"""UI texts of the analisis page."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {}
