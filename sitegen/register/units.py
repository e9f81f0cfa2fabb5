"""The register's data: units of both structures read from the shipped TSV files, and the
official conversion between them. Look-ups by name live in lookup.py."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

DATA = Path(__file__).parent / "data"
PRE2025 = "pre2025"  # in force until 30 June 2025: provinces, districts, communes
Y2025 = "2025"  # from 1 July 2025: provinces and communes, no district level
STRUCTURES = (PRE2025, Y2025)
_FILES = {PRE2025: "pre2025.tsv", Y2025: "2025.tsv"}
# Tier by code length: provinces "01", districts "001", communes "00001".
_TIERS = {2: 0, 3: 1, 5: 2}
PROVINCE, DISTRICT, COMMUNE = 0, 1, 2


@dataclass(frozen=True)
class Unit:
    """One administrative unit. A code alone is no identity across structures (a 2025 commune
    may reuse an old code with a larger territory): a unit is (structure, code)."""

    structure: str  # PRE2025 or Y2025
    code: str  # GSO code as published: "01", "007", "00004"
    name: str  # official name with its level word: "Quận Hai Bà Trưng"
    level: str  # level word as the register writes it: "Tỉnh", "Thành phố", "Quận", "Xã", "Đặc khu"…
    parents: tuple[str, ...]  # codes of the units above, province first
    latitude: float | None
    longitude: float | None
    short: str  # the name without its level word: "Hai Bà Trưng"
    chain: tuple[str, ...]  # official names from the province down to this unit
    tier: int  # PROVINCE, DISTRICT or COMMUNE

    @property
    def ident(self) -> tuple[str, str]:
        return (self.structure, self.code)


class Row(NamedTuple):
    """A unit as the TSV gives it, before its chain is known (a tuple: 14,000 are read per build)."""

    code: str
    level: str
    short: str
    parent: str
    latitude: str
    longitude: str
    key: str  # bare name, no marks (names.bare_key)
    marked: str  # bare name with marks (names.marked_key)
    aliases: str  # "level:key …" of former names and variants ("quan:2 quan:9"); level may be ""


def read_rows(structure: str) -> dict[str, Row]:
    rows: dict[str, Row] = {}
    lines = (DATA / _FILES[structure]).read_text(encoding="utf-8").split("\n")
    make = tuple.__new__  # Row(*fields) costs twice as much, on 14,000 rows per build
    for line in lines[1:]:
        if line:
            fields = line.split("\t")
            rows[fields[0]] = make(Row, fields)
    return rows


def read_successors() -> dict[str, tuple[str, ...]]:
    """Pre-2025 code → every 2025 code its territory went to."""
    lines = (DATA / "successors.tsv").read_text(encoding="utf-8").split("\n")
    return {code: tuple(news.split()) for code, news in (line.split("\t") for line in lines[1:] if line)}


def make_unit(structure: str, rows: dict[str, Row], code: str) -> Unit:
    row = rows[code]
    parents: list[str] = []
    parent = row.parent
    while parent:
        parents.append(parent)
        parent = rows[parent].parent
    parents.reverse()
    chain = tuple(f"{rows[c].level} {rows[c].short}" for c in (*parents, code))
    return Unit(
        structure=structure,
        code=code,
        name=chain[-1],
        level=row.level,
        parents=tuple(parents),
        latitude=float(row.latitude) if row.latitude else None,
        longitude=float(row.longitude) if row.longitude else None,
        short=row.short,
        chain=chain,
        tier=_TIERS[len(code)],
    )


def tier_of(code: str) -> int:
    return _TIERS[len(code)]
