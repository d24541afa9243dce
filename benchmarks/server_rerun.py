"""Rerun times of a real ``streamlit run``, measured through its websocket.

A browser changes a widget by sending one ``BackMsg`` (the widget's new state; with the
id of the fragment that drew it, if one did) and the server answers with the rerun's
``ForwardMsg`` stream, ending with ``script_finished``. This client does the same, so
the time from sending to ``script_finished`` is what a person's browser waits for,
minus its own drawing. Figures, each interleaved with the others in one loop:

- ``floor``: an empty script (``st.write``) on the same launcher and configuration as
  the dashboard: Streamlit's own cost of a rerun;
- ``kecamatan``: the Peta page's kecamatan filter flipping between two kecamatan (a
  fragment rerun: filter, map and details);
- ``indicator``: the sidebar's indicator flipping (a rerun of the whole page);
- ``fragment_floor``: a script whose only content is a fragment with one selectbox and
  one ``st.write``, the selectbox flipping: the least any fragment rerun costs;
- ``*_stock``: the same with plain ``streamlit run`` and Streamlit's defaults
  (``runner.postScriptGC`` on, Nagle's algorithm on): what the fixes in
  ``ui/compat/server.py`` and ``.streamlit/config.toml`` save.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:  # run as a script: this checkout's code
    sys.path.insert(0, str(REPO_ROOT))

from potensi.testing.server import streamlit_run  # noqa: E402

EMPTY_SCRIPT = "import streamlit as st\n\nst.write('x')\n"
#: the least a fragment rerun can be: one widget and one element, nothing else on the page
FRAGMENT_SCRIPT = """import streamlit as st


@st.fragment
def part():
    value = st.selectbox("x", ["a", "b"], key="choice")
    st.write(value)


part()
"""
#: the dashboard's launcher (TCP_NODELAY) or Streamlit's own command line
LAUNCHERS = {"ours": ["-m", "ui.compat.server"], "stock": ["-m", "streamlit"]}
STOCK_OPTIONS = ["--runner.postScriptGC", "true", "--server.fileWatcherType", "auto"]  # defaults


@contextmanager
def served(script: Path, launcher: str, env: dict[str, str]) -> Iterator[int]:
    """A ``streamlit run`` of ``script`` from the repository (its config applies); the port."""
    options = STOCK_OPTIONS if launcher == "stock" else []
    with streamlit_run(script, launcher=LAUNCHERS[launcher], env=env, options=options) as port:
        yield port


@dataclass
class Widget:
    """A widget as the browser knows it: its id and the fragment that drew it."""

    id: str
    fragment_id: str = ""


@dataclass
class Session:
    """One browser tab's websocket to a Streamlit server."""

    port: int
    widgets: dict[str, Widget] = field(default_factory=dict)

    def __post_init__(self) -> None:
        from websockets.sync.client import connect

        url = f"http://127.0.0.1:{self.port}"
        self._ws = connect(
            f"ws://127.0.0.1:{self.port}/_stcore/stream",
            subprotocols=["streamlit"],
            origin=url,
            max_size=None,
        )

    def close(self) -> None:
        self._ws.close()

    def rerun(
        self, key: str | None = None, value: object = None, query: str = "", page_name: str = ""
    ) -> tuple[float, int]:
        """Send a rerun (the widget ``key`` set to ``value``; ``query`` and ``page_name``:
        the URL's query string and page, as a browser opening ``/<page_name>?<query>``
        sends them); seconds and bytes until done."""
        from streamlit.proto.BackMsg_pb2 import BackMsg
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

        message = BackMsg()
        message.rerun_script.query_string = query
        message.rerun_script.page_name = page_name
        if key is not None:
            widget = self.widgets[key]
            message.rerun_script.fragment_id = widget.fragment_id
            state = message.rerun_script.widget_states.widgets.add()
            state.id = widget.id
            if isinstance(value, list):
                state.string_array_value.data.extend(value)
            else:
                state.string_value = str(value)
        start = time.perf_counter()
        self._ws.send(message.SerializeToString())
        received = 0
        while True:
            raw = self._ws.recv()
            received += len(raw)
            reply = ForwardMsg()
            reply.ParseFromString(raw)
            if reply.HasField("delta") and reply.delta.HasField("new_element"):
                self._remember(reply)
            if reply.HasField("script_finished"):
                return time.perf_counter() - start, received

    def _remember(self, reply: object) -> None:
        element = reply.delta.new_element
        kind = element.WhichOneof("type")
        widget_id = getattr(getattr(element, kind), "id", "")
        if isinstance(widget_id, str) and widget_id.startswith("$$ID-"):
            key = widget_id.rsplit("-", 1)[-1]
            self.widgets[key] = Widget(widget_id, reply.delta.fragment_id)


def _figures(samples: list[float]) -> tuple[float, float, float]:
    return statistics.median(samples), min(samples), max(samples)


def server_rerun_figures(
    store: Path, repeat: int, stock: bool = True, runs: int | None = None
) -> dict[str, object]:
    """Median, min and max rerun seconds per case, and bytes per rerun (see module doc).

    ``runs``: recorded reruns per case and launcher (at least 10 by default, for a median
    worth reading; ``run.py --quick`` asks for one: CI only proves every case runs)."""
    env = {**os.environ, "PETA_STORE": str(store)}
    codes = ["35.05.03", "35.05.13"]
    indicators = ["luas", "jumlah_desa"]
    runs = max(10, 6 * repeat) if runs is None else runs
    with tempfile.TemporaryDirectory(prefix="peta-rerun-") as folder:
        empty = Path(folder) / "empty.py"
        empty.write_text(EMPTY_SCRIPT, encoding="utf-8")
        bare_fragment = Path(folder) / "fragment.py"
        bare_fragment.write_text(FRAGMENT_SCRIPT, encoding="utf-8")
        results: dict[str, object] = {}
        for launcher in ("ours", "stock") if stock else ("ours",):
            suffix = "" if launcher == "ours" else "_stock"
            with (
                served(REPO_ROOT / "dashboard.py", launcher, env) as app_port,
                served(empty, launcher, env) as empty_port,
                served(bare_fragment, launcher, env) as fragment_port,
            ):
                app, floor = Session(app_port), Session(empty_port)
                fragment = Session(fragment_port)
                try:
                    app.rerun()
                    floor.rerun()
                    fragment.rerun()
                    for i in range(4):  # both views' maps cached, as after a first visit
                        app.rerun("f_kecamatan", [codes[i % 2]])
                    samples: dict[str, list[float]] = {
                        "floor": [],
                        "fragment_floor": [],
                        "kecamatan": [],
                        "indicator": [],
                    }
                    sizes: dict[str, int] = {}
                    for i in range(runs + 2):  # the first two fill the map cache, unrecorded
                        for case, (session, key, value) in {
                            "floor": (floor, None, None),
                            "fragment_floor": (fragment, "choice", "ab"[i % 2]),
                            "kecamatan": (app, "f_kecamatan", [codes[i % 2]]),
                            "indicator": (app, "f_indikator", indicators[i % 2]),
                        }.items():
                            seconds, size = session.rerun(key, value)
                            if i >= 2:
                                samples[case].append(seconds)
                                sizes[case] = size
                    results |= {case + suffix: _figures(values) for case, values in samples.items()}
                    results |= {f"bytes_{case}{suffix}": size for case, size in sizes.items()}
                    results[f"fragment{suffix}"] = bool(app.widgets["f_kecamatan"].fragment_id)
                finally:
                    app.close()
                    floor.close()
                    fragment.close()
    return results
