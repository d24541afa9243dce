"""Static maps for paper: matplotlib drawing of the kecamatan, with the cartographic
furniture a printed map needs (scale bar, north arrow, coordinate grid, labels that do
not overlap).

The interactive maps are Leaflet in a browser; what leaves the screen (the investor
brief, the printed peta potensi) is drawn here with matplotlib's object API (no
pyplot: no global state, safe inside Streamlit's threads). Text is set in DejaVu Sans,
the TrueType font matplotlib ships in its own ``mpl-data``, so a bare CI machine
without system fonts renders the same file, Indonesian and English, ``Rp``, ``km²``
and ``°`` included; PDF output embeds it as TrueType (``pdf.fonttype`` 42) and SVG
output keeps text as text (``svg.fonttype`` none), so a printed map stays searchable.

Maps are drawn in longitude/latitude with the aspect corrected for the latitude
(1/cos φ): at Blitar's 8° S the distortion over 60 km is far below a line's width,
and the grid can then be labelled in degrees and minutes as Indonesian maps are.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import matplotlib
from matplotlib import patheffects
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import Polygon as PolygonPatch
from matplotlib.patches import Rectangle
from matplotlib.text import Annotation
from matplotlib.ticker import FuncFormatter

from potensi.core.formatting import format_number
from potensi.i18n import Lang, t
from potensi.viz.maps import Choropleth, Label
from potensi.viz.style import NO_DATA_COLOUR

#: DejaVu Sans from matplotlib's own data folder: no system font needed anywhere
FONT_DIR = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
FONT_FILES = {
    "": FONT_DIR / "DejaVuSans.ttf",
    "B": FONT_DIR / "DejaVuSans-Bold.ttf",
    "I": FONT_DIR / "DejaVuSans-Oblique.ttf",
    "BI": FONT_DIR / "DejaVuSans-BoldOblique.ttf",
}
#: kilometres per degree of latitude (mean; good to 0.5 % at Java's latitude)
KM_PER_DEGREE = 111.32
#: nice scale-bar lengths, km
NICE_KM = (0.5, 1, 2, 5, 10, 15, 20, 25, 50, 100, 200)
SITE_COLOUR = "#d7301f"
OUTLINE = "#4d4d4d"

RC = {
    "font.family": "DejaVu Sans",
    "pdf.fonttype": 42,  # TrueType, embedded: text extractable, renders anywhere
    "ps.fonttype": 42,
    "svg.fonttype": "none",  # text stays <text>, not paths
    "axes.unicode_minus": False,
}


@contextmanager
def print_style() -> Iterator[None]:
    """matplotlib settings of every printed map (fonts embedded, text kept as text)."""
    with matplotlib.rc_context(RC):
        yield


def new_figure(width_in: float, height_in: float, dpi: float = 100) -> Figure:
    """A figure with an Agg canvas attached (text extents measurable before saving)."""
    fig = Figure(figsize=(width_in, height_in), dpi=dpi)
    FigureCanvasAgg(fig)
    return fig


def aspect_for(latitude: float) -> float:
    """Axes aspect of a lon/lat map at ``latitude``: one km is as long east as north."""
    return 1 / math.cos(math.radians(latitude))


def km_to_lon_degrees(km: float, latitude: float) -> float:
    """Degrees of longitude spanning ``km`` at ``latitude``."""
    return km / (KM_PER_DEGREE * math.cos(math.radians(latitude)))


def nice_length(span_km: float) -> float:
    """A round scale-bar length near a quarter of the map's width."""
    target = span_km / 4
    return max((n for n in NICE_KM if n <= target), default=NICE_KM[0])


def draw_scale_bar(
    ax: Axes, lang: Lang, fontsize: float = 7, position: tuple[float, float] = (0.04, 0.04)
) -> float:
    """A four-segment black/white scale bar in kilometres at ``position`` (axes fraction);
    returns its length in km. Lengths are measured at the map's centre latitude."""
    x0, x1 = ax.get_xlim()
    y0, y1 = ax.get_ylim()
    latitude = (y0 + y1) / 2
    span = (x1 - x0) * KM_PER_DEGREE * math.cos(math.radians(latitude))
    length = nice_length(span)
    width = km_to_lon_degrees(length, latitude)
    left = x0 + position[0] * (x1 - x0)
    bottom = y0 + position[1] * (y1 - y0)
    height = (y1 - y0) * 0.012
    for i in range(4):
        ax.add_patch(
            Rectangle(
                (left + i * width / 4, bottom),
                width / 4,
                height,
                facecolor="black" if i % 2 == 0 else "white",
                edgecolor="black",
                linewidth=0.6,
                zorder=30,
            )
        )
    halo = [patheffects.withStroke(linewidth=2.5, foreground="white")]
    for i, frac in enumerate((0, 0.5, 1)):
        value = length * frac
        label = format_number(value, 0 if value == int(value) else 1, lang)
        if i == 2:
            label += " km"
        ax.text(
            left + frac * width,
            bottom + height * 1.6,
            label,
            ha="center",
            va="bottom",
            fontsize=fontsize,
            zorder=31,
            path_effects=halo,
        )
    return length


def draw_north_arrow(
    ax: Axes,
    lang: Lang,
    fontsize: float = 9,
    position: tuple[float, float] = (0.94, 0.86),
    size: float = 0.07,
) -> None:
    """A north arrow (half-filled triangle) with U (Utara) or N above, in axes fraction."""
    x, y = position
    half = size * 0.28
    common = {"transform": ax.transAxes, "zorder": 30, "linewidth": 0.8, "edgecolor": "black"}
    ax.add_patch(
        PolygonPatch([(x - half, y), (x, y + size), (x, y + size * 0.25)], facecolor="black", **common)
    )
    ax.add_patch(
        PolygonPatch([(x + half, y), (x, y + size), (x, y + size * 0.25)], facecolor="white", **common)
    )
    ax.text(
        x,
        y + size * 1.08,
        t("print_north", lang),
        transform=ax.transAxes,
        ha="center",
        va="bottom",
        fontsize=fontsize,
        fontweight="bold",
        zorder=30,
        path_effects=[patheffects.withStroke(linewidth=2.5, foreground="white")],
    )


def dms(value: float, axis: str, lang: Lang) -> str:
    """A coordinate as degrees and minutes with its hemisphere: 112°15′ BT, 8°05′ LS."""
    hemisphere = {
        ("x", True): "print_east",
        ("x", False): "print_west",
        ("y", True): "print_north_lat",
        ("y", False): "print_south",
    }[(axis, value >= 0)]
    whole = abs(value)
    degrees = int(whole)
    minutes = round((whole - degrees) * 60)
    if minutes == 60:
        degrees, minutes = degrees + 1, 0
    return f"{degrees}°{minutes:02d}′ {t(hemisphere, lang)}"


def draw_grid(ax: Axes, lang: Lang, fontsize: float = 7, step: float | None = None) -> None:
    """A graticule in degrees and minutes, labelled on all four sides of the frame."""
    x0, x1 = ax.get_xlim()
    if step is None:
        span = x1 - x0
        step = next((s for s in (1 / 12, 1 / 6, 0.25, 0.5, 1.0) if span / s <= 6), 1.0)
    for axis, (lo, hi) in (("x", ax.get_xlim()), ("y", ax.get_ylim())):
        first = math.ceil(lo / step) * step
        ticks = [first + i * step for i in range(int((hi - first) / step) + 1)]
        (ax.set_xticks if axis == "x" else ax.set_yticks)(ticks)
        formatter = FuncFormatter(lambda v, _p, a=axis: dms(v, a, lang))
        (ax.xaxis if axis == "x" else ax.yaxis).set_major_formatter(formatter)
    ax.tick_params(labelsize=fontsize, top=True, right=True, labeltop=True, labelright=True, direction="in")
    for label in ax.get_yticklabels():
        label.set_rotation(90)
        label.set_verticalalignment("center")
    ax.grid(True, color="#9e9e9e", linewidth=0.3, linestyle="--", zorder=0.5)


def class_labels(choropleth: Choropleth, lang: Lang) -> list[tuple[str, str]]:
    """The legend's (label, colour) rows: categories or class ranges, then no-data."""
    rows = []
    for value, label in (choropleth.categories or {}).items():
        rows.append((label, choropleth.classes.colour_of(value)))
    for low, high, colour in [] if choropleth.categories else choropleth.classes.ranges():
        low_text = format_number(low, choropleth.decimals, lang)
        high_text = format_number(high, choropleth.decimals, lang)
        rows.append((low_text if low_text == high_text else f"{low_text} – {high_text}", colour))
    if choropleth.values.isna().any() or not rows:
        rows.append((t("no_data", lang), NO_DATA_COLOUR))
    return rows


def draw_choropleth(ax: Axes, kecamatan: gpd.GeoDataFrame, choropleth: Choropleth, linewidth: float) -> None:
    """Fill each kecamatan with its class colour (no-data grey), outlines on top."""
    colours = [choropleth.classes.colour_of(choropleth.values.get(code)) for code in kecamatan.kode]
    kecamatan.plot(ax=ax, color=colours, edgecolor="white", linewidth=linewidth * 1.8, zorder=2)
    kecamatan.boundary.plot(ax=ax, color=OUTLINE, linewidth=linewidth, zorder=3)


def frame_to(ax: Axes, bounds: Sequence[float], margin: float = 0.04) -> None:
    """Fit the axes to ``bounds`` (minx, miny, maxx, maxy) plus a margin, aspect corrected."""
    minx, miny, maxx, maxy = bounds
    dx, dy = (maxx - minx) * margin, (maxy - miny) * margin
    ax.set_xlim(minx - dx, maxx + dx)
    ax.set_ylim(miny - dy, maxy + dy)
    ax.set_aspect(aspect_for((miny + maxy) / 2), adjustable="box")


# --------------------------------------------------------------------------- labels


@dataclass(frozen=True)
class PlacedLabel:
    """A label drawn on the map and the box it occupies (display pixels)."""

    text: str
    artist: Annotation
    box: tuple[float, float, float, float]  # x0, y0, x1, y1
    moved: bool


def _overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


#: where a label is tried, in multiples of its font size (points): centre first, then around
_OFFSETS = [(0.0, 0.0)] + [
    (r * math.cos(math.radians(a)), r * math.sin(math.radians(a)))
    for r in (1.0, 1.8, 2.6, 3.6)
    for a in (90, 270, 0, 180, 45, 135, 225, 315)
]


def place_labels(
    ax: Axes,
    labels: Sequence[Label],
    fontsize: float,
    city_fontsize: float | None = None,
    avoid: Sequence[tuple[float, float]] = (),
    avoid_radius: float = 3.0,
) -> list[PlacedLabel]:
    """Draw the labels so that no two boxes overlap: each starts at its pole of
    inaccessibility and, when it would touch a label already placed, moves around it
    (a thin leader line then points at the pole). Larger text (the city) is placed first.

    Boxes are measured with the figure's renderer, so the test that no label is covered
    measures the same boxes the file is drawn with. ``avoid`` are (lon, lat) points (the
    map's symbols) a label should not sit on, ``avoid_radius`` their half-size in points;
    a label that finds no free place away from them keeps its best place (it is drawn above
    them with a white halo, so it is still never covered).
    """
    fig = ax.figure
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    halo = [patheffects.Stroke(linewidth=max(1.5, fontsize * 0.35), foreground="white")]
    placed: list[PlacedLabel] = []
    radius = avoid_radius * fig.dpi / 72
    symbols = [
        (x - radius, y - radius, x + radius, y + radius)
        for x, y in (ax.transData.transform(point) for point in avoid)
    ]
    ordered = sorted(labels, key=lambda lab: lab.kind != "city")
    for label in ordered:
        size = city_fontsize or fontsize * 1.1 if label.kind == "city" else fontsize
        style = {"fontweight": "bold", "fontstyle": "italic"} if label.kind == "city" else {}
        chosen = None
        fallback = None
        for dx, dy in _OFFSETS:
            artist = _label_text(ax, label, (dx * size, dy * size), size, style)
            extent = artist.get_window_extent(renderer)
            box = (extent.x0, extent.y0, extent.x1, extent.y1)
            if not any(_overlaps(box, other.box) for other in placed):
                if not any(_overlaps(box, symbol) for symbol in symbols):
                    chosen = PlacedLabel(label.text, artist, box, (dx, dy) != (0.0, 0.0))
                    break
                fallback = fallback or (dx, dy)
            artist.remove()
        if chosen is None:  # nowhere free of symbols: the first place free of other names
            dx, dy = fallback or _OFFSETS[-1]
            artist = _label_text(ax, label, (dx * size, dy * size), size, style)
            extent = artist.get_window_extent(renderer)
            box = (extent.x0, extent.y0, extent.x1, extent.y1)
            chosen = PlacedLabel(label.text, artist, box, (dx, dy) != (0.0, 0.0))
        # the white halo is a second artist below the name: a halo drawn by the name's own
        # path effect turns the name into outlines, and a printed map's names must stay text
        halo_artist = _label_text(ax, label, chosen.artist.xyann, size, style)
        halo_artist.set_path_effects(halo)
        halo_artist.set_color("white")
        halo_artist.set_zorder(39.5)
        if chosen.moved:
            chosen.artist.arrow_patch = None
            ax.annotate(
                "",
                xy=(label.lon, label.lat),
                xytext=chosen.artist.xyann,
                textcoords="offset points",
                arrowprops={"arrowstyle": "-", "color": "#555555", "linewidth": 0.4, "shrinkB": 0},
                zorder=39,
            )
        placed.append(chosen)
    return placed


def _label_text(ax: Axes, label: Label, offset: tuple[float, float], size: float, style: dict) -> Annotation:
    """One map name as a text artist (kept as text in PDF and SVG)."""
    return ax.annotate(
        label.text.upper() if label.kind == "city" else label.text,
        xy=(label.lon, label.lat),
        xytext=offset,
        textcoords="offset points",
        ha="center",
        va="center",
        fontsize=size,
        color="#7f0000" if label.kind == "city" else "#1a1a1a",
        zorder=40,
        **style,
    )


def overlapping(placed: Sequence[PlacedLabel]) -> list[tuple[str, str]]:
    """Pairs of labels whose boxes overlap (empty when every name is readable)."""
    return [
        (a.text, b.text) for i, a in enumerate(placed) for b in placed[i + 1 :] if _overlaps(a.box, b.box)
    ]
