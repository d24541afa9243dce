"""The inovasi registry's pure functions on the real seed: counts per group, kabupaten-wide
innovations, the timeline, per-kecamatan and per-urusan counts, labels and charts."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from potensi.core import cells
from potensi.core.store import Boundaries, load_boundaries
from potensi.data import records
from potensi.data.schema import BENTUK_INOVASI, INOVASI, JENIS_INOVASI, TAHAPAN_INOVASI
from potensi.data.tables import read_rows
from potensi.i18n import CATALOGUE, LANGS
from potensi.views import inovasi as inv
from potensi.views.state import ViewState

XSS = "<img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def rows(seeded_store: Path) -> pd.DataFrame:
    return read_rows("inovasi", seeded_store)


@pytest.fixture(scope="module")
def opd(seeded_store: Path) -> pd.DataFrame:
    return read_rows("opd", seeded_store)


@pytest.fixture(scope="module")
def boundaries(seeded_store: Path) -> Boundaries:
    return load_boundaries(seeded_store)


def row(**values: object) -> dict[str, object]:
    """An inovasi row with every column empty except ``values``."""
    base: dict[str, object] = dict.fromkeys(INOVASI.names)
    base.update(
        inovasi_id="INV-2025-9001",
        tahun_pelaporan=2025,
        nama_inovasi="Uji (Inovasi uji)",
        kode_opd="DINKES",
        bentuk="pelayanan_publik",
        tahapan="penerapan",
        contoh=False,
    )
    base.update(values)
    return base


# ---------------------------------------------------------------- groups


def test_the_seed_holds_35_innovations(rows: pd.DataFrame) -> None:
    assert len(rows) == 35


def test_counts_per_opd_sum_to_35_largest_first(rows: pd.DataFrame, opd: pd.DataFrame) -> None:
    counts = inv.counts_by(rows, "opd")
    assert counts.sum() == 35
    assert len(counts) == 8 and records.UNFILLED not in counts.index
    assert counts.to_dict() == {
        "PEMKAB_BLITAR": 15,
        "DISPENDUKCAPIL": 7,
        "DINKES": 4,
        "PUSKESMAS_UDANAWU": 3,
        "BAPENDA": 2,
        "RSUD_NGUDI_WALUYO": 2,
        "DISTANPANGAN": 1,
        "DPMPTSP": 1,
    }
    assert list(counts.to_numpy()) == sorted(counts.to_numpy(), reverse=True)
    assert inv.opd_count(rows) == 8
    labels = inv.group_counts(rows, "opd", "id", records.opd_labels(opd, short=True))
    assert labels.label.iloc[0] == "Pemkab Blitar"
    # an agency without an abbreviation keeps its name; the table uses full names
    assert "Dinas Pertanian dan Pangan" in list(labels.label)
    assert records.opd_labels(opd)["DISPENDUKCAPIL"] == "Dinas Kependudukan dan Pencatatan Sipil"


def test_counts_per_tahapan_list_every_stage_including_zero(rows: pd.DataFrame) -> None:
    counts = inv.counts_by(rows, "tahapan")
    assert list(counts.index) == list(TAHAPAN_INOVASI)
    assert counts.to_dict() == {"inisiatif": 3, "uji_coba": 0, "penerapan": 32}
    en = inv.group_counts(rows, "tahapan", "en")
    assert list(en.label) == ["Initiative", "Trial", "Implementation"]


def test_counts_per_bentuk_and_jenis_add_up_with_the_unfilled_group(rows: pd.DataFrame) -> None:
    bentuk = inv.counts_by(rows, "bentuk")
    assert list(bentuk.index) == list(BENTUK_INOVASI) and bentuk.sum() == 35
    assert bentuk["pelayanan_publik"] == 26
    jenis = inv.counts_by(rows, "jenis")
    assert list(jenis.index) == [*JENIS_INOVASI, records.UNFILLED]
    assert jenis.to_dict() == {"digital": 17, "non_digital": 14, records.UNFILLED: 4}
    labels = inv.group_counts(rows, "jenis", "id")
    assert labels.label.iloc[-1] == "belum diisi"
    assert inv.group_counts(rows, "jenis", "en").label.iloc[-1] == "not filled in"


def test_every_enum_value_has_a_label_in_both_languages() -> None:
    for group in ("bentuk", "jenis", "tahapan"):
        for value in inv.GROUPS[group][1]:
            for lang in LANGS:
                label = records.value_label(group, value, lang)
                assert label and label != value, (group, value, lang)
    assert records.value_label("bentuk", "tata_kelola_pemda", "en") == "Regional government management"
    assert records.value_label("tahapan", "sesuatu_lain", "id") == "sesuatu_lain"  # shown as written
    for key, texts in CATALOGUE.items():
        if key.startswith("inovasi_"):
            assert set(texts) == set(LANGS), key


def test_bentuk_filter(rows: pd.DataFrame) -> None:
    assert len(inv.filter_bentuk(rows, [])) == 35
    assert len(inv.filter_bentuk(rows, ["tata_kelola_pemda"])) == 5
    assert len(inv.filter_bentuk(rows, ["tata_kelola_pemda", "inovasi_daerah_lainnya"])) == 9


# ---------------------------------------------------------------- where


def test_kabupaten_wide_innovations_are_counted_apart(rows: pd.DataFrame, boundaries: Boundaries) -> None:
    assert inv.kabupaten_wide_count(rows) == 30
    per_kec = inv.kecamatan_counts(rows, boundaries.kecamatan)
    assert len(per_kec) == 22 and per_kec.n.sum() == 5
    assert per_kec.head(2)[["nama", "n"]].values.tolist() == [["Udanawu", 3], ["Wlingi", 2]]
    assert (per_kec.n.iloc[2:] == 0).all()
    assert per_kec.n.sum() + inv.kabupaten_wide_count(rows) == 35


def test_the_kecamatan_filter_reports_hidden_kabupaten_wide_innovations(rows: pd.DataFrame) -> None:
    assert inv.hidden_kabupaten_wide(rows, ViewState()) == 0
    state = ViewState(kecamatan=("35.05.02",))
    assert inv.hidden_kabupaten_wide(rows, state) == 30
    # other filters still apply to what is said to be hidden
    assert inv.hidden_kabupaten_wide(rows, state.with_(opd=("DINKES",))) == 4
    assert inv.hidden_kabupaten_wide(rows, state.with_(opd=("PUSKESMAS_UDANAWU",))) == 0


def test_kecamatan_chart_has_a_separate_bar_for_the_whole_kabupaten(
    rows: pd.DataFrame, boundaries: Boundaries
) -> None:
    fig = inv.kecamatan_chart(inv.kecamatan_counts(rows, boundaries.kecamatan), 30, "id")
    bar = fig.data[0]
    assert list(bar.y) == ["Udanawu", "Wlingi", "(seluruh kabupaten)"]
    assert list(bar.x) == [3, 2, 30]
    assert bar.marker.color[2] != bar.marker.color[0]


# ---------------------------------------------------------------- urusan


def test_per_urusan_counts_show_the_unfilled_affairs(rows: pd.DataFrame) -> None:
    counts = inv.urusan_counts(rows, "id")
    assert counts.to_dict("list") == {"key": [records.UNFILLED], "label": ["belum diisi"], "n": [35]}
    mixed = pd.DataFrame(
        [
            row(urusan_utama="2.12 Administrasi Kependudukan"),
            row(urusan_utama="  2.12 Administrasi Kependudukan "),
            row(urusan_utama="1.02 Kesehatan"),
            row(urusan_utama=None),
            row(urusan_utama=float("nan")),
            row(urusan_utama="   "),
        ]
    )
    counts = inv.urusan_counts(mixed, "en")
    assert counts.label.to_list() == ["2.12 Administrasi Kependudukan", "1.02 Kesehatan", "not filled in"]
    assert counts.n.to_list() == [2, 1, 3] and counts.n.sum() == len(mixed)


# ---------------------------------------------------------------- dates


def test_timeline_only_contains_rows_with_dates(rows: pd.DataFrame) -> None:
    timeline = inv.timeline_rows(rows)
    assert timeline.inovasi_id.to_list() == ["INV-2021-0001", "INV-2024-0001"]  # earliest first
    assert all(
        a is not None or b is not None for a, b in zip(timeline.uji_coba, timeline.penerapan, strict=True)
    )
    assert str(timeline.penerapan.iloc[0]) == "2021-03-09" and timeline.uji_coba.iloc[0] is None
    assert timeline.label.iloc[0] == "Si Jaran Ijo"
    coverage = inv.date_coverage(rows)
    assert (
        coverage.total,
        coverage.with_trial,
        coverage.with_implementation,
        coverage.undated,
        coverage.dated,
    ) == (35, 0, 2, 33, 2)


def test_undated_innovations_are_counted_by_reporting_year(rows: pd.DataFrame) -> None:
    undated = inv.undated_by_year(rows)
    assert undated.n.sum() == 33
    assert undated.groupby("tahun").n.sum().to_dict() == {
        2019: 3,
        2020: 2,
        2021: 17,
        2022: 1,
        2023: 2,
        2024: 6,
        2025: 2,
    }


def test_unparseable_dates_count_as_undated_and_both_dates_draw_a_line() -> None:
    frame = pd.DataFrame(
        [
            row(inovasi_id="INV-2025-0001", tgl_uji_coba="2024-02-01", tgl_penerapan="2025-01-15"),
            row(inovasi_id="INV-2025-0002", tgl_penerapan="kapan-kapan"),
            row(inovasi_id="INV-2025-0003"),
        ]
    )
    timeline = inv.timeline_rows(frame)
    assert timeline.inovasi_id.to_list() == ["INV-2025-0001"]
    # the same short name twice gets the id appended, so the axis keeps two rows
    twins = pd.DataFrame(
        [
            row(inovasi_id="INV-2025-0001", tgl_penerapan="2025-01-01"),
            row(inovasi_id="INV-2025-0002", tgl_penerapan="2025-02-01"),
        ]
    )
    assert inv.timeline_rows(twins).label.to_list() == ["Uji (INV-2025-0001)", "Uji (INV-2025-0002)"]
    assert inv.date_coverage(frame).undated == 2
    fig = inv.timeline_figure(timeline, "id")
    lines, trial, impl = fig.data
    assert lines.mode == "lines" and len(lines.x) == 3  # start, end, gap
    assert list(trial.customdata) == ["1 Februari 2024"] and trial.name == "Uji coba"
    assert list(impl.customdata) == ["15 Januari 2025"]
    assert fig.layout.xaxis.tickformat == "%Y"
    only_impl = inv.timeline_figure(inv.timeline_rows(frame.iloc[[0]].assign(tgl_uji_coba=None)), "id")
    assert [trace.name for trace in only_impl.data] == ["Uji coba", "Penerapan"]  # both in legend
    assert inv.timeline_figure(timeline, "en").data[1].customdata[0] == "1 February 2024"


def test_undated_figure_stacks_stages_over_year_categories(rows: pd.DataFrame) -> None:
    fig = inv.undated_figure(inv.undated_by_year(rows), "en")
    bars = [trace for trace in fig.data if trace.type == "bar"]
    assert [trace.name for trace in bars] == ["Initiative", "Implementation"]
    assert list(bars[1].x) == ["2019", "2020", "2021", "2022", "2023", "2024", "2025"]
    totals = next(trace for trace in fig.data if trace.type == "scatter")
    assert list(totals.x) == list(bars[1].x)  # totals sit on the year categories
    assert list(totals.text) == ["3", "2", "17", "1", "2", "6", "2"]
    assert fig.layout.xaxis.type == "category" and fig.layout.barmode == "stack"


# ---------------------------------------------------------------- table


def test_registry_table_has_every_innovation_with_links_and_place(
    rows: pd.DataFrame, opd: pd.DataFrame, boundaries: Boundaries
) -> None:
    names = dict(zip(boundaries.kecamatan.kode, boundaries.kecamatan.nama, strict=True))
    registry = inv.registry_table(rows, records.opd_labels(opd), names, "id")
    frame = registry.frame
    assert len(frame) == 35
    assert registry.link_columns == ("Bukti 1", "Bukti 2", "Bukti 3")
    assert list(frame.columns[:8]) == [
        "Nama inovasi",
        "OPD",
        "Bentuk",
        "Jenis",
        "Tahapan",
        "Tahun",
        "Kecamatan",
        "Uji coba / penerapan",
    ]
    assert (frame.Kecamatan == "Seluruh kabupaten").sum() == 30
    assert set(frame.Kecamatan) == {"Seluruh kabupaten", "Udanawu", "Wlingi"}
    assert frame["Bukti 1"].str.startswith("https://").all()
    assert (frame["Data contoh"] == "").all()  # the seed's innovations are real
    jaran = frame[frame.ID == "INV-2021-0001"].iloc[0]
    assert jaran["Uji coba / penerapan"] == "– / 9 Maret 2021"
    assert jaran.OPD == "Dinas Kependudukan dan Pencatatan Sipil"
    assert frame.Tahun.iloc[0] == "2025"  # newest first without grouping
    grouped = inv.registry_table(rows, records.opd_labels(opd), names, "en", group_by="tahapan").frame
    assert grouped.columns[0] == "Stage"
    assert grouped.Stage.to_list()[:3] == ["Initiative"] * 3
    assert (grouped.District == "Whole regency").sum() == 30


def test_example_rows_are_flagged_and_unsafe_links_dropped() -> None:
    frame = pd.DataFrame(
        [
            row(contoh=True, bukti_url="javascript:alert(1); https://a.example/x"),
            row(inovasi_id="INV-2025-9002", nama_inovasi=XSS),
        ]
    )
    assert cells.example_count(frame) == 1
    registry = inv.registry_table(frame, {}, {}, "en")
    assert registry.link_columns == ("Evidence 1",)
    table = registry.frame.set_index("ID")
    assert table.loc["INV-2025-9001", "Evidence 1"] == "https://a.example/x"
    assert pd.isna(table.loc["INV-2025-9002", "Evidence 1"])
    assert table["Example data"].to_dict() == {"INV-2025-9001": "EXAMPLE DATA", "INV-2025-9002": ""}
    assert table.loc["INV-2025-9001", "Agency (OPD)"] == "DINKES"  # unknown agency: its code
    assert table.loc["INV-2025-9002", "Innovation"] == XSS  # a table cell is plain text


def test_sorting_by_opd_uses_the_agency_name(rows: pd.DataFrame, opd: pd.DataFrame) -> None:
    ordered = inv.sort_registry(rows, "opd", records.opd_labels(opd))
    names = [records.opd_labels(opd)[c] for c in ordered.kode_opd]
    assert names == sorted(names, key=str.lower)


# ---------------------------------------------------------------- labels, context, charts


def test_short_names_cut_the_expansion() -> None:
    assert inv.short_name("Si Jaran Ijo (Jemput Bola Rentan Adminduk Iso Jujuk Omah)") == "Si Jaran Ijo"
    assert inv.short_name("x" * 50).endswith("…") and len(inv.short_name("x" * 50)) == 34
    assert inv.short_name(None) == "–"


def test_iid_note_names_the_stored_scores_and_source_in_both_languages(seeded_store: Path) -> None:
    from potensi.iid.context import history

    past = history(read_rows("indikator", seeded_store), "35.05")
    note = inv.iid_note(past, "id")
    assert "61,42" in note and "72,59" in note and "2023" in note and "2024" in note
    # the source is named by its publisher and year, linked; no file of the project's notes
    assert "[Kanal24 (2024)](https://kanal24.co.id/?p=49198)" in note
    assert "BLITAR_FACTS" not in note and "shared/" not in note
    assert "Kanal24 (2024)" in inv.iid_note(past, "en")
    assert "61.42" in inv.iid_note(past, "en") and "72.59" in inv.iid_note(past, "en")
    assert inv.iid_change(past, "id") == "+11,17" and inv.iid_change(past, "en") == "+11.17"
    assert inv.iid_change(past.iloc[:1], "id") is None


def test_count_chart_labels_bars_and_greys_the_unfilled(rows: pd.DataFrame) -> None:
    fig = inv.count_chart(inv.group_counts(rows, "jenis", "id"), "Per jenis", "id")
    bar = fig.data[0]
    assert list(bar.y) == ["Digital", "Non-digital", "belum diisi"]
    assert list(bar.text) == ["17", "14", "4"]
    assert bar.marker.color[-1] == "#d9d9d9"
    assert fig.layout.yaxis.autorange == "reversed"
    large = inv.count_chart(inv.group_counts(rows, "jenis", "id"), "x", "id", large=True)
    assert large.layout.height > fig.layout.height and large.layout.font.size > fig.layout.font.size


def test_empty_rows_give_empty_results() -> None:
    empty = pd.DataFrame(columns=INOVASI.names)
    assert inv.counts_by(empty, "tahapan").sum() == 0
    assert inv.kabupaten_wide_count(empty) == 0
    assert inv.timeline_rows(empty).empty and inv.undated_by_year(empty).empty
    assert inv.urusan_counts(empty, "id").empty
    assert inv.registry_table(empty, {}, {}, "id").frame.empty
    assert cells.example_count(empty) == 0 and inv.opd_count(empty) == 0
