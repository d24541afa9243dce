"""The PostgreSQL + PostGIS store: what a province's Bappeda runs instead of one GeoPackage.

``PETA_STORE=postgresql://user@host:port/database`` selects it; the GeoPackage stays
the default. The store API (:mod:`potensi.core.store`, :mod:`potensi.data.tables`)
is the same for both, and so are its rules, kept here in PostgreSQL's terms:

* **One writer.** The writer holds a session-level advisory lock
  (:data:`WRITER_LOCK`) on its own connection for the whole write, across
  processes and machines, instead of ``flock`` on a lock file. A writer that dies
  loses its connection and with it the lock: nothing to heal.
* **All or nothing.** Data tables change in one transaction (as in SQLite).
  Boundary layers are written into new tables and renamed over the old ones in
  the same transaction, so a reader sees the old layers or the new, never a mix.
* **Geometry** is ``geometry(…, 4326)`` with a GiST index on every layer; areas
  are still computed in EPSG:32749 by the build, as for the GeoPackage.
* **The cache key** is a counter in ``peta_store`` bumped by every committed
  write (a file's mtime has no equivalent in a database).

Layers are read and written with psycopg's ``COPY`` and shapely's WKB, not GDAL:
the GDAL inside pyogrio's wheels has no PostgreSQL driver, and the layer swap must
share one transaction with the history rows.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd
import psycopg
import shapely
from psycopg import sql as pgsql
from psycopg.conninfo import conninfo_to_dict

from potensi.core.config import POSTGRES_SCHEMES
from potensi.core.errors import StoreMissing
from potensi.core.sql import PgConnection, table_columns

#: the session-level advisory lock held by the store's one writer
WRITER_LOCK = 0x50455441_0001
#: the one geometry column of every layer table
GEOMETRY = "geom"
#: row order of a layer (the GeoPackage keeps insertion order; so does this)
ORDER = "_urutan"
CRS = "EPSG:4326"
META_DDL = "CREATE TABLE IF NOT EXISTS peta_store (kunci TEXT PRIMARY KEY, nilai BIGINT NOT NULL)"
_POLL_SECONDS = 0.05


def is_url(value: object) -> bool:
    return isinstance(value, str) and value.startswith(POSTGRES_SCHEMES)


@dataclass(frozen=True)
class PostgisStore:
    """A PostGIS store, named by its URL; stands where a GeoPackage path stands."""

    url: str

    @property
    def name(self) -> str:
        """The database's name (messages name the store by it, as by a file name)."""
        return conninfo_to_dict(self.url).get("dbname") or "postgres"

    def resolve(self) -> PostgisStore:
        return self

    def __str__(self) -> str:
        """The URL without its password (it reaches logs and cache keys)."""
        parts = conninfo_to_dict(self.url)
        user = parts.get("user", "")
        host = parts.get("host", "")
        port = parts.get("port", "")
        return f"postgresql://{user}@{host}{':' + port if port else ''}/{self.name}"

    def __fspath__(self) -> str:  # pragma: no cover - a guard, not a feature
        raise TypeError(f"{self} is a PostgreSQL store, not a file")


def connect(store: PostgisStore, read_only: bool = False) -> PgConnection:
    """A connection in autocommit mode (transactions are the caller's ``BEGIN``)."""
    options = "-c default_transaction_read_only=on" if read_only else None
    try:
        raw = psycopg.connect(store.url, autocommit=True, options=options, connect_timeout=10)
    except psycopg.OperationalError as exc:
        raise StoreMissing(
            f"Store PostgreSQL {store} tidak dapat dihubungi ({str(exc).strip().splitlines()[0]}). "
            "Periksa PETA_STORE dan bahwa server PostgreSQL berjalan."
        ) from exc
    return PgConnection(raw)


@contextlib.contextmanager
def connection(store: PostgisStore, read_only: bool = False) -> Iterator[PgConnection]:
    con = connect(store, read_only)
    try:
        yield con
    finally:
        con.close()


# --------------------------------------------------------------------------- the one writer


@contextlib.contextmanager
def writer_lock(store: PostgisStore, limit: float, started: float, busy: Exception) -> Iterator[None]:
    """Hold the store's writer lock (advisory, session-level) or raise ``busy`` after ``limit`` s."""
    con = connect(store)
    try:
        while not con.execute("SELECT pg_try_advisory_lock(?)", (WRITER_LOCK,)).fetchone()[0]:
            if time.monotonic() - started >= limit:
                raise busy
            time.sleep(_POLL_SECONDS)
        try:
            yield
        finally:
            con.execute("SELECT pg_advisory_unlock(?)", (WRITER_LOCK,))
    finally:
        con.close()


def bump_version(con: PgConnection) -> None:
    """Inside a write transaction: the store changed (readers' caches key on it)."""
    con.execute(META_DDL)
    con.execute(
        "INSERT INTO peta_store (kunci, nilai) VALUES ('versi', 1) "
        "ON CONFLICT (kunci) DO UPDATE SET nilai = peta_store.nilai + 1"
    )


def version(store: PostgisStore) -> float:
    """The store's write counter (0 for a store never written)."""
    try:
        with connection(store, read_only=True) as con:
            if not con.execute("SELECT to_regclass('peta_store') IS NOT NULL").fetchone()[0]:
                return 0.0
            found = con.execute("SELECT nilai FROM peta_store WHERE kunci = 'versi'").fetchone()
    except StoreMissing:
        return 0.0
    return float(found[0]) if found else 0.0


# --------------------------------------------------------------------------- layers


def list_layers(store: PostgisStore) -> list[str]:
    """The geometry layers in the store (tables with a PostGIS geometry column)."""
    try:
        with connection(store, read_only=True) as con:
            rows = con.execute(
                "SELECT f_table_name FROM geometry_columns WHERE f_table_schema = current_schema() "
                "ORDER BY f_table_name"
            ).fetchall()
    except StoreMissing:
        return []
    return [row[0] for row in rows]


def load_layer(
    store: PostgisStore, level: str, where: tuple[str, str] | None = None
) -> gpd.GeoDataFrame | None:
    """One layer, in the column order and row order it was written in.

    ``where`` = (column, value) keeps only the rows whose column equals the value, in the
    database (one kabupaten's desa out of a province: the other rows never leave it).
    Returns None when the store has no such layer (one connection answers both)."""
    with connection(store, read_only=True) as con:
        present = table_columns(con, level)
        if GEOMETRY not in present:
            return None
        columns = [name for name in present if name not in (GEOMETRY, ORDER)]
        query = pgsql.SQL("SELECT {cols}, ST_AsBinary({geom}) FROM {table}{where} ORDER BY {order}").format(
            cols=pgsql.SQL(", ").join(pgsql.Identifier(c) for c in columns) if columns else pgsql.SQL("1"),
            geom=pgsql.Identifier(GEOMETRY),
            table=pgsql.Identifier(level),
            where=pgsql.SQL(" WHERE {} = %s").format(pgsql.Identifier(where[0])) if where else pgsql.SQL(""),
            order=pgsql.Identifier(ORDER),
        )
        rows = con.raw.execute(query, (where[1],) if where else None).fetchall()
    data = {name: pd.Series([row[i] for row in rows], dtype=None) for i, name in enumerate(columns)}
    frame = pd.DataFrame(data) if columns else pd.DataFrame(index=range(len(rows)))
    geometry = shapely.from_wkb(np.array([row[-1] for row in rows], dtype=object))
    return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(geometry, crs=CRS), crs=CRS)


_SQL_TYPES = {"i": "BIGINT", "u": "BIGINT", "f": "DOUBLE PRECISION", "b": "BOOLEAN"}


def _sql_type(series: pd.Series) -> str:
    return _SQL_TYPES.get(series.dtype.kind, "TEXT")


def _copy_value(value: object) -> object:
    if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NA:
        return None
    if isinstance(value, np.generic):
        return value.item()
    return value


_MULTI = {
    "Polygon": ("MultiPolygon", shapely.multipolygons),
    "LineString": ("MultiLineString", shapely.multilinestrings),
    "Point": ("MultiPoint", shapely.multipoints),
}


def as_geopackage_stores(geometry: np.ndarray) -> np.ndarray:
    """Single parts promoted to multi where a layer mixes both, as GDAL does when writing a
    GeoPackage: a layer reads back the same from either store (``store copy`` compares them)."""
    kinds = set(shapely.get_type_id(geometry[~shapely.is_missing(geometry)]).tolist())
    out = geometry.copy()
    for single, (multi, make) in _MULTI.items():
        single_id = shapely.GeometryType[single.upper()].value
        multi_id = shapely.GeometryType[multi.upper()].value
        if single_id in kinds and multi_id in kinds:
            mask = shapely.get_type_id(out) == single_id
            out[mask] = [make([g]) for g in out[mask]]
    return out


def write_layers(con: PgConnection, layers: Mapping[str, gpd.GeoDataFrame], keep_other_layers: bool) -> None:
    """Inside the caller's transaction: replace ``layers`` (new table, then rename over the old)."""
    con.execute(META_DDL)
    # first every new table, filled and indexed, while readers go on reading the old ones;
    # then the swap: a few renames, the only moment readers wait (for the commit)
    for name, frame in layers.items():
        _fill_staging(con, f"{name}__baru", frame)
    if not keep_other_layers:
        for (other,) in con.execute(
            "SELECT f_table_name FROM geometry_columns WHERE f_table_schema = current_schema()"
        ).fetchall():
            if other not in layers and not other.endswith("__baru"):
                con.raw.execute(pgsql.SQL("DROP TABLE {}").format(pgsql.Identifier(other)))
    for name in layers:
        con.raw.execute(pgsql.SQL("DROP TABLE IF EXISTS {}").format(pgsql.Identifier(name)))
        con.raw.execute(
            pgsql.SQL("ALTER TABLE {} RENAME TO {}").format(
                pgsql.Identifier(f"{name}__baru"), pgsql.Identifier(name)
            )
        )
    bump_version(con)


def _fill_staging(con: PgConnection, staging: str, frame: gpd.GeoDataFrame) -> None:
    """A new table holding ``frame`` (rows in order, geometry in EPSG:4326, GiST index)."""
    frame = frame if frame.crs is not None and frame.crs.to_epsg() == 4326 else frame.to_crs(CRS)
    attributes = [c for c in frame.columns if c != frame.geometry.name]
    columns = [
        pgsql.SQL("{} {}").format(pgsql.Identifier(c), pgsql.SQL(_sql_type(frame[c]))) for c in attributes
    ]
    columns += [
        pgsql.SQL("{} BIGINT NOT NULL").format(pgsql.Identifier(ORDER)),
        pgsql.SQL("{} geometry(Geometry, 4326)").format(pgsql.Identifier(GEOMETRY)),
    ]
    con.raw.execute(pgsql.SQL("DROP TABLE IF EXISTS {}").format(pgsql.Identifier(staging)))
    con.raw.execute(
        pgsql.SQL("CREATE TABLE {} ({})").format(pgsql.Identifier(staging), pgsql.SQL(", ").join(columns))
    )
    names = [*attributes, ORDER, GEOMETRY]
    copy = pgsql.SQL("COPY {} ({}) FROM STDIN").format(
        pgsql.Identifier(staging), pgsql.SQL(", ").join(pgsql.Identifier(n) for n in names)
    )
    geometry = shapely.set_srid(as_geopackage_stores(frame.geometry.to_numpy()), 4326)
    wkb = shapely.to_wkb(geometry, hex=True, include_srid=True)
    values = [frame[c].to_numpy(dtype=object) for c in attributes]
    with con.raw.cursor() as cursor, cursor.copy(copy) as stream:
        for n in range(len(frame)):
            stream.write_row([*(_copy_value(v[n]) for v in values), n, wkb[n]])
    # named by PostgreSQL (the old table's index still holds the plain name until the swap)
    con.raw.execute(
        pgsql.SQL("CREATE INDEX ON {} USING GIST ({})").format(
            pgsql.Identifier(staging), pgsql.Identifier(GEOMETRY)
        )
    )


def exists(store: PostgisStore) -> bool:
    """Whether the database answers and holds the boundary layers (a built store)."""
    return "kabupaten" in list_layers(store)
