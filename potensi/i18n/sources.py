"""Texts of the source labels every page shows (``potensi/data/sources.py``)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "source_mirror": {"id": "salinan daring", "en": "online copy"},
    "source_mirror_unknown": {
        "id": "salinan daring dokumen (penerbit tidak tercatat)",
        "en": "online copy of a document (publisher not recorded)",
    },
    # the data page's import history names the seed's batches by what they hold
    "data_seed_batch": {"id": "data awal Peta Potensi: {name}", "en": "Peta Potensi starting data: {name}"},
    "source_internal_notes": {"id": "catatan riset Peta Potensi", "en": "Peta Potensi research notes"},
}
