"""UI text in Bahasa Indonesia (default) and English.

Streamlit has no i18n of its own. Each page keeps its texts in its own module here
(so pages can grow independently) and they are merged into one catalogue; a test
fails when a key is missing in either language or defined by two modules.
"""

from __future__ import annotations

from typing import Literal

from potensi.i18n import (
    admin,
    analisis,
    analisis_docs,
    analisis_hasil,
    analisis_hierarki,
    analisis_klassen_wilayah,
    analisis_komoditas,
    analisis_sektor,
    cetak,
    common,
    data,
    data_values,
    dukungan,
    iid,
    inovasi,
    kelola,
    peluang,
    peta,
    profil,
    sources,
    tematik,
    tentang,
)

Lang = Literal["id", "en"]
LANGS: tuple[Lang, ...] = ("id", "en")
MODULES = (
    common,
    peta,
    profil,
    peluang,
    inovasi,
    iid,
    analisis,
    analisis_hasil,
    analisis_docs,
    analisis_sektor,
    analisis_komoditas,
    analisis_hierarki,
    analisis_klassen_wilayah,
    data,
    data_values,
    kelola,
    tentang,
    sources,
    admin,
    cetak,
    dukungan,
    tematik,
)

CATALOGUE: dict[str, dict[Lang, str]] = {}
for _module in MODULES:
    CATALOGUE.update(_module.TEXTS)  # type: ignore[arg-type]


def duplicate_keys() -> set[str]:
    """Keys defined by more than one module (the test keeps this empty)."""
    seen: set[str] = set()
    duplicates: set[str] = set()
    for module in MODULES:
        duplicates |= seen & set(module.TEXTS)
        seen |= set(module.TEXTS)
    return duplicates


def t(key: str, lang: Lang = "id", **values: object) -> str:
    """The text for ``key`` in ``lang``, with ``{placeholders}`` filled in."""
    text = CATALOGUE[key][lang]
    return text.format(**values) if values else text
