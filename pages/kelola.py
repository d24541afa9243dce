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
from ui.kelola import overlay_upload
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

kind = st.radio(
    t("kelola_kind", lang),
    kelola.KINDS,
    key="kelola_kind",
    horizontal=True,
    format_func=lambda k: t(f"kelola_kind_{k}", lang),
)
bps = kind == "bps"
reader = None
jenis = "kecamatan"
if kind == "tematik":
    st.caption(t("tematik_upload_intro", lang))
elif bps:  # a BPS table as downloaded: into indikator, through the same dry run and Simpan
    layer = "indikator"
    jenis = st.radio(
        t("kelola_bps_jenis", lang),
        kelola.BPS_JENIS,
        key="kelola_bps_jenis",
        format_func=lambda j: t(f"kelola_bps_jenis_{j}", lang),
    )
    st.caption(t("kelola_bps_intro" if jenis == "kecamatan" else f"kelola_bps_intro_{jenis}", lang))
    left, right = st.columns(2)
    if jenis == "kecamatan":
        options = kelola.bps_options(
            left.text_input(t("kelola_bps_indikator", lang), key="kelola_bps_indikator"),
            right.text_input(t("kelola_bps_satuan", lang), key="kelola_bps_satuan"),
            left.text_input(t("kelola_bps_sumber", lang), key="kelola_bps_sumber"),
            int(right.number_input(t("kelola_bps_tahun", lang), 0, 2100, 0, key="kelola_bps_tahun")),
            left.text_input(t("kelola_bps_kolom", lang), key="kelola_bps_kolom"),
        )
    else:
        sector: dict[str, object] = {}
        if jenis == "pdrb":  # what the title usually says; chosen here when it does not
            sector["harga"] = left.selectbox(
                t("kelola_bps_harga", lang),
                kelola.HARGA_CHOICES,
                key="kelola_bps_harga",
                format_func=lambda h: t(f"kelola_bps_harga_{h}", lang),
            )
            sector["wilayah"] = right.selectbox(
                t("kelola_bps_wilayah", lang),
                kelola.WILAYAH_CHOICES,
                key="kelola_bps_wilayah",
                format_func=lambda w: t(f"kelola_bps_wilayah_{w.replace('.', '_')}", lang),
            )
        sector["sumber"] = left.text_input(t("kelola_bps_sumber", lang), key="kelola_bps_sumber")
        sector["satuan"] = right.text_input(t("kelola_bps_satuan", lang), key="kelola_bps_satuan")
        sector["tahun"] = int(
            left.number_input(t("kelola_bps_tahun", lang), 0, 2100, 0, key="kelola_bps_tahun")
        )
else:
    layer = st.selectbox(
        t("layer", lang),
        kelola.layers(session),
        key="kelola_layer",
        format_func=lambda n: t(f"layer_{n}", lang),
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
    kind_done, text, impor_id = result
    {"saved": st.success, "undone": st.info}.get(kind_done, st.error)(text)
    if kind_done == "saved" and editing_button(st, t("kelola_undo", lang), "kelola_undo_last", page.state):
        try:
            record = kelola.undo(current_session(), impor_id, client=client_address())
            st.session_state[RESULT] = ("undone", kelola.undone_text(record, lang), impor_id)
        except PotensiError as exc:
            st.session_state[RESULT] = ("failed", t("kelola_failed", lang, message=str(exc)), impor_id)
        st.rerun()

if kind == "tematik":  # a thematic layer: its own form, the same history and undo
    overlay_upload(page, session, lang)
else:
    st.subheader(t("kelola_step_upload", lang))
    generation = st.session_state.get(UPLOAD_GEN, 0)
    upload = st.file_uploader(
        t(
            "kelola_upload_bps" if bps else "kelola_upload",
            lang,
            mb=format_number(kelola.MAX_UPLOAD_MB, 0, lang),
        ),
        type=list(kelola.BPS_UPLOAD_TYPES if bps else kelola.UPLOAD_TYPES),
        key=f"kelola_upload_{'bps' if bps else layer}_{generation}",
        max_upload_size=kelola.MAX_UPLOAD_MB,
    )
    if upload is not None and bps and jenis == "kecamatan" and not options.indikator:
        st.warning(t("kelola_bps_need_key", lang))
    elif upload is not None:
        content = upload.getvalue()
        if bps and jenis == "kecamatan":
            table, found, reader = kelola.bps_preview(content, upload.name, options)
        elif bps:
            table, found, reader = kelola.sector_preview(content, upload.name, jenis, **sector)
        else:
            table, found = None, kelola.preview(layer, content, upload.name)
        st.subheader(t("kelola_step_check", lang))
        shown = kelola.understood(table, lang)
        if shown is not None:  # the BPS table as understood, and what was left out
            line, matrix, skipped = shown
            st.markdown(f"**{t('kelola_bps_table_title', lang)}** — {line}")
            data_table(matrix, lang)
            if not skipped.empty:
                st.markdown(f"**{t('kelola_bps_skipped_title', lang)}**")
                data_table(skipped, lang)
        if not found.ok:
            st.error(
                t("kelola_problems", lang, file=found.filename, n=format_number(len(found.errors), 0, lang))
            )
            data_table(kelola.problem_rows(found, lang), lang)
        else:
            st.success(kelola.summary(found, lang))
            warnings = kelola.problem_rows(found, lang, "warning")
            if not warnings.empty:
                st.warning(t("kelola_warnings", lang, n=format_number(len(warnings), 0, lang)))
                data_table(warnings, lang)
            names = kelola.wilayah_names() if len(found.added) or found.replacements else {}
            if len(found.added):
                st.markdown(
                    f"**{t('kelola_added_title', lang, n=format_number(len(found.added), 0, lang))}**"
                )
                data_table(kelola.added_rows(found, lang, names), lang)
            confirmed = True
            if found.replacements:
                n = format_number(len(found.replacements), 0, lang)
                st.markdown(f"**{t('kelola_replaced_title', lang, n=n)}**")
                data_table(kelola.replacement_rows(found, lang, names), lang)
                confirmed = st.checkbox(
                    t("kelola_confirm_replace", lang, n=n), key=f"kelola_confirm_{found.sha256}"
                )
                if not confirmed:
                    st.caption(t("kelola_confirm_needed", lang))
            if confirmed and editing_button(st, t("kelola_save", lang), "kelola_save", page.state):
                try:
                    report = kelola.save(
                        session,
                        found,
                        content,
                        confirmed=confirmed,
                        client=client_address(),
                        **({"reader": reader} if reader else {}),
                    )
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
