"""Point features of the data layers, ready for the map.

Most rows name a kecamatan (or desa) but carry no coordinates; rather than hide
them, they are drawn at the centre of their desa or kecamatan and their tooltip
says the location is approximate. Rows for the whole kabupaten have no place on a
kecamatan map and are left to the lists. Text from data travels raw and is escaped
by the browser when it builds tooltips and popups (see PointLayer).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd

from potensi.core.cells import is_example
from potensi.core.formatting import format_number, format_rupiah
from potensi.core.layers import POINT_LAYERS
from potensi.data.readiness import readiness_conflicts
from potensi.i18n import Lang, t
from potensi.viz.style import category_colours

if TYPE_CHECKING:
    from potensi.core.store import Boundaries


CATEGORY_COLUMN = {"potensi": "sektor", "peluang": "tingkat_kesiapan", "inovasi": "tahapan"}
CATEGORY_PREFIX = {"potensi": "sektor", "peluang": "kesiapan", "inovasi": "tahapan"}
NAME_COLUMN = {"potensi": "nama", "peluang": None, "inovasi": "nama_inovasi"}


@dataclass(frozen=True)
class PointFeatures:
    """Compact rows of one data layer for the map, and its categorical legend.

    ``data`` is what :class:`potensi.viz.controls.PointLayer` draws: ``rows`` of
    ``[lon, lat, category, name, kecamatan code, approximate place or 0, facts or 0,
    example 0/1]`` plus the shared texts (category labels and colours, kecamatan names,
    UI phrases) once per layer. Text stays raw here; the browser escapes it when it
    builds the tooltip and popup, so nothing from data is ever inserted as HTML.
    """

    layer: str
    data: dict
    legend: list[tuple[str, str]]  # (label, colour)
    count: int


#: the key column of the point layers checked against the thematic layers
SITE_KEY = {"potensi": "potensi_id", "peluang": "peluang_id"}


def _text(value: object) -> str:
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)


def centres_of(boundaries: Boundaries) -> dict[str, tuple[float, float]]:
    centres = {}
    for frame in (boundaries.kecamatan, boundaries.desa):
        points = frame.geometry.representative_point()
        centres.update({code: (p.y, p.x) for code, p in zip(frame.kode, points, strict=True)})
    return centres


def _name(layer: str, row: dict, lang: Lang) -> str:
    if layer == "peluang":
        english = row.get("judul_en")
        return str(english if lang == "en" and _text(english) else row["judul_id"])
    return str(row[NAME_COLUMN[layer]])


def support_fact(names: Sequence[str], lang: Lang) -> str:
    """The popup line saying which innovations stand behind a potential, or that none does.

    Plain text like every fact: the browser escapes it (escape.js), so an innovation's
    name typed by an official stays text.
    """
    if not names:
        return t("gap_none", lang)
    return t("gap_supported_by", lang, names="; ".join(" ".join(str(n).split()) for n in names))


def _facts(layer: str, row: dict, lang: Lang) -> list[str]:
    if layer == "peluang":
        facts = []
        if pd.notna(row.get("nilai_investasi_idr")):
            facts.append(format_rupiah(float(row["nilai_investasi_idr"]), lang))
        if pd.notna(row.get("irr_persen")):
            facts.append(f"IRR {format_number(float(row['irr_persen']), 1, lang)}%")
        if readiness_conflicts(pd.Series(row)):  # the colour is the stated level: say it is contradicted
            facts.append(t("readiness_contradicted", lang))
        return facts
    if layer == "inovasi":
        return [str(row.get("kode_opd") or ""), str(row.get("tahun_pelaporan") or "")]
    return [str(row.get("deskripsi") or "")[:160]]


def point_features(
    layer: str,
    rows: pd.DataFrame,
    boundaries: Boundaries,
    lang: Lang,
    profile_url: str,
    colour_blind_safe: bool = False,
    centres: dict[str, tuple[float, float]] | None = None,
    support: Mapping[str, Sequence[str]] | None = None,
    site_facts: Mapping[str, Sequence[str]] | None = None,
) -> PointFeatures:
    """Rows of one data layer (``potensi``, ``peluang`` or ``inovasi``) for the map.

    ``centres`` (code -> (lat, lon) of kecamatan and desa) may be passed in when
    several layers are built at once; it is computed otherwise. ``support``
    (potensi_id -> names of the innovations behind it, from
    :func:`potensi.iid.coverage.support_names`) adds to each potential's popup which
    innovations support it, or that none does yet; without it (the printed poster)
    the popup says nothing about innovations. ``site_facts`` (record id -> the site's
    zone, hazard and distances in words, :func:`potensi.overlays.sites.fact_lines_by_site`)
    adds those lines, each with its layer's source.
    """
    column = CATEGORY_COLUMN[layer]
    prefix = CATEGORY_PREFIX[layer]
    from potensi.data.schema import TABLES

    categories = list(TABLES[POINT_LAYERS[layer]].column(column).allowed)
    colours = category_colours(categories, colour_blind_safe)
    index = {c: i for i, c in enumerate(categories)}
    centres = centres_of(boundaries) if centres is None else centres
    kec_names = dict(zip(boundaries.kecamatan.kode, boundaries.kecamatan.nama, strict=True))
    desa_names = dict(zip(boundaries.desa.kode, boundaries.desa.nama, strict=True))
    out, used, kec_used = [], set(), {}
    for row in rows.to_dict("records"):
        kec = row.get("kecamatan")
        if not isinstance(kec, str) or not kec:
            continue
        approx: str | int = 0
        if pd.notna(row.get("lat")) and pd.notna(row.get("lon")):
            lat, lon = float(row["lat"]), float(row["lon"])
        else:
            desa = row.get("desa") if isinstance(row.get("desa"), str) else None
            lat, lon = centres[desa] if desa in centres else centres[kec]
            approx = f"Desa {desa_names[desa]}" if desa in centres else f"Kecamatan {kec_names[kec]}"
        category = row.get(column) or ""
        used.add(category)
        kec_used[kec] = kec_names[kec]
        facts = [f for f in _facts(layer, row, lang) if f]
        if layer == "potensi" and support is not None:
            facts.append(support_fact(support.get(_text(row.get("potensi_id")), ()), lang))
        if site_facts and layer in SITE_KEY:
            facts.extend(site_facts.get(_text(row.get(SITE_KEY[layer])), ()))
        out.append(
            [
                round(lon, 5),
                round(lat, 5),
                index.get(category, -1),
                _name(layer, row, lang),
                kec,
                approx,
                facts or 0,
                int(is_example(row.get("contoh"))),
            ]
        )
    approx_text = t("approx_location", lang, where="\x00").split("\x00")
    data = {
        "cats": [[t(f"{prefix}_{c}", lang), colours[c]] for c in categories],
        "kec": kec_used,
        "badge": t("example_badge", lang),
        "approx": approx_text,
        "open": t("open_profile", lang),
        "link": [f"{profile_url}?kecamatan=", f"&lang={lang}"],
        "rows": out,
    }
    legend = [(t(f"{prefix}_{c}", lang), colours[c]) for c in categories if c in used]
    return PointFeatures(layer, data, legend, len(out))
