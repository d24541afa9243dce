"""The state of a view (language, filters, layers, indicator) and its URL form.

A link an official sends must open exactly the same view, so everything a person
can set in the sidebar round-trips through ``st.query_params``. The parsing is here,
without streamlit, so it is tested directly; unknown or stale values in a URL are
dropped rather than failing the page.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, replace

import geopandas as gpd
import pandas as pd

from potensi.data.schema import (
    JENIS_INOVASI,
    SEKTOR_POTENSI,
    TAHAPAN_INOVASI,
    TINGKAT_KESIAPAN,
)
from potensi.viz.choropleth import choropleth_for
from potensi.viz.maps import Choropleth

#: map layers a person can switch on and off
MAP_LAYERS = ("potensi", "peluang", "inovasi", "desa", "label")
DEFAULT_LAYERS = ("potensi", "peluang", "inovasi")
BASEMAP_KEYS = ("none", "osm", "light", "satellite")
CLASSIFIERS = ("quantiles", "natural_breaks", "equal_interval")
#: the sidebar's controls a page may ask for (ViewState fields; language and presentation
#: mode are on every page): a page draws only those that act on what it shows
CONTROLS = (
    "kecamatan",
    "indikator",
    "klasifikasi",
    "layers",
    "sektor",
    "kesiapan",
    "tahapan",
    "jenis",
    "opd",
    "tahun",
    "basemap",
)
#: controls that only change a map
MAP_CONTROLS = frozenset({"indikator", "klasifikasi", "layers", "basemap"})
#: the filters folded into the sidebar's "Saring data"
FILTERS = ("sektor", "kesiapan", "tahapan", "jenis", "opd", "tahun")


@dataclass(frozen=True)
class ViewState:
    """Everything that defines what a page shows."""

    lang: str = "id"
    kecamatan: tuple[str, ...] = ()
    sektor: tuple[str, ...] = ()
    kesiapan: tuple[str, ...] = ()
    tahapan: tuple[str, ...] = ()
    jenis: tuple[str, ...] = ()
    opd: tuple[str, ...] = ()
    tahun: int | None = None
    layers: tuple[str, ...] = DEFAULT_LAYERS
    indikator: str = "luas"
    klasifikasi: str = "quantiles"
    basemap: str = "none"
    present: bool = False
    extra: dict[str, str] = field(default_factory=dict, compare=False)

    def to_query(self) -> dict[str, str]:
        """Query parameters, leaving out what equals the default (short links)."""
        default = ViewState()
        query: dict[str, str] = {}
        for name, value in asdict(self).items():
            if name == "extra" or value == getattr(default, name):
                continue
            if isinstance(value, tuple):
                query[name] = ",".join(str(v) for v in value) if value else "-"
            elif isinstance(value, bool):
                query[name] = "1" if value else "0"
            elif value is not None:
                query[name] = str(value)
        return query

    def with_(self, **changes: object) -> ViewState:
        """A copy with some fields changed."""
        return replace(self, **changes)


def active_filters(state: ViewState, shown: Iterable[str] = FILTERS) -> tuple[str, ...]:
    """The filters among ``shown`` that are not at their default.

    The filters sit in a collapsed expander: its label counts these, so a filter that
    narrows the page is visible without opening it.
    """
    default = ViewState()
    return tuple(f for f in FILTERS if f in shown and getattr(state, f) != getattr(default, f))


def kecamatan_options(names: Mapping[str, str]) -> list[str]:
    """Kecamatan codes in alphabetical order of their names (code order breaks a tie).

    Every list of kecamatan a person picks from uses this order with
    :func:`kecamatan_label`: people look a kecamatan up by name, the code stays visible
    and searchable for those who know it.
    """
    return sorted(names, key=lambda code: (str(names[code]).casefold(), code))


def kecamatan_label(code: str, names: Mapping[str, str]) -> str:
    """How a kecamatan appears in a list: ``Bakung (35.05.05)``; an unknown code as itself."""
    return f"{names[code]} ({code})" if code in names else code


def _tuple(raw: str | None, allowed: tuple[str, ...] | None = None) -> tuple[str, ...] | None:
    if raw is None:
        return None
    if raw in ("", "-"):
        return ()
    values = [v.strip() for v in raw.split(",") if v.strip()]
    if allowed is not None:
        values = [v for v in values if v in allowed]
    return tuple(dict.fromkeys(values))


def from_query(
    params: Mapping[str, str],
    kecamatan_codes: tuple[str, ...] = (),
    opd_codes: tuple[str, ...] = (),
    indicators: tuple[str, ...] = (),
) -> ViewState:
    """A ViewState from query parameters; values not allowed are dropped."""
    state = ViewState()
    changes: dict[str, object] = {}
    if params.get("lang") in ("id", "en"):
        changes["lang"] = params["lang"]
    for name, allowed in (
        ("kecamatan", kecamatan_codes or None),
        ("sektor", SEKTOR_POTENSI),
        ("kesiapan", TINGKAT_KESIAPAN),
        ("tahapan", TAHAPAN_INOVASI),
        ("jenis", JENIS_INOVASI),
        ("opd", opd_codes or None),
        ("layers", MAP_LAYERS),
    ):
        value = _tuple(params.get(name), allowed)
        if value is not None:
            changes[name] = value
    tahun = params.get("tahun")
    if tahun and tahun.isdigit() and 1900 <= int(tahun) <= 2100:
        changes["tahun"] = int(tahun)
    if params.get("indikator") and (not indicators or params["indikator"] in indicators):
        changes["indikator"] = params["indikator"]
    if params.get("klasifikasi") in CLASSIFIERS:
        changes["klasifikasi"] = params["klasifikasi"]
    if params.get("basemap") in BASEMAP_KEYS:
        changes["basemap"] = params["basemap"]
    if params.get("present") in ("1", "0"):
        changes["present"] = params["present"] == "1"
    return state.with_(**changes)


def filter_rows(layer: str, rows: pd.DataFrame, state: ViewState) -> pd.DataFrame:
    """Rows of a data layer that the sidebar filters keep.

    The kecamatan filter keeps rows located in a chosen kecamatan (rows for the
    whole kabupaten have no place on a kecamatan map and drop out); the year keeps
    innovations reported up to that year.
    """
    keep = pd.Series(True, index=rows.index)
    if state.kecamatan and "kecamatan" in rows:
        keep &= rows.kecamatan.isin(state.kecamatan)
    if layer == "potensi" and state.sektor:
        keep &= rows.sektor.isin(state.sektor)
    if layer == "peluang_investasi" and state.kesiapan:
        keep &= rows.tingkat_kesiapan.isin(state.kesiapan)
    if layer == "inovasi":
        if state.tahapan:
            keep &= rows.tahapan.isin(state.tahapan)
        if state.jenis:
            keep &= rows.jenis.isin(state.jenis)
        if state.opd:
            keep &= rows.kode_opd.isin(state.opd)
        if state.tahun is not None:
            keep &= pd.to_numeric(rows.tahun_pelaporan, errors="coerce") <= state.tahun
    return rows[keep]


def sidebar_choropleth(
    state: ViewState, kecamatan: gpd.GeoDataFrame, data: Mapping[str, pd.DataFrame]
) -> Choropleth:
    """The kecamatan choropleth the sidebar asks for: its indicator, year and classes, in
    its language, colour-blind safe in presentation mode (every page's map the same)."""
    return choropleth_for(
        kecamatan,
        state.indikator,
        state.lang,  # type: ignore[arg-type]
        data,
        state.tahun,
        state.klasifikasi,
        colour_blind_safe=state.present,
    )
