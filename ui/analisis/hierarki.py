"""Service-centre hierarchy of the kecamatan: Guttman scalogram and Marshall centrality,
from facility counts in the indikator layer; tables, charts, an orde map, formulas,
download, and the Marshall index saved back as an indikator."""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.express as px
import streamlit as st
from streamlit_folium import st_folium

from potensi.analysis import AnalysisError, sturges
from potensi.core.formatting import format_number
from potensi.i18n import Lang, t
from potensi.views.analisis.hierarki import (
    analyse_hierarchy,
    facility_keys,
    facility_label,
    hierarchy_xlsx,
    order_name,
    save_centrality_as_indikator,
)
from potensi.views.analisis.shared import indicator_years
from potensi.viz.maps import MAP_HEIGHT, Choropleth, build_kecamatan_map
from potensi.viz.style import categorical_classes, sequential_colours
from ui import cache
from ui.analisis.explain import XLSX_MIME, input_status, method_explanation
from ui.auth import client_address, current_session
from ui.page import PageContext
from ui.presentation import editing_button
from ui.tables import number_table


def _order_colours(n: int, palette: tuple[str, ...]) -> tuple[str, ...]:
    """One colour per orde, Orde I (the highest) the darkest, as on the map."""
    if n <= 1:
        return (palette[-1],)
    return tuple(palette[int(i)] for i in np.linspace(len(palette) - 1, 0, n).round())


def render(page: PageContext) -> None:
    """Draw the scalogram and Marshall analysis."""
    state, boundaries = page.state, page.boundaries
    lang = state.lang
    st.caption(t("an_hir_intro", lang))
    indikator = page.data.get("indikator", pd.DataFrame())
    codes = [str(c) for c in boundaries.kecamatan.kode]
    keys = facility_keys(indikator, codes)
    years = indicator_years(indikator, keys, codes)
    if len(keys) < 2 or not years:
        st.info(t("an_hir_no_data", lang))
        return

    first, second, third = st.columns([3, 1, 1])
    chosen = first.multiselect(
        t("an_hir_facilities", lang),
        keys,
        default=keys,
        key="an_hir_fasilitas",
        format_func=lambda k: facility_label(k, lang),
    )
    year = second.selectbox(t("an_hir_year", lang), years[::-1], key="an_hir_tahun")
    n_orders = third.number_input(
        t("an_hir_orders", lang), min_value=2, max_value=5, value=3, step=1, key="an_hir_orde"
    )
    k_sturges = sturges(len(codes))
    marshall_choice = third.selectbox(
        t("an_hir_marshall_orders", lang),
        ["sturges", 2, 3, 4, 5],
        key="an_hir_orde_marshall",
        format_func=lambda v: t("an_hir_sturges", lang, k=k_sturges) if v == "sturges" else str(v),
    )
    if len(chosen) < 2:
        st.info(t("an_hir_pick_two", lang))
        return
    try:
        result = analyse_hierarchy(
            indikator, boundaries.kecamatan, int(year), chosen, int(n_orders), marshall_choice, lang
        )
    except AnalysisError as exc:
        st.error(str(exc))
        return
    if result.example:
        st.warning(t("analisis_example", lang))
    input_status(result.used, lang)
    scalogram = result.scalogram
    cor_values = {
        "cor": format_number(scalogram.cor, 3, lang),
        "batas": format_number(scalogram.batas_cor, 2, lang),
        "e": scalogram.kesalahan,
        "n": scalogram.n_wilayah,
        "k": scalogram.n_fasilitas,
    }
    if scalogram.layak:
        st.success(t("an_hir_cor_ok", lang, **cor_values))
    else:
        st.error(t("an_hir_cor_bad", lang, **cor_values))
    st.caption(t("an_hir_cs", lang, cs=format_number(scalogram.koefisien_skalabilitas, 3, lang)))

    _matrix(result, lang)
    left, right = st.columns([1, 1])
    with left:
        st.subheader(t("an_hir_scalogram_table", lang))
        columns = ["urutan", "nama", "jumlah_jenis", "kesalahan", "nama_orde", "catatan"]
        number_table(
            result.skalogram[columns].rename(
                columns={
                    "urutan": t("analisis_rank", lang),
                    "nama": t("col_nama", lang),
                    "jumlah_jenis": t("an_hir_col_types", lang),
                    "kesalahan": t("an_hir_col_errors", lang),
                    "nama_orde": t("an_hir_col_order", lang),
                    "catatan": t("analisis_note", lang),
                }
            ),
            lang,
            0,
            height=420,
        )
    with right:
        st.subheader(t("an_hir_marshall_table", lang))
        columns = ["peringkat", "nama", "indeks_sentralitas", "nama_orde", "catatan"]
        number_table(
            result.marshall_table[columns].rename(
                columns={
                    "peringkat": t("analisis_rank", lang),
                    "nama": t("col_nama", lang),
                    "indeks_sentralitas": t("an_hir_col_is", lang),
                    "nama_orde": t("an_hir_col_order", lang),
                    "catatan": t("analisis_note", lang),
                }
            ),
            lang,
            2,
            height=420,
        )
        used = result.bobot.bobot.notna().sum()
        st.caption(
            t(
                "an_hir_is_sum",
                lang,
                total=format_number(float(result.marshall.wilayah.indeks_sentralitas.sum()), 1, lang),
                k=int(used),
            )
        )

    palette = sequential_colours(state.present)
    chart, weights = st.columns([3, 2])
    with chart:
        bars = result.marshall_table.dropna(subset=["indeks_sentralitas"]).sort_values("indeks_sentralitas")
        n_marshall = int(bars.orde.max()) if not bars.empty else 1
        marshall_colours = _order_colours(n_marshall, palette)
        labels = [order_name(i, lang) for i in range(1, n_marshall + 1)]
        figure = px.bar(
            bars,
            x="indeks_sentralitas",
            y="nama",
            orientation="h",
            color="nama_orde",
            labels={
                "indeks_sentralitas": t("an_hir_col_is", lang),
                "nama": "",
                "nama_orde": t("an_hir_col_order", lang),
            },
            category_orders={"nama_orde": labels},
            color_discrete_map=dict(zip(labels, marshall_colours, strict=True)),
            height=560,
        )
        # one trace per orde would otherwise group the bars by orde instead of by IS
        figure.update_yaxes(dtick=1, categoryorder="array", categoryarray=list(bars.nama))
        figure.update_traces(marker_line_color="#555555", marker_line_width=0.5)
        st.plotly_chart(figure, width="stretch", key="an_hir_bar")
    with weights:
        st.markdown(f"**{t('an_hir_weights', lang)}**")
        number_table(
            result.bobot[["label", "total_unit", "bobot"]].rename(
                columns={
                    "label": t("an_hir_col_facility", lang),
                    "total_unit": t("an_hir_col_units", lang),
                    "bobot": t("an_hir_col_weight", lang),
                }
            ),
            lang,
            {t("an_hir_col_units", lang): 0, t("an_hir_col_weight", lang): 3},
        )

    basis = st.radio(
        t("an_hir_map_basis", lang),
        ["marshall", "skalogram"],
        horizontal=True,
        key="an_hir_peta",
        format_func=lambda b: t(f"an_hir_basis_{b}", lang),
    )
    frame = result.marshall_table if basis == "marshall" else result.skalogram
    orders = frame.set_index("kode").orde.astype("Float64").astype(float)
    n = int(orders.max()) if orders.notna().any() else 1
    colours = _order_colours(n, palette)
    method = t(f"an_hir_basis_{basis}", lang)
    choropleth = Choropleth(
        values=orders,
        classes=categorical_classes(colours),
        title=t("an_hir_map_title", lang, year=result.year),
        unit="",
        decimals=0,
        source=t("an_hir_source", lang, method=method, year=result.year),
        example=result.example,
        categories={float(i): order_name(i, lang) for i in range(1, n + 1)},
    )
    _, kec_display = cache.display(page.version, "kabupaten")
    st_folium(
        build_kecamatan_map(
            kec_display, choropleth, lang=lang, labels=True, overlays=cache.overlays(page.version)
        ),
        key="an_hir_map",
        height=MAP_HEIGHT,
        use_container_width=True,
        returned_objects=[],
    )

    left, right = st.columns(2)
    with left:
        method_explanation(lang, "skalogram")
    with right:
        method_explanation(lang, "marshall")

    download, save = st.columns(2)
    download.download_button(
        t("analisis_download", lang),
        data=hierarchy_xlsx(result, lang),
        file_name=f"hierarki_pusat_pelayanan_{result.year}.xlsx",
        key="an_hir_download",
        mime=XLSX_MIME,
    )
    if editing_button(save, t("analisis_save", lang), "an_hir_save", state):
        report = save_centrality_as_indikator(result, session=current_session(), client=client_address())
        cache.rows.clear()
        save.success(report.summary())


def _matrix(result, lang: Lang) -> None:  # noqa: ANN001 - HierarchyResult
    """The sorted presence matrix as a heatmap, Guttman errors marked ✕."""
    st.subheader(t("an_hir_matrix", lang))
    st.caption(t("an_hir_matrix_help", lang))
    matrix = result.scalogram.matriks
    errors = result.error_cells()
    names = dict(zip(result.counts.kode, result.counts.nama, strict=True))
    z = matrix.to_numpy(dtype=float)
    # 0 absent, 1 present, 0.5 an error cell (absent where the scale expects presence)
    z = np.where(errors.to_numpy() == 1, 0.5, z)
    text = np.where(errors.to_numpy() == 1, "✕", "")
    hover = np.where(
        errors.to_numpy() == 1,
        t("an_hir_error", lang),
        np.where(matrix.to_numpy() == 1, t("an_hir_present", lang), t("an_hir_absent", lang)),
    )
    frame = pd.DataFrame(
        z,
        index=[names.get(k, k) for k in matrix.index],
        columns=[facility_label(c, lang) for c in matrix.columns],
    )
    figure = px.imshow(
        frame,
        color_continuous_scale=[
            [0.0, "#f0f0f0"],
            [0.49, "#f0f0f0"],
            [0.5, "#e6550d"],
            [0.51, "#2c7fb8"],
            [1.0, "#2c7fb8"],
        ],
        zmin=0,
        zmax=1,
        aspect="auto",
        height=640,
        labels={"x": "", "y": "", "color": ""},
    )
    figure.update_traces(
        text=text,
        texttemplate="%{text}",
        customdata=hover,
        hovertemplate="%{y} · %{x}: %{customdata}<extra></extra>",
    )
    figure.update_coloraxes(showscale=False)
    figure.update_xaxes(side="top")
    st.plotly_chart(figure, width="stretch", key="an_hir_matrix")
