"""Regional economic potential methods (DOMAIN.md §2) as pure functions on pandas tables.

=========================  ===========================================================
method (METHOD_FUNCTIONS)  functions
=========================  ===========================================================
lq                         :func:`location_quotient`
dlq                        :func:`dynamic_location_quotient`, :func:`dlq_from_growth`
klasifikasi_lq             :func:`lq_classification` (SLQ × DLQ)
shift_share                :func:`shift_share` (classic; ``esteban_marquillas=True``)
klassen_sektoral           :func:`klassen_sectoral`
klassen_regional           :func:`klassen_regional`, :func:`klassen_from_values`
skalogram                  :func:`guttman_scalogram`, :func:`assign_orders`
marshall                   :func:`marshall_centrality`
indeks_komposit            :func:`normalise`, :func:`composite_index`
ahp                        :func:`ahp_weights`, :func:`pairwise_matrix`, :func:`combine_pairwise`
=========================  ===========================================================

Conventions shared by every method:

* input tables may be long or wide, with or without years; column names are
  parameters (``region_col="kode"``, ``item_col="sektor"``, ``value_col="nilai"``,
  ``year_col="tahun"``);
* a value that cannot be computed is NaN and its row says why in ``kode_catatan``
  (keys of :data:`CATATAN`) and ``rincian_catatan`` (their details, see :func:`note_items`);
  missing input stays missing ("data tidak tersedia"), never 0;
* results carry codes only (class codes such as ``basis`` or ``unggulan``, quadrants,
  orders, item keys), never labels in either language: the presenters in
  :mod:`potensi.views.analisis` put them into words from the :mod:`potensi.i18n` catalogue;
* totals default to sums of rows but can be given (``region_totals``,
  ``reference_totals``) to reproduce a published table exactly;
* invalid input raises :class:`AnalysisError` (a :class:`potensi.core.errors.PotensiError`)
  with an Indonesian message saying what to fix.

This package never imports streamlit nor :mod:`potensi.i18n`.
"""

from potensi.analysis.composite import (
    MAX_CR,
    RANDOM_INDEX,
    ahp_weights,
    combine_pairwise,
    composite_index,
    normalise,
    pairwise_matrix,
)
from potensi.analysis.errors import AHPInconsistent, AnalysisError
from potensi.analysis.klassen import (
    KLASSEN_REGIONAL_LABELS,
    KLASSEN_SECTORAL_LABELS,
    klassen_from_values,
    klassen_regional,
    klassen_sectoral,
)
from potensi.analysis.lq import (
    LQ_CLASSES,
    dlq_from_growth,
    dynamic_location_quotient,
    location_quotient,
    lq_classification,
)
from potensi.analysis.methods import METHOD_FUNCTIONS
from potensi.analysis.results import (
    CATATAN,
    PERINGATAN,
    AHPResult,
    CompositeResult,
    MarshallResult,
    ScalogramResult,
    note_items,
)
from potensi.analysis.scalogram import (
    assign_orders,
    guttman_errors,
    guttman_scalogram,
    marshall_centrality,
    sturges,
)
from potensi.analysis.shift_share import ALLOCATION_TYPES, shift_share

__all__ = [
    "ALLOCATION_TYPES",
    "CATATAN",
    "KLASSEN_REGIONAL_LABELS",
    "KLASSEN_SECTORAL_LABELS",
    "LQ_CLASSES",
    "MAX_CR",
    "METHOD_FUNCTIONS",
    "PERINGATAN",
    "RANDOM_INDEX",
    "AHPInconsistent",
    "AHPResult",
    "AnalysisError",
    "CompositeResult",
    "MarshallResult",
    "ScalogramResult",
    "ahp_weights",
    "assign_orders",
    "combine_pairwise",
    "composite_index",
    "dlq_from_growth",
    "dynamic_location_quotient",
    "guttman_errors",
    "guttman_scalogram",
    "klassen_from_values",
    "klassen_regional",
    "klassen_sectoral",
    "location_quotient",
    "lq_classification",
    "marshall_centrality",
    "normalise",
    "note_items",
    "pairwise_matrix",
    "shift_share",
    "sturges",
]
