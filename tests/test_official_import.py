"""Importing official (BIG-style) boundary files over the store built from the mirror.

Every input file is made at test time from the session store, reshaped the way real
official files differ from it (another CRS, upper-case names with prefixes, codes
without dots, multipart regions split into features), so no boundary data is
committed and the expected answer is always known.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
import shapely

from potensi.boundaries.official import (
    import_official_boundaries,
    normalise_name,
    parse_code,
)
from potensi.core.config import REPO_ROOT
from potensi.core.errors import GeodataError
from potensi.core.store import load_layer
from potensi.testing import stores


def sha256(path: Path) -> str:
    return stores.content_digest(path)


@pytest.fixture()
def store(tmp_path: Path, blitar_store: Path) -> Path:
    """A private copy of the session store, so a test that writes cannot leak."""
    copy = stores.clone_store(blitar_store, tmp_path)
    return copy


def zipped_shapefile(frame: gpd.GeoDataFrame, folder: Path, name: str, with_prj: bool = True) -> Path:
    """A zip the way officials send it: the Shapefile set inside a subfolder."""
    shp_dir = folder / f"{name}_shp"
    shp_dir.mkdir()
    frame.to_file(shp_dir / f"{name}.shp")
    target = folder / f"{name}.zip"
    with zipfile.ZipFile(target, "w") as archive:
        for part in sorted(shp_dir.iterdir()):
            if part.suffix == ".prj" and not with_prj:
                continue
            archive.write(part, f"BATAS_{name.upper()}/{part.name}")
    return target


def official_kecamatan(store: Path) -> gpd.GeoDataFrame:
    """Kecamatan named as BIG writes them: NAMOBJ, upper case, prefixes, stray spaces."""
    kec = load_layer("kecamatan", store)
    names = [f"KECAMATAN {n.upper()}" if i % 2 == 0 else f" {n.upper()}  " for i, n in enumerate(kec.nama)]
    return gpd.GeoDataFrame({"NAMOBJ": names}, geometry=kec.geometry.values, crs=kec.crs)


def refusal(path: Path, store: Path, **kwargs: object) -> str:
    with pytest.raises(GeodataError) as info:
        import_official_boundaries(path, store=store, **kwargs)
    return str(info.value)


def test_names_and_codes_are_normalised() -> None:
    assert normalise_name("KECAMATAN  SANAN KULON") == normalise_name("Sanankulon")
    assert normalise_name("Desa Kebonagung") == "kebonagung"
    assert normalise_name("Kel. Srengat") == "srengat"
    assert normalise_name("Kelud") == "kelud"  # a prefix needs a space or dot after it
    assert parse_code("350501", "kecamatan") == "35.05.01"
    assert parse_code(" 35.05.01 ", "kecamatan") == "35.05.01"
    assert parse_code(3505012001, "desa") == "35.05.01.2001"
    assert parse_code(3505012001.0, "desa") == "35.05.01.2001"
    assert parse_code("35.05.01", "desa") is None
    assert parse_code("Srengat", "kecamatan") is None


def test_zipped_shapefile_in_utm_with_big_names_replaces_kecamatan(store: Path, tmp_path: Path) -> None:
    old_kec = load_layer("kecamatan", store)
    old_desa = load_layer("desa", store)
    old_kab = load_layer("kabupaten", store)
    official = official_kecamatan(store).to_crs("EPSG:32749")
    assert "KECAMATAN SRENGAT" in set(official.NAMOBJ)
    source = zipped_shapefile(official, tmp_path, "batas_kecamatan")

    summary = import_official_boundaries(source, level="kecamatan", store=store)

    new_kec = load_layer("kecamatan", store)
    assert len(new_kec) == 22
    assert list(new_kec.kode) == list(old_kec.kode)
    assert list(new_kec.nama) == list(old_kec.nama)  # Kemendagri names stay canonical
    assert list(new_kec.jumlah_desa) == list(old_kec.jumlah_desa)
    assert (abs(new_kec.luas_km2 - old_kec.luas_km2) <= 0.001 * old_kec.luas_km2).all()
    assert set(new_kec.sumber_batas) == {"berkas resmi: batas_kecamatan.zip"}
    assert new_kec.crs.to_epsg() == 4326
    assert [c for c in old_kec.columns if c != "geometry"] == [
        c for c in new_kec.columns if c not in ("geometry", "sumber_batas")
    ]
    # the geometries really are the file's: back from UTM, within centimetres of the old
    moved = new_kec.geometry.to_crs("EPSG:32749").hausdorff_distance(old_kec.geometry.to_crs("EPSG:32749"))
    assert moved.max() < 0.05

    new_desa = load_layer("desa", store)
    assert new_desa.drop(columns="geometry").equals(old_desa.drop(columns="geometry"))
    assert new_desa.geometry.geom_equals_exact(old_desa.geometry, tolerance=0).all()
    assert load_layer("kabupaten", store).drop(columns="geometry").equals(old_kab.drop(columns="geometry"))
    assert "22 kecamatan" in summary and "EPSG:32749" in summary and "NAMOBJ" in summary


def test_misspelt_name_is_refused_with_row_and_suggestion(store: Path, tmp_path: Path) -> None:
    official = official_kecamatan(store)
    row = int((load_layer("kecamatan", store).nama == "Srengat").to_numpy().argmax())
    official.loc[row, "NAMOBJ"] = "Srenggat"
    source = tmp_path / "batas.geojson"
    official.to_file(source, driver="GeoJSON")
    before = sha256(store)

    message = refusal(source, store)

    assert f"baris {row + 1} ('Srenggat')" in message
    assert "mungkin maksudnya Srengat?" in message
    assert "store tidak diubah" in message
    assert sha256(store) == before


def test_missing_kecamatan_is_refused_by_name(store: Path, tmp_path: Path) -> None:
    official = official_kecamatan(store)
    official = official[official.NAMOBJ.map(normalise_name) != "selopuro"]
    assert len(official) == 21
    source = tmp_path / "tanpa_selopuro.gpkg"
    official.to_file(source, driver="GPKG")
    before = sha256(store)

    message = refusal(source, store)

    assert "1 kecamatan di store tidak ada di berkas: Selopuro (35.05.22)" in message
    assert "mungkin maksudnya" not in message  # nothing else is wrong
    assert sha256(store) == before


def test_utm_coordinates_labelled_wgs84_are_refused_as_wrong_crs(store: Path, tmp_path: Path) -> None:
    official = official_kecamatan(store).to_crs("EPSG:32749")
    official = official.set_crs("EPSG:4326", allow_override=True)
    source = tmp_path / "crs_salah.gpkg"
    official.to_file(source, driver="GPKG")
    before = sha256(store)

    message = refusal(source, store)

    assert "CRS" in message and "EPSG:4326" in message and "EPSG:32749" in message
    assert "di luar Kabupaten Blitar" in message
    assert sha256(store) == before


def test_file_without_crs_is_refused(store: Path, tmp_path: Path) -> None:
    source = zipped_shapefile(
        official_kecamatan(store).to_crs("EPSG:32749"), tmp_path, "tanpa_prj", with_prj=False
    )
    before = sha256(store)

    message = refusal(source, store)

    assert "tidak menyatakan CRS" in message and ".prj" in message
    assert sha256(store) == before


def test_overlapping_duplicate_features_are_refused(store: Path, tmp_path: Path) -> None:
    official = official_kecamatan(store)
    doubled = gpd.GeoDataFrame(
        official.iloc[[0, 1]].assign(NAMOBJ=["Wates", "Kec. Wates"]),
        geometry=[official.geometry.iloc[19]] * 2,
        crs=official.crs,
    )
    source = tmp_path / "ganda.geojson"
    gpd.GeoDataFrame(
        pd.concat([official.drop(index=19), doubled], ignore_index=True), crs=official.crs
    ).to_file(source, driver="GeoJSON")
    before = sha256(store)

    message = refusal(source, store)

    assert "baris 22 ('Wates'), baris 23 ('Kec. Wates') sama-sama cocok dengan Wates" in message
    assert sha256(store) == before


def test_desa_by_code_without_dots_rebuilds_kecamatan_and_kabupaten(store: Path, tmp_path: Path) -> None:
    old_desa = load_layer("desa", store)
    old_kec = load_layer("kecamatan", store)
    old_kab = load_layer("kabupaten", store)
    official = gpd.GeoDataFrame(
        {"KDEPUM": old_desa.kode.str.replace(".", "", regex=False), "NAMOBJ": old_desa.nama.str.upper()},
        geometry=old_desa.geometry.values,
        crs=old_desa.crs,
    ).to_crs("EPSG:32749")
    # multipart desa arrive as one feature per part, as some exports write them
    official = official.explode(index_parts=False).reset_index(drop=True)
    assert len(official) > len(old_desa)
    source = tmp_path / "desa_resmi.gpkg"
    official.to_file(source, driver="GPKG")

    summary = import_official_boundaries(source, level="desa", code_field="KDEPUM", store=store)

    new_desa = load_layer("desa", store)
    assert list(new_desa.kode) == list(old_desa.kode)
    assert list(new_desa.nama) == list(old_desa.nama)
    assert (abs(new_desa.luas_km2 - old_desa.luas_km2) <= 0.001 * old_desa.luas_km2 + 1e-4).all()
    assert set(new_desa.sumber_batas) == {"berkas resmi: desa_resmi.gpkg"}

    new_kec = load_layer("kecamatan", store)
    assert len(new_kec) == 22 and list(new_kec.kode) == list(old_kec.kode)
    assert shapely.coverage_is_valid(new_kec.geometry.to_numpy())
    assert set(new_kec.sumber_batas) == {"berkas resmi: desa_resmi.gpkg"}
    assert list(new_kec.jumlah_desa) == list(old_kec.jumlah_desa)
    assert (abs(new_kec.luas_km2 - old_kec.luas_km2) <= 0.001 * old_kec.luas_km2).all()
    # each kecamatan is exactly the union of its new desa
    for kode, geom in zip(new_kec.kode, new_kec.geometry, strict=True):
        union = shapely.union_all(new_desa.geometry[new_desa.kode_kec == kode].to_numpy())
        assert shapely.symmetric_difference(geom, union).area < 1e-12

    new_kab = load_layer("kabupaten", store)
    assert new_kab.luas_km2.iloc[0] == pytest.approx(old_kab.luas_km2.iloc[0], rel=1e-3)
    assert new_kab.kode.iloc[0] == "35.05" and new_kab.sumber.iloc[0] == old_kab.sumber.iloc[0]
    assert "248 desa/kelurahan" in summary and "KDEPUM" in summary
    assert "disatukan dari beberapa fitur" in summary


def test_desa_names_without_kecamatan_or_code_are_refused(store: Path, tmp_path: Path) -> None:
    desa = load_layer("desa", store)
    source = tmp_path / "desa_nama.geojson"
    gpd.GeoDataFrame({"NAMOBJ": desa.nama}, geometry=desa.geometry, crs=desa.crs).to_file(
        source, driver="GeoJSON"
    )
    before = sha256(store)

    message = refusal(source, store, level="desa")

    assert "--code-field" in message and "WADMKC" in message
    assert sha256(store) == before


def test_cli_refuses_unreadable_file_with_exit_code_2(store: Path, tmp_path: Path) -> None:
    source = tmp_path / "rusak.geojson"
    source.write_text("ini bukan GeoJSON", encoding="utf-8")
    before = sha256(store)

    done = subprocess.run(
        [sys.executable, "-m", "potensi", "geodata", "import", str(source), "--store", str(store)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("GAGAL: Berkas rusak.geojson tidak dapat dibaca")
    assert "Traceback" not in done.stderr and done.stdout == ""
    assert sha256(store) == before
