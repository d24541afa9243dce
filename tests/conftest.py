"""Shared fixtures: the real mirror, and one store built from it per test session.

Boundary data is never committed; tests read the mirror beside the repository
(``../shared/geodata/wilayah_boundaries``) or wherever PETA_GEODATA_MIRROR points.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from potensi.core.config import REPO_ROOT
from potensi.testing import stores

DEFAULT_MIRROR = REPO_ROOT.parent / "shared" / "geodata" / "wilayah_boundaries"
ARTIFACTS = REPO_ROOT / "tests" / "artifacts"


@pytest.fixture(scope="session")
def mirror() -> Path:
    """The read-only mirror with the upstream layout."""
    path = Path(os.environ.get("PETA_GEODATA_MIRROR") or DEFAULT_MIRROR)
    if not (path / "db").is_dir():
        pytest.fail(f"mirror not found at {path}: set PETA_GEODATA_MIRROR")
    return path


@pytest.fixture(scope="session", autouse=True)
def store_backend() -> Iterator[str]:
    """The backend of this run (``PETA_TEST_BACKEND``, potensi.testing.stores); a PostGIS run's
    one cluster is stopped and removed at the end."""
    yield stores.backend()
    stores.stop_cluster()


@pytest.fixture(autouse=True)
def _drop_private_databases() -> Iterator[None]:
    """A PostGIS run drops the databases a test copied for itself (nothing to do for files)."""
    yield
    stores.drop_private_copies()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On PostGIS, tests marked ``geopackage_only`` (what only a file has: its bytes, journal,
    lock file, SQLite backups) are skipped, with the reason said."""
    if stores.backend() != "postgis":
        return
    skip = pytest.mark.skip(reason="GeoPackage only (file bytes, SQLite journal or backup)")
    for item in items:
        if "geopackage_only" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def blitar_store(tmp_path_factory: pytest.TempPathFactory, mirror: Path) -> Path | str:
    """A store of Kabupaten Blitar (35.05) built once from the mirror (a GeoPackage, or a
    PostGIS database when ``PETA_TEST_BACKEND=postgis``)."""
    from potensi.boundaries.build import build_region

    store = stores.new_store(tmp_path_factory.mktemp("store"))
    stores.keep(store)
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
    from potensi.data.seed import seed_store

    store = stores.clone_store(blitar_store, tmp_path_factory.mktemp("seeded"), keep=True)
    seed_store(store, progress=lambda _m: None)
    return store


@pytest.fixture()
def seeded_copy(seeded_store: Path, tmp_path: Path) -> Path:
    """A private, writable copy of the seeded store."""
    return stores.clone_store(seeded_store, tmp_path)
