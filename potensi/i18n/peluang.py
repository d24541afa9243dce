"""UI texts of the peluang page."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {}
