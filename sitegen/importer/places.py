"""Localities named in the text ("Đảng ủy xã Hưng Hà", "Quận ủy Hai Bà Trưng", "Thị xã Duy Tiên"),
and the province of a named district from the register of administrative units.

Never invents a place: a province is added only when the register has exactly one district
of that name and the text supports it (it names the province, its committee, "Tỉnh ủy" for a
province or "Thành ủy" for a centrally run city, or the source URL carries its name).
A commune alone is never climbed to its district: commune names repeat across the country.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..register import DISTRICT, PROVINCE, Unit
from ..text import fold, slugify, split_level

# Up to four words; capitalisation is checked after the match (regex classes do not know
# Vietnamese capitals).
_NAME = r"((?:[^\W\d_][\w’']*|\d{1,3})(?:[ ]+[^\W\d_][\w’']*){0,3})"
_COMMITTEE = re.compile(rf"\b(Tỉnh|Thành|Huyện|Quận|Thị)[ ]+(?:ủy|uỷ)[ ]+{_NAME}")
_UNIT = re.compile(rf"(?<!\w)((?i:tỉnh|thành phố|tp\.|huyện|quận|thị xã|thị trấn|xã|phường))[ ]+{_NAME}")
_COMMITTEE_LEVEL = {"Tỉnh": "tỉnh", "Thành": "thành phố", "Huyện": "huyện", "Quận": "quận", "Thị": "thị xã"}
_DISPLAY = {
    "tỉnh": "Tỉnh",
    "thành phố": "Thành phố",
    "huyện": "Huyện",
    "quận": "Quận",
    "thị xã": "Thị xã",
    "thị trấn": "Thị trấn",
    "xã": "Xã",
    "phường": "Phường",
}
# Words that follow a level word but are no name ("huyện Ủy ban …" is rare, "Xã Hội" is not).
_NOT_NAMES = {"hội", "ủy", "uỷ", "đảng", "ban", "bộ", "nhà", "công", "mặt"}
COMMUNE = 2  # PROVINCE 0, DISTRICT 1 as the register numbers its tiers


@dataclass(frozen=True)
class Place:
    level: str  # "quận", "xã", …
    name: str  # "Hai Bà Trưng"

    @property
    def title(self) -> str:
        return f"{_DISPLAY[self.level]} {self.name}"


def named_places(text: str) -> list[Place]:
    """Every locality the text names, in order of appearance."""
    found: list[tuple[int, Place]] = []
    for m in _COMMITTEE.finditer(text):
        found.append((m.start(), Place(_COMMITTEE_LEVEL[m.group(1)], m.group(2))))
    for m in _UNIT.finditer(text):
        level = m.group(1).casefold()
        level = "thành phố" if level == "tp." else level
        found.append((m.start(), Place(level, m.group(2))))
    places: list[Place] = []
    for _, place in sorted(found, key=lambda item: item[0]):
        words: list[str] = []
        for word in place.name.split():
            if not word[0].isupper() or (words and word.isupper() and len(word) > 1):
                break
            words.append(word)
        if place.name[0].isdigit():
            words = [place.name.split()[0]] if place.level in ("quận", "phường") else []
        if not words or words[0].casefold() in _NOT_NAMES:
            continue
        places.append(Place(place.level, " ".join(words)))
    return places


def rank(place: Place) -> int:
    if place.level == "tỉnh":
        return PROVINCE
    if place.level == "thành phố":
        return PROVINCE if _is_province(place.name) else DISTRICT
    return DISTRICT if place.level in ("huyện", "quận", "thị xã") else COMMUNE


def choose(preferred: list[Place], body: list[Place]) -> list[Place]:
    """One place per level: the organiser's or the title's first, else the only (or most named)
    one of the body for province and district; a commune only from the organiser or the title."""
    chain: list[Place] = []
    for level in (PROVINCE, DISTRICT, COMMUNE):
        mine = [p for p in preferred if rank(p) == level]
        if mine:
            chain.append(mine[0])
            continue
        if level == COMMUNE:
            continue
        theirs = Counter(p for p in body if rank(p) == level)
        if len(theirs) == 1 or (theirs and theirs.most_common(2)[0][1] > theirs.most_common(2)[1][1]):
            chain.append(theirs.most_common(1)[0][0])
    return chain


def province_of(district: Place, text: str, source: str | None) -> tuple[str, str] | None:
    """The province of a district, with the reason, when the register and the text agree."""
    provinces = {u.chain[0] for u in _units(district.title, DISTRICT)}
    if len(provinces) != 1:
        return None
    province = provinces.pop()
    _, name = split_level(province)
    folded = fold(text)
    if re.search(r"(?<!\w)" + re.escape(fold(name)) + r"(?!\w)", folded):
        return province, f"the register puts {district.title} in {province}, named in the text"
    host = re.sub(r"^https?://([^/]+).*$", r"\1", source or "").replace("-", "")
    if host and slugify(name).replace("-", "") in host:
        return province, f"the register puts {district.title} in {province}, named in the source URL"
    committee = "thanh uy" if province.startswith("Thành phố") else "tinh uy"
    if re.search(r"(?<!\w)" + committee + r"(?!\w)", folded):
        word = "Thành ủy" if committee == "thanh uy" else "Tỉnh ủy"
        return province, f"the register puts {district.title} in {province} alone, and the text names the {word}"
    return None


def complete(title: str) -> str:
    """ "Hà Nội" → "Thành phố Hà Nội" when a bare name is one province of the register."""
    level, name = split_level(title)
    if level:
        return title
    matches = _units(name, PROVINCE)
    return matches[0].name if len(matches) == 1 else title


def _is_province(name: str) -> bool:
    """ "Hà Nội" is a centrally run city; "Thái Bình" as a city is the capital of Tỉnh Thái Bình."""
    return any(u.level == "Thành phố" for u in _units(name, PROVINCE))


def _units(title: str, tier: int) -> list[Unit]:
    """Units of the pre-2025 register (the one these archives are written in) of that tier whose
    current name is the title, level word included when there is one."""
    from ..register import PRE2025, register

    matches = register().matches(title, structure=PRE2025)
    level = split_level(title)[0]
    return [u for u, former in matches if not former and u.tier == tier and (not level or u.level.casefold() == level)]


def register_available() -> bool:
    return True
