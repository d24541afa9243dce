"""What the Analisis page needs for the regional Klassen typology of the kecamatan against
the kabupaten: income per capita (``pdrb_per_kapita`` per kecamatan over several years)
and its growth.

The quadrants come from :func:`potensi.analysis.klassen_from_values`; this module picks
the rows, chooses the benchmark (the kabupaten's own rows, else the mean of the
kecamatan), puts kecamatan names on the table, says whether any input was example
data and writes the workbook. Never imports streamlit.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from potensi.analysis import KLASSEN_REGIONAL_LABELS, AnalysisError, klassen_from_values
from potensi.core.safe_cells import xlsx_bytes
from potensi.data.indikator_keys import INCOME_KEY
from potensi.i18n import Lang, t
from potensi.views.analisis.labels import label, labelled
from potensi.views.analisis.shared import InputUsed, kecamatan_names, with_names

#: quadrant → number used to colour the map (categorical classes 1…4)
QUADRANT_CODES = {"I": 1, "II": 2, "III": 3, "IV": 4}
#: catalogue prefix of the regional Klassen class codes
KLASSEN_REGIONAL = "klassen_regional_"


def quadrant_names(lang: Lang) -> dict[str, str]:
    """``"I"`` → ``"I: cepat maju dan cepat tumbuh"`` in ``lang``, quadrants in order."""
    return {
        row.kuadran: t(
            "an_kw_quadrant_label",
            lang,
            kuadran=row.kuadran,
            klasifikasi=label(row.klasifikasi, KLASSEN_REGIONAL, lang),
        )
        for row in KLASSEN_REGIONAL_LABELS.itertuples()
    }


@dataclass(frozen=True, eq=False)
class KlassenWilayahResult:
    """Regional Klassen typology of the kecamatan over ``start``…``end``.

    ``table``: ``kode``, ``nama``, ``pdrb_per_kapita`` (mean over the period),
    ``pdrb_per_kapita_acuan``, ``laju``, ``laju_acuan`` (compound annual growth of
    income per capita, fractions), ``kuadran``, ``klasifikasi`` (code), ``nama_klasifikasi``,
    ``catatan`` (in the language asked for) and ``kode_catatan``.
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
    used: tuple[InputUsed, ...] = ()  # the kecamatan's and the kabupaten's income rows


def _cagr(first: float, last: float, years: int) -> float:
    """Compound annual growth; NaN when it is undefined (no span, start ≤ 0, missing)."""
    if years <= 0 or pd.isna(first) or pd.isna(last) or first <= 0:
        return float("nan")
    return float((last / first) ** (1 / years) - 1)


def analyse_klassen(
    indikator: pd.DataFrame,
    kecamatan: pd.DataFrame,
    kabupaten_code: str,
    start: int,
    end: int,
    lang: Lang = "id",
) -> KlassenWilayahResult:
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

    kab = (
        rows[rows.kode_wilayah == kabupaten_code]
        .set_index(rows.tahun.astype(int)[rows.kode_wilayah == kabupaten_code])
        .nilai.reindex(years)
        .astype(float)
    )
    if kab.notna().all():
        reference, ref_series = "kabupaten", kab
    else:
        reference, ref_series = "rata_rata_kecamatan", wide.mean(axis=0, skipna=True)
    income_ref = float(ref_series.mean())
    growth_ref = _cagr(float(ref_series[start]), float(ref_series[end]), end - start)

    table = klassen_from_values(
        pd.DataFrame({"kode": codes, "pdrb_per_kapita": income.to_numpy(), "laju": growth.to_numpy()}),
        income_ref=income_ref,
        growth_ref=growth_ref,
    )
    table.insert(1, "tahun_awal", start)
    table.insert(2, "tahun_akhir", end)
    table = with_names(labelled(table, lang, {"klasifikasi": KLASSEN_REGIONAL}), kecamatan_names(kecamatan))
    inputs = wide.reset_index().rename(columns={"index": "kode"})
    inputs.columns = [str(c) for c in inputs.columns]
    inputs = with_names(inputs.rename(columns={"kode_wilayah": "kode"}), kecamatan_names(kecamatan))
    reference_row = pd.DataFrame(
        [{"kode": kabupaten_code, "nama": f"acuan ({reference})", **{str(y): ref_series[y] for y in years}}]
    )
    inputs = pd.concat([inputs, reference_row], ignore_index=True)
    units = pd.unique(rows.satuan) if "satuan" in rows else []
    used = rows[rows.kode_wilayah.isin(codes) | (rows.kode_wilayah == kabupaten_code)]
    return KlassenWilayahResult(
        start=start,
        end=end,
        table=table,
        income_ref=income_ref,
        growth_ref=growth_ref,
        reference=reference,
        unit=str(units[0]) if len(units) else "",
        inputs=inputs,
        example=bool(used.contoh.any()),
        used=(
            InputUsed(t("an_input_pendapatan", lang), own),
            InputUsed(t("an_input_pendapatan_kabupaten", lang), rows[rows.kode_wilayah == kabupaten_code]),
        ),
    )


def klassen_xlsx(result: KlassenWilayahResult) -> bytes:
    """The typology, its benchmark and the per-capita inputs as one workbook."""
    summary = pd.DataFrame(
        {
            "ukuran": [
                "tahun awal",
                "tahun akhir",
                "PDRB per kapita acuan (rata-rata periode)",
                "laju acuan (per tahun)",
                "acuan",
                "satuan",
                "data contoh",
            ],
            "nilai": [
                result.start,
                result.end,
                result.income_ref,
                result.growth_ref,
                result.reference,
                result.unit,
                "ya" if result.example else "tidak",
            ],
        }
    )
    return xlsx_bytes({"klassen": result.table, "acuan": summary, "masukan": result.inputs})
