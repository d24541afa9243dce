"""Settings read from the environment, anchored to the repository.

Paths are resolved from this file rather than the working directory, so the CLI,
the dashboard and the tests find the same store wherever they are started from.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
GEODATA_DIR = REPO_ROOT / "geodata"
MANIFEST_PATH = GEODATA_DIR / "manifest.toml"
DEFAULT_STORE = GEODATA_DIR / "peta.gpkg"
DEFAULT_REGION = "35.05"
#: official area of Kabupaten Blitar used by BPS (the polygons measure 1,744 km²), and where it is written
BPS_AREA_KM2 = 1588.79
BPS_AREA_SOURCE = "Kabupaten Blitar, Bappeda; Wikipedia (infobox)"

#: Environment variables, with what each one does (documented in the README).
ENV_VARS = {
    "PETA_STORE": "path of the GeoPackage store (default geodata/peta.gpkg)",
    "PETA_GEODATA_MIRROR": "folder with the upstream layout to read instead of downloading",
    "PETA_REGION": "Kemendagri code of the kabupaten/kota to build (default 35.05)",
}


@dataclass(frozen=True)
class Settings:
    """Where the store lives, where boundaries come from, and which region."""

    store: Path
    mirror: Path | None
    region: str


def get_settings() -> Settings:
    """Read settings now (not at import), so tests can change the environment."""
    mirror = os.environ.get("PETA_GEODATA_MIRROR") or None
    return Settings(
        store=Path(os.environ.get("PETA_STORE") or DEFAULT_STORE),
        mirror=Path(mirror) if mirror else None,
        region=os.environ.get("PETA_REGION") or DEFAULT_REGION,
    )
