"""Which function of :mod:`potensi.analysis` computes each method a page explains.

The keys name the methods everywhere: the texts beside a result (title, formula,
how to read it) are catalogue entries ``an_doc_<key>_<field>`` in :mod:`potensi.i18n`,
kept out of this package because it is pure maths and labels are applied above it.
"""

from __future__ import annotations

#: method key → name of the function that computes it
METHOD_FUNCTIONS: dict[str, str] = {
    "lq": "location_quotient",
    "dlq": "dynamic_location_quotient",
    "klasifikasi_lq": "lq_classification",
    "shift_share": "shift_share",
    "klassen_sektoral": "klassen_sectoral",
    "klassen_regional": "klassen_regional",
    "skalogram": "guttman_scalogram",
    "marshall": "marshall_centrality",
    "indeks_komposit": "composite_index",
    "ahp": "ahp_weights",
}
