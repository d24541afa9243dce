"""Indeks Inovasi Daerah: the yearly IID estimate, how each figure is made, where the
points are, each innovation's self-assessment, what-if, history.

Numbers come from :mod:`potensi.iid` through :mod:`potensi.views.iid`; this page only
lays out. Everyone sees the estimate; a signed-in editor also edits one indicator's
parameter and evidence (a one-row import: validated, in the history, undoable) and
saves a what-if as a plan. A what-if itself lives in this browser session only.
"""

from __future__ import annotations

import streamlit as st

from potensi.core.errors import PotensiError
from potensi.core.formatting import format_number
from potensi.data.schema import IID_TABLES, TAHAPAN_INOVASI
from potensi.i18n import t
from potensi.iid import whatif
from potensi.iid.rules import years_with_rules
from potensi.views import iid as view
from ui import cache
from ui import iid as iid_forms
from ui.auth import client_address, current_session, may
from ui.page import start
from ui.presentation import editing_button
from ui.state import keep_widget_state
from ui.tables import data_table

YEAR, CHOSEN, WHATIF = "iid_tahun", "iid_inovasi", "_iid_whatif"
keep_widget_state(YEAR, CHOSEN)

page = start(controls=())
state, lang = page.state, page.state.lang
data = dict(page.data) | {name: cache.rows(page.version, name) for name in IID_TABLES}
kabupaten = str(page.boundaries.kabupaten.kode.iloc[0])

st.title(t("iid_title", lang))
if not state.present:
    st.caption(t("iid_intro", lang))

this_year = view.default_year()
years = sorted({*years_with_rules(data["iid_aturan"]), this_year - 1, this_year}, reverse=True)
year = st.selectbox(t("iid_year", lang), years, key=YEAR) if not state.present else this_year
try:
    bench = view.workbench(data, int(year))
except PotensiError as exc:
    st.warning(str(exc))
    st.stop()
estimate, rules = bench.estimate, bench.rules

st.caption(view.rules_note(rules, lang))
if may("admin") and not state.present:
    iid_forms.rules_form(data, rules, state, lang)
if estimate.example_rows:
    st.warning(t("iid_example_warning", lang, n=format_number(estimate.example_rows, 0, lang)), icon="⚠️")

# ------------------------------------------------------------------ the estimate
metrics = st.columns([1, 1, 0.8, 1, 1.5])  # the predicate's words need the room
metrics[0].metric(t("iid_metric_spd", lang), view.number(estimate.spd, lang), help=t("iid_figure_spd", lang))
metrics[1].metric(t("iid_metric_sid", lang), view.number(estimate.sid, lang), help=t("iid_figure_sid", lang))
metrics[2].metric(t("iid_metric_n", lang), format_number(estimate.n, 0, lang), help=t("iid_figure_n", lang))
metrics[3].metric(t("iid_metric_iid", lang, year=rules.asked_for), view.number(estimate.iid, lang))
metrics[4].metric(t("iid_figure_predikat", lang), view.predikat_label(estimate.predikat, lang))
past = view.official_results(data, kabupaten)
if gap := view.gap_to_official(past, estimate, lang):
    st.caption(gap)
with st.expander(t("iid_how_heading", lang), expanded=not state.present):
    data_table(view.figure_rows(estimate, lang), lang)

st.subheader(t("iid_history_heading", lang))
chart_column, table_column = st.columns([2, 3])
chart_column.plotly_chart(
    view.history_figure(past, estimate, lang, state.present),
    key="iid_history_chart",
    width="stretch",
    config={"displaylogo": False},
)
with table_column:
    data_table(view.history_rows(past, estimate, lang), lang)

# ------------------------------------------------------------------ where the points are
st.header(t("iid_points_heading", lang))
st.markdown(view.floor_text(estimate, lang))
if urusan := view.urusan_text(estimate, lang):
    (st.warning if rules.syarat_urusan else st.info)(urusan)
# full width: an innovation's name is long, and the step and its points must stay in view
st.markdown(f"**{t('iid_gains_heading', lang)}**")
data_table(view.gain_rows(estimate, lang), lang)
st.markdown(f"**{t('iid_gains_indicator_heading', lang)}**")
data_table(view.gain_by_indicator_rows(estimate, lang), lang)
risks = view.risk_rows(estimate, lang)
st.markdown(f"**{t('iid_risk_heading', lang, n=format_number(len(risks), 0, lang))}**")
if risks.empty:
    st.caption(t("iid_risk_none", lang))
else:
    data_table(risks, lang)

# ------------------------------------------------------------------ one innovation
st.header(t("iid_assessment_heading", lang))
choices = view.innovation_choices(estimate)
if not choices:
    st.info(t("iid_no_innovations", lang))
    st.stop()
chosen = st.selectbox(
    t("iid_choose_innovation", lang),
    choices,
    key=CHOSEN,
    format_func=lambda i: view.innovation_label(estimate, i, lang),
)
data_table(view.assessment_rows(estimate, chosen, data["inovasi_indikator"], lang), lang)

editor = may("editor") and not state.present
iid_forms.result_notice(state, lang)
if editor:
    iid_forms.assessment_form(rules, chosen, data["inovasi_indikator"], state, lang)
    iid_forms.profile_form(view.profile_of(data["inovasi"], chosen), rules, state, lang)

# ------------------------------------------------------------------ innovations × potential
st.header(t("iid_gap_heading", lang))
gaps = view.gap_rows(data, page.kecamatan_names, lang)
st.caption(
    t(
        "iid_gap_intro",
        lang,
        n=format_number(len(gaps), 0, lang),
        total=format_number(len(data["potensi"]), 0, lang),
    )
)
data_table(view.gap_summary(data, page.kecamatan_names, lang), lang)
data_table(gaps, lang)
st.download_button(
    t("iid_gap_download", lang),
    data=view.gap_xlsx(gaps),
    file_name="potensi_tanpa_inovasi.xlsx",
    mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    key="iid_gap_download",
)

# ------------------------------------------------------------------ SPD
with st.expander(t("iid_spd_heading", lang), expanded=False):
    data_table(view.spd_rows(estimate, data["indikator"], kabupaten, lang), lang)
if editor:
    iid_forms.spd_form(estimate, data["iid_spd"], data["indikator"], kabupaten, state, lang)

# ------------------------------------------------------------------ what-if
if not state.present:
    st.header(t("iid_whatif_heading", lang))
    st.caption(t("iid_whatif_intro", lang))
    changes: list = st.session_state.setdefault(WHATIF, [])
    saved_plans = view.plans(data["iid_rencana"], rules.asked_for)
    if saved_plans:
        plan_column, load_column = st.columns([3, 1])
        plan = plan_column.selectbox(
            t("iid_plan_choose", lang), list(saved_plans), key="iid_plan_choose",
            format_func=lambda r: saved_plans[r],
        )  # fmt: skip
        if load_column.button(t("iid_plan_load", lang), key="iid_plan_load"):
            try:
                changes[:] = view.plan_changes(data["iid_rencana"], plan)
            except PotensiError as exc:
                st.error(str(exc))
            else:
                st.rerun()
    names = {i.inovasi_id: i.nama for i in estimate.innovations}
    kind = st.radio(
        t("iid_whatif_kind", lang), ["parameter", "tahapan", "tambah", "spd"], key="iid_whatif_kind",
        horizontal=True, format_func=lambda k: t(f"iid_whatif_kind_{k}", lang),
    )  # fmt: skip
    left, right = st.columns(2)
    change: dict = {"jenis": kind}
    if kind in ("parameter", "tahapan"):
        change["inovasi_id"] = left.selectbox(
            t("iid_col_innovation", lang),
            choices,
            key="iid_whatif_inovasi",
            format_func=lambda i: names.get(i, i),
        )
    if kind == "parameter":
        change["no_indikator"] = right.selectbox(
            t("iid_col_indicator", lang), [int(i.no) for i in rules.sid], key="iid_whatif_no",
            format_func=lambda n: view.indicator_name(rules, n, lang),
        )  # fmt: skip
    if kind == "tahapan":
        change["tahapan"] = right.selectbox(
            t("iid_whatif_stage", lang), list(TAHAPAN_INOVASI), key="iid_whatif_stage",
            format_func=lambda s: t(f"iid_stage_{s}", lang),
        )  # fmt: skip
    if kind == "tambah":
        change["nama"] = left.text_input(t("iid_whatif_name", lang), key="iid_whatif_name")
        change["inovasi_id"] = f"HIPOTETIS-{len(changes) + 1}"
    if kind == "spd":
        change["no_indikator"] = left.selectbox(
            t("iid_col_indicator", lang), [i.no for i in rules.spd], key="iid_whatif_spd",
            format_func=lambda n: view.indicator_name(rules, n, lang),
        )  # fmt: skip
    if kind != "tahapan":
        change["parameter"] = st.radio(
            t("iid_col_parameter", lang), [0, 1, 2, 3], index=3, key="iid_whatif_parameter", horizontal=True
        )
    add, clear = st.columns(2)
    if add.button(t("iid_whatif_add", lang), key="iid_whatif_add"):
        changes.append(change)
        st.rerun()
    if changes and clear.button(t("iid_whatif_clear", lang), key="iid_whatif_clear"):
        changes.clear()
        st.rerun()
    if changes:
        for line in (view.change_label(c, rules, names, lang) for c in changes):
            st.markdown(f"- {line}")
        try:
            saved, scenario = whatif.compare(rules, bench.inputs, changes)
        except PotensiError as exc:  # e.g. a loaded plan naming an innovation no longer stored
            st.error(str(exc))
        else:
            data_table(view.comparison_rows(saved, scenario, lang), lang)
        if may("editor"):
            plan_name = st.text_input(t("iid_plan_name", lang), key="iid_plan_name")
            if editing_button(st, t("iid_plan_save", lang), "iid_plan_save", state):
                try:
                    report = view.save_plan(
                        current_session(), rules.asked_for, plan_name, changes, client=client_address()
                    )
                    st.success(t("iid_plan_saved", lang, impor_id=report.record.impor_id))
                except PotensiError as exc:
                    st.error(str(exc))
