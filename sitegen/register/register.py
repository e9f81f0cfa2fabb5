"""The register of Vietnam's administrative units: look-ups by name, and the conversion of
1 July 2025 both ways. Offline: everything comes from the TSV files in data/."""

from __future__ import annotations

import difflib
from functools import lru_cache

from .names import Name, level_key, parse
from .units import (
    COMMUNE,
    DISTRICT,
    PRE2025,
    PROVINCE,
    STRUCTURES,
    Y2025,
    Row,
    Unit,
    make_unit,
    read_rows,
    read_successors,
    tier_of,
)

# The tier a written level word points at ("thanhpho" is a province or a district).
_LEVEL_TIERS = {
    "tinh": {PROVINCE},
    "thanhpho": {PROVINCE, DISTRICT},
    "quan": {DISTRICT},
    "huyen": {DISTRICT},
    "thixa": {DISTRICT},
    "phuong": {COMMUNE},
    "xa": {COMMUNE},
    "thitran": {COMMUNE},
    "dackhu": {COMMUNE},
}
_ORDER = {PRE2025: 0, Y2025: 1}
_LEVEL_WORDS = ("Tỉnh", "Thành phố", "Quận", "Huyện", "Thị xã", "Phường", "Xã", "Thị trấn", "Đặc khu")


class Register:
    """Both structures, indexed by the key of every name and former name."""

    def __init__(self) -> None:
        self._rows: dict[str, dict[str, Row]] = {s: read_rows(s) for s in STRUCTURES}
        self._successors: dict[str, tuple[str, ...]] | None = None  # read on first use
        self._units: dict[tuple[str, str], Unit] = {}
        # name key → (structure, code, level key, marked key or "" for an alias, is an alias)
        self._index: dict[str, list[tuple[str, str, str, str, bool]]] = {}
        self._predecessors: dict[str, list[str]] | None = None
        self._children: dict[tuple[str, str], list[str]] | None = None
        self._pools: dict[tuple[str, str], dict[str, str]] = {}  # for suggest()
        index = self._index
        levels = {level: level_key(level) for level in _LEVEL_WORDS}
        for structure, rows in self._rows.items():
            # Named fields cost a third of this loop's time on 14,000 rows: indexes here.
            for code, level, _, _, _, _, key, marked, aliases in rows.values():
                entry = (structure, code, levels.get(level) or level_key(level), marked, False)
                found = index.get(key)
                if found is None:
                    index[key] = [entry]
                else:
                    found.append(entry)
                if aliases:
                    for alias in aliases.split(" "):
                        alias_level, _, alias_key = alias.partition(":")
                        index.setdefault(alias_key, []).append((structure, code, alias_level, "", True))

    @property
    def names(self) -> frozenset[str]:
        """The key (names.name_key) of every unit's name and former name, both structures."""
        return frozenset(self._index)

    def unit(self, structure: str, code: str) -> Unit | None:
        """The unit of that code in that structure, or None."""
        ident = (structure, code)
        found = self._units.get(ident)
        if found is None:
            rows = self._rows.get(structure)
            if rows is None or code not in rows:
                return None
            found = self._units[ident] = make_unit(structure, rows, code)
        return found

    def units(self, structure: str) -> list[Unit]:
        """Every unit of a structure, provinces first, in code order."""
        return [self.unit(structure, code) for code in self._rows[structure]]  # type: ignore[misc]

    def parent(self, unit: Unit) -> Unit | None:
        return self.unit(unit.structure, unit.parents[-1]) if unit.parents else None

    def parent_chain(self, unit: Unit) -> list[Unit]:
        """The units above a unit, province first."""
        return [self.unit(unit.structure, code) for code in unit.parents]  # type: ignore[misc]

    def lookup(self, name: str, parent: Unit | str | None = None, structure: str | None = None) -> list[Unit]:
        """The units a written name can mean, best first (empty when none).

        `name` is one unit's name as editors write it ("Q. Hai Bà Trưng", "Huyện ủy Duy Tiên",
        "Phường 02"); `parent`, a unit or a written name of a unit above it (with its own parents
        after commas), keeps only the units under it; `structure` (PRE2025 or Y2025) keeps one
        structure. A name written with marks matches those marks (tone placement, Đăk/Đắk aside),
        one without matches any; former names (units merged or renamed 2019–2024) answer with the
        unit that took them over. Every candidate of an ambiguous name is returned: bigger units
        first, then pre-2025 before 2025, then by code.
        """
        return [self.unit(e[0], e[1]) for e in self._ranked(name, parent, structure)]  # type: ignore[misc]

    def matches(
        self, name: str, parent: Unit | str | None = None, structure: str | None = None
    ) -> list[tuple[Unit, bool]]:
        """lookup(), each unit with whether only a former name of it matched (Quận 2 → Thủ Đức)."""
        return [(self.unit(e[0], e[1]), e[4]) for e in self._ranked(name, parent, structure)]  # type: ignore[misc]

    def resolve(self, name: str, parent: Unit | str | None = None, structure: str | None = None) -> Unit | None:
        """The one unit a written name means, or None when it means none or several: the only
        candidate, or the only one whose current name (not a former one) matches."""
        ranked = self._ranked(name, parent, structure)  # Units made for the answer alone
        if len(ranked) != 1:
            ranked = [e for e in ranked if not e[4]]
        return self.unit(ranked[0][0], ranked[0][1]) if len(ranked) == 1 else None

    def _ranked(self, name: str, parent: Unit | str | None, structure: str | None) -> list[tuple]:
        written = parse(name)
        entries = self._index.get(written.key, [])
        if not entries and written.whole != written.key:
            written = Name("", written.whole, "", written.whole)
            entries = self._index.get(written.key, [])
        if structure is not None:
            entries = [e for e in entries if e[0] == structure]
        if parent is not None:
            entries = self._under(entries, parent)
        # the level written first, then the marks: "Huyện Đak Pơ" is the register's Huyện Đăk Pơ (one
        # name spelt two ways), not the Thị trấn Đak Pơ that is its seat
        if written.level:
            tiers = _LEVEL_TIERS.get(written.level, set())
            exact = [e for e in entries if (e[2] or self._level(e)) == written.level]
            entries = exact or [e for e in entries if tier_of(e[1]) in tiers] or entries
        if written.marked:
            same = [e for e in entries if e[4] or e[3] == written.marked]
            entries = same or entries
        ranked = sorted(set(entries), key=lambda e: (e[4], tier_of(e[1]), _ORDER[e[0]], e[1]))
        seen: set[tuple[str, str]] = set()
        result = []
        for entry in ranked:  # a unit matched by its name and a former name: the name wins
            if (entry[0], entry[1]) not in seen:
                seen.add((entry[0], entry[1]))
                result.append(entry)
        return result

    def suggest(self, name: str, parent: Unit | None, structure: str, n: int = 3) -> list[Unit]:
        """Units under `parent` (or provinces) whose names are close to a name that matched none:
        "did you mean" for a misspelt locality (difflib, so for check rather than every build)."""
        where = (structure, parent.code if parent else "")
        pool = self._pools.get(where)
        if pool is None:
            rows = self._rows[structure]
            if parent is None:
                codes = [c for c in rows if tier_of(c) == PROVINCE]
            else:
                codes = [u.code for u in self.children(parent)]
            pool = self._pools[where] = {rows[c].key: c for c in codes}
        close = difflib.get_close_matches(parse(name).key, list(pool), n=n, cutoff=0.75)
        return [self.unit(structure, pool[k]) for k in close]  # type: ignore[misc]

    def children(self, unit: Unit) -> list[Unit]:
        """The units directly under a unit, in code order."""
        if self._children is None:
            self._children = {}
            for structure, rows in self._rows.items():
                for row in rows.values():
                    self._children.setdefault((structure, row.parent), []).append(row.code)
        return [self.unit(unit.structure, c) for c in self._children.get(unit.ident, ())]  # type: ignore[misc]

    def search(self, text: str, structure: str | None = None) -> list[Unit]:
        """A name with its parents after commas, nearest first ("Quận 2, TP.HCM"): lookup()."""
        name, _, parents = text.partition(",")
        return self.lookup(name, parents.strip() or None, structure)

    def successors(self, unit: Unit) -> list[Unit]:
        """For a pre-2025 unit, every 2025 unit its territory went to on 1 July 2025 (a split
        commune has several; a district, the communes over which its area now lies)."""
        if unit.structure != PRE2025:
            return []
        return [self.unit(Y2025, c) for c in self._conversion().get(unit.code, ())]  # type: ignore[misc]

    def predecessors(self, unit: Unit) -> list[Unit]:
        """For a 2025 unit, the pre-2025 units of its tier it was formed from (provinces for a
        province, communes for a commune, an island district for a special zone)."""
        if unit.structure != Y2025:
            return []
        if self._predecessors is None:
            self._predecessors = self._invert()
        return [self.unit(PRE2025, c) for c in self._predecessors.get(unit.code, ())]  # type: ignore[misc]

    def _conversion(self) -> dict[str, tuple[str, ...]]:
        if self._successors is None:
            self._successors = read_successors()
        return self._successors

    def _invert(self) -> dict[str, list[str]]:
        with_communes = {row.parent for row in self._rows[PRE2025].values() if tier_of(row.code) == COMMUNE}
        inverse: dict[str, list[str]] = {}
        for old, news in self._conversion().items():
            tier = tier_of(old)
            if tier == DISTRICT and old in with_communes:
                continue  # a district's successors are its communes' successors
            for new in news:
                if tier_of(new) == PROVINCE or tier != PROVINCE:
                    inverse.setdefault(new, []).append(old)
        return inverse

    def _level(self, entry: tuple[str, str, str, str, bool]) -> str:
        return level_key(self._rows[entry[0]][entry[1]].level)

    def _under(self, entries: list, parent: Unit | str) -> list:
        above = {parent.ident} if isinstance(parent, Unit) else {u.ident for u in self.search(parent)}
        kept = []
        for entry in entries:
            rows = self._rows[entry[0]]
            code = rows[entry[1]].parent
            while code:
                if (entry[0], code) in above:
                    kept.append(entry)
                    break
                code = rows[code].parent
        return kept


def only(matches: list[tuple[Unit, bool]]) -> Unit | None:
    """The one unit of matches(): the only candidate, or the only one matched by its current name."""
    if len(matches) != 1:
        matches = [m for m in matches if not m[1]]
    return matches[0][0] if len(matches) == 1 else None


@lru_cache(maxsize=1)
def register() -> Register:
    """The register, read once per process (about 15 ms)."""
    return Register()
