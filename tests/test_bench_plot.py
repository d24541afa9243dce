"""benchmarks/plot.py turns run.py's JSON into the two-panel PNG of docs/performance.png."""

from __future__ import annotations

import json
import struct
import subprocess
import sys
from pathlib import Path

from potensi.core.config import REPO_ROOT

PLOT = REPO_ROOT / "benchmarks" / "plot.py"


def _figures() -> dict:
    """run.py's JSON shape at four made-up scales (timings are (median, min, max))."""
    scales = {}
    for name, n in (
        ("Blitar 22 kecamatan", 22),
        ("Blitar 248 desa", 248),
        ("Jatim 666 kecamatan", 666),
        ("Jatim 8.494 desa", 8494),
    ):
        scales[name] = {
            "units": n,
            "tolerance_deg": 0.0005,
            "payload_ours": 900 * n + 40_000,
            "payload_naive": 9_000 * n + 40_000,
            "vertices_ours": 30 * n,
            "vertices_naive": 400 * n,
            "coverage_valid": True,
            "build_cold": [0.1, 0.09, 0.2],
            "build_warm": [0.05, 0.04, 0.06],
            "build_naive": [0.3, 0.2, 0.4],
            "ttm_ours": [0.2 + n / 5000, 0.2, 0.3 + n / 4000],
            "ttm_floor": [0.15 + n / 6000, 0.14, 0.2 + n / 5000],
            "ttm_naive": [0.5 + n / 1000, 0.4, 0.7 + n / 900],
        }
    return {
        "scales": scales,
        "reruns": {
            "filter": [0.2, 0.19, 0.3],
            "indicator": [0.2, 0.18, 0.25],
            "empty": [0.003, 0.002, 0.004],
        },
    }


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert head[12:16] == b"IHDR"
    return struct.unpack(">II", head[16:24])


def test_plot_writes_a_png_of_the_expected_size(tmp_path: Path) -> None:
    figures = tmp_path / "figures.json"
    figures.write_text(json.dumps(_figures()), encoding="utf-8")
    out = tmp_path / "docs" / "performance.png"
    done = subprocess.run(
        [sys.executable, str(PLOT), str(figures), "-o", str(out)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert _png_size(out) == (1200, 500)  # 12 × 5 inches at 100 dpi, two panels side by side
    assert out.stat().st_size > 20_000  # lines, labels and error bars, not an empty canvas


def test_plot_refuses_a_json_without_scales(tmp_path: Path) -> None:
    figures = tmp_path / "figures.json"
    figures.write_text(json.dumps({"reruns": {}}), encoding="utf-8")
    out = tmp_path / "performance.png"
    done = subprocess.run(
        [sys.executable, str(PLOT), str(figures), "-o", str(out)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode != 0
    assert "scales" in done.stderr
    assert not out.exists()
