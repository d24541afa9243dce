"""The shared sidebar and the view state it defines, kept in the URL.

Every page calls :func:`sidebar` (through ``ui.page.start``), so filters persist from
page to page and ``st.query_params`` always mirrors them:
a copied link reopens the same view.
"""

from __future__ import annotations

from collections.abc import Collection

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from potensi.data.indicators import indicator_label
from potensi.data.schema import (
    JENIS_INOVASI,
    SEKTOR_POTENSI,
    TAHAPAN_INOVASI,
    TINGKAT_KESIAPAN,
)
from potensi.i18n import t
from potensi.views.state import (
    BASEMAP_KEYS,
    CLASSIFIERS,
    CONTROLS,
    FILTERS,
    MAP_LAYERS,
    ViewState,
    active_filters,
    from_query,
    kecamatan_label,
    kecamatan_options,
)
from potensi.viz.style import BASEMAPS

#: ViewState field -> widget key
KEYS = {
    "lang": "lang",
    "present": "present",
    "kecamatan": "f_kecamatan",
    "sektor": "f_sektor",
    "kesiapan": "f_kesiapan",
    "tahapan": "f_tahapan",
    "jenis": "f_jenis",
    "opd": "f_opd",
    "tahun": "f_tahun",
    "layers": "f_layers",
    "indikator": "f_indikator",
    "klasifikasi": "f_klasifikasi",
    "basemap": "f_basemap",
}
LOADED = "_view_loaded"
#: a chosen option (a multiselect chip) shows its whole label: Streamlit cuts chips at a
#: fixed width ("Investment opport…"), and the sidebar is too narrow for the English
#: layer names and the OPD names; a long chip wraps instead
SIDEBAR_CSS = """<style>
[data-testid="stSidebar"] [data-tag] {max-width: 100%; height: auto;}
[data-testid="stSidebar"] [data-tag] > span[title] {
  max-width: none; white-space: normal; overflow: visible; text-overflow: clip; line-height: 1.3;
}
</style>"""


#: printing a page (Ctrl+P, or headless Chromium's page.pdf): only what the page shows, not
#: how it is steered. No sidebar, header or widgets; every tab of a profile one after the
#: other, each on a new page; the canvas tables (st.dataframe, a scrolling grid that prints
#: its first rows only) replaced by their plain HTML twin (ui.tables, hidden on screen); no
#: chart or map split over two sheets. The map's own print rules (zoom buttons hidden,
#: legend beside the map) live in its iframe: potensi.viz.maps.MAP_CSS.
PRINT_CSS = """<style>
[data-testid="stElementContainer"]:has(> .stHtml .peta-print-table),
[data-testid="stElementContainer"]:has(.peta-print-table) {display: none;}
@media print {
  @page {size: A4; margin: 12mm;}
  [data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
  [data-testid="stToolbar"], [data-testid="stDecoration"], [data-testid="stStatusWidget"],
  [data-testid="stExpandSidebarButton"], [data-testid="stSidebarNav"], [data-testid="stBottom"],
  .stButton, .stDownloadButton, .stPageLink, [data-testid="stPageLink"], .stSelectbox, .stMultiSelect,
  .stRadio, .stCheckbox, .stToggle, .stSlider, .stTextInput, .stNumberInput, .stFileUploader, .stForm,
  [data-testid="stSelectbox"], [data-testid="stMultiSelect"], [data-testid="stButton"],
  [data-testid="stDownloadButton"], [data-testid="stExpander"]:has(.stDownloadButton),
  [data-testid="stTabs"] [role="tablist"],
  [data-testid="stElementToolbar"], .stDataFrame, [data-testid="stDataFrame"] {display: none !important;}
  [data-testid="stElementContainer"]:has(.stDataFrame),
  [data-testid="stElementContainer"]:has([data-testid="stDataFrame"]) {display: none !important;}
  [data-testid="stElementContainer"]:has(.peta-print-table) {display: block !important;}
  [data-testid="stAppViewContainer"], [data-testid="stMain"], [data-testid="stMainBlockContainer"],
  .main, .block-container {overflow: visible !important; height: auto !important; padding: 0 !important;
    margin: 0 !important; max-width: 100% !important;}
  [data-testid="stAppViewContainer"] {position: static !important;}
  [data-testid="stTabPanel"], [data-testid="stTabPanel"][data-st-inactive] {display: block !important;
    height: auto !important; overflow: visible !important; visibility: visible !important;
    opacity: 1 !important; position: static !important; break-before: page;}
  [data-testid="stTabPanel"][role="tabpanel"] {break-before: auto;}
  h1, h2, h3, [data-testid="stHeading"] {break-after: avoid;}
  iframe, .stPlotlyChart, [data-testid="stMetric"], table tr, img {break-inside: avoid;}
  .peta-print-table table {border-collapse: collapse; width: 100%; font-size: 9pt;}
  .peta-print-table th, .peta-print-table td {border: 1px solid #bbb; padding: 2px 4px; text-align: left;
    vertical-align: top;}
  .peta-print-table th {background: #eee;}
  a[href]::after {content: none !important;}
}
</style>"""


def keep_widget_state(*keys: str) -> None:
    """Keep these widgets' values across page switches.

    Streamlit drops the state of a widget that a run did not draw (the page before
    drew it, this one has not yet); writing the value back marks it as ours.
    """
    for key in keys:
        if key in st.session_state:
            st.session_state[key] = st.session_state[key]


def _load_from_url(kecamatan: dict[str, str], opd: dict[str, str], indicators: list[str]) -> None:
    """On a session's first run, put the URL's view into the widgets."""
    if st.session_state.get(LOADED):
        return
    state = from_query(dict(st.query_params), tuple(kecamatan), tuple(opd), tuple(indicators))
    for name, key in KEYS.items():
        value = getattr(state, name)
        st.session_state[key] = list(value) if isinstance(value, tuple) else value
    st.session_state[LOADED] = True


def current() -> ViewState:
    """The view state as the widgets hold it now."""
    values = {}
    for name, key in KEYS.items():
        if key in st.session_state:
            value = st.session_state[key]
            values[name] = tuple(value) if isinstance(value, list) else value
    return ViewState(**values)


def sync_url(state: ViewState) -> None:
    """Write the state into the URL, keeping parameters pages set themselves."""
    own = {k for k in KEYS}
    query = {k: v for k, v in st.query_params.items() if k not in own}
    query.update(state.to_query())
    if dict(st.query_params) != query:
        st.query_params.from_dict(query)


def kecamatan_filter(container: DeltaGenerator, kecamatan: dict[str, str], lang: str) -> None:
    """The kecamatan multiselect, drawn into the sidebar slot kept for it."""
    container.multiselect(
        t("kecamatan_filter", lang),
        kecamatan_options(kecamatan),
        key=KEYS["kecamatan"],
        format_func=lambda c: kecamatan_label(c, kecamatan),
        placeholder=t("all_kecamatan", lang),
    )


def sidebar(
    kecamatan: dict[str, str],
    opd: dict[str, str],
    years: list[int],
    indicators: list[str],
    defer_kecamatan: bool = False,
    controls: Collection[str] = CONTROLS,
) -> tuple[ViewState, DeltaGenerator]:
    """Render the shared sidebar (language, presentation, and the page's ``controls``).

    Returns the view state and the sidebar slot of the kecamatan filter. With
    ``defer_kecamatan`` the slot stays empty: the page draws the filter there from an
    ``st.fragment`` (the Peta page), so that changing it reruns the fragment (map and
    details) rather than the whole page.

    ``controls`` names the ViewState fields whose widgets this page draws (those that
    act on what it shows: a map control on a page without the map would do nothing). A
    control left out keeps its value (``keep_widget_state``) and stays in the URL, so a
    deep link opened on any page, and going back to the map, keep the choice.
    """
    _load_from_url(kecamatan, opd, indicators)
    keep_widget_state(*KEYS.values())
    if st.session_state.get(KEYS["indikator"]) not in indicators and indicators:
        st.session_state[KEYS["indikator"]] = indicators[0]
    bar = st.sidebar
    bar.html(SIDEBAR_CSS + PRINT_CSS)
    lang = bar.radio(
        "Bahasa / Language",
        ["id", "en"],
        key=KEYS["lang"],
        horizontal=True,
        format_func=lambda c: {"id": "Indonesia", "en": "English"}[c],
    )
    bar.toggle(t("present_toggle", lang), key=KEYS["present"], help=t("present_help", lang))
    # a page may draw the kecamatan filter itself, from a fragment, into this slot
    slot = bar.container()
    if "kecamatan" in controls and not defer_kecamatan:
        kecamatan_filter(slot, kecamatan, lang)
    if "indikator" in controls:
        bar.selectbox(
            t("indicator", lang),
            indicators,
            key=KEYS["indikator"],
            format_func=lambda k: indicator_label(k, lang),
        )
    if "klasifikasi" in controls:
        bar.selectbox(
            t("classifier", lang),
            list(CLASSIFIERS),
            key=KEYS["klasifikasi"],
            format_func=lambda k: t(f"classifier_{k}", lang),
        )
    if "layers" in controls:
        bar.multiselect(
            t("layers", lang),
            list(MAP_LAYERS),
            key=KEYS["layers"],
            format_func=lambda k: t(f"maplayer_{k}", lang),
            placeholder=t("choose", lang),
        )
    if shown := [f for f in FILTERS if f in controls]:
        _filters(bar, shown, opd, years, lang)
    if "basemap" in controls:
        bar.selectbox(
            t("basemap", lang),
            list(BASEMAP_KEYS),
            key=KEYS["basemap"],
            format_func=lambda k: t(BASEMAPS[k].label_key, lang),
        )
        bar.caption(t("basemap_offline_note", lang))
    state = current()
    sync_url(state)
    return state, slot


def _filters(bar: DeltaGenerator, shown: list[str], opd: dict[str, str], years: list[int], lang: str) -> None:
    """The "Saring data" expander with the ``shown`` filters.

    Collapsed, it would hide that a filter narrows the page: its label counts the active
    ones ("Saring data (2 aktif)").
    """
    active = active_filters(current(), shown)
    label = t("filters_more_active", lang, n=len(active)) if active else t("filters_more", lang)
    enums = {
        "sektor": SEKTOR_POTENSI,
        "kesiapan": TINGKAT_KESIAPAN,
        "tahapan": TAHAPAN_INOVASI,
        "jenis": JENIS_INOVASI,
    }
    # keyed: the same expander whatever its label, so a choice inside does not collapse it
    with bar.expander(label, key="f_filters"):
        for name in shown:
            if name in enums:
                st.multiselect(
                    t(f"filter_{name}", lang),
                    list(enums[name]),
                    key=KEYS[name],
                    format_func=lambda k, name=name: t(f"{name}_{k}", lang),
                    placeholder=t("choose", lang),
                )
            elif name == "opd":
                st.multiselect(
                    t("filter_opd", lang),
                    list(opd),
                    key=KEYS["opd"],
                    format_func=lambda k: opd.get(k, k),
                    placeholder=t("choose", lang),
                )
            else:
                st.selectbox(
                    t("filter_tahun", lang),
                    [None, *years],
                    key=KEYS["tahun"],
                    format_func=lambda y: t("all_years", lang) if y is None else str(y),
                )
