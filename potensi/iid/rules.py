"""The IID rules of a year, read from the store (tables ``iid_aturan`` and ``iid_indikator``).

Kemendagri changes weights, thresholds, the divisor floor and the count rule from
year to year, and some of the figures we have are third-party transcriptions
(DOMAIN.md marks them [T]). So none of them is written in code: an admin imports a
year's rules like any other table, and every figure on the IID page can say which
rule produced it and whether that rule is confirmed. A year without rules of its
own uses the latest earlier year's, and says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from potensi.core import cells
from potensi.core.errors import PotensiError
from potensi.data.parsing import parse_list


@dataclass(frozen=True)
class Indicator:
    """One indicator of a year: its weight and what parameters 1–3 mean."""

    no: str  # "16", "5a"
    aspek: str  # spd | sid
    nama: str
    variabel: str | None
    bobot: float
    parameters: tuple[str | None, str | None, str | None]
    statistik: str | None  # the store's indikator key that pre-fills it (SPD)
    certain: bool  # from the official guide ([R]); False = third-party ([T])
    example: bool  # example weight, not from any source

    @property
    def order(self) -> tuple[int, str]:
        """Sort key: 2 < 5a < 5b < 10 < 16."""
        match = re.match(r"(\d+)(\D*)", self.no)
        return (int(match.group(1)), match.group(2)) if match else (999, self.no)

    def parameter_text(self, parameter: int) -> str | None:
        """What parameter 1–3 means for this indicator (None for 0 or unknown)."""
        return self.parameters[parameter - 1] if 1 <= parameter <= 3 else None


@dataclass(frozen=True)
class YearRules:
    """The rules the estimate of ``asked_for`` is computed with."""

    tahun: int  # the year these rules were written for
    asked_for: int  # the year of the estimate
    skor_total_maks: float
    skor_spd_maks: float | None
    skor_sid_maks: float | None
    pembagi_min: int
    skor_per_inovasi: float
    jumlah_inovasi_maks: int | None
    urusan_wajib: tuple[str, ...]
    syarat_urusan: bool
    batas_sangat_inovatif: float
    batas_inovatif: float
    tahapan_dinilai: tuple[str, ...]
    profil_wajib: tuple[str, ...]
    uncertain: frozenset[str]  # names from potensi.data.schema.ATURAN_IID
    sumber: str
    example: bool
    indicators: tuple[Indicator, ...]

    @property
    def borrowed(self) -> bool:
        """Whether the year has no rules of its own and uses an earlier year's."""
        return self.tahun != self.asked_for

    @property
    def sid(self) -> tuple[Indicator, ...]:
        """Indicators 16–35, scored per innovation."""
        return tuple(sorted((i for i in self.indicators if i.aspek == "sid"), key=lambda i: i.order))

    @property
    def spd(self) -> tuple[Indicator, ...]:
        """Indicators 1–15 of the local government, in number order."""
        return tuple(sorted((i for i in self.indicators if i.aspek == "spd"), key=lambda i: i.order))

    def indicator(self, no: object) -> Indicator | None:
        """The indicator numbered ``no`` (16 and "16" alike)."""
        key = str(int(no)) if isinstance(no, int | float) and not isinstance(no, bool) else str(no)
        return next((i for i in self.indicators if i.no == key), None)

    def is_certain(self, rule: str) -> bool:
        """Whether ``rule`` (e.g. ``skor_jumlah``) is confirmed in an official source."""
        return rule not in self.uncertain


def _number(value: object, default: float | None = None) -> float | None:
    number = cells.as_number(value)
    return default if number is None else number


def _list(value: object) -> tuple[str, ...]:
    return tuple(parse_list(value)) if cells.is_known(value) else ()


def _indicator(row: pd.Series) -> Indicator:
    return Indicator(
        no=str(row["no_indikator"]).strip(),
        aspek=str(row["aspek"]),
        nama=str(row["nama"]),
        variabel=row["variabel"] if cells.is_known(row.get("variabel")) else None,
        bobot=float(row["bobot"]),
        parameters=tuple(  # type: ignore[arg-type]
            row[f"parameter_{k}"] if cells.is_known(row.get(f"parameter_{k}")) else None for k in (1, 2, 3)
        ),
        statistik=row["statistik"] if cells.is_known(row.get("statistik")) else None,
        certain=cells.is_example(row.get("pasti")),
        example=cells.is_example(row.get("contoh")),
    )


def _real(aturan: pd.DataFrame) -> pd.DataFrame:
    # a template imported unchanged adds an example year (2100): never a year's rules
    return aturan[~cells.example_flags(aturan)] if len(aturan) else aturan


def years_with_rules(aturan: pd.DataFrame) -> list[int]:
    """The years an admin has written rules for (example rows aside), oldest first."""
    real = _real(aturan)
    return sorted(int(y) for y in real["tahun"].dropna().unique()) if len(real) else []


def rules_for(year: int, aturan: pd.DataFrame, indikator: pd.DataFrame) -> YearRules:
    """The rules of ``year``: its own, or the latest earlier year's (``borrowed``).

    Raises a PotensiError in Indonesian when no year up to ``year`` has rules, or
    the chosen year has no SID indicator (an admin imported half a year).
    """
    known = [y for y in years_with_rules(aturan) if y <= year]
    if not known:
        raise PotensiError(
            f"Belum ada aturan IID untuk tahun {year} atau sebelumnya. "
            "Admin dapat mengimpor lapisan iid_aturan dan iid_indikator di Kelola Data."
        )
    tahun = known[-1]
    real = _real(aturan)
    row = real[real["tahun"] == tahun].iloc[0]
    rows = indikator[indikator["tahun"] == tahun] if len(indikator) else indikator
    indicators = tuple(_indicator(r) for _, r in rows.iterrows())
    if not any(i.aspek == "sid" for i in indicators):
        raise PotensiError(
            f"Aturan IID {tahun} belum memuat indikator SID (16–35): "
            f"impor lapisan iid_indikator tahun {tahun}."
        )
    maks = _number(row.get("jumlah_inovasi_maks"))
    return YearRules(
        tahun=tahun,
        asked_for=year,
        skor_total_maks=float(row["skor_total_maks"]),
        skor_spd_maks=_number(row.get("skor_spd_maks")),
        skor_sid_maks=_number(row.get("skor_sid_maks")),
        pembagi_min=int(row["pembagi_min"]),
        skor_per_inovasi=float(row["skor_per_inovasi"]),
        jumlah_inovasi_maks=None if maks is None else int(maks),
        urusan_wajib=_list(row.get("urusan_wajib")),
        syarat_urusan=cells.is_example(row.get("syarat_urusan")),
        batas_sangat_inovatif=float(row["batas_sangat_inovatif"]),
        batas_inovatif=float(row["batas_inovatif"]),
        tahapan_dinilai=_list(row.get("tahapan_dinilai")) or ("penerapan",),
        profil_wajib=_list(row.get("profil_wajib")),
        uncertain=frozenset(_list(row.get("aturan_belum_pasti"))),
        sumber=str(row.get("sumber") or ""),
        example=cells.is_example(row.get("contoh")),
        indicators=indicators,
    )
