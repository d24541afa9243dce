"""Reading a PDF back as an investor's viewer would: its text and its fonts."""

from __future__ import annotations

import io

from pypdf import PdfReader


def pdf_text(pdf: bytes) -> str:
    """All pages' extracted text, whitespace collapsed (line breaks inside cells vanish)."""
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def font_files(pdf: bytes) -> dict[str, bool]:
    """Every font the pages use → whether its program is embedded (/FontFile, 2 or 3)."""
    reader = PdfReader(io.BytesIO(pdf))
    found: dict[str, bool] = {}
    for page in reader.pages:
        fonts = page.get("/Resources", {}).get_object().get("/Font", {})
        for ref in fonts.get_object().values() if fonts else []:
            font = ref.get_object()
            descriptors = []
            if "/FontDescriptor" in font:
                descriptors.append(font["/FontDescriptor"].get_object())
            for descendant in font.get("/DescendantFonts", []) or []:
                inner = descendant.get_object()
                if "/FontDescriptor" in inner:
                    descriptors.append(inner["/FontDescriptor"].get_object())
            name = str(font.get("/BaseFont"))
            found[name] = bool(descriptors) and all(
                any(k in d for k in ("/FontFile", "/FontFile2", "/FontFile3")) for d in descriptors
            )
    return found


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)
