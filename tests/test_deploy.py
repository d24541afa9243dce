"""What IT installs from ``deploy/``: the nginx config and the systemd unit, without a browser.

Canaries: ``nginx -t`` accepts the rendered file, the rendering changes only the two
marked blocks, the upload limit follows Streamlit's, and the route cookie really pins
a client to one process while different clients spread over both (two tiny HTTP
servers stand in for the dashboard; the browser walk is tests/e2e/test_behind_proxy.py).
"""

from __future__ import annotations

import contextlib
import http.cookiejar
import http.server
import re
import shutil
import subprocess
import threading
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from potensi.testing import proxy
from potensi.testing.proxy import CONFIG, ROUTE_COOKIE, UPSTREAM_HEADER, nginx_proxy, render_site


def test_nginx_accepts_the_rendered_config() -> None:
    assert "test is successful" in proxy.check_config()


def test_rendering_changes_only_the_process_list_and_listen() -> None:
    rendered = render_site(["10.0.0.5:9001", "10.0.0.6:9002", "10.0.0.6:9003"], 4321)
    template = CONFIG.read_text(encoding="utf-8")
    assert re.findall(r"^\s*server (\S+);", rendered, re.M) == [
        "10.0.0.5:9001",
        "10.0.0.6:9002",
        "10.0.0.6:9003",
    ]
    assert re.findall(r"^\s*listen (.+);", rendered, re.M) == ["127.0.0.1:4321"]

    def outside_markers(text: str) -> str:
        return re.sub(r"# BEGIN [^\n]*\n.*?# END [^\n]*", "", text, flags=re.S)

    assert outside_markers(rendered) == outside_markers(template)


def test_upload_limit_is_streamlits_plus_the_envelope() -> None:
    """nginx must not be stricter than Streamlit, or a large boundary zip gets nginx's
    bare 413 instead of the app's message; nor much looser than the app accepts."""
    from streamlit import config

    limit = re.search(r"client_max_body_size (\d+)m;", CONFIG.read_text(encoding="utf-8"))
    assert limit, "client_max_body_size missing"
    assert int(limit.group(1)) == config.get_option("server.maxUploadSize") + 1


def test_missing_nginx_is_said_clearly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(proxy, "NGINX_PATHS", ("/nonexistent/nginx",))
    monkeypatch.setattr(proxy.shutil, "which", lambda _name: None)
    with pytest.raises(proxy.NginxMissing, match="make system-deps"), nginx_proxy(["127.0.0.1:1"]):
        pass


#: a JavaScript bundle as Streamlit serves its static files: plain, not compressed
BUNDLE = b"function f(x) { return x + 1; }\n" * 4000


class _Quiet(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        body = BUNDLE if self.path.endswith(".js") else b"ok"
        self.send_response(200)
        self.send_header(
            "Content-Type", "application/javascript" if self.path.endswith(".js") else "text/plain"
        )
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        """Answers with the number of bytes received (an upload through the proxy)."""
        body = str(len(self.rfile.read(int(self.headers["Content-Length"])))).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        pass


@contextlib.contextmanager
def _upstreams(count: int) -> Iterator[list[str]]:
    servers = [http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Quiet) for _ in range(count)]
    for server in servers:
        threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield [f"127.0.0.1:{s.server_address[1]}" for s in servers]
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()


def test_the_route_cookie_pins_each_client_and_clients_spread() -> None:
    with _upstreams(2) as upstreams, nginx_proxy(upstreams) as running:
        first_processes = set()
        for _ in range(16):  # 16 clients, all from 127.0.0.1 (one office NAT)
            jar = http.cookiejar.CookieJar()
            opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
            served, set_cookies = [], []
            for _ in range(5):
                with opener.open(f"{running.url}/") as answer:
                    served.append(answer.headers[UPSTREAM_HEADER])
                    set_cookies.append(answer.headers.get("Set-Cookie"))
            assert len(set(served)) == 1, served  # every request of one client: one process
            assert served[0] in upstreams
            assert [c.name for c in jar] == [ROUTE_COOKIE]
            assert set_cookies[0] and "HttpOnly" in set_cookies[0]
            assert set_cookies[1:] == [None] * 4  # pinned once, not re-pinned on every answer
            first_processes.add(served[0])
        # 16 random routes all on one of two processes: chance 2^-15
        assert first_processes == set(upstreams)


UNIT = CONFIG.parents[1] / "systemd" / "peta-potensi@.service"


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze not installed")
def test_systemd_accepts_the_unit(tmp_path: Path) -> None:
    """``systemd-analyze verify`` on an instance: every key known, the unit loads; only the
    install folder's Python is missing on a machine where it is not installed."""
    shutil.copyfile(UNIT, tmp_path / UNIT.name)
    done = subprocess.run(
        ["systemd-analyze", "verify", str(tmp_path / "peta-potensi@8501.service")],
        capture_output=True,
        text=True,
        check=False,
    )
    complaints = [
        line
        for line in done.stderr.splitlines()
        if line.strip()
        and not line.endswith(
            "/opt/peta-potensi/.venv/bin/python is not executable: No such file or directory"
        )
    ]
    assert complaints == [], done.stderr
    unit = UNIT.read_text(encoding="utf-8")
    assert "--server.port %i" in unit and "EnvironmentFile=/etc/peta-potensi.env" in unit


def test_an_upload_larger_than_nginx_buffers_passes() -> None:
    """A 5 MB file (the app takes up to 10 MB of data, 200 MB of boundaries) reaches the
    process: nginx buffers it in its temp folder first, which must be writable."""
    with _upstreams(1) as upstreams, nginx_proxy(upstreams) as running:
        request = urllib.request.Request(f"{running.url}/upload", data=b"x" * 5_000_000, method="POST")
        with urllib.request.urlopen(request) as answer:
            assert answer.read() == b"5000000"


def test_javascript_leaves_the_proxy_compressed() -> None:
    """Streamlit sends its static JS/CSS plain; the proxy compresses them for the browser."""
    import gzip

    with _upstreams(1) as upstreams, nginx_proxy(upstreams) as running:
        request = urllib.request.Request(
            f"{running.url}/static/js/index.js", headers={"Accept-Encoding": "gzip"}
        )
        with urllib.request.urlopen(request) as answer:
            assert answer.headers["Content-Encoding"] == "gzip"
            assert "Accept-Encoding" in answer.headers["Vary"]
            packed = answer.read()
    assert gzip.decompress(packed) == BUNDLE and len(packed) < len(BUNDLE) / 10
