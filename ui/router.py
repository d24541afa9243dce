"""The page list and ``st.navigation``, shared by the router and every page.

``dashboard.py`` calls :func:`route`. A page calls :func:`hand_over_if_unrouted`
(through ``ui.page.start``) first thing, for one case: the first request a freshly
started server gets is a deep link (``/profil?kecamatan=…``) before anyone opened
``/``. Streamlit then still runs in its old ``pages/`` mode (a ``pages/`` folder
beside the entry script, and no ``st.navigation`` call seen yet in this process): it
runs ``pages/profil.py`` directly, without the router, so there is no top
navigation, for this and every later session, until somebody opens ``/``. Calling
``st.navigation`` once switches the whole process to the router for good (Streamlit
ignores ``pages/`` from then on, as documented for ``st.navigation``), so the page
declares the app's pages itself and reruns: the rerun goes through ``dashboard.py``
and opens the same page, with navigation, and so does every later session.
"""

from __future__ import annotations

import threading
from pathlib import Path

import streamlit as st
from streamlit.navigation.page import StreamlitPage

from potensi.core.config import REPO_ROOT
from potensi.i18n import t
from ui.auth import may

PAGES_DIR = REPO_ROOT / "pages"
#: (name, icon, default): the file ``pages/<name>.py`` is served at ``/<name>``, the
#: default one at ``/``. Material icons ship with Streamlit (emoji need a font the
#: projector PC may lack).
PAGES = (
    ("peta", ":material/map:", True),
    ("profil", ":material/location_on:", False),
    ("peluang", ":material/business_center:", False),
    ("inovasi", ":material/lightbulb:", False),
    ("iid", ":material/trending_up:", False),
    ("analisis", ":material/analytics:", False),
    ("data", ":material/table_chart:", False),
    ("kelola", ":material/upload_file:", False),
    ("tentang", ":material/info:", False),
    ("admin", ":material/admin_panel_settings:", False),
)
#: pages only a signed-in session finds in the navigation (opened directly they say how
#: to sign in and draw no control)
SIGNED_IN_ONLY = frozenset({"kelola"})
#: pages in the navigation only for a signed-in admin; others reach them by URL only,
#: where the page itself refuses (and draws no control)
ADMIN_PAGES = frozenset({"admin"})


def _hidden_for_this_session(name: str) -> bool:
    """A signed-in page is left out of the navigation of a session without its role."""
    return (name in SIGNED_IN_ONLY and not may("editor")) or (name in ADMIN_PAGES and not may("admin"))


#: session key: this session already handed a run over to the router once
HANDED_OVER = "_router_handed_over"

_running = threading.local()


def _lang() -> str:
    """The UI language before the sidebar has run (session, else the URL, else id)."""
    chosen = st.session_state.get("lang") or st.query_params.get("lang")
    return chosen if chosen in ("id", "en") else "id"


def page_path(name: str) -> Path:
    """The script of a page."""
    return PAGES_DIR / f"{name}.py"


def app_pages(lang: str) -> list[StreamlitPage]:
    """The pages in navigation order, plus a hidden ``/<default>`` alias.

    The default page is served at ``/``; Streamlit answers its own name (``/peta``,
    what a person types after seeing ``/profil``, and what the old ``pages/`` mode
    served) with a "page not found" dialog. The alias sends it to ``/`` with the
    same query string.
    """
    pages = []
    default_page = None
    for name, icon, default in PAGES:
        if not page_path(name).exists():
            continue
        page = st.Page(
            page_path(name),
            title=t(f"nav_{name}", lang),
            icon=icon,
            # the default page's own name is left free for the alias below
            url_path="" if default else name,
            default=default,
            visibility="hidden" if _hidden_for_this_session(name) else "visible",
        )
        pages.append(page)
        if default:
            default_page = page
    if default_page is not None:
        name = next(n for n, _, d in PAGES if d)

        def to_default() -> None:
            st.switch_page(default_page, query_params=st.query_params.to_dict())

        pages.append(st.Page(to_default, title=t(f"nav_{name}", lang), url_path=name, visibility="hidden"))
    return pages


def route() -> None:
    """Declare the pages (top navigation) and run the one the URL asks for."""
    page = st.navigation(app_pages(_lang()), position="top")
    _running.active = True
    try:
        page.run()
    finally:
        _running.active = False


def routed() -> bool:
    """Whether this script run came through :func:`route` (rather than Streamlit
    running a ``pages/`` file directly)."""
    return bool(getattr(_running, "active", False))


def hand_over_if_unrouted() -> None:
    """Rerun through the router when Streamlit ran this page without it (see the module
    docstring); does nothing on a routed run.

    Once per session: should the rerun still arrive without the router, the page draws
    itself as it is rather than rerunning forever.
    """
    if routed() or st.session_state.get(HANDED_OVER):
        return
    st.session_state[HANDED_OVER] = True
    st.navigation(app_pages(_lang()), position="top")
    st.rerun()
