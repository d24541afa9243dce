"""Commodity analysis: LQ (and, with two years, DLQ and SLQ×DLQ) of every kecamatan
against the kabupaten, from ``nilai_produksi_<komoditas>`` rows of the ``indikator`` layer.

Picks the rows, takes the published kabupaten figures when they are complete (else the
sum of the kecamatan), writes the workbook, saves one commodity's LQ back as an
indikator for the main map, and classes LQ for the map around 1. Never imports streamlit.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from potensi.analysis import AnalysisError, location_quotient, lq_classification
from potensi.core.auth import Session, require_role
from potensi.core.safe_cells import xlsx_bytes
from potensi.data.importer import ImportReport, import_file
from potensi.data.indikator_keys import COMMODITY_PREFIX, PRODUCTION_PREFIX
from potensi.i18n import Lang, t
from potensi.views.analisis.labels import LQ_KELAS, LQ_KLASIFIKASI, labelled
from potensi.views.analisis.shared import (
    LQ_COLOURS,
    InputUsed,
    info_sheet,
    is_example,
    record_saved,
    refuse_mixed_units,
    rows_with_prefix,
)

#: commodity LQ saved for the main map as ``lq_<komoditas>``
LQ_PREFIX = "lq_"


#: what the commodity LQ can be computed on: production value (``nilai_produksi_``, the
#: templates' and the example data's) or production volume (``produksi_``, tonnes, as the BPS
#: tables "Produksi … Menurut Kecamatan" give it); shares only mean something within one
BASES = {"nilai": COMMODITY_PREFIX, "volume": PRODUCTION_PREFIX}


def bases(indikator: pd.DataFrame) -> list[str]:
    """The bases with rows, real data first (the page's default is the first)."""
    found = [b for b, prefix in BASES.items() if not rows_with_prefix(indikator, prefix).empty]
    return sorted(found, key=lambda b: is_example(rows_with_prefix(indikator, BASES[b])))


def commodities(indikator: pd.DataFrame, prefix: str = COMMODITY_PREFIX) -> list[str]:
    """Commodity names with rows of ``prefix`` (``nilai_produksi_<komoditas>`` by default)."""
    rows = rows_with_prefix(indikator, prefix)
    return sorted(pd.unique(rows.indikator.str.removeprefix(prefix)))


def commodity_years(
    indikator: pd.DataFrame, kecamatan_codes: list[str] | pd.Series, prefix: str = COMMODITY_PREFIX
) -> list[int]:
    """Years with rows of ``prefix`` for at least one kecamatan."""
    rows = rows_with_prefix(indikator, prefix)
    rows = rows[rows.kode_wilayah.isin(list(kecamatan_codes))]
    return sorted({int(y) for y in rows.tahun.dropna()})


@dataclass(frozen=True)
class CommodityResults:
    """Commodity LQ of every kecamatan, the matrix, and (with two years) DLQ and classes."""

    year: int
    lq: pd.DataFrame  # kode, komoditas, nilai … lq, kelas, nama_kelas, catatan
    matrix: pd.DataFrame  # kecamatan code × commodity, LQ
    klasifikasi: pd.DataFrame | None  # kode, komoditas, slq, dlq, klasifikasi, nama_klasifikasi (start–year)
    start: int | None
    inputs: pd.DataFrame  # kode, komoditas, tahun, nilai
    reference: str  # how the kabupaten figure was taken (Indonesian, for files)
    published: bool  # True: recorded kabupaten figures; False: sum of the kecamatan
    unit: str
    example: bool
    sources: list[str]
    used: tuple[InputUsed, ...] = ()  # kecamatan rows read, and the kabupaten's when published

    def of(self, komoditas: str, kecamatan_codes: list[str] | pd.Series) -> pd.Series:
        """LQ of one commodity per kecamatan code (NaN where undefined), for the map."""
        rows = self.lq[self.lq.komoditas == komoditas].set_index("kode").lq
        codes = list(kecamatan_codes)
        return pd.Series(pd.Series(codes).map(rows).astype(float).to_numpy(), index=codes, name=komoditas)


def analyse_commodities(
    indikator: pd.DataFrame,
    kecamatan_codes: list[str] | pd.Series,
    kabupaten: str = "35.05",
    year: int | None = None,
    start: int | None = None,
    lang: Lang = "id",
    prefix: str = COMMODITY_PREFIX,
) -> CommodityResults:
    """LQ of each kecamatan's commodities against the kabupaten in ``year``; DLQ from ``start``.

    The kabupaten side is the published kabupaten figure when the indikator layer has
    one for every commodity and year used, else the sum of the kecamatan (the default
    of :func:`potensi.analysis.location_quotient`). DLQ and the SLQ×DLQ class are
    computed when a second, earlier year exists (``start``; default the year before
    the latest one available); with only two years they accept ``min_years=2`` and
    the page says the period is shorter than advised. Class codes and the reasons
    of undefined values are named in ``lang`` (``nama_kelas``, ``nama_klasifikasi``,
    ``catatan``). ``prefix`` chooses the basis (:data:`BASES`): values by default, or
    volumes read from BPS production tables.
    """
    codes = [str(c) for c in kecamatan_codes]
    rows = rows_with_prefix(indikator, prefix)
    rows = rows[rows.kode_wilayah.isin([*codes, kabupaten])]
    if rows.empty:
        raise AnalysisError(
            f"Tidak ada data komoditas (indikator '{prefix}…') per kecamatan. Impor nilai "
            "produksi (volume × harga) dalam satu satuan, atau tabel BPS produksi per kecamatan."
        )
    unit = refuse_mixed_units(rows, "Nilai produksi komoditas")
    table = pd.DataFrame(
        {
            "kode": rows.kode_wilayah.astype(str),
            "komoditas": rows.indikator.str.removeprefix(prefix),
            "tahun": rows.tahun.astype(int),
            "nilai": rows.nilai.astype(float),
        }
    )
    kec = table[table.kode.isin(codes)]
    kab = table[table.kode == kabupaten]
    years = sorted(kec.tahun.unique())
    if not years:
        raise AnalysisError("Nilai produksi komoditas hanya ada untuk kabupaten, tidak per kecamatan.")
    year = years[-1] if year is None else int(year)
    if year not in years:
        raise AnalysisError(
            f"Tahun {year} tidak ada di data komoditas (tersedia: {', '.join(map(str, years))})."
        )
    earlier = [y for y in years if y < year]
    if start is not None and int(start) not in earlier:
        raise AnalysisError(f"Tahun awal DLQ {start} harus lebih awal dari {year} dan ada di data.")
    start = (int(start) if start is not None else earlier[-1]) if earlier else None
    used_years = [y for y in (start, year) if y is not None]
    items = sorted(kec[kec.tahun.isin(used_years)].komoditas.unique())
    kec = kec[kec.tahun.isin(used_years) & kec.komoditas.isin(items)]
    # every kecamatan appears, so one without data shows as "data tidak tersedia", not as absent
    grid = pd.MultiIndex.from_product([codes, items, used_years], names=["kode", "komoditas", "tahun"])
    kec = kec.set_index(["kode", "komoditas", "tahun"]).reindex(grid).reset_index()
    published = kab[kab.tahun.isin(used_years) & kab.komoditas.isin(items)]
    complete = len(published) == len(items) * len(used_years)
    reference = published.drop(columns="kode") if complete else None
    reference_text = (
        f"angka kabupaten {kabupaten} yang tercatat" if complete else f"jumlah {len(codes)} kecamatan"
    )
    common = {"region_col": "kode", "item_col": "komoditas", "value_col": "nilai", "year_col": "tahun"}
    this_year = kec[kec.tahun == year]
    ref_year = reference[reference.tahun == year] if reference is not None else None
    lq = labelled(location_quotient(this_year, ref_year, **common), lang, {"kelas": LQ_KELAS})
    matrix = lq.pivot(index="kode", columns="komoditas", values="lq").reindex(codes)
    classes = None
    if start is not None:
        span = kec[kec.tahun.isin([start, year])]
        classes = labelled(
            lq_classification(span, reference, start=start, end=year, min_years=2, **common),
            lang,
            {"klasifikasi": LQ_KLASIFIKASI},
        )
    sources = sorted({str(s) for s in rows.sumber.dropna()}) if "sumber" in rows.columns else []
    read = rows.assign(_komoditas=rows.indikator.str.removeprefix(prefix), _tahun=rows.tahun.astype(int))
    read = read[read._komoditas.isin(items) & read._tahun.isin(used_years)]
    used = [InputUsed(t(f"an_input_{prefix.rstrip('_')}", lang), read[read.kode_wilayah.isin(codes)])]
    if complete:
        used.append(InputUsed(t("an_input_komoditas_kabupaten", lang), read[read.kode_wilayah == kabupaten]))
    return CommodityResults(
        year,
        lq,
        matrix,
        classes,
        start,
        kec,
        reference_text,
        complete,
        unit,
        is_example(rows),
        sources,
        tuple(used),
    )


def commodity_xlsx(results: CommodityResults, names: dict[str, str]) -> bytes:
    """LQ table, matrix, classes and inputs, with kecamatan names, as one workbook."""

    def named(frame: pd.DataFrame) -> pd.DataFrame:
        out = frame.copy()
        out.insert(1, "kecamatan", out.kode.map(names))
        return out

    info = info_sheet(
        [
            ("tahun LQ", results.year),
            ("periode DLQ", f"{results.start}–{results.year}" if results.start else "–"),
            ("acuan", results.reference),
            ("satuan", results.unit),
            ("data contoh", "ya — hasil hanya peragaan" if results.example else "tidak"),
            ("sumber", " | ".join(results.sources)),
            ("dibuat", dt.date.today().isoformat()),
            (
                "catatan",
                "sel kosong = tidak terdefinisi atau data tidak tersedia (lihat kolom catatan), bukan nol",
            ),
        ]
    )
    sheets = {
        "keterangan": info,
        "lq": named(results.lq),
        "matriks_lq": named(results.matrix.reset_index()),
    }
    if results.klasifikasi is not None:
        sheets["slq_dlq"] = named(results.klasifikasi)
    sheets["masukan"] = named(results.inputs)
    return xlsx_bytes(sheets)


def save_commodity_lq(
    results: CommodityResults,
    komoditas: str,
    store: Path | None = None,
    *,
    session: Session | None,
    client: str | None = None,
) -> ImportReport:
    """Store one commodity's LQ per kecamatan as indikator ``lq_<komoditas>`` (an undoable import).

    Undefined LQs are left out (no row = no data on the map, never 0). Only for a
    signed-in editor or admin (``require_role``).
    """
    session = require_role(session, "editor")
    rows = results.lq[(results.lq.komoditas == komoditas)].dropna(subset=["lq"])
    if rows.empty:
        raise AnalysisError(
            f"LQ {komoditas} tidak terdefinisi di kecamatan mana pun; tidak ada yang disimpan."
        )
    key = f"{LQ_PREFIX}{komoditas}"
    frame = pd.DataFrame(
        {
            "kode_wilayah": rows.kode,
            "indikator": key,
            "tahun": results.year,
            "nilai": rows.lq.round(4),
            "satuan": "LQ (tanpa satuan)",
            "sumber": (
                f"Peta Potensi: LQ komoditas {komoditas} per kecamatan terhadap {results.reference}, "
                f"dari {COMMODITY_PREFIX}{komoditas} ({results.unit}) tahun {results.year}"
            ),
            "catatan": "hasil analisis, bukan data statistik resmi",
            "contoh": "ya" if results.example else "tidak",
        }
    )
    # Indonesian decimal comma: "1.234" would be read as one thousand two hundred thirty-four
    text = frame.to_csv(index=False, sep=";", decimal=",")
    report = import_file(
        "indikator",
        text.encode("utf-8"),
        filename=f"{key}_{results.year}.csv",
        store=store,
        prefix="ANALISIS",
        replace=True,
        actor=session.user,  # the import history says who saved it, as for an import
    )
    return record_saved(report, session, f"LQ komoditas {komoditas} tahun {results.year}", client, store)


# -- colours: LQ diverges around 1 ------------------------------------------------------------

LQ_BREAKS = (0.5, 1.0, 1.5, 2.0)


def lq_class_breaks(values: pd.Series) -> tuple[tuple[float, ...], float, tuple[str, ...]]:
    """Fixed LQ classes that split at 1 (below 1 brown, above teal): breaks, lower bound, colours.

    Quantile classes would move the split with the data; LQ = 1 is the meaning of the
    map, so the classes are fixed and only the top one stretches to the maximum.
    """
    known = values.dropna().to_numpy(dtype=float)
    if known.size == 0:
        return (), float("nan"), ()
    top = float(known.max())
    breaks = [b for b in LQ_BREAKS if b < top] + [top]
    # a value exactly 1 is basis (LQ ≥ 1): nudge the "below 1" bound just under 1
    breaks = [np.nextafter(1.0, 0.0) if b == 1.0 else b for b in breaks]
    colours = LQ_COLOURS[: len(breaks)]
    return tuple(float(b) for b in breaks), min(0.0, float(known.min())), colours
