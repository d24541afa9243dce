"""The IID page's editor forms: one indicator's parameter and evidence, an innovation's
profile, one SPD indicator — and the saved/undone notice they share.

Drawn only for a signed-in editor outside presentation mode; every Simpan is a
one-row import through :mod:`potensi.views.iid`, which checks the role again on the
server, so what an editor saves here is validated, in the Kelola Data history and
undoable like any file.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

from potensi.core import cells
from potensi.core.errors import PotensiError
from potensi.data.importer import ImportReport, undo_for
from potensi.data.problems import ValidationFailed
from potensi.data.schema import INISIATOR
from potensi.i18n import Lang, t
from potensi.iid.rules import YearRules
from potensi.iid.scoring import Estimate
from potensi.views import iid as view
from potensi.views.state import ViewState
from ui.auth import client_address, current_session
from ui.presentation import editing_button

#: session key of the last save or undo: (where, kind, text, impor_id); ``where`` is the
#: form it came from, so the notice and its Urungkan appear beside that form
RESULT = "_iid_result"
ASSESSMENT, PROFILE, SPD, RULES = "penilaian", "profil", "spd", "aturan"
#: the prefixes of each form's widget keys: after a save or an undo they are cleared, so
#: the form shows what is stored now, not what was typed before
FORM_KEYS = ("iid_edit_", "iid_profile_", "iid_spd_", "iid_rules_")


def _keep(where: str, kind: str, text: str, impor_id: str) -> None:
    st.session_state[RESULT] = (where, kind, text, impor_id)
    for key in [k for k in st.session_state if str(k).startswith(FORM_KEYS) and kind != "failed"]:
        if not str(key).endswith(("_no",)):  # the chosen indicator stays chosen
            del st.session_state[key]


def _refusal(exc: PotensiError, lang: Lang) -> str:
    """A refused save in the form's words: the problems, without the one-row file the
    page made behind the scenes."""
    if isinstance(exc, ValidationFailed):
        errors = [p for p in exc.problems if p.severity == "error"]
        lines = [f"- {p.column or ''}: {p.message}" + (f" ({p.hint})" if p.hint else "") for p in errors]
        return t("iid_refused", lang) + "\n" + "\n".join(lines)
    return str(exc)


def _save(action: Callable[[], ImportReport], lang: Lang, where: str = ASSESSMENT) -> None:
    """Run a save; keep its notice (with the import id for Urungkan) for the next run."""
    try:
        record = action().record
        _keep(where, "saved", t(f"iid_saved_{where}", lang, impor_id=record.impor_id), record.impor_id)
    except PotensiError as exc:
        _keep(where, "failed", _refusal(exc, lang), "")
    st.rerun()


def result_notice(state: ViewState, lang: Lang, where: str = ASSESSMENT) -> None:
    """The last save's notice with its Urungkan, or the undo's — at the form it came from."""
    result = st.session_state.get(RESULT)
    if result is None or result[0] != where:
        return
    _, kind, text, impor_id = result
    {"saved": st.success, "undone": st.info}.get(kind, st.error)(text)
    role = "admin" if where == RULES else "editor"
    if kind == "saved" and editing_button(st, t("iid_undo", lang), f"iid_undo_{where}", state, role=role):
        try:
            undo_for(current_session(), impor_id, client=client_address())
            _keep(where, "undone", t("iid_undone", lang, impor_id=impor_id), impor_id)
        except PotensiError as exc:
            _keep(where, "failed", str(exc), impor_id)
        st.rerun()


def _parameter_label(indicator, parameter: int) -> str:
    """'2 · Perkada' when the year's rules say what the parameter means, else '2'."""
    meaning = indicator.parameter_text(parameter) if indicator and parameter else None
    return f"{parameter} · {meaning}" if meaning else str(parameter)


def assessment_form(
    rules: YearRules, chosen: str, penilaian: pd.DataFrame, state: ViewState, lang: Lang
) -> None:
    """Edit one indicator's parameter and evidence of the chosen innovation."""
    with st.container(border=True):
        st.markdown(f"**{t('iid_edit_heading', lang)}**")
        no = st.selectbox(
            t("iid_col_indicator", lang), [int(i.no) for i in rules.sid], key="iid_edit_no",
            format_func=lambda n: view.indicator_name(rules, n, lang),
        )  # fmt: skip
        stored = view.current_assessment(penilaian, chosen, no)
        indicator = rules.indicator(no)
        suffix = f"{chosen}_{no}"  # fresh inputs for each innovation × indicator
        parameter = st.radio(
            t("iid_col_parameter", lang),
            [0, 1, 2, 3],
            index=int(stored.get("parameter") or 0),
            key=f"iid_edit_parameter_{suffix}",
            horizontal=True,
            format_func=lambda p: _parameter_label(indicator, p),
        )
        left, right = st.columns(2)
        bukti_file = left.text_input(
            t("iid_edit_file", lang), value=stored.get("bukti_file") or "", key=f"iid_edit_file_{suffix}"
        )
        bukti_url = right.text_input(
            t("iid_edit_url", lang), value=stored.get("bukti_url") or "", key=f"iid_edit_url_{suffix}"
        )
        catatan = st.text_input(
            t("iid_edit_note", lang), value=stored.get("catatan") or "", key=f"iid_edit_note_{suffix}"
        )
        if editing_button(st, t("iid_edit_save", lang), "iid_edit_save", state):
            _save(
                lambda: view.save_assessment(
                    current_session(), chosen, no, parameter, bukti_file, bukti_url, catatan,
                    client=client_address(),
                ),
                lang,
            )  # fmt: skip
        st.caption(t("iid_edit_caption", lang))


def profile_form(stored: dict, rules: YearRules, state: ViewState, lang: Lang) -> None:
    """Edit the innovation's IID profile (the texts the application asks for)."""
    if not stored:
        return
    key = stored["inovasi_id"]
    last = st.session_state.get(RESULT)
    with st.expander(
        t("iid_profile_heading", lang, name=stored.get("nama_inovasi") or key),
        expanded=bool(last and last[0] == PROFILE),
    ):
        values: dict[str, str] = {}
        for name in view.PROFILE_TEXTS:
            current = stored.get(name) if cells.is_known(stored.get(name)) else ""
            values[name] = st.text_area(
                t(f"iid_profile_{name}", lang), value=current, key=f"iid_profile_{name}_{key}", height=120
            )
            if name == "rancang_bangun":
                st.caption(t("iid_profile_words", lang, n=view.word_count(values[name])))
        left, right = st.columns(2)
        values["urusan_utama"] = left.text_input(
            t("iid_profile_urusan_utama", lang), value=stored.get("urusan_utama") or "",
            key=f"iid_profile_urusan_{key}",
        )  # fmt: skip
        options = ["", *INISIATOR]
        current = stored.get("inisiator_tipe") if stored.get("inisiator_tipe") in INISIATOR else ""
        values["inisiator_tipe"] = right.selectbox(
            t("iid_profile_inisiator_tipe", lang), options, index=options.index(current),
            key=f"iid_profile_inisiator_{key}",
            format_func=lambda v: t(f"iid_inisiator_{v}", lang) if v else "–",
        )  # fmt: skip
        for column, name in zip(st.columns(3), ("tgl_uji_coba", "tgl_penerapan", "url_video"), strict=True):
            values[name] = column.text_input(
                t(f"iid_profile_{name}", lang), value=str(stored.get(name) or "") if cells.is_known(
                    stored.get(name)) else "", key=f"iid_profile_{name}_{key}",
            )  # fmt: skip
        if editing_button(st, t("iid_profile_save", lang), "iid_profile_save", state):
            _save(
                lambda: view.save_profile(current_session(), stored, values, client=client_address()),
                lang,
                PROFILE,
            )
        result_notice(state, lang, PROFILE)
        st.caption(t("iid_profile_caption", lang, fields=view.profile_labels(rules.profil_wajib, lang)))


def spd_form(
    estimate: Estimate,
    spd: pd.DataFrame,
    indikator: pd.DataFrame,
    kabupaten: str,
    state: ViewState,
    lang: Lang,
) -> None:
    """Edit one SPD indicator of the year, the figure pre-filled from the dashboard's statistics."""
    rules = estimate.rules
    if not rules.spd:  # a year whose rules list no SPD indicator has nothing to edit
        return
    with st.container(border=True):
        st.markdown(f"**{t('iid_spd_edit_heading', lang, year=rules.asked_for)}**")
        no = st.selectbox(
            t("iid_col_indicator", lang), [i.no for i in rules.spd], key="iid_spd_no",
            format_func=lambda n: view.indicator_name(rules, n, lang),
        )  # fmt: skip
        start = view.spd_start(estimate, spd, indikator, kabupaten, no)
        suffix = f"{rules.asked_for}_{no}"
        indicator = rules.indicator(no)
        parameter = st.radio(
            t("iid_col_parameter", lang), [0, 1, 2, 3], index=int(start.get("parameter") or 0),
            key=f"iid_spd_parameter_{suffix}", horizontal=True,
            format_func=lambda p: _parameter_label(indicator, p),
        )  # fmt: skip
        left, right = st.columns(2)
        figure = cells.as_number(start.get("nilai_data"))
        nilai = left.number_input(
            t("iid_spd_value", lang), value=figure, key=f"iid_spd_value_{suffix}", format="%.2f"
        )
        bukti_url = right.text_input(
            t("iid_edit_url", lang), value=start.get("bukti_url") or "", key=f"iid_spd_url_{suffix}"
        )
        catatan = st.text_input(
            t("iid_edit_note", lang), value=start.get("catatan") or "", key=f"iid_spd_note_{suffix}"
        )
        if start.get("prefilled"):
            st.caption(
                t(
                    "iid_spd_prefilled",
                    lang,
                    note=start.get("catatan") or "",
                    source=start.get("sumber") or "–",
                )
            )
        if editing_button(st, t("iid_spd_save", lang), "iid_spd_save", state):
            _save(
                lambda: view.save_spd(
                    current_session(), rules.asked_for, no, parameter, nilai, bukti_url, catatan,
                    str(start.get("sumber") or ""), client=client_address(),
                ),
                lang,
                SPD,
            )  # fmt: skip
        result_notice(state, lang, SPD)


def rules_form(data: dict, rules: YearRules, state: ViewState, lang: Lang) -> None:
    """An admin sets this year's thresholds, divisor floor and count score (a year without
    its own rules gets a copy of the borrowed year's first)."""
    with st.expander(t("iid_rules_edit_heading", lang, year=rules.asked_for)):
        st.caption(t("iid_rules_edit_intro", lang, year=rules.asked_for))
        if rules.borrowed:
            st.caption(t("iid_rules_edit_copy", lang, year=rules.asked_for, rules_year=rules.tahun))
        values: dict[str, object] = {}
        columns = st.columns(len(view.RULE_NUMBERS))
        for column, name in zip(columns, view.RULE_NUMBERS, strict=True):
            label, key = t(f"iid_rules_{name}", lang), f"iid_rules_{name}_{rules.asked_for}"
            current = getattr(rules, name)
            if name == "pembagi_min":
                values[name] = int(column.number_input(label, 1, 1000, int(current), key=key))
            else:
                values[name] = float(column.number_input(label, 0.0, value=float(current), key=key))
        values["syarat_urusan"] = "ya" if st.checkbox(
            t("iid_rules_syarat_urusan", lang), value=rules.syarat_urusan,
            key=f"iid_rules_syarat_{rules.asked_for}",
        ) else "tidak"  # fmt: skip
        if editing_button(st, t("iid_rules_save", lang), "iid_rules_save", state, role="admin"):
            try:
                reports = view.save_year_rules(
                    current_session(), data, rules, values, client=client_address()
                )
            except PotensiError as exc:
                _keep(RULES, "failed", _refusal(exc, lang), "")
            else:
                last = reports[-1].record.impor_id
                _keep(RULES, "saved", t("iid_rules_saved", lang, year=rules.asked_for, impor_id=last), last)
            st.rerun()
        result_notice(state, lang, RULES)
