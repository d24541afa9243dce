"""Fill the shared caches once the server is up, before the first visitor arrives.

Why: the first request to a just-started server paid for everything a process does once
(importing geopandas, shapely and pandas, reading the store's frames, building and
rendering the default map): 3–5 s on top of the page (``benchmarks/feel.py``, *first
request after start*), and ``make run`` → first map took ~10 s. The caches are shared by
every session (``st.cache_resource`` per process; ``st.cache_data`` per runtime), so
doing the same work once in the server process, as soon as Streamlit's runtime exists,
moves it before the first visitor.

Started by the launcher (``ui/compat/server.py``) in a daemon thread; ``PETA_WARMUP=0``
turns it off. It only reads, and a failure (no store yet, a broken store) is left to the
page, which explains it to the visitor: the warm-up never stops the server.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time

from potensi.core.config import WARMUP_DONE, WARMUP_SKIPPED


def warm() -> float:
    """Import what the pages use, load the store's shared frames and displays, and build
    the default Peta view once; returns seconds.

    The same cached functions with the same arguments as the first visit to ``/``
    (``ui.page._shared``, ``ui.cache.display``), so the visitor finds them filled. The
    map itself is built but not kept: rendering it for the page needs streamlit-folium,
    whose component registers with the server only when first imported inside a session
    (``declare_component`` skips registration without a script-run context), so this
    thread must not be the one that imports it. Building once still fills the
    process-wide caches below it (map scripts, classification, fonts of the legend).
    """
    started = time.monotonic()
    from potensi.views.peta import mounted_state
    from potensi.views.state import ViewState
    from ui import cache, page, peta

    version = cache.version()
    page._shared(version)
    cache.display(version, "kecamatan")  # the selection's desa (ui.peta.peta_selection)
    peta.mounted_map(version, mounted_state(ViewState())).get_root().render()
    return time.monotonic() - started


def _when_runtime_is_up(timeout: float) -> None:
    from streamlit import runtime

    deadline = time.monotonic() + timeout
    while not runtime.exists():  # st.cache_data needs the runtime's storage to be shared
        if time.monotonic() > deadline:
            return
        time.sleep(0.1)
    # the calls run outside any session; Streamlit warns about that once per call
    logging.getLogger("streamlit.runtime.scriptrunner_utils.script_run_context").setLevel(logging.ERROR)
    logging.getLogger("streamlit.runtime.caching.cache_data_api").setLevel(logging.ERROR)
    try:
        from potensi.core.formatting import format_number

        message = f"{WARMUP_DONE} ({format_number(warm(), 1, 'id')} s)"
    except Exception as exc:  # noqa: BLE001 - the page explains a missing or broken store
        message = f"{WARMUP_SKIPPED}: {exc}"
    sys.stderr.write(message + "\n")
    sys.stderr.flush()


def enabled() -> bool:
    """Whether the launcher warms the caches (``PETA_WARMUP=0`` turns it off)."""
    return os.environ.get("PETA_WARMUP", "1") != "0"


def start_in_background(timeout: float = 120.0) -> threading.Thread | None:
    """Warm the caches in a daemon thread once Streamlit's runtime exists."""
    if not enabled():
        return None
    thread = threading.Thread(target=_when_runtime_is_up, args=(timeout,), name="peta-warmup", daemon=True)
    thread.start()
    return thread
