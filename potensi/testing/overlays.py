"""Generated thematic layers over the real Blitar kecamatan, for tests and the e2e check.

Built from the store's own kecamatan, written in EPSG:32749 (UTM 49S) so every test
exercises reprojection. The layout is chosen so each seeded site gets a known fact:

- zoning (*RTRW Uji*): Ponggok and Nglegok "Kawasan Peruntukan Industri" (the
  perikanan opportunity PI-CONTOH-02 in Nglegok: flagged), Kademangan "Kawasan Hutan
  Lindung" (the agroindustri opportunity PI-CONTOH-04: flagged), Wonotirto "Kawasan
  Pariwisata";
- hazard (*Rawan Banjir Uji*): a 1.5 km disc around PI-CONTOH-02;
- network (*Jalan Uji*): an east–west road ~1.1 km north of PI-CONTOH-01, so
  PI-CONTOH-01, PI-CONTOH-02 and POT-0026 lie within 2 km of it and the rest farther.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely

from potensi.core.store import load_layer

UTM = "EPSG:32749"
ZONES = {
    "35.05.06": "Kawasan Peruntukan Industri",
    "35.05.09": "Kawasan Peruntukan Industri",
    "35.05.04": "Kawasan Hutan Lindung",
    "35.05.08": "Kawasan Pariwisata",
}
FLOOD_CENTRE = (112.1941, -8.0346)  # PI-CONTOH-02
ROAD_LAT = -8.0273


def zoning(store: Path | None = None) -> gpd.GeoDataFrame:
    """Zone polygons (one per kecamatan named in :data:`ZONES`) in UTM 49S."""
    kec = load_layer("kecamatan", store)
    chosen = kec[kec.kode.isin(ZONES)]
    frame = gpd.GeoDataFrame(
        {"POLA_RUANG": [ZONES[k] for k in chosen.kode], "KODE": list(chosen.kode)},
        geometry=list(chosen.geometry),
        crs="EPSG:4326",
    )
    return frame.to_crs(UTM)


def hazard() -> gpd.GeoDataFrame:
    """A flood-prone disc of 1.5 km around PI-CONTOH-02, in UTM 49S."""
    centre = gpd.GeoSeries([shapely.Point(FLOOD_CENTRE)], crs="EPSG:4326").to_crs(UTM)
    return gpd.GeoDataFrame({"KELAS": ["Rawan Banjir Tinggi"]}, geometry=centre.buffer(1500), crs=UTM)


def roads() -> gpd.GeoDataFrame:
    """An east–west arterial road across the kabupaten and a short collector far south."""
    lines = [
        shapely.LineString([(111.95, ROAD_LAT), (112.45, ROAD_LAT)]),
        shapely.LineString([(112.10, -8.25), (112.12, -8.26)]),
    ]
    return gpd.GeoDataFrame(
        {"FUNGSI": ["Jalan Arteri", "Jalan Kolektor"]}, geometry=lines, crs="EPSG:4326"
    ).to_crs(UTM)


def zipped_shapefile(frame: gpd.GeoDataFrame, target: Path) -> Path:
    """``frame`` as a zipped Shapefile (with its .prj) at ``target``."""
    folder = target.parent / (target.stem + "_shp")
    folder.mkdir(parents=True, exist_ok=True)
    frame.to_file(folder / "lapisan.shp")
    with zipfile.ZipFile(target, "w") as archive:
        for part in sorted(folder.iterdir()):
            archive.write(part, part.name)
    return target


def many_parcels(store: Path | None = None, n: int = 30_000) -> gpd.GeoDataFrame:
    """``n`` square parcels tiling the kabupaten's box in 20 zone classes, UTM 49S.

    Like a detailed RTRW pattern: parcels of one class lie together in blocks of
    about 12 × 12 (zones are contiguous), each parcel its own feature.
    """
    kab = shapely.union_all(load_layer("kabupaten", store).geometry.to_numpy())
    minx, miny, maxx, maxy = kab.bounds
    side = int(np.ceil(np.sqrt(n)))
    dx, dy = (maxx - minx) / side, (maxy - miny) / side
    cells = [(i, j) for j in range(side) for i in range(side)][:n]
    boxes = [
        shapely.box(minx + i * dx, miny + j * dy, minx + (i + 1) * dx, miny + (j + 1) * dy) for i, j in cells
    ]
    classes = [f"Zona {((i // 12) * 7 + (j // 12) * 3) % 20:02d}" for i, j in cells]
    return gpd.GeoDataFrame({"ZONA": classes}, geometry=boxes, crs="EPSG:4326").to_crs(UTM)
