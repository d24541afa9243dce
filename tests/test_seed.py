"""The seed dataset: real facts with sources, example rows flagged, loaded idempotently."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pandas as pd
import pytest

from potensi.core.config import REPO_ROOT
from potensi.data.schema import LAYERS, TABLES
from potensi.data.seed import SEED_DIR, layer_of, seed_files, seed_store
from potensi.data.tables import history, read_rows
from potensi.testing import stores

REFERENCE = REPO_ROOT.parent / "shared" / "reference"


@pytest.fixture(scope="module")
def seeded(blitar_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = stores.clone_store(blitar_store, tmp_path_factory.mktemp("seeded"), keep=True)
    seed_store(store, progress=lambda _m: None)
    return store


def test_seed_files_follow_the_schema() -> None:
    files = seed_files()
    # every table has seed data but the saved plans (made on the IID page)
    assert {layer for layer, _path in files} == set(TABLES) - {"iid_rencana"}
    for layer, path in files:
        frame = pd.read_csv(path, dtype=str)
        assert list(frame.columns) == TABLES[layer].names, path.name
    # a file is its longest-named layer's: the self-assessment is not inovasi's
    assert layer_of(SEED_DIR / "inovasi_indikator_contoh.csv") == "inovasi_indikator"
    assert layer_of(SEED_DIR / "inovasi.csv") == "inovasi"


def test_iid_seed_files_are_what_their_script_builds(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location(
        "build_iid_seed", REPO_ROOT / "scripts" / "build_iid_seed.py"
    )
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    counts = script.build(tmp_path)
    assert counts == {
        "iid_aturan": 1,
        "iid_indikator": 39,
        "inovasi_indikator_contoh": 200,
        "iid_spd_contoh": 19,
    }
    for name in counts:
        assert (tmp_path / f"{name}.csv").read_bytes() == (SEED_DIR / f"{name}.csv").read_bytes(), name


def test_the_iid_seed_holds_the_2023_rules_and_labels_its_examples(seeded: Path) -> None:
    aturan = read_rows("iid_aturan", seeded).set_index("tahun").loc[2023]
    assert (aturan.skor_total_maks, aturan.skor_spd_maks, aturan.skor_sid_maks) == (250, 63, 111)
    assert (aturan.pembagi_min, aturan.skor_per_inovasi, aturan.jumlah_inovasi_maks) == (10, 0.38, 200)
    assert (aturan.batas_sangat_inovatif, aturan.batas_inovatif) == (60.01, 35)
    assert len(aturan.urusan_wajib.split("; ")) == 6 and not aturan.syarat_urusan and not aturan.contoh
    assert "400.10.11/2704/SJ" in aturan.sumber
    assert set(aturan.aturan_belum_pasti.split("; ")) == {
        "skor_jumlah", "syarat_urusan", "skor_maks", "tahapan_dinilai", "profil_wajib"
    }  # fmt: skip

    indikator = read_rows("iid_indikator", seeded)
    sid = indikator[indikator.aspek == "sid"]
    assert sorted(sid.no_indikator.astype(int)) == list(range(16, 36))
    assert 3 * sid.bobot.sum() == aturan.skor_sid_maks  # DOMAIN: 3 × 37 = 111
    assert not sid.pasti.any() and not sid.contoh.any()  # a third-party transcription, not invented
    spd = indikator[indikator.aspek == "spd"]
    assert {"2a", "2b", "5a", "5b", "10a", "10b", "11a", "11b"} <= set(spd.no_indikator)
    assert spd.contoh.all() and "bobot 1 per baris adalah isian contoh" in spd.sumber.iloc[0]
    keys = set(read_rows("indikator", seeded).indikator)
    assert set(spd.statistik.dropna()) <= keys
    assert {"tingkat_pengangguran_terbuka", "persentase_penduduk_miskin", "ipm"} <= set(spd.statistik)

    penilaian = read_rows("inovasi_indikator", seeded)
    inovasi = read_rows("inovasi", seeded).set_index("inovasi_id")
    assert penilaian.contoh.all() and penilaian.sumber.str.contains("bukan penilaian nyata").all()
    assert (inovasi.loc[penilaian.inovasi_id.unique(), "tahapan"] == "penerapan").all()
    assert penilaian.groupby("inovasi_id").no_indikator.nunique().eq(20).all()
    assert penilaian.parameter.nunique() == 4
    bare = (penilaian.parameter > 0) & penilaian.bukti_file.isna() & penilaian.bukti_url.isna()
    assert bare.sum() >= 5

    spd_values = read_rows("iid_spd", seeded)
    assert set(spd_values.no_indikator) == set(spd.no_indikator) and spd_values.contoh.all()
    assert (spd_values.tahun == 2026).all()
    filled = spd_values.dropna(subset=["nilai_data"])
    assert len(filled) >= 5 and filled.sumber.str.contains("nilai_data: ").all()


def test_seed_files_are_what_the_script_builds_from_reference_and_sources(tmp_path: Path) -> None:
    # the curated records live in data/seed/sources/; an edit there (or in the reference) must be
    # followed by a rebuild, and the build is deterministic
    spec = importlib.util.spec_from_file_location("build_seed", REPO_ROOT / "scripts" / "build_seed.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    counts = script.build(REFERENCE, tmp_path)
    assert set(counts) == {"opd", "inovasi", "indikator", "potensi", "peluang_investasi"}
    for name in counts:
        assert (tmp_path / f"{name}.csv").read_bytes() == (SEED_DIR / f"{name}.csv").read_bytes(), name


def test_every_layer_is_filled_and_every_row_has_a_source(seeded: Path) -> None:
    for layer in (*LAYERS, "opd"):
        rows = read_rows(layer, seeded)
        assert len(rows) > 0, layer
        assert rows.sumber.fillna("").str.strip().ne("").all(), layer
    assert len(read_rows("inovasi", seeded)) == 35


def test_opportunities_without_a_real_source_are_flagged_as_examples(seeded: Path) -> None:
    peluang = read_rows("peluang_investasi", seeded)
    assert peluang.contoh.all()
    # indikator: real figures, except the flagged example files (indikator_contoh_*.csv) that
    # demonstrate the sector, commodity, hierarchy and regional Klassen analyses
    indikator = read_rows("indikator", seeded)
    examples = pd.concat(
        [pd.read_csv(p, dtype={"kode_wilayah": str}) for p in sorted(SEED_DIR.glob("indikator_contoh_*.csv"))]
    )
    assert len(examples) > 0 and (examples.contoh == "ya").all()
    assert examples.sumber.str.contains("DATA CONTOH").all()
    assert indikator.contoh.sum() == len(examples)
    flagged = indikator[indikator.contoh]
    assert set(zip(flagged.kode_wilayah, flagged.indikator, strict=True)) == set(
        zip(examples.kode_wilayah, examples.indikator, strict=True)
    )
    example_keys = ("pdrb_adhk_", "nilai_produksi_", "fasilitas_", "pdrb_per_kapita")
    assert not indikator[~indikator.indikator.str.startswith(example_keys)].contoh.any()


def _statistik_codes(column: str, year: str | None) -> set[str]:
    """Kecamatan that ``statistik/kecamatan_penduduk_luas.csv`` gives a figure of ``column`` (and year)."""
    figures = pd.read_csv(REFERENCE / "statistik" / "kecamatan_penduduk_luas.csv", dtype=str)
    figures = figures[figures[column].notna() & (figures.kode_kemendagri.str.len() == 8)]
    if year is not None:
        figures = figures[figures.tahun == year]
    return set(figures.kode_kemendagri)


def test_population_and_area_match_the_cited_source_exactly(seeded: Path) -> None:
    stats = pd.read_csv(REFERENCE / "kecamatan_stats.csv", dtype={"kode": str})
    indikator = read_rows("indikator", seeded)
    checked = 0
    # the final SP2010 figures (4 kecamatan) sit beside the quick count the map uses for 2010
    for column, key, year, also in (
        ("luas_km2", "luas_wilayah", None, _statistik_codes("luas_km2", None)),
        ("penduduk_2010", "penduduk_sp2010_final", 2010, set()),
        ("penduduk_2020", "penduduk", 2020, _statistik_codes("penduduk", "2020")),
        ("jumlah_desa_kelurahan", "jumlah_desa_kelurahan", None, set()),
    ):
        for row in stats.dropna(subset=[column]).itertuples(index=False):
            match = indikator[(indikator.kode_wilayah == row.kode) & (indikator.indikator == key)]
            if year is not None:
                match = match[match.tahun == year]
            assert len(match) == 1, (row.kode, key, year)
            assert match.nilai.iloc[0] == float(getattr(row, column)), (row.kode, key)
            checked += 1
        # a missing figure stays missing unless the statistik reference gives it: no invented rows
        missing = set(stats[stats[column].isna()].kode) - also
        rows = indikator[(indikator.indikator == key) & indikator.kode_wilayah.isin(missing)]
        if year is not None:
            rows = rows[rows.tahun == year]
        assert rows.empty, (key, year)
    assert checked >= 22 + 4 + 4 + 6


def test_real_population_for_all_22_kecamatan_with_its_caveat(seeded: Path) -> None:
    """SP2010 hasil olah cepat: the map's 2010 population for all 22, marked preliminary."""
    figures = pd.read_csv(REFERENCE / "statistik" / "kecamatan_penduduk_luas.csv", dtype=str)
    quick = figures[
        figures.jenis_data.str.startswith("SP2010 hasil olah cepat")
        & (figures.kode_kemendagri.str.len() == 8)
    ]
    indikator = read_rows("indikator", seeded)
    rows = indikator[
        (indikator.indikator == "penduduk")
        & (indikator.tahun == 2010)
        & (indikator.kode_wilayah.str.len() == 8)
    ]
    assert len(rows) == 22 and not rows.contoh.any()
    assert dict(zip(rows.kode_wilayah, rows.nilai, strict=True)) == {
        r.kode_kemendagri: float(r.penduduk) for r in quick.itertuples()
    }
    assert rows.nilai.sum() == 1_116_010
    assert rows.catatan.str.contains("angka sementara: hasil olah cepat").all()
    assert rows.sumber.str.contains("lahdjirayhan/populasi-indonesia-kecamatan").all()
    # the final figure where one exists is kept beside it, and says which one the map uses
    final = indikator[
        (indikator.indikator == "penduduk_sp2010_final") & (indikator.kode_wilayah == "35.05.05")
    ]
    assert final.nilai.tolist() == [25011.0] and "peta penduduk 2010 memakai" in final.catatan.iloc[0]
    assert len(indikator[(indikator.indikator == "penduduk_laki_laki") & (indikator.tahun == 2010)]) == 22


def test_where_two_sources_disagree_both_are_kept_and_the_map_one_is_named(seeded: Path) -> None:
    indikator = read_rows("indikator", seeded).set_index(["kode_wilayah", "indikator", "tahun"])
    assert indikator.loc[("35.05.05", "penduduk", 2020)].nilai == 27340
    other = indikator.loc[("35.05.05", "penduduk_sumber_lain", 2020)]
    assert other.nilai == 27335 and "peta memakai 27.340" in other.catatan
    assert indikator.loc[("35.05.13", "luas_wilayah", 2020)].nilai == 119.54
    assert indikator.loc[("35.05.13", "luas_wilayah_sumber_lain", 2020)].nilai == 119.04
    assert indikator.loc[("35.05", "luas_wilayah_sumber_lain", 2024)].nilai == 1745.383
    assert "1.588,79" in indikator.loc[("35.05", "luas_wilayah_sumber_lain", 2024)].catatan
    # the kabupaten series: poverty, growth, IPM, IID
    for key, year, value in (
        ("persentase_penduduk_miskin", 2024, 8.16),
        ("laju_pertumbuhan_ekonomi", 2023, 4.45),
        ("ipm", 2020, 70.58),
        ("iid_skor", 2024, 72.59),
    ):
        assert indikator.loc[("35.05", key, year)].nilai == value, key


def test_no_example_row_where_a_real_figure_exists(seeded: Path) -> None:
    indikator = read_rows("indikator", seeded)
    real = set(zip(*(indikator[~indikator.contoh][c] for c in ("kode_wilayah", "indikator")), strict=True))
    example = set(zip(*(indikator[indikator.contoh][c] for c in ("kode_wilayah", "indikator")), strict=True))
    assert not real & example


def test_seeding_twice_changes_nothing(seeded: Path) -> None:
    before = len(history(seeded))
    assert seed_store(seeded, progress=lambda _m: None) == []
    assert len(history(seeded)) == before


def test_innovations_carry_the_projects_potential_tags(seeded: Path) -> None:
    # sources/inovasi_potensi.csv → the store: Biosaka stands behind agriculture and its own
    # demonstration plot, the OVOP visits behind UMKM and Kampung Iwak; adminduk supports nothing
    inovasi = read_rows("inovasi", seeded).set_index("nama_inovasi")
    biosaka = inovasi.loc["Elisitor Biosaka"]
    assert (biosaka.sektor_potensi, biosaka.potensi_terkait) == ("pertanian", "POT-0024")
    ovop = inovasi.loc["OVOP (One Village One Product) sambang desa"]
    assert (ovop.sektor_potensi, ovop.potensi_terkait) == ("industri_umkm", "POT-0007")
    adminduk = inovasi[inovasi.kode_opd == "DISPENDUKCAPIL"]
    assert len(adminduk) == 7
    assert adminduk.sektor_potensi.fillna("").eq("").all()
    assert adminduk.potensi_terkait.fillna("").eq("").all()


def test_a_tag_naming_an_unknown_potential_stops_the_build(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("build_seed", REPO_ROOT / "scripts" / "build_seed.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    sources = tmp_path / "sources"
    shutil.copytree(SEED_DIR / "sources", sources)
    tags = sources / "inovasi_potensi.csv"
    tags.write_text(tags.read_text(encoding="utf-8").replace("POT-0024", "POT-9999"), encoding="utf-8")
    with pytest.raises(SystemExit, match="POT-9999"):
        script.build(REFERENCE, tmp_path / "out", sources)


def _changed_seed(tmp_path: Path, layer: str, column: str, value: str) -> tuple[Path, dict]:
    """A copy of data/seed with one cell of the first row of ``<layer>.csv`` changed."""
    import csv
    import shutil

    from potensi.data.seed import SEED_DIR

    folder = tmp_path / "seed"
    shutil.copytree(SEED_DIR, folder)
    path = folder / f"{layer}.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    rows[0][column] = value
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return folder, rows[0]


def test_a_newer_seed_updates_the_seed_s_own_rows(seeded_copy: Path, tmp_path: Path) -> None:
    from potensi.data.seed import seed_store
    from potensi.data.tables import read_rows

    folder, row = _changed_seed(tmp_path, "opd", "singkatan", "Singkatan Baru")
    notes: list[str] = []
    made = seed_store(seeded_copy, folder, progress=notes.append)
    assert len(made) == 1, notes
    stored = read_rows("opd", seeded_copy).set_index("kode_opd")
    assert stored.loc[row["kode_opd"], "singkatan"] == "Singkatan Baru"
    assert seed_store(seeded_copy, folder, progress=notes.append) == []  # and only once


def test_a_newer_seed_never_overwrites_what_an_official_changed(seeded_copy: Path, tmp_path: Path) -> None:
    import pandas as pd

    from potensi.data.importer import import_as
    from potensi.data.seed import seed_store
    from potensi.data.tables import IMPORT_COLUMN, read_rows

    stored = read_rows("opd", seeded_copy)
    first = stored.iloc[0].drop(IMPORT_COLUMN).to_dict()
    first = {k: ("" if v is None or (isinstance(v, float) and pd.isna(v)) else v) for k, v in first.items()}
    first["aktif"] = "ya" if first["aktif"] else "tidak"
    first["contoh"] = "ya" if first["contoh"] else "tidak"
    official = pd.DataFrame([{**first, "singkatan": "Versi Petugas"}]).to_csv(index=False).encode()
    import_as("petugas", "opd", official, "koreksi_opd.csv", seeded_copy, replace=True)
    folder, _ = _changed_seed(tmp_path, "opd", "singkatan", "Versi Seed Baru")
    notes: list[str] = []
    assert seed_store(seeded_copy, folder, progress=notes.append) == []
    assert any("sudah diubah petugas" in n for n in notes), notes
    assert (
        read_rows("opd", seeded_copy).set_index("kode_opd").loc[first["kode_opd"], "singkatan"]
        == "Versi Petugas"
    )
