"""Which potentials have an innovation behind them, and which have none (the gap list).

Bappeda's question for an innovation workshop is not "how many innovations do we
have" but "which of our potentials does no innovation serve". One rule answers it,
used by the kecamatan profile, the map's popups and the IID page alike, so the three
never disagree:

An innovation stands behind a potential when

- it names the potential's id in ``potensi_terkait`` (``langsung``: the link is
  stated), or
- it is tagged with the potential's ``sektor`` in ``sektor_potensi`` **and** serves
  the potential's kecamatan (``sektor``): an innovation without kecamatan serves the
  whole regency, so it stands behind every potential of its sector, in every
  kecamatan and regency-wide; one bound to a kecamatan stands behind that
  kecamatan's potentials only (not the regency-wide ones: serving one kecamatan
  does not serve the whole regency's potential).

Innovations with status ``ditolak`` or ``arsip`` stand behind nothing: a rejected or
archived innovation is not working for the potential, and counting it would hide a
real gap. Any other status (also empty, as in the seed) counts.

The tags are the project's classification (``data/seed/sources/inovasi_potensi.csv``
for the seed, an official's import afterwards), not facts of a source.

Pure pandas, no streamlit; it returns codes (``langsung``/``sektor``, sector keys),
and :func:`gap_table` is the one place that turns the gap list into words.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from potensi.core.cells import is_known
from potensi.data.parsing import parse_list
from potensi.data.schema import SEKTOR_POTENSI
from potensi.i18n import CATALOGUE, Lang, t

#: how an innovation is linked to a potential: named by id, or by sector and place
LANGSUNG = "langsung"
SEKTOR = "sektor"
#: statuses of an innovation that no longer works for any potential
INACTIVE_STATUS = ("ditolak", "arsip")

SUPPORT_COLUMNS = [
    "potensi_id",
    "nama",
    "kecamatan",
    "sektor",
    "kategori",
    "inovasi_id",
    "nama_inovasi",
    "cara",
    "didukung",
]
SUMMARY_COLUMNS = ["kecamatan", "potensi", "didukung", "belum"]


def _text(value: object) -> str:
    """A cell as trimmed text, empty for None/NaN/blank (rows come from SQLite via pandas)."""
    return str(value).strip() if is_known(value) else ""


def active_innovations(inovasi: pd.DataFrame) -> pd.DataFrame:
    """The innovations that can stand behind a potential (not rejected, not archived)."""
    if inovasi.empty or "status" not in inovasi:
        return inovasi
    status = inovasi["status"].map(_text)
    return inovasi[~status.isin(INACTIVE_STATUS)]


def _links(potensi: pd.DataFrame, inovasi: pd.DataFrame) -> dict[str, list[tuple[str, str, str]]]:
    """potensi_id → [(inovasi_id, nama_inovasi, cara)], a stated link winning over a sector one."""
    links: dict[str, dict[str, tuple[str, str]]] = {}
    by_place: dict[tuple[str, str], list[str]] = {}
    for row in potensi.itertuples(index=False):
        by_place.setdefault((_text(row.sektor), _text(row.kecamatan)), []).append(_text(row.potensi_id))
    known = {pid for ids in by_place.values() for pid in ids}
    for row in active_innovations(inovasi).itertuples(index=False):
        inovasi_id, nama = _text(row.inovasi_id), _text(row.nama_inovasi)
        kecamatan = _text(getattr(row, "kecamatan", None))
        for sektor in parse_list(getattr(row, "sektor_potensi", None)):
            places = [(s, k) for (s, k) in by_place if s == sektor and (not kecamatan or k == kecamatan)]
            for place in places:
                for pid in by_place[place]:
                    links.setdefault(pid, {}).setdefault(inovasi_id, (nama, SEKTOR))
        for pid in parse_list(getattr(row, "potensi_terkait", None)):
            if pid in known:
                links.setdefault(pid, {})[inovasi_id] = (nama, LANGSUNG)
    return {
        pid: sorted(
            ((iid, nama, cara) for iid, (nama, cara) in found.items()),
            key=lambda link: (link[2] != LANGSUNG, link[0]),
        )
        for pid, found in links.items()
    }


def potensi_support(potensi: pd.DataFrame, inovasi: pd.DataFrame) -> pd.DataFrame:
    """One row per potential with the innovations behind it.

    Columns: the potential's ``potensi_id``, ``nama``, ``kecamatan`` (empty =
    regency-wide), ``sektor``, ``kategori``; ``inovasi_id``, ``nama_inovasi`` and
    ``cara`` as aligned lists (stated links first, then by id; ``cara`` is
    :data:`LANGSUNG` or :data:`SEKTOR`); ``didukung`` = at least one. The potentials
    keep their order, so a caller's sort stays.
    """
    if potensi.empty:
        return pd.DataFrame(columns=SUPPORT_COLUMNS)
    links = _links(potensi, inovasi)
    rows = []
    for row in potensi.itertuples(index=False):
        pid = _text(row.potensi_id)
        found = links.get(pid, [])
        rows.append(
            {
                "potensi_id": pid,
                "nama": _text(row.nama),
                "kecamatan": _text(row.kecamatan),
                "sektor": _text(row.sektor),
                "kategori": _text(getattr(row, "kategori", None)),
                "inovasi_id": [link[0] for link in found],
                "nama_inovasi": [link[1] for link in found],
                "cara": [link[2] for link in found],
                "didukung": bool(found),
            }
        )
    return pd.DataFrame(rows, columns=SUPPORT_COLUMNS)


def support_names(potensi: pd.DataFrame, inovasi: pd.DataFrame) -> dict[str, list[str]]:
    """potensi_id → names of the innovations behind it (empty list: none), for the map's popups."""
    support = potensi_support(potensi, inovasi)
    return dict(zip(support.potensi_id, support.nama_inovasi, strict=True))


def _sector_rank(sektor: str) -> int:
    """The schema's order of sectors (pertanian first), unknown sectors last."""
    return SEKTOR_POTENSI.index(sektor) if sektor in SEKTOR_POTENSI else len(SEKTOR_POTENSI)


def gap_list(potensi: pd.DataFrame, inovasi: pd.DataFrame) -> pd.DataFrame:
    """The potentials no innovation stands behind, by kecamatan and sector.

    Sorted by kecamatan (regency-wide ones, empty kecamatan, last: a workshop goes
    kecamatan by kecamatan), then by the schema's sector order, then by id.
    Columns: ``potensi_id``, ``nama``, ``kecamatan``, ``sektor``, ``kategori``.
    """
    support = potensi_support(potensi, inovasi)
    gaps = support[~support.didukung.astype(bool)]
    gaps = gaps.assign(
        _k=gaps.kecamatan.map(lambda k: (k == "", k)),
        _s=gaps.sektor.map(_sector_rank),
    ).sort_values(["_k", "_s", "potensi_id"], kind="stable")
    return gaps[["potensi_id", "nama", "kecamatan", "sektor", "kategori"]].reset_index(drop=True)


def kecamatan_summary(potensi: pd.DataFrame, inovasi: pd.DataFrame) -> pd.DataFrame:
    """Per kecamatan: how many potentials, how many with an innovation, how many without.

    Regency-wide potentials are counted under an empty ``kecamatan`` (last row), so
    the totals of the column ``potensi`` add up to the table of potentials.
    """
    support = potensi_support(potensi, inovasi)
    if support.empty:
        return pd.DataFrame(columns=SUMMARY_COLUMNS)
    grouped = support.groupby("kecamatan", sort=False).didukung.agg(["size", "sum"])
    summary = pd.DataFrame(
        {
            "kecamatan": grouped.index,
            "potensi": grouped["size"].astype(int).to_numpy(),
            "didukung": grouped["sum"].astype(int).to_numpy(),
        }
    )
    summary["belum"] = summary.potensi - summary.didukung
    order = summary.kecamatan.map(lambda k: (k == "", k))
    return summary.iloc[order.argsort(kind="stable")].reset_index(drop=True)[SUMMARY_COLUMNS]


def sector_label(sektor: str, lang: Lang) -> str:
    """A potential sector's label in the UI language, an unknown one as stored."""
    key = f"sektor_{sektor}"
    return t(key, lang) if key in CATALOGUE else sektor


def gap_table(
    potensi: pd.DataFrame,
    inovasi: pd.DataFrame,
    lang: Lang,
    kecamatan_names: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """The gap list as a table ready to show or download, labelled in ``lang``.

    The codes of :func:`gap_list` become words: the store keeps kecamatan as
    Kemendagri codes, shown by ``kecamatan_names`` (code → name; an unknown code as
    stored), "Seluruh kabupaten" for a regency-wide potential, sector labels. The
    columns are the catalogue's labels, so the Indonesian and the English file differ
    only in words.
    """
    gaps = gap_list(potensi, inovasi)
    names = kecamatan_names or {}
    return pd.DataFrame(
        {
            t("gap_col_kecamatan", lang): [
                names.get(k, k) if k else t("gap_kabupaten", lang) for k in gaps.kecamatan
            ],
            t("gap_col_sektor", lang): [sector_label(s, lang) for s in gaps.sektor],
            t("gap_col_id", lang): list(gaps.potensi_id),
            t("gap_col_nama", lang): list(gaps.nama),
        }
    )
