"""Numbers in every dashboard table read the way the page's language writes them (issue 13.5).

Before, ``st.dataframe`` drew the map page's desa areas as ``10.31`` and the Data page's
figures as ``1588.79``/``1116639`` on Indonesian pages: it formats by the browser's
locale, not by the language switch. :mod:`ui.tables` now hands it a Styler whose text
comes from :mod:`potensi.core.formatting`; these tests read that text (what the grid
draws) and the values beneath it (what it sorts), on the real Blitar store.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from streamlit import dataframe_util
from streamlit.testing.v1 import AppTest

from potensi.core.config import REPO_ROOT
from potensi.core.store import load_layer

APP = str(REPO_ROOT / "dashboard.py")
BAKUNG = "35.05.13"


@pytest.fixture()
def seeded_env(seeded_store: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PETA_STORE", str(seeded_store))
    return seeded_store


def drawn(table: object) -> pd.DataFrame:
    """The text the grid draws over each cell (the Styler's display values)."""
    shown = table.proto.arrow_data.styler.display_values  # type: ignore[attr-defined]
    assert shown, "the table carries no display text: numbers are drawn by the browser's locale"
    return dataframe_util.convert_arrow_bytes_to_pandas_df(shown)


def decimal(value: float, lang: str) -> str:
    """``12.29`` as each language writes it, spelled out by hand (values below 1000)."""
    whole, fraction = f"{value:.2f}".split(".")
    return f"{whole},{fraction}" if lang == "id" else f"{whole}.{fraction}"


def open_page(page: str, lang: str, **query: str) -> AppTest:
    app = AppTest.from_file(APP, default_timeout=120)
    app.query_params.update({"lang": lang, **query})
    app.switch_page(page).run()
    assert not app.exception
    return app


def test_table_helper_draws_language_text_over_numbers() -> None:
    """ui.tables.localised: the display text per language, the data untouched."""
    from ui.tables import localised

    frame = pd.DataFrame(
        {
            "Luas (km²)": [10.8, 10.31],
            "Tahun": [2020, 2024],
            "Nama": ["=A1", "Wlingi"],
            "Desa": pd.array([None, "Kalitengah"], dtype="str"),
        }
    )
    for lang, expected in (("id", ["10,80", "10,31"]), ("en", ["10.80", "10.31"])):
        styler = localised(frame, lang, decimals=2)
        text = styler._translate(False, False)["body"]  # what Streamlit marshals as display values
        assert [row[1]["display_value"] for row in text] == expected
        assert [row[2]["display_value"] for row in text] == ["2020", "2024"]
        assert [row[4]["display_value"] for row in text] == ["–", "Kalitengah"]  # never "nan"
        assert styler.data["Luas (km²)"].tolist() == [10.8, 10.31]  # still numbers: sorts as numbers
        assert styler.data["Nama"].tolist() == ["'=A1", "Wlingi"]  # still neutralised


@pytest.mark.parametrize("lang", ["id", "en"])
def test_map_page_desa_table_areas_in_the_page_language(seeded_env: Path, lang: str) -> None:
    app = open_page("pages/peta.py", lang, kecamatan=BAKUNG)
    [table] = app.dataframe
    desa = load_layer("desa", seeded_env)
    expected = [decimal(v, lang) for v in desa[desa.kode_kec == BAKUNG].sort_values("kode").luas_km2]
    area = [c for c in table.value.columns if "km²" in c][0]
    assert drawn(table)[area].tolist() == expected
    assert pd.api.types.is_float_dtype(table.value[area])  # sorting stays numeric


@pytest.mark.parametrize(
    ("lang", "area", "population"), [("id", "1.588,79", "1.116.639"), ("en", "1,588.79", "1,116,639")]
)
def test_data_page_figures_in_the_page_language(
    seeded_env: Path, lang: str, area: str, population: str
) -> None:
    app = open_page("pages/data.py", lang)
    app.selectbox(key="data_layer").set_value("indikator").run()
    table = app.dataframe[0]
    rows, text = table.value, drawn(table)
    kabupaten = (rows.kode_wilayah == "35.05").to_numpy()
    luas = (kabupaten & (rows.indikator == "luas_wilayah")).to_numpy()
    penduduk = (kabupaten & (rows.indikator == "penduduk") & (rows.tahun == 2010)).to_numpy()
    assert text.nilai[luas].tolist() == [area] and text.nilai[penduduk].tolist() == [population]
    assert set(text.tahun) <= {str(year) for year in range(1990, 2031)}  # 2024, never 2.024
    assert rows.nilai.dtype == float and rows.tahun.dtype.kind == "i"
