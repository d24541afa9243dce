"""Importing the data layers from real, messy official files — and refusing them safely."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from potensi.core.config import REPO_ROOT
from potensi.core.errors import PotensiError
from potensi.core.store import load_layer
from potensi.data.export import export_layer
from potensi.data.importer import import_file
from potensi.data.problems import ValidationFailed
from potensi.data.schema import INOVASI, TABLES
from potensi.data.tables import ReplaceRefused, history, read_rows, undo_import
from potensi.data.templates import write_template
from potensi.testing import stores


def sha(path: Path) -> str:
    return stores.content_digest(path)


@pytest.fixture()
def store(blitar_store: Path, tmp_path: Path) -> Path:
    """A private copy of the Blitar store with two OPD registered."""
    target = stores.clone_store(blitar_store, tmp_path)
    opd = tmp_path / "opd.csv"
    opd.write_text(
        "kode_opd,nama_opd,singkatan,jenis,aktif,sumber,contoh\n"
        "DISPENDUKCAPIL,Dinas Kependudukan dan Pencatatan Sipil,Dispendukcapil,dinas,ya,"
        "https://blitarkab.go.id,tidak\n"
        "DINKES,Dinas Kesehatan,Dinkes,dinas,ya,https://blitarkab.go.id,tidak\n",
        encoding="utf-8",
    )
    import_file("opd", opd, store=target)
    return target


def point_in(store: Path, kecamatan: str) -> tuple[float, float]:
    """(lat, lon) of a point inside the named kecamatan, from the real boundary."""
    kec = load_layer("kecamatan", store)
    point = kec[kec.nama == kecamatan].geometry.iloc[0].representative_point()
    return round(point.y, 6), round(point.x, 6)


def official_inovasi_xlsx(path: Path, rows: list[list[object]], formula_row: int | None = None) -> Path:
    """An XLSX the way an official makes one: title rows merged above the header."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Inovasi 2025"
    sheet["A1"] = "DATA INOVASI DAERAH KABUPATEN BLITAR TAHUN 2025"
    sheet.merge_cells("A1:J1")
    sheet["A2"] = "Bappeda Litbang — rekap per OPD"
    sheet.merge_cells("A2:J2")
    header = [
        "Inovasi ID*",
        "Tahun Pelaporan*",
        "Nama Inovasi*",
        "Kode OPD*",
        "Bentuk*",
        "Tahapan*",
        "Kecamatan",
        "Lat",
        "Lon",
        "Anggaran (Rp)",
        "Tgl Uji Coba",
        "Tgl Penerapan",
        "Sumber*",
    ]
    sheet.append([])
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    if formula_row is not None:
        sheet.cell(row=formula_row, column=10, value="=1000*2")
    book.save(path)
    return path


def good_row(ident: str, name: str, **over: object) -> list[object]:
    import datetime as dt

    values = {
        "id": ident,
        "tahun": 2025,
        "nama": name,
        "opd": "Dispendukcapil",
        "bentuk": "pelayanan publik",
        "tahapan": "penerapan",
        "kec": None,
        "lat": None,
        "lon": None,
        "anggaran": "1.250.000,50",
        "uji": dt.datetime(2024, 5, 1),
        "terap": dt.datetime(2025, 1, 6),
        "sumber": "https://blitarkab.go.id/berita",
    }
    values.update(over)
    return list(values.values())


def test_messy_xlsx_is_refused_with_every_problem_and_changes_nothing(store: Path, tmp_path: Path) -> None:
    talun = point_in(store, "Talun")
    path = official_inovasi_xlsx(
        tmp_path / "inovasi_opd.xlsx",
        [
            good_row("INV-2025-0001", "Si Jaran Ijo"),  # row 5: fine
            good_row("INV-2025-0002", "Layanan Desa", kec="Srenggat"),  # row 6: misspelt
            good_row(
                "INV-2025-0003", "Posyandu Digital", kec="Srengat", lat=talun[0], lon=talun[1]
            ),  # row 7: wrong kec.
            good_row("INV-2025-0004", None),  # row 8: empty name
            good_row("INV-2025-0001", "Duplikat"),  # row 9: duplicate id
            good_row("INV-2025-0006", "Rumus"),  # row 10: formula
        ],
        formula_row=10,
    )
    before = sha(store)
    with pytest.raises(ValidationFailed) as refused:
        import_file("inovasi", path, store=store)
    problems = {(p.row, p.column): str(p) for p in refused.value.problems if p.severity == "error"}
    assert "Srengat" in problems[(6, "Kecamatan")]  # suggestion, not a guess
    assert "Kecamatan Talun, bukan Kecamatan Srengat" in problems[(7, "Kecamatan")]
    assert "wajib diisi" in problems[(8, "Nama Inovasi*")]
    assert any(r == 9 and "sama dengan baris lain" in t for (r, _c), t in problems.items())
    assert "rumus" in problems[(10, "Anggaran (Rp)")]
    assert (5, "Nama Inovasi*") not in problems
    assert sha(store) == before
    assert read_rows("inovasi", store).empty


def test_good_xlsx_is_added_and_can_be_undone(store: Path, tmp_path: Path) -> None:
    srengat = point_in(store, "Srengat")
    path = official_inovasi_xlsx(
        tmp_path / "inovasi_baik.xlsx",
        [
            good_row("INV-2025-0001", "Si Jaran Ijo"),
            good_row(
                "INV-2025-0002",
                "Posyandu Digital",
                opd="Dinas Kesehatan",
                kec="Kec. Srengat",
                lat=srengat[0],
                lon=srengat[1],
            ),
        ],
    )
    report = import_file("inovasi", path, store=store)
    rows = read_rows("inovasi", store).set_index("inovasi_id")
    assert report.record.baris_baru == 2
    assert rows.loc["INV-2025-0002", "kecamatan"] == "35.05.03"
    assert rows.loc["INV-2025-0002", "kode_opd"] == "DINKES"
    assert rows.loc["INV-2025-0001", "anggaran_rp"] == pytest.approx(1250000.5)
    assert rows.loc["INV-2025-0001", "tgl_penerapan"] == "2025-01-06"
    assert rows.loc["INV-2025-0001", "bentuk"] == "pelayanan_publik"
    assert history(store).impor_id.iloc[0] == report.record.impor_id
    undo_import(report.record.impor_id, store)
    assert read_rows("inovasi", store).empty
    assert history(store).dibatalkan.iloc[0] is not None


def test_correction_replaces_rows_and_undo_restores_them_in_order(store: Path, tmp_path: Path) -> None:
    first = import_file(
        "inovasi",
        official_inovasi_xlsx(tmp_path / "a.xlsx", [good_row("INV-2025-0001", "Nama lama")]),
        store=store,
    )
    correction = official_inovasi_xlsx(tmp_path / "b.xlsx", [good_row("INV-2025-0001", "Nama baru")])
    with pytest.raises(ReplaceRefused, match="INV-2025-0001"):  # never a silent overwrite
        import_file("inovasi", correction, store=store)
    assert read_rows("inovasi", store).nama_inovasi.tolist() == ["Nama lama"]
    second = import_file("inovasi", correction, store=store, replace=True)
    assert second.record.baris_diganti == 1
    assert read_rows("inovasi", store).nama_inovasi.tolist() == ["Nama baru"]
    with pytest.raises(PotensiError, match="Batalkan impor yang lebih baru"):
        undo_import(first.record.impor_id, store)
    undo_import(second.record.impor_id, store)
    assert read_rows("inovasi", store).nama_inovasi.tolist() == ["Nama lama"]


def test_invalid_date_order_is_refused(store: Path, tmp_path: Path) -> None:
    import datetime as dt

    path = official_inovasi_xlsx(
        tmp_path / "tanggal.xlsx",
        [good_row("INV-2025-0001", "Terbalik", uji=dt.datetime(2025, 3, 1), terap="01/02/2025")],
    )
    with pytest.raises(ValidationFailed, match="sebelum uji coba"):
        import_file("inovasi", path, store=store)


def test_semicolon_cp1252_csv_with_indonesian_numbers(store: Path, tmp_path: Path) -> None:
    lat, lon = point_in(store, "Nglegok")
    text = (
        "potensi_id;nama;sektor;kategori;kecamatan;desa;deskripsi;lat;lon;sumber;contoh\n"
        f"POT-9001;Sentra koi – Penataran;perikanan;komoditas;Nglegok;Penataran;"
        f"Produksi 222,4 juta ekor (2021), café tepi kolam;{lat};{lon};https://example.go.id;tidak\n"
        "POT-9002;Kawasan kakao;perkebunan;komoditas;Kecamatan Gandusari;;Luas 3.537,5 ha;;;"
        "https://example.go.id;tidak\n"
    )
    path = tmp_path / "potensi_windows.csv"
    path.write_bytes(text.encode("cp1252"))
    import_file("potensi", path, store=store)
    rows = read_rows("potensi", store).set_index("potensi_id")
    assert rows.loc["POT-9001", "nama"] == "Sentra koi – Penataran"
    assert rows.loc["POT-9001", "desa"] == "35.05.09.2007"
    assert "café" in rows.loc["POT-9001", "deskripsi"]
    assert rows.loc["POT-9002", "kecamatan"] == "35.05.15"


def test_huge_file_is_refused_before_reading(store: Path, tmp_path: Path) -> None:
    path = tmp_path / "besar.csv"
    with path.open("w", encoding="utf-8") as out:
        out.write("kode_wilayah,indikator,tahun,nilai,satuan,sumber\n")
        line = "35.05.03,penduduk,2020,1,jiwa,https://example.go.id\n"
        out.write(line * (10 * 1024 * 1024 // len(line) + 10))
    before = sha(store)
    with pytest.raises(ValidationFailed, match="terlalu besar"):
        import_file("indikator", path, store=store)
    assert sha(store) == before


def test_export_is_safe_against_formula_injection_and_reimports(store: Path, tmp_path: Path) -> None:
    csv_in = tmp_path / "in.csv"
    csv_in.write_text(
        "kode_wilayah,indikator,tahun,nilai,satuan,sumber,catatan\n"
        'Srengat,penduduk,2020,"64.905",jiwa,https://example.go.id,"=HYPERLINK(""http://x"")"\n'
        'Kabupaten Blitar,luas_wilayah,2020,"1.588,79",km²,https://example.go.id,@SUM(1)\n',
        encoding="utf-8",
    )
    import_file("indikator", csv_in, store=store)
    out = export_layer("indikator", tmp_path / "out.csv", store)
    cells = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig")), delimiter=";"))
    flat = [c for row in cells for c in row]
    assert '\'=HYPERLINK("http://x")' in flat and "'@SUM(1)" in flat
    assert not any(c.startswith(("=", "@", "+")) for c in flat)
    xlsx = export_layer("indikator", tmp_path / "out.xlsx", store)
    values = [c.value for row in openpyxl.load_workbook(xlsx).active.iter_rows() for c in row]
    assert "'@SUM(1)" in values
    geo = export_layer("indikator", tmp_path / "out.geojson", store)
    import json

    features = json.loads(geo.read_text(encoding="utf-8"))["features"]
    drawn = [f for f in features if f["properties"]["tingkat"] == "kecamatan"]
    assert len(drawn) == 22 and {f["geometry"]["type"] for f in drawn} <= {"Polygon", "MultiPolygon"}
    srengat = next(f["properties"] for f in drawn if f["properties"]["nama"] == "Srengat")
    assert srengat["penduduk_2020"] == 64905
    # the exported file goes back in unchanged
    before = read_rows("indikator", store).drop(columns="_impor_id")
    import_file("indikator", out, store=store, replace=True)
    after = read_rows("indikator", store).drop(columns="_impor_id")
    pd.testing.assert_frame_equal(before.reset_index(drop=True), after.reset_index(drop=True))


def test_template_has_dropdowns_and_its_example_row_imports(store: Path, tmp_path: Path) -> None:
    names = sorted(load_layer("kecamatan", store).nama)
    path = write_template("inovasi", tmp_path / "templat_inovasi.xlsx", names)
    book = openpyxl.load_workbook(path)
    sheet = book["Data"]
    headers = [c.value for c in sheet[1]]
    assert headers[0] == "inovasi_id*" and len(headers) == len(INOVASI.columns)
    validations = {str(v.sqref).split(":")[0][:-1]: v.formula1 for v in sheet.data_validations.dataValidation}
    tahapan_col = openpyxl.utils.get_column_letter(headers.index("tahapan*") + 1)
    assert tahapan_col in validations
    options = [c.value for c in book["Pilihan"][tahapan_col] if c.value]
    assert options == ["inisiatif", "uji_coba", "penerapan"]
    assert "Petunjuk" in book.sheetnames
    report = import_file("inovasi", path, store=store)
    row = read_rows("inovasi", store).iloc[0]
    assert report.record.baris_baru == 1 and bool(row.contoh) is True


def test_cli_prints_row_and_column_and_exits_2(store: Path, tmp_path: Path) -> None:
    path = official_inovasi_xlsx(tmp_path / "rusak.xlsx", [good_row("INV-2025-0001", "X", kec="Srenggat")])
    before = sha(store)
    done = subprocess.run(
        [sys.executable, "-m", "potensi", "data", "import", "inovasi", str(path), "--store", str(store)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert "baris 5, kolom 'Kecamatan'" in done.stderr and "Srengat" in done.stderr
    assert sha(store) == before


def test_layer_docs_are_generated_from_the_schema() -> None:
    from potensi.data.docs import layers_markdown

    assert (REPO_ROOT / "docs" / "layers.md").read_text(encoding="utf-8") == layers_markdown()
    for table in TABLES.values():
        assert f"## `{table.name}`" in layers_markdown()
