"""The data layer of the IID workbench on the real seeded Blitar store: who may write
the rules of a year, the row rules of the five IID tables, and the self-assessment's
round trip through the XLSX export.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from potensi.core.errors import NotAllowed
from potensi.core.store import load_layer
from potensi.data.importer import import_as, import_file, import_for, may_undo, preview_import, undo_for
from potensi.data.schema import IID_TABLES, TABLES
from potensi.data.seed import SEED_DIR
from potensi.data.tables import IMPORT_COLUMN, history, read_rows, undo_import
from potensi.data.templates import write_template
from potensi.testing.accounts import editor_session


def _template(layer: str, folder: Path, store: Path) -> Path:
    names = sorted(load_layer("kecamatan", store).nama)
    return write_template(layer, folder / f"templat_{layer}.xlsx", names)


def _rows(layer: str, store: Path) -> pd.DataFrame:
    rows = read_rows(layer, store).drop(columns=[IMPORT_COLUMN]).astype(object)
    rows = rows.where(rows.notna(), None)
    return rows.sort_values(list(TABLES[layer].key)).reset_index(drop=True)


@pytest.mark.parametrize("layer", ["iid_aturan", "iid_indikator"])
def test_an_editor_may_not_import_the_rules_of_a_year_an_admin_may(
    seeded_copy: Path, tmp_path: Path, layer: str
) -> None:
    assert TABLES[layer].writer_role == "admin"
    content = _template(layer, tmp_path, seeded_copy).read_bytes()
    before, imports = _rows(layer, seeded_copy), len(history(seeded_copy))
    with pytest.raises(NotAllowed) as refused:
        import_for(editor_session("editor_uji"), layer, content, "aturan.xlsx", seeded_copy)
    message = str(refused.value)
    assert "admin" in message and "Tidak ada yang disimpan" in message
    pd.testing.assert_frame_equal(_rows(layer, seeded_copy), before)
    assert len(history(seeded_copy)) == imports

    admin = editor_session("admin_uji", "admin")
    report = import_for(admin, layer, content, "aturan.xlsx", seeded_copy)
    assert report.record.baris_baru == 1
    # an editor cannot undo it either (not theirs, and not their layer); the admin can
    with pytest.raises(NotAllowed):
        undo_for(editor_session("editor_uji"), report.record.impor_id, seeded_copy)
    undo_for(admin, report.record.impor_id, seeded_copy)
    pd.testing.assert_frame_equal(_rows(layer, seeded_copy), before)


def test_an_editor_may_not_undo_even_their_own_import_of_an_admin_layer(
    seeded_copy: Path, tmp_path: Path
) -> None:
    # written from the command line under the editor's name (the CLI trusts the OS user)
    path = _template("iid_aturan", tmp_path, seeded_copy)
    own = import_as("editor_uji", "iid_aturan", path.read_bytes(), "aturan.xlsx", seeded_copy)
    entry = history(seeded_copy).iloc[0].to_dict()
    assert not may_undo(editor_session("editor_uji"), entry)  # the page offers no Urungkan
    assert may_undo(editor_session("admin_uji", "admin"), entry)
    with pytest.raises(NotAllowed) as refused:
        undo_for(editor_session("editor_uji"), own.record.impor_id, seeded_copy)
    assert "hanya diisi peran admin" in str(refused.value)
    assert history(seeded_copy).dibatalkan.iloc[0] is None or pd.isna(history(seeded_copy).dibatalkan.iloc[0])


def test_an_editor_still_writes_the_self_assessment_and_plans() -> None:
    editor_layers = [name for name in IID_TABLES if TABLES[name].writer_role == "editor"]
    assert editor_layers == ["inovasi_indikator", "iid_spd", "iid_rencana"]


def _seed_file(name: str) -> pd.DataFrame:
    return pd.read_csv(SEED_DIR / f"{name}.csv", dtype=str, keep_default_na=False)


def _problems(layer: str, frame: pd.DataFrame, store: Path, folder: Path) -> list:
    path = folder / f"{layer}.csv"
    frame.to_csv(path, index=False)
    return preview_import(layer, path, store=store).problems


def _only(problems: list, column: str, severity: str = "error"):
    (found,) = [p for p in problems if p.column == column and p.severity == severity]
    return found


def test_a_self_assessment_must_name_an_innovation_of_the_store(seeded_store: Path, tmp_path: Path) -> None:
    frame = _seed_file("inovasi_indikator_contoh")
    assert preview_import(
        "inovasi_indikator", SEED_DIR / "inovasi_indikator_contoh.csv", store=seeded_store
    ).ok
    frame.loc[0, "inovasi_id"] = "INV-2012-0001"  # year digits swapped
    problems = _problems("inovasi_indikator", frame, seeded_store, tmp_path)
    problem = _only(problems, "inovasi_id")
    assert problem.row == 2
    assert "INV-2012-0001 tidak ada di tabel inovasi" in problem.message
    assert "INV-2021-0001" in problem.hint and "Si Jaran Ijo" in problem.hint
    assert [p.row for p in problems if p.severity == "error"] == [2]


def test_a_parameter_without_evidence_is_warned_that_it_scores_zero(seeded_store: Path) -> None:
    frame = _seed_file("inovasi_indikator_contoh")
    bare = frame[(frame.parameter != "0") & (frame.bukti_file == "") & (frame.bukti_url == "")]
    assert len(bare) >= 5
    preview = preview_import(
        "inovasi_indikator", SEED_DIR / "inovasi_indikator_contoh.csv", store=seeded_store
    )
    warned = [p for p in preview.problems if p.severity == "warning" and "tanpa bukti" in p.message]
    assert sorted(p.row for p in warned) == sorted(i + 2 for i in bare.index)
    assert all("dihitung 0" in p.message and p.column == "bukti_file" for p in warned)


def test_an_indicator_number_decides_its_aspect(seeded_store: Path, tmp_path: Path) -> None:
    frame = _seed_file("iid_indikator")
    row = int(frame.index[frame.no_indikator == "16"][0])
    frame.loc[row, "aspek"] = "spd"
    split = int(frame.index[frame.no_indikator == "5a"][0])
    frame.loc[split, "aspek"] = "sid"
    problems = _problems("iid_indikator", frame, seeded_store, tmp_path)
    errors = sorted((p.row, p.column, p.message) for p in problems if p.severity == "error")
    assert errors == [
        (split + 2, "aspek", "indikator 5a beraspek spd, bukan sid"),
        (row + 2, "aspek", "indikator 16 beraspek sid, bukan spd"),
    ]


def test_the_rules_of_a_year_are_checked_row_by_row(seeded_store: Path, tmp_path: Path) -> None:
    frame = _seed_file("iid_aturan")
    assert _problems("iid_aturan", frame, seeded_store, tmp_path) == []
    frame.loc[0, "batas_inovatif"] = "65"
    frame.loc[0, "aturan_belum_pasti"] = "skor_jumlh; rumus"
    frame.loc[0, "profil_wajib"] = "nama_inovasi; tujuan inovasi"
    frame.loc[0, "syarat_urusan"] = "ya"
    frame.loc[0, "urusan_wajib"] = ""
    problems = _problems("iid_aturan", frame, seeded_store, tmp_path)
    assert all(p.row == 2 and p.severity == "error" for p in problems)
    assert (
        "batas Inovatif 65 tidak di bawah batas Sangat Inovatif 60,01"
        in _only(problems, "batas_inovatif").message
    )
    rule = _only(problems, "aturan_belum_pasti")
    assert rule.message == "'skor_jumlh' bukan nama aturan" and "skor_jumlah" in rule.hint
    profile = _only(problems, "profil_wajib")
    assert profile.message == "'tujuan inovasi' bukan kolom tabel inovasi" and "'tujuan'" in profile.hint
    assert "syarat_urusan 'ya' tetapi urusan_wajib kosong" in _only(problems, "urusan_wajib").message
    assert len(problems) == 4


def _plan(perubahan: str) -> pd.DataFrame:
    return pd.DataFrame(
        [{"rencana_id": "RENCANA-2026-uji", "tahun": "2026", "nama": "Uji", "perubahan": perubahan,
          "catatan": "", "sumber": "uji", "contoh": "ya"}]
    )  # fmt: skip


@pytest.mark.parametrize(
    ("perubahan", "message"),
    [
        ('[{"jenis": "parameter", "inovasi_id": "INV-2021-0001", "no_indikator": 16, "parameter": 3}]', None),
        (
            '[{"jenis": "parameter", "inovasi_id": "INV-2021-0001", "no_indikator": 16, "parameter": 7}]',
            "perubahan ke-1: parameter harus bilangan bulat 0–3",
        ),
        ('[{"inovasi_id": "INV-2021-0001"', "perubahan bukan JSON yang sah"),
        ('{"parameter": 3}', "perubahan harus daftar JSON ([...]), bukan dict"),
        ('["' + "—" * 25_000 + '"]', "perubahan 73 KB; batas 64 KB"),
    ],
)
def test_a_saved_plan_is_a_small_json_list(
    seeded_store: Path, tmp_path: Path, perubahan: str, message: str | None
) -> None:
    problems = [
        p for p in _problems("iid_rencana", _plan(perubahan), seeded_store, tmp_path) if p.severity == "error"
    ]
    if message is None:
        assert problems == []
        return
    (problem,) = problems
    assert (problem.row, problem.column) == (2, "perubahan")
    assert problem.message.startswith(message)


#: texts an official writes in a note: commas, semicolons, Indonesian letters, a
#: leading "=" (exported with the formula guard, stripped again on import)
TRICKY = (
    "Perbup No. 12/2023; SK Kadis, tgl. 3-1-2024",
    "=dicek ulang oleh Bappeda (Litbang)",
    "Sasaran: ibu hamil & balita — ‘Kanigoro’, Ñ/é; 1.234,5 orang",
)


def _with_tricky_rows(store: Path, folder: Path) -> None:
    """Three assessment rows of an innovation the seed did not assess: text that must
    survive a spreadsheet, an empty evidence cell, an URL."""
    rows = [
        {"inovasi_id": "INV-2021-0005", "no_indikator": 16 + i, "parameter": i + 1,
         "bukti_file": "" if i == 1 else f"contoh_bukti_{i}.pdf",
         "bukti_url": "https://blitarkab.go.id/bukti?id=1&hal=2" if i == 1 else "",
         "catatan": text, "status_validasi": "belum", "sumber": "uji; satu, dua", "contoh": "ya"}
        for i, text in enumerate(TRICKY)
    ]  # fmt: skip
    path = folder / "tambahan.csv"
    pd.DataFrame(rows).to_csv(path, index=False, sep=";")
    import_file("inovasi_indikator", path, store=store)


def test_the_self_assessment_round_trips_through_the_xlsx_export(seeded_copy: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from potensi.cli import main

    _with_tricky_rows(seeded_copy, tmp_path)
    original = _rows("inovasi_indikator", seeded_copy)
    assert set(TRICKY) <= set(original.catatan)
    exported = tmp_path / "penilaian.xlsx"
    assert main(["data", "export", "inovasi_indikator", str(exported), "--store", str(seeded_copy)]) == 0

    # unchanged: every row is known and nothing differs
    unchanged = preview_import("inovasi_indikator", exported, store=seeded_copy)
    assert unchanged.ok, [str(p) for p in unchanged.errors]
    assert unchanged.added.empty and len(unchanged.replacements) == len(original)
    assert [r for r in unchanged.replacements if r.changes] == []

    # one cell edited in Excel: exactly that change, old → new
    book = load_workbook(exported)
    sheet = book["Data"]
    header = [c.value for c in sheet[1]]
    row = next(
        r for r in range(2, sheet.max_row + 1)
        if sheet.cell(r, 1).value == "INV-2021-0005" and sheet.cell(r, 2).value == 16
    )  # fmt: skip
    sheet.cell(row, header.index("parameter") + 1, value=3)
    book.save(exported)
    edited = preview_import("inovasi_indikator", exported, store=seeded_copy)
    (replacement,) = [r for r in edited.replacements if r.changes]
    assert replacement.key == "INV-2021-0005 / 16" and replacement.row == row
    assert [(c.column, c.old, c.new) for c in replacement.changes] == [("parameter", 1, 3)]

    report = import_file("inovasi_indikator", exported, store=seeded_copy, replace=True)
    after = _rows("inovasi_indikator", seeded_copy)
    # every other cell came back from the spreadsheet exactly as it was stored
    expected = original.copy()
    expected.loc[(expected.inovasi_id == "INV-2021-0005") & (expected.no_indikator == 16), "parameter"] = 3
    pd.testing.assert_frame_equal(after, expected)
    undo_import(report.record.impor_id, seeded_copy)
    pd.testing.assert_frame_equal(_rows("inovasi_indikator", seeded_copy), original)


def test_the_hostile_store_puts_payloads_in_every_table(seeded_store: Path, tmp_path: Path) -> None:
    """The XSS walk's store (tests/e2e/test_xss_everywhere.py) covers the IID tables too:
    every free-text and link column of every table holds payloads, all imported."""
    from potensi.testing.xss import HOSTILE_ORDER, ROWS, build_hostile_store, hostile_columns

    assert sorted(HOSTILE_ORDER) == sorted(TABLES)
    hostile = build_hostile_store(seeded_store, tmp_path / "xss")
    placed = {(p.table, p.column) for p in hostile.placements}
    for name in IID_TABLES:
        columns = {c.name for c in hostile_columns(TABLES[name])}
        assert columns and {(name, c) for c in columns} <= placed, name
        assert len(read_rows(name, hostile.path)) >= ROWS
    assert ("iid_rencana", "perubahan") in placed
