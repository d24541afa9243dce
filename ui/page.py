"""What every page does first: check the signed-in session, load the store, draw the
shared sidebar (with the sign-in form), apply presentation mode.

Each page calls :func:`start` itself (rather than the router drawing the sidebar)
because Streamlit's AppTest loses router-level sidebar widgets after a rerun; the
effect for a person is the same sidebar on every page.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

import pandas as pd
import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from potensi.core.errors import StoreMissing
from potensi.core.store import Boundaries
from potensi.data.indicators import indicator_options
from potensi.i18n import t
from potensi.views.state import CONTROLS, ViewState
from ui import cache
from ui.auth import account_box, refresh_session
from ui.presentation import presentation_frame
from ui.router import hand_over_if_unrouted
from ui.state import sidebar

DATA_LAYERS = ("indikator", "potensi", "peluang_investasi", "inovasi", "opd")


@dataclass(frozen=True)
class PageContext:
    """The view state and the store's content for this run."""

    state: ViewState
    version: tuple[str, float]
    boundaries: Boundaries
    data: dict[str, pd.DataFrame]
    #: where the kecamatan filter goes in the sidebar (drawn there already unless the
    #: page asked to draw it itself, see ``start``)
    kecamatan_slot: DeltaGenerator
    kecamatan_names: dict[str, str]


@st.cache_resource(show_spinner=False, max_entries=4)
def _shared(ver: tuple[str, float]) -> tuple[Boundaries, dict[str, pd.DataFrame], tuple]:
    """The store's content and the sidebar's choices, once per store version.

    Shared, not copied: callers must treat it as read-only (see ``start``).
    """
    boundaries = cache.boundaries(ver)
    data = {layer: cache.rows(ver, layer) for layer in DATA_LAYERS}
    kecamatan = dict(zip(boundaries.kecamatan.kode, boundaries.kecamatan.nama, strict=True))
    opd = dict(zip(data["opd"].kode_opd, data["opd"].nama_opd, strict=True))
    years = sorted(
        {int(y) for y in data["indikator"].tahun.dropna()}
        | {int(y) for y in data["inovasi"].tahun_pelaporan.dropna()}
    )
    return boundaries, data, (kecamatan, opd, years, indicator_options(boundaries.kecamatan, data))


def start(
    read_only: bool = False,
    defer_kecamatan: bool = False,
    controls: Collection[str] = CONTROLS,
    walks: bool = False,
) -> PageContext:
    """Load (cached) data and draw the sidebar; stop the page if there is no store.

    With ``read_only`` the page gets the store's frames shared between reruns and
    sessions rather than a fresh copy each run (``st.cache_data`` unpickles them every
    time): faster, but the page must not modify them in place. With
    ``defer_kecamatan`` the page draws the kecamatan filter itself into
    ``kecamatan_slot`` (``ui.state.kecamatan_filter``), from a fragment. ``controls``
    are the sidebar controls that act on this page (``potensi.views.state.CONTROLS``,
    all by default): the others are not drawn but keep their value and URL form.
    """
    # a deep link on a freshly started server runs the page without the router: rerun
    # through it (ui.router), before anything is drawn
    hand_over_if_unrouted()
    # an emoji favicon; a :material/ one is fetched from fonts.gstatic.com (no internet here)
    st.set_page_config(page_title="Peta Potensi", page_icon="🗺️", layout="wide")
    # before any write button is drawn: an idle or disabled session ends here
    refresh_session()
    try:
        version = cache.version()
        boundaries, data, (kecamatan, opd, years, indicators) = _shared(version)
        if not read_only:
            boundaries = cache.boundaries(version)
            data = {layer: cache.rows(version, layer) for layer in DATA_LAYERS}
    except StoreMissing as exc:
        st.error(f"{t('store_missing', st.session_state.get('lang', 'id'))} {exc}")
        st.stop()
    state, slot = sidebar(
        dict(kecamatan),
        dict(opd),
        list(years),
        list(indicators),
        defer_kecamatan=defer_kecamatan,
        controls=controls,
    )
    account_box(state.lang)
    presentation_frame(state, walks)
    return PageContext(state, version, boundaries, data, slot, kecamatan)
