"""Settings read from the environment, anchored to the repository.

Paths are resolved from this file rather than the working directory, so the CLI,
the dashboard and the tests find the same store wherever they are started from.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
GEODATA_DIR = REPO_ROOT / "geodata"
MANIFEST_PATH = GEODATA_DIR / "manifest.toml"
DEFAULT_STORE = GEODATA_DIR / "peta.gpkg"
DEFAULT_REGION = "35.05"
#: official area of Kabupaten Blitar used by BPS (the polygons measure 1,744 km²), and where it is written
BPS_AREA_KM2 = 1588.79
BPS_AREA_SOURCE = "Kabupaten Blitar, Bappeda; Wikipedia (infobox)"
#: cities that sit as a hole inside a kabupaten (Kemendagri kabupaten code → name): the
#: map labels the hole as the separate city it is, so nobody reads it as a kecamatan
ENCLAVES = {"35.05": "Kota Blitar"}
#: province names by Kemendagri code, for the title block and inset of the printed map
PROVINCES = {"35": "Jawa Timur"}

#: what a ``PETA_STORE`` URL of a PostgreSQL + PostGIS store starts with
POSTGRES_SCHEMES = ("postgresql://", "postgres://")

#: Environment variables, with what each one does (documented in the README).
ENV_VARS = {
    "PETA_STORE": (
        "path of the GeoPackage store (default geodata/peta.gpkg), or a postgresql://user@host:port/database "
        "URL for a PostgreSQL + PostGIS store (several processes or machines, docs/scaling.md)"
    ),
    "PETA_GEODATA_MIRROR": "folder with the upstream layout to read instead of downloading",
    "PETA_REGION": "Kemendagri code of the kabupaten/kota to build (default 35.05)",
    "PETA_BACKUP_DIR": "folder of the automatic backups (default: cadangan/ beside the store)",
    "PETA_BACKUP_KEEP": "backups kept, newest first (default 10; 0 turns the automatic backup off)",
    "PETA_WRITE_WAIT": "seconds a write waits for another to finish before saying 'coba lagi' (default 30)",
    "PETA_USERS_DB": (
        "SQLite file of the sign-in accounts and lockout counters "
        "(default: <store>.pengguna.sqlite beside the store)"
    ),
    "PETA_SESSION_IDLE_MINUTES": "minutes without activity after which a signed-in session ends (default 30)",
    "PETA_LOCKOUT_ATTEMPTS": "failed sign-ins that lock an account and a client (default 5)",
    "PETA_LOCKOUT_MINUTES": "minutes an account or client stays locked after too many failures (default 15)",
    "PETA_PUBLIC_URL": (
        "address of the dashboard as investors reach it, e.g. https://peta.blitarkab.go.id: the QR code "
        "of a printed brief links there (unset: the address the browser used, or no QR code from the CLI)"
    ),
    "PETA_AGENCY_NAME": "agency named on the printed map (default: Bappeda Kabupaten <name>)",
    "PETA_AGENCY_LOGO": "PNG or JPEG logo beside the agency's name on the printed map (default: none)",
}


@dataclass(frozen=True)
class Settings:
    """Where the store lives, where boundaries come from, and which region."""

    store: Path | str  # str: a postgresql:// URL
    mirror: Path | None
    region: str
    backup_dir: Path | None  # None: cadangan/ beside the store written to
    backup_keep: int
    write_wait: float
    users_db: Path | None  # None: <store>.pengguna.sqlite beside the store
    session_idle_minutes: float
    lockout_attempts: int
    lockout_minutes: float
    public_url: str | None = None  # None: not configured (no QR code from the CLI)
    agency_name: str | None = None  # None: "Bappeda Kabupaten <name>"
    agency_logo: Path | None = None


def get_settings() -> Settings:
    """Read settings now (not at import), so tests can change the environment."""
    mirror = os.environ.get("PETA_GEODATA_MIRROR") or None
    configured = os.environ.get("PETA_STORE") or str(DEFAULT_STORE)
    store: Path | str = configured if configured.startswith(POSTGRES_SCHEMES) else Path(configured)
    backups = os.environ.get("PETA_BACKUP_DIR") or None
    return Settings(
        store=store,
        mirror=Path(mirror) if mirror else None,
        region=os.environ.get("PETA_REGION") or DEFAULT_REGION,
        backup_dir=Path(backups) if backups else None,
        backup_keep=_number("PETA_BACKUP_KEEP", 10, int),
        write_wait=_number("PETA_WRITE_WAIT", 30.0, float),
        users_db=Path(users) if (users := os.environ.get("PETA_USERS_DB") or None) else None,
        session_idle_minutes=_number("PETA_SESSION_IDLE_MINUTES", 30.0, float),
        lockout_attempts=max(1, _number("PETA_LOCKOUT_ATTEMPTS", 5, int)),
        lockout_minutes=_number("PETA_LOCKOUT_MINUTES", 15.0, float),
        public_url=(os.environ.get("PETA_PUBLIC_URL") or "").strip().rstrip("/") or None,
        agency_name=(os.environ.get("PETA_AGENCY_NAME") or "").strip() or None,
        agency_logo=Path(logo) if (logo := (os.environ.get("PETA_AGENCY_LOGO") or "").strip()) else None,
    )


def _number(name: str, default: float, kind: type) -> Any:
    """A numeric setting; an unreadable value is refused with the variable named."""
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        value = kind(raw)
    except ValueError:
        raise ValueError(f"{name}={raw!r} bukan angka") from None
    if value < 0:
        raise ValueError(f"{name}={raw!r} tidak boleh negatif")
    return value


#: the lines the launcher's warm-up (``ui/warmup.py``) writes to the server log when it
#: has filled the caches or given up; ``potensi.testing.server.serve`` waits for one
WARMUP_DONE = "Peta Potensi: cache siap / caches warm"
WARMUP_SKIPPED = "Peta Potensi: cache tidak dihangatkan / warm-up skipped"
