"""Does an opportunity's stated readiness agree with its own facts? One rule.

``tingkat_kesiapan`` is typed in by an official, and nothing tied it to the rest
of the row: the seed has an opportunity labelled *IPRO siap ditawarkan* whose
own record says *Status publikasi: Draf*, clean-and-clear not known and RTRW
*Perlu KKPR*. An investor reading the badge and then the detail is told two
things at once. This module is the one place that says which facts each level
presupposes, so every screen that shows a readiness level can check it and show
a contradiction as such instead of picking one side silently.

The requirements follow what BKPM asks of an IPRO (*Investment Project Ready to
Offer*) profile and what a feasibility study yields:

* from ``fs`` on, a feasibility study exists: a study document is on file and
  the returns it computes (IRR) are given;
* from ``ipro_siap_ditawarkan`` on, the project is offered: it is published
  (not a ``draft``), the land status is known, the land is clear and clean, and
  the site fits the spatial plan (``kesesuaian_rtrw`` ``sesuai``; "perlu KKPR"
  means the permit is still to be obtained).

Levels below ``fs`` (identification, prospective, pre-FS) claim nothing these
facts could contradict. The rule returns codes, never texts: presenters label
them in the UI language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from potensi.core.cells import is_known
from potensi.core.text import document_links
from potensi.data.schema import TINGKAT_KESIAPAN


@dataclass(frozen=True)
class Requirement:
    """A fact every readiness level from ``from_level`` on presupposes."""

    column: str  # the peluang_investasi column holding the fact
    from_level: str  # first level of TINGKAT_KESIAPAN that requires it
    met: Callable[[object], bool]  # does the stored value satisfy it?


def _known_enum(value: object) -> bool:
    return is_known(value) and str(value).strip() != "belum_diketahui"


#: what each readiness level presupposes, in the order a conflict list names them
REQUIREMENTS: tuple[Requirement, ...] = (
    Requirement("status_publikasi", "ipro_siap_ditawarkan", lambda v: str(v).strip() in ("publik", "arsip")),
    Requirement("clear_and_clean", "ipro_siap_ditawarkan", lambda v: is_known(v) and bool(v)),
    Requirement("kesesuaian_rtrw", "ipro_siap_ditawarkan", lambda v: str(v).strip() == "sesuai"),
    Requirement("status_lahan", "ipro_siap_ditawarkan", _known_enum),
    Requirement("dokumen", "fs", lambda v: bool(document_links(v))),
    Requirement("irr_persen", "fs", is_known),
)


@dataclass(frozen=True)
class Conflict:
    """A fact of the row that contradicts its stated readiness level."""

    column: str  # the column whose value does not support the level
    value: object  # the stored value (None/NaN: not filled in)
    from_level: str  # the level that requires it


def readiness_conflicts(row: pd.Series) -> tuple[Conflict, ...]:
    """The facts of ``row`` that contradict its ``tingkat_kesiapan``; () when none do.

    An unknown or missing level claims nothing and has no conflicts.
    """
    stated = row.get("tingkat_kesiapan")
    if not is_known(stated) or str(stated) not in TINGKAT_KESIAPAN:
        return ()
    level = TINGKAT_KESIAPAN.index(str(stated))
    return tuple(
        Conflict(req.column, row.get(req.column), req.from_level)
        for req in REQUIREMENTS
        if level >= TINGKAT_KESIAPAN.index(req.from_level) and not req.met(row.get(req.column))
    )


def supported_level(row: pd.Series) -> str | None:
    """The furthest level up to the stated one that the row's facts support.

    ``ipro_siap_ditawarkan`` without a study document or publication is supported
    only up to ``pre_fs``; a row without conflicts keeps its stated level.
    """
    stated = row.get("tingkat_kesiapan")
    if not is_known(stated) or str(stated) not in TINGKAT_KESIAPAN:
        return None
    conflicts = readiness_conflicts(row)
    if not conflicts:
        return str(stated)
    first_unmet = min(TINGKAT_KESIAPAN.index(c.from_level) for c in conflicts)
    return TINGKAT_KESIAPAN[first_unmet - 1] if first_unmet > 0 else None
