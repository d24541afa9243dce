"""Shared fixtures: the real mirror, and one store built from it per test session.

Boundary data is never committed; tests read the mirror beside the repository
(``../shared/geodata/wilayah_boundaries``) or wherever PETA_GEODATA_MIRROR points.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from potensi.core.config import REPO_ROOT

DEFAULT_MIRROR = REPO_ROOT.parent / "shared" / "geodata" / "wilayah_boundaries"
ARTIFACTS = REPO_ROOT / "tests" / "artifacts"


@pytest.fixture(scope="session")
def mirror() -> Path:
    """The read-only mirror with the upstream layout."""
    path = Path(os.environ.get("PETA_GEODATA_MIRROR") or DEFAULT_MIRROR)
    if not (path / "db").is_dir():
        pytest.fail(f"mirror not found at {path}: set PETA_GEODATA_MIRROR")
    return path


@pytest.fixture(scope="session")
def blitar_store(tmp_path_factory: pytest.TempPathFactory, mirror: Path) -> Path:
    """A store of Kabupaten Blitar (35.05) built once from the mirror."""
    from potensi.boundaries.build import build_region

    store = tmp_path_factory.mktemp("store") / "peta.gpkg"
    build_region("35.05", store=store, mirror=mirror, progress=lambda _m: None)
    return store


@pytest.fixture()
def store_env(monkeypatch: pytest.MonkeyPatch, blitar_store: Path) -> Path:
    """Point PETA_STORE at the session's Blitar store."""
    monkeypatch.setenv("PETA_STORE", str(blitar_store))
    return blitar_store


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Folder for screenshots and other files a person should look at after a run."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture(scope="session")
def seeded_store(blitar_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Blitar store with the project's seed data, built once; treat as read-only."""
    import shutil

    from potensi.data.seed import seed_store

    store = tmp_path_factory.mktemp("seeded") / "peta.gpkg"
    shutil.copyfile(blitar_store, store)
    seed_store(store, progress=lambda _m: None)
    return store


@pytest.fixture()
def seeded_copy(seeded_store: Path, tmp_path: Path) -> Path:
    """A private, writable copy of the seeded store."""
    import shutil

    target = tmp_path / "peta.gpkg"
    shutil.copyfile(seeded_store, target)
    return target
