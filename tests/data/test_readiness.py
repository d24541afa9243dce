"""The readiness rule: a stated readiness level checked against the row's own facts."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from potensi.data.readiness import REQUIREMENTS, readiness_conflicts, supported_level
from potensi.data.schema import PELUANG, TINGKAT_KESIAPAN
from potensi.data.tables import read_rows


def row(**values: object) -> pd.Series:
    """A peluang row with every column empty except ``values``."""
    base: dict[str, object] = dict.fromkeys(PELUANG.names)
    base.update(values)
    return pd.Series(base)


#: every fact an offered (IPRO) project presupposes, all in order
READY = {
    "tingkat_kesiapan": "ipro_siap_ditawarkan",
    "status_publikasi": "publik",
    "clear_and_clean": True,
    "kesesuaian_rtrw": "sesuai",
    "status_lahan": "bmd_pemda",
    "dokumen": "https://example.org/fs.pdf",
    "irr_persen": 13.6,
}


def test_seed_ipro_draft_without_clear_and_clean_and_needing_kkpr_is_contradicted(
    seeded_store: Path,
) -> None:
    """Issue 13.9: PI-CONTOH-03 says *IPRO siap ditawarkan* while its own record says
    Draf, clean-and-clear unknown, RTRW Perlu KKPR and has no study document."""
    rows = read_rows("peluang_investasi", seeded_store).set_index("peluang_id", drop=False)
    conflicts = {pid: readiness_conflicts(r) for pid, r in rows.iterrows()}
    assert {pid for pid, found in conflicts.items() if found} == {"PI-CONTOH-03"}
    found = conflicts["PI-CONTOH-03"]
    assert [c.column for c in found] == ["status_publikasi", "clear_and_clean", "kesesuaian_rtrw", "dokumen"]
    assert [c.value for c in found[::2]] == ["draft", "perlu_kkpr"]
    assert supported_level(rows.loc["PI-CONTOH-03"]) == "pre_fs"
    assert supported_level(rows.loc["PI-CONTOH-01"]) == "pre_fs"  # no conflict: as stated


def test_an_ipro_with_every_fact_in_order_has_no_conflict() -> None:
    assert readiness_conflicts(row(**READY)) == ()
    assert supported_level(row(**READY)) == "ipro_siap_ditawarkan"
    assert readiness_conflicts(row(**{**READY, "tingkat_kesiapan": "terealisasi"})) == ()


@pytest.mark.parametrize(
    ("change", "column"),
    [
        ({"status_publikasi": "draft"}, "status_publikasi"),
        ({"clear_and_clean": False}, "clear_and_clean"),
        ({"clear_and_clean": None}, "clear_and_clean"),
        ({"kesesuaian_rtrw": "perlu_kkpr"}, "kesesuaian_rtrw"),
        ({"kesesuaian_rtrw": "belum_diketahui"}, "kesesuaian_rtrw"),
        ({"status_lahan": "belum_diketahui"}, "status_lahan"),
        ({"dokumen": "lihat kantor"}, "dokumen"),  # not a link: no document on file
        ({"irr_persen": None}, "irr_persen"),
    ],
)
def test_each_missing_fact_contradicts_an_ipro(change: dict, column: str) -> None:
    assert [c.column for c in readiness_conflicts(row(**{**READY, **change}))] == [column]


def test_lower_levels_claim_less() -> None:
    # a feasibility study needs its document and IRR, not yet publication or permits
    fs = row(
        **{**READY, "tingkat_kesiapan": "fs", "status_publikasi": "draft", "kesesuaian_rtrw": "perlu_kkpr"}
    )
    assert readiness_conflicts(fs) == ()
    no_study = row(tingkat_kesiapan="fs", irr_persen=12.0)
    assert [c.column for c in readiness_conflicts(no_study)] == ["dokumen"]
    assert supported_level(no_study) == "pre_fs"
    for level in ("identifikasi_potensi", "prospektif", "pre_fs"):
        assert readiness_conflicts(row(tingkat_kesiapan=level)) == ()
    assert readiness_conflicts(row(tingkat_kesiapan=None)) == ()
    assert supported_level(row(tingkat_kesiapan="entah")) is None
    assert {r.from_level for r in REQUIREMENTS} <= set(TINGKAT_KESIAPAN)
