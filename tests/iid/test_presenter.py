"""The IID presenter: the edit form never carries an example row's made-up evidence into
an official's real row, and the history keeps official results apart from the estimate."""

from __future__ import annotations

from potensi.core import cells
from potensi.views import iid as view


def test_the_edit_form_starts_from_an_example_row_s_parameter_only(seeded_data) -> None:
    rows = seeded_data["inovasi_indikator"]
    example = rows[cells.example_flags(rows) & rows.bukti_file.map(cells.is_known)].iloc[0]
    start = view.current_assessment(rows, example.inovasi_id, int(example.no_indikator))
    assert start == {"parameter": example.parameter}
    real = rows.assign(contoh=0)
    assert view.current_assessment(real, example.inovasi_id, int(example.no_indikator))["bukti_file"] == (
        example.bukti_file
    )


def test_history_lists_official_results_then_the_estimate(seeded_data) -> None:
    bench = view.workbench(seeded_data, 2026)
    table = view.history_rows(view.official_results(seeded_data, "35.05"), bench.estimate, "en")
    assert list(table["Year"]) == [2023, 2024, 2026]
    assert list(table["Kind"]) == ["official result", "official result", "dashboard estimate"]
    assert list(table["National rank"]) == ["", "23", ""]


def test_the_history_chart_sets_the_estimate_apart_against_the_thresholds(seeded_data) -> None:
    bench = view.workbench(seeded_data, 2026)
    fig = view.history_figure(view.official_results(seeded_data, "35.05"), bench.estimate, "id")
    bar = fig.data[0]
    assert list(bar.x) == ["2023", "2024", "2026*"]
    assert list(bar.y) == [61.42, 72.59, bench.estimate.iid]
    assert list(bar.marker.pattern.shape) == ["", "", "/"]  # the estimate is hatched
    lines = sorted(shape.y0 for shape in fig.layout.shapes)
    assert lines == [bench.rules.batas_inovatif, bench.rules.batas_sangat_inovatif]
