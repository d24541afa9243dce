"""What the Kelola Data page computes, on the real seeded Blitar store: problems by row
and column with the suggestion, replacements old → new in words, the history with who
and sha256, and which imports a session may undo; a GeoJSON export comes back as a
replacement of the same rows with nothing changed.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from potensi.data.export import export_layer
from potensi.data.importer import import_as
from potensi.data.tables import IMPORT_COLUMN, read_rows
from potensi.testing.accounts import editor_session
from potensi.views import kelola


def _csv(rows: list[dict]) -> bytes:
    return pd.DataFrame(rows).to_csv(index=False, sep=";").encode("utf-8")


def _real(store: Path, layer: str = "potensi") -> dict:
    rows = read_rows(layer, store)
    row = rows[~rows.contoh.astype(bool)].iloc[0].drop(IMPORT_COLUMN).to_dict()
    return {k: ("" if v is None or (isinstance(v, float) and pd.isna(v)) else v) for k, v in row.items()}


def test_problems_are_listed_by_row_and_column_with_the_suggestion(seeded_store: Path) -> None:
    real = _real(seeded_store)
    found = kelola.preview(
        "potensi", _csv([{**real, "kecamatan": "Kanigroro", "desa": ""}]), "p.csv", seeded_store
    )
    assert not found.ok
    table = kelola.problem_rows(found, "en")
    assert list(table.columns) == ["Row", "Column", "Problem", "Suggestion"]
    row = table[table.Column == "kecamatan"].iloc[0]
    assert row.Row == "2" and "Kanigoro" in row.Suggestion + row.Problem


def test_replacements_are_shown_old_to_new_in_words(seeded_store: Path) -> None:
    opd = _real(seeded_store, "opd")
    found = kelola.preview(
        "opd", _csv([{**opd, "aktif": "tidak" if opd["aktif"] else "ya"}]), "o.csv", seeded_store
    )
    assert found.ok, [str(p) for p in found.errors]
    table = kelola.replacement_rows(found, "id")
    assert table.to_dict(orient="records") == [
        {
            "Kunci": opd["kode_opd"],
            "Kolom": "aktif",
            "Nilai lama": "ya" if opd["aktif"] else "tidak",
            "Nilai baru": "tidak" if opd["aktif"] else "ya",
        }
    ]
    assert "0 baris baru, 1 baris mengganti" in kelola.summary(found, "id")


def test_the_history_says_who_and_each_session_may_undo_its_own(seeded_copy: Path) -> None:
    real = _real(seeded_copy)
    own = import_as("editor_uji", "potensi", _csv([{**real, "potensi_id": "POT-V-1"}]), "a.csv", seeded_copy)
    other = import_as(
        "editor_lain", "potensi", _csv([{**real, "potensi_id": "POT-V-2"}]), "b.csv", seeded_copy
    )
    shown = kelola.history_rows("en", seeded_copy)
    assert list(shown.columns[:6]) == ["Time (UTC)", "By", "Layer", "File", "SHA-256", "Rows added"]
    assert shown.iloc[0]["By"] == "editor_lain" and shown.iloc[1]["By"] == "editor_uji"
    assert len(shown.iloc[0]["SHA-256"]) == 64
    assert kelola.undoable(editor_session("editor_uji"), seeded_copy) == [own.record.impor_id]
    admin = kelola.undoable(editor_session("admin_uji", "admin"), seeded_copy)
    assert admin[:2] == [other.record.impor_id, own.record.impor_id] and len(admin) > 2
    assert kelola.undoable(None, seeded_copy) == []


def test_a_geojson_export_comes_back_as_the_same_rows(seeded_store: Path, tmp_path: Path) -> None:
    path = export_layer("potensi", tmp_path / "potensi.geojson", seeded_store)
    found = kelola.preview("potensi", path.read_bytes(), path.name, seeded_store)
    assert found.ok, [str(p) for p in found.errors][:5]
    assert len(found.added) == 0
    assert len(found.replacements) == len(read_rows("potensi", seeded_store))
    changed = [r for r in found.replacements if r.changes]
    assert changed == [], changed[:3]


def test_the_public_data_page_never_shows_who_imported(seeded_copy: Path) -> None:
    from potensi.views.data import history_rows

    real = _real(seeded_copy)
    import_as("editor_rahasia", "potensi", _csv([{**real, "potensi_id": "POT-V-3"}]), "c.csv", seeded_copy)
    public = history_rows("id", seeded_copy)
    assert "oleh" not in public.columns
    assert "editor_rahasia" not in public.astype(str).to_string()


def test_rows_to_add_name_their_kecamatan_and_desa(seeded_store: Path) -> None:
    """An official checks "Kanigoro", not "35.05.10": codes are shown with their names."""
    rows = read_rows("potensi", seeded_store)
    real = rows[rows.kecamatan.notna() & rows.desa.notna()].iloc[0].drop(IMPORT_COLUMN).to_dict()
    real = {k: ("" if v is None or (isinstance(v, float) and pd.isna(v)) else v) for k, v in real.items()}
    found = kelola.preview("potensi", _csv([{**real, "potensi_id": "POT-NAMA-1"}]), "p.csv", seeded_store)
    assert found.ok, [str(p) for p in found.errors]
    names = kelola.wilayah_names(seeded_store)
    row = kelola.added_rows(found, "id", names).iloc[0]
    code = found.added.iloc[0]["kecamatan"]
    assert row["kecamatan"] == f"{names[code]} ({code})"
    assert names[found.added.iloc[0]["desa"]] in row["desa"]


BPS_TABLE = Path(__file__).resolve().parents[1] / "fixtures" / "bps" / "penduduk_sp2010_total_beda.xlsx"


def test_a_bps_table_is_previewed_as_understood_and_saved_through_the_one_importer(seeded_copy: Path) -> None:
    """Kelola Data's *Tabel BPS*: kecamatan × year as read, what was skipped and why, the
    importer's own dry run, and *Simpan* as the signed-in editor (history, undo)."""
    options = kelola.bps_options("penduduk_bps_uji")
    content = BPS_TABLE.read_bytes()
    table, found, reader = kelola.bps_preview(content, BPS_TABLE.name, options, seeded_copy)
    assert table is not None and found.ok and len(found.added) == 22
    matrix = kelola.bps_matrix_rows(table, "id")
    assert list(matrix.columns) == ["Kode Kemendagri", "Kecamatan", "2010"]
    assert matrix.iloc[0].tolist() == ["35.05.05", "Bakung", 25019.0]  # BPS order: Bakung first
    skipped = kelola.bps_skipped_rows(table, "id")
    assert "baris total kabupaten: dipakai untuk cek jumlah" in set(skipped["Alasan"])
    assert "baris sumber" in set(skipped["Alasan"])
    warnings = kelola.problem_rows(found, "id", "warning")
    assert warnings["Masalah"].str.contains("baris total tabel = 1.116.639").any()
    assert "22 kecamatan, tahun 2010; satuan jiwa" in kelola.bps_summary(table, "id")
    report = kelola.save(editor_session(), found, content, seeded_copy, reader=reader)
    assert report.record.baris_baru == 22 and report.record.oleh == "editor_uji"
    rows = read_rows("indikator", seeded_copy)
    assert len(rows[rows.indikator == "penduduk_bps_uji"]) == 22
    kelola.undo(editor_session(), report.record.impor_id, seeded_copy)
    assert (read_rows("indikator", seeded_copy).indikator == "penduduk_bps_uji").sum() == 0


def test_a_bps_table_that_cannot_be_read_is_refused_in_indonesian(seeded_copy: Path) -> None:
    table, found, _ = kelola.bps_preview(
        b"Judul;Isi\nDesa Sumberdiren;5\n", "bukan.csv", kelola.bps_options("penduduk"), seeded_copy
    )
    assert table is None and not found.ok
    assert "Tidak ditemukan nama kecamatan" in kelola.problem_rows(found, "id")["Masalah"].iloc[0]


SEKTOR = Path(__file__).resolve().parents[1] / "fixtures" / "sektor"


def test_a_bps_pdrb_table_is_previewed_and_replaces_the_example_rows(seeded_copy: Path) -> None:
    """*Tabel BPS* → PDRB: categories × years as read (sub-rows and the PDRB row skipped),
    the importer's dry run listing the 85 example rows it replaces, *Simpan* as the editor."""
    content = (SEKTOR / "pdrb_adhk_kabupaten.xlsx").read_bytes()
    table, found, reader = kelola.sector_preview(content, "pdrb.xlsx", "pdrb", store=seeded_copy)
    assert table is not None and found.ok and len(found.replacements) == 85
    line, matrix, skipped = kelola.understood(table, "id", seeded_copy)
    assert line.startswith("PDRB ADHK Kabupaten Blitar (35.05): 17 lapangan usaha, tahun 2019, 2020")
    assert list(matrix.columns[:3]) == ["Kategori", "Lapangan usaha", "2019"]
    assert matrix.iloc[12, :2].tolist() == ["MN", "Jasa Perusahaan"]
    assert "sub-kategori: termasuk di kategorinya" in set(skipped["Alasan"])
    line_en = kelola.understood(table, "en", seeded_copy)[0]
    assert line_en.startswith("GRDP ADHK Blitar Regency (35.05): 17 industries")
    report = kelola.save(editor_session(), found, content, seeded_copy, confirmed=True, reader=reader)
    assert report.record.baris_diganti == 85
    rows = read_rows("indikator", seeded_copy)
    assert not rows[rows.indikator == "pdrb_adhk_a"].query("kode_wilayah == '35.05'").contoh.any()


def test_a_bps_production_table_is_previewed_by_kecamatan_and_commodity(seeded_copy: Path) -> None:
    content = (SEKTOR / "produksi_tanaman_pangan.csv").read_bytes()
    table, found, _ = kelola.sector_preview(content, "produksi.csv", "produksi", store=seeded_copy)
    assert table is not None and found.ok and len(found.added) == 22 * 3 - 1  # Gandusari's kedelai is '…'
    line, matrix, _ = kelola.understood(table, "id", seeded_copy)
    assert "22 kecamatan, komoditas padi, jagung, kedelai, tahun 2023; satuan ton" in line
    assert matrix.iloc[0][["Kecamatan", "padi"]].tolist() == ["Bakung", 9500.0]
