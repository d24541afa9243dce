"""The IID rules as seeded (data/seed/iid_*.csv through the importer), read back from
the store the way the IID page reads them."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from potensi.data.schema import IID_TABLES
from potensi.data.tables import read_rows

#: the SID weights of DOMAIN.md §1.2 (2023), to build innovations scoring a chosen total
WEIGHTS_2023 = {16: 3, 17: 2, 18: 2, 19: 2, 20: 1, 21: 2, 22: 1, 23: 1, 24: 1, 25: 1, 26: 1, 27: 1,
                28: 2, 29: 1, 30: 2, 31: 3, 32: 2, 33: 3, 34: 2, 35: 4}  # fmt: skip


@pytest.fixture(scope="session")
def seeded_data(seeded_store: Path) -> dict[str, pd.DataFrame]:
    """Every table the IID page reads, from the seeded store."""
    names = ("indikator", "inovasi", *IID_TABLES)
    return {name: read_rows(name, seeded_store) for name in names}


def innovations(n: int, year: int = 2026, stage: str = "penerapan") -> pd.DataFrame:
    """``n`` reported innovations in ``stage`` (the registry columns the estimate reads)."""
    return pd.DataFrame(
        {
            "inovasi_id": [f"INV-{year}-{j:04d}" for j in range(1, n + 1)],
            "nama_inovasi": [f"Inovasi uji {j}" for j in range(1, n + 1)],
            "tahapan": stage,
            "tahun_pelaporan": year,
            "status": "diajukan",
            "urusan_utama": None,
            "urusan_terkait": None,
        }
    )


def assessments(ids: list[str], parameters: dict[int, int], evidence: bool = True) -> pd.DataFrame:
    """Every SID indicator of every innovation at the given parameter (with evidence)."""
    return pd.DataFrame(
        [
            {
                "inovasi_id": i,
                "no_indikator": no,
                "parameter": parameters[no],
                "bukti_file": "bukti.pdf" if evidence else None,
                "bukti_url": None,
                "status_validasi": "belum",
                "contoh": 0,
            }
            for i in ids
            for no in parameters
        ]
    )


def seventy() -> dict[int, int]:
    """Parameters that score 70 of 111 with the 2023 weights: all 2 (74), video at 1 (−4)."""
    parameters = dict.fromkeys(WEIGHTS_2023, 2)
    parameters[35] = 1
    return parameters
