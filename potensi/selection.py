"""Which kecamatan a map click means, kept out of the page so it can be tested."""

from __future__ import annotations

import re

KEC_CODE = re.compile(r"^\d{2}\.\d{2}\.\d{2}")


def kecamatan_from_feature(feature: dict | None) -> str | None:
    """Kecamatan code of a clicked GeoJSON feature (a desa click selects its kecamatan)."""
    if not feature:
        return None
    code = str((feature.get("properties") or {}).get("kode", ""))
    match = KEC_CODE.match(code)
    return match.group(0) if match else None
