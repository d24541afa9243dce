"""Point features of the data layers, ready for the map.

Most rows name a kecamatan (or desa) but carry no coordinates; rather than hide
them, they are drawn at the centre of their desa or kecamatan and their tooltip
says the location is approximate. Rows for the whole kabupaten have no place on a
kecamatan map and are left to the lists. Every text from data is escaped here.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd

from potensi.formatting import format_number, format_rupiah
from potensi.i18n import Lang, t
from potensi.viz.style import category_colours

if TYPE_CHECKING:
    from potensi.mapdata import Boundaries

LAYER_SOURCES = {"potensi": "potensi", "peluang": "peluang_investasi", "inovasi": "inovasi"}
CATEGORY_COLUMN = {"potensi": "sektor", "peluang": "tingkat_kesiapan", "inovasi": "tahapan"}
CATEGORY_PREFIX = {"potensi": "sektor", "peluang": "kesiapan", "inovasi": "tahapan"}
NAME_COLUMN = {"potensi": "nama", "peluang": None, "inovasi": "nama_inovasi"}


@dataclass(frozen=True)
class PointFeatures:
    """A GeoJSON collection and its categorical legend."""

    layer: str
    geojson: dict
    legend: list[tuple[str, str]]  # (label, colour)
    count: int


def _e(value: object) -> str:
    return html.escape("" if value is None or (isinstance(value, float) and pd.isna(value))
                       else str(value), quote=True)


def _centres(boundaries: "Boundaries") -> dict[str, tuple[float, float]]:
    centres = {}
    for frame in (boundaries.kecamatan, boundaries.desa):
        points = frame.geometry.representative_point()
        centres.update({code: (p.y, p.x) for code, p in zip(frame.kode, points, strict=True)})
    return centres


def _name(layer: str, row: pd.Series, lang: Lang) -> str:
    if layer == "peluang":
        return str(row.judul_en if lang == "en" and row.get("judul_en") else row.judul_id)
    return str(row[NAME_COLUMN[layer]])


def _facts(layer: str, row: pd.Series, lang: Lang) -> list[str]:
    if layer == "peluang":
        facts = []
        if pd.notna(row.get("nilai_investasi_idr")):
            facts.append(format_rupiah(float(row.nilai_investasi_idr), lang))
        if pd.notna(row.get("irr_persen")):
            facts.append(f"IRR {format_number(float(row.irr_persen), 1, lang)}%")
        return facts
    if layer == "inovasi":
        return [str(row.get("kode_opd") or ""), str(row.get("tahun_pelaporan") or "")]
    return [str(row.get("deskripsi") or "")[:160]]


def point_features(layer: str, rows: pd.DataFrame, boundaries: "Boundaries", lang: Lang,
                   profile_url: str, colour_blind_safe: bool = False) -> PointFeatures:
    """Features of one data layer (``potensi``, ``peluang`` or ``inovasi``)."""
    column = CATEGORY_COLUMN[layer]
    prefix = CATEGORY_PREFIX[layer]
    from potensi.data.schema import TABLES

    categories = list(TABLES[LAYER_SOURCES[layer]].column(column).allowed)
    colours = category_colours(categories, colour_blind_safe)
    centres = _centres(boundaries)
    kec_names = dict(zip(boundaries.kecamatan.kode, boundaries.kecamatan.nama, strict=True))
    desa_names = dict(zip(boundaries.desa.kode, boundaries.desa.nama, strict=True))
    features, used = [], set()
    for _, row in rows.iterrows():
        kec = row.get("kecamatan")
        if not isinstance(kec, str) or not kec:
            continue
        approx = None
        if pd.notna(row.get("lat")) and pd.notna(row.get("lon")):
            lat, lon = float(row.lat), float(row.lon)
        else:
            desa = row.get("desa") if isinstance(row.get("desa"), str) else None
            lat, lon = centres[desa] if desa in centres else centres[kec]
            approx = f"Desa {desa_names[desa]}" if desa in centres else f"Kecamatan {kec_names[kec]}"
        category = row.get(column) or ""
        used.add(category)
        label = t(f"{prefix}_{category}", lang) if category else "–"
        name = _e(_name(layer, row, lang))
        example = bool(row.get("contoh"))
        badge = f' <b style="color:#b00">[{_e(t("example_badge", lang))}]</b>' if example else ""
        where = _e(f"Kec. {kec_names[kec]}")
        tooltip = f"<b>{name}</b>{badge}<br>{_e(label)} · {where}"
        if approx:
            tooltip += f"<br><i>{_e(t('approx_location', lang, where=approx))}</i>"
        facts = "".join(f"<div>{_e(f)}</div>" for f in _facts(layer, row, lang) if f)
        link = f'{profile_url}?kecamatan={kec}&lang={lang}'
        popup = (f"<b>{name}</b>{badge}<div>{_e(label)} · {where}</div>{facts}"
                 f'<div><a href="{_e(link)}" target="_top">{_e(t("open_profile", lang))}</a></div>')
        features.append({
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [round(lon, 6), round(lat, 6)]},
            "properties": {"colour": colours.get(category, "#777777"), "tooltip": tooltip,
                           "popup": popup},
        })
    legend = [(t(f"{prefix}_{c}", lang), colours[c]) for c in categories if c in used]
    return PointFeatures(layer, {"type": "FeatureCollection", "features": features}, legend,
                         len(features))
