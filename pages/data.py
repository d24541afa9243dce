"""Data potensi: each data layer with its sources, example rows flagged, and downloads."""

from __future__ import annotations

import streamlit as st

from potensi.core.errors import StoreMissing
from potensi.core.formatting import format_number
from potensi.data.schema import TABLES
from potensi.i18n import t
from potensi.views.data import display_rows, history_rows, layer_example_count
from ui import data as data_cache
from ui.page import start
from ui.tables import data_table

page = start(controls=())  # the layers are shown whole: no sidebar filter acts here
lang = page.state.lang
st.title(t("data_title", lang))
st.caption(t("data_intro", lang))

layer = st.selectbox(
    t("layer", lang), list(TABLES), key="data_layer", format_func=lambda name: t(f"layer_{name}", lang)
)
try:
    examples, total = layer_example_count(layer)
    rows = display_rows(layer, lang)
except StoreMissing as exc:
    st.error(str(exc))
    st.stop()

if total == 0:
    st.info(t("no_rows", lang))
else:
    st.write(t("rows_count", lang, n=format_number(total, 0, lang)))
    if examples:
        st.warning(
            t(
                "example_warning",
                lang,
                n=format_number(examples, 0, lang),
                total=format_number(total, 0, lang),
            )
        )
    data_table(rows, lang)
    columns = st.columns(3)
    for column, (fmt, suffix, mime) in zip(
        columns,
        (
            ("CSV", ".csv", "text/csv"),
            ("XLSX", ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            ("GeoJSON", ".geojson", "application/geo+json"),
        ),
        strict=True,
    ):
        column.download_button(
            t("download", lang, fmt=fmt),
            data=data_cache.export(page.version, layer, suffix, lang),
            file_name=f"{layer}{suffix}",
            mime=mime,
            key=f"dl_{suffix}",
        )
    if layer == "indikator":
        # the GeoJSON is one feature per kecamatan, one property per indicator-year;
        # what each property means (unit, source, example data) comes as a table
        st.caption(t("data_indikator_geojson_note", lang))
        st.download_button(
            t("data_indikator_columns_download", lang),
            data=data_cache.indikator_columns(page.version, lang),
            file_name="indikator_kolom.csv",
            mime="text/csv",
            key="dl_indikator_kolom",
        )

st.subheader(t("history_title", lang))
data_table(history_rows(lang), lang)
