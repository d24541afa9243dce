"""Every table a page shows with ``st.dataframe`` is safe to download from its toolbar.

Streamlit's "Download as CSV" writes the values the page passed, raw; so imported
formula text (``=HYPERLINK(…)``, ``+cmd|…``, ``@SUM(…)``, ``-2+3``, see
:mod:`tests.hostile`) must reach ``st.dataframe`` with a leading apostrophe. Each test
drives a page over a copy of the seeded store holding such text and reads every frame
the page passed to ``st.dataframe``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from potensi.core.config import REPO_ROOT
from potensi.data.schema import TABLES
from potensi.data.tables import read_rows
from tests.app.directions import choose_all_directions
from tests.hostile import HOSTILE_FILENAME, HOSTILE_KECAMATAN, PAYLOADS, dangerous_cells, make_hostile

APP = str(REPO_ROOT / "dashboard.py")


@pytest.fixture()
def hostile(seeded_copy: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    make_hostile(seeded_copy)
    monkeypatch.setenv("PETA_STORE", str(seeded_copy))
    return seeded_copy


def cells(frame: pd.DataFrame) -> list[object]:
    """Headers and cells: what the toolbar's CSV holds."""
    return [*frame.columns, *frame.to_numpy().ravel()]


def shown(app: AppTest) -> list[object]:
    assert not app.exception
    assert app.dataframe, "the page showed no table"
    return [value for table in app.dataframe for value in cells(table.value)]


def open_page(page: str, **query: str) -> AppTest:
    app = AppTest.from_file(APP, default_timeout=120)
    app.query_params.update(query)
    app.switch_page(page).run()
    assert not app.exception
    return app


def test_data_page_tables_and_history_are_neutralised(hostile: Path) -> None:
    app = open_page("pages/data.py")
    seen: list[object] = []
    for layer in TABLES:
        app.selectbox(key="data_layer").set_value(layer).run()
        seen += shown(app)
    assert dangerous_cells(seen) == []
    assert {"'" + p for p in PAYLOADS} | {"'" + HOSTILE_FILENAME} <= set(seen)


def test_inovasi_registry_is_neutralised(hostile: Path) -> None:
    seen = shown(open_page("pages/inovasi.py"))
    assert dangerous_cells(seen) == []
    assert {"'" + p for p in PAYLOADS} & set(seen)


def test_profil_lists_are_neutralised(hostile: Path) -> None:
    potensi = read_rows("potensi", hostile)
    code = str(potensi[potensi.isin(PAYLOADS).any(axis=1)].kecamatan.iloc[0])
    seen = shown(open_page("pages/profil.py", kecamatan=code))
    assert dangerous_cells(seen) == []
    assert {"'" + p for p in PAYLOADS} & set(seen)


def test_peta_desa_table_is_neutralised(hostile: Path) -> None:
    seen = shown(open_page("pages/peta.py", kecamatan=HOSTILE_KECAMATAN[0]))
    assert dangerous_cells(seen) == []
    assert "'" + PAYLOADS[1] in seen


@pytest.mark.parametrize("method", ["indeks", "komoditas", "hierarki", "klassen_wilayah"])
def test_analisis_tables_are_neutralised(hostile: Path, method: str) -> None:
    app = open_page("pages/analisis.py")
    app.segmented_control(key="an_metode").set_value(method).run()
    if method == "indeks":
        choose_all_directions(app)
    seen = shown(app)
    assert dangerous_cells(seen) == []
    assert "'" + HOSTILE_KECAMATAN[1] in seen


def test_no_page_calls_st_dataframe_itself() -> None:
    """A new table cannot skip the rule: st.dataframe is called in ui/tables.py only."""
    calls = re.compile(r"\bst\.dataframe\(")
    sources = [REPO_ROOT / "dashboard.py", *(REPO_ROOT / "pages").rglob("*.py")]
    sources += (REPO_ROOT / "ui").rglob("*.py")
    offenders = [
        str(path.relative_to(REPO_ROOT))
        for path in sorted(sources)
        if path != REPO_ROOT / "ui" / "tables.py" and calls.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
