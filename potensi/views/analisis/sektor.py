"""Sector (PDRB by lapangan usaha) and commodity analyses from the ``indikator`` layer.

The methods live in :mod:`potensi.analysis` and take tidy tables; this module is
what stands between them and the store: it picks the rows out of the long
``indikator`` layer by key prefix (``pdrb_adhk_<kategori>``,
``nilai_produksi_<komoditas>``), refuses what cannot be compared (mixed units),
names the 17 categories, remembers whether any input is example data, and packs
every result into one workbook. Kept out of the pages so it is tested without a
browser; never imports streamlit.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from potensi.analysis import (
    AnalysisError,
    dynamic_location_quotient,
    klassen_sectoral,
    location_quotient,
    lq_classification,
    shift_share,
)
from potensi.data.importer import ImportReport, import_file
from potensi.data.wilayah import PROVINCE_NAMES

#: indikator keys of PDRB ADHK 2010 by lapangan usaha: ``pdrb_adhk_a`` … ``pdrb_adhk_rstu``
PDRB_PREFIX = "pdrb_adhk_"
#: indikator keys of production value per commodity: ``nilai_produksi_padi`` …
COMMODITY_PREFIX = "nilai_produksi_"
#: commodity LQ saved for the main map as ``lq_<komoditas>``
LQ_PREFIX = "lq_"


@dataclass(frozen=True)
class Sector:
    """One of the 17 PDRB categories (KBLI 2020 based, 2010 = 100 series)."""

    key: str
    nama: str
    name_en: str


SECTORS: tuple[Sector, ...] = (
    Sector("A", "Pertanian, Kehutanan, dan Perikanan", "Agriculture, Forestry and Fishing"),
    Sector("B", "Pertambangan dan Penggalian", "Mining and Quarrying"),
    Sector("C", "Industri Pengolahan", "Manufacturing"),
    Sector("D", "Pengadaan Listrik dan Gas", "Electricity and Gas Supply"),
    Sector("E", "Pengadaan Air, Pengelolaan Sampah, Limbah dan Daur Ulang",
           "Water Supply, Sewerage, Waste Management and Remediation"),
    Sector("F", "Konstruksi", "Construction"),
    Sector("G", "Perdagangan Besar dan Eceran; Reparasi Mobil dan Sepeda Motor",
           "Wholesale and Retail Trade; Repair of Motor Vehicles and Motorcycles"),
    Sector("H", "Transportasi dan Pergudangan", "Transportation and Storage"),
    Sector("I", "Penyediaan Akomodasi dan Makan Minum", "Accommodation and Food Service Activities"),
    Sector("J", "Informasi dan Komunikasi", "Information and Communication"),
    Sector("K", "Jasa Keuangan dan Asuransi", "Financial and Insurance Activities"),
    Sector("L", "Real Estat", "Real Estate"),
    Sector("MN", "Jasa Perusahaan", "Business Services"),
    Sector("O", "Administrasi Pemerintahan, Pertahanan dan Jaminan Sosial Wajib",
           "Public Administration and Defence; Compulsory Social Security"),
    Sector("P", "Jasa Pendidikan", "Education"),
    Sector("Q", "Jasa Kesehatan dan Kegiatan Sosial", "Human Health and Social Work Activities"),
    Sector("RSTU", "Jasa Lainnya", "Other Services"),
)
_SECTOR_BY_KEY = {s.key: s for s in SECTORS}


def sector_name(key: str, lang: str = "id") -> str:
    """``"A"`` → ``"Pertanian, Kehutanan, dan Perikanan"`` (or the English name); unknown keys as given."""
    sector = _SECTOR_BY_KEY.get(key)
    if sector is None:
        return key
    return sector.nama if lang == "id" else sector.name_en


def region_name(code: str, names: dict[str, str] | None = None, lang: str = "id") -> str:
    """Display name of a region code: the province, or ``names[code]`` (kabupaten, kecamatan), or the code."""
    if code in PROVINCE_NAMES:
        return f"{'Provinsi' if lang == 'id' else 'Province of'} {PROVINCE_NAMES[code]}"
    return (names or {}).get(code, code)


def _rows(indikator: pd.DataFrame, prefix: str) -> pd.DataFrame:
    if indikator.empty or "indikator" not in indikator.columns:
        return indikator.iloc[0:0]
    return indikator[indikator.indikator.astype(str).str.startswith(prefix)]


def _refuse_mixed_units(rows: pd.DataFrame, what: str) -> str:
    """The one unit of ``rows``; several units is an error (shares across units mean nothing)."""
    units = sorted({str(u) for u in rows.satuan.dropna()})
    if len(units) > 1:
        raise AnalysisError(
            f"{what}: satuan berbeda ({', '.join(units)}). LQ, shift-share dan Klassen membandingkan porsi, "
            "yang hanya bermakna bila semua angka dalam satu satuan (mis. semuanya Rp miliar ADHK 2010). "
            "Samakan satuan di lapisan indikator lalu ulangi.")
    return units[0] if units else ""


def _example(rows: pd.DataFrame) -> bool:
    return bool("contoh" in rows.columns and rows.contoh.fillna(False).astype(bool).any())


# -- sectors: region against a reference region ----------------------------------------------

def sector_regions(indikator: pd.DataFrame) -> list[str]:
    """Region codes holding PDRB-by-category rows (province first, then by code)."""
    codes = pd.unique(_rows(indikator, PDRB_PREFIX).kode_wilayah.astype(str))
    return sorted(codes, key=lambda c: (len(c), c))


def sector_years(indikator: pd.DataFrame, region: str, reference: str) -> list[int]:
    """Years in which both regions have PDRB-by-category rows."""
    rows = _rows(indikator, PDRB_PREFIX)
    years = [set(rows[rows.kode_wilayah == code].tahun.dropna().astype(int)) for code in (region, reference)]
    return sorted(years[0] & years[1])


@dataclass(frozen=True)
class SectorInputs:
    """The long tables the methods take, and what a reader must know about them."""

    region: str
    reference: str
    data: pd.DataFrame       # kode, sektor, tahun, nilai (region)
    acuan: pd.DataFrame      # sektor, tahun, nilai (reference)
    unit: str
    years: list[int]
    example: bool
    sources: list[str]


def sector_inputs(indikator: pd.DataFrame, region: str = "35.05", reference: str = "35") -> SectorInputs:
    """PDRB rows of ``region`` and ``reference`` for the years both have, as method inputs."""
    if region == reference:
        raise AnalysisError("Wilayah dan wilayah acuan sama; pilih acuan yang lebih luas (mis. provinsi).")
    rows = _rows(indikator, PDRB_PREFIX)
    rows = rows[rows.kode_wilayah.isin([region, reference])]
    if rows.empty:
        raise AnalysisError(f"Tidak ada data PDRB menurut lapangan usaha (indikator '{PDRB_PREFIX}…') untuk "
                            f"{region} dan {reference}. Impor templat data/templates/"
                            "indikator_pdrb_lapangan_usaha.csv yang sudah diisi.")
    unit = _refuse_mixed_units(rows, "PDRB menurut lapangan usaha")
    years = sector_years(indikator, region, reference)
    if not years:
        raise AnalysisError(f"Wilayah {region} dan acuan {reference} tidak punya tahun data PDRB yang sama.")
    rows = rows[rows.tahun.astype(int).isin(years)]
    table = pd.DataFrame({"kode": rows.kode_wilayah.astype(str),
                          "sektor": rows.indikator.str.removeprefix(PDRB_PREFIX).str.upper(),
                          "tahun": rows.tahun.astype(int), "nilai": rows.nilai.astype(float)})
    data = table[table.kode == region].reset_index(drop=True)
    acuan = table[table.kode == reference].drop(columns="kode").reset_index(drop=True)
    sources = sorted({str(s) for s in rows.sumber.dropna()}) if "sumber" in rows.columns else []
    return SectorInputs(region, reference, data, acuan, unit, years, _example(rows), sources)


@dataclass(frozen=True)
class SectorResults:
    """Every sector method on one pair of regions and one period."""

    inputs: SectorInputs
    start: int
    end: int
    slq: pd.DataFrame           # every year
    dlq: pd.DataFrame
    klasifikasi: pd.DataFrame   # SLQ (end year) × DLQ
    shift_share: pd.DataFrame
    klassen: pd.DataFrame

    @property
    def example(self) -> bool:
        """Whether any input row is example data (the page must say so)."""
        return self.inputs.example


def _named(frame: pd.DataFrame) -> pd.DataFrame:
    """Sector names in both languages right after the key, in the order of the 17 categories."""
    order = {s.key: i for i, s in enumerate(SECTORS)}
    out = frame.copy()
    at = list(out.columns).index("sektor") + 1
    out.insert(at, "lapangan_usaha", out.sektor.map(lambda k: sector_name(k, "id")))
    out.insert(at + 1, "lapangan_usaha_en", out.sektor.map(lambda k: sector_name(k, "en")))
    rank = out.sektor.map(lambda k: order.get(k, len(order)))
    sort = ["tahun", "_urut"] if "tahun" in out.columns else ["_urut"]
    return out.assign(_urut=rank).sort_values(sort, kind="stable").drop(columns="_urut").reset_index(drop=True)


def analyse_sectors(indikator: pd.DataFrame, region: str = "35.05", reference: str = "35",
                    start: int | None = None, end: int | None = None,
                    esteban_marquillas: bool = False) -> SectorResults:
    """SLQ per year, DLQ and SLQ×DLQ over ``start``–``end``, shift-share and sectoral Klassen.

    The period defaults to the first and last common year. DLQ needs at least three
    years (shorter periods come back undefined with a ``catatan``), as the reference
    notes advise; shift-share and Klassen accept any two years.
    """
    inputs = sector_inputs(indikator, region, reference)
    start = inputs.years[0] if start is None else int(start)
    end = inputs.years[-1] if end is None else int(end)
    common = {"region_col": "kode", "item_col": "sektor", "value_col": "nilai", "year_col": "tahun"}
    slq = location_quotient(inputs.data, inputs.acuan, **common)
    dlq = dynamic_location_quotient(inputs.data, inputs.acuan, start=start, end=end, **common)
    classes = lq_classification(inputs.data, inputs.acuan, start=start, end=end, **common)
    shares = shift_share(inputs.data, inputs.acuan, start=start, end=end,
                         esteban_marquillas=esteban_marquillas, **common)
    klassen = klassen_sectoral(inputs.data, inputs.acuan, start=start, end=end, **common)
    return SectorResults(inputs, start, end, _named(slq), _named(dlq), _named(classes), _named(shares),
                         _named(klassen))


def _info_sheet(rows: list[tuple[str, object]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["keterangan", "nilai"])


def sector_xlsx(results: SectorResults) -> bytes:
    """One workbook: a sheet per method, the inputs, and what the figures are."""
    inputs = results.inputs
    info = _info_sheet([
        ("wilayah", inputs.region), ("wilayah acuan", inputs.reference),
        ("periode", f"{results.start}–{results.end}"), ("satuan", inputs.unit),
        ("data contoh", "ya — hasil hanya peragaan" if inputs.example else "tidak"),
        ("sumber", " | ".join(inputs.sources)),
        ("dibuat", dt.date.today().isoformat()),
        ("catatan", "sel kosong = tidak terdefinisi atau data tidak tersedia (lihat kolom catatan), bukan nol"),
    ])
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        info.to_excel(writer, sheet_name="keterangan", index=False)
        results.slq.to_excel(writer, sheet_name="slq", index=False)
        results.dlq.to_excel(writer, sheet_name="dlq", index=False)
        results.klasifikasi.to_excel(writer, sheet_name="slq_dlq", index=False)
        results.shift_share.to_excel(writer, sheet_name="shift_share", index=False)
        results.klassen.to_excel(writer, sheet_name="klassen", index=False)
        inputs.data.to_excel(writer, sheet_name="masukan_wilayah", index=False)
        inputs.acuan.assign(kode=inputs.reference)[["kode", "sektor", "tahun", "nilai"]] \
            .to_excel(writer, sheet_name="masukan_acuan", index=False)
    return buffer.getvalue()


# -- commodities: kecamatan against the kabupaten -------------------------------------------

def commodities(indikator: pd.DataFrame) -> list[str]:
    """Commodity names with production-value rows (``nilai_produksi_<komoditas>``)."""
    rows = _rows(indikator, COMMODITY_PREFIX)
    return sorted(pd.unique(rows.indikator.str.removeprefix(COMMODITY_PREFIX)))


def commodity_years(indikator: pd.DataFrame, kecamatan_codes: list[str] | pd.Series) -> list[int]:
    """Years with production-value rows for at least one kecamatan."""
    rows = _rows(indikator, COMMODITY_PREFIX)
    rows = rows[rows.kode_wilayah.isin(list(kecamatan_codes))]
    return sorted({int(y) for y in rows.tahun.dropna()})


@dataclass(frozen=True)
class CommodityResults:
    """Commodity LQ of every kecamatan, the matrix, and (with two years) DLQ and classes."""

    year: int
    lq: pd.DataFrame                    # kode, komoditas, nilai … lq, kelas, catatan
    matrix: pd.DataFrame                # kecamatan code × commodity, LQ
    klasifikasi: pd.DataFrame | None    # kode, komoditas, slq, dlq, klasifikasi (start–year)
    start: int | None
    inputs: pd.DataFrame                # kode, komoditas, tahun, nilai
    reference: str                      # how the kabupaten figure was taken (Indonesian, for files)
    published: bool                     # True: recorded kabupaten figures; False: sum of the kecamatan
    unit: str
    example: bool
    sources: list[str]

    def of(self, komoditas: str, kecamatan_codes: list[str] | pd.Series) -> pd.Series:
        """LQ of one commodity per kecamatan code (NaN where undefined), for the map."""
        rows = self.lq[self.lq.komoditas == komoditas].set_index("kode").lq
        codes = list(kecamatan_codes)
        return pd.Series(pd.Series(codes).map(rows).astype(float).to_numpy(), index=codes, name=komoditas)


def analyse_commodities(indikator: pd.DataFrame, kecamatan_codes: list[str] | pd.Series,
                        kabupaten: str = "35.05", year: int | None = None,
                        start: int | None = None) -> CommodityResults:
    """LQ of each kecamatan's commodities against the kabupaten in ``year``; DLQ from ``start``.

    The kabupaten side is the published kabupaten figure when the indikator layer has
    one for every commodity and year used, else the sum of the kecamatan (the default
    of :func:`potensi.analysis.location_quotient`). DLQ and the SLQ×DLQ class are
    computed when a second, earlier year exists (``start``; default the year before
    the latest one available); with only two years they accept ``min_years=2`` and
    the page says the period is shorter than advised.
    """
    codes = [str(c) for c in kecamatan_codes]
    rows = _rows(indikator, COMMODITY_PREFIX)
    rows = rows[rows.kode_wilayah.isin([*codes, kabupaten])]
    if rows.empty:
        raise AnalysisError(f"Tidak ada data nilai produksi komoditas (indikator '{COMMODITY_PREFIX}…') per "
                            "kecamatan. Impor nilai produksi (volume × harga) dalam satu satuan.")
    unit = _refuse_mixed_units(rows, "Nilai produksi komoditas")
    table = pd.DataFrame({"kode": rows.kode_wilayah.astype(str),
                          "komoditas": rows.indikator.str.removeprefix(COMMODITY_PREFIX),
                          "tahun": rows.tahun.astype(int), "nilai": rows.nilai.astype(float)})
    kec = table[table.kode.isin(codes)]
    kab = table[table.kode == kabupaten]
    years = sorted(kec.tahun.unique())
    if not years:
        raise AnalysisError("Nilai produksi komoditas hanya ada untuk kabupaten, tidak per kecamatan.")
    year = years[-1] if year is None else int(year)
    if year not in years:
        raise AnalysisError(f"Tahun {year} tidak ada di data komoditas (tersedia: {', '.join(map(str, years))}).")
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
    reference_text = (f"angka kabupaten {kabupaten} yang tercatat" if complete
                      else f"jumlah {len(codes)} kecamatan")
    common = {"region_col": "kode", "item_col": "komoditas", "value_col": "nilai", "year_col": "tahun"}
    this_year = kec[kec.tahun == year]
    ref_year = reference[reference.tahun == year] if reference is not None else None
    lq = location_quotient(this_year, ref_year, **common)
    matrix = lq.pivot(index="kode", columns="komoditas", values="lq").reindex(codes)
    classes = None
    if start is not None:
        span = kec[kec.tahun.isin([start, year])]
        classes = lq_classification(span, reference, start=start, end=year, min_years=2, **common)
    sources = sorted({str(s) for s in rows.sumber.dropna()}) if "sumber" in rows.columns else []
    return CommodityResults(year, lq, matrix, classes, start, kec, reference_text, complete, unit,
                            _example(rows), sources)


def commodity_xlsx(results: CommodityResults, names: dict[str, str]) -> bytes:
    """LQ table, matrix, classes and inputs, with kecamatan names, as one workbook."""
    def named(frame: pd.DataFrame) -> pd.DataFrame:
        out = frame.copy()
        out.insert(1, "kecamatan", out.kode.map(names))
        return out

    info = _info_sheet([
        ("tahun LQ", results.year),
        ("periode DLQ", f"{results.start}–{results.year}" if results.start else "–"),
        ("acuan", results.reference), ("satuan", results.unit),
        ("data contoh", "ya — hasil hanya peragaan" if results.example else "tidak"),
        ("sumber", " | ".join(results.sources)), ("dibuat", dt.date.today().isoformat()),
        ("catatan", "sel kosong = tidak terdefinisi atau data tidak tersedia (lihat kolom catatan), bukan nol"),
    ])
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        info.to_excel(writer, sheet_name="keterangan", index=False)
        named(results.lq).to_excel(writer, sheet_name="lq", index=False)
        named(results.matrix.reset_index()).to_excel(writer, sheet_name="matriks_lq", index=False)
        if results.klasifikasi is not None:
            named(results.klasifikasi).to_excel(writer, sheet_name="slq_dlq", index=False)
        named(results.inputs).to_excel(writer, sheet_name="masukan", index=False)
    return buffer.getvalue()


def save_commodity_lq(results: CommodityResults, komoditas: str, store: Path | None = None) -> ImportReport:
    """Store one commodity's LQ per kecamatan as indikator ``lq_<komoditas>`` (an undoable import).

    Undefined LQs are left out (no row = no data on the map, never 0).
    """
    rows = results.lq[(results.lq.komoditas == komoditas)].dropna(subset=["lq"])
    if rows.empty:
        raise AnalysisError(f"LQ {komoditas} tidak terdefinisi di kecamatan mana pun; tidak ada yang disimpan.")
    key = f"{LQ_PREFIX}{komoditas}"
    frame = pd.DataFrame({
        "kode_wilayah": rows.kode, "indikator": key, "tahun": results.year,
        "nilai": rows.lq.round(4), "satuan": "LQ (tanpa satuan)",
        "sumber": (f"Peta Potensi: LQ komoditas {komoditas} per kecamatan terhadap {results.reference}, "
                   f"dari {COMMODITY_PREFIX}{komoditas} ({results.unit}) tahun {results.year}"),
        "catatan": "hasil analisis, bukan data statistik resmi",
        "contoh": "ya" if results.example else "tidak",
    })
    # Indonesian decimal comma: "1.234" would be read as one thousand two hundred thirty-four
    text = frame.to_csv(index=False, sep=";", decimal=",")
    return import_file("indikator", text.encode("utf-8"), filename=f"{key}_{results.year}.csv",
                       store=store, prefix="ANALISIS")


# -- colours: LQ diverges around 1 ------------------------------------------------------------

#: ColorBrewer BrBG, 5 classes: brown below 1 (non-basis), teal from 1 up (basis); colour-blind safe
LQ_COLOURS = ("#a6611a", "#dfc27d", "#80cdc1", "#35978f", "#01665e")
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
    colours = LQ_COLOURS[:len(breaks)]
    return tuple(float(b) for b in breaks), min(0.0, float(known.min())), colours
