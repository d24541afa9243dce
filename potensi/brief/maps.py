"""The brief's location maps as PNG: the kecamatan among its neighbours with the site
marked (an opportunity), or the kecamatan with its desa named (a kecamatan profile).

Raster, not vector: a 200 dpi PNG of a 10 cm map is a few hundred kB and keeps the
brief far under its 2 MB budget; the map's words that matter (names, sources) are
repeated in the brief's text.
"""

from __future__ import annotations

import io

import geopandas as gpd

from potensi.core.store import Boundaries
from potensi.i18n import Lang, t
from potensi.viz.maps import Label, label_pole
from potensi.viz.static_map import (
    OUTLINE,
    SITE_COLOUR,
    draw_north_arrow,
    draw_scale_bar,
    frame_to,
    new_figure,
    place_labels,
    print_style,
)

DPI = 200
HIGHLIGHT = "#fde0b2"
CONTEXT = "#f2f2f2"


def _png(fig) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI, bbox_inches="tight", pad_inches=0.02, facecolor="white")
    return buffer.getvalue()


def _kecamatan_base(ax, boundaries: Boundaries, code: str, lang: Lang, label_desa: bool) -> gpd.GeoDataFrame:
    kecamatan = boundaries.kecamatan
    own = kecamatan[kecamatan.kode == code]
    desa = boundaries.desa[boundaries.desa.kode_kec == code]
    kecamatan.plot(ax=ax, color=CONTEXT, edgecolor="#9e9e9e", linewidth=0.5, zorder=1)
    own.plot(ax=ax, color=HIGHLIGHT, edgecolor="none", zorder=2)
    desa.boundary.plot(ax=ax, color="#8c8c8c", linewidth=0.35, zorder=3)
    own.boundary.plot(ax=ax, color=OUTLINE, linewidth=1.2, zorder=4)
    return desa


def site_map(
    boundaries: Boundaries, code: str, lang: Lang, site: tuple[float, float] | None, approx: str | None
) -> bytes:
    """The kecamatan ``code`` shaded among its neighbours (named), desa lines, the site
    as a red star (``site`` = lon, lat), scale bar and north arrow."""
    with print_style():
        fig = new_figure(4.2, 4.2, DPI)
        ax = fig.add_axes((0, 0, 1, 1))
        _kecamatan_base(ax, boundaries, code, lang, label_desa=False)
        own = boundaries.kecamatan[boundaries.kecamatan.kode == code]
        minx, miny, maxx, maxy = own.total_bounds
        pad = max(maxx - minx, maxy - miny) * 0.35
        frame_to(ax, (minx - pad, miny - pad, maxx + pad, maxy + pad), margin=0)
        x0, x1 = ax.get_xlim()
        y0, y1 = ax.get_ylim()
        inside = boundaries.kecamatan.cx[x0:x1, y0:y1]
        labels = [
            Label(*label_pole(g), str(n))
            for g, n, k in zip(inside.geometry, inside.nama, inside.kode, strict=True)
            if x0 <= label_pole(g)[1] <= x1 and y0 <= label_pole(g)[0] <= y1
        ]
        if site is not None:
            ax.plot(
                *site,
                marker="*",
                markersize=15,
                color=SITE_COLOUR,
                markeredgecolor="white",
                markeredgewidth=0.8,
                zorder=45,
            )
            text = t("print_site_approx", lang, where=approx) if approx else t("print_site", lang)
            ax.legend(
                handles=ax.lines[-1:],
                labels=[text],
                loc="upper left",
                fontsize=6.5,
                framealpha=0.9,
            )
        place_labels(ax, [lab for lab in labels], fontsize=6.5)
        draw_scale_bar(ax, lang, fontsize=6)
        draw_north_arrow(ax, lang, fontsize=8, position=(0.92, 0.84), size=0.08)
        ax.set_axis_off()
        for spine in ax.spines.values():
            spine.set_visible(True)
        return _png(fig)


def kecamatan_map(boundaries: Boundaries, code: str, lang: Lang) -> bytes:
    """The kecamatan with its desa named, neighbours in grey, scale bar and north arrow."""
    with print_style():
        fig = new_figure(4.6, 4.6, DPI)
        ax = fig.add_axes((0, 0, 1, 1))
        desa = _kecamatan_base(ax, boundaries, code, lang, label_desa=True)
        own = boundaries.kecamatan[boundaries.kecamatan.kode == code]
        minx, miny, maxx, maxy = own.total_bounds
        pad = max(maxx - minx, maxy - miny) * 0.08
        frame_to(ax, (minx - pad, miny - pad, maxx + pad, maxy + pad), margin=0)
        labels = [Label(*label_pole(g), str(n)) for g, n in zip(desa.geometry, desa.nama, strict=True)]
        place_labels(ax, labels, fontsize=5.5)
        draw_scale_bar(ax, lang, fontsize=6)
        draw_north_arrow(ax, lang, fontsize=8, position=(0.92, 0.84), size=0.08)
        ax.set_axis_off()
        return _png(fig)
