"""The indikator GeoJSON is wide: one feature per kecamatan, its polygon once, one
property per indicator-year, and a column table with units and sources.

Written long (one feature per row) the Blitar file repeated each polygon for every
figure and weighed 11 MB; these tests read the real export of the seeded store.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pandas as pd

from potensi.core.store import load_layer
from potensi.data.tables import read_rows
from potensi.views.data import export_bytes, indikator_columns_csv


def test_one_feature_per_kecamatan_with_a_column_per_indicator_year(seeded_store: Path) -> None:
    content = export_bytes("indikator", ".geojson", seeded_store)
    assert len(content) < 1_000_000  # was 11 MB: each of ~740 rows carried its polygon
    payload = json.loads(content)
    features = payload["features"]
    kecamatan = load_layer("kecamatan", seeded_store)
    drawn = [f for f in features if f["properties"]["tingkat"] == "kecamatan"]
    assert sorted(f["properties"]["kode"] for f in drawn) == sorted(kecamatan.kode)
    assert all(f["geometry"]["type"] in {"Polygon", "MultiPolygon"} for f in drawn)
    # the regency's (and province's) figures come once, without a polygon over the kecamatan
    others = [f for f in features if f["properties"]["tingkat"] != "kecamatan"]
    assert {f["properties"]["kode"] for f in others} == {"35", "35.05"}
    assert all(f["geometry"] is None for f in others)
    assert len({f["properties"]["kode"] for f in features}) == len(features)

    rows = read_rows("indikator", seeded_store)
    by_code = {f["properties"]["kode"]: f["properties"] for f in features}
    for row in rows.itertuples():
        assert by_code[row.kode_wilayah][f"{row.indikator}_{row.tahun}"] == row.nilai
    expected = {f"{n}_{y}" for n, y in zip(rows.indikator, rows.tahun, strict=True)}
    assert set(drawn[0]["properties"]) == {"kode", "nama", "tingkat", *expected}
    assert "penduduk_2020" in expected and "pdrb_adhk_a_2019" in expected


def test_units_and_sources_travel_with_the_columns(seeded_store: Path) -> None:
    payload = json.loads(export_bytes("indikator", ".geojson", seeded_store))
    described = {c["kolom"]: c for c in payload["kolom"]}
    props = {k for f in payload["features"] for k in f["properties"]} - {"kode", "nama", "tingkat"}
    assert set(described) == props
    assert described["penduduk_2020"]["satuan"] == "jiwa" and described["penduduk_2020"]["contoh"] == "tidak"
    assert described["pdrb_adhk_a_2019"]["contoh"] == "ya"
    assert "wikipedia" in described["penduduk_2020"]["sumber"]

    table = list(
        csv.DictReader(io.StringIO(indikator_columns_csv(seeded_store).decode("utf-8-sig")), delimiter=";")
    )
    assert [r["kolom"] for r in table] == list(described)
    assert pd.DataFrame(table).set_index("kolom").loc["penduduk_2020", "satuan"] == "jiwa"
