"""The Profil Kecamatan, computed without streamlit.

A camat, an OPD head or an investor opens one kecamatan and asks: how big is it,
how many people live there, what does it have (potentials, opportunities,
innovations), and how does it stand against the other 21? Every figure on that
page carries its source and year, because officials quote them in documents; a
figure the store lacks is said to be missing ("data tidak tersedia"), never
shown as 0, because a zero population or a zero area would be quoted as fact.

Kecamatan figures come from three places that must not be mixed up:

* the boundary store (polygon area, number of desa/kelurahan), dated by the
  Kepmendagri decree its codes follow;
* the ``indikator`` layer (population, administrative area …), each row with its
  own year and source, often only for a few kecamatan;
* counts of the data layers' rows located in the kecamatan (rows for the whole
  kabupaten are counted apart, since they serve every kecamatan).

All computation and chart building lives here, so it is tested directly on the
real store; ``pages/profil.py`` only lays the results out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import geopandas as gpd
import pandas as pd
import plotly.graph_objects as go

from potensi.core.cells import (
    any_example,
    example_count,
    example_flags,
    is_example,
    is_known,
    iso_date,
)
from potensi.core.formatting import format_number, format_rupiah
from potensi.core.layers import POINT_LAYERS
from potensi.core.text import (
    md_escape,
    plot_escape,
    source_links,
    source_note,
)
from potensi.data.indicators import (
    BOUNDARY_SOURCE,
    INDIKATOR_PREFIX,
    indicator_label,
    indicator_options,
    indicator_values,
)
from potensi.data.indikator_keys import (
    COMMODITY_PREFIX,
    FACILITY_PREFIX,
    INCOME_KEY,
    PDRB_PREFIX,
)
from potensi.data.readiness import readiness_conflicts
from potensi.data.records import (
    enum_label,
    on_offer,
    opd_labels,
    stored_text,
    title_of,
    value_key,
    value_label,
)
from potensi.data.schema import SEKTOR_POTENSI, TABLES
from potensi.data.sources import cell_labels, clean_note, source_label, source_markdown
from potensi.i18n import CATALOGUE, Lang, t
from potensi.iid.coverage import LANGSUNG, potensi_support, sector_label, support_names
from potensi.views.state import ViewState, filter_rows
from potensi.viz.style import CATEGORICAL, CATEGORICAL_CB, SELECTED_COLOUR

if TYPE_CHECKING:
    from potensi.core.store import Boundaries

#: headline figures in the order the page shows them
HEADLINE_KEYS = ("luas", "desa", "penduduk", "kepadatan", "potensi", "peluang", "inovasi")
#: measures of the "share of the kabupaten" chart and of the comparison chart
SHARE_KEYS = ("luas", "desa", "penduduk", "potensi", "peluang", "inovasi")
#: the most kecamatan the comparison puts side by side (more no longer fits a screen)
MAX_COMPARE = 3
#: source links a list row shows as columns (further links stay in the data page)
MAX_LINKS = 2

#: data units as written in the indikator layer -> catalogue key of their label
_UNITS = {"jiwa": "unit_jiwa", "km²": "unit_km2", "km2": "unit_km2", "desa/kelurahan": "unit_desa"}


# --------------------------------------------------------------------------- small helpers


def years_text(years: Iterable[int], lang: Lang) -> str:
    """ "2021" or "2020–2025"; says so when no row records a year."""
    known = sorted({int(y) for y in years})
    if not known:
        return t("profil_year_unknown", lang)
    return str(known[0]) if known[0] == known[-1] else f"{known[0]}–{known[-1]}"


def boundary_year(kabupaten: gpd.GeoDataFrame) -> int | None:
    """The year of the Kepmendagri decree the boundary codes follow, from the store.

    The store's ``sumber`` reads "… Kepmendagri No 100.1.1-6117 Tahun 2022"; that
    is the year a reader needs beside a polygon area or a count of desa.
    """
    if "sumber" not in kabupaten or kabupaten.empty:
        return None
    found = re.search(r"Tahun\s+(\d{4})", str(kabupaten.sumber.iloc[0]))
    return int(found.group(1)) if found else None


def unit_label(unit: str, lang: Lang) -> str:
    """A data unit in the UI language ("jiwa" -> "people"); unknown units as written."""
    key = _UNITS.get(str(unit).strip())
    return t(key, lang) if key else stored_text(str(unit), lang)


def located_in(rows: pd.DataFrame, code: str) -> pd.DataFrame:
    """Rows of a data layer located in the kecamatan ``code``."""
    if rows.empty or "kecamatan" not in rows:
        return rows.iloc[0:0]
    return rows[rows.kecamatan.astype(object) == code]


def kabupaten_wide(rows: pd.DataFrame) -> pd.DataFrame:
    """Rows that name no kecamatan: they apply to the whole kabupaten.

    They serve every kecamatan, so they are neither added to one kecamatan's
    count nor silently dropped: the page says how many there are.
    """
    if rows.empty or "kecamatan" not in rows:
        return rows.iloc[0:0]
    return rows[~rows.kecamatan.map(is_known).astype(bool)]


def layer_rows(data: Mapping[str, pd.DataFrame], layer: str) -> pd.DataFrame:
    """A layer's rows as the profile counts them: archived opportunities are no longer
    on offer (as on the Peluang page), everything else as stored."""
    rows = data.get(layer, pd.DataFrame())
    return on_offer(rows) if layer == "peluang_investasi" and not rows.empty else rows


def rows_here(
    data: Mapping[str, pd.DataFrame], layer: str, code: str, state: ViewState
) -> tuple[pd.DataFrame, int]:
    """(rows the lists and map show, rows located in the kecamatan at all).

    The sidebar's filters (sector, readiness, stage …) narrow the lists and the
    map as on every page, while the headline counts stay the kecamatan's totals;
    the page says "n of total" when the two differ.
    """
    here = located_in(layer_rows(data, layer), code)
    return filter_rows(layer, here, state.with_(kecamatan=(code,))), len(here)


def example_keys(layer: str, rows: pd.DataFrame) -> frozenset[tuple[str, ...]]:
    """The example rows among ``rows`` of ``layer``, each as (layer, *its store key*).

    A row shown in several places (a listed opportunity is also behind the count
    figure and the rank table) has one key, so it is counted once.
    """
    if rows.empty:
        return frozenset()
    key = TABLES[layer].key
    flagged = rows[example_flags(rows).to_numpy()]
    return frozenset(
        (layer, *(str(v) for v in values)) for values in flagged[list(key)].itertuples(index=False)
    )


def examples_shown(
    figures: Sequence[Headline],
    ranks: Sequence[Ranked],
    lists: Mapping[str, pd.DataFrame],
) -> int:
    """How many example-data rows about this kecamatan the page shows.

    The union, by store key, of the rows behind the headline figures, behind the
    kecamatan's values in the rank table, and in the lists (``lists``: layer ->
    rows shown). The banner must count exactly these: one opportunity listed,
    counted and ranked is one row, and 16 example indicator values in the rank
    table are 16 rows even when nothing example is listed.
    """
    shown: set[tuple[str, ...]] = set()
    for figure in figures:
        shown |= figure.example_rows
    for item in ranks:
        shown |= item.example_rows
    for layer, rows in lists.items():
        shown |= example_keys(layer, rows)
    return len(shown)


# --------------------------------------------------------------------------- statistics


@dataclass(frozen=True)
class Statistic:
    """One figure of the ``indikator`` layer with everything to cite it."""

    value: float
    year: int
    unit: str
    source: str
    note: str
    example: bool


def latest_statistic(
    indikator: pd.DataFrame, code: str, name: str, year: int | None = None
) -> Statistic | None:
    """The latest figure ``name`` for area ``code`` (or the one of ``year``); None if absent.

    The layer is long-format with one row per area, indicator and year; the
    profile shows the newest year a kecamatan has, with that year beside it.
    """
    if indikator.empty:
        return None
    rows = indikator[(indikator.kode_wilayah == code) & (indikator.indikator == name)]
    rows = rows[pd.to_numeric(rows.nilai, errors="coerce").notna()]
    if year is not None:
        rows = rows[rows.tahun == year]
    if rows.empty:
        return None
    row = rows.sort_values("tahun").iloc[-1]
    return Statistic(
        float(row.nilai),
        int(row.tahun),
        str(row.get("satuan") or ""),
        str(row.get("sumber") or ""),
        str(row.catatan).strip() if is_known(row.get("catatan")) else "",
        is_example(row.get("contoh")),
    )


# --------------------------------------------------------------------------- headline figures


@dataclass(frozen=True)
class Headline:
    """One headline figure of a kecamatan and what must be read beside it."""

    key: str
    label: str
    value: float | None  # None: the store has no such figure (never shown as 0)
    text: str  # value with unit in the UI language, or "data tidak tersedia"
    year: str  # "2020", "2020–2025", or "tahun tidak tercatat"
    source: str
    links: tuple[str, ...] = ()
    note: str = ""
    examples: int = 0  # rows of example data behind the figure
    total: int = 0  # rows behind the figure (for "n of total" example notes)
    dated: bool = False  # a statistic of one year: the year belongs in its label

    @property
    def missing(self) -> bool:
        """True when the store lacks the figure."""
        return self.value is None

    unit: str = ""  # unit in the UI language ("" for counts)
    lang: Lang = "id"  # the language the texts above are in
    example_rows: frozenset[tuple[str, ...]] = frozenset()  # example rows behind it, by store key

    @property
    def title(self) -> str:
        """The metric's label: year of a dated statistic and unit ("Penduduk 2020 (jiwa)").

        The unit sits in the label so the value is a bare number that fits a
        quarter-width card; a missing figure keeps its label without year.
        """
        label = f"{self.label} {self.year}" if self.dated and not self.missing else self.label
        return f"{label} ({self.unit})" if self.unit and not self.missing else label

    @property
    def number(self) -> str:
        """The value without unit, or "data tidak tersedia" (never 0) when missing."""
        if self.value is None:
            return t("no_data", self.lang)
        return format_number(self.value, 2 if self.key == "luas" else 0, self.lang)


def _missing(key: str, label: str, lang: Lang, source: str) -> Headline:
    return Headline(key, label, None, t("no_data", lang), "–", source)


def _count_years(layer: str, rows: pd.DataFrame) -> list[int]:
    """Years a layer's rows are dated by: reporting year, else last update."""
    if rows.empty:
        return []
    if layer == "inovasi":
        return [int(y) for y in pd.to_numeric(rows.tahun_pelaporan, errors="coerce").dropna()]
    dates = (iso_date(v) for v in rows.get("tgl_pembaruan", pd.Series(dtype=object)))
    return [d.year for d in dates if d is not None]


def headline_figures(
    code: str, boundaries: Boundaries, data: Mapping[str, pd.DataFrame], lang: Lang
) -> list[Headline]:
    """The kecamatan's headline figures (:data:`HEADLINE_KEYS`), each with source and year.

    Area and desa come from the boundary store; population is the newest year the
    ``indikator`` layer has for this kecamatan (missing if none: never 0); density
    divides that population by the polygon area and is missing with it; the
    counts are rows located in the kecamatan, with the kabupaten-wide rows named
    in the note.
    """
    kec = boundaries.kecamatan.set_index("kode").loc[code]
    year = boundary_year(boundaries.kabupaten)
    b_year = str(year) if year else t("profil_year_unknown", lang)
    indikator = data.get("indikator", pd.DataFrame())
    figures: list[Headline] = []

    area = float(kec.luas_km2)
    admin = latest_statistic(indikator, code, "luas_wilayah")
    note = ""
    if admin is not None:
        where = ", ".join(cell_labels(admin.source, lang)[:2]) or clean_note(admin.source, lang)
        note = t(
            "profil_admin_area_note",
            lang,
            value=format_number(admin.value, 2, lang),
            year=admin.year,
            source=where,
        )
    figures.append(
        Headline(
            "luas",
            t("profil_fig_luas", lang),
            area,
            f"{format_number(area, 2, lang)} km²",
            b_year,
            t("profil_boundary_source", lang, source=BOUNDARY_SOURCE),
            note=note,
            unit="km²",
        )
    )

    desa = boundaries.desa[boundaries.desa.kode_kec == code]
    kelurahan = int((desa.jenis == "kelurahan").sum())
    n_desa = int(kec.jumlah_desa)
    figures.append(
        Headline(
            "desa",
            t("profil_fig_desa", lang),
            float(n_desa),
            format_number(n_desa, 0, lang),
            b_year,
            t("profil_boundary_source", lang, source=BOUNDARY_SOURCE),
            note=(
                t("profil_kelurahan_note", lang, n=kelurahan)
                if kelurahan
                else t("profil_no_kelurahan_note", lang)
            ),
        )
    )

    people = latest_statistic(indikator, code, "penduduk")
    label = t("profil_fig_penduduk", lang)
    if people is None:
        figures.append(_missing("penduduk", label, lang, t("profil_no_population", lang)))
        figures.append(
            _missing("kepadatan", t("profil_fig_kepadatan", lang), lang, t("profil_no_population", lang))
        )
    else:
        people_rows: frozenset[tuple[str, ...]] = (
            frozenset({("indikator", code, "penduduk", str(people.year))}) if people.example else frozenset()
        )
        links = tuple(source_links(people.source))
        unit = unit_label(people.unit or "jiwa", lang)
        figures.append(
            Headline(
                "penduduk",
                label,
                people.value,
                f"{format_number(people.value, 0, lang)} {unit}",
                str(people.year),
                clean_note(source_note(people.source), lang) or t("profil_indikator_source", lang),
                links,
                stored_text(people.note, lang)
                if people.note
                else people.note,  # the seed's notes have English
                int(people.example),
                1,
                dated=True,
                unit=unit,
                example_rows=people_rows,
            )
        )
        density = people.value / area if area > 0 else None
        figures.append(
            Headline(
                "kepadatan",
                t("profil_fig_kepadatan", lang),
                density,
                f"{format_number(density, 0, lang)} {t('unit_density', lang)}"
                if density is not None
                else t("no_data", lang),
                str(people.year),
                t("profil_density_source", lang),
                links,
                examples=int(people.example),
                total=1,
                dated=True,
                unit=t("unit_density", lang),
                example_rows=people_rows,
            )
        )

    for key, layer in POINT_LAYERS.items():
        rows = layer_rows(data, layer)
        here = located_in(rows, code)
        wide = len(kabupaten_wide(rows))
        figures.append(
            Headline(
                key,
                t(f"profil_fig_{key}", lang),
                float(len(here)),
                format_number(len(here), 0, lang),
                years_text(_count_years(layer, here), lang) if len(here) else "–",
                t("profil_count_source", lang, layer=t(f"layer_{layer}", lang)),
                note=t("profil_kabupaten_wide_note", lang, n=format_number(wide, 0, lang)) if wide else "",
                examples=example_count(here),
                total=len(here),
                example_rows=example_keys(layer, here),
            )
        )
    return [replace(f, lang=lang) for f in figures]


def caption_markdown(figure: Headline, lang: Lang) -> str:
    """The line under a headline figure: year, source (links by host), note, example flag.

    Built here (escaped) rather than in the page: source names and notes come from
    officials' spreadsheets and would otherwise be read as markdown.
    """
    parts = []
    if figure.year[:1].isdigit():
        parts.append(t("profil_caption_year", lang, year=md_escape(figure.year)))
    elif figure.year != "–":  # "–": a missing figure or an empty count has no year
        parts.append(md_escape(figure.year[:1].upper() + figure.year[1:]))
    source = md_escape(figure.source)
    if figure.links:
        source += " " + "; ".join(dict.fromkeys(source_markdown(u, lang) for u in figure.links[:3]))
    parts.append(t("profil_caption_source", lang, source=source))
    if figure.note:
        parts.append(md_escape(figure.note))
    if figure.examples:
        badge = t("example_badge", lang)
        parts.append(
            f":red[**{badge}**]"
            if figure.total <= 1
            else f":red[**{badge}: {figure.examples}/{figure.total}**]"
        )
    return " · ".join(parts)


#: the headline cards in rows beside the map: area and desa, people, what it offers
HEADLINE_ROWS = (("luas", "desa"), ("penduduk", "kepadatan"), ("potensi", "peluang", "inovasi"))


def headline_rows(figures: Sequence[Headline]) -> list[list[Headline]]:
    """The headline cards by row (:data:`HEADLINE_ROWS`), so they fit beside the map.

    Three rows instead of four keep the cards, the map and the example warning
    within one 1400×1000 screen; a figure outside the rows gets a row of its own.
    """
    by_key = {f.key: f for f in figures}
    rows = [[by_key[k] for k in row if k in by_key] for row in HEADLINE_ROWS]
    placed = {k for row in HEADLINE_ROWS for k in row}
    rows += [[f] for f in figures if f.key not in placed]
    return [row for row in rows if row]


def caption_short(figure: Headline, lang: Lang) -> str:
    """The line inside a headline card: year and example flag only.

    The cards share the first screen with the map, so the source and notes
    (:func:`caption_markdown`) sit in the "sources of the key figures" list right
    under the cards; the year stays on the card because a figure is quoted with it.
    """
    parts = []
    if figure.year[:1].isdigit():
        parts.append(t("profil_caption_year", lang, year=md_escape(figure.year)))
    elif figure.year != "–":
        parts.append(md_escape(figure.year[:1].upper() + figure.year[1:]))
    if figure.examples:
        parts.append(f":red[**{t('example_badge', lang)}**]")
    return " · ".join(parts) or "&nbsp;"


def sources_markdown(figures: Sequence[Headline], lang: Lang) -> str:
    """Every headline figure's full caption (source, links, notes) as one markdown list."""
    return "\n".join(f"- **{md_escape(f.label)}**: {caption_markdown(f, lang)}" for f in figures)


def cite(figure: Headline, lang: Lang) -> str:
    """A figure's source as plain text, its links named by publisher, title and year
    (a table cell has no room for URLs, and a mirror's host is not a source)."""
    names = "; ".join(dict.fromkeys(source_label(u, lang) for u in figure.links))
    return f"{clean_note(figure.source, lang)} {names}".strip()


# --------------------------------------------------------------------------- against the kabupaten


def kabupaten_shares(
    code: str, boundaries: Boundaries, data: Mapping[str, pd.DataFrame], lang: Lang
) -> pd.DataFrame:
    """The kecamatan's share (%) of the kabupaten's area, desa, population and layer rows.

    Columns ``key``, ``label``, ``part``, ``whole``, ``share``, ``detail`` and
    ``example`` (example data among the rows compared, so the bar is flagged). Area
    and desa are shares of the sum over all kecamatan, so the 22 shares add up
    to 100 %. Population is compared with the kabupaten's figure of the *same*
    year (a 2020 census count against a 2023 estimate would be wrong) and is
    NaN when either is missing. Layer rows are shares of the rows located in some
    kecamatan: kabupaten-wide rows belong to none.
    """
    kecamatan = boundaries.kecamatan.set_index("kode")
    indikator = data.get("indikator", pd.DataFrame())
    records: list[dict[str, object]] = []

    def add(
        key: str,
        label: str,
        part: float | None,
        whole: float | None,
        unit: str,
        decimals: int,
        when: str = "",
        example: bool = False,
    ) -> None:
        share = (part / whole * 100) if part is not None and whole else float("nan")
        detail = (
            t(
                "profil_share_detail",
                lang,
                part=format_number(part, decimals, lang),
                whole=format_number(whole, decimals, lang),
                unit=unit,
                when=when,
            )
            if part is not None and whole
            else t("no_data", lang)
        )
        records.append(
            {
                "key": key,
                "label": label,
                "part": part,
                "whole": whole,
                "share": share,
                "detail": detail,
                "example": example,
            }
        )

    add(
        "luas",
        t("profil_fig_luas", lang),
        float(kecamatan.loc[code, "luas_km2"]),
        float(kecamatan.luas_km2.sum()),
        "km²",
        2,
    )
    add(
        "desa",
        t("profil_fig_desa", lang),
        float(kecamatan.loc[code, "jumlah_desa"]),
        float(kecamatan.jumlah_desa.sum()),
        t("unit_desa", lang),
        0,
    )
    people = latest_statistic(indikator, code, "penduduk")
    total = None
    if people is not None and not boundaries.kabupaten.empty:
        total = latest_statistic(indikator, str(boundaries.kabupaten.kode.iloc[0]), "penduduk", people.year)
    label = t("profil_fig_penduduk", lang)
    add(
        "penduduk",
        f"{label} ({people.year})" if people is not None else label,
        people.value if people is not None else None,
        total.value if total is not None else None,
        t("unit_jiwa", lang),
        0,
        f" ({people.year})" if people is not None else "",
        any(s is not None and s.example for s in (people, total)),
    )
    for key, layer in POINT_LAYERS.items():
        rows = layer_rows(data, layer)
        located = rows[rows.kecamatan.map(is_known).astype(bool)] if len(rows) else rows
        add(
            key,
            t(f"profil_fig_{key}", lang),
            float(len(located_in(rows, code))),
            float(len(located)),
            t("unit_count", lang),
            0,
            example=any_example(located),
        )
    return pd.DataFrame.from_records(records)


def _palette(colour_blind_safe: bool) -> tuple[str, str]:
    """(highlight, others): the kecamatan stands out, the rest recede."""
    return ("#D55E00", "#56B4E9") if colour_blind_safe else (SELECTED_COLOUR, "#9fb3c8")


def _layout(fig: go.Figure, title: str, height: int, large: bool, lang: Lang) -> go.Figure:
    """Common look; ``separators`` make plotly's own numbers follow the UI language."""
    size = 17 if large else 12
    fig.update_layout(
        title={"text": title, "font": {"size": size + 3}, "x": 0, "xanchor": "left"},
        height=height,
        margin={"l": 10, "r": 20, "t": 64 if large else 56, "b": 10},
        font={"size": size},
        showlegend=False,
        plot_bgcolor="rgba(0,0,0,0)",
        hoverlabel={"font": {"size": size}},
        separators=",." if lang == "id" else ".,",
    )
    return fig


def share_texts(shares: pd.DataFrame, lang: Lang) -> list[str]:
    """Bar labels: the share in the UI language's format; none for a missing share."""
    return ["" if pd.isna(v) else f"{format_number(v, 1, lang)}%" for v in shares.share]


def flagged(label: str, example: bool, lang: Lang, separator: str = " · ") -> str:
    """A measure's axis label, marked when example data is among the rows compared.

    The mark sits on the category, once, rather than on each bar, where it would
    collide with the neighbouring bars' labels.
    """
    return f"{label}{separator}{t('example_badge', lang)}" if example else label


def share_figure(
    shares: pd.DataFrame,
    name: str,
    kabupaten: str,
    lang: Lang,
    large: bool = False,
    colour_blind_safe: bool = False,
    n_kecamatan: int = 22,
) -> go.Figure:
    """Horizontal bars of :func:`kabupaten_shares`, with the average kecamatan's share marked.

    The dashed line at 100/n % answers "is this more or less than its fair
    share?" at a glance; a missing share is written out instead of a bar.
    """
    highlight, _ = _palette(colour_blind_safe)
    known = shares.share.notna()
    labels = [flagged(lab, ex, lang) for lab, ex in zip(shares.label, shares.example, strict=True)]
    fig = go.Figure(
        go.Bar(
            x=[v if ok else None for v, ok in zip(shares.share, known, strict=True)],
            y=labels,
            orientation="h",
            marker_color=highlight,
            text=share_texts(shares, lang),
            textposition="outside",
            cliponaxis=False,
            constraintext="none",
            customdata=shares.detail.to_list(),
            hovertemplate="%{y}: %{text}<br>%{customdata}<extra></extra>",
        )
    )
    if (~known).any():
        fig.add_trace(
            go.Scatter(
                x=[0] * int((~known).sum()),
                y=[lab for lab, ok in zip(labels, known, strict=True) if not ok],
                mode="text",
                text=[t("no_data", lang)] * int((~known).sum()),
                textposition="middle right",
                textfont={"color": "#777777"},
                hoverinfo="skip",
            )
        )
    average = 100 / max(n_kecamatan, 1)
    top = max(float(shares.share.max()) if known.any() else 0.0, average) * 1.25
    fig.add_vline(x=average, line={"dash": "dash", "color": "#555555", "width": 1})
    fig.add_annotation(
        x=average,
        y=1,
        yref="paper",
        yanchor="bottom",
        showarrow=False,
        text=t("profil_share_average", lang, value=format_number(average, 1, lang), n=n_kecamatan),
        font={"color": "#555555"},
    )
    fig.update_xaxes(
        title=t("profil_axis_share", lang, kabupaten=kabupaten),
        range=[0, top],
        ticksuffix="%",
        gridcolor="#e5e5e5",
        tickformat=",~f",
    )
    fig.update_yaxes(autorange="reversed", automargin=True, ticksuffix="  ")
    per_bar = 46 if large else 34
    return _layout(
        fig,
        t("profil_share_title", lang, name=name, kabupaten=kabupaten),
        130 + per_bar * len(shares),
        large,
        lang,
    )


# --------------------------------------------------------------------------- the page's sections

#: what the first screen shows, above the tabs: a person sees these without scrolling
HEADLINE_PARTS = ("title", "example_warning", "figures", "map")
#: the tabs below the headline, in order; each holds the rank charts of its theme
SECTION_KEYS = (
    "wilayah",
    "ekonomi",
    "fasilitas",
    "potensi_peluang",
    "inovasi",
    "potensi_inovasi",
    "perbandingan",
    "lainnya",
)
#: blocks other than rank charts that each tab shows, in order
_SECTION_PARTS = {
    "wilayah": ("standing",),
    "potensi_peluang": ("potensi", "peluang"),
    "inovasi": ("inovasi",),
    "potensi_inovasi": ("dukungan",),
    "perbandingan": ("compare",),
}
_AREA_KEYS = {
    "luas",
    "jumlah_desa",
    "kepadatan",
    "ind:luas_wilayah",
    "ind:jumlah_desa_kelurahan",
    "ind:penduduk",
}


@dataclass(frozen=True)
class Section:
    """One tab of the profile below its headline: a theme with its blocks and rank charts."""

    key: str
    title: str
    parts: tuple[str, ...]  # "standing" (share + rank table), "potensi", "peluang", "inovasi", "compare"
    charts: tuple[str, ...]  # rank indicator keys, one chart each


def section_of(key: str) -> str:
    """The theme an indicator's rank chart belongs to (``lainnya`` when none fits).

    By key convention (:mod:`potensi.data.indikator_keys`), so an indicator imported
    later lands in its theme without a change here.
    """
    name = key.removeprefix(INDIKATOR_PREFIX)
    if key in _AREA_KEYS:
        return "wilayah"
    if name.startswith((PDRB_PREFIX, COMMODITY_PREFIX)) or name == INCOME_KEY:
        return "ekonomi"
    if name.startswith(FACILITY_PREFIX):
        return "fasilitas"
    if key in ("count_potensi", "count_peluang"):
        return "potensi_peluang"
    if key == "count_inovasi":
        return "inovasi"
    return "lainnya"


def profile_sections(keys: Sequence[str], lang: Lang) -> list[Section]:
    """The tabs below the headline and what each holds, in the page's order.

    The profile used to be one ~8,300 px column of 20–27 charts (the headline scrolled
    away before the first chart); grouped by theme, the first screen keeps the
    headline and each theme is one click away. A tab without anything to show is
    left out (no facility data: no *Fasilitas* tab); the comparison is always there.
    """
    charts: dict[str, list[str]] = {k: [] for k in SECTION_KEYS}
    for key in keys:
        charts[section_of(key)].append(key)
    sections = []
    for key in SECTION_KEYS:
        parts = _SECTION_PARTS.get(key, ())
        if parts or charts[key]:
            sections.append(Section(key, t(f"profil_section_{key}", lang), parts, tuple(charts[key])))
    return sections


# --------------------------------------------------------------------------- rank among the kecamatan


def rank_label(key: str, lang: Lang) -> str:
    """An indicator's name on this page, where two areas and two desa counts meet.

    The polygon area and the administrative area (``indikator`` luas_wilayah), or
    the desa counted on the map and by BPS, differ; the profile names them apart.
    """
    name = key.removeprefix(INDIKATOR_PREFIX)
    own = f"profil_ind_{name}"
    return t(own, lang) if own in CATALOGUE else indicator_label(key, lang)


def rank_indicators(kecamatan: gpd.GeoDataFrame, data: Mapping[str, pd.DataFrame]) -> list[str]:
    """Every kecamatan-level indicator the store can rank the kecamatan by now."""
    return indicator_options(kecamatan, data)


@dataclass(frozen=True)
class Standing:
    """Where one kecamatan stands on one indicator among the kecamatan that have it.

    Position 1 is the largest value. Equal values are one tie spanning positions
    ``first``–``last`` (never a single rank: "3 of 22" for a zero shared by 20
    kecamatan read as third place), and ``n`` counts only kecamatan with the
    figure: "1 of 5" must not read as "1 of 22" when 17 are missing.
    """

    first: int  # best position the value shares (1 = largest)
    last: int  # worst position the value shares
    n: int  # kecamatan with the figure

    @property
    def shared(self) -> int:
        """How many kecamatan (this one included) have exactly this value."""
        return self.last - self.first + 1

    @property
    def telling(self) -> bool:
        """False when more than half of the kecamatan share the value.

        Then the value is the common case (mostly zero: no hospital, no
        opportunity yet) and any position given to it is an artefact of the few
        above it, so the page states the tie instead of a standing.
        """
        return self.shared * 2 <= self.n


def rank_of(values: pd.Series, code: str) -> Standing | None:
    """The :class:`Standing` of ``code``, largest first; None when it has no value."""
    known = values.dropna()
    if code not in known.index:
        return None
    above = int((known > known[code]).sum())
    same = int((known == known[code]).sum())
    return Standing(above + 1, above + same, len(known))


#: a count of a layer's rows is ranked only when at most this share of the layer's
#: rows is kabupaten-wide (names no kecamatan)
KABUPATEN_WIDE_LIMIT = 0.5


def unranked_reason(key: str, data: Mapping[str, pd.DataFrame], lang: Lang) -> str | None:
    """Why ``key`` is not ranked among the kecamatan, or None when it is.

    The rule: an indicator is ranked only when it is a figure *of each kecamatan*.
    ``indikator`` rows carry their area's code, and only kecamatan-level rows
    (``35.05.xx``) ever reach the ranking (:func:`indicator_options`); boundary
    figures are per kecamatan by construction. A count of a data layer's rows
    (``count_*``) is per kecamatan only when the layer's rows mostly name one: when
    more than :data:`KABUPATEN_WIDE_LIMIT` of them name no kecamatan they are
    kabupaten-wide programmes (most innovations are an OPD's service for every
    kecamatan), and the few located rows say where a pilot ran, not what a
    kecamatan has. Ranking that count would rank the kabupaten's figure as a
    kecamatan's ("0 inovasi, peringkat 3 dari 22"), so it is shown unranked with
    the reason.
    """
    layer = COUNT_KEYS.get(key)
    if layer is None:
        return None
    rows = layer_rows(data, layer)
    if rows.empty:
        return None
    wide = len(kabupaten_wide(rows))
    if wide <= KABUPATEN_WIDE_LIMIT * len(rows):
        return None
    return t(
        "profil_rank_kabupaten_wide",
        lang,
        n=format_number(wide, 0, lang),
        total=format_number(len(rows), 0, lang),
        layer=t(f"layer_{layer}", lang).lower(),
    )


#: the count indicators of the map and the layer each counts
COUNT_KEYS = {"count_potensi": "potensi", "count_peluang": "peluang_investasi", "count_inovasi": "inovasi"}


@dataclass(frozen=True)
class Ranked:
    """One indicator over all kecamatan, ready for the rank chart and table."""

    key: str
    label: str
    unit: str
    decimals: int
    values: pd.Series  # by kecamatan code
    year: int | None
    source: str
    example: bool
    rank: Standing | None  # None: no value here, or not ranked (see ``unranked``)
    unranked: str | None = None  # why the indicator is not ranked (kabupaten-wide count)
    example_rows: frozenset[tuple[str, ...]] = frozenset()  # example rows behind this value


def _indikator_hosts(
    indikator: pd.DataFrame, codes: Iterable[str], name: str, year: int | None, lang: Lang
) -> str:
    """Names of the sources behind one indikator over the kecamatan (for a table cell)."""
    if indikator.empty:
        return ""
    rows = indikator[indikator.kode_wilayah.isin(list(codes)) & (indikator.indikator == name)]
    if year is not None:
        rows = rows[rows.tahun == year]
    hosts = [label for s in rows.sumber for label in cell_labels(s, lang)]
    notes = [clean_note(source_note(s), lang) for s in rows.sumber]
    return ", ".join(dict.fromkeys([*hosts, *(n for n in notes if n)]))


def ranked(
    key: str,
    code: str,
    kecamatan: gpd.GeoDataFrame,
    data: Mapping[str, pd.DataFrame],
    lang: Lang,
    boundary_year_: int | None = None,
) -> Ranked:
    """Values of one indicator for every kecamatan and this kecamatan's rank among them.

    The source is rebuilt here from the rows actually used (their hosts), rather
    than taken from the map legend's text, so a table cell stays short and exact.
    """
    found = indicator_values(key, kecamatan, data, lang)
    values = found.values
    year = found.year
    if key in ("luas", "jumlah_desa"):
        source, year = BOUNDARY_SOURCE, boundary_year_
    elif key.startswith("count_"):
        layer = COUNT_KEYS[key]
        source = t("profil_count_source_short", lang, layer=t(f"layer_{layer}", lang))
        if key == "count_peluang":  # archived opportunities are no longer on offer
            rows = layer_rows(data, layer)
            counts = rows.kecamatan.value_counts() if len(rows) else pd.Series(dtype=float)
            values = pd.Series(
                kecamatan.kode.map(counts).fillna(0).astype(float).to_numpy(), index=kecamatan.kode
            )
    else:
        name = "penduduk" if key == "kepadatan" else key.removeprefix(INDIKATOR_PREFIX)
        hosts = _indikator_hosts(data.get("indikator", pd.DataFrame()), kecamatan.kode, name, year, lang)
        source = (
            f"{t('profil_density_source', lang)} {hosts}"
            if key == "kepadatan"
            else hosts or t("profil_indikator_source", lang)
        )
    unit = unit_label(found.unit, lang) if key.startswith(INDIKATOR_PREFIX) else found.unit
    source = f"{source} · {found.real_text(lang)}"  # how many kecamatan have a real figure
    reason = unranked_reason(key, data, lang)
    return Ranked(
        key,
        rank_label(key, lang),
        unit,
        found.decimals,
        values,
        year,
        source,
        found.example,
        None if reason else rank_of(values, code),
        reason,
        _example_rows_behind(key, code, data, year),
    )


def _example_rows_behind(
    key: str, code: str, data: Mapping[str, pd.DataFrame], year: int | None
) -> frozenset[tuple[str, ...]]:
    """The example rows (by store key) behind the value of ``key`` for kecamatan ``code``.

    What the *DATA CONTOH* banner counts: the rows located in the kecamatan for a
    count, the kecamatan's own indikator row of the year shown otherwise (the
    population row for the density); boundary figures have none.
    """
    if key in COUNT_KEYS:
        return example_keys(COUNT_KEYS[key], located_in(layer_rows(data, COUNT_KEYS[key]), code))
    if not key.startswith(INDIKATOR_PREFIX) and key != "kepadatan":
        return frozenset()
    indikator = data.get("indikator", pd.DataFrame())
    if indikator.empty:
        return frozenset()
    name = "penduduk" if key == "kepadatan" else key.removeprefix(INDIKATOR_PREFIX)
    rows = indikator[(indikator.kode_wilayah == code) & (indikator.indikator == name)]
    if year is not None:
        rows = rows[rows.tahun == year]
    return example_keys("indikator", rows)


def rank_text(item: Ranked, code: str, lang: Lang) -> str:
    """The kecamatan's standing in words, with its direction and its ties.

    "7 dari 22 (1 = terbesar)"; a tie as the span of positions it shares ("seri
    10–13 dari 22 (1 = terbesar)": four kecamatan with the same value); a value
    most kecamatan share (mostly 0) as no standing at all ("tanpa peringkat: 18
    dari 22 bernilai 0"); an indicator that is not per kecamatan with the reason
    (:func:`unranked_reason`).
    """
    if item.unranked:
        return item.unranked
    standing = item.rank
    if standing is None:
        return "–"
    if not standing.telling:
        return t(
            "profil_rank_common",
            lang,
            shared=standing.shared,
            n=standing.n,
            value=format_number(item.values[code], item.decimals, lang),
        )
    if standing.shared > 1:
        return t("profil_rank_tie", lang, first=standing.first, last=standing.last, n=standing.n)
    return t("profil_rank_of", lang, rank=standing.first, n=standing.n)


def rank_items(
    code: str,
    kecamatan: gpd.GeoDataFrame,
    data: Mapping[str, pd.DataFrame],
    lang: Lang,
    year: int | None = None,
) -> list[Ranked]:
    """Every indicator of :func:`rank_indicators` as a :class:`Ranked` for ``code``."""
    return [ranked(key, code, kecamatan, data, lang, year) for key in rank_indicators(kecamatan, data)]


def rank_table(
    code: str,
    kecamatan: gpd.GeoDataFrame,
    data: Mapping[str, pd.DataFrame],
    lang: Lang,
    year: int | None = None,
    items: Sequence[Ranked] | None = None,
) -> pd.DataFrame:
    """One line per indicator: the kecamatan's value, its rank, the year and the source.

    ``year`` is the boundary store's year (see :func:`boundary_year`), shown for
    the polygon area and the desa count. ``items`` are :func:`rank_items` already
    computed for this kecamatan (the page needs them for its banner and charts too,
    and ranking every indicator over all kecamatan is not free); computed when absent.
    """
    records = []
    for item in items if items is not None else rank_items(code, kecamatan, data, lang, year):
        value = item.values.get(code)
        records.append(
            {
                t("profil_col_indikator", lang): item.label,
                t("profil_col_nilai", lang): (
                    f"{format_number(value, item.decimals, lang)} {item.unit}"
                    if value is not None and pd.notna(value)
                    else t("no_data", lang)
                ),
                t("profil_col_peringkat", lang): rank_text(item, code, lang),
                t("profil_col_tahun", lang): str(item.year) if item.year else "–",
                t("profil_col_sumber", lang): item.source
                + (f" · {t('example_badge', lang)}" if item.example else ""),
            }
        )
    return pd.DataFrame.from_records(records)


def rank_figure(
    item: Ranked,
    code: str,
    kecamatan: gpd.GeoDataFrame,
    lang: Lang,
    large: bool = False,
    colour_blind_safe: bool = False,
) -> go.Figure:
    """All kecamatan as bars, largest first, with this kecamatan highlighted.

    Kecamatan without the figure keep their place at the end of the axis, marked
    "×" on the baseline rather than drawn as a zero bar; the title says the rank
    among those that have it.
    """
    highlight, others = _palette(colour_blind_safe)
    names = dict(zip(kecamatan.kode, kecamatan.nama, strict=True))
    values = item.values.reindex(kecamatan.kode)
    known = values.dropna().sort_values(ascending=False, kind="stable")
    missing = sorted((c for c in values.index if pd.isna(values[c])), key=lambda c: names[c])
    order = [*known.index, *missing]
    labels = [names[c] for c in order]
    fig = go.Figure(
        go.Bar(
            x=labels,
            y=[None if pd.isna(values[c]) else float(values[c]) for c in order],
            marker_color=[highlight if c == code else others for c in order],
            text=[
                format_number(values[c], item.decimals, lang) if c == code and pd.notna(values[c]) else ""
                for c in order
            ],
            textposition="outside",
            cliponaxis=False,
            constraintext="none",
            textfont={"size": 15 if large else 12, "color": highlight},
            customdata=[
                format_number(values[c], item.decimals, lang) if pd.notna(values[c]) else t("no_data", lang)
                for c in order
            ],
            hovertemplate="%{x}: %{customdata} " + item.unit.replace("%", "%%") + "<extra></extra>",
        )
    )
    if missing:
        fig.add_trace(
            go.Scatter(
                x=[names[c] for c in missing],
                y=[0] * len(missing),
                mode="markers",
                marker={
                    "symbol": "x-thin-open",
                    "size": 9,
                    "color": "#888888",
                    "line": {"width": 1.5, "color": "#888888"},
                },
                cliponaxis=False,
                hovertemplate="%{x}: " + t("no_data", lang) + "<extra></extra>",
            )
        )
    name = names[code]
    when = f" ({item.year})" if item.year else ""
    if item.rank:
        detail = t("profil_rank_subtitle", lang, name=name, rank=rank_text(item, code, lang))
    else:
        detail = t("profil_rank_subtitle_missing", lang, name=name)
    if missing:
        detail += " · " + t("profil_rank_missing_count", lang, n=len(missing))
    if item.example:
        detail += f" · {t('example_badge', lang)}"
    source = t("profil_caption_source", lang, source=item.source)
    title = f"{item.label}{when}<br><sup>{plot_escape(detail)}<br>{plot_escape(source)}</sup>"
    fig.update_xaxes(
        tickangle=-45,
        title=t("profil_axis_kecamatan", lang),
        tickmode="array",
        tickvals=labels,
        ticktext=[f"<b>{n}</b>" if n == name else n for n in labels],
    )
    top = float(known.max()) if len(known) else 1.0
    # full numbers in the UI language ("40.000", not plotly's "40k"); whole ticks for counts
    fig.update_yaxes(
        title=item.unit,
        range=[0, (top or 1.0) * 1.18],
        gridcolor="#e5e5e5",
        tickformat=",~f",
        dtick=1 if item.decimals == 0 and top <= 6 else None,
    )
    _layout(fig, title, 480 if large else 380, large, lang)
    fig.update_layout(margin={"t": 90 if large else 76})
    return fig


# --------------------------------------------------------------------------- lists


@dataclass(frozen=True)
class ListTable:
    """A list for ``st.dataframe``: the frame, which of its columns are links, and the
    name each link is shown by (publisher, title, year: never a mirror's host)."""

    frame: pd.DataFrame
    link_columns: tuple[str, ...]
    link_labels: Mapping[str, str] = field(default_factory=dict)


def _with_sources(
    records: list[dict[str, object]], sources: Sequence[object], examples: Sequence[object], lang: Lang
) -> ListTable:
    """Add source link columns, a column for non-link source text, and the example flag."""
    links = [source_links(s) for s in sources]
    notes = [clean_note(source_note(s), lang) for s in sources]
    n_links = min(max((len(found) for found in links), default=0), MAX_LINKS)
    names = tuple(
        t("profil_col_sumber_n", lang, n=i + 1) if n_links > 1 else t("profil_col_sumber", lang)
        for i in range(n_links)
    )
    with_notes = any(notes)
    badge = t("example_badge", lang)
    for record, found, note, example in zip(records, links, notes, examples, strict=True):
        for i, name in enumerate(names):
            record[name] = found[i] if i < len(found) else ""
        if with_notes:
            record[t("profil_col_sumber_note", lang)] = note
        record[t("profil_col_contoh", lang)] = badge if is_example(example) else ""
    labels = {u: source_label(u, lang) for found in links for u in found}
    return ListTable(pd.DataFrame.from_records(records) if records else pd.DataFrame(), names, labels)


def _desa_name(row: pd.Series, desa_names: Mapping[str, str]) -> str:
    desa = row.get("desa")
    return desa_names.get(str(desa), str(desa)) if is_known(desa) else "–"


def potensi_table(rows: pd.DataFrame, desa_names: Mapping[str, str], lang: Lang) -> ListTable:
    """The kecamatan's potentials by sector (schema order), then by name."""
    if rows.empty:
        return ListTable(pd.DataFrame(), ())
    rank = {s: i for i, s in enumerate(SEKTOR_POTENSI)}
    rows = rows.assign(
        _r=rows.sektor.map(lambda s: rank.get(s, len(rank))), _n=rows.nama.map(lambda n: str(n).lower())
    )
    rows = rows.sort_values(["_r", "_n"], kind="stable")
    records = [
        {
            t("profil_col_sektor", lang): t(f"sektor_{r.sektor}", lang)
            if f"sektor_{r.sektor}" in CATALOGUE
            else str(r.sektor),
            t("profil_col_nama", lang): " ".join(str(r.nama).split()),
            t("profil_col_desa", lang): _desa_name(r, desa_names),
        }
        for _, r in rows.iterrows()
    ]
    listing = _with_sources(records, list(rows.sumber), list(rows.contoh), lang)
    # the description is long: last, so the source links stay in view
    listing.frame[t("profil_col_keterangan", lang)] = [
        " ".join(str(d).split()) if is_known(d) else "" for d in rows.deskripsi
    ]
    return listing


def sector_summary(rows: pd.DataFrame, lang: Lang) -> str:
    """ "Pariwisata 2 · Infrastruktur 3": the sectors of the potentials, in schema order."""
    if rows.empty:
        return ""
    counts = rows.sektor.value_counts()
    order = [s for s in SEKTOR_POTENSI if s in counts.index] + sorted(
        s for s in counts.index if s not in SEKTOR_POTENSI
    )
    return " · ".join(
        f"{t(f'sektor_{s}', lang) if f'sektor_{s}' in CATALOGUE else s} "
        f"{format_number(int(counts[s]), 0, lang)}"
        for s in order
    )


def peluang_table(rows: pd.DataFrame, desa_names: Mapping[str, str], lang: Lang) -> ListTable:
    """The kecamatan's opportunities: title in the UI language, value, readiness."""
    if rows.empty:
        return ListTable(pd.DataFrame(), ())
    rows = rows.sort_values("peluang_id", kind="stable")
    records = []
    for _, r in rows.iterrows():
        value = r.get("nilai_investasi_idr")
        records.append(
            {
                t("profil_col_judul", lang): title_of(r, lang),
                t("profil_col_sektor", lang): enum_label("sektor_prioritas", r.get("sektor_prioritas"), lang)
                or "–",
                t("profil_col_desa", lang): _desa_name(r, desa_names),
                t("profil_col_nilai_investasi", lang): format_rupiah(float(value), lang)
                if is_known(value)
                else "–",
                t("profil_col_kesiapan", lang): (
                    enum_label("tingkat_kesiapan", r.get("tingkat_kesiapan"), lang) or "–"
                )
                + (f" · {t('readiness_contradicted', lang)}" if readiness_conflicts(r) else ""),
            }
        )
    return _with_sources(records, list(rows.sumber), list(rows.contoh), lang)


def inovasi_table(rows: pd.DataFrame, opd: pd.DataFrame, lang: Lang) -> ListTable:
    """The kecamatan's innovations: name, proposing OPD (full name), stage, year."""
    if rows.empty:
        return ListTable(pd.DataFrame(), ())
    names = opd_labels(opd) if not opd.empty else {}
    year = pd.to_numeric(rows.tahun_pelaporan, errors="coerce")
    rows = rows.assign(_y=year.fillna(0).to_numpy()).sort_values(
        ["_y", "nama_inovasi"], ascending=[False, True]
    )
    records = [
        {
            t("profil_col_nama", lang): " ".join(str(r.nama_inovasi).split()),
            t("profil_col_opd", lang): value_label("opd", value_key(r.kode_opd), lang, names),
            t("profil_col_tahapan", lang): value_label("tahapan", value_key(r.tahapan), lang),
            t("profil_col_tahun", lang): str(int(r._y)) if r._y else "–",
        }
        for _, r in rows.iterrows()
    ]
    return _with_sources(records, list(rows.sumber), list(rows.contoh), lang)


# --------------------------------------------------------------------------- potentials × innovations


def support_here(data: Mapping[str, pd.DataFrame], code: str) -> pd.DataFrame:
    """The kecamatan's potentials with the innovations behind them (:mod:`potensi.iid.coverage`).

    The rule runs on the whole store (a regency-wide innovation counts here too), and
    the sidebar's filters do not narrow it: the list of potentials without an
    innovation is what Bappeda brings to a workshop, so it must be the kecamatan's
    whole list, not what a filter left. Sorted by sector (schema order), then name.
    """
    support = potensi_support(layer_rows(data, "potensi"), layer_rows(data, "inovasi"))
    here = support[support.kecamatan == code]
    rank = {s: i for i, s in enumerate(SEKTOR_POTENSI)}
    here = here.assign(
        _r=here.sektor.map(lambda s: rank.get(s, len(rank))), _n=here.nama.map(lambda n: str(n).lower())
    )
    return here.sort_values(["_r", "_n"], kind="stable").drop(columns=["_r", "_n"])


def popup_support(data: Mapping[str, pd.DataFrame]) -> dict[str, list[str]]:
    """potensi_id → the innovations behind it, for the popups of the profile's map (as on Peta)."""
    return support_names(layer_rows(data, "potensi"), layer_rows(data, "inovasi"))


def support_summary(support: pd.DataFrame, lang: Lang) -> str:
    """One sentence: how many of the kecamatan's potentials have an innovation behind them."""
    done = int(support.didukung.sum()) if not support.empty else 0
    return t(
        "profil_dukungan_summary",
        lang,
        n=format_number(done, 0, lang),
        total=format_number(len(support), 0, lang),
        gaps=format_number(len(support) - done, 0, lang),
    )


def _innovations_text(row: pd.Series, lang: Lang) -> str:
    """The innovations behind one potential, each with how it is linked."""
    return "; ".join(
        f"{' '.join(nama.split())} ({t('gap_how_langsung' if cara == LANGSUNG else 'gap_how_sektor', lang)})"
        for nama, cara in zip(row.nama_inovasi, row.cara, strict=True)
    )


def supported_table(support: pd.DataFrame, lang: Lang) -> pd.DataFrame:
    """The potentials with an innovation behind them: sector, potential, the innovations."""
    rows = support[support.didukung.astype(bool)] if not support.empty else support
    return pd.DataFrame(
        {
            t("profil_col_sektor", lang): [sector_label(s, lang) for s in rows.sektor],
            t("profil_col_nama", lang): [" ".join(n.split()) for n in rows.nama],
            t("profil_col_dukungan", lang): [_innovations_text(r, lang) for _, r in rows.iterrows()],
        }
    )


def gap_table_here(support: pd.DataFrame, lang: Lang) -> pd.DataFrame:
    """The potentials no innovation stands behind yet: sector and potential."""
    rows = support[~support.didukung.astype(bool)] if not support.empty else support
    return pd.DataFrame(
        {
            t("profil_col_sektor", lang): [sector_label(s, lang) for s in rows.sektor],
            t("profil_col_nama", lang): [" ".join(n.split()) for n in rows.nama],
        }
    )


# --------------------------------------------------------------------------- comparison


def follow_default(
    chosen: Sequence[str] | None,
    old_default: Sequence[str] | None,
    new_default: Sequence[str],
    allowed: Iterable[str],
) -> list[str]:
    """The comparison's kecamatan after the profile's kecamatan changed.

    Until a person edits the comparison it follows the profile (and the sidebar's
    selection); once edited, their choice stays, minus codes no longer known.
    """
    if chosen is None or list(chosen) == list(old_default or []):
        return list(new_default)[:MAX_COMPARE]
    known = set(allowed)
    return [c for c in chosen if c in known][:MAX_COMPARE]


def neighbours(code: str, kecamatan: gpd.GeoDataFrame, n: int = 2) -> list[str]:
    """The ``n`` kecamatan sharing the longest border with ``code``.

    A camat compares first with the kecamatan next door, so the comparison opens
    with those rather than empty. The store's kecamatan form a coverage (shared
    edges are identical), so a shared border is the intersection of two outlines.
    """
    geometry = kecamatan.set_index("kode").geometry
    own = geometry[code]
    near = geometry[geometry.intersects(own)].drop(code, errors="ignore")
    shared = {other: float(own.boundary.intersection(shape.boundary).length) for other, shape in near.items()}
    ranked_ = sorted((c for c in shared if shared[c] > 0), key=lambda c: (-shared[c], c))
    return ranked_[:n]


def comparison_default(selected: Sequence[str], kecamatan: gpd.GeoDataFrame) -> list[str]:
    """What the comparison shows before anyone edits it.

    Several kecamatan chosen in the sidebar are compared with each other;
    a single one is compared with its two closest neighbours.
    """
    if len(selected) > 1:
        return list(selected)[:MAX_COMPARE]
    if len(selected) == 1:
        return [selected[0], *neighbours(selected[0], kecamatan, MAX_COMPARE - 1)]
    return []


def comparison_table(
    codes: Sequence[str], boundaries: Boundaries, data: Mapping[str, pd.DataFrame], lang: Lang
) -> pd.DataFrame:
    """The headline figures of 2–3 kecamatan side by side: one column per kecamatan.

    A statistic's year is written in its cell, since two kecamatan may have
    figures of different years; the last column names the sources.
    """
    names = dict(zip(boundaries.kecamatan.kode, boundaries.kecamatan.nama, strict=True))
    figures = {code: headline_figures(code, boundaries, data, lang) for code in codes}
    badge = t("example_badge", lang)
    index, columns = [], {names[c]: [] for c in codes}
    sources: list[str] = []
    for i, key in enumerate(HEADLINE_KEYS):
        index.append(figures[codes[0]][i].label)
        found = []
        for code in codes:
            fig = figures[code][i]
            text = fig.text + (f" ({fig.year})" if fig.dated and not fig.missing else "")
            if fig.examples:
                text += f" · {badge}"
            columns[names[code]].append(text)
            if key in POINT_LAYERS:
                found.append(
                    t("profil_count_source_short", lang, layer=t(f"layer_{POINT_LAYERS[key]}", lang))
                )
            elif not fig.missing:
                found.append(cite(fig, lang))
        sources.append("; ".join(dict.fromkeys(found)) or "–")
        if key == "desa":
            index.append(t("profil_fig_kelurahan", lang))
            for code in codes:
                desa = boundaries.desa[boundaries.desa.kode_kec == code]
                columns[names[code]].append(format_number(int((desa.jenis == "kelurahan").sum()), 0, lang))
            sources.append(t("profil_boundary_source", lang, source=BOUNDARY_SOURCE))
    frame = pd.DataFrame(columns, index=pd.Index(index, name=t("profil_col_ukuran", lang)))
    frame[t("profil_col_sumber", lang)] = sources
    return frame


def comparison_figure(
    codes: Sequence[str],
    boundaries: Boundaries,
    data: Mapping[str, pd.DataFrame],
    lang: Lang,
    large: bool = False,
    colour_blind_safe: bool = False,
) -> go.Figure:
    """Grouped bars: each kecamatan's share (%) of the kabupaten, measure by measure.

    Shares put area, desa, population and counts on one axis (raw km², people and
    counts would not share a scale); hovering gives the raw figures. A missing
    share is written "n/a" in its slot, not drawn as a zero bar.
    """
    names = dict(zip(boundaries.kecamatan.kode, boundaries.kecamatan.nama, strict=True))
    palette = CATEGORICAL_CB if colour_blind_safe else CATEGORICAL
    kabupaten = str(boundaries.kabupaten.nama.iloc[0]) if len(boundaries.kabupaten) else ""
    fig = go.Figure()
    all_shares = {code: kabupaten_shares(code, boundaries, data, lang) for code in codes}
    example = {k: any(bool(sh.set_index("key").example[k]) for sh in all_shares.values()) for k in SHARE_KEYS}
    generic = {k: flagged(t(f"profil_fig_{k}", lang), example[k], lang, "<br>") for k in SHARE_KEYS}
    top = 100 / max(len(boundaries.kecamatan), 1)
    for i, code in enumerate(codes):
        shares = all_shares[code]
        labels = [generic[k] for k in shares.key]
        known = shares.share.notna()
        colour = palette[i % len(palette)]
        fig.add_trace(
            go.Bar(
                x=labels,
                y=[v if ok else None for v, ok in zip(shares.share, known, strict=True)],
                name=names[code],
                marker_color=colour,
                offsetgroup=code,
                legendgroup=code,
                text=share_texts(shares, lang),
                textposition="outside",
                cliponaxis=False,
                constraintext="none",
                customdata=[[names[code], d] for d in shares.detail],
                hovertemplate="%{customdata[0]} · %{x}: %{text}<br>%{customdata[1]}<extra></extra>",
            )
        )
        if (~known).any():
            fig.add_trace(
                go.Scatter(
                    x=[lab for lab, ok in zip(labels, known, strict=True) if not ok],
                    y=[0] * int((~known).sum()),
                    mode="text",
                    text=[t("profil_na_short", lang)] * int((~known).sum()),
                    textposition="top center",
                    textfont={"color": colour},
                    offsetgroup=code,
                    legendgroup=code,
                    showlegend=False,
                    hovertemplate=names[code] + " · %{x}: " + t("no_data", lang) + "<extra></extra>",
                )
            )
        if known.any():
            top = max(top, float(shares.share.max()))
    fig.update_xaxes(title=None)
    fig.update_yaxes(
        title=t("profil_axis_share", lang, kabupaten=kabupaten),
        ticksuffix="%",
        range=[0, top * 1.2],
        gridcolor="#e5e5e5",
        tickformat=",~f",
    )
    _layout(
        fig, t("profil_compare_chart_title", lang, kabupaten=kabupaten), 480 if large else 380, large, lang
    )
    fig.update_layout(
        barmode="group",
        scattermode="group",
        showlegend=True,
        legend={"orientation": "h", "x": 0, "xanchor": "left", "y": 1.0, "yanchor": "bottom"},
        margin={"t": 100 if large else 86},
    )
    return fig
