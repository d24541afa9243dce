"""Regional Klassen typology of the 22 kecamatan against the kabupaten: per-capita
income × growth over a chosen period, as a table, a quadrant chart, a map, the
formula, and a download."""

from __future__ import annotations

import pandas as pd
import plotly.express as px
import streamlit as st
from streamlit_folium import st_folium

from potensi.analysis import AnalysisError
from potensi.core.formatting import format_number
from potensi.data.indikator_keys import INCOME_KEY
from potensi.data.records import stored_text
from potensi.i18n import t
from potensi.views.analisis.klassen_wilayah import (
    QUADRANT_CODES,
    analyse_klassen,
    klassen_xlsx,
    quadrant_names,
)
from potensi.views.analisis.shared import indicator_years
from potensi.viz.maps import MAP_HEIGHT, Choropleth, build_kecamatan_map
from potensi.viz.style import CATEGORICAL, CATEGORICAL_CB, categorical_classes
from ui import cache
from ui.analisis.explain import XLSX_MIME, input_status, method_explanation
from ui.page import PageContext
from ui.tables import number_table


def _colours(present: bool) -> dict[str, str]:
    palette = CATEGORICAL_CB if present else CATEGORICAL
    # I green, II blue, III orange, IV red (Okabe–Ito bluish green, blue, orange, vermillion
    # in presentation mode)
    picks = (2, 4, 0, 5) if present else (2, 0, 1, 3)
    return {q: palette[i] for q, i in zip(("I", "II", "III", "IV"), picks, strict=True)}


def render(page: PageContext) -> None:
    """Draw the regional Klassen typology."""
    state, boundaries = page.state, page.boundaries
    lang = state.lang
    st.caption(t("an_kw_intro", lang))
    indikator = page.data.get("indikator", pd.DataFrame())
    codes = [str(c) for c in boundaries.kecamatan.kode]
    years = indicator_years(indikator, [INCOME_KEY], codes)
    if len(years) < 2:
        st.info(t("an_kw_no_data", lang))
        return
    first, second = st.columns(2)
    start = first.selectbox(t("an_kw_start", lang), years[:-1], key="an_kw_awal")
    later = [y for y in years if y > start]
    end = second.selectbox(t("an_kw_end", lang), later[::-1], key="an_kw_akhir")
    kabupaten = str(boundaries.kabupaten.kode.iloc[0])
    try:
        result = analyse_klassen(indikator, boundaries.kecamatan, kabupaten, int(start), int(end), lang)
    except AnalysisError as exc:
        st.error(str(exc))
        return
    if result.example:
        st.warning(t("analisis_example", lang))
    input_status(result.used, lang)
    reference = {
        "income": format_number(result.income_ref, 2, lang),
        "unit": stored_text(result.unit, lang),
        "growth": "–"
        if pd.isna(result.growth_ref)
        else f"{format_number(result.growth_ref * 100, 2, lang)} %",
    }
    st.info(
        t(f"an_kw_reference_{'kabupaten' if result.reference == 'kabupaten' else 'mean'}", lang, **reference)
    )
    st.caption(t("an_kw_growth_note", lang, start=result.start, end=result.end))

    names = quadrant_names(lang)
    colours = _colours(state.present)
    table = result.table.assign(laju_persen=result.table.laju * 100, kelas=result.table.kuadran.map(names))
    left, right = st.columns([1, 1])
    with left:
        st.subheader(t("an_kw_table", lang))
        shown = table.sort_values(["kuadran", "pdrb_per_kapita"], ascending=[True, False], na_position="last")
        number_table(
            shown[["nama", "pdrb_per_kapita", "laju_persen", "kelas", "catatan"]].rename(
                columns={
                    "nama": t("col_nama", lang),
                    "pdrb_per_kapita": t("an_kw_col_income", lang),
                    "laju_persen": t("an_kw_col_growth", lang),
                    "kelas": t("an_kw_col_class", lang),
                    "catatan": t("analisis_note", lang),
                }
            ),
            lang,
            2,
            height=560,
        )
    with right:
        points = table.dropna(subset=["pdrb_per_kapita", "laju_persen", "kuadran"])
        figure = px.scatter(
            points,
            x="pdrb_per_kapita",
            y="laju_persen",
            color="kelas",
            text="nama",
            color_discrete_map={names[q]: c for q, c in colours.items()},
            category_orders={"kelas": [names[q] for q in ("I", "II", "III", "IV")]},
            labels={
                "pdrb_per_kapita": t("an_kw_chart_x", lang, unit=stored_text(result.unit, lang)),
                "laju_persen": t("an_kw_chart_y", lang),
                "kelas": "",
            },
            height=560,
        )
        figure.update_traces(textposition="top center", textfont_size=10)
        x_ref, y_ref = result.income_ref, result.growth_ref * 100
        figure.add_vline(x=x_ref, line_dash="dash", line_color="#555")
        if not pd.isna(y_ref):
            figure.add_hline(y=y_ref, line_dash="dash", line_color="#555")
            # quadrant names in the corners: I top right, II bottom right, III top left, IV bottom left
            for q, (xa, ya, xanchor, yanchor) in {
                "I": (1, 1, "right", "top"),
                "II": (1, 0, "right", "bottom"),
                "III": (0, 1, "left", "top"),
                "IV": (0, 0, "left", "bottom"),
            }.items():
                figure.add_annotation(
                    x=xa,
                    y=ya,
                    xref="paper",
                    yref="paper",
                    text=f"<b>{names[q]}</b>",
                    showarrow=False,
                    xanchor=xanchor,
                    yanchor=yanchor,
                    font={"color": colours[q], "size": 11},
                )
        figure.update_layout(legend={"orientation": "h", "y": -0.15})
        st.plotly_chart(figure, width="stretch", key="an_kw_chart")

    values = result.table.set_index("kode").kuadran.map(QUADRANT_CODES).astype(float)
    choropleth = Choropleth(
        values=values,
        classes=categorical_classes(tuple(colours[q] for q in QUADRANT_CODES)),
        title=t("an_kw_map_title", lang, start=result.start, end=result.end),
        unit="",
        decimals=0,
        source=t("an_kw_source", lang),
        example=result.example,
        categories={float(code): names[q] for q, code in QUADRANT_CODES.items()},
    )
    _, kec_display = cache.display(page.version, "kabupaten")
    st_folium(
        build_kecamatan_map(
            kec_display, choropleth, lang=lang, labels=True, overlays=cache.overlays(page.version)
        ),
        key="an_kw_map",
        height=MAP_HEIGHT,
        use_container_width=True,
        returned_objects=[],
    )

    method_explanation(lang, "klassen_regional")

    st.download_button(
        t("analisis_download", lang),
        data=klassen_xlsx(result),
        file_name=f"klassen_kecamatan_{result.start}_{result.end}.xlsx",
        key="an_kw_download",
        mime=XLSX_MIME,
    )
