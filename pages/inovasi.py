"""Inovasi Daerah: the registry by OPD, form, type and stage, the timeline of trial
and implementation dates, a map of located innovations, counts per kecamatan and
per government affair, and the Indeks Inovasi Daerah context.

Counting, labels and charts come from :mod:`potensi.views.inovasi`; this page only lays
them out. The sidebar filters apply to everything; the form (bentuk) filter and the
table grouping are this page's own controls, hidden while presenting.
"""

from __future__ import annotations

import streamlit as st
from streamlit_folium import st_folium

from potensi.core import cells
from potensi.core.formatting import format_number
from potensi.data import records
from potensi.data.schema import BENTUK_INOVASI
from potensi.i18n import t
from potensi.iid import context as iid_context
from potensi.views import inovasi as inv
from potensi.views.state import filter_rows
from potensi.viz.choropleth import choropleth_for
from potensi.viz.maps import build_kecamatan_map, outline_geojson
from potensi.viz.points import point_features
from ui import cache
from ui.page import start
from ui.state import keep_widget_state
from ui.tables import data_table

BENTUK, GROUP_BY = "inovasi_bentuk", "inovasi_group_by"
MAP_HEIGHT, MAP_HEIGHT_PRESENT = 540, 700
CHART_CONFIG = {"displaylogo": False, "modeBarButtonsToRemove": ["lasso2d", "select2d"]}

# page widgets keep their value while presenting (hidden) and across page switches
keep_widget_state(BENTUK, GROUP_BY)

# what acts here: the kecamatan, the innovation filters and year, and the map's classes
# and basemap (the map is always coloured by innovation count: no indicator or layers)
page = start(controls=("kecamatan", "klasifikasi", "basemap", "tahapan", "jenis", "opd", "tahun"))
state, boundaries = page.state, page.boundaries
lang, large = state.lang, state.present
kec_names = dict(zip(boundaries.kecamatan.kode, boundaries.kecamatan.nama, strict=True))
opd_full = records.opd_labels(page.data["opd"])
opd_short = records.opd_labels(page.data["opd"], short=True)
everything = page.data["inovasi"]


def chart(fig: object, key: str) -> None:
    """A plotly figure at full column width, without the selection tools."""
    st.plotly_chart(fig, key=key, width="stretch", config=CHART_CONFIG)


st.title(t("inovasi_title", lang))
if not state.present:
    st.caption(t("inovasi_intro", lang))
if everything.empty:
    st.info(t("inovasi_empty", lang))
    st.stop()

if state.present:
    chosen_bentuk = [b for b in st.session_state.get(BENTUK, []) if b in BENTUK_INOVASI]
    if chosen_bentuk:
        st.caption(
            t(
                "inovasi_active_bentuk",
                lang,
                values=", ".join(records.value_label("bentuk", b, lang) for b in chosen_bentuk),
            )
        )
else:
    chosen_bentuk = st.multiselect(
        t("inovasi_bentuk_filter", lang),
        list(BENTUK_INOVASI),
        key=BENTUK,
        placeholder=t("inovasi_all_bentuk", lang),
        format_func=lambda b: records.value_label("bentuk", b, lang),
    )
rows = inv.filter_bentuk(filter_rows("inovasi", everything, state), chosen_bentuk)
kabupaten_wide = inv.kabupaten_wide_count(rows)

# ------------------------------------------------------------------ headline figures
metrics = st.columns(5)
metrics[0].metric(t("inovasi_metric_total", lang), format_number(len(rows), 0, lang))
metrics[1].metric(t("inovasi_metric_opd", lang), format_number(inv.opd_count(rows), 0, lang))
metrics[2].metric(
    t("inovasi_metric_kabupaten", lang),
    format_number(kabupaten_wide, 0, lang),
    help=None if state.present else t("inovasi_metric_kabupaten_help", lang),
)
metrics[3].metric(
    t("inovasi_metric_located", lang),
    format_number(len(rows) - kabupaten_wide, 0, lang),
    help=None if state.present else t("inovasi_metric_located_help", lang),
)
# the official IID results the store holds (indikator iid_skor), as the IID page reads them
iid_history = iid_context.history(page.data["indikator"], str(boundaries.kabupaten.kode.iloc[0]))
if len(iid_history):
    scores = inv.iid_scores(iid_history, lang)
    (first_year, _), (last_year, last_score) = scores[0], scores[-1]
    metrics[4].metric(
        t("inovasi_metric_iid", lang, year=last_year),
        last_score,
        delta=inv.iid_change(iid_history, lang),
        help=t("inovasi_metric_iid_help", lang, year=first_year),
    )
with st.container(border=True):
    if len(iid_history):
        st.markdown(f"**{t('inovasi_iid_heading', lang)}** · {inv.iid_note(iid_history, lang)}")
    st.caption(t("inovasi_data_note", lang))
    if not state.present:
        st.page_link("pages/iid.py", label=t("inovasi_to_iid", lang), icon=":material/trending_up:")

st.caption(
    t(
        "inovasi_count",
        lang,
        n=format_number(len(rows), 0, lang),
        total=format_number(len(everything), 0, lang),
    )
)
if hidden := inv.hidden_kabupaten_wide(inv.filter_bentuk(everything, chosen_bentuk), state):
    st.info(t("inovasi_hidden_kabupaten", lang, n=format_number(hidden, 0, lang)))
if examples := cells.example_count(rows):
    st.warning(t("inovasi_example_warning", lang, n=examples, total=len(rows)), icon="⚠️")
if rows.empty:
    st.info(t("inovasi_none", lang))
    st.stop()

# ------------------------------------------------------------------ registry
st.header(t("inovasi_registry_heading", lang))
stage_colours = inv.tahapan_colours(state.present)
for pair in (("opd", "bentuk"), ("jenis", "tahapan")):
    for column, group in zip(st.columns(2), pair, strict=True):
        with column:
            colours = stage_colours if group == "tahapan" else None
            chart(
                inv.count_chart(
                    inv.group_counts(rows, group, lang, opd_short),
                    t(f"inovasi_chart_{group}", lang),
                    lang,
                    large,
                    colours,
                ),
                key=f"inovasi_chart_{group}",
            )

group_by = None
if not state.present:
    group_by = st.selectbox(
        t("inovasi_group_by", lang),
        [None, *inv.GROUPS],
        key=GROUP_BY,
        format_func=lambda g: t(f"inovasi_group_{g or 'none'}", lang),
    )
registry = inv.registry_table(rows, opd_full, kec_names, lang, group_by)
data_table(
    registry.frame,
    lang,
    height=420 if state.present else 460,
    column_config={
        t("inovasi_col_nama", lang): st.column_config.TextColumn(pinned=True, width="large"),
        t("inovasi_col_deskripsi", lang): st.column_config.TextColumn(width="large"),
    },
    link_labels=registry.link_labels,
    link_columns=registry.link_columns,
)
st.caption(t("inovasi_table_caption", lang))

# ------------------------------------------------------------------ timeline
st.header(t("inovasi_timeline_heading", lang))
coverage = inv.date_coverage(rows)
st.markdown(
    t(
        "inovasi_timeline_coverage" if coverage.undated else "inovasi_timeline_all_dated",
        lang,
        dated=coverage.dated,
        total=coverage.total,
        trial=coverage.with_trial,
        impl=coverage.with_implementation,
        undated=coverage.undated,
    )
)
timeline = inv.timeline_rows(rows)
undated = inv.undated_by_year(rows)
dated_col, undated_col = st.columns([3, 2]) if not state.present else (st.container(), st.container())
with dated_col:
    if timeline.empty:
        st.info(t("inovasi_timeline_none", lang))
    else:
        chart(inv.timeline_figure(timeline, lang, large, state.present), key="inovasi_timeline")
with undated_col:
    if len(undated):
        chart(inv.undated_figure(undated, lang, large, state.present), key="inovasi_undated")

# ------------------------------------------------------------------ map and kecamatan counts
st.header(t("inovasi_map_heading", lang))
selected = state.kecamatan
desa_display, kec_display = cache.display(page.version, "kecamatan" if selected else "kabupaten")
fmap = build_kecamatan_map(
    kec_display,
    choropleth_for(
        boundaries.kecamatan,
        "count_inovasi",
        lang,
        {"inovasi": rows},
        None,
        state.klasifikasi,
        colour_blind_safe=state.present,
    ),
    selected=selected,
    desa=desa_display[desa_display.kode_kec.isin(selected)] if selected else None,
    basemap=state.basemap,
    lang=lang,
    labels=True,
    outline=outline_geojson(kec_display),
    points=[point_features("inovasi", rows, boundaries, lang, "/profil", colour_blind_safe=state.present)],
    overlays=cache.overlays(page.version),
)
st_folium(
    fmap,
    key="inovasi_map",
    height=MAP_HEIGHT_PRESENT if state.present else MAP_HEIGHT,
    use_container_width=True,
    returned_objects=[],
)
st.caption(t("inovasi_map_caption", lang, n=format_number(kabupaten_wide, 0, lang)))

# ------------------------------------------------------------------ counts per kecamatan and urusan
st.header(t("inovasi_counts_heading", lang))
per_kecamatan = inv.kecamatan_counts(rows, boundaries.kecamatan)
urusan = inv.urusan_counts(rows, lang)
kec_col, urusan_col = st.columns(2)
with kec_col:
    chart(
        inv.kecamatan_chart(per_kecamatan, kabupaten_wide, lang, large, state.present),
        key="inovasi_chart_kecamatan",
    )
    zero = per_kecamatan[per_kecamatan.n == 0]
    if selected:
        zero = zero[zero.kode.isin(selected)]
    if len(zero):
        st.caption(t("inovasi_kecamatan_zero", lang, n=len(zero), names=", ".join(sorted(zero.nama))))
with urusan_col:
    unfilled = int(urusan.loc[urusan.key == records.UNFILLED, "n"].sum())
    chart(inv.count_chart(urusan, t("inovasi_chart_urusan", lang), lang, large), key="inovasi_chart_urusan")
    st.caption(
        t(
            "inovasi_urusan_caption",
            lang,
            unfilled=format_number(unfilled, 0, lang),
            total=format_number(len(rows), 0, lang),
        )
    )
