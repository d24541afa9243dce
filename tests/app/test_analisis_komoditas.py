"""The Analisis page's commodity method: table, map, matrix, download and save."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from potensi.data.tables import read_rows
from potensi.views.analisis.komoditas import LQ_PREFIX
from tests.app.accounts import sign_in_as_editor


@pytest.fixture()
def app(analisis_app: AppTest) -> AppTest:
    return analisis_app


def test_komoditas_table_map_matrix_download_and_save(app: AppTest, seeded_copy: Path) -> None:
    app.segmented_control(key="an_metode").set_value("komoditas").run()
    assert not app.exception
    assert "DATA CONTOH" in app.warning[0].value
    table = app.dataframe[0].value
    assert len(table) == 22 and table["Nama"].iloc[0] == "Ponggok"  # telur, highest LQ first
    assert "DLQ 2022–2023" in table.columns and "dua tahun" in app.info[0].value
    assert len(app.get("plotly_chart")) == 1  # the heatmap
    assert [b.key for b in app.get("download_button")] == ["an_kom_download"]
    app.selectbox(key="an_kom_komoditas").set_value("ikan").run()
    assert not app.exception
    assert app.dataframe[0].value["Nama"].iloc[0] in {"Wonotirto", "Panggungrejo", "Bakung", "Wates"}
    sign_in_as_editor(app)
    app.button(key="an_kom_save").click().run()
    assert not app.exception and f"{LQ_PREFIX}ikan" in app.success[0].value
    saved = read_rows("indikator", seeded_copy).query(f"indikator == '{LQ_PREFIX}ikan'")
    assert len(saved) == 22 and saved.contoh.all()


def test_komoditas_runs_on_a_real_bps_production_table_first(
    seeded_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a BPS production table is imported, the method offers the volume basis first
    (real data), computes on it, and says its input is real; the example values stay a choice."""
    import functools

    from potensi.core.config import REPO_ROOT
    from potensi.data.bps_sektor import ProductionOptions, read_production, sector_reader
    from potensi.data.importer import import_as, load_context

    index = load_context(seeded_copy).wilayah
    read = functools.partial(read_production, options=ProductionOptions(), index=index)
    content = (REPO_ROOT / "tests/fixtures/sektor/produksi_tanaman_pangan.csv").read_bytes()
    content = content.replace("…".encode(), b"-")
    import_as("editor_uji", "indikator", content, "produksi.csv", seeded_copy, reader=sector_reader(read))
    monkeypatch.setenv("PETA_STORE", str(seeded_copy))
    app = AppTest.from_file(str(REPO_ROOT / "dashboard.py"), default_timeout=120).run()
    app.switch_page("pages/analisis.py").run()
    app.segmented_control(key="an_metode").set_value("komoditas").run()
    assert not app.exception
    basis = app.radio(key="an_kom_basis")
    assert basis.value == "volume" and basis.options[0] == "volume produksi (ton, tabel BPS)"
    assert not app.warning  # no example input in this result
    inputs = next(m.value for m in app.markdown if "Masukan metode ini" in m.value)
    assert "Produksi komoditas per kecamatan 2023: data nyata (sumber: BPS Kabupaten Blitar" in inputs
    assert app.selectbox(key="an_kom_komoditas").options == ["jagung", "kedelai", "padi"]
    app.radio(key="lang").set_value("en").run()
    assert app.selectbox(key="an_kom_komoditas").options == ["maize", "soybean", "rice"]
    assert any("Commodity production by district 2023: real data" in m.value for m in app.markdown)
    app.radio(key="lang").set_value("id").run()
    basis = app.radio(key="an_kom_basis")
    basis.set_value("nilai").run()
    assert not app.exception and "DATA CONTOH" in app.warning[0].value


def test_a_production_table_with_a_not_available_cell_still_draws(
    seeded_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fixture as BPS writes it: one '…' leaves the kabupaten total and so every LQ
    undefined; the page says so and its map draws with no class (it crashed on an empty
    legend before)."""
    import subprocess
    import sys

    from potensi.core.config import REPO_ROOT

    FIXTURE = "tests/fixtures/sektor/produksi_tanaman_pangan.csv"  # noqa: N806

    done = subprocess.run(
        [sys.executable, "-m", "potensi", "data", "import-bps", FIXTURE, "--jenis", "produksi",
         "--store", str(seeded_copy)],
        cwd=REPO_ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    monkeypatch.setenv("PETA_STORE", str(seeded_copy))
    app = AppTest.from_file(str(REPO_ROOT / "dashboard.py"), default_timeout=120).run()
    app.switch_page("pages/analisis.py").run()
    app.segmented_control(key="an_metode").set_value("komoditas").run()
    assert not app.exception, app.exception
