"""Every table and every text of every page and Analisis method, in English.

The browser walk (tests/e2e/test_english.py, marked ``slow``: ``make test-all``) reads what
Chromium draws, maps and charts included, but a data grid only as far as its drawn rows;
here each page's ``st.dataframe`` and ``st.table`` is read in full (header, index and
every text cell), and every title, markdown, caption, alert, metric and widget label and
option, through AppTest, and checked for Indonesian words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from potensi.core.config import REPO_ROOT
from tests import indonesian
from ui.analisis import available
from ui.analisis.sektor import SUBMETHODS
from ui.router import PAGES

APP = str(REPO_ROOT / "dashboard.py")
#: the Data page's grid shows the store's rows as stored (see tests/e2e/test_english.py)
AS_STORED = {"data"}


def _text(frame: pd.DataFrame) -> str:
    """Everything a reader sees of a table: column names, index labels, text cells."""
    parts = [" ".join(map(str, c)) if isinstance(c, tuple) else str(c) for c in frame.columns]
    if not isinstance(frame.index, pd.RangeIndex):
        parts += [str(i) for i in frame.index]
    for column in frame.columns:
        parts += [str(v) for v in frame[column] if isinstance(v, str)]
    return "\n".join(parts)


def _views(app: AppTest) -> Iterator[str]:
    """Switch to every page, every Analisis method and sector sub-method; yield a name."""
    for name, _, _ in PAGES:
        app.switch_page(f"pages/{name}.py").run()
        yield name
        if name == "peluang":  # an opportunity's detail view: its all-fields table
            app.multiselect(key="f_kecamatan").set_value([]).run()  # every opportunity listed
            app.selectbox(key="peluang_detail").set_value("PI-CONTOH-02").run()
            yield "peluang-detail"
        if name == "analisis":
            for method in available()[1:]:
                app.segmented_control(key="an_metode").set_value(method).run()
                if method == "sektor":
                    for sub in SUBMETHODS:
                        app.radio(key="an_sek_metode").set_value(sub).run()
                        yield f"analisis-sektor-{sub}"
                else:
                    yield f"analisis-{method}"


def _texts(app: AppTest) -> Iterator[str]:
    """What a reader reads outside the tables: titles, markdown, captions, alerts, metrics,
    widget labels and options; as drawn (HTML tags and markdown escapes taken out)."""
    for group in (app.title, app.header, app.subheader, app.markdown, app.caption, app.info, app.warning,
                  app.error, app.success):  # fmt: skip
        for element in group:
            yield str(element.value)
    for metric in app.metric:
        yield f"{metric.label} {metric.value}"
    widgets = [*app.selectbox, *app.radio, *app.multiselect, *app.button, *app.text_input, *app.checkbox,
               *app.number_input, *app.toggle, *app.text_area]  # fmt: skip
    for widget in widgets:
        yield str(getattr(widget, "label", "") or "")
        yield from (str(option) for option in getattr(widget, "options", None) or [])


def _as_drawn(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", re.sub(r"<[^>]+>", " ", text))


def test_every_table_and_text_reads_in_english(seeded_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PETA_STORE", str(seeded_copy))
    find = indonesian.detector(seeded_copy)
    app = AppTest.from_file(APP, default_timeout=120)
    app.query_params.update({"lang": "en", "kecamatan": "35.05.05"})
    app.run()
    left: dict[str, list[str]] = {}
    tables = texts = 0
    for view in _views(app):
        assert not app.exception, view
        if view in AS_STORED:
            continue
        for frame in [*app.dataframe, *app.table]:
            tables += 1
            if found := find(_text(frame.value)):
                left.setdefault(view, []).extend(found)
        for text in _texts(app):
            texts += 1
            if found := find(_as_drawn(text)):
                left.setdefault(view, []).extend(found)
    assert tables >= 14 and texts > 500  # the walk did reach the tables and the pages' texts
    assert left == {}
