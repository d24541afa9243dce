"""The Peta page keeps one map mounted while a kecamatan is chosen (issue #14).

What the page hands streamlit-folium's component, read from the element AppTest
receives: the component's id (its widget key, the map's hash) stays the same while only
the kecamatan choice or the desa layer changes, and the choice travels in the
``feature_group`` argument (``ui.compat.folium_component.show_map(update=...)``) that the
frontend evaluates in the mounted map; any other change is a map of its own.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from potensi.core.config import REPO_ROOT
from potensi.core.store import load_layer

APP = str(REPO_ROOT / "dashboard.py")


@pytest.fixture()
def app(seeded_store: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.setenv("PETA_STORE", str(seeded_store))
    return AppTest.from_file(APP, default_timeout=120).run()


def _map(app: AppTest) -> tuple[str, dict]:
    """(component id, its arguments) of the page's one map."""
    (element,) = app.get("component_instance")
    assert element.proto.component_name == "streamlit_folium.st_folium"
    return element.proto.id, json.loads(element.proto.json_args)


def _selection(args: dict) -> dict:
    """The selection the update script applies: its first argument, as JSON."""
    script = args["feature_group"]
    match = re.search(r"petaSelect\((\{\"codes\":.*?\"desa\":)", script)
    assert match, script[:200]
    head = match.group(1)
    return json.loads(head[: head.rindex(',"desa":')] + "}")


def test_a_kecamatan_choice_keeps_the_map_and_sends_only_the_selection(
    app: AppTest, seeded_store: Path
) -> None:
    kecamatan = load_layer("kecamatan", seeded_store).sort_values("kode")
    first, second = kecamatan.kode.iloc[4], kecamatan.kode.iloc[9]
    mounted, args = _map(app)
    assert _selection(args) == {"codes": [], "bounds": None}
    assert "petaSelect" in args["script"] and '"desa":null' in args["feature_group"]
    base_script = args["script"]

    app.sidebar.multiselect(key="f_kecamatan").set_value([first]).run()
    same, args = _map(app)
    assert same == mounted and args["script"] == base_script
    chosen = _selection(args)
    assert chosen["codes"] == [first]
    (south, west), (north, east) = chosen["bounds"]
    box = kecamatan.set_index("kode").loc[first].geometry.bounds
    assert west == pytest.approx(box[0], abs=2e-3) and north == pytest.approx(box[3], abs=2e-3)
    desa = load_layer("desa", seeded_store)
    for code in desa[desa.kode_kec == first].kode:
        assert f'"{code}"' in args["feature_group"]  # the kecamatan's desa go with it
    assert not any(f'"{code}"' in args["feature_group"] for code in desa[desa.kode_kec == second].kode)

    app.sidebar.multiselect(key="f_kecamatan").set_value([second]).run()
    same, args = _map(app)
    assert same == mounted and _selection(args)["codes"] == [second]

    app.sidebar.multiselect(key="f_kecamatan").set_value([]).run()
    same, args = _map(app)
    assert same == mounted and _selection(args) == {"codes": [], "bounds": None}


def test_the_desa_layer_is_sent_to_the_mounted_map_too(app: AppTest, seeded_store: Path) -> None:
    mounted, _ = _map(app)
    layers = app.sidebar.multiselect(key="f_layers")
    layers.set_value([*layers.value, "desa"]).run()
    same, args = _map(app)
    assert same == mounted
    desa = load_layer("desa", seeded_store)
    assert all(f'"{code}"' in args["feature_group"] for code in desa.kode)


def test_any_other_change_is_a_map_of_its_own(app: AppTest) -> None:
    mounted, args = _map(app)
    app.sidebar.selectbox(key="f_indikator").set_value("jumlah_desa").run()
    other, other_args = _map(app)
    assert other != mounted and other_args["script"] != args["script"]
