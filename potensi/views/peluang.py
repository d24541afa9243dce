"""The investment-opportunity catalogue, computed without streamlit.

The peluang page shows each opportunity as a card an investor can scan in
seconds: value, returns, land, readiness, who to call, and how much of that is
actually known. Everything that decides what a card says (completeness, sorting,
number and date formats, escaping) lives here so it is tested directly; the page
only lays the results out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

import pandas as pd

from potensi.core.cells import as_number, is_example, is_known, iso_date
from potensi.core.formatting import (
    format_date,
    format_number,
    format_percent,
    format_rupiah,
    format_trimmed,
)
from potensi.core.text import document_links, escape
from potensi.data.indicators import commodity_label
from potensi.data.readiness import readiness_conflicts, supported_level
from potensi.data.records import ENUM_LABELS, enum_label, title_of
from potensi.data.schema import PELUANG, SEKTOR_PRIORITAS, TINGKAT_KESIAPAN
from potensi.data.sources import cell_html, cell_text, clean_note, source_html, source_label
from potensi.i18n import Lang, t
from potensi.overlays.sites import (
    SiteQuery,
    facts_of,
    find_sites,
    site_fact_lines,
    zone_contradicts,
    zone_rule,
)

#: how the catalogue can be ordered (widget options, labelled ``peluang_sort_<key>``)
SORT_OPTIONS = ("kesiapan", "nilai", "irr", "kelengkapan", "pembaruan")


# --------------------------------------------------------------------------- values


def irr_text(value: object, lang: Lang) -> str | None:
    """The IRR as a card shows it, e.g. "IRR 16,5%"; None when unknown."""
    percent = format_percent(value, lang)
    return None if percent is None else f"IRR {percent}"


def npv_text(npv: object, rate: object, lang: Lang) -> str | None:
    """The NPV with its discount rate, e.g. "Rp3,1 miliar @ 12%".

    An NPV means nothing without the rate it was discounted at (the schema makes
    the rate mandatory once an NPV is given), so the rate is always shown and its
    absence is said out loud rather than hidden.
    """
    value = as_number(npv)
    if value is None:
        return None
    money = format_rupiah(value, lang)
    percent = format_percent(rate, lang)
    if percent is None:
        return t("peluang_npv_no_rate", lang, npv=money)
    return t("peluang_npv_at", lang, npv=money, rate=percent)


def years_text(value: object, lang: Lang) -> str | None:
    """A duration in years ("5,8 tahun" / "5.8 years"); None when unknown."""
    number = as_number(value)
    return None if number is None else t("peluang_years", lang, n=format_trimmed(number, lang, 1))


def land_text(area: object, status: object, lang: Lang) -> str | None:
    """Land area and status in one line ("2,5 ha · Hak milik"); None when both unknown."""
    parts = []
    number = as_number(area)
    if number is not None:
        parts.append(t("peluang_hectare", lang, n=format_trimmed(number, lang)))
    if is_known(status) and str(status) != "belum_diketahui":
        parts.append(enum_label("status_lahan", status, lang) or "")
    return " · ".join(parts) or None


def contact_text(row: pd.Series) -> str | None:
    """Agency, person, phone and e-mail joined in one line; None when none is known."""
    parts = [
        str(row.get(c)).strip()
        for c in ("kontak_instansi", "kontak_nama", "kontak_telepon", "kontak_email")
        if is_known(row.get(c))
    ]
    return " · ".join(parts) or None


# --------------------------------------------------------------------------- completeness


def _enum_known(column: str) -> Callable[[pd.Series], bool]:
    return lambda row: is_known(row.get(column)) and str(row.get(column)) != "belum_diketahui"


def _filled(column: str) -> Callable[[pd.Series], bool]:
    return lambda row: is_known(row.get(column))


@dataclass(frozen=True)
class KeyField:
    """A fact an investor expects on the card, and how to tell it is known."""

    key: str  # text ``peluang_key_<key>``
    known: Callable[[pd.Series], bool]


#: The ten facts an investor checks before asking for a meeting. An opportunity
#: that lists "data tidak tersedia" for its returns or its land loses trust at
#: once, so the card counts how many of these are filled in ("7/10 data kunci
#: tersedia") and names the gaps: the investor sees what is missing without
#: reading blanks, and the OPD sees what to complete next. The choice follows what
#: BKPM's PPI/IPRO profiles quote per project (value, IRR, NPV with its rate,
#: payback, land area and status) plus what decides whether a site can be built
#: on (clear and clean, fit with the RTRW), the study documents behind the figures
#: and someone reachable. "Belum diketahui" counts as unknown, and an agency name
#: alone is not a contact: only a phone number or an e-mail lets an investor ask.
KEY_FIELDS: tuple[KeyField, ...] = (
    KeyField("nilai", _filled("nilai_investasi_idr")),
    KeyField("irr", _filled("irr_persen")),
    KeyField("npv", lambda row: is_known(row.get("npv_idr")) and is_known(row.get("diskonto_persen"))),
    KeyField("payback", _filled("payback_tahun")),
    KeyField("luas", _filled("luas_lahan_ha")),
    KeyField("status_lahan", _enum_known("status_lahan")),
    KeyField("clear_and_clean", _filled("clear_and_clean")),
    KeyField("rtrw", _enum_known("kesesuaian_rtrw")),
    KeyField("dokumen", lambda row: bool(document_links(row.get("dokumen")))),
    KeyField("kontak", lambda row: is_known(row.get("kontak_telepon")) or is_known(row.get("kontak_email"))),
)


@dataclass(frozen=True)
class Completeness:
    """How many key facts of one opportunity are known, and which are not."""

    known: int
    total: int
    missing: tuple[str, ...]  # KeyField keys

    def text(self, lang: Lang) -> str:
        """The badge text, e.g. "7/10 data kunci tersedia"."""
        return t("peluang_completeness", lang, known=self.known, total=self.total)

    def missing_text(self, lang: Lang) -> str | None:
        """The gaps in words, e.g. "Belum tersedia: dokumen, kontak langsung"."""
        if not self.missing:
            return None
        return t(
            "peluang_missing_list", lang, fields=", ".join(t(f"peluang_key_{k}", lang) for k in self.missing)
        )


def completeness(row: pd.Series) -> Completeness:
    """Count the :data:`KEY_FIELDS` an opportunity has filled in."""
    missing = tuple(f.key for f in KEY_FIELDS if not f.known(row))
    return Completeness(len(KEY_FIELDS) - len(missing), len(KEY_FIELDS), missing)


def key_fields_text(lang: Lang) -> str:
    """All key facts in words, for the badge's explanation."""
    return t(
        "peluang_completeness_help",
        lang,
        fields=", ".join(t(f"peluang_key_{f.key}", lang) for f in KEY_FIELDS),
    )


# --------------------------------------------------------------------------- filter and sort


def sector_options(rows: pd.DataFrame) -> list[str]:
    """Sectors that occur in the rows, in the schema's order (empty choices help nobody)."""
    present = set(rows.sektor_prioritas.dropna()) if "sektor_prioritas" in rows else set()
    return [s for s in SEKTOR_PRIORITAS if s in present] + sorted(present - set(SEKTOR_PRIORITAS))


def filter_sectors(rows: pd.DataFrame, sectors: tuple[str, ...] | list[str]) -> pd.DataFrame:
    """Rows of the chosen sectors; no choice keeps everything."""
    return rows[rows.sektor_prioritas.isin(list(sectors))] if sectors else rows


def readiness_rank(value: object) -> int | None:
    """Position of a readiness level in the schema's order (later = further along)."""
    return TINGKAT_KESIAPAN.index(value) if value in TINGKAT_KESIAPAN else None


def _ordinal(day: date | None) -> int | None:
    return None if day is None else day.toordinal()


def sort_opportunities(rows: pd.DataFrame, by: str) -> pd.DataFrame:
    """Rows ordered best first by ``by`` (one of :data:`SORT_OPTIONS`).

    Every order is descending (largest value, highest IRR, most ready, most
    complete, newest) because the page answers "what should I look at first";
    rows without the value go last rather than first, and ties keep the order of
    ``peluang_id`` so the grid does not jump between runs.
    """
    if by not in SORT_OPTIONS:
        raise ValueError(f"unknown sort key {by!r}; choose one of {', '.join(SORT_OPTIONS)}")
    if rows.empty:
        return rows
    keys: dict[str, Callable[[pd.Series], object]] = {
        "kesiapan": lambda r: readiness_rank(r.get("tingkat_kesiapan")),
        "nilai": lambda r: as_number(r.get("nilai_investasi_idr")),
        "irr": lambda r: as_number(r.get("irr_persen")),
        "kelengkapan": lambda r: completeness(r).known,
        "pembaruan": lambda r: _ordinal(iso_date(r.get("tgl_pembaruan"))),
    }
    score = pd.to_numeric(rows.apply(keys[by], axis=1), errors="coerce")
    ordered = rows.assign(_score=score.to_numpy(), _id=rows.peluang_id.astype(str).to_numpy())
    ordered = ordered.sort_values(
        ["_score", "_id"], ascending=[False, True], na_position="last", kind="stable"
    )
    return ordered.drop(columns=["_score", "_id"])


# --------------------------------------------------------------------------- cards


@dataclass(frozen=True)
class Card:
    """What one catalogue card shows, already formatted (not yet escaped)."""

    peluang_id: str
    title: str
    place: str
    sector: str | None
    value: str | None
    irr: str | None
    npv: str | None
    payback: str | None
    land: str | None
    readiness: str | None
    readiness_conflict: str | None  # the stated readiness contradicted by the card's facts
    contact: str | None
    example: bool
    completeness: Completeness
    source: str | None
    updated: str | None
    #: the site against the thematic layers, each with the layer's source and year
    site_facts: tuple[str, ...] = ()
    #: the zone the site lies in goes against its sector (``data/reference/zona_sektor.csv``)
    zone_conflict: str | None = None

    @property
    def subtitle(self) -> str:
        """Place and sector in one line, e.g. "Kec. Ponggok · Desa Dadaplangu · Agroindustri"."""
        return " · ".join(p for p in (self.place, self.sector or "") if p)


def place_text(
    row: pd.Series, kecamatan_names: Mapping[str, str], desa_names: Mapping[str, str], lang: Lang
) -> str:
    """Kecamatan (and desa) by name, e.g. "Kec. Ponggok · Desa Dadaplangu"."""
    kec, desa = row.get("kecamatan"), row.get("desa")
    parts = []
    if is_known(kec):
        parts.append(t("peluang_kec", lang, name=kecamatan_names.get(str(kec), str(kec))))
    if is_known(desa):
        parts.append(t("peluang_desa", lang, name=desa_names.get(str(desa), str(desa))))
    return " · ".join(parts)


def zone_conflict_text(row: pd.Series, facts: pd.DataFrame, lang: Lang) -> str | None:
    """Why the opportunity's zone goes against its sector, or None (also for zone classes
    the rule does not know: only a known contradiction is flagged)."""
    sector = row.get("sektor_prioritas")
    for fact in facts[facts.jenis == "zona"].itertuples():
        kelas = fact.kelas if isinstance(fact.kelas, str) else None
        if zone_contradicts(kelas, sector):
            rule = zone_rule(kelas)
            text = t(
                "tematik_zone_conflict",
                lang,
                zone=kelas,
                title=fact.judul,
                sector=enum_label("sektor_prioritas", sector, lang) or str(sector),
                reason=rule.reason.capitalize() + "." if rule and rule.reason else "",
            ).strip()
            if row.get("kesesuaian_rtrw") == "sesuai":  # the row says the opposite: say so
                text += " " + t("tematik_zone_conflict_stated", lang)
            return text
    return None


def build_card(
    row: pd.Series,
    kecamatan_names: Mapping[str, str],
    desa_names: Mapping[str, str],
    lang: Lang,
    facts: pd.DataFrame | None = None,
) -> Card:
    """Everything a card says about one opportunity, in the UI language; ``facts`` are the
    store's site facts (:func:`potensi.overlays.sites.read_facts`), when there are overlays."""
    own = (
        facts_of(facts, "peluang_investasi", str(row.get("peluang_id")))
        if facts is not None and len(facts)
        else None
    )
    rupiah = as_number(row.get("nilai_investasi_idr"))
    return Card(
        peluang_id=str(row.get("peluang_id")),
        title=title_of(row, lang),
        place=place_text(row, kecamatan_names, desa_names, lang),
        sector=enum_label("sektor_prioritas", row.get("sektor_prioritas"), lang),
        value=None if rupiah is None else format_rupiah(rupiah, lang),
        irr=format_percent(row.get("irr_persen"), lang),
        npv=npv_text(row.get("npv_idr"), row.get("diskonto_persen"), lang),
        payback=years_text(row.get("payback_tahun"), lang),
        land=land_text(row.get("luas_lahan_ha"), row.get("status_lahan"), lang),
        readiness=enum_label("tingkat_kesiapan", row.get("tingkat_kesiapan"), lang),
        readiness_conflict=readiness_conflict_text(row, lang),
        contact=contact_text(row),
        example=is_example(row.get("contoh")),
        completeness=completeness(row),
        source=str(row.get("sumber")).strip() if is_known(row.get("sumber")) else None,
        updated=format_date(row.get("tgl_pembaruan"), lang),
        site_facts=() if own is None else site_fact_lines(own, lang),
        zone_conflict=None if own is None else zone_conflict_text(row, own, lang),
    )


def readiness_conflict_text(row: pd.Series, lang: Lang) -> str | None:
    """The stated readiness and the facts of the row that contradict it, in words.

    "Kesiapan tertulis: IPRO siap ditawarkan — tidak sesuai dengan data kartu ini:
    status publikasi Draf, clear and clean belum tersedia, RTRW Perlu KKPR, dokumen
    studi belum tersedia. Yang didukung data: Pra-studi kelayakan." None when the
    facts agree (the rule is :func:`potensi.data.readiness.readiness_conflicts`):
    the card shows the contradiction rather than the badge alone.
    """
    conflicts = readiness_conflicts(row)
    if not conflicts:
        return None
    missing = t("peluang_missing_value", lang)
    items = "; ".join(
        t(
            "peluang_fact_item",
            lang,
            fact=t(f"peluang_fact_{c.column}", lang),
            value=field_value(c.column, c.value, row, {}, {}, lang) or missing,
        )
        for c in conflicts
    )
    stated = enum_label("tingkat_kesiapan", row.get("tingkat_kesiapan"), lang)
    text = t("peluang_readiness_conflict", lang, stated=stated, conflicts=items)
    if level := supported_level(row):
        text += " " + t(
            "peluang_readiness_supported", lang, level=enum_label("tingkat_kesiapan", level, lang)
        )
    return text


_BADGE = (
    "display:inline-block;padding:1px 8px;border-radius:4px;font-size:.8em;"
    "font-weight:700;letter-spacing:.02em;margin:0 6px 4px 0"
)


def completeness_colours(known: int, total: int) -> tuple[str, str]:
    """Badge (background, text) colours: green when 8 of 10 or more, amber from half, red below."""
    share = known / total if total else 0
    if share >= 0.8:
        return "#e3f4e6", "#1b5e20"
    if share >= 0.5:
        return "#fff3d6", "#7a4b00"
    return "#fde2e1", "#9b1c1c"


def badges_html(card: Card, lang: Lang) -> str:
    """Example badge (first, in red), readiness and completeness as inline HTML."""
    badges = []
    if card.example:
        badges.append(
            f'<span class="peluang-example" style="{_BADGE};background:#b00020;color:#fff">'
            f"{escape(t('example_badge', lang))}</span>"
        )
    if card.readiness and card.readiness_conflict:
        label = t("peluang_readiness_badge_conflict", lang, stated=card.readiness)
        badges.append(
            f'<span class="peluang-readiness-contradicted" style="{_BADGE};background:#fff3d6;'
            f'color:#7a4b00" title="{escape(card.readiness_conflict)}">{escape(label)}</span>'
        )
    elif card.readiness:
        badges.append(
            f'<span style="{_BADGE};background:#e5ecfb;color:#1a3d8f">{escape(card.readiness)}</span>'
        )
    if card.zone_conflict:
        badges.append(
            f'<span class="peluang-zone-conflict-badge" style="{_BADGE};background:#fde2e1;color:#9b1c1c" '
            f'title="{escape(card.zone_conflict)}">{escape(t("tematik_zone_conflict_badge", lang))}</span>'
        )
    background, colour = completeness_colours(card.completeness.known, card.completeness.total)
    badges.append(
        f'<span class="peluang-completeness" style="{_BADGE};background:{background};'
        f'color:{colour}" title="{escape(key_fields_text(lang))}">'
        f"{escape(card.completeness.text(lang))}</span>"
    )
    return f"<div>{''.join(badges)}</div>"


def conflict_html(card: Card) -> str:
    """The readiness and zone contradictions as visible blocks ("" when there are none)."""
    out = ""
    if card.readiness_conflict:
        out += (
            '<div class="peluang-readiness-conflict" role="note" style="background:#fff3d6;color:#5c3900;'
            'border-left:4px solid #c77700;padding:4px 8px;margin:4px 0 8px;font-size:.9em">'
            f"{escape(card.readiness_conflict)}</div>"
        )
    if card.zone_conflict:
        out += (
            '<div class="peluang-zone-conflict" role="note" style="background:#fde2e1;color:#7f1d1d;'
            'border-left:4px solid #b91c1c;padding:4px 8px;margin:4px 0 8px;font-size:.9em">'
            f"{escape(card.zone_conflict)}</div>"
        )
    return out


def facts_html(card: Card, lang: Lang, large: bool = False) -> str:
    """The card's figures, gaps, source and date as one HTML block, every data text escaped.

    Figures an investor compares across cards sit in one label/value grid, so the
    eye runs down the same column on every card; a figure not known says so
    ("belum tersedia") instead of leaving a gap. ``large`` enlarges the text for
    presentation mode.
    """
    missing = escape(t("peluang_missing_value", lang))

    def value(text: str | None) -> str:
        return (
            f"<b>{escape(text)}</b>"
            if text
            else f'<span style="color:#888;font-style:italic">{missing}</span>'
        )

    facts = (
        ("peluang_label_value", card.value),
        ("peluang_label_irr", card.irr),
        ("peluang_label_npv", card.npv),
        ("peluang_label_payback", card.payback),
        ("peluang_label_land", card.land),
        ("peluang_label_contact", card.contact),
    )
    grid = "".join(
        f'<div style="color:#555">{escape(t(key, lang))}</div><div>{value(text)}</div>' for key, text in facts
    )
    footer = []
    if missing_text := card.completeness.missing_text(lang):
        footer.append(f"<div>{escape(missing_text)}</div>")
    source = cell_html(card.source, lang) if card.source else escape(t("peluang_missing_value", lang))
    footer.append(f"<div>{escape(t('peluang_source', lang))}: {source}</div>")
    if card.updated:
        footer.append(f"<div>{escape(t('peluang_updated', lang, date=card.updated))}</div>")
    size = "1.2rem" if large else "0.95rem"
    site = ""
    if card.site_facts:
        site = (
            f'<div class="peluang-site-facts" style="margin-top:8px"><div style="color:#555">'
            f"{escape(t('tematik_facts_label', lang))}</div><ul style='margin:0;padding-left:1.1em'>"
            + "".join(f"<li>{escape(line)}</li>" for line in card.site_facts)
            + "</ul></div>"
        )
    return (
        f'<div style="font-size:{size};line-height:1.45">'
        f'<div style="display:grid;grid-template-columns:max-content 1fr;gap:2px 12px">{grid}</div>{site}'
        f'<div style="color:#666;font-size:.82em;margin-top:8px">{"".join(footer)}</div>'
        "</div>"
    )


def card_html(card: Card, lang: Lang, large: bool = False) -> str:
    """A catalogue card as one HTML block: badges, title, place and sector, then
    :func:`facts_html`. Every data text is escaped."""
    size = "1.2rem" if large else "0.95rem"
    title_size = "1.45em" if large else "1.2em"
    return (
        f'<div class="peluang-card" data-id="{escape(card.peluang_id)}" '
        f'style="font-size:{size};line-height:1.45">'
        f"{badges_html(card, lang)}"
        f'<div style="font-size:{title_size};font-weight:700;margin:2px 0 2px">{escape(card.title)}</div>'
        f'<div style="color:#444;margin-bottom:8px">{escape(card.subtitle)}</div>'
        f"{conflict_html(card)}"
        f"{facts_html(card, lang, large)}"
        "</div>"
    )


# --------------------------------------------------------------------------- detail


def detail_heading_html(card: Card, lang: Lang) -> str:
    """Title, badges, place and sector atop the detail view, every data text escaped.

    The ``peluang-detail`` class is what the page scrolls to when a card's button
    opens the detail; the scroll margin keeps the title clear of the top navigation.
    """
    return (
        '<div class="peluang-detail" style="scroll-margin-top:110px">'
        f'<h3 style="padding-top:0">{escape(card.title)}</h3>{badges_html(card, lang)}'
        f'<div style="color:#444">{escape(card.subtitle)}</div>{conflict_html(card)}</div>'
    )


def field_value(
    column: str,
    value: object,
    row: pd.Series,
    kecamatan_names: Mapping[str, str],
    desa_names: Mapping[str, str],
    lang: Lang,
) -> str | None:
    """One cell of the detail table in the UI language (None when not filled in)."""
    if not is_known(value):
        return None
    number = as_number(value)
    if column in ENUM_LABELS and column != "insentif":
        return enum_label(column, value, lang)
    if column == "insentif":
        items = [i.strip() for i in re.split(r"[;,]", str(value)) if i.strip()]
        return ", ".join(enum_label("insentif", i, lang) or i for i in items)
    if column == "kecamatan":
        return f"{kecamatan_names.get(str(value), str(value))} ({value})"
    if column == "desa":
        return f"{desa_names.get(str(value), str(value))} ({value})"
    if column in ("lat", "lon") and number is not None:
        return format_trimmed(number, lang, 6)
    if column == "luas_lahan_ha" and number is not None:
        return t("peluang_hectare", lang, n=format_trimmed(number, lang, 4))
    if column in ("nilai_investasi_idr", "npv_idr") and number is not None:
        exact = ("Rp" if lang == "id" else "IDR ") + format_number(number, 0, lang)
        if column == "npv_idr":
            return f"{npv_text(number, row.get('diskonto_persen'), lang)} ({exact})"
        return f"{format_rupiah(number, lang)} ({exact})"
    if column == "nilai_investasi_usd" and number is not None:
        return f"US$ {format_number(number, 0, lang)}"
    if column == "kurs_asumsi" and number is not None:
        return (
            f"Rp{format_number(number, 0, lang)} / US$"
            if lang == "id"
            else f"IDR {format_number(number, 0, lang)} / USD"
        )
    if column in ("irr_persen", "diskonto_persen"):
        return format_percent(value, lang)
    if column in ("payback_tahun", "umur_proyek_tahun"):
        return years_text(value, lang)
    if column == "tenaga_kerja_est" and number is not None:
        return t("peluang_people", lang, n=format_number(number, 0, lang))
    if column == "bc_ratio" and number is not None:
        return format_number(number, 2, lang)
    if column == "tahun_harga" and number is not None:
        return str(int(number))
    if column == "clear_and_clean":
        return t("peluang_yes" if bool(value) else "peluang_no", lang)
    if column == "contoh":
        return t("peluang_example_yes" if bool(value) else "peluang_no", lang)
    if column == "tgl_pembaruan":
        return format_date(value, lang)
    if column == "dokumen":
        return "; ".join(source_label(u, lang) for u in document_links(value)) or clean_note(value, lang)
    if column == "komoditas":
        return commodity_label(str(value).strip(), lang)
    if column == "sumber":
        return cell_text(value, lang)
    return str(value).strip()


def detail_table(
    row: pd.Series, kecamatan_names: Mapping[str, str], desa_names: Mapping[str, str], lang: Lang
) -> pd.DataFrame:
    """Every column of the opportunity, labelled and formatted, one line per field.

    All schema columns are listed, filled or not: the detail is where an official
    checks a record and an investor sees exactly what is and is not on file.
    """
    missing = t("peluang_missing_value", lang)
    labels, values = [], []
    for column in PELUANG.names:
        labels.append(t(f"peluang_field_{column}", lang))
        text = field_value(column, row.get(column), row, kecamatan_names, desa_names, lang)
        values.append(text if text else missing)
    return pd.DataFrame({t("peluang_col_value", lang): values}, index=pd.Index(labels, name=""))


def documents_html(row: pd.Series, lang: Lang = "id") -> str | None:
    """The documents as a list of links opening in a new tab, each named by its
    publisher and title (a mirror as an online copy); None when there are none."""
    links = document_links(row.get("dokumen"))
    if not links:
        return None
    items = "".join(f"<li>{source_html(u, lang)}</li>" for u in links)
    return f'<ul class="peluang-docs">{items}</ul>'


# --------------------------------------------------------------------------- cari lokasi


def located_sites(potensi: pd.DataFrame, peluang: pd.DataFrame, lang: Lang) -> pd.DataFrame:
    """Every opportunity and potential with a location, as rows *Cari lokasi* filters:
    ``lapisan``, ``record_id``, ``label`` (which layer, in words) and ``nama``."""
    frames = []
    for table, rows, key in (
        ("peluang_investasi", peluang, "peluang_id"),
        ("potensi", potensi, "potensi_id"),
    ):
        located = rows[rows.lat.notna() & rows.lon.notna()] if len(rows) else rows
        frames.append(
            pd.DataFrame(
                {
                    "lapisan": table,
                    "record_id": located[key].astype(str).to_numpy(),
                    "label": t(f"tematik_layer_{table}", lang),
                    "nama": [
                        title_of(r, lang) if table == "peluang_investasi" else str(r.get("nama") or "")
                        for _, r in located.iterrows()
                    ],
                }
            )
        )
    return pd.concat(frames, ignore_index=True)


def search_table(
    facts: pd.DataFrame, potensi: pd.DataFrame, peluang: pd.DataFrame, query: SiteQuery, lang: Lang
) -> pd.DataFrame:
    """*Cari lokasi*'s result: the sites meeting every condition, with their facts in words
    (and each fact's source), in the UI language. Reads only; anyone may search."""
    found = find_sites(facts, located_sites(potensi, peluang, lang), query)
    return pd.DataFrame(
        {
            t("tematik_col_layer", lang): found.label.to_numpy(),
            t("tematik_col_id", lang): found.record_id.to_numpy(),
            t("tematik_col_name", lang): found.nama.to_numpy(),
            t("tematik_col_facts", lang): [
                "; ".join(site_fact_lines(facts_of(facts, r.lapisan, r.record_id), lang))
                for r in found.itertuples()
            ],
        }
    )
