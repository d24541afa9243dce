"""Where the points are: what would raise the index most, what risks scoring 0.

Litbang staff have weeks between the workshop and the IID deadline; this tells them
where those weeks pay. A step on an indicator is worth ``bobot`` points of SID sum,
which the divisor MAX(pembagi_min, n) and the maximum total turn into IID points —
so the same step is worth more in a small report than in a large one, and evidence
for a parameter already chosen is worth the whole ``bobot × parameter``.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from potensi.iid.scoring import NO_EVIDENCE, NOT_ASSESSED, REJECTED, Estimate

#: what raising an indicator takes
ADD_EVIDENCE, STEP_UP = "lengkapi_bukti", "naik_satu"


def _to_iid(estimate: Estimate, sid_points: float) -> float:
    return sid_points / estimate.divisor / estimate.rules.skor_total_maks * 100


def gains(estimate: Estimate) -> pd.DataFrame:
    """Every one-step improvement of every counted innovation, best first.

    Columns: inovasi_id, nama, no_indikator, aksi (``lengkapi_bukti``: the chosen
    parameter lacks evidence; ``naik_satu``: one parameter step up, with evidence),
    parameter (now), parameter_baru, tambah_skor (SID sum), tambah_iid.
    """
    records = []
    for inovasi in estimate.counted:
        for score in inovasi.indicators:
            if score.flag in (NO_EVIDENCE, REJECTED):
                records.append((inovasi, score, ADD_EVIDENCE, score.parameter, score.bobot * score.parameter))
            if score.parameter < 3:
                new = score.parameter + 1
                records.append((inovasi, score, STEP_UP, new, score.bobot * new - score.score))
    frame = pd.DataFrame(
        [
            {
                "inovasi_id": inovasi.inovasi_id,
                "nama": inovasi.nama,
                "no_indikator": int(score.no),
                "aksi": action,
                "parameter": score.parameter,
                "parameter_baru": new,
                "tambah_skor": points,
                "tambah_iid": round(_to_iid(estimate, points), 4),
            }
            for inovasi, score, action, new, points in records
            if points > 0
        ],
        columns=[
            "inovasi_id",
            "nama",
            "no_indikator",
            "aksi",
            "parameter",
            "parameter_baru",
            "tambah_skor",
            "tambah_iid",
        ],
    )
    return frame.sort_values(
        ["tambah_iid", "aksi", "no_indikator", "inovasi_id"], ascending=[False, True, True, True]
    ).reset_index(drop=True)


def gains_by_indicator(estimate: Estimate) -> pd.DataFrame:
    """Across all innovations: what one step on each indicator (or completing its
    evidence) everywhere would add. Columns: no_indikator, inovasi (how many could
    rise), tambah_skor, tambah_iid; best first."""
    per = gains(estimate)
    if per.empty:
        return pd.DataFrame(columns=["no_indikator", "inovasi", "tambah_skor", "tambah_iid"])
    # one action per innovation and indicator: the better of evidence or a step
    best = per.sort_values("tambah_skor", ascending=False).drop_duplicates(["inovasi_id", "no_indikator"])
    grouped = best.groupby("no_indikator").agg(
        inovasi=("inovasi_id", "nunique"),
        tambah_skor=("tambah_skor", "sum"),
        tambah_iid=("tambah_iid", "sum"),
    )
    grouped["tambah_iid"] = grouped["tambah_iid"].round(4)
    return grouped.reset_index().sort_values(["tambah_iid", "no_indikator"], ascending=[False, True])


@dataclass(frozen=True)
class Risk:
    """An innovation at risk: why it may score nothing or be refused."""

    inovasi_id: str
    nama: str
    reasons: tuple[str, ...]  # tanpa_bukti_sama_sekali, bukti_kurang, profil_kurang, belum_dinilai
    without_evidence: tuple[str, ...]  # indicator numbers whose parameter lacks evidence
    missing_profile: tuple[str, ...]


def at_risk(estimate: Estimate) -> list[Risk]:
    """Counted innovations that score 0, lack evidence, or miss required profile fields."""
    risks = []
    for inovasi in estimate.counted:
        reasons = []
        if all(i.flag == NOT_ASSESSED for i in inovasi.indicators):
            reasons.append("belum_dinilai")
        elif inovasi.scores_zero:
            reasons.append("skor_nol")
        lacking = tuple(i.no for i in inovasi.without_evidence)
        if lacking:
            reasons.append("bukti_kurang")
        if inovasi.missing_profile:
            reasons.append("profil_kurang")
        if reasons:
            risks.append(
                Risk(inovasi.inovasi_id, inovasi.nama, tuple(reasons), lacking, inovasi.missing_profile)
            )
    return risks


@dataclass(frozen=True)
class FloorEffect:
    """What the divisor floor costs: with fewer than ``pembagi_min`` innovations the sum
    is divided by the floor, so each missing innovation is a missing share."""

    n: int
    pembagi_min: int
    missing: int  # innovations more needed to reach the floor
    average: float  # average SID score of the counted innovations
    iid_now: float
    iid_at_floor: float  # if ``missing`` more innovations scoring the average were reported


def floor_effect(estimate: Estimate) -> FloorEffect:
    """The IID if the report reached the floor with innovations of today's average score."""
    n, floor = estimate.n, estimate.rules.pembagi_min
    average = estimate.sid_sum / n if n else 0.0
    missing = max(0, floor - n)
    if not missing:
        return FloorEffect(n, floor, 0, average, estimate.iid, estimate.iid)
    more_sum = estimate.sid_sum + missing * average
    total = estimate.spd + more_sum / floor + estimate.jumlah_score_for(floor)
    return FloorEffect(n, floor, missing, average, estimate.iid, estimate.iid_of_total(total))
