"""The launcher warms the shared caches before the first visitor (``ui/warmup.py``)."""

from __future__ import annotations

import urllib.request
from pathlib import Path

import pytest

from potensi.core.config import WARMUP_DONE, WARMUP_SKIPPED
from potensi.testing.server import serve, wait_for_warm_up
from ui import cache, page, warmup
from ui.compat import server


def test_warm_fills_the_shared_caches_the_first_visit_reads(
    seeded_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After ``warm``, the store's frames and displays are cache hits: with the store's
    readers broken the page's calls still answer, with what ``warm`` loaded."""
    monkeypatch.setenv("PETA_STORE", str(seeded_store))
    page._shared.clear()
    cache.boundaries.clear()
    cache.display.clear()
    warmup.warm()

    def broken(*_args, **_kwargs):
        raise AssertionError("read again: the warm-up did not fill this cache")

    monkeypatch.setattr(cache, "load_boundaries", broken)
    monkeypatch.setattr(cache, "read_rows", broken)
    version = cache.version()
    boundaries, data, _choices = page._shared(version)
    assert len(boundaries.kecamatan) == 22 and len(data["potensi"])
    assert len(cache.display(version, "kabupaten")[1]) == len(cache.display(version, "kecamatan")[1]) == 22


def test_the_warm_up_thread_does_not_import_streamlit_folium(seeded_store: Path) -> None:
    """Its component registers with the server only when a session imports it first."""
    import subprocess
    import sys

    code = "import sys; from ui import warmup; warmup.warm(); print('streamlit_folium' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**__import__("os").environ, "PETA_STORE": str(seeded_store)},
        cwd=str(Path(warmup.__file__).parents[1]),
        check=True,
    )
    assert out.stdout.strip().splitlines()[-1] == "False"


def test_the_launcher_warms_the_caches_once_the_server_is_up(seeded_copy: Path, tmp_path: Path) -> None:
    log = tmp_path / "streamlit.log"
    with serve(seeded_copy, log, warm=False):
        waited = wait_for_warm_up(log, 90)
        assert waited >= 0
    text = log.read_text(encoding="utf-8")
    assert WARMUP_DONE in text and WARMUP_SKIPPED not in text and "Traceback" not in text


def test_a_missing_store_leaves_the_server_up_and_says_why(tmp_path: Path) -> None:
    log = tmp_path / "streamlit.log"
    with serve(tmp_path / "nothing-here.gpkg", log) as url:
        assert f"{WARMUP_SKIPPED}: " in log.read_text(encoding="utf-8")
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=10) as answer:
            assert answer.read() == b"ok"


def test_only_the_dashboard_is_warmed() -> None:
    """Another script on the same launcher (the benchmarks' empty page) gets no warm-up."""
    assert server.serves_dashboard(["run", "dashboard.py", "--server.port", "8501"])
    assert server.serves_dashboard(["run", "/srv/peta/dashboard.py"])
    assert not server.serves_dashboard(["run", "/tmp/empty.py"])
    assert not server.serves_dashboard(["hello"])
    assert not server.serves_dashboard(["run"])
