"""Investor briefs: one A4 PDF per investment opportunity or per kecamatan, in
Indonesian or English, for officials to leave behind after a presentation.

Built from the same presenters as the pages (:mod:`potensi.views.peluang`,
:mod:`potensi.views.profil`), so a brief never says something the dashboard does not.
Pure Python (fpdf2, segno, matplotlib): no system libraries, works offline; the CLI
(``python -m potensi brief …``) and the pages' download buttons call the same functions.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from potensi.core.store import Boundaries, load_boundaries
from potensi.data.tables import read_rows

#: the store's data layers a brief reads (the same the pages load)
DATA_LAYERS = ("indikator", "potensi", "peluang_investasi", "inovasi", "opd")


def load_store(store: Path | None = None) -> tuple[Boundaries, dict[str, pd.DataFrame]]:
    """Boundaries and data layers of the store, as the pages have them."""
    return load_boundaries(store), {layer: read_rows(layer, store) for layer in DATA_LAYERS}
