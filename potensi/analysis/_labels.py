"""Two-condition classifications (SLQ×DLQ, Klassen) keyed on the conditions, labelled from data.

Sources number Klassen quadrants differently and name the SLQ×DLQ classes
differently, so the methods store the two booleans and look the label up in a
small table that a caller can replace. Ties go to the "above" side, always
(``LQ ≥ 1`` is basis), so the same data can never land in two classes.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from potensi.analysis.errors import AnalysisError

#: relative tolerance under which a value counts as equal to its benchmark (a tie)
TIE_RTOL = 1e-9


def above(
    values: pd.Series | np.ndarray, benchmark: pd.Series | np.ndarray | float
) -> tuple[pd.Series, np.ndarray]:
    """``values ≥ benchmark`` as nullable booleans (<NA> where either is NaN), and the tie mask."""
    x = np.asarray(values, dtype=float)
    ref = np.broadcast_to(np.asarray(benchmark, dtype=float), x.shape)
    known = ~(np.isnan(x) | np.isnan(ref))
    tie = known & np.isclose(x, ref, rtol=TIE_RTOL, atol=0.0)
    result = pd.array(np.where(known, (x >= ref) | tie, False), dtype="boolean")
    result[~known] = pd.NA
    return pd.Series(result), tie


def check_labels(labels: pd.DataFrame, conditions: tuple[str, str], what: str) -> pd.DataFrame:
    """The label table, validated: both condition columns and exactly one row per combination."""
    if not isinstance(labels, pd.DataFrame):
        raise AnalysisError(
            f"Label {what} harus berupa tabel dengan kolom {conditions[0]}, {conditions[1]} dan klasifikasi."
        )
    needed = [*conditions, "klasifikasi"]
    missing = [c for c in needed if c not in labels.columns]
    if missing:
        raise AnalysisError(f"Label {what}: kolom {', '.join(missing)} tidak ada.")
    combos = {(bool(a), bool(b)) for a, b in labels[list(conditions)].itertuples(index=False)}
    if len(labels) != 4 or len(combos) != 4:
        raise AnalysisError(
            f"Label {what}: harus ada tepat satu baris untuk setiap kombinasi "
            f"{conditions[0]} × {conditions[1]} (4 baris)."
        )
    return labels


def apply_labels(
    first: pd.Series, second: pd.Series, labels: pd.DataFrame, conditions: tuple[str, str]
) -> pd.DataFrame:
    """Label columns of ``labels`` (all but the conditions) for each pair of booleans (<NA> if unknown)."""
    table = labels.copy()
    table[list(conditions)] = table[list(conditions)].astype(bool)
    label_columns = [c for c in table.columns if c not in conditions]
    lookup = table.set_index(list(conditions))[label_columns]
    a = pd.Series(first).reset_index(drop=True).astype("boolean")
    b = pd.Series(second).reset_index(drop=True).astype("boolean")
    known = (a.notna() & b.notna()).to_numpy(dtype=bool)
    out = pd.DataFrame(index=range(len(a)), columns=label_columns, dtype=object)
    if known.any():
        keys = pd.MultiIndex.from_arrays(
            [a[known].astype(bool), b[known].astype(bool)], names=list(conditions)
        )
        out.loc[known, label_columns] = lookup.reindex(keys).to_numpy()
    return out
