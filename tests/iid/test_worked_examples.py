"""DOMAIN.md §1.3's worked examples, through the code the IID page uses: the 2023 rules
as seeded in the store, ``potensi.views.iid.workbench`` and the estimate it returns."""

from __future__ import annotations

import pandas as pd
import pytest

from potensi.iid.rules import rules_for
from potensi.views.iid import workbench
from tests.iid.conftest import WEIGHTS_2023, assessments, innovations, seventy


def _spd_forty(rules, year: int) -> pd.DataFrame:
    """SPD rows of ``year`` whose scores add up to 40 with the seeded SPD weights."""
    total = 0.0
    spd = rules.spd
    rows = [
        {"tahun": year, "no_indikator": indicator.no, "parameter": 0, "bukti_url": "https://bps.go.id"}
        for indicator in spd
    ]
    # raise parameters one step at a time, first indicator first, until the total is 40
    k = 0
    while total < 40:
        row = rows[k % len(rows)]
        weight = spd[k % len(rows)].bobot
        if row["parameter"] < 3 and total + weight <= 40:
            row["parameter"] += 1
            total += weight
        k += 1
        assert k < 1000, "the seeded SPD weights cannot add up to 40"
    return pd.DataFrame(rows)


def _data(seeded, n: int, year: int = 2026) -> dict[str, pd.DataFrame]:
    rules = rules_for(year, seeded["iid_aturan"], seeded["iid_indikator"])
    inovasi = innovations(n, year)
    return seeded | {
        "inovasi": inovasi,
        "inovasi_indikator": assessments(list(inovasi.inovasi_id), seventy()),
        "iid_spd": _spd_forty(rules, year),
    }


def test_the_seeded_2023_weights_are_domain_md_s() -> None:
    assert sum(WEIGHTS_2023.values()) * 3 == 111
    assert sum(w * p for w, p in zip(WEIGHTS_2023.values(), seventy().values(), strict=True)) == 70


def test_seeded_sid_weights_are_those_of_domain_md(seeded_data) -> None:
    rules = rules_for(2023, seeded_data["iid_aturan"], seeded_data["iid_indikator"])
    assert {int(i.no): i.bobot for i in rules.sid} == WEIGHTS_2023
    assert rules.pembagi_min == 10 and rules.skor_total_maks == 250 and rules.skor_per_inovasi == 0.38


def test_twelve_innovations_scoring_70_give_45_82_inovatif(seeded_data) -> None:
    bench = workbench(_data(seeded_data, 12), 2026)
    e = bench.estimate
    assert bench.rules.borrowed and bench.rules.tahun == 2023  # 2026 uses the latest rules
    assert e.spd == pytest.approx(40)
    assert [i.sid_score for i in e.counted] == [70] * 12
    assert e.divisor == 12
    assert e.sid == pytest.approx(74.56)
    assert e.total == pytest.approx(114.56)
    assert e.iid == 45.82
    assert e.predikat == "inovatif"


def test_eight_innovations_are_divided_by_the_floor_39_62(seeded_data) -> None:
    e = workbench(_data(seeded_data, 8), 2026).estimate
    assert e.divisor == 10  # MAX(10, 8)
    assert e.sid == pytest.approx(59.04)
    assert e.iid == 39.62
    assert e.predikat == "inovatif"


def test_an_indicator_without_evidence_scores_zero_and_is_flagged(seeded_data) -> None:
    data = _data(seeded_data, 12)
    first = data["inovasi"].inovasi_id.iloc[0]
    rows = data["inovasi_indikator"]
    rows.loc[(rows.inovasi_id == first) & (rows.no_indikator == 16), "bukti_file"] = None
    e = workbench(data, 2026).estimate
    scored = next(i for i in e.counted if i.inovasi_id == first)
    assert scored.sid_score == 70 - 3 * 2
    assert [s.no for s in scored.without_evidence] == ["16"]
    assert e.iid == round((40 + (70 * 12 - 6) / 12 + 12 * 0.38) / 250 * 100, 2)


def test_no_report_is_tidak_dapat_dinilai(seeded_data) -> None:
    data = seeded_data | {
        "inovasi": innovations(0),
        "inovasi_indikator": assessments([], seventy()),
        "iid_spd": pd.DataFrame(columns=["tahun", "no_indikator", "parameter"]),
    }
    e = workbench(data, 2026).estimate
    assert e.iid == 0 and e.predikat == "tidak_dapat_dinilai"
