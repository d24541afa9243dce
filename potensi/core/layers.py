"""Names of the data layers, and the map's short names for the ones drawn as points.

The store's tables are ``indikator``, ``potensi``, ``peluang_investasi``,
``inovasi`` and ``opd``; the map, the sidebar and the URL call the point layers
``potensi``, ``peluang`` and ``inovasi``. The alias lives here once (it was
written in three page modules before).
"""

from __future__ import annotations

#: map layer (URL, sidebar) → store table, for the layers drawn as points
POINT_LAYERS: dict[str, str] = {"potensi": "potensi", "peluang": "peluang_investasi", "inovasi": "inovasi"}
#: the store tables behind the point layers and the count indicators
POINT_TABLES: tuple[str, ...] = tuple(POINT_LAYERS.values())
#: prefix of the indicator that counts a point layer's rows per kecamatan ("count_peluang")
COUNT_PREFIX = "count_"


def table_of(layer: str) -> str:
    """The store table of a map layer ("peluang" → "peluang_investasi"); tables map to themselves."""
    return POINT_LAYERS.get(layer, layer)


def count_indicators() -> dict[str, str]:
    """Count indicator key → store table ("count_peluang" → "peluang_investasi")."""
    return {COUNT_PREFIX + layer: table for layer, table in POINT_LAYERS.items()}
