"""The audit log: who changed what, when — every write, append-only.

It lives in the accounts file (``PETA_USERS_DB``, see :mod:`potensi.data.users`) and
not in the GeoPackage store, for the reasons the accounts do: ``store restore``
puts back an older store, and must not take the record of what was done since
with it; and sign-in failures are logged without taking the store's writer lock.

*Append-only* is enforced by SQLite itself: triggers abort any ``UPDATE`` or
``DELETE`` on the table, so no code path of ours (nor a later one written by
mistake) can rewrite history; only someone with the file and a SQL shell can.

An entry is written after the change it describes has committed: a failed import
leaves no "impor" entry. Entries never hold a password or file contents: the
action, the actor (account name, ``os:<user>`` from the command line, or
``anonim``), the client address where there is one, and a one-line detail.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Literal

import pandas as pd

from potensi.core.postgis import PostgisStore
from potensi.core.sql import DB_ERRORS, Connection, query_frame

#: the log's table, in SQLite's words (PostgreSQL's through potensi.core.sql)
_AUDIT_TABLE = """
CREATE TABLE IF NOT EXISTS jejak_audit (
    urutan INTEGER PRIMARY KEY AUTOINCREMENT,
    waktu TEXT NOT NULL,
    aksi TEXT NOT NULL,
    pelaku TEXT NOT NULL,
    klien TEXT,
    rincian TEXT NOT NULL
);
"""
AUDIT_SCHEMA = (
    _AUDIT_TABLE
    + """
CREATE TRIGGER IF NOT EXISTS jejak_audit_tanpa_ubah BEFORE UPDATE ON jejak_audit
BEGIN SELECT RAISE(ABORT, 'jejak audit hanya dapat ditambah'); END;
CREATE TRIGGER IF NOT EXISTS jejak_audit_tanpa_hapus BEFORE DELETE ON jejak_audit
BEGIN SELECT RAISE(ABORT, 'jejak audit hanya dapat ditambah'); END;
"""
)

#: the same table in PostgreSQL (a PostGIS store keeps its accounts and log in its database):
#: append-only through a trigger function, for UPDATE, DELETE and TRUNCATE
AUDIT_SCHEMA_POSTGRES = (
    _AUDIT_TABLE
    + """
CREATE OR REPLACE FUNCTION jejak_audit_hanya_tambah() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN RAISE EXCEPTION 'jejak audit hanya dapat ditambah'; END $$;
CREATE OR REPLACE TRIGGER jejak_audit_tanpa_ubah BEFORE UPDATE OR DELETE ON jejak_audit
FOR EACH ROW EXECUTE FUNCTION jejak_audit_hanya_tambah();
CREATE OR REPLACE TRIGGER jejak_audit_tanpa_kosongkan BEFORE TRUNCATE ON jejak_audit
FOR EACH STATEMENT EXECUTE FUNCTION jejak_audit_hanya_tambah();
"""
)

#: what can be logged; the page shows ``t(f"audit_action_{aksi}")``
Action = Literal[
    "impor",  # an accepted data import (rincian: impor id, lapisan, berkas, rows)
    "batal_impor",  # an undone import
    "simpan_analisis",  # an analysis result saved as indikator rows
    "pengguna_tambah",
    "pengguna_sandi",
    "pengguna_nonaktif",
    "pengguna_aktif",
    "pengguna_peran",
    "masuk",  # a successful sign-in
    "masuk_gagal",
    "masuk_terkunci",  # a failure that locked the account or the client
    "keluar",
]
ACTIONS: tuple[str, ...] = Action.__args__  # type: ignore[attr-defined]
COLUMNS = ["urutan", "waktu", "aksi", "pelaku", "klien", "rincian"]
MAX_DETAIL = 1000

_log = logging.getLogger(__name__)


def audit_path(store: Path | None = None) -> Path | PostgisStore:
    """Where the log lives: with the accounts (the file beside the store, or the PostGIS database)."""
    from potensi.data.users import users_path  # users imports this module's record()

    return users_path(store)


@contextlib.contextmanager
def _connect(store: Path | None) -> Iterator[Connection]:
    from potensi.data.users import open_accounts  # users imports this module's record()

    con = open_accounts(store)
    try:
        yield con
    finally:
        con.close()


def append(con: Connection, action: str, actor: str, detail: str, client: str | None = None) -> None:
    """Add one entry inside a transaction the caller holds on the accounts file.

    For :mod:`potensi.data.users`, whose changes and failure counters are written in
    the same transaction as their entry (one commit: both or neither). The caller
    has run :data:`AUDIT_SCHEMA` before opening its transaction (``executescript``
    would commit it half-way).
    """
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    con.execute(
        "INSERT INTO jejak_audit (waktu, aksi, pelaku, klien, rincian) VALUES (?, ?, ?, ?, ?)",
        (
            dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            action,
            actor or "anonim",
            client,
            " ".join(str(detail).split())[:MAX_DETAIL],
        ),
    )


def record(
    action: Action, actor: str, detail: str, client: str | None = None, store: Path | None = None
) -> None:
    """Log one change that has already happened (its own small transaction)."""
    with _connect(store) as con:
        con.execute("BEGIN")
        try:
            append(con, action, actor, detail, client)
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")


def record_done(
    action: Action, actor: str, detail: str, client: str | None = None, store: Path | None = None
) -> bool:
    """Log a change that has already committed elsewhere (the store), never failing it.

    The change is done and cannot be taken back because its log entry could not be
    written (a full disk, a locked accounts file): telling the official "not saved"
    would be false and invite a second import. So a failure here goes to the server
    log in full, at ERROR, for the administrator, and the caller goes on; False then.
    """
    try:
        record(action, actor, detail, client, store)
    except (*DB_ERRORS, OSError):
        _log.exception("Jejak audit tidak tertulis: %s oleh %s (%s) — %s", action, actor, client, detail)
        return False
    return True


def entries(store: Path | None = None, limit: int | None = None) -> pd.DataFrame:
    """The log, newest first (every entry, or the newest ``limit``)."""
    with _connect(store) as con:
        query = "SELECT urutan, waktu, aksi, pelaku, klien, rincian FROM jejak_audit ORDER BY urutan DESC"
        if limit is not None:
            query += f" LIMIT {int(limit)}"
        return query_frame(con, query)


def os_actor() -> str:
    """The actor of a command-line write: the operating-system user, marked as such."""
    import getpass

    try:
        return f"os:{getpass.getuser()}"
    except (KeyError, OSError):  # no passwd entry (containers): still say it was the CLI
        return "os:tidak-diketahui"


__all__ = [
    "ACTIONS",
    "AUDIT_SCHEMA",
    "Action",
    "append",
    "audit_path",
    "entries",
    "os_actor",
    "record",
    "record_done",
]
