"""Presentation mode: the map alone, big type, colour-blind-safe colours, a walk
through the kecamatan for a pitch."""

from __future__ import annotations

import streamlit as st

from potensi.views.state import ViewState

PRESENTATION_CSS = """<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], header[data-testid="stHeader"],
[data-testid="stToolbar"] {display: none !important;}
.stMainBlockContainer, [data-testid="stMainBlockContainer"] {padding-top: 1rem; max-width: 100%;}
html, body, [data-testid="stMarkdownContainer"] p, .stCaption {font-size: 1.25rem !important;}
h1 {font-size: 2.6rem !important;} h2 {font-size: 2.1rem !important;} h3 {font-size: 1.8rem !important;}
[data-testid="stMetricValue"], [data-testid="stMetricValue"] [data-testid="stMarkdownContainer"] p
{font-size: 3rem !important; line-height: 1.2 !important;}
</style>"""


def apply_presentation_style(state: ViewState) -> None:
    """Hide the sidebar and enlarge type while presenting."""
    if state.present:
        st.markdown(PRESENTATION_CSS, unsafe_allow_html=True)


def leave_presentation() -> None:
    """Button callback: back to the normal view (runs before the rerun)."""
    from ui.state import KEYS

    st.session_state[KEYS["present"]] = False


def exit_button(lang: str, key: str) -> None:
    """The way out of presentation mode on pages that have no kecamatan walk."""
    from potensi.i18n import t

    st.button(t("present_exit", lang), key=key, icon=":material/close:", on_click=leave_presentation)


def presentation_walk(order: list[str], names: dict[str, str], state: ViewState) -> None:
    """Big heading of the current kecamatan with previous/next and exit buttons."""
    from potensi.i18n import t
    from ui.state import KEYS

    lang = state.lang
    current = state.kecamatan[0] if state.kecamatan else None
    index = order.index(current) if current in order else -1

    def go(step: int) -> None:
        st.session_state[KEYS["kecamatan"]] = [order[(index + step) % len(order)]]

    left, middle, right, end = st.columns([2, 5, 2, 2], vertical_alignment="center")
    left.button(t("present_prev", lang), on_click=go, args=(-1,), key="present_prev", width="stretch")
    heading = t("selected_heading", lang, name=names[current]) if current else t("app_title", lang)
    middle.markdown(f"## {heading}")
    if current:
        middle.caption(t("present_position", lang, i=index + 1, n=len(order)))
    right.button(t("present_next", lang), on_click=go, args=(1,), key="present_next", width="stretch")
    end.button(t("present_exit", lang), on_click=leave_presentation, key="present_exit", width="stretch")
