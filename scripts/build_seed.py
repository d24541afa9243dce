#!/usr/bin/env python3
"""Build the project's seed tables (``data/seed/*.csv``) from the reference facts.

Why a script and not hand-written CSVs: every number in the seed must be traceable
to the reference row (and so to the public page) it came from, and the choices made
on the way — which URL supports which column, how a free-text sector becomes one of
the schema's sectors, which year an undated innovation is filed under — must be
readable and repeatable. This file *is* that record. Run it again after the
reference changes and the seed follows; run it twice and the bytes are the same.

Inputs (read-only, default ``../shared/reference`` beside the repository):
``kecamatan_stats.csv``, ``potensi_facts.csv``, ``inovasi_facts.csv`` and
``BLITAR_FACTS.md`` (regency totals and their source URLs).

Outputs: ``data/seed/{opd,inovasi,indikator,potensi,peluang_investasi}.csv`` —
UTF-8, comma-separated, header = ``TABLES[name].names``, plain machine values
(``.`` decimals, ISO dates, ``ya``/``tidak``, lists joined with ``; ``).

The descriptions are the project's own short texts (the reference's sentences are
notes, not copy); facts and figures are kept with their sources.

Usage::

    python scripts/build_seed.py                      # default reference folder
    python scripts/build_seed.py /path/to/reference --out data/seed
    python scripts/build_seed.py --check-store geodata/peta.gpkg   # also verify names/points

``--check-store`` needs a boundary store (``python -m potensi geodata build``); it
checks every kecamatan and desa name against the official names there and every
lat/lon against the polygon of its stated kecamatan, and fails on any mismatch.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from collections.abc import Iterable
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:  # runnable as `python scripts/build_seed.py`
    sys.path.insert(0, str(REPO_ROOT))

from potensi.data.schema import (  # noqa: E402  (path set up above)
    BENTUK_INOVASI,
    JENIS_INOVASI,
    JENIS_OPD,
    KATEGORI_POTENSI,
    SEKTOR_POTENSI,
    SEKTOR_PRIORITAS,
    STATUS_LAHAN,
    TABLES,
    TAHAPAN_INOVASI,
    TINGKAT_KESIAPAN,
)

Row = dict[str, str]

DEFAULT_REFERENCE = REPO_ROOT.parent / "shared" / "reference"
DEFAULT_OUT = REPO_ROOT / "data" / "seed"
KAB_CODE = "35.05"
TIDAK, YA = "tidak", "ya"

# --------------------------------------------------------------------------- helpers


def read_reference_csv(path: Path) -> list[Row]:
    """Rows of a reference CSV as stripped text; a missing file stops the build.

    Everything stays text so a value is written exactly as the source gave it.
    """
    if not path.is_file():
        raise SystemExit(f"Berkas referensi tidak ada: {path}")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [{key.strip(): (value or "").strip() for key, value in row.items()}
                for row in csv.DictReader(handle)]


def split_list(text: str, sep: str = ";") -> list[str]:
    """Non-empty items of a separated list ("Penataran; Kemloko" → two names)."""
    return [item.strip() for item in text.split(sep) if item.strip()]


def source_urls(text: str) -> list[str]:
    """The URLs of a reference ``sumber_url`` cell (separated by " | ")."""
    return split_list(text, "|")


def as_sumber(urls: Iterable[str]) -> str:
    """``sumber`` keeps the reference's own " | " separator."""
    return " | ".join(urls)


def as_url_list(urls: Iterable[str]) -> str:
    """A ``url_list`` column is "; "-separated, like every list in the schema."""
    return "; ".join(urls)


_PLAIN_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
_LOOKS_LIKE_THOUSANDS = re.compile(r"^-?[1-9]\d{0,2}\.\d{3}$")


def plain_number(text: str) -> str:
    """A number as the seed writes it: digits with an optional "." decimal part.

    The importer reads ``1.234`` as one thousand two hundred and thirty-four
    (Indonesian grouping), so a value with exactly three decimals after a short
    whole part would be misread; such a value stops the build instead.
    """
    if not _PLAIN_NUMBER.match(text):
        raise ValueError(f"bukan angka polos: {text!r}")
    if _LOOKS_LIKE_THOUSANDS.match(text):
        raise ValueError(f"{text!r} akan terbaca sebagai ribuan oleh importer; "
                         "tulis dengan 2 desimal")
    return text


def write_table(name: str, rows: list[Row], out_dir: Path) -> Path:
    """Write one seed CSV with the schema's header, refusing unknown columns.

    Line endings are fixed ("\\n") and the field order comes from the schema, so the
    same rows always give the same bytes.
    """
    header = TABLES[name].names
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        unknown = set(row) - set(header)
        if unknown:
            raise ValueError(f"{name}: kolom tidak dikenal {sorted(unknown)}")
        writer.writerow([row.get(column, "") for column in header])
    path = out_dir / f"{name}.csv"
    path.write_bytes(buffer.getvalue().encode("utf-8"))
    return path


def check_allowed(value: str, allowed: tuple[str, ...], what: str) -> str:
    """An enum value must be one of the schema's values (empty allowed)."""
    if value and value not in allowed:
        raise ValueError(f"{what}: {value!r} bukan salah satu dari {allowed}")
    return value


# ------------------------------------------------------------------- official names


def official_kecamatan(stats: list[Row]) -> dict[str, str]:
    """Official kecamatan name → Kemendagri code, from ``kecamatan_stats.csv``.

    The 22 names there match the boundary store (checked with ``--check-store``);
    every kecamatan written to the seed must be one of them.
    """
    return {row["kecamatan"]: row["kode"] for row in stats}


#: Reference kecamatan cells that are not a plain name: the name to use (empty =
#: regency-wide) and the note to carry into the description.
KECAMATAN_CELL = {
    "kabupaten": ("", ""),
    "kabupaten (Blitar Selatan)": (
        "", "Sumber hanya menyebut Blitar Selatan (tujuh kecamatan di selatan Sungai Brantas), "
            "tanpa kecamatan persis."),
    "Wlingi (menurut sumber)": (
        "Wlingi", "Kecamatan menurut sumber; letak persisnya belum diverifikasi."),
    "Sutojayan (Lodoyo)": (
        "Sutojayan", "Lodoyo adalah nama populer wilayah Sutojayan."),
    "": ("", "Kecamatan tidak disebut sumber."),
}

#: Desa written differently in the reference than in the boundary data
#: (cahyadsn/wilayah_boundaries, Kepmendagri 2022): (kecamatan, reference) → official.
DESA_OFFICIAL = {
    ("Wlingi", "Balairejo"): "Balerejo",
    ("Kademangan", "Rejowinagun"): "Rejowinangun",
    ("Srengat", "Krejen"): "Kerjen",
    # Candi Gambar Wetan lies in Desa Sumberasri; Nglegok has no desa "Sumbersari"
    ("Nglegok", "Sumbersari"): "Sumberasri",
}

#: For reference rows naming several kecamatan *and* several desa: the kecamatan of
#: each desa (checked against the boundary data with ``--check-store``).
DESA_KECAMATAN = {
    "Tambakrejo": "Wonotirto",
    "Serang": "Panggungrejo",
    "Sumbersih": "Panggungrejo",
    "Ringinrejo": "Wates",
    "Bululawang": "Bakung",
    "Sidomulyo": "Bakung",
}


# ----------------------------------------------------------------------- indikator

#: Which URLs of a ``kecamatan_stats.csv`` row carry which column, by host/path
#: fragment (BLITAR_FACTS.md says where each figure was read). The row lists every
#: source of the row; a figure cites only the pages that give it.
COLUMN_SOURCES = {
    "luas_km2": ("wiki.inamatrix.xyz", "wikiwand.com", "id.wikipedia.org",
                 "online.flipbuilder.com/riev/lvve", "id.scribd.com/document/430850799"),
    "penduduk": ("wiki.inamatrix.xyz",),
    "jumlah_desa_kelurahan": ("adoc.pub",),
}

#: Per-kecamatan exceptions: (code, column) → (URL fragments to use instead, note).
SOURCE_EXCEPTIONS = {
    ("35.05.13", "luas_km2"): (
        ("wiki.inamatrix.xyz",),
        "tahun sumber tidak disebut; luas administratif. Laporan DPUPR (scribd) menulis "
        "119,04 km²; dipakai 119,54 km² (Wikipedia), perlu dicek ke BPS"),
    ("35.05.05", "jumlah_desa_kelurahan"): (
        ("wiki.inamatrix.xyz",),
        "angka Bakung di Kabupaten Blitar Dalam Angka 2012 (adoc.pub) rusak; nilai 11 dari "
        "tabel Wikipedia, cocok dengan total 248 dan data batas wilayah"),
}

LUAS_NOTE = "tahun sumber tidak disebut; luas administratif"
#: The area sources do not say which year they describe; 2020 is used (as for the
#: regency) so the area series has one year. The desa counts are read from
#: "Kabupaten Blitar Dalam Angka 2012", hence 2012.
LUAS_TAHUN = 2020
DESA_TAHUN = 2012

#: Regency totals from BLITAR_FACTS.md: (indikator, tahun, nilai, satuan, catatan,
#: text that must appear in BLITAR_FACTS.md, source URLs listed in its sources).
WIKI_EN = "https://fanyv88.com:443/https/en.wikipedia.org/wiki/Blitar_Regency"
WIKI_EN_2022 = "https://wiki.inamatrix.xyz/content/wikipedia_en_all_maxi_2022-05/A/Blitar_Regency"
BAPPEDA_BLOG = "http://bappedakabblitar.blogspot.com/p/blog-page.html"
BUKU_KETAHANAN_PANGAN = "https://online.flipbuilder.com/riev/lvve/files/basic-html/page11.html"
KABUPATEN_FACTS = (
    ("luas_wilayah", LUAS_TAHUN, "1588.79", "km²", LUAS_NOTE + " (Bappeda, Buku Ketahanan Pangan, "
     "infobox Wikipedia)", "1.588,79", (WIKI_EN, BAPPEDA_BLOG, BUKU_KETAHANAN_PANGAN)),
    ("penduduk", 2010, "1116639", "jiwa", "Sensus Penduduk 2010", "1.116.639",
     (WIKI_EN_2022, WIKI_EN)),
    ("penduduk", 2020, "1223745", "jiwa", "Sensus Penduduk 2020", "1.223.745",
     (WIKI_EN_2022, WIKI_EN)),
    ("penduduk", 2023, "1252242", "jiwa", "estimasi pertengahan tahun 2023 (BPS, dikutip Wikipedia)",
     "1.252.242", (WIKI_EN,)),
)


def pick_sources(urls: list[str], fragments: tuple[str, ...]) -> list[str]:
    """The row's URLs that contain one of ``fragments`` (all of them if none do)."""
    chosen = [url for url in urls if any(fragment in url for fragment in fragments)]
    return chosen or urls


def kabupaten_indicator_rows(facts_text: str) -> list[Row]:
    """Regency totals, each checked against BLITAR_FACTS.md before it is written.

    The figures are prose in a Markdown file, so they are declared here and the
    file is only searched for them: a change in the reference stops the build
    rather than silently keeping an old number.
    """
    rows = []
    for indikator, tahun, nilai, satuan, catatan, as_written, urls in KABUPATEN_FACTS:
        if as_written not in facts_text:
            raise SystemExit(f"BLITAR_FACTS.md tidak lagi memuat {as_written} "
                             f"({indikator} {tahun})")
        for url in urls:
            if url not in facts_text:
                raise SystemExit(f"BLITAR_FACTS.md tidak lagi mencantumkan sumber {url}")
        rows.append({"kode_wilayah": KAB_CODE, "indikator": indikator, "tahun": str(tahun),
                     "nilai": plain_number(nilai), "satuan": satuan, "sumber": as_sumber(urls),
                     "catatan": catatan, "contoh": TIDAK})
    return rows


def kecamatan_indicator_rows(stats: list[Row]) -> list[Row]:
    """One row per (kecamatan, indicator, year) that has a value; empty stays absent.

    Values are copied as the reference wrote them (already plain numbers), so they
    equal the cited source exactly.
    """
    specs = (  # (reference column, indikator, tahun, satuan, catatan, source key)
        ("luas_km2", "luas_wilayah", LUAS_TAHUN, "km²", LUAS_NOTE, "luas_km2"),
        ("penduduk_2010", "penduduk", 2010, "jiwa", "Sensus Penduduk 2010", "penduduk"),
        ("penduduk_2020", "penduduk", 2020, "jiwa", "Sensus Penduduk 2020", "penduduk"),
        ("penduduk_2023", "penduduk", 2023, "jiwa", "estimasi pertengahan tahun 2023", "penduduk"),
        ("jumlah_desa_kelurahan", "jumlah_desa_kelurahan", DESA_TAHUN, "desa/kelurahan",
         "Kabupaten Blitar Dalam Angka 2012", "jumlah_desa_kelurahan"),
    )
    rows = []
    for stat in sorted(stats, key=lambda r: r["kode"]):
        urls = source_urls(stat["sumber_url"])
        for column, indikator, tahun, satuan, catatan, key in specs:
            value = stat.get(column, "")
            if not value:
                continue  # missing stays missing: no row, never 0
            fragments, note = COLUMN_SOURCES[key], catatan
            if (stat["kode"], key) in SOURCE_EXCEPTIONS:
                fragments, note = SOURCE_EXCEPTIONS[(stat["kode"], key)]
            rows.append({"kode_wilayah": stat["kode"], "indikator": indikator, "tahun": str(tahun),
                         "nilai": plain_number(value), "satuan": satuan,
                         "sumber": as_sumber(pick_sources(urls, fragments)),
                         "catatan": note, "contoh": TIDAK})
    return rows


# ----------------------------------------------------------------------------- opd

#: Agencies named in inovasi_facts.csv: kode → (official name, abbreviation, jenis).
#: Names are the standard Perangkat Daerah names; "Dinas Pertanian dan Pangan" is
#: kept as the source writes it and its abbreviation left empty (not found).
OPD_REGISTRY = {
    "BAPENDA": ("Badan Pendapatan Daerah", "Bapenda", "badan"),
    "DINKES": ("Dinas Kesehatan", "Dinkes", "dinas"),
    "DISPENDUKCAPIL": ("Dinas Kependudukan dan Pencatatan Sipil", "Dispendukcapil", "dinas"),
    "DISTANPANGAN": ("Dinas Pertanian dan Pangan", "", "dinas"),
    "DPMPTSP": ("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "DPMPTSP", "dinas"),
    "PEMKAB_BLITAR": ("Pemerintah Kabupaten Blitar", "Pemkab Blitar", "lainnya"),
    "PUSKESMAS_UDANAWU": ("UPT Puskesmas Udanawu", "Puskesmas Udanawu", "puskesmas"),
    "RSUD_NGUDI_WALUYO": ("Rumah Sakit Umum Daerah Ngudi Waluyo Wlingi", "RSUD Ngudi Waluyo",
                          "rsud"),
}

#: The reference's ``opd`` text → kode. Rows whose OPD the source does not name
#: ("unknown", even with a hint in brackets) go to PEMKAB_BLITAR: the innovation
#: is the regency's, the agency is not known; the hint is kept in the description.
OPD_OF_TEXT = {
    "Bapenda": "BAPENDA",
    "Dinas Kesehatan": "DINKES",
    "Dispendukcapil": "DISPENDUKCAPIL",
    "Dinas Pertanian dan Pangan (pendamping); penemu petani Muhammad Anshar": "DISTANPANGAN",
    "DPMPTSP": "DPMPTSP",
    "Pemkab Blitar (Bupati bersama OPD terkait dan Dekranasda)": "PEMKAB_BLITAR",
    "UPT Puskesmas Udanawu": "PUSKESMAS_UDANAWU",
    "RSUD Ngudi Waluyo Wlingi": "RSUD_NGUDI_WALUYO",
}


def opd_code(text: str) -> str:
    """Kode of the agency a reference ``opd`` cell names (PEMKAB_BLITAR if unknown)."""
    if text.lower().startswith("unknown"):
        return "PEMKAB_BLITAR"
    if text not in OPD_OF_TEXT:
        raise SystemExit(f"OPD baru di inovasi_facts.csv, tambahkan ke OPD_OF_TEXT: {text!r}")
    return OPD_OF_TEXT[text]


def opd_rows(inovasi: list[Row]) -> list[Row]:
    """One row per agency that an innovation row *names*, sourced to that row.

    An agency only guessed from an "unknown (…)" hint (e.g. Diskominfo) gets no
    row: nothing in the reference attributes an innovation to it.
    """
    first_source: dict[str, str] = {}
    for row in inovasi:
        if row["opd"].lower().startswith("unknown"):
            continue
        code = opd_code(row["opd"])
        first_source.setdefault(code, source_urls(row["sumber_url"])[0])
    rows = []
    for code in sorted(first_source):
        nama, singkatan, jenis = OPD_REGISTRY[code]
        rows.append({"kode_opd": code, "nama_opd": nama, "singkatan": singkatan,
                     "jenis": check_allowed(jenis, JENIS_OPD, "opd.jenis"), "aktif": YA,
                     "sumber": first_source[code], "contoh": TIDAK})
    return rows


# ------------------------------------------------------------------------- inovasi

JENIS_MAP = {"digital": "digital", "non-digital": "non_digital", "unknown": ""}
BENTUK_MAP = {"pelayanan publik": "pelayanan_publik", "tata kelola": "tata_kelola_pemda",
              "lainnya": "inovasi_daerah_lainnya"}
TAHAPAN_MAP = {"inisiatif": "inisiatif", "uji coba": "uji_coba", "penerapan": "penerapan"}

#: ``bentuk``/``tahapan`` are required by the schema; where the reference says
#: "unknown" this is our reading of its note (said in the description).
BENTUK_READING = {
    "SI KOI JANTAN": ("tata_kelola_pemda", "sistem informasi kondisi aset jalan, jembatan dan PJU "
                                           "untuk pengelolaan oleh pemda"),
    "BRIC (dashboard peluang investasi)": ("pelayanan_publik", "informasi peluang investasi untuk "
                                                               "calon investor"),
    "Jaring Aspirasi Anak": ("pelayanan_publik", "sumber mencantumkannya sebagai inovasi layanan "
                                                 "publik"),
}
TAHAPAN_READING = {
    "JERUK BALI": ("penerapan", "disajikan bersama dua inovasi Puskesmas Udanawu yang sudah "
                                "berjalan"),
}

#: Extra evidence read beyond the reference, used only where the reference row gives
#: no year: nama → (URL, exact date of launch or "").
EXTRA_SOURCES = {
    "Tali Centing (Kelompok Wanita Peduli Pencegahan Stunting)": (
        "https://surabaya.tribunnews.com/2024/08/30/bupati-blitar-mak-rini-launching-program-"
        "tali-centing-untuk-turunkan-angka-stunting", "2024-08-30"),
}

#: Rows with no year anywhere in their reference text or URL: the year we file
#: them under and why (said in the description).
TAHUN_PERKIRAAN = {
    "Cetak KTP-el di seluruh kecamatan": (
        2025, "berita tidak bertanggal; kepala dinas yang dikutip menjabat pada 2025"),
    "SIPENTING (Sistem Informasi Pemetaan Balita Stunting)": (
        2024, "berita tidak bertanggal; diluncurkan dalam paket yang sama dengan Tali Centing "
              "(30 Agustus 2024)"),
    "NING SUKA AKU": (
        2024, "berita tidak bertanggal; diluncurkan dalam paket yang sama dengan Tali Centing "
              "(30 Agustus 2024)"),
    "SAT SET (Sadar Terjadwal Sedot Tinja)": (
        2024, "berita tidak bertanggal; diluncurkan dalam paket yang sama dengan Tali Centing "
              "(30 Agustus 2024)"),
}

#: Only where the reference says who started it.
INISIATOR = {
    "OVOP (One Village One Product) sambang desa": ("kepala_daerah", ""),
    "Elisitor Biosaka": ("masyarakat", "Muhammad Anshar"),
}
TEMATIK = {
    "Tali Centing (Kelompok Wanita Peduli Pencegahan Stunting)": "stunting",
    "SIPENTING (Sistem Informasi Pemetaan Balita Stunting)": "stunting",
    "NING SUKA AKU": "stunting",
    "SAT SET (Sadar Terjadwal Sedot Tinja)": "stunting",
    "OVOP (One Village One Product) sambang desa": "UMKM",
}

#: The project's own one-sentence summaries, keyed by the reference ``nama_inovasi``.
DESKRIPSI_INOVASI = {
    "Si Jaran Ijo (Jemput Bola Rentan Adminduk Iso Jujuk Omah)":
        "Petugas mendatangi rumah warga rentan (lansia, ODGJ, penyandang disabilitas, warga "
        "terpencil) untuk merekam KTP-el; diluncurkan 9 Maret 2021 di Desa Ngeni, Wonotirto, "
        "dan masih berjalan pada 2026.",
    "Salam Sak Jangkah (Semua urusan adminduk cukup di desa)":
        "Kantor desa yang bekerja sama dengan Dispendukcapil melayani KK, akta, KTP dan pindah "
        "domisili; pada peluncuran tahap II sudah 36 desa di 18 kecamatan.",
    "Jemput Bola (Jebol) dan Drive Thru KTP-el":
        "Mobil layanan keliling mencetak KTP-el dalam sekitar empat menit tanpa pemohon turun "
        "dari kendaraan; jemput bola juga menyasar empat desa sehari (Wates, Februari 2020).",
    "Ambulance Adminduk":
        "Layanan adminduk yang disebut sudah berjalan sebelum September 2021; rinciannya tidak "
        "ditemukan.",
    "Sahabat Edukasi Adminduk":
        "Dispendukcapil bermitra dengan TNI-Polri, Kemenag, ormas keagamaan dan rumah sakit "
        "swasta untuk menyebarkan informasi adminduk kepada warga.",
    "Tempat Layanan Adminduk (TLA) Srengat dan Wlingi":
        "Loket adminduk di luar kantor dinas: TLA Srengat untuk wilayah barat (awal 2020) dan TLA "
        "Wlingi untuk wilayah timur (Desember 2020); karena ada di dua kecamatan, kolom kecamatan "
        "dikosongkan.",
    "Cetak KTP-el di seluruh kecamatan":
        "Ke-22 kecamatan kini memiliki alat cetak KTP-el, dengan cakupan perekaman disebut "
        "98,95%.",
    "E-SIAP Online":
        "Aplikasi administrasi kependudukan yang ikut dinilai pada penghargaan Smart City "
        "kategori Smart Governance 2021; OPD tidak disebut sumber (bidang adminduk).",
    "Call Center 112":
        "Layanan panggilan darurat yang termasuk layanan digital dalam penilaian Smart City 2021; "
        "OPD tidak disebut sumber.",
    "SI KOI JANTAN":
        "Sistem informasi kondisi jalan, jembatan dan penerangan jalan umum dalam daftar Smart "
        "City 2021; OPD tidak disebut sumber.",
    "I-Mobil DS":
        "Aplikasi tanda tangan digital untuk menyetujui izin seperti SIUJK, TDUPR dan TDUP "
        "(daftar Smart City 2021).",
    "BRIC (dashboard peluang investasi)":
        "Dasbor peluang investasi daerah dalam daftar Smart City 2021; isi peluangnya tidak "
        "ditemukan dan OPD tidak disebut sumber.",
    "Kang Jimbang":
        "Aplikasi pendukung petugas tera dan tera ulang alat ukur, takar, timbang dan "
        "perlengkapannya (daftar Smart City 2021); OPD tidak disebut sumber.",
    "Apeldeskel":
        "Aplikasi web dan Android untuk layanan desa dan kelurahan dengan 27 modul surat; fitur "
        "TTE masih dikembangkan pada 2021. OPD tidak disebut sumber.",
    "Mall Layanan Publik Virtual":
        "Layanan publik daring dalam daftar Smart City 2021; per Juli 2024 Kabupaten Blitar belum "
        "memiliki MPP fisik. OPD tidak disebut sumber.",
    "Blitar dalam Genggaman":
        "Aplikasi Android Pemkab Blitar dalam daftar layanan digital Smart City 2021; OPD tidak "
        "disebut sumber.",
    "Jaring Aspirasi Anak":
        "Tercantum sebagai inovasi layanan publik dalam daftar Smart City 2021; rincian dan OPD "
        "tidak ditemukan.",
    "Digitalisasi Masjid":
        "Inovasi digital dalam daftar Smart City 2021; rincian dan OPD tidak ditemukan.",
    "Silapor Damkar":
        "Aplikasi bagi warga untuk melaporkan kebakaran, penyelamatan dan kejadian non-kebakaran "
        "(daftar Smart City 2021); OPD tidak disebut sumber (bidang pemadam kebakaran).",
    "Command Center Posko Covid-19":
        "Pusat komando penanganan Covid-19 dalam daftar inovasi Smart City 2021; OPD tidak "
        "disebut sumber.",
    "DAR DER DOR RAME":
        "Inovasi RSUD Ngudi Waluyo Wlingi dalam daftar Smart City 2021; kepanjangan dan "
        "rinciannya tidak ditemukan.",
    "Rujukan 7 penyakit besar (kanker, jantung, DM, KIA, stroke)":
        "RSUD Ngudi Waluyo Wlingi bersiap menjadi rujukan penyakit katastropik agar pasien tidak "
        "perlu dirujuk ke Malang (2023).",
    "E-Health (quick win Smart City)":
        "Rencana quick win Smart City untuk 2019: aplikasi terpadu RS negeri dan swasta untuk "
        "info kamar kosong dan pendaftaran tanpa antre; OPD pelaksana tidak disebut (konteks "
        "Smart City/Diskominfo).",
    "999 IKM Online (quick win Smart City)":
        "Rencana quick win Smart City untuk 2019: menjaring sekitar 1.000 IKM secara daring untuk "
        "meningkatkan mutu dan kapasitas produksi; OPD pelaksana tidak disebut (konteks Smart "
        "City/Diskominfo).",
    "Tali Centing (Kelompok Wanita Peduli Pencegahan Stunting)":
        "Dinkes menggandeng Muslimat NU, Fatayat NU, Aisyiyah dan Nasyiatul Aisyiyah untuk "
        "menggerakkan balita ke posyandu dan memantau makanan tambahan; diluncurkan Bupati 30 "
        "Agustus 2024.",
    "SIPENTING (Sistem Informasi Pemetaan Balita Stunting)":
        "Sistem informasi yang memetakan lokasi balita stunting di seluruh kabupaten.",
    "NING SUKA AKU":
        "Akupresur untuk menambah nafsu makan balita yang bermasalah gizi.",
    "SAT SET (Sadar Terjadwal Sedot Tinja)":
        "Penyedotan tinja terjadwal sebagai bagian paket inovasi percepatan penurunan stunting.",
    "APEL SEHATKU (Ayah Peduli Seribu Hari Pertamaku)":
        "Ayah dilibatkan mendampingi 1.000 hari pertama kehidupan; pada 2024 cakupan PMT dan "
        "tablet Fe ibu hamil sasaran disebut 100%.",
    "AMBIL JARIT IBU (ANC Mobile dan Penjaringan TB Ibu Hamil)":
        "Pemeriksaan kehamilan keliling yang sekaligus menyaring TB dan triple eliminasi pada ibu "
        "hamil.",
    "JERUK BALI":
        "Inovasi ketiga Puskesmas Udanawu di bidang kesehatan ibu dan anak; rinciannya terpotong "
        "di sumber.",
    "Elisitor Biosaka":
        "Ramuan rumput dan daun temuan petani asal Wates yang didorong Pemkab untuk memangkas "
        "pupuk kimia hingga sekitar 50%; dikaji Kementan sejak 2022.",
    "OVOP (One Village One Product) sambang desa":
        "Bupati rutin mengunjungi desa untuk mendorong satu produk unggulan per desa, perizinan "
        "UMKM dan akses perbankan.",
    "BliTAX Award":
        "Penghargaan bagi wajib pajak (2025: opsen PKB dan pajak MBLB) untuk mendongkrak PAD; "
        "pajak MBLB naik dari sekitar Rp360 juta (2024) menjadi Rp2,05 miliar (s.d. November "
        "2025).",
    "Penagihan piutang PBB-P2 bersama Kejaksaan":
        "Piutang PBB-P2 (akumulasi Rp24 miliar, 2018–2023) ditagih bersama kejaksaan; sekitar "
        "Rp5,4 miliar tertagih September 2023–Juni 2024.",
}

_BULAN = {name: number for number, name in enumerate(
    ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
     "Oktober", "November", "Desember"), start=1)}
_LAUNCH_DATE = re.compile(r"diluncurkan (\d{1,2}) (" + "|".join(_BULAN) + r") (\d{4})")
_URL_YEAR = re.compile(r"/(20[12]\d)(?:/\d{2}/|\d{4}/)")
_TEXT_YEAR = re.compile(r"\b(20[12]\d)\b")


def launch_date(text: str) -> str:
    """ISO date of "diluncurkan 9 Maret 2021" in a note; empty when no exact date."""
    match = _LAUNCH_DATE.search(text)
    if not match:
        return ""
    day, month, year = match.groups()
    return f"{int(year):04d}-{_BULAN[month]:02d}-{int(day):02d}"


def years_in(urls: Iterable[str], text: str) -> list[int]:
    """Years evidenced by article dates in URLs and by years written in a note."""
    found = [int(m) for url in urls for m in _URL_YEAR.findall(url)]
    return found + [int(m) for m in _TEXT_YEAR.findall(text)]


def reporting_year(row: Row, all_rows: list[Row]) -> tuple[int, str]:
    """The year to file an innovation under, and how it was found (empty = given).

    Order: the reference's own year; else the earliest year in the row's URLs or
    note; else the earliest year in the notes of other rows citing the same
    article; else an explicit estimate from TAHUN_PERKIRAAN.
    """
    nama = row["nama_inovasi"]
    if row["tahun"].isdigit():
        return int(row["tahun"]), ""
    urls = source_urls(row["sumber_url"])
    own = years_in(urls, row["keterangan"])
    if own:
        return min(own), f"tahun pelaporan {min(own)} diambil dari tanggal/teks sumber"
    if nama in EXTRA_SOURCES:
        extra = years_in([EXTRA_SOURCES[nama][0]], "")
        if extra:
            return min(extra), (f"tahun pelaporan {min(extra)} dari berita tambahan di luar "
                                "referensi (tautan terakhir)")
    shared = [year for other in all_rows if other is not row
              and set(source_urls(other["sumber_url"])) & set(urls)
              for year in years_in([], other["keterangan"] + " " + other["tahun"])]
    if shared:
        return min(shared), f"tahun pelaporan {min(shared)} diambil dari berita yang sama"
    if nama in TAHUN_PERKIRAAN:
        year, why = TAHUN_PERKIRAAN[nama]
        return year, f"tahun pelaporan {year} diperkirakan ({why})"
    raise SystemExit(f"Tahun inovasi {nama!r} tidak dapat ditentukan; isi TAHUN_PERKIRAAN")


def inovasi_kecamatan(cell: str, official: dict[str, str]) -> str:
    """One official kecamatan, or empty for "kabupaten" or several kecamatan."""
    names = split_list(cell)
    if cell == "kabupaten" or len(names) != 1:
        return ""
    if names[0] not in official:
        raise SystemExit(f"Kecamatan inovasi tidak dikenal: {cell!r}")
    return names[0]


def inovasi_rows(inovasi: list[Row], official: dict[str, str]) -> list[Row]:
    """One registry row per innovation in the reference, ids INV-{tahun}-{urut}."""
    missing = {row["nama_inovasi"] for row in inovasi} ^ set(DESKRIPSI_INOVASI)
    if missing:
        raise SystemExit(f"Deskripsi inovasi tidak cocok dengan referensi: {sorted(missing)}")
    seq: dict[int, int] = {}
    rows = []
    for row in inovasi:
        nama = row["nama_inovasi"]
        year, year_note = reporting_year(row, inovasi)
        seq[year] = seq.get(year, 0) + 1
        notes = [year_note] if year_note else []
        bentuk = BENTUK_MAP.get(row["bentuk"], "")
        if not bentuk:
            bentuk, why = BENTUK_READING[nama]
            notes.append(f"bentuk dibaca dari catatan sumber ({why})")
        tahapan = TAHAPAN_MAP.get(row["tahapan"], "")
        if not tahapan:
            tahapan, why = TAHAPAN_READING[nama]
            notes.append(f"tahapan dibaca dari catatan sumber ({why})")
        urls = source_urls(row["sumber_url"])
        extra_url, extra_date = EXTRA_SOURCES.get(nama, ("", ""))
        if extra_url:
            urls.append(extra_url)
        deskripsi = DESKRIPSI_INOVASI[nama]
        if notes:
            deskripsi += " Catatan: " + "; ".join(notes) + "."
        inisiator_tipe, inisiator_nama = INISIATOR.get(nama, ("", ""))
        rows.append({
            "inovasi_id": f"INV-{year}-{seq[year]:04d}", "tahun_pelaporan": str(year),
            "nama_inovasi": nama, "kode_opd": opd_code(row["opd"]),
            "inisiator_tipe": inisiator_tipe, "inisiator_nama": inisiator_nama,
            "bentuk": check_allowed(bentuk, BENTUK_INOVASI, "bentuk"),
            "jenis": check_allowed(JENIS_MAP[row["jenis"]], JENIS_INOVASI, "jenis"),
            "tahapan": check_allowed(tahapan, TAHAPAN_INOVASI, "tahapan"),
            "tematik": TEMATIK.get(nama, ""),
            "tgl_penerapan": launch_date(row["keterangan"]) or extra_date,
            "kecamatan": inovasi_kecamatan(row["kecamatan"], official),
            "deskripsi": deskripsi, "bukti_url": as_url_list(urls), "status": "",
            "sumber": as_sumber(urls), "contoh": TIDAK,
        })
    return rows


# ------------------------------------------------------------------------- potensi

#: The reference ``sektor`` is free text, sometimes "A; B". The *first* term is the
#: reference's primary sector and decides; ``kategori`` (from ``jenis``) carries
#: the other axis (so an agro-tourism coffee estate is perkebunan + wisata).
SEKTOR_MAP = {
    "Agroindustri": "industri_umkm",
    "Budaya": "pariwisata",            # cultural events as tourism draws
    "Cagar budaya": "pariwisata",      # heritage sites as tourism potentials
    "Energi": "energi",
    "Hortikultura": "pertanian",
    "Industri gula": "industri_umkm",  # the schema's only manufacturing sector
    "Infrastruktur jalan": "infrastruktur",
    "Kesehatan": "infrastruktur",      # hospitals listed as facilities
    "Pariwisata": "pariwisata",
    "Perikanan": "perikanan",
    "Perikanan budidaya": "perikanan",
    "Perikanan tangkap": "perikanan",
    "Perkebunan": "perkebunan",
    "Pertambangan": "pertambangan",
    "Peternakan": "peternakan",
    "Sumber daya air": "infrastruktur",  # dams and weirs
    "Tanaman pangan": "pertanian",
    "UMKM": "industri_umkm",
}

#: The project's own short descriptions (with figures and years), keyed by the
#: reference ``nama``.
DESKRIPSI_POTENSI = {
    "Sentra ayam ras petelur (data TW II 2023)":
        "Populasi ayam ras petelur 15.862.769 ekor milik 3.190 peternak, produksi telur 462,85 "
        "ton per hari (triwulan II 2023); disebut setara sekitar 28% telur nasional.",
    "Titik distribusi telur antarpulau (2021)":
        "Titik pemberangkatan 20 ton telur ke Maluku dan Kalimantan (November 2021); saat itu "
        "Pemkab mencatat 20.584.438 ekor ayam petelur dan produksi 817 ton telur per hari.",
    "Potensi ayam petelur (situs Disnakkan)":
        "Menurut situs dinas peternakan: sekitar 14,68 juta ekor ayam layer dan produksi telur "
        "sekitar 134,3 juta kg, setara 38% kebutuhan telur Jawa Timur (tahun data tidak disebut).",
    "Kawasan Minapolitan ikan koi":
        "Kawasan minapolitan koi yang tumbuh dari Desa Penataran dan Kemloko; produksi koi "
        "kabupaten 222,9 juta ekor (2016) dan 299,5 juta ekor (2017).",
    "Sentra koi Beringin Koi":
        "Sentra koi tuan rumah Beringin Koi Roadshow 2023; koi menyumbang 99% produksi ikan hias "
        "kabupaten (222.437.851 ekor pada 2021) dan diekspor perdana ke Malaysia 9 Juli 2022.",
    "Tempat Pelelangan Ikan (TPI) Tambakrejo":
        "Tempat pelelangan ikan di tepi Pantai Tambakrejo, tempat nelayan menjual tangkapan segar.",
    "Kampung Iwak (OVOP)":
        "Desa Ngreco dikembangkan sebagai kampung iwak dalam program OVOP untuk mendukung gerakan "
        "makan ikan (2022).",
    "Peternakan sapi perah PT Greenfields":
        "Bupati (2019) menyebut PT Greenfields sebagai investor peternakan sapi perah di Kabupaten "
        "Blitar; lokasi kecamatannya tidak disebut.",
    "Kakao":
        "Produksi kakao 3.178 ton (2022, angka BPS menurut media); biji kakao Blitar diekspor ke "
        "Malaysia dan Singapura (berita 2017).",
    "Kampung Coklat":
        "Agrowisata edukasi kakao yang dirintis Gapoktan Guyub Santoso (Kholid Mustofa); terbuka "
        "untuk umum sejak 17 Agustus 2014 dengan kebun sekitar 5,3 ha.",
    "De Karanganjar Koffieplantage":
        "Kebun kopi robusta peninggalan kolonial di Dusun Karanganyar seluas sekitar 250 ha; "
        "sekitar 50 ha dikemas sebagai agrowisata.",
    "Kopi Doko":
        "Sekitar 160 ha kopi rakyat di lereng barat Gunung Kawi, bagian dari 280 ha lahan reforma "
        "agraria untuk 350 KK yang dikelola koperasi.",
    "Kopi Arbilest dan batik ciprat":
        "Penghasil kopi fermentasi Arbilest (Arabika Lestari) dan batik ciprat buatan penyandang "
        "disabilitas.",
    "Kopi robusta dan arabika":
        "Asosiasi kopi memperkirakan panen robusta sekitar 2.000 ton per musim; arabika baru "
        "sekitar 80 ribu pohon (2024).",
    "Kopi Tuan Galang":
        "Kopi produksi Bumdesma gabungan Desa Tegalasri, Tembalang, Balerejo dan Ngadirenggo.",
    "Kebun Teh Sirah Kencong (PTPN XII)":
        "Kebun teh 219,15 ha di lereng Gunung Kawi (sekitar 1.100 mdpl) yang juga menjadi "
        "agrowisata dengan air terjun.",
    "Nanas Banasari":
        "Varietas nanas lokal (Blitar–Nanas–Semen–Gandusari) yang dilepas Kementan pada 2015, "
        "buahnya dapat melebihi 1,3 kg; dikelola Poktan Mulyo.",
    "Perkebunan pisang Cavendish PT NSA":
        "Perkebunan pisang Cavendish merek Sunpride milik PT Nusantara Segar Abadi di wilayah "
        "Gandusari.",
    "PG Rejoso Manis Indo (RMI)":
        "Pabrik gula yang beroperasi sejak 2019; pada 2024 menggiling 1.113.419 ton tebu menjadi "
        "100.201 ton gula, rendemen 9,0% (satu berita menulis 100.291 ton).",
    "Tebu dan perkebunan":
        "Luas panen tebu sekitar 12 ribu ha (2024), diperkirakan 13 ribu ha (2025); total lahan "
        "perkebunan lebih dari 29 ribu ha.",
    "Sentra padi":
        "Produksi padi kabupaten 224.027 ton GKG (2019), terbesar kedua di eks-Karesidenan Kediri; "
        "Gandusari, Wlingi, Kesamben dan Doko disebut sentra utamanya.",
    "Sentra cabai lahan tadah hujan":
        "Jagung ditanam tumpang sari dengan cabai di ladang tadah hujan, sehingga Wates dikenal "
        "sebagai sentra cabai.",
    "Tembakau Selopuro":
        "Selopuro pernah dikenal sebagai penghasil tembakau ekspor; Dinas Pertanian memurnikan "
        "varietas lokalnya bersama Balittas.",
    "Demplot padi Biosaka":
        "Panen padi Poktan Rukun Santoso I dengan elisitor Biosaka bersama Bupati dan Kementan "
        "(September 2022).",
    "Sentra gula kelapa":
        "Dusun Cungkup disebut salah satu sentra gula kelapa (legen) di Kabupaten Blitar.",
    "Candi Penataran (Palah)":
        "Kompleks candi Hindu terluas di Jawa Timur di lereng barat daya Gunung Kelud; cagar "
        "budaya peringkat nasional yang diusulkan ke UNESCO sejak 1995.",
    "Pantai Tambakrejo":
        "Pantai pasir putih di sebuah teluk sekitar 30 km selatan Kota Blitar, dengan kampung "
        "nelayan dan tradisi larung sesaji.",
    "Pantai Serang dan konservasi penyu":
        "Desa wisata dengan penangkaran penyu sejak 2014; larung sesaji tingkat kabupaten digelar "
        "di sini pada tahun genap (tahun ganjil di Tambakrejo).",
    "Pantai Jolosutro":
        "Pantai pasir hitam berkandungan pasir besi di balik Pegunungan Gondang Tapen, dikenal "
        "dengan upacara Melasti dan larung sesaji.",
    "Pantai Gurah Bahari":
        "Pantai di ujung tenggara kabupaten; jalan desanya dibangun tembus ke Jalur Lintas "
        "Selatan.",
    "Desa Wisata Semen":
        "Masuk 50 besar ADWI 2022 dan juara 3 Desa Wisata Kreatif 2021; potensi batik, sapi perah "
        "dan Puncak Sekawan (711 mdpl).",
    "Situs Rambut Monte":
        "Situs cagar budaya andalan wisata desa, didukung UMKM beras dan melon organik (2022).",
    "Candi Wringinbranjang":
        "Candi sederhana berbentuk rumah di kawasan hutan lereng selatan Gunung Kelud, 573 mdpl.",
    "Candi Bacem":
        "Dua bangunan candi bata di tengah permukiman, dirawat juru pelihara.",
    "Siraman Gong Kyai Pradah":
        "Ritual memandikan pusaka gong di Alun-alun Lodoyo setiap 12 Rabiul Awal (juga 1 Syawal); "
        "ditetapkan sebagai warisan budaya tak benda.",
    "Siraman pusaka Kiai Bonto":
        "Siraman pusaka wayang krucil Kiai Bonto, digelar pada hari yang sama dengan siraman Gong "
        "Kyai Pradah.",
    "Candi Sawentar I dan II":
        "Dua candi andesit era Majapahit di Dusun Centong; Candi Sawentar II baru ditemukan pada "
        "1999.",
    "Wisata Ngeli Ban":
        "Wisata susur sungai memakai ban yang dikembangkan warga (2022; perizinan masih diurus).",
    "Wisata buah belimbing":
        "Jalur wisata kuliner yang dipetakan Pemkab (2015) memusatkan wisata belimbing di desa ini.",
    "Candi Plumbangan (Watu Lawang)":
        "Gapura candi yang direkonstruksi beserta batu prasastinya.",
    "Candi Sumbernanas":
        "Sisa candi di wilayah barat Kabupaten Blitar.",
    "Candi Gambar Wetan":
        "Candi dengan arca penjaga dan undakan menuju batur candi (sumber menulis nama desa "
        "'Sumbersari').",
    "Candi Mleri dan Pertapan Kili Suci (Gunung Pegat)":
        "Candi Mleri di kaki Gunung Pegat menyimpan sebagian abu Raja Wisnuwardhana; Pertapan "
        "Dewi Kili Suci ada di puncaknya.",
    "Umbul Sumber Pucung":
        "Embung irigasi yang dibangun 2019 dan kini juga menjadi wisata pemancingan (sumber "
        "menulis nama desa 'Krejen').",
    "Embung Umbul":
        "Embung irigasi sekitar 4.800 m² di lereng Kelud yang juga dipakai untuk wisata perahu "
        "karet.",
    "Candi Tepas dan wisata Gogoniti":
        "Desa Tepas mengandalkan candinya dan Desa Bumirejo wisata Gogoniti, didukung UMKM opak "
        "gambir.",
    "Hutan Pinus Gogoniti (BUMDes)":
        "Satu dari tujuh destinasi wisata yang dikelola BUMDes di Kabupaten Blitar (2021).",
    "Wisata Kampung Padi":
        "Wisata edukasi persawahan yang diluncurkan pada Desember 2021.",
    "Wisata Sumber Mantenan":
        "Kawasan sumber air dengan kolam nila untuk wisata pemancingan.",
    "Agrowisata edukatif Desa Salam":
        "Agrowisata edukatif yang diangkat kecamatan sebagai contoh desa wisata (2020).",
    "Batik Jenggleng":
        "Batik tulis khas bermotif bunga jati; desa ini juga membuat pupuk organik sendiri.",
    "Kerajinan senapan angin":
        "Desa dengan kerajinan senapan angin, selain produk pertanian dan minuman toga.",
    "Desa UMKM makanan olahan":
        "Sekitar 112 usaha terdaftar dan 40% warga membuat jajanan seperti jenang, wajik kletik "
        "dan madu mongso.",
    "Beras Cap Candi (BUMDes Ngudi Lestari)":
        "BUMDes mengemas beras merek Cap Candi sekitar 3 ton per hari.",
    "UMKM keripik, opak gambir dan mebel":
        "Produk unggulan desa: keripik tempe, opak gambir, aneka olahan makanan dan mebel.",
    "Jenang dan tiwul instan":
        "Produk unggulan desa: jenang, jagung instan, nasi tiwul instan, keripik dan anyaman "
        "bambu.",
    "Tusuk sate dan kopi":
        "Produsen tusuk sate di Desa Ampelgading mengirim sekitar 24 ton per bulan ke Jawa Timur "
        "dan Jawa Tengah; desa ini juga menghasilkan kopi dan durian.",
    "Kaolin, clay dan bentonit":
        "Bupati menyebut Blitar Selatan kaya kaolin, clay dan bentonit, sedangkan Blitar Utara "
        "kaya pasir dan batu.",
    "Pasir besi pesisir selatan":
        "Pasir besi tersebar di pesisir selatan dan sebagian besar belum dimanfaatkan optimal.",
    "Zeolit":
        "Zeolit di perbukitan Wonotirto disebut bermutu baik dan mulai ditambang skala kecil.",
    "Kalsit / batu kapur":
        "Kalsit ditemukan di wilayah selatan, antara lain Bakung dan Wonotirto.",
    "Indikasi emas (tahap eksplorasi)":
        "Indikasi emas di pegunungan Gandusari dan Doko masih tahap eksplorasi; belum ada tambang "
        "skala besar.",
    "Bahan baku pasir kucing":
        "Bahan baku pasir kucing melimpah di Panggungrejo; Blitar disebut produsen pasir kucing "
        "berkualitas.",
    "JLS tahap 1 Tambakrejo–Serang":
        "Ruas awal JLS sekitar 12,5 km dari Pantai Tambakrejo ke Pantai Serang, termasuk Jembatan "
        "Kenong dan Watusewu (pembangunan dimulai 2019).",
    "JLS Lot 3 Serang–Sumbersih":
        "Ruas 4,375 km dengan progres 97% pada Januari 2026 dan target selesai 16 Februari 2026.",
    "JLS lanjutan Sumbersih–Ringinrejo / Lot 3A":
        "Lanjutan sekitar 13,5 km tertahan pembebasan lahan di Wates; Lot 3A sepanjang 7,5 km "
        "direncanakan mulai sekitar Juni 2026.",
    "JLS Bululawang–Tambakrejo dan Bululawang–Pucanglaban":
        "Ruas Bululawang–Sidomulyo–Tambakrejo 12,96 km dibangun pada 2024; ruas Bululawang sudah "
        "tersambung ke Pucanglaban, Tulungagung (April 2025).",
    "Rencana rest area JLS dekat Pantai Pundak":
        "Lahan yang disiapkan Pemkab untuk rest area JLS sekaligus tempat PKL.",
    "Jalur Lintas Selatan (JLS) ruas Blitar":
        "Panjang JLS di Kabupaten Blitar sekitar 64 km dengan kebutuhan dana sekitar Rp1 triliun "
        "dari pusat (perkiraan 2017).",
    "Rencana Tol Kepanjen–Blitar–Tulungagung":
        "Rencana tol sekitar 87 km (investasi Rp31,08 triliun, skema KPBU) melintasi 24 desa di "
        "lima kecamatan; dilaporkan ditunda pada 2025.",
    "Rencana exit tol":
        "Dinas PUPR (2020) menyebut dua exit tol, di sekitar Wlingi–Selopuro dan di Kanigoro, "
        "dengan tiga jalan penghubung ke JLS.",
    "Rencana PLTB (pembangkit listrik tenaga angin)":
        "Investor asal Tiongkok menjajaki pembangkit listrik tenaga angin di sekitar Ngeni; izin "
        "menunggu pemerintah pusat (2024).",
    "Bendungan Wlingi dan PLTA Wlingi":
        "Bendungan yang dibangun 1972–1979 untuk menahan lahar Kelud; melayani PLTA 54 MW dan "
        "irigasi Lodagung timur sekitar 13.000 ha.",
    "Bendung Lodoyo dan PLTA Lodoyo":
        "Bendung di hilir Wlingi yang menggerakkan PLTA Lodoyo 1 × 4,7 MW serta mengendalikan "
        "banjir dan pasir.",
    "RSUD Srengat":
        "Rumah sakit daerah untuk wilayah barat, diresmikan Gubernur Jawa Timur pada 12 September "
        "2020.",
    "RSUD Ngudi Waluyo Wlingi":
        "RSUD rujukan wilayah timur dengan layanan jantung dan stroke center serta gedung rawat "
        "inap delapan lantai Graha Pandawa (2025).",
}

#: The two rows without a kecamatan name a desa that, in the boundary data, exists
#: only in Selorejo. The source does not say so, so they stay regency-wide; the
#: description points at it for whoever verifies.
UNSTATED_KECAMATAN_HINT = {
    "Ngreco": "di data batas wilayah, satu-satunya Desa Ngreco ada di Kecamatan Selorejo (belum "
              "diverifikasi)",
    "Ampelgading": "di data batas wilayah, satu-satunya Desa Ampelgading ada di Kecamatan Selorejo "
                   "(belum diverifikasi)",
}


def potensi_sektor(text: str) -> str:
    """Schema sector of the reference's first sector term (see SEKTOR_MAP)."""
    first = split_list(text)[0]
    if first not in SEKTOR_MAP:
        raise SystemExit(f"Sektor referensi baru, tambahkan ke SEKTOR_MAP: {first!r}")
    return check_allowed(SEKTOR_MAP[first], SEKTOR_POTENSI, "sektor")


def kecamatan_of_cell(cell: str, official: dict[str, str]) -> tuple[list[str], str]:
    """Official kecamatan names in a reference cell (empty list = regency-wide) and a note."""
    if cell in KECAMATAN_CELL:
        name, note = KECAMATAN_CELL[cell]
        return ([name] if name else []), note
    names = split_list(cell)
    unknown = [n for n in names if n not in official]
    if unknown:
        raise SystemExit(f"Kecamatan tidak dikenal di potensi_facts.csv: {unknown}")
    return names, ""


def desa_for(kecamatan: str, desa_cell: str, several_kecamatan: bool) -> list[str]:
    """Official names of the desa of one kecamatan row (a split row keeps only its own)."""
    names = split_list(desa_cell)
    if several_kecamatan:
        names = [n for n in names if DESA_KECAMATAN.get(n) == kecamatan]
    return [DESA_OFFICIAL.get((kecamatan, n), n) for n in names]


def potensi_ids(row_number: int, count: int) -> list[str]:
    """Stable ids: POT-{reference row:04d}, then b, c, … for further kecamatan."""
    base = f"POT-{row_number:04d}"
    return [base] + [f"{base}{chr(ord('b') + i)}" for i in range(count - 1)]


def potensi_deskripsi(text: str, note: str, desa: list[str], others: list[str],
                      regional_desa: str) -> str:
    """The own description plus what the row's placement needs said.

    ``desa`` are this kecamatan's desa (several → listed here, since the desa
    column holds one); ``regional_desa`` is the desa of a row without kecamatan.
    """
    parts = [text]
    if note:
        parts.append(note)
    if len(desa) > 1 and not all(name in text for name in desa):
        parts.append("Desa: " + ", ".join(desa) + ".")
    if regional_desa:
        if regional_desa not in text:
            parts.append(f"Desa {regional_desa}.")
        hint = UNSTATED_KECAMATAN_HINT.get(regional_desa)
        if hint:
            parts.append(hint[0].upper() + hint[1:] + ".")
    if others:
        parts.append("Fakta yang sama dicatat juga untuk Kecamatan " + ", ".join(others) + ".")
    return " ".join(parts)


def potensi_rows(potensi: list[Row], official: dict[str, str]) -> list[Row]:
    """One row per (fact, kecamatan); regency-wide facts keep an empty kecamatan."""
    missing = {row["nama"] for row in potensi} ^ set(DESKRIPSI_POTENSI)
    if missing:
        raise SystemExit(f"Deskripsi potensi tidak cocok dengan referensi: {sorted(missing)}")
    rows = []
    for number, ref in enumerate(potensi, start=1):
        kecamatan, note = kecamatan_of_cell(ref["kecamatan"], official)
        places = kecamatan or [""]
        for ident, place in zip(potensi_ids(number, len(places)), places, strict=True):
            desa = desa_for(place, ref["desa"], len(places) > 1) if place else []
            others = [k for k in kecamatan if k != place]
            rows.append({
                "potensi_id": ident, "nama": ref["nama"], "sektor": potensi_sektor(ref["sektor"]),
                "kategori": check_allowed(ref["jenis"], KATEGORI_POTENSI, "kategori"),
                "kecamatan": place, "desa": desa[0] if len(desa) == 1 else "",
                "deskripsi": potensi_deskripsi(DESKRIPSI_POTENSI[ref["nama"]], note, desa, others,
                                               ref["desa"] if not place else ""),
                "lat": ref["lat"], "lon": ref["lon"],
                "sumber": as_sumber(source_urls(ref["sumber_url"])), "contoh": TIDAK,
            })
    return rows


# --------------------------------------------------------------- peluang_investasi

PELUANG_SUMBER = ("Contoh ilustratif Peta Potensi — bukan data resmi; lokasi dan komoditas dari "
                  "potensi_facts.csv")
PELUANG_TGL = "2026-11-28"

#: Four clearly flagged examples (contoh = ya): no public source gives project
#: figures for Kabupaten Blitar. Each sits on a real potential in a real kecamatan;
#: every figure below is invented for illustration. Points are inside the named
#: desa polygon of the boundary data (rounded representative points).
PELUANG_CONTOH = (
    {"peluang_id": "PI-CONTOH-01", "judul_id": "Pabrik tepung telur dan telur olahan",
     "judul_en": "Egg powder and processed egg plant", "kbli_kode": "10799",
     "sektor_prioritas": "agroindustri", "komoditas": "telur", "kecamatan": "Ponggok",
     "desa": "Dadaplangu", "alamat": "Desa Dadaplangu, dekat titik distribusi telur antarpulau",
     "lat": "-8.0373", "lon": "112.0716", "luas_lahan_ha": "2.5", "status_lahan": "hak_milik",
     "kesesuaian_rtrw": "belum_diketahui", "nilai_investasi_idr": "45000000000",
     "tahun_harga": "2026", "irr_persen": "16.5", "npv_idr": "12400000000",
     "diskonto_persen": "12", "payback_tahun": "5.8", "umur_proyek_tahun": "15",
     "skema_investasi": "PMDN", "tenaga_kerja_est": "120",
     "insentif": "kemudahan_perizinan; insentif_daerah", "tingkat_kesiapan": "pre_fs"},
    {"peluang_id": "PI-CONTOH-02", "judul_id": "Pusat pengumpulan, karantina dan ekspor ikan koi",
     "judul_en": "Koi collection, quarantine and export hub", "kbli_kode": "03243",
     "sektor_prioritas": "perikanan", "komoditas": "ikan koi", "kecamatan": "Nglegok",
     "desa": "Kemloko", "alamat": "Kawasan Minapolitan koi, Desa Kemloko",
     "lat": "-8.0346", "lon": "112.1941", "luas_lahan_ha": "1.5", "status_lahan": "tanah_kas_desa",
     "kesesuaian_rtrw": "sesuai", "nilai_investasi_idr": "18000000000", "tahun_harga": "2026",
     "irr_persen": "14.8", "npv_idr": "4200000000", "diskonto_persen": "12",
     "payback_tahun": "6.2", "umur_proyek_tahun": "10", "skema_investasi": "PMDN",
     "tenaga_kerja_est": "45", "insentif": "kemudahan_perizinan", "tingkat_kesiapan": "prospektif"},
    {"peluang_id": "PI-CONTOH-03", "judul_id": "Vila dan fasilitas wisata Pantai Tambakrejo",
     "judul_en": "Beach villas and visitor facilities at Tambakrejo Beach", "kbli_kode": "55193",
     "sektor_prioritas": "pariwisata", "komoditas": "wisata pantai", "kecamatan": "Wonotirto",
     "desa": "Tambakrejo", "alamat": "Desa Tambakrejo, dekat Pantai Tambakrejo dan ruas JLS",
     "lat": "-8.3078", "lon": "112.1579", "luas_lahan_ha": "4", "status_lahan": "bmd_pemda",
     "kesesuaian_rtrw": "perlu_kkpr", "nilai_investasi_idr": "32000000000", "tahun_harga": "2026",
     "irr_persen": "13.6", "npv_idr": "3100000000", "diskonto_persen": "11",
     "payback_tahun": "7.5", "umur_proyek_tahun": "20", "skema_investasi": "kerja_sama_BMD",
     "tenaga_kerja_est": "60", "insentif": "insentif_daerah; kemudahan_perizinan",
     "tingkat_kesiapan": "ipro_siap_ditawarkan"},
    {"peluang_id": "PI-CONTOH-04", "judul_id": "Pengolahan biji kakao menjadi pasta dan bubuk kakao",
     "judul_en": "Cocoa bean processing into cocoa liquor and powder", "kbli_kode": "10731",
     "sektor_prioritas": "agroindustri", "komoditas": "kakao", "kecamatan": "Kademangan",
     "desa": "Plosorejo", "alamat": "Desa Plosorejo, dekat Kampung Coklat",
     "lat": "-8.171", "lon": "112.165", "luas_lahan_ha": "1.2", "status_lahan": "belum_diketahui",
     "kesesuaian_rtrw": "belum_diketahui", "nilai_investasi_idr": "9500000000",
     "tahun_harga": "2026", "irr_persen": "13.2", "npv_idr": "1300000000",
     "diskonto_persen": "12", "payback_tahun": "6.8", "umur_proyek_tahun": "10",
     "skema_investasi": "PMDN", "tenaga_kerja_est": "35", "insentif": "kemudahan_perizinan",
     "tingkat_kesiapan": "identifikasi_potensi"},
)

_PELUANG_NUMBERS = ("luas_lahan_ha", "nilai_investasi_idr", "irr_persen", "npv_idr",
                    "diskonto_persen", "payback_tahun")


def peluang_rows(official: dict[str, str]) -> list[Row]:
    """The example opportunities, checked against the schema's value lists."""
    rows = []
    for example in PELUANG_CONTOH:
        row = dict(example)
        if row["kecamatan"] not in official:
            raise SystemExit(f"Kecamatan contoh tidak resmi: {row['kecamatan']}")
        for column in _PELUANG_NUMBERS:
            plain_number(row[column])
        check_allowed(row["sektor_prioritas"], SEKTOR_PRIORITAS, "sektor_prioritas")
        check_allowed(row["status_lahan"], STATUS_LAHAN, "status_lahan")
        check_allowed(row["tingkat_kesiapan"], TINGKAT_KESIAPAN, "tingkat_kesiapan")
        row.update({"kontak_instansi": "DPMPTSP Kabupaten Blitar", "sumber": PELUANG_SUMBER,
                    "tgl_pembaruan": PELUANG_TGL, "status_publikasi": "draft", "contoh": YA})
        rows.append(row)
    return rows


# -------------------------------------------------------------------- store check


def check_against_store(out_dir: Path, store: Path, official: dict[str, str]) -> list[str]:
    """Problems found comparing the written seed with the boundary store.

    Checks: the reference's 22 names equal the store's kecamatan names; every desa
    named lies in its stated kecamatan; every lat/lon lies inside the polygon of its
    stated kecamatan. Imported lazily: building the seed needs no GIS stack.
    """
    import geopandas as gpd
    import shapely

    kecamatan = gpd.read_file(store, layer="kecamatan")
    desa = gpd.read_file(store, layer="desa")
    names = dict(zip(kecamatan.nama, kecamatan.kode, strict=True))
    problems: list[str] = []
    if names != official:
        problems.append(f"nama/kode kecamatan referensi ≠ store: "
                        f"{sorted(set(official.items()) ^ set(names.items()))}")
    desa_by_kec = {(row.kode_kec, row.nama) for row in desa.itertuples()}
    geometry = dict(zip(kecamatan.nama, kecamatan.geometry, strict=True))
    for layer, key in (("potensi", "potensi_id"), ("peluang_investasi", "peluang_id"),
                       ("inovasi", "inovasi_id")):
        with (out_dir / f"{layer}.csv").open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                kec = row.get("kecamatan", "")
                if kec and kec not in names:
                    problems.append(f"{layer} {row[key]}: kecamatan {kec!r} tidak ada di store")
                    continue
                if row.get("desa") and (names.get(kec), row["desa"]) not in desa_by_kec:
                    problems.append(f"{layer} {row[key]}: desa {row['desa']!r} tidak ada di "
                                    f"Kecamatan {kec}")
                if row.get("lat"):
                    point = shapely.Point(float(row["lon"]), float(row["lat"]))
                    inside = [n for n, g in geometry.items() if g.covers(point)]
                    if kec and kec not in inside:
                        problems.append(f"{layer} {row[key]}: titik di {inside or 'luar kabupaten'}, "
                                        f"bukan {kec}")
                    in_desa = list(desa.nama[desa.covers(point)])
                    if row.get("desa") and row["desa"] not in in_desa:
                        # the importer checks kecamatan only; a desa mismatch is worth a look
                        print(f"PERINGATAN: {layer} {row[key]}: titik berada di Desa "
                              f"{', '.join(in_desa) or '-'}, bukan Desa {row['desa']}",
                              file=sys.stderr)
    return problems


# ---------------------------------------------------------------------------- main


def build(reference: Path, out_dir: Path) -> dict[str, int]:
    """Read the reference, write the five seed files; return row counts."""
    stats = read_reference_csv(reference / "kecamatan_stats.csv")
    potensi = read_reference_csv(reference / "potensi_facts.csv")
    inovasi = read_reference_csv(reference / "inovasi_facts.csv")
    facts_path = reference / "BLITAR_FACTS.md"
    if not facts_path.is_file():
        raise SystemExit(f"Berkas referensi tidak ada: {facts_path}")
    facts_text = facts_path.read_text(encoding="utf-8")
    official = official_kecamatan(stats)

    tables = {
        "opd": opd_rows(inovasi),
        "inovasi": inovasi_rows(inovasi, official),
        "indikator": kabupaten_indicator_rows(facts_text) + kecamatan_indicator_rows(stats),
        "potensi": potensi_rows(potensi, official),
        "peluang_investasi": peluang_rows(official),
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, rows in tables.items():
        write_table(name, rows, out_dir)
    return {name: len(rows) for name, rows in tables.items()}


def main(argv: list[str] | None = None) -> int:
    """Command line: build, report counts, optionally verify against a store."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("reference", nargs="?", type=Path, default=DEFAULT_REFERENCE,
                        help=f"folder referensi (bawaan: {DEFAULT_REFERENCE})")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder keluaran seed")
    parser.add_argument("--check-store", type=Path, default=None,
                        help="GeoPackage batas wilayah untuk memeriksa nama dan titik")
    args = parser.parse_args(argv)
    counts = build(args.reference, args.out)
    for name, count in counts.items():
        print(f"{args.out / (name + '.csv')}: {count} baris")
    if args.check_store:
        stats = read_reference_csv(args.reference / "kecamatan_stats.csv")
        problems = check_against_store(args.out, args.check_store, official_kecamatan(stats))
        for problem in problems:
            print(f"MASALAH: {problem}", file=sys.stderr)
        if problems:
            return 1
        print(f"Cocok dengan {args.check_store}: nama kecamatan/desa dan semua titik.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
