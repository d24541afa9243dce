#!/usr/bin/env python3
"""Build the project's seed tables (``data/seed/*.csv``) from the reference facts.

Why a script and not hand-written seed CSVs: every number in the seed must be
traceable to the reference row (and so to the public page) it came from, and the
choices made on the way — which URL supports which column, how a free-text sector
becomes one of the schema's sectors, which year an undated innovation is filed
under — must be readable and repeatable. The choices are kept in two places: the
curated records (the project's descriptions, readings of the reference, corrected
names, the regency totals, the example opportunities) are CSV files in
``data/seed/sources/`` (described in ``data/seed/README.md``), and the rules that
combine them with the reference are this file. Run it again after the reference or
a source file changes and the seed follows; run it twice and the bytes are the same.

Inputs (read-only):

- the reference folder (default ``../shared/reference`` beside the repository):
  ``kecamatan_stats.csv``, ``potensi_facts.csv``, ``inovasi_facts.csv`` and
  ``BLITAR_FACTS.md`` (regency totals and their source URLs);
- the curated sources (default ``data/seed/sources``), see ``Curated``.

Outputs: ``data/seed/{opd,inovasi,indikator,potensi,peluang_investasi}.csv`` —
UTF-8, comma-separated, header = ``TABLES[name].names``, plain machine values
(``.`` decimals, ISO dates, ``ya``/``tidak``, lists joined with ``; ``).

The descriptions are the project's own short texts (the reference's sentences are
notes, not copy); facts and figures are kept with their sources.

Usage::

    python scripts/build_seed.py                      # default reference folder
    python scripts/build_seed.py /path/to/reference --out data/seed
    python scripts/build_seed.py --sources data/seed/sources   # curated records (default)
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
from typing import NamedTuple

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:  # runnable as `python scripts/build_seed.py`
    sys.path.insert(0, str(REPO_ROOT))

from potensi.data.schema import (  # noqa: E402  (path set up above)
    BENTUK_INOVASI,
    INISIATOR,
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
DEFAULT_SOURCES = REPO_ROOT / "data" / "seed" / "sources"
DEFAULT_OUT = REPO_ROOT / "data" / "seed"
TIDAK, YA = "tidak", "ya"

# --------------------------------------------------------------------------- helpers


def read_text_csv(path: Path, what: str) -> tuple[tuple[str, ...], list[Row]]:
    """Header and rows of a CSV as stripped text; a missing file stops the build.

    Everything stays text so a value is written exactly as the source gave it.
    """
    if not path.is_file():
        raise SystemExit(f"Berkas {what} tidak ada: {path}")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = [{key.strip(): (value or "").strip() for key, value in row.items()} for row in reader]
        return tuple(column.strip() for column in reader.fieldnames or ()), rows


def read_reference_csv(path: Path) -> list[Row]:
    """Rows of a reference CSV (see ``read_text_csv``)."""
    return read_text_csv(path, "referensi")[1]


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
        raise ValueError(f"{text!r} akan terbaca sebagai ribuan oleh importer; tulis dengan 2 desimal")
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


# ------------------------------------------------------------------ curated sources


def read_source(folder: Path, name: str, columns: tuple[str, ...] | None) -> list[Row]:
    """Rows of ``{folder}/{name}.csv``; with ``columns``, the header must be exactly that.

    A renamed or missing column stops the build instead of silently reading as
    empty text (most cells are optional, so a typo would otherwise go unnoticed).
    """
    path = folder / f"{name}.csv"
    header, rows = read_text_csv(path, "sumber kurasi")
    if columns is not None and header != columns:
        raise SystemExit(f"{path}: kolom {list(header)}, seharusnya {list(columns)}")
    return rows


def keyed(rows: list[Row], key: str, name: str) -> dict[str, Row]:
    """Rows by their key column, refusing a key written twice (the later would win)."""
    by_key: dict[str, Row] = {}
    for row in rows:
        if row[key] in by_key:
            raise SystemExit(f"{name}.csv: {key} {row[key]!r} tertulis dua kali")
        by_key[row[key]] = row
    return by_key


class Curated(NamedTuple):
    """The project's curated records, one CSV each in ``data/seed/sources/``.

    They hold what the reference does not: the project's own descriptions, the
    readings of reference cells that are not plain values, the regency totals
    (prose in BLITAR_FACTS.md) and the invented example opportunities. What each
    file holds and where its facts come from is in ``data/seed/README.md``.
    """

    #: Regency totals, each with the text that must still be in BLITAR_FACTS.md.
    indikator_kabupaten: list[Row]
    #: Which ``kecamatan_stats.csv`` column becomes which indicator, with year, note
    #: and the URL fragments of the pages that give it; rows with a ``kode_wilayah``
    #: replace the general row of the same column for that kecamatan.
    indikator_kecamatan: list[Row]
    #: kode_opd → the agency's name, abbreviation and jenis.
    opd: dict[str, Row]
    #: The reference's ``opd`` text → kode_opd.
    opd_of_text: dict[str, str]
    #: nama_inovasi → description, initiator, theme, readings of "unknown" cells,
    #: estimated year and an extra source.
    inovasi: dict[str, Row]
    #: nama_inovasi → the potential sectors and potensi ids it supports, with why
    #: (the project's classification; an innovation not listed supports none).
    inovasi_potensi: dict[str, Row]
    #: Potential ``nama`` → description and a note on its location.
    potensi: dict[str, Row]
    #: Reference kecamatan cells that are not a plain name → the name (empty =
    #: regency-wide) and the note for the description.
    kecamatan_cells: dict[str, Row]
    #: (kecamatan, desa as the reference writes it) → official desa name.
    desa_names: dict[tuple[str, str], str]
    #: The example investment opportunities, in schema columns.
    peluang: list[Row]

    @classmethod
    def read(cls, folder: Path) -> Curated:
        """Read and key every source file (header checked, duplicate keys refused)."""
        desa = read_source(folder, "desa_referensi", ("kecamatan", "desa_referensi", "desa", "keterangan"))
        desa_names = {(row["kecamatan"], row["desa_referensi"]): row["desa"] for row in desa}
        if len(desa_names) != len(desa):
            raise SystemExit("desa_referensi.csv: pasangan kecamatan dan desa tertulis dua kali")
        opd_text = read_source(folder, "opd_teks_referensi", ("teks_opd", "kode_opd"))
        return cls(
            indikator_kabupaten=read_source(
                folder,
                "indikator_kabupaten",
                (
                    "kode_wilayah",
                    "indikator",
                    "tahun",
                    "nilai",
                    "satuan",
                    "catatan",
                    "tertulis_di_referensi",
                    "sumber",
                ),
            ),
            indikator_kecamatan=read_source(
                folder,
                "indikator_kecamatan",
                ("kode_wilayah", "kolom", "indikator", "tahun", "satuan", "catatan", "sumber_memuat"),
            ),
            opd=keyed(
                read_source(folder, "opd", ("kode_opd", "nama_opd", "singkatan", "jenis", "keterangan")),
                "kode_opd",
                "opd",
            ),
            opd_of_text={
                text: row["kode_opd"]
                for text, row in keyed(opd_text, "teks_opd", "opd_teks_referensi").items()
            },
            inovasi=keyed(
                read_source(
                    folder,
                    "inovasi",
                    (
                        "nama_inovasi",
                        "deskripsi",
                        "tematik",
                        "inisiator_tipe",
                        "inisiator_nama",
                        "bentuk_bacaan",
                        "bentuk_bacaan_alasan",
                        "tahapan_bacaan",
                        "tahapan_bacaan_alasan",
                        "tahun_perkiraan",
                        "tahun_perkiraan_alasan",
                        "sumber_tambahan",
                        "sumber_tambahan_tanggal",
                    ),
                ),
                "nama_inovasi",
                "inovasi",
            ),
            inovasi_potensi=keyed(
                read_source(
                    folder, "inovasi_potensi", ("nama_inovasi", "sektor_potensi", "potensi_terkait", "alasan")
                ),
                "nama_inovasi",
                "inovasi_potensi",
            ),
            potensi=keyed(
                read_source(folder, "potensi", ("nama", "deskripsi", "catatan_lokasi")), "nama", "potensi"
            ),
            kecamatan_cells=keyed(
                read_source(folder, "kecamatan_referensi", ("kecamatan_referensi", "kecamatan", "catatan")),
                "kecamatan_referensi",
                "kecamatan_referensi",
            ),
            desa_names=desa_names,
            peluang=read_source(folder, "peluang_investasi", None),
        )


# ------------------------------------------------------------------- official names


def official_kecamatan(stats: list[Row]) -> dict[str, str]:
    """Official kecamatan name → Kemendagri code, from ``kecamatan_stats.csv``.

    The 22 names there match the boundary store (checked with ``--check-store``);
    every kecamatan written to the seed must be one of them.
    """
    return {row["kecamatan"]: row["kode"] for row in stats}


# ----------------------------------------------------------------------- indikator


def pick_sources(urls: list[str], fragments: list[str]) -> list[str]:
    """The row's URLs that contain one of ``fragments`` (all of them if none do)."""
    chosen = [url for url in urls if any(fragment in url for fragment in fragments)]
    return chosen or urls


def check_year(text: str, what: str) -> str:
    """A year as written in a source file: four digits, else the build stops."""
    if not re.fullmatch(r"\d{4}", text):
        raise SystemExit(f"{what}: tahun {text!r} bukan angka tahun")
    return text


def kabupaten_indicator_rows(facts_text: str, facts: list[Row]) -> list[Row]:
    """Regency totals, each checked against BLITAR_FACTS.md before it is written.

    The figures are prose in a Markdown file, so they are declared in
    ``indikator_kabupaten.csv`` and the file is only searched for them (as written
    there, and for every source URL): a change in the reference stops the build
    rather than silently keeping an old number.
    """
    rows = []
    for fact in facts:
        indikator, tahun = fact["indikator"], fact["tahun"]
        if fact["tertulis_di_referensi"] not in facts_text:
            raise SystemExit(
                f"BLITAR_FACTS.md tidak lagi memuat {fact['tertulis_di_referensi']} ({indikator} {tahun})"
            )
        urls = source_urls(fact["sumber"])
        for url in urls:
            if url not in facts_text:
                raise SystemExit(f"BLITAR_FACTS.md tidak lagi mencantumkan sumber {url}")
        rows.append(
            {
                "kode_wilayah": fact["kode_wilayah"],
                "indikator": indikator,
                "tahun": check_year(tahun, f"indikator_kabupaten {indikator}"),
                "nilai": plain_number(fact["nilai"]),
                "satuan": fact["satuan"],
                "sumber": as_sumber(urls),
                "catatan": fact["catatan"],
                "contoh": TIDAK,
            }
        )
    return rows


def kecamatan_indicator_rows(stats: list[Row], columns: list[Row]) -> list[Row]:
    """One row per (kecamatan, indicator, year) that has a value; empty stays absent.

    Values are copied as the reference wrote them (already plain numbers), so they
    equal the cited source exactly. ``columns`` (``indikator_kecamatan.csv``) says
    which reference column is which indicator and which of the row's URLs give it:
    the reference lists every source of a kecamatan, a figure cites only the pages
    containing one of its ``sumber_memuat`` fragments. A row with a ``kode_wilayah``
    replaces the general row of the same column for that kecamatan only.
    """
    general = [spec for spec in columns if not spec["kode_wilayah"]]
    special = {(spec["kode_wilayah"], spec["kolom"]): spec for spec in columns if spec["kode_wilayah"]}
    unmatched = {kolom for _kode, kolom in special} - {spec["kolom"] for spec in general}
    if unmatched:
        raise SystemExit(f"indikator_kecamatan.csv: pengecualian tanpa baris umum: {sorted(unmatched)}")
    rows = []
    for stat in sorted(stats, key=lambda r: r["kode"]):
        urls = source_urls(stat["sumber_url"])
        for default in general:
            spec = special.get((stat["kode"], default["kolom"]), default)
            value = stat.get(spec["kolom"], "")
            if not value:
                continue  # missing stays missing: no row, never 0
            rows.append(
                {
                    "kode_wilayah": stat["kode"],
                    "indikator": spec["indikator"],
                    "tahun": check_year(spec["tahun"], f"indikator_kecamatan {spec['kolom']}"),
                    "nilai": plain_number(value),
                    "satuan": spec["satuan"],
                    "sumber": as_sumber(pick_sources(urls, source_urls(spec["sumber_memuat"]))),
                    "catatan": spec["catatan"],
                    "contoh": TIDAK,
                }
            )
    return rows


# ------------------------------------------------------------ statistik (published figures)

#: the caveat every SP2010 quick-count row carries (and the map shows: all 22 rows share it)
OLAH_CEPAT = (
    "angka sementara: hasil olah cepat Sensus Penduduk 2010 (BPS); jumlah 22 kecamatan 1.116.010, "
    "angka final kabupaten 1.116.639; angka final per kecamatan hanya diketahui untuk 4 kecamatan "
    "(indikator penduduk_sp2010_final)"
)
#: kabupaten_series.csv indicator → (seed key, unit); a reference key not listed is not seeded
#: (quarterly growth, predicates as text, weak or undated figures, a duplicate of BLITAR_FACTS.md)
STATISTIK_KABUPATEN = {
    "persentase_penduduk_miskin_P0": ("persentase_penduduk_miskin", "persen"),
    "jumlah_penduduk_miskin": ("jumlah_penduduk_miskin", "jiwa"),
    "garis_kemiskinan": ("garis_kemiskinan", "Rp/kapita/bulan"),
    "indeks_kedalaman_kemiskinan_P1": ("indeks_kedalaman_kemiskinan", "indeks"),
    "indeks_keparahan_kemiskinan_P2": ("indeks_keparahan_kemiskinan", "indeks"),
    "laju_pertumbuhan_ekonomi": ("laju_pertumbuhan_ekonomi", "persen"),
    "tingkat_pengangguran_terbuka": ("tingkat_pengangguran_terbuka", "persen"),
    "prevalensi_stunting_SSGI": ("prevalensi_stunting_ssgi", "persen"),
    "prevalensi_stunting_SKI": ("prevalensi_stunting_ski", "persen"),
    "IPM": ("ipm", "indeks"),
    "IID_skor": ("iid_skor", "skor"),
    "IID_peringkat_nasional": ("iid_peringkat_nasional", "peringkat"),
    "jumlah_penduduk_Dukcapil_akhir_2021": ("penduduk_dukcapil", "jiwa"),
    "luas_wilayah_BIG_2024": ("luas_wilayah_sumber_lain", "km²"),
}
#: the note of a population figure of ``kecamatan_penduduk_luas.csv`` by its ``jenis_data``
#: (prefix): short, one per kind, each with its English in potensi/i18n/data_values.py —
#: the profile shows it under the figure in either language; the reference's own doubts
#: stay in the reference (and in the note of a ``_sumber_lain`` figure)
_SERIES = "seri penduduk kecamatan, dashboard BPS Kabupaten Blitar (sumber asal tidak disebut)"
STATISTIK_NOTES = {
    "estimasi pertengahan 2024": "estimasi pertengahan tahun 2024 (dikutip Wikipedia)",
    "Dukcapil 2022": "data Dukcapil 2022 (dikutip berita BPS Kabupaten Blitar)",
    "populasi infobox": "jumlah per desa, dashboard BPS Kabupaten Blitar (tahun data kemungkinan 2024)",
    "jumlah per desa": "jumlah per desa, dashboard BPS Kabupaten Blitar (tahun data kemungkinan 2024)",
    "seri penduduk kecamatan": _SERIES,
    "idem": _SERIES,
    "SP2020 (perempuan saja": "Sensus Penduduk 2020, penduduk perempuan saja (berita mengutip BPS)",
}
STATISTIK_WILAYAH = {"Kabupaten Blitar": "35.05", "Provinsi Jawa Timur": "35"}
_URL = re.compile(r"https?://[^\s|,;()]+")


def statistik_urls(text: str) -> list[str]:
    """The URLs of a ``statistik`` source cell, which mixes URLs with words ("… (src/App.js, commit …)")."""
    urls = list(dict.fromkeys(u.rstrip(".") for u in _URL.findall(text)))
    if not urls:
        raise SystemExit(f"statistik: sumber tanpa URL: {text!r}")
    return urls


def _statistik_note(row: Row, *extra: str) -> str:
    parts = [row.get("tabel_atau_keterangan") or row.get("tabel", ""), row.get("catatan", ""), *extra]
    return "; ".join(p for p in parts if p)


def statistik_kabupaten_rows(series: list[Row], existing: list[Row]) -> list[Row]:
    """The kabupaten (and Jawa Timur benchmark) series of ``statistik/kabupaten_series.csv``.

    A figure already seeded from BLITAR_FACTS.md (same area, key, year, value) is not
    repeated. The BIG 2024 area disagrees with the BPS/Pemkab area the map and profile
    use: it is kept as ``luas_wilayah_sumber_lain`` and says so.
    """
    have = {(r["kode_wilayah"], r["indikator"], r["tahun"]) for r in existing}
    rows = []
    for row in series:
        spec = STATISTIK_KABUPATEN.get(row["indikator"])
        kode = STATISTIK_WILAYAH.get(row["wilayah"])
        if spec is None or kode is None or not row["tahun"]:
            continue
        key, satuan = spec
        if (kode, key, row["tahun"]) in have:
            raise SystemExit(f"statistik: {kode} {key} {row['tahun']} sudah ada di seed")
        extra = "peta dan profil memakai luas BPS/Pemkab 1.588,79 km²" if key.endswith("_sumber_lain") else ""
        rows.append(
            {
                "kode_wilayah": kode,
                "indikator": key,
                "tahun": check_year(row["tahun"], f"statistik {row['indikator']}"),
                "nilai": plain_number(row["nilai"]),
                "satuan": satuan,
                "sumber": as_sumber(statistik_urls(row["sumber_url"])),
                "catatan": _statistik_note(row, extra),
                "contoh": TIDAK,
            }
        )
    return rows


def statistik_kecamatan_rows(figures: list[Row], seeded: list[Row]) -> list[Row]:
    """Population and area by kecamatan from ``statistik/kecamatan_penduduk_luas.csv``.

    - SP2010 *hasil olah cepat* (all 22): ``penduduk`` 2010, the figure the map uses
      for 2010 (one source for all 22, so they compare), with :data:`OLAH_CEPAT` as
      caveat; its male/female split as ``penduduk_laki_laki`` / ``penduduk_perempuan``.
    - a figure for a (kecamatan, key, year) the seed has with another value from
      another source is kept as ``<key>_sumber_lain`` naming the value the map uses;
    - figures for years the seed lacks (2022–2024 series, female SP2020 counts) are
      added; a figure without a year (Srengat 64.905) is not.
    """
    have = {(r["kode_wilayah"], r["indikator"], r["tahun"]): r for r in seeded}
    out: dict[tuple[str, str, str], Row] = {}

    def add(kode: str, key: str, tahun: str, nilai: str, satuan: str, row: Row, note: str) -> None:
        urls = statistik_urls(row["sumber_url"])
        current = have.get((kode, key, tahun)) or out.get((kode, key, tahun))
        if current is not None:
            if float(current["nilai"]) == float(nilai):
                if (kode, key, tahun) in out:  # the same figure from a second source: cite both
                    merged = source_urls(current["sumber"]) + urls
                    current["sumber"] = as_sumber(dict.fromkeys(merged))
                return
            whole, _, decimals = current["nilai"].partition(".")
            used = f"{int(whole):,}".replace(",", ".") + (f",{decimals}" if decimals else "")
            key = f"{key}_sumber_lain"
            note = f"{note}; peta memakai {used} ({current['catatan'].split(';')[0]})".strip("; ")
            if (kode, key, tahun) in out:
                return
        out[(kode, key, tahun)] = {
            "kode_wilayah": kode,
            "indikator": key,
            "tahun": check_year(tahun, f"statistik {kode} {key}"),
            "nilai": plain_number(nilai),
            "satuan": satuan,
            "sumber": as_sumber(urls),
            "catatan": note,
            "contoh": TIDAK,
        }

    for row in figures:
        kode, jenis, tahun = row["kode_kemendagri"], row["jenis_data"], row["tahun"]
        if len(kode) != 8:
            continue  # the kabupaten line of the book: the seed's total is the final SP2010
        if jenis.startswith("SP2010 hasil olah cepat"):
            add(kode, "penduduk", "2010", row["penduduk"], "jiwa", row, OLAH_CEPAT)
            add(kode, "penduduk_laki_laki", "2010", row["penduduk_laki"], "jiwa", row, OLAH_CEPAT)
            add(kode, "penduduk_perempuan", "2010", row["penduduk_perempuan"], "jiwa", row, OLAH_CEPAT)
            continue
        if row["luas_km2"]:
            # every area is filed under 2020 like the seed's others (most sources give no
            # year), so two sources' areas of one kecamatan meet and the second is kept aside
            add(kode, "luas_wilayah", "2020", row["luas_km2"], "km²", row, _statistik_note(row, jenis))
        if not tahun:
            continue
        note = next((n for prefix, n in STATISTIK_NOTES.items() if jenis.startswith(prefix)), None)
        if row["penduduk"] and not jenis.startswith("SP2010"):
            add(kode, "penduduk", tahun, row["penduduk"], "jiwa", row, note or _statistik_note(row, jenis))
        elif not row["penduduk"] and row["penduduk_perempuan"]:
            female = row["penduduk_perempuan"]
            add(kode, "penduduk_perempuan", tahun, female, "jiwa", row, note or _statistik_note(row, jenis))
    return sorted(out.values(), key=lambda r: (r["kode_wilayah"], r["indikator"], r["tahun"]))


# ----------------------------------------------------------------------------- opd


def opd_code(text: str, opd_of_text: dict[str, str]) -> str:
    """Kode of the agency a reference ``opd`` cell names (PEMKAB_BLITAR if unknown).

    Rows whose OPD the source does not name ("unknown", even with a hint in
    brackets) go to PEMKAB_BLITAR: the innovation is the regency's, the agency is
    not known; the hint is kept in the description.
    """
    if text.lower().startswith("unknown"):
        return "PEMKAB_BLITAR"
    if text not in opd_of_text:
        raise SystemExit(
            f"OPD baru di inovasi_facts.csv, tambahkan ke data/seed/sources/opd_teks_referensi.csv: {text!r}"
        )
    return opd_of_text[text]


def opd_rows(inovasi: list[Row], registry: dict[str, Row], opd_of_text: dict[str, str]) -> list[Row]:
    """One row per agency that an innovation row *names*, sourced to that row.

    An agency only guessed from an "unknown (…)" hint (e.g. Diskominfo) gets no
    row: nothing in the reference attributes an innovation to it. Names come from
    ``registry`` (``opd.csv`` of the sources).
    """
    first_source: dict[str, str] = {}
    for row in inovasi:
        if row["opd"].lower().startswith("unknown"):
            continue
        code = opd_code(row["opd"], opd_of_text)
        first_source.setdefault(code, source_urls(row["sumber_url"])[0])
    rows = []
    for code in sorted(first_source):
        if code not in registry:
            raise SystemExit(f"kode_opd {code!r} tidak ada di data/seed/sources/opd.csv")
        agency = registry[code]
        rows.append(
            {
                "kode_opd": code,
                "nama_opd": agency["nama_opd"],
                "singkatan": agency["singkatan"],
                "jenis": check_allowed(agency["jenis"], JENIS_OPD, "opd.jenis"),
                "aktif": YA,
                "sumber": first_source[code],
                "contoh": TIDAK,
            }
        )
    return rows


# ------------------------------------------------------------------------- inovasi

#: The reference's category words → the schema's values. "unknown" leaves ``jenis``
#: empty; ``bentuk``/``tahapan`` are required by the schema, so a word without a
#: value here is replaced by the curated reading (``curated_reading``). Kept in code:
#: they map onto the schema's own lists and change with the schema, not the facts.
JENIS_MAP = {"digital": "digital", "non-digital": "non_digital", "unknown": ""}
BENTUK_MAP = {
    "pelayanan publik": "pelayanan_publik",
    "tata kelola": "tata_kelola_pemda",
    "lainnya": "inovasi_daerah_lainnya",
}
TAHAPAN_MAP = {"inisiatif": "inisiatif", "uji coba": "uji_coba", "penerapan": "penerapan"}

_BULAN = {
    name: number
    for number, name in enumerate(
        (
            "Januari",
            "Februari",
            "Maret",
            "April",
            "Mei",
            "Juni",
            "Juli",
            "Agustus",
            "September",
            "Oktober",
            "November",
            "Desember",
        ),
        start=1,
    )
}
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


def reporting_year(row: Row, all_rows: list[Row], curated: Row) -> tuple[int, str]:
    """The year to file an innovation under, and how it was found (empty = given).

    Order: the reference's own year; else the earliest year in the row's URLs or
    note; else the year in the URL of the curated extra source
    (``sumber_tambahan``); else the earliest year in the notes of other rows citing
    the same article; else the curated estimate (``tahun_perkiraan``, with why).
    """
    nama = row["nama_inovasi"]
    if row["tahun"].isdigit():
        return int(row["tahun"]), ""
    urls = source_urls(row["sumber_url"])
    own = years_in(urls, row["keterangan"])
    if own:
        return min(own), f"tahun pelaporan {min(own)} diambil dari tanggal/teks sumber"
    if curated["sumber_tambahan"]:
        extra = years_in([curated["sumber_tambahan"]], "")
        if extra:
            return min(extra), (
                f"tahun pelaporan {min(extra)} dari berita tambahan di luar referensi (tautan terakhir)"
            )
    shared = [
        year
        for other in all_rows
        if other is not row and set(source_urls(other["sumber_url"])) & set(urls)
        for year in years_in([], other["keterangan"] + " " + other["tahun"])
    ]
    if shared:
        return min(shared), f"tahun pelaporan {min(shared)} diambil dari berita yang sama"
    if curated["tahun_perkiraan"]:
        year = int(check_year(curated["tahun_perkiraan"], f"inovasi {nama!r}"))
        return year, f"tahun pelaporan {year} diperkirakan ({curated['tahun_perkiraan_alasan']})"
    raise SystemExit(
        f"Tahun inovasi {nama!r} tidak dapat ditentukan; isi tahun_perkiraan di data/seed/sources/inovasi.csv"
    )


def curated_reading(curated: Row, column: str, nama: str) -> tuple[str, str]:
    """Our reading of a category the reference leaves "unknown", and why.

    ``bentuk`` and ``tahapan`` are required by the schema, so an unknown one must
    be read from the reference's note; the reason goes into the description.
    """
    value = curated[f"{column}_bacaan"]
    if not value:
        raise SystemExit(
            f"{column} inovasi {nama!r} tidak diketahui referensi; isi {column}_bacaan "
            "di data/seed/sources/inovasi.csv"
        )
    return value, curated[f"{column}_bacaan_alasan"]


def inovasi_kecamatan(cell: str, official: dict[str, str]) -> str:
    """One official kecamatan, or empty for "kabupaten" or several kecamatan."""
    names = split_list(cell)
    if cell == "kabupaten" or len(names) != 1:
        return ""
    if names[0] not in official:
        raise SystemExit(f"Kecamatan inovasi tidak dikenal: {cell!r}")
    return names[0]


def inovasi_rows(
    inovasi: list[Row], official: dict[str, str], curated: dict[str, Row], opd_of_text: dict[str, str]
) -> list[Row]:
    """One registry row per innovation in the reference, ids INV-{tahun}-{urut}.

    ``curated`` (``inovasi.csv`` of the sources) must name exactly the reference's
    innovations, each with a description: none is missing, nor left over from a
    renamed row.
    """
    missing = {row["nama_inovasi"] for row in inovasi} ^ set(curated)
    missing |= {nama for nama, own in curated.items() if not own["deskripsi"]}
    if missing:
        raise SystemExit(f"Deskripsi inovasi tidak cocok dengan referensi: {sorted(missing)}")
    seq: dict[int, int] = {}
    rows = []
    for row in inovasi:
        nama = row["nama_inovasi"]
        own = curated[nama]
        year, year_note = reporting_year(row, inovasi, own)
        seq[year] = seq.get(year, 0) + 1
        notes = [year_note] if year_note else []
        bentuk = BENTUK_MAP.get(row["bentuk"], "")
        if not bentuk:
            bentuk, why = curated_reading(own, "bentuk", nama)
            notes.append(f"bentuk dibaca dari catatan sumber ({why})")
        tahapan = TAHAPAN_MAP.get(row["tahapan"], "")
        if not tahapan:
            tahapan, why = curated_reading(own, "tahapan", nama)
            notes.append(f"tahapan dibaca dari catatan sumber ({why})")
        urls = source_urls(row["sumber_url"])
        if own["sumber_tambahan"]:
            urls.append(own["sumber_tambahan"])
        deskripsi = own["deskripsi"]
        if notes:
            deskripsi += " Catatan: " + "; ".join(notes) + "."
        rows.append(
            {
                "inovasi_id": f"INV-{year}-{seq[year]:04d}",
                "tahun_pelaporan": str(year),
                "nama_inovasi": nama,
                "kode_opd": opd_code(row["opd"], opd_of_text),
                "inisiator_tipe": check_allowed(own["inisiator_tipe"], INISIATOR, "inisiator_tipe"),
                "inisiator_nama": own["inisiator_nama"],
                "bentuk": check_allowed(bentuk, BENTUK_INOVASI, "bentuk"),
                "jenis": check_allowed(JENIS_MAP[row["jenis"]], JENIS_INOVASI, "jenis"),
                "tahapan": check_allowed(tahapan, TAHAPAN_INOVASI, "tahapan"),
                "tematik": own["tematik"],
                "tgl_penerapan": launch_date(row["keterangan"]) or own["sumber_tambahan_tanggal"],
                "kecamatan": inovasi_kecamatan(row["kecamatan"], official),
                "deskripsi": deskripsi,
                "bukti_url": as_url_list(urls),
                "status": "",
                "sumber": as_sumber(urls),
                "contoh": TIDAK,
            }
        )
    return rows


def tag_potentials(inovasi: list[Row], potensi: list[Row], tags: dict[str, Row]) -> None:
    """Fill ``sektor_potensi`` and ``potensi_terkait`` of the innovation rows in place.

    The tags are the project's classification (``inovasi_potensi.csv`` of the
    sources), not a fact of the reference: which sectors an innovation stands behind
    and which potentials it is evidently linked to, feeding the gap list of
    potentials without an innovation. Every name must be an innovation of the
    reference, every sector one of the schema's and every id a potential of the seed,
    else the build stops (a stale tag would silently support nothing).
    """
    by_name = {row["nama_inovasi"]: row for row in inovasi}
    unknown = sorted(set(tags) - set(by_name))
    if unknown:
        raise SystemExit(f"inovasi_potensi.csv: inovasi tidak ada di referensi: {unknown}")
    ids = {row["potensi_id"] for row in potensi}
    for nama, tag in tags.items():
        if not tag["alasan"]:
            raise SystemExit(f"inovasi_potensi.csv: alasan kosong untuk {nama!r}")
        sectors = split_list(tag["sektor_potensi"])
        for sector in sectors:
            check_allowed(sector, SEKTOR_POTENSI, f"sektor_potensi {nama!r}")
        linked = split_list(tag["potensi_terkait"])
        stale = sorted(set(linked) - ids)
        if stale:
            raise SystemExit(f"inovasi_potensi.csv: potensi {stale} dari {nama!r} tidak ada di seed")
        by_name[nama]["sektor_potensi"] = "; ".join(sectors)
        by_name[nama]["potensi_terkait"] = "; ".join(linked)


# ------------------------------------------------------------------------- potensi

#: The reference ``sektor`` is free text, sometimes "A; B". The *first* term is the
#: reference's primary sector and decides; ``kategori`` (from ``jenis``) carries
#: the other axis (so an agro-tourism coffee estate is perkebunan + wisata).
#: Kept in code, like JENIS_MAP: it maps the reference's words onto the schema's
#: own list (SEKTOR_POTENSI), so it changes with the schema, not with the facts.
SEKTOR_MAP = {
    "Agroindustri": "industri_umkm",
    "Budaya": "pariwisata",  # cultural events as tourism draws
    "Cagar budaya": "pariwisata",  # heritage sites as tourism potentials
    "Energi": "energi",
    "Hortikultura": "pertanian",
    "Industri gula": "industri_umkm",  # the schema's only manufacturing sector
    "Infrastruktur jalan": "infrastruktur",
    "Kesehatan": "infrastruktur",  # hospitals listed as facilities
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


def potensi_sektor(text: str) -> str:
    """Schema sector of the reference's first sector term (see SEKTOR_MAP)."""
    first = split_list(text)[0]
    if first not in SEKTOR_MAP:
        raise SystemExit(f"Sektor referensi baru, tambahkan ke SEKTOR_MAP: {first!r}")
    return check_allowed(SEKTOR_MAP[first], SEKTOR_POTENSI, "sektor")


def kecamatan_of_cell(cell: str, official: dict[str, str], cells: dict[str, Row]) -> tuple[list[str], str]:
    """Official kecamatan names in a reference cell (empty list = regency-wide) and a note.

    A cell that is not a plain list of names ("kabupaten", "Wlingi (menurut
    sumber)", empty) is read through ``cells`` (``kecamatan_referensi.csv``).
    """
    if cell in cells:
        name, note = cells[cell]["kecamatan"], cells[cell]["catatan"]
        if name and name not in official:
            raise SystemExit(f"kecamatan_referensi.csv: kecamatan tidak resmi {name!r}")
        return ([name] if name else []), note
    names = split_list(cell)
    unknown = [n for n in names if n not in official]
    if unknown:
        raise SystemExit(f"Kecamatan tidak dikenal di potensi_facts.csv: {unknown}")
    return names, ""


def desa_for(
    kecamatan: str, desa_cell: str, several_kecamatan: bool, desa_names: dict[tuple[str, str], str]
) -> list[str]:
    """Official names of the desa of one kecamatan row (a split row keeps only its own).

    ``desa_names`` (``desa_referensi.csv``) gives (kecamatan, desa as the reference
    writes it) → official name. A fact naming several kecamatan keeps, in each
    kecamatan's row, only the desa listed there for that kecamatan; a fact naming
    one kecamatan keeps all its desa, renamed where listed.
    """
    names = split_list(desa_cell)
    if several_kecamatan:
        names = [n for n in names if (kecamatan, n) in desa_names]
    return [desa_names.get((kecamatan, n), n) for n in names]


def potensi_ids(row_number: int, count: int) -> list[str]:
    """Stable ids: POT-{reference row:04d}, then b, c, … for further kecamatan."""
    base = f"POT-{row_number:04d}"
    return [base] + [f"{base}{chr(ord('b') + i)}" for i in range(count - 1)]


def potensi_deskripsi(
    text: str, note: str, desa: list[str], others: list[str], regional_desa: str, location_note: str
) -> str:
    """The own description plus what the row's placement needs said.

    ``desa`` are this kecamatan's desa (several → listed here, since the desa
    column holds one); ``regional_desa`` is the desa of a row without kecamatan,
    and ``location_note`` the curated hint on where that desa lies.
    """
    parts = [text]
    if note:
        parts.append(note)
    if len(desa) > 1 and not all(name in text for name in desa):
        parts.append("Desa: " + ", ".join(desa) + ".")
    if regional_desa:
        if regional_desa not in text:
            parts.append(f"Desa {regional_desa}.")
        if location_note:
            parts.append(location_note)
    if others:
        parts.append("Fakta yang sama dicatat juga untuk Kecamatan " + ", ".join(others) + ".")
    return " ".join(parts)


def potensi_rows(potensi: list[Row], official: dict[str, str], curated: Curated) -> list[Row]:
    """One row per (fact, kecamatan); regency-wide facts keep an empty kecamatan.

    ``curated.potensi`` must name exactly the reference's potentials, each with a
    description.
    """
    missing = {row["nama"] for row in potensi} ^ set(curated.potensi)
    missing |= {nama for nama, own in curated.potensi.items() if not own["deskripsi"]}
    if missing:
        raise SystemExit(f"Deskripsi potensi tidak cocok dengan referensi: {sorted(missing)}")
    rows = []
    for number, ref in enumerate(potensi, start=1):
        kecamatan, note = kecamatan_of_cell(ref["kecamatan"], official, curated.kecamatan_cells)
        places = kecamatan or [""]
        own = curated.potensi[ref["nama"]]
        for ident, place in zip(potensi_ids(number, len(places)), places, strict=True):
            desa = desa_for(place, ref["desa"], len(places) > 1, curated.desa_names) if place else []
            others = [k for k in kecamatan if k != place]
            rows.append(
                {
                    "potensi_id": ident,
                    "nama": ref["nama"],
                    "sektor": potensi_sektor(ref["sektor"]),
                    "kategori": check_allowed(ref["jenis"], KATEGORI_POTENSI, "kategori"),
                    "kecamatan": place,
                    "desa": desa[0] if len(desa) == 1 else "",
                    "deskripsi": potensi_deskripsi(
                        own["deskripsi"],
                        note,
                        desa,
                        others,
                        ref["desa"] if not place else "",
                        own["catatan_lokasi"],
                    ),
                    "lat": ref["lat"],
                    "lon": ref["lon"],
                    "sumber": as_sumber(source_urls(ref["sumber_url"])),
                    "contoh": TIDAK,
                }
            )
    return rows


# --------------------------------------------------------------- peluang_investasi

_PELUANG_NUMBERS = (
    "luas_lahan_ha",
    "nilai_investasi_idr",
    "irr_persen",
    "npv_idr",
    "diskonto_persen",
    "payback_tahun",
)
#: Set here, not in the source file: an invented opportunity is always flagged as
#: an example and never published, whatever the file says.
_PELUANG_FLAGS = {"status_publikasi": "draft", "contoh": YA}


def peluang_rows(official: dict[str, str], examples: list[Row]) -> list[Row]:
    """The example opportunities, checked against the schema's value lists.

    No public source gives project figures for Kabupaten Blitar, so every row of
    ``peluang_investasi.csv`` is an illustration: flagged ``contoh = ya`` and
    ``status_publikasi = draft`` here.
    """
    rows = []
    for example in examples:
        row = dict(example)
        flags = set(row) & set(_PELUANG_FLAGS)
        if flags:
            raise SystemExit(f"peluang_investasi.csv: kolom {sorted(flags)} diatur skrip, hapus")
        if row["kecamatan"] not in official:
            raise SystemExit(f"Kecamatan contoh tidak resmi: {row['kecamatan']}")
        for column in _PELUANG_NUMBERS:
            plain_number(row[column])
        check_allowed(row["sektor_prioritas"], SEKTOR_PRIORITAS, "sektor_prioritas")
        check_allowed(row["status_lahan"], STATUS_LAHAN, "status_lahan")
        check_allowed(row["tingkat_kesiapan"], TINGKAT_KESIAPAN, "tingkat_kesiapan")
        row.update(_PELUANG_FLAGS)
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
        problems.append(
            f"nama/kode kecamatan referensi ≠ store: {sorted(set(official.items()) ^ set(names.items()))}"
        )
    desa_by_kec = {(row.kode_kec, row.nama) for row in desa.itertuples()}
    geometry = dict(zip(kecamatan.nama, kecamatan.geometry, strict=True))
    for layer, key in (
        ("potensi", "potensi_id"),
        ("peluang_investasi", "peluang_id"),
        ("inovasi", "inovasi_id"),
    ):
        with (out_dir / f"{layer}.csv").open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                kec = row.get("kecamatan", "")
                if kec and kec not in names:
                    problems.append(f"{layer} {row[key]}: kecamatan {kec!r} tidak ada di store")
                    continue
                if row.get("desa") and (names.get(kec), row["desa"]) not in desa_by_kec:
                    problems.append(f"{layer} {row[key]}: desa {row['desa']!r} tidak ada di Kecamatan {kec}")
                if row.get("lat"):
                    point = shapely.Point(float(row["lon"]), float(row["lat"]))
                    inside = [n for n, g in geometry.items() if g.covers(point)]
                    if kec and kec not in inside:
                        problems.append(
                            f"{layer} {row[key]}: titik di {inside or 'luar kabupaten'}, bukan {kec}"
                        )
                    in_desa = list(desa.nama[desa.covers(point)])
                    if row.get("desa") and row["desa"] not in in_desa:
                        # the importer checks kecamatan only; a desa mismatch is worth a look
                        print(
                            f"PERINGATAN: {layer} {row[key]}: titik berada di Desa "
                            f"{', '.join(in_desa) or '-'}, bukan Desa {row['desa']}",
                            file=sys.stderr,
                        )
    return problems


# ---------------------------------------------------------------------------- main


def build(reference: Path, out_dir: Path, sources: Path = DEFAULT_SOURCES) -> dict[str, int]:
    """Read the reference and the curated sources, write the five seed files; return row counts."""
    curated = Curated.read(sources)
    stats = read_reference_csv(reference / "kecamatan_stats.csv")
    potensi = read_reference_csv(reference / "potensi_facts.csv")
    inovasi = read_reference_csv(reference / "inovasi_facts.csv")
    facts_path = reference / "BLITAR_FACTS.md"
    if not facts_path.is_file():
        raise SystemExit(f"Berkas referensi tidak ada: {facts_path}")
    facts_text = facts_path.read_text(encoding="utf-8")
    official = official_kecamatan(stats)
    statistik = reference / "statistik"
    kabupaten = kabupaten_indicator_rows(facts_text, curated.indikator_kabupaten)
    kecamatan = kecamatan_indicator_rows(stats, curated.indikator_kecamatan)
    figures = statistik_kecamatan_rows(
        read_reference_csv(statistik / "kecamatan_penduduk_luas.csv"), kabupaten + kecamatan
    )
    series = statistik_kabupaten_rows(read_reference_csv(statistik / "kabupaten_series.csv"), kabupaten)

    potensi_seed = potensi_rows(potensi, official, curated)
    inovasi_seed = inovasi_rows(inovasi, official, curated.inovasi, curated.opd_of_text)
    tag_potentials(inovasi_seed, potensi_seed, curated.inovasi_potensi)
    tables = {
        "opd": opd_rows(inovasi, curated.opd, curated.opd_of_text),
        "inovasi": inovasi_seed,
        "indikator": kabupaten + series + kecamatan + figures,
        "potensi": potensi_seed,
        "peluang_investasi": peluang_rows(official, curated.peluang),
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, rows in tables.items():
        write_table(name, rows, out_dir)
    return {name: len(rows) for name, rows in tables.items()}


def main(argv: list[str] | None = None) -> int:
    """Command line: build, report counts, optionally verify against a store."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "reference",
        nargs="?",
        type=Path,
        default=DEFAULT_REFERENCE,
        help=f"folder referensi (bawaan: {DEFAULT_REFERENCE})",
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder keluaran seed")
    parser.add_argument(
        "--sources",
        type=Path,
        default=DEFAULT_SOURCES,
        help=f"folder sumber kurasi proyek (bawaan: {DEFAULT_SOURCES})",
    )
    parser.add_argument(
        "--check-store",
        type=Path,
        default=None,
        help="GeoPackage batas wilayah untuk memeriksa nama dan titik",
    )
    args = parser.parse_args(argv)
    counts = build(args.reference, args.out, args.sources)
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
