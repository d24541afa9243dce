"""The investor brief of one investment opportunity: what an official leaves behind
after the presentation.

Every figure comes from the catalogue's presenter (:mod:`potensi.views.peluang`), so
the brief says exactly what the card says (value as ``Rp45 miliar``, NPV always with
its discount rate, the completeness badge and what is still missing); this module only
lays it out on A4 with the map, the sources and a QR code back to the page.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

import pandas as pd

from potensi.brief.document import RED, BriefDocument, region_name
from potensi.brief.maps import site_map
from potensi.core.cells import as_number, is_known
from potensi.core.errors import PotensiError
from potensi.core.formatting import format_number
from potensi.core.store import Boundaries
from potensi.core.text import document_links
from potensi.data.records import enum_label, on_offer
from potensi.data.sources import cell_text, source_label
from potensi.i18n import Lang, t
from potensi.views import peluang as pl

BADGE_BLUE = ((229, 236, 251), (26, 61, 143))
BADGE_AMBER = ((255, 243, 214), (122, 75, 0))


def page_url(base_url: str, peluang_id: str, lang: Lang) -> str:
    """The opportunity's page on the dashboard (what the QR code opens)."""
    return f"{base_url.rstrip('/')}/peluang?peluang={peluang_id}&lang={lang}"


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    value = hex_colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def usd_text(row: pd.Series, lang: Lang) -> str | None:
    """The value in US dollars with the assumed rate and price year, when the row gives
    them (stated, or computed from the rupiah value and the rate); None otherwise."""
    usd, rate = as_number(row.get("nilai_investasi_usd")), as_number(row.get("kurs_asumsi"))
    rupiah = as_number(row.get("nilai_investasi_idr"))
    if rate is None:
        return None if usd is None else f"US$ {format_number(usd, 0, lang)}"
    rate_text = pl.field_value("kurs_asumsi", rate, row, {}, {}, lang)
    year_value = as_number(row.get("tahun_harga"))
    year = str(int(year_value)) if year_value is not None else "–"
    if usd is not None:
        return t("brief_usd_text", lang, usd=format_number(usd, 0, lang), rate=rate_text, year=year)
    if rupiah is not None and rate > 0:
        return t(
            "brief_usd_computed", lang, usd=format_number(rupiah / rate, 0, lang), rate=rate_text, year=year
        )
    return None


def _site(row: pd.Series, boundaries: Boundaries) -> tuple[tuple[float, float] | None, str | None]:
    """(lon, lat) of the site and, when it is only the centre of its desa/kecamatan, which one."""
    lat, lon = as_number(row.get("lat")), as_number(row.get("lon"))
    if lat is not None and lon is not None:
        return (lon, lat), None
    for frame, column, word in (
        (boundaries.desa, "desa", "Desa"),
        (boundaries.kecamatan, "kecamatan", "Kecamatan"),
    ):
        code = row.get(column)
        hit = frame[frame.kode == str(code)] if is_known(code) else frame.iloc[0:0]
        if len(hit):
            point = hit.geometry.iloc[0].representative_point()
            return (point.x, point.y), f"{word} {hit.nama.iloc[0]}"
    return None, None


def opportunity_brief(
    peluang_id: str,
    boundaries: Boundaries,
    data: Mapping[str, pd.DataFrame],
    lang: Lang,
    base_url: str | None,
    today: date | None = None,
    facts: pd.DataFrame | None = None,
) -> bytes:
    """The A4 PDF brief of opportunity ``peluang_id`` in ``lang``; with ``facts`` (the
    store's site facts, :func:`potensi.overlays.sites.read_facts`) it also says the site's
    zone, hazard and distances with their sources, and a zone against the sector.

    ``base_url`` is the dashboard's public address (``PETA_PUBLIC_URL``); without it the
    brief says that no QR code could be printed rather than print one to nowhere.
    Raises :class:`PotensiError` for an id that is not on offer.
    """
    offered = on_offer(data["peluang_investasi"])
    hits = offered[offered.peluang_id.astype(str) == str(peluang_id)]
    if hits.empty:
        raise PotensiError(t("brief_unknown_peluang", lang, id=peluang_id))
    row = hits.iloc[0]
    kec_names = dict(zip(boundaries.kecamatan.kode, boundaries.kecamatan.nama, strict=True))
    desa_names = dict(zip(boundaries.desa.kode, boundaries.desa.nama, strict=True))
    card = pl.build_card(row, kec_names, desa_names, lang, facts)
    kabupaten = region_name(str(boundaries.kabupaten.nama.iloc[0]))
    commit = str(boundaries.kabupaten.commit_sumber.iloc[0])[:10]

    doc = BriefDocument(lang, t("brief_kind_peluang", lang, kabupaten=kabupaten), card.title, today)
    doc.add_page()
    doc.title_block(card.title, card.subtitle)
    badges = []
    if card.example:
        badges.append((t("print_example_badge", lang), RED, (255, 255, 255)))
    if card.readiness:
        badges.append((card.readiness, *(BADGE_AMBER if card.readiness_conflict else BADGE_BLUE)))
    background, colour = pl.completeness_colours(card.completeness.known, card.completeness.total)
    badges.append((card.completeness.text(lang), _rgb(background), _rgb(colour)))
    doc.badges(badges)
    if card.example:
        doc.warning(t("brief_example_peluang", lang))

    # map on the left, QR and its caption on the right of it
    top = doc.get_y()
    map_width = 105
    code = str(row.get("kecamatan"))
    if code in kec_names:
        site, approx = _site(row, boundaries)
        png = site_map(boundaries, code, lang, site, approx)
        map_bottom = doc.image_bytes(png, map_width, 110, x=doc.l_margin, y=top)
    else:
        map_bottom = top
    side_x = doc.l_margin + map_width + 6
    side_w = doc.w - doc.r_margin - side_x
    doc.set_xy(side_x, top)
    missing = t("peluang_missing_value", lang)
    quick = (
        (t("peluang_label_value", lang), card.value),
        (t("peluang_label_irr", lang), card.irr),
        (t("brief_label_npv", lang), card.npv),
        (t("peluang_label_payback", lang), card.payback),
        (t("peluang_label_land", lang), card.land),
    )
    for label, value in quick:
        doc.set_x(side_x)
        doc.set_font("DejaVu", "", 8)
        doc.set_text_color(90, 90, 90)
        doc.cell(side_w, 4, label, new_x="LEFT", new_y="NEXT")
        doc.set_x(side_x)
        doc.set_font("DejaVu", "B", 12)
        doc.set_text_color(0, 0, 0)
        doc.multi_cell(side_w, 5.5, f"{value or missing} [1]", align="L", new_x="LEFT", new_y="NEXT")
        doc.ln(0.8)
    doc.ln(2)
    doc.page_link(page_url(base_url, card.peluang_id, lang) if base_url else None, side_x, side_w, 28)
    doc.set_xy(doc.l_margin, max(map_bottom, doc.get_y()) + 2)
    if code in kec_names:
        doc.paragraph(
            t(
                "brief_map_caption_peluang",
                lang,
                name=kec_names[code],
                source="[2]",
            ),
            7.5,
            (90, 90, 90),
        )

    # the facts with their source, one line each
    doc.heading(t("brief_facts_heading", lang))
    source = cell_text(row.get("sumber"), lang) if is_known(row.get("sumber")) else missing
    # every figure of the record has the record's source: a footnote [1], spelt out under Sources
    record_source = "[1]" + (f" {t('print_example_badge', lang)}" if card.example else "")
    incentives = pl.field_value("insentif", row.get("insentif"), row, kec_names, desa_names, lang)
    facts: list[tuple[str, str | None]] = [
        (t("brief_label_sector", lang), card.sector),
        (t("brief_label_location", lang), _location(row, kec_names, desa_names, lang)),
        (t("peluang_label_value", lang), _exact("nilai_investasi_idr", row, lang)),
        (t("brief_label_usd", lang), usd_text(row, lang)),
        (t("peluang_label_irr", lang), card.irr),
        (t("brief_label_npv", lang), _exact("npv_idr", row, lang)),
        (t("peluang_label_payback", lang), card.payback),
        (
            t("brief_label_land_area", lang),
            pl.field_value("luas_lahan_ha", row.get("luas_lahan_ha"), row, {}, {}, lang),
        ),
        (t("brief_label_land_status", lang), _enum("status_lahan", row, lang)),
        (
            t("peluang_field_clear_and_clean", lang),
            pl.field_value("clear_and_clean", row.get("clear_and_clean"), row, {}, {}, lang),
        ),
        (t("peluang_field_kesesuaian_rtrw", lang), _enum("kesesuaian_rtrw", row, lang)),
        (t("brief_label_incentives", lang), incentives),
        (t("brief_label_contact", lang), card.contact),
    ]
    doc.table(
        (t("brief_col_item", lang), t("brief_col_value", lang), t("brief_col_source", lang)),
        [(label, value or missing, record_source) for label, value in facts],
        (42, 103, 35),
        red_rows=tuple(range(len(facts))) if card.example else (),
    )

    doc.heading(t("brief_readiness_heading", lang))
    readiness_rows = [
        (t("brief_label_readiness", lang), card.readiness or missing),
        (t("brief_label_completeness", lang), card.completeness.text(lang)),
        (
            t("brief_label_missing", lang),
            ", ".join(t(f"peluang_key_{k}", lang) for k in card.completeness.missing)
            or t("brief_nothing_missing", lang),
        ),
    ]
    if card.readiness_conflict:
        readiness_rows.append((t("peluang_label_readiness", lang), card.readiness_conflict))
    if card.zone_conflict:
        readiness_rows.append((t("tematik_zone_conflict_badge", lang), card.zone_conflict))
    doc.table((t("brief_col_item", lang), t("brief_col_value", lang)), readiness_rows, (42, 138))
    if card.site_facts:
        doc.heading(t("tematik_facts_label", lang))
        for line in card.site_facts:
            doc.paragraph("• " + line, 8)

    details = [
        (t(f"peluang_field_{c}", lang), pl.field_value(c, row.get(c), row, kec_names, desa_names, lang))
        for c in (
            "kbli_kode",
            "komoditas",
            "alamat",
            "skema_investasi",
            "umur_proyek_tahun",
            "tenaga_kerja_est",
            "bc_ratio",
            "tahun_harga",
            "peluang_id",
        )
    ]
    details = [(label, value) for label, value in details if value]
    if details:
        doc.heading(t("brief_details_heading", lang))
        doc.table((t("brief_col_item", lang), t("brief_col_value", lang)), details, (42, 138))

    doc.heading(t("brief_sources_heading", lang))
    lines = ["[1] " + t("brief_source_record", lang, source=source)]
    if links := document_links(row.get("dokumen")):
        lines.append(t("brief_documents", lang, docs="; ".join(source_label(u, lang) for u in links)))
    if card.updated:
        lines.append(f"{t('brief_label_updated', lang)}: {card.updated}")
    lines.append("[2] " + t("brief_map_source", lang, source=t("brief_boundary_source", lang, commit=commit)))
    for line in lines:
        doc.paragraph(line, 8)
    if card.example:
        doc.ln(1)
        doc.paragraph(t("brief_example_peluang", lang), 8, RED)
    return bytes(doc.output())


def _enum(column: str, row: pd.Series, lang: Lang) -> str | None:
    value = row.get(column)
    return enum_label(column, value, lang) if is_known(value) else None


def _exact(column: str, row: pd.Series, lang: Lang) -> str | None:
    """Rupiah with its scale word and the exact figure: "Rp45 miliar (Rp45.000.000.000)"."""
    return pl.field_value(column, row.get(column), row, {}, {}, lang)


def _location(row: pd.Series, kec: Mapping[str, str], desa: Mapping[str, str], lang: Lang) -> str | None:
    parts = [pl.place_text(row, kec, desa, lang)]
    if is_known(row.get("alamat")):
        parts.append(str(row.get("alamat")).strip())
    lat, lon = as_number(row.get("lat")), as_number(row.get("lon"))
    if lat is not None and lon is not None:
        parts.append(f"{format_number(lat, 5, lang)}, {format_number(lon, 5, lang)}")
    return " · ".join(p for p in parts if p) or None
