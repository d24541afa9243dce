"""What two or more Analisis methods share: picking rows out of the ``indikator`` layer,
refusing mixed units, the example flag, kecamatan names, the workbook's info sheet and
the LQ colours.

Kept apart so no method module imports another (sektor and komoditas both read prefixed
indikator rows; hierarki and klassen_wilayah both put kecamatan names on their tables).
Never imports streamlit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from potensi.analysis import AnalysisError
from potensi.core.auth import Session
from potensi.data import audit
from potensi.data.importer import ImportReport
from potensi.i18n import Lang, t

#: ColorBrewer BrBG, 5 classes: brown below 1 (non-basis), teal from 1 up (basis); colour-blind safe.
#: The sector LQ bars and the commodity LQ map use the same colours.
LQ_COLOURS = ("#a6611a", "#dfc27d", "#80cdc1", "#35978f", "#01665e")


def rows_with_prefix(indikator: pd.DataFrame, prefix: str) -> pd.DataFrame:
    """Rows of the indikator layer whose key starts with ``prefix`` (none when the layer is empty)."""
    if indikator.empty or "indikator" not in indikator.columns:
        return indikator.iloc[0:0]
    return indikator[indikator.indikator.astype(str).str.startswith(prefix)]


def refuse_mixed_units(rows: pd.DataFrame, what: str) -> str:
    """The one unit of ``rows``; several units is an error (shares across units mean nothing)."""
    units = sorted({str(u) for u in rows.satuan.dropna()})
    if len(units) > 1:
        raise AnalysisError(
            f"{what}: satuan berbeda ({', '.join(units)}). LQ, shift-share dan Klassen membandingkan porsi, "
            "yang hanya bermakna bila semua angka dalam satu satuan (mis. semuanya Rp miliar ADHK 2010). "
            "Samakan satuan di lapisan indikator lalu ulangi."
        )
    return units[0] if units else ""


def is_example(rows: pd.DataFrame) -> bool:
    """Whether any of ``rows`` is example data (the page must say so)."""
    return bool("contoh" in rows.columns and rows.contoh.fillna(False).astype(bool).any())


@dataclass(frozen=True)
class InputUsed:
    """One input table a method used: what it is (in the language of the results) and the
    indikator rows it actually read, so the page can say which inputs are real."""

    what: str
    rows: pd.DataFrame


def level_name(code: str, lang: Lang) -> str:
    """ "provinsi", "kabupaten", "kecamatan" or "desa" by the shape of a Kemendagri code."""
    level = {2: "provinsi", 5: "kabupaten", 8: "kecamatan"}.get(len(str(code)), "desa")
    return t(f"an_input_level_{level}", lang)


def _years(rows: pd.DataFrame) -> str:
    years = sorted({int(y) for y in rows.tahun.dropna()}) if "tahun" in rows.columns else []
    if not years:
        return ""
    return str(years[0]) if len(years) == 1 else f"{years[0]}–{years[-1]}"


def input_lines(used: Sequence[InputUsed], lang: Lang) -> list[str]:
    """One line per input table, from the ``contoh`` flags of the rows the method read:
    "PDRB kabupaten ADHK 2019–2023: data nyata (sumber …)", "…: data contoh", or how many
    figures of each when a table mixes both (the example years named).

    Shared by the Sektor, Komoditas, Skalogram and Klassen methods. A real figure always
    wins over an example one of the same key, area and year: the store keeps one row per
    (kode_wilayah, indikator, tahun), and importing a real figure replaces the example row.
    """
    lines = []
    for item in used:
        rows = item.rows
        if rows.empty:
            continue
        example = (
            rows.contoh.fillna(False).astype(bool)
            if "contoh" in rows.columns
            else pd.Series(False, rows.index)
        )
        real = rows[~example]
        sources = (
            "; ".join(sorted({str(s) for s in real.sumber.dropna() if str(s).strip()}))
            if "sumber" in rows
            else ""
        )
        fields = {"what": item.what, "years": _years(rows)}
        if not example.any():
            lines.append(t("an_input_real", lang, sources=sources or "-", **fields))
        elif example.all():
            lines.append(t("an_input_example", lang, **fields))
        else:
            lines.append(
                t(
                    "an_input_mixed",
                    lang,
                    real=int((~example).sum()),
                    example=int(example.sum()),
                    example_years=_years(rows[example]),
                    sources=sources or "-",
                    **fields,
                )
            )
    return lines


def info_sheet(rows: list[tuple[str, object]]) -> pd.DataFrame:
    """The first sheet of a workbook: what the figures are (``keterangan``, ``nilai``)."""
    return pd.DataFrame(rows, columns=["keterangan", "nilai"])


def indicator_years(indikator: pd.DataFrame, keys: Sequence[str], codes: Sequence[str]) -> list[int]:
    """Years in which some kecamatan has one of ``keys``, ascending."""
    if indikator.empty:
        return []
    rows = indikator[indikator.kode_wilayah.isin(codes) & indikator.indikator.isin(keys)]
    return sorted(int(y) for y in pd.unique(rows.tahun))


def kecamatan_names(kecamatan: pd.DataFrame) -> dict[str, str]:
    """Kecamatan code → name."""
    return dict(zip(kecamatan.kode.astype(str), kecamatan.nama.astype(str), strict=True))


def with_names(frame: pd.DataFrame, names: dict[str, str]) -> pd.DataFrame:
    """``frame`` with a ``nama`` column right after ``kode``."""
    out = frame.copy()
    out.insert(out.columns.get_loc("kode") + 1, "nama", out.kode.map(names))
    return out


def record_saved(
    report: ImportReport, session: Session, what: str, client: str | None, store: Path | None
) -> ImportReport:
    """Log a saved analysis result (``simpan_analisis``) by the signed-in account, after the
    import committed: which result, as which import (undoable by its id), how many rows."""
    rec = report.record
    detail = (
        f"{what} disimpan sebagai impor {rec.impor_id} ({rec.lapisan}, {rec.berkas}): "
        f"{rec.baris_baru} baris baru, {rec.baris_diganti} baris diganti"
    )
    audit.record_done("simpan_analisis", session.user, detail, client=client, store=store)
    return report
