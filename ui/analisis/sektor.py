"""Sector analysis of a region against a reference region: SLQ, SLQ×DLQ, shift-share, Klassen.

Reads the widgets, calls :mod:`potensi.views.analisis.sektor`, draws; no arithmetic here.
"""

from __future__ import annotations

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go
import streamlit as st

from potensi.analysis import AnalysisError
from potensi.data.records import stored_text
from potensi.i18n import Lang, t
from potensi.views.analisis.sektor import (
    SectorResults,
    analyse_sectors,
    klassen_classes,
    lq_classes,
    lq_kelas_names,
    region_name,
    sector_regions,
    sector_xlsx,
    sector_years,
)
from potensi.views.analisis.shared import LQ_COLOURS
from ui.analisis.explain import XLSX_MIME, input_status, method_explanation
from ui.page import PageContext
from ui.tables import number_table

SUBMETHODS = ("slq", "klasifikasi", "shift_share", "klassen")
DOCS = {
    "slq": ("lq",),
    "klasifikasi": ("dlq", "klasifikasi_lq"),
    "shift_share": ("shift_share",),
    "klassen": ("klassen_sektoral",),
}
#: the four two-condition classes in table order (above/above … below/below): Okabe–Ito, colour-blind safe
CLASS_COLOURS = ("#009E73", "#E69F00", "#56B4E9", "#D55E00")


def _label(frame: pd.DataFrame) -> pd.Series:
    """``"A · Pertanian, Kehutanan, …"`` for chart axes (short, full name in the table)."""
    return (
        frame.sektor
        + " · "
        + frame.lapangan_usaha.map(lambda n: n if len(n) <= 34 else n[:32].rstrip(" ,;") + "…")
    )


def _table(frame: pd.DataFrame, columns: dict[str, str], lang: Lang, percent: tuple[str, ...] = ()) -> None:
    """The chosen columns with translated headers, percentages ×100, and the note."""
    shown = frame[["sektor", "lapangan_usaha", *columns, "catatan"]].copy()
    for column in percent:
        shown[column] = shown[column] * 100
    shown = shown.rename(
        columns={
            "sektor": t("an_sek_col_key", lang),
            "lapangan_usaha": t("an_sek_col_sector", lang),
            "catatan": t("analisis_note", lang),
            **columns,
        }
    )
    number_table(shown, lang)


def _quadrants(figure: go.Figure, x0: float, y0: float, labels: dict[tuple[bool, bool], str]) -> None:
    """Lines through (x0, y0) and a label in each corner (keyed on x-above, y-above)."""
    figure.add_vline(x=x0, line_dash="dash", line_color="#666")
    figure.add_hline(y=y0, line_dash="dash", line_color="#666")
    for (right, top), text in labels.items():
        figure.add_annotation(
            text=text,
            xref="paper",
            yref="paper",
            x=0.99 if right else 0.01,
            y=0.99 if top else 0.01,
            xanchor="right" if right else "left",
            yanchor="top" if top else "bottom",
            showarrow=False,
            font={"color": "#555", "size": 12},
            bgcolor="rgba(255,255,255,0.75)",
        )


def _slq(results: SectorResults, lang: Lang) -> None:
    years = sorted(results.slq.tahun.unique())
    year = st.selectbox(t("an_sek_year", lang), years, index=years.index(results.end), key="an_sek_tahun")
    rows = results.slq[results.slq.tahun == year]
    _table(
        rows,
        {
            "nilai": t("an_sek_col_value", lang),
            "pangsa_wilayah": t("an_sek_col_share", lang),
            "pangsa_acuan": t("an_sek_col_share_ref", lang),
            "lq": "LQ",
            "nama_kelas": t("an_sek_col_class", lang),
        },
        lang,
        percent=("pangsa_wilayah", "pangsa_acuan"),
    )
    chart = rows.assign(label=_label(rows)).dropna(subset=["lq"])
    # basis teal, non-basis brown: the colours of the commodity map (potensi.views.analisis.shared.LQ_COLOURS)
    figure = px.bar(
        chart,
        x="lq",
        y="label",
        orientation="h",
        height=560,
        color="nama_kelas",
        color_discrete_sequence=[LQ_COLOURS[3], "#999999", LQ_COLOURS[1]],
        category_orders={"nama_kelas": list(lq_kelas_names(lang).values())},
        labels={"lq": t("an_sek_lq_axis", lang), "label": "", "nama_kelas": t("an_sek_col_class", lang)},
    )
    figure.add_vline(x=1.0, line_color="#333", line_width=2)
    figure.update_yaxes(autorange="reversed", dtick=1)
    st.plotly_chart(figure, width="stretch")


def _klasifikasi(results: SectorResults, lang: Lang) -> None:
    rows = results.klasifikasi
    if results.end - results.start + 1 < 3:
        st.info(t("an_sek_dlq_short", lang))
    _table(
        rows,
        {
            "slq": f"SLQ {results.end}",
            "dlq": f"DLQ {results.start}–{results.end}",
            "nama_klasifikasi": t("an_sek_col_class", lang),
        },
        lang,
    )
    chart = rows.dropna(subset=["slq", "dlq"])
    if chart.empty:
        return
    classes = lq_classes(lang)
    colours = dict(zip(classes.nama_klasifikasi, CLASS_COLOURS, strict=True))
    figure = px.scatter(
        chart,
        x="slq",
        y="dlq",
        text="sektor",
        color="nama_klasifikasi",
        height=520,
        color_discrete_map=colours,
        category_orders={"nama_klasifikasi": list(classes.nama_klasifikasi)},
        hover_name=chart.lapangan_usaha,
        labels={"slq": "SLQ", "dlq": "DLQ", "nama_klasifikasi": t("an_sek_col_class", lang)},
    )
    figure.update_traces(textposition="top center", marker={"size": 11})
    names = {(bool(r.slq_above), bool(r.dlq_above)): r.nama_klasifikasi for r in classes.itertuples()}
    _quadrants(figure, 1.0, 1.0, names)
    st.plotly_chart(figure, width="stretch")


def _shift_share(results: SectorResults, lang: Lang) -> None:
    rows = results.shift_share
    columns = {
        "nilai_awal": f"{t('an_sek_col_value', lang)} {results.start}",
        "nilai_akhir": f"{t('an_sek_col_value', lang)} {results.end}",
        "N": "N",
        "M": "M",
        "C": "C",
        "D": "D",
    }
    if "A" in rows.columns:
        columns |= {"C_homotetik": "C'", "A": "A", "nama_tipe_alokasi": t("an_sek_col_alloc", lang)}
    _table(rows, columns, lang)
    chart = rows.assign(label=_label(rows))
    parts = {"N": t("an_sek_n", lang), "M": t("an_sek_m", lang), "C": t("an_sek_c", lang)}
    long = chart.melt(id_vars=["label"], value_vars=list(parts), var_name="komponen", value_name="nilai")
    long["komponen"] = long.komponen.map(parts)
    figure = px.bar(
        long,
        x="nilai",
        y="label",
        color="komponen",
        orientation="h",
        barmode="relative",
        height=600,
        labels={
            "nilai": stored_text(results.inputs.unit, lang),
            "label": "",
            "komponen": t("an_sek_components", lang),
        },
        # Okabe–Ito blue, orange, bluish green: safe for every colour-vision type
        color_discrete_sequence=["#0072B2", "#E69F00", "#009E73"],
    )
    figure.add_trace(
        go.Scatter(
            x=chart.D,
            y=chart.label,
            mode="markers",
            name=t("an_sek_d", lang),
            marker={"symbol": "diamond", "color": "#000", "size": 9},
        )
    )
    figure.update_yaxes(autorange="reversed", dtick=1)
    st.plotly_chart(figure, width="stretch")


def _klassen(results: SectorResults, lang: Lang) -> None:
    rows = results.klassen
    _table(
        rows,
        {
            "pangsa_wilayah": t("an_sek_col_share", lang),
            "pangsa_acuan": t("an_sek_col_share_ref", lang),
            "laju_wilayah": t("an_sek_col_growth", lang),
            "laju_acuan": t("an_sek_col_growth_ref", lang),
            "kuadran": t("an_sek_col_quadrant", lang),
            "nama_klasifikasi": t("an_sek_col_class", lang),
        },
        lang,
        percent=("pangsa_wilayah", "pangsa_acuan", "laju_wilayah", "laju_acuan"),
    )
    chart = rows.dropna(subset=["kuadran"]).assign(
        x=lambda f: (f.pangsa_wilayah - f.pangsa_acuan) * 100,
        y=lambda f: (f.laju_wilayah - f.laju_acuan) * 100,
    )
    if chart.empty:
        return
    chart["kelas"] = chart.kuadran + " " + chart.nama_klasifikasi
    classes = klassen_classes(lang)
    order = [f"{r.kuadran} {r.nama_klasifikasi}" for r in classes.itertuples()]
    figure = px.scatter(
        chart,
        x="x",
        y="y",
        text="sektor",
        color="kelas",
        height=520,
        color_discrete_map=dict(zip(order, CLASS_COLOURS, strict=True)),
        category_orders={"kelas": order},
        hover_name=chart.lapangan_usaha,
        labels={
            "x": t("an_sek_share_diff", lang),
            "y": t("an_sek_growth_diff", lang),
            "kelas": t("an_sek_col_quadrant", lang),
        },
    )
    figure.update_traces(textposition="top center", marker={"size": 11})
    names = {
        (bool(r.share_above), bool(r.growth_above)): f"{r.kuadran} {r.nama_klasifikasi}"
        for r in classes.itertuples()
    }
    _quadrants(figure, 0.0, 0.0, names)
    st.plotly_chart(figure, width="stretch")


def render(page: PageContext) -> None:
    """Draw the sector analysis."""
    lang = page.state.lang
    indikator = page.data["indikator"]
    st.caption(t("an_sek_intro", lang))
    regions = sector_regions(indikator)
    if len(regions) < 2:
        st.info(t("an_sek_no_data", lang))
        return
    names = {
        **dict(zip(page.boundaries.kabupaten.kode, page.boundaries.kabupaten.nama, strict=True)),
        **{
            k: f"Kecamatan {n}"
            for k, n in zip(page.boundaries.kecamatan.kode, page.boundaries.kecamatan.nama, strict=True)
        },
    }

    def name(code: str) -> str:
        return region_name(code, names, lang)

    left, middle, right = st.columns([1, 1, 2])
    region = left.selectbox(
        t("an_sek_region", lang),
        regions,
        key="an_sek_wilayah",
        format_func=name,
        index=regions.index("35.05") if "35.05" in regions else len(regions) - 1,
    )
    references = [r for r in regions if r != region]
    reference = middle.selectbox(
        t("an_sek_reference", lang),
        references,
        key="an_sek_acuan",
        format_func=name,
        index=references.index("35") if "35" in references else 0,
    )
    years = sector_years(indikator, region, reference)
    if not years:
        st.info(t("an_sek_no_data", lang))
        return
    if len(years) > 1:
        start, end = right.select_slider(
            t("an_sek_period", lang), options=years, value=(years[0], years[-1]), key="an_sek_periode"
        )
    else:
        start = end = years[0]
    sub = st.radio(
        t("an_sek_submethod", lang),
        SUBMETHODS,
        horizontal=True,
        key="an_sek_metode",
        format_func=lambda m: t(f"an_sek_sub_{m}", lang),
    )
    em = sub == "shift_share" and st.checkbox(t("an_sek_em", lang), key="an_sek_em")
    try:
        results = analyse_sectors(indikator, region, reference, start, end, esteban_marquillas=em, lang=lang)
    except AnalysisError as exc:
        st.error(str(exc))
        return
    if results.example:
        st.warning(t("analisis_example", lang))
    input_status(results.used, lang)
    st.caption(
        t(
            "an_sek_caption",
            lang,
            region=name(region),
            reference=name(reference),
            unit=stored_text(results.inputs.unit, lang),
            start=start,
            end=end,
        )
    )

    {"slq": _slq, "klasifikasi": _klasifikasi, "shift_share": _shift_share, "klassen": _klassen}[sub](
        results, lang
    )
    method_explanation(lang, *DOCS[sub])
    st.download_button(
        t("an_sek_download", lang),
        data=sector_xlsx(results),
        file_name=f"analisis_sektor_{region}_{reference}_{start}_{end}.xlsx",
        key="an_sek_download",
        mime=XLSX_MIME,
    )
