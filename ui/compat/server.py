"""``python -m ui.compat.server run dashboard.py``: ``streamlit run`` with Nagle's algorithm off.

Why: Streamlit (1.67, Starlette server) binds its listening socket with
``socket.socket(family)``, so accepted connections report ``proto == 0`` and asyncio's
transport does not switch on ``TCP_NODELAY`` (it only does for ``IPPROTO_TCP``). A rerun
sends a burst of small websocket messages; with Nagle's algorithm on, every message
after the first waits for the browser's delayed ACK, about 40 ms on Linux. Measured with
a websocket client on localhost: an empty script's rerun took 44 ms, of which 40 ms was
this wait (``benchmarks/run.py`` shows both servers side by side).

Linux copies ``TCP_NODELAY`` from a listening socket to the sockets it accepts, so
setting it once on the listener covers every browser connection. Everything else is
Streamlit's own command line, unchanged, started through its public entry point.

The hook is private (see ``ui/compat/__init__.py``). When an upgrade removes it or
changes its signature, the launcher says so on stderr, in Indonesian and English, and
starts plain ``streamlit run``: the dashboard works, only its reruns are slower.
"""

from __future__ import annotations

import inspect
import socket
import sys
from collections.abc import Callable
from importlib.metadata import entry_points
from pathlib import Path

#: where Streamlit binds its listener, and the parameters our wrapper passes on
HOOK_MODULE = "streamlit.web.server.starlette.starlette_server"
HOOK_NAME = "_bind_socket"
HOOK_PARAMETERS = ("address", "port", "backlog")


class HookUnavailable(RuntimeError):
    """Streamlit's private listener hook is gone or no longer takes what we pass."""


def enable_nodelay(sock: socket.socket) -> socket.socket:
    """Switch off Nagle's algorithm on a TCP socket (and, on Linux, on those it accepts)."""
    if sock.family in (socket.AF_INET, socket.AF_INET6) and sock.type == socket.SOCK_STREAM:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return sock


def _hook_module():
    try:
        from streamlit.web.server.starlette import starlette_server
    except ImportError as exc:
        raise HookUnavailable(f"{HOOK_MODULE} cannot be imported ({exc})") from exc
    return starlette_server


def _check_signature(hook: object) -> None:
    """Raise :class:`HookUnavailable` unless ``hook`` is ``(address, port, backlog)``."""
    if not callable(hook):
        raise HookUnavailable(f"{HOOK_MODULE}.{HOOK_NAME} is not a function")
    try:
        parameters = list(inspect.signature(hook).parameters.values())
    except (TypeError, ValueError) as exc:
        raise HookUnavailable(f"{HOOK_MODULE}.{HOOK_NAME} has no signature ({exc})") from exc
    plain = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    if [p.name for p in parameters] != list(HOOK_PARAMETERS) or any(p.kind not in plain for p in parameters):
        found = ", ".join(str(p) for p in parameters)
        raise HookUnavailable(f"{HOOK_MODULE}.{HOOK_NAME}({found}), expected ({', '.join(HOOK_PARAMETERS)})")


def patch_streamlit_listener() -> None:
    """Wrap Streamlit's socket binding so its listener has ``TCP_NODELAY``.

    Raises :class:`HookUnavailable`, patching nothing, when the private hook is missing
    or its signature is not the one checked (``tests/test_server.py`` fails then too).
    """
    module = _hook_module()
    original = getattr(module, HOOK_NAME, None)
    if original is None:
        raise HookUnavailable(f"{HOOK_MODULE} has no {HOOK_NAME}")
    if getattr(original, "nodelay", False):
        return
    _check_signature(original)

    def bind_without_nagle(address: str, port: int, backlog: int) -> socket.socket:
        return enable_nodelay(original(address, port, backlog))

    bind_without_nagle.nodelay = True  # type: ignore[attr-defined]
    setattr(module, HOOK_NAME, bind_without_nagle)


def fallback_warning(reason: str) -> str:
    """What the launcher says when it starts plain ``streamlit run`` instead."""
    return (
        f"PERINGATAN: kait internal Streamlit untuk TCP_NODELAY tidak tersedia ({reason}).\n"
        "Dasbor dijalankan dengan `streamlit run` biasa: tetap berfungsi, tetapi setiap "
        "rerun ~40 ms lebih lambat. Lihat ui/compat/__init__.py.\n"
        f"WARNING: Streamlit's internal hook for TCP_NODELAY is unavailable ({reason}).\n"
        "Starting plain `streamlit run`: the dashboard works, but every rerun is ~40 ms "
        "slower. See ui/compat/__init__.py.\n"
    )


def streamlit_cli() -> Callable[[], object]:
    """The ``streamlit`` command's own entry point (its console script), as installed."""
    found = entry_points(group="console_scripts", name="streamlit")
    ours = [entry for entry in found if entry.dist is None or entry.dist.name == "streamlit"]
    if not ours:
        raise RuntimeError("streamlit's `streamlit` command is not installed")
    return ours[0].load()


def serves_dashboard(args: list[str]) -> bool:
    """Whether the command line runs the dashboard (``run .../dashboard.py``), which the
    launcher warms; other scripts on the same launcher (the benchmarks' empty page) not."""
    return len(args) > 1 and args[0] == "run" and Path(args[1]).name == "dashboard.py"


def main(argv: list[str] | None = None) -> None:
    """Run Streamlit's command line, with the patched listener when the hook allows, and
    the dashboard's caches warmed as soon as the server is up (``ui/warmup.py``)."""
    args = sys.argv[1:] if argv is None else argv
    try:
        patch_streamlit_listener()
    except HookUnavailable as exc:
        sys.stderr.write(fallback_warning(str(exc)))
        sys.stderr.flush()
    if args[:2] == ["run", "dashboard.py"] or (
        args[:1] == ["run"] and args[1:2] and args[1].endswith("/dashboard.py")
    ):
        from ui.warmup import start_in_background

        start_in_background()
    sys.argv = ["streamlit", *args]
    streamlit_cli()()


if __name__ == "__main__":
    main()
