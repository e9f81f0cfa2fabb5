"""The site's localities resolved against the register of administrative units.

Each node of the locality tree (a folder, or a unit only a frontmatter chain names) is matched
by `code:` in its _index.md or by its title within its parent's unit, in the structure that
fits its articles' dates (before or after 1 July 2025). What cannot be matched, matches several
units, or sits under the wrong parent is a warning for `check`, with the candidates and the
line that settles it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .errors import Problem
from .register import PRE2025, PROVINCE, Y2025, Register, Unit, name_key
from .register.names import level_key, parse
from .register.register import only

if TYPE_CHECKING:  # index.py imports this module
    from .index import Locality
    from .model import LocalityPage

CUTOVER = dt.date(2025, 7, 1)  # the two-level structure is in force from this day
STRUCTURE_NAMES = {PRE2025: "trước 01/07/2025", Y2025: "từ 01/07/2025"}


@dataclass(frozen=True)
class Link:
    """A unit of the register, and its page on this site ("" when the site has none)."""

    unit: Unit
    url: str = ""
    province: str = ""  # the province it lies in ("" for a province), for lists across provinces


@dataclass
class Official:
    """What a locality page shows of its unit."""

    unit: Unit
    parents: list[Link] = field(default_factory=list)  # province first
    successors: list[Link] = field(default_factory=list)  # a pre-2025 unit's units from 1 July 2025
    predecessors: list[Link] = field(default_factory=list)  # a 2025 unit's units before


def structure_for(dates: list[dt.date]) -> str:
    """The structure most of the articles were written in (pre-2025 on a tie or none)."""
    after = sum(d >= CUTOVER for d in dates)
    return Y2025 if after > len(dates) - after else PRE2025


def resolve_tree(nodes: list[Locality], register: Register, suggest: bool = False) -> list[Problem]:
    """Give each node (index.Locality, parents before children) its `official` unit; return the
    warnings. A node keeps its title and URL whatever the register says: pages do not move.
    `suggest` adds "did you mean" to unknown names (check does; a build need not pay for it)."""
    notes: list[Problem] = []
    by_unit: dict[tuple[str, str], Locality] = {}
    for node in nodes:
        unit, note = _match(node, register, suggest)
        if note:
            notes.append(note)
        if unit is not None:
            node.official = Official(unit)
            by_unit.setdefault(unit.ident, node)
    for node in nodes:
        official = node.official
        if official is None:
            continue
        unit = official.unit
        official.parents = [Link(u, _url(u, by_unit)) for u in register.parent_chain(unit)]
        official.successors = [_link(u, by_unit, register) for u in register.successors(unit)]
        official.predecessors = [_link(u, by_unit, register) for u in register.predecessors(unit)]
    return notes


def _url(unit: Unit, by_unit: dict[tuple[str, str], Locality]) -> str:
    node = by_unit.get(unit.ident)
    return node.url if node is not None else ""


def _link(unit: Unit, by_unit: dict[tuple[str, str], Locality], register: Register) -> Link:
    province = register.unit(unit.structure, unit.parents[0]) if unit.parents else None
    return Link(unit, _url(unit, by_unit), province.name if province else "")


Matched = tuple[Unit | None, Problem | None]  # the unit, and the warning about it


def _where(node: Locality) -> tuple[str, int]:
    """The file and line an editor fixes: the _index.md's title, or the first article naming it."""
    page = node.page
    if page is not None and page.source:
        return page.source, page.lines.get("title", 1)
    first = min(node.own or node.entries, key=lambda e: e.article.source, default=None)
    if first is None:
        return "/".join(("content", *node.folders)) + "/", 0
    return first.article.source, first.article.lines.get("locality", 1)


def _describe(unit: Unit) -> str:
    return f"{unit.code} {' › '.join(unit.chain)} ({STRUCTURE_NAMES[unit.structure]})"


def _settle(node: Locality) -> str:
    index = "/".join(("content", *node.folders, "_index.md"))
    if node.page is not None and node.page.source:
        return f"add the line code: NNNNN to {index}"
    return f"make {index} with the line code: NNNNN"


def _match(node: Locality, register: Register, suggest: bool) -> Matched:
    path, line = _where(node)
    dates = [(e.article.event_date or e.article.date.date()) for e in node.entries]
    structure = structure_for(dates)
    parent = node.parent.official.unit if node.parent is not None and node.parent.official else None
    page = node.page
    if page is not None and page.code:
        return _by_code(node, page, structure, parent, register)
    if node.parent is not None and parent is None:
        # Under a locality the register does not know (warned about already): placed only when
        # its name means one unit in the whole register, and not warned about again.
        return register.resolve(node.title, None, structure) or register.resolve(node.title), None
    found: list[tuple[Unit, bool]] = []
    for attempt in (structure, Y2025 if structure == PRE2025 else PRE2025):
        for above in _counterparts(parent, attempt, register) if parent else [None]:
            found += register.matches(node.title, above, attempt)
        if found:
            break
    unit = only(found)
    if unit is not None:
        if node.parent is None and unit.tier != PROVINCE:
            return unit, Problem(path, line, "warning", _misplaced(node, unit))
        return unit, None
    if found:
        units = [u for u, _ in found]
        listed = "; ".join(_describe(u) for u in units[:8])
        return None, Problem(
            path, line, "warning", f'"{node.title}" is ambiguous: {len(units)} units bear that name: {listed}; '
            f"{_settle(node).replace('NNNNN', units[0].code)} (or the code of the right one)",
        )  # fmt: skip
    if parent is not None:
        elsewhere = register.lookup(node.title, None, structure) or register.lookup(node.title)
        written = parse(node.title).level
        elsewhere = [u for u in elsewhere if not written or level_key(u.level) == written]
        if elsewhere:
            listed = "; ".join(_describe(u) for u in elsewhere[:8])
            return None, Problem(
                path, line, "warning", f'"{node.title}" is not under {parent.name} in the register of '
                f"administrative units: it is {listed}; move the folder under its parent, or fix the title",
            )  # fmt: skip
    return None, Problem(path, line, "warning", _unknown(node, parent, structure, register, suggest))


def _counterparts(parent: Unit, structure: str, register: Register) -> list[Unit]:
    """The parent itself, or, in the other structure, the provinces that hold its territory."""
    if parent.structure == structure:
        return [parent]
    province = register.unit(parent.structure, parent.parents[0]) if parent.parents else parent
    if province is None:
        return []
    if structure == Y2025:
        return [u for u in register.successors(province) if u.tier == PROVINCE]
    return register.predecessors(province)


def _by_code(node: Locality, page: LocalityPage, structure: str, parent: Unit | None, register: Register) -> Matched:
    path, line = page.source, page.lines.get("code", 1)
    unit = register.unit(structure, page.code) or register.unit(Y2025 if structure == PRE2025 else PRE2025, page.code)
    if unit is None:
        return None, Problem(path, line, "warning", f"code: {page.code} is no unit of the register")
    if parent is not None and not any(p.code in unit.parents for p in _counterparts(parent, unit.structure, register)):
        return unit, Problem(
            path, line, "warning", f"code: {page.code} is {_describe(unit)}, not under {parent.name}: "
            "move the folder under its parent",
        )  # fmt: skip
    if node.parent is None and unit.tier != PROVINCE:
        return unit, Problem(path, line, "warning", _misplaced(node, unit))
    named = {u.ident for u in register.lookup(node.title, None, unit.structure)}
    if unit.ident not in named and name_key(node.title) != name_key(unit.name):
        return unit, Problem(path, line, "warning", f'code: {page.code} is {_describe(unit)}, not "{node.title}"')
    return unit, None


def _misplaced(node: Locality, unit: Unit) -> str:
    from .text import locality_folder

    folders = "/".join(locality_folder(name) for name in unit.chain)
    return (
        f'"{node.title}" ({unit.name}, {unit.code}) is at the top of content/, beside the provinces: the register '
        f"has it under {' › '.join(unit.chain[:-1])}; move content/{'/'.join(node.folders)}/ to content/{folders}/"
    )


def _unknown(node: Locality, parent: Unit | None, structure: str, register: Register, suggest: bool) -> str:
    where = f" under {parent.name}" if parent else ""
    message = f'"{node.title}" is not an administrative unit{where} in the register ({STRUCTURE_NAMES[structure]})'
    close = register.suggest(node.title, parent, parent.structure if parent else structure) if suggest else []
    if close:
        message += "; did you mean " + " or ".join(f"{u.name} ({u.code})" for u in close) + "?"
    return message + f'; or {_settle(node)} (python build.py place "{node.title}" lists candidates)'
