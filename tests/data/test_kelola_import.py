"""The one importer behind the CLI and the *Kelola Data* page, on the real Blitar store:
templates imported unchanged never touch a real row, a dry run shows every problem and
every replacement old → new, a replacement needs ``replace=True``, the history says
who imported, an editor may undo only their own imports, and an old store's history
gains its ``oleh`` column.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pandas as pd
import pytest

from potensi.core.errors import NotAllowed
from potensi.core.store import load_layer
from potensi.data import audit
from potensi.data.importer import import_as, import_file, preview_import, undo_for
from potensi.data.schema import TABLES
from potensi.data.tables import IMPORT_COLUMN, ReplaceRefused, history, read_rows
from potensi.data.templates import write_template
from potensi.testing import stores
from potensi.testing.accounts import editor_session


def _real_rows(store: Path) -> dict[str, pd.DataFrame]:
    """Every layer's rows without the import id, as plain objects (None for empty), so
    a column that gains its first value in another row compares equal where unchanged."""
    found = {}
    for name, table in TABLES.items():
        rows = read_rows(name, store).drop(columns=[IMPORT_COLUMN]).astype(object)
        rows = rows.where(rows.notna(), None)
        found[name] = rows.sort_values(list(table.key)).reset_index(drop=True)
    return found


def _template(layer: str, folder: Path, store: Path) -> Path:
    names = sorted(load_layer("kecamatan", store).nama)
    return write_template(layer, folder / f"templat_{layer}.xlsx", names)


@pytest.mark.parametrize("layer", list(TABLES))
def test_an_unchanged_template_imports_and_leaves_every_real_row_as_it_was(
    seeded_copy: Path, tmp_path: Path, layer: str
) -> None:
    before = _real_rows(seeded_copy)
    path = _template(layer, tmp_path, seeded_copy)
    preview = preview_import(layer, path, store=seeded_copy)
    assert preview.ok, [str(p) for p in preview.errors]
    assert preview.replacements == []
    report = import_file(layer, path, store=seeded_copy)
    assert report.record.baris_diganti == 0
    assert report.record.baris_baru == 1
    after = _real_rows(seeded_copy)
    for name, rows in before.items():
        key = list(TABLES[name].key)
        kept = after[name].merge(rows[key], on=key, how="inner")
        pd.testing.assert_frame_equal(kept, rows, check_dtype=False)
        new = after[name].merge(rows[key], on=key, how="left", indicator=True)
        new = new[new["_merge"] == "left_only"]
        assert len(new) == (1 if name == layer else 0), name
        assert new.contoh.all(), "the template's example row is flagged contoh"


def _potensi_csv(rows: list[dict]) -> bytes:
    return pd.DataFrame(rows).to_csv(index=False, sep=";").encode("utf-8")


def _real_potensi(store: Path) -> dict:
    """A real (sourced, not example) potensi row as the export writes it."""
    rows = read_rows("potensi", store)
    row = rows[~rows.contoh.astype(bool)].iloc[0].drop(IMPORT_COLUMN).to_dict()
    return {k: ("" if v is None or (isinstance(v, float) and pd.isna(v)) else v) for k, v in row.items()}


def test_a_dry_run_shows_every_problem_with_its_suggestion_and_writes_nothing(
    seeded_copy: Path, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    path = _template("potensi", tmp_path, seeded_copy)
    book = load_workbook(path)
    sheet = book["Data"]
    column = [c.value for c in sheet[1]].index("kecamatan") + 1
    sheet.cell(row=2, column=column, value="Kanigroro")
    book.save(path)
    stamp = stores.content_digest(seeded_copy)
    preview = preview_import("potensi", path, store=seeded_copy)
    assert not preview.ok
    (problem,) = [p for p in preview.errors if p.column == "kecamatan"]
    assert problem.row == 2
    assert "Kanigoro" in problem.message + problem.hint
    assert stores.content_digest(seeded_copy) == stamp


def test_a_dry_run_shows_additions_and_replacements_old_to_new(seeded_copy: Path) -> None:
    real = _real_potensi(seeded_copy)
    changed = {**real, "nama": real["nama"] + " (diperbarui)"}
    new = {**real, "potensi_id": "POT-BARU-UJI", "nama": "Sentra baru"}
    preview = preview_import("potensi", _potensi_csv([changed, new]), "potensi.csv", seeded_copy)
    assert preview.ok, [str(p) for p in preview.errors]
    assert list(preview.added.potensi_id) == ["POT-BARU-UJI"]
    assert list(preview.added.index) == [3]  # CSV line of the row: header is line 1
    (replacement,) = preview.replacements
    assert replacement.key == real["potensi_id"]
    assert replacement.row == 2
    assert [(c.column, c.old, c.new) for c in replacement.changes] == [
        ("nama", real["nama"], real["nama"] + " (diperbarui)")
    ]


def test_replacing_needs_confirmation_and_the_history_names_the_actor(seeded_copy: Path) -> None:
    real = _real_potensi(seeded_copy)
    content = _potensi_csv([{**real, "nama": "Nama baru"}])
    before = read_rows("potensi", seeded_copy)
    with pytest.raises(ReplaceRefused) as refused:
        import_as("editor_uji", "potensi", content, "potensi.csv", seeded_copy)
    assert real["potensi_id"] in str(refused.value) and "--ganti" in str(refused.value)
    pd.testing.assert_frame_equal(read_rows("potensi", seeded_copy), before)
    assert "editor_uji" not in set(history(seeded_copy).oleh.dropna())
    assert "impor" not in set(audit.entries(seeded_copy).aksi)

    report = import_as("editor_uji", "potensi", content, "potensi.csv", seeded_copy, replace=True)
    assert report.record.baris_diganti == 1
    entry = history(seeded_copy).iloc[0]
    assert (entry.impor_id, entry.oleh, entry.berkas) == (report.record.impor_id, "editor_uji", "potensi.csv")
    logged = audit.entries(seeded_copy).iloc[0]
    assert (logged.aksi, logged.pelaku) == ("impor", "editor_uji")
    assert report.record.impor_id in logged.rincian


def test_an_editor_undoes_only_their_own_imports_an_admin_any(seeded_copy: Path) -> None:
    real = _real_potensi(seeded_copy)
    other = import_as("editor_lain", "potensi", _potensi_csv([{**real, "potensi_id": "POT-LAIN"}]),
                      "lain.csv", seeded_copy)  # fmt: skip
    own = import_as("editor_uji", "potensi", _potensi_csv([{**real, "potensi_id": "POT-SENDIRI"}]),
                    "sendiri.csv", seeded_copy)  # fmt: skip
    editor = editor_session("editor_uji")
    with pytest.raises(NotAllowed):
        undo_for(editor, other.record.impor_id, seeded_copy)
    with pytest.raises(NotAllowed):
        undo_for(None, own.record.impor_id, seeded_copy)
    seed_import = history(seeded_copy).impor_id.iloc[-1]
    with pytest.raises(NotAllowed):  # the seed has no owner: only an admin undoes it
        undo_for(editor, seed_import, seeded_copy)
    assert set(read_rows("potensi", seeded_copy).potensi_id) >= {"POT-LAIN", "POT-SENDIRI"}
    undo_for(editor, own.record.impor_id, seeded_copy)
    undo_for(editor_session("admin_uji", "admin"), other.record.impor_id, seeded_copy)
    assert not set(read_rows("potensi", seeded_copy).potensi_id) & {"POT-LAIN", "POT-SENDIRI"}
    undone = audit.entries(seeded_copy)
    undone = undone[undone.aksi == "batal_impor"]
    assert list(undone.pelaku) == ["admin_uji", "editor_uji"]


@pytest.mark.geopackage_only  # GeoPackage stores made before the column existed; PostGIS stores are new
def test_an_old_store_gains_the_oleh_column_and_keeps_its_history(seeded_copy: Path) -> None:
    con = sqlite3.connect(seeded_copy)
    with con:
        con.execute("ALTER TABLE riwayat_impor DROP COLUMN oleh")
    con.close()
    old = history(seeded_copy)
    assert old.oleh.isna().all() and len(old) > 0
    real = _real_potensi(seeded_copy)
    import_file("potensi", _potensi_csv([{**real, "potensi_id": "POT-MIGRASI"}]), "m.csv", seeded_copy,
                actor="os:uji")  # fmt: skip
    now = history(seeded_copy)
    assert list(now.impor_id.iloc[1:]) == list(old.impor_id)
    assert now.oleh.iloc[0] == "os:uji"


def test_the_cli_records_the_os_user_and_needs_ganti_to_replace(
    seeded_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from potensi.cli import main
    from potensi.data.audit import os_actor

    real = _real_potensi(seeded_copy)
    path = tmp_path / "ganti.csv"
    path.write_bytes(_potensi_csv([{**real, "nama": "Nama lewat CLI"}]))
    args = ["data", "import", "potensi", str(path), "--store", str(seeded_copy)]
    assert main(args) != 0
    assert "--ganti" in capsys.readouterr().err
    assert main([*args, "--ganti"]) == 0
    impor_id = history(seeded_copy).impor_id.iloc[0]
    assert history(seeded_copy).oleh.iloc[0] == os_actor()
    assert main(["data", "undo", impor_id, "--store", str(seeded_copy)]) == 0
    logged = audit.entries(seeded_copy)
    assert list(logged.aksi[:2]) == ["batal_impor", "impor"]
    assert set(logged.pelaku[:2]) == {os_actor()}
