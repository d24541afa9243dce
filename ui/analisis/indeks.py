"""Composite potential index over the kecamatan: weights by hand or AHP, ranked,
charted, mapped, downloadable and saved back as an indikator."""

from __future__ import annotations

import plotly.express as px
import streamlit as st
from streamlit_folium import st_folium

from potensi.analysis import AnalysisError, ahp_weights
from potensi.core.errors import PotensiError
from potensi.core.formatting import format_number, format_trimmed
from potensi.data.indicators import indicator_label
from potensi.i18n import Lang, t
from potensi.views.analisis.indeks import (
    DIRECTIONS,
    complete_indicators,
    indicator_table,
    missing_directions,
    ranked,
    result_xlsx,
    save_as_indikator,
    weighted_index,
)
from potensi.viz.maps import MAP_HEIGHT, Choropleth, build_kecamatan_map
from potensi.viz.style import classify, sequential_colours
from ui import cache
from ui.analisis.explain import XLSX_MIME, method_explanation
from ui.auth import client_address, current_session
from ui.page import PageContext
from ui.presentation import editing_button
from ui.tables import number_table


def choose_directions(chosen: list[str], lang: Lang) -> dict[str, str | None]:
    """One "which way is better" choice per indicator, none picked beforehand.

    The widgets keep their value in session state under ``an_arah_<key>``, so a
    direction once chosen stays while indicators are added or weights changed.
    """
    st.markdown(f"**{t('analisis_direction_heading', lang)}**")
    st.caption(t("analisis_direction_help", lang))
    directions: dict[str, str | None] = {}
    for start_at in range(0, len(chosen), 3):
        for column, key in zip(st.columns(3), chosen[start_at : start_at + 3], strict=False):
            directions[key] = column.radio(
                indicator_label(key, lang),
                DIRECTIONS,
                index=None,
                key=f"an_arah_{key}",
                format_func=lambda d: t(f"analisis_direction_{d}", lang),
            )
    return directions


def render(page: PageContext) -> None:
    """Draw the composite-index analysis."""
    state, boundaries = page.state, page.boundaries
    lang = state.lang
    st.caption(t("analisis_intro", lang))

    options = complete_indicators(boundaries.kecamatan, page.data)
    chosen = st.multiselect(
        t("analisis_indicators", lang),
        options,
        key="an_indikator",
        default=[k for k in ("count_potensi", "count_inovasi", "jumlah_desa") if k in options],
        format_func=lambda k: indicator_label(k, lang),
    )
    if len(chosen) < 2:
        st.info(t("analisis_pick_two", lang))
        return
    directions = choose_directions(chosen, lang)
    mode = st.radio(
        t("analisis_weight_mode", lang),
        ["manual", "ahp"],
        key="an_mode",
        horizontal=True,
        format_func=lambda m: t(f"analisis_weight_{m}", lang),
    )
    weights: dict[str, float] = {}
    if mode == "manual":
        columns = st.columns(len(chosen))
        for column, key in zip(columns, chosen, strict=True):
            weights[key] = column.number_input(
                indicator_label(key, lang), min_value=0.0, value=1.0, step=0.5, key=f"an_w_{key}"
            )
    else:
        st.caption(t("analisis_ahp_help", lang))
        matrix = [[1.0] * len(chosen) for _ in chosen]
        for i, a in enumerate(chosen):
            for j in range(i + 1, len(chosen)):
                b = chosen[j]
                value = st.select_slider(
                    f"{indicator_label(a, lang)} ↔ {indicator_label(b, lang)}",
                    options=[1 / 9, 1 / 7, 1 / 5, 1 / 3, 1, 3, 5, 7, 9],
                    value=1,
                    key=f"an_ahp_{a}_{b}",
                    format_func=lambda v: (
                        format_trimmed(v, lang) if v >= 1 else "1/" + format_trimmed(1 / v, lang)
                    ),
                )
                matrix[i][j], matrix[j][i] = value, 1 / value
        try:
            ahp = ahp_weights(matrix, criteria=chosen)
        except AnalysisError as exc:
            st.error(str(exc))
            return
        weights = {k: float(ahp.bobot[k]) for k in chosen}
        st.caption(t("analisis_cr", lang, cr=format_number(ahp.cr, 3, lang)))

    if missing := missing_directions(chosen, directions):
        # no index until the user has said, for each indicator, which way is better
        st.warning(
            t(
                "analisis_direction_missing",
                lang,
                names=", ".join(indicator_label(k, lang) for k in missing),
                n=len(missing),
            ),
            icon=":material/swap_vert:",
        )
        return
    inputs, example = indicator_table(boundaries.kecamatan, page.data, chosen, lang)
    try:
        result = weighted_index(inputs, weights, directions)
    except PotensiError as exc:
        st.error(str(exc))
        return
    table = ranked(result, boundaries.kecamatan, lang)
    if example:
        st.warning(t("analisis_example", lang))

    left, right = st.columns([1, 1])
    with left:
        st.subheader(t("analisis_ranking", lang))
        shown = table[["peringkat", "nama", "kode", "indeks", "catatan"]]
        number_table(
            shown.rename(
                columns={
                    "peringkat": t("analisis_rank", lang),
                    "nama": t("col_nama", lang),
                    "kode": t("col_kode", lang),
                    "indeks": t("analisis_index", lang),
                    "catatan": t("analisis_note", lang),
                }
            ),
            lang,
            1,
            height=420,
        )
    with right:
        figure = px.bar(
            table.dropna(subset=["indeks"]).sort_values("indeks"),
            x="indeks",
            y="nama",
            orientation="h",
            labels={"indeks": t("analisis_index", lang), "nama": ""},
            height=560,
        )
        figure.update_yaxes(dtick=1)
        st.plotly_chart(figure, width="stretch")

    values = table.set_index("kode").indeks.astype(float)
    choropleth = Choropleth(
        values=values,
        classes=classify(values, state.klasifikasi, colours=sequential_colours(state.present)),
        title=t("analisis_index", lang),
        unit="0–100",
        decimals=1,
        source=t("analisis_source", lang),
        example=example,
    )
    _, kec_display = cache.display(page.version, "kabupaten")
    st_folium(
        build_kecamatan_map(
            kec_display, choropleth, lang=lang, labels=True, overlays=cache.overlays(page.version)
        ),
        key="an_map",
        height=MAP_HEIGHT,
        use_container_width=True,
        returned_objects=[],
    )

    method_explanation(lang, "indeks_komposit")

    download, save = st.columns(2)
    download.download_button(
        t("analisis_download", lang),
        data=result_xlsx(result, boundaries.kecamatan, inputs, lang),
        file_name="indeks_potensi.xlsx",
        key="an_download",
        mime=XLSX_MIME,
    )
    if editing_button(save, t("analisis_save", lang), "an_save", state):
        report = save_as_indikator(
            result, weights, example, session=current_session(), client=client_address()
        )
        cache.rows.clear()
        save.success(report.summary())
