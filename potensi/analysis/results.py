"""Shared result types and the catalogue of reasons (``catatan``) the methods report.

Every method returns tidy tables. A value that cannot be computed (a zero
denominator, a one-year series, missing input) is NaN and its row says why in
three columns, so a page never has to guess:

``kode_catatan``
    stable keys from :data:`CATATAN`, joined by ``";"`` (empty when all is well);
    use these for logic and translation.
``catatan``
    the same reasons in Indonesian, with details (year, indicator …), joined by ``"; "``.
``catatan_en``
    the same in English.

Some keys are only warnings: the value is computed but deserves a look
(``nilai_kecil``, ``tepat_di_batas`` …). :data:`PERINGATAN` lists them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

#: reason key -> {"id": Indonesian text, "en": English text}
CATATAN: dict[str, dict[str, str]] = {
    "data_tidak_tersedia": {
        "id": "data tidak tersedia",
        "en": "data not available"},
    "total_wilayah_tidak_tersedia": {
        "id": "total wilayah tidak tersedia (ada rincian yang datanya tidak tersedia)",
        "en": "region total not available (some of its items have no data)"},
    "acuan_sektor_tidak_tersedia": {
        "id": "nilai sektor di wilayah acuan tidak tersedia",
        "en": "reference value of the sector not available"},
    "total_acuan_tidak_tersedia": {
        "id": "total wilayah acuan tidak tersedia",
        "en": "reference total not available"},
    "total_wilayah_nol": {
        "id": "total wilayah nol: pembagian tidak terdefinisi",
        "en": "region total is zero: division undefined"},
    "acuan_sektor_nol": {
        "id": "nilai sektor di wilayah acuan nol: pembagian tidak terdefinisi",
        "en": "reference value of the sector is zero: division undefined"},
    "total_acuan_nol": {
        "id": "total wilayah acuan nol: pembagian tidak terdefinisi",
        "en": "reference total is zero: division undefined"},
    "nilai_awal_nol": {
        "id": "nilai tahun awal nol: laju pertumbuhan tidak terdefinisi",
        "en": "base-year value is zero: growth rate undefined"},
    "deret_satu_tahun": {
        "id": "hanya satu tahun data: pertumbuhan tidak dapat dihitung",
        "en": "only one year of data: growth cannot be computed"},
    "deret_pendek": {
        "id": "deret tahun terlalu pendek (jumlah tahun < minimum)",
        "en": "series too short (number of years < minimum)"},
    "nilai_kecil": {
        "id": "nilai sangat kecil: hasil tidak stabil, baca dengan hati-hati",
        "en": "very small value: result unstable, read with care"},
    "total_lebih_kecil": {
        "id": "total yang diberikan lebih kecil dari jumlah rinciannya",
        "en": "the given total is smaller than the sum of its items"},
    "tepat_di_batas": {
        "id": "tepat sama dengan pembanding: dimasukkan ke kelompok 'di atas'",
        "en": "exactly equal to the benchmark: assigned to the 'above' group"},
    "tidak_dapat_diklasifikasi": {
        "id": "tidak dapat diklasifikasikan karena nilai pembentuknya tidak terdefinisi",
        "en": "cannot be classified because an input measure is undefined"},
    "penduduk_nol": {
        "id": "jumlah penduduk nol: nilai per kapita tidak terdefinisi",
        "en": "population is zero: per-capita value undefined"},
    "maks_sama_min": {
        "id": "semua wilayah bernilai sama (maks = min): normalisasi tidak terdefinisi",
        "en": "all regions have the same value (max = min): normalisation undefined"},
    "simpangan_nol": {
        "id": "simpangan baku nol: skor-z tidak terdefinisi",
        "en": "standard deviation is zero: z-score undefined"},
    "nilai_tengah": {
        "id": "indikator bernilai sama di semua wilayah: diberi nilai tengah",
        "en": "indicator is constant across regions: set to the midpoint"},
    "indikator_konstan": {
        "id": "ada indikator yang bernilai sama di semua wilayah: indeks tidak terdefinisi",
        "en": "an indicator is constant across regions: index undefined"},
    "indikator_dibuang": {
        "id": "indikator bernilai sama di semua wilayah dibuang; bobot lainnya disesuaikan",
        "en": "constant indicator dropped; the other weights rescaled"},
    "dipotong_persentil": {
        "id": "nilai dipotong ke batas persentil sebelum normalisasi",
        "en": "value clipped to the percentile bounds before normalisation"},
    "fasilitas_tanpa_unit": {
        "id": "tidak ada satu pun unit fasilitas ini di seluruh wilayah: fasilitas tidak dipakai",
        "en": "no unit of this facility anywhere: facility left out"},
    "fasilitas_di_semua_wilayah": {
        "id": "fasilitas ada di semua wilayah: tidak membedakan hierarki",
        "en": "facility present everywhere: does not discriminate between orders"},
    "fasilitas_tidak_ada": {
        "id": "fasilitas tidak ada di wilayah mana pun",
        "en": "facility present nowhere"},
    "dihitung_tanpa_sebagian_wilayah": {
        "id": "dihitung tanpa wilayah yang datanya tidak tersedia",
        "en": "computed without the regions whose data is missing"},
    "nilai_seragam": {
        "id": "semua wilayah bernilai sama: orde tidak dapat dibedakan",
        "en": "all regions have the same value: orders cannot be told apart"},
    "ri_tidak_terdefinisi": {
        "id": "indeks acak (RI) tidak terdefinisi untuk n ≤ 2; matriks 2×2 resiprokal selalu konsisten",
        "en": "random index (RI) undefined for n ≤ 2; a reciprocal 2×2 matrix is always consistent"},
}

#: keys that flag a computed value instead of explaining a missing one
PERINGATAN: frozenset[str] = frozenset({
    "nilai_kecil", "total_lebih_kecil", "tepat_di_batas", "nilai_tengah", "indikator_dibuang",
    "dipotong_persentil", "fasilitas_di_semua_wilayah", "fasilitas_tidak_ada",
    "dihitung_tanpa_sebagian_wilayah",
})

NOTE_COLUMNS = ("catatan", "catatan_en", "kode_catatan")


def _detail_at(detail: object, i: int) -> str:
    if detail is None:
        return ""
    if isinstance(detail, str):
        return detail
    value = detail[i]  # type: ignore[index]
    return "" if value is None or (isinstance(value, float) and np.isnan(value)) else str(value)


class Notes:
    """Collects reasons per row and renders the three ``catatan`` columns.

    A key is added once per row; a later call with the same key on the same row
    appends its detail to the first (``"data tidak tersedia (2019, 2020)"``).
    """

    def __init__(self, n: int) -> None:
        self._rows: list[dict[str, list[str]]] = [{} for _ in range(n)]

    def add(self, mask: Iterable[bool] | np.ndarray | pd.Series, key: str,
            detail: str | Sequence[object] | pd.Series | np.ndarray | None = None) -> None:
        """Record ``key`` on every row where ``mask`` is true (``detail`` a string or one per row)."""
        if key not in CATATAN:
            raise KeyError(key)
        flags = np.asarray(pd.Series(mask).fillna(False).astype(bool) if isinstance(mask, pd.Series)
                           else mask, dtype=bool)
        if isinstance(detail, pd.Series):
            detail = detail.to_list()
        for i in np.flatnonzero(flags):
            details = self._rows[i].setdefault(key, [])
            text = _detail_at(detail, int(i))
            if text and text not in details:
                details.append(text)

    def take(self, rows: Sequence[int] | np.ndarray) -> Notes:
        """A new collection with the reasons of ``rows`` (in that order)."""
        out = Notes(0)
        out._rows = [{k: list(v) for k, v in self._rows[int(i)].items()} for i in rows]
        return out

    def collapse(self, groups: Sequence[Sequence[int]]) -> Notes:
        """A new collection with one row per group, holding the reasons of all its rows."""
        out = Notes(len(groups))
        for target, rows in zip(out._rows, groups, strict=True):
            for i in rows:
                for key, details in self._rows[int(i)].items():
                    kept = target.setdefault(key, [])
                    kept.extend(d for d in details if d not in kept)
        return out

    def update(self, other: Notes) -> None:
        """Merge ``other`` (same number of rows) into this one, row by row."""
        if len(other._rows) != len(self._rows):
            raise ValueError("Notes.update needs the same number of rows")
        for mine, theirs in zip(self._rows, other._rows, strict=True):
            for key, details in theirs.items():
                target = mine.setdefault(key, [])
                target.extend(d for d in details if d not in target)

    def __len__(self) -> int:
        return len(self._rows)

    def has(self, key: str) -> np.ndarray:
        """Boolean mask of the rows carrying ``key``."""
        return np.array([key in row for row in self._rows], dtype=bool)

    def frame(self, index: pd.Index | None = None) -> pd.DataFrame:
        """The ``catatan``, ``catatan_en`` and ``kode_catatan`` columns."""
        ids, ens, keys = [], [], []
        for row in self._rows:
            id_parts, en_parts = [], []
            for key, details in row.items():
                suffix = f" ({', '.join(details)})" if details else ""
                id_parts.append(CATATAN[key]["id"] + suffix)
                en_parts.append(CATATAN[key]["en"] + suffix)
            ids.append("; ".join(id_parts))
            ens.append("; ".join(en_parts))
            keys.append(";".join(row))
        return pd.DataFrame({"catatan": ids, "catatan_en": ens, "kode_catatan": keys}, index=index)

    def attach(self, table: pd.DataFrame) -> pd.DataFrame:
        """``table`` (same row order) with the three note columns appended."""
        notes = self.frame(table.index)
        return pd.concat([table, notes], axis=1)


@dataclass(frozen=True, eq=False)
class AHPResult:
    """Weights from a pairwise comparison matrix and its consistency.

    Attributes
    ----------
    bobot : pandas.Series
        Weight per criterion (index = criterion names), summing to 1.
    lambda_max, ci, ri, cr : float
        Principal eigenvalue estimate, consistency index, random index and
        consistency ratio (``cr`` is NaN for n ≤ 2, see ``catatan``).
    n : int
        Number of criteria.
    metode : str
        ``"geometrik"`` (normalised geometric means of rows) or ``"eigen"``.
    matriks : pandas.DataFrame
        The (validated) pairwise matrix.
    catatan : str
        Remarks in Indonesian (empty when there are none).
    """

    bobot: pd.Series
    lambda_max: float
    ci: float
    ri: float
    cr: float
    n: int
    metode: str
    matriks: pd.DataFrame
    catatan: str = ""

    @property
    def konsisten(self) -> bool:
        """True when CR ≤ 0.10 (or n ≤ 2, which is always consistent)."""
        return bool(np.isnan(self.cr) or self.cr <= 0.10)

    def table(self) -> pd.DataFrame:
        """Tidy weights: ``kriteria``, ``bobot``, ``peringkat`` (1 = heaviest)."""
        out = pd.DataFrame({"kriteria": self.bobot.index, "bobot": self.bobot.to_numpy()})
        out["peringkat"] = out.bobot.rank(ascending=False, method="min").astype("Int64")
        return out


@dataclass(frozen=True, eq=False)
class ScalogramResult:
    """Guttman scalogram of a facility presence matrix.

    Attributes
    ----------
    wilayah : pandas.DataFrame
        One row per settlement in scalogram order: ``kode``, ``urutan`` (1 = most
        facility types), ``jumlah_jenis`` (facility types present), ``kesalahan``
        (Guttman errors of the row), ``orde`` (1 = highest), ``orde_label``
        (``"Orde I"`` …) and the note columns.
    fasilitas : pandas.DataFrame
        One row per facility type in scalogram order: ``fasilitas``, ``urutan``,
        ``jumlah_wilayah`` (settlements having it), ``persen_wilayah`` and notes.
    matriks : pandas.DataFrame
        The 0/1 matrix sorted (rows by total, columns by frequency), index = ``kode``;
        rows with missing data are left out.
    kesalahan : int
        Total errors e.
    cor : float
        Coefficient of reproducibility ``1 − e/(N·K)``.
    koefisien_skalabilitas : float
        Menzel's coefficient of scalability ``(COR − MMR)/(1 − MMR)``.
    n_wilayah, n_fasilitas : int
        N and K used in COR.
    batas_cor : float
        Threshold for a valid scale (0.90).
    catatan : str
        Remarks in Indonesian (empty when there are none).
    """

    wilayah: pd.DataFrame
    fasilitas: pd.DataFrame
    matriks: pd.DataFrame
    kesalahan: int
    cor: float
    koefisien_skalabilitas: float
    n_wilayah: int
    n_fasilitas: int
    batas_cor: float = 0.90
    catatan: str = ""

    @property
    def layak(self) -> bool:
        """True when COR ≥ the threshold (the facility ranking forms a valid scale)."""
        return bool(self.cor >= self.batas_cor)


@dataclass(frozen=True, eq=False)
class MarshallResult:
    """Marshall centrality index per settlement and the weight of each facility.

    Attributes
    ----------
    wilayah : pandas.DataFrame
        ``kode``, ``indeks_sentralitas``, ``peringkat`` (1 = most central),
        ``orde``, ``orde_label`` and the note columns.
    bobot : pandas.DataFrame
        ``fasilitas``, ``total_unit`` (T_f), ``bobot`` (C_f = t/T_f; NaN when the
        facility is left out) and the note columns.
    total_sentralitas : float
        t, the centrality shared by the units of one facility type (100).
    """

    wilayah: pd.DataFrame
    bobot: pd.DataFrame
    total_sentralitas: float = 100.0


@dataclass(frozen=True, eq=False)
class CompositeResult:
    """Composite potential index.

    Attributes
    ----------
    indeks : pandas.DataFrame
        One row per region: ``kode``, ``indeks`` (0–100 for min-max; weighted sum of
        z-scores for ``"zscore"``), ``peringkat`` (1 = highest; <NA> when undefined)
        and the note columns.
    normal : pandas.DataFrame
        Long table: ``kode``, ``indikator``, ``nilai``, ``nilai_normal``, ``arah``,
        ``bobot``, ``kontribusi`` (bobot × nilai_normal × 100 for min-max) and notes.
    bobot : pandas.DataFrame
        ``indikator``, ``bobot_masukan`` (as given), ``bobot`` (used, sums to 1), ``arah``.
    metode : str
        ``"minmax"`` or ``"zscore"``.
    catatan : str
        Remarks in Indonesian (empty when there are none).
    """

    indeks: pd.DataFrame
    normal: pd.DataFrame
    bobot: pd.DataFrame
    metode: str = "minmax"
    catatan: str = ""
