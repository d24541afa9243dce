"""The dashboard's launcher: Streamlit's listener without Nagle's algorithm."""

from __future__ import annotations

import socket

import pytest

from ui.compat import server


@pytest.fixture()
def patched(monkeypatch: pytest.MonkeyPatch):
    from streamlit.web.server.starlette import starlette_server

    monkeypatch.setattr(starlette_server, "_bind_socket", starlette_server._bind_socket)
    server.patch_streamlit_listener()
    return starlette_server


def test_streamlit_still_binds_its_own_listener() -> None:
    """The fix wraps a private function: an upgrade that renames it must fail here."""
    from streamlit.web.server.starlette import starlette_server

    assert callable(starlette_server._bind_socket)


def _nagle_off_for_accepted(bind_socket) -> bool:
    """Whether a connection accepted by a listener from ``bind_socket`` has TCP_NODELAY."""
    listener = bind_socket("127.0.0.1", 0, 8)
    with listener, socket.create_connection(listener.getsockname()):
        listener.setblocking(True)
        accepted, _ = listener.accept()
        with accepted:
            return bool(accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))


def test_stock_listener_hands_out_connections_with_nagle_on() -> None:
    """Why the launcher exists: Streamlit's own listener leaves TCP_NODELAY off. When an
    upgrade fixes that, this fails, and ui/compat/server.py can go."""
    from streamlit.web.server.starlette import starlette_server

    assert not _nagle_off_for_accepted(starlette_server._bind_socket)


def test_patched_listener_hands_out_connections_without_nagle(patched) -> None:
    assert _nagle_off_for_accepted(patched._bind_socket)


def test_patching_twice_wraps_once(patched) -> None:
    first = patched._bind_socket
    server.patch_streamlit_listener()
    assert patched._bind_socket is first
