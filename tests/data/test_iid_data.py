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
from potensi.data.importer import import_as, import_for, undo_for
from potensi.data.schema import IID_TABLES, TABLES
from potensi.data.tables import IMPORT_COLUMN, history, read_rows
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
    with pytest.raises(NotAllowed) as refused:
        undo_for(editor_session("editor_uji"), own.record.impor_id, seeded_copy)
    assert "admin" in str(refused.value)
    assert history(seeded_copy).dibatalkan.iloc[0] is None or pd.isna(history(seeded_copy).dibatalkan.iloc[0])


def test_an_editor_still_writes_the_self_assessment_and_plans() -> None:
    editor_layers = [name for name in IID_TABLES if TABLES[name].writer_role == "editor"]
    assert editor_layers == ["inovasi_indikator", "iid_spd", "iid_rencana"]
