"""Commodity LQ of every kecamatan against the kabupaten: table, map, matrix, download, save.

Reads the widgets, calls :mod:`potensi.views.analisis.komoditas`, draws; no arithmetic here.
"""

from __future__ import annotations

import numpy as np
import plotly.express as px
import streamlit as st
from streamlit_folium import st_folium

from potensi.analysis import AnalysisError
from potensi.core.errors import PotensiError
from potensi.data.indicators import commodity_label
from potensi.data.records import stored_text
from potensi.i18n import Lang, t
from potensi.views.analisis.komoditas import (
    BASES,
    CommodityResults,
    analyse_commodities,
    bases,
    commodities,
    commodity_xlsx,
    commodity_years,
    lq_class_breaks,
    save_commodity_lq,
)
from potensi.views.analisis.shared import LQ_COLOURS
from potensi.viz.maps import MAP_HEIGHT, Choropleth, build_kecamatan_map
from potensi.viz.style import Classes
from ui import cache
from ui.analisis.explain import XLSX_MIME, input_status, method_explanation
from ui.auth import client_address, current_session
from ui.page import PageContext
from ui.presentation import editing_button
from ui.tables import number_table


def _reference(results: CommodityResults, n: int, lang: Lang) -> str:
    return (
        t("an_kom_reference_published", lang) if results.published else t("an_kom_reference_sum", lang, n=n)
    )


def _table(results: CommodityResults, komoditas: str, names: dict[str, str], lang: Lang) -> None:
    """One row per kecamatan for the chosen commodity, best LQ first, with its note."""
    rows = results.lq[results.lq.komoditas == komoditas]
    shown = rows[["kode", "nilai", "lq", "nama_kelas", "catatan"]].rename(columns={"nama_kelas": "kelas"})
    if results.klasifikasi is not None:
        classes = results.klasifikasi[results.klasifikasi.komoditas == komoditas].set_index("kode")
        shown["dlq"] = shown.kode.map(classes.dlq)
        shown["klasifikasi"] = shown.kode.map(classes.nama_klasifikasi)
        extra = classes.catatan.where(classes.catatan != "")
        # the class's notes (e.g. base-year zero) join the LQ's own
        shown["catatan"] = [
            ("; ".join(dict.fromkeys(p for p in (a, b) if isinstance(p, str) and p)))
            for a, b in zip(shown.catatan, shown.kode.map(extra), strict=True)
        ]
    shown.insert(1, "nama", shown.kode.map(names))
    shown = shown.sort_values("lq", ascending=False, na_position="last")
    headers = {
        "kode": t("col_kode", lang),
        "nama": t("col_nama", lang),
        "nilai": f"{t('an_kom_col_value', lang)} ({stored_text(results.unit, lang)})",
        "lq": f"LQ {results.year}",
        "kelas": t("an_sek_col_class", lang),
        "dlq": f"DLQ {results.start}–{results.year}",
        "klasifikasi": t("an_kom_col_class", lang),
        "catatan": t("analisis_note", lang),
    }
    number_table(shown.rename(columns=headers), lang, {headers["nilai"]: 2}, height=560)


def render(page: PageContext) -> None:
    """Draw the commodity LQ analysis."""
    state, boundaries = page.state, page.boundaries
    lang = state.lang
    indikator = page.data["indikator"]
    codes = list(boundaries.kecamatan.kode)
    names = dict(zip(boundaries.kecamatan.kode, boundaries.kecamatan.nama, strict=True))
    st.caption(t("an_kom_intro", lang))
    found = bases(indikator)
    basis = (
        st.radio(
            t("an_kom_basis", lang),
            found,
            key="an_kom_basis",
            horizontal=True,
            format_func=lambda b: t(f"an_kom_basis_{b}", lang),
        )
        if len(found) > 1
        else (found[0] if found else "nilai")
    )
    prefix = BASES[basis]
    items = commodities(indikator, prefix)
    years = commodity_years(indikator, codes, prefix)
    if not items or not years:
        st.info(t("an_kom_no_data", lang))
        return

    first, second, third = st.columns(3)
    year = first.selectbox(t("an_kom_year", lang), years[::-1], key="an_kom_tahun")
    earlier = [y for y in years if y < year]
    start = second.selectbox(t("an_kom_start", lang), earlier[::-1], key="an_kom_awal") if earlier else None
    komoditas = third.selectbox(
        t("an_kom_commodity", lang),
        items,
        key="an_kom_komoditas",
        format_func=lambda k: commodity_label(k, lang),
        index=items.index("telur") if "telur" in items else 0,
    )
    try:
        results = analyse_commodities(
            indikator, codes, str(boundaries.kabupaten.kode.iloc[0]), year, start, lang, prefix
        )
    except AnalysisError as exc:
        st.error(str(exc))
        return
    if results.example:
        st.warning(t("analisis_example", lang))
    input_status(results.used, lang)
    reference = _reference(results, len(codes), lang)
    st.caption(
        t("an_kom_caption", lang, reference=reference, unit=stored_text(results.unit, lang), year=year)
    )
    if results.start is not None and year - results.start + 1 < 3:
        st.info(t("an_kom_two_years", lang, start=results.start, end=year))

    # table, then the map at full width: in a half-width column the map was too small for
    # 22 names and its legend
    st.subheader(t("an_kom_table", lang, komoditas=commodity_label(komoditas, lang)))
    _table(results, komoditas, names, lang)
    values = results.of(komoditas, codes)
    choropleth = Choropleth(
        values=values,
        classes=Classes(*lq_class_breaks(values)),
        title=t("an_kom_map_title", lang, komoditas=commodity_label(komoditas, lang), year=year),
        unit="LQ",
        decimals=2,
        source=t("an_kom_source", lang, reference=reference),
        example=results.example,
    )
    _, kec_display = cache.display(page.version, "kabupaten")
    st_folium(
        build_kecamatan_map(
            kec_display, choropleth, lang=lang, labels=True, overlays=cache.overlays(page.version)
        ),
        key="an_kom_map",
        height=MAP_HEIGHT,
        use_container_width=True,
        returned_objects=[],
    )

    st.subheader(t("an_kom_matrix", lang))
    matrix = results.matrix.rename(index=names, columns=lambda k: commodity_label(str(k), lang))
    # white at LQ = 1, brown below, teal above, on a 0…max scale (a symmetric scale would waste half
    # its colours on negative LQs that cannot occur)
    top = max(2.0, float(np.nanmax(matrix.to_numpy()))) if matrix.notna().any().any() else 2.0
    scale = [
        [0.0, LQ_COLOURS[0]],
        [0.5 / top, LQ_COLOURS[1]],
        [1.0 / top, "#f5f5f5"],
        [(1.0 + top) / 2 / top, LQ_COLOURS[2]],
        [1.0, LQ_COLOURS[-1]],
    ]
    figure = px.imshow(
        matrix,
        color_continuous_scale=scale,
        zmin=0.0,
        zmax=top,
        aspect="auto",
        text_auto=".2f",
        height=720,
        labels={"x": "", "y": "", "color": "LQ"},
    )
    figure.update_xaxes(side="top")
    st.plotly_chart(figure, width="stretch")

    method_explanation(
        lang, *(("lq", "dlq", "klasifikasi_lq") if results.klasifikasi is not None else ("lq",))
    )

    download, save = st.columns(2)
    download.download_button(
        t("an_kom_download", lang),
        data=commodity_xlsx(results, names),
        file_name=f"lq_komoditas_{year}.xlsx",
        key="an_kom_download",
        mime=XLSX_MIME,
    )
    if editing_button(
        save, t("an_kom_save", lang, komoditas=commodity_label(komoditas, lang)), "an_kom_save", state
    ):
        try:
            report = save_commodity_lq(results, komoditas, session=current_session(), client=client_address())
        except PotensiError as exc:
            save.error(str(exc))
        else:
            cache.rows.clear()
            save.success(report.summary())
