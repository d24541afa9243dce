"""Kelola Data: template → upload → dry run → Simpan → Urungkan, and the import history.

Signed-in only: an anonymous visitor who opens /kelola sees how to sign in and no
control. Write buttons are drawn through ``editing_button`` and the functions behind
them check the session again on the server (``potensi.views.kelola``).
"""

from __future__ import annotations

import streamlit as st

from potensi.core.errors import PotensiError
from potensi.core.formatting import format_number
from potensi.i18n import t
from potensi.views import kelola
from ui.auth import client_address, current_session, may
from ui.page import start
from ui.presentation import editing_button
from ui.tables import data_table

#: session keys: the uploader's generation (a new key empties it after a save), the
#: last result (saved or undone) to show with its Urungkan button
UPLOAD_GEN, RESULT = "_kelola_upload_gen", "_kelola_result"

page = start(controls=())
lang = page.state.lang
st.title(t("kelola_title", lang))
if not may("editor"):
    st.info(t("kelola_sign_in", lang, heading=t("auth_heading", lang)))
    st.stop()
session = current_session()
if page.state.present:  # a pitch shows what was imported, never the upload
    data_table(kelola.history_rows(lang), lang)
    st.stop()
st.caption(t("kelola_intro", lang))

layer = st.selectbox(
    t("layer", lang), kelola.layers(), key="kelola_layer", format_func=lambda n: t(f"layer_{n}", lang)
)

st.subheader(t("kelola_step_template", lang))
st.download_button(
    t("kelola_template_download", lang, layer=t(f"layer_{layer}", lang)),
    data=kelola.template_bytes(layer),
    file_name=f"templat_{layer}.xlsx",
    mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    key=f"kelola_template_{layer}",
)
st.caption(t("kelola_template_note", lang))

result = st.session_state.get(RESULT)
if result is not None:
    kind, text, impor_id = result
    {"saved": st.success, "undone": st.info}.get(kind, st.error)(text)
    if kind == "saved" and editing_button(st, t("kelola_undo", lang), "kelola_undo_last", page.state):
        try:
            record = kelola.undo(current_session(), impor_id, client=client_address())
            st.session_state[RESULT] = ("undone", kelola.undone_text(record, lang), impor_id)
        except PotensiError as exc:
            st.session_state[RESULT] = ("failed", t("kelola_failed", lang, message=str(exc)), impor_id)
        st.rerun()

st.subheader(t("kelola_step_upload", lang))
generation = st.session_state.get(UPLOAD_GEN, 0)
upload = st.file_uploader(
    t("kelola_upload", lang, mb=format_number(kelola.MAX_UPLOAD_MB, 0, lang)),
    type=list(kelola.UPLOAD_TYPES),
    key=f"kelola_upload_{layer}_{generation}",
    max_upload_size=kelola.MAX_UPLOAD_MB,
)
if upload is not None:
    content = upload.getvalue()
    found = kelola.preview(layer, content, upload.name)
    st.subheader(t("kelola_step_check", lang))
    if not found.ok:
        st.error(t("kelola_problems", lang, file=found.filename, n=format_number(len(found.errors), 0, lang)))
        data_table(kelola.problem_rows(found, lang), lang)
    else:
        st.success(kelola.summary(found, lang))
        warnings = kelola.problem_rows(found, lang, "warning")
        if not warnings.empty:
            st.warning(t("kelola_warnings", lang, n=format_number(len(warnings), 0, lang)))
            data_table(warnings, lang)
        if len(found.added):
            st.markdown(f"**{t('kelola_added_title', lang, n=format_number(len(found.added), 0, lang))}**")
            data_table(kelola.added_rows(found, lang, kelola.wilayah_names()), lang)
        confirmed = True
        if found.replacements:
            n = format_number(len(found.replacements), 0, lang)
            st.markdown(f"**{t('kelola_replaced_title', lang, n=n)}**")
            data_table(kelola.replacement_rows(found, lang, kelola.wilayah_names()), lang)
            confirmed = st.checkbox(
                t("kelola_confirm_replace", lang, n=n), key=f"kelola_confirm_{found.sha256}"
            )
            if not confirmed:
                st.caption(t("kelola_confirm_needed", lang))
        if confirmed and editing_button(st, t("kelola_save", lang), "kelola_save", page.state):
            try:
                report = kelola.save(session, found, content, confirmed=confirmed, client=client_address())
            except PotensiError as exc:
                st.error(t("kelola_failed", lang, message=str(exc)))
            else:
                record = report.record
                st.session_state[RESULT] = ("saved", kelola.saved_text(record, lang), record.impor_id)
                st.session_state[UPLOAD_GEN] = generation + 1  # an empty uploader for the next file
                st.rerun()

st.subheader(t("kelola_history_title", lang))
data_table(kelola.history_rows(lang), lang)
choices = kelola.undoable(session)
if not choices:
    st.caption(t("kelola_history_none", lang))
else:
    chosen = st.selectbox(
        t("kelola_history_undo_label", lang),
        choices,
        key="kelola_history_choice",
        format_func=lambda impor_id: kelola.undo_choice_label(impor_id, lang),
    )
    if editing_button(st, t("kelola_history_undo", lang), "kelola_history_undo", page.state):
        try:
            record = kelola.undo(current_session(), chosen, client=client_address())
            st.session_state[RESULT] = ("undone", kelola.undone_text(record, lang), chosen)
        except PotensiError as exc:
            st.session_state[RESULT] = ("failed", t("kelola_failed", lang, message=str(exc)), chosen)
        st.rerun()
