"""What the Analisis page needs for the kecamatan-level methods: the service-centre
hierarchy (Guttman scalogram and Marshall centrality) from facility counts, and the
regional Klassen typology of the kecamatan against the kabupaten.

Both read the ``indikator`` layer: facilities are indikator keys starting with
``fasilitas_`` (units per kecamatan, one year — the Podes shape), income is
``pdrb_per_kapita`` per kecamatan over several years. The methods themselves live
in :mod:`potensi.analysis` and are not changed here; this module picks the rows,
puts kecamatan names on the results, says whether any input was example data, and
writes the workbook. Never imports streamlit.
"""

from __future__ import annotations

import io
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
    klassen_from_values,
    marshall_centrality,
)
from potensi.data.importer import ImportReport, import_file
from potensi.data.indicators import INDIKATOR_PREFIX, indicator_label
from potensi.i18n import Lang

FACILITY_PREFIX = "fasilitas_"
INCOME_KEY = "pdrb_per_kapita"
#: the Marshall index fed back into the indikator layer under this key
CENTRALITY_KEY = "indeks_sentralitas"
#: quadrant → number used to colour the map (categorical classes 1…4)
QUADRANT_CODES = {"I": 1, "II": 2, "III": 3, "IV": 4}

OrderCount = int | Literal["sturges"]


def facility_label(key: str, lang: Lang) -> str:
    """Display name of a facility indikator key (``fasilitas_sd`` → "SD")."""
    return indicator_label(INDIKATOR_PREFIX + key, lang)


def facility_keys(indikator: pd.DataFrame, codes: Sequence[str]) -> list[str]:
    """Facility indikator keys that some kecamatan has, in the order of the file."""
    if indikator.empty:
        return []
    rows = indikator[indikator.kode_wilayah.isin(codes) & indikator.indikator.str.startswith(FACILITY_PREFIX)]
    return list(pd.unique(rows.indikator))


def indicator_years(indikator: pd.DataFrame, keys: Sequence[str], codes: Sequence[str]) -> list[int]:
    """Years in which some kecamatan has one of ``keys``, ascending."""
    if indikator.empty:
        return []
    rows = indikator[indikator.kode_wilayah.isin(codes) & indikator.indikator.isin(keys)]
    return sorted(int(y) for y in pd.unique(rows.tahun))


def _names(kecamatan: pd.DataFrame) -> dict[str, str]:
    return dict(zip(kecamatan.kode.astype(str), kecamatan.nama.astype(str), strict=True))


def _with_names(frame: pd.DataFrame, names: dict[str, str]) -> pd.DataFrame:
    """``frame`` with a ``nama`` column right after ``kode``."""
    out = frame.copy()
    out.insert(out.columns.get_loc("kode") + 1, "nama", out.kode.map(names))
    return out


@dataclass(frozen=True, eq=False)
class HierarchyResult:
    """Scalogram and Marshall results of one year over the kecamatan, with names.

    ``counts`` is the input: one row per kecamatan (all of them; a missing count
    stays NaN), one column per facility key. ``skalogram`` and ``marshall`` are the
    per-kecamatan tables with ``nama``; ``bobot`` the Marshall weights with labels.
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

    def error_cells(self) -> pd.DataFrame:
        """1 where the sorted presence matrix has a Guttman error (a 0 left of the row's last 1)."""
        matrix = self.scalogram.matriks.to_numpy()
        errors = np.zeros_like(matrix)
        for i, row in enumerate(matrix):
            ones = np.flatnonzero(row)
            if ones.size:
                errors[i, :ones[-1]] = row[:ones[-1]] == 0
        return pd.DataFrame(errors, index=self.scalogram.matriks.index, columns=self.scalogram.matriks.columns)


def analyse_hierarchy(indikator: pd.DataFrame, kecamatan: pd.DataFrame, year: int,
                      facilities: Sequence[str], n_orders: OrderCount = 3,
                      marshall_orders: OrderCount = "sturges") -> HierarchyResult:
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
    rows = indikator[indikator.kode_wilayah.isin(codes) & indikator.indikator.isin(facilities)
                     & (indikator.tahun.astype(int) == int(year))]
    if rows.empty:
        raise AnalysisError(f"Tidak ada data fasilitas kecamatan untuk tahun {year}.")
    wide = rows.pivot_table(index="kode_wilayah", columns="indikator", values="nilai", aggfunc="first")
    wide = wide.reindex(index=codes, columns=facilities).astype(float)
    wide.index.name = "kode"
    wide.columns.name = None
    scalogram = guttman_scalogram(wide, n_orders=n_orders)
    marshall = marshall_centrality(wide, n_orders=marshall_orders)
    names = _names(kecamatan)
    bobot = marshall.bobot.copy()
    bobot.insert(1, "label", bobot.fasilitas.map(lambda k: facility_label(k, "id")))
    counts = _with_names(wide.reset_index(), names)
    return HierarchyResult(
        year=int(year), facilities=tuple(facilities), counts=counts, scalogram=scalogram, marshall=marshall,
        skalogram=_with_names(scalogram.wilayah, names),
        marshall_table=_with_names(marshall.wilayah, names).sort_values(
            ["peringkat", "kode"], na_position="last").reset_index(drop=True),
        bobot=bobot, example=bool(rows.contoh.any()))


def hierarchy_xlsx(result: HierarchyResult, lang: Lang) -> bytes:
    """Scalogram, its sorted matrix, facility frequencies, Marshall index and weights, and inputs."""
    label = {k: facility_label(k, lang) for k in result.facilities}
    summary = pd.DataFrame({
        "ukuran": ["tahun", "jumlah wilayah (N)", "jumlah jenis fasilitas (K)", "kesalahan (e)", "COR",
                   "batas COR", "skala layak", "koefisien skalabilitas", "data contoh"],
        "nilai": [result.year, result.scalogram.n_wilayah, result.scalogram.n_fasilitas,
                  result.scalogram.kesalahan, result.scalogram.cor, result.scalogram.batas_cor,
                  "ya" if result.scalogram.layak else "tidak", result.scalogram.koefisien_skalabilitas,
                  "ya" if result.example else "tidak"]})
    names = dict(zip(result.counts.kode, result.counts.nama, strict=True))
    matrix = result.scalogram.matriks.rename(columns=label)
    matrix.insert(0, "nama", [names.get(k) for k in matrix.index])
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        summary.to_excel(writer, sheet_name="ringkasan", index=False)
        result.skalogram.to_excel(writer, sheet_name="skalogram", index=False)
        matrix.to_excel(writer, sheet_name="matriks_skalogram")
        result.scalogram.fasilitas.assign(label=result.scalogram.fasilitas.fasilitas.map(label)) \
            .to_excel(writer, sheet_name="frekuensi_fasilitas", index=False)
        result.marshall_table.to_excel(writer, sheet_name="marshall", index=False)
        result.bobot.to_excel(writer, sheet_name="bobot_marshall", index=False)
        result.counts.rename(columns=label).to_excel(writer, sheet_name="masukan", index=False)
    return buffer.getvalue()


def save_centrality_as_indikator(result: HierarchyResult, store: Path | None = None) -> ImportReport:
    """Store the Marshall index as indikator ``indeks_sentralitas`` (normal, undoable import).

    The year is the facility year, so the main map shows the index of the data it
    came from; example inputs make an example index.
    """
    described = ", ".join(facility_label(k, "id") for k in result.facilities)
    rows = result.marshall.wilayah.dropna(subset=["indeks_sentralitas"])
    frame = pd.DataFrame({
        "kode_wilayah": rows.kode, "indikator": CENTRALITY_KEY, "tahun": result.year,
        "nilai": rows.indeks_sentralitas.astype(float).round(4), "satuan": "indeks",
        "sumber": f"Peta Potensi: indeks sentralitas Marshall (fasilitas: {described})",
        "catatan": "hasil analisis, bukan data statistik resmi",
        "contoh": "ya" if result.example else "tidak",
    })
    # Indonesian decimal comma: "39.555" would be read as thirty-nine thousand
    text = frame.to_csv(index=False, sep=";", decimal=",")
    return import_file("indikator", text.encode("utf-8"), filename=f"{CENTRALITY_KEY}_{result.year}.csv",
                       store=store, prefix="ANALISIS")


@dataclass(frozen=True, eq=False)
class KlassenWilayahResult:
    """Regional Klassen typology of the kecamatan over ``start``…``end``.

    ``table``: ``kode``, ``nama``, ``pdrb_per_kapita`` (mean over the period),
    ``pdrb_per_kapita_acuan``, ``laju``, ``laju_acuan`` (compound annual growth of
    income per capita, fractions), ``kuadran``, ``klasifikasi`` … and the notes.
    ``reference`` says where the benchmark came from: ``"kabupaten"`` (its own
    rows) or ``"rata_rata_kecamatan"`` (unweighted mean, when the kabupaten has none).
    """

    start: int
    end: int
    table: pd.DataFrame
    income_ref: float
    growth_ref: float
    reference: str
    unit: str
    inputs: pd.DataFrame
    example: bool


def _cagr(first: float, last: float, years: int) -> float:
    """Compound annual growth; NaN when it is undefined (no span, start ≤ 0, missing)."""
    if years <= 0 or pd.isna(first) or pd.isna(last) or first <= 0:
        return float("nan")
    return float((last / first) ** (1 / years) - 1)


def analyse_klassen(indikator: pd.DataFrame, kecamatan: pd.DataFrame, kabupaten_code: str,
                    start: int, end: int) -> KlassenWilayahResult:
    """Klassen quadrants of the kecamatan: income per capita × its growth vs the kabupaten.

    Income is the mean of ``pdrb_per_kapita`` over the years start…end (DOMAIN.md
    advises averages over several years) and growth its compound annual rate from
    start to end. Growth is of income *per capita*, not of total PDRB as in
    :func:`potensi.analysis.klassen_regional`, because the store holds per-capita
    figures and no yearly population per kecamatan; the page says so. A kecamatan
    missing a year of the period gets no mean and no quadrant ("data tidak
    tersedia"), never a mean of the years it has.
    """
    if end <= start:
        raise AnalysisError("Periode Klassen: tahun akhir harus sesudah tahun awal (laju perlu dua tahun).")
    codes = [str(c) for c in kecamatan.kode]
    rows = indikator[(indikator.indikator == INCOME_KEY) & indikator.tahun.astype(int).between(start, end)]
    own = rows[rows.kode_wilayah.isin(codes)]
    if own.empty:
        raise AnalysisError(f"Tidak ada data {INCOME_KEY} kecamatan untuk {start}–{end}.")
    years = list(range(start, end + 1))
    wide = own.pivot_table(index="kode_wilayah", columns="tahun", values="nilai", aggfunc="first")
    wide.columns = [int(c) for c in wide.columns]
    wide = wide.reindex(index=codes, columns=years).astype(float)
    income = wide.mean(axis=1, skipna=False)
    growth = pd.Series([_cagr(wide.at[k, start], wide.at[k, end], end - start) for k in codes], index=codes)

    kab = rows[rows.kode_wilayah == kabupaten_code].set_index(rows.tahun.astype(int)[
        rows.kode_wilayah == kabupaten_code]).nilai.reindex(years).astype(float)
    if kab.notna().all():
        reference, ref_series = "kabupaten", kab
    else:
        reference, ref_series = "rata_rata_kecamatan", wide.mean(axis=0, skipna=True)
    income_ref = float(ref_series.mean())
    growth_ref = _cagr(float(ref_series[start]), float(ref_series[end]), end - start)

    table = klassen_from_values(pd.DataFrame({"kode": codes, "pdrb_per_kapita": income.to_numpy(),
                                              "laju": growth.to_numpy()}),
                                income_ref=income_ref, growth_ref=growth_ref)
    table.insert(1, "tahun_awal", start)
    table.insert(2, "tahun_akhir", end)
    table = _with_names(table, _names(kecamatan))
    inputs = wide.reset_index().rename(columns={"index": "kode"})
    inputs.columns = [str(c) for c in inputs.columns]
    inputs = _with_names(inputs.rename(columns={"kode_wilayah": "kode"}), _names(kecamatan))
    reference_row = pd.DataFrame([{"kode": kabupaten_code, "nama": f"acuan ({reference})",
                                   **{str(y): ref_series[y] for y in years}}])
    inputs = pd.concat([inputs, reference_row], ignore_index=True)
    units = pd.unique(rows.satuan) if "satuan" in rows else []
    used = rows[rows.kode_wilayah.isin(codes) | (rows.kode_wilayah == kabupaten_code)]
    return KlassenWilayahResult(start=start, end=end, table=table, income_ref=income_ref, growth_ref=growth_ref,
                                reference=reference, unit=str(units[0]) if len(units) else "",
                                inputs=inputs, example=bool(used.contoh.any()))


def klassen_xlsx(result: KlassenWilayahResult) -> bytes:
    """The typology, its benchmark and the per-capita inputs as one workbook."""
    summary = pd.DataFrame({
        "ukuran": ["tahun awal", "tahun akhir", "PDRB per kapita acuan (rata-rata periode)",
                   "laju acuan (per tahun)", "acuan", "satuan", "data contoh"],
        "nilai": [result.start, result.end, result.income_ref, result.growth_ref, result.reference,
                  result.unit, "ya" if result.example else "tidak"]})
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        result.table.to_excel(writer, sheet_name="klassen", index=False)
        summary.to_excel(writer, sheet_name="acuan", index=False)
        result.inputs.to_excel(writer, sheet_name="masukan", index=False)
    return buffer.getvalue()
