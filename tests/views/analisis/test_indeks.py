"""The composite index presenter: a weighted index over the 22 kecamatan, ranked, saved, downloaded."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest

from potensi.core.errors import PotensiError
from potensi.core.store import load_boundaries
from potensi.data import audit
from potensi.data.tables import history, read_rows, undo_import
from potensi.testing.accounts import editor_session
from potensi.views.analisis.indeks import (
    INDEX_KEY,
    complete_indicators,
    indicator_table,
    missing_directions,
    result_xlsx,
    save_as_indikator,
    weighted_index,
)

#: both indicators of these tests, higher is better (chosen explicitly: there is no default)
UP = {"count_potensi": "tinggi", "luas": "tinggi"}


@pytest.fixture()
def seeded(seeded_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PETA_STORE", str(seeded_copy))
    return seeded_copy


def data_of(store: Path) -> dict:
    return {
        layer: read_rows(layer, store) for layer in ("indikator", "potensi", "peluang_investasi", "inovasi")
    }


def test_index_over_22_kecamatan_is_ranked_and_follows_the_weights(seeded: Path) -> None:
    boundaries = load_boundaries(seeded)
    data = data_of(seeded)
    keys = complete_indicators(boundaries.kecamatan, data)
    assert {"luas", "jumlah_desa", "count_potensi"} <= set(keys)
    # population is known for all 22 (SP2010 quick count), so density is complete too
    assert {"kepadatan", "ind:penduduk"} <= set(keys)
    table, example = indicator_table(boundaries.kecamatan, data, ["count_potensi", "luas"], "id")
    only_potensi = weighted_index(table, {"count_potensi": 1, "luas": 0}, UP)
    top = only_potensi.indeks.sort_values("peringkat").kode.iloc[0]
    assert top == table.set_index("kode").count_potensi.idxmax()
    assert only_potensi.indeks.indeks.between(0, 100).all() and len(only_potensi.indeks) == 22
    reversed_area = weighted_index(
        table, {"count_potensi": 0, "luas": 1}, {"count_potensi": "tinggi", "luas": "rendah"}
    )
    smallest = table.set_index("kode").luas.idxmin()
    assert reversed_area.indeks.set_index("kode").peringkat[smallest] == 1
    assert example is False


def test_saved_index_becomes_an_indikator_that_can_be_undone(seeded: Path) -> None:
    boundaries = load_boundaries(seeded)
    table, example = indicator_table(boundaries.kecamatan, data_of(seeded), ["count_potensi", "luas"], "id")
    result = weighted_index(table, {"count_potensi": 2, "luas": 1}, UP)
    report = save_as_indikator(
        result, {"count_potensi": 2, "luas": 1}, example, 2026, seeded, session=editor_session()
    )
    rows = read_rows("indikator", seeded)
    saved = rows[rows.indikator == INDEX_KEY]
    assert len(saved) == 22 and saved.nilai.max() <= 100
    assert "bobot" in saved.sumber.iloc[0]
    assert history(seeded).impor_id.iloc[0] == report.record.impor_id
    # the audit log says who saved which result, as which (undoable) import
    entry = audit.entries(seeded).iloc[0]
    assert (entry.aksi, entry.pelaku) == ("simpan_analisis", "editor_uji")
    assert "indeks komposit" in entry.rincian and report.record.impor_id in entry.rincian
    undo_import(report.record.impor_id, seeded)
    assert (read_rows("indikator", seeded).indikator != INDEX_KEY).all()


def test_download_is_a_workbook_with_index_weights_and_inputs(seeded: Path) -> None:
    boundaries = load_boundaries(seeded)
    table, _ = indicator_table(boundaries.kecamatan, data_of(seeded), ["count_potensi", "luas"], "en")
    result = weighted_index(table, {"count_potensi": 1, "luas": 1}, UP)
    book = openpyxl.load_workbook(io.BytesIO(result_xlsx(result, boundaries.kecamatan, table, "en")))
    assert book.sheetnames == ["indeks", "bobot", "normalisasi", "masukan"]
    assert book["indeks"].max_row == 23


def test_no_direction_is_assumed(seeded: Path) -> None:
    """An indicator without a chosen direction stops the index instead of counting as "higher"."""
    boundaries = load_boundaries(seeded)
    table, _ = indicator_table(boundaries.kecamatan, data_of(seeded), ["count_potensi", "jumlah_desa"], "id")
    chosen = ["count_potensi", "jumlah_desa"]
    assert missing_directions(chosen, {}) == chosen
    assert missing_directions(chosen, {"count_potensi": "tinggi", "jumlah_desa": None}) == ["jumlah_desa"]
    with pytest.raises(PotensiError, match="jumlah_desa"):
        weighted_index(table, {"count_potensi": 1, "jumlah_desa": 1}, {"count_potensi": "tinggi"})
    done = weighted_index(
        table, {"count_potensi": 1, "jumlah_desa": 1}, {"count_potensi": "tinggi", "jumlah_desa": "rendah"}
    )
    assert done.indeks.indeks.notna().all()
