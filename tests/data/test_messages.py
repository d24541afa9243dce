"""Numbers inside import and boundary messages are written the Indonesian way (issue 13.5).

The messages are Indonesian; before, a refused value read ``-1500.5`` and an area change
``+2.50%``, an English decimal point in an Indonesian sentence.
"""

from __future__ import annotations

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
