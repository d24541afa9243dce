"""Excel templates an official fills in: headers, dropdowns, an example row, a guide.

Dropdowns (Excel data validation) stop most typos before the file reaches us;
long option lists live on a hidden sheet because Excel limits an inline list to
255 characters.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from potensi.data.schema import Column, Table, get_table

DATA_SHEET = "Data"
GUIDE_SHEET = "Petunjuk"
LISTS_SHEET = "Pilihan"
TEMPLATE_ROWS = 2000
KIND_LABEL = {
    "text": "teks",
    "int": "bilangan bulat",
    "number": "angka (1.234,5)",
    "date": "tanggal",
    "bool": "ya/tidak",
    "enum": "pilihan",
    "enum_list": "pilihan; pilihan",
    "text_list": "teks; teks",
    "url": "tautan https://",
    "url_list": "tautan; tautan",
    "wilayah": "kode/nama wilayah",
    "kecamatan": "nama/kode kecamatan",
    "desa": "nama/kode desa",
    "opd": "kode/nama OPD",
    "lat": "lintang desimal",
    "lon": "bujur desimal",
    "geojson": "GeoJSON",
}


def _header(column: Column) -> str:
    return f"{column.name}*" if column.required else column.name


def _options(column: Column, kecamatan_names: list[str]) -> list[str]:
    if column.kind in ("enum",):
        return list(column.allowed)
    if column.kind == "bool":
        return ["ya", "tidak"]
    if column.kind == "kecamatan" and kecamatan_names:
        return kecamatan_names
    return []


def write_template(layer: str, path: Path, kecamatan_names: list[str] | None = None) -> Path:
    """Write the XLSX template of ``layer`` (kecamatan dropdown when names are given)."""
    table: Table = get_table(layer)
    book = Workbook()
    sheet = book.active
    sheet.title = DATA_SHEET
    lists = book.create_sheet(LISTS_SHEET)
    lists.sheet_state = "hidden"
    bold = Font(bold=True)
    required_fill = PatternFill("solid", fgColor="FFF2CC")
    for index, column in enumerate(table.columns, start=1):
        cell = sheet.cell(row=1, column=index, value=_header(column))
        cell.font = bold
        if column.required:
            cell.fill = required_fill
        example = column.example
        if column.name == "contoh":
            example = "ya"
        elif column.name == "sumber":
            example = "CONTOH — ganti dengan sumber data Anda"
        sheet.cell(row=2, column=index, value=example)
        sheet.column_dimensions[get_column_letter(index)].width = max(14, min(40, len(column.name) + 6))
        options = _options(column, kecamatan_names or [])
        if options:
            for row, option in enumerate(options, start=1):
                lists.cell(row=row, column=index, value=option)
            letter = get_column_letter(index)
            rule = DataValidation(
                type="list",
                formula1=f"={LISTS_SHEET}!${letter}$1:${letter}${len(options)}",
                allow_blank=not column.required,
                showErrorMessage=True,
                errorTitle="Pilihan tidak sah",
                error=f"Pilih salah satu nilai {column.name} dari daftar.",
            )
            rule.add(f"{letter}2:{letter}{TEMPLATE_ROWS}")
            sheet.add_data_validation(rule)
    sheet.freeze_panes = "A2"

    guide = book.create_sheet(GUIDE_SHEET)
    guide.append([f"Templat lapisan {table.name}: {table.id}"])
    guide["A1"].font = Font(bold=True, size=13)
    guide.append(
        [
            "Isi lembar 'Data' mulai baris 2 (baris 2 adalah contoh: hapus atau ganti). "
            "Kolom bertanda * wajib. Angka boleh bergaya Indonesia (1.234,5); koordinat "
            "memakai titik desimal. Setiap baris harus punya sumber; tandai data contoh "
            "dengan contoh = ya."
        ]
    )
    guide.append([])
    guide.append(["kolom", "wajib", "tipe", "pilihan", "arti", "meaning"])
    for cell in guide[4]:
        cell.font = bold
    for column in table.columns:
        guide.append(
            [
                column.name,
                "ya" if column.required else "",
                KIND_LABEL[column.kind],
                ", ".join(column.allowed),
                column.id,
                column.en,
            ]
        )
    for rule in table.extra_rules:
        guide.append(["aturan", "", "", "", rule, ""])
    for letter, width in zip("ABCDEF", (22, 7, 18, 40, 60, 50), strict=True):
        guide.column_dimensions[letter].width = width
    for row in guide.iter_rows(min_row=5):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path
