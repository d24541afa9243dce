"""The production nginx config (``deploy/nginx/peta-potensi.conf``) in front of test servers.

Why a renderer and not a test copy of the config: the file IT installs is the one the
tests exercise. Only the two places an installer edits anyway change — the process
list between ``# BEGIN dashboard processes`` / ``# END dashboard processes`` and the
``listen`` block between ``# BEGIN listen`` / ``# END listen`` — so sticky sessions,
the websocket upgrade, the upload limit and the headers under test are the real ones.

nginx runs as the current user in a temporary prefix (``-p``): its pid file, logs and
temp folders live there, nothing under /etc, /var or /run is touched, and root is not
needed (as root, as in CI, it still works: the prefix is the test's).
"""

from __future__ import annotations

import contextlib
import os
import pwd
import re
import shutil
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from potensi.core.config import REPO_ROOT
from potensi.testing.server import free_port

#: the server block IT installs; the single source of the proxy's behaviour
CONFIG = REPO_ROOT / "deploy" / "nginx" / "peta-potensi.conf"
#: Debian's nginx (``apt-get install nginx``; scripts/install-system-deps.sh)
NGINX_PATHS = ("/usr/sbin/nginx", "/usr/bin/nginx")
#: how long a starting nginx may take to answer
START_TIMEOUT = 15.0
#: the response header the config adds with the answering process (``$upstream_addr``)
UPSTREAM_HEADER = "X-Upstream"
#: the cookie the config pins a browser with
ROUTE_COOKIE = "peta_route"

_PROCESSES = re.compile(
    r"(# BEGIN dashboard processes[^\n]*\n)(.*?)(\n[ \t]*# END dashboard processes)", re.S
)
_LISTEN = re.compile(r"(# BEGIN listen[^\n]*\n)(.*?)(\n[ \t]*# END listen)", re.S)
#: the test prefix's access log: the route the request was hashed on (the cookie, or a
#: first request's id), the process that answered, the status and the request line;
#: enough to check stickiness per browser, websocket included
ACCESS_FORMAT = '$peta_route $upstream_addr $status "$request"'
#: the address the :attr:`Proxy.remote_url` hop connects from: on the loopback
#: interface (all of 127/8 is local on Linux) but not one uvicorn trusts as a proxy
REMOTE_ADDRESS = "127.0.0.3"
#: paths nginx would otherwise take from its compiled-in defaults (/var/lib/nginx/...)
_TEMP_PATHS = ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")


class NginxMissing(FileNotFoundError):
    """nginx is not installed; the message says how to install it."""


class ProxyFailed(RuntimeError):
    """nginx refused the config or did not answer; the message carries its error log."""


@dataclass(frozen=True)
class Proxy:
    """A running nginx: its base URL and the files a test may read."""

    url: str
    prefix: Path
    config: Path
    #: the same site through one more hop that connects from :data:`REMOTE_ADDRESS`: the
    #: proxy then sees a visitor that is not on its own machine (the browser of a test
    #: always is), as the X-Forwarded-For handling must be checked with
    remote_url: str = ""

    @property
    def error_log(self) -> Path:
        return self.prefix / "logs" / "error.log"

    @property
    def access_log(self) -> Path:
        """One line per request: ``route process status "request"`` (:data:`ACCESS_FORMAT`)."""
        return self.prefix / "logs" / "access.log"


def nginx_binary() -> str:
    """The nginx executable, or :class:`NginxMissing` saying how to install it."""
    for candidate in NGINX_PATHS:
        if Path(candidate).is_file():
            return candidate
    found = shutil.which("nginx")
    if found:
        return found
    raise NginxMissing(
        "nginx tidak ditemukan (/usr/sbin/nginx): jalankan `make system-deps` "
        "(apt-get install nginx) / nginx is not installed: run `make system-deps`"
    )


def _replace_block(pattern: re.Pattern[str], text: str, lines: Sequence[str], what: str) -> str:
    """``text`` with the body between one pair of markers replaced, indented like the markers."""
    matches = pattern.findall(text)
    if len(matches) != 1:
        raise ValueError(f"{CONFIG.name}: expected one '{what}' marker block, found {len(matches)}")
    indent = re.search(r"\n([ \t]*)# END", pattern.search(text).group(3)).group(1)  # type: ignore[union-attr]
    body = "\n".join(f"{indent}{line}" for line in lines)
    return pattern.sub(lambda m: m.group(1) + body + m.group(3), text)


def render_site(upstreams: Sequence[str], port: int, template: Path = CONFIG) -> str:
    """The server block of ``template`` with ``upstreams`` (``host:port``) as the process
    list and ``127.0.0.1:port`` as the listen address; everything else unchanged."""
    if not upstreams:
        raise ValueError("at least one upstream process is needed")
    text = template.read_text(encoding="utf-8")
    text = _replace_block(_PROCESSES, text, [f"server {address};" for address in upstreams], "processes")
    return _replace_block(_LISTEN, text, [f"listen 127.0.0.1:{port};", "server_name _;"], "listen")


def write_prefix(prefix: Path, upstreams: Sequence[str], port: int, remote_port: int | None = None) -> Path:
    """A complete nginx prefix around the rendered server block; returns its nginx.conf.

    The outer file is only what a distribution's /etc/nginx/nginx.conf provides (events,
    http, logs, temp folders), pointed into ``prefix``; with ``remote_port``, also the
    hop of :attr:`Proxy.remote_url` (a plain pass-through: it adds no header, so what
    the site's config does with the visitor's headers is all that reaches the process).
    """
    (prefix / "logs").mkdir(parents=True, exist_ok=True)
    for name in _TEMP_PATHS:
        (prefix / "temp" / name).mkdir(parents=True, exist_ok=True)
    site = prefix / "peta-potensi.conf"
    site.write_text(render_site(upstreams, port), encoding="utf-8")
    temp = "\n".join(f"    {name}_temp_path {prefix / 'temp' / name};" for name in _TEMP_PATHS)
    conf = prefix / "nginx.conf"
    # Started by root (CI), nginx's workers would become `nobody`, who cannot write
    # the temp folders of a prefix that tempfile made private to root: every upload
    # larger than a buffer (16 KB) would fail. As root, the workers stay the caller.
    user = f"user {pwd.getpwuid(os.geteuid()).pw_name};\n" if os.geteuid() == 0 else ""
    conf.write_text(
        f"""{user}worker_processes 1;
pid {prefix / "nginx.pid"};
error_log {prefix / "logs" / "error.log"} info;
events {{
    worker_connections 256;
}}
http {{
{temp}
    include {site};
    # after the include: the format uses the site's $peta_route
    log_format peta '{ACCESS_FORMAT}';
    access_log {prefix / "logs" / "access.log"} peta;
{_remote_hop(port, remote_port) if remote_port else ""}}}
""",
        encoding="utf-8",
    )
    return conf


def _remote_hop(port: int, remote_port: int) -> str:
    """A server on ``remote_port`` passing everything to the site from :data:`REMOTE_ADDRESS`."""
    return f"""    server {{
        listen 127.0.0.1:{remote_port};
        access_log off;
        location / {{
            proxy_pass http://127.0.0.1:{port};
            proxy_bind {REMOTE_ADDRESS};
            proxy_http_version 1.1;
            proxy_set_header Host $http_host;
            proxy_set_header Upgrade $http_upgrade;
            proxy_set_header Connection $peta_connection;
            proxy_read_timeout 1h;
        }}
    }}
"""


def _command(prefix: Path, conf: Path, *extra: str, binary: str | None = None) -> list[str]:
    # -e: the error log before the config is read, else nginx tries /var/log/nginx
    return [
        binary or nginx_binary(),
        "-p",
        str(prefix),
        "-e",
        str(prefix / "logs" / "error.log"),
        "-c",
        str(conf),
        *extra,
    ]


def check_config(upstreams: Sequence[str] = ("127.0.0.1:8501", "127.0.0.1:8502")) -> str:
    """Run ``nginx -t`` on the rendered config; return its output, :class:`ProxyFailed` if refused."""
    with tempfile.TemporaryDirectory(prefix="peta-nginx-") as folder:
        prefix = Path(folder)
        conf = write_prefix(prefix, upstreams, free_port())
        done = subprocess.run(_command(prefix, conf, "-t"), capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise ProxyFailed(f"nginx -t refused the rendered {CONFIG.name}:\n{done.stderr}")
    return done.stderr


@contextlib.contextmanager
def nginx_proxy(upstreams: Sequence[str], timeout: float = START_TIMEOUT) -> Iterator[Proxy]:
    """nginx with the production config in front of ``upstreams`` (``host:port`` each).

    Yields once nginx answers on its free localhost port; stops it (and removes the
    prefix) afterwards. :class:`NginxMissing` when nginx is not installed.
    """
    binary = nginx_binary()  # the clear error first, before any folder exists
    with tempfile.TemporaryDirectory(prefix="peta-nginx-") as folder:
        prefix = Path(folder)
        port, remote_port = free_port(), free_port()
        conf = write_prefix(prefix, upstreams, port, remote_port)
        test = subprocess.run(
            _command(prefix, conf, "-t", binary=binary), capture_output=True, text=True, check=False
        )
        if test.returncode != 0:
            raise ProxyFailed(f"nginx -t refused the rendered {CONFIG.name}:\n{test.stderr}")
        # output goes to the prefix's error log (-e); nothing is left to fill a pipe
        proc = subprocess.Popen(
            _command(prefix, conf, "-g", "daemon off;", binary=binary),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        proxy = Proxy(
            url=f"http://127.0.0.1:{port}",
            prefix=prefix,
            config=conf,
            remote_url=f"http://127.0.0.1:{remote_port}",
        )
        try:
            _wait_until_listening(proxy, proc, timeout)
            yield proxy
        finally:
            proc.terminate()  # SIGTERM: nginx's fast shutdown, workers included
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def _wait_until_listening(proxy: Proxy, proc: subprocess.Popen, timeout: float) -> None:
    """Until nginx answers any HTTP status on its port (an upstream may still be starting)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(f"{proxy.url}/_stcore/health", timeout=2):
                return
        except urllib.error.HTTPError:
            return  # nginx answered (a 502 from a process still starting is nginx answering)
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            log = proxy.error_log.read_text(errors="replace") if proxy.error_log.exists() else ""
            raise ProxyFailed(f"nginx did not start on {proxy.url}:\n{log[-3000:]}")
        time.sleep(0.1)
