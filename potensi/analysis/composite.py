"""Composite potential index: normalised indicators, weights by hand or from AHP, ranking.

Indicators in different units (LQ, centrality points, km/km²) are first put on
one scale — min-max to 0…1 (the default; the index is then 0–100) or z-scores —
each in its own direction (higher-is-better or lower-is-better), then averaged
with weights that sum to 1. Weights come from the analyst or from an AHP
pairwise comparison matrix (expert judgement, e.g. a Bappeda FGD), which is
refused when it is too inconsistent (CR > 0.10).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal

import numpy as np
import pandas as pd

from potensi.analysis._tables import fmt, tidy_values
from potensi.analysis.errors import AHPInconsistent, AnalysisError
from potensi.analysis.results import NOTE_COLUMNS, AHPResult, CompositeResult, Notes

Method = Literal["minmax", "zscore"]
Constant = Literal["nan", "midpoint", "drop"]

#: Saaty's random consistency index by matrix size (n = 3…9 as in DOMAIN.md §2.7; 10 from Saaty)
RANDOM_INDEX: dict[int, float] = {
    1: 0.0,
    2: 0.0,
    3: 0.58,
    4: 0.90,
    5: 1.12,
    6: 1.24,
    7: 1.32,
    8: 1.41,
    9: 1.45,
    10: 1.49,
}
#: largest acceptable consistency ratio
MAX_CR = 0.10
#: relative slack when checking a_ji = 1/a_ij (entries like 0.333 for 1/3 are accepted)
RECIPROCAL_RTOL = 0.02

_DIRECTIONS = {
    "tinggi": "tinggi",
    "higher": "tinggi",
    "+": "tinggi",
    "naik": "tinggi",
    "rendah": "rendah",
    "lower": "rendah",
    "-": "rendah",
    "turun": "rendah",
}


def _directions(indicators: list[object], direction: Mapping[str, str] | None) -> dict[object, str]:
    direction = dict(direction or {})
    unknown = [k for k in direction if k not in indicators]
    if unknown:
        raise AnalysisError(
            f"Arah indikator: {', '.join(map(str, unknown))} tidak ada di data "
            f"(indikator: {', '.join(map(str, indicators))})."
        )
    out = {}
    for name in indicators:
        value = str(direction.get(name, "tinggi")).strip().lower()
        if value not in _DIRECTIONS:
            raise AnalysisError(
                f"Arah indikator '{name}' = {value!r} tidak dikenal; gunakan 'tinggi' "
                "(makin tinggi makin baik) atau 'rendah' (makin rendah makin baik)."
            )
        out[name] = _DIRECTIONS[value]
    return out


def _indicator_table(
    table: pd.DataFrame,
    *,
    region_col: str,
    indicator_col: str,
    value_col: str,
    year_col: str,
    indicators: Sequence[str] | None,
) -> pd.DataFrame:
    values, has_year = tidy_values(
        table,
        what="Tabel indikator",
        item_label="indikator",
        region_col=region_col,
        item_col=indicator_col,
        value_col=value_col,
        year_col=year_col,
        items=indicators,
        allow_negative=True,
    )
    if has_year and values.tahun.nunique() > 1:
        raise AnalysisError(
            "Tabel indikator berisi beberapa tahun; pilih satu tahun per indikator "
            "sebelum menghitung indeks komposit."
        )
    return values.drop(columns="tahun").rename(columns={"item": "indikator"})


def normalise(
    table: pd.DataFrame,
    *,
    method: Method = "minmax",
    direction: Mapping[str, str] | None = None,
    clip: tuple[float, float] | None = None,
    constant: Constant = "nan",
    region_col: str = "kode",
    indicator_col: str = "indikator",
    value_col: str = "nilai",
    year_col: str = "tahun",
    indicators: Sequence[str] | None = None,
) -> pd.DataFrame:
    r"""Put each indicator on a common scale, in its own direction.

    .. math::
        \text{min-max: } z = \frac{x - \min}{\max - \min}\ \ (\text{lower-is-better: }
        \frac{\max - x}{\max - \min}) \qquad
        \text{z-score: } z = \frac{x - \bar x}{s}\ \ (\text{lower-is-better: } \frac{\bar x - x}{s})

    min and max (or mean and population standard deviation *s*) are taken over the
    regions with data for that indicator.

    **Reading.** Min-max: 1 is the best region on that indicator, 0 the worst — it
    is relative to this set of regions, and one outlier squeezes everyone else
    (``clip`` winsorises to percentiles first). Z-score: 0 is the average region,
    ±1 one standard deviation above/below; less sensitive to one extreme but
    not bounded.

    Parameters
    ----------
    table : DataFrame
        Indicators per region: wide (``kode`` + one numeric column per indicator,
        or the region as index) or long (``kode``, ``indikator``, ``nilai``), one year.
    method : {"minmax", "zscore"}
        Min-max to 0…1 (default) or z-scores.
    direction : dict, optional
        Indicator → ``"tinggi"`` (higher is better, default) or ``"rendah"``
        (lower is better; also ``"higher"``/``"lower"``).
    clip : (float, float), optional
        Lower and upper percentiles as fractions, e.g. ``(0.05, 0.95)``; values
        outside are set to those percentiles before normalising.
    constant : {"nan", "midpoint", "drop"}, default "nan"
        An indicator with the same value everywhere (max = min, s = 0) cannot be
        normalised: ``"nan"`` leaves it NaN with the reason; ``"midpoint"`` gives
        every region 0.5 (z-score: 0); ``"drop"`` marks it for removal from the
        composite (its values stay NaN).
    region_col, indicator_col, value_col, year_col : str
        Input column names (long tables need ``indicator_col`` and ``value_col``).
    indicators : sequence of str, optional
        Restrict to these indicators (wide tables: the indicator columns).

    Returns
    -------
    DataFrame
        Long: ``kode``, ``indikator``, ``nilai``, ``nilai_normal``, ``arah``
        (``tinggi``/``rendah``) and the note columns. Missing values stay missing
        ("data tidak tersedia").

    Examples
    --------
    >>> t = pd.DataFrame({"kode": ["K1", "K2", "K3"], "jarak": [2.0, 5.0, 8.0]})
    >>> normalise(t, direction={"jarak": "rendah"}).nilai_normal.tolist()
    [1.0, 0.5, 0.0]
    """
    if method not in ("minmax", "zscore"):
        raise AnalysisError(f"Metode normalisasi '{method}' tidak dikenal; pilih 'minmax' atau 'zscore'.")
    if constant not in ("nan", "midpoint", "drop"):
        raise AnalysisError(
            f"Pilihan constant '{constant}' tidak dikenal; pilih 'nan', 'midpoint' atau 'drop'."
        )
    if clip is not None and not (0 <= clip[0] < clip[1] <= 1):
        raise AnalysisError("clip harus sepasang persentil 0 ≤ bawah < atas ≤ 1, mis. (0.05, 0.95).")
    long = _indicator_table(
        table,
        region_col=region_col,
        indicator_col=indicator_col,
        value_col=value_col,
        year_col=year_col,
        indicators=indicators,
    )
    arah = _directions(list(pd.unique(long.indikator)), direction)
    long["nilai_normal"] = np.nan
    long["arah"] = long.indikator.map(arah)
    notes = Notes(len(long))
    notes.add(long.nilai.isna().to_numpy(), "data_tidak_tersedia")
    for name, rows in long.groupby("indikator", sort=False).groups.items():
        x = long.loc[rows, "nilai"].astype(float)
        if clip is not None and x.notna().any():
            lo, hi = x.quantile(clip[0]), x.quantile(clip[1])
            clipped = x.clip(lo, hi)
            notes.add(
                ((clipped != x) & x.notna()).reindex(long.index, fill_value=False).to_numpy(),
                "dipotong_persentil",
                f"{fmt(lo)} – {fmt(hi)}",
            )
            x = clipped
        known = x.dropna()
        higher = arah[name] == "tinggi"
        if method == "minmax":
            spread = known.max() - known.min() if not known.empty else np.nan
            distance = (x - known.min()) if higher else (known.max() - x)
            midpoint, reason = 0.5, "maks_sama_min"
        else:
            spread = known.std(ddof=0) if not known.empty else np.nan
            distance = (x - known.mean()) if higher else (known.mean() - x)
            midpoint, reason = 0.0, "simpangan_nol"
        z = distance / spread + 0.0 if spread > 0 else None  # + 0.0: no negative zero
        present = pd.Series(False, index=long.index)
        present[rows] = x.notna().to_numpy()
        if z is not None:
            long.loc[rows, "nilai_normal"] = z
        elif known.empty:
            continue
        elif constant == "midpoint":
            long.loc[rows, "nilai_normal"] = np.where(x.notna(), midpoint, np.nan)
            notes.add(present.to_numpy(), "nilai_tengah", str(name))
        elif constant == "drop":
            notes.add(present.to_numpy(), "indikator_dibuang", str(name))
        else:
            notes.add(present.to_numpy(), reason, str(name))
    return notes.attach(long.reset_index(drop=True))


def _weights(weights: object, indicators: list[object]) -> pd.Series:
    if isinstance(weights, AHPResult):
        weights = weights.bobot
    if isinstance(weights, Mapping):
        weights = pd.Series(dict(weights))
    if not isinstance(weights, pd.Series):
        raise AnalysisError("Bobot harus berupa dict indikator → bobot, Series, atau hasil ahp_weights().")
    missing = [i for i in indicators if i not in weights.index]
    extra = [i for i in weights.index if i not in indicators]
    if missing or extra:
        parts = ([f"tanpa bobot: {', '.join(map(str, missing))}"] if missing else []) + (
            [f"bobot tanpa data: {', '.join(map(str, extra))}"] if extra else []
        )
        raise AnalysisError(f"Bobot dan indikator tidak cocok ({'; '.join(parts)}).")
    w = pd.to_numeric(weights.reindex(indicators), errors="coerce").astype(float)
    if w.isna().any() or np.isinf(w).any():
        raise AnalysisError("Setiap bobot harus berupa angka.")
    if (w < 0).any():
        raise AnalysisError("Bobot tidak boleh negatif.")
    if w.sum() <= 0:
        raise AnalysisError("Jumlah bobot harus lebih dari nol.")
    return w


def composite_index(
    table: pd.DataFrame,
    weights: Mapping[str, float] | pd.Series | AHPResult,
    *,
    method: Method = "minmax",
    direction: Mapping[str, str] | None = None,
    clip: tuple[float, float] | None = None,
    constant: Constant = "nan",
    region_col: str = "kode",
    indicator_col: str = "indikator",
    value_col: str = "nilai",
    year_col: str = "tahun",
    indicators: Sequence[str] | None = None,
) -> CompositeResult:
    r"""Composite potential index per region, with its ranking.

    .. math:: S_k = 100 \cdot \sum_i w_i\, z_{ik}, \qquad \sum_i w_i = 1

    with z the min-max normalised indicators (:func:`normalise`); for
    ``method="zscore"`` the index is ``Σ w_i z_ik`` (no ×100, not bounded).
    Weights given by hand are rescaled to sum to 1 (``bobot_masukan`` keeps them
    as given); an :class:`AHPResult` can be passed directly.

    **Reading.** Min-max index 100 would be a region that is best on every
    indicator, 0 worst on every one; the index ranks regions *within this set*
    — it is not an absolute level and changes when regions or indicators change.
    Document the weights (their source and date).

    Parameters
    ----------
    table : DataFrame
        Indicators per region (see :func:`normalise`).
    weights : dict, Series or AHPResult
        One non-negative weight per indicator, no more and no fewer.
    method, direction, clip, constant, region_col, indicator_col, value_col, year_col, indicators
        See :func:`normalise`. With ``constant="drop"`` constant indicators are
        removed and the remaining weights rescaled to sum to 1.

    Returns
    -------
    CompositeResult
        ``indeks``: ``kode``, ``indeks``, ``peringkat`` (1 = highest, <NA> when the
        index is undefined) and notes; ``normal``: the long normalised table with
        ``bobot`` and ``kontribusi``; ``bobot``: ``indikator``, ``bobot_masukan``,
        ``bobot``, ``arah``.

    Notes
    -----
    A region missing any indicator gets no index ("data tidak tersedia: …") and no
    rank — missing is never 0. Impute explicitly beforehand if that is the
    policy. Min-max makes the worst region exactly 0 and is sensitive to outliers
    (consider ``clip`` or z-scores).

    Examples
    --------
    DOMAIN.md §2.7 with the printed weights:

    >>> t = pd.DataFrame({"kode": ["K1", "K2", "K3"], "lq": [1.8, 1.2, 0.6],
    ...                   "sentralitas": [275, 105, 20], "jalan": [0.9, 1.4, 0.5]})
    >>> r = composite_index(t, {"lq": 0.648, "sentralitas": 0.230, "jalan": 0.122})
    >>> r.indeks.indeks.round(1).tolist(), r.indeks.peringkat.tolist()
    ([93.2, 52.3, 0.0], [1, 2, 3])
    """
    normal = normalise(
        table,
        method=method,
        direction=direction,
        clip=clip,
        constant=constant,
        region_col=region_col,
        indicator_col=indicator_col,
        value_col=value_col,
        year_col=year_col,
        indicators=indicators,
    )
    indicator_list = list(pd.unique(normal.indikator))
    given = _weights(weights, indicator_list)
    dropped = [
        i
        for i in indicator_list
        if normal[normal.indikator == i].kode_catatan.str.contains("indikator_dibuang").any()
    ]
    kept = [i for i in indicator_list if i not in dropped]
    if not kept:
        raise AnalysisError(
            "Semua indikator bernilai sama di semua wilayah; indeks komposit tidak dapat dihitung."
        )
    used = given.where(given.index.isin(kept), 0.0)
    if used.sum() <= 0:
        raise AnalysisError(
            "Bobot indikator yang tersisa semuanya nol; indeks komposit tidak dapat dihitung."
        )
    used = used / used.sum()
    arah = normal.drop_duplicates("indikator").set_index("indikator").arah
    bobot = pd.DataFrame(
        {
            "indikator": indicator_list,
            "bobot_masukan": given.to_numpy(),
            "bobot": used.to_numpy(),
            "arah": arah.reindex(indicator_list).to_numpy(),
        }
    )
    scale = 100.0 if method == "minmax" else 1.0
    normal["bobot"] = normal.indikator.map(used)
    normal["kontribusi"] = normal.bobot * normal.nilai_normal * scale
    columns = [c for c in normal.columns if c not in NOTE_COLUMNS]
    normal = normal[columns + list(NOTE_COLUMNS)]

    regions = list(pd.unique(normal.kode))
    part = normal[normal.indikator.isin(kept)]
    contribution = part.pivot(index="kode", columns="indikator", values="kontribusi").reindex(regions)
    values = part.pivot(index="kode", columns="indikator", values="nilai").reindex(regions)
    undefined_constant = part[part.nilai_normal.isna() & part.nilai.notna()]
    out = pd.DataFrame({"kode": regions})
    out["indeks"] = contribution.sum(axis=1, skipna=False).to_numpy()
    if method == "minmax":  # only rounding can leave 0…100 (weights sum to 1 ± 1 ulp)
        out["indeks"] = out.indeks.clip(0.0, 100.0)
    out["peringkat"] = out.indeks.rank(ascending=False, method="min").astype("Int64")
    notes = Notes(len(out))
    missing = values.isna()
    notes.add(
        missing.any(axis=1).to_numpy(),
        "data_tidak_tersedia",
        [", ".join(map(str, missing.columns[missing.loc[r]])) for r in regions],
    )
    constant_names = ", ".join(map(str, pd.unique(undefined_constant.indikator)))
    notes.add(np.full(len(out), bool(constant_names)), "indikator_konstan", constant_names)
    if dropped:
        notes.add(np.ones(len(out), dtype=bool), "indikator_dibuang", ", ".join(map(str, dropped)))
    midpoint = [
        i for i in kept if normal[normal.indikator == i].kode_catatan.str.contains("nilai_tengah").any()
    ]
    if midpoint:
        notes.add(np.ones(len(out), dtype=bool), "nilai_tengah", ", ".join(map(str, midpoint)))
    remark = ""
    if not np.isclose(given.sum(), 1.0, rtol=1e-9):
        remark = f"bobot masukan berjumlah {fmt(float(given.sum()))}; diskalakan agar berjumlah 1"
    return CompositeResult(
        indeks=notes.attach(out),
        normal=normal.reset_index(drop=True),
        bobot=bobot,
        metode=method,
        catatan=remark,
    )


def _as_matrix(matrix: object, criteria: Sequence[str] | None) -> pd.DataFrame:
    if isinstance(matrix, pd.DataFrame):
        if list(matrix.index) != list(matrix.columns):
            if set(matrix.index) == set(matrix.columns) and len(matrix.index) == len(matrix.columns):
                matrix = matrix.loc[:, list(matrix.index)]
            else:
                raise AnalysisError("Matriks AHP: label baris dan kolom harus sama (kriteria yang sama).")
        frame = matrix.copy()
        if criteria is not None:
            frame.index = frame.columns = list(criteria)
    else:
        array = np.asarray(matrix, dtype=object)
        if array.ndim != 2 or array.shape[0] != array.shape[1]:
            raise AnalysisError(f"Matriks AHP harus persegi (n × n); diberikan bentuk {array.shape}.")
        names = list(criteria) if criteria is not None else [f"K{i + 1}" for i in range(array.shape[0])]
        frame = pd.DataFrame(array, index=names, columns=names)
    if frame.shape[0] != frame.shape[1]:
        raise AnalysisError(
            f"Matriks AHP harus persegi (n × n); diberikan {frame.shape[0]} × {frame.shape[1]}."
        )
    if criteria is not None and len(criteria) != frame.shape[0]:
        raise AnalysisError("Matriks AHP: jumlah nama kriteria tidak sama dengan ukuran matriks.")
    try:
        values = frame.to_numpy(dtype=float)
    except (TypeError, ValueError):
        raise AnalysisError("Matriks AHP harus berisi angka (mis. 3 atau 1/3 sebagai 0,333).") from None
    return pd.DataFrame(values, index=frame.index, columns=frame.columns)


def ahp_weights(
    matrix: pd.DataFrame | np.ndarray | Sequence[Sequence[float]],
    *,
    criteria: Sequence[str] | None = None,
    method: Literal["geometrik", "eigen"] = "geometrik",
    max_cr: float = MAX_CR,
    random_index: float | None = None,
) -> AHPResult:
    r"""AHP weights from a reciprocal pairwise comparison matrix, refused when inconsistent.

    .. math::
        w_i = \frac{(\prod_j a_{ij})^{1/n}}{\sum_k (\prod_j a_{kj})^{1/n}},\quad
        \lambda_{max} = \frac{1}{n}\sum_i \frac{(A w)_i}{w_i},\quad
        CI = \frac{\lambda_{max} - n}{n - 1},\quad CR = \frac{CI}{RI_n}

    ``a_ij`` says how much more important criterion i is than j on Saaty's 1–9
    scale (``a_ji = 1/a_ij``). Weights are the normalised geometric means of the
    rows (DOMAIN.md §2.7; ``method="eigen"`` uses the principal eigenvector, which
    gives practically the same weights). RI is Saaty's random index
    (:data:`RANDOM_INDEX`: n = 3…9: 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45).

    **Reading.** A weight is the share of importance of a criterion; CR measures
    how far the judgements contradict each other (A > B and B > C but C > A).
    CR ≤ 0.10 is acceptable; above it the judgements must be revisited, so this
    function refuses (:class:`AHPInconsistent`, carrying the computed result and
    naming the most contradictory pair).

    Parameters
    ----------
    matrix : DataFrame or array-like
        n × n, positive, reciprocal, diagonal 1. A DataFrame's labels name the
        criteria; small rounding (0.333 for 1/3) is accepted and the lower
        triangle is then taken as the exact reciprocal of the upper one.
    criteria : sequence of str, optional
        Names for an array (default K1…Kn).
    method : {"geometrik", "eigen"}
        Normalised geometric means of rows (default) or principal eigenvector.
    max_cr : float, default 0.10
        Largest acceptable CR.
    random_index : float, optional
        RI to use instead of the table (required for n > 10).

    Returns
    -------
    AHPResult
        ``bobot`` (Series summing to 1), ``lambda_max``, ``ci``, ``ri``, ``cr``
        (NaN for n ≤ 2, always consistent), ``n``, ``metode``, ``matriks``;
        ``.table()`` gives ``kriteria``, ``bobot``, ``peringkat``.

    Raises
    ------
    AHPInconsistent
        CR > ``max_cr``.
    AnalysisError
        Matrix not square, not positive, not reciprocal, diagonal not 1, n < 2.

    Examples
    --------
    DOMAIN.md §2.7:

    >>> r = ahp_weights([[1, 3, 5], [1/3, 1, 2], [1/5, 1/2, 1]], criteria=["lq", "sentralitas", "jalan"])
    >>> r.bobot.round(3).tolist(), round(r.lambda_max, 3), round(r.cr, 3)
    ([0.648, 0.23, 0.122], 3.004, 0.003)
    """
    frame = _as_matrix(matrix, criteria)
    n = frame.shape[0]
    if n < 2:
        raise AnalysisError("Matriks AHP memerlukan paling sedikit 2 kriteria.")
    if frame.index.duplicated().any():
        raise AnalysisError("Matriks AHP: nama kriteria ganda.")
    a = frame.to_numpy()
    names = list(frame.index)
    if not np.isfinite(a).all() or (a <= 0).any():
        raise AnalysisError(
            "Matriks AHP harus berisi angka positif di setiap sel (skala Saaty 1/9 … 9); "
            "sel kosong tidak diperbolehkan."
        )
    if not np.allclose(np.diag(a), 1.0, rtol=0, atol=1e-9):
        raise AnalysisError("Matriks AHP: diagonal harus bernilai 1 (kriteria dibanding dirinya sendiri).")
    product = a * a.T
    bad = np.argwhere(~np.isclose(product, 1.0, rtol=RECIPROCAL_RTOL, atol=0))
    if bad.size:
        i, j = bad[0]
        raise AnalysisError(
            f"Matriks AHP tidak resiprokal: a['{names[i]}','{names[j]}'] = {fmt(a[i, j])} "
            f"tetapi a['{names[j]}','{names[i]}'] = {fmt(a[j, i])}; seharusnya "
            f"{fmt(1 / a[i, j])} (kebalikannya)."
        )
    remarks = []
    upper = np.triu(a, 1)
    exact = upper + np.triu(1 / a, 1).T + np.eye(n)
    if not np.allclose(exact, a, rtol=1e-12, atol=0):
        remarks.append("segitiga bawah disesuaikan menjadi kebalikan tepat segitiga atas")
    a = exact
    if method == "geometrik":
        g = np.exp(np.log(a).mean(axis=1))
        w = g / g.sum()
    elif method == "eigen":
        values, vectors = np.linalg.eig(a)
        principal = np.argmax(values.real)
        v = np.abs(vectors[:, principal].real)
        w = v / v.sum()
    else:
        raise AnalysisError(f"Metode AHP '{method}' tidak dikenal; pilih 'geometrik' atau 'eigen'.")
    lambda_max = float(np.mean((a @ w) / w))
    ci = (lambda_max - n) / (n - 1)
    if random_index is not None:
        ri = float(random_index)
    elif n in RANDOM_INDEX:
        ri = RANDOM_INDEX[n]
    else:
        raise AnalysisError(
            f"Indeks acak (RI) untuk n = {n} tidak ada di tabel (n ≤ 10); berikan "
            "random_index, atau kelompokkan kriteria secara bertingkat."
        )
    if n <= 2 or ri == 0:
        cr = float("nan")
        ci = 0.0 if n <= 2 else ci
        remarks.append("RI tidak terdefinisi untuk n ≤ 2; matriks 2×2 resiprokal selalu konsisten")
    else:
        cr = ci / ri
    result = AHPResult(
        bobot=pd.Series(w, index=names, name="bobot"),
        lambda_max=lambda_max,
        ci=ci,
        ri=ri,
        cr=cr,
        n=n,
        metode=method,
        matriks=pd.DataFrame(a, index=names, columns=names),
        catatan="; ".join(remarks),
    )
    if not np.isnan(cr) and cr > max_cr:
        deviation = np.abs(np.log(a * np.outer(1 / w, w)))
        i, j = np.unravel_index(np.argmax(np.triu(deviation, 1)), deviation.shape)
        raise AHPInconsistent(
            f"Matriks perbandingan berpasangan tidak konsisten: CR = {fmt(cr)} melebihi batas "
            f"{fmt(max_cr, 2)}, sehingga bobot tidak dapat dipakai. Perbandingan yang paling menyimpang: "
            f"'{names[i]}' terhadap '{names[j]}' (diisi {fmt(a[i, j], 2)}; yang selaras dengan penilaian "
            f"lain ≈ {fmt(w[i] / w[j], 2)}). Tinjau kembali penilaian para ahli, lalu hitung ulang.",
            result,
        )
    return result


def pairwise_matrix(
    judgements: Mapping[tuple[str, str], float], criteria: Sequence[str] | None = None
) -> pd.DataFrame:
    """Build the full reciprocal matrix from judgements of each pair, e.g. from a form.

    ``{("lq", "jalan"): 5}`` means *lq* is 5 times as important as *jalan*;
    ``jalan`` vs ``lq`` becomes 1/5. Every pair must be judged once (giving both
    directions is accepted only when they are reciprocal).

    Examples
    --------
    >>> m = pairwise_matrix({("a", "b"): 3, ("a", "c"): 5, ("b", "c"): 2})
    >>> float(m.loc["c", "a"])
    0.2
    """
    names = (
        list(criteria)
        if criteria is not None
        else list(dict.fromkeys(name for pair in judgements for name in pair))
    )
    a = pd.DataFrame(np.eye(len(names)), index=names, columns=names)
    seen = set()
    for (i, j), value in judgements.items():
        if i not in names or j not in names:
            raise AnalysisError(f"Penilaian AHP: kriteria '{i}' atau '{j}' tidak ada di daftar kriteria.")
        if i == j:
            raise AnalysisError(f"Penilaian AHP: '{i}' dibandingkan dengan dirinya sendiri.")
        value = float(value)
        if not value > 0 or not np.isfinite(value):
            raise AnalysisError(f"Penilaian AHP '{i}' terhadap '{j}' harus angka positif.")
        key = frozenset((i, j))
        if key in seen and not np.isclose(a.loc[i, j], value, rtol=RECIPROCAL_RTOL):
            raise AnalysisError(
                f"Penilaian AHP '{i}' dan '{j}' diberikan dua kali dengan nilai yang "
                "tidak saling berkebalikan."
            )
        seen.add(key)
        a.loc[i, j] = value
        a.loc[j, i] = 1 / value
    missing = [
        f"{names[i]}–{names[j]}"
        for i in range(len(names))
        for j in range(i + 1, len(names))
        if frozenset((names[i], names[j])) not in seen
    ]
    if missing:
        raise AnalysisError(f"Penilaian AHP belum lengkap; pasangan tanpa nilai: {', '.join(missing)}.")
    return a


def combine_pairwise(matrices: Sequence[pd.DataFrame]) -> pd.DataFrame:
    """Group judgement: the element-wise geometric mean of several experts' matrices.

    The geometric mean keeps the result reciprocal (the arithmetic mean would not),
    which is why it is the standard way to aggregate individual AHP judgements.

    Examples
    --------
    >>> m1 = pairwise_matrix({("a", "b"): 2})
    >>> m2 = pairwise_matrix({("a", "b"): 8})
    >>> float(combine_pairwise([m1, m2]).loc["a", "b"])
    4.0
    """
    if not matrices:
        raise AnalysisError("Gabungan AHP memerlukan paling sedikit satu matriks.")
    frames = [_as_matrix(m, None) for m in matrices]
    names = list(frames[0].index)
    for frame in frames[1:]:
        if set(frame.index) != set(names) or len(frame.index) != len(names):
            raise AnalysisError("Gabungan AHP: semua matriks harus memakai kriteria yang sama.")
    stacked = np.stack([f.loc[names, names].to_numpy() for f in frames])
    if (stacked <= 0).any() or not np.isfinite(stacked).all():
        raise AnalysisError("Gabungan AHP: setiap sel harus angka positif.")
    return pd.DataFrame(np.exp(np.log(stacked).mean(axis=0)), index=names, columns=names)
