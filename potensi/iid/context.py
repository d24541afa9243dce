"""What the store already knows that the IID asks for: SPD statistics and past results.

Most SPD indicators (IPM, kemiskinan, TPT, growth) are BPS statistics the dashboard
already holds with their source; showing the latest figure beside the parameter an
official chooses saves looking it up and keeps the source attached. The official IID
results of past years are real figures (``indikator`` rows ``iid_skor`` and
``iid_peringkat_nasional``) and sit beside the estimate so nobody mistakes one for the
other.
"""

from __future__ import annotations

import pandas as pd

from potensi.core import cells
from potensi.iid.scoring import Estimate

#: the store's indicator keys of the official results
IID_SCORE_KEY, IID_RANK_KEY = "iid_skor", "iid_peringkat_nasional"


def latest_statistic(indikator: pd.DataFrame, kabupaten: str, key: str, year: int) -> pd.Series | None:
    """The kabupaten's latest figure of ``key`` up to ``year`` (real before example)."""
    if indikator.empty:
        return None
    rows = indikator[
        (indikator["kode_wilayah"] == kabupaten)
        & (indikator["indikator"] == key)
        & (indikator["tahun"] <= year)
    ]
    if rows.empty:
        return None
    rows = rows.assign(_contoh=cells.example_flags(rows)).sort_values(
        ["_contoh", "tahun"], ascending=[True, False]
    )
    return rows.iloc[0]


SPD_COLUMNS = [
    "no_indikator",
    "nama",
    "bobot",
    "parameter",
    "skor",
    "flag",
    "contoh",
    "nilai_data",
    "statistik",
    "nilai_statistik",
    "tahun_statistik",
    "sumber_statistik",
    "contoh_statistik",
]


def spd_table(estimate: Estimate, indikator: pd.DataFrame, kabupaten: str) -> pd.DataFrame:
    """One row per SPD indicator: weight, chosen parameter, score, flag, and the store's
    latest statistic for it (value, year, source) when one is linked.

    Columns: no_indikator, nama, bobot, parameter, skor, flag, contoh, nilai_data,
    statistik, nilai_statistik, tahun_statistik, sumber_statistik, contoh_statistik.
    """
    by_no = {row.no: row for row in estimate.spd_rows}
    records = []
    for indicator in estimate.rules.spd:
        score = by_no[indicator.no]
        stat = (
            latest_statistic(indikator, kabupaten, indicator.statistik, estimate.rules.asked_for)
            if (indicator.statistik)
            else None
        )
        records.append(
            {
                "no_indikator": indicator.no,
                "nama": indicator.nama,
                "bobot": indicator.bobot,
                "parameter": score.parameter,
                "skor": score.score,
                "flag": score.flag,
                "contoh": score.example,
                "nilai_data": score.nilai_data,
                "statistik": indicator.statistik,
                "nilai_statistik": None if stat is None else float(stat["nilai"]),
                "tahun_statistik": None if stat is None else int(stat["tahun"]),
                "sumber_statistik": None if stat is None else stat.get("sumber"),
                "contoh_statistik": None if stat is None else cells.is_example(stat.get("contoh")),
            }
        )
    return pd.DataFrame(records, columns=SPD_COLUMNS)


def history(indikator: pd.DataFrame, kabupaten: str) -> pd.DataFrame:
    """The official IID results per year: tahun, skor, peringkat (national, if known),
    sumber, contoh. Empty when the store holds none."""
    if indikator.empty:
        return pd.DataFrame(columns=["tahun", "skor", "peringkat", "sumber", "contoh"])
    mine = indikator[indikator["kode_wilayah"] == kabupaten]
    scores = mine[mine["indikator"] == IID_SCORE_KEY]
    ranks = mine[mine["indikator"] == IID_RANK_KEY].set_index("tahun")["nilai"]
    return pd.DataFrame(
        {
            "tahun": scores["tahun"].astype(int).to_numpy(),
            "skor": scores["nilai"].astype(float).to_numpy(),
            "peringkat": [int(ranks[y]) if y in ranks.index else None for y in scores["tahun"]],
            "sumber": scores["sumber"].to_numpy(),
            "contoh": cells.example_flags(scores).to_numpy(),
        }
    ).sort_values("tahun", ignore_index=True)
