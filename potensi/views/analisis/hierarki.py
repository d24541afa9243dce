"""What the Analisis page needs for the service-centre hierarchy of the kecamatan:
Guttman scalogram and Marshall centrality from facility counts.

Facilities are indikator keys starting with ``fasilitas_`` (units per kecamatan, one
year — the Podes shape). The methods themselves live in :mod:`potensi.analysis` and
are not changed here; this module picks the rows, puts kecamatan names on the
results, says whether any input was example data, writes the workbook and saves the
Marshall index back as an indikator. Never imports streamlit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import numpy as np
import pandas as pd

from potensi.analysis import (
    AnalysisError,
    MarshallResult,
    ScalogramResult,
    guttman_scalogram,
    marshall_centrality,
)
from potensi.core.auth import Session, require_role
from potensi.core.safe_cells import xlsx_bytes
from potensi.data.importer import ImportReport, import_file
from potensi.data.indicators import INDIKATOR_PREFIX, indicator_label
from potensi.data.indikator_keys import FACILITY_PREFIX
from potensi.i18n import Lang, t
from potensi.views.analisis.labels import labelled
from potensi.views.analisis.shared import InputUsed, kecamatan_names, record_saved, with_names

#: the Marshall index fed back into the indikator layer under this key
CENTRALITY_KEY = "indeks_sentralitas"

OrderCount = int | Literal["sturges"]
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def facility_label(key: str, lang: Lang) -> str:
    """Display name of a facility indikator key (``fasilitas_sd`` → "SD")."""
    return indicator_label(INDIKATOR_PREFIX + key, lang)


def order_name(order: object, lang: Lang) -> str | None:
    """Orde 1 → ``"Orde I"`` (``"Order I"`` in English); None when there is no order."""
    if order is None or pd.isna(order):
        return None
    number = int(order)
    return t("an_hir_order_label", lang, roman=_ROMAN[number - 1] if number <= len(_ROMAN) else number)


def _labelled(frame: pd.DataFrame, lang: Lang) -> pd.DataFrame:
    """Per-kecamatan table with ``nama_orde`` after ``orde`` and the reasons as ``catatan``."""
    out = labelled(frame, lang)
    out.insert(out.columns.get_loc("orde") + 1, "nama_orde", [order_name(o, lang) for o in out.orde])
    return out


def facility_keys(indikator: pd.DataFrame, codes: Sequence[str]) -> list[str]:
    """Facility indikator keys that some kecamatan has, in the order of the file."""
    if indikator.empty:
        return []
    rows = indikator[indikator.kode_wilayah.isin(codes) & indikator.indikator.str.startswith(FACILITY_PREFIX)]
    return list(pd.unique(rows.indikator))


@dataclass(frozen=True, eq=False)
class HierarchyResult:
    """Scalogram and Marshall results of one year over the kecamatan, with names.

    ``counts`` is the input: one row per kecamatan (all of them; a missing count
    stays NaN), one column per facility key. ``skalogram`` and ``marshall_table`` are the
    per-kecamatan tables with ``nama``, ``nama_orde`` and ``catatan``; ``bobot`` the Marshall
    weights with facility labels; all in the language asked for.
    """

    year: int
    facilities: tuple[str, ...]
    counts: pd.DataFrame
    scalogram: ScalogramResult
    marshall: MarshallResult
    skalogram: pd.DataFrame
    marshall_table: pd.DataFrame
    bobot: pd.DataFrame
    example: bool
    used: tuple[InputUsed, ...] = ()  # the facility rows of the year

    def error_cells(self) -> pd.DataFrame:
        """1 where the sorted presence matrix has a Guttman error (a 0 left of the row's last 1)."""
        matrix = self.scalogram.matriks.to_numpy()
        errors = np.zeros_like(matrix)
        for i, row in enumerate(matrix):
            ones = np.flatnonzero(row)
            if ones.size:
                errors[i, : ones[-1]] = row[: ones[-1]] == 0
        return pd.DataFrame(
            errors, index=self.scalogram.matriks.index, columns=self.scalogram.matriks.columns
        )


def analyse_hierarchy(
    indikator: pd.DataFrame,
    kecamatan: pd.DataFrame,
    year: int,
    facilities: Sequence[str],
    n_orders: OrderCount = 3,
    marshall_orders: OrderCount = "sturges",
    lang: Lang = "id",
) -> HierarchyResult:
    """Scalogram (orde from the number of facility types) and Marshall (orde from IS).

    Both use equal-interval orders (the usual choice in Indonesian planning
    documents); ``n_orders`` applies to the scalogram and ``marshall_orders`` to
    Marshall (Sturges' rule by default, as DOMAIN.md §2.6 suggests). Kecamatan
    without a row for a facility are kept with NaN, so the methods say "data tidak
    tersedia" instead of counting them as having none.
    """
    facilities = list(facilities)
    if len(facilities) < 2:
        raise AnalysisError("Pilih paling sedikit dua jenis fasilitas.")
    codes = [str(c) for c in kecamatan.kode]
    rows = indikator[
        indikator.kode_wilayah.isin(codes)
        & indikator.indikator.isin(facilities)
        & (indikator.tahun.astype(int) == int(year))
    ]
    if rows.empty:
        raise AnalysisError(f"Tidak ada data fasilitas kecamatan untuk tahun {year}.")
    wide = rows.pivot_table(index="kode_wilayah", columns="indikator", values="nilai", aggfunc="first")
    wide = wide.reindex(index=codes, columns=facilities).astype(float)
    wide.index.name = "kode"
    wide.columns.name = None
    scalogram = guttman_scalogram(wide, n_orders=n_orders)
    marshall = marshall_centrality(wide, n_orders=marshall_orders)
    names = kecamatan_names(kecamatan)
    bobot = labelled(marshall.bobot, lang)
    bobot.insert(1, "label", bobot.fasilitas.map(lambda k: facility_label(k, lang)))
    counts = with_names(wide.reset_index(), names)
    return HierarchyResult(
        year=int(year),
        facilities=tuple(facilities),
        counts=counts,
        scalogram=scalogram,
        marshall=marshall,
        skalogram=_labelled(with_names(scalogram.wilayah, names), lang),
        marshall_table=_labelled(with_names(marshall.wilayah, names), lang)
        .sort_values(["peringkat", "kode"], na_position="last")
        .reset_index(drop=True),
        bobot=bobot,
        example=bool(rows.contoh.any()),
        used=(InputUsed(t("an_input_fasilitas", lang), rows),),
    )


def hierarchy_xlsx(result: HierarchyResult, lang: Lang) -> bytes:
    """Scalogram, its sorted matrix, facility frequencies, Marshall index and weights, and inputs."""
    label = {k: facility_label(k, lang) for k in result.facilities}
    summary = pd.DataFrame(
        {
            "ukuran": [
                "tahun",
                "jumlah wilayah (N)",
                "jumlah jenis fasilitas (K)",
                "kesalahan (e)",
                "COR",
                "batas COR",
                "skala layak",
                "koefisien skalabilitas",
                "data contoh",
            ],
            "nilai": [
                result.year,
                result.scalogram.n_wilayah,
                result.scalogram.n_fasilitas,
                result.scalogram.kesalahan,
                result.scalogram.cor,
                result.scalogram.batas_cor,
                "ya" if result.scalogram.layak else "tidak",
                result.scalogram.koefisien_skalabilitas,
                "ya" if result.example else "tidak",
            ],
        }
    )
    names = dict(zip(result.counts.kode, result.counts.nama, strict=True))
    matrix = result.scalogram.matriks.rename(columns=label)
    matrix.insert(0, "nama", [names.get(k) for k in matrix.index])
    return xlsx_bytes(
        {
            "ringkasan": summary,
            "skalogram": result.skalogram,
            "matriks_skalogram": matrix.reset_index(),
            "frekuensi_fasilitas": labelled(result.scalogram.fasilitas, lang).assign(
                label=result.scalogram.fasilitas.fasilitas.map(label)
            ),
            "marshall": result.marshall_table,
            "bobot_marshall": result.bobot,
            "masukan": result.counts.rename(columns=label),
        }
    )


def save_centrality_as_indikator(
    result: HierarchyResult, store: Path | None = None, *, session: Session | None, client: str | None = None
) -> ImportReport:
    """Store the Marshall index as indikator ``indeks_sentralitas`` (normal, undoable import).

    The year is the facility year, so the main map shows the index of the data it
    came from; example inputs make an example index. Only for a signed-in editor or
    admin (``require_role``).
    """
    session = require_role(session, "editor")
    described = ", ".join(facility_label(k, "id") for k in result.facilities)
    rows = result.marshall.wilayah.dropna(subset=["indeks_sentralitas"])
    frame = pd.DataFrame(
        {
            "kode_wilayah": rows.kode,
            "indikator": CENTRALITY_KEY,
            "tahun": result.year,
            "nilai": rows.indeks_sentralitas.astype(float).round(4),
            "satuan": "indeks",
            "sumber": f"Peta Potensi: indeks sentralitas Marshall (fasilitas: {described})",
            "catatan": "hasil analisis, bukan data statistik resmi",
            "contoh": "ya" if result.example else "tidak",
        }
    )
    # Indonesian decimal comma: "39.555" would be read as thirty-nine thousand
    text = frame.to_csv(index=False, sep=";", decimal=",")
    report = import_file(
        "indikator",
        text.encode("utf-8"),
        filename=f"{CENTRALITY_KEY}_{result.year}.csv",
        store=store,
        prefix="ANALISIS",
        replace=True,
        actor=session.user,  # the import history says who saved it, as for an import
    )
    return record_saved(report, session, f"indeks sentralitas Marshall tahun {result.year}", client, store)
