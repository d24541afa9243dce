"""What makes the map legible, checked without a browser: class ranges that never
overlap, labels at interior points, Kota Blitar labelled as the city it is, and a
legend source that cannot overflow (the browser side is tests/e2e/test_map_legibility.py)."""

from __future__ import annotations

import re
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
import shapely

from potensi.core.store import load_boundaries, load_layer
from potensi.data.tables import read_rows
from potensi.viz.choropleth import choropleth_for
from potensi.viz.maps import Choropleth, label_points, legend_html, source_html
from potensi.viz.style import Classes, categorical_classes, check_ranges, classify

COUNTS_WITH_MANY_ZEROS = pd.Series([0.0] * 12 + [1, 1, 2, 3, 3, 5, 8, 13, 21, 40])


@pytest.mark.parametrize("method", ["quantiles", "natural_breaks", "equal_interval"])
@pytest.mark.parametrize(
    "values",
    [
        COUNTS_WITH_MANY_ZEROS,
        pd.Series([0.0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 3, 3]),
        pd.Series(range(1, 23), dtype=float),
        pd.Series([0.5, 1.25, 2.0, 7.5, 12.0, 33.3, 100.0, 250.5, 12.0, 1.25]),
    ],
)
def test_class_ranges_never_overlap_and_counts_get_whole_number_ranges(
    values: pd.Series, method: str
) -> None:
    classes = classify(values, method)
    check_ranges(classes)  # classify checks too; this states the rule
    ranges = classes.ranges()
    integer = bool((values % 1 == 0).all())
    assert classes.integer is integer
    for (_, prev_high, _), (low, high, _) in zip(ranges, ranges[1:], strict=False):
        assert low > prev_high if integer else low >= prev_high
        assert low <= high
    if integer:
        assert all(float(v).is_integer() for low, high, _ in ranges for v in (low, high))
    # every value still falls in the class whose range the legend gives
    for v in values:
        colour = classes.colour_of(v)
        assert any(low <= v <= high and c == colour for low, high, c in ranges)


def test_the_rule_refuses_overlapping_or_repeated_classes() -> None:
    colours = ("#a", "#b")
    # what the inovasi legend showed, 0 and 0 – 3, now reads 0 and 1 – 3
    counts = Classes((0.0, 3.0), 0.0, colours, integer=True)
    assert [(low, high) for low, high, _ in counts.ranges()] == [(0.0, 0.0), (1.0, 3.0)]
    with pytest.raises(ValueError, match="overlap"):
        check_ranges(Classes((3.0, 3.0), 0.0, colours))
    with pytest.raises(ValueError, match="inverted"):
        check_ranges(Classes((3.0, 2.0), 0.0, colours, integer=True))
    with pytest.raises(ValueError, match="same"):
        check_ranges(Classes((2.0, 2.0), 2.0, colours))
    with pytest.raises(ValueError, match="fractional"):
        check_ranges(Classes((2.5, 4.0), 0.0, colours, integer=True))
    check_ranges(Classes((0.0, 3.0), 0.0, colours))  # continuous: 0 – 0, then (0, 3]
    check_ranges(categorical_classes(("#a", "#b", "#c")))


def test_the_inovasi_legend_has_no_two_classes_holding_zero(seeded_store: Path) -> None:
    boundaries = load_boundaries(seeded_store)
    rows = read_rows("inovasi", seeded_store)
    choropleth = choropleth_for(boundaries.kecamatan, "count_inovasi", "id", {"inovasi": rows})
    legend = legend_html(choropleth, "id")
    labels = re.findall(r"</i>([^<]*)</div>", legend)
    assert labels, legend
    numbers = [tuple(int(n) for n in re.findall(r"\d+", label)) for label in labels if label[0].isdigit()]
    ranges = [(n[0], n[-1]) for n in numbers]
    assert ranges == sorted(ranges)
    for (_, prev_high), (low, _) in zip(ranges, ranges[1:], strict=False):
        assert low > prev_high, labels
    assert sum(1 for low, _ in ranges if low == 0) == 1, labels


def test_labels_sit_inside_their_kecamatan_away_from_its_edges(blitar_store: Path) -> None:
    kecamatan = load_layer("kecamatan", blitar_store)
    labels = label_points(kecamatan)
    by_name = {lb.text: lb for lb in labels if lb.kind == "kecamatan"}
    assert sorted(by_name) == sorted(kecamatan.nama)
    metres = kecamatan.to_crs("EPSG:32749")
    for geom, utm, nama in zip(kecamatan.geometry, metres.geometry, metres.nama, strict=True):
        label = by_name[nama]
        point = shapely.Point(label.lon, label.lat)
        assert geom.contains(point), nama
        # at least as far from every edge as the representative point (the old placement)
        utm_point = gpd.GeoSeries([point], crs=kecamatan.crs).to_crs("EPSG:32749").iloc[0]
        old = utm.representative_point()
        assert utm.boundary.distance(utm_point) >= 0.9 * utm.boundary.distance(old), nama
    # Sanankulon's name no longer sits against the Kota Blitar enclave: its centre was
    # ~0.7 km from the city (representative point), now ~1.7 km
    whole = shapely.coverage_union_all(metres.geometry.to_numpy())
    city = shapely.Polygon(next(iter(whole.interiors)))
    sanankulon = by_name["Sanankulon"]
    at = gpd.GeoSeries([shapely.Point(sanankulon.lon, sanankulon.lat)], crs=kecamatan.crs).to_crs(
        "EPSG:32749"
    )
    assert city.distance(at.iloc[0]) > 1500


def test_kota_blitar_is_labelled_as_the_city_in_the_kabupatens_hole(blitar_store: Path) -> None:
    kecamatan = load_layer("kecamatan", blitar_store)
    cities = [lb for lb in label_points(kecamatan) if lb.kind == "city"]
    assert [c.text for c in cities] == ["Kota Blitar"]
    point = shapely.Point(cities[0].lon, cities[0].lat)
    assert not kecamatan.geometry.contains(point).any()  # in the hole, not in a kecamatan
    hull = shapely.coverage_union_all(kecamatan.geometry.to_numpy())
    assert shapely.Polygon(hull.exterior).contains(point)
    # a map of other kecamatan (not one kabupaten in ENCLAVES) names no city
    assert not [lb for lb in label_points(kecamatan.iloc[:3]) if lb.kind == "city"]
    other = kecamatan.assign(kode=kecamatan.kode.str.replace("35.05", "35.99", regex=False))
    assert not [lb for lb in label_points(other) if lb.kind == "city"]


def test_the_map_draws_the_city_label_in_its_own_style(blitar_store: Path) -> None:
    from potensi.viz.maps import build_kecamatan_map

    boundaries = load_boundaries(blitar_store)
    choropleth = choropleth_for(boundaries.kecamatan, "luas", "id")
    page = build_kecamatan_map(boundaries.kecamatan, choropleth, labels=True).get_root().render()
    assert '"Kota Blitar","city"' in page and ".peta-city{" in page


def test_a_long_source_url_is_shortened_with_the_full_text_in_a_title() -> None:
    url = "https://sipd.kemendagri.go.id/dataset/kependudukan/kabupaten-blitar/2023/kepadatan.csv"
    html = source_html(f"BPS Kabupaten Blitar; {url} (2023)")
    assert f'title="BPS Kabupaten Blitar; {url} (2023)"' in html
    text = re.sub(r"<[^>]+>", "", html)
    assert url not in text and "sipd.kemendagri.go.id/…" in text
    assert max(len(word) for word in text.split()) <= 40
    assert 'class="peta-source"' in html and "title=" not in source_html("BPS (2023)")
    choropleth = Choropleth(
        values=pd.Series({"35.05.01": 1.0}),
        classes=classify(pd.Series([1.0])),
        title="Kepadatan",
        unit="jiwa/km²",
        decimals=0,
        source=url,
    )
    assert "<details open>" in legend_html(choropleth, "id")  # foldable
