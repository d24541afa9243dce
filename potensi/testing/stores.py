"""Which store backend the tests run against, and private copies of a store in either.

``PETA_TEST_BACKEND=postgis`` runs the suite against PostgreSQL + PostGIS: the
shared fixtures (``blitar_store``, ``seeded_store``, ``seeded_copy``, …) then hand
out ``postgresql://`` URLs of databases in one throw-away cluster
(:mod:`potensi.testing.postgres`) instead of GeoPackage paths, and every test that
takes them runs unchanged on the second backend. A private copy is a database
made from the original as a template (PostgreSQL's own copy), dropped when the
test ends (:func:`drop_private_copies`).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
import uuid
from pathlib import Path
from typing import Literal

from potensi.core.postgis import PostgisStore, is_url

Backend = Literal["geopackage", "postgis"]
BACKEND_ENV = "PETA_TEST_BACKEND"

_cluster_context: contextlib.AbstractContextManager | None = None
_cluster = None
_private: list[str] = []


def backend() -> Backend:
    """The backend this test run uses (``geopackage`` unless ``PETA_TEST_BACKEND=postgis``)."""
    return "postgis" if os.environ.get(BACKEND_ENV, "").lower() in ("postgis", "postgresql") else "geopackage"


def cluster():
    """The run's one PostgreSQL cluster, started on first use (stopped by :func:`stop_cluster`)."""
    global _cluster_context, _cluster
    if _cluster is None:
        from potensi.testing.postgres import cluster as start

        _cluster_context = start(durable=False)
        _cluster = _cluster_context.__enter__()
    return _cluster


def stop_cluster() -> None:
    global _cluster_context, _cluster
    if _cluster_context is not None:
        _cluster_context.__exit__(None, None, None)
    _cluster_context = _cluster = None


def new_store(folder: Path, name: str = "peta.gpkg") -> Path | str:
    """Where a new, empty store of this run's backend goes (a path, or a new database's URL)."""
    if backend() == "postgis":
        url = cluster().create_database()
        _private.append(PostgisStore(url).name)
        return url
    return folder / name


def keep(store: Path | str) -> None:
    """Keep a store made by :func:`new_store` past the current test (a session fixture's)."""
    if is_url(str(store)):
        name = PostgisStore(str(store)).name
        if name in _private:
            _private.remove(name)


def clone_store(source: Path | str, folder: Path, keep: bool = False) -> Path | str:
    """A private, writable copy of ``source`` (a file copy, or a database made from it).

    Without ``keep`` a database copy is dropped after the test (the suite makes
    hundreds; a file copy goes with the test's temporary folder).
    """
    if not is_url(str(source)):
        target = folder / Path(source).name
        shutil.copyfile(source, target)
        return target
    name = f"peta_{uuid.uuid4().hex[:12]}"
    found = cluster()
    template = PostgisStore(str(source)).name
    for attempt in range(50):  # a template may still be open by a connection closing just now
        try:
            url = found.create_database(name, template=template)
            break
        except Exception as exc:  # psycopg.errors.ObjectInUse
            if "being accessed by other users" not in str(exc) or attempt == 49:
                raise
            time.sleep(0.1)
    if not keep:
        _private.append(name)
    return url


def drop_private_copies() -> None:
    """Drop the databases :func:`clone_store` made for the test that just ended."""
    while _private:
        name = _private.pop()
        with contextlib.suppress(Exception):
            cluster().drop_database(name)


def content_digest(store: Path | str) -> str:
    """What "nothing was changed" is checked against: a GeoPackage's exact bytes (not one byte
    may move), or for PostGIS the content of every table (``store_digest``; a database has no
    bytes of its own to compare)."""
    import hashlib

    if is_url(str(store)):
        from potensi.testing.reliability import store_digest

        return store_digest(store)
    return hashlib.sha256(Path(store).read_bytes()).hexdigest()


def everything_stored(store: Path | str) -> bytes:
    """Every byte the store keeps, to prove a secret is not among them: a GeoPackage and its
    accounts file, or every row of every table of a PostGIS store."""
    if not is_url(str(store)):
        path = Path(store)
        accounts = path.with_name(path.name + ".pengguna.sqlite")
        return path.read_bytes() + (accounts.read_bytes() if accounts.exists() else b"")
    import psycopg

    out = []
    with psycopg.connect(str(store)) as con:
        tables = con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
            "AND table_type = 'BASE TABLE'"
        ).fetchall()
        for (table,) in tables:
            out.extend(repr(row) for row in con.execute(f'SELECT * FROM "{table}"'))
    return "\n".join(out).encode()
