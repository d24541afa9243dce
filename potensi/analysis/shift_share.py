"""Shift-share analysis: classic (N + M + C) and the Esteban-Marquillas allocation variant."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from potensi.analysis._labels import above, apply_labels
from potensi.analysis._tables import components, fmt, pair_years, period
from potensi.analysis.errors import AnalysisError
from potensi.analysis.results import Notes

#: Esteban-Marquillas allocation type codes, keyed on the two conditions; names in either
#: language are catalogue entries ``tipe_alokasi_<code>``
ALLOCATION_TYPES = pd.DataFrame(
    [
        {"specialised": True, "competitive": True, "tipe_alokasi": "spesialis_bersaing"},
        {"specialised": False, "competitive": True, "tipe_alokasi": "nonspesialis_bersaing"},
        {"specialised": True, "competitive": False, "tipe_alokasi": "spesialis_tidak_bersaing"},
        {"specialised": False, "competitive": False, "tipe_alokasi": "nonspesialis_tidak_bersaing"},
    ]
)

_CHECK_RTOL = 1e-9


def _check_identity(d: pd.Series, parts: pd.Series, what: str) -> None:
    known = d.notna() & parts.notna()
    scale = np.maximum(1.0, np.abs(d[known]))
    bad = ~np.isclose(d[known], parts[known], rtol=_CHECK_RTOL, atol=_CHECK_RTOL * scale)
    if bad.any():
        i = d[known][bad].index[0]
        raise AnalysisError(
            f"Shift-share: pemeriksaan {what} gagal (D = {fmt(d[i], 6)}, jumlah komponen = "
            f"{fmt(parts[i], 6)}). Ini menandakan data tidak konsisten; laporkan ke pengembang."
        )


def shift_share(
    data: pd.DataFrame,
    reference: pd.DataFrame | None = None,
    *,
    start: int | None = None,
    end: int | None = None,
    esteban_marquillas: bool = False,
    region_totals: object = None,
    reference_totals: object = None,
    region_col: str = "kode",
    item_col: str = "sektor",
    value_col: str = "nilai",
    year_col: str = "tahun",
    items: Sequence[str] | None = None,
) -> pd.DataFrame:
    r"""Shift-share decomposition of each item's change between two years.

    .. math::
        r_n = \frac{E_{n,t}}{E_{n,0}} - 1,\quad r_{in} = \frac{E_{in,t}}{E_{in,0}} - 1,\quad
        r_{ij} = \frac{E_{ij,t}}{E_{ij,0}} - 1

        N_{ij} = E_{ij,0}\, r_n,\quad M_{ij} = E_{ij,0}(r_{in} - r_n),\quad
        C_{ij} = E_{ij,0}(r_{ij} - r_{in}),\quad D_{ij} = E_{ij,t} - E_{ij,0} = N + M + C

    **Reading.** N (pertumbuhan acuan / national share): the change had the item
    grown like the whole reference economy. M (bauran industri / proportional
    shift): > 0 when the item is a fast-growing one in the reference. C (keunggulan
    kompetitif / differential shift): > 0 when the item grew faster here than in
    the reference — local competitiveness. ``PB = M + C`` is the net shift
    (pergeseran bersih; > 0 progressive). Use constant prices (ADHK) and report
    the period: results depend on the base year.

    With ``esteban_marquillas=True`` the competitive effect is split into a
    homothetic part and an allocation effect:

    .. math::
        E'_{ij} = E_{j,0}\,\frac{E_{in,0}}{E_{n,0}},\quad
        C'_{ij} = E'_{ij}(r_{ij} - r_{in}),\quad A_{ij} = (E_{ij,0} - E'_{ij})(r_{ij} - r_{in})

    so that ``C = C' + A``. A > 0 when the region is specialised in an item where it
    is competitive (or de-specialised where it is not). ``E'`` is what the region
    would have if its structure were the reference's.

    Parameters
    ----------
    data, reference, region_totals, reference_totals, region_col, item_col, value_col, year_col, items
        As in :func:`potensi.analysis.location_quotient`; ``data`` must have years.
        ``reference_totals`` sets E_n (hence r_n); ``region_totals`` sets E_j (used
        only by Esteban-Marquillas).
    start, end : int, optional
        Base and final year; default the first and last year of ``data``.
    esteban_marquillas : bool, default False
        Add the allocation-effect columns.

    Returns
    -------
    DataFrame
        ``kode``, ``<item_col>``, ``tahun_awal``, ``tahun_akhir``, ``nilai_awal``
        (E_ij,0), ``nilai_akhir`` (E_ij,t), ``r_n``, ``r_in``, ``r_ij`` (fractions),
        ``N``, ``M``, ``C``, ``D``, ``PB`` (M + C) and, with Esteban-Marquillas,
        ``E_homotetik`` (E'), ``C_homotetik`` (C'), ``A``, ``specialised``
        (E_ij,0 ≥ E'), ``competitive`` (r_ij ≥ r_in), ``tipe_alokasi`` (code); then
        ``kode_catatan``, ``rincian_catatan``.

    Raises
    ------
    AnalysisError
        When a computed row violates D = N + M + C (or D = N + M + C' + A) beyond
        rounding — which would mean inconsistent input — or on invalid input.

    Notes
    -----
    E_in,0 = 0 (the item did not exist in the reference) leaves r_in, M and C
    undefined (NaN, ``acuan_sektor_nol``); E_ij,0 = 0 leaves r_ij and C undefined
    (``nilai_awal_nol``) while N = M = 0 and D stay defined. A single year gives
    NaN everywhere with ``deret_satu_tahun``.

    Examples
    --------
    DOMAIN.md §2.3:

    >>> kab = pd.DataFrame({"kode": "35.05", "tahun": [2022] * 3 + [2023] * 3,
    ...                     "sektor": list("ACG") * 2, "nilai": [300, 450, 250, 318, 486, 287.5]})
    >>> prov = pd.DataFrame({"tahun": [2022] * 3 + [2023] * 3, "sektor": list("ACG") * 2,
    ...                      "nilai": [3000, 6000, 5000, 3090, 6600, 5600]})
    >>> shift_share(kab, prov)[["sektor", "N", "M", "C", "D"]].round(2)
      sektor      N      M    C     D
    0      A  27.64 -18.64  9.0  18.0
    1      C  41.46   3.54 -9.0  36.0
    2      G  23.04   6.96  7.5  37.5
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
    start, end = period(comp.years, start, end, "Shift-share")
    frame = comp.frame
    both = pair_years(frame, start, end)
    notes = Notes(len(both))
    every = np.ones(len(both), dtype=bool)

    def mask(condition: pd.Series) -> np.ndarray:
        return condition.fillna(False).to_numpy(dtype=bool)

    if start == end:
        notes.add(every, "deret_satu_tahun", str(start))
    for suffix, year in (("0", start), ("1", end)):
        notes.add(mask(both[f"E_ij{suffix}"].isna()), "data_tidak_tersedia", str(year))
        notes.add(mask(both[f"E_in{suffix}"].isna()), "acuan_sektor_tidak_tersedia", str(year))
        notes.add(mask(both[f"E_n{suffix}"].isna()), "total_acuan_tidak_tersedia", str(year))
        notes.add(mask(both[f"total_kecil{suffix}"].astype("boolean")), "total_lebih_kecil", str(year))
    notes.add(mask(both.E_n0 == 0), "total_acuan_nol", str(start))
    notes.add(mask(both.E_in0 == 0), "acuan_sektor_nol", str(start))
    notes.add(mask(both.E_ij0 == 0), "nilai_awal_nol", str(start))
    with np.errstate(divide="ignore", invalid="ignore"):
        r_n = (both.E_n1 / both.E_n0 - 1).where(both.E_n0 != 0)
        r_in = (both.E_in1 / both.E_in0 - 1).where(both.E_in0 != 0)
        r_ij = (both.E_ij1 / both.E_ij0 - 1).where(both.E_ij0 != 0)
    if start == end:
        r_n = r_in = r_ij = pd.Series(np.nan, index=both.index)
    e0 = both.E_ij0
    out = pd.DataFrame(
        {
            "kode": both.kode,
            "item": both.item,
            "tahun_awal": start,
            "tahun_akhir": end,
            "nilai_awal": e0,
            "nilai_akhir": both.E_ij1,
            "r_n": r_n,
            "r_in": r_in,
            "r_ij": r_ij,
        }
    )
    out["N"] = e0 * r_n
    out["M"] = e0 * (r_in - r_n)
    out["C"] = e0 * (r_ij - r_in)
    out["D"] = (both.E_ij1 - e0) if start != end else np.nan
    out["PB"] = out.M + out.C
    _check_identity(out.D, out.N + out.M + out.C, "D = N + M + C")
    if esteban_marquillas:
        notes.add(mask(both.E_j0.isna() & both.E_ij0.notna()), "total_wilayah_tidak_tersedia", str(start))
        with np.errstate(divide="ignore", invalid="ignore"):
            homothetic = (both.E_j0 * both.E_in0 / both.E_n0).where(both.E_n0 != 0)
        out["E_homotetik"] = homothetic
        out["C_homotetik"] = homothetic * (r_ij - r_in)
        out["A"] = (e0 - homothetic) * (r_ij - r_in)
        _check_identity(out.D, out.N + out.M + out.C_homotetik + out.A, "D = N + M + C' + A")
        specialised, spec_tie = above(e0, homothetic)
        competitive, comp_tie = above(r_ij, r_in)
        out["specialised"] = specialised.to_numpy()
        out["competitive"] = competitive.to_numpy()
        notes.add(spec_tie, "tepat_di_batas", "E = E'")
        notes.add(comp_tie, "tepat_di_batas", "r_ij = r_in")
        named = apply_labels(
            out.specialised, out.competitive, ALLOCATION_TYPES, ("specialised", "competitive")
        )
        out = pd.concat([out, named], axis=1)
    out = out.rename(columns={"item": item_col})
    return notes.attach(out)
