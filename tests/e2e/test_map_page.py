"""What a person sees in Chromium with no internet: map, layers, click, shared URL
and a hostile record that must stay text (English everywhere: test_english.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from potensi.core.store import load_layer
from potensi.data.tables import read_rows
from tests.e2e.conftest import XSS_NAME
from tests.e2e.helpers import MAP_FRAME, map_frame, settled, wait_for_polygons

pytestmark = pytest.mark.e2e


def own_host(server: str) -> set[str]:
    return {server.split("/")[2]}


def test_browser_draws_kecamatan_and_point_layers_from_the_dashboard_alone(
    page, server: str, artifacts: Path
) -> None:
    page.goto(server)
    polygons = wait_for_polygons(page)
    frame = map_frame(page)
    frame.locator(".marker-cluster, path.peta-point").first.wait_for(timeout=30_000)
    page.wait_for_timeout(800)
    assert frame.locator("path.leaflet-interactive:not(.peta-point)").count() == 22
    assert frame.locator(".marker-cluster").count() + frame.locator("path.peta-point").count() > 5
    legend = frame.locator(".peta-legend").inner_text()
    assert legend.startswith("Luas wilayah") and "Potensi per sektor" in legend
    assert frame.locator(".peta-locator").count() == 1 and frame.locator(".peta-fullscreen").count() == 1
    page.screenshot(path=str(artifacts / "peta-kabupaten.png"), full_page=True)
    assert polygons.count() >= 22
    assert page.requested_hosts == own_host(server)


def test_click_on_a_kecamatan_selects_it_and_opens_its_profile(
    page, server: str, e2e_store: Path, artifacts: Path
) -> None:
    desa = load_layer("desa", e2e_store)
    page.goto(server + "/?layers=-")  # polygons only, so the click lands on the kecamatan
    polygons = wait_for_polygons(page)
    page.wait_for_timeout(500)
    polygons.nth(4).click(force=True)  # features are in code order: 35.05.05 Bakung
    page.get_by_role("heading", name="Kecamatan Bakung").wait_for(timeout=30_000)
    expected = 22 + int((desa.kode_kec == "35.05.05").sum())
    page.wait_for_function(
        """([sel, n]) => { const f = document.querySelector(sel);
            return f && f.contentDocument &&
                   f.contentDocument.querySelectorAll('path.leaflet-interactive').length === n; }""",
        arg=['iframe[title="streamlit_folium.st_folium"]', expected],
        timeout=30_000,
    )
    page.wait_for_timeout(800)
    page.screenshot(path=str(artifacts / "peta-klik-bakung.png"), full_page=True)
    # the click reruns only the map's fragment, which also redraws the sidebar filter
    sidebar = page.locator('[data-testid="stSidebar"]')
    assert "Bakung" in sidebar.locator('[data-testid="stMultiSelect"]').first.inner_text()
    assert "kecamatan=35.05.05" in page.url
    page.get_by_role("link", name="Buka profil kecamatan").first.click()
    page.wait_for_url(re.compile(r".*/profil.*"), timeout=30_000)
    page.get_by_role("heading", name=re.compile("Bakung")).first.wait_for(timeout=30_000)
    page.wait_for_timeout(1500)
    page.screenshot(path=str(artifacts / "profil-bakung.png"), full_page=True)
    assert page.requested_hosts == own_host(server)


def test_the_sidebar_kecamatan_filter_zooms_the_map_and_keeps_its_place(
    page, server: str, e2e_store: Path, artifacts: Path
) -> None:
    desa = load_layer("desa", e2e_store)
    page.goto(server + "/?layers=-")
    wait_for_polygons(page)
    sidebar = page.locator('[data-testid="stSidebar"]')
    labels = sidebar.locator('[data-testid="stWidgetLabel"]').all_inner_texts()
    # drawn by the map's fragment, but in its place: after the presentation toggle
    assert labels[2:4] == ["Kecamatan", "Indikator"]
    sidebar.locator('[data-testid="stMultiSelect"]').first.click()
    page.keyboard.type("Doko")
    # listed by name with the code: "Doko (35.05.xx)"
    page.get_by_role("option", name=re.compile(r"^Doko \(35\.05\.\d\d\)$")).click()
    page.keyboard.press("Escape")  # the open list hides the page from role queries
    page.get_by_role("heading", name="Kecamatan Doko").wait_for(timeout=30_000)
    code = load_layer("kecamatan", e2e_store).set_index("nama").kode["Doko"]
    expected = 22 + int((desa.kode_kec == code).sum())
    page.wait_for_function(
        """([sel, n]) => { const f = document.querySelector(sel);
            return f && f.contentDocument &&
                   f.contentDocument.querySelectorAll('path.leaflet-interactive').length === n; }""",
        arg=[MAP_FRAME, expected],
        timeout=30_000,
    )
    page.wait_for_timeout(800)
    page.screenshot(path=str(artifacts / "peta-filter-doko.png"), full_page=True)
    assert f"kecamatan={code}" in page.url
    assert sidebar.locator('[data-testid="stWidgetLabel"]').all_inner_texts() == labels


def test_a_shared_url_opens_the_same_view(page, server: str, artifacts: Path) -> None:
    page.goto(
        server + "/?kecamatan=35.05.13&lang=en&indikator=count_potensi&layers=potensi,label"
        "&klasifikasi=equal_interval"
    )
    page.get_by_role("heading", name="Panggungrejo district").wait_for(timeout=60_000)
    frame = map_frame(page)
    frame.locator(".peta-legend").wait_for(timeout=30_000)
    assert frame.locator(".peta-legend").inner_text().startswith("Number of potentials")
    assert frame.locator(".peta-label").count() == 22
    page.wait_for_timeout(800)
    page.screenshot(path=str(artifacts / "url-panggungrejo-en.png"), full_page=True)
    # the URL the page keeps is the one to share: it carries the same view
    assert "kecamatan=35.05.13" in page.url and "lang=en" in page.url


def test_a_hostile_record_is_shown_as_text_and_runs_nothing(page, server: str, artifacts: Path) -> None:
    page.goto(server + "/?layers=potensi&sektor=kehutanan&kecamatan=35.05.18")
    wait_for_polygons(page)
    frame = map_frame(page)
    point = frame.locator("path.peta-point")
    point.first.wait_for(timeout=30_000)
    assert point.count() == 1
    page.wait_for_timeout(800)  # the points arrive after the polygons; let the map settle
    point.first.click(force=True)
    popup = frame.locator(".leaflet-popup-content")
    popup.wait_for(timeout=10_000)
    assert XSS_NAME in popup.inner_text()
    assert "Belum ada inovasi yang mendukung" in popup.inner_text()  # no forestry innovation
    assert popup.locator("img").count() == 0 and popup.locator("script").count() == 0
    page.wait_for_timeout(1000)
    page.screenshot(path=str(artifacts / "xss-inert.png"), full_page=True)
    assert page.dialogs == []


def test_a_potential_popup_names_the_innovation_behind_it(page, server: str, artifacts: Path) -> None:
    """Issue 18.5: the Biosaka demonstration plot in Talun (its only agriculture point)."""
    page.goto(server + "/?layers=potensi&sektor=pertanian&kecamatan=35.05.14")
    wait_for_polygons(page)
    frame = map_frame(page)
    point = frame.locator("path.peta-point")
    point.first.wait_for(timeout=30_000)
    assert point.count() == 1
    page.wait_for_timeout(800)
    point.first.click(force=True)
    popup = frame.locator(".leaflet-popup-content")
    popup.wait_for(timeout=10_000)
    text = popup.inner_text()
    assert "Demplot padi Biosaka" in text and "Didukung inovasi: Elisitor Biosaka" in text
    page.mouse.move(5, 5)  # the tooltip leaves; the popup stays
    page.wait_for_timeout(600)
    page.screenshot(path=str(artifacts / "peta-popup-inovasi.png"), full_page=True)


def test_presentation_mode_shows_the_map_alone_and_walks_kecamatan(
    page, server: str, artifacts: Path
) -> None:
    page.goto(server + "/?present=1&kecamatan=35.05.09&layers=potensi,label")
    # the presentation heading and the selected-kecamatan subheader: both may be there at once
    page.get_by_role("heading", name="Kecamatan Nglegok").first.wait_for(timeout=60_000)
    wait_for_polygons(page)
    assert not page.get_by_test_id("stSidebar").is_visible()
    page.wait_for_timeout(1500)
    page.screenshot(path=str(artifacts / "presentasi-nglegok.png"), full_page=True)
    page.get_by_role("button", name="Berikutnya ▶").click()
    page.get_by_role("heading", name="Kecamatan Kanigoro").first.wait_for(timeout=30_000)  # 35.05.10
    assert page.requested_hosts == own_host(server)


def test_pan_and_zoom_do_not_rerun_the_script(page, server: str) -> None:
    """Only a click reports back (returned_objects): dragging and zooming send nothing."""
    sent: list[object] = []
    page.on("websocket", lambda ws: ws.on("framesent", lambda payload: sent.append(payload)))
    page.goto(server + "/?layers=-")
    polygons = wait_for_polygons(page)
    page.wait_for_timeout(2000)
    before = len(sent)
    box = page.locator(MAP_FRAME).bounding_box()
    x, y = box["x"] + box["width"] * 0.4, box["y"] + box["height"] * 0.5
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x + 150, y + 80, steps=8)
    page.mouse.up()
    page.mouse.wheel(0, -400)
    page.wait_for_timeout(600)
    map_frame(page).locator(".leaflet-control-zoom-out").click()
    page.wait_for_timeout(2500)
    assert len(sent) == before  # no BackMsg: no rerun
    polygons.nth(10).click(force=True)  # a click does report, and reruns (a kecamatan selected)
    page.get_by_role("heading", name=re.compile("^Kecamatan ")).first.wait_for(timeout=30_000)
    assert len(sent) > before


#: in the page: every websocket message's time; in every frame: the last click's time
CLOCKS = """
(() => {
  const top = window.top;
  window.addEventListener('click', (e) => { top.__clicked = performance.timeOrigin + e.timeStamp; }, true);
  if (window !== top) return;
  window.__sent = [];
  const send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (data) {
    window.__sent.push(performance.timeOrigin + performance.now());
    return send.call(this, data);
  };
})();
"""


def test_a_map_click_is_reported_at_once(page, server: str) -> None:
    """streamlit-folium waits 250 ms before reporting a click; the page sends it at once
    (``CLICK_AT_ONCE_JS``), timed in the browser from the click event to the websocket
    message, and still selects the kecamatan."""
    page.add_init_script(CLOCKS)
    page.goto(server + "/?layers=-")
    polygons = wait_for_polygons(page)
    page.wait_for_timeout(1500)
    page.evaluate("() => { window.__sent = []; }")
    polygons.nth(10).click(force=True)
    page.get_by_role("heading", name=re.compile("^Kecamatan ")).first.wait_for(timeout=30_000)
    delay = page.evaluate("() => window.__sent[0] - window.__clicked")
    assert 0 <= delay < 250, f"click reported after {delay:.0f} ms"
    assert "kecamatan=35.05." in page.url


#: the kecamatan codes of the points the map shows (every point layer is clustered)
SHOWN_POINTS = """() => { const out = [];
    window.map.eachLayer(l => { if (l instanceof L.MarkerClusterGroup)
        l.getLayers().forEach(m => out.push(m.options.kecamatan)); });
    return out; }"""

#: a click on kecamatan ``code`` as Leaflet delivers it, and the selection right after it,
#: before any answer from the server could have arrived (the same task)
CLICK_AND_READ = """(_, code) => { let target = null;
    window.map.__peta.layers.kecamatan.eachLayer(l => {
        if (l.feature.properties.kode === code) target = l; });
    target.fire('click', {latlng: target.getBounds().getCenter()}, true);
    return Object.keys(window.map.__peta.codes || {}); }"""


def _drawn_desa_of(page, code: str, count: int) -> None:
    """Wait until the map in its frame shows ``code`` selected with its ``count`` desa drawn."""
    page.wait_for_function(
        """([sel, code, n]) => { const f = document.querySelector(sel);
            const w = f && f.contentWindow; const p = w && w.map && w.map.__peta;
            const d = p && p.layers.desa;
            return d && p.codes && Object.keys(p.codes).join() === code &&
                   d && d._map && d.getLayers().length === n; }""",
        arg=[MAP_FRAME, code, count],
        timeout=30_000,
    )


def test_the_map_stays_mounted_while_kecamatan_are_chosen(
    page, server: str, e2e_store: Path, artifacts: Path
) -> None:
    """Sidebar choice, map click and presentation buttons change the selection of the map
    the browser already has (no new frame, no new map script): the choice outlines the
    kecamatan, shows only its points and draws its desa, a click does so before the server
    answers, and sidebar, URL and desa table follow as before."""
    desa = load_layer("desa", e2e_store)
    kecamatan = load_layer("kecamatan", e2e_store).set_index("nama")
    potensi = read_rows("potensi", e2e_store)
    # the kecamatan with the most potentials (so a filtered point layer is visible)
    busiest = potensi.kecamatan.value_counts().index[0]
    name = kecamatan.index[kecamatan.kode == busiest][0]
    other = kecamatan.kode["Doko"] if busiest != kecamatan.kode["Doko"] else kecamatan.kode["Bakung"]
    page.goto(server + "/")
    wait_for_polygons(page)
    settled(page)
    body = map_frame(page).locator("body")
    body.evaluate("() => { window.__mountedOnce = true; }")
    everywhere = body.evaluate(SHOWN_POINTS)
    assert len(set(everywhere)) > 3

    sidebar = page.locator('[data-testid="stSidebar"]')
    sidebar.locator('[data-testid="stMultiSelect"]').first.click()
    page.keyboard.type(name)
    page.get_by_role("option", name=f"{name} (", exact=False).first.click()
    page.keyboard.press("Escape")
    page.get_by_role("heading", name=f"Kecamatan {name}").wait_for(timeout=30_000)
    _drawn_desa_of(page, busiest, int((desa.kode_kec == busiest).sum()))
    assert body.evaluate("() => window.__mountedOnce") is True
    assert page.locator(MAP_FRAME).count() == 1
    shown = body.evaluate(SHOWN_POINTS)
    assert shown and set(shown) == {busiest} and len(shown) < len(everywhere)
    page.wait_for_timeout(800)  # the zoom animation
    page.screenshot(path=str(artifacts / "peta-mounted-sidebar.png"), full_page=True)

    # a click: applied in the browser at once, then confirmed by the server
    assert body.evaluate(CLICK_AND_READ, other) == [other]
    other_name = kecamatan.index[kecamatan.kode == other][0]
    page.get_by_role("heading", name=f"Kecamatan {other_name}").wait_for(timeout=30_000)
    _drawn_desa_of(page, other, int((desa.kode_kec == other).sum()))
    assert f"kecamatan={other}" in page.url
    assert other_name in sidebar.locator('[data-testid="stMultiSelect"]').first.inner_text()
    assert body.evaluate("() => window.__mountedOnce") is True
    assert set(body.evaluate(SHOWN_POINTS)) <= {other}

    # presentation: a map of its own (colours, height), then kept while walking
    page.goto(server + f"/?present=1&kecamatan={other}")
    page.get_by_role("heading", name=f"Kecamatan {other_name}").first.wait_for(timeout=60_000)
    wait_for_polygons(page)
    settled(page)
    body = map_frame(page).locator("body")
    body.evaluate("() => { window.__mountedOnce = true; }")
    order = sorted(kecamatan.kode)
    following = order[(order.index(other) + 1) % len(order)]
    page.get_by_role("button", name="Berikutnya ▶").click()
    _drawn_desa_of(page, following, int((desa.kode_kec == following).sum()))
    assert body.evaluate("() => window.__mountedOnce") is True
    assert f"kecamatan={following}" in page.url
    page.wait_for_timeout(800)
    page.screenshot(path=str(artifacts / "peta-mounted-presentasi.png"), full_page=True)


def test_a_click_on_a_desa_selects_its_kecamatan_at_once(page, server: str, e2e_store: Path) -> None:
    """With the desa layer on, the desa cover the kecamatan: a click on one selects its
    kecamatan in the browser at once, and the server follows."""
    desa = load_layer("desa", e2e_store).sort_values("kode")
    kecamatan = load_layer("kecamatan", e2e_store).set_index("kode")
    one = desa.iloc[len(desa) // 2]
    page.goto(server + "/?layers=desa")
    wait_for_polygons(page)
    settled(page)
    body = map_frame(page).locator("body")
    picked = body.evaluate(
        """(_, code) => { let target = null;
            window.map.__peta.layers.desa.eachLayer(l => {
                if (l.feature.properties.kode === code) target = l; });
            target.fire('click', {latlng: target.getBounds().getCenter()}, true);
            return Object.keys(window.map.__peta.codes || {}); }""",
        one.kode,
    )
    assert picked == [one.kode_kec]
    page.get_by_role("heading", name=f"Kecamatan {kecamatan.nama[one.kode_kec]}").wait_for(timeout=30_000)
    assert f"kecamatan={one.kode_kec}" in page.url
