"""Service-centre hierarchy (skalogram, Marshall) on the seeded store, each figure recomputed
by hand from the seed CSV rather than through the code under test; its orde map."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest

from potensi.analysis import AnalysisError
from potensi.core.store import load_boundaries
from potensi.data import audit
from potensi.data.seed import SEED_DIR
from potensi.data.tables import read_rows, undo_import
from potensi.testing.accounts import editor_session
from potensi.views.analisis.hierarki import (
    CENTRALITY_KEY,
    analyse_hierarchy,
    facility_keys,
    facility_label,
    hierarchy_xlsx,
    save_centrality_as_indikator,
)
from potensi.views.analisis.shared import indicator_years
from potensi.viz.maps import Choropleth, build_kecamatan_map, legend_html
from potensi.viz.style import categorical_classes

FACILITIES_CSV = SEED_DIR / "indikator_contoh_fasilitas.csv"
PDRB_CSV = SEED_DIR / "indikator_contoh_pdrb_kecamatan.csv"


@pytest.fixture(scope="module")
def store_data(seeded_store: Path) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    boundaries = load_boundaries(seeded_store)
    return read_rows("indikator", seeded_store), boundaries.kecamatan, boundaries.kabupaten


def _csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype={"kode_wilayah": str})


def test_example_files_are_flagged_complete_and_rebuildable() -> None:
    import importlib.util

    facilities, pdrb = _csv(FACILITIES_CSV), _csv(PDRB_CSV)
    for frame in (facilities, pdrb):
        assert (frame.contoh == "ya").all() and frame.sumber.str.contains("DATA CONTOH").all()
    assert facilities.kode_wilayah.nunique() == 22 and facilities.indikator.nunique() >= 8
    assert (facilities.tahun == 2024).all() and (facilities.satuan == "unit").all()
    assert facilities.groupby("kode_wilayah").indikator.nunique().eq(facilities.indikator.nunique()).all()
    assert set(pdrb.tahun) == {2021, 2022, 2023} and (pdrb.satuan == "Rp juta/jiwa").all()
    assert set(pdrb.kode_wilayah) == {"35.05"} | set(facilities.kode_wilayah)
    # the generator is deterministic: it renders exactly the committed bytes
    spec = importlib.util.spec_from_file_location(
        "build_example_facilities", SEED_DIR.parent.parent / "scripts" / "build_example_facilities.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for path, text in module.render().items():
        assert path.read_text(encoding="utf-8") == text


def test_marshall_index_of_one_kecamatan_by_hand(store_data) -> None:
    indikator, kecamatan, _ = store_data
    keys = facility_keys(indikator, list(kecamatan.kode))
    result = analyse_hierarchy(indikator, kecamatan, 2024, keys)
    raw = _csv(FACILITIES_CSV)
    totals = raw.groupby("indikator").nilai.sum()
    wlingi = raw[raw.kode_wilayah == "35.05.17"].set_index("indikator").nilai
    by_hand = sum(wlingi[f] * 100 / totals[f] for f in keys)
    computed = result.marshall.wilayah.set_index("kode").indeks_sentralitas
    assert computed["35.05.17"] == pytest.approx(by_hand)
    assert computed.sum() == pytest.approx(100 * len(keys))
    assert result.example is True
    assert result.marshall_table.nama.notna().all() and len(result.marshall_table) == 22
    assert set(result.marshall_table.nama_orde) <= {f"Orde {r}" for r in ("I", "II", "III", "IV", "V")}
    english = analyse_hierarchy(indikator, kecamatan, 2024, keys, lang="en")
    assert english.marshall_table.nama_orde.str.startswith("Order ").all()
    assert english.bobot.label.tolist()[0] == facility_label(keys[0], "en")
    # Kanigoro, Wlingi and Srengat are the service centres of the example
    assert set(result.marshall_table.nama[:3]) == {"Kanigoro", "Wlingi", "Srengat"}


def test_scalogram_cor_and_errors_by_hand(store_data) -> None:
    indikator, kecamatan, _ = store_data
    keys = facility_keys(indikator, list(kecamatan.kode))
    result = analyse_hierarchy(indikator, kecamatan, 2024, keys)
    raw = _csv(FACILITIES_CSV)
    presence = (raw.pivot(index="kode_wilayah", columns="indikator", values="nilai") > 0).astype(int)
    # errors do not depend on how ties are ordered among rows; count them on our own sort
    columns = presence.sum().sort_values(ascending=False, kind="stable").index
    errors = 0
    for _, row in presence[columns].iterrows():
        ones = np.flatnonzero(row.to_numpy())
        errors += int((row.to_numpy()[: ones[-1]] == 0).sum()) if ones.size else 0
    assert result.scalogram.kesalahan == errors == int(result.error_cells().to_numpy().sum())
    assert result.scalogram.cor == pytest.approx(1 - errors / (22 * len(keys)))
    assert 0 <= result.scalogram.cor <= 1
    assert result.skalogram.jumlah_jenis.max() == len(keys)
    assert result.skalogram.orde.notna().all()


def test_missing_facility_count_is_not_zero(store_data) -> None:
    indikator, kecamatan, _ = store_data
    keys = facility_keys(indikator, list(kecamatan.kode))
    gap = indikator[~((indikator.kode_wilayah == "35.05.05") & (indikator.indikator == "fasilitas_bank"))]
    result = analyse_hierarchy(gap, kecamatan, 2024, keys)
    bakung = result.marshall_table.set_index("kode").loc["35.05.05"]
    assert pd.isna(bakung.indeks_sentralitas) and "data tidak tersedia" in bakung.catatan
    assert result.scalogram.n_wilayah == 21
    assert "data tidak tersedia" in result.skalogram.set_index("kode").catatan["35.05.05"]
    with pytest.raises(AnalysisError):
        analyse_hierarchy(indikator, kecamatan, 2024, keys[:1])
    with pytest.raises(AnalysisError):
        analyse_hierarchy(indikator, kecamatan, 1999, keys)


def test_years_and_workbook(store_data) -> None:
    indikator, kecamatan, _ = store_data
    codes = list(kecamatan.kode)
    keys = facility_keys(indikator, codes)
    assert indicator_years(indikator, keys, codes) == [2024]
    hierarchy = analyse_hierarchy(indikator, kecamatan, 2024, keys)
    book = openpyxl.load_workbook(io.BytesIO(hierarchy_xlsx(hierarchy, "id")))
    assert {"ringkasan", "skalogram", "matriks_skalogram", "marshall", "bobot_marshall", "masukan"} <= set(
        book.sheetnames
    )
    assert book["masukan"].max_row == 23


def test_saved_centrality_is_an_example_indikator_that_can_be_undone(seeded_copy: Path) -> None:
    boundaries = load_boundaries(seeded_copy)
    indikator = read_rows("indikator", seeded_copy)
    result = analyse_hierarchy(
        indikator, boundaries.kecamatan, 2024, facility_keys(indikator, list(boundaries.kecamatan.kode))
    )
    report = save_centrality_as_indikator(result, seeded_copy, session=editor_session(), client="10.1.2.3")
    entry = audit.entries(seeded_copy).iloc[0]
    assert (entry.aksi, entry.pelaku, entry.klien) == ("simpan_analisis", "editor_uji", "10.1.2.3")
    assert "sentralitas Marshall tahun 2024" in entry.rincian and report.record.impor_id in entry.rincian
    rows = read_rows("indikator", seeded_copy)
    saved = rows[rows.indikator == CENTRALITY_KEY].set_index("kode_wilayah")
    assert len(saved) == 22 and saved.contoh.all() and (saved.tahun == 2024).all()
    expected = result.marshall.wilayah.set_index("kode").indeks_sentralitas
    assert saved.nilai["35.05.10"] == pytest.approx(expected["35.05.10"], abs=1e-4)
    undo_import(report.record.impor_id, seeded_copy)
    assert (read_rows("indikator", seeded_copy).indikator != CENTRALITY_KEY).all()


def test_categorical_map_names_classes_and_keeps_numeric_maps(store_data) -> None:
    _, kecamatan, _ = store_data
    classes = categorical_classes(("#111111", "#222222", "#333333"))
    assert [classes.colour_of(v) for v in (1.0, 2.0, 3.0)] == ["#111111", "#222222", "#333333"]
    values = pd.Series({k: float(i % 3 + 1) for i, k in enumerate(kecamatan.kode)})
    values.iloc[0] = np.nan
    choropleth = Choropleth(
        values=values,
        classes=classes,
        title="Orde",
        unit="",
        decimals=0,
        source="uji",
        categories={1.0: "Orde I", 2.0: "Orde II", 3.0: "Orde <III>"},
    )
    legend = legend_html(choropleth, "id")
    assert "Orde I<" in legend and "Orde &lt;III&gt;" in legend and "Orde ()" not in legend
    assert "Tidak ada data" in legend or "data" in legend.lower()
    html = build_kecamatan_map(kecamatan, choropleth, lang="id").get_root().render()
    assert "Orde II" in html and "#222222" in html
    numeric = Choropleth(values=values, classes=classes, title="Luas", unit="km²", decimals=1, source="uji")
    assert "Luas (km²)" in legend_html(numeric, "id") and "1,0" in legend_html(numeric, "id")
