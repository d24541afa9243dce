"""The A4 page of a brief: fonts, header line, footer with page numbers and date, and
the few building blocks a brief is made of (headings, a figure table with sources,
a red DATA CONTOH box, an image, a QR code).

fpdf2 writes the PDF in pure Python and embeds TrueType fonts as subsets
(``/FontFile2``), so the file reads the same on an investor's laptop without our
fonts installed. The font is DejaVu Sans from matplotlib's data folder (the same the
maps use): Indonesian and English, ``Rp``, ``km²``, ``≈`` and ``★`` all render.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date

import segno
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace

from potensi.core.formatting import format_day
from potensi.i18n import Lang, t
from potensi.viz.static_map import FONT_FILES

FONT = "DejaVu"
RED = (176, 0, 32)
GREY = (90, 90, 90)
LIGHT = (240, 240, 240)


class BriefDocument(FPDF):
    """An A4 portrait document with the brief's header and footer on every page."""

    def __init__(self, lang: Lang, kind_line: str, title: str, today: date | None = None) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.ui_lang = lang
        self.kind_line = kind_line
        self.brief_title = title
        self.today = today or date.today()
        for style, path in FONT_FILES.items():
            self.add_font(FONT, style=style, fname=str(path))
        self.set_margins(15, 15, 15)
        self.set_auto_page_break(True, margin=18)
        self.set_title(title)
        self.set_author("Peta Potensi")
        self.set_creator("Peta Potensi (fpdf2)")
        self.set_lang("id-ID" if lang == "id" else "en-GB")
        self.alias_nb_pages("{nb}")

    # ------------------------------------------------------------------ page furniture

    def header(self) -> None:
        """The kind of brief and the region, small, above a rule."""
        self.set_font(FONT, "", 8)
        self.set_text_color(*GREY)
        self.cell(0, 5, self.kind_line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(180, 180, 180)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(3)
        self.set_text_color(0, 0, 0)

    def footer(self) -> None:
        """Generation date on the left, "Halaman 1 dari 2" on the right."""
        self.set_y(-12)
        self.set_font(FONT, "", 7.5)
        self.set_text_color(*GREY)
        generated = t("print_generated", self.ui_lang, date=format_day(self.today, self.ui_lang))
        self.cell(0, 5, generated, align="L")
        self.set_x(self.l_margin)
        page = t("brief_page", self.ui_lang, page=self.page_no(), total="{nb}")
        self.cell(0, 5, page, align="R")
        self.set_text_color(0, 0, 0)

    # ------------------------------------------------------------------ blocks

    @property
    def width(self) -> float:
        """Usable width between the margins, mm."""
        return self.w - self.l_margin - self.r_margin

    def title_block(self, title: str, subtitle: str | None) -> None:
        """The brief's title, large, and a grey line under it."""
        self.set_font(FONT, "B", 17)
        self.multi_cell(0, 8, title, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if subtitle:
            self.set_font(FONT, "", 10)
            self.set_text_color(*GREY)
            self.multi_cell(0, 5, subtitle, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_text_color(0, 0, 0)
        self.ln(1)

    def badges(self, items: Sequence[tuple[str, tuple[int, int, int], tuple[int, int, int]]]) -> None:
        """A row of coloured badges: (text, background, text colour)."""
        self.set_font(FONT, "B", 8)
        for text, background, colour in items:
            width = self.get_string_width(text) + 4
            if self.get_x() + width > self.w - self.r_margin:
                self.ln(6)
            self.set_fill_color(*background)
            self.set_text_color(*colour)
            self.cell(width, 5, text, fill=True, align="C")
            self.set_x(self.get_x() + 2)
        self.set_text_color(0, 0, 0)
        self.ln(7)

    def warning(self, text: str) -> None:
        """A red-bordered box for DATA CONTOH and other things not to be quoted."""
        self.set_draw_color(*RED)
        self.set_text_color(*RED)
        self.set_font(FONT, "B", 9)
        self.set_line_width(0.5)
        self.multi_cell(0, 5, text, border=1, padding=2, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_line_width(0.2)
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)
        self.ln(2)

    def heading(self, text: str) -> None:
        """A section heading; starts a new page rather than stand alone at the bottom."""
        if self.get_y() > self.h - 45:
            self.add_page()
        self.ln(1)
        self.set_font(FONT, "B", 11.5)
        self.multi_cell(0, 6, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(0.5)

    def paragraph(self, text: str, size: float = 9, colour: tuple[int, int, int] = (0, 0, 0)) -> None:
        """Running text."""
        self.set_font(FONT, "", size)
        self.set_text_color(*colour)
        self.multi_cell(0, size * 0.5, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)

    def paragraph_at(self, x: float, width: float, text: str, size: float, link: str | None = None) -> None:
        """Text in a column starting at ``x`` (the brief's side column); the next line
        starts at ``x`` again."""
        self.set_x(x)
        self.set_font(FONT, "", size)
        self.multi_cell(
            width, size * 0.48, text, link=link or "", align="L", new_x=XPos.LEFT, new_y=YPos.NEXT
        )

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        size: float = 8.5,
        bold_first: bool = True,
        red_rows: Sequence[int] = (),
    ) -> None:
        """A table with a grey header row; cells wrap, rows never split across pages.

        ``red_rows`` are the indices of rows drawn in red (rows of example data)."""
        self.set_font(FONT, "", size)
        self.set_draw_color(200, 200, 200)
        self.set_fill_color(255, 255, 255)  # a badge's colour must not leak into the cells
        with super().table(
            col_widths=tuple(widths),
            width=self.width if sum(widths) > 0 else None,
            text_align="LEFT",
            line_height=size * 0.5,
            headings_style=_heading_style(size),
            padding=1,
            first_row_as_headings=True,
            cell_fill_color=(247, 247, 247),
            cell_fill_mode="ROWS",
        ) as table:
            table.row(list(header))
            for i, row in enumerate(rows):
                line = table.row()
                for j, cell in enumerate(row):
                    style = None
                    if i in red_rows or (bold_first and j == 0):
                        style = FontFace(
                            emphasis="BOLD" if bold_first and j == 0 else None,
                            color=RED if i in red_rows else None,
                        )
                    line.cell(str(cell), style=style)
        self.ln(2)

    def image_bytes(self, png: bytes, width: float, max_height: float, x: float, y: float) -> float:
        """A PNG fitted into ``width`` × ``max_height`` mm at (x, y), aspect kept; returns
        its bottom edge (a tall kecamatan must not run into the text below it)."""
        from PIL import Image

        with Image.open(io.BytesIO(png)) as image:
            pixels_w, pixels_h = image.size
        w = min(width, max_height * pixels_w / pixels_h)
        h = w * pixels_h / pixels_w
        self.image(io.BytesIO(png), x=x, y=y, w=w, h=h)
        return y + h

    def page_link(self, url: str | None, x: float, width: float, size: float) -> None:
        """The side column's way back to the dashboard: caption, QR code of ``size`` mm and
        the URL under it; without a public URL (``PETA_PUBLIC_URL``) the note why not."""
        if url is None:
            self.paragraph_at(x, width, t("brief_no_public_url", self.ui_lang), 7.5)
            return
        self.paragraph_at(x, width, t("brief_qr_caption", self.ui_lang), 7.5)
        qr_y = self.get_y() + 1
        self.qr(url, size, x, qr_y)
        self.set_xy(x, qr_y + size + 1)
        self.paragraph_at(x, width, url, 6.5, link=url)

    def qr(self, url: str, size: float, x: float, y: float) -> None:
        """A QR code of ``url`` (error correction M: survives a crease), with the URL under it."""
        code = segno.make(url, error="m")
        buffer = io.BytesIO()
        code.save(buffer, kind="png", scale=6, border=2)
        self.image(io.BytesIO(buffer.getvalue()), x=x, y=y, w=size, h=size, link=url)


def region_name(boundaries_name: str) -> str:
    """ "Kabupaten Blitar" → "Blitar": the texts add "Kabupaten"/"Regency" themselves."""
    for prefix in ("Kabupaten ", "Kab. ", "Kota "):
        if boundaries_name.startswith(prefix):
            return boundaries_name[len(prefix) :]
    return boundaries_name


def _heading_style(size: float) -> FontFace:
    return FontFace(emphasis="BOLD", fill_color=LIGHT, size_pt=size)
