"""Input tables in the shapes analysts have them → one long shape the methods share.

Accepted shapes (column names are parameters of every public function):

* **long**: one row per region × item [× year] with columns ``kode``, the item
  column (``sektor``, ``komoditas``, ``fasilitas``, ``indikator`` …), ``nilai`` and
  optionally ``tahun``; other columns (``satuan``, ``sumber`` …) are ignored;
* **wide**: one row per region [× year], one numeric column per item; the region
  is the ``kode`` column or, when there is none, the index.

A combination that is absent from a long table is *missing* (NaN, "data tidak
tersedia"), never zero: a kecamatan with no data is not a kecamatan with no output.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from potensi.analysis.errors import AnalysisError
from potensi.core.formatting import format_number

#: year used internally when a table has no year column (never shown)
NO_YEAR = -1
#: relative slack before a given total counts as smaller than the sum of its items
TOTAL_SLACK = 1e-3


def fmt(value: float, decimals: int = 3) -> str:
    """``1234.5`` → ``"1.234,500"`` (Indonesian marks) for messages."""
    return format_number(value, decimals, "id")


def _list(values: Sequence[object], limit: int = 5) -> str:
    shown = ", ".join(str(v) for v in list(values)[:limit])
    return shown + (f" … (+{len(values) - limit})" if len(values) > limit else "")


def require_frame(data: object, what: str) -> pd.DataFrame:
    """``data`` if it is a DataFrame, else an :class:`AnalysisError`."""
    if not isinstance(data, pd.DataFrame):
        raise AnalysisError(f"{what} harus berupa tabel (pandas DataFrame), bukan {type(data).__name__}.")
    if data.empty:
        raise AnalysisError(f"{what} kosong: tidak ada baris untuk dianalisis.")
    if data.columns.duplicated().any():
        dupes = list(data.columns[data.columns.duplicated()])
        raise AnalysisError(f"{what}: nama kolom ganda {_list(dupes)}; setiap kolom harus bernama unik.")
    return data


def with_region_column(df: pd.DataFrame, region_col: str, what: str) -> pd.DataFrame:
    """``df`` with the region codes in column ``region_col`` (taken from the index if needed)."""
    if region_col in df.columns:
        return df
    if isinstance(df.index, pd.RangeIndex) or isinstance(df.index, pd.MultiIndex):
        raise AnalysisError(
            f"{what}: kolom wilayah '{region_col}' tidak ditemukan; kolom yang ada: "
            f"{_list(list(df.columns), 12)}. Beri nama kolom kode wilayah lewat parameter "
            f"`region_col`, atau jadikan kode wilayah sebagai indeks tabel."
        )
    out = df.copy()
    out.index = out.index.rename(region_col)
    return out.reset_index()


def numeric(values: pd.Series, what: str, column: str) -> pd.Series:
    """Values as floats; text that is not a number is refused (not turned into NaN)."""
    converted = pd.to_numeric(values, errors="coerce").astype(float)
    bad = values[converted.isna() & values.notna()]
    if not bad.empty:
        raise AnalysisError(
            f"{what}: kolom '{column}' harus berisi angka; "
            f"ditemukan {_list([repr(v) for v in bad.unique()])}. "
            "Baca angka Indonesia dengan pd.read_csv(..., decimal=',', thousands='.')."
        )
    if np.isinf(converted).any():
        raise AnalysisError(f"{what}: kolom '{column}' berisi nilai tak hingga (inf).")
    return converted


def years_of(values: pd.Series, what: str, column: str) -> pd.Series:
    """Years as ints; missing or fractional years are refused."""
    converted = numeric(values, what, column)
    if converted.isna().any():
        raise AnalysisError(f"{what}: kolom '{column}' ada yang kosong; setiap baris perlu tahun.")
    if not np.allclose(converted, converted.round()):
        raise AnalysisError(f"{what}: kolom '{column}' harus berisi tahun bulat (mis. 2023).")
    return converted.round().astype(int)


def refuse_negative(values: pd.DataFrame, what: str, item_label: str) -> None:
    """Negative output, production or counts cannot enter these methods."""
    negative = values[values.nilai < 0]
    if negative.empty:
        return
    rows = [
        f"{r.kode}/{r.item}" + (f"/{r.tahun}" if r.tahun != NO_YEAR else "") + f" = {fmt(r.nilai, 2)}"
        for r in negative.head(5).itertuples()
    ]
    raise AnalysisError(
        f"{what}: nilai negatif tidak dapat dianalisis (wilayah/{item_label}[/tahun]: {_list(rows)}). "
        "Periksa kembali data; nilai yang tidak diketahui biarkan kosong, jangan diisi negatif."
    )


UNIT_COLUMN = "satuan"


def refuse_mixed_units(table: object, what: str, item_col: str, item_label: str) -> None:
    """Shares across items mean something only in one unit (value = volume × price, or area)."""
    if not isinstance(table, pd.DataFrame) or UNIT_COLUMN not in table.columns:
        return
    units = [str(u) for u in pd.unique(table[UNIT_COLUMN].dropna())]
    if len(units) > 1:
        raise AnalysisError(
            f"{what}: satuan berbeda antar {item_label} ({_list(units)}). LQ, shift-share dan Klassen "
            "membandingkan porsi, yang hanya bermakna dalam satu satuan: gunakan nilai produksi "
            "(volume × harga) atau luas, lalu samakan kolom 'satuan'."
        )


def tidy_values(
    data: object,
    *,
    what: str,
    item_label: str,
    region_col: str,
    item_col: str,
    value_col: str,
    year_col: str,
    items: Sequence[str] | None = None,
    allow_negative: bool = False,
    region_required: bool = True,
) -> tuple[pd.DataFrame, bool]:
    """Long table ``kode, item, tahun, nilai`` on a complete grid, and whether years were given.

    Every region × item × year combination is present; those the input lacks are NaN.
    """
    df = require_frame(data, what)
    if not region_required and region_col not in df.columns:
        df = df.assign(**{region_col: "__acuan__"})
    df = with_region_column(df, region_col, what)
    has_year = year_col in df.columns
    if item_col in df.columns and value_col in df.columns:
        keep = [region_col, item_col, value_col] + ([year_col] if has_year else [])
        long = df[keep].rename(columns={region_col: "kode", item_col: "item", value_col: "nilai"})
        if items is not None:
            missing = [i for i in items if i not in set(long.item)]
            if missing:
                raise AnalysisError(f"{what}: {item_label} {_list(missing)} tidak ada di kolom '{item_col}'.")
            long = long[long.item.isin(items)]
        long["nilai"] = numeric(long.nilai, what, value_col)
    else:
        ids = [region_col] + ([year_col] if has_year else [])
        if items is None:
            columns = [c for c in df.columns if c not in ids]
        else:
            columns = list(items)
            missing = [c for c in columns if c not in df.columns]
            if missing:
                raise AnalysisError(
                    f"{what}: kolom {item_label} {_list(missing)} tidak ditemukan; kolom yang "
                    f"ada: {_list(list(df.columns), 12)}."
                )
        if not columns:
            raise AnalysisError(
                f"{what}: tidak ada kolom {item_label}. Berikan tabel panjang (kolom '{region_col}', "
                f"'{item_col}', '{value_col}') atau tabel lebar (satu kolom angka per {item_label})."
            )
        for column in columns:
            if not (pd.api.types.is_numeric_dtype(df[column]) or df[column].isna().all()):
                try:
                    numeric(df[column], what, str(column))
                except AnalysisError as error:
                    raise AnalysisError(
                        f"{error} Pada tabel lebar setiap kolom selain '{region_col}'"
                        + (f" dan '{year_col}'" if has_year else "")
                        + f" dianggap {item_label}; pilih kolomnya lewat parameter `items`, atau "
                        f"gunakan tabel panjang dengan kolom '{item_col}' dan '{value_col}'."
                    ) from None
        long = df[ids + columns].melt(id_vars=ids, value_vars=columns, var_name="item", value_name="nilai")
        long = long.rename(columns={region_col: "kode"})
        long["nilai"] = numeric(long.nilai, what, "nilai")
    long["tahun"] = years_of(long.pop(year_col), what, year_col) if has_year else NO_YEAR
    if long.kode.isna().any():
        raise AnalysisError(f"{what}: ada baris tanpa kode wilayah (kolom '{region_col}').")
    if long.item.isna().any():
        raise AnalysisError(f"{what}: ada baris tanpa nama {item_label} (kolom '{item_col}').")
    dupes = long[long.duplicated(["kode", "item", "tahun"], keep=False)]
    if not dupes.empty:
        rows = [
            f"{r.kode}/{r.item}" + (f"/{r.tahun}" if has_year else "")
            for r in dupes.drop_duplicates(["kode", "item", "tahun"]).head(5).itertuples()
        ]
        raise AnalysisError(
            f"{what}: kombinasi wilayah/{item_label}"
            + ("/tahun" if has_year else "")
            + f" muncul lebih dari sekali: {_list(rows)}. Setiap kombinasi hanya boleh satu nilai."
        )
    if not allow_negative:
        refuse_negative(long, what, item_label)
    grid = pd.MultiIndex.from_product(
        [pd.unique(long.kode), pd.unique(long.item), sorted(pd.unique(long.tahun))],
        names=["kode", "item", "tahun"],
    )
    full = long.set_index(["kode", "item", "tahun"]).nilai.reindex(grid).reset_index()
    return full[["kode", "item", "tahun", "nilai"]], has_year


def strict_sum(values: pd.DataFrame, keys: list[str]) -> pd.Series:
    """Sum of ``nilai`` by ``keys``; NaN when any member is missing (a sum of unknowns is unknown)."""
    grouped = values.groupby(keys, sort=False)
    total = grouped.nilai.sum()
    incomplete = values.nilai.isna().groupby([values[k] for k in keys], sort=False).any()
    return total.where(~incomplete.reindex(total.index))


def _scalar(value: object) -> bool:
    return isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, bool)


def _series_of(totals: object, what: str) -> pd.Series | None:
    if isinstance(totals, pd.Series):
        return totals
    if isinstance(totals, Mapping):
        return pd.Series(dict(totals))
    return None


def tidy_reference_totals(
    totals: object, years: list[int], *, what: str, year_col: str, value_col: str
) -> pd.Series:
    """Reference totals E_n as a Series indexed by year (explicit, e.g. a published table)."""
    if _scalar(totals):
        if len(years) != 1:
            raise AnalysisError(
                f"{what}: satu angka hanya cocok untuk data satu tahun; data berisi tahun "
                f"{_list(years)}. Berikan total per tahun (mis. {{2022: …, 2023: …}})."
            )
        series = pd.Series([float(totals)], index=years)  # type: ignore[arg-type]
    elif (series := _series_of(totals, what)) is not None:
        if years == [NO_YEAR]:
            if len(series) != 1:
                raise AnalysisError(f"{what}: data tanpa tahun memerlukan satu total saja.")
            series = pd.Series([series.iloc[0]], index=years)
        else:
            series.index = years_of(pd.Series(series.index), what, "tahun").to_numpy()
    elif isinstance(totals, pd.DataFrame):
        frame = require_frame(totals, what)
        if value_col not in frame.columns:
            raise AnalysisError(f"{what}: kolom '{value_col}' tidak ditemukan.")
        if year_col in frame.columns:
            series = pd.Series(
                frame[value_col].to_numpy(), index=years_of(frame[year_col], what, year_col).to_numpy()
            )
        elif len(frame) == 1 and len(years) == 1:
            series = pd.Series([frame[value_col].iloc[0]], index=years)
        else:
            raise AnalysisError(f"{what}: kolom '{year_col}' diperlukan untuk total beberapa tahun.")
    else:
        raise AnalysisError(f"{what}: berikan angka, dict tahun → total, Series, atau tabel.")
    series = numeric(pd.Series(series.to_numpy(), index=series.index), what, value_col)
    if series.index.duplicated().any():
        raise AnalysisError(f"{what}: tahun muncul lebih dari sekali.")
    missing = [y for y in years if y not in series.index]
    if missing:
        raise AnalysisError(f"{what}: total untuk tahun {_list(missing)} tidak diberikan.")
    if (series < 0).any():
        raise AnalysisError(f"{what}: total tidak boleh negatif.")
    return series.reindex(years)


def tidy_region_totals(
    totals: object,
    regions: list[object],
    years: list[int],
    *,
    what: str,
    region_col: str,
    year_col: str,
    value_col: str,
) -> pd.Series:
    """Region totals E_j as a Series indexed by (kode, tahun)."""
    single_year = len(years) == 1
    if _scalar(totals):
        if len(regions) != 1 or not single_year:
            raise AnalysisError(
                f"{what}: satu angka hanya cocok untuk satu wilayah dan satu tahun; "
                "berikan total per wilayah (dan per tahun) dalam dict, Series, atau tabel."
            )
        series = pd.Series(
            [float(totals)],
            index=pd.MultiIndex.from_tuples(  # type: ignore[arg-type]
                [(regions[0], years[0])], names=["kode", "tahun"]
            ),
        )
    elif (series := _series_of(totals, what)) is not None:
        if isinstance(series.index, pd.MultiIndex) and series.index.nlevels == 2:
            kode = series.index.get_level_values(0)
            tahun = years_of(pd.Series(series.index.get_level_values(1)), what, "tahun").to_numpy()
        elif single_year:
            kode, tahun = series.index, [years[0]] * len(series)
        else:
            raise AnalysisError(
                f"{what}: data berisi beberapa tahun; berikan total dengan indeks "
                "(kode, tahun) atau tabel dengan kolom kode, tahun dan nilai."
            )
        series = pd.Series(
            series.to_numpy(), index=pd.MultiIndex.from_arrays([kode, tahun], names=["kode", "tahun"])
        )
    elif isinstance(totals, pd.DataFrame):
        frame = with_region_column(require_frame(totals, what), region_col, what)
        if value_col not in frame.columns:
            raise AnalysisError(f"{what}: kolom '{value_col}' tidak ditemukan.")
        if year_col in frame.columns:
            tahun = years_of(frame[year_col], what, year_col).to_numpy()
        elif single_year:
            tahun = [years[0]] * len(frame)
        else:
            raise AnalysisError(f"{what}: kolom '{year_col}' diperlukan untuk total beberapa tahun.")
        series = pd.Series(
            frame[value_col].to_numpy(),
            index=pd.MultiIndex.from_arrays([frame[region_col], tahun], names=["kode", "tahun"]),
        )
    else:
        raise AnalysisError(f"{what}: berikan angka, dict kode → total, Series, atau tabel.")
    series = numeric(series, what, value_col)
    if series.index.duplicated().any():
        raise AnalysisError(f"{what}: kombinasi wilayah/tahun muncul lebih dari sekali.")
    needed = pd.MultiIndex.from_product([regions, years], names=["kode", "tahun"])
    missing = [f"{k}" + (f"/{t}" if t != NO_YEAR else "") for k, t in needed if (k, t) not in series.index]
    if missing:
        raise AnalysisError(f"{what}: total untuk {_list(missing)} tidak diberikan (periksa penulisan kode).")
    if (series < 0).any():
        raise AnalysisError(f"{what}: total tidak boleh negatif.")
    return series.reindex(needed)


@dataclass(frozen=True)
class Components:
    """E_ij, E_j, E_in and E_n aligned on one row per region × item × year."""

    frame: pd.DataFrame  # kode, item, tahun, E_ij, E_j, E_in, E_n, total_kecil (bool)
    has_year: bool
    regions: list[object]
    items: list[object]
    years: list[int]


def components(
    data: object,
    reference: object,
    *,
    region_totals: object,
    reference_totals: object,
    region_col: str,
    item_col: str,
    value_col: str,
    year_col: str,
    item_label: str,
    items: Sequence[str] | None = None,
) -> Components:
    """Align a region table with its reference (explicit or the sum of the regions) and totals."""
    for table, what in ((data, "Data wilayah"), (reference, "Data acuan (reference)")):
        refuse_mixed_units(table, what, item_col, item_label)
    values, has_year = tidy_values(
        data,
        what="Data wilayah",
        item_label=item_label,
        region_col=region_col,
        item_col=item_col,
        value_col=value_col,
        year_col=year_col,
        items=items,
    )
    regions = list(pd.unique(values.kode))
    item_list = list(pd.unique(values.item))
    years = sorted(int(y) for y in pd.unique(values.tahun))
    if reference is None:
        e_in = strict_sum(values, ["item", "tahun"])
    else:
        e_in = _reference_values(
            reference,
            has_year,
            years,
            item_list,
            region_col=region_col,
            item_col=item_col,
            value_col=value_col,
            year_col=year_col,
            item_label=item_label,
            items=items,
        )
    e_in = e_in.rename("E_in")
    small = pd.Series(False, index=values.index)
    computed_n = strict_sum(e_in.rename("nilai").reset_index(), ["tahun"])
    if reference_totals is None:
        e_n = computed_n
    else:
        e_n = tidy_reference_totals(
            reference_totals,
            years,
            what="Total acuan (reference_totals)",
            year_col=year_col,
            value_col=value_col,
        )
    e_n = e_n.rename("E_n")
    computed_j = strict_sum(values, ["kode", "tahun"])
    if region_totals is None:
        e_j = computed_j
    else:
        e_j = tidy_region_totals(
            region_totals,
            regions,
            years,
            what="Total wilayah (region_totals)",
            region_col=region_col,
            year_col=year_col,
            value_col=value_col,
        )
    e_j = e_j.rename("E_j")
    frame = values.rename(columns={"nilai": "E_ij"})
    frame = frame.join(e_j, on=["kode", "tahun"]).join(e_in, on=["item", "tahun"]).join(e_n, on="tahun")
    if region_totals is not None:
        sums = frame.join(computed_j.rename("sum_j"), on=["kode", "tahun"]).sum_j
        small |= (frame.E_j < sums * (1 - TOTAL_SLACK)).fillna(False)
    if reference_totals is not None:
        sums = frame.join(computed_n.rename("sum_n"), on="tahun").sum_n
        small |= (frame.E_n < sums * (1 - TOTAL_SLACK)).fillna(False)
    frame["total_kecil"] = small.to_numpy()
    return Components(frame.reset_index(drop=True), has_year, regions, item_list, years)


def _reference_values(
    reference: object,
    has_year: bool,
    years: list[int],
    item_list: list[object],
    *,
    region_col: str,
    item_col: str,
    value_col: str,
    year_col: str,
    item_label: str,
    items: Sequence[str] | None,
) -> pd.Series:
    what = "Data acuan (reference)"
    if (series := _series_of(reference, what)) is not None:
        if isinstance(series.index, pd.MultiIndex):
            raise AnalysisError(
                f"{what}: untuk beberapa tahun berikan tabel dengan kolom '{item_col}', "
                f"'{value_col}' dan '{year_col}'."
            )
        reference = pd.DataFrame({item_col: series.index, value_col: series.to_numpy()})
    ref, ref_has_year = tidy_values(
        reference,
        what=what,
        item_label=item_label,
        region_col=region_col,
        item_col=item_col,
        value_col=value_col,
        year_col=year_col,
        items=items,
        region_required=False,
    )
    if ref.kode.nunique() > 1:
        raise AnalysisError(
            f"{what}: berisi lebih dari satu wilayah ({_list(list(pd.unique(ref.kode)))}); "
            "acuan harus satu wilayah (mis. provinsi atau kabupaten)."
        )
    ref_years = sorted(int(y) for y in pd.unique(ref.tahun))
    if has_year != ref_has_year:
        if len(years) == 1 and len(ref_years) == 1:
            ref["tahun"] = years[0]
        else:
            raise AnalysisError(
                f"{what}: data wilayah "
                + ("punya" if has_year else "tidak punya")
                + " kolom tahun sedangkan acuan "
                + ("punya" if ref_has_year else "tidak")
                + "; samakan bentuk kedua tabel."
            )
    elif ref_years != years:
        raise AnalysisError(
            f"{what}: tahun tidak cocok — data wilayah {_list(years, 12)}, acuan "
            f"{_list(ref_years, 12)}. Gunakan tahun yang sama di kedua tabel."
        )
    ref_items = list(pd.unique(ref.item))
    only_data = [i for i in item_list if i not in set(ref_items)]
    only_ref = [i for i in ref_items if i not in set(item_list)]
    if only_data or only_ref:
        parts = []
        if only_data:
            parts.append(f"hanya di data wilayah: {_list(only_data)}")
        if only_ref:
            parts.append(f"hanya di acuan: {_list(only_ref)}")
        raise AnalysisError(
            f"{what}: daftar {item_label} tidak sama ({'; '.join(parts)}). Definisi "
            f"{item_label} harus sama di kedua sisi; bila tabel sengaja sebagian, berikan "
            "total resmi lewat region_totals/reference_totals dan samakan daftarnya."
        )
    return ref.set_index(["item", "tahun"]).nilai


def period(years: list[int], start: int | None, end: int | None, what: str = "Periode") -> tuple[int, int]:
    """Start and end years (default: first and last year of the data), validated."""
    if years == [NO_YEAR]:
        raise AnalysisError(f"{what}: metode ini memerlukan kolom tahun (data deret waktu).")
    start = years[0] if start is None else int(start)
    end = years[-1] if end is None else int(end)
    for name, year in (("tahun awal", start), ("tahun akhir", end)):
        if year not in years:
            raise AnalysisError(
                f"{what}: {name} {year} tidak ada di data (tahun tersedia: {_list(years, 12)})."
            )
    if end < start:
        raise AnalysisError(f"{what}: tahun akhir ({end}) lebih awal dari tahun awal ({start}).")
    return start, end


def pair_years(
    frame: pd.DataFrame, start: int, end: int, keys: Sequence[str] = ("kode", "item")
) -> pd.DataFrame:
    """One row per key with the start-year columns suffixed ``0`` and the end-year ones ``1``."""
    keys = list(keys)
    first = frame[frame.tahun == start].drop(columns="tahun").set_index(keys).add_suffix("0")
    last = frame[frame.tahun == end].drop(columns="tahun").set_index(keys).add_suffix("1")
    return first.join(last).reset_index()
