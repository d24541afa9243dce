"""Everything the main map page needs, computed from the store without streamlit.

The page caches these results; keeping them here means the page holds no logic
that a test could only reach through a browser.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import geopandas as gpd
import pandas as pd

from potensi.core.config import BPS_AREA_KM2, BPS_AREA_SOURCE
from potensi.core.formatting import format_number
from potensi.core.layers import POINT_LAYERS, POINT_TABLES
from potensi.core.store import Boundaries
from potensi.i18n import Lang, t
from potensi.iid.coverage import support_names
from potensi.overlays.layers import OverlayDisplay
from potensi.overlays.sites import fact_lines_by_site
from potensi.views.state import ViewState, filter_rows, sidebar_choropleth
from potensi.viz.maps import build_kecamatan_map, outline_geojson, selection_script
from potensi.viz.points import centres_of, point_features


def view_of(state: ViewState) -> str:
    """Level of detail of the main map: one or more kecamatan chosen, or the kabupaten."""
    return "kecamatan" if state.kecamatan else "kabupaten"


def view_map(
    boundaries: Boundaries,
    data: Mapping[str, pd.DataFrame],
    state: ViewState,
    display: tuple[gpd.GeoDataFrame, gpd.GeoDataFrame],
    profile_url: str = "/profil",
    overlays: Sequence[OverlayDisplay] = (),
    facts: pd.DataFrame | None = None,
    selectable: bool = False,
):
    """The main page's map for a view state: choropleth, point layers, desa, labels.

    ``data`` holds the store's unfiltered tables (``indikator`` and the point tables);
    ``display`` is :func:`display_for` of :func:`view_of`. Everything the map shows
    follows from these arguments, so a caller may keep the result per view state.
    With ``selectable`` (the page, for :func:`mounted_state`) the map takes its kecamatan
    selection later in the browser, from :func:`view_selection`.
    """
    lang = state.lang
    shown = {layer: filter_rows(layer, data[layer], state) for layer in POINT_TABLES}
    # the choropleth compares all kecamatan: counts honour every filter but the kecamatan one
    everywhere = state.with_(kecamatan=())
    counted = {layer: filter_rows(layer, data[layer], everywhere) for layer in POINT_TABLES}
    counted["indikator"] = data["indikator"]
    desa_display, kec_display = display
    selected = state.kecamatan
    centres = centres_of(boundaries)
    # which innovations stand behind each potential: from the unfiltered tables, so a
    # filter on the innovations (stage, year …) does not turn a supported potential into a gap
    support = support_names(data["potensi"], data["inovasi"]) if "potensi" in state.layers else None
    points = [
        point_features(
            layer,
            shown[POINT_LAYERS[layer]],
            boundaries,
            lang,
            profile_url,
            colour_blind_safe=state.present,
            centres=centres,
            support=support,
            site_facts=None if facts is None else fact_lines_by_site(facts, POINT_LAYERS[layer], lang),
        )
        for layer in state.layers
        if layer in POINT_LAYERS
    ]
    return build_kecamatan_map(
        kec_display,
        sidebar_choropleth(state, boundaries.kecamatan, counted),
        selected=selected,
        desa=desa_drawn(state, desa_display),
        basemap=state.basemap,
        lang=lang,
        points=points,
        labels="label" in state.layers,
        outline=outline_geojson(kec_display),
        overlays=overlays,
        selectable=selectable,
    )


def mounted_state(state: ViewState) -> ViewState:
    """The view state of the map the page keeps mounted: all but the kecamatan choice
    and the desa layer.

    Choosing a kecamatan (sidebar, map click, presentation buttons) or switching the
    desa layer keeps the same map in the browser and sends only :func:`view_selection`;
    every other change (indicator, point layers, filters, language, presentation) is a
    map of its own.
    """
    return state.with_(kecamatan=(), layers=tuple(layer for layer in state.layers if layer != "desa"))


def view_selection(state: ViewState, display: tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]) -> str:
    """The script that shows ``state``'s kecamatan choice and desa layer on the mounted map.

    ``display`` is :func:`display_for` of :func:`view_of` (finer geometry once a
    kecamatan is chosen): the desa drawn are all of them with the desa layer on, else
    the chosen kecamatan's; the points are the mounted map's, filtered in the browser.
    """
    desa_display, kec_display = display
    return selection_script(kec_display, desa_drawn(state, desa_display), state.kecamatan, state.lang)


def desa_drawn(state: ViewState, desa_display: gpd.GeoDataFrame) -> gpd.GeoDataFrame | None:
    """The desa a map of ``state`` draws: all with the desa layer on, else those of the
    chosen kecamatan, else none (one rule for the whole map and the mounted selection)."""
    if "desa" in state.layers:
        return desa_display
    if state.kecamatan:
        return desa_display[desa_display.kode_kec.isin(state.kecamatan)]
    return None


def area_note(boundaries: Boundaries, lang: Lang) -> str:
    """Says which area the screen shows: polygon area vs the official BPS figure."""
    poly = float(boundaries.kabupaten.luas_km2.sum())
    return t(
        "area_note",
        lang,
        poly=format_number(poly, 2, lang),
        bps=format_number(BPS_AREA_KM2, 2, lang),
        bps_source=BPS_AREA_SOURCE,
    )


def desa_table(boundaries: Boundaries, kecamatan_code: str, lang: Lang) -> pd.DataFrame:
    """Desa of one kecamatan, columns labelled in the UI language."""
    desa = boundaries.desa[boundaries.desa.kode_kec == kecamatan_code].sort_values("kode")
    return pd.DataFrame(
        {
            t("col_kode", lang): desa.kode,
            t("col_nama", lang): desa.nama,
            t("col_jenis", lang): desa.jenis,
            t("col_luas", lang): desa.luas_km2.round(2),
        }
    ).reset_index(drop=True)


KEC_CODE = re.compile(r"^\d{2}\.\d{2}\.\d{2}")


def kecamatan_from_feature(feature: dict | None) -> str | None:
    """Kecamatan code of a clicked GeoJSON feature (a desa click selects its kecamatan)."""
    if not feature:
        return None
    code = str((feature.get("properties") or {}).get("kode", ""))
    match = KEC_CODE.match(code)
    return match.group(0) if match else None
