"""Shared result types and the catalogue of reasons (``catatan``) the methods report.

Every method returns tidy tables. A value that cannot be computed (a zero
denominator, a one-year series, missing input) is NaN and its row says why in
two columns, so a page never has to guess:

``kode_catatan``
    stable keys from :data:`CATATAN`, joined by ``";"`` (empty when all is well);
    use these for logic and translation.
``rincian_catatan``
    the details of each key (year, indicator …), in the same order, joined by ``";"``
    (the details of one key by ``", "``); :func:`note_items` pairs them again.

The texts are not here: this package is pure maths, and the reasons are put into
words, in either language, by the presenters (catalogue entries ``catatan_<key>``).

Some keys are only warnings: the value is computed but deserves a look
(``nilai_kecil``, ``tepat_di_batas`` …). :data:`PERINGATAN` lists them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

#: reason keys; their texts (id, en) are catalogue entries ``catatan_<key>`` in :mod:`potensi.i18n`
CATATAN: tuple[str, ...] = (
    "data_tidak_tersedia",
    "total_wilayah_tidak_tersedia",
    "acuan_sektor_tidak_tersedia",
    "total_acuan_tidak_tersedia",
    "total_wilayah_nol",
    "acuan_sektor_nol",
    "total_acuan_nol",
    "nilai_awal_nol",
    "deret_satu_tahun",
    "deret_pendek",
    "nilai_kecil",
    "total_lebih_kecil",
    "tepat_di_batas",
    "tidak_dapat_diklasifikasi",
    "penduduk_nol",
    "maks_sama_min",
    "simpangan_nol",
    "nilai_tengah",
    "indikator_konstan",
    "indikator_dibuang",
    "dipotong_persentil",
    "fasilitas_tanpa_unit",
    "fasilitas_di_semua_wilayah",
    "fasilitas_tidak_ada",
    "dihitung_tanpa_sebagian_wilayah",
    "nilai_seragam",
    "ri_tidak_terdefinisi",
)

#: keys that flag a computed value instead of explaining a missing one
PERINGATAN: frozenset[str] = frozenset(
    {
        "nilai_kecil",
        "total_lebih_kecil",
        "tepat_di_batas",
        "nilai_tengah",
        "indikator_dibuang",
        "dipotong_persentil",
        "fasilitas_di_semua_wilayah",
        "fasilitas_tidak_ada",
        "dihitung_tanpa_sebagian_wilayah",
    }
)

NOTE_COLUMNS = ("kode_catatan", "rincian_catatan")
#: separates the reasons of a row in both note columns; details of one reason are joined by ", "
NOTE_SEPARATOR = ";"


def note_items(codes: str, details: str) -> list[tuple[str, str]]:
    """The two note columns of one row, paired again: each reason key with its details.

    Details are empty when a reason has none; the order is the order of recording.

    Examples
    --------
    >>> note_items("data_tidak_tersedia;nilai_kecil", "2022, 2023;")
    [('data_tidak_tersedia', '2022, 2023'), ('nilai_kecil', '')]
    """
    if not isinstance(codes, str) or not codes:
        return []
    keys = codes.split(NOTE_SEPARATOR)
    parts = details.split(NOTE_SEPARATOR) if isinstance(details, str) else []
    return [(key, parts[i] if i < len(parts) else "") for i, key in enumerate(keys)]


def _detail_at(detail: object, i: int) -> str:
    if detail is None:
        return ""
    if isinstance(detail, str):
        return detail
    value = detail[i]  # type: ignore[index]
    return "" if value is None or (isinstance(value, float) and np.isnan(value)) else str(value)


class Notes:
    """Collects reasons per row and renders the two note columns.

    A key is added once per row; a later call with the same key on the same row
    appends its detail to the first (``"data tidak tersedia (2019, 2020)"``).
    """

    def __init__(self, n: int) -> None:
        self._rows: list[dict[str, list[str]]] = [{} for _ in range(n)]

    def add(
        self,
        mask: Iterable[bool] | np.ndarray | pd.Series,
        key: str,
        detail: str | Sequence[object] | pd.Series | np.ndarray | None = None,
    ) -> None:
        """Record ``key`` on every row where ``mask`` is true (``detail`` a string or one per row)."""
        if key not in CATATAN:
            raise KeyError(key)
        flags = np.asarray(
            pd.Series(mask).fillna(False).astype(bool) if isinstance(mask, pd.Series) else mask, dtype=bool
        )
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
        """The ``kode_catatan`` and ``rincian_catatan`` columns (see :func:`note_items`)."""
        keys = [NOTE_SEPARATOR.join(row) for row in self._rows]
        details = [NOTE_SEPARATOR.join(", ".join(d) for d in row.values()) for row in self._rows]
        return pd.DataFrame({"kode_catatan": keys, "rincian_catatan": details}, index=index)

    def attach(self, table: pd.DataFrame) -> pd.DataFrame:
        """``table`` (same row order) with the two note columns appended."""
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
        (Guttman errors of the row), ``orde`` (1 = highest) and the note columns.
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
        ``orde`` and the note columns.
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
