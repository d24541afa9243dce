"""The printed peta potensi: an A3 or A1 landscape wall map of the kecamatan, as vector
PDF or SVG.

It follows the layout of Indonesian thematic maps: the map in a frame with a coordinate
grid on the left; on the right a column with the title block, north arrow and scale,
legend (classes, unit, source and year; point layers; boundaries; the city enclave), an
inset locating the kabupaten in its province, the data sources and the agency's name and
logo with the print date. What it shows is the map page's view state (indicator, classes,
year, point layers, filters), so the file matches what was on screen.

Vector throughout: matplotlib with ``pdf.fonttype`` 42 (TrueType embedded) and
``svg.fonttype`` none, so every word (the 22 names, the legend, the sources) stays text,
searchable and sharp at any size.
"""

from __future__ import annotations

import io
import math
import textwrap
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import geopandas as gpd
import pandas as pd
import shapely
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from potensi.boundaries.context import province_kabupaten
from potensi.brief.document import region_name
from potensi.core.config import ENCLAVES, PROVINCES
from potensi.core.formatting import format_day, format_number
from potensi.core.layers import POINT_LAYERS
from potensi.core.store import Boundaries
from potensi.i18n import Lang, t
from potensi.views.state import ViewState, filter_rows, sidebar_choropleth
from potensi.viz.maps import MIN_ENCLAVE_DEG2, label_points
from potensi.viz.points import point_features
from potensi.viz.static_map import (
    KM_PER_DEGREE,
    PlacedLabel,
    class_labels,
    dms,
    draw_choropleth,
    draw_grid,
    draw_north_arrow,
    frame_to,
    new_figure,
    place_labels,
    print_style,
)

#: landscape paper sizes, mm
SIZES = {"A3": (420.0, 297.0), "A1": (841.0, 594.0)}
FORMATS = ("pdf", "svg")
MM = 1 / 25.4
#: marker of each point layer (shape tells the layers apart, colour the category)
MARKERS = {"potensi": "o", "peluang": "D", "inovasi": "^"}
CITY_FILL = "#fbe3e3"
CITY_EDGE = "#7f0000"
#: inner padding of the right column, points (A3)
PAD = 6


@dataclass
class Poster:
    """The drawn figure and the labels placed on it (for the overlap check)."""

    figure: Figure
    labels: list[PlacedLabel]
    inset: bool


def enclave_of(kecamatan: gpd.GeoDataFrame) -> tuple[str, shapely.Geometry] | None:
    """The city enclosed by the kabupaten (name, polygon of the hole), if any."""
    kabupaten = {str(k)[:5] for k in kecamatan.kode}
    city = ENCLAVES.get(next(iter(kabupaten))) if len(kabupaten) == 1 else None
    if city is None:
        return None
    whole = shapely.coverage_union_all(kecamatan.geometry.to_numpy())
    holes = [
        shapely.Polygon(ring)
        for part in getattr(whole, "geoms", [whole])
        for ring in part.interiors
        if shapely.Polygon(ring).area >= MIN_ENCLAVE_DEG2
    ]
    return (city, max(holes, key=lambda h: h.area)) if holes else None


class _Column:
    """Text and swatches stacked down a panel axes, measured in points from its top."""

    def __init__(self, ax: Axes, scale: float) -> None:
        self.ax = ax
        self.scale = scale
        box = ax.get_window_extent()
        dpi = ax.figure.dpi
        self.width_pt = box.width / dpi * 72
        self.height_pt = box.height / dpi * 72
        self.y = 0.0
        ax.set_xlim(0, 1)
        ax.set_ylim(0, 1)
        ax.set_axis_off()

    def _yfrac(self, y_pt: float) -> float:
        return 1 - y_pt / self.height_pt

    def _xfrac(self, x_pt: float) -> float:
        return x_pt / self.width_pt

    def text(
        self,
        text: str,
        size: float,
        bold: bool = False,
        indent: float = 0,
        colour: str = "black",
        centre: bool = False,
    ) -> None:
        size *= self.scale
        chars = max(10, int((self.width_pt - (indent + 2 * PAD) * self.scale) / (size * 0.55)))
        for line in textwrap.wrap(text, chars) or [""]:
            self.y += size * 1.3
            self.ax.text(
                0.5 if centre else self._xfrac((indent + PAD) * self.scale),
                self._yfrac(self.y),
                line,
                fontsize=size,
                fontweight="bold" if bold else "normal",
                ha="center" if centre else "left",
                va="baseline",
                color=colour,
            )

    def gap(self, points: float) -> None:
        self.y += points * self.scale

    def swatch(
        self,
        label: str,
        size: float,
        fill: str | None = None,
        marker: str | None = None,
        colour: str = "black",
        line: str | None = None,
        hatch: str | None = None,
    ) -> None:
        """One legend row: a box (fill), a marker or a line, then its label."""
        size *= self.scale
        row = size * 1.55
        self.y += row
        y = self._yfrac(self.y - size * 0.35)
        w, h = self._xfrac(size * 1.8), size * 1.0 / self.height_pt
        x = self._xfrac((4 + PAD) * self.scale)
        if fill is not None:
            self.ax.add_patch(
                Rectangle(
                    (x, y - h / 2),
                    w,
                    h,
                    facecolor=fill,
                    edgecolor="#666666",
                    linewidth=0.4 * self.scale,
                    hatch=hatch,
                )
            )
        elif marker is not None:
            self.ax.plot(
                [x + w / 2],
                [y],
                marker=marker,
                color=colour,
                markersize=size * 0.8,
                markeredgecolor="white",
                markeredgewidth=0.4 * self.scale,
                linestyle="none",
            )
        elif line is not None:
            self.ax.plot([x, x + w], [y, y], color=line, linewidth=colour_width(colour, self.scale))
        self.ax.text(x + w + self._xfrac(size * 0.6), y, label, fontsize=size, va="center", ha="left")

    def rule(self) -> None:
        self.gap(4)
        self.ax.plot([0, 1], [self._yfrac(self.y)] * 2, color="black", linewidth=0.6 * self.scale)
        self.gap(2)


def colour_width(spec: str, scale: float) -> float:
    """Line width of a legend line: "thick" kabupaten boundary, else thin."""
    return (1.6 if spec == "thick" else 0.6) * scale


def poster_figure(
    boundaries: Boundaries,
    data: Mapping[str, pd.DataFrame],
    state: ViewState,
    size: str = "A3",
    agency_name: str | None = None,
    agency_logo: Path | None = None,
    today: date | None = None,
) -> Poster:
    """Draw the poster of ``state`` (indicator, classes, year, layers, filters, language)."""
    if size not in SIZES:
        raise ValueError(f"size must be one of {', '.join(SIZES)}")
    lang: Lang = state.lang  # type: ignore[assignment]
    today = today or date.today()
    width_mm, height_mm = SIZES[size]
    scale = width_mm / SIZES["A3"][0]
    kecamatan = boundaries.kecamatan
    kabupaten_name = region_name(str(boundaries.kabupaten.nama.iloc[0]))
    region = str(boundaries.kabupaten.kode.iloc[0])
    province = PROVINCES.get(region[:2], "")
    choropleth = sidebar_choropleth(state.with_(present=False), kecamatan, data)

    fig = new_figure(width_mm * MM, height_mm * MM, dpi=100)
    margin = 10 * scale / width_mm
    panel_w = 105 / SIZES["A3"][0]
    # neatline around everything
    fig.add_artist(
        Rectangle(
            (5 * scale / width_mm, 5 * scale / height_mm),
            1 - 10 * scale / width_mm,
            1 - 10 * scale / height_mm,
            transform=fig.transFigure,
            fill=False,
            linewidth=1.2 * scale,
            edgecolor="black",
        )
    )
    top_margin = 14 * scale / height_mm
    map_ax = fig.add_axes(
        (
            margin + 12 * scale / width_mm,
            top_margin,
            1 - panel_w - margin * 2 - 16 * scale / width_mm,
            1 - 2 * top_margin,
        )
    )

    # ---- the map
    draw_choropleth(map_ax, kecamatan, choropleth, linewidth=0.5 * scale)
    if "desa" in state.layers:
        boundaries.desa.boundary.plot(ax=map_ax, color="#7a7a7a", linewidth=0.2 * scale, zorder=3.5)
    boundaries.kabupaten.boundary.plot(ax=map_ax, color="black", linewidth=1.6 * scale, zorder=4)
    enclave = enclave_of(kecamatan)
    if enclave is not None:
        gpd.GeoSeries([enclave[1]], crs=kecamatan.crs).plot(
            ax=map_ax,
            facecolor=CITY_FILL,
            edgecolor=CITY_EDGE,
            linewidth=0.8 * scale,
            hatch="///",
            zorder=4.5,
        )
    layers = [layer for layer in state.layers if layer in POINT_LAYERS]
    features = []
    for layer in layers:
        rows = filter_rows(POINT_LAYERS[layer], data.get(POINT_LAYERS[layer], pd.DataFrame()), state)
        found = point_features(layer, rows, boundaries, lang, "/profil")
        features.append(found)
        colours = [c for _label, c in found.data["cats"]]
        for row in found.data["rows"]:
            colour = colours[row[2]] if row[2] >= 0 else "#555555"
            map_ax.plot(
                row[0],
                row[1],
                marker=MARKERS[layer],
                color=colour,
                markersize=5.5 * scale,
                markeredgecolor="white",
                markeredgewidth=0.5 * scale,
                linestyle="none",
                zorder=20,
            )
    frame_to(map_ax, kecamatan.total_bounds, margin=0.06)
    map_ax.set_aspect(map_ax.get_aspect(), adjustable="datalim")
    fig.canvas.draw()  # settle the data limits before measuring anything
    draw_grid(map_ax, lang, fontsize=6.5 * scale)
    symbols = [(row[0], row[1]) for found in features for row in found.data["rows"]]
    labels = place_labels(
        map_ax,
        label_points(kecamatan),
        fontsize=7.5 * scale,
        city_fontsize=8.5 * scale,
        avoid=symbols,
        avoid_radius=3 * scale,
    )
    map_ax.set_xlabel("")
    map_ax.set_ylabel("")
    for spine in map_ax.spines.values():
        spine.set_linewidth(0.9 * scale)

    # ---- the right column
    panel_x = 1 - margin - panel_w
    panel = fig.add_axes((panel_x, top_margin, panel_w - 4 * scale / width_mm, 1 - 2 * top_margin))
    col = _Column(panel, scale)
    panel.add_patch(Rectangle((0, 0), 1, 1, fill=False, linewidth=0.9 * scale, transform=panel.transAxes))
    col.gap(4)
    col.text(t("poster_title", lang), 15, bold=True, centre=True)
    col.text(choropleth.title.upper(), 10.5, bold=True, centre=True)
    col.text(t("poster_region", lang, kabupaten=kabupaten_name.upper()), 11, bold=True, centre=True)
    if province:
        col.text(t("poster_province", lang, province=province.upper()), 9.5, centre=True)
    col.rule()

    # north arrow and scale, side by side under the title
    x0, x1 = map_ax.get_xlim()
    y0, y1 = map_ax.get_ylim()
    latitude = (y0 + y1) / 2
    map_width_mm = map_ax.get_window_extent().width / fig.dpi * 25.4
    ground_km = (x1 - x0) * KM_PER_DEGREE * math.cos(math.radians(latitude))
    denominator = round(ground_km * 1e6 / map_width_mm / 1000) * 1000
    arrow_top = col.y
    draw_north_arrow(
        panel, lang, fontsize=9 * scale, position=(0.12, col._yfrac(arrow_top + 48 * scale)), size=0.05
    )
    _scale_bar(panel, col, lang, km_per_mm=ground_km / map_width_mm, scale=scale, top=arrow_top)
    col.y = arrow_top + 58 * scale
    col.text(t("poster_scale", lang, n=format_number(denominator, 0, lang), size=size), 7, indent=4)
    col.text(t("poster_projection", lang), 6.5, indent=4, colour="#333333")
    col.rule()

    # legend
    col.text(t("poster_legend", lang), 9.5, bold=True)
    unit = f" ({choropleth.unit})" if choropleth.unit else ""
    col.text(f"{choropleth.title}{unit}", 7.5, bold=True, indent=4)
    if choropleth.example:
        col.text(t("print_example_badge", lang), 7, bold=True, indent=4, colour="#b00020")
    for label, colour in class_labels(choropleth, lang):
        col.swatch(label, 7, fill=colour)
    col.text(choropleth.source, 6, indent=4, colour="#333333")
    for found in features:
        if not found.legend:
            continue
        col.gap(2)
        col.text(t(f"maplayer_{found.layer}", lang), 7.5, bold=True, indent=4)
        for label, colour in found.legend:
            col.swatch(label, 7, marker=MARKERS[found.layer], colour=colour)
    col.gap(2)
    col.swatch(t("print_kabupaten_boundary", lang), 7, line="black", colour="thick")
    col.swatch(t("print_kecamatan_boundary", lang), 7, line="#4d4d4d", colour="thin")
    if "desa" in state.layers:
        col.swatch(t("print_desa_boundary", lang), 7, line="#7a7a7a", colour="thin")
    if enclave is not None:
        col.swatch(t("print_city", lang, name=enclave[0]), 7, fill=CITY_FILL, hatch="///")
    col.rule()

    # inset
    province_frame = province_kabupaten(region)
    inset_h = 105 * scale
    if province_frame is not None and province:
        col.text(t("poster_inset_title", lang, kabupaten=kabupaten_name, province=province), 7, bold=True)
        top = col._yfrac(col.y + 2 * scale)
        bottom = col._yfrac(col.y + inset_h)
        pos = panel.get_position()
        inset = fig.add_axes(
            (
                pos.x0 + pos.width * 0.05,
                pos.y0 + pos.height * bottom,
                pos.width * 0.9,
                pos.height * (top - bottom),
            )
        )
        province_frame.plot(ax=inset, color="#eeeeee", edgecolor="#8c8c8c", linewidth=0.3 * scale)
        here = province_frame[province_frame.kode == region]
        here.plot(ax=inset, color="#d7301f", edgecolor="black", linewidth=0.4 * scale)
        frame_to(inset, province_frame.total_bounds, margin=0.02)
        inset.set_aspect(inset.get_aspect(), adjustable="datalim")
        inset.set_xticks([])
        inset.set_yticks([])
        inset.set_xlabel("")
        inset.set_ylabel("")
        for spine in inset.spines.values():
            spine.set_linewidth(0.6 * scale)
        col.y += inset_h
    else:
        col.text(t("poster_no_inset", lang), 6.5, colour="#b00020")
    col.rule()

    # sources
    col.text(t("poster_sources_heading", lang), 8, bold=True)
    col.text(t("poster_source_indicator", lang, title=choropleth.title, source=choropleth.source), 6)
    for found in features:
        examples = sum(1 for row in found.data["rows"] if row[7])
        col.text(
            t(
                "poster_source_points",
                lang,
                layer=t(f"maplayer_{found.layer}", lang),
                n=format_number(found.count, 0, lang),
                example=t("poster_example_points", lang, n=format_number(examples, 0, lang))
                if examples
                else "",
            ),
            6,
        )
    if features:
        col.text(t("poster_approx_note", lang), 6, colour="#333333")
    col.text(t("source_boundaries", lang, commit=str(boundaries.kabupaten.commit_sumber.iloc[0])[:10]), 6)
    col.rule()

    # agency, logo and date at the foot of the column
    agency = agency_name or t("poster_agency_default", lang, kabupaten=kabupaten_name)
    pos = panel.get_position()
    logo_h = 16 * scale / height_mm
    logo_ax = fig.add_axes((pos.x0 + pos.width * 0.04, pos.y0 + 0.012, pos.width * 0.2, logo_h))
    logo_ax.set_axis_off()
    if agency_logo is not None and Path(agency_logo).is_file():
        import matplotlib.image as mpimg

        logo_ax.imshow(mpimg.imread(str(agency_logo)))
        logo_ax.set_aspect("equal")
    else:
        logo_ax.add_patch(
            Rectangle((0, 0), 1, 1, fill=False, linestyle="--", edgecolor="#999999", linewidth=0.5 * scale)
        )
        logo_ax.text(
            0.5,
            0.5,
            t("poster_logo_space", lang),
            ha="center",
            va="center",
            fontsize=6 * scale,
            color="#999999",
        )
    panel.text(0.28, 0.052, agency, fontsize=8 * scale, fontweight="bold", va="center", ha="left", wrap=True)
    panel.text(
        0.28,
        0.018,
        t("poster_printed", lang, date=format_day(today, lang)),
        fontsize=6.5 * scale,
        va="center",
    )
    return Poster(fig, labels, province_frame is not None)


def _scale_bar(panel: Axes, col: _Column, lang: Lang, km_per_mm: float, scale: float, top: float) -> None:
    """A black/white bar of a round length, true to the map's scale on paper."""
    from potensi.viz.static_map import nice_length

    panel_mm = col.width_pt / 72 * 25.4
    length = nice_length(panel_mm * 0.55 * km_per_mm * 4) if km_per_mm > 0 else 10
    bar_mm = length / km_per_mm
    x0 = 0.3
    width = bar_mm / panel_mm
    y = col._yfrac(top + 34 * scale)
    h = 3.2 * scale / col.height_pt
    for i in range(4):
        panel.add_patch(
            Rectangle(
                (x0 + i * width / 4, y),
                width / 4,
                h,
                facecolor="black" if i % 2 == 0 else "white",
                edgecolor="black",
                linewidth=0.5 * scale,
            )
        )
    for frac in (0, 0.5, 1):
        value = length * frac
        text = format_number(value, 0 if value == int(value) else 1, lang) + (" km" if frac == 1 else "")
        panel.text(x0 + frac * width, y + h * 1.6, text, ha="center", va="bottom", fontsize=6.5 * scale)


def render_poster(poster: Poster, fmt: str) -> bytes:
    """The poster as PDF or SVG bytes (vector, text as text)."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    buffer = io.BytesIO()
    with print_style():
        poster.figure.savefig(buffer, format=fmt, facecolor="white", metadata=_metadata(fmt))
    return buffer.getvalue()


def _metadata(fmt: str) -> dict[str, str]:
    return {"Creator": "Peta Potensi (matplotlib)"} if fmt == "pdf" else {"Creator": "Peta Potensi"}


def make_poster(
    boundaries: Boundaries,
    data: Mapping[str, pd.DataFrame],
    state: ViewState,
    size: str = "A3",
    fmt: str = "pdf",
    agency_name: str | None = None,
    agency_logo: Path | None = None,
    today: date | None = None,
) -> bytes:
    """Draw and write the poster in one call (CLI and the map page)."""
    with print_style():
        poster = poster_figure(boundaries, data, state, size, agency_name, agency_logo, today)
        return render_poster(poster, fmt)


__all__ = ["FORMATS", "SIZES", "Poster", "dms", "make_poster", "poster_figure", "render_poster"]
