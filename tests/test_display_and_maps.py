"""Display geometry and the folium map, tested as objects without a browser."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
import shapely

from potensi.core.store import load_boundaries
from potensi.testing import stores
from potensi.views.peta import kecamatan_from_feature
from potensi.viz.choropleth import choropleth_for
from potensi.viz.display import LEVEL_OF_DETAIL, display_for, vertex_count
from potensi.viz.maps import build_kecamatan_map
from potensi.viz.style import NO_DATA_COLOUR, quantile_classes


def test_simplified_coverage_keeps_shared_edges_codes_and_the_enclave(blitar_store: Path) -> None:
    full = load_boundaries(blitar_store)
    for view in LEVEL_OF_DETAIL:
        desa, kec = display_for(full, view)
        assert shapely.coverage_is_valid(desa.geometry.to_numpy())
        assert shapely.coverage_is_valid(kec.geometry.to_numpy())
        assert shapely.is_valid(kec.geometry.to_numpy()).all()
        assert list(kec.kode) == sorted(full.kecamatan.kode)
        assert sorted(desa.kode) == sorted(full.desa.kode)
        assert vertex_count(kec) < vertex_count(full.kecamatan)
        whole = shapely.coverage_union_all(kec.geometry.to_numpy())
        assert whole.geom_type == "Polygon" and len(whole.interiors) == 1  # Kota Blitar
    coarse, fine = display_for(full, "kabupaten")[1], display_for(full, "kecamatan")[1]
    assert vertex_count(coarse) < vertex_count(fine)


def test_map_html_loads_only_local_assets(blitar_store: Path) -> None:
    full = load_boundaries(blitar_store)
    desa, kec = display_for(full, "kecamatan")
    fmap = build_kecamatan_map(
        kec,
        choropleth_for(full.kecamatan, "luas", "id"),
        selected="35.05.03",
        desa=desa[desa.kode_kec == "35.05.03"],
    )
    html = fmap.get_root().render()
    assert re.findall(r"https?://[^\s\"')]+", html) == []
    assert "/app/static/vendor/leaflet/leaflet.js" in html
    assert html.count('["35.05.03.') == 16  # Srengat's desa are drawn
    assert "Luas wilayah (km" in html  # the legend


def test_basemap_is_the_only_remote_resource(blitar_store: Path) -> None:
    full = load_boundaries(blitar_store)
    _, kec = display_for(full, "kabupaten")
    html = (
        build_kecamatan_map(kec, choropleth_for(full.kecamatan, "luas", "id"), basemap="osm")
        .get_root()
        .render()
    )
    assert {u.split("/")[2] for u in re.findall(r"https?://[^\s\"')]+", html)} == {"tile.openstreetmap.org"}


def test_names_from_data_stay_inert_text(blitar_store: Path) -> None:
    full = load_boundaries(blitar_store)
    _, kec = display_for(full, "kabupaten")
    kec = kec.copy()
    kec.loc[0, "nama"] = "<img src=x onerror=alert(1)>"
    kec.loc[1, "nama"] = "{{ 7*7 }} {% if 1 %}x{% endif %}"
    fmap = build_kecamatan_map(kec, choropleth_for(full.kecamatan, "luas", "id"), labels=True)
    html = fmap.get_root().render()
    assert "<img src=x" not in html
    # raw text inside JSON (<, > as \u003c, \u003e) that the browser escapes when it
    # builds the tooltip
    assert "\\u003cimg src=x onerror=alert(1)\\u003e" in html
    # Jinja syntax in data is not evaluated on the server (branca renders script output
    # as a template a second time)
    assert html.count("\\u007b{ 7*7 }} \\u007b% if 1 %}x\\u007b% endif %}") == 2  # polygons, labels


def test_polygons_travel_as_polylines_of_the_display_vertices(blitar_store: Path) -> None:
    import numpy as np

    from potensi.viz.display import decode_ring, encode_polygons

    _, kec = display_for(load_boundaries(blitar_store), "kabupaten")
    for geom in kec.geometry:
        parts = shapely.get_parts(geom)
        encoded = encode_polygons(geom)
        assert len(encoded) == len(parts)
        for polygon, rings in zip(parts, encoded, strict=True):
            expected = [polygon.exterior, *polygon.interiors]
            assert len(rings) == len(expected)
            for ring, text in zip(expected, rings, strict=True):
                assert np.array_equal(decode_ring(text), np.round(np.asarray(ring.coords), 5))


def test_quantile_classes_cover_the_values_and_show_no_data() -> None:
    values = pd.Series([1.0, 2.0, 3.0, 4.0, 5.0, float("nan")])
    classes = quantile_classes(values)
    assert classes.lower == 1.0 and classes.breaks[-1] == 5.0
    assert len(set(classes.colour_of(v) for v in values.dropna())) == 5
    assert classes.colour_of(float("nan")) == NO_DATA_COLOUR


def test_indicators_follow_what_the_store_holds(blitar_store: Path) -> None:
    import pandas as pd

    from potensi.data.indicators import indicator_options, indicator_values

    kec = load_boundaries(blitar_store).kecamatan
    assert indicator_options(kec, {}) == ["luas", "jumlah_desa"]
    indikator = pd.DataFrame(
        {
            "kode_wilayah": ["35.05.05", "35.05.05", "35.05.08"],
            "indikator": ["penduduk"] * 3,
            "tahun": [2010, 2020, 2020],
            "nilai": [25011.0, 27340.0, 37920.0],
            "satuan": ["jiwa"] * 3,
            "sumber": ["https://a", "https://b", "https://b"],
            "contoh": [False] * 3,
        }
    )
    options = indicator_options(kec, {"indikator": indikator})
    assert "kepadatan" in options and "ind:penduduk" in options
    found = indicator_values("ind:penduduk", kec, {"indikator": indikator}, "id")
    assert found.year == 2020 and found.values["35.05.05"] == 27340.0
    assert found.values.isna().sum() == 20  # missing stays missing, never 0
    older = indicator_values("ind:penduduk", kec, {"indikator": indikator}, "id", year=2010)
    assert older.values["35.05.05"] == 25011.0 and pd.isna(older.values["35.05.08"])
    density = indicator_values("kepadatan", kec, {"indikator": indikator}, "id")
    area = kec.set_index("kode").luas_km2["35.05.05"]
    assert density.values["35.05.05"] == pytest.approx(27340.0 / area)


def test_classifiers_come_from_mapclassify() -> None:
    from potensi.viz.style import classify

    values = pd.Series([1.0, 2, 3, 4, 5, 6, 7, 8, 9, 100])
    # equal interval splits at 20.8; for whole numbers that is "up to 20"
    assert classify(values, "equal_interval").breaks[0] == 20
    assert classify(values, "natural_breaks").breaks[-2] < 100
    assert len(classify(pd.Series([0.0, 0.0, 1.0]), "quantiles").breaks) == 2


def test_click_on_a_desa_selects_its_kecamatan() -> None:
    assert kecamatan_from_feature({"properties": {"kode": "35.05.03.2001"}}) == "35.05.03"
    assert kecamatan_from_feature({"properties": {"kode": "35.05.03"}}) == "35.05.03"
    assert kecamatan_from_feature({"properties": {}}) is None
    assert kecamatan_from_feature(None) is None


def test_map_follows_an_imported_kecamatan_layer(blitar_store: Path, mirror: Path, tmp_path: Path) -> None:
    """After an official kecamatan file, the map shows it, not the desa union."""

    from potensi.boundaries.official import import_official_boundaries
    from potensi.boundaries.sqlparse import parse_sql_file
    from potensi.viz.display import desa_nest_in_kecamatan

    store = stores.clone_store(blitar_store, tmp_path)
    coarse = parse_sql_file(mirror / "db/kec/wilayah_boundaries_kec_35.sql")
    coarse = coarse[coarse.kode.str.startswith("35.05.")][["nama", "geometry"]]
    official = tmp_path / "kecamatan_kasar.geojson"
    coarse.rename(columns={"nama": "NAMOBJ"}).to_file(official)
    # the coarse layer leaves ~33 km² of the old outline uncovered: confirmed on purpose
    import_official_boundaries(official, level="kecamatan", store=store, accept_area_changes=True)

    full = load_boundaries(store)
    assert not desa_nest_in_kecamatan(full.desa, full.kecamatan)
    _, kec = display_for(full, "kabupaten")
    imported = full.kecamatan.set_index("kode").geometry
    for code, geom in zip(kec.kode, kec.geometry, strict=True):
        # the coarse file differs from the desa union by 4–14 % per kecamatan
        assert geom.symmetric_difference(imported[code]).area < 0.01 * imported[code].area


def test_level_of_detail_ships_overview_and_units_with_their_zoom_bands(blitar_store: Path) -> None:
    """With an overview the units are drawn from the detail zoom on, the overview below it;
    without one nothing changes (the dashboard's own views)."""
    blitar = load_boundaries(blitar_store)
    desa = blitar.desa.assign(luas_km2=1.0, jumlah_desa=0)
    choropleth = choropleth_for(desa, "luas", "en")
    plain = build_kecamatan_map(desa, choropleth, lang="en").get_root().render()
    lod = (
        build_kecamatan_map(desa, choropleth, lang="en", overview=blitar.kecamatan, detail_zoom=11)
        .get_root()
        .render()
    )
    payloads = re.findall(r'"names":\[[^\]]*\].*?"zoom":(null|\{[^}]*\})', lod)
    assert payloads == ['{"max":11}', '{"min":11}']  # overview first, then the desa
    assert re.findall(r'"zoom":(null|\{[^}]*\})', plain) == ["null"]
    overview_rows = re.search(r'"names":\["kode","nama"\],"rows":(\[\[.*?\]\]),"tooltip"', lod)
    assert overview_rows and sorted(re.findall(r'\["(35\.05\.\d\d)"', overview_rows.group(1))) == sorted(
        blitar.kecamatan.kode
    )
    assert "zoom in to see" in lod and "zoom in to see" not in plain


def test_every_map_script_is_package_data_found_by_importlib_and_inline_in_the_map(
    blitar_store: Path,
) -> None:
    """Each ``potensi/viz/js/*.js`` is found through importlib.resources (as an installed
    copy finds it), is declared package data, and goes inline into a map with every layer
    and control, in the page folium renders and in what streamlit-folium sends."""
    import tomllib
    from fnmatch import fnmatch
    from importlib import resources

    from potensi.core.config import REPO_ROOT
    from potensi.viz.controls import JS_FOLDER, JS_PACKAGE, MapScript, js_source
    from potensi.viz.maps import outline_geojson
    from potensi.viz.points import point_features
    from ui.compat.folium_component import render_map

    files = [f for f in (resources.files(JS_PACKAGE) / JS_FOLDER).iterdir() if f.name.endswith(".js")]
    names = {f.name.removesuffix(".js") for f in files}
    used = {cls.js_file for cls in MapScript.__subclasses__()}
    used |= {name for cls in MapScript.__subclasses__() for name in cls.helpers}
    assert names == used  # no class without its file, no file left unused
    package_data = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())["tool"]["setuptools"][
        "package-data"
    ][JS_PACKAGE]
    assert all(any(fnmatch(f"{JS_FOLDER}/{f.name}", pattern) for pattern in package_data) for f in files)

    full = load_boundaries(blitar_store)
    desa, kec = display_for(full, "kecamatan")
    rows = pd.DataFrame(
        [
            {
                "nama": "Candi",
                "sektor": "pariwisata",
                "kecamatan": "35.05.03",
                "desa": None,
                "lat": None,
                "lon": None,
                "deskripsi": "",
                "contoh": False,
            }
        ]
    )

    def everything():
        return build_kecamatan_map(
            kec,
            choropleth_for(full.kecamatan, "luas", "id"),
            desa=desa,
            labels=True,
            outline=outline_geojson(kec),
            overview=full.kecamatan,
            points=[point_features("potensi", rows, full, "id", "/profil")],
            overlays=[overlay],
            selectable=True,
        )

    from potensi.data.tematik import Overlay
    from potensi.overlays.layers import OverlayDisplay

    meta = Overlay("TEM-1", "RTRW", "zonasi", "Bappeda", 2021, None, "ZONA", 1, 0, "poligon", "z.geojson", "")
    overlay = OverlayDisplay(meta, [("Kawasan Industri", "#e41a1c", 1, kec.geometry.iloc[0])])
    pages = {
        "folium": everything().get_root().render(),
        "streamlit-folium": render_map(everything(), key="peta").script,
    }
    for name in names:
        code = js_source(name)
        assert code.startswith("(function (") and code.count("\n") >= 3, name
        for page, text in pages.items():
            assert code in text, (name, page)


def test_a_map_script_must_be_one_function_free_of_jinja() -> None:
    from potensi.viz.controls import page_code

    assert (
        page_code("// what it draws\n(function (map, params) {\n    return map;\n})\n")
        == "(function (map, params) {\nreturn map;\n})"
    )
    with pytest.raises(ValueError, match="Jinja"):
        page_code("(function (map, params) {\n    var x = '{{ 7*7 }}';\n})")
    with pytest.raises(ValueError, match="function expression"):
        page_code("var x = 1;")
