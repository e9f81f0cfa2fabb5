"""The data that flows between stages: frozen dataclasses only, no I/O."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import lz4.block


@dataclass(frozen=True, slots=True)
class Article:
    """One parsed Markdown file. `source` is its path relative to the site, with '/'."""

    source: str
    title: str
    date: dt.datetime  # aware, in the site's time zone
    slug: str
    body: bytes  # the body's HTML, compressed: a large archive's bodies are most of its memory
    summary: str
    folders: tuple[str, ...]  # content folders it lives in: the default locality
    locality_titles: tuple[str, ...] = ()  # frontmatter `locality`, when given
    event_date: dt.date | None = None
    updated: dt.datetime | None = None
    organization: str = ""
    meeting: str = ""
    tags: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    source_url: str = ""
    image: str = ""
    draft: bool = False
    aliases: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)  # frontmatter key → line
    words: int = 0

    @property
    def body_html(self) -> str:
        return lz4.block.decompress(self.body).decode("utf-8")


def pack_html(html: str) -> bytes:
    """LZ4: a third of the size, at five times zlib's speed (which cost a second a cold build)."""
    return lz4.block.compress(html.encode("utf-8"))


@dataclass(frozen=True, slots=True)
class LocalityPage:
    """A content folder's `_index.md` (or the folder alone)."""

    folders: tuple[str, ...]
    title: str
    level: str = ""
    description_html: str = ""
    source: str = ""  # the _index.md, when there is one
    code: str = ""  # GSO code of its unit in the register, as written ("007", "27724")
    aliases: tuple[str, ...] = ()  # old URLs of its page, redirected to it
    extra: dict[str, Any] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)  # frontmatter key → line


@dataclass(frozen=True, slots=True)
class Asset:
    """A file copied as it is (images beside articles, theme CSS)."""

    source_path: str  # absolute path on disk
    output: str  # path under output/


@dataclass(frozen=True, slots=True)
class Content:
    """Everything read from content/: what the index stage needs, nothing rendered yet."""

    articles: tuple[Article, ...]
    localities: tuple[LocalityPage, ...]
    assets: tuple[Asset, ...]
