"""The upstream SQL dump parser on the real Jawa Timur files."""

from __future__ import annotations

from pathlib import Path

import pytest
import shapely

from potensi.boundaries.sqlparse import parse_sql_file, parse_sql_text
from potensi.core.errors import GeodataError

BLITAR_KECAMATAN = {
    "35.05.01": "Wonodadi",
    "35.05.02": "Udanawu",
    "35.05.03": "Srengat",
    "35.05.04": "Kademangan",
    "35.05.05": "Bakung",
    "35.05.06": "Ponggok",
    "35.05.07": "Sanankulon",
    "35.05.08": "Wonotirto",
    "35.05.09": "Nglegok",
    "35.05.10": "Kanigoro",
    "35.05.11": "Garum",
    "35.05.12": "Sutojayan",
    "35.05.13": "Panggungrejo",
    "35.05.14": "Talun",
    "35.05.15": "Gandusari",
    "35.05.16": "Binangun",
    "35.05.17": "Wlingi",
    "35.05.18": "Doko",
    "35.05.19": "Kesamben",
    "35.05.20": "Wates",
    "35.05.21": "Selorejo",
    "35.05.22": "Selopuro",
}


def test_blitar_desa_file_has_248_desa_inside_blitar(mirror: Path) -> None:
    desa = parse_sql_file(mirror / "db/kel/35/wilayah_boundaries_kel_35.05.sql")
    assert len(desa) == 248
    assert desa.kode.str.match(r"^35\.05\.\d{2}\.[12]\d{3}$").all()
    assert desa.kode.is_unique
    # [lat, lng] swapped into (x=lng, y=lat): Blitar lies near 112.2 E, 8.1 S
    minx, miny, maxx, maxy = desa.total_bounds
    assert 111.9 < minx < maxx < 112.6
    assert -8.5 < miny < maxy < -7.9
    assert set(desa.kode.str[:8]) == set(BLITAR_KECAMATAN)
    assert desa.geometry.is_valid.all()


def test_invalid_upstream_desa_is_repaired(mirror: Path) -> None:
    desa = parse_sql_file(mirror / "db/kel/35/wilayah_boundaries_kel_35.05.sql")
    assert desa.repaired.sum() >= 1  # the mirror README says at least one is invalid
    assert desa.loc[desa.repaired].geometry.is_valid.all()


def test_kecamatan_file_names_the_22_blitar_kecamatan(mirror: Path) -> None:
    kec = parse_sql_file(mirror / "db/kec/wilayah_boundaries_kec_35.sql")
    blitar = kec[kec.kode.str.startswith("35.05.")]
    assert dict(zip(blitar.kode, blitar.nama, strict=True)) == BLITAR_KECAMATAN
    assert len(kec) == 666


def test_polygon_and_multipolygon_depths_and_doubled_quotes() -> None:
    text = (
        "INSERT INTO wilayah_boundaries(kode,nama,lat,lng,path) VALUES\n"
        "('35.26.07.2022','Ko''ol',-7,113,'[[[-7.0,113.0],[-7.0,113.1],[-7.1,113.1],[-7.0,113.0]]]'),\n"
        "('35.26.07.2023','Dua',-7,113,'[[[[-7.0,113.0],[-7.0,113.1],[-7.1,113.1],[-7.0,113.0]]],"
        "[[[-7.5,113.0],[-7.5,113.1],[-7.6,113.1],[-7.5,113.0]]]]');"
    )
    frame = parse_sql_text(text)
    assert list(frame.nama) == ["Ko'ol", "Dua"]
    assert list(frame.geom_type) == ["Polygon", "MultiPolygon"]
    assert shapely.get_coordinates(frame.geometry.iloc[0])[0].tolist() == [113.0, -7.0]


def test_garbage_is_a_parse_error_in_indonesian() -> None:
    with pytest.raises(GeodataError, match="Tidak ada data wilayah"):
        parse_sql_text("<html>404 Not Found</html>", source="x.sql")
    bad = "('35.05.01.2001','X',-8,112,'[[[-8.0]]]')"
    with pytest.raises(GeodataError, match="35.05.01.2001"):
        parse_sql_text(bad, source="x.sql")
