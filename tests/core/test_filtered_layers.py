"""One kabupaten's rows out of a store holding several, read by either backend.

A province store (Jawa Timur: 38 kabupaten/kota, 8,494 desa) is what ``benchmarks/scale.py``
measures; a kabupaten's map needs only its own rows, and ``load_layer(..., kabupaten=…)``
asks the store for those alone. The Blitar store holds one kabupaten, so the tests give
part of it a second kabupaten code (35.99) and check that each read returns exactly the
rows of its code, in the order they were written, with the same columns, on the GeoPackage
and on PostGIS alike.
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pytest
import shapely

from potensi.core.store import load_layer, write_store_atomically
from potensi.data.store_copy import copy_store
from potensi.testing import stores

OTHER = "35.99"


@pytest.fixture(scope="module")
def two_kabupaten(blitar_store: Path | str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The Blitar store with its odd-numbered kecamatan (and their desa) moved to kabupaten 35.99,
    as a GeoPackage and as a PostGIS database."""
    folder = tmp_path_factory.mktemp("two_kabupaten")
    kecamatan = load_layer("kecamatan", blitar_store)
    desa = load_layer("desa", blitar_store)
    moved = set(kecamatan.kode[kecamatan.kode.str[-2:].astype(int) % 2 == 1])
    kecamatan = kecamatan.assign(kode_kab=kecamatan.kode_kab.where(~kecamatan.kode.isin(moved), OTHER))
    desa = desa.assign(kode_kab=desa.kode_kab.where(~desa.kode_kec.isin(moved), OTHER))
    kabupaten = load_layer("kabupaten", blitar_store)
    kabupaten = gpd.GeoDataFrame(
        [*kabupaten.to_dict("records"), {**kabupaten.iloc[0].to_dict(), "kode": OTHER}], crs=kabupaten.crs
    )
    gpkg = folder / "dua.gpkg"
    write_store_atomically(
        {"kabupaten": kabupaten, "kecamatan": kecamatan, "desa": desa}, gpkg, keep_other_layers=False
    )
    url = stores.cluster().create_database()
    stores.keep(url)
    assert copy_store(gpkg, url).ok
    return {"geopackage": gpkg, "postgis": url, "kecamatan": kecamatan, "desa": desa}


@pytest.mark.parametrize("backend", ["geopackage", "postgis"])
@pytest.mark.parametrize("level", ["kecamatan", "desa"])
def test_a_kabupaten_reads_only_its_own_rows_in_order(
    two_kabupaten: dict[str, object], backend: str, level: str
) -> None:
    store = two_kabupaten[backend]
    written = two_kabupaten[level]
    whole = load_layer(level, store)
    for code in ("35.05", OTHER):
        part = load_layer(level, store, kabupaten=code)
        expected = written[written.kode_kab == code]
        assert 0 < len(part) < len(whole)
        assert list(part.kode) == list(expected.kode)  # the rows of the code, in written order
        assert list(part.columns) == list(whole.columns)
        assert str(part.crs) == "EPSG:4326"
        same = whole[whole.kode_kab == code]
        assert shapely.equals_exact(part.geometry.to_numpy(), same.geometry.to_numpy(), 0).all()
    assert len(load_layer(level, store, kabupaten="35.05")) + len(
        load_layer(level, store, kabupaten=OTHER)
    ) == (len(whole))


@pytest.mark.parametrize("backend", ["geopackage", "postgis"])
def test_the_kabupaten_layer_filters_on_its_own_code_and_an_unknown_code_reads_nothing(
    two_kabupaten: dict[str, object], backend: str
) -> None:
    store = two_kabupaten[backend]
    assert list(load_layer("kabupaten", store, kabupaten=OTHER).kode) == [OTHER]
    empty = load_layer("desa", store, kabupaten="35.77")
    assert empty.empty and list(empty.columns) == list(load_layer("desa", store).columns)


@pytest.mark.parametrize("backend", ["geopackage", "postgis"])
def test_a_code_that_is_not_a_kabupaten_code_never_reaches_the_query(
    two_kabupaten: dict[str, object], backend: str
) -> None:
    with pytest.raises(ValueError, match="tidak sah"):
        load_layer("desa", two_kabupaten[backend], kabupaten="35.05' OR '1'='1")
