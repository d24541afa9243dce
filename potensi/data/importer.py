"""Import a CSV/XLSX/GeoJSON file into a data layer: preview, then write all or nothing.

One importer for the command line and the *Kelola Data* page: both read and
validate through :func:`preview_import` (the dry run: every problem, the rows that
would be added, and the rows that would be replaced with their old → new values),
and both write through :func:`import_as` / :func:`undo_as`, which record who did it
in the import history (``oleh``) and in the audit log. Nothing is opened for
writing until every row has passed, so a refused file leaves the store
byte-for-byte as it was; an existing row is never replaced unless the caller says
so (``replace=True``: the CLI's ``--ganti``, the page's confirmation box).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from potensi.core.auth import Session, has_role, require_role
from potensi.core.errors import NotAllowed, PotensiError
from potensi.core.store import load_layer
from potensi.data import audit
from potensi.data.problems import Problem, ValidationFailed
from potensi.data.readers import RawTable, read_table
from potensi.data.schema import TABLES, Table, get_table
from potensi.data.tables import (
    BOUNDARY_PREFIX,
    ImportRecord,
    apply_import,
    existing_rows,
    import_entry,
    key_text,
    read_rows,
    sql_value,
    undo_import,
)
from potensi.data.validate import Context, InovasiIndex, OpdIndex, validate
from potensi.data.wilayah import WilayahIndex

#: reads a file into the raw table that validation checks: ``read_table`` (the
#: template shape) or a reader of another shape, e.g. a BPS table
#: (:func:`potensi.data.bps.bps_reader`), so every shape goes through the same
#: validation, dry run, transaction, history and undo
Reader = Callable[[Path | bytes, str, Sequence[str]], RawTable]


@dataclass(frozen=True)
class ImportReport:
    """An accepted import and the warnings that did not block it."""

    record: ImportRecord
    warnings: list[Problem]

    def summary(self) -> str:
        """Indonesian one-paragraph account for the CLI and the page."""
        rec = self.record
        text = (
            f"Impor {rec.impor_id} ke lapisan {rec.lapisan} dari {rec.berkas}: "
            f"{rec.baris_baru} baris baru, {rec.baris_diganti} baris diganti. "
            f"Batalkan dengan `python -m potensi data undo {rec.impor_id}`."
        )
        if self.warnings:
            text += "\n" + "\n".join(f"  - {w}" for w in self.warnings)
        return text


@dataclass(frozen=True)
class Change:
    """One column of an existing row that the file changes."""

    column: str
    old: object
    new: object


@dataclass(frozen=True)
class Replacement:
    """An existing row the file would replace: its key and what changes."""

    key: str
    row: int | None  # the row in the file (as the official sees it)
    changes: tuple[Change, ...]


@dataclass(frozen=True)
class ImportPreview:
    """The dry run of an import: what saving this file would do, nothing written."""

    layer: str
    filename: str
    sha256: str
    problems: list[Problem]
    added: pd.DataFrame = field(repr=False)  # validated rows whose key is new, index = file row
    replacements: list[Replacement]

    @property
    def ok(self) -> bool:
        """No blocking problem: the file may be saved."""
        return not any(p.severity == "error" for p in self.problems)

    @property
    def errors(self) -> list[Problem]:
        """The problems that block the import."""
        return [p for p in self.problems if p.severity == "error"]


def load_context(store: Path | None = None) -> Context:
    """Boundaries, and the OPD and innovations already registered in the store."""
    wilayah = WilayahIndex(*(load_layer(level, store) for level in ("kabupaten", "kecamatan", "desa")))
    return Context(
        wilayah=wilayah,
        opd=OpdIndex.from_frame(read_rows("opd", store)),
        inovasi=InovasiIndex.from_frame(read_rows("inovasi", store)),
    )


def _bytes(source: Path | bytes) -> bytes:
    return source.read_bytes() if isinstance(source, Path) else bytes(source)


def _name(source: Path | bytes, filename: str | None) -> str:
    # only the name: a folder of the official's computer never reaches the history
    return Path(filename).name if filename else (source.name if isinstance(source, Path) else "unggahan")


def _same(old: object, new: object) -> bool:
    if old is None or new is None:
        return old is None and new is None
    if isinstance(old, int | float) and isinstance(new, int | float) and not isinstance(new, bool):
        return float(old) == float(new)
    return str(old) == str(new)


def _plan(table: Table, rows: pd.DataFrame, store: Path | None) -> tuple[pd.DataFrame, list[Replacement]]:
    records = rows.to_dict(orient="index")
    existing = existing_rows(table, list(records.values()), store)
    added: list[object] = []
    replacements: list[Replacement] = []
    for number, record in records.items():
        old = existing.get(key_text(table, record))
        if old is None:
            added.append(number)
            continue
        changes = []
        for column in table.columns:
            new_value = sql_value(record.get(column.name))
            if not _same(old.get(column.name), new_value):
                changes.append(Change(column.name, old.get(column.name), new_value))
        replacements.append(Replacement(key_text(table, record), int(number), tuple(changes)))
    return rows.loc[added], replacements


def preview_import(
    layer: str,
    source: Path | bytes,
    filename: str | None = None,
    store: Path | None = None,
    *,
    reader: Reader = read_table,
) -> ImportPreview:
    """The dry run: read and validate ``source`` as :func:`import_file` would, and say
    which rows would be added and which existing rows replaced (old → new per column).

    A file that cannot be read at all (format, size …) is a preview with those
    problems, so the page shows them like any other.
    """
    table = get_table(layer)
    name = _name(source, filename)
    empty = pd.DataFrame(columns=table.names)
    try:
        raw = reader(source, name, table.names)  # checks the size before reading
    except ValidationFailed as exc:
        return ImportPreview(layer, name, "", exc.problems, empty, [])
    sha = hashlib.sha256(_bytes(source)).hexdigest()
    result = validate(raw, table, load_context(store))
    if not result.ok:
        return ImportPreview(layer, name, sha, result.problems, empty, [])
    added, replacements = _plan(table, result.rows, store)
    return ImportPreview(layer, name, sha, result.problems, added, replacements)


def import_file(
    layer: str,
    source: Path | bytes,
    filename: str | None = None,
    store: Path | None = None,
    prefix: str = "IMP",
    *,
    actor: str | None = None,
    replace: bool = False,
    replace_own: str | None = None,
    reader: Reader = read_table,
) -> ImportReport:
    """Validate ``source`` against ``layer``'s schema and store it in one transaction.

    ``replace_own``: see :func:`potensi.data.tables.apply_import` (the seed's upgrade).

    Refuses (:class:`~potensi.data.tables.ReplaceRefused`, nothing written) when a row
    would replace an existing one and ``replace`` is not set. Writes no audit entry:
    the seed and the analysis saves come through here and log themselves; an
    official's import goes through :func:`import_as`.
    """
    table = get_table(layer)
    name = _name(source, filename)
    raw = reader(source, name, table.names)  # checks the size before reading
    result = validate(raw, table, load_context(store))
    if not result.ok:
        raise ValidationFailed(name, result.problems)
    sha = hashlib.sha256(_bytes(source)).hexdigest()
    record = apply_import(
        table,
        result.rows,
        name,
        sha,
        store,
        prefix=prefix,
        actor=actor,
        replace=replace,
        replace_own=replace_own,
    )
    return ImportReport(record, [p for p in result.problems if p.severity == "warning"])


def _detail(record: ImportRecord) -> str:
    return (
        f"{record.impor_id} lapisan {record.lapisan} berkas {record.berkas}: "
        f"{record.baris_baru} baris baru, {record.baris_diganti} baris diganti"
    )


def import_as(
    actor: str,
    layer: str,
    source: Path | bytes,
    filename: str | None = None,
    store: Path | None = None,
    *,
    replace: bool = False,
    client: str | None = None,
    reader: Reader = read_table,
) -> ImportReport:
    """An official's import (CLI: ``os:<user>``; page: the account), recorded in the
    history and, once committed, in the audit log as ``impor``."""
    report = import_file(layer, source, filename, store, actor=actor, replace=replace, reader=reader)
    audit.record_done("impor", actor, _detail(report.record), client=client, store=store)
    return report


def undo_as(actor: str, impor_id: str, store: Path | None = None, client: str | None = None) -> ImportRecord:
    """Undo an import and, once committed, log ``batal_impor`` with ``actor``."""
    record = undo_import(impor_id, store)
    audit.record_done("batal_impor", actor, _detail(record), client=client, store=store)
    return record


def _filled(value: object) -> bool:
    return value is not None and not (isinstance(value, float) and pd.isna(value)) and value != ""


def may_undo(session: Session | None, entry: dict) -> bool:
    """Whether ``session`` may undo the import ``entry`` (a history row): an admin any
    data import, an editor only their own in a layer an editor writes; none once
    undone, nor a boundary import."""
    if session is None or _filled(entry.get("dibatalkan")):
        return False
    lapisan = str(entry.get("lapisan", ""))
    if lapisan.startswith(BOUNDARY_PREFIX):
        return False
    if lapisan in TABLES and not has_role(session, TABLES[lapisan].writer_role):  # type: ignore[arg-type]
        return False  # undoing writes the layer: the IID rules only by an admin
    if has_role(session, "admin"):
        return True
    return has_role(session, "editor") and entry.get("oleh") == session.user


def require_writer(session: Session | None, layer: str) -> Session:
    """Refuse unless ``session`` holds the role that writes ``layer`` (its ``writer_role``).

    A layer unknown to the schema is refused by :func:`get_table` with the valid names.
    """
    role = get_table(layer).writer_role
    session = require_role(session, "editor")
    if not has_role(session, role):  # type: ignore[arg-type]
        raise NotAllowed(
            f"Akun {session.user} (peran {session.role}) tidak boleh mengubah lapisan {layer}: "
            f"lapisan ini hanya diisi peran {role}, karena mengubah aturan penilaian IID "
            "sehingga semua skor ikut berubah. Minta admin melakukannya. Tidak ada yang disimpan."
        )
    return session


def import_for(
    session: Session | None,
    layer: str,
    source: bytes,
    filename: str,
    store: Path | None = None,
    *,
    replace: bool = False,
    client: str | None = None,
    reader: Reader = read_table,
) -> ImportReport:
    """The page's *Simpan*: the role is checked here, on the server, before anything is read.

    The role is the layer's ``writer_role``: the IID rules of a year change every
    score, so only an admin writes ``iid_aturan`` and ``iid_indikator``.
    """
    session = require_writer(session, layer)
    return import_as(
        session.user, layer, source, filename, store, replace=replace, client=client, reader=reader
    )


def undo_for(
    session: Session | None, impor_id: str, store: Path | None = None, client: str | None = None
) -> ImportRecord:
    """The page's *Urungkan*: an editor may undo only their own imports, an admin any.

    Checked here, on the server, whatever the page drew: a forged request for someone
    else's import is refused and nothing changes.
    """
    session = require_role(session, "editor")
    entry = import_entry(impor_id, store)
    if entry is None:
        raise PotensiError(f"Impor {impor_id} tidak ada di riwayat.")
    lapisan = str(entry.get("lapisan", ""))
    if lapisan in TABLES:  # undoing writes the layer as much as importing does
        require_writer(session, lapisan)
    if not may_undo(session, entry):
        if _filled(entry.get("dibatalkan")):
            raise PotensiError(f"Impor {impor_id} sudah dibatalkan pada {entry['dibatalkan']}.")
        owner = entry["oleh"] if _filled(entry.get("oleh")) else "baris perintah/data awal"
        raise NotAllowed(
            f"Akun {session.user} (peran {session.role}) hanya boleh membatalkan impornya sendiri; "
            f"impor {impor_id} dibuat oleh {owner}. "
            "Minta admin membatalkannya. Tidak ada yang diubah."
        )
    return undo_as(session.user, impor_id, store, client)
