"""Numbers inside import and boundary messages are written the Indonesian way (issue 13.5).

The messages are Indonesian; before, a refused value read ``-1500.5`` and an area change
``+2.50%``, an English decimal point in an Indonesian sentence.
"""

from __future__ import annotations

import re
from pathlib import Path

import geopandas as gpd
import pytest

from potensi.boundaries.official import _largest_change
from potensi.data.importer import import_file
from potensi.data.problems import ValidationFailed
from potensi.testing.hostile import INDIKATOR_HEADER, csv_bytes


def test_a_refused_negative_value_is_quoted_with_a_decimal_comma(seeded_copy: Path) -> None:
    row = ["35.05.03", "penduduk", 2020, "-1.500,5", "jiwa", "https://bps.go.id", "", "tidak"]
    with pytest.raises(ValidationFailed) as refused:
        import_file("indikator", csv_bytes(INDIKATOR_HEADER, [row]), "minus.csv", store=seeded_copy)
    [problem] = refused.value.problems
    assert "nilai -1.500,5 negatif" in problem.message


def test_the_largest_area_change_is_a_percentage_with_a_decimal_comma() -> None:
    old = gpd.GeoDataFrame({"kode": ["35.05.01", "35.05.02"], "luas_km2": [100.0, 200.0], "nama": ["A", "B"]})
    new = gpd.GeoDataFrame({"kode": ["35.05.01", "35.05.02"], "luas_km2": [102.5, 199.0], "nama": ["A", "B"]})
    assert _largest_change(old, new) == "; perubahan luas terbesar: A +2,50%"
    shrunk = new.assign(luas_km2=[100.0, 180.0])
    assert _largest_change(old, shrunk) == "; perubahan luas terbesar: B -10,00%"


def test_a_year_out_of_range_is_quoted_as_a_year(seeded_copy: Path) -> None:
    row = ["35.05.03", "penduduk", 2150, "64.905", "jiwa", "https://bps.go.id", "", "tidak"]
    with pytest.raises(ValidationFailed) as refused:
        import_file("indikator", csv_bytes(INDIKATOR_HEADER, [row]), "tahun.csv", store=seeded_copy)
    [problem] = refused.value.problems
    assert "nilai 2150 di atas batas 2100" in problem.message


def test_no_message_formats_a_number_by_itself() -> None:
    """Numbers in texts go through potensi.core.formatting: no ``{x:.2f}``, ``{x:g}`` or
    ``{x:,}`` elsewhere, which writes ``1,588.79`` into an Indonesian sentence."""
    from potensi.core.config import REPO_ROOT

    spec = re.compile(r"\{[^{}\"']+:[+\- ]?,?_?\d*(?:\.\d+)?[fFeEgG%]\}|\{[^{}\"']+:,\}")
    #: coordinates are quoted as a pair "(−8.12345, 112.12345)": a decimal comma would
    #: make the pair unreadable, and the importer's hint writes them with a point too;
    #: pandera check codes (``min:0.0001``) are parsed back, never shown
    allowed = {
        ("potensi/data/validate.py", 'error=f"min:{column.minimum:g}"'),
        ("potensi/data/validate.py", 'error=f"max:{column.maximum:g}"'),
        ("potensi/data/validate.py", 'where = f"({lat:.5f}, {lon:.5f})"'),
        ("potensi/data/validate.py", 'f"(titik tengahnya {where.y:.4f}, {where.x:.4f}); "'),
        # a CSS rule of the map's print style, not a format spec
        ("potensi/viz/maps.py", ".leaflet-bottom.leaflet-right{max-width:27%}"),
    }
    sources = [REPO_ROOT / "dashboard.py", *(REPO_ROOT / "pages").rglob("*.py")]
    sources += (REPO_ROOT / "ui").rglob("*.py")
    sources += [p for p in (REPO_ROOT / "potensi").rglob("*.py") if "testing" not in p.parts]
    found = [
        (str(path.relative_to(REPO_ROOT)), line.strip())
        for path in sources
        if path.name != "formatting.py"
        for line in path.read_text(encoding="utf-8").splitlines()
        if spec.search(line)
    ]
    assert [
        (path, line) for path, line in found if not any(path == p and part in line for p, part in allowed)
    ] == []
