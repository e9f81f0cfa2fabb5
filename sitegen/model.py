"""The data that flows between stages: frozen dataclasses only, no I/O."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import lz4.block

from .bodies import Body, packed


class Lines(Mapping[str, int]):
    """Frontmatter key → its line, as a dict but in a fifth of its memory: the keys are one
    tuple for every source that writes the same keys in the same order (see Shared)."""

    __slots__ = ("names", "numbers")

    def __init__(self, names: tuple[str, ...] = (), numbers: tuple[int, ...] = ()):
        self.names = names
        self.numbers = numbers

    @classmethod
    def of(cls, lines: Mapping[str, int]) -> Lines:
        return cls(tuple(lines), tuple(lines.values()))

    def __getitem__(self, key: str) -> int:
        try:
            return self.numbers[self.names.index(key)]
        except ValueError:
            raise KeyError(key) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self.names)

    def __len__(self) -> int:
        return len(self.names)

    def __repr__(self) -> str:
        return f"Lines({dict(self)!r})"


@dataclass(frozen=True, slots=True)
class Article:
    """One parsed Markdown file. `source` is its path relative to the site, with '/'."""

    source: str
    title: str
    date: dt.datetime  # aware, in the site's time zone
    slug: str
    body: bytes | Body  # the body's HTML, compressed; in the bodies file (bodies.py) once a build has it
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
    lines: Lines = field(default_factory=Lines)  # frontmatter key → line
    words: int = 0
    timed: bool = True  # False when `date:` gave a day without a time: pages show the day alone

    @property
    def body_html(self) -> str:
        return unpack_html(packed(self.body))


def pack_html(html: str) -> bytes:
    """LZ4: a third of the size, at five times zlib's speed (which cost a second a cold build)."""
    return lz4.block.compress(html.encode("utf-8"))


def unpack_html(packed: bytes) -> str:
    return lz4.block.decompress(packed).decode("utf-8")


class Shared:
    """One object for each value many articles repeat (folder names, localities, tags, people,
    the frontmatter's keys). Each article a parsing worker sends has copies of its own: over a
    kilobyte an article, a fifth of what a large archive's parsed sources hold. Shared, they
    cost nothing more, and pickle once into the cache, which loads them shared."""

    def __init__(self) -> None:
        self._values: dict[Any, Any] = {}

    def one(self, value: Any) -> Any:
        return self._values.setdefault(value, value)

    def many(self, values: tuple) -> tuple:
        return self.one(tuple(self.one(value) for value in values))

    def article(self, a: Article, body: bytes | Body | None = None) -> Article:
        many = self.many
        return dataclasses.replace(
            a,
            body=a.body if body is None else body,
            folders=many(a.folders),
            locality_titles=many(a.locality_titles),
            organization=self.one(a.organization),
            meeting=self.one(a.meeting),
            tags=many(a.tags),
            people=many(a.people),
            authors=many(a.authors),
            lines=Lines(many(a.lines.names), self.one(a.lines.numbers)),
        )


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
    lines: Lines = field(default_factory=Lines)  # frontmatter key → line


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
