"""Texts shown beside results (catalogue entries), docstring examples, and the package's boundaries."""

from __future__ import annotations

import doctest
import importlib
import inspect
import subprocess
import sys

import pytest

import potensi.analysis as analysis
from potensi.analysis import CATATAN, LQ_CLASSES, METHOD_FUNCTIONS, PERINGATAN
from potensi.analysis.klassen import KLASSEN_REGIONAL_LABELS, KLASSEN_SECTORAL_LABELS
from potensi.analysis.lq import LQ_KELAS
from potensi.analysis.shift_share import ALLOCATION_TYPES
from potensi.i18n import CATALOGUE, LANGS

REQUIRED_KEYS = (
    "lq",
    "dlq",
    "shift_share",
    "klassen_sektoral",
    "klassen_regional",
    "skalogram",
    "marshall",
    "indeks_komposit",
)
FIELDS = ("title", "formula", "latex", "reading")
MODULES = ("lq", "shift_share", "klassen", "scalogram", "composite", "results")


def _both_languages(key: str) -> None:
    assert key in CATALOGUE, key
    for lang in LANGS:
        assert CATALOGUE[key].get(lang, "").strip(), f"{key} is empty in {lang}"


def test_method_docs_cover_every_method() -> None:
    assert set(REQUIRED_KEYS) <= set(METHOD_FUNCTIONS)
    for key, function in METHOD_FUNCTIONS.items():
        for field in FIELDS:
            _both_languages(f"an_doc_{key}_{field}")
        assert callable(getattr(analysis, function)), key


def test_reasons_have_both_languages() -> None:
    for key in CATATAN:
        _both_languages(f"catatan_{key}")
    assert PERINGATAN <= set(CATATAN)


def test_every_class_code_has_a_name_in_both_languages() -> None:
    for code in LQ_KELAS.values():
        _both_languages(f"lq_kelas_{code}")
    for table, prefix in (
        (LQ_CLASSES, "lq_klasifikasi_"),
        (KLASSEN_SECTORAL_LABELS, "klassen_sektoral_"),
        (KLASSEN_REGIONAL_LABELS, "klassen_regional_"),
    ):
        for code in table.klasifikasi:
            _both_languages(f"{prefix}{code}")
    for code in ALLOCATION_TYPES.tipe_alokasi:
        _both_languages(f"tipe_alokasi_{code}")


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


def test_analysis_is_free_of_labels() -> None:
    # pure maths: codes only; the catalogue names them above this package
    code = "import sys, potensi.analysis; sys.exit('potensi.i18n' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
