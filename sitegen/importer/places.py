"""Localities named in the text ("Đảng ủy xã Hưng Hà", "Quận ủy Hai Bà Trưng", "Thị xã Duy Tiên"),
and the province of a named district from the register of administrative units.

Never invents a place: a province is added only when the register has exactly one district
of that name and the text supports it (it names the province, its committee, "Tỉnh ủy" for a
province or "Thành ủy" for a centrally run city, or the source URL carries its name).
A commune alone is never climbed to its district: commune names repeat across the country.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ..text import fold, slugify, split_level
from .fields import name_in_run

# Up to six words (a person's name may follow the unit's); capitalisation is checked after the
# match (regex classes do not know Vietnamese capitals).
_NAME = r"((?:[^\W\d_][\w’']*|\d{1,3})(?:[ ]+[^\W\d_][\w’']*){0,5})"
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
PROVINCE, DISTRICT, COMMUNE = 0, 1, 2


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
    for m in _HCMC.finditer(text):
        found.append((m.start(), Place("thành phố", "Hồ Chí Minh")))
    for m in _BRACKETED.finditer(text):  # "tại Nha Trang (Khánh Hòa)": a province in brackets
        if _register() is not None and fold(m.group(1)) in _register()["provinces"]:
            full = _register()["provinces"][fold(m.group(1))][0]
            found.append((m.start(), Place(*_level_name(full))))
    places: list[Place] = []
    for _, place in sorted(found, key=lambda item: item[0]):
        words: list[str] = []
        for word in place.name.split():
            if not word[0].isupper() or (words and word.isupper() and len(word) > 1):
                break
            words.append(word)
        if place.name[0].isdigit():
            words = [place.name.split()[0]] if place.level in ("quận", "phường") else []
        words = _without_person(words)
        if not words or words[0].casefold() in _NOT_NAMES:
            continue
        candidate = Place(place.level, " ".join(words))
        if _registered(candidate) is False:
            continue  # the register does not know it: never a locality
        places.append(candidate)
    return places


_HCMC = re.compile(r"(?<!\w)(?:TP\.?\s?HCM|TP\.?\s?Hồ Chí Minh|Thành phố Hồ Chí Minh)(?!\w)")
_BRACKETED = re.compile(r"\(([^\W\d_][\w ]{2,20})\)")


def _level_name(full: str) -> tuple[str, str]:
    level, name = split_level(full)
    return (level or "tỉnh").casefold(), name


def _without_person(words: list[str]) -> list[str]:
    """A person's name after the unit ("Tỉnh ủy Nguyễn Thị Phong Vũ", "xã Hưng Hà Vũ Kim Thành")
    is cut off; a unit whose whole name is a person's name is no unit."""
    if not words or words[0].isdigit():
        return words
    name = name_in_run(words, True, is_unit_name)
    if name is None:
        return words
    cut = len(words) - len(name.split())
    return words[:cut]


def _registered(place: Place) -> bool | None:
    """Whether the register knows the province or district (None: no register, or a commune,
    which the district-level register cannot check)."""
    register = _register()
    if register is None:
        return None
    key = fold(place.name)
    if rank(place) == PROVINCE:
        return key in register["provinces"]
    if rank(place) == DISTRICT:
        return (place.level, key) in register["districts"] or (
            place.level == "thành phố" and key in register["provinces"]
        )
    return None


def is_unit_name(name: str) -> bool:
    """A province's or district's name in the register ("Hà Nam", "Trần Văn Thời")."""
    register = _register()
    if register is None:
        return False
    key = fold(name)
    return key in register["provinces"] or key in register["district_names"]


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
    register = _register()
    if register is None:
        return None
    key = (district.level, fold(district.name))
    provinces = register["districts"].get(key, [])
    if len(provinces) != 1:
        return None
    province = provinces[0]
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
    register = _register()
    if level or register is None:
        return title
    matches = register["provinces"].get(fold(name), [])
    return matches[0] if len(matches) == 1 else title


def _is_province(name: str) -> bool:
    """ "Hà Nội" is a centrally run city; "Thái Bình" as a city is the capital of Tỉnh Thái Bình."""
    register = _register()
    if register is None:
        return False
    return any(full.startswith("Thành phố") for full in register["provinces"].get(fold(name), []))


@lru_cache(maxsize=1)
def _register() -> dict | None:
    """The pre-2025 register of provinces and districts (vietnam-provinces 0.6.x data), or None."""
    try:
        from vietnam_provinces import NESTED_DIVISIONS_JSON_PATH
    except ImportError:
        return None
    data = json.loads(NESTED_DIVISIONS_JSON_PATH.read_text(encoding="utf-8"))
    if not data or "districts" not in data[0]:
        return None  # the 2025 two-level register has no districts: of no use for these archives
    provinces: dict[str, list[str]] = {}
    districts: dict[tuple[str, str], list[str]] = {}
    for province in data:
        provinces.setdefault(fold(split_level(province["name"])[1]), []).append(province["name"])
        for district in province["districts"]:
            level, name = split_level(district["name"])
            districts.setdefault((level, fold(name)), []).append(province["name"])
    names = {name for _, name in districts}
    return {"provinces": provinces, "districts": districts, "district_names": names}


def register_available() -> bool:
    return _register() is not None
