"""Fetching the pinned files: checksums, downloads, and the old store kept on failure."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from potensi.boundaries.build import build_region
from potensi.boundaries.sources import load_manifest
from potensi.core.errors import ChecksumMismatch, GeodataError
from potensi.core.store import list_layers, load_layer
from potensi.testing import stores

NEEDED = [
    "LICENSE",
    "db/kab/wilayah_boundaries_kab_35.sql",
    "db/kec/wilayah_boundaries_kec_35.sql",
    "db/kel/35/wilayah_boundaries_kel_35.05.sql",
]


def _digest(path: Path) -> str:
    return stores.content_digest(path)


def _copy_mirror(mirror: Path, target: Path) -> Path:
    for rel in NEEDED:
        (target / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(mirror / rel, target / rel)
    return target


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    requests: list[str] = []

    def log_message(self, *args: object) -> None:
        _QuietHandler.requests.append(self.path)


@pytest.fixture()
def http_mirror(tmp_path: Path, mirror: Path) -> Iterator[tuple[str, Path]]:
    """A local HTTP server with the upstream layout (a writable copy of the mirror)."""
    root = _copy_mirror(mirror, tmp_path / "served")
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _QuietHandler.requests = []
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", root
    finally:
        server.shutdown()
        server.server_close()


def test_manifest_pins_the_commit_and_the_blitar_checksums() -> None:
    manifest = load_manifest()
    assert manifest.commit == "3c5a7960f4d227a38489094d84252bdbb3f978a5"
    assert manifest.licence == "MIT"
    assert manifest.sha256["db/kel/35/wilayah_boundaries_kel_35.05.sql"].startswith("877f76b8")
    assert manifest.url("LICENSE").startswith(
        "https://raw.githubusercontent.com/cahyadsn/wilayah_boundaries/3c5a7960"
    )


def test_download_path_builds_and_reuses_its_cache(http_mirror: tuple[str, Path], tmp_path: Path) -> None:
    base_url, _root = http_mirror
    store, cache = tmp_path / "dl.gpkg", tmp_path / "cache"
    messages: list[str] = []
    result = build_region("35.05", store=store, base_url=base_url, cache_dir=cache, progress=messages.append)
    assert (result.kecamatan, result.desa) == (22, 248)
    assert sorted(_QuietHandler.requests) == sorted("/" + rel for rel in NEEDED)
    assert any("mengunduh" in m for m in messages)
    _QuietHandler.requests = []
    build_region("35.05", store=store, base_url=base_url, cache_dir=cache, progress=lambda _m: None)
    assert _QuietHandler.requests == []  # verified cache, nothing downloaded again


def test_checksum_mismatch_leaves_the_old_store_intact(
    blitar_store: Path, mirror: Path, tmp_path: Path
) -> None:
    store = stores.clone_store(blitar_store, tmp_path)
    before = _digest(store)
    tampered = _copy_mirror(mirror, tmp_path / "tampered")
    desa_file = tampered / "db/kel/35/wilayah_boundaries_kel_35.05.sql"
    desa_file.write_text(desa_file.read_text(encoding="utf-8").replace("Jaten", "Jatem", 1), encoding="utf-8")
    with pytest.raises(ChecksumMismatch, match="tidak cocok.*store lama tidak diubah"):
        build_region("35.05", store=store, mirror=tampered, progress=lambda _m: None)
    assert _digest(store) == before
    assert list(tmp_path.glob(".peta.gpkg.*")) == []  # no half-written temporary left
    if stores.backend() == "postgis":
        assert "desa__baru" not in list_layers(store)  # nor a half-filled table


def test_failed_download_leaves_the_old_store_intact(
    http_mirror: tuple[str, Path], blitar_store: Path, tmp_path: Path
) -> None:
    base_url, root = http_mirror
    (root / "db/kec/wilayah_boundaries_kec_35.sql").unlink()  # server answers 404
    store = stores.clone_store(blitar_store, tmp_path)
    before = _digest(store)
    with pytest.raises(GeodataError, match="Gagal mengunduh db/kec/wilayah_boundaries_kec_35.sql"):
        build_region(
            "35.05", store=store, base_url=base_url, cache_dir=tmp_path / "cache", progress=lambda _m: None
        )
    assert _digest(store) == before
    assert not list((tmp_path / "cache").rglob("tmp*"))


def test_rebuild_is_safe_and_keeps_other_layers(blitar_store: Path, mirror: Path, tmp_path: Path) -> None:
    import geopandas as gpd

    from potensi.core.store import write_store_atomically

    store = stores.clone_store(blitar_store, tmp_path)
    extra = load_layer("kecamatan", store)[["kode", "geometry"]].assign(catatan="lapisan lain")
    write_store_atomically({"contoh": gpd.GeoDataFrame(extra)}, store)
    build_region("35.05", store=store, mirror=mirror, progress=lambda _m: None)
    assert len(load_layer("contoh", store)) == 22
    assert len(load_layer("desa", store)) == 248


def test_manifest_lists_the_regions_of_a_province() -> None:
    regions = load_manifest().regions("35")
    assert len(regions) == 38  # Jawa Timur: 29 kabupaten, 9 kota
    assert regions[0] == "35.01" and "35.05" in regions and "35.72" in regions and regions[-1] == "35.79"
    assert load_manifest().regions("36") == []
