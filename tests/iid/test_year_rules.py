"""A year's rules are data an admin imports: exporting 2023's, changing the year and a
threshold and importing them changes the predicate with no code change; the count
rule's urusan condition is a switch in the same row."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from potensi.data.export import export_layer
from potensi.data.importer import import_as
from potensi.data.schema import IID_TABLES
from potensi.data.tables import read_rows
from potensi.views.iid import workbench


def _data(store: Path) -> dict:
    return {name: read_rows(name, store) for name in ("indikator", "inovasi", *IID_TABLES)}


def _as_year(store: Path, layer: str, tmp: Path, year: int, edits: dict[str, object]) -> Path:
    """Export ``layer``, move its 2023 rows to ``year`` and apply ``edits`` (column → value)."""
    path = export_layer(layer, tmp / f"{layer}.xlsx", store)
    book = openpyxl.load_workbook(path)
    sheet = book.active
    header = [c.value for c in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        cells = dict(zip(header, row, strict=True))
        cells["tahun"].value = year
        for column, value in edits.items():
            cells[column].value = value
    book.save(path)
    return path


def test_new_thresholds_for_a_year_change_the_predicate(seeded_copy: Path, tmp_path: Path) -> None:
    before = workbench(_data(seeded_copy), 2026)
    assert before.rules.borrowed
    # thresholds just around today's estimate: what was Inovatif/Kurang becomes another predicate
    iid = before.estimate.iid
    edits = {"batas_inovatif": max(0.02, iid - 0.01), "batas_sangat_inovatif": iid + 0.01}
    if before.estimate.predikat == "inovatif":
        edits = {"batas_inovatif": iid + 0.01, "batas_sangat_inovatif": iid + 0.02}
    import_as(
        "os:admin",
        "iid_aturan",
        _as_year(seeded_copy, "iid_aturan", tmp_path, 2026, edits),
        store=seeded_copy,
    )
    import_as("os:admin", "iid_indikator", _as_year(seeded_copy, "iid_indikator", tmp_path, 2026, {}),
              store=seeded_copy)  # fmt: skip
    after = workbench(_data(seeded_copy), 2026)
    assert not after.rules.borrowed and after.rules.tahun == 2026
    assert after.estimate.iid == iid
    assert after.estimate.predikat != before.estimate.predikat
    # 2025 still borrows 2023's
    assert workbench(_data(seeded_copy), 2025).rules.tahun == 2023


def test_the_urusan_condition_zeroes_the_count_score_until_covered(seeded_copy: Path, tmp_path: Path) -> None:
    before = workbench(_data(seeded_copy), 2026).estimate
    assert before.jumlah_score > 0 and before.urusan_missing  # the registry lacks some urusan wajib
    rules = _as_year(seeded_copy, "iid_aturan", tmp_path, 2026, {"syarat_urusan": "ya"})
    import_as("os:admin", "iid_aturan", rules, store=seeded_copy)
    import_as("os:admin", "iid_indikator", _as_year(seeded_copy, "iid_indikator", tmp_path, 2026, {}),
              store=seeded_copy)  # fmt: skip
    after = workbench(_data(seeded_copy), 2026).estimate
    assert after.jumlah_blocked and after.jumlah_score == 0
    assert after.total == pytest.approx(before.total - before.jumlah_score)


def test_the_rules_template_imported_unchanged_is_no_year_s_rules(seeded_copy: Path, tmp_path: Path) -> None:
    from potensi.data.templates import write_template
    from potensi.iid.rules import years_with_rules

    for layer in ("iid_aturan", "iid_indikator"):
        import_as("os:admin", layer, write_template(layer, tmp_path / f"{layer}.xlsx"), store=seeded_copy)
    data = _data(seeded_copy)
    assert (data["iid_aturan"]["tahun"] > 2099).any()  # the template's example row is stored
    assert years_with_rules(data["iid_aturan"]) == [2023]
    assert workbench(data, 2100).rules.tahun == 2023


def test_refused_rules_write_nothing_and_a_retry_succeeds(seeded_copy: Path) -> None:
    import time

    from potensi.core.auth import Session
    from potensi.data.problems import ValidationFailed
    from potensi.data.tables import history
    from potensi.iid.rules import rules_for
    from potensi.views.iid import save_year_rules

    admin = Session("kepala", "admin", time.time(), time.time())
    data = _data(seeded_copy)
    rules = rules_for(2026, data["iid_aturan"], data["iid_indikator"])
    before = len(history(seeded_copy))
    with pytest.raises(ValidationFailed, match="batas_inovatif"):
        save_year_rules(admin, data, rules, {"batas_inovatif": 70, "batas_sangat_inovatif": 60}, seeded_copy)
    assert len(history(seeded_copy)) == before  # not even the indicators were copied
    assert not (read_rows("iid_indikator", seeded_copy).tahun == 2026).any()
    reports = save_year_rules(admin, data, rules, {"batas_inovatif": 30}, seeded_copy)
    assert [r.record.lapisan for r in reports] == ["iid_indikator", "iid_aturan"]
    assert workbench(_data(seeded_copy), 2026).rules.batas_inovatif == 30
    # a second change of the same year replaces its rules row and copies nothing again
    data = _data(seeded_copy)
    again = save_year_rules(admin, data, rules_for(2026, data["iid_aturan"], data["iid_indikator"]),
                            {"batas_inovatif": 31}, seeded_copy)  # fmt: skip
    assert [r.record.lapisan for r in again] == ["iid_aturan"]
    assert workbench(_data(seeded_copy), 2026).rules.batas_inovatif == 31
