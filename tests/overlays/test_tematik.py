"""Thematic layers (issue #16, points 4 and 5) on the real seeded Blitar store.

Generated layers (potensi.testing.overlays) over real kecamatan, in UTM 49S and as a
zipped Shapefile: import, the facts of each site, the card's text, the zone↔sector
flag, *Cari lokasi*, undo, the role check, refusals that change nothing, a
30,000-feature layer, and the map's overlay control.
"""

from __future__ import annotations

import json
import sys
import time
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from potensi.cli import main as cli_main
from potensi.core.auth import Session
from potensi.core.errors import GeodataError, NotAllowed
from potensi.data.importer import undo_as
from potensi.data.schema import TABLES
from potensi.data.tables import apply_import, history, read_rows
from potensi.overlays.display import MAX_DISPLAY_VERTICES
from potensi.overlays.layers import (
    OverlayMeta,
    import_overlay,
    import_overlay_for,
    list_overlays,
    load_displays,
)
from potensi.overlays.sites import SiteQuery, read_facts
from potensi.testing import overlays as gen
from potensi.testing import stores
from potensi.views import peluang as pl
from potensi.viz.maps import Choropleth, build_kecamatan_map
from potensi.viz.overlays import overlay_params
from potensi.viz.style import classify

ZONA = OverlayMeta("RTRW Uji 2021", "zonasi", "Bappeda, Perda RTRW", 2021, "CC BY 4.0", "POLA_RUANG")
BANJIR = OverlayMeta("Rawan Banjir Uji", "rawan_bencana", "BPBD", 2023)
JALAN = OverlayMeta("Jalan Uji", "jaringan", "DPUPR", 2022, None, "FUNGSI")


def sha(path: Path) -> str:
    return stores.content_digest(path)


@pytest.fixture()
def files(tmp_path: Path, seeded_copy: Path) -> dict[str, Path]:
    """The three generated layers: zoning as GeoJSON (UTM 49S), hazard as zipped
    Shapefile (UTM 49S), roads as GeoJSON (UTM 49S)."""
    zona = tmp_path / "zona.geojson"
    gen.zoning(seeded_copy).to_file(zona, driver="GeoJSON")
    jalan = tmp_path / "jalan.geojson"
    gen.roads().to_file(jalan, driver="GeoJSON")
    return {
        "zona": zona,
        "banjir": gen.zipped_shapefile(gen.hazard(), tmp_path / "banjir.zip"),
        "jalan": jalan,
    }


def import_all(files: dict[str, Path], store: Path) -> dict[str, str]:
    return {
        key: import_overlay(files[key], meta, "uji", store).lapisan_id
        for key, meta in (("zona", ZONA), ("banjir", BANJIR), ("jalan", JALAN))
    }


def card(store: Path, peluang_id: str, lang: str = "id") -> pl.Card:
    rows = read_rows("peluang_investasi", store)
    row = rows[rows.peluang_id == peluang_id].iloc[0]
    return pl.build_card(row, {}, {}, lang, read_facts(store))  # type: ignore[arg-type]


def test_generated_layers_import_and_change_what_a_card_says(
    files: dict[str, Path], seeded_copy: Path
) -> None:
    before = pl.card_html(card(seeded_copy, "PI-CONTOH-01"), "id")
    assert "Kawasan Peruntukan Industri" not in before

    ids = import_all(files, seeded_copy)

    stored = {o.judul: o for o in list_overlays(seeded_copy)}
    assert stored["RTRW Uji 2021"].jenis_geometri == "poligon" and stored["RTRW Uji 2021"].n_fitur == 4
    assert stored["Jalan Uji"].jenis_geometri == "garis"
    assert stored["Rawan Banjir Uji"].kolom_kelas == "KELAS"  # chosen automatically
    entries = history(seeded_copy)
    assert set(ids.values()) <= set(entries[entries.lapisan == "tematik"].impor_id)

    first = card(seeded_copy, "PI-CONTOH-01")
    html = pl.card_html(first, "id")
    assert "Zona RTRW Uji 2021: Kawasan Peruntukan Industri (Sumber: Bappeda, Perda RTRW, 2021)" in html
    assert "Di luar kawasan Rawan Banjir Uji (Sumber: BPBD, 2023)" in html
    assert "Jarak ke Jalan Uji (Jalan Arteri): 1,1 km (Sumber: DPUPR, 2022)" in html
    assert first.zone_conflict is None
    flooded = card(seeded_copy, "PI-CONTOH-02")
    assert any(
        line.startswith("Di dalam kawasan Rawan Banjir Uji: Rawan Banjir Tinggi")
        for line in flooded.site_facts
    )
    english = card(seeded_copy, "PI-CONTOH-01", "en")
    assert (
        "RTRW Uji 2021 zone: Kawasan Peruntukan Industri (Source: Bappeda, Perda RTRW, 2021)"
        in english.site_facts
    )


def test_zone_against_sector_is_flagged_unknown_zone_is_not(
    files: dict[str, Path], seeded_copy: Path
) -> None:
    import_all(files, seeded_copy)

    forest = card(seeded_copy, "PI-CONTOH-04")  # agroindustri in Kawasan Hutan Lindung
    assert forest.zone_conflict is not None
    assert (
        "Kawasan Hutan Lindung (RTRW Uji 2021) tidak diperuntukkan bagi sektor Agroindustri"
        in forest.zone_conflict
    )
    html = pl.card_html(forest, "id")
    assert 'class="peluang-zone-conflict"' in html and "Zona tidak sesuai" in html
    assert card(seeded_copy, "PI-CONTOH-03").zone_conflict is None  # pariwisata in Kawasan Pariwisata
    assert card(seeded_copy, "PI-CONTOH-01").zone_conflict is None  # agroindustri in industri
    stated = card(seeded_copy, "PI-CONTOH-02").zone_conflict  # perikanan in industri, stated "sesuai"
    assert stated is not None and stated.endswith("menyatakan kesesuaian RTRW: Sesuai; periksa kembali.")
    assert "kesesuaian RTRW" not in forest.zone_conflict  # its record does not claim a fit


def test_cari_lokasi_finds_exactly_the_expected_sites(files: dict[str, Path], seeded_copy: Path) -> None:
    ids = import_all(files, seeded_copy)
    facts = read_facts(seeded_copy)
    potensi, peluang = read_rows("potensi", seeded_copy), read_rows("peluang_investasi", seeded_copy)

    # in an industrial zone, outside flood areas, within 2 km of the road
    query = SiteQuery(("Kawasan Peruntukan Industri",), (ids["banjir"],), ids["jalan"], 2.0)
    found = pl.search_table(facts, potensi, peluang, query, "id")
    assert sorted(found["ID"]) == ["PI-CONTOH-01", "POT-0026"]

    near = pl.search_table(facts, potensi, peluang, SiteQuery(network=ids["jalan"], max_km=2.0), "id")
    assert sorted(near["ID"]) == ["PI-CONTOH-01", "PI-CONTOH-02", "POT-0026"]
    nothing = SiteQuery(("Kawasan Pariwisata",), (), ids["jalan"], 2.0)
    assert pl.search_table(facts, potensi, peluang, nothing, "id").empty
    everything = pl.search_table(facts, potensi, peluang, SiteQuery(), "id")
    assert len(everything) == 8  # every located site (4 opportunities, 4 potentials)


def test_a_moved_site_gets_new_facts_in_the_same_import(files: dict[str, Path], seeded_copy: Path) -> None:
    import_all(files, seeded_copy)
    rows = read_rows("peluang_investasi", seeded_copy)
    moved = rows[rows.peluang_id == "PI-CONTOH-01"].drop(columns=["_impor_id"]).copy()
    moved["lat"], moved["lon"] = -8.1710, 112.1650  # into Kademangan (Hutan Lindung)
    apply_import(TABLES["peluang_investasi"], moved, "pindah.xlsx", "0" * 64, seeded_copy, replace=True)

    assert card(seeded_copy, "PI-CONTOH-01").zone_conflict is not None


def test_undo_removes_the_overlay_and_its_facts(files: dict[str, Path], seeded_copy: Path) -> None:
    ids = import_all(files, seeded_copy)
    undo_as("uji", ids["zona"], seeded_copy)

    assert "RTRW Uji 2021" not in {o.judul for o in list_overlays(seeded_copy)}
    facts = read_facts(seeded_copy)
    assert not (facts.jenis == "zona").any() and (facts.jenis == "bahaya").any()
    assert card(seeded_copy, "PI-CONTOH-04").zone_conflict is None
    entries = history(seeded_copy)
    assert entries[entries.impor_id == ids["zona"]].dibatalkan.notna().all()
    # the same title may come again once undone
    import_overlay(files["zona"], ZONA, "uji", seeded_copy)


def test_session_without_editor_role_is_refused_and_nothing_changes(
    files: dict[str, Path], seeded_copy: Path
) -> None:
    before = sha(seeded_copy)
    content = files["zona"].read_bytes()
    with pytest.raises(NotAllowed, match="hanya untuk petugas yang masuk"):
        import_overlay_for(None, content, "zona.geojson", ZONA, seeded_copy)
    viewer = Session("tamu", "viewer", 0.0, 0.0)  # type: ignore[arg-type]
    with pytest.raises(NotAllowed):
        import_overlay_for(viewer, content, "zona.geojson", ZONA, seeded_copy)
    assert sha(seeded_copy) == before


def test_editor_session_imports_through_the_page_function(files: dict[str, Path], seeded_copy: Path) -> None:
    editor = Session("siti", "editor", time.time(), time.time())  # type: ignore[arg-type]
    report = import_overlay_for(editor, files["banjir"].read_bytes(), "banjir.zip", BANJIR, seeded_copy)
    entries = history(seeded_copy)
    assert entries[entries.impor_id == report.lapisan_id].oleh.tolist() == ["siti"]


def _zip_bomb(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("z/z.shp", "w") as member:
            for _ in range(60):
                member.write(bytes(1024 * 1024))
        archive.writestr("z/z.prj", 'GEOGCS["WGS 84"]')
    return path


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (
            lambda p: (
                (p / "rusak.geojson").write_bytes(b'{"type": "FeatureCollection", "features": [')
                and p / "rusak.geojson"
            ),
            "tidak dapat dibaca",
        ),
        (lambda p: _zip_bomb(p / "bom.zip"), "zip bomb"),
        (
            lambda p: (
                (p / "luar.geojson").write_text(
                    json.dumps(
                        {
                            "type": "FeatureCollection",
                            "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::32749"}},
                            "features": [
                                {
                                    "type": "Feature",
                                    "properties": {"KELAS": "x"},
                                    "geometry": {"type": "Point", "coordinates": [112.2, -8.1]},
                                }
                            ],
                        }
                    )
                )
                and p / "luar.geojson"
            ),
            "tidak satu pun",
        ),
    ],
    ids=["truncated-geojson", "zip-bomb", "wrong-crs-outside"],
)
def test_broken_or_hostile_files_are_refused_cheaply_in_indonesian(
    make, expected: str, tmp_path: Path, seeded_copy: Path
) -> None:
    source = make(tmp_path)
    before = sha(seeded_copy)
    started = time.perf_counter()
    with pytest.raises(GeodataError) as caught:
        import_overlay(source, BANJIR, "uji", seeded_copy)
    sys.stdout.write(f"\n{source.name}: ditolak dalam {time.perf_counter() - started:.2f} s\n")
    message = str(caught.value)
    assert expected in message and ("Store tidak diubah" in message or "store tidak diubah" in message)
    assert sha(seeded_copy) == before


def test_missing_metadata_and_unknown_class_field_are_refused(
    files: dict[str, Path], seeded_copy: Path
) -> None:
    before = sha(seeded_copy)
    with pytest.raises(GeodataError, match="sumber wajib diisi"):
        import_overlay(files["zona"], OverlayMeta("RTRW", "zonasi", " "), "uji", seeded_copy)
    with pytest.raises(GeodataError, match="kolom 'ZONASI' tidak ada. Kolom yang ada: POLA_RUANG, KODE"):
        import_overlay(
            files["zona"], OverlayMeta("RTRW", "zonasi", "Bappeda", kolom="ZONASI"), "uji", seeded_copy
        )
    assert sha(seeded_copy) == before


def test_thirty_thousand_features_import_and_the_map_payload_stays_bounded(
    tmp_path: Path, seeded_copy: Path
) -> None:
    source = tmp_path / "rtrw_rinci.gpkg"
    gen.many_parcels(seeded_copy, 30_000).to_file(source, driver="GPKG")
    started = time.perf_counter()
    report = import_overlay(source, OverlayMeta("RTRW rinci", "zonasi", "Bappeda", 2021), "uji", seeded_copy)
    took = time.perf_counter() - started
    display = load_displays(seeded_copy)
    payload = json.dumps(overlay_params(display, "id"))
    sys.stdout.write(
        f"\n30.000 fitur: impor {took:.1f} s, disimpan {report.n_fitur} fitur, tampilan "
        f"{display[0].vertices} titik sudut, {len(payload) / 1024:.0f} KB ke peramban\n"
    )
    assert report.n_fitur > 20_000  # parcels outside the kabupaten are clipped away
    assert display[0].vertices <= MAX_DISPLAY_VERTICES
    assert len(payload) < 1_000_000
    assert len({c[0] for c in display[0].classes}) == 13  # 12 named classes and "other"


def test_map_has_the_overlays_in_its_control_escaped_and_offline(
    files: dict[str, Path], seeded_copy: Path, tmp_path: Path
) -> None:
    import_all(files, seeded_copy)
    hostile = OverlayMeta("<img src=x onerror=alert(1)>{{7*7}}", "lainnya", "<b>BPBD</b>", 2020)
    import_overlay(files["banjir"], hostile, "uji", seeded_copy)
    from potensi.core.store import load_layer

    kec = load_layer("kecamatan", seeded_copy)
    choropleth = Choropleth(pd.Series({"35.05.01": 1.0}), classify(pd.Series([1.0])), "x", "", 0, "s")
    html = build_kecamatan_map(kec, choropleth, overlays=load_displays(seeded_copy)).get_root().render()
    assert "L.control.layers" in html and "RTRW Uji 2021" in html
    assert "Sumber: Bappeda, Perda RTRW, 2021" in html
    assert "<img src=x" not in html and "{{7*7}}" not in html
    assert "&amp;lt;img src=x" in html or "\\u0026lt;img" in html
    assert "https://" not in html.split("<body>")[1].replace("https://leafletjs.com", "")


def test_cli_imports_lists_and_undoes(files: dict[str, Path], seeded_copy: Path, capsys) -> None:
    store = str(seeded_copy)
    assert (
        cli_main(
            [
                "overlay",
                "import",
                str(files["zona"]),
                "--judul",
                "RTRW CLI",
                "--kategori",
                "zonasi",
                "--sumber",
                "Bappeda",
                "--tahun",
                "2021",
                "--kolom",
                "POLA_RUANG",
                "--store",
                store,
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "Lapisan tematik 'RTRW CLI' diimpor sebagai TEM-" in out and "4 fitur" in out
    assert cli_main(["overlay", "list", "--store", store]) == 0
    listed = capsys.readouterr().out
    impor_id = listed.split()[0]
    assert "RTRW CLI" in listed and "[zonasi, poligon]" in listed
    assert cli_main(["overlay", "undo", impor_id, "--store", store]) == 0
    assert cli_main(["overlay", "list", "--store", store]) == 0
    assert "Belum ada lapisan tematik." in capsys.readouterr().out


def test_map_popups_of_sites_carry_their_facts_with_sources(
    files: dict[str, Path], seeded_copy: Path
) -> None:
    from potensi.core.store import load_boundaries
    from potensi.overlays.sites import fact_lines_by_site
    from potensi.viz.points import point_features

    import_all(files, seeded_copy)
    facts = read_facts(seeded_copy)
    boundaries = load_boundaries(seeded_copy)
    rows = read_rows("potensi", seeded_copy)
    points = point_features(
        "potensi", rows, boundaries, "id", "/profil", site_facts=fact_lines_by_site(facts, "potensi", "id")
    )
    popup = next(
        r[6] for r in points.data["rows"] if r[3] == rows[rows.potensi_id == "POT-0026"].nama.iloc[0]
    )
    assert "Zona RTRW Uji 2021: Kawasan Peruntukan Industri (Sumber: Bappeda, Perda RTRW, 2021)" in popup
    assert any(line.startswith("Jarak ke Jalan Uji (Jalan Arteri): 1,2 km") for line in popup)


def _geojson(path: Path, features: list[dict], crs: str = "EPSG:4326") -> Path:
    collection = {
        "type": "FeatureCollection",
        "crs": {"type": "name", "properties": {"name": f"urn:ogc:def:crs:{crs.replace(':', '::')}"}},
        "features": features,
    }
    path.write_text(json.dumps(collection), encoding="utf-8")
    return path


def _feature(kelas: str, geometry: dict) -> dict:
    return {"type": "Feature", "properties": {"KELAS": kelas}, "geometry": geometry}


def test_a_self_crossing_polygon_is_repaired_and_a_collection_refused_by_name(
    tmp_path: Path, seeded_copy: Path
) -> None:
    bowtie = [[112.10, -8.10], [112.12, -8.12], [112.12, -8.10], [112.10, -8.12], [112.10, -8.10]]
    repaired = _geojson(
        tmp_path / "dasi.geojson", [_feature("Rawan Longsor", {"type": "Polygon", "coordinates": [bowtie]})]
    )
    report = import_overlay(repaired, OverlayMeta("Longsor", "rawan_bencana", "BPBD"), "uji", seeded_copy)
    assert report.n_diperbaiki == 1 and "1 geometri diperbaiki" in report.summary()

    before = sha(seeded_copy)
    point = {"type": "Point", "coordinates": [112.1, -8.1]}
    mixed = _geojson(
        tmp_path / "campur.geojson",
        [
            _feature("Jalan A", {"type": "LineString", "coordinates": [[112.1, -8.1], [112.2, -8.1]]}),
            _feature("Aneh", {"type": "GeometryCollection", "geometries": [point]}),
        ],
    )
    with pytest.raises(
        GeodataError, match=r"fitur ke-2 \(Aneh\): geometri GeometryCollection tidak didukung"
    ):
        import_overlay(mixed, OverlayMeta("Campur", "jaringan", "DPUPR"), "uji", seeded_copy)
    assert sha(seeded_copy) == before


def test_a_shapefile_without_prj_is_refused_and_nothing_changes(tmp_path: Path, seeded_copy: Path) -> None:
    source = gen.zipped_shapefile(gen.hazard(), tmp_path / "banjir.zip")
    stripped = tmp_path / "tanpa_prj.zip"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(stripped, "w") as archive:
        for item in original.infolist():
            if not item.filename.endswith(".prj"):
                archive.writestr(item, original.read(item))
    before = sha(seeded_copy)
    with pytest.raises(GeodataError, match="tidak menyatakan CRS"):
        import_overlay(stripped, BANJIR, "uji", seeded_copy)
    assert sha(seeded_copy) == before


def test_kelola_offers_the_file_fields_and_saves_as_the_signed_in_editor(
    files: dict[str, Path], seeded_copy: Path
) -> None:
    from potensi.views import kelola

    content = files["zona"].read_bytes()
    assert kelola.overlay_fields(content, "zona.geojson") == ["POLA_RUANG", "KODE"]
    assert kelola.overlay_fields(files["banjir"].read_bytes(), "banjir.zip") == ["KELAS"]
    editor = Session("siti", "editor", time.time(), time.time())  # type: ignore[arg-type]
    text = kelola.overlay_save(editor, content, "zona.geojson", ZONA, seeded_copy)
    assert text.startswith("Lapisan tematik 'RTRW Uji 2021' diimpor sebagai TEM-")
    listed = kelola.overlay_rows("id", seeded_copy)
    assert listed["Judul"].tolist() == ["RTRW Uji 2021"] and listed["Kategori"].tolist() == ["Zonasi/RTRW"]
    assert kelola.history_rows("id", seeded_copy)["Lapisan"].iloc[0] == "Lapisan tematik"
    assert kelola.undoable(editor, seeded_copy)[0] == listed["ID impor"].iloc[0]  # her own import


def test_the_investor_brief_says_the_site_facts_and_the_zone_conflict(
    files: dict[str, Path], seeded_copy: Path
) -> None:
    from potensi.brief import load_store
    from potensi.brief.peluang import opportunity_brief
    from tests.brief.pdf import pdf_text

    import_all(files, seeded_copy)
    boundaries, data = load_store(seeded_copy)
    text = " ".join(
        pdf_text(
            opportunity_brief("PI-CONTOH-04", boundaries, data, "id", None, facts=read_facts(seeded_copy))
        ).split()
    )
    assert "Lokasi menurut lapisan tematik" in text
    assert "Zona RTRW Uji 2021: Kawasan Hutan Lindung (Sumber: Bappeda, Perda RTRW, 2021)" in text
    assert "Kawasan Hutan Lindung (RTRW Uji 2021) tidak diperuntukkan bagi sektor Agroindustri" in text


def test_a_point_layer_is_drawn_thinned_and_not_checked_against_sites(
    tmp_path: Path, seeded_copy: Path
) -> None:
    points = [
        _feature("Pasar", {"type": "Point", "coordinates": [112.07 + i * 1e-6, -8.04]}) for i in range(500)
    ]
    source = _geojson(tmp_path / "pasar.geojson", points)
    report = import_overlay(source, OverlayMeta("Pasar", "lainnya", "Disperindag"), "uji", seeded_copy)
    assert report.n_fitur == 500 and list_overlays(seeded_copy)[0].jenis_geometri == "titik"
    display = load_displays(seeded_copy)[0]
    assert display.vertices < 10  # 500 points a metre apart: a handful of dots on the map
    kinds = [row[0] for row in overlay_params([display], "id")["overlays"][0]["rows"]]
    assert kinds == ["T"]
    assert read_facts(seeded_copy).empty  # "lainnya" is drawn, not a fact about sites


def test_overlay_undo_refuses_an_import_that_is_not_an_overlay(seeded_copy: Path, capsys) -> None:
    from potensi.data.tables import history

    seeded = history(seeded_copy)
    data_import = str(seeded[seeded.lapisan == "indikator"].impor_id.iloc[0])
    assert cli_main(["overlay", "undo", data_import, "--store", str(seeded_copy)]) == 2
    assert "bukan lapisan tematik" in capsys.readouterr().err
    assert history(seeded_copy).set_index("impor_id").loc[data_import, "dibatalkan"] is None
