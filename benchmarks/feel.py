"""What people feel, in Chromium on a real dashboard: click → map redrawn, page → content.

Run: ``make bench`` (after ``benchmarks/run.py``) or ``python benchmarks/feel.py [--quick]
[--repeat N] [--json PATH]``. Nothing here asserts a speed; CI runs ``--quick`` (one
repetition, a subset of the pages, under a minute) to prove the script works.

A real ``streamlit run`` of the dashboard (``potensi.testing.server.serve``, as the
browser tests start it) serves a Blitar store built from the mirror with the seed data.
Every measure is timed inside the browser, so Playwright's own round trips do not count:

- **click → redrawn**: from the ``click`` event's timestamp (in whichever frame it
  happened: the sidebar, the map's iframe, a button) until the map's drawn features —
  Leaflet's ``path.leaflet-interactive`` elements in the page and its same-origin
  iframes, their number, ``d`` and ``fill`` — changed and then stayed the same for
  ``QUIET_CLICK`` ms; the figure is the frame at which that final state first appeared
  (sampled every animation frame, so it is what was painted, not what was sent).
- **time-to-content**: from navigation start until the page's content (the map's
  features, the main block's text, its charts and tables) reached the state it then
  kept for ``QUIET_PAGE`` ms with Streamlit idle; again the first frame of that state.
  *First visit* is the first request of a page to a server just started (its caches
  cold, the router not yet seen); *warm* is the same page opened again afterwards.

Floors, measured in the same run and interleaved where it matters:

- **static Leaflet**: a plain HTML page served offline (Leaflet from ``static/vendor``)
  holding the same Blitar kecamatan and desa GeoJSON the dashboard draws, doing the
  same thing in the browser alone: select (restyle, add the kecamatan's desa,
  ``fitBounds`` with Leaflet's zoom animation), recolour every kecamatan, add or remove
  the desa layer. The issue's "one frame plus the zoom animation". The same without the
  animation is printed too.
- **empty Streamlit page**: ``st.write("x")`` served by the same launcher and
  configuration as the dashboard; its time-to-content is the floor of every page.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

# this folder, then this checkout's own packages ahead of any installed copy
sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parent.parent)]

from potensi.testing.server import chromium, serve, streamlit_run  # noqa: E402

#: ms a state must hold to count as "redrawn" (clicks) and as "the page's content" (loads),
#: with Streamlit idle. Longer than two frames because the dashboard passes through
#: states that hold for a while before the real redraw: a clicked polygon's hover
#: style, the old map kept while the script reruns. The figure does not grow with it:
#: it is the first frame of the state that then held.
QUIET_CLICK = 800
QUIET_PAGE = 1000
#: ``--quick`` (CI: the script runs, no figure is read) waits shorter: every step still
#: runs and must settle, its figure is only rougher
QUICK_QUIET = {"QUIET_CLICK": 500, "QUIET_PAGE": 600}
VIEWPORT = {"width": 1400, "height": 1000}
#: the pages in the router's order (``ui.router.PAGES``); ``/`` is the map
PAGES = ("peta", "profil", "peluang", "inovasi", "analisis", "data", "tentang")
QUICK_PAGES = ("peta",)
#: the issue's targets: (p50 ms, × floor) — None where the issue sets none
TARGETS = {
    "sidebar kecamatan choice": (250, 2.0),
    "map click on a kecamatan": (250, 2.0),
    "presentation Berikutnya (new view)": (250, 2.0),
    "presentation Sebelumnya (view seen before)": (250, 2.0),
    "indicator change": (400, None),
    "layer toggle: desa on": (400, None),
    "layer toggle: desa off": (400, None),
    "analysis-method switch": (1000, None),
}
PAGE_TARGET = 1.5  # × the empty Streamlit page

#: runs at document start in every frame: the top frame samples what is drawn on every
#: animation frame and logs each change; every frame reports its clicks to the top
MONITOR = """
(() => {
  const top = window.top;
  const stamp = (e) => { try { top.__feel.input = performance.timeOrigin + e.timeStamp; } catch (_) {} };
  window.addEventListener('click', stamp, true);
  if (window !== top) return;
  const feel = window.__feel = {log: [], input: null, last: null, events: []};
  const now = () => performance.timeOrigin + performance.now();
  // where a click's time goes: the websocket messages and the map iframes' life
  const send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (data) {
    feel.events.push(['sent', now()]);
    if (!this.__feel) {
      this.__feel = true;
      this.addEventListener('message', () => feel.events.push(['received', now()]));
    }
    return send.call(this, data);
  };
  const seen = new WeakSet();
  const hash = (h, s) => { for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0; return h; };
  function signature() {
    const docs = [document];
    for (const f of document.querySelectorAll('iframe')) {
      if (!seen.has(f)) {
        seen.add(f);
        feel.events.push(['iframe', now()]);
        f.addEventListener('load', () => feel.events.push(['iframe loaded', now()]));
      }
      try { if (f.contentDocument) docs.push(f.contentDocument); } catch (_) {}
    }
    let n = 0, len = 0, h = 0;
    for (const d of docs) for (const p of d.querySelectorAll('path.leaflet-interactive')) {
      const a = p.getAttribute('d') || '';
      n++; len += a.length;
      h = hash(h, a.slice(0, 32) + (p.getAttribute('fill') || '') + (p.getAttribute('stroke-width') || ''));
    }
    const main = document.querySelector('[data-testid="stMain"]');
    const text = main ? main.textContent.length : 0;
    const drawn = main ? main.querySelectorAll('canvas, svg, img, iframe').length : 0;
    const map = n + ':' + len + ':' + h;
    return {map: map, n: n, page: map + '|' + text + '|' + drawn, text: text};
  }
  function tick(ts) {
    try {
      const s = signature();
      const last = feel.last;
      if (!last || last.map !== s.map || last.page !== s.page) {
        feel.log.push({t: performance.timeOrigin + ts, map: s.map, n: s.n, page: s.page, text: s.text});
        if (feel.log.length > 5000) feel.log.splice(0, 1000);
        if (feel.events.length > 5000) feel.events.splice(0, 1000);
        feel.last = s;
      }
    } catch (_) {}
    requestAnimationFrame(tick);
  }
  requestAnimationFrame(tick);
})();
"""

#: polled from Python: the first frame of the state that then held for ``quiet`` ms, or null
SETTLED = """
([since, quiet, kind, baseline, needMap]) => {
  const feel = window.__feel; if (!feel) return null;
  const now = performance.timeOrigin + performance.now();
  const log = feel.log.filter(e => e.t >= since);
  const before = feel.log.filter(e => e.t < since);
  let state = before.length ? before[before.length - 1] : null;
  if (log.length) state = log[log.length - 1];
  if (!state) return null;
  if (now - Math.max(state.t, since) < quiet) return null;
  if (baseline !== null && state[kind] === baseline) return null;
  if (needMap && state.n === 0) return null;
  const running = document.querySelector('[data-testid="stStatusWidget"]');
  if (running || (kind === 'page' && state.text === 0)) return null;
  // the first frame of this state after `since` (it may have flickered back to it)
  let first = state.t;
  for (let i = feel.log.length - 1; i >= 0 && feel.log[i].t >= since; i--) {
    if (feel.log[i][kind] !== state[kind]) break;
    first = feel.log[i].t;
  }
  return Math.max(first, since);
}
"""


class NotSettled(RuntimeError):
    """The page never reached a stable new state in time."""


def settled(
    page, since: float, quiet: int, kind: str, baseline: str | None, need_map: bool, timeout: float = 60
):
    """Poll until the drawn state changed from ``baseline`` and held ``quiet`` ms; its first frame."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = page.evaluate(SETTLED, [since, quiet, kind, baseline, need_map])
        if found is not None:
            return found
        page.wait_for_timeout(50)
    raise NotSettled(f"{page.url}: no stable {kind} state within {timeout:.0f} s")


def current(page, kind: str) -> str | None:
    return page.evaluate(f"() => window.__feel && window.__feel.last && window.__feel.last.{kind}")


#: the breakdown of each dashboard click (filled by click_to_redrawn, per measure)
BREAKDOWNS: list[dict[str, float]] = []

BREAKDOWN = """
([start, end]) => {
  const ev = window.__feel.events.filter(e => e[1] >= start && e[1] <= end);
  const at = (name) => { const e = ev.find(x => x[0] === name); return e ? e[1] - start : null; };
  const sent = at('sent');
  const received = sent === null ? null : ev.find(x => x[0] === 'received' && x[1] - start >= sent);
  const paths = window.__feel.log.find(e => e.t >= start && e.n > 0 && e.t > start + (at('iframe') ?? 1e9));
  const frame = at('iframe');
  const answers = ev.filter(x => x[0] === 'received' && (frame === null || x[1] - start <= frame));
  const lastAnswer = answers.length ? answers[answers.length - 1][1] - start : null;
  const before = window.__feel.log.filter(e => e.t < start);
  const base = before.length ? before[before.length - 1].map : null;
  const changed = window.__feel.log.find(e => e.t >= start && e.map !== base);
  return {'click → first change of the map': changed ? changed.t - start : null,
          '… → first websocket message sent': sent,
          '… → first answer received': received ? received[1] - start : null,
          '… → last answer (before a new iframe, if any)': lastAnswer,
          '… → new map iframe in the page': frame,
          '… → iframe loaded': at('iframe loaded'),
          '… → first polygons drawn in it': paths ? paths.t - start : null,
          '… → final state (the figure)': end - start};
}
"""


def click_to_redrawn(page, action, kind: str = "map", quiet: int | None = None) -> float:
    """Do ``action`` (which clicks); ms from the click event until the map's new stable state.

    Also appends to BREAKDOWNS where the time went (ms after the click at which each
    step first happened; None for a step that did not happen).
    """
    quiet = QUIET_CLICK if quiet is None else quiet  # read now: --quick sets it
    page.evaluate("() => { window.__feel.input = null; }")
    baseline = current(page, kind)
    action()
    start = page.evaluate("() => window.__feel.input")
    if start is None:
        raise NotSettled("the action sent no click")
    try:
        end = settled(page, start, quiet, kind, baseline, need_map=kind == "map")
    except NotSettled as exc:  # counted as failed in the table; the run goes on
        print(f"not settled: {exc}", file=sys.stderr, flush=True)
        BREAKDOWNS.append({})
        return float("nan")
    BREAKDOWNS.append(page.evaluate(BREAKDOWN, [start, end]))
    return end - start


def time_to_content(page, url: str, need_map: bool) -> float:
    """ms from navigation start until the page's content stayed as it is for QUIET_PAGE."""
    page.goto(url, wait_until="commit")
    origin = page.evaluate("() => performance.timeOrigin")
    return settled(page, origin, QUIET_PAGE, "page", None, need_map, timeout=120) - origin


def fresh(browser, init: bool = True):
    context = browser.new_context(viewport=VIEWPORT)
    if init:
        context.add_init_script(MONITOR)
    return context, context.new_page()


def open_map(page, url: str) -> None:
    """Open a map page and wait until it is drawn and quiet."""
    time_to_content(page, url, need_map=True)


# -- the dashboard's interactions -------------------------------------------------------
MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'


def sidebar_choice(browser, url: str, names: list[str], repeat: int) -> list[float]:
    """Choose a kecamatan in the sidebar filter on the default view (a different one each
    time, so each is a view this server has not built yet, like a person's first choice)."""
    runs = []
    for name in names[:repeat]:
        context, page = fresh(browser)
        open_map(page, url + "/")
        box = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').first
        box.click()
        page.keyboard.type(name)
        option = page.get_by_role("option", name=f"{name} (", exact=False).first
        option.wait_for()
        runs.append(click_to_redrawn(page, option.click))
        context.close()
    return runs


def map_click(browser, url: str, repeat: int) -> list[float]:
    """Click a kecamatan on the map in its iframe (polygons only, so the click lands on one)."""
    runs = []
    for i in range(repeat):
        context, page = fresh(browser)
        open_map(page, url + "/?layers=-")
        x, y = clickable_point(page, MAP_FRAME, (3 + 5 * i) % 22)
        runs.append(click_to_redrawn(page, lambda x=x, y=y: page.mouse.click(x, y)))
        context.close()
    return runs


#: a point of the ``index``-th polygon where a click lands on it (not on a legend or marker
#: drawn over it, nor on a neighbour, as a click at its bounding box's centre may)
CLICKABLE = """
([selector, index]) => {
  const frame = selector ? document.querySelector(selector) : null;
  const doc = frame ? frame.contentDocument : document;
  const offset = frame ? frame.getBoundingClientRect() : {left: 0, top: 0};
  const path = doc.querySelectorAll('path.leaflet-interactive')[index];
  const box = path.getBoundingClientRect();
  for (let i = 1; i < 12; i++) for (let j = 1; j < 12; j++) {
    const x = box.left + box.width * ((i * 7) % 12) / 12, y = box.top + box.height * ((j * 5) % 12) / 12;
    if (doc.elementFromPoint(x, y) === path) return [offset.left + x, offset.top + y];
  }
  return null;
}
"""


def clickable_point(page, frame: str | None, index: int) -> tuple[float, float]:
    """Page coordinates where a click hits the ``index``-th polygon of the map."""
    point = page.evaluate(CLICKABLE, [frame, index])
    if point is None:
        raise NotSettled(f"polygon {index} is covered everywhere")
    return point


def presentation(browser, url: str, repeat: int) -> tuple[list[float], list[float]]:
    """Walk ``repeat`` kecamatan forward (views not built yet), then back (views seen)."""
    context, page = fresh(browser)
    open_map(page, url + "/?present=1&kecamatan=35.05.01&layers=potensi,label")
    forward = [
        click_to_redrawn(page, page.get_by_role("button", name="Berikutnya ▶").click) for _ in range(repeat)
    ]
    back = [
        click_to_redrawn(page, page.get_by_role("button", name="◀ Sebelumnya").click) for _ in range(repeat)
    ]
    context.close()
    return forward, back


def indicator_change(browser, url: str, repeat: int) -> list[float]:
    """Pick another indicator in the sidebar (the whole page reruns, the map recolours)."""
    context, page = fresh(browser)
    open_map(page, url + "/")
    runs = []
    for i in range(repeat):
        box = page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]').filter(
            has_text="Indikator"
        )
        box.click()
        option = page.get_by_role("option").nth(1 + i % 6)
        option.wait_for()
        runs.append(click_to_redrawn(page, option.click))
    context.close()
    return runs


def layer_toggle(browser, url: str, repeat: int) -> tuple[list[float], list[float]]:
    """Add the desa layer in the sidebar, then remove it again (its tag's ×)."""
    context, page = fresh(browser)
    open_map(page, url + "/")
    sidebar = page.locator('[data-testid="stSidebar"]')
    on, off = [], []
    for _ in range(repeat):
        sidebar.get_by_role("combobox", name="Lapisan peta").click()
        option = page.get_by_role("option", name="Batas desa")
        option.wait_for()
        on.append(click_to_redrawn(page, option.click))
        page.keyboard.press("Escape")
        remove = sidebar.get_by_role("button", name="Remove Batas desa")
        off.append(click_to_redrawn(page, remove.click))
    context.close()
    return on, off


def method_switch(browser, url: str, repeat: int) -> list[float]:
    """Switch the analysis method (segmented control): until the page's content is stable."""
    context, page = fresh(browser)
    time_to_content(page, url + "/analisis", need_map=False)
    runs = []
    buttons = page.locator('[data-testid="stButtonGroup"]').first.get_by_role("radio")
    count = buttons.count()
    for i in range(repeat):
        button = buttons.nth((i + 1) % count)
        runs.append(click_to_redrawn(page, button.click, kind="page", quiet=QUIET_PAGE))
    context.close()
    return runs


# -- the static Leaflet floor -------------------------------------------------------------
def floor_page(kec_geojson: dict, desa_geojson: dict) -> str:
    """Plain Leaflet doing in the browser alone what the dashboard does for these actions."""
    return (
        "<!doctype html><html><head><meta charset=utf-8>"
        "<link rel=stylesheet href='/vendor/leaflet/leaflet.css'>"
        "<script src='/vendor/leaflet/leaflet.js'></script>"
        "<style>body{margin:0;display:flex}#m{height:800px;flex:1}button{display:block}</style>"
        "</head><body><div><button id=select>select</button><button id=recolour>recolour</button>"
        "<button id=desa>desa</button></div><div id=m></div><script>"
        f"var KEC={json.dumps(kec_geojson)},DESA={json.dumps(desa_geojson)};"
        """
var animate = !location.search.includes('anim=0');
var palette = ['#fef0d9','#fdcc8a','#fc8d59','#e34a33','#b30000'], shift = 0, k = 0;
var m = L.map('m');
var kec = L.geoJSON(KEC, {style: function (f) { return {weight: 1, color: '#555',
  fillColor: palette[f.properties.i % 5], fillOpacity: 0.7}; }}).addTo(m);
m.fitBounds(kec.getBounds());
var chosen = null, desaOf = null, desaAll = null;
function select(code) {
  chosen = code;
  kec.setStyle(function (f) { var on = f.properties.kode === code;
    return {weight: on ? 3 : 1, fillOpacity: on ? 0.85 : 0.35}; });
  if (desaOf) m.removeLayer(desaOf);
  desaOf = L.geoJSON({type: 'FeatureCollection', features: DESA.features.filter(function (f) {
    return f.properties.kode_kec === code; })}, {style: {weight: 1, color: '#333', fill: false}}).addTo(m);
  kec.eachLayer(function (l) {
    if (l.feature.properties.kode === code) m.fitBounds(l.getBounds(), {animate: animate}); });
}
kec.on('click', function (e) { select(e.layer.feature.properties.kode); });
document.getElementById('select').onclick = function () {
  k = (k + 7) % KEC.features.length; select(KEC.features[k].properties.kode); };
document.getElementById('recolour').onclick = function () { shift++;
  kec.setStyle(function (f) { return {fillColor: palette[(f.properties.i + shift) % 5]}; }); };
document.getElementById('desa').onclick = function () {
  if (desaAll) { m.removeLayer(desaAll); desaAll = null; }
  else desaAll = L.geoJSON(DESA, {style: {weight: 1, color: '#333', fill: false}}).addTo(m); };
"""
        "</script></body></html>"
    )


def quiet_now(page) -> None:
    """Wait until the drawing has held still for QUIET_CLICK ms from now."""
    settled(
        page,
        page.evaluate("() => performance.timeOrigin + performance.now()"),
        QUIET_CLICK,
        "map",
        None,
        True,
    )


def floor_figures(browser, url: str, repeat: int) -> dict[str, list[float]]:
    """The static page: select by button and by map click (animated and not), recolour, desa."""
    figures: dict[str, list[float]] = {
        k: [] for k in ("select", "select_no_anim", "click", "recolour", "desa")
    }
    for suffix, key in (("", "select"), ("?anim=0", "select_no_anim")):
        context, page = fresh(browser)
        page.goto(url + suffix)
        quiet_now(page)
        for _ in range(repeat):
            figures[key].append(click_to_redrawn(page, page.locator("#select").click))
        if suffix:
            context.close()
            continue
        for i in range(repeat):
            # back to the whole kabupaten, nothing chosen, so every polygon is clickable
            page.evaluate(
                "() => { m.fitBounds(kec.getBounds(), {animate: false}); kec.resetStyle();"
                " if (desaOf) { m.removeLayer(desaOf); desaOf = null; } }"
            )
            quiet_now(page)
            x, y = clickable_point(page, None, (3 + 5 * i) % 22)
            figures["click"].append(click_to_redrawn(page, lambda x=x, y=y: page.mouse.click(x, y)))
        for _ in range(repeat):
            figures["recolour"].append(click_to_redrawn(page, page.locator("#recolour").click))
            figures["desa"].append(click_to_redrawn(page, page.locator("#desa").click))
        context.close()
    return figures


def empty_streamlit(browser, repeat: int, work: Path) -> list[float]:
    """Time-to-content of an empty Streamlit page on the same launcher and configuration
    (loads after the first: the pages' warm figures are compared with it)."""
    script = work / "empty.py"
    script.write_text("import streamlit as st\n\nst.write('x')\n")
    runs = []
    with streamlit_run(script, work / "empty.log") as port:
        for i in range(repeat + 1):
            context, page = fresh(browser)
            ms = time_to_content(page, f"http://127.0.0.1:{port}/", need_map=False)
            if i:
                runs.append(ms)
            context.close()
    return runs


def page_url(base: str, name: str) -> str:
    return f"{base}/{'' if name == 'peta' else name}"


def pages_first_and_warm(
    browser, store: Path, work: Path, pages: tuple[str, ...], repeat: int, starts: int, then=None
):
    """Each page's first visit to a just-started server, then warm.

    Per start the pages are visited once each in turn, the order rotated from start to
    start: the first one meets a server just started (``first_request``; ``serve`` yields once
    the launcher's warm-up, ``ui/warmup.py``, has filled the shared caches, as for someone
    opening the page a few seconds after ``make run``; ``crowd.py`` also times a visit
    racing the warm-up), the others a server whose shared caches the earlier pages filled
    but with their own still cold (restarting
    for every page and repetition would take minutes). Warm: every page again, ``repeat``
    times, after the last start.
    """
    first: dict[str, list[float]] = {p: [] for p in pages}
    first_request: dict[str, list[float]] = {p: [] for p in pages}
    warm: dict[str, list[float]] = {p: [] for p in pages}
    for start in range(starts):
        with serve(store, work / f"start{start}.log") as url:
            rotated = pages[start % len(pages) :] + pages[: start % len(pages)]
            for i, name in enumerate(rotated):
                context, page = fresh(browser)
                ms = time_to_content(page, page_url(url, name), name == "peta")
                first[name].append(ms)
                if i == 0:
                    first_request[name].append(ms)
                context.close()
            if start == starts - 1:
                for _ in range(repeat):
                    for name in pages:
                        context, page = fresh(browser)
                        warm[name].append(time_to_content(page, page_url(url, name), name == "peta"))
                        context.close()
                if then is not None:
                    then(url)
    return first, first_request, warm


def note(message: str, started: float) -> None:
    """Progress on stderr (the table goes to stdout)."""
    print(f"[{time.monotonic() - started:5.1f} s] {message}", file=sys.stderr, flush=True)


# -- the table ------------------------------------------------------------------------------
def p50(values: list[float]) -> float:
    return statistics.median(values)


def p95(values: list[float]) -> float:
    if len(values) < 2:
        return values[0]
    return statistics.quantiles(values, n=20, method="inclusive")[18]


def row(measure: str, values: list[float], floor: list[float] | None, target: str) -> dict:
    """One line of the table (ms; a run that never settled is counted in ``failed``)."""
    done = [v for v in values if v == v] or [float("nan")]
    figure = {
        "measure": measure,
        "n": len(values),
        "failed": len(values) - len([v for v in values if v == v]),
    }
    figure |= {"p50": p50(done), "p95": p95(done), "target": target}
    if floor:
        figure["floor"] = p50([v for v in floor if v == v] or [float("nan")])
        # a floor of 0 ms: the static page drew in the click's own frame (seen on a loaded machine)
        figure["ratio"] = figure["p50"] / figure["floor"] if figure["floor"] else float("nan")
    return figure


def verdict(figure: dict, limit_ms: float | None, limit_ratio: float | None) -> str:
    ok = (limit_ms is None or figure["p50"] <= limit_ms) and (
        limit_ratio is None or figure.get("ratio", 0) <= limit_ratio
    )
    return "met" if ok else "not met"


def print_table(rows: list[dict]) -> None:
    print("| measure | n | p50 | p95 | floor (p50) | ratio | target | |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for r in rows:
        floor = f"{r['floor']:.0f} ms" if "floor" in r else "–"
        ratio = f"{r['ratio']:.2f}×" if "ratio" in r else "–"
        failed = f" ({r['failed']} failed)" if r["failed"] else ""
        print(
            f"| {r['measure']} | {r['n']}{failed} | {r['p50']:.0f} ms | {r['p95']:.0f} ms | {floor} | "
            f"{ratio} | {r['target']} | {r.get('verdict', '')} |"
        )


def print_breakdown(breakdown: dict[str, list[dict]]) -> None:
    """Where a click's time goes: median ms after the click at which each step happened."""
    steps = next((list(runs[0]) for runs in breakdown.values() if runs), [])
    if not steps:
        return
    print("\nWhere the time goes (median ms after the click at which each step first happened):\n")
    print("| measure | " + " | ".join(steps) + " |")
    print("| --- |" + " --- |" * len(steps))
    for name, runs in breakdown.items():
        cells = []
        for step in steps:
            values = [r[step] for r in runs if r.get(step) is not None]
            cells.append(f"{statistics.median(values):.0f}" if values else "–")
        print(f"| {name} | " + " | ".join(cells) + " |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one repetition, two pages (CI)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = parser.parse_args(argv)
    repeat = 1 if args.quick else args.repeat
    if args.quick:
        globals().update(QUICK_QUIET)
    started = time.monotonic()

    import geopandas as gpd
    from run import MIRROR, Server

    from potensi.boundaries.build import build_region
    from potensi.core.store import load_boundaries
    from potensi.data.seed import seed_store
    from potensi.viz.assets import install_assets
    from potensi.viz.display import display_for

    install_assets()
    work = Path(tempfile.mkdtemp(prefix="peta-feel-"))
    store = work / "peta.gpkg"
    build_region("35.05", store=store, mirror=MIRROR, progress=lambda _m: None)
    seed_store(store, progress=lambda _m: None)
    blitar = load_boundaries(store)

    def geojson(frame: gpd.GeoDataFrame, columns: list[str]) -> dict:
        frame = frame.sort_values("kode").reset_index(drop=True)
        return json.loads(frame[columns + ["geometry"]].assign(i=range(len(frame))).to_json())

    kec = display_for(blitar, "kabupaten")[1]
    desa = display_for(blitar, "kecamatan")[0]
    root = work / "www"
    root.mkdir()
    (root / "floor.html").write_text(
        floor_page(geojson(kec, ["kode", "nama"]), geojson(desa, ["kode", "kode_kec"])), encoding="utf-8"
    )
    static = Server(root)
    names = list(blitar.kecamatan.sort_values("kode").nama)
    # a different kecamatan for each sidebar choice, spread over the list
    spread = [names[(7 * i + 4) % len(names)] for i in range(len(names))]
    half = max(1, (repeat + 1) // 2) if not args.quick else 1
    pages = QUICK_PAGES if args.quick else PAGES

    with chromium() as browser:
        note("store built, browser up", started)
        floors = floor_figures(browser, static.url + "/floor.html", half)
        note("static Leaflet floor", started)
        empty = empty_streamlit(browser, max(repeat, 3 if not args.quick else 1), work)
        note("empty Streamlit page", started)
        clicks: dict[str, list[float]] = {}

        breakdown: dict[str, list[dict]] = {}

        def measured(name: str, runs: list[float], since: int) -> None:
            clicks[name] = runs
            breakdown[name] = BREAKDOWNS[since : since + len(runs)]
            note(name, started)

        def interactions(url: str) -> None:
            note("pages", started)
            n = len(BREAKDOWNS)
            measured("sidebar kecamatan choice", sidebar_choice(browser, url, spread, repeat), n)
            n = len(BREAKDOWNS)
            measured("map click on a kecamatan", map_click(browser, url, repeat), n)
            n = len(BREAKDOWNS)
            forward, back = presentation(browser, url, repeat)
            measured("presentation Berikutnya (new view)", forward, n)
            measured("presentation Sebelumnya (view seen before)", back, n + len(forward))
            n = len(BREAKDOWNS)
            measured("indicator change", indicator_change(browser, url, repeat), n)
            n = len(BREAKDOWNS)
            on, off = layer_toggle(browser, url, repeat)
            # the toggles alternate on, off, on, off …
            clicks["layer toggle: desa on"], clicks["layer toggle: desa off"] = on, off
            breakdown["layer toggle: desa on"] = BREAKDOWNS[n : n + 2 * len(on) : 2]
            breakdown["layer toggle: desa off"] = BREAKDOWNS[n + 1 : n + 2 * len(on) : 2]
            note("layers", started)
            n = len(BREAKDOWNS)
            measured("analysis-method switch", method_switch(browser, url, repeat), n)

        first, first_request, warm = pages_first_and_warm(
            browser, store, work, pages, repeat, 1 if args.quick else 3, then=interactions
        )
        if not args.quick:  # the floors again at the end, so load on the machine hits both alike
            for key, values in floor_figures(browser, static.url + "/floor.html", half).items():
                floors[key].extend(values)
    static.close()

    floor_of = {
        "sidebar kecamatan choice": floors["select"],
        "map click on a kecamatan": floors["click"],
        "presentation Berikutnya (new view)": floors["select"],
        "presentation Sebelumnya (view seen before)": floors["select"],
        "indicator change": floors["recolour"],
        "layer toggle: desa on": floors["desa"],
        "layer toggle: desa off": floors["desa"],
    }
    rows = []
    for measure, values in clicks.items():
        limit_ms, limit_ratio = TARGETS[measure]
        target = f"≤ {limit_ms} ms" + (f", ≤ {limit_ratio:g}× floor" if limit_ratio else "")
        figure = row(measure, values, floor_of.get(measure), target)
        figure["verdict"] = verdict(figure, limit_ms, limit_ratio)
        rows.append(figure)
    for key, label in (
        ("select", "floor: static Leaflet select (restyle + desa + animated fitBounds)"),
        ("select_no_anim", "floor: the same without zoom animation"),
        ("click", "floor: static Leaflet map click"),
        ("recolour", "floor: static Leaflet recolour"),
        ("desa", "floor: static Leaflet desa layer on/off"),
    ):
        rows.append(row(label, floors[key], None, "–"))
    for name in pages:
        for kind, values in (("first visit", first[name]), ("warm", warm[name])):
            figure = row(f"time-to-content /{'' if name == 'peta' else name} ({kind})", values, empty, "")
            figure["target"] = f"≤ {PAGE_TARGET:g}× floor"
            figure["verdict"] = verdict(figure, None, PAGE_TARGET)
            rows.append(figure)
    rows.append(row("floor: empty Streamlit page (warm)", empty, None, "–"))
    print_table(rows)
    cold = {name: values for name, values in first_request.items() if values}
    if cold:
        print(
            "\nFirst request to a just-started server: "
            + ", ".join(f"/{'' if n == 'peta' else n} {p50(v):.0f} ms" for n, v in cold.items())
        )
    print_breakdown(breakdown)
    print(f"\n({time.monotonic() - started:.0f} s; from the click event or navigation start, in the browser)")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(
            json.dumps(
                {
                    "rows": rows,
                    "breakdown": breakdown,
                    "raw": {"clicks": clicks, "floors": floors, "empty": empty, "first": first, "warm": warm},
                    "first_request": cold,
                    "measured": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
                },
                indent=1,
            )
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
