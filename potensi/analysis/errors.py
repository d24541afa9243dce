"""Errors of the analysis methods: invalid input, said in Indonesian with what to fix.

Undefined *results* (a zero denominator, a one-year series) are not errors: they
come back as NaN with a reason in the ``kode_catatan`` column. These exceptions are for
input an analysis cannot be run on at all (negative output, years that do not
match, a non-square AHP matrix …).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from potensi.core.errors import PotensiError

if TYPE_CHECKING:
    from potensi.analysis.results import AHPResult


class AnalysisError(PotensiError):
    """Input that an analysis method cannot be run on; the message says what to fix."""


class AHPInconsistent(AnalysisError):
    """The pairwise comparison matrix is too inconsistent (CR above the limit).

    The computed weights, CI and CR are kept in :attr:`result` so a page can show
    them beside the refusal; they must not be used as weights.
    """

    def __init__(self, message: str, result: AHPResult) -> None:
        super().__init__(message)
        self.result = result
