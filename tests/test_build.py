"""Building the store: tiling, areas, the enclave, other regions, several at once, the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import pytest
import shapely

from potensi.boundaries.build import build_region, build_regions_layers
from potensi.boundaries.sqlparse import parse_sql_file
from potensi.core.config import REPO_ROOT
from potensi.core.errors import GeodataError
from potensi.core.store import list_layers, load_layer


def _union_area_km2(geoms) -> float:
    return float(gpd.GeoSeries([shapely.union_all(geoms)], crs=4326).to_crs(32749).area.iloc[0] / 1e6)


def test_store_has_three_layers_with_codes_and_areas(blitar_store: Path) -> None:
    assert set(list_layers(blitar_store)) >= {"kabupaten", "kecamatan", "desa"}
    kab = load_layer("kabupaten", blitar_store)
    kec = load_layer("kecamatan", blitar_store)
    desa = load_layer("desa", blitar_store)
    assert list(kab.kode) == ["35.05"] and list(kab.nama) == ["Kabupaten Blitar"]
    assert sorted(kec.kode) == [f"35.05.{i:02d}" for i in range(1, 23)]
    assert len(desa) == 248 and desa.kode_kec.isin(kec.kode).all()
    assert kec.set_index("kode").jumlah_desa.to_dict() == desa.groupby("kode_kec").size().to_dict()
    # 28 kelurahan + 220 desa (BLITAR_FACTS.md)
    assert desa.jenis.value_counts().to_dict() == {"desa": 220, "kelurahan": 28}
    for layer in (kab, kec, desa):
        assert (layer.luas_km2 > 0).all()


def test_kecamatan_tile_the_kabupaten_exactly(blitar_store: Path) -> None:
    kec = load_layer("kecamatan", blitar_store)
    desa = load_layer("desa", blitar_store)
    assert shapely.coverage_is_valid(kec.geometry.to_numpy())
    assert shapely.coverage_is_valid(desa.geometry.to_numpy())
    # no overlaps: the parts add up to the whole
    union_km2 = _union_area_km2(kec.geometry.to_numpy())
    assert kec.luas_km2.sum() == pytest.approx(union_km2, rel=1e-6)
    # union of kecamatan equals union of desa
    diff = shapely.symmetric_difference(
        shapely.union_all(kec.geometry.to_numpy()), shapely.union_all(desa.geometry.to_numpy())
    )
    assert gpd.GeoSeries([diff], crs=4326).to_crs(32749).area.iloc[0] < 1.0  # m²


def test_cleaning_changes_the_upstream_desa_area_only_by_slivers(blitar_store: Path, mirror: Path) -> None:
    raw = parse_sql_file(mirror / "db/kel/35/wilayah_boundaries_kel_35.05.sql")
    kab = load_layer("kabupaten", blitar_store)
    assert kab.luas_km2.iloc[0] == pytest.approx(_union_area_km2(raw.geometry.to_numpy()), abs=1.0)


def test_polygon_area_total_is_near_the_documented_1747_km2(blitar_store: Path) -> None:
    total = load_layer("kabupaten", blitar_store).luas_km2.iloc[0]
    assert total == pytest.approx(1747, abs=5)  # not the BPS 1,588.79: see the page's note


def test_kota_blitar_enclave_is_a_hole(blitar_store: Path, mirror: Path) -> None:
    kab = load_layer("kabupaten", blitar_store).geometry.iloc[0]
    kota = parse_sql_file(mirror / "db/kab/wilayah_boundaries_kab_35.sql")
    kota_blitar = kota[kota.kode == "35.72"].geometry.iloc[0]
    assert kab.geom_type == "Polygon" and len(kab.interiors) == 1
    assert not kab.contains(kota_blitar.representative_point())
    hole = shapely.Polygon(kab.interiors[0])
    assert hole.contains(kota_blitar.representative_point())


def test_another_regency_builds_the_same_way(tmp_path: Path, mirror: Path) -> None:
    result = build_region("35.07", store=tmp_path / "malang.gpkg", mirror=mirror, progress=lambda _m: None)
    kec = load_layer("kecamatan", tmp_path / "malang.gpkg")
    assert result.nama == "Kabupaten Malang"
    assert len(kec) == 33 and result.desa == 390
    assert shapely.coverage_is_valid(kec.geometry.to_numpy())


def test_several_regions_build_as_one_coverage(mirror: Path, blitar_store: Path) -> None:
    """Kabupaten Blitar and its enclave Kota Blitar cleaned together share their border."""
    layers, _info = build_regions_layers(["35.05", "35.72"], mirror=mirror, progress=lambda _m: None)
    kab = layers["kabupaten"]
    assert list(kab.kode) == ["35.05", "35.72"] and list(kab.nama) == ["Kabupaten Blitar", "Kota Blitar"]
    assert list(kab.jumlah_kecamatan) == [22, 3] and list(kab.jumlah_desa) == [248, 21]
    assert layers["kecamatan"].groupby("kode_kab").size().to_dict() == {"35.05": 22, "35.72": 3}
    assert layers["desa"].groupby("kode_kab").size().to_dict() == {"35.05": 248, "35.72": 21}
    for level, layer in layers.items():
        assert shapely.coverage_is_valid(layer.geometry.to_numpy()), level
    # the enclave fills the kabupaten's hole exactly: no sliver left between them
    whole = shapely.coverage_union_all(kab.geometry.to_numpy())
    assert whole.geom_type == "Polygon" and len(whole.interiors) == 0
    # built one by one they overlap and leave gaps: why several regions are cleaned as one
    kota_alone = build_regions_layers(["35.72"], mirror=mirror, progress=lambda _m: None)[0]["kabupaten"]
    alone = [load_layer("kabupaten", blitar_store).geometry.iloc[0], kota_alone.geometry.iloc[0]]
    assert not shapely.coverage_is_valid(alone)


def test_several_regions_are_named_once_each(mirror: Path) -> None:
    with pytest.raises(GeodataError):
        build_regions_layers(["35.05", "35.05"], mirror=mirror, progress=lambda _m: None)


def test_cli_build_with_environment(tmp_path: Path, mirror: Path) -> None:
    store = tmp_path / "cli.gpkg"
    env = {**os.environ, "PETA_GEODATA_MIRROR": str(mirror), "PETA_STORE": str(store)}
    done = subprocess.run(
        [sys.executable, "-m", "potensi", "geodata", "build", "--region", "35.05"],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "checksum cocok" in done.stderr  # progress is shown
    assert len(load_layer("kecamatan", store)) == 22
    assert len(load_layer("desa", store)) == 248


def test_cli_unknown_region_is_refused_in_indonesian(tmp_path: Path, mirror: Path) -> None:
    env = {**os.environ, "PETA_GEODATA_MIRROR": str(mirror), "PETA_STORE": str(tmp_path / "x.gpkg")}
    done = subprocess.run(
        [sys.executable, "-m", "potensi", "geodata", "build", "--region", "35.99"],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "tidak ada dalam manifest" in done.stderr
    assert not (tmp_path / "x.gpkg").exists()
