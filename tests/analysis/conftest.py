"""The worked-example tables of DOMAIN.md §2, shared by the analysis tests."""

from __future__ import annotations

import pandas as pd
import pytest


@pytest.fixture()
def kab() -> pd.DataFrame:
    """DOMAIN.md §2.1/§2.3: kabupaten PDRB (Rp miliar) at t0 and t1, long table."""
    return pd.DataFrame(
        {
            "kode": "35.05",
            "tahun": [2022] * 3 + [2023] * 3,
            "sektor": list("ACG") * 2,
            "nilai": [300, 450, 250, 318, 486, 287.5],
        }
    )


@pytest.fixture()
def prov() -> pd.DataFrame:
    """DOMAIN.md §2.1/§2.3: province PDRB at t0 and t1 (the reference)."""
    return pd.DataFrame(
        {
            "tahun": [2022] * 3 + [2023] * 3,
            "sektor": list("ACG") * 2,
            "nilai": [3000, 6000, 5000, 3090, 6600, 5600],
        }
    )


@pytest.fixture()
def kecamatan() -> pd.DataFrame:
    """Three kecamatan × three commodities × three years (values in Rp juta), wide."""
    return pd.DataFrame(
        {
            "kode": ["35.05.05", "35.05.08", "35.05.13"] * 3,
            "tahun": [2021] * 3 + [2022] * 3 + [2023] * 3,
            "telur": [120.0, 40.0, 10.0, 130.0, 42.0, 11.0, 150.0, 41.0, 12.0],
            "kakao": [10.0, 60.0, 30.0, 11.0, 66.0, 30.0, 12.0, 70.0, 33.0],
            "tebu": [70.0, 20.0, 90.0, 72.0, 21.0, 95.0, 75.0, 25.0, 99.0],
        }
    )
