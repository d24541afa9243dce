"""Where the points are and what-if, checked against the estimate itself: a listed gain
is what applying it really adds, the floor's cost is what reporting more innovations
really gives, and a what-if never changes the frames it starts from."""

from __future__ import annotations

import pandas as pd
import pytest

from potensi.iid import points, whatif
from potensi.iid.rules import rules_for
from tests.iid.conftest import assessments, innovations, seventy


@pytest.fixture()
def rules(seeded_data):
    return rules_for(2026, seeded_data["iid_aturan"], seeded_data["iid_indikator"])


def _inputs(n: int, evidence: bool = True) -> whatif.Inputs:
    inovasi = innovations(n)
    spd = pd.DataFrame({"tahun": [2026], "no_indikator": ["1"], "parameter": [2], "nilai_data": [1.0]})
    return whatif.Inputs(inovasi, assessments(list(inovasi.inovasi_id), seventy(), evidence), spd)


def test_the_best_gain_is_what_applying_it_adds(rules) -> None:
    inputs = _inputs(12)
    base = inputs.estimate(rules)
    best = points.gains(base).iloc[0]
    assert best.aksi == points.STEP_UP
    change = {"jenis": "parameter", "inovasi_id": best.inovasi_id, "no_indikator": int(best.no_indikator),
              "parameter": int(best.parameter_baru)}  # fmt: skip
    _, after = whatif.compare(rules, inputs, [change])
    assert after.total - base.total == pytest.approx(best.tambah_skor / base.divisor)
    assert after.iid - base.iid == pytest.approx(best.tambah_iid, abs=0.01)
    # the video (weight 4, at parameter 1) is the best step for every innovation
    assert int(best.no_indikator) == 35


def test_an_indicator_without_evidence_is_where_the_points_are(rules) -> None:
    inputs = _inputs(12)
    rows = inputs.penilaian
    rows.loc[(rows.inovasi_id == "INV-2026-0003") & (rows.no_indikator == 31), "bukti_file"] = None
    found = points.gains(inputs.estimate(rules))
    best = found.iloc[0]
    # weight 3 at parameter 2 scoring 0: raising it to 3 with evidence adds 9, evidence alone 6
    assert (best.inovasi_id, best.no_indikator, best.aksi, best.tambah_skor) == (
        "INV-2026-0003",
        31,
        points.STEP_UP,
        9,
    )
    evidence = found[found.aksi == points.ADD_EVIDENCE]
    assert list(zip(evidence.inovasi_id, evidence.no_indikator, evidence.tambah_skor, strict=True)) == [
        ("INV-2026-0003", 31, 6)
    ]
    assert evidence.index[0] < found[(found.no_indikator == 35)].index[0]  # 6 points beat the video's 4


def test_the_floor_effect_is_what_reporting_more_gives(rules) -> None:
    inputs = _inputs(8)
    effect = points.floor_effect(inputs.estimate(rules))
    assert effect.missing == 2 and effect.average == 70
    filled = _inputs(10)
    filled = whatif.Inputs(filled.inovasi, filled.penilaian, inputs.spd)
    assert effect.iid_at_floor == filled.estimate(rules).iid


def test_unassessed_and_evidence_less_innovations_are_at_risk(rules) -> None:
    inputs = _inputs(3)
    inovasi = pd.concat(
        [inputs.inovasi, innovations(1, stage="penerapan").assign(inovasi_id="INV-2026-0099")]
    )
    rows = inputs.penilaian
    rows.loc[(rows.inovasi_id == "INV-2026-0002") & (rows.no_indikator == 16), "bukti_file"] = None
    risks = {
        r.inovasi_id: r for r in points.at_risk(whatif.Inputs(inovasi, rows, inputs.spd).estimate(rules))
    }
    assert "belum_dinilai" in risks["INV-2026-0099"].reasons
    assert risks["INV-2026-0002"].without_evidence == ("16",)


def test_whatif_moves_stages_adds_innovations_and_leaves_its_inputs_alone(rules) -> None:
    inputs = _inputs(12)
    snapshot = (inputs.inovasi.copy(), inputs.penilaian.copy(), inputs.spd.copy())
    changes = [
        {"jenis": "tahapan", "inovasi_id": "INV-2026-0001", "tahapan": "uji_coba"},
        {"jenis": "tambah", "inovasi_id": "HIPOTETIS-1", "nama": "Rencana", "parameter": 3},
        {"jenis": "spd", "no_indikator": "1", "parameter": 3},
    ]
    saved, scenario = whatif.compare(rules, inputs, changes)
    assert scenario.n == saved.n  # one left for uji coba, one added
    assert scenario.sid_sum == saved.sid_sum - 70 + 111
    assert scenario.spd == saved.spd + rules.indicator("1").bobot
    for before, now in zip(snapshot, (inputs.inovasi, inputs.penilaian, inputs.spd), strict=True):
        pd.testing.assert_frame_equal(before, now)
    assert whatif.from_json(whatif.to_json(changes)) == changes


def test_a_broken_plan_is_refused_in_indonesian() -> None:
    from potensi.core.errors import PotensiError

    with pytest.raises(PotensiError, match="JSON rusak"):
        whatif.from_json("[{")
    with pytest.raises(PotensiError, match="jenis harus salah satu"):
        whatif.from_json('[{"jenis": "hapus_semua"}]')
    bad = (
        '[{"jenis": "parameter", "inovasi_id": "INV-2021-0001", "no_indikator": 16, "parameter": "3; DROP"}]'
    )
    with pytest.raises(PotensiError, match="perubahan ke-1: parameter harus bilangan bulat 0–3"):
        whatif.from_json(bad)
    with pytest.raises(PotensiError, match="inovasi_id harus teks"):
        whatif.from_json('[{"jenis": "tahapan"}]')
    with pytest.raises(PotensiError, match="terlalu dalam"):
        whatif.from_json("[" * 100_000 + "]" * 100_000)


def test_a_plan_with_a_bad_change_is_refused_at_import_naming_row_and_change(seeded_copy) -> None:
    import pandas as pd

    from potensi.data.importer import preview_import

    change = '[{"jenis": "spd", "no_indikator": "99", "parameter": 2}]'
    plan = pd.DataFrame(
        [
            {
                "rencana_id": "RENCANA-2026-uji",
                "tahun": 2026,
                "nama": "Uji",
                "sumber": "uji",
                "perubahan": change,
            }
        ]
    )
    found = preview_import("iid_rencana", plan.to_csv(index=False).encode(), "rencana.csv", seeded_copy)
    assert not found.ok
    assert any("perubahan ke-1: no_indikator SPD harus 1–15" in str(p) for p in found.errors), found.errors
