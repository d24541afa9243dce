"""Hostile and broken files for the data importer, and a run that counts what happened.

Every file made here must be refused with an Indonesian message naming the file (and
where it can, the row and column), and must leave the store byte-for-byte as it was.
The files are generated, never stored: zip bombs from runs of zeros packed with
deflate, a lone cell in column XFD, XML nested a hundred thousand deep, cut-off
workbooks, CSVs in broken encodings, NaN and negative counts, duplicate keys,
impossible dates and polygons in Sumatra.

``tests/data/test_hostile.py`` runs it on a copy of the seeded store; a reliability
script prints its figures with ``python scripts/hostile_imports.py STORE``.
"""

from __future__ import annotations

import io
import json
import random
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl

from potensi.core.errors import PotensiError

#: Words of which at least one appears in every refusal: the message is Indonesian.
INDONESIAN_WORDS = ("berkas", "baris", "kolom", "tidak", "bukan", "batas", "ditolak")


@dataclass(frozen=True)
class HostileFile:
    """One generated file: its name (which decides nothing), bytes and target layer."""

    name: str
    content: bytes
    layer: str = "indikator"
    heavy: bool = False  # worth measuring in its own process (bombs, huge sheets)


@dataclass
class HostileReport:
    """What a run did with the files."""

    tried: int = 0
    refused_clearly: int = 0
    store_unchanged: int = 0
    failures: list[str] = field(default_factory=list)
    worst_file: str = ""
    worst_peak_mb: float = 0.0
    worst_seconds: float = 0.0
    slowest_file: str = ""
    slowest_seconds: float = 0.0


# ------------------------------------------------------------------------- valid bases

INDIKATOR_HEADER = ["kode_wilayah", "indikator", "tahun", "nilai", "satuan", "sumber", "catatan", "contoh"]
POTENSI_HEADER = ["potensi_id", "nama", "sektor", "kategori", "kecamatan", "geometri", "sumber", "contoh"]
SOURCE = "https://blitarkab.bps.go.id/"
#: Time stamped on every zip part: the same seed gives the same bytes, run after run.
FIXED_TIME = (2025, 1, 1, 0, 0, 0)


def indikator_rows(count: int = 3) -> list[list[object]]:
    """Rows that import cleanly (the control: a file is refused for what was done to it)."""
    return [
        ["35.05.03", "penduduk_uji", 2019 + i, 1000 + i, "jiwa", SOURCE, "uji", "tidak"] for i in range(count)
    ]


def csv_bytes(header: list[str], rows: list[list[object]], encoding: str = "utf-8", sep: str = ";") -> bytes:
    """A CSV as Excel writes it (``;`` separated, quotes where needed)."""
    lines = []
    for record in [header, *rows]:
        cells = []
        for value in record:
            text = "" if value is None else str(value)
            if any(ch in text for ch in (sep, '"', "\n")):
                text = '"' + text.replace('"', '""') + '"'
            cells.append(text)
        lines.append(sep.join(cells))
    return ("\r\n".join(lines) + "\r\n").encode(encoding)


def xlsx_bytes(header: list[str], rows: list[list[object]]) -> bytes:
    """A workbook written by openpyxl, header on row 1."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Data"
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return _frozen(buffer.getvalue())


def _frozen(content: bytes) -> bytes:
    """The same workbook with fixed times, so one seed always gives the same bytes."""
    source = zipfile.ZipFile(io.BytesIO(content))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2025-01-01T00:00:00Z", data)
            archive.writestr(zipfile.ZipInfo(info.filename, FIXED_TIME), data, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def _replace_part(content: bytes, name: str, data: bytes, level: int = 6) -> bytes:
    """The workbook with one part replaced (or added), deflated at ``level``."""
    source = zipfile.ZipFile(io.BytesIO(content))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        for info in source.infolist():
            if info.filename != name:
                archive.writestr(info, source.read(info.filename))
        archive.writestr(zipfile.ZipInfo(name, FIXED_TIME), data, zipfile.ZIP_DEFLATED, level)
    return buffer.getvalue()


SHEET = "xl/worksheets/sheet1.xml"
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def _sheet(rows_xml: bytes | str, extra: str = "") -> bytes:
    body = rows_xml if isinstance(rows_xml, bytes) else rows_xml.encode()
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet {NS}>{extra}<sheetData>'.encode()
        + body
        + b"</sheetData></worksheet>"
    )


def _inline_row(number: int, values: list[object]) -> str:
    cells = []
    for index, value in enumerate(values):
        ref = f"{openpyxl.utils.get_column_letter(index + 1)}{number}"
        if isinstance(value, int | float):
            cells.append(f'<c r="{ref}"><v>{value}</v></c>')
        else:
            text = str(value).replace("&", "&amp;").replace("<", "&lt;")
            cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>')
    return f'<row r="{number}">{"".join(cells)}</row>'


def _header_xml() -> str:
    return _inline_row(1, INDIKATOR_HEADER)  # type: ignore[arg-type]


def _lie_about_size(content: bytes, name: str, declared: int) -> bytes:
    """Rewrite the zip's recorded unpacked size of ``name`` (local and central headers)."""
    data = bytearray(content)
    encoded = name.encode()
    for signature, size_offset, name_offset in ((b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)):
        start = 0
        while (start := data.find(signature, start)) != -1:
            length = struct.unpack_from("<H", data, start + (26 if signature == b"PK\x03\x04" else 28))[0]
            if bytes(data[start + name_offset : start + name_offset + length]) == encoded:
                struct.pack_into("<I", data, start + size_offset, declared)
            start += 4
    return bytes(data)


# ------------------------------------------------------------------------ generators


def _bombs(rng: random.Random, base: bytes) -> Iterator[HostileFile]:
    """Zip bombs: parts that unpack to far more than any workbook, honest and lying."""
    for megabytes in (80, 200, 1500):
        zeros = b"0" * (megabytes * 1024 * 1024 // 100)  # built in slices: never 1,5 GB in memory
        buffer = io.BytesIO()
        source = zipfile.ZipFile(io.BytesIO(base))
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
            for info in source.infolist():
                if info.filename != "xl/sharedStrings.xml":
                    archive.writestr(info, source.read(info.filename))
            strings = zipfile.ZipInfo("xl/sharedStrings.xml", FIXED_TIME)
            strings.compress_type = zipfile.ZIP_DEFLATED
            with archive.open(strings, "w", force_zip64=True) as part:
                part.write(f"<sst {NS}><si><t>".encode())
                for _ in range(100):
                    part.write(zeros)
                part.write(b"</t></si></sst>")
        yield HostileFile(f"bom_sharedstrings_{megabytes}mb.xlsx", buffer.getvalue(), heavy=True)
    # a part that says it is small but unpacks to 100 MB
    big = _sheet(b"<row/>" * (100 * 1024 * 1024 // 6))
    packed = _replace_part(base, SHEET, big, level=9)
    yield HostileFile("bom_ukuran_palsu.xlsx", _lie_about_size(packed, SHEET, 1000), heavy=True)
    # many parts
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        source = zipfile.ZipFile(io.BytesIO(base))
        for info in source.infolist():
            archive.writestr(info, source.read(info.filename))
        for index in range(1500):
            archive.writestr(zipfile.ZipInfo(f"xl/media/kosong{index}.bin", FIXED_TIME), b"")
    yield HostileFile("bom_banyak_bagian.xlsx", buffer.getvalue())
    # moderate bombs at random sizes and ratios (sheet XML of blank rows, zeros in a cell)
    for index in range(12):
        rows = rng.randint(300_000, 3_000_000)
        xml = _sheet(_header_xml().encode() + b"<row/>" * rows)
        yield HostileFile(f"bom_baris_kosong_{index}.xlsx", _replace_part(base, SHEET, xml, level=9))


def _sheets(rng: random.Random, base: bytes) -> Iterator[HostileFile]:
    """Sheets that cost too much to read: far columns, millions of cells, deep XML, DTD."""
    header = _header_xml()
    for rows in (1_000, 50_000, 200_000):
        xml = header + "".join(f'<row r="{n}"><c r="XFD{n}" s="0"/></row>' for n in range(2, rows + 2))
        yield HostileFile(
            f"xfd_kosong_{rows}.xlsx", _replace_part(base, SHEET, _sheet(xml)), heavy=rows > 10_000
        )
    for rows in (1, 500):
        data = "".join(
            _inline_row(n, indikator_rows(1)[0])[:-6] + f'<c r="XFD{n}"><v>7</v></c></row>'
            for n in range(2, rows + 2)
        )
        yield HostileFile(f"xfd_berisi_{rows}.xlsx", _replace_part(base, SHEET, _sheet(header + data)))
    for count in (700_000, 1_200_000):
        xml = header.encode() + b"<row>" + b"<c/>" * count + b"</row>"
        yield HostileFile(f"sel_kosong_{count}.xlsx", _replace_part(base, SHEET, _sheet(xml)), heavy=True)
    for depth in (10_000, 3_100_000):
        nested = b"<a>" * depth + b"</a>" * depth
        yield HostileFile(
            f"xml_bersarang_{depth}.xlsx",
            _replace_part(base, SHEET, _sheet(header.encode() + nested)),
            heavy=True,
        )
    for depth in (3_100_000,):  # nesting in the shared strings
        nested = f"<sst {NS}><si>".encode() + b"<r>" * depth + b"</r>" * depth + b"</si></sst>"
        yield HostileFile(f"teks_bersarang_{depth}.xlsx", _replace_part(base, "xl/sharedStrings.xml", nested))
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa">'
        + b"".join(
            f'<!ENTITY a{i} "{"&a;" * 10 if i == 1 else f"&a{i - 1};" * 10}">'.encode() for i in range(1, 9)
        )
        + f"]><sst {NS}><si><t>&a8;</t></si></sst>".encode()
    )
    yield HostileFile("entitas_tawa.xlsx", _replace_part(base, "xl/sharedStrings.xml", laughs))
    yield HostileFile(
        "entitas_lembar.xlsx",
        _replace_part(
            base,
            SHEET,
            b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>' + _sheet(header),
        ),
    )
    for index in range(6):  # random wide rows of values beyond column 200
        column = rng.randint(201, 16_384)
        ref = openpyxl.utils.get_column_letter(column)
        xml = header + f'<row r="2"><c r="{ref}2"><v>{rng.randint(1, 9)}</v></c></row>'
        yield HostileFile(f"kolom_jauh_{index}.xlsx", _replace_part(base, SHEET, _sheet(xml)))
    # row numbers going backwards: rows would silently merge
    xml = header + _inline_row(5, indikator_rows(1)[0]) + _inline_row(3, indikator_rows(1)[0])
    yield HostileFile("baris_mundur.xlsx", _replace_part(base, SHEET, _sheet(xml)))


def _broken_xlsx(rng: random.Random, base: bytes) -> Iterator[HostileFile]:
    """Workbooks cut off or damaged anywhere, and other things called .xlsx."""
    for index in range(100):
        cut = rng.randint(1, len(base) - 1)
        yield HostileFile(f"terpotong_{index}.xlsx", base[:cut])
    for index in range(80):
        data = bytearray(base)
        for _ in range(rng.randint(1, 20)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        broken = bytes(data)
        # damage that happens to leave a readable workbook is no test of refusal:
        # make sure it is refused by also removing the data (header only)
        if _readable(broken):
            try:
                broken = _replace_part(broken, SHEET, _sheet(_header_xml()))
            except (
                zipfile.BadZipFile,
                KeyError,
                ValueError,
                OSError,
                EOFError,
                NotImplementedError,
                zlib.error,
            ):
                pass  # damaged in a way zipfile notices on reading: refused as it is
        yield HostileFile(f"rusak_acak_{index}.xlsx", broken)
    yield HostileFile("ods_palsu.xlsx", _zip({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet"}))
    yield HostileFile("docx.xlsx", _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w/>"}))
    yield HostileFile("zip_lain.xlsx", _zip({"readme.txt": b"bukan excel"}))
    yield HostileFile("ole.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    for kind, magic in (("pdf", b"%PDF-1.7\n"), ("png", b"\x89PNG\r\n\x1a\n"), ("gz", b"\x1f\x8b\x08\x00")):
        for extension in ("xlsx", "csv"):
            yield HostileFile(
                f"{kind}_menyamar.{extension}", magic + bytes(rng.randrange(256) for _ in range(300))
            )
    formula = xlsx_bytes(
        INDIKATOR_HEADER, [["35.05.03", "penduduk_uji", 2020, "=1000*2", "jiwa", SOURCE, "", "tidak"]]
    )
    yield HostileFile("rumus.xlsx", formula)
    yield HostileFile(
        "rumus_perintah.xlsx",
        xlsx_bytes(
            INDIKATOR_HEADER,
            [["35.05.03", "penduduk_uji", 2020, '=cmd|"/c calc"!A1', "jiwa", SOURCE, "", "tidak"]],
        ),
    )
    yield HostileFile("judul_saja.xlsx", xlsx_bytes(INDIKATOR_HEADER, []))
    huge = "x" * 40_000
    yield HostileFile(
        "sel_panjang.xlsx",
        _replace_part(
            base,
            SHEET,
            _sheet(
                _header_xml()
                + _inline_row(2, ["35.05.03", "penduduk_uji", 2020, 5, "jiwa", SOURCE, huge, "tidak"])
            ),
        ),
    )
    for value in ("NaN", "INF", "1E+999", "-1E+999"):
        row = ["35.05.03", "penduduk_uji", 2020, 0, "jiwa", SOURCE]
        xml = _header_xml() + _inline_row(2, row).replace("<v>0</v>", f"<v>{value}</v>")
        yield HostileFile(f"angka_{value}.xlsx", _replace_part(base, SHEET, _sheet(xml)))


def _readable(content: bytes) -> bool:
    try:
        zipfile.ZipFile(io.BytesIO(content)).testzip()
        return True
    except Exception:
        return False


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(zipfile.ZipInfo(name, FIXED_TIME), data, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def _csvs(rng: random.Random) -> Iterator[HostileFile]:
    """CSV files: encodings, quotes, cells, numbers, keys, columns."""
    rows = indikator_rows()
    good = csv_bytes(INDIKATOR_HEADER, [[*r[:6], "Catatan “khusus” – Kafé", r[7]] for r in rows])
    for index in range(60):  # cut inside a quoted cell: the quote never closes
        quoted = csv_bytes(
            INDIKATOR_HEADER, [[*r[:6], "catatan; " + "panjang " * rng.randint(1, 30), r[7]] for r in rows]
        )
        start = quoted.index(b'"', quoted.index(b"\n")) + 1
        yield HostileFile(f"csv_terpotong_{index}.csv", quoted[: rng.randint(start + 1, start + 20)])
    for index in range(60):  # UTF-8 with a stray Windows-1252 byte on a random line
        lines = good.split(b"\r\n")
        line = rng.randint(1, len(lines) - 2)
        lines[line] += rng.choice([b"\xe9", b"\x96", b"\xa0", b"\xff"])
        yield HostileFile(f"csv_campur_{index}.csv", b"\r\n".join(lines))
    for index, byte in enumerate((b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d")):
        yield HostileFile(
            f"csv_bita_asing_{index}.csv", csv_bytes(INDIKATOR_HEADER, rows, "cp1252") + byte + b";x\r\n"
        )
    for index, char in enumerate(("\x01", "\x07", "\x1b", "\ufffd", "\x7f")):
        bad = [[*rows[0][:6], f"catatan{char}", "tidak"]]
        yield HostileFile(f"csv_kendali_{index}.csv", csv_bytes(INDIKATOR_HEADER, bad))
    yield HostileFile(
        "csv_utf16_rusak.csv", b"\xff\xfe" + "kode_wilayah;nilai\n".encode("utf-16-le") + b"\x00\xd8"
    )
    yield HostileFile("csv_biner.csv", bytes(rng.randrange(256) for _ in range(2000)))
    yield HostileFile("csv_judul_saja.csv", csv_bytes(INDIKATOR_HEADER, []))
    yield HostileFile("csv_kosong.csv", b"")
    yield HostileFile("csv_spasi.csv", b" \r\n\r\n  \r\n")
    for length in (40_000, 120_000, 2_000_000):
        bad = [[*rows[0][:6], "x" * length, "tidak"]]
        yield HostileFile(f"csv_sel_{length}.csv", csv_bytes(INDIKATOR_HEADER, bad))
    for width in (250, 5_000):
        bad = [[*rows[0], *["isi"] * width]]
        yield HostileFile(
            f"csv_lebar_{width}.csv", csv_bytes([*INDIKATOR_HEADER, *[f"k{i}" for i in range(width)]], bad)
        )
    for index, value in enumerate(
        ("NaN", "nan", "inf", "-inf", "Infinity", "1e999", "1,5E+400", "∞", "1.2.3,4,5")
    ):
        bad = [["35.05.03", "penduduk_uji", 2020, value, "jiwa", SOURCE, "", "tidak"]]
        yield HostileFile(f"csv_angka_{index}.csv", csv_bytes(INDIKATOR_HEADER, bad))
    for index, (key, unit, value) in enumerate(
        [
            ("penduduk", "jiwa", "-5000"),
            ("jumlah_sekolah", "unit", "-1"),
            ("luas_sawah", "ha", "-0,5"),
            ("produksi_padi", "ton", "−12"),
            ("penduduk_laki", "orang", "-1.234"),
            ("fasilitas_pasar", "buah", "-3"),
        ]
    ):
        bad = [["35.05.03", key, 2020, value, unit, SOURCE, "", "tidak"]]
        yield HostileFile(f"csv_negatif_{index}.csv", csv_bytes(INDIKATOR_HEADER, bad))
    for index in range(20):  # duplicate keys, at random positions
        dup = indikator_rows(rng.randint(2, 6))
        dup.insert(rng.randrange(len(dup)), list(dup[rng.randrange(len(dup))]))
        yield HostileFile(f"csv_kunci_ganda_{index}.csv", csv_bytes(INDIKATOR_HEADER, dup))
    for index, year in enumerate(("20x0", "1800", "99999", "2020,5", "", "-2020", "MMXX")):
        bad = [["35.05.03", "penduduk_uji", year, 10, "jiwa", SOURCE, "", "tidak"]]
        yield HostileFile(f"csv_tahun_{index}.csv", csv_bytes(INDIKATOR_HEADER, bad))
    for index, area in enumerate(
        ("35.06.01", "Kota Blitar", "Sumatra", "35.05.99", "'; DROP TABLE indikator;--", "")
    ):
        bad = [[area, "penduduk_uji", 2020, 10, "jiwa", SOURCE, "", "tidak"]]
        yield HostileFile(f"csv_wilayah_{index}.csv", csv_bytes(INDIKATOR_HEADER, bad))
    for index in range(10):  # a row with too few cells: required values missing
        bad = [rows[0][: rng.randint(1, 4)]]
        yield HostileFile(f"csv_pendek_{index}.csv", csv_bytes(INDIKATOR_HEADER, bad))
    yield HostileFile("xlsx_menyamar.csv", xlsx_bytes(INDIKATOR_HEADER, rows))


def _dates(rng: random.Random) -> Iterator[HostileFile]:
    """Potensi rows whose tgl_pembaruan cannot be a date."""
    header = ["potensi_id", "nama", "sektor", "kategori", "kecamatan", "sumber", "tgl_pembaruan"]
    odd = [
        "31/02/2024",
        "2024-13-01",
        "00/00/0000",
        "99999999",
        "32 Agustus 2024",
        "08/17/2024",
        "Minggu, 1 Januari 2024",
        "2024",
        "1-1-24",
        "tomorrow",
        "1899-12-31 25:61",
        "30 Februari 2023",
        "-1",
        "1e10",
        "NaT",
    ]
    for index, value in enumerate(odd):
        row = [f"POT-UJI-{index}", "Uji", "perikanan", "komoditas", "Ponggok", SOURCE, value]
        yield HostileFile(f"csv_tanggal_{index}.csv", csv_bytes(header, [row]), layer="potensi")
    for index in range(20):
        value = f"{rng.randint(32, 99)}/{rng.randint(1, 12):02d}/{rng.randint(1990, 2030)}"
        row = [f"POT-UJI-D{index}", "Uji", "perikanan", "komoditas", "Ponggok", SOURCE, value]
        yield HostileFile(f"csv_tanggal_acak_{index}.csv", csv_bytes(header, [row]), layer="potensi")


def _polygon(lon: float, lat: float, size: float = 0.01) -> dict:
    ring = [[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]
    return {"type": "Polygon", "coordinates": [ring]}


def _geometries(rng: random.Random) -> Iterator[HostileFile]:
    """Potensi rows whose geometri is broken or in the wrong place."""
    bad: list[tuple[str, str]] = [
        ("sumatra", json.dumps(_polygon(101.4, 0.5))),
        ("tertukar", json.dumps(_polygon(-8.1, 112.2))),
        ("nan", '{"type":"Polygon","coordinates":[[[NaN,-8.1],[112.2,-8.1],[112.2,-8.0],[NaN,-8.1]]]}'),
        (
            "inf",
            '{"type":"Polygon","coordinates":[[[Infinity,-8.1],[112.2,-8.1],[112.2,-8.0],[Infinity,-8.1]]]}',
        ),
        ("titik", '{"type":"Point","coordinates":[112.2,-8.1]}'),
        ("kosong", '{"type":"Polygon","coordinates":[]}'),
        ("bukan_json", "POLYGON((112 -8, 112.1 -8, 112.1 -8.1, 112 -8))"),
        ("bersarang", "[" * 100_000 + "]" * 100_000),
        ("bersarang_obj", '{"a":' * 20_000 + "1" + "}" * 20_000),
        ("cincin_terbuka", '{"type":"Polygon","coordinates":[[[112.2,-8.1],[112.3,-8.1]]]}'),
        ("raksasa", json.dumps(_polygon(1e6, 1e6))),
        ("tanpa_tipe", '{"coordinates":[[[112.2,-8.1],[112.3,-8.1],[112.3,-8.0],[112.2,-8.1]]]}'),
        ("kota_blitar", json.dumps(_polygon(112.16, -8.1, 0.005))),
        # inside the kabupaten but in Kecamatan Bakung, far in the south, while tagged Ponggok
        ("kecamatan_lain", json.dumps(_polygon(112.53, -8.27, 0.005))),
    ]
    for index in range(40):
        bad.append((f"acak_{index}", json.dumps(_polygon(rng.uniform(95, 141), rng.uniform(-11, 6), 0.05))))
    for name, geometri in bad:
        row = [f"POT-GEO-{name}", "Kawasan uji", "pariwisata", "wisata", "Ponggok", geometri, SOURCE, "tidak"]
        yield HostileFile(f"geometri_{name}.csv", csv_bytes(POTENSI_HEADER, [row]), layer="potensi")


def generate(seed: int = 20250630) -> Iterator[HostileFile]:
    """Every hostile file, reproducibly (same seed, same bytes)."""
    rng = random.Random(seed)
    base = xlsx_bytes(INDIKATOR_HEADER, indikator_rows())
    yield from _bombs(rng, base)
    yield from _sheets(rng, base)
    yield from _broken_xlsx(rng, base)
    yield from _csvs(rng)
    yield from _dates(rng)
    yield from _geometries(rng)


# ------------------------------------------------------------------------------ run


def clear_refusal(error: BaseException, name: str) -> bool:
    """A PotensiError naming the file, in Indonesian, without a traceback or repr."""
    text = str(error)
    return (
        isinstance(error, PotensiError)
        and name in text
        and any(word in text.lower() for word in INDONESIAN_WORDS)
        and "Traceback" not in text
    )


def _sha(path: Path) -> str:
    from potensi.testing.stores import content_digest

    return content_digest(path)


def run(store: Path, files: list[HostileFile] | None = None, measure: bool = False) -> HostileReport:
    """Import each file into ``store`` (a copy: an accepted file would change it).

    Counts files tried, refused with a clear message, and store unchanged (sha256
    before/after each). With ``measure`` the heavy files are imported again, each in
    its own process, for peak memory (VmHWM of the whole process, interpreter and
    libraries included) and wall time of the worst one.
    """
    from potensi.data.importer import import_file

    files = list(generate()) if files is None else files
    report = HostileReport()
    before = _sha(store)
    for item in files:
        report.tried += 1
        started = time.perf_counter()
        try:
            import_file(item.layer, item.content, filename=item.name, store=store)
        except Exception as error:  # noqa: BLE001 - counting is the point
            if clear_refusal(error, item.name):
                report.refused_clearly += 1
            else:
                report.failures.append(f"{item.name}: {type(error).__name__}: {str(error)[:300]}")
        else:
            report.failures.append(f"{item.name}: diterima")
        seconds = time.perf_counter() - started
        if seconds > report.slowest_seconds:
            report.slowest_file, report.slowest_seconds = item.name, seconds
        after = _sha(store)
        if after == before:
            report.store_unchanged += 1
        else:
            report.failures.append(f"{item.name}: store berubah")
            before = after
    if measure:
        for item in files:
            if item.heavy:
                peak, seconds = measure_file(store, item)
                if peak > report.worst_peak_mb:
                    report.worst_file, report.worst_peak_mb = item.name, peak
                report.worst_seconds = max(report.worst_seconds, seconds)
    return report


_CHILD = """
import sys, time
from pathlib import Path
from potensi.data.importer import import_file


def high_water_mb():
    # VmHWM starts afresh with the new program; ru_maxrss would carry the parent's peak over
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


content = Path(sys.argv[3]).read_bytes()
started = time.perf_counter()
try:
    import_file(sys.argv[1], content, filename=Path(sys.argv[3]).name, store=Path(sys.argv[2]))
except Exception:
    pass
print(high_water_mb(), time.perf_counter() - started)
"""


def measure_file(store: Path, item: HostileFile) -> tuple[float, float]:
    """(peak MB of the whole process, seconds of the import) in a fresh interpreter."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / item.name
        path.write_bytes(item.content)
        copy = Path(folder) / "peta.gpkg"
        shutil.copyfile(store, copy)
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, item.layer, str(copy), str(path)],
            capture_output=True,
            text=True,
            check=True,
        )
    peak, seconds = (float(x) for x in re.split(r"\s+", done.stdout.strip()))
    return peak, seconds
