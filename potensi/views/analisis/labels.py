"""Codes of the analysis results put into words, in the language asked for.

:mod:`potensi.analysis` returns codes only (reason keys with their details, class
codes, quadrants, orders) so that it stays pure maths; every presenter of the
Analisis page labels its frames here, from the one catalogue of :mod:`potensi.i18n`,
so the page draws them as they are and never chooses a column by language.
"""

from __future__ import annotations

import pandas as pd

from potensi.analysis import note_items
from potensi.i18n import CATALOGUE, Lang, t

#: catalogue prefixes of the class codes shared by the sector and commodity methods
LQ_KELAS = "lq_kelas_"
LQ_KLASIFIKASI = "lq_klasifikasi_"


def label(code: object, prefix: str, lang: Lang) -> str | None:
    """The catalogue text ``<prefix><code>`` in ``lang``; a code without one as given, a missing code None.

    A caller may pass its own class table to a method (another numbering or naming);
    its codes have no catalogue entry and are shown as they are.
    """
    if code is None or (not isinstance(code, str) and pd.isna(code)):
        return None
    key = f"{prefix}{code}"
    return t(key, lang) if key in CATALOGUE else str(code)


def notes_text(codes: str, details: str, lang: Lang) -> str:
    """The reasons of one row in ``lang``, each with its details: ``"data tidak tersedia (2023); …"``."""
    return "; ".join(
        t(f"catatan_{key}", lang) + (f" ({detail})" if detail else "")
        for key, detail in note_items(codes, details)
    )


def labelled(frame: pd.DataFrame, lang: Lang, codes: dict[str, str] | None = None) -> pd.DataFrame:
    """``frame`` with its codes named in ``lang``.

    Each ``column → prefix`` of ``codes`` gets a ``nama_<column>`` column right after it;
    the note columns (``kode_catatan``, ``rincian_catatan``) become ``catatan`` (the
    reasons in words) and ``kode_catatan`` (kept for logic).
    """
    out = frame.copy()
    for column, prefix in (codes or {}).items():
        if column in out.columns:
            out.insert(
                out.columns.get_loc(column) + 1,
                f"nama_{column}",
                [label(c, prefix, lang) for c in out[column]],
            )
    if "kode_catatan" in out.columns and "rincian_catatan" in out.columns:
        text = [notes_text(c, d, lang) for c, d in zip(out.kode_catatan, out.rincian_catatan, strict=True)]
        out.insert(out.columns.get_loc("kode_catatan"), "catatan", text)
        out = out.drop(columns="rincian_catatan")
    return out


def names(codes: list[str] | tuple[str, ...] | pd.Series, prefix: str, lang: Lang) -> dict[str, str]:
    """Code → name in ``lang``, in the order of ``codes`` (for legends and chart orders)."""
    return {str(c): label(c, prefix, lang) or str(c) for c in codes}
