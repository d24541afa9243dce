"""Texts of the rule "which potentials have an innovation behind them" (the gap list).

Shared by the kecamatan profile, the map's popups and the IID page, so they live
in their own module rather than in one page's: the three say the same thing in the
same words.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "gap_col_kecamatan": {"id": "Kecamatan", "en": "District"},
    "gap_col_sektor": {"id": "Sektor", "en": "Sector"},
    "gap_col_id": {"id": "ID potensi", "en": "Potential id"},
    "gap_col_nama": {"id": "Potensi", "en": "Potential"},
    "gap_kabupaten": {"id": "Seluruh kabupaten", "en": "Whole regency"},
    "gap_supported_by": {"id": "Didukung inovasi: {names}", "en": "Supported by innovations: {names}"},
    "gap_none": {
        "id": "Belum ada inovasi yang mendukung",
        "en": "No innovation supports it yet",
    },
    "gap_how_langsung": {"id": "terkait langsung", "en": "linked directly"},
    "gap_how_sektor": {"id": "sektor yang sama", "en": "same sector"},
}
