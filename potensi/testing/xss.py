"""Hostile text in every field of every layer, shown on every page: nothing may run.

An official's spreadsheet is data typed by a person; the dashboard must show whatever
it holds as text. This module builds a store whose every free-text column (and every
link and e-mail column, within what validation accepts) holds a classic attack —
HTML event handlers, ``<script>`` and ``</script>`` break-outs, ``javascript:`` links,
markdown and LaTeX links, template syntax, CSS/image requests to a foreign host —
imported through the normal importer, then visits every page in Chromium and counts
what ran.

Every placement carries its own number ``n``: the script it would run is
``window.__xss_p<n>=window.__xss_hit=-~window.__xss_hit`` (no spaces, ``;`` or quotes,
so it survives lists, URLs and attributes), so a hit names the exact table, column
and row. Used by ``scripts/reliability.py`` and by the one whole-app walk of the browser tests
(``tests/e2e/conftest.py``'s ``every_page_walk``), whose figures serve three checks:
nothing runs (``test_xss_everywhere.py``), no page shows a mirror host or an
internal path (``test_sources_shown.py``), and an anonymous visitor finds no control
that writes on any page or view (``test_accounts.py``).
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from potensi.data.schema import TABLES, Column, Table

#: the kecamatan that holds every hostile point (its profile lists them all)
KECAMATAN = "35.05.18"  # Doko
#: Wonotirto: its area, population and desa count were read on four different mirrors
SOURCES_KECAMATAN = "35.05.08"
#: the host of the requests a payload would make if its HTML were rendered
FOREIGN_HOST = "xss.invalid"


def script(n: int) -> str:
    """The JavaScript of placement ``n``: count a hit and name the placement."""
    return f"window.__xss_p{n}=window.__xss_hit=-~window.__xss_hit"


#: free-text payloads: every one would run ``script(n)`` (or request the foreign host)
#: if any page rendered it as HTML, markdown, LaTeX, a template or inside a script
TEXT_PAYLOADS: tuple[Callable[[str], str], ...] = (
    lambda js: f"<img src=x onerror={js}>",
    lambda js: f"<script>{js}</script>",
    lambda js: f'"><svg/onload={js}>',
    lambda js: f"'><img/src=x/onerror={js}>",
    lambda js: f"</script><script>{js}</script>",
    lambda js: f"javascript:{js}",
    lambda js: f"[klik](javascript:{js})",
    lambda js: f"$\\href{{javascript:{js}}}{{klik}}$",
    lambda js: f"{{{{7*7}}}} {{{{constructor.constructor('{js}')()}}}}",
    lambda js: f'<a href="javascript:{js}">klik</a>',
    lambda js: f"x'-{js}-'x \"-{js}-\"",
    lambda js: f'<iframe srcdoc="<script>{js}</script>"></iframe>',
    lambda js: f"<details open ontoggle={js}>x</details>",
    lambda js: f"<style>@import url(//{FOREIGN_HOST}/s.css)</style><img src=//{FOREIGN_HOST}/p.png>",
    lambda js: (
        f"![x](https://{FOREIGN_HOST}/md.png) <math><mtext><table><mglyph><style><img src=x onerror={js}>"
    ),
)
#: link payloads (validation only accepts ``http(s)://`` without spaces in link columns)
URL_PAYLOADS: tuple[Callable[[str], str], ...] = (
    lambda js: f'https://{FOREIGN_HOST}/"><img/src=x/onerror={js}>',
    lambda js: f"https://{FOREIGN_HOST}/'onmouseover='{js}'",
    lambda js: f"https://{FOREIGN_HOST}/</script><script>{js}</script>",
    lambda js: f"https://{FOREIGN_HOST}/?q=<svg/onload={js}>",
)
#: e-mail payloads (the column's pattern: ``x@y.z`` without spaces)
EMAIL_PAYLOADS: tuple[Callable[[str], str], ...] = (
    lambda js: f'"><svg/onload={js}>@x.id',
    lambda js: f"<img/src=x/onerror={js}>@x.id",
    lambda js: f"javascript:{js}//@x.id",
)
ROWS = len(TEXT_PAYLOADS)
#: text lists validation checks against known names (an IID rule, an inovasi column):
#: no payload can enter them, so they keep valid values
NAME_LISTS = ("profil_wajib", "aturan_belum_pasti")
#: the year of the hostile IID rows: no real assessment has it
HOSTILE_YEAR = 2090
#: import order: opd before inovasi (an innovation names its OPD), inovasi before
#: its self-assessment (which names the innovation)
HOSTILE_ORDER = (
    "indikator",
    "potensi",
    "peluang_investasi",
    "opd",
    "inovasi",
    "iid_aturan",
    "iid_indikator",
    "inovasi_indikator",
    "iid_spd",
    "iid_rencana",
)
#: columns whose free text can carry a payload (the rest are numbers, codes, dates, choices)
HOSTILE_KINDS = ("text", "text_list", "url", "url_list")


@dataclass(frozen=True)
class Placement:
    """One payload in one cell (or in an import's file name, which the Data page lists)."""

    n: int
    table: str
    column: str
    row: int
    text: str


@dataclass
class HostileStore:
    """The store and every payload placed in it."""

    path: Path
    placements: list[Placement]

    @property
    def count(self) -> int:
        """How many payloads were placed."""
        return len(self.placements)

    def by_number(self) -> dict[int, Placement]:
        """Placements by their number (what a hit reports)."""
        return {p.n: p for p in self.placements}


def hostile_columns(table: Table) -> list[Column]:
    """Columns of ``table`` that get a payload: free text, links and the e-mail.

    Text columns with a pattern (ids, indicator keys, KBLI) only accept codes, so
    validation refuses any payload there; the e-mail's pattern still lets markup in.
    """
    return [
        c
        for c in table.columns
        if c.kind in HOSTILE_KINDS
        and (c.pattern is None or c.name == "kontak_email")
        and c.name not in NAME_LISTS
    ]


def _points(store: Path, count: int) -> list[tuple[float, float]]:
    """``count`` (lat, lon) points well inside the hostile kecamatan, on a grid."""
    from potensi.core.store import load_layer

    kec = load_layer("kecamatan", store)
    polygon = kec[kec.kode == KECAMATAN].geometry.iloc[0]
    inner = polygon.buffer(-0.004)
    from shapely.geometry import Point

    minx, miny, maxx, maxy = inner.bounds
    steps = 12
    found = []
    for i in range(steps):
        for j in range(steps):
            x = minx + (maxx - minx) * (i + 0.5) / steps
            y = miny + (maxy - miny) * (j + 0.5) / steps
            if inner.contains(Point(x, y)):
                found.append((round(y, 6), round(x, 6)))
    if len(found) < count:
        raise RuntimeError(f"hanya {len(found)} titik di dalam kecamatan {KECAMATAN}")
    stride = len(found) // count
    return found[::stride][:count]


def _valid_values(table: str, i: int, point: tuple[float, float]) -> dict[str, object]:
    """The non-text cells of row ``i``: real codes and allowed choices, so the row imports."""
    lat, lon = point
    tag = f"{i + 1:02d}"
    common = {"contoh": "ya"}
    if table == "indikator":
        return {
            **common,
            "kode_wilayah": f"35.05.{i + 1:02d}",
            "indikator": "uji_xss",
            "tahun": 2024,
            "nilai": i + 1,
        }
    if table == "potensi":
        return {
            **common,
            "potensi_id": f"POT-XSS-{tag}",
            "sektor": "pariwisata",
            "kategori": "wisata",
            "kecamatan": KECAMATAN,
            "lat": lat,
            "lon": lon,
            "tgl_pembaruan": "2025-06-30",
        }
    if table == "peluang_investasi":
        return {
            **common,
            "peluang_id": f"PI-XSS-{tag}",
            "kbli_kode": "10799",
            "sektor_prioritas": "pariwisata",
            "kecamatan": KECAMATAN,
            "lat": lat,
            "lon": lon,
            "luas_lahan_ha": 2,
            "nilai_investasi_idr": 1_000_000_000 * (i + 1),
            "tahun_harga": 2025,
            "irr_persen": 12,
            "npv_idr": 500_000_000,
            "diskonto_persen": 10,
            "tingkat_kesiapan": "prospektif",
            "tgl_pembaruan": "2025-06-30",
            "status_publikasi": "publik",
        }
    if table == "opd":
        return {**common, "kode_opd": f"XSS-{tag}", "jenis": "dinas", "aktif": "ya"}
    if table == "inovasi":
        return {
            **common,
            "inovasi_id": f"INV-2025-9{tag:0>3}",
            "tahun_pelaporan": 2025,
            "kode_opd": f"XSS-{tag}",
            "bentuk": "pelayanan_publik",
            "jenis": "digital",
            # in penerapan, so the IID workbench counts and lists them (its points and risks)
            "tahapan": "penerapan",
            "tgl_uji_coba": "2025-01-15",
            "tgl_penerapan": "2025-03-01",
            "kecamatan": KECAMATAN,
            "lat": lat,
            "lon": lon,
            # the hostile potentials' sector, in their kecamatan: every hostile name then also
            # reaches their map popups and the profile's potentials × innovations tab
            "sektor_potensi": "pariwisata",
        }
    if table == "iid_aturan":
        return {
            **common,
            "tahun": HOSTILE_YEAR - 10 + i,
            "skor_total_maks": 250,
            "pembagi_min": 10,
            "skor_per_inovasi": 0.38,
            "batas_sangat_inovatif": 60.01,
            "batas_inovatif": 35,
            "profil_wajib": "nama_inovasi; tujuan",
            "aturan_belum_pasti": "skor_jumlah",
        }
    if table == "iid_indikator":
        return {**common, "tahun": HOSTILE_YEAR, "no_indikator": str(16 + i), "aspek": "sid", "bobot": 1}
    if table == "inovasi_indikator":
        return {**common, "inovasi_id": f"INV-2025-9{tag:0>3}", "no_indikator": 16, "parameter": 1}
    if table == "iid_spd":
        return {**common, "tahun": HOSTILE_YEAR, "no_indikator": str(i + 1), "parameter": 1}
    if table == "iid_rencana":
        return {**common, "rencana_id": f"RENCANA-{HOSTILE_YEAR}-xss-{tag}", "tahun": HOSTILE_YEAR}
    raise KeyError(table)


def _payload_for(column: Column, variant: int, n: int) -> str:
    js = script(n)
    if column.name == "perubahan":  # a plan's changes: a valid change, the payload as its name
        name = TEXT_PAYLOADS[variant % len(TEXT_PAYLOADS)](js)
        change = {"jenis": "tambah", "inovasi_id": "HIPOTETIS-1", "nama": name, "parameter": 2}
        return json.dumps([change], ensure_ascii=False)
    if column.name == "kontak_email":
        return EMAIL_PAYLOADS[variant % len(EMAIL_PAYLOADS)](js)
    if column.kind in ("url", "url_list"):
        return URL_PAYLOADS[variant % len(URL_PAYLOADS)](js)
    return TEXT_PAYLOADS[variant % len(TEXT_PAYLOADS)](js)


def build_hostile_store(seeded: Path, folder: Path) -> HostileStore:
    """A copy of ``seeded`` with a payload in every text cell of ``ROWS`` new rows per layer.

    Each layer gets ``ROWS`` rows; column ``j`` of row ``i`` holds payload ``i + j``, so
    every column carries every payload of its kind. The rows are otherwise valid (real
    kecamatan codes, points inside Doko) and go through ``import_file`` as CSV files,
    whose names are payloads too (the Data page lists them in the import history).
    """
    from potensi.data.importer import import_file

    folder.mkdir(parents=True, exist_ok=True)
    from potensi.testing.stores import clone_store

    store = clone_store(seeded, folder, keep=True)  # a file, or a database from the seeded one
    points = _points(store, ROWS)
    placements: list[Placement] = []
    for name in HOSTILE_ORDER:
        table = TABLES[name]
        columns = hostile_columns(table)
        rows = []
        for i in range(ROWS):
            row = _valid_values(name, i, points[i])
            for j, column in enumerate(columns):
                n = len(placements) + 1
                text = _payload_for(column, i + j, n)
                row[column.name] = text
                placements.append(Placement(n, name, column.name, i, text))
            rows.append(row)
        path = folder / f"{name}_xss.csv"
        with path.open("w", encoding="utf-8", newline="") as out:
            writer = csv.DictWriter(out, fieldnames=table.names)
            writer.writeheader()
            writer.writerows(rows)
        n = len(placements) + 1
        filename = f"<img src=x onerror={script(n)}>.csv"
        placements.append(Placement(n, "riwayat_impor", "berkas", 0, filename))
        import_file(name, path, filename=filename, store=store)
    return HostileStore(store, placements)


@dataclass
class XssFigures:
    """What a visit of every page with the hostile store found."""

    placements: int = 0  # payloads in the store
    views: list[str] = field(default_factory=list)  # pages/views visited
    executed: list[str] = field(default_factory=list)  # "view: table.column row n" of each hit
    hits: int = 0  # the global counters, summed over frames and views
    dialogs: list[str] = field(default_factory=list)  # alert/confirm/prompt opened
    foreign_requests: list[str] = field(default_factory=list)  # URLs of hosts but the dashboard's
    visible: dict[str, int] = field(default_factory=dict)  # view → payloads shown as typed
    #: view → what a reader can read there (frames, link texts and titles, grid cells but
    #: the link targets behind them): for checks of content, e.g. no mirror host shown
    shown: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)  # views that did not draw (exception box)
    #: view → labels of the buttons drawn there, plus one "(unggah berkas)" per upload
    #: field: for the check that an anonymous visitor finds no control that writes
    controls: dict[str, list[str]] = field(default_factory=dict)

    @property
    def visible_total(self) -> int:
        """Payloads shown as text, summed over views."""
        return sum(self.visible.values())

    def lines(self) -> list[str]:
        """The figures in words (Indonesian), one per line, for the reliability report."""
        return [
            f"muatan XSS di penyimpanan: {self.placements}",
            f"halaman/tampilan dikunjungi: {len(self.views)} (Indonesia dan Inggris)",
            f"muatan tampil sebagai teks: {self.visible_total} (dijumlah per tampilan)",
            f"muatan yang berjalan: {len(self.executed)} (penghitung global: {self.hits})",
            f"dialog terbuka: {len(self.dialogs)}",
            f"permintaan ke host lain: {len(self.foreign_requests)}",
            f"tampilan dengan galat: {len(self.problems)}",
        ]


def visible_payloads(text: str, placements: list[Placement]) -> set[int]:
    """Numbers of the placements whose full text appears, as typed, in ``text``."""
    flat = re.sub(r"\s+", " ", text)
    return {p.n for p in placements if re.sub(r"\s+", " ", p.text) in flat}


#: what a frame's counters say; the reset clears them so each view counts only its own hits
_PROBE = """() => {
  const which = Object.keys(window).filter(k => k.startsWith('__xss_p')).map(k => Number(k.slice(7)));
  const hits = window.__xss_hit || 0;
  for (const k of Object.keys(window)) { if (k.startsWith('__xss_')) { delete window[k]; } }
  return {hits, which, text: document.body ? document.body.innerText : ''};
}"""
#: every layer on the map, with the hostile indicator coloured (its unit and sources in the legend)
MAP_QUERY = "layers=potensi,peluang,inovasi,desa,label&indikator=ind:uji_xss"
MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'
POINTS = "path.peta-point, .marker-cluster"
#: the cells Streamlit's data grid keeps in the DOM (for screen readers) — its canvas is not text
_GRID_CELLS = """() => Array.from(document.querySelectorAll('[data-testid="stDataFrame"] td'))
  .map(c => c.textContent)"""
#: every link's text and title (a title shows on hover)
_LINK_TEXTS = """() => Array.from(document.querySelectorAll('a'))
  .map(a => (a.textContent || '') + ' ' + (a.title || '')).join('\\n')"""
_WHOLE_URL = re.compile(r"https?://\S+")


def grid_text(cells: list[str]) -> str:
    """A data grid's cells as a reader sees them, leaving out link cells' targets.

    The grid keeps a link cell's URL (the link *behind* its label) as the cell's
    accessible text, while the canvas draws the label (a Styler display value); the
    targets are where a source was read (mirrors included), so they are left out, and
    every other cell counts. Each label is checked in ``tests/app/test_safe_tables.py``.
    """
    return "\n".join(c for c in cells if not _WHOLE_URL.fullmatch(c.strip()))


#: scroll every data grid to its last rows and to the ``i``-th screen of columns; false past the end
_GRID_SCROLL = """(i) => { let more = false;
  for (const el of document.querySelectorAll('[data-testid="stDataFrame"] .dvn-scroller')) {
    el.scrollTop = el.scrollHeight; el.scrollLeft = i * el.clientWidth;
    more = more || (i + 1) * el.clientWidth < el.scrollWidth; }
  return more; }"""


class _Visit:
    """One browser context on the dashboard, collecting what each view showed and ran."""

    def __init__(self, browser, url: str, hostile: HostileStore, artifacts: Path | None) -> None:
        self.url, self.hostile, self.artifacts = url, hostile, artifacts
        self.numbers = hostile.by_number()
        self.figures = XssFigures(placements=hostile.count)
        self.context = browser.new_context(viewport={"width": 1400, "height": 1000})
        self.tab = self.context.new_page()
        own = url.split("/")[2]
        self.context.on(
            "request",
            lambda r: None if r.url.split("/")[2] == own else self.figures.foreign_requests.append(r.url),
        )
        self.tab.on("dialog", self._dialog)
        self.texts: list[str] = []  # everything drawn, link targets included (payload counting)
        self.readable: list[str] = []  # what a reader reads (XssFigures.shown)

    def _dialog(self, dialog) -> None:
        self.figures.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def goto(self, path: str) -> None:
        self.tab.goto(f"{self.url}/{path}")
        self.settle()

    def settle(self) -> None:
        """Wait until Streamlit has finished the run and the page has drawn."""
        self.tab.get_by_test_id("stSidebar").wait_for(timeout=60_000)
        self.tab.wait_for_timeout(300)  # a click's rerun may not have started yet
        self.tab.locator('[data-testid="stApp"][data-test-script-state="notRunning"]').wait_for(
            state="attached", timeout=60_000
        )
        self.tab.wait_for_timeout(700)

    def expand(self) -> None:
        """Open every collapsed expander of the page (lists hide in them)."""
        closed = self.tab.get_by_test_id("stMain").locator("details:not([open]) > summary")
        for _ in range(closed.count()):
            closed.first.click()
            self.tab.wait_for_timeout(100)

    def snap_grids(self) -> None:
        """Keep the cells of every data grid, from its first rows and its last (every column)."""
        if not self.tab.get_by_test_id("stDataFrame").count():
            return
        for i in range(31):
            if i:
                more = self.tab.evaluate(_GRID_SCROLL, i - 1)
                self.tab.wait_for_timeout(250)
            cells = self.tab.evaluate(_GRID_CELLS)
            self.texts.append("\n".join(cells))
            self.readable.append(grid_text(cells))
            if i and not more:
                break

    def snap(self) -> None:
        """Keep the text every frame shows now (popups close, views change)."""
        for frame in self.tab.frames:
            try:
                text = frame.evaluate("() => document.body ? document.body.innerText : ''")
                links = frame.evaluate(_LINK_TEXTS)
            except Exception:  # noqa: BLE001 - a frame detached while being read
                continue
            self.texts.append(text)
            self.readable += [text, links]

    def done(self, view: str) -> None:
        """Count what the view ran and showed, screenshot it, and start the next view afresh."""
        figures = self.figures
        figures.views.append(view)
        self.expand()
        self.snap_grids()
        for frame in self.tab.frames:
            try:
                found = frame.evaluate(_PROBE)
                links = frame.evaluate(_LINK_TEXTS)
            except Exception:  # noqa: BLE001 - a frame detached while being read
                continue
            self.texts.append(found["text"])
            self.readable += [found["text"], links]
            figures.hits += int(found["hits"])
            for n in found["which"]:
                p = self.numbers.get(int(n))
                where = f"{p.table}.{p.column} baris {p.row + 1}" if p else "?"
                figures.executed.append(f"{view}: {where} (#{n})")
        shown = set()
        for text in self.texts:
            shown |= visible_payloads(text, self.hostile.placements)
        figures.visible[view] = len(shown)
        figures.shown[view] = "\n".join(self.readable)
        buttons = [label.strip() for label in self.tab.locator("button").all_inner_texts()]
        figures.controls[view] = (
            buttons + ["(unggah berkas)"] * self.tab.get_by_test_id("stFileUploader").count()
        )
        self.texts, self.readable = [], []
        if self.tab.get_by_test_id("stException").count():
            figures.problems.append(f"{view}: {self.tab.get_by_test_id('stException').first.inner_text()}")
        if self.artifacts is not None:
            self.tab.screenshot(path=str(self.artifacts / f"xss-{view}.png"), full_page=True)

    def close(self) -> None:
        self.context.close()


def _map_views(visit: _Visit, lang: str) -> None:
    tab = visit.tab
    visit.goto(f"?lang={lang}&{MAP_QUERY}")
    frame = tab.frame_locator(MAP_FRAME)
    frame.locator("path.leaflet-interactive").first.wait_for(state="attached", timeout=60_000)
    frame.locator(POINTS).first.wait_for(state="attached", timeout=30_000)
    tab.wait_for_timeout(800)
    visit.done(f"{lang}-peta")

    visit.goto(f"?lang={lang}&{MAP_QUERY}&kecamatan={KECAMATAN}")
    frame.locator("path.peta-point").first.wait_for(state="attached", timeout=60_000)
    tab.wait_for_timeout(1000)
    points = frame.locator("path.peta-point")
    for i in range(min(points.count(), 6)):  # a popup of each layer, at least
        points.nth(i).click(force=True)
        try:
            frame.locator(".leaflet-popup-content").first.wait_for(timeout=5_000)
        except Exception:  # noqa: BLE001 - a point hidden under another: the next one
            continue
        tab.wait_for_timeout(200)
        visit.snap()
    visit.done(f"{lang}-peta-kecamatan-popup")


def _page_views(visit: _Visit, lang: str, others: Iterable[str]) -> None:
    tab = visit.tab
    visit.goto(f"profil?kecamatan={KECAMATAN}&lang={lang}&{MAP_QUERY}")
    # the lists and charts sit in tabs by theme: open each so its content is drawn and read
    tabs = tab.get_by_test_id("stMain").get_by_role("tab")
    for i in range(tabs.count()):
        tabs.nth(i).click()
        tab.wait_for_timeout(800)
        visit.snap()
        visit.snap_grids()
    visit.done(f"{lang}-profil")

    # a kecamatan whose figures were read on mirrors: its sources must name the publisher
    visit.goto(f"profil?kecamatan={SOURCES_KECAMATAN}&lang={lang}&indikator=ind:penduduk")
    visit.done(f"{lang}-profil-sumber")

    visit.goto(f"peluang?lang={lang}&peluang=PI-XSS-01")
    tab.locator(".peluang-detail").wait_for(timeout=30_000)
    tab.wait_for_timeout(800)
    visit.done(f"{lang}-peluang-rincian")

    visit.goto(f"inovasi?lang={lang}")
    visit.done(f"{lang}-inovasi")

    # the other pages as they are (Kelola and admin refuse the anonymous walker, by URL)
    for name in others:
        visit.goto(f"{name}?lang={lang}")
        visit.done(f"{lang}-{name}")

    methods_layers_and_about(visit, tab, lang)


class Visitor(Protocol):
    """What a page walk needs of whoever reads the pages (see :func:`methods_layers_and_about`)."""

    def goto(self, path: str) -> None: ...
    def settle(self) -> None: ...
    def done(self, view: str) -> None: ...


def methods_layers_and_about(visit: Visitor, tab, lang: str) -> None:
    """The end of every page walk: each analysis method, each Data layer (English: one), the
    about page.

    Shared by the XSS walk here and the other whole-app browser checks (sources shown,
    English leftovers), so a new method or layer is visited by all of them.
    """
    from potensi.i18n import t

    visit.goto(f"analisis?lang={lang}")
    methods = tab.get_by_test_id("stMain").get_by_test_id("stButtonGroup").first.locator("button")
    for i in range(methods.count()):
        methods.nth(i).click()
        visit.settle()
        visit.done(f"{lang}-analisis-{i + 1}")

    visit.goto(f"data?lang={lang}")
    # the Data grid shows the rows as stored, the same in both languages: every layer is
    # read in Indonesian, one in English for the English labels around the grid
    for name in TABLES if lang == "id" else tuple(TABLES)[:1]:
        tab.get_by_test_id("stMain").get_by_test_id("stSelectbox").first.click()
        tab.get_by_role("option", name=t(f"layer_{name}", lang), exact=True).click()
        visit.settle()
        visit.done(f"{lang}-data-{name}")

    visit.goto(f"tentang?lang={lang}")
    visit.done(f"{lang}-tentang")


#: the pages the walk opens by steps of their own (views, tabs, popups, layers, methods)
WALKED_PAGES = frozenset({"peta", "profil", "peluang", "inovasi", "analisis", "data", "tentang"})
#: the others, each opened plainly: the signed-in pages, refusing an anonymous visitor
OTHER_PAGES = ("kelola", "admin")


def visit_every_page(
    browser,
    url: str,
    hostile: HostileStore,
    artifacts: Path | None = None,
    others: Iterable[str] = OTHER_PAGES,
) -> XssFigures:
    """Every page and view of the dashboard at ``url``, in Indonesian and English.

    Counts the payloads that ran (each frame's counter, read and reset after every
    view), dialogs, requests to any host but the dashboard's, and the payloads
    visible as typed text; screenshots go to ``artifacts`` when given. ``others``: the
    pages without steps of their own, opened as they are (the browser tests pass every
    page of ``ui.router.PAGES`` not in :data:`WALKED_PAGES`, so a new page is walked too).
    """
    visit = _Visit(browser, url, hostile, artifacts)
    try:
        for lang in ("id", "en"):
            _map_views(visit, lang)
            _page_views(visit, lang, tuple(others))
    finally:
        visit.close()
    return visit.figures


def run(seeded: Path, folder: Path, artifacts: Path | None = None) -> XssFigures:
    """Build the hostile store from ``seeded`` in ``folder``, serve it and visit every page."""
    from potensi.testing.server import chromium, serve

    hostile = build_hostile_store(seeded, folder)
    with serve(hostile.path, folder / "streamlit.log") as url, chromium() as browser:
        return visit_every_page(browser, url, hostile, artifacts)
