"""Texts shown beside results, docstring examples, and the package's boundaries."""

from __future__ import annotations

import doctest
import importlib
import inspect
import subprocess
import sys

import pytest

import potensi.analysis as analysis
from potensi.analysis import CATATAN, METHOD_DOCS, PERINGATAN

REQUIRED_KEYS = ("lq", "dlq", "shift_share", "klassen_sektoral", "klassen_regional", "skalogram", "marshall",
                 "indeks_komposit")
FIELDS = ("judul", "title", "rumus", "cara_membaca", "how_to_read", "fungsi")
MODULES = ("lq", "shift_share", "klassen", "scalogram", "composite")


def test_method_docs_cover_every_method() -> None:
    assert set(REQUIRED_KEYS) <= set(METHOD_DOCS)
    for key, doc in METHOD_DOCS.items():
        for field in FIELDS:
            assert doc.get(field, "").strip(), f"{key}.{field} is empty"
        assert callable(getattr(analysis, doc["fungsi"])), key


def test_reasons_have_both_languages() -> None:
    for key, texts in CATATAN.items():
        assert texts["id"].strip() and texts["en"].strip(), key
    assert PERINGATAN <= set(CATATAN)


def test_public_functions_are_documented() -> None:
    for name in analysis.__all__:
        obj = getattr(analysis, name)
        if inspect.isfunction(obj):
            doc = inspect.getdoc(obj) or ""
            assert len(doc) > 80, name
            assert "Examples" in doc or ">>>" in doc, f"{name} has no example"


@pytest.mark.parametrize("module", MODULES)
def test_docstring_examples_run(module: str) -> None:
    mod = importlib.import_module(f"potensi.analysis.{module}")
    result = doctest.testmod(mod, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0
    assert result.failed == 0


def test_analysis_never_imports_streamlit() -> None:
    code = "import sys, potensi.analysis; sys.exit('streamlit' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
