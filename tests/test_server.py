"""The dashboard's launcher: Streamlit's listener without Nagle's algorithm.

Canaries of ``ui/compat/server.py`` (see ``ui/compat/__init__.py``): the private hook's
signature, its listener, and a whole ``streamlit run``, stock and ours, asked from inside
the server process; and the fallback to plain ``streamlit run`` when the hook is gone.
"""

from __future__ import annotations

import json
import os
import socket
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from potensi.testing.server import streamlit_run
from ui.compat import server


@pytest.fixture()
def starlette_server(monkeypatch: pytest.MonkeyPatch):
    """Streamlit's server module, its ``_bind_socket`` restored after the test."""
    from streamlit.web.server.starlette import starlette_server

    monkeypatch.setattr(starlette_server, "_bind_socket", starlette_server._bind_socket)
    return starlette_server


@pytest.fixture()
def patched(starlette_server):
    server.patch_streamlit_listener()
    return starlette_server


def test_streamlit_still_binds_its_own_listener() -> None:
    """The fix wraps a private function: an upgrade that renames it or changes what it
    takes must fail here (the launcher would fall back to plain ``streamlit run``)."""
    import inspect

    from streamlit.web.server.starlette import starlette_server

    signature = inspect.signature(starlette_server._bind_socket)
    assert tuple(signature.parameters) == server.HOOK_PARAMETERS
    server._check_signature(starlette_server._bind_socket)


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


# -- a whole `streamlit run`, stock and ours -----------------------------------------------

#: run by Streamlit inside the server process: the TCP sockets on the server's port
PROBE_SCRIPT = """
import json, os, socket
from pathlib import Path

import streamlit as st

port = st.get_option("server.port")
found = []
for name in os.listdir("/proc/self/fd"):
    try:
        sock = socket.socket(fileno=os.dup(int(name)))
    except OSError:
        continue  # not a socket
    with sock:
        if sock.family not in (socket.AF_INET, socket.AF_INET6) or sock.type != socket.SOCK_STREAM:
            continue
        if sock.getsockname()[1] != port:
            continue
        found.append({
            "listening": bool(sock.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN)),
            "nodelay": bool(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)),
        })
Path(os.environ["NODELAY_PROBE_OUT"]).write_text(json.dumps(found))
st.write("probed")
"""


def _rerun_once(port: int) -> None:
    """Connect as a browser tab does and run the script once (until script_finished)."""
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
    from websockets.sync.client import connect

    url = f"http://127.0.0.1:{port}"
    with connect(
        f"ws://127.0.0.1:{port}/_stcore/stream",
        subprotocols=["streamlit"],
        origin=url,
        max_size=None,
        open_timeout=10,
    ) as ws:
        message = BackMsg()
        message.rerun_script.query_string = ""
        ws.send(message.SerializeToString())
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            reply = ForwardMsg()
            reply.ParseFromString(ws.recv(timeout=30))
            if reply.HasField("script_finished"):
                return
    pytest.fail("the probe script did not finish")


def _sockets_of_served(launcher: list[str], tmp_path: Path) -> list[dict[str, bool]]:
    """The probe's report on the server's sockets, from a ``streamlit run`` of it."""
    probe = tmp_path / "probe.py"
    probe.write_text(PROBE_SCRIPT, encoding="utf-8")
    out = tmp_path / "sockets.json"
    log = tmp_path / "streamlit.log"
    env = {**os.environ, "NODELAY_PROBE_OUT": str(out)}
    with streamlit_run(probe, log, launcher=launcher, env=env, timeout=60) as port:
        _rerun_once(port)
        found = json.loads(out.read_text())
    assert "PERINGATAN" not in log.read_text()  # ours patched, not fallen back
    listening = [s for s in found if s["listening"]]
    accepted = [s for s in found if not s["listening"]]
    assert listening and accepted, found  # the listener and this client's websocket
    return found


def test_stock_streamlit_run_leaves_nagle_on(tmp_path: Path) -> None:
    """Why the launcher exists, on a whole stock ``streamlit run``: neither the listener
    nor the browser's connection has TCP_NODELAY. When an upgrade fixes that, this fails,
    and ui/compat/server.py can go."""
    found = _sockets_of_served(["-m", "streamlit"], tmp_path)
    assert not any(s["nodelay"] for s in found), found


def test_our_launcher_turns_nagle_off(tmp_path: Path) -> None:
    """``python -m ui.compat.server run``: the listener and the browser's connection have
    TCP_NODELAY (the hook is still the one Streamlit binds with)."""
    found = _sockets_of_served(["-m", "ui.compat.server"], tmp_path)
    assert all(s["nodelay"] for s in found), found


# -- fallback: the hook gone or changed ------------------------------------------------------


def _missing(starlette_server, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(starlette_server, "_bind_socket")


def _one_more_parameter(starlette_server, monkeypatch: pytest.MonkeyPatch) -> None:
    def _bind_socket(address: str, port: int, backlog: int, reuse_port: bool) -> socket.socket:
        raise AssertionError("the launcher must not call a hook it does not know")

    monkeypatch.setattr(starlette_server, "_bind_socket", _bind_socket)


def _renamed_parameter(starlette_server, monkeypatch: pytest.MonkeyPatch) -> None:
    def _bind_socket(host: str, port: int, backlog: int) -> socket.socket:
        raise AssertionError("the launcher must not call a hook it does not know")

    monkeypatch.setattr(starlette_server, "_bind_socket", _bind_socket)


def _module_gone(starlette_server, monkeypatch: pytest.MonkeyPatch) -> None:
    import streamlit.web.server.starlette as package

    monkeypatch.delattr(package, "starlette_server")
    monkeypatch.setitem(sys.modules, server.HOOK_MODULE, None)  # import raises ImportError


@pytest.mark.parametrize("break_hook", [_missing, _one_more_parameter, _renamed_parameter, _module_gone])
def test_launcher_falls_back_to_plain_streamlit_run(
    break_hook: Callable,
    starlette_server,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Hook missing or with another signature: a warning in both languages, nothing
    patched, and Streamlit's own command line runs with the arguments given."""
    break_hook(starlette_server, monkeypatch)
    hook_before = getattr(starlette_server, "_bind_socket", None)
    monkeypatch.setattr(sys, "argv", ["ui/compat/server.py"])
    ran = []
    monkeypatch.setattr(server, "streamlit_cli", lambda: lambda: ran.append(list(sys.argv)))

    server.main(["run", "dashboard.py", "--server.port", "8599"])

    assert ran == [["streamlit", "run", "dashboard.py", "--server.port", "8599"]]
    assert getattr(starlette_server, "_bind_socket", None) is hook_before
    err = capsys.readouterr().err
    assert "PERINGATAN" in err and "WARNING" in err and "`streamlit run` biasa" in err
    assert server.HOOK_MODULE in err  # what is missing or changed


def test_fallback_reaches_streamlits_public_command_line(
    starlette_server, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The fallback runs the real ``streamlit`` console script (here: ``streamlit version``)."""
    import streamlit

    monkeypatch.delattr(starlette_server, "_bind_socket")
    monkeypatch.setattr(sys, "argv", ["ui/compat/server.py"])
    with pytest.raises(SystemExit) as exited:
        server.main(["version"])
    assert exited.value.code in (0, None)
    out = capsys.readouterr()
    assert streamlit.__version__ in out.out and "PERINGATAN" in out.err


def test_launcher_is_streamlits_console_script() -> None:
    from streamlit.web import cli

    assert server.streamlit_cli() is cli.main


def test_launcher_patches_then_runs_streamlit(
    starlette_server, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["ui/compat/server.py"])
    ran = []
    monkeypatch.setattr(server, "streamlit_cli", lambda: lambda: ran.append(list(sys.argv)))

    server.main(["run", "dashboard.py"])

    assert ran == [["streamlit", "run", "dashboard.py"]]
    assert getattr(starlette_server._bind_socket, "nodelay", False)
    assert capsys.readouterr().err == ""
