"""The view state and its URL form, and the sidebar filters over real seed rows."""

from __future__ import annotations

from pathlib import Path

from potensi.data.tables import read_rows
from potensi.views.state import ViewState, filter_rows, from_query

KEC = tuple(f"35.05.{i:02d}" for i in range(1, 23))


def test_default_view_has_a_short_url() -> None:
    assert ViewState().to_query() == {}


def test_every_field_round_trips_through_the_url() -> None:
    state = ViewState(
        lang="en",
        kecamatan=("35.05.03", "35.05.13"),
        sektor=("perikanan",),
        kesiapan=("pre_fs",),
        tahapan=("penerapan",),
        jenis=("digital",),
        opd=("DINKES",),
        tahun=2021,
        layers=("potensi", "label"),
        indikator="kepadatan",
        klasifikasi="natural_breaks",
        basemap="osm",
        present=True,
    )
    query = state.to_query()
    assert query["kecamatan"] == "35.05.03,35.05.13" and query["present"] == "1"
    assert from_query(query, KEC, ("DINKES",), ("kepadatan",)) == state


def test_stale_or_hostile_url_values_are_dropped() -> None:
    state = from_query(
        {
            "kecamatan": "35.05.03,35.05.99,<script>",
            "lang": "fr",
            "sektor": "emas",
            "tahun": "20x",
            "layers": "-",
            "indikator": "unknown",
            "basemap": "evil",
        },
        KEC,
        (),
        ("luas",),
    )
    assert state.kecamatan == ("35.05.03",)
    assert state.lang == "id" and state.sektor == () and state.tahun is None
    assert state.layers == () and state.indikator == "luas" and state.basemap == "none"


def test_filters_narrow_the_real_rows(seeded_store: Path) -> None:
    potensi = read_rows("potensi", seeded_store)
    wisata = filter_rows("potensi", potensi, ViewState(sektor=("pariwisata",)))
    assert len(wisata) > 0 and set(wisata.sektor) == {"pariwisata"}
    in_nglegok = filter_rows("potensi", potensi, ViewState(kecamatan=("35.05.09",)))
    assert len(in_nglegok) > 0 and set(in_nglegok.kecamatan) == {"35.05.09"}
    inovasi = read_rows("inovasi", seeded_store)
    early = filter_rows("inovasi", inovasi, ViewState(tahun=2021))
    assert len(early) < len(inovasi) and (early.tahun_pelaporan <= 2021).all()
    peluang = read_rows("peluang_investasi", seeded_store)
    ready = filter_rows("peluang_investasi", peluang, ViewState(kesiapan=("pre_fs",)))
    assert set(ready.tingkat_kesiapan) == {"pre_fs"}


def test_point_layers_place_rows_honestly(seeded_store: Path) -> None:
    from potensi.core.store import load_boundaries
    from potensi.viz.points import point_features

    boundaries = load_boundaries(seeded_store)
    potensi = read_rows("potensi", seeded_store)
    layer = point_features("potensi", potensi, boundaries, "id", "/profil")
    located = potensi.kecamatan.notna() & (potensi.kecamatan != "")
    assert layer.count == int(located.sum())  # kabupaten-wide rows are left to the lists
    rows = layer.data["rows"]  # lon, lat, category, name, kecamatan, approximate place, facts, example
    with_coords = int((potensi.lat.notna() & located).sum())
    assert sum(bool(row[5]) for row in rows) == layer.count - with_coords
    assert all(row[5].startswith(("Desa ", "Kecamatan ")) for row in rows if row[5])
    assert "".join(layer.data["approx"]).startswith("lokasi perkiraan")
    peluang = point_features(
        "peluang", read_rows("peluang_investasi", seeded_store), boundaries, "en", "/profil"
    )
    assert all(row[7] == 1 for row in peluang.data["rows"]) and peluang.data["badge"] == "EXAMPLE DATA"
    assert any("IDR" in fact for row in peluang.data["rows"] for fact in (row[6] or []))


def test_active_filters_counts_only_the_filters_shown_and_not_at_default() -> None:
    from potensi.views.state import active_filters

    state = ViewState(sektor=("perikanan",), tahun=2021, indikator="kepadatan", kecamatan=("35.05.03",))
    # the indicator and kecamatan are not in "Saring data": they do not count
    assert active_filters(state) == ("sektor", "tahun")
    assert active_filters(state, ("tahapan", "tahun")) == ("tahun",)
    assert active_filters(ViewState()) == ()


def test_kecamatan_options_are_alphabetical_by_name_with_the_code_in_the_label(blitar_store: Path) -> None:
    from potensi.core.store import load_layer
    from potensi.views.state import kecamatan_label, kecamatan_options

    kec = load_layer("kecamatan", blitar_store)
    names = dict(zip(kec.kode, kec.nama, strict=True))
    options = kecamatan_options(names)
    assert sorted(options) == sorted(names)  # every code, once
    assert [names[c] for c in options] == sorted(names.values(), key=str.casefold)
    assert options[0] == "35.05.05" and kecamatan_label(options[0], names) == "Bakung (35.05.05)"
    assert kecamatan_label("35.99.99", names) == "35.99.99"
