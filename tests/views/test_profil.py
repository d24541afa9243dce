"""The Profil Kecamatan's figures, charts and lists on the real Blitar store and seed."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

from potensi.core.store import Boundaries, load_boundaries
from potensi.data.tables import read_rows
from potensi.views import profil as pf
from potensi.views.state import ViewState

SRENGAT, PANGGUNGREJO, PONGGOK, UDANAWU = "35.05.03", "35.05.13", "35.05.06", "35.05.02"
NGLEGOK, WLINGI = "35.05.09", "35.05.17"
LAYERS = ("indikator", "potensi", "peluang_investasi", "inovasi", "opd")


@pytest.fixture(scope="module")
def boundaries(seeded_store: Path) -> Boundaries:
    return load_boundaries(seeded_store)


@pytest.fixture(scope="module")
def data(seeded_store: Path) -> dict[str, pd.DataFrame]:
    return {layer: read_rows(layer, seeded_store) for layer in LAYERS}


@pytest.fixture(scope="module")
def census_2020(data: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The store as it was before every kecamatan had a population figure: only the SP2020
    census of four kecamatan (and the kabupaten), so missing figures can still be checked."""
    rows = data["indikator"]
    population = rows.indikator.str.startswith("penduduk")
    census = (rows.indikator == "penduduk") & (rows.tahun == 2020) & rows.catatan.eq("Sensus Penduduk 2020")
    return {**data, "indikator": rows[~population | census | (rows.kode_wilayah == "35.05")]}


def by_key(figures: list[pf.Headline]) -> dict[str, pf.Headline]:
    return {f.key: f for f in figures}


# --------------------------------------------------------------------------- headline figures


def test_srengat_headline_figures_equal_the_store(boundaries: Boundaries, data: dict) -> None:
    figures = by_key(pf.headline_figures(SRENGAT, boundaries, data, "id"))
    assert list(figures) == list(pf.HEADLINE_KEYS)
    kec = boundaries.kecamatan.set_index("kode").loc[SRENGAT]
    assert figures["luas"].value == pytest.approx(float(kec.luas_km2))
    assert figures["luas"].number == "55,44" and figures["luas"].title == "Luas poligon (km²)"
    assert figures["luas"].year == "2022"  # Kepmendagri 100.1.1-6117 Tahun 2022
    assert "wilayah_boundaries" in figures["luas"].source
    assert "luas administratif 53,98 km²" in figures["luas"].note  # the indikator layer's figure
    desa = boundaries.desa[boundaries.desa.kode_kec == SRENGAT]
    assert figures["desa"].value == 16 == len(desa)
    kelurahan = int((desa.jenis == "kelurahan").sum())
    assert kelurahan == 4 and figures["desa"].note == "termasuk 4 kelurahan"
    potensi = data["potensi"]
    assert figures["potensi"].value == int((potensi.kecamatan == SRENGAT).sum()) == 3
    assert figures["potensi"].note == "+10 berlaku seluruh kabupaten"
    assert figures["inovasi"].note == "+30 berlaku seluruh kabupaten"


def test_missing_population_is_reported_missing_never_zero(boundaries: Boundaries, census_2020: dict) -> None:
    data = census_2020
    figures = by_key(pf.headline_figures(SRENGAT, boundaries, data, "id"))
    for key in ("penduduk", "kepadatan"):
        figure = figures[key]
        assert figure.missing and figure.value is None
        assert figure.number == "data tidak tersedia" == figure.text
        assert figure.title in ("Penduduk", "Kepadatan")  # no year, no unit
        assert "0" not in figure.number
        assert "belum memuat penduduk" in pf.caption_markdown(figure, "id")
    english = by_key(pf.headline_figures(SRENGAT, boundaries, data, "en"))
    assert english["penduduk"].number == "data not available"


def test_panggungrejo_population_has_its_year_and_source(boundaries: Boundaries, data: dict) -> None:
    figures = by_key(pf.headline_figures(PANGGUNGREJO, boundaries, data, "id"))
    people = figures["penduduk"]
    assert people.value == 42300 and people.year == "2020"  # 2020 census, newer than 2010
    assert people.number == "42.300" and people.title == "Penduduk 2020 (jiwa)"
    assert people.note == "Sensus Penduduk 2020" and not people.examples
    caption = pf.caption_markdown(people, "id")
    # named by publisher, title and year, linked to the original; the mirror only as "salinan daring"
    assert caption.startswith(
        "Tahun 2020 · Sumber: lapisan indikator [Wikipedia bahasa Inggris, *Blitar Regency* (2022)]"
        "(https://en.wikipedia.org/wiki/Blitar_Regency) — [salinan daring](https://wiki.inamatrix.xyz/"
    )
    density = figures["kepadatan"]
    luas = float(boundaries.kecamatan.set_index("kode").luas_km2[PANGGUNGREJO])
    assert density.value == pytest.approx(42300 / luas) and density.number == "301"
    english = by_key(pf.headline_figures(PANGGUNGREJO, boundaries, data, "en"))
    assert english["kepadatan"].title == "Density 2020 (people/km²)"
    assert english["penduduk"].number == "42,300"
    assert english["penduduk"].title == "Population 2020 (people)"
    assert pf.caption_markdown(english["penduduk"], "en").startswith("Year 2020 · Source:")


def test_example_statistics_and_rows_are_flagged(boundaries: Boundaries, data: dict) -> None:
    indikator = data["indikator"]
    fake = indikator[
        (indikator.kode_wilayah == PANGGUNGREJO)
        & (indikator.tahun == 2020)
        & (indikator.indikator == "penduduk")
    ].assign(tahun=2024, nilai=50000.0, contoh=True)
    changed = {**data, "indikator": pd.concat([indikator, fake], ignore_index=True)}
    people = by_key(pf.headline_figures(PANGGUNGREJO, boundaries, changed, "id"))["penduduk"]
    assert people.year == "2024" and people.examples == 1
    assert ":red[**DATA CONTOH**]" in pf.caption_markdown(people, "id")
    ponggok = by_key(pf.headline_figures(PONGGOK, boundaries, data, "en"))["peluang"]
    assert ponggok.value == 1 and ponggok.examples == 1  # the seed's opportunities are examples
    assert ":red[**EXAMPLE DATA**]" in pf.caption_markdown(ponggok, "en")
    people_row = {("indikator", PANGGUNGREJO, "penduduk", "2024")}
    assert people.example_rows == people_row  # the banner counts it once, by store key


def example_rows_expected(code: str, data: dict) -> int:
    """Example rows about ``code`` straight from the store: its newest example row of
    each indikator plus the example rows located in it (lists, counts)."""
    indikator = data["indikator"]
    mine = indikator[(indikator.kode_wilayah == code) & indikator.contoh.astype(bool)]
    newest = mine[mine.tahun == mine.groupby("indikator").tahun.transform("max")]
    located = sum(
        int((pf.layer_rows(data, layer).kecamatan == code).mul(data[layer].contoh.astype(bool)).sum())
        for layer in ("potensi", "peluang_investasi", "inovasi")
    )
    return len(newest) + located


@pytest.mark.parametrize(("code", "expected"), [(NGLEGOK, 17), (WLINGI, 16), (PONGGOK, 17)])
def test_example_banner_counts_the_example_rows_the_page_shows(
    boundaries: Boundaries, data: dict, code: str, expected: int
) -> None:
    """16 example indicator values in the rank table (Podes-like facilities, commodities,
    PDRB per capita) plus the listed example opportunity, counted once although it is
    also behind the count figure and the rank table; Wlingi has no opportunity but
    still shows its 16 example values."""
    figures = pf.headline_figures(code, boundaries, data, "id")
    ranks = pf.rank_items(code, boundaries.kecamatan, data, "id", 2022)
    lists = {
        layer: pf.rows_here(data, layer, code, ViewState())[0]
        for layer in ("potensi", "peluang_investasi", "inovasi")
    }
    assert pf.examples_shown(figures, ranks, lists) == expected == example_rows_expected(code, data)
    table = pf.rank_table(code, boundaries.kecamatan, data, "id", 2022)
    flagged_here = [r for r in ranks if r.example_rows]
    assert len(flagged_here) >= 16 and all(r.example for r in flagged_here)
    assert set(table.Indikator) >= {r.label for r in flagged_here}


# --------------------------------------------------------------------------- against the kabupaten


def test_shares_sum_to_the_kabupaten(boundaries: Boundaries, data: dict) -> None:
    codes = list(boundaries.kecamatan.kode)
    shares = pd.concat([pf.kabupaten_shares(c, boundaries, data, "id").assign(kode=c) for c in codes])
    totals = shares.groupby("key").share.sum()
    for key in ("luas", "desa", "potensi", "peluang", "inovasi"):
        assert totals[key] == pytest.approx(100.0), key
    # population: each kecamatan's newest figure against the kabupaten's figure of that year;
    # Srengat's is the SP2010 quick count, Bakung's a 2024 estimate (no kabupaten 2024 figure)
    people = shares[shares.key == "penduduk"].set_index("kode").share
    assert people.notna().sum() == 18 and 0 < people.sum() < 100
    assert people[PANGGUNGREJO] == pytest.approx(42300 / 1223745 * 100)
    assert people[SRENGAT] == pytest.approx(61935 / 1116639 * 100)
    assert math.isnan(people["35.05.05"])
    row = pf.kabupaten_shares(PANGGUNGREJO, boundaries, data, "id").set_index("key").loc["penduduk"]
    assert row.detail == "42.300 dari 1.223.745 jiwa (2020)"


def test_population_share_needs_the_kabupaten_figure_of_the_same_year(
    boundaries: Boundaries, data: dict
) -> None:
    indikator = data["indikator"]
    without = indikator[~((indikator.kode_wilayah == "35.05") & (indikator.tahun == 2020))]
    shares = pf.kabupaten_shares(PANGGUNGREJO, boundaries, {**data, "indikator": without}, "id")
    assert math.isnan(shares.set_index("key").share["penduduk"])  # not compared with 2023


def test_share_chart_marks_the_average_and_missing_values(boundaries: Boundaries, census_2020: dict) -> None:
    data = census_2020
    fig = pf.share_figure(
        pf.kabupaten_shares(SRENGAT, boundaries, data, "en"), "Srengat", "Kabupaten Blitar", "en"
    )
    bars = fig.data[0]
    assert list(bars.y)[:3] == ["Polygon area", "Villages", "Population"]
    assert bars.x[2] is None  # no population figure: no bar
    assert fig.data[1].text == ("data not available",)
    assert "Investment opportunities · EXAMPLE DATA" in bars.y
    assert fig.layout.title.text == "Srengat district's share of Kabupaten Blitar"
    assert fig.layout.xaxis.title.text == "% of Kabupaten Blitar"
    assert any("average per district: 4.5% (1/22)" in a.text for a in fig.layout.annotations)


def test_rank_chart_has_every_kecamatan_with_one_highlighted(boundaries: Boundaries, data: dict) -> None:
    kecamatan = boundaries.kecamatan
    keys = pf.rank_indicators(kecamatan, data)
    assert {"luas", "jumlah_desa", "kepadatan", "ind:penduduk", "ind:luas_wilayah"} <= set(keys)
    item = pf.ranked("luas", PANGGUNGREJO, kecamatan, data, "id", 2022)
    fig = pf.rank_figure(item, PANGGUNGREJO, kecamatan, "id")
    bars = fig.data[0]
    assert len(bars.x) == 22 and len(set(bars.x)) == 22
    highlight = [
        x for x, colour in zip(bars.x, bars.marker.color, strict=True) if colour == pf._palette(False)[0]
    ]
    assert highlight == ["Panggungrejo"]
    assert list(bars.y) == sorted(bars.y, reverse=True)  # largest first
    assert item.rank == pf.Standing(2, 2, 22)  # Wonotirto is larger
    assert "Panggungrejo: 2 dari 22 (1 = terbesar)" in fig.layout.title.text
    assert fig.layout.yaxis.title.text == "km²" and fig.layout.xaxis.title.text == "Kecamatan"
    assert fig.layout.separators == ",."


def test_rank_chart_keeps_missing_kecamatan_apart_from_zero(
    boundaries: Boundaries, census_2020: dict
) -> None:
    data = census_2020
    kecamatan = boundaries.kecamatan
    item = pf.ranked("ind:penduduk", PANGGUNGREJO, kecamatan, data, "en")
    assert item.rank == pf.Standing(1, 1, 4) and item.year == 2020 and item.unit == "people"
    fig = pf.rank_figure(item, PANGGUNGREJO, kecamatan, "en")
    bars = fig.data[0]
    assert len(bars.x) == 22 and sum(y is None for y in bars.y) == 18
    assert 0 not in bars.y
    assert len(fig.data[1].x) == 18  # the × markers of the kecamatan without data
    assert "Panggungrejo: 1 of 4 (1 = largest) · 18 without data (×)" in fig.layout.title.text
    missing = pf.rank_figure(
        pf.ranked("ind:penduduk", SRENGAT, kecamatan, data, "id"), SRENGAT, kecamatan, "id"
    )
    assert "Srengat: data tidak tersedia" in missing.layout.title.text


def test_rank_table_and_ties(boundaries: Boundaries, data: dict) -> None:
    table = pf.rank_table(PANGGUNGREJO, boundaries.kecamatan, data, "id", 2022).set_index("Indikator")
    assert table.loc["Luas poligon", "Peringkat"] == "2 dari 22 (1 = terbesar)"
    # ranked on the year all 22 kecamatan have a real figure: the SP2010 quick count
    assert table.loc["Jumlah penduduk", "Nilai"] == "40.661 jiwa"
    assert table.loc["Jumlah penduduk", "Tahun"] == "2010"
    assert table.loc["Jumlah penduduk", "Peringkat"] == "15 dari 22 (1 = terbesar)"
    book = "BPS, Penduduk Indonesia Menurut Provinsi, Kabupaten/Kota dan Kecamatan: Hasil Olah Cepat SP2010"
    assert table.loc["Jumlah penduduk", "Sumber"].startswith(book)
    assert table.loc["Jumlah penduduk", "Sumber"].endswith(" · data nyata 22/22")
    # 0 opportunities, like 17 other kecamatan: no standing at all
    assert table.loc["Jumlah peluang investasi", "Peringkat"] == "tanpa peringkat: 18 dari 22 bernilai 0"
    assert "DATA CONTOH" in table.loc["Jumlah peluang investasi", "Sumber"]


def test_ties_are_spans_and_a_common_value_is_no_standing() -> None:
    values = pd.Series([3.0, 5.0, 5.0, float("nan")], index=list("abcd"))
    assert pf.rank_of(values, "b") == pf.Standing(1, 2, 3)  # tied for 1–2
    assert pf.rank_of(values, "a") == pf.Standing(3, 3, 3)
    assert pf.rank_of(pd.Series([3.0, float("nan")], index=list("ab")), "b") is None
    zeros = pd.Series([4.0, 2.0] + [0.0] * 20, index=[f"k{i}" for i in range(22)])
    standing = pf.rank_of(zeros, "k5")
    assert standing == pf.Standing(3, 22, 22) and standing.shared == 20 and not standing.telling
    assert pf.rank_of(zeros, "k0").telling  # alone at the top: a real standing
    assert pf.Standing(10, 20, 22).telling and not pf.Standing(10, 21, 22).telling  # 11 of 22 is half


def test_nglegok_rank_texts_say_the_direction_and_the_ties(boundaries: Boundaries, data: dict) -> None:
    """Issue 13.6: "Jumlah inovasi daerah 0 buah — 3 dari 22, seri 20" and "Rumah
    sakit 0 unit — 5 dari 22, seri 18" read as third and fifth place."""
    for lang, col, expected in (
        (
            "id",
            "Peringkat",
            {
                "Luas poligon": "7 dari 22 (1 = terbesar)",
                "Jumlah desa/kelurahan (peta batas)": "seri 10–13 dari 22 (1 = terbesar)",
                "Jumlah peluang investasi": "seri 1–4 dari 22 (1 = terbesar)",
                "Rumah sakit": "tanpa peringkat: 18 dari 22 bernilai 0",
                "Puskesmas": "tanpa peringkat: 18 dari 22 bernilai 1",
                "Jumlah inovasi daerah": (
                    "tidak diperingkat: 30 dari 35 inovasi daerah berlaku seluruh kabupaten"
                ),
            },
        ),
        (
            "en",
            "Rank",
            {
                "Polygon area": "7 of 22 (1 = largest)",
                "Hospitals": "no rank: 18 of 22 have 0",
                "Number of regional innovations": (
                    "not ranked: 30 of 35 regional innovations are regency-wide"
                ),
            },
        ),
    ):
        table = pf.rank_table(NGLEGOK, boundaries.kecamatan, data, lang, 2022)
        ranks = dict(zip(table.iloc[:, 0], table[col], strict=True))
        for label, text in expected.items():
            assert ranks[label] == text, label


def test_kabupaten_wide_counts_are_not_ranked(boundaries: Boundaries, data: dict) -> None:
    """30 of the 35 innovations name no kecamatan (OPD programmes for the whole
    kabupaten): their count is not a kecamatan figure, so it gets no rank or chart.
    Potentials (10 of 91 kabupaten-wide) and opportunities (all located) are ranked."""
    assert pf.unranked_reason("count_inovasi", data, "id") is not None
    assert pf.unranked_reason("count_potensi", data, "id") is None
    assert pf.unranked_reason("count_peluang", data, "id") is None
    assert all(pf.unranked_reason(k, data, "id") is None for k in ("luas", "jumlah_desa", "ind:penduduk"))
    for code in (NGLEGOK, UDANAWU):  # Udanawu holds 3 of the 5 located innovations
        item = pf.ranked("count_inovasi", code, boundaries.kecamatan, data, "id")
        assert item.rank is None and item.unranked
    assert {i.key for i in pf.rank_items(NGLEGOK, boundaries.kecamatan, data, "id") if i.unranked} == {
        "count_inovasi"
    }


# --------------------------------------------------------------------------- lists


def test_potensi_list_by_sector_with_source_links(boundaries: Boundaries, data: dict) -> None:
    desa = dict(zip(boundaries.desa.kode, boundaries.desa.nama, strict=True))
    rows, total = pf.rows_here(data, "potensi", PANGGUNGREJO, ViewState())
    assert total == len(rows) == 6
    listing = pf.potensi_table(rows, desa, "id")
    frame = listing.frame
    assert list(frame.Sektor) == [
        "Pariwisata",
        "Industri & UMKM",
        "Pertambangan",
        "Infrastruktur",
        "Infrastruktur",
        "Infrastruktur",
    ]
    assert listing.link_columns == ("Sumber 1", "Sumber 2")
    assert frame["Sumber 1"].str.match(r"^https?://").all()
    assert list(frame.columns)[-1] == "Keterangan"  # long text last, links stay in view
    assert set(frame["Data contoh"]) == {""}
    assert pf.sector_summary(rows, "en") == "Tourism 1 · Industry & SMEs 1 · Mining 1 · Infrastructure 3"
    only_tourism = pf.rows_here(data, "potensi", PANGGUNGREJO, ViewState(sektor=("pariwisata",)))
    assert len(only_tourism[0]) == 1 and only_tourism[1] == 6


def test_peluang_list_in_the_ui_language(boundaries: Boundaries, data: dict) -> None:
    desa = dict(zip(boundaries.desa.kode, boundaries.desa.nama, strict=True))
    rows, _ = pf.rows_here(data, "peluang_investasi", PONGGOK, ViewState())
    frame = pf.peluang_table(rows, desa, "en").frame
    record = frame.iloc[0].to_dict()
    assert record["Title"] == "Egg powder and processed egg plant"
    assert record["Investment value"] == "IDR 45 billion"
    assert record["Readiness"] == "Pre-feasibility" and record["Village"] == "Dadaplangu"
    assert record["Example data"] == "EXAMPLE DATA"
    # a source that is not a link, in English: the example data's own source text is known
    assert record["Source note"].startswith("Illustrative Peta Potensi example")
    indonesian = pf.peluang_table(rows, desa, "id").frame.iloc[0]
    assert indonesian["Keterangan sumber"].startswith("Contoh ilustratif")
    assert indonesian["Judul"] == "Pabrik tepung telur dan telur olahan"
    assert indonesian["Nilai investasi"] == "Rp45 miliar"


def test_inovasi_list_names_the_opd(data: dict) -> None:
    rows, _ = pf.rows_here(data, "inovasi", UDANAWU, ViewState())
    frame = pf.inovasi_table(rows, data["opd"], "en").frame
    assert len(frame) == 3
    assert set(frame["Proposing agency (OPD)"]) == {"UPT Puskesmas Udanawu"}
    assert set(frame.Stage) == {"Implementation"} and set(frame.Year) == {"2024"}
    assert frame.Source.str.startswith("https://").all()


# --------------------------------------------------------------------------- comparison


def test_comparison_table_has_the_chosen_kecamatan(boundaries: Boundaries, data: dict) -> None:
    frame = pf.comparison_table([PANGGUNGREJO, SRENGAT], boundaries, data, "id")
    assert list(frame.columns) == ["Panggungrejo", "Srengat", "Sumber"]
    assert frame.loc["Penduduk", "Panggungrejo"] == "42.300 jiwa (2020)"  # each one's newest figure
    assert frame.loc["Penduduk", "Srengat"] == "61.935 jiwa (2010)"
    assert frame.loc["Desa/kelurahan", "Srengat"] == "16"
    assert frame.loc["di antaranya kelurahan", "Srengat"] == "4"
    assert frame.loc["Luas poligon", "Srengat"] == "55,44 km²"
    assert "Wikipedia bahasa Inggris, Blitar Regency (2022)" in frame.loc["Penduduk", "Sumber"]
    assert "inamatrix" not in frame.loc["Penduduk", "Sumber"]


def test_comparison_chart_groups_the_kecamatan(boundaries: Boundaries, census_2020: dict) -> None:
    data = census_2020
    fig = pf.comparison_figure([PANGGUNGREJO, SRENGAT, PONGGOK], boundaries, data, "en")
    bars = [trace for trace in fig.data if trace.type == "bar"]
    assert [b.name for b in bars] == ["Panggungrejo", "Srengat", "Ponggok"]
    assert fig.layout.barmode == "group"
    assert "Investment opportunities<br>EXAMPLE DATA" in bars[0].x
    srengat = bars[1]
    assert srengat.y[list(srengat.x).index("Population")] is None  # missing, not 0
    marks = [trace for trace in fig.data if trace.type == "scatter"]
    assert marks and marks[0].text == ("n/a",)


def test_comparison_defaults_to_the_neighbours_until_edited(boundaries: Boundaries) -> None:
    kecamatan = boundaries.kecamatan
    assert pf.neighbours(PANGGUNGREJO, kecamatan, 2) == ["35.05.08", "35.05.20"]  # Wonotirto, Wates
    assert PANGGUNGREJO in pf.neighbours("35.05.08", kecamatan, 5)
    assert pf.comparison_default([PANGGUNGREJO], kecamatan) == [PANGGUNGREJO, "35.05.08", "35.05.20"]
    assert pf.comparison_default([SRENGAT, PONGGOK], kecamatan) == [SRENGAT, PONGGOK]
    codes = list(kecamatan.kode)
    assert pf.follow_default(None, None, ["a"], codes) == ["a"]
    assert pf.follow_default(["x"], ["x"], [SRENGAT], codes) == [SRENGAT]  # untouched: follows
    assert pf.follow_default([PONGGOK, "gone"], ["x"], [SRENGAT], codes) == [PONGGOK]  # edited


def test_contradicted_readiness_is_marked_in_the_list_and_on_the_map(
    boundaries: Boundaries, data: dict
) -> None:
    """The rule of potensi.data.readiness also marks Wonotirto's *IPRO siap
    ditawarkan* (a draft without clear-and-clean, needing KKPR) wherever it is shown."""
    from potensi.viz.points import point_features

    wonotirto = "35.05.08"
    rows, _ = pf.rows_here(data, "peluang_investasi", wonotirto, ViewState())
    table = pf.peluang_table(rows, {}, "id").frame
    assert list(table["Tingkat kesiapan"]) == [
        "IPRO siap ditawarkan · ⚠ kesiapan tertulis tidak sesuai datanya"
    ]
    nglegok, _ = pf.rows_here(data, "peluang_investasi", NGLEGOK, ViewState())
    assert list(pf.peluang_table(nglegok, {}, "en").frame["Readiness"]) == ["Prospective"]
    points = point_features("peluang", data["peluang_investasi"], boundaries, "en", "/profil")
    facts = {row[3]: row[6] for row in points.data["rows"]}
    flagged = [
        name for name, found in facts.items() if "⚠ stated readiness contradicted by its facts" in found
    ]
    assert flagged == ["Beach villas and visitor facilities at Tambakrejo Beach"]


# --------------------------------------------------------------------------- the page's sections


def test_headline_holds_the_key_figures_in_three_rows(boundaries: Boundaries, data: dict) -> None:
    """The first screen: every key figure, in rows short enough to sit beside the map."""
    figures = pf.headline_figures(PONGGOK, boundaries, data, "id")
    rows = pf.headline_rows(figures)
    assert [[f.key for f in row] for row in rows] == [
        ["luas", "desa"],
        ["penduduk", "kepadatan"],
        ["potensi", "peluang", "inovasi"],
    ]
    assert pf.HEADLINE_PARTS == ("title", "example_warning", "figures", "map")
    # the card says the year and the example flag; the full source is in the list under the cards
    peluang = next(f for f in figures if f.key == "peluang")
    assert "DATA CONTOH" in pf.caption_short(peluang, "id")
    listing = pf.sources_markdown(figures, "id")
    assert listing.count("\n- ") == len(figures) - 1 and "wilayah\\_boundaries" in listing


def test_charts_are_grouped_into_themed_tabs(boundaries: Boundaries, data: dict) -> None:
    keys = pf.rank_indicators(boundaries.kecamatan, data)
    sections = pf.profile_sections(keys, "id")
    assert [s.title for s in sections] == [
        "Wilayah & kependudukan",
        "Ekonomi",
        "Fasilitas",
        "Potensi & peluang",
        "Inovasi",
        "Potensi dan inovasi",
        "Perbandingan",
        "Indikator lain",  # the SP2010 male/female split and the final SP2010 figures
    ]
    by = {s.key: s for s in sections}
    # every rank chart appears once, in its theme; no tab holds more than 9 charts
    assert sorted(k for s in sections for k in s.charts) == sorted(keys)
    assert max(len(s.charts) for s in sections) <= 9
    assert by["wilayah"].parts == ("standing",)
    assert {"luas", "jumlah_desa", "kepadatan", "ind:penduduk"} <= set(by["wilayah"].charts)
    assert {"ind:nilai_produksi_padi", "ind:pdrb_per_kapita"} <= set(by["ekonomi"].charts)
    assert (
        all(k.startswith("ind:fasilitas_") for k in by["fasilitas"].charts)
        and len(by["fasilitas"].charts) == 9
    )
    assert by["potensi_peluang"].parts == ("potensi", "peluang")
    assert by["potensi_peluang"].charts == ("count_potensi", "count_peluang")
    assert by["inovasi"].parts == ("inovasi",) and by["inovasi"].charts == ("count_inovasi",)
    assert by["perbandingan"].parts == ("compare",) and by["perbandingan"].charts == ()
    assert by["potensi_inovasi"].parts == ("dukungan",) and by["potensi_inovasi"].charts == ()
    assert [s.title for s in pf.profile_sections(keys, "en")][:3] == [
        "Area & population",
        "Economy",
        "Facilities",
    ]


def test_a_theme_without_data_has_no_tab_and_unknown_indicators_get_their_own(
    boundaries: Boundaries, data: dict
) -> None:
    keys = [k for k in pf.rank_indicators(boundaries.kecamatan, data) if "fasilitas_" not in k]
    sections = pf.profile_sections([*keys, "ind:indeks_potensi"], "id")
    assert "fasilitas" not in [s.key for s in sections]
    assert sections[-1].key == "lainnya" and sections[-1].charts[-1] == "ind:indeks_potensi"
    assert set(sections[-1].charts[:-1]) == {
        "ind:penduduk_laki_laki",
        "ind:penduduk_perempuan",
        "ind:penduduk_sp2010_final",
    }
