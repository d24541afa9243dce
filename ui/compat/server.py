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
Streamlit's own command line, unchanged.
"""

from __future__ import annotations

import socket
import sys


def enable_nodelay(sock: socket.socket) -> socket.socket:
    """Switch off Nagle's algorithm on a TCP socket (and, on Linux, on those it accepts)."""
    if sock.family in (socket.AF_INET, socket.AF_INET6) and sock.type == socket.SOCK_STREAM:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return sock


def patch_streamlit_listener() -> None:
    """Wrap Streamlit's socket binding so its listener has ``TCP_NODELAY``.

    ``_bind_socket`` is private; ``tests/test_server.py`` fails when an upgrade renames
    it, rather than the fix silently stopping to apply.
    """
    from streamlit.web.server.starlette import starlette_server

    original = starlette_server._bind_socket
    if getattr(original, "nodelay", False):
        return

    def bind_without_nagle(address: str, port: int, backlog: int) -> socket.socket:
        return enable_nodelay(original(address, port, backlog))

    bind_without_nagle.nodelay = True  # type: ignore[attr-defined]
    starlette_server._bind_socket = bind_without_nagle


def main(argv: list[str] | None = None) -> None:
    """Run Streamlit's command line with the patched listener."""
    from streamlit.web import cli

    patch_streamlit_listener()
    sys.argv = ["streamlit", *(sys.argv[1:] if argv is None else argv)]
    cli.main()


if __name__ == "__main__":
    main()
