"""Download buttons for what leaves the screen: the investor brief of an opportunity or a
kecamatan, and the printed peta potensi.

Open to every visitor, signed in or not: a download writes nothing to the store. The
PDF is made only when the button is clicked (Streamlit runs a callable ``data`` then,
on its own thread), so a page with a button is not slowed by a file nobody asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

import pandas as pd
import streamlit as st

from potensi.core.config import get_settings
from potensi.core.store import Boundaries
from potensi.i18n import Lang, t
from potensi.views.state import ViewState
from ui import cache


def public_url() -> str | None:
    """The dashboard's address for the QR code: ``PETA_PUBLIC_URL``, else the address
    this browser used (right on the office network, where investors also connect)."""
    configured = get_settings().public_url
    if configured:
        return configured
    try:
        parts = urlsplit(st.context.url or "")
    except Exception:  # noqa: BLE001 - no request context (AppTest): no QR code
        return None
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else None


def _pdf_button(label_key: str, make: Callable[[], bytes], file_name: str, lang: Lang, key: str) -> None:
    st.download_button(
        t(label_key, lang),
        data=make,
        file_name=file_name,
        mime="application/pdf",
        key=key,
        help=t("print_download_brief_help", lang),
        icon=":material/picture_as_pdf:",
        on_click="ignore",
    )


def opportunity_brief_button(
    peluang_id: str, boundaries: Boundaries, data: dict[str, pd.DataFrame], lang: Lang, where: str = "card"
) -> None:
    """The opportunity's brief as a PDF download (``where``: card or detail, one key each)."""
    from potensi.brief.peluang import opportunity_brief

    base = public_url()
    _pdf_button(
        "print_download_brief",
        lambda: opportunity_brief(
            peluang_id, boundaries, data, lang, base, facts=cache.site_facts(cache.version())
        ),
        f"peluang-{peluang_id}-{lang}.pdf",
        lang,
        key=f"brief_peluang_{where}_{peluang_id}",
    )


def kecamatan_brief_button(
    code: str, boundaries: Boundaries, data: dict[str, pd.DataFrame], lang: Lang
) -> None:
    """The kecamatan's brief as a PDF download."""
    from potensi.brief.kecamatan import kecamatan_brief

    base = public_url()
    _pdf_button(
        "print_download_brief",
        lambda: kecamatan_brief(code, boundaries, data, lang, base),
        f"kecamatan-{code}-{lang}.pdf",
        lang,
        key=f"brief_kecamatan_{code}",
    )


def poster_download(state: ViewState, boundaries: Boundaries, data: dict[str, pd.DataFrame]) -> None:
    """Paper size and format, then the printed peta potensi of the current view."""
    from potensi.poster import FORMATS, SIZES, make_poster

    lang: Lang = state.lang  # type: ignore[assignment]
    settings = get_settings()
    with st.expander(t("print_poster_heading", lang), icon=":material/print:"):
        st.caption(t("print_poster_help", lang))
        size_col, format_col, button_col = st.columns([1, 1, 2], vertical_alignment="bottom")
        size = size_col.selectbox(t("print_poster_size", lang), list(SIZES), key="poster_size")
        fmt = format_col.selectbox(
            t("print_poster_format", lang), list(FORMATS), key="poster_format", format_func=str.upper
        )
        button_col.download_button(
            t("print_poster_download", lang, size=size, fmt=fmt.upper()),
            data=lambda: make_poster(
                boundaries, data, state, size, fmt, settings.agency_name, settings.agency_logo
            ),
            file_name=f"peta-potensi-{state.indikator.replace(':', '-')}-{size}.{fmt}",
            mime="application/pdf" if fmt == "pdf" else "image/svg+xml",
            key="poster_download",
            icon=":material/download:",
            on_click="ignore",
        )
