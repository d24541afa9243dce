"""The choropleth of one indicator over the kecamatan: values, classes, legend texts.

Every page with a kecamatan map (Peta, Profil, Peluang, Inovasi) colours it the
same way, so the legend of an indicator reads the same on all of them.
"""

from __future__ import annotations

from collections.abc import Mapping

import geopandas as gpd
import pandas as pd

from potensi.data.indicators import indicator_values
from potensi.i18n import Lang, t
from potensi.viz.maps import Choropleth
from potensi.viz.style import SEQUENTIAL, SEQUENTIAL_CB, classify


def choropleth_for(
    kecamatan: gpd.GeoDataFrame,
    indicator: str,
    lang: Lang,
    data: Mapping[str, pd.DataFrame] | None = None,
    year: int | None = None,
    method: str = "quantiles",
    colour_blind_safe: bool = False,
) -> Choropleth:
    """Values, classes and labels of one indicator over the kecamatan."""
    found = indicator_values(indicator, kecamatan, data or {}, lang, year)
    # the data's year first: after a source named "Publisher, Title (year)" a second
    # "(year)" read as the source's own
    source = (f"{found.year} · " if found.year else "") + found.source
    # how much of the map is real data, and the caveat its rows share (angka sementara …)
    source += f"; {found.real_text(lang)}" + (f"; {found.caveat}" if found.caveat else "")
    return Choropleth(
        values=found.values,
        classes=classify(found.values, method, colours=SEQUENTIAL_CB if colour_blind_safe else SEQUENTIAL),
        title=found.label,
        unit=found.unit,
        decimals=found.decimals,
        source=f"{source}; {t(f'classifier_{method}', lang).lower()}",
        example=found.example,
    )
