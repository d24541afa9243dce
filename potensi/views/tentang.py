"""Provenance of what the dashboard shows, read from the manifest and the store.

Officials present these figures to investors; they must be able to say where each
boundary and number comes from without opening the repository.
"""

from __future__ import annotations

from pathlib import Path

from potensi.boundaries.sources import load_manifest
from potensi.core.config import BPS_AREA_KM2
from potensi.core.formatting import format_number
from potensi.core.store import load_layer
from potensi.i18n import Lang, t


def provenance_markdown(lang: Lang, store: Path | None = None) -> str:
    """A short Markdown account of the boundary data and its licence."""
    manifest = load_manifest()
    kab = load_layer("kabupaten", store).iloc[0]
    return "\n\n".join(
        (
            t(
                "tentang_boundaries",
                lang,
                name=manifest.name,
                licence=manifest.licence,
                commit=manifest.commit,
                built=kab.dibangun,
            ),
            t(
                "tentang_cleaning",
                lang,
                area=format_number(kab.luas_km2, 2, lang),
                bps=format_number(BPS_AREA_KM2, 2, lang),
            ),
            t("tentang_codes", lang),
        )
    )
