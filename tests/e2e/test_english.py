"""English mode, in Chromium: no Indonesian left on any page, in any analysis method.

An investor who switches to English reads every page: headings, sidebar, tables,
chart labels and the map legend inside the folium iframe. The test reads all of
that text and looks for Indonesian words in it. The words come from the catalogue
(every word of an Indonesian text that no English text uses) plus common Indonesian
words the catalogue happens not to use; words the two languages share and proper
names (kecamatan, desa, OPD and record names, the sources' titles) are allowed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from potensi.core.store import load_layer
from potensi.i18n import CATALOGUE
from tests.e2e.helpers import map_frame
from ui.analisis import available
from ui.analisis.sektor import SUBMETHODS
from ui.router import PAGES

pytestmark = pytest.mark.e2e

#: everything a person can read: the page with its expanders opened, tables (the data
#: grid's accessible DOM, which holds the cells its canvas draws), chart SVG text and
#: every same-origin iframe (the folium map with its legend, HTML components)
READ_ALL = """() => {
  const parts = [];
  const read = (doc) => {
    doc.querySelectorAll('details').forEach(d => d.open = true);
    parts.push(doc.body ? doc.body.innerText : '');
    doc.querySelectorAll('[data-testid="stDataFrame"] [role="columnheader"], '
                        + '[data-testid="stDataFrame"] [role="gridcell"], '
                        + '[data-testid="stDataFrame"] th, [data-testid="stDataFrame"] td')
       .forEach(c => parts.push(c.textContent));
    doc.querySelectorAll('svg text').forEach(s => parts.push(s.textContent));
    doc.querySelectorAll('iframe').forEach(f => {
      try { if (f.contentDocument) read(f.contentDocument); } catch (e) {}
    });
  };
  read(document);
  return parts.join('\\n');
}"""
#: the Data page's grid shows the store's rows exactly as stored and downloaded (the
#: upload template's field names, indikator keys, units and notes as an official typed
#: them): data, not interface, so its cells are left out of the check
DATA_GRID_HIDDEN = """() => document.querySelectorAll('[data-testid="stDataFrame"]')
  .forEach(g => g.remove())"""

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
    indonesia data per km² bank hotel unit status volume total mode internet digital motor real
    min minimum max interval text store database dataset templates commit clean big gas tax
    holiday allowance dynamic quotient hak milik koi
    kecamatan desa kelurahan kabupaten kota camat bappeda litbang kemendagri kepmendagri
    permendagri bskdn bps podes opd pdrb adhk adhb kbli rstu ipro iid rtrw kkpr kpbu pma pmdn
    hgu hgb irr npv slq dlq ahp utm klassen marshall guttman saaty sturges jenks esteban
    marquillas blitar cahya dsn mit carto esri openstreetmap csv xlsx sha cor iii
    dfrac gtrless underbrace qquad quad
    """.split()
)
#: titles of sources and the product's own name, read as names
TITLES = ("Peta Potensi", "Sensus Penduduk", "Jawa Timur")
#: columns of the store whose values are names or text an official typed (shown as stored)
NAME_COLUMNS = (
    "nama", "nama_opd", "singkatan", "judul_id", "nama_inovasi", "unit_pelaksana", "inisiator_nama",
    "kontak_instansi", "kontak_nama", "alamat", "deskripsi", "potensi_id", "peluang_id", "inovasi_id",
)  # fmt: skip


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
    names = set(TITLES)
    for layer in ("kecamatan", "desa", "potensi", "peluang_investasi", "inovasi", "opd"):
        frame = load_layer(layer, store)
        for column in NAME_COLUMNS:
            if column in frame:
                names |= {str(v).strip() for v in frame[column].dropna() if str(v).strip()}
    return sorted(names, key=len, reverse=True)


@pytest.fixture(scope="module")
def detector(e2e_store: Path):
    """Indonesian words of a text, each with a little context; names are taken out first."""
    indonesian = _indonesian_words()
    names = re.compile("|".join(re.escape(n) for n in _names(e2e_store)))

    def find(text: str) -> list[str]:
        text = NOT_WORDS.sub(" ", names.sub(" ", text))
        found = []
        for match in WORD.finditer(text):
            if match.group().lower() in indonesian:
                context = text[max(0, match.start() - 50) : match.end() + 50].replace("\n", " | ")
                found.append(f"{match.group()}: …{context}…")
        return found

    return find


def _settled(page, timeout: float = 90_000) -> None:
    page.locator('[data-testid="stTopNav"]').wait_for(state="visible", timeout=timeout)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=timeout
    )
    page.wait_for_timeout(2000)


def _stable_text(page, tries: int = 30) -> str:
    """The page's whole text once a rerun has finished drawing: two reads a second apart
    agree (a click's rerun first shows the previous method's elements, then replaces them)."""
    before = page.evaluate(READ_ALL)
    for _ in range(tries):
        page.wait_for_timeout(1000)
        now = page.evaluate(READ_ALL)
        if now == before and page.get_by_test_id("stStatusWidget").count() == 0:
            return now
        before = now
    return before


def _views(page, server: str) -> Iterator[str]:
    """Every page in English, then every analysis method and sub-method; yields a name."""
    query = "lang=en&layers=potensi,peluang,inovasi,desa,label"
    for name, _, _ in PAGES:
        page.goto(f"{server}/{name}?{query}")
        _settled(page)
        if name == "peta":
            map_frame(page).locator(".peta-legend").wait_for(timeout=60_000)
            page.get_by_test_id("stSidebar").get_by_text("Filter data").click()
        if name == "data":
            page.evaluate(DATA_GRID_HIDDEN)
        yield name  # the Analisis page opens on its first method
        if name == "analisis":
            for method in available()[1:]:
                label = CATALOGUE[f"analisis_metode_{method}"]["en"]
                page.locator("button", has_text=label).first.click()
                _settled(page)
                if method == "sektor":
                    for sub in SUBMETHODS:
                        sub_label = CATALOGUE[f"an_sek_sub_{sub}"]["en"]
                        page.locator(".st-key-an_sek_metode").get_by_text(sub_label, exact=True).click()
                        _settled(page)
                        yield f"analisis-{method}-{sub}"
                else:
                    yield f"analisis-{method}"
    # a kecamatan chosen (its desa, lists, legend, comparison) and an opportunity's detail view
    for name, extra in (
        ("profil", "kecamatan=35.05.05"),
        ("peta", "kecamatan=35.05.05"),
        ("peluang", "peluang=PI-CONTOH-01"),
    ):
        page.goto(f"{server}/{name}?{query}&{extra}")
        _settled(page)
        yield f"{name}-{extra.split('=')[1]}"


def test_english_mode_leaves_no_indonesian_on_any_page_or_method(
    page, server: str, detector, artifacts: Path
) -> None:
    left: dict[str, list[str]] = {}
    dump = []
    for view in _views(page, server):
        text = _stable_text(page)
        dump.append(f"===== {view}\n{text}")
        page.screenshot(path=str(artifacts / f"english-{view}.png"), full_page=True)
        if found := detector(text):
            left[view] = found
    (artifacts / "english-text.txt").write_text("\n".join(dump), encoding="utf-8")
    (artifacts / "english-left.json").write_text(json.dumps(left, indent=1, ensure_ascii=False), "utf-8")
    assert left == {}


def test_sidebar_chips_show_their_whole_label_in_english(page, server: str, artifacts: Path) -> None:
    """A chosen layer reads "Investment opportunities", not "Investment opport…"."""
    page.goto(f"{server}/?lang=en&layers=potensi,peluang,inovasi,desa,label&kecamatan=35.05.05")
    _settled(page)
    chips = page.get_by_test_id("stSidebar").locator("[data-tag]")
    chips.nth(5).wait_for(timeout=30_000)
    assert chips.count() == 6  # one kecamatan, five layers
    page.get_by_test_id("stSidebar").screenshot(path=str(artifacts / "english-sidebar-chips.png"))
    cut = chips.evaluate_all(
        """tags => tags.flatMap(tag => [...tag.querySelectorAll('*')]
             .filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.textContent))"""
    )
    assert cut == []
    texts = chips.all_inner_texts()
    assert "Investment opportunities" in texts and not any(text.endswith("…") for text in texts)
