"""Thematic layers (lapisan tematik) in the store, and the facts of each site against them.

An official's overlay (RTRW zones, roads, rivers, hazard areas) lives in three tables
of the GeoPackage: ``lapisan_tematik`` (one row per overlay: title, category, source,
year, licence, the field that classes its features), ``tematik_fitur`` (its features
in EPSG:4326 as WKB, already clipped to the kabupaten) and ``tematik_tampilan`` (the
light display geometry, one row per legend class, made once at import so a map never
simplifies tens of thousands of features again). An overlay's id is the id of the
import that brought it (``riwayat_impor.lapisan`` = :data:`OVERLAY_LAYER`), so the
one history and the one undo serve overlays too.

``fakta_lokasi`` holds, for every potential and opportunity with a location, which
zone it lies in, whether it lies in a hazard area and how far the nearest feature of
each network layer is. It is recomputed by :func:`recompute_facts` inside the same
transaction as any change to either side (an overlay imported or undone, a point
layer imported or undone), so it is never stale. Everything here takes an open
connection: the transaction belongs to :mod:`potensi.data.tables`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import shapely
from pyproj import Transformer

from potensi.core.sql import Connection, table_exists

#: ``riwayat_impor.lapisan`` of an overlay import
OVERLAY_LAYER = "tematik"
#: the categories an overlay may have; what a site is checked for follows from it
KATEGORI = ("zonasi", "jaringan", "rawan_bencana", "lainnya")
#: the point layers checked against the overlays: store table → its key column
SITE_TABLES = {"potensi": "potensi_id", "peluang_investasi": "peluang_id"}
#: metric CRS for distances (UTM zone 49S covers Kabupaten Blitar)
METRIC_CRS = "EPSG:32749"

DDL = (
    """CREATE TABLE IF NOT EXISTS lapisan_tematik (
        lapisan_id TEXT PRIMARY KEY,
        judul TEXT NOT NULL,
        kategori TEXT NOT NULL,
        sumber TEXT NOT NULL,
        tahun INTEGER,
        lisensi TEXT,
        kolom_kelas TEXT,
        n_fitur INTEGER NOT NULL,
        n_dipotong INTEGER NOT NULL DEFAULT 0,
        jenis_geometri TEXT NOT NULL,
        berkas TEXT NOT NULL,
        waktu TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS tematik_fitur (
        lapisan_id TEXT NOT NULL,
        fid INTEGER NOT NULL,
        kelas TEXT,
        geom BLOB NOT NULL,
        PRIMARY KEY (lapisan_id, fid))""",
    """CREATE TABLE IF NOT EXISTS tematik_tampilan (
        lapisan_id TEXT NOT NULL,
        urutan INTEGER NOT NULL,
        kelas TEXT NOT NULL,
        warna TEXT NOT NULL,
        n_fitur INTEGER NOT NULL,
        geom BLOB NOT NULL,
        PRIMARY KEY (lapisan_id, urutan))""",
    """CREATE TABLE IF NOT EXISTS fakta_lokasi (
        lapisan TEXT NOT NULL,
        record_id TEXT NOT NULL,
        lapisan_id TEXT NOT NULL,
        jenis TEXT NOT NULL,
        kelas TEXT,
        jarak_m REAL,
        PRIMARY KEY (lapisan, record_id, lapisan_id))""",
)
#: what a site is checked for, by overlay category (``lainnya`` is drawn, not checked)
FACT_OF = {"zonasi": "zona", "rawan_bencana": "bahaya", "jaringan": "jarak"}


def ensure(con: Connection) -> None:
    """Create the overlay tables a store lacks (called by ``tables.ensure_tables``)."""
    for statement in DDL:
        con.execute(statement)


@dataclass(frozen=True)
class Overlay:
    """One overlay's registry row."""

    lapisan_id: str
    judul: str
    kategori: str
    sumber: str
    tahun: int | None
    lisensi: str | None
    kolom_kelas: str | None
    n_fitur: int
    n_dipotong: int
    jenis_geometri: str
    berkas: str
    waktu: str


@dataclass(frozen=True)
class DisplayClass:
    """One legend class of an overlay with its display geometry (WKB)."""

    kelas: str
    warna: str
    n_fitur: int
    geom: bytes


def write_overlay(
    con: Connection,
    overlay: Overlay,
    features: Iterable[tuple[str | None, bytes]],
    display: Iterable[DisplayClass],
) -> None:
    """Store an overlay, its features (class, WKB) and display rows, then recompute
    every site's facts; all inside the caller's transaction."""
    ensure(con)
    con.execute(
        "INSERT INTO lapisan_tematik VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            overlay.lapisan_id,
            overlay.judul,
            overlay.kategori,
            overlay.sumber,
            overlay.tahun,
            overlay.lisensi,
            overlay.kolom_kelas,
            overlay.n_fitur,
            overlay.n_dipotong,
            overlay.jenis_geometri,
            overlay.berkas,
            overlay.waktu,
        ),
    )
    con.executemany(
        "INSERT INTO tematik_fitur (lapisan_id, fid, kelas, geom) VALUES (?, ?, ?, ?)",
        ((overlay.lapisan_id, n, kelas, wkb) for n, (kelas, wkb) in enumerate(features, start=1)),
    )
    con.executemany(
        "INSERT INTO tematik_tampilan (lapisan_id, urutan, kelas, warna, n_fitur, geom) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (
            (overlay.lapisan_id, n, d.kelas, d.warna, d.n_fitur, d.geom)
            for n, d in enumerate(display, start=1)
        ),
    )
    recompute_facts(con)


def remove_overlay(con: Connection, lapisan_id: str) -> None:
    """Delete an overlay (its undo) and recompute the facts, in the caller's transaction."""
    ensure(con)
    for table in ("lapisan_tematik", "tematik_fitur", "tematik_tampilan"):
        con.execute(f"DELETE FROM {table} WHERE lapisan_id = ?", (lapisan_id,))
    recompute_facts(con)


def overlays(con: Connection) -> list[Overlay]:
    """Every overlay, oldest first."""
    if not table_exists(con, "lapisan_tematik"):
        return []
    rows = con.execute(
        "SELECT lapisan_id, judul, kategori, sumber, tahun, lisensi, kolom_kelas, n_fitur, n_dipotong, "
        "jenis_geometri, berkas, waktu FROM lapisan_tematik ORDER BY waktu, lapisan_id"
    ).fetchall()
    return [Overlay(*row) for row in rows]


def display_classes(con: Connection, lapisan_id: str) -> list[DisplayClass]:
    """The display rows of one overlay, in legend order."""
    rows = con.execute(
        "SELECT kelas, warna, n_fitur, geom FROM tematik_tampilan WHERE lapisan_id = ? ORDER BY urutan",
        (lapisan_id,),
    ).fetchall()
    return [DisplayClass(*row) for row in rows]


def _sites(con: Connection) -> list[tuple[str, str, float, float]]:
    """(table, id, lon, lat) of every located row of the point layers."""
    out: list[tuple[str, str, float, float]] = []
    for table, key in SITE_TABLES.items():
        if not table_exists(con, table):
            continue
        for record_id, lat, lon in con.execute(
            f'SELECT "{key}", lat, lon FROM "{table}" WHERE lat IS NOT NULL AND lon IS NOT NULL'
        ):
            try:
                out.append((table, str(record_id), float(lon), float(lat)))
            except (TypeError, ValueError):
                continue  # validation keeps these out; a stray text is not a location
    return out


_TO_METRIC = Transformer.from_crs("EPSG:4326", METRIC_CRS, always_xy=True)


def _metric(geoms: np.ndarray) -> np.ndarray:
    return shapely.transform(geoms, lambda xy: np.column_stack(_TO_METRIC.transform(xy[:, 0], xy[:, 1])))


def recompute_facts(con: Connection) -> int:
    """Rewrite ``fakta_lokasi`` from the overlays and the located sites; returns the rows.

    Zoning and hazard layers: the class of the polygon the site lies in (the first by
    feature order when polygons overlap), or an empty class when it lies in none, so
    "checked and outside" differs from "not checked". Network layers: the distance in
    metres (UTM 49S) to the nearest feature and that feature's class.
    """
    ensure(con)
    con.execute("DELETE FROM fakta_lokasi")
    sites = _sites(con)
    checked = [o for o in overlays(con) if o.kategori in FACT_OF]
    if not sites or not checked:
        return 0
    points = shapely.points([(lon, lat) for _, _, lon, lat in sites])
    metric_points = _metric(points)
    rows: list[tuple] = []
    for overlay in checked:
        found = con.execute(
            "SELECT kelas, geom FROM tematik_fitur WHERE lapisan_id = ? ORDER BY fid", (overlay.lapisan_id,)
        ).fetchall()
        classes = [k for k, _ in found]
        geoms = shapely.from_wkb([g for _, g in found])
        jenis = FACT_OF[overlay.kategori]
        if jenis == "jarak":
            metric = _metric(geoms)
            tree = shapely.STRtree(metric)
            (site_index, feature_index), distances = tree.query_nearest(
                metric_points, return_distance=True, all_matches=False
            )
            for i, j, distance in zip(site_index, feature_index, distances, strict=True):
                table, record_id, _, _ = sites[i]
                rows.append(
                    (table, record_id, overlay.lapisan_id, jenis, classes[j], round(float(distance), 1))
                )
            continue
        tree = shapely.STRtree(geoms)
        site_index, feature_index = tree.query(points, predicate="intersects")
        first: dict[int, int] = {}
        for i, j in zip(site_index, feature_index, strict=True):
            first[int(i)] = min(first.get(int(i), int(j)), int(j))
        for i, (table, record_id, _, _) in enumerate(sites):
            kelas = classes[first[i]] if i in first else None
            rows.append(
                (table, record_id, overlay.lapisan_id, jenis, kelas or ("" if i in first else None), None)
            )
    con.executemany(
        "INSERT INTO fakta_lokasi (lapisan, record_id, lapisan_id, jenis, kelas, jarak_m) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        rows,
    )
    return len(rows)


def has_overlays(con: Connection) -> bool:
    """Whether any overlay is stored (a point import recomputes the facts only then)."""
    return (
        table_exists(con, "lapisan_tematik")
        and con.execute("SELECT 1 FROM lapisan_tematik LIMIT 1").fetchone() is not None
    )
