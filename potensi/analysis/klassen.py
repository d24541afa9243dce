"""Tipologi Klassen: sectoral (share × growth) and regional (income per capita × growth).

Both are two yes/no questions — is the share (or income) at least the
benchmark's, is growth at least the benchmark's — and the four answers are the
quadrants. Sources number quadrants II and III differently, so results are keyed
on the conditions (``share_above``/``income_above`` and ``growth_above``) and the
quadrant number and class code are looked up in a table that can be replaced.
Ties go to the "above" side (share ≥ benchmark, equivalently LQ ≥ 1).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import numpy as np
import pandas as pd

from potensi.analysis._labels import above, apply_labels, check_labels
from potensi.analysis._tables import components, period, strict_sum, tidy_values
from potensi.analysis.errors import AnalysisError
from potensi.analysis.lq import _share_notes
from potensi.analysis.results import Notes

#: Sectoral Klassen quadrants and class codes (DOMAIN.md §2.4); names in either language are
#: catalogue entries ``klassen_sektoral_<klasifikasi>``
KLASSEN_SECTORAL_LABELS = pd.DataFrame(
    [
        {"share_above": True, "growth_above": True, "kuadran": "I", "klasifikasi": "maju_tumbuh_pesat"},
        {"share_above": True, "growth_above": False, "kuadran": "II", "klasifikasi": "maju_tertekan"},
        {"share_above": False, "growth_above": True, "kuadran": "III", "klasifikasi": "potensial"},
        {"share_above": False, "growth_above": False, "kuadran": "IV", "klasifikasi": "tertinggal"},
    ]
)

#: Regional Klassen quadrants and class codes (DOMAIN.md §2.4, Bappenas style); names are
#: catalogue entries ``klassen_regional_<klasifikasi>``
KLASSEN_REGIONAL_LABELS = pd.DataFrame(
    [
        {
            "income_above": True,
            "growth_above": True,
            "kuadran": "I",
            "klasifikasi": "cepat_maju_cepat_tumbuh",
        },
        {"income_above": True, "growth_above": False, "kuadran": "II", "klasifikasi": "maju_tertekan"},
        {"income_above": False, "growth_above": True, "kuadran": "III", "klasifikasi": "berkembang_cepat"},
        {"income_above": False, "growth_above": False, "kuadran": "IV", "klasifikasi": "tertinggal"},
    ]
)

Basis = Literal["awal", "akhir", "rata-rata"]


def _cagr(first: pd.Series, last: pd.Series, years: int) -> pd.Series:
    if years <= 0:
        return pd.Series(np.nan, index=first.index)
    with np.errstate(divide="ignore", invalid="ignore"):
        return ((last / first) ** (1 / years) - 1).where(first > 0)


def _level(
    per_year: pd.DataFrame, column: str, keys: list[str], basis: Basis | int, start: int, end: int
) -> pd.Series:
    """A level (share, per-capita income) of the start, end or mean of the years in the period."""
    if basis == "rata-rata":
        chosen = per_year[(per_year.tahun >= start) & (per_year.tahun <= end)]
    elif basis in ("awal", "akhir"):
        chosen = per_year[per_year.tahun == (start if basis == "awal" else end)]
    else:
        raise AnalysisError(
            f"Klassen: pilihan tahun harus 'awal', 'akhir' atau 'rata-rata'; diberikan {basis!r}."
        )
    return chosen.groupby(keys, sort=False)[column].agg(lambda s: s.mean() if s.notna().all() else np.nan)


def _classify(
    out: pd.DataFrame,
    x: str,
    x_ref: str,
    y: str,
    y_ref: str,
    conditions: tuple[str, str],
    labels: pd.DataFrame,
    notes: Notes,
) -> pd.DataFrame:
    first, first_tie = above(out[x], out[x_ref])
    second, second_tie = above(out[y], out[y_ref])
    out[conditions[0]] = first.to_numpy()
    out[conditions[1]] = second.to_numpy()
    notes.add(first_tie, "tepat_di_batas", f"{x} = {x_ref}")
    notes.add(second_tie, "tepat_di_batas", f"{y} = {y_ref}")
    unknown = out[[x, x_ref, y, y_ref]].isna().any(axis=1)
    notes.add(unknown, "tidak_dapat_diklasifikasi")
    named = apply_labels(out[conditions[0]], out[conditions[1]], labels, conditions)
    return pd.concat([out.reset_index(drop=True), named], axis=1)


def klassen_sectoral(
    data: pd.DataFrame,
    reference: pd.DataFrame | None = None,
    *,
    start: int | None = None,
    end: int | None = None,
    share_year: Basis = "rata-rata",
    labels: pd.DataFrame | None = None,
    region_totals: object = None,
    reference_totals: object = None,
    region_col: str = "kode",
    item_col: str = "sektor",
    value_col: str = "nilai",
    year_col: str = "tahun",
    items: Sequence[str] | None = None,
) -> pd.DataFrame:
    r"""Sectoral Klassen typology: each sector's share and growth against the reference's.

    .. math::
        s_{ij} = E_{ij}/E_j \ \text{vs}\ s_{in} = E_{in}/E_n, \qquad
        r_{ij} = (E_{ij,t}/E_{ij,0})^{1/t} - 1 \ \text{vs}\ r_{in}

    ``share_above = s_ij ≥ s_in`` (equivalently LQ ≥ 1), ``growth_above = r_ij ≥ r_in``.

    ============  ============  =======  ===========================================
    share_above   growth_above  kuadran  klasifikasi
    ============  ============  =======  ===========================================
    True          True          I        maju_tumbuh_pesat (maju dan tumbuh pesat)
    True          False         II       maju_tertekan (maju tapi tertekan)
    False         True          III      potensial (potensial / berkembang cepat)
    False         False         IV       tertinggal (relatif tertinggal)
    ============  ============  =======  ===========================================

    **Reading.** Quadrant I sectors are already large here and still outgrowing the
    reference; II are large but slowing (defend them); III are small but catching
    up (the candidates to promote); IV are small and slow.

    Parameters
    ----------
    share_year : {"rata-rata", "awal", "akhir"}, default "rata-rata"
        Share of the start year, the end year, or the mean of the yearly shares
        over the period (DOMAIN.md advises averages over several years).
    start, end : int, optional
        Period; default the first and last year. Growth is the compound annual
        rate between them (same ordering as total growth over the period).
    labels : DataFrame, optional
        Quadrant table keyed on ``share_above`` and ``growth_above`` (default
        :data:`KLASSEN_SECTORAL_LABELS`); pass another to use another numbering.
    data, reference, region_totals, reference_totals, region_col, item_col, value_col, year_col, items
        As in :func:`potensi.analysis.location_quotient`.

    Returns
    -------
    DataFrame
        ``kode``, ``<item_col>``, ``tahun_awal``, ``tahun_akhir``, ``pangsa_wilayah``
        (s_ij), ``pangsa_acuan`` (s_in), ``laju_wilayah`` (r_ij), ``laju_acuan``
        (r_in), ``share_above``, ``growth_above`` (nullable booleans), ``kuadran``,
        ``klasifikasi`` (codes from ``labels``) and the note columns.

    Examples
    --------
    DOMAIN.md §2.4 (shares of the base year):

    >>> kab = pd.DataFrame({"kode": "35.05", "tahun": [2022] * 3 + [2023] * 3,
    ...                     "sektor": list("ACG") * 2, "nilai": [300, 450, 250, 318, 486, 287.5]})
    >>> prov = pd.DataFrame({"tahun": [2022] * 3 + [2023] * 3, "sektor": list("ACG") * 2,
    ...                      "nilai": [3000, 6000, 5000, 3090, 6600, 5600]})
    >>> klassen_sectoral(kab, prov, share_year="awal").kuadran.tolist()
    ['I', 'II', 'III']
    """
    labels = check_labels(
        KLASSEN_SECTORAL_LABELS if labels is None else labels,
        ("share_above", "growth_above"),
        "Klassen sektoral",
    )
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
    start, end = period(comp.years, start, end, "Klassen sektoral")
    frame = comp.frame.copy()
    notes_all = Notes(len(frame))
    in_period = ((frame.tahun >= start) & (frame.tahun <= end)).to_numpy()
    years_used = {"awal": [start], "akhir": [end]}.get(share_year, None)
    relevant = in_period if years_used is None else frame.tahun.isin(years_used + [start, end]).to_numpy()
    _share_notes(frame, notes_all, frame.tahun.astype(str))
    with np.errstate(divide="ignore", invalid="ignore"):
        frame["s_ij"] = (frame.E_ij / frame.E_j).where(frame.E_j != 0)
        frame["s_in"] = (frame.E_in / frame.E_n).where(frame.E_n != 0)
    keys = ["kode", "item"]
    share = _level(frame, "s_ij", keys, share_year, start, end)
    share_ref = _level(frame, "s_in", keys, share_year, start, end)
    first = frame[frame.tahun == start].set_index(keys)
    last = frame[frame.tahun == end].set_index(keys)
    t = end - start
    out = pd.DataFrame(
        {
            "kode": first.index.get_level_values(0),
            "item": first.index.get_level_values(1),
            "tahun_awal": start,
            "tahun_akhir": end,
        }
    )
    index = pd.MultiIndex.from_frame(out[keys])
    out["pangsa_wilayah"] = share.reindex(index).to_numpy()
    out["pangsa_acuan"] = share_ref.reindex(index).to_numpy()
    out["laju_wilayah"] = _cagr(first.E_ij, last.E_ij.reindex(first.index), t).to_numpy()
    out["laju_acuan"] = _cagr(first.E_in, last.E_in.reindex(first.index), t).to_numpy()
    groups: dict[tuple[object, object], list[int]] = {k: [] for k in index}
    for i, key in enumerate(zip(frame.kode, frame.item, strict=True)):
        if relevant[i]:
            groups[key].append(i)
    notes = notes_all.collapse(list(groups.values()))
    if t == 0:
        notes.add(np.ones(len(out), dtype=bool), "deret_satu_tahun", str(start))
    notes.add((first.E_ij == 0).to_numpy(), "nilai_awal_nol", str(start))
    notes.add((first.E_in == 0).to_numpy(), "acuan_sektor_nol", str(start))
    out = _classify(
        out,
        "pangsa_wilayah",
        "pangsa_acuan",
        "laju_wilayah",
        "laju_acuan",
        ("share_above", "growth_above"),
        labels,
        notes,
    )
    return notes.attach(out.rename(columns={"item": item_col}))


def klassen_regional(
    data: pd.DataFrame,
    reference: pd.DataFrame | None = None,
    *,
    start: int | None = None,
    end: int | None = None,
    income_year: Basis = "rata-rata",
    labels: pd.DataFrame | None = None,
    region_col: str = "kode",
    year_col: str = "tahun",
    value_col: str = "pdrb",
    population_col: str = "penduduk",
) -> pd.DataFrame:
    r"""Regional Klassen typology: kecamatan income per capita and growth against the kabupaten's.

    .. math::
        y_i = \frac{PDRB_i}{penduduk_i}\ \text{vs}\ y = \frac{\sum PDRB}{\sum penduduk},\qquad
        r_i = (PDRB_{i,t}/PDRB_{i,0})^{1/t} - 1\ \text{vs}\ r

    ``income_above = y_i ≥ y``, ``growth_above = r_i ≥ r``. Quadrants (Bappenas
    style, :data:`KLASSEN_REGIONAL_LABELS`): I cepat maju dan cepat tumbuh; II maju
    tapi tertekan (y_i ≥ y, r_i < r); III berkembang cepat (y_i < y, r_i ≥ r); IV
    relatif tertinggal.

    **Reading.** I: rich and growing fast — growth poles; II: rich but slowing;
    III: poorer but catching up; IV: poorer and slower — priority for support.

    Parameters
    ----------
    data : DataFrame
        One row per region × year with ``kode``, ``tahun``, ``pdrb`` (or a proxy of
        output, in constant prices for growth) and ``penduduk`` (mid-year
        population); names are parameters.
    reference : DataFrame, optional
        The benchmark's ``tahun``, ``pdrb``, ``penduduk`` (e.g. published kabupaten
        figures). Default: sums over the regions of ``data``.
    start, end : int, optional
        Period of growth; default the first and last year.
    income_year : {"rata-rata", "awal", "akhir"}, default "rata-rata"
        Per-capita income of the start year, end year, or the mean over the period.
    labels : DataFrame, optional
        Quadrant table keyed on ``income_above`` and ``growth_above`` (default
        :data:`KLASSEN_REGIONAL_LABELS`).
    region_col, year_col, value_col, population_col : str
        Input column names.

    Returns
    -------
    DataFrame
        ``kode``, ``tahun_awal``, ``tahun_akhir``, ``pdrb_per_kapita``,
        ``pdrb_per_kapita_acuan``, ``laju``, ``laju_acuan`` (CAGR fractions),
        ``income_above``, ``growth_above``, ``kuadran``, ``klasifikasi`` (codes)
        and the note columns.

    Examples
    --------
    >>> panel = pd.DataFrame({"kode": ["K1", "K1", "K2", "K2"], "tahun": [2022, 2023] * 2,
    ...                       "pdrb": [200, 220, 100, 102], "penduduk": [10, 10, 10, 10]})
    >>> klassen_regional(panel)[["kode", "kuadran"]].values.tolist()
    [['K1', 'I'], ['K2', 'IV']]
    """
    labels = check_labels(
        KLASSEN_REGIONAL_LABELS if labels is None else labels,
        ("income_above", "growth_above"),
        "Klassen regional",
    )
    variables = [value_col, population_col]
    values, _ = tidy_values(
        data,
        what="Data wilayah",
        item_label="variabel",
        region_col=region_col,
        item_col="\u0000",
        value_col="\u0000",
        year_col=year_col,
        items=variables,
    )
    years = sorted(int(y) for y in pd.unique(values.tahun))
    start, end = period(years, start, end, "Klassen regional")
    wide = (
        values[values.item == value_col][["kode", "tahun"]]
        .assign(
            pdrb=values[values.item == value_col].nilai.to_numpy(),
            penduduk=values[values.item == population_col].nilai.to_numpy(),
        )
        .reset_index(drop=True)
    )
    if reference is None:
        ref = pd.DataFrame({"tahun": years})
        for column, name in ((value_col, "pdrb"), (population_col, "penduduk")):
            part = values[values.item == column]
            ref[name] = strict_sum(part, ["tahun"]).reindex(years).to_numpy()
    else:
        ref_values, _ = tidy_values(
            reference,
            what="Data acuan (reference)",
            item_label="variabel",
            region_col=region_col,
            item_col="\u0000",
            value_col="\u0000",
            year_col=year_col,
            items=variables,
            region_required=False,
        )
        ref_years = sorted(int(y) for y in pd.unique(ref_values.tahun))
        if ref_years != years:
            raise AnalysisError(
                f"Klassen regional: tahun acuan {ref_years} tidak sama dengan tahun data {years}."
            )
        ref = pd.DataFrame({"tahun": years})
        for column, name in ((value_col, "pdrb"), (population_col, "penduduk")):
            ref[name] = (
                ref_values[ref_values.item == column].set_index("tahun").nilai.reindex(years).to_numpy()
            )
    notes_all = Notes(len(wide))
    detail = wide.tahun.astype(str)
    notes_all.add(wide.pdrb.isna(), "data_tidak_tersedia", detail.where(wide.pdrb.isna()) + f" {value_col}")
    notes_all.add(
        wide.penduduk.isna(), "data_tidak_tersedia", detail.where(wide.penduduk.isna()) + f" {population_col}"
    )
    notes_all.add(wide.penduduk == 0, "penduduk_nol", detail)
    with np.errstate(divide="ignore", invalid="ignore"):
        wide["y"] = (wide.pdrb / wide.penduduk).where(wide.penduduk > 0)
        ref["y"] = (ref.pdrb / ref.penduduk).where(ref.penduduk > 0)
    ref["kode"] = "__acuan__"
    income = _level(wide, "y", ["kode"], income_year, start, end)
    income_ref = _level(ref, "y", ["kode"], income_year, start, end).iloc[0]
    t = end - start
    first = wide[wide.tahun == start].set_index("kode")
    last = wide[wide.tahun == end].set_index("kode").reindex(first.index)
    ref_first = ref.set_index("tahun").loc[start]
    ref_last = ref.set_index("tahun").loc[end]
    out = pd.DataFrame({"kode": first.index, "tahun_awal": start, "tahun_akhir": end})
    out["pdrb_per_kapita"] = income.reindex(first.index).to_numpy()
    out["pdrb_per_kapita_acuan"] = income_ref
    out["laju"] = _cagr(first.pdrb, last.pdrb, t).to_numpy()
    with np.errstate(divide="ignore", invalid="ignore"):
        out["laju_acuan"] = (
            (ref_last.pdrb / ref_first.pdrb) ** (1 / t) - 1 if t > 0 and ref_first.pdrb > 0 else np.nan
        )
    in_period = ((wide.tahun >= start) & (wide.tahun <= end)).to_numpy()
    groups: dict[object, list[int]] = {k: [] for k in first.index}
    for i, key in enumerate(wide.kode):
        if in_period[i]:
            groups[key].append(i)
    notes = notes_all.collapse(list(groups.values()))
    every = np.ones(len(out), dtype=bool)
    if t == 0:
        notes.add(every, "deret_satu_tahun", str(start))
    notes.add((first.pdrb == 0).to_numpy(), "nilai_awal_nol", str(start))
    if pd.isna(income_ref) or pd.isna(out.laju_acuan.iloc[0]):
        notes.add(every, "total_acuan_tidak_tersedia")
    out = _classify(
        out,
        "pdrb_per_kapita",
        "pdrb_per_kapita_acuan",
        "laju",
        "laju_acuan",
        ("income_above", "growth_above"),
        labels,
        notes,
    )
    return notes.attach(out)


def klassen_from_values(
    table: pd.DataFrame,
    *,
    income_ref: float,
    growth_ref: float,
    income_col: str = "pdrb_per_kapita",
    growth_col: str = "laju",
    region_col: str = "kode",
    labels: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Regional Klassen quadrants from per-capita income and growth already computed elsewhere.

    For published or commissioned figures (e.g. a "PDRB kecamatan" study that
    prints income per capita and growth): ``income_above = income ≥ income_ref``,
    ``growth_above = growth ≥ growth_ref``; labels as in :func:`klassen_regional`.

    Returns
    -------
    DataFrame
        ``kode``, ``pdrb_per_kapita``, ``pdrb_per_kapita_acuan``, ``laju``,
        ``laju_acuan``, ``income_above``, ``growth_above``, ``kuadran``,
        ``klasifikasi`` (codes) and the note columns (missing values give <NA>
        with ``data_tidak_tersedia``).

    Examples
    --------
    >>> t = pd.DataFrame({"kode": ["K1", "K2"], "pdrb_per_kapita": [30.0, 12.0], "laju": [0.04, 0.06]})
    >>> klassen_from_values(t, income_ref=20.0, growth_ref=0.05).klasifikasi.tolist()
    ['maju_tertekan', 'berkembang_cepat']
    """
    from potensi.analysis._tables import numeric, require_frame, with_region_column

    labels = check_labels(
        KLASSEN_REGIONAL_LABELS if labels is None else labels,
        ("income_above", "growth_above"),
        "Klassen regional",
    )
    frame = with_region_column(require_frame(table, "Tabel Klassen"), region_col, "Tabel Klassen")
    for column in (income_col, growth_col):
        if column not in frame.columns:
            raise AnalysisError(f"Tabel Klassen: kolom '{column}' tidak ditemukan.")
    out = pd.DataFrame(
        {
            "kode": frame[region_col].to_numpy(),
            "pdrb_per_kapita": numeric(frame[income_col], "Tabel Klassen", income_col).to_numpy(),
            "pdrb_per_kapita_acuan": float(income_ref),
            "laju": numeric(frame[growth_col], "Tabel Klassen", growth_col).to_numpy(),
            "laju_acuan": float(growth_ref),
        }
    )
    notes = Notes(len(out))
    notes.add(out.pdrb_per_kapita.isna(), "data_tidak_tersedia", income_col)
    notes.add(out.laju.isna(), "data_tidak_tersedia", growth_col)
    out = _classify(
        out,
        "pdrb_per_kapita",
        "pdrb_per_kapita_acuan",
        "laju",
        "laju_acuan",
        ("income_above", "growth_above"),
        labels,
        notes,
    )
    return notes.attach(out)
