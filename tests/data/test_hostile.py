"""Hostile and broken files are refused with a clear Indonesian message, the store untouched.

The files come from :mod:`potensi.testing.hostile` (zip bombs, a cell in column XFD,
deep XML, broken encodings, NaN, negative counts, duplicate keys, odd dates,
polygons in Sumatra …), each imported into one copy of the seeded store whose
sha256 is compared before and after every file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from potensi.data.importer import import_file
from potensi.data.problems import ValidationFailed
from potensi.testing.hostile import INDIKATOR_HEADER, POTENSI_HEADER, csv_bytes, generate, indikator_rows, run


def test_more_than_500_hostile_files_are_refused_and_change_nothing(seeded_copy: Path) -> None:
    files = list(generate())
    assert len(files) >= 500
    report = run(seeded_copy, files)
    assert report.failures == []
    assert report.tried == report.refused_clearly == report.store_unchanged == len(files)


def test_the_valid_base_rows_do_import(seeded_copy: Path) -> None:
    """Control: the generator's files are refused for what was done to them, not their base."""
    report = import_file(
        "indikator", csv_bytes(INDIKATOR_HEADER, indikator_rows()), "baik.csv", store=seeded_copy
    )
    assert report.record.baris_baru == 3


def test_header_only_and_negative_population_name_the_problem(seeded_copy: Path) -> None:
    with pytest.raises(ValidationFailed, match="tidak ada baris data"):
        import_file("indikator", csv_bytes(INDIKATOR_HEADER, []), "judul.csv", store=seeded_copy)
    row = ["35.05.03", "penduduk", 2020, "-5.000", "jiwa", "https://bps.go.id", "", "tidak"]
    with pytest.raises(ValidationFailed) as refused:
        import_file("indikator", csv_bytes(INDIKATOR_HEADER, [row]), "minus.csv", store=seeded_copy)
    [problem] = refused.value.problems
    assert problem.row == 2 and problem.column == "nilai" and "negatif" in problem.message


@pytest.mark.slow
def test_worst_hostile_file_stays_under_500_mb(seeded_copy: Path) -> None:
    heavy = [f for f in generate() if f.heavy]
    report = run(seeded_copy, heavy, measure=True)
    assert report.failures == []
    assert 0 < report.worst_peak_mb <= 500, report.worst_file


@pytest.mark.parametrize(
    ("geometri", "expected"),
    [
        ('{"type":"Polygon","coordinates":[[[101.4,0.5],[101.5,0.5],[101.5,0.6],[101.4,0.5]]]}', "di dalam"),
        (
            '{"type":"Polygon","coordinates":[[[NaN,-8.1],[112.2,-8.1],[112.2,-8.0],[NaN,-8.1]]]}',
            "bukan angka",
        ),
    ],
    ids=["sumatra", "nan"],
)
def test_a_polygon_outside_blitar_or_with_nan_names_row_and_column(
    seeded_copy: Path, geometri: str, expected: str
) -> None:
    row = [
        "POT-GEO",
        "Kawasan",
        "pariwisata",
        "wisata",
        "Ponggok",
        geometri,
        "https://blitarkab.go.id",
        "tidak",
    ]
    with pytest.raises(ValidationFailed) as refused:
        import_file("potensi", csv_bytes(POTENSI_HEADER, [row]), "kawasan.csv", store=seeded_copy)
    [problem] = refused.value.problems
    assert (problem.row, problem.column) == (2, "geometri") and expected in problem.message
