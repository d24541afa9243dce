"""Indicators a kecamatan can be coloured by, with the unit, source and year to show.

Three kinds: figures of the boundaries themselves (polygon area, number of desa),
counts of the data layers' rows per kecamatan, and any kecamatan-level figure in
the ``indikator`` layer (population, production …) for one year. A figure the
store lacks stays missing ("data tidak tersedia"), never zero; a count of rows is
a real zero where a kecamatan has none.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import geopandas as gpd
import pandas as pd

from potensi.core.cells import any_example, example_flags
from potensi.core.layers import count_indicators
from potensi.core.text import source_note
from potensi.data.indikator_keys import ALTERNATIVE_SUFFIX, COMMODITY_PREFIX, PDRB_PREFIX
from potensi.data.records import stored_text
from potensi.data.sources import cell_labels, clean_note
from potensi.i18n import CATALOGUE, Lang, t

BOUNDARY_SOURCE = "wilayah_boundaries (Cahya DSN, MIT)"
COUNT_LAYERS = count_indicators()
INDIKATOR_PREFIX = "ind:"


@dataclass(frozen=True)
class Indicator:
    """A built-in indicator: label and unit keys of the catalogue."""

    key: str
    label_key: str
    unit_key: str
    decimals: int


INDICATORS: dict[str, Indicator] = {
    i.key: i
    for i in (
        Indicator("luas", "ind_luas", "unit_km2", 2),
        Indicator("jumlah_desa", "ind_jumlah_desa", "unit_desa", 0),
        Indicator("kepadatan", "ind_kepadatan", "unit_density", 0),
        Indicator("count_potensi", "count_potensi", "unit_count", 0),
        Indicator("count_peluang", "count_peluang", "unit_count", 0),
        Indicator("count_inovasi", "count_inovasi", "unit_count", 0),
    )
}


@dataclass(frozen=True)
class IndicatorValues:
    """Values by kecamatan code and everything a legend must say about them."""

    key: str
    values: pd.Series
    label: str
    unit: str
    decimals: int
    source: str
    year: int | None = None
    example: bool = False
    #: how many kecamatan have a value that is not example data, of how many: the
    #: map and the profile say "data nyata 22/22"
    real: int = 0
    total: int = 0
    #: the note every row shown shares (e.g. "angka sementara …"), shown with the source
    caveat: str = ""

    def real_text(self, lang: Lang) -> str:
        """ "data nyata 18/22": how much of the map is real data."""
        return t("real_data", lang, real=self.real, total=self.total)


def _kecamatan_rows(indikator: pd.DataFrame, codes: pd.Series) -> pd.DataFrame:
    if indikator.empty:
        return indikator
    return indikator[indikator.kode_wilayah.isin(codes)]


def indicator_label(key: str, lang: Lang) -> str:
    """Display name of an indicator key (catalogue text, or the indikator key humanised)."""
    if key in INDICATORS:
        return t(INDICATORS[key].label_key, lang)
    name = key.removeprefix(INDIKATOR_PREFIX)
    if f"ind_{name}" in CATALOGUE:
        return t(f"ind_{name}", lang)
    if name.startswith(PDRB_PREFIX) and f"sektor_{name.removeprefix(PDRB_PREFIX).upper()}" in CATALOGUE:
        return t(
            "pdrb_sector_value", lang, sektor=t(f"sektor_{name.removeprefix(PDRB_PREFIX).upper()}", lang)
        )
    if name.startswith(COMMODITY_PREFIX):
        return t(
            "commodity_value", lang, komoditas=commodity_label(name.removeprefix(COMMODITY_PREFIX), lang)
        )
    return name.replace("_", " ").capitalize()


def commodity_label(komoditas: str, lang: Lang) -> str:
    """A commodity of ``nilai_produksi_<komoditas>`` in the UI language.

    The key is what the official typed (``padi``, ``ikan koi`` as an opportunity's
    commodity); the catalogue knows the usual ones, and any other is shown as typed,
    underscores as spaces.
    """
    key = "komoditas_" + "_".join(komoditas.lower().replace("_", " ").split())
    return t(key, lang) if key in CATALOGUE else komoditas.replace("_", " ")


def indicator_options(kecamatan: gpd.GeoDataFrame, data: Mapping[str, pd.DataFrame]) -> list[str]:
    """Keys of every indicator the store can colour kecamatan by now."""
    options = ["luas", "jumlah_desa"]
    indikator = data.get("indikator", pd.DataFrame())
    rows = _kecamatan_rows(indikator, kecamatan.kode)
    if not rows.empty and (rows.indikator == "penduduk").any():
        options.append("kepadatan")
    options += [k for k, layer in COUNT_LAYERS.items() if not data.get(layer, pd.DataFrame()).empty]
    if not rows.empty:
        # a second source's figure is kept for reading, not mapped (the map shows the first)
        options += [
            INDIKATOR_PREFIX + k
            for k in sorted(rows.indikator.unique())
            if not k.endswith(ALTERNATIVE_SUFFIX)
        ]
    return options


def default_year(rows: pd.DataFrame) -> int:
    """The year a map of these rows shows unless one is chosen: the one with the most
    kecamatan having a real figure (example rows count last), the latest among equals.

    The latest year alone could be a year four kecamatan have (a 2024 estimate) while
    a census gives all 22: the map would be mostly empty with the real data one click away.
    """
    real = rows[~example_flags(rows).to_numpy()]
    coverage = real.groupby("tahun").kode_wilayah.nunique() if len(real) else pd.Series(dtype=int)
    counted = rows.groupby("tahun").kode_wilayah.nunique()
    order = sorted(counted.index, key=lambda y: (int(coverage.get(y, 0)), int(counted[y]), int(y)))
    return int(order[-1])


def _year_values(rows: pd.DataFrame, name: str, year: int | None) -> tuple[pd.DataFrame, int | None]:
    """Rows of one indikator for ``year`` (or :func:`default_year`)."""
    rows = rows[rows.indikator == name]
    if rows.empty:
        return rows, year
    chosen = year if year is not None and (rows.tahun == year).any() else default_year(rows)
    return rows[rows.tahun == chosen], chosen


def _sources(rows: pd.DataFrame, lang: Lang) -> str:
    """The sources of the rows as a reader names them (publisher, title, year; never a
    mirror's host), at most three, then how many more."""
    labels: list[str] = []
    for text in rows.sumber.dropna():
        note = clean_note(source_note(text), lang)
        labels += ([note] if note else []) + cell_labels(text, lang)
    unique = list(dict.fromkeys(label for label in labels if label))
    return "; ".join(unique[:3]) + (f" (+{len(unique) - 3})" if len(unique) > 3 else "")


def indicator_values(
    key: str,
    kecamatan: gpd.GeoDataFrame,
    data: Mapping[str, pd.DataFrame],
    lang: Lang,
    year: int | None = None,
) -> IndicatorValues:
    """Values of ``key`` per kecamatan, labelled for the legend."""
    codes = kecamatan.kode
    by_code = kecamatan.set_index("kode")
    label = indicator_label(key, lang)
    if key == "luas":
        values = by_code.luas_km2.astype(float)
        return IndicatorValues(
            key,
            values,
            label,
            t("unit_km2", lang),
            2,
            f"{BOUNDARY_SOURCE}; UTM 49S",
            real=int(values.notna().sum()),
            total=len(codes),
        )
    if key == "jumlah_desa":
        values = by_code.jumlah_desa.astype(float)
        return IndicatorValues(
            key,
            values,
            label,
            t("unit_desa", lang),
            0,
            BOUNDARY_SOURCE,
            real=int(values.notna().sum()),
            total=len(codes),
        )
    if key in COUNT_LAYERS:
        rows = data.get(COUNT_LAYERS[key], pd.DataFrame())
        counts = rows.kecamatan.value_counts() if not rows.empty else pd.Series(dtype=float)
        values = pd.Series(codes.map(counts).fillna(0).astype(float).to_numpy(), index=codes)
        example = any_example(rows)
        # a kecamatan's count is real unless an example row is among what it counts
        touched = set(rows[example_flags(rows).to_numpy()].kecamatan) if not rows.empty else set()
        return IndicatorValues(
            key,
            values,
            label,
            t("unit_count", lang),
            0,
            t("source_layer", lang, layer=t(f"layer_{COUNT_LAYERS[key]}", lang)),
            example=example,
            real=int((~codes.isin(touched)).sum()),
            total=len(codes),
        )
    rows = _kecamatan_rows(data.get("indikator", pd.DataFrame()), codes)
    name = "penduduk" if key == "kepadatan" else key.removeprefix(INDIKATOR_PREFIX)
    chosen, used_year = _year_values(rows, name, year) if not rows.empty else (rows, year)
    figures = (
        chosen.set_index("kode_wilayah").nilai.astype(float) if not chosen.empty else pd.Series(dtype=float)
    )
    values = pd.Series(codes.map(figures).astype(float).to_numpy(), index=codes)
    example = any_example(chosen)
    source = _sources(chosen, lang) if not chosen.empty else t("no_data", lang)
    real_rows = chosen[~example_flags(chosen).to_numpy()] if not chosen.empty else chosen
    counted = {"real": int(codes.isin(set(real_rows.kode_wilayah)).sum()) if len(real_rows) else 0}
    counted["total"] = len(codes)
    notes = (
        list(dict.fromkeys(n for n in real_rows.catatan.dropna().astype(str) if n.strip()))
        if "catatan" in real_rows
        else []
    )
    # the note's first clause ("angka sementara: hasil olah cepat SP2010 (BPS)"): a legend
    # has room for the caveat, the whole note is on the Data page and the profile
    shared = len(notes) == 1 and len(real_rows) == len(chosen)
    caveat = stored_text(notes[0], lang).split(";")[0].strip() if shared else ""
    if key == "kepadatan":
        return IndicatorValues(
            key,
            values / by_code.luas_km2.astype(float),
            label,
            t("unit_density", lang),
            0,
            t("source_density", lang, source=source),
            used_year,
            example,
            caveat=caveat,
            **counted,
        )
    unit = stored_text(str(chosen.satuan.iloc[0]), lang) if not chosen.empty else ""
    decimals = 0 if values.dropna().apply(float.is_integer).all() else 2
    return IndicatorValues(
        key, values, label, unit, decimals, source, used_year, example, caveat=caveat, **counted
    )
