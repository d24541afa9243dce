"""Presentation mode: big type, colour-blind-safe colours, no sidebar and no editing
controls, a walk through the kecamatan for a pitch.

One mechanism for every page: ``ui.page.start`` calls :func:`presentation_frame`,
which hides the sidebar (and with it the switch that turned the mode on) and so also
draws the way out, the *Keluar* button, at the top of every page. Pages that walk the
kecamatan add :func:`presentation_walk`; controls that change the store go through
:func:`editing_button`, which draws nothing while presenting, nor for a session
without the role (anonymous visitors only look; ``ui.auth``).
"""

from __future__ import annotations

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from potensi.core.auth import Role
from potensi.i18n import t
from potensi.views.state import ViewState
from ui.auth import may

PRESENTATION_CSS = """<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
[data-testid="stHeader"] [data-testid="stMainMenu"], [data-testid="stToolbarActions"],
[data-testid="stAppDeployButton"] {display: none !important;}
.stMainBlockContainer, [data-testid="stMainBlockContainer"] {padding-top: 4.5rem; max-width: 100%;}
html, body, [data-testid="stMarkdownContainer"] p, .stCaption {font-size: 1.25rem !important;}
h1 {font-size: 2.6rem !important;} h2 {font-size: 2.1rem !important;} h3 {font-size: 1.8rem !important;}
[data-testid="stMetricValue"], [data-testid="stMetricValue"] [data-testid="stMarkdownContainer"] p
{font-size: 3rem !important; line-height: 1.2 !important;}
</style>"""
#: the exit button's key (the same on every page: one control, one test selector)
EXIT_KEY = "present_exit"


def leave_presentation() -> None:
    """Button callback: back to the normal view (runs before the rerun)."""
    from ui.state import KEYS

    st.session_state[KEYS["present"]] = False


def presentation_frame(state: ViewState, walks: bool = False) -> None:
    """While presenting: hide the sidebar, enlarge type and put *Keluar* at the top.

    The top navigation stays (the header is kept, only its menu is hidden; the nav
    sits inside ``stToolbar``, so the toolbar itself must not be hidden), so the
    presenter can move between pages; the exit button is the only way back to the
    sidebar, so every page gets it here rather than each page remembering it. A page
    that ``walks`` the kecamatan gets it at the end of the walk's row instead
    (:func:`presentation_walk`): a row of its own would push the first screen's
    content below the fold.
    """
    if not state.present:
        return
    st.markdown(PRESENTATION_CSS, unsafe_allow_html=True)
    if not walks:
        _, right = st.columns([6, 1], vertical_alignment="center")
        exit_button(right, state)


def exit_button(container: DeltaGenerator, state: ViewState) -> None:
    """The one way out of presentation mode (same key on every page)."""
    container.button(
        t("present_exit", state.lang),
        key=EXIT_KEY,
        icon=":material/close:",
        on_click=leave_presentation,
        width="stretch",
        help=t("present_exit_help", state.lang),
    )


def editing_button(
    container: DeltaGenerator, label: str, key: str, state: ViewState, role: Role = "editor"
) -> bool:
    """A button that changes the store (save as indikator …): drawn, and possibly
    pressed, only outside presentation mode (a pitch cannot write to the store) and
    for a signed-in session with ``role``.

    A button not drawn in a run cannot be pressed in it: Streamlit ignores a widget
    message for a widget the run did not create, so a forged click from an anonymous
    browser does nothing. The write function behind it checks the role again
    (``require_role``) in case a button is ever drawn by mistake.
    """
    if state.present or not may(role):
        return False
    return container.button(label, key=key)


def presentation_walk(
    order: list[str],
    names: dict[str, str],
    state: ViewState,
    current: str | None = None,
    title: str | None = None,
    with_exit: bool = False,
) -> None:
    """Big heading of the current kecamatan with previous/next buttons.

    ``current`` is the kecamatan shown (default: the first selected); without one the
    heading is ``title`` (default: the app's title) and *Berikutnya* starts the walk.
    ``with_exit``: the page started with ``walks=True``, so *Keluar* goes in this row.
    """
    from ui.state import KEYS

    lang = state.lang
    if current is None:
        current = state.kecamatan[0] if state.kecamatan else None
    index = order.index(current) if current in order else -1

    def go(step: int) -> None:
        start = index if index >= 0 else (-1 if step > 0 else 0)
        st.session_state[KEYS["kecamatan"]] = [order[(start + step) % len(order)]]

    widths = [2, 6, 2, 1.6] if with_exit else [2, 7, 2]
    left, middle, right, *leave = st.columns(widths, vertical_alignment="center")
    left.button(t("present_prev", lang), on_click=go, args=(-1,), key="present_prev", width="stretch")
    heading = t("selected_heading", lang, name=names[current]) if current else (title or t("app_title", lang))
    middle.markdown(f"## {heading}")
    if current:
        middle.caption(t("present_position", lang, i=index + 1, n=len(order)))
    right.button(t("present_next", lang), on_click=go, args=(1,), key="present_next", width="stretch")
    if with_exit:
        exit_button(leave[0], state)
