"""Service-centre hierarchy: Guttman scalogram, Marshall centrality index and orders (orde).

Both start from facilities per settlement (kecamatan or desa; Podes is the usual
source). The scalogram asks *which kinds* of facility a settlement has and
whether they pile up in a cumulative order; Marshall's index also counts *how
many units*, weighting each unit by the rarity of its facility type.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Sequence
from typing import Literal

import numpy as np
import pandas as pd

from potensi.analysis._tables import fmt, tidy_values
from potensi.analysis.errors import AnalysisError
from potensi.analysis.results import MarshallResult, Notes, ScalogramResult

OrderMethod = Literal["interval_sama", "natural"]


def sturges(n: int) -> int:
    """Number of classes by Sturges' rule, ``1 + 3.3·log10(n)`` rounded to the nearest integer.

    >>> sturges(22)
    5
    """
    if n < 1:
        raise AnalysisError("Aturan Sturges memerlukan paling sedikit satu nilai.")
    return max(1, math.floor(1 + 3.3 * math.log10(n) + 0.5))


def assign_orders(
    values: pd.Series,
    n_orders: int | Literal["sturges"] = 3,
    method: OrderMethod = "interval_sama",
    breaks: Sequence[float] | None = None,
) -> pd.DataFrame:
    """Hierarchy order (orde) of each value: Orde I holds the highest values.

    Methods
    -------
    ``"interval_sama"`` (equal interval, the usual choice in Indonesian planning
    documents): the range min…max is cut into ``n_orders`` classes of equal width;
    a value on a boundary goes to the higher class. ``"natural"``: Fisher-Jenks
    natural breaks (mapclassify). ``breaks``: explicit ascending thresholds — a
    value ≥ a threshold is in the class above it; ``n_orders`` is then
    ``len(breaks) + 1``. ``n_orders="sturges"``: number of classes by Sturges'
    rule on the number of known values.

    Returns
    -------
    DataFrame
        Same index as ``values``: ``orde`` (Int64, 1 = highest) and the note columns.
        Missing values get no order
        ("data tidak tersedia"); when all values are equal no order can be told
        apart (``nilai_seragam``).

    Examples
    --------
    >>> assign_orders(pd.Series([275.0, 105.0, 20.0])).orde.tolist()
    [1, 2, 3]
    """
    x = pd.Series(values, dtype=float)
    known = x.dropna()
    notes = Notes(len(x))
    notes.add(x.isna().to_numpy(), "data_tidak_tersedia")
    order = pd.Series(pd.NA, index=x.index, dtype="Int64")
    if breaks is not None:
        edges = np.asarray(breaks, dtype=float)
        if np.any(np.diff(edges) <= 0):
            raise AnalysisError("Batas orde harus naik (mis. [10, 20]).")
        k = len(edges) + 1
        cls = np.searchsorted(edges, known.to_numpy(), side="right")
        order[known.index] = k - cls
    elif not known.empty:
        k = sturges(len(known)) if n_orders == "sturges" else int(n_orders)
        if k < 1:
            raise AnalysisError("Jumlah orde harus paling sedikit 1.")
        lo, hi = float(known.min()), float(known.max())
        if hi == lo:
            notes.add(x.notna().to_numpy(), "nilai_seragam")
        elif method == "interval_sama":
            width = (hi - lo) / k
            cls = np.clip(np.floor((known.to_numpy() - lo) / width + 1e-9), 0, k - 1).astype(int)
            order[known.index] = k - cls
        elif method == "natural":
            import mapclassify

            k = min(k, known.nunique())
            with warnings.catch_warnings():  # FisherJenks notes that numba would be faster
                warnings.simplefilter("ignore")
                cls = mapclassify.FisherJenks(known.to_numpy(), k=k).yb
            order[known.index] = k - np.asarray(cls)
        else:
            raise AnalysisError(
                f"Metode orde '{method}' tidak dikenal; pilih 'interval_sama' atau 'natural'."
            )
    return notes.attach(pd.DataFrame({"orde": order}, index=x.index))


def _facility_table(
    data: pd.DataFrame,
    *,
    what: str,
    region_col: str,
    facility_col: str,
    value_col: str,
    year_col: str,
    facilities: Sequence[str] | None,
) -> pd.DataFrame:
    values, has_year = tidy_values(
        data,
        what=what,
        item_label="fasilitas",
        region_col=region_col,
        item_col=facility_col,
        value_col=value_col,
        year_col=year_col,
        items=facilities,
    )
    years = pd.unique(values.tahun)
    if has_year and len(years) > 1:
        raise AnalysisError(
            f"{what}: berisi beberapa tahun ({', '.join(map(str, sorted(years)))}); "
            "pilih satu tahun (mis. data Podes 2024) sebelum analisis."
        )
    wide = values.pivot(index="kode", columns="item", values="nilai")
    return wide.reindex(index=pd.unique(values.kode), columns=pd.unique(values.item))


def guttman_errors(matrix: np.ndarray) -> np.ndarray:
    """Errors per row of a sorted 0/1 matrix: zeros left of the row's last 1.

    >>> guttman_errors(np.array([[1, 1, 0, 1, 0], [1, 0, 0, 0, 0]])).tolist()
    [1, 0]
    """
    m = np.asarray(matrix, dtype=int)
    if m.size == 0:
        return np.zeros(m.shape[0], dtype=int)
    has_one = m.any(axis=1)
    last = m.shape[1] - 1 - np.argmax(m[:, ::-1], axis=1)
    zeros_before = np.array([(row[:end] == 0).sum() for row, end in zip(m, last, strict=True)])
    return np.where(has_one, zeros_before, 0)


def guttman_scalogram(
    data: pd.DataFrame,
    *,
    n_orders: int | Literal["sturges"] = 3,
    order_method: OrderMethod = "interval_sama",
    min_cor: float = 0.90,
    region_col: str = "kode",
    facility_col: str = "fasilitas",
    value_col: str = "nilai",
    year_col: str = "tahun",
    facilities: Sequence[str] | None = None,
) -> ScalogramResult:
    r"""Guttman scalogram of settlements by facility presence, with its reproducibility.

    Steps (DOMAIN.md §2.5): presence = 1 where a settlement has at least one unit of
    a facility type; rows sorted by number of types present (descending), columns
    by how many settlements have them (descending; ties keep the input order);
    an error is a 0 lying left of the row's last 1;

    .. math:: COR = 1 - \frac{e}{N \cdot K}

    with e the errors, N settlements and K facility types. The scale is
    acceptable when COR ≥ 0.90. Also reported: the coefficient of scalability
    ``CS = (COR − MMR)/(1 − MMR)`` (McIver & Carmines), MMR = Σ_f max(n₁, n₀)/(N·K),
    commonly required ≥ 0.60. Orders (orde) come from the number of types present
    (:func:`assign_orders`, equal interval, 3 orders by default).

    **Reading.** A valid scale (COR ≥ 0.90) means facilities accumulate in a fixed
    sequence: a settlement with a rare facility almost always has the common ones
    too, so the number of types ranks settlements as service centres. Orde I
    settlements are the service centres of the area.

    Parameters
    ----------
    data : DataFrame
        Presence (1/0) or counts of facilities per settlement; long (``kode``,
        ``fasilitas``, ``nilai``) or wide (one column per facility type). Counts
        are turned into presence (> 0). One year only.
    n_orders, order_method
        Passed to :func:`assign_orders`.
    min_cor : float, default 0.90
        Threshold for :attr:`ScalogramResult.layak`.
    facilities : sequence of str, optional
        The facility list to use (choose it explicitly and version it).
    region_col, facility_col, value_col, year_col : str
        Input column names (long tables need ``facility_col`` and ``value_col``).

    Returns
    -------
    ScalogramResult
        ``wilayah`` (kode, urutan, jumlah_jenis, kesalahan, orde, notes),
        ``fasilitas`` (fasilitas, urutan, jumlah_wilayah, persen_wilayah, notes),
        ``matriks`` (sorted 0/1), ``kesalahan``, ``cor``, ``koefisien_skalabilitas``,
        ``n_wilayah``, ``n_fasilitas``, ``layak``.

    Notes
    -----
    Settlements with a missing cell are left out of the matrix and of N (noted
    "data tidak tersedia"), since their place cannot be known; absence must be
    recorded as 0. COR depends on how facilities with equal frequency are
    ordered; input order is kept so that results are reproducible. Presence
    ignores quantity — pair with :func:`marshall_centrality`. Facilities present
    everywhere (e.g. SD) add no information and are flagged.

    Examples
    --------
    DOMAIN.md §2.5:

    >>> m = pd.DataFrame([[1, 1, 1, 1, 1], [1, 1, 1, 1, 0], [1, 1, 0, 1, 0], [1, 0, 1, 0, 0],
    ...                   [1, 0, 0, 0, 0]], index=["K1", "K2", "K3", "K4", "K5"],
    ...                  columns=["F1", "F2", "F3", "F4", "F5"])
    >>> r = guttman_scalogram(m)
    >>> r.kesalahan, round(r.cor, 2), r.layak
    (2, 0.92, True)
    """
    wide = _facility_table(
        data,
        what="Data fasilitas",
        region_col=region_col,
        facility_col=facility_col,
        value_col=value_col,
        year_col=year_col,
        facilities=facilities,
    )
    incomplete = wide.isna().any(axis=1)
    complete = wide[~incomplete]
    if complete.empty:
        raise AnalysisError("Skalogram: tidak ada wilayah dengan data fasilitas lengkap.")
    presence = (complete > 0).astype(int)
    row_totals = presence.sum(axis=1)
    col_totals = presence.sum(axis=0)
    row_order = row_totals.sort_values(ascending=False, kind="stable").index
    col_order = col_totals.sort_values(ascending=False, kind="stable").index
    matrix = presence.loc[row_order, col_order]
    errors = pd.Series(guttman_errors(matrix.to_numpy()), index=row_order)
    n, k = matrix.shape
    e = int(errors.sum())
    cor = 1 - e / (n * k)
    mmr = float(np.maximum(col_totals, n - col_totals).sum()) / (n * k)
    cs = (cor - mmr) / (1 - mmr) if mmr < 1 else float("nan")

    regions = list(row_order) + list(wide.index[incomplete])
    wilayah = pd.DataFrame({"kode": regions})
    wilayah["urutan"] = pd.array(list(range(1, n + 1)) + [pd.NA] * int(incomplete.sum()), dtype="Int64")
    wilayah["jumlah_jenis"] = pd.array(row_totals.reindex(regions).to_numpy(), dtype="Int64")
    wilayah["kesalahan"] = pd.array(errors.reindex(regions).to_numpy(), dtype="Int64")
    orders = assign_orders(wilayah.jumlah_jenis.astype(float), n_orders, order_method)
    notes = Notes(len(wilayah))
    missing = wide.loc[regions].isna()
    notes.add(
        incomplete.reindex(regions).to_numpy(),
        "data_tidak_tersedia",
        [", ".join(map(str, missing.columns[missing.loc[r]])) for r in regions],
    )
    wilayah["orde"] = orders.orde.array
    notes.add(orders.kode_catatan.str.contains("nilai_seragam").to_numpy(), "nilai_seragam")
    wilayah = notes.attach(wilayah)

    fas = pd.DataFrame(
        {
            "fasilitas": list(col_order),
            "urutan": range(1, k + 1),
            "jumlah_wilayah": col_totals.reindex(col_order).to_numpy(),
        }
    )
    fas["persen_wilayah"] = fas.jumlah_wilayah / n * 100
    fas_notes = Notes(k)
    fas_notes.add((fas.jumlah_wilayah == n).to_numpy(), "fasilitas_di_semua_wilayah")
    fas_notes.add((fas.jumlah_wilayah == 0).to_numpy(), "fasilitas_tidak_ada")
    fas = fas_notes.attach(fas)

    remarks = [
        f"COR = {fmt(cor)} {'≥' if cor >= min_cor else '<'} {fmt(min_cor, 2)}: "
        + ("skala layak" if cor >= min_cor else "skala tidak layak; tinjau daftar fasilitas")
    ]
    if incomplete.any():
        remarks.append(f"{int(incomplete.sum())} wilayah tidak diikutkan karena data tidak tersedia")
    matrix.index.name = "kode"
    matrix.columns.name = "fasilitas"
    return ScalogramResult(
        wilayah=wilayah,
        fasilitas=fas,
        matriks=matrix,
        kesalahan=e,
        cor=cor,
        koefisien_skalabilitas=cs,
        n_wilayah=n,
        n_fasilitas=k,
        batas_cor=min_cor,
        catatan="; ".join(remarks),
    )


def marshall_centrality(
    data: pd.DataFrame,
    *,
    total_centrality: float = 100.0,
    n_orders: int | Literal["sturges"] = "sturges",
    order_method: OrderMethod = "interval_sama",
    region_col: str = "kode",
    facility_col: str = "fasilitas",
    value_col: str = "nilai",
    year_col: str = "tahun",
    facilities: Sequence[str] | None = None,
) -> MarshallResult:
    r"""Marshall centrality index: facility units weighted by the rarity of their type.

    .. math:: C_f = \frac{t}{T_f}, \qquad IS_k = \sum_f n_{kf}\, C_f

    with t the centrality of one facility type (100), T_f the units of facility f
    in the whole system and n_kf the units in settlement k. Every facility type
    shares out the same t, so the indices sum to t × (number of types used).

    **Reading.** A higher IS means a settlement concentrates more (and rarer)
    services — a stronger service centre. Orders (orde) group settlements by IS
    (Sturges' number of equal-interval classes by default, or natural breaks).
    Rare facilities dominate (one of only two banks is worth 50 points); weight
    by facility level if that is not intended.

    Parameters
    ----------
    data : DataFrame
        Units of each facility per settlement, long or wide (as in
        :func:`guttman_scalogram`), one year.
    total_centrality : float, default 100
        t.
    n_orders, order_method
        Passed to :func:`assign_orders`.
    region_col, facility_col, value_col, year_col, facilities
        As in :func:`guttman_scalogram`.

    Returns
    -------
    MarshallResult
        ``wilayah``: ``kode``, ``indeks_sentralitas``, ``peringkat`` (1 = most
        central), ``orde`` and notes (input order kept);
        ``bobot``: ``fasilitas``, ``total_unit`` (T_f), ``bobot`` (C_f) and notes.

    Notes
    -----
    T_f = 0 (no unit anywhere) leaves the facility out (``fasilitas_tanpa_unit``).
    A settlement with a missing count has no index ("data tidak tersedia"); T_f
    is then computed from the other settlements and the facility is flagged
    (``dihitung_tanpa_sebagian_wilayah``).

    Examples
    --------
    DOMAIN.md §2.6:

    >>> n = pd.DataFrame({"SD": [10, 6, 4], "Puskesmas": [1, 1, 0], "Pasar": [3, 1, 0],
    ...                   "Bank": [2, 0, 0]}, index=pd.Index(["K1", "K2", "K3"], name="kode"))
    >>> marshall_centrality(n).wilayah.indeks_sentralitas.tolist()
    [275.0, 105.0, 20.0]
    """
    if not total_centrality > 0:
        raise AnalysisError("Marshall: total sentralitas t harus lebih dari nol (biasanya 100).")
    wide = _facility_table(
        data,
        what="Data fasilitas",
        region_col=region_col,
        facility_col=facility_col,
        value_col=value_col,
        year_col=year_col,
        facilities=facilities,
    )
    units = wide.sum(axis=0, skipna=True)
    partial = wide.isna().any(axis=0)
    used = units > 0
    if not used.any():
        raise AnalysisError(
            "Marshall: tidak ada satu pun unit fasilitas di data; indeks tidak dapat dihitung."
        )
    weight = (total_centrality / units).where(used)
    bobot = pd.DataFrame(
        {"fasilitas": list(wide.columns), "total_unit": units.to_numpy(), "bobot": weight.to_numpy()}
    )
    weight_notes = Notes(len(bobot))
    weight_notes.add((~used).to_numpy(), "fasilitas_tanpa_unit")
    weight_notes.add(
        (partial & used).to_numpy(),
        "dihitung_tanpa_sebagian_wilayah",
        [", ".join(map(str, wide.index[wide[c].isna()])) for c in wide.columns],
    )
    bobot = weight_notes.attach(bobot)

    counted = wide.loc[:, used]
    index = (counted * weight[used]).sum(axis=1, skipna=False)
    wilayah = pd.DataFrame({"kode": list(wide.index), "indeks_sentralitas": index.to_numpy()})
    wilayah["peringkat"] = wilayah.indeks_sentralitas.rank(ascending=False, method="min").astype("Int64")
    orders = assign_orders(wilayah.indeks_sentralitas, n_orders, order_method)
    wilayah["orde"] = orders.orde.array
    notes = Notes(len(wilayah))
    missing = counted.isna()
    notes.add(
        missing.any(axis=1).to_numpy(),
        "data_tidak_tersedia",
        [", ".join(map(str, missing.columns[missing.loc[r]])) for r in counted.index],
    )
    notes.add(orders.kode_catatan.str.contains("nilai_seragam").to_numpy(), "nilai_seragam")
    return MarshallResult(
        wilayah=notes.attach(wilayah), bobot=bobot, total_sentralitas=float(total_centrality)
    )
