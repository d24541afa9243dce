"""The Analisis page's methods, one module each, each with ``render(page)``.

The page lists :data:`METHODS` in this order and shows the ones whose module exists,
so a method is added by writing its module (and its ``analisis_metode_<name>``
label in :mod:`potensi.i18n`), without touching the page.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable

from ui.page import PageContext

#: indeks: composite index; sektor: LQ/DLQ, shift-share, Klassen (kabupaten vs provinsi);
#: komoditas: LQ of kecamatan vs kabupaten; hierarki: skalogram and Marshall centrality;
#: klassen_wilayah: regional Klassen typology of the kecamatan
METHODS = ("indeks", "sektor", "komoditas", "hierarki", "klassen_wilayah")
#: the sidebar controls a method acts on (``ui.page.start(controls=…)``); the others
#: use none: they choose their own kecamatan, years and indicators on the page
SIDEBAR_CONTROLS = {"indeks": frozenset({"klasifikasi"})}  # its map's colour classes


def sidebar_controls(name: str) -> frozenset[str]:
    """The sidebar controls that act on method ``name``."""
    return SIDEBAR_CONTROLS.get(name, frozenset())


def available() -> list[str]:
    """Methods whose module is present."""
    return [name for name in METHODS if importlib.util.find_spec(f"ui.analisis.{name}") is not None]


def renderer(name: str) -> Callable[[PageContext], None]:
    """The ``render`` function of method ``name``."""
    return importlib.import_module(f"ui.analisis.{name}").render
