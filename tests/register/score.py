"""The look-up table (lookups.tsv) scored against the register: shared by the test and bench/register.py."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sitegen.register import Register, Unit

TABLE = Path(__file__).with_name("lookups.tsv")


@dataclass(frozen=True)
class Row:
    line: int
    query: str
    expected: tuple[tuple[str, tuple[str, ...]], ...]  # (structure, chain of official names)
    kind: str


def read_table(path: Path = TABLE) -> list[Row]:
    rows = []
    for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not text.strip() or text.startswith("#"):
            continue
        query, expected, kind = text.split("\t")
        units = []
        for item in expected.split(" | "):
            structure, _, chain = item.strip().partition(":")
            units.append((structure, tuple(chain.split("/"))))
        rows.append(Row(number, query, tuple(units), kind))
    return rows


def key(unit: Unit) -> tuple[str, tuple[str, ...]]:
    return (unit.structure, unit.chain)


def verdict(register: Register, row: Row) -> str:
    """ "" when the register answers right: the one expected unit first, or, for an ambiguous
    name, every expected unit among the candidates and one of them first."""
    found = [key(u) for u in register.search(row.query)]
    if not found:
        return "no candidate"
    if found[0] not in row.expected:
        return f"first is {found[0]}"
    missing = [e for e in row.expected if e not in found]
    return f"missing {missing}" if missing else ""


def score(register: Register, rows: list[Row]) -> tuple[int, list[str]]:
    misses = []
    for row in rows:
        why = verdict(register, row)
        if why:
            misses.append(f"{TABLE.name}:{row.line}: {row.query!r}: {why}")
    return len(rows) - len(misses), misses
