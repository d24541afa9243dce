"""Provenance of what the dashboard shows, read from the manifest and the store.

Officials present these figures to investors; they must be able to say where each
boundary and number comes from without opening the repository.
"""

from __future__ import annotations

from pathlib import Path

from potensi.boundaries.sources import load_manifest
from potensi.core.formatting import format_number
from potensi.core.store import load_layer
from potensi.i18n import Lang


def provenance_markdown(lang: Lang, store: Path | None = None) -> str:
    """A short Markdown account of the boundary data and its licence."""
    manifest = load_manifest()
    kab = load_layer("kabupaten", store).iloc[0]
    if lang == "en":
        return (
            f"**Boundaries** — dataset *{manifest.name}* by Cahya DSN, {manifest.licence} licence, "
            f"pinned at commit `{manifest.commit}`; every file is checked against its sha256 "
            f"before use. Store built {kab.dibangun}.\n\n"
            "Kecamatan are dissolved from the desa polygons (so they tile exactly); overlaps "
            "between neighbouring desa in the source were given to one desa and thin gaps to "
            "the neighbour sharing most edge. Areas are polygon areas in UTM zone 49S "
            f"(total {kab.luas_km2:,.2f} km²); BPS uses the official 1,588.79 km².\n\n"
            "**Codes** — Kemendagri region codes (Kepmendagri No 100.1.1-6117 of 2022)."
        )
    area = format_number(kab.luas_km2, 2, "id")
    return (
        f"**Batas wilayah** — dataset *{manifest.name}* oleh Cahya DSN, lisensi {manifest.licence}, "
        f"dipatok pada commit `{manifest.commit}`; setiap berkas dicek sha256-nya sebelum "
        f"dipakai. Store dibangun {kab.dibangun}.\n\n"
        "Kecamatan disusun dari gabungan poligon desa (sehingga berimpit tepat); tumpang-tindih "
        "antar-desa di sumber diberikan ke satu desa dan celah tipis ke desa tetangga dengan "
        "batas bersama terpanjang. Luas adalah luas poligon pada proyeksi UTM zona 49S "
        f"(total {area} km²); BPS memakai luas resmi 1.588,79 km².\n\n"
        "**Kode** — kode wilayah Kemendagri (Kepmendagri No 100.1.1-6117 Tahun 2022)."
    )
