"""The estimate of the Indeks Inovasi Daerah from the store's self-assessments.

The official 2023 formula (DOMAIN.md §1.3)::

    SPD  = Σ_{i=1..15} skor_i                       skor = bobot × parameter
    SID  = Σ_j Σ_{i=16..35} skor_ij / MAX(pembagi_min, n) + skor_jumlah_inovasi
    IID  = (SPD + SID) / skor_total_maks × 100      → predikat by the year's thresholds

A row without evidence scores 0, as in the official scoring, and is flagged, so an
innovation whose parameters look good but whose evidence is missing shows up as the
risk it is. Every constant comes from :class:`~potensi.iid.rules.YearRules`; the
worked examples of DOMAIN.md are reproduced by the tests through this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd

from potensi.core import cells
from potensi.iid.rules import YearRules

#: submission states that take an innovation out of the year's report
NOT_REPORTED = frozenset({"ditolak", "arsip"})
#: the predicates, best first (labels in potensi/i18n)
PREDIKAT = ("sangat_inovatif", "inovatif", "kurang_inovatif", "tidak_dapat_dinilai")
#: an indicator's flags: a parameter chosen without evidence scores 0; an indicator
#: never assessed scores 0
NO_EVIDENCE, NOT_ASSESSED, REJECTED = "tanpa_bukti", "belum_dinilai", "bukti_tidak_valid"
#: the IID application asks for at least this many words of rancang bangun
RANCANG_BANGUN_WORDS = 300


@dataclass(frozen=True)
class IndicatorScore:
    """One SID indicator of one innovation (or one SPD indicator): chosen, scored, why."""

    no: str
    bobot: float
    parameter: int
    evidence: bool
    score: float
    flag: str | None  # NO_EVIDENCE | NOT_ASSESSED | REJECTED | None
    example: bool
    nilai_data: float | None = None


@dataclass(frozen=True)
class InnovationScore:
    """An innovation of the year: whether it counts, its indicator scores, its gaps."""

    inovasi_id: str
    nama: str
    tahapan: str | None
    counted: bool  # its stage is one the year scores (n and the sum)
    indicators: tuple[IndicatorScore, ...]
    missing_profile: tuple[str, ...]  # required profile fields left empty (or too short)
    example: bool  # any of its assessment rows is example data
    hypothetical: bool = False  # added in a what-if

    @property
    def sid_score(self) -> float:
        """Σ bobot × parameter over the indicators with evidence (0–111 in 2023)."""
        return sum(i.score for i in self.indicators) if self.counted else 0.0

    @property
    def without_evidence(self) -> tuple[IndicatorScore, ...]:
        """Indicators with a parameter chosen but no (valid) evidence: scoring 0."""
        return tuple(i for i in self.indicators if i.flag in (NO_EVIDENCE, REJECTED))

    @property
    def scores_zero(self) -> bool:
        """Counted but every indicator scores 0: the innovation adds nothing but its count."""
        return self.counted and self.sid_score == 0


@dataclass(frozen=True)
class Estimate:
    """The IID of a year as the store's data give it, with every step shown."""

    rules: YearRules
    spd_rows: tuple[IndicatorScore, ...]
    innovations: tuple[InnovationScore, ...]
    urusan_covered: tuple[str, ...]
    urusan_missing: tuple[str, ...]
    notes: dict[str, str] = field(default_factory=dict)

    counted_without_urusan: int = 0  # counted innovations with no main affair filled in

    @property
    def counted(self) -> tuple[InnovationScore, ...]:
        """The innovations in a stage the year scores."""
        return tuple(i for i in self.innovations if i.counted)

    @property
    def n(self) -> int:
        """Number of innovations counted."""
        return len(self.counted)

    @property
    def spd(self) -> float:
        """SPD = Σ skor of indicators 1–15."""
        return sum(r.score for r in self.spd_rows)

    @property
    def divisor(self) -> int:
        """MAX(pembagi_min, n): reporting fewer than the floor divides by the floor."""
        return max(self.rules.pembagi_min, self.n)

    @property
    def sid_sum(self) -> float:
        """Σ_j Σ_i skor_ij over the counted innovations."""
        return sum(i.sid_score for i in self.counted)

    @property
    def sid_indicators(self) -> float:
        """The indicator part of SID: the sum divided by MAX(pembagi_min, n)."""
        return self.sid_sum / self.divisor

    @property
    def counted_for_jumlah(self) -> int:
        """n, capped at the year's most innovations counted."""
        return self.capped(self.n)

    def capped(self, n: int) -> int:
        """``n`` innovations, capped at the year's most innovations counted."""
        cap = self.rules.jumlah_inovasi_maks
        return n if cap is None else min(n, cap)

    def jumlah_score_for(self, n: int) -> float:
        """The count score ``n`` counted innovations would get (0 while blocked)."""
        return 0.0 if self.jumlah_blocked else self.capped(n) * self.rules.skor_per_inovasi

    @property
    def jumlah_blocked(self) -> bool:
        """The count rule requires every urusan wajib and some is not covered."""
        return self.rules.syarat_urusan and bool(self.urusan_missing)

    @property
    def jumlah_score(self) -> float:
        """Skor jumlah inovasi: min(n, maks) × skor per inovasi; 0 when blocked."""
        return self.jumlah_score_for(self.n)

    @property
    def sid(self) -> float:
        """SID = indicator part + count score."""
        return self.sid_indicators + self.jumlah_score

    @property
    def total(self) -> float:
        """Skor total = SPD + SID."""
        return self.spd + self.sid

    @property
    def iid(self) -> float:
        """IID = total / skor_total_maks × 100, to two decimals as published."""
        return round(self.total / self.rules.skor_total_maks * 100, 2)

    @property
    def predikat(self) -> str:
        """The predicate by the year's thresholds (0 = tidak dapat dinilai)."""
        return predikat(self.iid, self.rules)

    @property
    def example_rows(self) -> int:
        """How many assessment and SPD rows behind this estimate are example data."""
        rows = [r for r in self.spd_rows if r.example]
        rows += [r for i in self.innovations for r in i.indicators if r.example]
        return len(rows)

    def iid_of_total(self, total: float) -> float:
        """The IID another total would give, with the same rules."""
        return round(total / self.rules.skor_total_maks * 100, 2)


def predikat(iid: float, rules: YearRules) -> str:
    """Sangat Inovatif / Inovatif / Kurang Inovatif / Tidak Dapat Dinilai (0)."""
    value = round(iid, 2)
    if value <= 0:
        return "tidak_dapat_dinilai"
    if value >= rules.batas_sangat_inovatif:
        return "sangat_inovatif"
    if value >= rules.batas_inovatif:
        return "inovatif"
    return "kurang_inovatif"


def has_evidence(row: pd.Series | dict) -> bool:
    """Whether an assessment row names its evidence (a file or a link): without, it scores 0."""
    return any(cells.is_known(row.get(c)) for c in ("bukti_file", "bukti_url"))


def _score(
    no: str, bobot: float, row: pd.Series | dict | None, extra_evidence: bool = False
) -> IndicatorScore:
    if row is None:
        return IndicatorScore(no, bobot, 0, False, 0.0, NOT_ASSESSED, False)
    parameter = int(cells.as_number(row.get("parameter")) or 0)
    evidence = has_evidence(row) or extra_evidence
    rejected = row.get("status_validasi") == "tidak_valid"
    flag = None
    if parameter > 0 and rejected:
        flag = REJECTED
    elif parameter > 0 and not evidence:
        flag = NO_EVIDENCE
    score = bobot * parameter if flag is None else 0.0
    return IndicatorScore(
        no,
        bobot,
        parameter,
        evidence and not rejected,
        score,
        flag,
        cells.is_example(row.get("contoh")),
        cells.as_number(row.get("nilai_data")),
    )


def reported(inovasi: pd.DataFrame, year: int) -> pd.DataFrame:
    """The innovations in the report of ``year``: reported by then, not refused or archived."""
    if inovasi.empty:
        return inovasi
    years = pd.to_numeric(inovasi["tahun_pelaporan"], errors="coerce")
    keep = (years.isna() | (years <= year)) & ~inovasi["status"].isin(NOT_REPORTED)
    return inovasi[keep]


def _words(text: object) -> int:
    return len(str(text).split()) if cells.is_known(text) else 0


def missing_profile(row: pd.Series | dict, rules: YearRules) -> tuple[str, ...]:
    """The required profile fields an innovation leaves empty (tgl_penerapan only in
    penerapan; rancang_bangun also when shorter than the application's 300 words)."""
    missing = []
    for name in rules.profil_wajib:
        if name == "tgl_penerapan" and row.get("tahapan") != "penerapan":
            continue
        value = row.get(name)
        if not cells.is_known(value):
            missing.append(name)
        elif name == "rancang_bangun" and _words(value) < RANCANG_BANGUN_WORDS:
            missing.append(name)
    return tuple(missing)


def _norm(text: str) -> str:
    text = re.sub(r"^[\d.\s]+", "", text.casefold())  # "1.02 Kesehatan" → "kesehatan"
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def urusan_coverage(rows: pd.DataFrame, rules: YearRules) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(covered, missing) urusan wajib pelayanan dasar among the counted innovations'
    main and related affairs. Names match whatever their case or code prefix."""
    texts: list[str] = []
    for _, row in rows.iterrows():
        for column in ("urusan_utama", "urusan_terkait"):
            value = row.get(column)
            if cells.is_known(value):
                texts += [_norm(v) for v in re.split(r";|\n", str(value)) if v.strip()]
    covered = tuple(u for u in rules.urusan_wajib if any(_norm(u) and _norm(u) in t for t in texts))
    return covered, tuple(u for u in rules.urusan_wajib if u not in covered)


def estimate(
    rules: YearRules,
    inovasi: pd.DataFrame,
    penilaian: pd.DataFrame,
    spd: pd.DataFrame,
) -> Estimate:
    """The IID of ``rules.asked_for`` from the innovation registry (``inovasi``), the
    self-assessments (``inovasi_indikator``) and the SPD values (``iid_spd``).

    Hypothetical innovations of a what-if carry ``hipotetis`` = True in ``inovasi``.
    """
    year = rules.asked_for
    spd_year = spd[spd["tahun"] == year] if len(spd) else spd
    spd_by_no = {str(r["no_indikator"]): r for _, r in spd_year.iterrows()}
    spd_rows = tuple(
        _score(i.no, i.bobot, spd_by_no.get(i.no), extra_evidence=spd_figure(spd_by_no.get(i.no)))
        for i in rules.spd
    )
    rows = reported(inovasi, year)
    by_innovation: dict[str, dict[str, pd.Series]] = {}
    for _, r in penilaian.iterrows():
        by_innovation.setdefault(str(r["inovasi_id"]), {})[str(int(r["no_indikator"]))] = r
    scores = []
    for _, row in rows.iterrows():
        key = str(row["inovasi_id"])
        assessed = by_innovation.get(key, {})
        counted = row.get("tahapan") in rules.tahapan_dinilai
        indicators = tuple(_score(i.no, i.bobot, assessed.get(i.no)) for i in rules.sid)
        scores.append(
            InnovationScore(
                inovasi_id=key,
                nama=str(row.get("nama_inovasi") or key),
                tahapan=row.get("tahapan"),
                counted=counted,
                indicators=indicators,
                missing_profile=missing_profile(row, rules),
                example=any(i.example for i in indicators),
                hypothetical=bool(row.get("hipotetis", False) is True),
            )
        )
    counted_rows = rows[rows["tahapan"].isin(rules.tahapan_dinilai)] if len(rows) else rows
    covered, missing = urusan_coverage(counted_rows, rules)
    blank = int((~counted_rows["urusan_utama"].map(cells.is_known)).sum()) if len(counted_rows) else 0
    return Estimate(rules, spd_rows, tuple(scores), covered, missing, counted_without_urusan=blank)


def spd_figure(row: pd.Series | dict | None) -> bool:
    """Whether an SPD row carries its published figure, which is evidence in itself."""
    return row is not None and cells.is_known(row.get("nilai_data"))
