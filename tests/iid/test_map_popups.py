"""The map's potential popups say which innovations stand behind each point (issue 18.5).

The popup is drawn by the browser from the point's facts (potensi/viz/js/point_layer.js,
each fact escaped by escape.js); these tests check the facts the rule puts there, on
the real seeded store, and that the main page's map carries them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from potensi.core.layers import POINT_TABLES
from potensi.core.store import Boundaries, load_boundaries
from potensi.data.tables import read_rows
from potensi.iid.coverage import support_names
from potensi.views.peta import view_map, view_of
from potensi.views.state import ViewState
from potensi.viz.display import display_for
from potensi.viz.points import point_features

HOSTILE = "<img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def boundaries(seeded_store: Path) -> Boundaries:
    return load_boundaries(seeded_store)


@pytest.fixture(scope="module")
def data(seeded_store: Path) -> dict[str, pd.DataFrame]:
    return {layer: read_rows(layer, seeded_store) for layer in ("indikator", *POINT_TABLES)}


def _facts_by_name(layer_data: dict) -> dict[str, list[str]]:
    # rows: lon, lat, category, name, kecamatan, approximate place, facts, example
    return {row[3]: list(row[6] or []) for row in layer_data["rows"]}


def test_each_potential_popup_names_the_innovations_behind_it_or_none(
    boundaries: Boundaries, data: dict
) -> None:
    support = support_names(data["potensi"], data["inovasi"])
    facts = _facts_by_name(
        point_features("potensi", data["potensi"], boundaries, "id", "/profil", support=support).data
    )
    assert facts["Demplot padi Biosaka"][-1] == "Didukung inovasi: Elisitor Biosaka"
    assert facts["Candi Penataran (Palah)"][-1] == "Belum ada inovasi yang mendukung"
    jenang = facts["Jenang dan tiwul instan"][-1]
    assert jenang.startswith("Didukung inovasi: ") and "OVOP (One Village One Product) sambang desa" in jenang
    english = _facts_by_name(
        point_features("potensi", data["potensi"], boundaries, "en", "/profil", support=support).data
    )
    assert english["Candi Penataran (Palah)"][-1] == "No innovation supports it yet"
    assert english["Demplot padi Biosaka"][-1] == "Supported by innovations: Elisitor Biosaka"
    # without the rule's answer (the printed poster) the popup keeps only the description
    plain = _facts_by_name(point_features("potensi", data["potensi"], boundaries, "id", "/profil").data)
    assert len(plain["Candi Penataran (Palah)"]) == 1


def test_an_innovation_name_reaches_the_popup_as_raw_text_for_the_browser_to_escape(
    boundaries: Boundaries, data: dict
) -> None:
    inovasi = data["inovasi"].copy()
    hostile = inovasi.nama_inovasi == "Elisitor Biosaka"
    inovasi.loc[hostile, "nama_inovasi"] = HOSTILE
    support = support_names(data["potensi"], inovasi)
    layer = point_features("potensi", data["potensi"], boundaries, "id", "/profil", support=support)
    facts = _facts_by_name(layer.data)
    # the fact is text (escape.js turns it into &lt;img…); never pre-built HTML
    assert facts["Demplot padi Biosaka"][-1] == f"Didukung inovasi: {HOSTILE}"


def test_the_main_maps_popups_follow_the_rule_not_the_innovation_filter(
    boundaries: Boundaries, data: dict
) -> None:
    # a year filter hides Biosaka's (2019) point, not its support of the Biosaka plot
    state = ViewState(layers=("potensi",), tahun=2018)
    html = view_map(boundaries, data, state, display_for(boundaries, view_of(state))).get_root().render()
    assert json.dumps("Didukung inovasi: Elisitor Biosaka")[1:-1] in html
    assert json.dumps("Belum ada inovasi yang mendukung")[1:-1] in html
