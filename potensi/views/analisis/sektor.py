"""Sector analysis (PDRB by lapangan usaha) of a region against a reference region.

The methods live in :mod:`potensi.analysis` and take tidy tables; this module is
what stands between them and the store: it picks the ``pdrb_adhk_<kategori>`` rows
out of the long ``indikator`` layer, refuses what cannot be compared (mixed units),
names the 17 categories, remembers whether any input is example data, and packs
every result into one workbook. Kept out of the page so it is tested without a
browser; never imports streamlit.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from potensi.analysis import (
    KLASSEN_SECTORAL_LABELS,
    LQ_CLASSES,
    AnalysisError,
    dynamic_location_quotient,
    klassen_sectoral,
    location_quotient,
    lq_classification,
    shift_share,
)
from potensi.core.safe_cells import xlsx_bytes
from potensi.data.indikator_keys import PDRB_PREFIX, SECTORS
from potensi.data.wilayah import PROVINCE_NAMES
from potensi.i18n import Lang, t
from potensi.views.analisis.labels import LQ_KELAS, LQ_KLASIFIKASI, label, labelled, names
from potensi.views.analisis.shared import (
    InputUsed,
    info_sheet,
    is_example,
    level_name,
    refuse_mixed_units,
    rows_with_prefix,
)

#: catalogue prefixes of the sector method's own class codes
KLASSEN_SEKTORAL = "klassen_sektoral_"
TIPE_ALOKASI = "tipe_alokasi_"


def sector_name(key: str, lang: Lang = "id") -> str:
    """``"A"`` → ``"Pertanian, Kehutanan, dan Perikanan"`` (or the English name); unknown keys as given."""
    return label(key, "sektor_", lang) or key


def region_name(code: str, names: dict[str, str] | None = None, lang: Lang = "id") -> str:
    """Display name of a region code: the province, or ``names[code]`` (kabupaten, kecamatan), or the code."""
    if code in PROVINCE_NAMES:
        return t("an_sek_province", lang, name=PROVINCE_NAMES[code])
    return (names or {}).get(code, code)


def lq_classes(lang: Lang) -> pd.DataFrame:
    """The SLQ × DLQ class table (conditions, code) with ``nama_klasifikasi`` in ``lang``."""
    return labelled(LQ_CLASSES, lang, {"klasifikasi": LQ_KLASIFIKASI})


def klassen_classes(lang: Lang) -> pd.DataFrame:
    """The sectoral Klassen table (conditions, quadrant, code) with ``nama_klasifikasi`` in ``lang``."""
    return labelled(KLASSEN_SECTORAL_LABELS, lang, {"klasifikasi": KLASSEN_SEKTORAL})


def lq_kelas_names(lang: Lang) -> dict[str, str]:
    """LQ class code → name, basis first (the order of the chart legend)."""
    return names(("basis", "swasembada", "non-basis"), LQ_KELAS, lang)


def sector_regions(indikator: pd.DataFrame) -> list[str]:
    """Region codes holding PDRB-by-category rows (province first, then by code)."""
    codes = pd.unique(rows_with_prefix(indikator, PDRB_PREFIX).kode_wilayah.astype(str))
    return sorted(codes, key=lambda c: (len(c), c))


def sector_years(indikator: pd.DataFrame, region: str, reference: str) -> list[int]:
    """Years in which both regions have PDRB-by-category rows."""
    rows = rows_with_prefix(indikator, PDRB_PREFIX)
    years = [set(rows[rows.kode_wilayah == code].tahun.dropna().astype(int)) for code in (region, reference)]
    return sorted(years[0] & years[1])


@dataclass(frozen=True)
class SectorInputs:
    """The long tables the methods take, and what a reader must know about them."""

    region: str
    reference: str
    data: pd.DataFrame  # kode, sektor, tahun, nilai (region)
    acuan: pd.DataFrame  # sektor, tahun, nilai (reference)
    unit: str
    years: list[int]
    example: bool
    sources: list[str]
    rows: pd.DataFrame | None = None  # the indikator rows read (both regions, the common years)


def sector_inputs(indikator: pd.DataFrame, region: str = "35.05", reference: str = "35") -> SectorInputs:
    """PDRB rows of ``region`` and ``reference`` for the years both have, as method inputs."""
    if region == reference:
        raise AnalysisError("Wilayah dan wilayah acuan sama; pilih acuan yang lebih luas (mis. provinsi).")
    rows = rows_with_prefix(indikator, PDRB_PREFIX)
    rows = rows[rows.kode_wilayah.isin([region, reference])]
    if rows.empty:
        raise AnalysisError(
            f"Tidak ada data PDRB menurut lapangan usaha (indikator '{PDRB_PREFIX}…') untuk "
            f"{region} dan {reference}. Impor templat data/templates/"
            "indikator_pdrb_lapangan_usaha.csv yang sudah diisi."
        )
    unit = refuse_mixed_units(rows, "PDRB menurut lapangan usaha")
    years = sector_years(indikator, region, reference)
    if not years:
        raise AnalysisError(f"Wilayah {region} dan acuan {reference} tidak punya tahun data PDRB yang sama.")
    rows = rows[rows.tahun.astype(int).isin(years)]
    table = pd.DataFrame(
        {
            "kode": rows.kode_wilayah.astype(str),
            "sektor": rows.indikator.str.removeprefix(PDRB_PREFIX).str.upper(),
            "tahun": rows.tahun.astype(int),
            "nilai": rows.nilai.astype(float),
        }
    )
    data = table[table.kode == region].reset_index(drop=True)
    acuan = table[table.kode == reference].drop(columns="kode").reset_index(drop=True)
    sources = sorted({str(s) for s in rows.sumber.dropna()}) if "sumber" in rows.columns else []
    return SectorInputs(region, reference, data, acuan, unit, years, is_example(rows), sources, rows)


@dataclass(frozen=True)
class SectorResults:
    """Every sector method on one pair of regions and one period, labelled in one language.

    Each table keeps the codes (``sektor``, ``kelas``, ``klasifikasi``, ``kuadran``,
    ``tipe_alokasi``, ``kode_catatan``) and names them beside: ``lapangan_usaha``,
    ``nama_<code column>`` and ``catatan``.
    """

    inputs: SectorInputs
    start: int
    end: int
    slq: pd.DataFrame  # every year
    dlq: pd.DataFrame
    klasifikasi: pd.DataFrame  # SLQ (end year) × DLQ
    shift_share: pd.DataFrame
    klassen: pd.DataFrame
    used: tuple[InputUsed, ...] = ()  # the region's and the reference's PDRB rows, named

    @property
    def example(self) -> bool:
        """Whether any input row is example data (the page must say so)."""
        return self.inputs.example


def _named(frame: pd.DataFrame, lang: Lang, codes: dict[str, str] | None = None) -> pd.DataFrame:
    """Sector names in ``lang`` right after the key, codes named, in the order of the 17 categories."""
    order = {key: i for i, key in enumerate(SECTORS)}
    out = labelled(frame, lang, codes)
    out.insert(
        list(out.columns).index("sektor") + 1,
        "lapangan_usaha",
        out.sektor.map(lambda k: sector_name(k, lang)),
    )
    rank = out.sektor.map(lambda k: order.get(k, len(order)))
    sort = ["tahun", "_urut"] if "tahun" in out.columns else ["_urut"]
    return (
        out.assign(_urut=rank).sort_values(sort, kind="stable").drop(columns="_urut").reset_index(drop=True)
    )


def analyse_sectors(
    indikator: pd.DataFrame,
    region: str = "35.05",
    reference: str = "35",
    start: int | None = None,
    end: int | None = None,
    esteban_marquillas: bool = False,
    lang: Lang = "id",
) -> SectorResults:
    """SLQ per year, DLQ and SLQ×DLQ over ``start``–``end``, shift-share and sectoral Klassen.

    The period defaults to the first and last common year. DLQ needs at least three
    years (shorter periods come back undefined with a ``catatan``), as the reference
    notes advise; shift-share and Klassen accept any two years. Every table is
    labelled in ``lang`` (see :class:`SectorResults`).
    """
    inputs = sector_inputs(indikator, region, reference)
    start = inputs.years[0] if start is None else int(start)
    end = inputs.years[-1] if end is None else int(end)
    common = {"region_col": "kode", "item_col": "sektor", "value_col": "nilai", "year_col": "tahun"}
    slq = location_quotient(inputs.data, inputs.acuan, **common)
    dlq = dynamic_location_quotient(inputs.data, inputs.acuan, start=start, end=end, **common)
    classes = lq_classification(inputs.data, inputs.acuan, start=start, end=end, **common)
    shares = shift_share(
        inputs.data, inputs.acuan, start=start, end=end, esteban_marquillas=esteban_marquillas, **common
    )
    klassen = klassen_sectoral(inputs.data, inputs.acuan, start=start, end=end, **common)
    return SectorResults(
        inputs,
        start,
        end,
        _named(slq, lang, {"kelas": LQ_KELAS}),
        _named(dlq, lang),
        _named(classes, lang, {"klasifikasi": LQ_KLASIFIKASI}),
        _named(shares, lang, {"tipe_alokasi": TIPE_ALOKASI}),
        _named(klassen, lang, {"klasifikasi": KLASSEN_SEKTORAL}),
        _used(inputs, lang),
    )


def _used(inputs: SectorInputs, lang: Lang) -> tuple[InputUsed, ...]:
    """The region's and the reference's PDRB rows, each named for the page's input lines."""
    rows = inputs.rows if inputs.rows is not None else pd.DataFrame(columns=["kode_wilayah"])
    return tuple(
        InputUsed(t("an_input_pdrb", lang, level=level_name(code, lang)), rows[rows.kode_wilayah == code])
        for code in (inputs.region, inputs.reference)
    )


def sector_xlsx(results: SectorResults) -> bytes:
    """One workbook: a sheet per method, the inputs, and what the figures are."""
    inputs = results.inputs
    info = info_sheet(
        [
            ("wilayah", inputs.region),
            ("wilayah acuan", inputs.reference),
            ("periode", f"{results.start}–{results.end}"),
            ("satuan", inputs.unit),
            ("data contoh", "ya — hasil hanya peragaan" if inputs.example else "tidak"),
            ("sumber", " | ".join(inputs.sources)),
            ("dibuat", dt.date.today().isoformat()),
            (
                "catatan",
                "sel kosong = tidak terdefinisi atau data tidak tersedia (lihat kolom catatan), bukan nol",
            ),
        ]
    )
    return xlsx_bytes(
        {
            "keterangan": info,
            "slq": results.slq,
            "dlq": results.dlq,
            "slq_dlq": results.klasifikasi,
            "shift_share": results.shift_share,
            "klassen": results.klassen,
            "masukan_wilayah": inputs.data,
            "masukan_acuan": inputs.acuan.assign(kode=inputs.reference)[["kode", "sektor", "tahun", "nilai"]],
        }
    )
