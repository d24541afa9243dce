"""Which potentials have an innovation behind them: the one rule, on the real seeded store.

Each test changes one tag of the seeded innovations in memory and checks what the
rule makes of it, so a rule that ignored tags, places or statuses would fail.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from potensi.data.tables import read_rows
from potensi.iid.coverage import (
    LANGSUNG,
    SEKTOR,
    gap_list,
    gap_table,
    kecamatan_summary,
    potensi_support,
)

BIOSAKA = "Elisitor Biosaka"
#: an innovation of Puskesmas Udanawu (kecamatan-bound, untagged in the seed)
UDANAWU = "APEL SEHATKU (Ayah Peduli Seribu Hari Pertamaku)"
#: an adminduk innovation (regency-wide, untagged in the seed)
ADMINDUK = "Si Jaran Ijo (Jemput Bola Rentan Adminduk Iso Jujuk Omah)"


@pytest.fixture(scope="module")
def potensi(seeded_store: Path) -> pd.DataFrame:
    return read_rows("potensi", seeded_store)


@pytest.fixture()
def inovasi(seeded_store: Path) -> pd.DataFrame:
    return read_rows("inovasi", seeded_store)


def _tag(inovasi: pd.DataFrame, nama: str, **cells: str | None) -> pd.DataFrame:
    """The innovations with ``cells`` changed on the one named ``nama``."""
    changed = inovasi.copy()
    where = changed.nama_inovasi == nama
    assert where.sum() == 1, nama
    for column, value in cells.items():
        changed.loc[where, column] = value
    return changed


def _support(potensi: pd.DataFrame, inovasi: pd.DataFrame) -> pd.DataFrame:
    return potensi_support(potensi, inovasi).set_index("potensi_id")


def test_a_tagged_innovation_supports_its_potential(potensi: pd.DataFrame, inovasi: pd.DataFrame) -> None:
    support = _support(potensi, inovasi)
    biosaka = inovasi.loc[inovasi.nama_inovasi == BIOSAKA, "inovasi_id"].item()
    # named by id: the Biosaka demonstration plot in Talun
    plot = support.loc["POT-0024"]
    assert plot.didukung and plot.inovasi_id == [biosaka] and plot.cara == [LANGSUNG]
    # tagged pertanian and regency-wide: the rice centres of four kecamatan too
    for pid in ("POT-0021", "POT-0021b", "POT-0021c", "POT-0021d", "POT-0022"):
        assert support.loc[pid, "inovasi_id"] == [biosaka], pid
        assert support.loc[pid, "cara"] == [SEKTOR], pid
    # no tourism innovation in the seed: Candi Penataran is a gap
    assert not support.loc["POT-0026", "didukung"]
    assert "POT-0026" in set(gap_list(potensi, inovasi).potensi_id)


def test_removing_the_tag_makes_a_gap(potensi: pd.DataFrame, inovasi: pd.DataFrame) -> None:
    untagged = _tag(inovasi, BIOSAKA, sektor_potensi=None, potensi_terkait=None)
    gaps = set(gap_list(potensi, untagged).potensi_id)
    pertanian = set(potensi.loc[potensi.sektor == "pertanian", "potensi_id"])
    assert pertanian and pertanian <= gaps
    assert not pertanian & set(gap_list(potensi, inovasi).potensi_id)


def test_a_rejected_or_archived_innovation_supports_nothing(
    potensi: pd.DataFrame, inovasi: pd.DataFrame
) -> None:
    for status in ("ditolak", "arsip"):
        gaps = set(gap_list(potensi, _tag(inovasi, BIOSAKA, status=status)).potensi_id)
        assert {"POT-0024", "POT-0021"} <= gaps, status
    still = set(gap_list(potensi, _tag(inovasi, BIOSAKA, status="diajukan")).potensi_id)
    assert "POT-0024" not in still


def test_a_regency_wide_innovation_supports_its_sector_in_every_kecamatan(
    potensi: pd.DataFrame, inovasi: pd.DataFrame
) -> None:
    tagged = _tag(inovasi, ADMINDUK, sektor_potensi="pariwisata")
    support = _support(potensi, tagged)
    wisata = support[support.sektor == "pariwisata"]
    assert wisata.kecamatan.nunique() > 10
    assert wisata.didukung.all()
    assert not support[support.sektor == "pertambangan"].didukung.any()


def test_a_kecamatan_bound_innovation_supports_only_its_own_kecamatan(
    potensi: pd.DataFrame, inovasi: pd.DataFrame
) -> None:
    tagged = _tag(inovasi, UDANAWU, sektor_potensi="pariwisata")
    support = _support(potensi, tagged)
    wisata = support[support.sektor == "pariwisata"]
    udanawu = support.loc["POT-0049", "kecamatan"]  # the store keeps Kemendagri codes
    assert udanawu == tagged.loc[tagged.nama_inovasi == UDANAWU, "kecamatan"].item()
    assert set(wisata[wisata.didukung].kecamatan) == {udanawu}
    assert support.loc["POT-0049", "didukung"]  # Wisata Sumber Mantenan, Udanawu
    assert not support.loc["POT-0026", "didukung"]  # Candi Penataran, Nglegok
    # a regency-wide potential of the sector is not served by one kecamatan's innovation
    tagged = _tag(inovasi, UDANAWU, sektor_potensi="perkebunan")
    support = _support(potensi, tagged)
    assert not support.loc["POT-0009", "didukung"]  # Kakao, regency-wide


def test_summary_counts_add_up_and_the_table_speaks_both_languages(
    potensi: pd.DataFrame, inovasi: pd.DataFrame
) -> None:
    summary = kecamatan_summary(potensi, inovasi)
    assert summary.potensi.sum() == len(potensi)
    assert (summary.didukung + summary.belum == summary.potensi).all()
    assert summary.belum.sum() == len(gap_list(potensi, inovasi))
    assert summary.kecamatan.iloc[-1] == ""  # regency-wide potentials last
    code = potensi.set_index("potensi_id").loc["POT-0026", "kecamatan"]  # Candi Penataran, Nglegok
    nglegok = summary.set_index("kecamatan").loc[code]
    assert (nglegok.potensi, nglegok.didukung) == (4, 0)  # koi, coffee estate, two temples
    names = {code: "Nglegok"}
    id_table = gap_table(potensi, inovasi, "id", names)
    en_table = gap_table(potensi, inovasi, "en", names)
    assert (id_table.Kecamatan == "Nglegok").sum() == 4
    assert list(id_table.columns) == ["Kecamatan", "Sektor", "ID potensi", "Potensi"]
    assert list(en_table.columns) == ["District", "Sector", "Potential id", "Potential"]
    assert len(id_table) == len(en_table) == summary.belum.sum()
    assert "Pariwisata" in set(id_table.Sektor) and "Tourism" in set(en_table.Sector)
    assert id_table.Kecamatan.iloc[-1] == "Seluruh kabupaten"
    assert en_table.District.iloc[-1] == "Whole regency"
