"""Profil Kecamatan: one kecamatan's key figures with source and year, its desa on a
map, its standing among the kecamatan, its potentials, opportunities and
innovations, and two or three kecamatan side by side.

Every figure, table and chart comes from :mod:`potensi.views.profil`; this page only
lays them out. The kecamatan is the sidebar's (first) selection, so a link
``/profil?kecamatan=35.05.13`` opens that profile and the whole app follows it.
"""

from __future__ import annotations

import streamlit as st
from streamlit_folium import st_folium

from potensi.core.formatting import format_number
from potensi.core.layers import POINT_LAYERS
from potensi.i18n import t
from potensi.views import profil as pf
from potensi.views.state import kecamatan_label, kecamatan_options, sidebar_choropleth
from potensi.viz.maps import build_kecamatan_map
from potensi.viz.points import point_features
from ui import cache
from ui.handout import kecamatan_brief_button
from ui.page import start
from ui.presentation import presentation_walk
from ui.state import KEYS, keep_widget_state
from ui.tables import data_table

PICK, COMPARE, COMPARE_DEFAULT = "profil_pick", "profil_compare", "_profil_compare_default"
MAP_HEIGHT, MAP_HEIGHT_PRESENT = 540, 600
CHART_CONFIG = {"displaylogo": False, "modeBarButtonsToRemove": ["lasso2d", "select2d"]}
#: headline cards: a bare number is large; "data tidak tersedia" wraps, smaller and grey
#: (presentation mode enlarges all text, so the sizes are set for both modes)
FIGURE_CSS = """<style>
[class*="st-key-profil_fig_"] [data-testid="stMetricValue"],
[class*="st-key-profil_fig_"] [data-testid="stMetricValue"] * {font-size: {big} !important;}
[class*="st-key-profil_"] [data-testid="stMetricLabel"] * {white-space: normal !important;
  font-size: {label} !important;}
[class*="st-key-profil_missing_"] [data-testid="stMetricValue"],
[class*="st-key-profil_missing_"] [data-testid="stMetricValue"] * {font-size: {small} !important;
  color: #777; white-space: normal !important;}
</style>"""

# the comparison keeps its value across page switches (the sidebar keeps its own)
keep_widget_state(COMPARE)

page = start(walks=True)  # presenting, Keluar sits in the walk row (presentation_walk)
state, boundaries = page.state, page.boundaries
lang, large = state.lang, state.present
names = dict(zip(boundaries.kecamatan.kode, boundaries.kecamatan.nama, strict=True))
order = sorted(names)  # the presentation walk goes in code order, as on the map page
choices = kecamatan_options(names)  # the pickers list them by name


def label(code: str) -> str:
    """A kecamatan in a picker: its name with its code."""
    return kecamatan_label(code, names)


kabupaten = str(boundaries.kabupaten.nama.iloc[0])
desa_names = dict(zip(boundaries.desa.kode, boundaries.desa.nama, strict=True))
code = next((c for c in state.kecamatan if c in names), None)


def pick_kecamatan() -> None:
    """The picker sets the sidebar's kecamatan, so the whole app follows."""
    if chosen := st.session_state.get(PICK):
        st.session_state[KEYS["kecamatan"]] = [chosen]


def open_profile(other: str) -> None:
    """A comparison button opens that kecamatan's profile (the sidebar follows)."""
    st.session_state[KEYS["kecamatan"]] = [other]


def chart(fig: object, key: str) -> None:
    """A plotly figure at full column width, without the selection tools."""
    st.plotly_chart(fig, key=key, width="stretch", config=CHART_CONFIG)


def table(listing: pf.ListTable, key: str) -> None:
    """A list with its source columns rendered as links, named by publisher and title."""
    data_table(
        listing.frame, lang, key=key, link_labels=listing.link_labels, link_columns=listing.link_columns
    )


if state.present:
    # a pitch always shows a kecamatan: without a selection the walk starts at the first
    code = code or order[0]
    presentation_walk(order, names, state, current=code, title=t("profil_title_empty", lang), with_exit=True)
else:
    st.title(t("profil_title", lang, name=names[code]) if code else t("profil_title_empty", lang))
    if code is None:
        st.caption(t("profil_intro", lang, n=len(names)))
if code is None:
    if not state.present:
        st.session_state[PICK] = None
        st.selectbox(
            t("profil_pick_label", lang),
            choices,
            key=PICK,
            on_change=pick_kecamatan,
            format_func=label,
            placeholder=t("profil_pick_placeholder", lang),
        )
        st.info(t("profil_pick_prompt", lang))
    st.stop()

if not state.present:
    subtitle = t("profil_subtitle", lang, code=code, kabupaten=kabupaten)
    st.caption(f"{subtitle} · {t('profil_intro', lang, n=len(names))}")
    kecamatan_brief_button(code, boundaries, page.data, lang)
if len(state.kecamatan) > 1 and not state.present:
    st.caption(t("profil_multi_selected", lang, n=len(state.kecamatan), name=names[code]))
shown = {
    layer: pf.rows_here(page.data, layer, code, state)
    for layer in ("potensi", "peluang_investasi", "inovasi")
}
figures = pf.headline_figures(code, boundaries, page.data, lang)
year = pf.boundary_year(boundaries.kabupaten)
ranks = pf.rank_items(code, boundaries.kecamatan, page.data, lang, year)
if examples := pf.examples_shown(figures, ranks, {layer: rows for layer, (rows, _) in shown.items()}):
    st.warning(t("profil_example_warning", lang, n=examples, name=names[code]), icon="⚠️")

# ------------------------------------------------------------------ headline: figures beside the map
# The first screen (1400×1000) holds the title, the example-data warning, the key
# figures and the map; everything else sits in tabs by theme (pf.profile_sections).
st.html(
    FIGURE_CSS.replace("{big}", "2.2rem" if large else "1.8rem")
    .replace("{small}", "1.4rem" if large else "1.2rem")
    .replace("{label}", "1.05rem" if large else "0.875rem")
)
figure_col, map_col = st.columns([3, 2], gap="medium")
with figure_col:
    for row in pf.headline_rows(figures):
        for column, figure in zip(st.columns(len(row)), row, strict=True):
            kind = "missing" if figure.missing else "fig"
            with column.container(border=True, key=f"profil_{kind}_{figure.key}"):
                st.metric(figure.title, figure.number)
                st.caption(pf.caption_short(figure, lang))
    with st.expander(t("profil_sources_heading", lang), icon=":material/menu_book:"):
        st.caption(pf.sources_markdown(figures, lang))

with map_col:
    desa_display, kec_display = cache.display(page.version, "kecamatan")
    support = pf.popup_support(page.data)
    points = [
        point_features(
            layer,
            shown[POINT_LAYERS[layer]][0],
            boundaries,
            lang,
            "/profil",
            colour_blind_safe=state.present,
            support=support,
        )
        for layer in state.layers
        if layer in POINT_LAYERS
    ]
    fmap = build_kecamatan_map(
        kec_display,
        sidebar_choropleth(state, boundaries.kecamatan, page.data),
        selected=(code,),
        desa=desa_display[desa_display.kode_kec == code],
        basemap=state.basemap,
        lang=lang,
        points=points,
        labels="label" in state.layers,
        overlays=cache.overlays(page.version),
    )
    st_folium(
        fmap,
        key=f"profil_map_{code}",
        height=MAP_HEIGHT_PRESENT if large else MAP_HEIGHT,
        use_container_width=True,
        returned_objects=[],
    )
    st.caption(
        t("profil_map_caption", lang, n=int((boundaries.desa.kode_kec == code).sum()), name=names[code])
    )


# ------------------------------------------------------------------ the tabs below the headline
keys = tuple(item.key for item in ranks)  # pf.rank_indicators, in order
#: a chart largest-first is a ranking: indicators that are not ranked get none
charted = {item.key: item for item in ranks if not item.unranked}


def standing_block() -> None:
    """This kecamatan's share of the kabupaten, beside its rank in every indicator."""
    st.subheader(t("profil_kabupaten_heading", lang))
    shares = pf.kabupaten_shares(code, boundaries, page.data, lang)
    share_col, rank_col = st.columns([2, 3]) if not large else (st.container(), st.container())
    with share_col:
        chart(
            pf.share_figure(shares, names[code], kabupaten, lang, large, state.present, len(names)),
            key="profil_shares",
        )
        st.caption(t("profil_share_caption", lang, n=len(names)))
    with rank_col:
        st.markdown(f"**{t('profil_rank_heading', lang)}**")
        st.table(pf.rank_table(code, boundaries.kecamatan, page.data, lang, year, ranks), hide_index=True)
        st.caption(t("profil_rank_caption", lang))


def rank_charts(chart_keys: tuple[str, ...]) -> None:
    """One chart per indicator, two side by side: this kecamatan among all of them."""
    items = [charted[key] for key in chart_keys if key in charted]
    for start_at in range(0, len(items), 2):
        for column, item in zip(st.columns(2), items[start_at : start_at + 2], strict=False):
            with column:
                chart(
                    pf.rank_figure(item, code, boundaries.kecamatan, lang, large, state.present),
                    key=f"profil_rank_{item.key}",
                )


LISTS = {
    "potensi": ("profil_potensi_heading", "profil_none_potensi"),
    "peluang": ("profil_peluang_heading", "profil_none_peluang"),
    "inovasi": ("profil_inovasi_heading", "profil_none_inovasi"),
}


def list_block(part: str) -> None:
    """The kecamatan's potentials, opportunities or innovations, with their sources."""
    layer = POINT_LAYERS[part]
    heading, none = LISTS[part]
    rows, total = shown[layer]
    st.subheader(t(heading, lang, n=format_number(total, 0, lang)))
    if len(rows) != total:
        st.caption(t("profil_filtered_note", lang, n=len(rows), total=total))
    if layer == "potensi" and len(rows):
        st.caption(pf.sector_summary(rows, lang))
    if rows.empty:
        st.info(t(none, lang))
    elif layer == "potensi":
        table(pf.potensi_table(rows, desa_names, lang), key="profil_list_potensi")
    elif layer == "peluang_investasi":
        table(pf.peluang_table(rows, desa_names, lang), key="profil_list_peluang")
    else:
        table(pf.inovasi_table(rows, page.data["opd"], lang), key="profil_list_inovasi")
    wide = len(pf.kabupaten_wide(pf.layer_rows(page.data, layer)))
    if wide and layer in ("potensi", "inovasi"):
        st.caption(t(f"profil_{layer}_wide_info", lang, n=format_number(wide, 0, lang)))
    if layer != "potensi" and not state.present:
        target = "peluang" if layer == "peluang_investasi" else "inovasi"
        st.page_link(
            f"pages/{target}.py",
            label=t("profil_open_page", lang, page=t(f"nav_{target}", lang)),
            icon=":material/arrow_forward:",
        )


def support_block() -> None:
    """The kecamatan's potentials with the innovations behind them, and those without."""
    support = pf.support_here(page.data, code)
    st.subheader(t("profil_dukungan_heading", lang))
    if support.empty:
        st.info(t("profil_none_potensi", lang))
        return
    st.caption(pf.support_summary(support, lang))
    with_rows, without_rows = pf.supported_table(support, lang), pf.gap_table_here(support, lang)
    st.markdown(f"**{t('profil_dukungan_without', lang, n=format_number(len(without_rows), 0, lang))}**")
    if without_rows.empty:
        st.success(t("profil_dukungan_all_with", lang))
    else:
        data_table(without_rows, lang, key="profil_dukungan_without")
    st.markdown(f"**{t('profil_dukungan_with', lang, n=format_number(len(with_rows), 0, lang))}**")
    if with_rows.empty:
        st.info(t("profil_dukungan_none_with", lang))
    else:
        data_table(with_rows, lang, key="profil_dukungan_with")
    st.caption(t("profil_dukungan_rule", lang))


def compare_block() -> None:
    """Two or three kecamatan side by side, starting from this one and its neighbours."""
    st.subheader(t("profil_compare_heading", lang))
    default = pf.comparison_default([c for c in state.kecamatan if c in names], boundaries.kecamatan)
    st.session_state[COMPARE] = pf.follow_default(
        st.session_state.get(COMPARE), st.session_state.get(COMPARE_DEFAULT), default, names
    )
    st.session_state[COMPARE_DEFAULT] = default
    compared = st.multiselect(
        t("profil_compare_label", lang),
        choices,
        key=COMPARE,
        max_selections=pf.MAX_COMPARE,
        format_func=label,
        placeholder=t("profil_compare_placeholder", lang),
    )
    if len(compared) < 2:
        st.info(t("profil_compare_prompt", lang))
        return
    # the kecamatan stand side by side as the table's columns; the chart needs the full width
    st.table(pf.comparison_table(compared, boundaries, page.data, lang))
    if not state.present:
        for column, other in zip(st.columns(len(compared)), compared, strict=True):
            column.button(
                t("profil_open_other", lang, name=names[other]),
                key=f"profil_open_{other}",
                on_click=open_profile,
                args=(other,),
                disabled=other == code,
                icon=":material/location_on:",
                width="stretch",
            )
    chart(
        pf.comparison_figure(compared, boundaries, page.data, lang, large, state.present),
        key="profil_compare_chart",
    )


sections = pf.profile_sections(keys, lang)
for tab, section in zip(st.tabs([s.title for s in sections]), sections, strict=True):
    with tab:
        if set(section.parts) & set(LISTS):
            st.caption(t("profil_list_caption", lang))
        for part in section.parts:
            if part == "standing":
                standing_block()
            elif part == "compare":
                compare_block()
            elif part == "dukungan":
                support_block()
            else:
                list_block(part)
        if section.charts:
            if section.parts:
                st.subheader(t("profil_rank_charts_heading", lang, n=len(names)))
            rank_charts(section.charts)

st.caption(t("source_boundaries", lang, commit=str(boundaries.kabupaten.commit_sumber.iloc[0])[:10]))
