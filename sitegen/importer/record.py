"""The one record every layout front-end fills and the writer emits (Pelican's pelican_import shape)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass
class Line:
    """One line of the raw text, with its 1-based number in the file."""

    number: int
    text: str  # stripped, inner runs of spaces collapsed


@dataclass
class Block:
    """A unit of the body: a paragraph or an image caption (with its image URL when known)."""

    kind: str  # "paragraph", "caption", "heading" or "image"
    text: str
    lines: list[int]
    image: str | None = None


@dataclass
class Found:
    """Where a field was found, for the report: a line number (None: worked out) and how."""

    line: int | None
    how: str
    sure: bool = True  # False: a guess the editor should check (the report lists it first)


@dataclass
class Dropped:
    number: int
    text: str
    reason: str


@dataclass
class Record:
    title: str | None = None
    untitled: bool = False  # the paste lost the title line: the title stands in from the lead (a draft)
    date: datetime | date | None = None
    event_date: date | None = None
    authors: list[str] = field(default_factory=list)
    source: str | None = None
    image: str | None = None
    publisher: str | None = None
    # The portal's header and a place kicker above the title: not written, but they say where
    # the portal is, which settles an ambiguous place ("QUẬN 5 - THÀNH PHỐ HỒ CHÍ MINH").
    masthead: list[str] = field(default_factory=list)
    kicker: str | None = None
    site: str | None = None  # the portal's bare address in its footer ("phuninh.gov.vn")
    footer: list[str] = field(default_factory=list)  # the footer's lines ("Phú Ninh Đất và Người")
    people: list[str] = field(default_factory=list)
    organization: str | None = None
    locality: list[str] = field(default_factory=list)
    candidates: list[list[str]] = field(default_factory=list)  # the chains of an ambiguous locality
    meeting: str | None = None
    tags: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    layout: str = ""
    found: dict[str, Found] = field(default_factory=dict)
    dropped: list[Dropped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def note(self, name: str, line: int | None, how: str, sure: bool = True) -> None:
        """Record where a field came from (the first finding wins)."""
        self.found.setdefault(name, Found(line, how, sure))

    def drop(self, line: Line, reason: str) -> None:
        self.dropped.append(Dropped(line.number, line.text, reason))

    @property
    def captions(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == "caption"]

    @property
    def paragraphs(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == "paragraph"]
