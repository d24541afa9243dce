"""The stored facts of each site against the overlays, the zone↔sector rule, and *Cari lokasi*.

The facts are computed and stored by :func:`potensi.data.tematik.recompute_facts`
whenever an overlay or a point layer changes; here they are only read, joined with
their overlay's title, source and year (every fact is shown with where it comes
from), and filtered. Nothing here writes: an anonymous visitor may search.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import pandas as pd

from potensi.core.config import REPO_ROOT
from potensi.core.formatting import format_trimmed
from potensi.core.sql import query_frame, table_exists
from potensi.data import tematik
from potensi.data.tables import read_connection
from potensi.i18n import Lang, t

#: which sectors a zone class suits (see data/reference/README.md)
ZONE_RULES = REPO_ROOT / "data" / "reference" / "zona_sektor.csv"
FACT_COLUMNS = [
    "lapisan",
    "record_id",
    "lapisan_id",
    "jenis",
    "kelas",
    "jarak_m",
    "judul",
    "kategori",
    "sumber",
    "tahun",
]


def read_facts(store: Path | None = None) -> pd.DataFrame:
    """Every site fact with its overlay's title, category, source and year."""
    with read_connection(store) as con:
        if not table_exists(con, "fakta_lokasi"):
            return pd.DataFrame(columns=FACT_COLUMNS)
        return query_frame(
            con,
            "SELECT f.lapisan, f.record_id, f.lapisan_id, f.jenis, f.kelas, f.jarak_m, "
            "t.judul, t.kategori, t.sumber, t.tahun FROM fakta_lokasi f JOIN lapisan_tematik t "
            "USING (lapisan_id) ORDER BY CASE f.jenis WHEN 'zona' THEN 0 WHEN 'bahaya' THEN 1 ELSE 2 END, "
            "t.waktu, f.lapisan_id",
        )


def facts_of(facts: pd.DataFrame, table: str, record_id: str) -> pd.DataFrame:
    """One site's facts (zones, hazards, distances), in overlay order."""
    return facts[(facts.lapisan == table) & (facts.record_id == str(record_id))]


@dataclass(frozen=True)
class ZoneRule:
    """A zone class containing ``keyword`` suits ``sectors`` (none: no investment)."""

    keyword: str
    sectors: frozenset[str]
    reason: str


@cache
def zone_rules(path: Path = ZONE_RULES) -> tuple[ZoneRule, ...]:
    """The rules of ``data/reference/zona_sektor.csv``, in file order."""
    with path.open(encoding="utf-8") as handle:
        return tuple(
            ZoneRule(
                row["kata_kunci"].strip().lower(),
                frozenset(s.strip() for s in (row["sektor_sesuai"] or "").split(";") if s.strip()),
                row["alasan"].strip(),
            )
            for row in csv.DictReader(handle)
        )


def zone_rule(zone: str | None) -> ZoneRule | None:
    """The first rule whose keyword the zone class contains; None for an unknown class."""
    if not zone:
        return None
    text = zone.lower()
    return next((r for r in zone_rules() if r.keyword in text), None)


def zone_contradicts(zone: str | None, sector: object) -> bool:
    """Whether a site of ``sector`` in ``zone`` goes against the plan. Unknown zone classes
    and unknown sectors are not flagged: the rule only speaks where it knows."""
    rule = zone_rule(zone)
    if rule is None or not isinstance(sector, str) or not sector:
        return False
    return sector not in rule.sectors


def zone_classes(facts: pd.DataFrame) -> list[str]:
    """The zone classes sites lie in, for the search's choice."""
    zones = facts[(facts.jenis == "zona") & facts.kelas.notna() & (facts.kelas != "")]
    return sorted(zones.kelas.unique())


@dataclass(frozen=True)
class SiteQuery:
    """*Cari lokasi*: every condition is optional; all given must hold."""

    zones: tuple[str, ...] = ()  # the site lies in one of these zone classes
    outside_hazards: tuple[str, ...] = ()  # overlay ids of hazard layers the site must lie outside
    network: str | None = None  # overlay id of a network layer …
    max_km: float | None = None  # … whose nearest feature is at most this far


def find_sites(facts: pd.DataFrame, sites: pd.DataFrame, query: SiteQuery) -> pd.DataFrame:
    """The sites (``sites``: columns ``lapisan``, ``record_id`` and whatever else to show)
    that meet every condition of ``query``. A site not checked against a layer the
    query names (no location) never matches: it is unknown, not compliant."""
    keep = np.ones(len(sites), dtype=bool)
    keys = list(zip(sites.lapisan, sites.record_id.astype(str), strict=True))

    def matching(frame: pd.DataFrame) -> set[tuple[str, str]]:
        return set(zip(frame.lapisan, frame.record_id.astype(str), strict=True))

    if query.zones:
        found = matching(facts[(facts.jenis == "zona") & facts.kelas.isin(query.zones)])
        keep &= np.array([k in found for k in keys], dtype=bool)
    for hazard in query.outside_hazards:
        layer = facts[facts.lapisan_id == hazard]
        outside = matching(layer[layer.kelas.isna()])
        keep &= np.array([k in outside for k in keys], dtype=bool)
    if query.network and query.max_km is not None:
        layer = facts[(facts.lapisan_id == query.network) & (facts.jarak_m <= query.max_km * 1000)]
        near = matching(layer)
        keep &= np.array([k in near for k in keys], dtype=bool)
    return sites[keep]


def overlay_choices(store: Path | None = None) -> dict[str, list[tematik.Overlay]]:
    """The stored overlays by category (the search offers hazard and network layers)."""
    with read_connection(store) as con:
        found = tematik.overlays(con)
    return {k: [o for o in found if o.kategori == k] for k in tematik.KATEGORI}


def source_text(sumber: str, tahun: int | None, lang: Lang) -> str:
    """ "Sumber: Bappeda, 2021": every fact and legend names where it comes from."""
    if tahun:
        return t("tematik_source_year", lang, source=sumber, year=str(tahun))
    return t("tematik_source", lang, source=sumber)


def site_fact_lines(facts: pd.DataFrame, lang: Lang) -> tuple[str, ...]:
    """One site's stored facts in words, each ending with its layer's source and year:
    "Zona RTRW 2021: Kawasan Peruntukan Industri (Sumber: Bappeda, 2021)"."""
    lines = []
    for fact in facts.itertuples():
        kelas = fact.kelas if isinstance(fact.kelas, str) else None
        tahun = None if pd.isna(fact.tahun) else int(fact.tahun)
        source = source_text(str(fact.sumber), tahun, lang)
        if fact.jenis == "zona":
            text = (
                t("tematik_fact_zone", lang, title=fact.judul, zone=kelas)
                if kelas
                else t("tematik_fact_zone_none", lang, title=fact.judul)
            )
        elif fact.jenis == "bahaya":
            text = (
                t("tematik_fact_hazard_out", lang, title=fact.judul)
                if kelas is None
                else t("tematik_fact_hazard_in", lang, title=fact.judul, zone=kelas or fact.judul)
            )
        else:
            km = t("tematik_km", lang, n=format_trimmed(float(fact.jarak_m) / 1000, lang, 1))
            text = (
                t("tematik_fact_distance_class", lang, title=fact.judul, cls=kelas, km=km)
                if kelas
                else t("tematik_fact_distance", lang, title=fact.judul, km=km)
            )
        lines.append(f"{text} ({source})")
    return tuple(lines)


def fact_lines_by_site(facts: pd.DataFrame, table: str, lang: Lang) -> dict[str, tuple[str, ...]]:
    """Every site of ``table`` with its facts in words (for map popups)."""
    own = facts[facts.lapisan == table]
    return {
        str(record_id): site_fact_lines(group, lang)
        for record_id, group in own.groupby("record_id", sort=False)
    }
