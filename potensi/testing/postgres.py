"""A throw-away PostgreSQL + PostGIS cluster for tests and benchmarks, started by the project.

The tests never mock the database: :func:`cluster` runs Debian's ``initdb`` into a
temporary folder, starts ``postgres`` on a free loopback port with a socket in that
folder, creates the PostGIS extension in ``template1`` (so every database made from
it has PostGIS) and stops and removes everything afterwards.

PostgreSQL refuses to run as root, and CI runs as root: there the cluster runs as
the ``postgres`` system user the Debian package creates (``runuser``), in a folder
that user owns. Nothing is left behind either way.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from potensi.testing.server import free_port

#: Debian installs the server binaries here (package postgresql-15)
PG_BIN_DIRS = tuple(sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True))
START_TIMEOUT = 60.0


class PostgresMissing(RuntimeError):
    """PostgreSQL or PostGIS is not installed (``scripts/install-system-deps.sh`` installs both)."""


@dataclass(frozen=True)
class Cluster:
    """A running cluster: its port and how to make databases in it."""

    port: int
    socket_dir: Path
    bin_dir: Path
    user: str = "postgres"

    def url(self, database: str = "postgres") -> str:
        """A ``postgresql://`` URL for ``PETA_STORE`` (TCP on loopback, trust auth)."""
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str | None = None, template: str = "template1") -> str:
        """A new empty database (PostGIS already in it, from ``template1``); returns its URL."""
        import psycopg

        name = name or f"peta_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.url(), autocommit=True) as con:
            con.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as con:
            con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def bin_dir() -> Path:
    """Where ``initdb`` and ``postgres`` are, or :class:`PostgresMissing` saying how to install them."""
    for folder in PG_BIN_DIRS:
        if (folder / "initdb").exists() and (folder / "postgres").exists():
            share = Path("/usr/share/postgresql") / folder.parent.name / "extension"
            if not (share / "postgis.control").exists():
                raise PostgresMissing(
                    f"PostGIS is not installed for PostgreSQL {folder.parent.name}: "
                    f"apt-get install postgresql-{folder.parent.name}-postgis-3"
                )
            return folder
    raise PostgresMissing("PostgreSQL is not installed: bash scripts/install-system-deps.sh (as root)")


def _as_user(command: list[str]) -> list[str]:
    """Run as the ``postgres`` system user when we are root (PostgreSQL refuses root)."""
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


@contextlib.contextmanager
def cluster(log: Path | None = None, durable: bool = True) -> Iterator[Cluster]:
    """Start a fresh cluster on a free port; stop it and delete its folder afterwards.

    ``durable=False`` (the test suite's hundreds of short-lived databases) turns off
    fsync: the cluster is thrown away, so a crash of the machine loses nothing that
    matters, and each ``CREATE DATABASE`` stops waiting for the disk."""
    folder_bin = bin_dir()
    root = Path(tempfile.mkdtemp(prefix="peta-pg-"))
    data, sockets = root / "data", root / "run"
    sockets.mkdir()
    user = "postgres"
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        shutil.chown(sockets, "postgres")
    else:
        import getpass

        user = getpass.getuser()
    port = free_port()
    logfile = log or root / "postgres.log"
    if os.geteuid() == 0 and log is None:
        logfile = sockets / "postgres.log"
    try:
        subprocess.run(
            _as_user(
                [
                    str(folder_bin / "initdb"),
                    "-D",
                    str(data),
                    "-U",
                    user,
                    "--auth=trust",
                    "--encoding=UTF8",
                    "--locale=C.UTF-8",
                    "--no-sync",
                ]
            ),
            check=True,
            capture_output=True,
            text=True,
        )
        options = (
            f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync={'on' if durable else 'off'} "
            "-c max_connections=200 -c shared_buffers=128MB"
        )
        if not durable:
            options += " -c synchronous_commit=off -c full_page_writes=off"
        subprocess.run(
            _as_user(
                [
                    str(folder_bin / "pg_ctl"),
                    "-D",
                    str(data),
                    "-l",
                    str(logfile),
                    "-o",
                    options,
                    "-w",
                    "start",
                ]
            ),
            check=True,
            capture_output=True,
            text=True,
            timeout=START_TIMEOUT,
        )
        found = Cluster(port=port, socket_dir=sockets, bin_dir=folder_bin, user=user)
        _wait_ready(found)
        import psycopg

        with psycopg.connect(found.url("template1"), autocommit=True) as con:
            con.execute("CREATE EXTENSION IF NOT EXISTS postgis")
        yield found
    except subprocess.CalledProcessError as exc:
        raise PostgresMissing(f"PostgreSQL did not start: {exc.stderr or exc.stdout}") from exc
    finally:
        subprocess.run(
            _as_user([str(folder_bin / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]),
            capture_output=True,
            check=False,
        )
        shutil.rmtree(root, ignore_errors=True)


def _wait_ready(found: Cluster) -> None:
    import psycopg

    deadline = time.monotonic() + START_TIMEOUT
    while True:
        try:
            with psycopg.connect(found.url(), connect_timeout=2):
                return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)
