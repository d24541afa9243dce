"""Peluang Investasi: catalogue of opportunity cards, sorting and sector filter, and a
detail view with every field, the documents and the site on a map.

All wording, formats and completeness come from :mod:`potensi.views.peluang`; this page
only lays them out. The chosen opportunity is kept in the URL (``?peluang=<id>``),
so a link sent to an investor opens that opportunity.
"""

from __future__ import annotations

import streamlit as st
import streamlit.components.v1 as components
from streamlit_folium import st_folium

from potensi.core import cells, text
from potensi.data import records
from potensi.i18n import t
from potensi.overlays.sites import SiteQuery, fact_lines_by_site, zone_classes
from potensi.views import peluang as pl
from potensi.views.state import filter_rows, sidebar_choropleth
from potensi.viz.maps import build_kecamatan_map
from potensi.viz.points import point_features
from ui import cache
from ui.handout import opportunity_brief_button
from ui.page import start
from ui.tables import data_table

DETAIL, SORT, SECTOR, URL_KEY = "peluang_detail", "peluang_sort", "peluang_sektor", "peluang"
MAP_HEIGHT = 520
#: a card's button opens the detail above the grid, out of sight: bring it into view
SCROLL_TO_DETAIL = """<script>(function () {{ let tries = 0; const go = () => {{
  const el = window.parent.document.querySelector(".peluang-detail");
  if (el) {{ el.scrollIntoView({{behavior: "smooth", block: "start"}}); }}
  else if (tries++ < 30) {{ setTimeout(go, 100); }} }}; go(); }})();</script><!-- {nonce} -->"""


def detail_open() -> bool:
    """Whether this run shows an opportunity's detail (and so its map): the choice made on
    the page, or on a session's first run the link's ``?peluang=``."""
    if st.session_state.get("_peluang_url_loaded"):
        return bool(st.session_state.get(DETAIL))
    return bool(st.query_params.get(URL_KEY))


# the kecamatan and readiness filters narrow the catalogue; the indicator, its classes and
# year, and the basemap act only on the detail's map, so they show only with it
with_map = detail_open()
page = start(
    controls=("kecamatan", "kesiapan")
    + (("indikator", "klasifikasi", "tahun", "basemap") if with_map else ())
)
state, boundaries = page.state, page.boundaries
lang = state.lang
kec_names = dict(zip(boundaries.kecamatan.kode, boundaries.kecamatan.nama, strict=True))
desa_names = dict(zip(boundaries.desa.kode, boundaries.desa.nama, strict=True))
offered = records.on_offer(page.data["peluang_investasi"])
facts = cache.site_facts(page.version)


def show_detail(peluang_id: str | None) -> None:
    """Card button / close button: runs before the rerun, so it may set the selectbox."""
    st.session_state[DETAIL] = peluang_id
    st.session_state["_peluang_scroll"] = peluang_id


st.title(t("peluang_title", lang))
if not state.present:
    st.caption(t("peluang_intro", lang))
if offered.empty:
    st.info(t("peluang_empty", lang))
    st.stop()
if examples := cells.example_count(offered):
    st.warning(t("peluang_example_warning", lang, n=examples, total=len(offered)), icon="⚠️")

sectors = pl.sector_options(offered)
st.session_state[SECTOR] = [s for s in st.session_state.get(SECTOR, []) if s in sectors]
sort_col, sector_col, detail_col = st.columns([2, 3, 3])
sort_by = sort_col.selectbox(
    t("peluang_sort", lang), pl.SORT_OPTIONS, key=SORT, format_func=lambda k: t(f"peluang_sort_{k}", lang)
)
chosen_sectors = sector_col.multiselect(
    t("peluang_sektor_filter", lang),
    sectors,
    key=SECTOR,
    placeholder=t("peluang_all_sectors", lang),
    format_func=lambda s: records.enum_label("sektor_prioritas", s, lang) or s,
)
rows = pl.sort_opportunities(
    pl.filter_sectors(filter_rows("peluang_investasi", offered, state), chosen_sectors), sort_by
)
titles = {str(r.peluang_id): records.title_of(r, lang) for _, r in rows.iterrows()}

if not st.session_state.get("_peluang_url_loaded"):  # a shared link names an opportunity
    st.session_state["_peluang_url_loaded"] = True
    st.session_state[DETAIL] = st.query_params.get(URL_KEY)
if st.session_state.get(DETAIL) not in titles:
    st.session_state[DETAIL] = None
    if with_map:  # the filters closed the open detail: draw the sidebar again without its map controls
        st.rerun()
chosen = detail_col.selectbox(
    t("peluang_detail_select", lang),
    list(titles),
    key=DETAIL,
    placeholder=t("peluang_detail_placeholder", lang),
    format_func=lambda pid: titles.get(pid, pid),
)
if chosen and st.query_params.get(URL_KEY) != chosen:
    st.query_params[URL_KEY] = chosen
elif not chosen and URL_KEY in st.query_params:
    del st.query_params[URL_KEY]

if chosen:
    row = rows[rows.peluang_id == chosen].iloc[0]
    card = pl.build_card(row, kec_names, desa_names, lang, facts)
    with st.container(border=True):
        head, close = st.columns([5, 1], vertical_alignment="center")
        head.markdown(pl.detail_heading_html(card, lang), unsafe_allow_html=True)
        close.button(
            t("peluang_close_detail", lang),
            key="peluang_close",
            on_click=show_detail,
            args=(None,),
            icon=":material/close:",
            width="stretch",
        )
        map_col, facts_col = st.columns([2, 1])
        with map_col:
            kec = str(row.kecamatan)
            if kec in kec_names:
                desa_display, kec_display = cache.display(page.version, "kecamatan")
                fmap = build_kecamatan_map(
                    kec_display,
                    sidebar_choropleth(state, boundaries.kecamatan, page.data),
                    selected=(kec,),
                    desa=desa_display[desa_display.kode_kec == kec],
                    basemap=state.basemap,
                    lang=lang,  # no locator inset: it hid coastal sites
                    overlays=cache.overlays(page.version),
                    points=[
                        point_features(
                            "peluang",
                            rows[rows.peluang_id == chosen],
                            boundaries,
                            lang,
                            "/profil",
                            colour_blind_safe=state.present,
                            site_facts=fact_lines_by_site(facts, "peluang_investasi", lang),
                        )
                    ],
                )
                st_folium(
                    fmap,
                    key=f"peluang_map_{chosen}",
                    height=MAP_HEIGHT,
                    use_container_width=True,
                    returned_objects=[],
                )
                st.caption(t("peluang_map_caption", lang, name=kec_names[kec]))
            else:
                st.warning(t("peluang_no_location", lang))
        with facts_col:
            st.markdown(pl.facts_html(card, lang, large=state.present), unsafe_allow_html=True)
            st.markdown(f"**{t('peluang_documents', lang)}**")
            if docs := pl.documents_html(row, lang):
                st.markdown(docs, unsafe_allow_html=True)
            else:
                st.caption(t("peluang_no_documents", lang))
        opportunity_brief_button(str(chosen), boundaries, page.data, lang, where="detail")
        st.markdown(f"**{t('peluang_all_fields', lang)}**")
        st.table(pl.detail_table(row, kec_names, desa_names, lang))

with st.expander(t("tematik_search_title", lang)):
    # Cari lokasi: reads the stored site facts only, so an anonymous visitor may use it
    overlays = [item.overlay for item in cache.overlays(page.version)]
    if not overlays:
        st.caption(t("tematik_search_none_layers", lang))
    else:
        st.caption(t("tematik_search_intro", lang))
        titles_of = {o.lapisan_id: o.judul for o in overlays}
        zone_col, hazard_col, network_col, km_col = st.columns([3, 3, 3, 2])
        zones = zone_col.multiselect(
            t("tematik_search_zones", lang),
            zone_classes(facts),
            key="cari_zona",
            placeholder=t("tematik_search_any", lang),
        )
        hazards = hazard_col.multiselect(
            t("tematik_search_hazards", lang),
            [o.lapisan_id for o in overlays if o.kategori == "rawan_bencana"],
            key="cari_bahaya",
            format_func=titles_of.get,
            placeholder=t("tematik_search_any", lang),
        )
        network = network_col.selectbox(
            t("tematik_search_network", lang),
            [None, *(o.lapisan_id for o in overlays if o.kategori == "jaringan")],
            key="cari_jaringan",
            format_func=lambda i: t("tematik_search_any", lang) if i is None else titles_of[i],
        )
        max_km = km_col.number_input(
            t("tematik_search_max_km", lang), min_value=0.0, value=2.0, step=0.5, key="cari_km"
        )
        query = SiteQuery(tuple(zones), tuple(hazards), network, float(max_km) if network else None)
        found = pl.search_table(facts, page.data["potensi"], page.data["peluang_investasi"], query, lang)
        st.caption(t("tematik_search_found", lang, n=len(found)))
        data_table(found, lang)

st.caption(
    t("peluang_count", lang, n=len(rows), total=len(offered))
    + ("" if state.present else " · " + pl.key_fields_text(lang))
)
if rows.empty:
    st.info(t("peluang_none", lang))
per_row = 2 if state.present else 3
records = list(rows.iterrows())
for start_at in range(0, len(records), per_row):
    for column, (_, row) in zip(st.columns(per_row), records[start_at : start_at + per_row], strict=False):
        card = pl.build_card(row, kec_names, desa_names, lang, facts)
        with column.container(border=True):
            st.markdown(pl.card_html(card, lang, large=state.present), unsafe_allow_html=True)
            if not state.present:
                opportunity_brief_button(card.peluang_id, boundaries, page.data, lang)
            st.button(
                t("peluang_show_detail", lang),
                key=f"peluang_open_{card.peluang_id}",
                on_click=show_detail,
                args=(card.peluang_id,),
                icon=":material/open_in_full:",
            )

if chosen and st.session_state.pop("_peluang_scroll", None) == chosen:
    components.html(SCROLL_TO_DETAIL.format(nonce=text.escape(chosen)), height=0)
