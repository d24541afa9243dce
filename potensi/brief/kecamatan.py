"""The investor brief of one kecamatan: its headline figures with source and year, its
desa on a map, where it stands among the kecamatan, what it offers (potentials,
opportunities, innovations) and the analysis results saved for it.

Every figure and table comes from the profile's presenter (:mod:`potensi.views.profil`),
so the brief and the Profil page cannot disagree; this module lays them out on A4.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

import pandas as pd

from potensi.brief.document import RED, BriefDocument, region_name
from potensi.brief.maps import kecamatan_map
from potensi.core.errors import PotensiError
from potensi.core.formatting import format_number
from potensi.core.store import Boundaries
from potensi.data.indicators import INDIKATOR_PREFIX
from potensi.i18n import Lang, t
from potensi.views import profil as pf
from potensi.views.analisis.hierarki import CENTRALITY_KEY
from potensi.views.analisis.indeks import INDEX_KEY
from potensi.views.analisis.komoditas import LQ_PREFIX
from potensi.views.state import ViewState

#: indikator keys that are results of the Analisis page saved into the store: the composite
#: index, Marshall's centrality index, and each commodity's LQ (``lq_<komoditas>``)
ANALYSIS_KEYS = (INDEX_KEY, CENTRALITY_KEY)


def is_analysis_result(key: str) -> bool:
    """Whether a rank indicator is a saved analysis result rather than a statistic."""
    name = key.removeprefix(INDIKATOR_PREFIX)
    return key.startswith(INDIKATOR_PREFIX) and (name in ANALYSIS_KEYS or name.startswith(LQ_PREFIX))


def page_url(base_url: str, code: str, lang: Lang) -> str:
    """The kecamatan's profile on the dashboard (what the QR code opens)."""
    return f"{base_url.rstrip('/')}/profil?kecamatan={code}&lang={lang}"


def listing_rows(listing: pf.ListTable, lang: Lang) -> tuple[list[str], list[list[str]], list[int]]:
    """A profile list as plain text rows: links named by publisher and title, the example
    flag kept; returns (header, rows, indices of example rows)."""
    frame = listing.frame
    example_col = t("profil_col_contoh", lang)
    header = [str(c) for c in frame.columns if c != example_col]
    rows, red = [], []
    for i, (_, record) in enumerate(frame.iterrows()):
        cells = []
        for column in header:
            value = record[column]
            text = "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)
            if column in listing.link_columns and text:
                text = listing.link_labels.get(text, text)
            cells.append(text)
        if example_col in frame.columns and record[example_col]:
            red.append(i)
            cells[0] = f"{cells[0]} · {t('print_example_badge', lang)}"
        rows.append(cells)
    return header, rows, red


def _widths(header: Sequence[str], rows: Sequence[Sequence[str]], total: float = 180) -> list[float]:
    """Column widths by how much each column says (mean text length, at least its longest
    word so no word breaks, at most 60 characters): a long description gets the room."""
    weights = []
    for i, title in enumerate(header):
        cells = [str(row[i]) for row in rows]
        words = [len(w) for text in [title, *cells] for w in text.split()] or [0]
        mean = sum(len(c) for c in cells) / max(1, len(cells))
        weights.append(min(60.0, max(8.0, max(words) * 1.1, mean)))
    return [total * w / sum(weights) for w in weights]


def kecamatan_brief(
    code: str,
    boundaries: Boundaries,
    data: Mapping[str, pd.DataFrame],
    lang: Lang,
    base_url: str | None,
    indicators: Sequence[str] | None = None,
    today: date | None = None,
) -> bytes:
    """The A4 PDF brief of kecamatan ``code`` in ``lang``.

    ``indicators`` narrows the rank table to the chosen indicator keys (all the store can
    rank by default). Raises :class:`PotensiError` for a code not in the store.
    """
    names = dict(zip(boundaries.kecamatan.kode, boundaries.kecamatan.nama, strict=True))
    if code not in names:
        raise PotensiError(t("brief_unknown_kecamatan", lang, code=code))
    name = names[code]
    kabupaten = region_name(str(boundaries.kabupaten.nama.iloc[0]))
    commit = str(boundaries.kabupaten.commit_sumber.iloc[0])[:10]
    desa_names = dict(zip(boundaries.desa.kode, boundaries.desa.nama, strict=True))
    year = pf.boundary_year(boundaries.kabupaten)
    figures = pf.headline_figures(code, boundaries, data, lang)
    ranks = pf.rank_items(code, boundaries.kecamatan, data, lang, year)
    shown = {
        layer: pf.rows_here(data, layer, code, ViewState(lang=lang))[0]
        for layer in ("potensi", "peluang_investasi", "inovasi")
    }
    examples = pf.examples_shown(figures, ranks, shown)

    title = t("brief_kecamatan_title", lang, name=name)
    doc = BriefDocument(lang, t("brief_kind_kecamatan", lang, kabupaten=kabupaten), title, today)
    doc.add_page()
    doc.title_block(title, t("profil_subtitle", lang, code=code, kabupaten=boundaries.kabupaten.nama.iloc[0]))
    if examples:
        doc.badges([(t("print_example_badge", lang), RED, (255, 255, 255))])
        doc.warning(t("brief_example_kecamatan", lang, n=examples))

    top = doc.get_y()
    map_width = 100
    map_bottom = doc.image_bytes(kecamatan_map(boundaries, code, lang), map_width, 120, x=doc.l_margin, y=top)
    side_x = doc.l_margin + map_width + 6
    side_w = doc.w - doc.r_margin - side_x
    doc.set_xy(side_x, top)
    for figure in figures:
        doc.set_x(side_x)
        doc.set_font("DejaVu", "", 8)
        doc.set_text_color(90, 90, 90)
        doc.multi_cell(side_w, 4, figure.title, align="L", new_x="LEFT", new_y="NEXT")
        doc.set_font("DejaVu", "B", 12)
        doc.set_text_color(*(RED if figure.examples else (0, 0, 0)))
        flag = f" · {t('print_example_badge', lang)}" if figure.examples else ""
        doc.multi_cell(side_w, 5.5, f"{figure.number}{flag}", align="L", new_x="LEFT", new_y="NEXT")
        doc.set_text_color(0, 0, 0)
        doc.ln(0.6)
    if base_url:
        doc.ln(1)
    doc.page_link(page_url(base_url, code, lang) if base_url else None, side_x, side_w, 26)
    doc.set_xy(doc.l_margin, max(map_bottom, doc.get_y()) + 2)
    desa_count = int((boundaries.desa.kode_kec == code).sum())
    doc.paragraph(
        t(
            "brief_map_caption_kecamatan",
            lang,
            name=name,
            n=desa_count,
            source=t("brief_boundary_source", lang, commit=commit),
        ),
        7.5,
        (90, 90, 90),
    )

    doc.heading(t("brief_headline_heading", lang))
    doc.table(
        (
            t("brief_col_item", lang),
            t("brief_col_value", lang),
            t("brief_col_year", lang),
            t("brief_col_source", lang),
        ),
        [
            (
                figure.title,
                figure.number + (f" · {t('print_example_badge', lang)}" if figure.examples else ""),
                figure.year,
                " · ".join(p for p in (pf.cite(figure, lang), figure.note) if p),
            )
            for figure in figures
        ],
        (40, 30, 22, 88),
        red_rows=[i for i, f in enumerate(figures) if f.examples],
    )

    chosen = [r for r in ranks if indicators is None or r.key in indicators]
    table = pf.rank_table(code, boundaries.kecamatan, data, lang, year, chosen)
    doc.heading(t("brief_rank_heading", lang, n=format_number(len(names), 0, lang)))
    if not table.empty:
        doc.table(
            [str(c) for c in table.columns],
            [[str(v) for v in row] for row in table.itertuples(index=False)],
            (44, 30, 40, 14, 52),
            size=7.5,
            red_rows=[i for i, r in enumerate(chosen) if r.example],
        )
    doc.paragraph(t("brief_rank_note", lang), 7.5, (90, 90, 90))

    lists = (
        ("potensi", "profil_potensi_heading", pf.potensi_table(shown["potensi"], desa_names, lang)),
        (
            "peluang_investasi",
            "profil_peluang_heading",
            pf.peluang_table(shown["peluang_investasi"], desa_names, lang),
        ),
        (
            "inovasi",
            "profil_inovasi_heading",
            pf.inovasi_table(shown["inovasi"], data.get("opd", pd.DataFrame()), lang),
        ),
    )
    for layer, heading, listing in lists:
        doc.heading(t(heading, lang, n=format_number(len(shown[layer]), 0, lang)))
        if listing.frame.empty:
            doc.paragraph(t("brief_none", lang), 8.5, (90, 90, 90))
            continue
        header, rows, red = listing_rows(listing, lang)
        doc.table(header, rows, _widths(header, rows), size=7.5, red_rows=red, bold_first=False)

    doc.heading(t("brief_analysis_heading", lang))
    results = [r for r in ranks if is_analysis_result(r.key)]
    if results:
        analysis = pf.rank_table(code, boundaries.kecamatan, data, lang, year, results)
        doc.table(
            [str(c) for c in analysis.columns],
            [[str(v) for v in row] for row in analysis.itertuples(index=False)],
            (44, 30, 40, 14, 52),
            size=7.5,
        )
    else:
        doc.paragraph(t("brief_analysis_none", lang), 8.5, (90, 90, 90))

    doc.heading(t("brief_sources_heading", lang))
    for figure in figures:
        doc.paragraph(f"{figure.label}: {pf.cite(figure, lang)}", 8)
    doc.paragraph(t("brief_map_source", lang, source=t("brief_boundary_source", lang, commit=commit)), 8)
    if examples:
        doc.ln(1)
        doc.paragraph(t("brief_example_kecamatan", lang, n=examples), 8, RED)
    return bytes(doc.output())
