"""What the rows of the data layers say, in words: titles, enum labels, OPD names.

Several pages show the same rows (an opportunity on its card, in a kecamatan
profile, in a map popup; an innovation in the registry and in a profile); the
rules that turn a stored row into the words a reader sees live here once, below
the pages that share them.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from potensi.core.cells import is_known
from potensi.i18n import CATALOGUE, Lang, t
from potensi.i18n.data_values import STORED_PREFIXES

#: enum columns and the prefix of their value labels in the text catalogue
ENUM_LABELS = {
    "sektor_prioritas": "peluang_sektor",
    "status_lahan": "peluang_lahan",
    "kesesuaian_rtrw": "peluang_rtrw",
    "skema_investasi": "peluang_skema",
    "insentif": "peluang_insentif",
    "tingkat_kesiapan": "kesiapan",
    "status_publikasi": "peluang_publikasi",
}

#: a stored unit or example-data source text -> its catalogue key (potensi/i18n/data_values.py)
_STORED_KEYS = {texts["id"]: key for key, texts in CATALOGUE.items() if key.startswith(STORED_PREFIXES)}


def stored_text(text: str, lang: Lang) -> str:
    """A unit or source as stored (in Indonesian), in the UI language.

    The store keeps what the official typed; the English page shows the English of
    the values the project knows (its units, its example data's sources) and any
    other value as stored. Several sources joined by `` | `` are translated each.
    """
    if lang == "id" or not text:
        return text
    parts = [part.strip() for part in text.split(" | ")]
    return " | ".join(t(_STORED_KEYS[p], lang) if p in _STORED_KEYS else p for p in parts)


#: group key of a value that is not filled in (shown as "belum diisi" / "not filled in")
UNFILLED = "_belum_diisi"


def value_key(value: object) -> str:
    """The group key of a cell: its trimmed text, or :data:`UNFILLED` when empty.

    Rows come from SQLite through pandas, where a missing text may be None, NaN or
    blank; all three must land in the same "belum diisi" group.
    """
    return str(value).strip() if is_known(value) else UNFILLED


def opd_labels(opd: pd.DataFrame, short: bool = False) -> dict[str, str]:
    """OPD code -> name; ``short`` prefers the abbreviation (for chart axes).

    Full names such as "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu" do
    not fit a bar-chart axis, while the table has room for them.
    """
    labels = {}
    for _, row in opd.iterrows():
        code = str(row.kode_opd)
        name = row.get("singkatan") if short and is_known(row.get("singkatan")) else row.get("nama_opd")
        labels[code] = str(name).strip() if is_known(name) else code
    return labels


def value_label(group: str, key: str, lang: Lang, opd_names: Mapping[str, str] | None = None) -> str:
    """The display label of a group value in the UI language."""
    if key == UNFILLED:
        return t("inovasi_unfilled", lang)
    if group == "opd":
        return (opd_names or {}).get(key, key)
    prefix = "inovasi_bentuk" if group == "bentuk" else group
    try:
        return t(f"{prefix}_{key}", lang)
    except KeyError:  # a value outside the schema's list is shown as written
        return key


def enum_label(column: str, value: object, lang: Lang) -> str | None:
    """The catalogue label of an enum value; unknown values are shown as written."""
    if not is_known(value):
        return None
    key = f"{ENUM_LABELS[column]}_{str(value).strip()}"
    return t(key, lang) if key in CATALOGUE else str(value)


def title_of(row: pd.Series, lang: Lang) -> str:
    """The title in the UI language, falling back to the Indonesian one."""
    if lang == "en" and is_known(row.get("judul_en")):
        return str(row.get("judul_en")).strip()
    return str(row.get("judul_id") or row.get("peluang_id") or "").strip()


def on_offer(rows: pd.DataFrame) -> pd.DataFrame:
    """Rows to show to investors: archived opportunities (``status_publikasi`` arsip) are
    no longer on offer and stay off the catalogue (the Data page still lists them)."""
    if "status_publikasi" not in rows:
        return rows
    return rows[rows.status_publikasi.fillna("") != "arsip"]
