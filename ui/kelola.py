"""Kelola Data's thematic-layer upload: file, title, category, source, year, licence and
class field, then *Impor lapisan tematik*. The import checks the role again on the
server (``potensi.views.kelola.overlay_save``); history and undo are the page's own."""

from __future__ import annotations

import streamlit as st

from potensi.core.auth import Session
from potensi.core.errors import PotensiError
from potensi.data.tematik import KATEGORI
from potensi.i18n import Lang, t
from potensi.overlays.layers import OverlayMeta
from potensi.views import kelola
from ui.auth import client_address, current_session
from ui.page import PageContext
from ui.presentation import editing_button
from ui.tables import data_table

RESULT, GEN = "_kelola_overlay_result", "_kelola_overlay_gen"


def overlay_upload(page: PageContext, session: Session | None, lang: Lang) -> None:
    """The form; a result (saved or refused) is shown above it after the rerun."""
    if result := st.session_state.pop(RESULT, None):
        (st.success if result[0] == "saved" else st.error)(result[1])
    generation = st.session_state.get(GEN, 0)
    upload = st.file_uploader(
        t("tematik_upload_file", lang),
        type=list(kelola.OVERLAY_UPLOAD_TYPES),
        key=f"kelola_overlay_file_{generation}",
    )
    left, right = st.columns(2)
    judul = left.text_input(t("tematik_upload_judul", lang), key="kelola_overlay_judul")
    kategori = right.selectbox(
        t("tematik_upload_kategori", lang),
        KATEGORI,
        key="kelola_overlay_kategori",
        format_func=lambda k: t(f"tematik_kategori_{k}", lang),
    )
    sumber = left.text_input(t("tematik_upload_sumber", lang), key="kelola_overlay_sumber")
    tahun = int(right.number_input(t("tematik_upload_tahun", lang), 0, 2100, 0, key="kelola_overlay_tahun"))
    lisensi = left.text_input(t("tematik_upload_lisensi", lang), key="kelola_overlay_lisensi")
    fields: list[str] = []
    if upload is not None:
        try:
            fields = kelola.overlay_fields(upload.getvalue(), upload.name)
        except PotensiError as exc:
            st.error(t("kelola_failed", lang, message=str(exc)))
            return
    kolom = right.selectbox(
        t("tematik_upload_kolom", lang),
        ["", *fields],
        key=f"kelola_overlay_kolom_{generation}",
        format_func=lambda f: f or t("tematik_upload_kolom_auto", lang),
    )
    if upload is not None and editing_button(
        st, t("tematik_upload_save", lang), "kelola_overlay_save", page.state
    ):
        meta = OverlayMeta(judul, kategori, sumber, tahun or None, lisensi or None, kolom or None)
        try:
            summary = kelola.overlay_save(
                current_session(), upload.getvalue(), upload.name, meta, client=client_address()
            )
            st.session_state[RESULT] = ("saved", t("tematik_upload_done", lang, summary=summary))
            st.session_state[GEN] = generation + 1
        except PotensiError as exc:
            st.session_state[RESULT] = ("failed", t("kelola_failed", lang, message=str(exc)))
        st.rerun()
    st.subheader(t("tematik_list_title", lang))
    data_table(kelola.overlay_rows(lang), lang)
