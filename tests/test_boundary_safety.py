"""A boundary import never breaks or loses the store: hostile files, large changes, undo.

Every file is built here from the real Blitar store (boundary data is never
committed): the same kecamatan densified to millions of vertices, a zip bomb, a
zip that climbs out of its folder, one kecamatan shrunk by half, one with a hole.
Each refusal must leave the store byte-identical; an accepted import must be in
the history and undo to exactly the previous boundary layers.
"""

from __future__ import annotations

import math
import sqlite3
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import geopandas as gpd
import pytest
import shapely
from shapely import affinity

from potensi.boundaries.history import undo_boundary_import
from potensi.boundaries.intake import MAX_FEATURES, MAX_VERTICES
from potensi.boundaries.official import import_official_boundaries
from potensi.core.config import REPO_ROOT
from potensi.core.errors import GeodataError
from potensi.core.store import list_layers, load_layer
from potensi.data.tables import history
from potensi.testing import stores

BOUNDARY_LAYERS = ("kabupaten", "kecamatan", "desa")


def sha256(path: Path) -> str:
    return stores.content_digest(path)


@pytest.fixture()
def store(tmp_path: Path, seeded_store: Path) -> Path:
    """A private copy of the seeded store: boundaries and data tables, as in use."""
    copy = stores.clone_store(seeded_store, tmp_path)
    return copy


def layer_rows(store: Path, layer: str) -> list[tuple]:
    """Every stored row of a layer as the store holds it: geometry bytes and attributes, in order."""
    from potensi.data.tables import read_connection

    with read_connection(store) as con:
        order = "rowid" if isinstance(con, sqlite3.Connection) else "1"
        rows = con.execute(f'SELECT * FROM "{layer}" ORDER BY {order}').fetchall()
    return sorted(rows, key=repr) if order == "1" else rows


def boundary_rows(store: Path) -> dict[str, list[tuple]]:
    return {layer: layer_rows(store, layer) for layer in BOUNDARY_LAYERS}


def kecamatan_file(store: Path, change: dict[str, object] | None = None) -> gpd.GeoDataFrame:
    """The store's kecamatan as an official file would name them, geometries optionally replaced."""
    kec = load_layer("kecamatan", store)
    geoms = list(kec.geometry)
    for name, geom in (change or {}).items():
        geoms[list(kec.nama).index(name)] = geom
    return gpd.GeoDataFrame({"NAMOBJ": kec.nama.str.upper()}, geometry=geoms, crs=kec.crs)


def write_zip(frame: gpd.GeoDataFrame, folder: Path, name: str) -> Path:
    shp_dir = folder / f"{name}_shp"
    shp_dir.mkdir()
    frame.to_file(shp_dir / f"{name}.shp")
    target = folder / f"{name}.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as archive:
        for part in sorted(shp_dir.iterdir()):
            archive.write(part, f"{name}/{part.name}")
    return target


def refusal(path: Path, store: Path, **kwargs: object) -> str:
    before = sha256(store)
    with pytest.raises(GeodataError) as info:
        import_official_boundaries(path, store=store, **kwargs)
    assert sha256(store) == before, "a refused import changed the store"
    return str(info.value)


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "potensi", *args],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


# --- limits before parsing ---------------------------------------------------------


def test_millions_of_vertices_are_refused_before_the_file_is_read(
    store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the very same kecamatan, each edge cut every 40 cm: right place, right names,
    # only far too many vertices
    official = kecamatan_file(store).to_crs("EPSG:32749")
    official = official.set_geometry(shapely.segmentize(official.geometry.to_numpy(), 0.4))
    vertices = int(shapely.get_num_coordinates(official.geometry.to_numpy()).sum())
    assert vertices > MAX_VERTICES > 1_000_000
    source = write_zip(official, tmp_path, "batas_padat")

    read_file = gpd.read_file

    def full_read(uri: object, *args: object, **kwargs: object) -> gpd.GeoDataFrame:
        if "batas_padat" in str(uri):
            raise AssertionError("the file was read in full before the vertex budget was checked")
        return read_file(uri, *args, **kwargs)

    monkeypatch.setattr(gpd, "read_file", full_read)
    message = refusal(source, store)

    assert message.startswith("Berkas batas_padat.zip ditolak; store tidak diubah")
    assert "lebih dari 2.000.000 titik sudut" in message and "Simplify" in message


def test_zip_bomb_is_refused_by_its_unpacked_size(store: Path, tmp_path: Path) -> None:
    source = tmp_path / "batas.zip"
    with zipfile.ZipFile(source, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("batas/batas.shp", "w") as member:
            for _ in range(60):
                member.write(bytes(1024 * 1024))
        archive.writestr("batas/batas.prj", 'GEOGCS["WGS 84"]')
    assert source.stat().st_size < 200 * 1024

    message = refusal(source, store)

    assert "isi zip setelah dibuka sudah" in message and "zip bomb" in message
    assert "batas/batas.shp" in message and "100× ukuran zip-nya" in message


@pytest.mark.parametrize(
    ("entry", "symlink", "why"),
    [
        ("../evil.shp", False, "jalur dengan '..'"),
        ("batas/../../evil.shp", False, "jalur dengan '..'"),
        ("/etc/evil.shp", False, "jalur absolut"),
        ("batas/evil.shp", True, "tautan simbolik"),
    ],
)
def test_unsafe_zip_entries_are_refused_with_our_message(
    store: Path, tmp_path: Path, entry: str, symlink: bool, why: str
) -> None:
    good = write_zip(kecamatan_file(store), tmp_path, "batas")
    source = tmp_path / "jahat.zip"
    with zipfile.ZipFile(good) as original, zipfile.ZipFile(source, "w") as archive:
        for info in original.infolist():
            if not info.filename.endswith(".shp"):
                archive.writestr(info.filename, original.read(info))
        bad = zipfile.ZipInfo(entry)
        if symlink:
            bad.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(bad, "/etc/passwd")
        else:
            archive.writestr(bad, original.read("batas/batas.shp"))

    message = refusal(source, store)

    assert f"Arsip jahat.zip ditolak karena memuat entri yang tidak aman: {entry}: {why}" in message
    assert "Store tidak diubah" in message


def test_too_many_features_are_refused_before_the_file_is_read(store: Path, tmp_path: Path) -> None:
    x0, y0 = shapely.get_coordinates(load_layer("kabupaten", store).geometry.iloc[0].centroid)[0]
    squares = [
        shapely.box(x0 + i * 1e-5, y0, x0 + i * 1e-5 + 5e-6, y0 + 5e-6) for i in range(MAX_FEATURES + 1)
    ]
    source = tmp_path / "banyak.geojson"
    gpd.GeoDataFrame({"NAMOBJ": ["Wonodadi"] * len(squares)}, geometry=squares, crs="EPSG:4326").to_file(
        source, driver="GeoJSON"
    )

    message = refusal(source, store)

    assert "berisi 20.001 fitur, lebih dari batas 20.000" in message


def test_file_kind_comes_from_content_not_name(store: Path, tmp_path: Path) -> None:
    picture = tmp_path / "batas.geojson"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    assert "isinya bukan GeoJSON, GeoPackage, atau Shapefile" in refusal(picture, store)

    # a GeoPackage sent as ".zip": read as what it is, and imported
    disguised = tmp_path / "batas_resmi.gpkg"
    kecamatan_file(store).to_file(disguised, driver="GPKG")
    disguised = disguised.rename(tmp_path / "batas_resmi.zip")
    summary = import_official_boundaries(disguised, store=store)
    assert "Batas 22 kecamatan" in summary


# --- changes that need an official's yes --------------------------------------------


def test_kecamatan_shrunk_by_half_is_refused_then_accepted_and_undone_via_cli(
    store: Path, tmp_path: Path
) -> None:
    wonodadi = load_layer("kecamatan", store).set_index("nama").geometry["Wonodadi"]
    shrunk = affinity.scale(wonodadi, math.sqrt(0.5), math.sqrt(0.5), origin="centroid")
    source = tmp_path / "wonodadi_kecil.geojson"
    kecamatan_file(store, {"Wonodadi": shrunk}).to_file(source, driver="GeoJSON")
    before_bytes = sha256(store)
    before_rows = boundary_rows(store)

    refused = run_cli("geodata", "import", str(source), "--store", str(store))

    assert refused.returncode == 2, refused.stderr
    assert "Traceback" not in refused.stderr
    assert "luas Kecamatan Wonodadi (35.05.01) berubah -50,0% (43,40 → 21,70 km²)" in refused.stderr
    assert "tidak lagi tercakup kecamatan mana pun: di Wonodadi" in refused.stderr
    assert "--setujui-perubahan-luas" in refused.stderr
    assert "Udanawu" not in refused.stderr  # only what changed is named
    assert sha256(store) == before_bytes

    accepted = run_cli("geodata", "import", str(source), "--store", str(store), "--setujui-perubahan-luas")

    assert accepted.returncode == 0, accepted.stderr
    assert "Disetujui meski: luas Kecamatan Wonodadi" in accepted.stdout
    assert "(cakupan valid)" not in accepted.stdout
    new = load_layer("kecamatan", store).set_index("nama").luas_km2
    assert new["Wonodadi"] == pytest.approx(21.70, abs=0.01)
    entry = history(store).iloc[0]
    assert entry.lapisan == "batas_kecamatan" and entry.berkas == "wonodadi_kecil.geojson"
    assert entry.sha256 == sha256(source)
    assert entry.baris_diganti == 22 and entry.dibatalkan is None

    undone = run_cli("data", "undo", entry.impor_id, "--store", str(store))

    assert undone.returncode == 0, undone.stderr
    assert f"Impor batas {entry.impor_id} (wonodadi_kecil.geojson) dibatalkan" in undone.stdout
    assert boundary_rows(store) == before_rows
    assert history(store).iloc[0].dibatalkan is not None
    again = run_cli("geodata", "undo", entry.impor_id, "--store", str(store))
    assert again.returncode == 2 and "sudah dibatalkan" in again.stderr


def test_hole_in_a_kecamatan_is_refused_as_uncovered_land(store: Path, tmp_path: Path) -> None:
    kec = load_layer("kecamatan", store).set_index("nama")
    garum = gpd.GeoSeries([kec.geometry["Garum"]], crs=kec.crs).to_crs("EPSG:32749")
    centre = garum.iloc[0].point_on_surface()
    holed = garum.difference(centre.buffer(600)).to_crs(kec.crs).iloc[0]
    source = tmp_path / "garum_berlubang.gpkg"
    kecamatan_file(store, {"Garum": holed}).to_file(source, driver="GPKG")

    message = refusal(source, store)

    # 1.1 km² of 59.7: under the area threshold, so only the hole speaks
    assert "berubah" not in message
    assert "km² wilayah Kabupaten Blitar (batas lama) tidak lagi tercakup" in message
    assert ": di Garum 1,1" in message


# --- history and exact undo -----------------------------------------------------------


def test_desa_import_is_recorded_and_undone_exactly(store: Path, tmp_path: Path) -> None:
    desa = load_layer("desa", store)
    official = gpd.GeoDataFrame(
        {"KDEPUM": desa.kode.str.replace(".", "", regex=False)}, geometry=desa.geometry.values, crs=desa.crs
    ).to_crs("EPSG:32749")
    source = tmp_path / "desa_resmi.gpkg"
    official.to_file(source, driver="GPKG")
    before = boundary_rows(store)
    data_before = layer_rows(store, "indikator")

    summary = import_official_boundaries(source, level="desa", code_field="KDEPUM", store=store)

    entry = history(store).iloc[0]
    assert entry.lapisan == "batas_desa" and entry.impor_id in summary
    assert "(cakupan valid)" in summary
    assert all(boundary_rows(store)[layer] != before[layer] for layer in BOUNDARY_LAYERS)
    kept = [name for name in list_layers(store) if name.startswith("riwayat_batas_")]
    assert len(kept) == 3

    done = undo_boundary_import(entry.impor_id, store)

    assert set(done.layers) == set(BOUNDARY_LAYERS)
    assert boundary_rows(store) == before
    assert layer_rows(store, "indikator") == data_before


def test_earlier_boundary_import_cannot_be_undone_under_a_later_one(store: Path, tmp_path: Path) -> None:
    before = boundary_rows(store)
    first = tmp_path / "pertama.geojson"
    kecamatan_file(store).to_file(first, driver="GeoJSON")
    second = tmp_path / "kedua.gpkg"
    kecamatan_file(store).to_crs("EPSG:32749").to_file(second, driver="GPKG")
    import_official_boundaries(first, store=store)
    first_id = history(store).impor_id.iloc[0]
    import_official_boundaries(second, store=store)
    second_id = history(store).impor_id.iloc[0]
    assert first_id != second_id

    with pytest.raises(GeodataError, match=f"diganti lagi oleh {second_id}"):
        undo_boundary_import(first_id, store)

    undo_boundary_import(second_id, store)
    undo_boundary_import(first_id, store)
    assert boundary_rows(store) == before
