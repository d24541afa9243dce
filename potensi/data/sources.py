"""Sources as a reader can trust them: publisher, title and year, with the link behind.

Many of the seed's facts were read on mirrors — a Wikipedia proxy, an offline
Wikipedia snapshot, document-sharing and flipbook hosts — and some texts named the
project's own note files. A reader judging a figure needs to know *who published
what, when*, not which proxy served it, and must never see a path of the
project's files. Every source shown on any page therefore goes through this one
module:

* the registry ``data/sources.csv`` maps a URL (or URL prefix) to its publisher
  (both languages), title, year, the original's URL and whether the link is a
  mirror;
* :func:`source_label` / :func:`source_markdown` / :func:`source_html` render one
  URL; :func:`cell_text` / :func:`cell_markdown` render a whole ``sumber`` cell
  (several URLs separated by ``|`` or ``;`` plus free text), as typed by an
  official in an import too.

An unknown URL shows its host (the best publisher-like label there is), unless the
host is a known mirror, which shows as an online copy; free text that names an
internal file (``*.csv``, ``*.md``, ``shared/…``, ``/work/…``) shows as the
project's research notes instead.
"""

from __future__ import annotations

import csv
import html
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from potensi.core.cells import is_known
from potensi.core.config import REPO_ROOT
from potensi.core.text import md_escape, source_links, source_note
from potensi.data.records import stored_text
from potensi.i18n import Lang, t

#: the registry of known sources (one row per URL or URL prefix)
REGISTRY = REPO_ROOT / "data" / "sources.csv"
#: hosts that only copy documents published elsewhere (proxies, mirrors, sharing sites):
#: never shown as if they were the publisher
MIRROR_HOSTS = (
    "fanyv88.com",
    "wiki.inamatrix.xyz",
    "adoc.pub",
    "scribd.com",
    "flipbuilder.com",
    "anyflip.com",
    "wikiwand.com",
    "wiki-indonesia.club",
    "kampuspedia.com",
    "pwojczyn.com",
    "bestrank.web.id",
)
#: a path or file name of the project's own files, in free text
INTERNAL_PATH = re.compile(
    r"(?:[\w.-]*/)*(?:shared|work|reference|data/seed)/[\w./-]*"
    r"|[\w./-]+\.(?:csv|md|gpkg|py|xlsx|json|txt)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Source:
    """One source as a reader sees it: who, what, when, and where to read it."""

    url: str
    publisher: dict[str, str]
    title: str
    year: str
    original: str
    mirror: bool

    def name(self, lang: Lang, markdown: bool = False) -> str:
        """ "Publisher, Title (year)", leaving out what is not known; in markdown the
        parts are escaped and the title is in italics, as a reference list writes it."""
        publisher = self.publisher.get(lang, "")
        title = self.title if self.title != publisher else ""
        if markdown:
            publisher = md_escape(publisher) if publisher else ""
            title = f"*{md_escape(title)}*" if title else ""
        words = ", ".join(p for p in (publisher, title) if p)
        return f"{words} ({self.year})" if self.year else words


@lru_cache(maxsize=4)
def _registry(path: Path = REGISTRY) -> tuple[Source, ...]:
    """The registry's rows, longest URL first (the most specific prefix wins)."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [
            Source(
                url=row["url"].strip(),
                publisher={"id": row["penerbit"].strip(), "en": row["publisher"].strip()},
                title=row["judul"].strip(),
                year=row["tahun"].strip(),
                original=row["url_asli"].strip(),
                mirror=row["salinan"].strip().lower() == "ya",
            )
            for row in csv.DictReader(handle)
        ]
    return tuple(sorted(rows, key=lambda s: -len(s.url)))


def titles() -> set[str]:
    """Every known source's title: names, the same in both languages (a title is quoted
    as published, so an English page keeps "Potensi dan Produk Unggulan Jawa Timur")."""
    return {source.title for source in _registry() if source.title}


def host_of(url: str) -> str:
    """The host of a link without port, ``www.`` or a mobile ``m.``: the site's name."""
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.").removeprefix("m.")


def is_mirror_host(host: str) -> bool:
    """Whether ``host`` only copies documents published elsewhere."""
    return any(host == m or host.endswith("." + m) for m in MIRROR_HOSTS)


def lookup(url: str) -> Source:
    """The registry's entry for ``url``; else a source named after its host."""
    for source in _registry():
        if url.startswith(source.url):
            return Source(url, source.publisher, source.title, source.year, source.original, source.mirror)
    host = host_of(url)
    if is_mirror_host(host):
        return Source(url, {}, "", "", "", True)
    return Source(url, {"id": host, "en": host}, "", "", "", False)


def source_label(url: str, lang: Lang) -> str:
    """One URL as plain text: "Publisher, Title (year)", and "— online copy" for a mirror."""
    source = lookup(url)
    name = source.name(lang)
    if source.mirror:
        return f"{name} — {t('source_mirror', lang)}" if name else t("source_mirror_unknown", lang)
    return name


def _href(url: str) -> str:
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")


def source_markdown(url: str, lang: Lang) -> str:
    """One URL as markdown: the name linked to the original (when known), and a mirror
    named as a copy linked to the mirror."""
    source = lookup(url)
    name = source.name(lang, markdown=True)
    if not source.mirror:
        return f"[{name}]({_href(url)})"
    copy = f"[{md_escape(t('source_mirror', lang))}]({_href(url)})"
    if not name:
        return f"[{md_escape(t('source_mirror_unknown', lang))}]({_href(url)})"
    if source.original:
        return f"[{name}]({_href(source.original)}) — {copy}"
    return f"{name} — {copy}"


def source_html(url: str, lang: Lang) -> str:
    """One URL as an HTML link (for map popups and legends), escaped."""
    source = lookup(url)
    label = html.escape(source_label(url, lang), quote=True)
    href = html.escape(source.original if source.mirror and source.original else url, quote=True)
    return f'<a href="{href}" target="_blank" rel="noopener noreferrer">{label}</a>'


def clean_note(text: object, lang: Lang) -> str:
    """Free text of a source cell in ``lang`` (:func:`potensi.data.records.stored_text`:
    the English of the sources the project knows), internal file names replaced by what
    they are."""
    if not is_known(text):
        return ""
    return INTERNAL_PATH.sub(t("source_internal_notes", lang), stored_text(str(text).strip(), lang))


def cell_labels(cell: object, lang: Lang) -> list[str]:
    """The labels of a ``sumber`` cell's links, in order, without duplicates."""
    return list(dict.fromkeys(source_label(u, lang) for u in source_links(cell)))


def cell_text(cell: object, lang: Lang, limit: int | None = None) -> str:
    """A whole ``sumber`` cell as plain text: its free text, then its sources' labels."""
    labels = cell_labels(cell, lang)
    more = len(labels) - limit if limit is not None and len(labels) > limit else 0
    shown = labels[:limit] if limit is not None else labels
    note = clean_note(source_note(cell), lang)
    text = "; ".join(([note] if note else []) + shown)
    return text + (f" (+{more})" if more else "")


def cell_markdown(cell: object, lang: Lang, limit: int | None = None) -> str:
    """A whole ``sumber`` cell as markdown: its free text (escaped), then linked sources."""
    urls = source_links(cell)
    seen: dict[str, str] = {}
    for url in urls:
        seen.setdefault(source_label(url, lang), source_markdown(url, lang))
    links = list(seen.values())
    more = len(links) - limit if limit is not None and len(links) > limit else 0
    shown = links[:limit] if limit is not None else links
    note = clean_note(source_note(cell), lang)
    text = "; ".join(([md_escape(note)] if note else []) + shown)
    return text + (f" (+{more})" if more else "")


def cell_html(cell: object, lang: Lang) -> str:
    """A whole ``sumber`` cell as inert HTML: its free text escaped, then linked sources."""
    seen: dict[str, str] = {}
    for url in source_links(cell):
        seen.setdefault(source_label(url, lang), source_html(url, lang))
    note = clean_note(source_note(cell), lang)
    return "; ".join(
        ([html.escape(" ".join(note.split()), quote=True)] if note else []) + list(seen.values())
    )
