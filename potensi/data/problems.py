"""Problems found in an official's file, reported all at once with row and column.

An import either writes everything or nothing; when it writes nothing the official
gets every problem in one list, each naming the row and column as they see them in
Excel and how to fix it, so a file is corrected in one round rather than ten.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from potensi.core.errors import PotensiError

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or worth a look) in an input file."""

    row: int | None  # row number as the official sees it (Excel row / CSV line)
    column: str | None
    message: str
    hint: str = ""
    severity: Severity = "error"

    def __str__(self) -> str:
        where = []
        if self.row is not None:
            where.append(f"baris {self.row}")
        if self.column:
            where.append(f"kolom '{self.column}'")
        prefix = (", ".join(where) + ": ") if where else ""
        label = "PERINGATAN " if self.severity == "warning" else ""
        text = f"{label}{prefix}{self.message}"
        return f"{text} — {self.hint}" if self.hint else text


class ValidationFailed(PotensiError):
    """The file was refused; nothing was written. Carries every problem found."""

    def __init__(self, source: str, problems: Iterable[Problem]) -> None:
        self.source = source
        self.problems = [p for p in problems]
        errors = [p for p in self.problems if p.severity == "error"]
        lines = [f"Berkas {source} ditolak: {len(errors)} masalah ditemukan, tidak ada data yang disimpan."]
        lines += [f"  - {p}" for p in self.problems]
        super().__init__("\n".join(lines))


def errors_in(problems: Iterable[Problem]) -> list[Problem]:
    """Only the problems that block an import."""
    return [p for p in problems if p.severity == "error"]
