"""Import a CSV/XLSX file into a data layer: read, validate, then write all or nothing.

The same function serves the command line and the (future) admin page. Nothing is
opened for writing until every row has passed, so a refused file leaves the store
byte-for-byte as it was.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from potensi.core.store import load_layer
from potensi.data.problems import Problem, ValidationFailed
from potensi.data.readers import read_table
from potensi.data.schema import get_table
from potensi.data.tables import ImportRecord, apply_import, read_rows
from potensi.data.validate import Context, OpdIndex, validate
from potensi.data.wilayah import WilayahIndex


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


def load_context(store: Path | None = None) -> Context:
    """Boundaries and the OPD already registered in the store."""
    wilayah = WilayahIndex(*(load_layer(level, store) for level in ("kabupaten", "kecamatan", "desa")))
    return Context(wilayah=wilayah, opd=OpdIndex.from_frame(read_rows("opd", store)))


def import_file(
    layer: str,
    source: Path | bytes,
    filename: str | None = None,
    store: Path | None = None,
    prefix: str = "IMP",
) -> ImportReport:
    """Validate ``source`` against ``layer``'s schema and store it in one transaction."""
    table = get_table(layer)
    name = filename or (source.name if isinstance(source, Path) else "unggahan")
    raw = read_table(source, name, table.names)  # checks the size before reading
    context = load_context(store)
    result = validate(raw, table, context)
    if not result.ok:
        raise ValidationFailed(name, result.problems)
    data = source.read_bytes() if isinstance(source, Path) else source
    sha = hashlib.sha256(data).hexdigest()
    record = apply_import(table, result.rows, name, sha, store, prefix=prefix)
    return ImportReport(record, [p for p in result.problems if p.severity == "warning"])
