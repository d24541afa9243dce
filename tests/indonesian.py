"""Finding Indonesian words in a text the English UI shows (used by the browser walk in
tests/e2e/test_english.py and the whole-table check in tests/app/test_english_tables.py).

The Indonesian words come from the catalogue (every word of an Indonesian text that
the English texts do not use) plus common Indonesian words the catalogue happens not
to use; words the same in both languages (glossary terms, abbreviations) are allowed,
and names from the store (kecamatan, desa, OPD, records, what officials typed) and the
sources' titles are taken out of the text before looking.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from potensi.core.store import load_layer
from potensi.data.sources import titles
from potensi.data.tables import read_rows
from potensi.i18n import CATALOGUE

WORD = re.compile(r"[^\W\d_]{3,}")
#: web addresses and identifiers (``pdrb_per_kapita``, ``potensi_facts.csv``) are not words
NOT_WORDS = re.compile(r"\b(?:https?://|www\.)\S+|\S*\.(?:pub|com|id|org|xyz|net|csv|xlsx)\b\S*|\w*_\w*")
#: common Indonesian words a page could leak that the catalogue's Indonesian texts do
#: not happen to contain (units, data labels, connectives, commodities)
COMMON_INDONESIAN = set(
    """
    dan atau yang untuk dari dengan pada dalam oleh tidak bukan belum sudah akan ada
    adalah ini itu tiap setiap semua lain lainnya menurut sebagai tanpa juga
    nilai produksi juta miliar ribu triliun jiwa orang kelas tahun sumber satuan jumlah
    luas penduduk angka contoh peragaan analisis buatan ganti wilayah resmi lokasi
    rendah tinggi sedang baik buruk besar kecil baru lama naik turun tumbuh maju
    tertinggal berkembang cepat lambat pertumbuhan kontribusi
    ikan jagung kakao padi tebu telur sapi kambing ayam kopi cengkeh gula beras
    fasilitas sekolah pasar koperasi rumah sakit penginapan puskesmas
    kapita pendapatan harga berbentuk sebaran mengikuti dikenal
    provinsi nasional acuan periode tahunan rata ditimbang pengganti
    keterangan catatan nama kode jenis bentuk tahapan urusan indeks
    """.split()
)
#: words the same in both languages, names and abbreviations, and the glossary's terms
#: that English texts keep (docs/architecture.md): allowed wherever they appear
SAME_IN_BOTH = set(
    """
    indonesia data per km² bank hotel unit status volume total mode internet digital motor real geojson
    min minimum max interval text store database dataset templates commit clean big gas tax
    holiday allowance dynamic quotient hak milik koi admin audit hash utc final wikipedia dukcapil ssgi ski
    kecamatan desa kelurahan kabupaten kota camat bappeda litbang kemendagri kepmendagri
    permendagri bskdn bps podes opd pdrb adhk adhb kbli rstu ipro iid rtrw kkpr kpbu pma pmdn
    hgu hgb irr npv slq dlq ahp utm klassen marshall guttman saaty sturges jenks esteban
    marquillas blitar cahya dsn mit carto esri openstreetmap csv xlsx sha cor iii
    dfrac gtrless underbrace qquad quad
    pdf svg format poster grid inset spd sid parameter editor jpg png
    """.split()
)
#: titles of sources and the product's own name, read as names
TITLES = ("Peta Potensi", "Sensus Penduduk", "Jawa Timur")
#: columns of the store whose values are names or text an official typed (shown as stored)
NAME_COLUMNS = (
    "nama", "nama_opd", "singkatan", "judul_id", "nama_inovasi", "unit_pelaksana", "inisiator_nama",
    "kontak_instansi", "kontak_nama", "alamat", "deskripsi", "potensi_id", "peluang_id", "inovasi_id",
)  # fmt: skip


#: text columns of the IID rules shown as stored (see ``_names``)
IID_STORED_TEXT = {
    "iid_indikator": ("nama", "variabel", "parameter_1", "parameter_2", "parameter_3"),
    "iid_aturan": ("urusan_wajib", "sumber"),
}


def _words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(NOT_WORDS.sub(" ", text))}


def _indonesian_words() -> set[str]:
    """Indonesian words: the catalogue's Indonesian texts and common words, less every
    word an English text uses that its Indonesian text does not (English for sure)."""
    indonesian = set(COMMON_INDONESIAN)
    english: set[str] = set()
    for texts in CATALOGUE.values():
        id_words = _words(re.sub(r"\{[^}]*\}", " ", texts["id"]))
        indonesian |= id_words
        english |= _words(re.sub(r"\{[^}]*\}", " ", texts["en"])) - id_words
    return indonesian - english - SAME_IN_BOTH


def _names(store: Path) -> list[str]:
    """Names in the store (kecamatan, desa, OPD, records) and source titles, longest first."""
    names = set(TITLES) | titles()
    for layer in ("kecamatan", "desa", "potensi", "peluang_investasi", "inovasi", "opd"):
        frame = load_layer(layer, store) if layer in ("kecamatan", "desa") else read_rows(layer, store)
        for column in NAME_COLUMNS:
            if column in frame:
                names |= {str(v).strip() for v in frame[column].dropna() if str(v).strip()}
    # the IID rules an admin imports: Kemendagri's indicator names, parameters and urusan
    # wajib, and where the rules come from, are shown as stored (official nomenclature)
    for layer, columns in IID_STORED_TEXT.items():
        frame = read_rows(layer, store)
        for column in columns:
            for value in frame[column].dropna():
                names |= {part.strip() for part in str(value).split(";") if part.strip()}
    return sorted(names, key=len, reverse=True)


def detector(store: Path) -> Callable[[str], list[str]]:
    """Indonesian words of a text, each with a little context; the store's names and the
    sources' titles are taken out first."""
    indonesian = _indonesian_words()
    names = re.compile("|".join(re.escape(n) for n in _names(store)))

    def find(text: str) -> list[str]:
        text = NOT_WORDS.sub(" ", names.sub(" ", NOT_WORDS.sub(" ", text)))
        found = []
        for match in WORD.finditer(text):
            if match.group().lower() in indonesian:
                context = text[max(0, match.start() - 50) : match.end() + 50].replace("\n", " | ")
                found.append(f"{match.group()}: …{context}…")
        return found

    return find
