"""Location Quotient: static (SLQ), dynamic (DLQ) and their combined classification.

The same arithmetic serves two questions:

* sectors of a region against a reference region — PDRB by lapangan usaha of
  Kabupaten Blitar against Jawa Timur (``reference`` = the province table);
* commodities of kecamatan against the kabupaten — production value per
  kecamatan (``reference=None``: the kabupaten is the sum of the kecamatan, or
  pass the published kabupaten figures).

Notation (DOMAIN.md §2): ``E_ij`` value of item i in region j, ``E_j`` total of
region j, ``E_in`` value of item i in the reference, ``E_n`` reference total.
Totals default to sums of the rows; published tables often print totals that are
not the sum of their rows, so ``region_totals`` and ``reference_totals`` can be
given to reproduce a published result exactly.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import numpy as np
import pandas as pd

from potensi.analysis._labels import above, apply_labels, check_labels
from potensi.analysis._tables import Components, components, pair_years, period
from potensi.analysis.errors import AnalysisError
from potensi.analysis.results import Notes

#: SLQ × DLQ class codes (DOMAIN.md §2.2), keyed on the two conditions; replace to recode.
#: Their names in either language are catalogue entries ``lq_klasifikasi_<code>``.
LQ_CLASSES = pd.DataFrame(
    [
        {"slq_above": True, "dlq_above": True, "klasifikasi": "unggulan"},
        {"slq_above": True, "dlq_above": False, "klasifikasi": "prospektif"},
        {"slq_above": False, "dlq_above": True, "klasifikasi": "andalan"},
        {"slq_above": False, "dlq_above": False, "klasifikasi": "tertinggal"},
    ]
)

#: LQ class code by the sign of LQ − 1 (names: catalogue entries ``lq_kelas_<code>``)
LQ_KELAS = {1: "basis", 0: "swasembada", -1: "non-basis"}


def _year_detail(frame: pd.DataFrame, has_year: bool) -> pd.Series | None:
    return frame.tahun.astype(str) if has_year else None


def _share_notes(frame: pd.DataFrame, notes: Notes, detail: pd.Series | None) -> np.ndarray:
    """Reasons why E_ij/E_j ÷ E_in/E_n is undefined; returns the mask of undefined rows."""
    checks = [
        (frame.E_ij.isna(), "data_tidak_tersedia"),
        (frame.E_ij.notna() & frame.E_j.isna(), "total_wilayah_tidak_tersedia"),
        (frame.E_in.isna(), "acuan_sektor_tidak_tersedia"),
        (frame.E_n.isna(), "total_acuan_tidak_tersedia"),
        (frame.E_j == 0, "total_wilayah_nol"),
        (frame.E_in == 0, "acuan_sektor_nol"),
        (frame.E_n == 0, "total_acuan_nol"),
    ]
    undefined = np.zeros(len(frame), dtype=bool)
    for mask, key in checks:
        mask = mask.fillna(False).to_numpy(dtype=bool)
        notes.add(mask, key, detail)
        undefined |= mask
    notes.add(frame.total_kecil.to_numpy(dtype=bool), "total_lebih_kecil", detail)
    return undefined


def _lq_core(comp: Components, min_value: float | None) -> tuple[pd.DataFrame, Notes]:
    frame = comp.frame
    notes = Notes(len(frame))
    undefined = _share_notes(frame, notes, _year_detail(frame, comp.has_year))
    with np.errstate(divide="ignore", invalid="ignore"):
        share_j = frame.E_ij / frame.E_j
        share_n = frame.E_in / frame.E_n
        lq = share_j / share_n
    if min_value is not None:
        notes.add((frame.E_ij < min_value).fillna(False), "nilai_kecil", _year_detail(frame, comp.has_year))
    out = pd.DataFrame(
        {
            "kode": frame.kode,
            "item": frame.item,
            "tahun": frame.tahun,
            "nilai": frame.E_ij,
            "total_wilayah": frame.E_j,
            "nilai_acuan": frame.E_in,
            "total_acuan": frame.E_n,
            "pangsa_wilayah": share_j.where(~(frame.E_j == 0)),
            "pangsa_acuan": share_n.where(~(frame.E_n == 0)),
            "lq": lq.where(~undefined),
        }
    )
    return out, notes


def _finish(out: pd.DataFrame, notes: Notes, item_col: str, has_year: bool = True) -> pd.DataFrame:
    out = out.rename(columns={"item": item_col})
    if not has_year and "tahun" in out.columns:
        out = out.drop(columns="tahun")
    return notes.attach(out.reset_index(drop=True))


def location_quotient(
    data: pd.DataFrame,
    reference: pd.DataFrame | pd.Series | dict | None = None,
    *,
    region_totals: object = None,
    reference_totals: object = None,
    min_value: float | None = None,
    region_col: str = "kode",
    item_col: str = "sektor",
    value_col: str = "nilai",
    year_col: str = "tahun",
    items: Sequence[str] | None = None,
) -> pd.DataFrame:
    r"""Static Location Quotient of every item (sector, commodity) of every region.

    .. math:: LQ_{ij} = \frac{E_{ij} / E_j}{E_{in} / E_n}

    **Reading.** LQ > 1: the item's share in the region exceeds its share in the
    reference — a *basis* item, specialised, producing beyond local needs
    ("exporting"); LQ = 1 self-sufficient; LQ < 1 non-basis. LQ is a ratio of
    shares, so it says nothing about size: a tiny sector can have a huge LQ (use
    ``min_value`` to flag such rows).

    Parameters
    ----------
    data : DataFrame
        Values by region × item [× year], long (``kode``, ``sektor``, ``nilai``
        [, ``tahun``]) or wide (one numeric column per item; region in ``kode``
        or the index [, ``tahun``]). With years, LQ is computed per year.
    reference : DataFrame, Series or dict, optional
        Values of the reference region by item [× year] (long, wide, or a
        Series/dict item → value for one year). ``None``: the reference is the sum
        of all regions in ``data`` (kecamatan → kabupaten). Items and years must
        match ``data`` exactly.
    region_totals : number, dict, Series or DataFrame, optional
        Published totals E_j per region [× year] (Series with (kode, tahun) index,
        or a table ``kode``, [``tahun``], ``nilai``). Default: sum of the region's items.
    reference_totals : number, dict, Series or DataFrame, optional
        Published reference totals E_n (per year). Default: sum of the reference items.
    min_value : float, optional
        Flag (``nilai_kecil``) rows whose E_ij is below this value; the LQ is still given.
    region_col, item_col, value_col, year_col : str
        Input column names. The item column keeps its name in the output.
    items : sequence of str, optional
        Restrict to these items (wide tables: the item columns).

    Returns
    -------
    DataFrame
        One row per region × item [× year]: ``kode``, ``<item_col>``, [``tahun``],
        ``nilai`` (E_ij), ``total_wilayah`` (E_j), ``nilai_acuan`` (E_in),
        ``total_acuan`` (E_n), ``pangsa_wilayah`` (E_ij/E_j), ``pangsa_acuan``
        (E_in/E_n), ``lq``, ``kelas`` (code: ``basis`` / ``swasembada`` / ``non-basis``),
        ``kode_catatan``, ``rincian_catatan``.

    Notes
    -----
    Undefined cases are NaN with a reason, never 0: E_j = 0, E_in = 0 or E_n = 0
    (division by zero), missing E_ij ("data tidak tersedia"), or a total that
    cannot be summed because one of its items is missing. A recorded 0 is real:
    E_ij = 0 gives LQ = 0. Use the same price basis (ADHK or ADHB) and the same item
    definitions on both sides; commodities are comparable only in a common unit
    (value = volume × price, or area): a long table whose ``satuan`` column holds
    more than one unit is refused.

    Examples
    --------
    DOMAIN.md §2.1 (Rp miliar, kabupaten against province):

    >>> kab = pd.DataFrame({"kode": "35.05", "sektor": ["A", "C", "G"], "nilai": [300, 450, 250]})
    >>> prov = pd.Series({"A": 3000, "C": 6000, "G": 5000})
    >>> location_quotient(kab, prov)[["sektor", "lq", "kelas"]].round(2)
      sektor    lq      kelas
    0      A  1.40      basis
    1      C  1.05      basis
    2      G  0.70  non-basis
    """
    comp = components(
        data,
        reference,
        region_totals=region_totals,
        reference_totals=reference_totals,
        region_col=region_col,
        item_col=item_col,
        value_col=value_col,
        year_col=year_col,
        item_label=item_col,
        items=items,
    )
    out, notes = _lq_core(comp, min_value)
    sign = np.where(np.isclose(out.lq, 1.0, rtol=1e-9, atol=0), 0, np.sign(out.lq - 1.0))
    known = out.lq.notna().to_numpy()
    out["kelas"] = pd.Series(
        [LQ_KELAS[int(s)] if k else None for s, k in zip(sign, known, strict=True)], dtype=object
    )
    return _finish(out, notes, item_col, comp.has_year)


def dlq_from_growth(
    g_ij: float | np.ndarray,
    G_j: float | np.ndarray,
    g_in: float | np.ndarray,
    G_n: float | np.ndarray,
    t: float,
) -> float | np.ndarray:
    r"""Dynamic LQ from average annual growth rates (as fractions: 4 % = 0.04).

    .. math:: DLQ_{ij} = \left[\frac{(1+g_{ij})/(1+G_j)}{(1+g_{in})/(1+G_n)}\right]^t

    For growth rates read from a publication; with raw values use
    :func:`dynamic_location_quotient`. Returns NaN where a denominator
    (1+G_j, 1+g_in or 1+G_n) is not positive.

    Examples
    --------
    DOMAIN.md §2.2: g_ij 4 %, G_j 5 %, g_in 2 %, G_n 5 %, t = 5 years:

    >>> round(dlq_from_growth(0.04, 0.05, 0.02, 0.05, 5), 3)
    1.102
    """
    if not np.all(np.asarray(t, dtype=float) > 0):
        raise AnalysisError("DLQ: jumlah tahun t harus lebih dari nol.")
    a, b, c, d = (1 + np.asarray(x, dtype=float) for x in (g_ij, G_j, g_in, G_n))
    ok = (b > 0) & (c > 0) & (d > 0) & (a >= 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        value = np.where(ok, ((a / b) / (c / d)) ** t, np.nan)
    return float(value) if value.ndim == 0 else value


def _dlq_core(comp: Components, start: int, end: int, min_years: int) -> tuple[pd.DataFrame, Notes]:
    frame = comp.frame
    both = pair_years(frame, start, end)
    t = end - start
    notes = Notes(len(both))
    undefined = np.zeros(len(both), dtype=bool)
    span = f"{start}–{end}"
    if t == 0:
        notes.add(np.ones(len(both), dtype=bool), "deret_satu_tahun", str(start))
        undefined[:] = True
    elif t + 1 < min_years:
        notes.add(np.ones(len(both), dtype=bool), "deret_pendek", f"{span}: {t + 1} < {min_years}")
        undefined[:] = True
    for suffix, year in (("0", start), ("1", end)):
        part = both[[c for c in both.columns if c.endswith(suffix)]]
        part.columns = [c[:-1] for c in part.columns]
        part = part.assign(total_kecil=part.total_kecil.fillna(False).astype(bool))
        undefined |= _share_notes(part, notes, str(year))
    zero_start = (both.E_ij0 == 0).to_numpy()
    notes.add(zero_start, "nilai_awal_nol", str(start))
    undefined |= zero_start
    with np.errstate(divide="ignore", invalid="ignore"):
        tt = max(t, 1)
        growth = {
            name: (both[f"{col}1"] / both[f"{col}0"]) ** (1 / tt) - 1
            for name, col in (("g_ij", "E_ij"), ("G_j", "E_j"), ("g_in", "E_in"), ("G_n", "E_n"))
        }
        dlq = (
            ((1 + growth["g_ij"]) / (1 + growth["G_j"])) / ((1 + growth["g_in"]) / (1 + growth["G_n"]))
        ) ** tt
    out = pd.DataFrame(
        {"kode": both.kode, "item": both.item, "tahun_awal": start, "tahun_akhir": end, "periode": t}
    )
    for name, values in growth.items():
        out[name] = values.where(~undefined) if t > 0 else np.nan
    out["dlq"] = dlq.where(~undefined)
    return out, notes


def dynamic_location_quotient(
    data: pd.DataFrame,
    reference: pd.DataFrame | None = None,
    *,
    start: int | None = None,
    end: int | None = None,
    min_years: int = 3,
    region_totals: object = None,
    reference_totals: object = None,
    region_col: str = "kode",
    item_col: str = "sektor",
    value_col: str = "nilai",
    year_col: str = "tahun",
    items: Sequence[str] | None = None,
) -> pd.DataFrame:
    r"""Dynamic Location Quotient: is the item's share growing faster here than in the reference?

    .. math::
        DLQ_{ij} = \left[\frac{(1+g_{ij})/(1+G_j)}{(1+g_{in})/(1+G_n)}\right]^t,
        \qquad g = (E_{end}/E_{start})^{1/t} - 1

    with g_ij, G_j, g_in, G_n the compound annual growth (CAGR) of the item in the
    region, the region total, the item in the reference and the reference total,
    and t = ``end − start`` in years.

    **Reading.** DLQ > 1: the item gains share in the region faster than in the
    reference (it is becoming more of a specialisation); DLQ < 1: it loses ground.

    Growth is CAGR as DOMAIN.md §2.2 asks, so only the end-point years count and
    DLQ equals LQ(end)/LQ(start) exactly; intermediate years are not used.

    Parameters
    ----------
    data, reference, region_totals, reference_totals, region_col, item_col, value_col, year_col, items
        As in :func:`location_quotient`; ``data`` must have a year column.
    start, end : int, optional
        Period; default the first and last year of ``data``.
    min_years : int, default 3
        Minimum number of calendar years spanned (``end − start + 1``). Shorter
        periods give NaN with reason ``deret_pendek`` (DOMAIN.md asks for ≥ 3 years;
        ``min_years=2`` computes a one-period DLQ). A single year is never enough.

    Returns
    -------
    DataFrame
        ``kode``, ``<item_col>``, ``tahun_awal``, ``tahun_akhir``, ``periode`` (t),
        ``g_ij``, ``G_j``, ``g_in``, ``G_n`` (CAGR as fractions), ``dlq``, and the
        note columns ``kode_catatan``, ``rincian_catatan``.

    Notes
    -----
    NaN with a reason when a start or end value is missing, when the start value of
    the item is 0 (growth from zero is undefined), when a total or reference value
    is 0 in either year, or when the series is too short. An item that fell to 0
    in the region gives DLQ = 0, which is a real result.

    Examples
    --------
    One-period DLQ of the DOMAIN.md §2.2 table:

    >>> kab = pd.DataFrame({"kode": "35.05", "tahun": [2022] * 3 + [2023] * 3,
    ...                     "sektor": list("ACG") * 2, "nilai": [300, 450, 250, 318, 486, 287.5]})
    >>> prov = pd.DataFrame({"tahun": [2022] * 3 + [2023] * 3, "sektor": list("ACG") * 2,
    ...                      "nilai": [3000, 6000, 5000, 3090, 6600, 5600]})
    >>> dynamic_location_quotient(kab, prov, min_years=2).dlq.round(3).tolist()
    [1.03, 0.982, 1.027]
    """
    if min_years < 2:
        raise AnalysisError("DLQ: min_years paling sedikit 2 (pertumbuhan memerlukan dua titik tahun).")
    comp = components(
        data,
        reference,
        region_totals=region_totals,
        reference_totals=reference_totals,
        region_col=region_col,
        item_col=item_col,
        value_col=value_col,
        year_col=year_col,
        item_label=item_col,
        items=items,
    )
    start, end = period(comp.years, start, end, "DLQ")
    out, notes = _dlq_core(comp, start, end, min_years)
    return _finish(out, notes, item_col)


def lq_classification(
    data: pd.DataFrame,
    reference: pd.DataFrame | None = None,
    *,
    start: int | None = None,
    end: int | None = None,
    slq_year: Literal["akhir", "awal", "rata-rata"] | int = "akhir",
    min_years: int = 3,
    labels: pd.DataFrame | None = None,
    region_totals: object = None,
    reference_totals: object = None,
    region_col: str = "kode",
    item_col: str = "sektor",
    value_col: str = "nilai",
    year_col: str = "tahun",
    items: Sequence[str] | None = None,
) -> pd.DataFrame:
    """Combined SLQ × DLQ classification of every item of every region.

    ===========  ===========  ==============================================
    SLQ          DLQ          klasifikasi (DOMAIN.md §2.2, :data:`LQ_CLASSES`)
    ===========  ===========  ==============================================
    ≥ 1          ≥ 1          unggulan — basis and gaining ground
    ≥ 1          < 1          prospektif — basis now but losing ground
    < 1          ≥ 1          andalan — not yet basis, may become one
    < 1          < 1          tertinggal
    ===========  ===========  ==============================================

    The two conditions are stored as booleans (``slq_above``, ``dlq_above``) and
    the class code is looked up in ``labels``, because authors name the classes
    differently; pass your own table (same condition columns, ``klasifikasi``
    and any other code columns) to recode. A value exactly 1 counts as "above"
    (noted ``tepat_di_batas``), so a row can never fall between classes.

    Parameters
    ----------
    slq_year : {"akhir", "awal", "rata-rata"} or int, default "akhir"
        Which SLQ to classify: of the end year (the current position, default),
        the start year, the mean of the yearly SLQs over the period, or a given year.
    start, end, min_years
        Period of the DLQ, as in :func:`dynamic_location_quotient`.
    labels : DataFrame, optional
        Class table keyed on ``slq_above`` and ``dlq_above`` (default :data:`LQ_CLASSES`).
    data, reference, region_totals, reference_totals, region_col, item_col, value_col, year_col, items
        As in :func:`location_quotient`.

    Returns
    -------
    DataFrame
        ``kode``, ``<item_col>``, ``tahun_awal``, ``tahun_akhir``, ``slq``, ``dlq``,
        ``slq_above``, ``dlq_above`` (nullable booleans), the code columns of
        ``labels`` (``klasifikasi``) and the note columns.
        Rows whose SLQ or DLQ is undefined have <NA> booleans, no label and the
        reason ``tidak_dapat_diklasifikasi`` plus the underlying reasons.

    Examples
    --------
    >>> kab = pd.DataFrame({"kode": "35.05", "tahun": [2022] * 3 + [2023] * 3,
    ...                     "sektor": list("ACG") * 2, "nilai": [300, 450, 250, 318, 486, 287.5]})
    >>> prov = pd.DataFrame({"tahun": [2022] * 3 + [2023] * 3, "sektor": list("ACG") * 2,
    ...                      "nilai": [3000, 6000, 5000, 3090, 6600, 5600]})
    >>> lq_classification(kab, prov, min_years=2).klasifikasi.tolist()
    ['unggulan', 'prospektif', 'andalan']
    """
    if min_years < 2:
        raise AnalysisError("DLQ: min_years paling sedikit 2 (pertumbuhan memerlukan dua titik tahun).")
    labels = check_labels(LQ_CLASSES if labels is None else labels, ("slq_above", "dlq_above"), "SLQ×DLQ")
    comp = components(
        data,
        reference,
        region_totals=region_totals,
        reference_totals=reference_totals,
        region_col=region_col,
        item_col=item_col,
        value_col=value_col,
        year_col=year_col,
        item_label=item_col,
        items=items,
    )
    start, end = period(comp.years, start, end, "Klasifikasi LQ")
    dlq, notes = _dlq_core(comp, start, end, min_years)
    lq, lq_notes = _lq_core(comp, None)
    in_period = (lq.tahun >= start) & (lq.tahun <= end)
    if slq_year == "rata-rata":
        chosen = lq[in_period]
    else:
        year = {"akhir": end, "awal": start}.get(slq_year, slq_year)  # type: ignore[arg-type]
        if not isinstance(year, (int, np.integer)) or year not in comp.years:
            raise AnalysisError(
                f"Klasifikasi LQ: slq_year harus 'akhir', 'awal', 'rata-rata' atau tahun "
                f"yang ada di data; diberikan {slq_year!r}."
            )
        chosen = lq[lq.tahun == year]
    slq = chosen.groupby(["kode", "item"], sort=False).lq.agg(
        lambda s: s.mean() if s.notna().all() else np.nan
    )
    positions: dict[tuple[object, object], list[int]] = {
        key: [] for key in zip(dlq.kode, dlq.item, strict=True)
    }
    for i, key in zip(chosen.index, zip(chosen.kode, chosen.item, strict=True), strict=True):
        positions[key].append(i)
    notes.update(lq_notes.collapse(list(positions.values())))
    out = dlq[["kode", "item", "tahun_awal", "tahun_akhir"]].copy()
    out["slq"] = slq.reindex(pd.MultiIndex.from_frame(dlq[["kode", "item"]])).to_numpy()
    out["dlq"] = dlq.dlq
    slq_above, slq_tie = above(out.slq, 1.0)
    dlq_above, dlq_tie = above(out.dlq, 1.0)
    out["slq_above"] = slq_above.to_numpy()
    out["dlq_above"] = dlq_above.to_numpy()
    notes.add(slq_tie, "tepat_di_batas", "SLQ = 1")
    notes.add(dlq_tie, "tepat_di_batas", "DLQ = 1")
    notes.add(out.slq.isna() | out.dlq.isna(), "tidak_dapat_diklasifikasi")
    named = apply_labels(out.slq_above, out.dlq_above, labels, ("slq_above", "dlq_above"))
    out = pd.concat([out.reset_index(drop=True), named], axis=1)
    return _finish(out, notes, item_col)
