"""The regional-innovation registry, computed without streamlit.

The Inovasi Daerah page answers what Bappeda and the heads of the OPD ask of the
registry: how many innovations each agency, form, type and stage has, when they
were tried and put in place, where they apply, and which government affair they
serve. The registry is young and patchy (most innovations apply to the whole
kabupaten, few have dates, none has an urusan yet), so every function here keeps
the gaps visible: a missing value is counted as "belum diisi", an undated
innovation is counted by its reporting year instead of vanishing from the
timeline, and kabupaten-wide innovations are counted apart from the kecamatan
ones rather than silently dropped from the map.

All counting, labelling and chart building lives here so it is tested directly;
``pages/inovasi.py`` only lays the results out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

import pandas as pd
import plotly.graph_objects as go

from potensi.core.cells import is_example, is_known, iso_date
from potensi.core.formatting import format_date, format_number
from potensi.core.text import document_links
from potensi.data.records import UNFILLED, value_key, value_label
from potensi.data.schema import BENTUK_INOVASI, JENIS_INOVASI, TAHAPAN_INOVASI
from potensi.data.sources import source_label, source_markdown
from potensi.i18n import Lang, t
from potensi.views.state import ViewState, filter_rows
from potensi.viz.style import (
    CATEGORICAL,
    CATEGORICAL_CB,
    NO_DATA_COLOUR,
    category_colours,
)

#: the ways the registry can be grouped: group -> (column, allowed values in display order)
GROUPS: dict[str, tuple[str, tuple[str, ...]]] = {
    "opd": ("kode_opd", ()),
    "bentuk": ("bentuk", BENTUK_INOVASI),
    "jenis": ("jenis", JENIS_INOVASI),
    "tahapan": ("tahapan", TAHAPAN_INOVASI),
}


#: bar of the kabupaten-wide innovations: a neutral grey, apart from any kecamatan colour
KABUPATEN_COLOUR = "#8c8c8c"

#: the longest innovation name a chart axis shows before cutting it
SHORT_NAME_LENGTH = 34


# --------------------------------------------------------------------------- values


def short_name(name: object, limit: int = SHORT_NAME_LENGTH) -> str:
    """An innovation's name cut for a chart axis: the acronym before "(…)", at most ``limit``.

    Names are written "acronym (expansion)"; the expansion is what makes a label
    too long, and the table next to the chart still shows it in full.
    """
    text = " ".join(str(name).split()) if is_known(name) else "–"
    head = text.split(" (")[0].strip() or text
    return head if len(head) <= limit else head[: limit - 1].rstrip() + "…"


def filter_bentuk(rows: pd.DataFrame, bentuk: Sequence[str]) -> pd.DataFrame:
    """Rows of the chosen forms (all rows when none is chosen).

    The shared sidebar filters stage, type and agency; form is the fourth IID
    category and only this page offers it.
    """
    if not bentuk:
        return rows
    return rows[rows.bentuk.map(value_key).isin(list(bentuk))]


def opd_count(rows: pd.DataFrame) -> int:
    """How many agencies have at least one innovation among ``rows``."""
    if rows.empty:
        return 0
    return int(rows.kode_opd.map(value_key).loc[lambda keys: keys != UNFILLED].nunique())


# --------------------------------------------------------------------------- counts


def counts_by(rows: pd.DataFrame, group: str) -> pd.Series:
    """Innovations per value of a group (``opd``, ``bentuk``, ``jenis``, ``tahapan``).

    Enum groups list every allowed value in schema order, zero included, because
    "no innovation is in uji coba" is itself worth seeing. Agencies are listed only
    when they have innovations (most of the kabupaten's OPD have none recorded yet),
    largest first. Unfilled cells form a last "belum diisi" group, so the counts
    always add up to the number of rows.
    """
    column, allowed = GROUPS[group]
    keys = rows[column].map(value_key) if not rows.empty else pd.Series(dtype=str)
    counts = keys.value_counts()
    if allowed:
        order = [*allowed, *sorted(k for k in counts.index if k not in allowed and k != UNFILLED)]
    else:
        known = counts.drop(UNFILLED, errors="ignore")
        order = sorted(known.index, key=lambda k: (-int(known[k]), k))
    if UNFILLED in counts.index:
        order.append(UNFILLED)
    return pd.Series(
        [int(counts.get(k, 0)) for k in order], index=pd.Index(order, dtype=object), dtype=int, name=group
    )


def group_counts(
    rows: pd.DataFrame, group: str, lang: Lang, opd_names: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """``counts_by`` with display labels: columns ``key``, ``label``, ``n``."""
    counts = counts_by(rows, group)
    return pd.DataFrame(
        {
            "key": list(counts.index),
            "label": [value_label(group, k, lang, opd_names) for k in counts.index],
            "n": counts.to_list(),
        }
    )


def is_kabupaten_wide(rows: pd.DataFrame) -> pd.Series:
    """True where an innovation names no kecamatan: it applies to the whole kabupaten."""
    if rows.empty:
        return pd.Series(dtype=bool)
    return ~rows.kecamatan.map(is_known).astype(bool)


def kabupaten_wide_count(rows: pd.DataFrame) -> int:
    """How many innovations apply to the whole kabupaten (they have no place on the map)."""
    return int(is_kabupaten_wide(rows).sum())


def hidden_kabupaten_wide(rows: pd.DataFrame, state: ViewState) -> int:
    """Kabupaten-wide innovations that the kecamatan filter hides.

    ``filter_rows`` keeps only rows located in a chosen kecamatan, so innovations
    that serve every kecamatan (including the chosen one) drop out; the page says
    how many, so a head of kecamatan does not conclude there are none.
    """
    if not state.kecamatan:
        return 0
    return kabupaten_wide_count(filter_rows("inovasi", rows, state.with_(kecamatan=())))


def kecamatan_counts(rows: pd.DataFrame, kecamatan: pd.DataFrame) -> pd.DataFrame:
    """Innovations located in each kecamatan: every kecamatan (zero included), most first.

    Columns ``kode``, ``nama``, ``n``. A count of rows is a real zero where a
    kecamatan has none recorded (unlike a missing statistic). Kabupaten-wide rows
    are not spread over the kecamatan: see :func:`kabupaten_wide_count`.
    """
    located = rows.kecamatan[~is_kabupaten_wide(rows)] if not rows.empty else pd.Series(dtype=str)
    counts = located.map(str).value_counts()
    frame = pd.DataFrame({"kode": kecamatan.kode.to_numpy(), "nama": kecamatan.nama.to_numpy()})
    frame["n"] = frame.kode.map(counts).fillna(0).astype(int)
    return frame.sort_values(["n", "nama"], ascending=[False, True]).reset_index(drop=True)


def urusan_counts(rows: pd.DataFrame, lang: Lang) -> pd.DataFrame:
    """Innovations per main government affair (``urusan_utama``), unfilled last.

    Columns ``key``, ``label``, ``n``. The affair is free text in the registry
    (e.g. "2.12 Administrasi Kependudukan …"); blank cells are grouped as
    "belum diisi" so the gap is as visible as the filled affairs.
    """
    keys = rows.urusan_utama.map(value_key) if not rows.empty else pd.Series(dtype=str)
    counts = keys.value_counts()
    known = counts.drop(UNFILLED, errors="ignore")
    order = sorted(known.index, key=lambda k: (-int(known[k]), k))
    if UNFILLED in counts.index:
        order.append(UNFILLED)
    return pd.DataFrame(
        {
            "key": order,
            "label": [t("inovasi_unfilled", lang) if k == UNFILLED else k for k in order],
            "n": [int(counts[k]) for k in order],
        }
    )


# --------------------------------------------------------------------------- dates


@dataclass(frozen=True)
class DateCoverage:
    """How many innovations carry a trial date, an implementation date, or neither."""

    total: int
    with_trial: int
    with_implementation: int
    undated: int

    @property
    def dated(self) -> int:
        """Innovations with at least one date (those on the timeline)."""
        return self.total - self.undated


def _dates(rows: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    if rows.empty:
        return pd.Series(dtype=object), pd.Series(dtype=object)
    return rows.tgl_uji_coba.map(iso_date), rows.tgl_penerapan.map(iso_date)


def date_coverage(rows: pd.DataFrame) -> DateCoverage:
    """Counts of dated and undated innovations, for the honest note above the timeline."""
    trial, implementation = _dates(rows)
    has_trial, has_impl = trial.notna(), implementation.notna()
    return DateCoverage(
        len(rows), int(has_trial.sum()), int(has_impl.sum()), int((~has_trial & ~has_impl).sum())
    )


def timeline_rows(rows: pd.DataFrame) -> pd.DataFrame:
    """Innovations with a trial or implementation date, earliest first.

    Columns ``inovasi_id``, ``nama``, ``label`` (a unique short name for the axis),
    ``tahapan``, ``uji_coba`` and ``penerapan`` (``datetime.date`` or None). Rows
    whose date text does not parse count as undated rather than being guessed.
    """
    columns = ["inovasi_id", "nama", "label", "tahapan", "uji_coba", "penerapan"]
    trial, implementation = _dates(rows)
    dated = rows[trial.notna() | implementation.notna()] if not rows.empty else rows
    if dated.empty:
        return pd.DataFrame(columns=columns)
    frame = pd.DataFrame(
        {
            "inovasi_id": dated.inovasi_id.map(str).to_numpy(),
            "nama": dated.nama_inovasi.map(lambda v: " ".join(str(v).split())).to_numpy(),
            "tahapan": dated.tahapan.map(value_key).to_numpy(),
            "uji_coba": [trial[i] for i in dated.index],
            "penerapan": [implementation[i] for i in dated.index],
        }
    )
    labels = frame.nama.map(short_name)
    repeated = labels.duplicated(keep=False)
    frame["label"] = [
        f"{label} ({iid})" if again else label
        for label, iid, again in zip(labels, frame.inovasi_id, repeated, strict=True)
    ]
    frame["_first"] = [
        min(d for d in (a, b) if d is not None) for a, b in zip(frame.uji_coba, frame.penerapan, strict=True)
    ]
    frame = frame.sort_values(["_first", "label"]).reset_index(drop=True)
    return frame[columns]


def undated_by_year(rows: pd.DataFrame) -> pd.DataFrame:
    """Innovations without any date, counted per reporting year and stage.

    Columns ``tahun``, ``tahapan``, ``n``. Most innovations in the registry have
    no date; counting them by the year they were reported keeps them on the page
    (as a second chart) instead of leaving a nearly empty timeline.
    """
    trial, implementation = _dates(rows)
    undated = rows[trial.isna() & implementation.isna()] if not rows.empty else rows
    if undated.empty:
        return pd.DataFrame(columns=["tahun", "tahapan", "n"])
    frame = pd.DataFrame(
        {
            "tahun": pd.to_numeric(undated.tahun_pelaporan, errors="coerce").astype("Int64").to_numpy(),
            "tahapan": undated.tahapan.map(value_key).to_numpy(),
        }
    )
    return (
        frame.groupby(["tahun", "tahapan"], dropna=False)
        .size()
        .rename("n")
        .reset_index()
        .sort_values(["tahun", "tahapan"])
        .reset_index(drop=True)
    )


# --------------------------------------------------------------------------- registry table


@dataclass(frozen=True)
class Registry:
    """The table of innovations, labelled in the UI language, its link columns and the
    label each link is shown by (publisher, title, year: never a mirror's host)."""

    frame: pd.DataFrame
    link_columns: tuple[str, ...]
    link_labels: Mapping[str, str] = field(default_factory=dict)


def _dates_text(trial: object, implementation: object, lang: Lang) -> str:
    parts = [format_date(trial, lang) or "–", format_date(implementation, lang) or "–"]
    return " / ".join(parts)


def sort_registry(
    rows: pd.DataFrame, group_by: str | None, opd_names: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """Rows ordered by a group (schema order, or OPD name), then year and name.

    A table cannot fold rows under headings, so grouping means sorting by the
    group and putting its column first; unfilled values come last.
    """
    if rows.empty:
        return rows
    keys: list[object] = []
    if group_by in GROUPS:
        column, allowed = GROUPS[group_by]
        values = rows[column].map(value_key)
        if allowed:
            rank = {v: i for i, v in enumerate(allowed)}
            keys.append(values.map(lambda v: (v == UNFILLED, rank.get(v, len(rank)), v)))
        else:
            keys.append(values.map(lambda v: (v == UNFILLED, (opd_names or {}).get(v, v).lower())))
    year = pd.to_numeric(rows.tahun_pelaporan, errors="coerce").fillna(0).astype(int)
    name = rows.nama_inovasi.map(lambda v: str(v).lower())
    order = sorted(rows.index, key=lambda i: (*(k[i] for k in keys), -year[i], name[i]))
    return rows.loc[order]


def registry_table(
    rows: pd.DataFrame,
    opd_names: Mapping[str, str],
    kecamatan_names: Mapping[str, str],
    lang: Lang,
    group_by: str | None = None,
) -> Registry:
    """One line per innovation, columns labelled in the UI language.

    Columns: name, OPD (full name), form, type, stage, reporting year, where it
    applies (a kecamatan, or "Seluruh kabupaten"), trial/implementation dates,
    one column per evidence link (only http(s) links; the page renders them as
    links), the example-data flag and the description. With ``group_by`` the
    group's column comes first and the rows are sorted by it.
    """
    rows = sort_registry(rows, group_by, opd_names)
    links = [document_links(v) for v in rows.bukti_url] if not rows.empty else []
    n_links = max((len(found) for found in links), default=0)
    col = {
        name: t(f"inovasi_col_{name}", lang)
        for name in (
            "nama",
            "opd",
            "bentuk",
            "jenis",
            "tahapan",
            "tahun",
            "wilayah",
            "tanggal",
            "contoh",
            "deskripsi",
            "id",
        )
    }
    link_names = tuple(t("inovasi_col_bukti", lang, n=i + 1) for i in range(n_links))
    example = t("example_badge", lang)
    records = []
    for found, (_, row) in zip(links, rows.iterrows(), strict=True):
        kec = row.get("kecamatan")
        record = {
            col["nama"]: " ".join(str(row.nama_inovasi).split()),
            col["opd"]: value_label("opd", value_key(row.kode_opd), lang, opd_names),
            col["bentuk"]: value_label("bentuk", value_key(row.bentuk), lang),
            col["jenis"]: value_label("jenis", value_key(row.jenis), lang),
            col["tahapan"]: value_label("tahapan", value_key(row.tahapan), lang),
            col["tahun"]: (str(int(row.tahun_pelaporan)) if is_known(row.tahun_pelaporan) else "–"),
            col["wilayah"]: (
                kecamatan_names.get(str(kec), str(kec))
                if is_known(kec)
                else t("inovasi_kabupaten_wide", lang)
            ),
            col["tanggal"]: _dates_text(row.get("tgl_uji_coba"), row.get("tgl_penerapan"), lang),
        }
        for i, name in enumerate(link_names):
            record[name] = found[i] if i < len(found) else None
        record[col["contoh"]] = example if is_example(row.get("contoh")) else ""
        record[col["deskripsi"]] = " ".join(str(row.deskripsi).split()) if is_known(row.deskripsi) else ""
        record[col["id"]] = str(row.inovasi_id)
        records.append(record)
    order = [
        col["nama"],
        col["opd"],
        col["bentuk"],
        col["jenis"],
        col["tahapan"],
        col["tahun"],
        col["wilayah"],
        col["tanggal"],
        *link_names,
        col["contoh"],
        col["deskripsi"],
        col["id"],
    ]
    if group_by in GROUPS:
        first = col[group_by]
        order = [first, *(c for c in order if c != first)]
    frame = pd.DataFrame(records, columns=order)
    return Registry(frame, link_names, {u: source_label(u, lang) for found in links for u in found})


# --------------------------------------------------------------------------- context


def iid_scores(history: pd.DataFrame, lang: Lang) -> list[tuple[str, str]]:
    """(year, score) of the official Indeks Inovasi Daerah results the store holds
    (:func:`potensi.iid.context.history`), scores in the UI language's format."""
    return [
        (str(int(y)), format_number(s, 2, lang)) for y, s in zip(history.tahun, history.skor, strict=True)
    ]


def iid_change(history: pd.DataFrame, lang: Lang) -> str | None:
    """The change of the IID between its first and last known year, signed ("+11,17");
    None with fewer than two years."""
    if len(history) < 2:
        return None
    change = float(history.skor.iloc[-1]) - float(history.skor.iloc[0])
    return ("+" if change > 0 else "") + format_number(change, 2, lang)


def iid_note(history: pd.DataFrame, lang: Lang) -> str:
    """The page's own sentence about the IID, with the source of its latest result named."""
    (first_year, first), (last_year, last) = iid_scores(history, lang)[0], iid_scores(history, lang)[-1]
    return t(
        "inovasi_iid_note",
        lang,
        y1=first_year,
        s1=first,
        y2=last_year,
        s2=last,
        source=source_markdown(str(history.sumber.iloc[-1]), lang),
    )


# --------------------------------------------------------------------------- charts


def _layout(fig: go.Figure, title: str, height: int, large: bool) -> go.Figure:
    size = 18 if large else 13
    fig.update_layout(
        title={"text": title, "font": {"size": size + 3}, "x": 0, "xanchor": "left"},
        height=height,
        margin={"l": 10, "r": 20, "t": 46 if title else 10, "b": 10},
        font={"size": size},
        showlegend=False,
        plot_bgcolor="rgba(0,0,0,0)",
        hoverlabel={"font": {"size": size}},
    )
    return fig


def _bar_height(n: int, large: bool) -> int:
    per_bar = 40 if large else 28
    return max(150 if large else 120, 70 + per_bar * max(n, 1))


def count_chart(
    counts: pd.DataFrame,
    title: str,
    lang: Lang,
    large: bool = False,
    colours: Mapping[str, str] | None = None,
) -> go.Figure:
    """A small horizontal bar chart of ``counts`` (columns ``key``, ``label``, ``n``).

    The first row is drawn on top, each bar carries its count as text (no axis to
    read), and the "belum diisi" bar is grey so it reads as a gap, not a category.
    """
    default = CATEGORICAL[0]
    bar_colours = [NO_DATA_COLOUR if k == UNFILLED else (colours or {}).get(k, default) for k in counts.key]
    fig = go.Figure(
        go.Bar(
            x=counts.n.to_list(),
            y=counts.label.to_list(),
            orientation="h",
            marker_color=bar_colours,
            text=[format_number(n, 0, lang) for n in counts.n],
            textposition="outside",
            cliponaxis=False,
            hovertemplate="%{y}: %{text}<extra></extra>",
        )
    )
    top = max(int(counts.n.max()) if len(counts) else 0, 1)
    fig.update_xaxes(visible=False, range=[0, top * 1.18])
    fig.update_yaxes(autorange="reversed", automargin=True, ticksuffix="  ")
    return _layout(fig, title, _bar_height(len(counts), large), large)


def tahapan_colours(colour_blind_safe: bool = False) -> dict[str, str]:
    """Colour per stage, the same the map's innovation points use."""
    return category_colours(list(TAHAPAN_INOVASI), colour_blind_safe)


def kecamatan_chart(
    counts: pd.DataFrame,
    kabupaten_wide: int,
    lang: Lang,
    large: bool = False,
    colour_blind_safe: bool = False,
) -> go.Figure:
    """Innovations per kecamatan (those with any) plus one bar for the whole kabupaten.

    The kabupaten-wide bar is coloured apart and labelled in brackets: those
    innovations serve every kecamatan, so adding them to one would mislead, and
    leaving them out would hide most of the registry.
    """
    shown = counts[counts.n > 0]
    frame = pd.DataFrame({"key": shown.kode.to_list(), "label": shown.nama.to_list(), "n": shown.n.to_list()})
    if kabupaten_wide:
        frame = pd.concat(
            [
                frame,
                pd.DataFrame(
                    {
                        "key": ["_kabupaten"],
                        "label": [f"({t('inovasi_kabupaten_wide', lang).lower()})"],
                        "n": [kabupaten_wide],
                    }
                ),
            ],
            ignore_index=True,
        )
    palette = CATEGORICAL_CB if colour_blind_safe else CATEGORICAL
    colours = dict.fromkeys(frame.key, palette[0]) | {"_kabupaten": KABUPATEN_COLOUR}
    return count_chart(frame, t("inovasi_chart_kecamatan", lang), lang, large, colours)


def timeline_figure(
    timeline: pd.DataFrame, lang: Lang, large: bool = False, colour_blind_safe: bool = False
) -> go.Figure:
    """One row per dated innovation: a marker at its trial date and one at its
    implementation date, joined by a line when both are known.

    Dates are shown as years on the axis (month names would come out in English
    from plotly) and in full, in the UI language, on hover.
    """
    palette = CATEGORICAL_CB if colour_blind_safe else CATEGORICAL
    size = 16 if large else 12
    fig = go.Figure()
    both = timeline.dropna(subset=["uji_coba", "penerapan"]) if len(timeline) else timeline
    if len(both):
        xs: list[object] = []
        ys: list[object] = []
        for _, row in both.iterrows():
            xs += [row.uji_coba, row.penerapan, None]
            ys += [row.label, row.label, None]
        fig.add_trace(
            go.Scatter(
                x=xs,
                y=ys,
                mode="lines",
                line={"color": "#999999", "width": 3},
                hoverinfo="skip",
                showlegend=False,
            )
        )
    for column, symbol, colour, key in (
        ("uji_coba", "circle", palette[1], "inovasi_trial"),
        ("penerapan", "diamond", palette[2], "inovasi_implementation"),
    ):
        points = timeline[timeline[column].notna()] if len(timeline) else timeline
        # a kind of date nobody recorded still gets its legend entry (one empty point),
        # so the legend always explains both markers
        fig.add_trace(
            go.Scatter(
                x=list(points[column]) if len(points) else [None],
                y=list(points.label) if len(points) else [None],
                mode="markers",
                name=t(key, lang),
                marker={
                    "symbol": symbol,
                    "size": size,
                    "color": colour,
                    "line": {"width": 1, "color": "#333333"},
                },
                customdata=[format_date(d, lang) for d in points[column]] if len(points) else [""],
                hovertemplate="%{y}<br>" + t(key, lang) + ": %{customdata}<extra></extra>",
            )
        )
    dates = [d for column in ("uji_coba", "penerapan") for d in timeline[column] if d is not None]
    if dates:
        low, high = min(dates), max(dates)
        fig.update_xaxes(
            type="date",
            range=[date(low.year, 1, 1) - timedelta(days=60), date(high.year + 1, 1, 1) + timedelta(days=60)],
            tickformat="%Y",
            dtick="M12",
            showgrid=True,
            gridcolor="#e5e5e5",
        )
    # explicit category range: half a row of space above the first and below the last
    fig.update_yaxes(
        type="category",
        categoryorder="array",
        categoryarray=list(timeline.label),
        range=[len(timeline) - 0.5, -0.5],
        automargin=True,
        ticksuffix="  ",
    )
    per_row = 48 if large else 36
    _layout(fig, t("inovasi_chart_timeline", lang), max(220, 140 + per_row * len(timeline)), large)
    _legend_under_title(fig, large)
    return fig


def _legend_under_title(fig: go.Figure, large: bool) -> None:
    """A one-line legend between the title and the plot, where it never covers data."""
    fig.update_layout(
        showlegend=True,
        legend={
            "orientation": "h",
            "x": 0,
            "xanchor": "left",
            "y": 1.0,
            "yanchor": "bottom",
            "traceorder": "normal",
        },
        margin={"t": 90 if large else 76},
    )


def undated_figure(
    undated: pd.DataFrame, lang: Lang, large: bool = False, colour_blind_safe: bool = False
) -> go.Figure:
    """Undated innovations per reporting year, stacked by stage.

    Years are categories (not a numeric axis), so the ticks never read "2.020,5".
    """
    colours = tahapan_colours(colour_blind_safe)
    years = sorted({int(y) for y in undated.tahun.dropna()}) if len(undated) else []
    labels = [str(y) for y in years]
    fig = go.Figure()
    for stage in [*TAHAPAN_INOVASI, UNFILLED]:
        part = undated[undated.tahapan == stage] if len(undated) else undated
        if not len(part):
            continue
        by_year = {int(y): int(n) for y, n in zip(part.tahun, part.n, strict=True) if pd.notna(y)}
        fig.add_trace(
            go.Bar(
                x=labels,
                y=[by_year.get(y, 0) for y in years],
                name=value_label("tahapan", stage, lang),
                marker_color=NO_DATA_COLOUR if stage == UNFILLED else colours[stage],
                hovertemplate="%{x} · " + value_label("tahapan", stage, lang) + ": %{y}<extra></extra>",
            )
        )
    # one total above each bar: numbers inside thin stacked segments are unreadable (a text
    # trace, not annotations, so the category axis places it by the year's label)
    totals = undated.groupby("tahun").n.sum() if len(undated) else pd.Series(dtype=int)
    fig.add_trace(
        go.Scatter(
            x=labels,
            y=[int(totals[y]) for y in years],
            mode="text",
            text=[format_number(int(totals[y]), 0, lang) for y in years],
            textposition="top center",
            hoverinfo="skip",
            showlegend=False,
        )
    )
    top = int(totals.max()) if len(totals) else 1
    fig.update_xaxes(type="category", title=t("inovasi_axis_year", lang))
    fig.update_yaxes(title=t("inovasi_axis_count", lang), range=[0, top * 1.15], gridcolor="#e5e5e5")
    _layout(fig, t("inovasi_chart_undated", lang), 420 if large else 340, large)
    fig.update_layout(barmode="stack")
    _legend_under_title(fig, large)
    return fig
