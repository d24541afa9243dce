"""Data text made safe to show, and the links inside it.

Every text on screen that came from an official's spreadsheet passes through one
of these before it reaches HTML, markdown or a plotly title: a name with ``<img
onerror=…>``, ``*`` or ``$`` must show as typed and never run or restyle anything.
Links are only ever made from http(s) URLs, so a ``javascript:`` or file path in a
cell can never become clickable.
"""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

from potensi.core.cells import is_known

_URL = re.compile(r"https?://[^\s|;<>\"']+", re.IGNORECASE)
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|$~<>:])")


def escape(value: object) -> str:
    """Data text made inert for HTML: escaped, and on one line.

    Streamlit renders ``unsafe_allow_html`` markdown as an HTML block that ends at
    a blank line; a new line inside a data value could end the block and let the
    rest be read as markdown, so line breaks become spaces.
    """
    text = "" if not is_known(value) else str(value)
    return html.escape(" ".join(text.split()), quote=True)


def plot_escape(text: str) -> str:
    """Data text made inert for a plotly title (which renders a subset of HTML)."""
    return html.escape(text, quote=False)


def md_escape(text: object) -> str:
    """Data text made literal for Streamlit markdown.

    Captions are markdown, where ``*``, ``_``, ``[`` or ``$`` (LaTeX) in a source
    name or a note would change the text shown; every special character is
    backslash-escaped and line breaks become spaces.
    """
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def link_label(url: str) -> str:
    """The host of a link without ``www.``: short enough for a caption or a cell."""
    host = urlsplit(url).netloc.lower()
    return host.removeprefix("www.") or url


def md_link(url: str) -> str:
    """A markdown link labelled with the host; brackets and spaces in the URL encoded."""
    safe = url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")
    return f"[{md_escape(link_label(url))}]({safe})"


def source_links(text: object) -> list[str]:
    """The http(s) links in a ``sumber`` cell, in order, without duplicates.

    Sources are written as one or more URLs separated by ``|`` or ``;``, sometimes
    with a title in brackets.
    """
    if not is_known(text):
        return []
    found = (m.group(0).rstrip(".,)") for m in _URL.finditer(str(text)))
    return list(dict.fromkeys(found))


def source_note(text: object) -> str:
    """What a ``sumber`` cell says besides its links ("Contoh ilustratif …").

    Some sources are not web pages (a printed report, an example row's
    explanation); they must still be shown, next to the links.
    """
    if not is_known(text):
        return ""
    rest = _URL.sub(" ", str(text))
    rest = re.sub(r"\s*[|;]\s*(?=[|;]|$)", "", rest)
    return " ".join(rest.strip(" |;").split())


def document_links(value: object) -> list[str]:
    """The http(s) links of a ``dokumen``/``bukti_url`` cell (separated by ``;``, ``|`` or
    new lines); anything that is not an http(s) URL is dropped."""
    if not is_known(value):
        return []
    parts = re.split(r"[;|\n]+", str(value))
    return [p.strip() for p in parts if re.match(r"^https?://[^\s<>\"']+$", p.strip(), re.I)]
