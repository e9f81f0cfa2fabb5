"""Localities of an article, from the register of administrative units (sitegen.register).

A locality is never invented: a name the text gives after a level word or an organ ("Đảng ủy
xã Hưng Hà", "Quận ủy Hai Bà Trưng", "huyện Phú Tân (Cà Mau)", "TPHCM") becomes a locality only
when the register knows a unit of that name and level. A person's name after the organ ("Ban
Dân vận Tỉnh ủy Nguyễn Thị Phong Vũ") is cut off first. A name several units carry ("Huyện
Châu Thành") is settled by the text (a parent it names, "ấp" for the south) or reported with
its candidates; the chain written is the register's, from the province down.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from ..casing import is_all_caps, sentence_case
from ..register import COMMUNE, DISTRICT, PRE2025, PROVINCE, Y2025, Unit
from ..text import fold, split_level
from .fields import _LOWER, _UPPER, directs, name_in_run

# Up to six words (a person's name may follow the unit's); capitalisation is checked after the
# match (regex classes do not know Vietnamese capitals).
_NAME = r"((?:[^\W\d_][\w’']*|\d{1,3})(?:[ ]+[^\W\d_][\w’']*){0,5})"
# "Huyện ủy Mê Linh", and the Youth Union's committees: "Thành đoàn Đà Nẵng", "Huyện đoàn Mê Linh",
# "Xã đoàn Vĩnh Hanh", "Phường đoàn Tân Phú".
# In any case: "huyện Đoàn Bù Đốp", "huyện đoàn Bù Đốp" (a capital Đ for the Youth Union).
_COMMITTEE = re.compile(rf"\b(?i:(Tỉnh|Thành|Huyện|Quận|Thị)[ ]+(?:ủy|uỷ|đoàn)|(Xã|Phường)[ ]+đoàn)[ ]+{_NAME}")
# Level words abbreviated by newspapers: "P.Tràng Tiền", "Q. 7", "X.Tàm Xá", "TT.Đông Anh",
# "H.Châu Thành", "TX Sông Cầu" ("TX" needs no full stop: no other word is spelled so).
# "TP Vinh", "Tp Bắc Kạn" (no full stop) too; "TP HCM" is read by its own spellings below.
_LEVEL_ABBREVIATED = re.compile(
    r"(?<![\w.])(?:(P|Q|X|TT|H|TX)\.[ ]?|(TX|TP|Tp)[ ]+(?!HCM\b|Hồ Chí Minh\b))(?=[A-ZĐÀ-Ỹ0-9])"
)
_LEVEL_WORD_OF = {
    "P": "phường",
    "Q": "quận",
    "X": "xã",
    "TT": "thị trấn",
    "H": "huyện",
    "TX": "thị xã",
    "TP": "thành phố",
    "Tp": "thành phố",
}
_UNIT = re.compile(rf"(?<!\w)((?i:tỉnh|thành phố|tp\.|huyện|quận|thị xã|thị trấn|xã|phường))[ ]+{_NAME}")
_COMMITTEE_LEVEL = {
    "Tỉnh": "tỉnh",
    "Thành": "thành phố",
    "Huyện": "huyện",
    "Quận": "quận",
    "Thị": "thị xã",
    "Xã": "xã",
    "Phường": "phường",
}
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
_AT = re.compile(r"\btại\s+([^\W\d_][\w’']*(?:[ ]+[^\W\d_][\w’']*){0,2})")
_HCMC = re.compile(r"(?<!\w)(?:TP\.?\s?HCM|TP\.?\s?Hồ Chí Minh|Thành phố Hồ Chí Minh)(?!\w)")
# A place kicker opening a line: a province's name and a colon ("Bạc Liêu: Định hướng …").
_KICKER = re.compile(r"(?m)^([^\W\d_][\w’']*(?:[ ]+[^\W\d_][\w’']*){0,2})\s*:\s")
# "tại Nha Trang (Khánh Hòa)", "huyện Phú Tân (Cà Mau)": a province in brackets after a name.
_BRACKETED = re.compile(r"(?:([^\W\d_][\w’']*(?:[ ]+[^\W\d_][\w’']*){0,3})[ ]+)?\(([^\W\d_][\w ]{2,20})\)")
# A street address with the district and the province named bare after it ("số 249A Thụy Khuê, Tây Hồ,
# Hà Nội"): the venue's units.
_ADDRESS = re.compile(
    r"(?<!\w)(?i:số)\s+\d+[A-Za-z]?\s+[^,\n]{2,40}?,\s*([^\W\d_][\w’']*(?:[ ]+[^\W\d_][\w’']*){0,2}),\s*"
    r"([^\W\d_][\w’']*(?:[ ]+[^\W\d_][\w’']*){0,2})\s*(?:[.;\n]|$)"
)
# Organs before a unit's name: a unit named with its organ is what the article is about (and so is
# one whose voters are met: "tiếp xúc cử tri xã Tà Năng" happens in that commune).
_ORGAN_BEFORE = re.compile(
    r"(?:cử tri|ủy ban nhân dân|ubnd|hđnd|hội đồng nhân dân|đảng bộ|đảng ủy|đảng uỷ|mttq|mặt trận tổ quốc|"
    r"ban [^\s,.;]+(?: [^\s,.;]+){0,3}|công an|đoàn thanh niên|hội [^\s,.;]+(?: [^\s,.;]+){0,2}|"
    r"chi cục [^\s,.;]+(?: [^\s,.;]+){0,2}|cục [^\s,.;]+(?: [^\s,.;]+){0,2}|trung tâm [^,.;]{0,40})\s*$",
    re.IGNORECASE,
)


# "Ngày 24/5/2019, huyện Kon Plông đã long trọng tổ chức Đại hội …": a unit named bare as the one
# that holds the meeting is its organiser, as an organ's unit is.
_HOLDS = re.compile(r"(?:đã |vừa )?(?:long trọng )?tổ chức\b")


def _organises(m: re.Match, text: str) -> bool:
    words = (m.group(2) + text[m.end() : m.end() + 30]).split()
    name = 0
    while name < len(words) and words[name][0].isupper() and re.fullmatch(r"[\w’']+", words[name]):
        name += 1
    return name > 0 and bool(_HOLDS.match(" ".join(words[name:])))


def _directed(before: str) -> bool:
    """Whether a unit's organ is one another directs ("chỉ đạo Hội Nông dân huyện …"): the words
    before the unit's name, less its organ, end with a verb of directing."""
    window = before[-40:]
    m = _ORGAN_BEFORE.search(window)
    return directs(before[: len(before) - len(window) + m.start()] if m else before)


@dataclass(frozen=True)
class Place:
    level: str  # "quận", "xã", …
    name: str  # "Hai Bà Trưng"
    organ: bool = True  # named as an organ's unit ("Huyện ủy X", "UBND huyện X"), not in passing
    merged: bool = False  # "Phường Hải Châu I", merged since into the ward of its name: only its parent is known

    @property
    def title(self) -> str:
        return f"{_DISPLAY[self.level]} {self.name}"


@dataclass
class Resolution:
    """The chain chosen for an article, why, and how sure; or the candidates of an unsettled name."""

    chain: list[str]
    why: str
    sure: bool
    notes: list[str]
    candidates: list[tuple[str, ...]] = field(default_factory=list)  # an unsettled name's chains


def named_places(text: str, whole_names: bool = False) -> list[Place]:
    """Every unit the text names after a level word or an organ, in order of appearance; a name
    the register does not know (a person's, a typo) is left out. With `whole_names` (the
    organiser's name, the title), a unit named after a person ("Phường Nguyễn Thái Bình") is kept
    whole when the register knows it; in the body such a name is read as a person's."""
    text = _LEVEL_ABBREVIATED.sub(lambda m: _LEVEL_WORD_OF[m.group(1) or m.group(2)] + " ", text)
    found: list[tuple[int, Place]] = []
    for m in _COMMITTEE.finditer(text):
        if _HCMC.match(m.group(3)):
            continue  # "Thành đoàn TPHCM": the city, read below by its own spellings
        found.append((m.start(), Place(_COMMITTEE_LEVEL[(m.group(1) or m.group(2)).capitalize()], m.group(3), True)))
    for m in _unit_matches(text):
        level = m.group(1).casefold()
        level = "thành phố" if level == "tp." else level
        before = text[max(0, m.start() - 60) : m.start()]
        organ = bool(_ORGAN_BEFORE.search(before[-40:]) or _organises(m, text)) and not _directed(before)
        found.append((m.start(), Place(level, m.group(2), organ)))
    for m in _AT.finditer(text):  # "tại Hà Nội": a province named as the venue
        province = _one(m.group(1), PROVINCE)
        if province is not None:
            level, name = split_level(province.name)
            found.append((m.start(1), Place(level.casefold(), name, False)))
    for m in _KICKER.finditer(text):  # "Bạc Liêu: Định hướng …": the province a title is filed under
        province = _one(m.group(1), PROVINCE)
        if province is not None:
            level, name = split_level(province.name)
            found.append((m.start(1), Place(level.casefold(), name, False)))
    for m in _HCMC.finditer(text):
        found.append((m.start(), Place("thành phố", "Hồ Chí Minh", False)))
    for m in _BRACKETED.finditer(text):
        province = _one(m.group(2), PROVINCE)
        if province is not None:
            level, name = split_level(province.name)
            found.append((m.start(2), Place(level.casefold(), name, False)))
            inner = m.group(1) and _inside(m.group(1).split()[-2:], province)
            if inner is not None:  # "tại Nha Trang (Khánh Hòa)": the unit before the brackets
                level, name = split_level(inner.name)
                found.append((m.start(), Place(level.casefold(), name, False)))
    for m in _ADDRESS.finditer(text):  # "số 249A Thụy Khuê, Tây Hồ, Hà Nội": a venue's address
        province = _one(m.group(2), PROVINCE)
        inner = _inside(m.group(1).split(), province) if province is not None else None
        if inner is not None:
            for unit, at in ((province, m.start(2)), (inner, m.start(1))):
                level, name = split_level(unit.name)
                found.append((at, Place(level.casefold(), name, False)))
    places: list[Place] = []
    for _, place in sorted(found, key=lambda item: item[0]):
        words: list[str] = []
        for word in place.name.split():
            roman = re.fullmatch(r"[IVX]{2,4}", word)  # "Phường Hải Châu II": a number, not a word in capitals
            if not word[0].isupper() or (words and word.isupper() and len(word) > 1 and not roman):
                break
            words.append(word)
        if place.name[0].isdigit():
            words = [place.name.split()[0]] if place.level in ("quận", "phường") else []
        if not (whole_names and _known(Place(place.level, " ".join(words)))):
            words = _without_person(words)  # "Phường Nguyễn Thái Bình" is a ward, named after a person
        if not words or (words[0].casefold() in _NOT_NAMES and not (words[0] == "Hội" and len(words) > 1)):
            continue  # "xã hội" (society) is no commune; "phường Hội Phú" is one when the register says so
        candidate = Place(place.level, " ".join(words), place.organ)
        if not _known(candidate):
            merged = _merged_province(candidate) or _numbered_ward(candidate)
            if merged is not None:
                places.append(merged)
                continue
            candidate = _known_head(candidate, place.name.split()[len(words) : len(words) + 1])
            if candidate is None:
                continue  # not a unit of the register (in either structure): never a locality
        places.append(candidate)
    return places


def _known(place: Place) -> bool:
    return bool(candidates(place) or candidates(place, Y2025))


def _known_head(place: Place, after: list[str]) -> Place | None:
    """ "Phường Đức Xuân Sơ kết công tác …": a title that runs on in capitals after the unit's
    name. Its last word opens the title's clause with the word after it ("Sơ kết", "Tổ chức",
    "Họp"): the name less that word is the unit when the register knows it. Only such a word is
    taken off, so a name the register does not know ("Hưng Thịnh Vượng") is never cut down to
    one it does."""
    words = place.name.split()
    if len(words) < 3:
        return None  # a head of one word is never taken (too many names share it)
    opener = fold(" ".join([words[-1], *after]))
    if not (_CLAUSE_OPENER.match(opener) or opener.split()[0] in _ONE_WORD_OPENERS):
        return None
    head = Place(place.level, " ".join(words[:-1]), place.organ)
    return head if _known(head) else None


# The verbs and meetings a title's clause opens with, after the unit's name.
_CLAUSE_OPENER = re.compile(
    r"^(?:so ket|tong ket|to chuc|trien khai|hoi nghi|dai hoi|ky niem|doi thoai|tiep xuc|giao ban|ra quan|"
    r"phat dong|thuc hien|quan triet|tap huan|ky ket|khai mac|be mac|tuyen truyen|gap mat|ban giao|ra mat|"
    r"kiem tra|danh gia|hoan thanh|xay dung|day manh|don nhan)\b"
)
_ONE_WORD_OPENERS = {"hop", "trao", "tang", "tham"}


_CAPITALISED = re.compile(rf"(?:[^\W\d_][\w’']*|\d{{1,3}})(?:[ ]+[{_UPPER}\d][\w’']*)*")


def _unit_matches(text: str) -> list[re.Match]:
    """Every level word and the words after it; a level word followed by lower-case words ("xã,
    phường trên địa bàn thị xã Sông Cầu") does not swallow the level word among them."""
    found: list[re.Match] = []
    pos = 0
    while (m := _UNIT.search(text, pos)) is not None:
        if m.group(2)[0].isupper() or m.group(2)[0].isdigit():
            found.append(m)
            # the search goes on after the name's capitalised words: "xã Hòa Lạc và HĐND xã Hòa
            # Sơn" names two communes, the second's level word among the first's trailing words
            pos = m.start(2) + _CAPITALISED.match(m.group(2)).end()
        else:
            pos = m.start(2)
    return found


def _merged_province(place: Place) -> Place | None:
    """ "Thị xã Cửa Lò", merged into Thành phố Vinh since: the register knows the name only as a
    former one of a unit of another level. The province they all lie in is still the article's
    (the chain stops there rather than name the unit that took it over)."""
    from ..register import register

    if place.level in ("tỉnh", "thành phố"):
        return None
    matches = register().matches(place.title, structure=PRE2025)
    provinces = {u.chain[0] for u, former in matches}
    if not matches or not all(former for _, former in matches) or len(provinces) != 1:
        return None
    level, name = split_level(provinces.pop())
    return Place(level.casefold(), name, place.organ)


def _numbered_ward(place: Place) -> Place | None:
    """ "Phường Hải Châu I", "xã Tân Lập 2": a commune named with a number the register no longer
    holds, merged since into the one of its name without the number ("Phường Hải Châu"). That
    one's parent is the article's; the chain stops there (resolve)."""
    words = place.name.split()
    if place.level not in ("phường", "xã", "thị trấn") or len(words) < 2:
        return None
    if not re.fullmatch(r"[IVX]{1,4}|\d{1,2}", words[-1]):
        return None
    head = Place(place.level, " ".join(words[:-1]), place.organ, merged=True)
    return head if candidates(head) else None


def spelling(name: str) -> str:
    """A name folded with the spelling variants of one syllable made one: "Quý" and "Quí", "Kỳ"
    and "Kì", "Mỹ" and "Mĩ" (the register keeps some units in the older spelling, "Huyện Phú Quí")."""
    return re.sub(r"\b(qu|ch|gh|kh|ng|nh|ph|th|tr|[bcdghklmnprstvx])y\b", r"\1i", fold(name))


def _inside(words: list[str], province: Unit) -> Unit | None:
    """The unit the last one or two capitalised words name inside that province, if exactly one."""
    for size in (2, 1):
        name = " ".join(words[-size:])
        if len(words) < size or not all(w[:1].isupper() for w in words[-size:]):
            continue
        from ..register import register

        units = [u for u, former in register().matches(name, province, PRE2025) if not former]
        if len(units) == 1 and units[0].tier != PROVINCE:
            return units[0]
    return None


def _without_person(words: list[str]) -> list[str]:
    """A person's name after the unit ("Tỉnh ủy Nguyễn Thị Phong Vũ", "xã Hưng Hà Vũ Kim Thành")
    is cut off; a unit whose whole name is a person's name is no unit."""
    if not words or words[0].isdigit():
        return words
    name = name_in_run(words, True, is_unit_name)
    if name is None:
        return words
    return words[: len(words) - len(name.split())]


def candidates(place: Place, structure: str = PRE2025) -> list[Unit]:
    """The register's units of that name and level (current names; a former name answers with
    the unit that took it over)."""
    from ..register import register

    level = place.level
    units = [u for u, _ in register().matches(place.title, structure=structure)]
    if level == "thành phố":
        return units
    return [u for u in units if u.level.casefold() == level]


# The day the 2025 structure took effect (communes directly under the provinces, no districts).
REFORM = date(2025, 7, 1)
# "Đại hội Đảng bộ xã lần thứ Nhất, nhiệm kỳ 2025-2030": the first congress of a unit formed by the
# 2025 reform (a unit that already existed held its nth of that term).
_FIRST_OF_2025_TERM = re.compile(r"\blan thu (?:nhat|i)\b[^.;\n]{0,30}?\bnhiem ky 2025\s*[-–]\s*2030\b")


def written_after_reform(text: str) -> bool:
    """Whether a text with no date is written in the 2025 structure: it reports a unit's first
    congress of the 2025–2030 term, which only units the reform formed hold."""
    return _FIRST_OF_2025_TERM.search(fold(text)) is not None


def resolve(
    preferred: list[Place], body: list[Place], text: str, source: str | None, when: date | None
) -> Resolution | None:
    """The article's locality: the finest unit its organiser or title names, else one named
    with its organ in the body, else a province named in passing; settled against the register."""
    structure = Y2025 if when is not None and when >= REFORM else PRE2025
    organised = preferred or [p for p in body if p.organ]
    pool = organised or body  # else the venue, named in passing
    # "chỉ đạo xã Phong Hóa và Hương Hóa …", "tiếp xúc cử tri 03 xã Phong Sơn, Phong Xuân, Phong Mỹ": a
    # commune named with another under one level word is one of several the text speaks of, not where
    # the meeting is, when something else names a place
    alone = [p for p in pool if not (p.level in _COMMUNE_LEVELS and _named_with_another(p, text))]
    pool = alone if alone else pool
    if not pool:
        return None
    if not organised and (province := _districts_province(body, structure)) is not None:
        return Resolution([province], "named in the text, units of several districts of one province", False, [])
    target = max(pool, key=_tier_hint)
    # a page with no date: a name only the 2025 structure holds ("phường Phú Xuân" of Huế) is that unit
    other = PRE2025 if structure == Y2025 else (Y2025 if when is None else PRE2025)
    units = candidates(target, structure) or candidates(target, other)
    why = "named in the " + ("organiser or title" if preferred else "text")
    if (upgraded := _upgraded(target, units, text, structure)) is not None:
        note = (
            f"locality: {target.title} lies in no province the text names; {' › '.join(upgraded.chain)} "
            "bears its name in the province it names (a district raised to a town since?)"
        )
        return Resolution(list(upgraded.chain), why + ", in the province the text names", False, [note])
    if not units:
        return None
    if target.merged:
        # "Phường Hải Châu I": the ward of its name took it over; that ward's parent is the article's
        settled = units[0] if len(units) == 1 else _settle(units, text, source, preferred + body)[0]
        parents = {tuple(u.chain[:-1]) for u in ([settled] if settled else units)}
        if len(parents) == 1 and (parent := list(parents.pop())):
            note = (
                f"locality: {target.title} with a number is no unit of the register now; "
                f"kept {' › '.join(parent)}, the parent of {target.title} (merged since?)"
            )
            return Resolution(parent, why + ", a unit merged since: its parent", False, [note])
        return None
    if len(units) == 1 and (units[0].tier == PROVINCE or _current(target, units)):
        return Resolution(list(units[0].chain), why, True, [])
    # one unit that took the name over (merged or renamed since): settled, its parent is kept below
    settled, reason = (units[0], "") if len(units) == 1 else _settle(units, text, source, preferred + body)
    if settled is None and len(current := _current(target, units)) == 1:
        # "Xã Điện Quang": one commune bears the name today, another bore it before a rename
        settled, reason = current[0], "the only unit that bears the name today (others bore it formerly)"
    listed = "; ".join(f"{u.code} {' › '.join(u.chain)}" for u in units[:6])
    district = _merged_into(target, units, preferred + body, structure) if settled is None else None
    if district is not None:
        note = (
            f"locality: {target.title} is ambiguous ({listed}) and none lies in {district.chain[-1]}, "
            f"which the text names: kept {' › '.join(district.chain)} (a commune merged since?)"
        )
        return Resolution(list(district.chain), why + ", its district named", False, [note])
    if settled is not None and settled not in _current(target, [settled]) and len(settled.chain) > 1:
        # "Phường 6" of Quận 5, merged into Phường 5 since: the register knows the name only as a
        # former one, so the chain stops at the parent rather than name another unit
        parent = list(settled.chain[:-1])
        note = (
            f"locality: {target.title} is no unit of the register now ({listed}); its parent is named: "
            f"kept {' › '.join(parent)} ({settled.chain[-1]} bears the name's territory since)"
        )
        return Resolution(parent, why + ", a unit merged since: its parent", False, [note])
    if settled is not None and not preferred and _round_up_of_communes(target, settled, text):
        parent = list(settled.chain[:-1])
        note = (
            f"locality: {target.title} is ambiguous ({listed}); {' › '.join(parent)} ({reason}): the text is a "
            "round-up of its communes, this one named among them"
        )
        return Resolution(parent, why + ", a round-up of the communes of its district", False, [note])
    if settled is not None:
        note = f"locality: {target.title} is ambiguous ({listed}); chose {' › '.join(settled.chain)}: {reason}"
        return Resolution(list(settled.chain), why + f", {reason}", False, [note])
    together = _communes_together(target, units, preferred + body, text, structure) if settled is None else None
    if together is not None:
        unit, chain, how = together
        note = f"locality: {target.title} is ambiguous ({listed}); chose {' › '.join(chain)}: {how}"
        return Resolution(chain, why + f", {how}", False, [note])
    shared = _shared(units)
    note = (
        f"locality: {target.title} is ambiguous: {listed}"
        + (f" (kept only {' › '.join(shared)}, which they share)" if shared else "")
        + f'; choose with --locality "…/{target.title}"'
    )
    return Resolution(shared, why, False, [note], [u.chain for u in units])


def _upgraded(target: Place, units: list[Unit], text: str, structure: str) -> Unit | None:
    """ "huyện Phong Điền" of "tỉnh Thừa Thiên Huế" (2016): the register's districts of that name and
    level lie in provinces the text never names, while the province it names (by any name it bore)
    holds one unit of that name at another district level: the district raised to a town since."""
    from ..register import register

    if target.level not in _DISTRICT_LEVELS:
        return None
    provinces = set()
    for m in _PROVINCE_NAMED.finditer(text):
        words = m.group(1).split()
        for size in range(len(words), 0, -1):  # "tỉnh Thừa Thiên Huế với …": the capitalised words
            found = [u for u, _ in register().matches("Tỉnh " + " ".join(words[:size]), structure=structure)]
            if found := [u for u in found if u.tier == PROVINCE]:
                provinces.update(u.code for u in found)
                break
    if not provinces or any(_province_code(u) in provinces for u in units):
        return None
    inside = [
        u
        for u, former in register().matches(target.name, structure=structure)
        if not former and u.tier == DISTRICT and _province_code(u) in provinces
    ]
    return inside[0] if len(inside) == 1 else None


_PROVINCE_NAMED = re.compile(rf"(?<!\w)(?:[Tt]ỉnh|TỈNH)[ ]+((?:[{_UPPER}][\w’']*[ ]*){{1,4}})")


def _deeper(inside: Resolution | None, found: Resolution) -> bool:
    """Whether a chain goes on below the one found (a unit inside it)."""
    return (
        inside is not None and len(inside.chain) > len(found.chain) and inside.chain[: len(found.chain)] == found.chain
    )


def inside_passing_province(
    found: Resolution | None,
    preferred: list[Place],
    body: list[Place],
    text: str,
    source: str | None,
    when: date | None,
) -> Resolution | None:
    """A title that names only its province, in passing ("Bình Phước: Sôi nổi Hội thi …", "Lãnh đạo
    thành phố Đà Nẵng dự Ngày hội …"): a finer unit the text names inside that province is where the
    article happens (its organ "Đảng ủy phường Hưng Long", its venue "thôn 56A (xã Đắc Pring)"), when
    it is the one commune the text names (a city's congress with bridges to its wards stays the city's)."""
    if found is None or len(found.chain) != 1 or not preferred:
        return found
    if any(p.organ or _tier_hint(p) != PROVINCE for p in preferred):
        return found
    communes = {fold(p.name) for p in body if p.level in _COMMUNE_LEVELS}
    districts = {fold(p.name) for p in body if p.level in _DISTRICT_LEVELS}
    if len(communes) != 1 or len(districts) > 1:
        return found
    inside = resolve([], body, text, source, when)
    if not _deeper(inside, found):
        return found
    why = inside.why + ", inside the province the title names in passing"
    return Resolution(inside.chain, why, inside.sure, inside.notes, inside.candidates)


# "… đã có buổi tiếp xúc cử tri phường Hiệp Ninh": the commune whose voters the deputies meet.
_VOTERS_OF = re.compile(
    r"(?i:tiếp xúc(?:\s+với)?\s+cử tri)\s+((?i:xã|phường|thị trấn)[ ]+[^\W\d_][\w’']*(?:[ ]+[^\W\d_][\w’']*){0,3})"
)


def voters_commune(
    found: Resolution | None, body: list[Place], text: str, source: str | None, when: date | None
) -> Resolution | None:
    """Deputies of a province or a district who meet the voters of one commune ("Đại biểu HĐND tỉnh
    … tiếp xúc cử tri" / "… tiếp xúc cử tri phường Hiệp Ninh"): the meeting is held in that commune,
    inside the deputies' unit."""
    if found is None or not found.chain:
        return found
    met = {fold(p.name): p for m in _VOTERS_OF.finditer(text) for p in named_places(m.group(1))}
    if len(met) != 1:
        return found
    inside = resolve(list(met.values()), body, text, source, when)
    if not _deeper(inside, found):
        return found
    return Resolution(inside.chain, inside.why + ", the commune whose voters are met", inside.sure, inside.notes)


_DISTRICT_LEVELS = ("huyện", "quận", "thị xã")


def _districts_province(named: list[Place], structure: str) -> str | None:
    """The one province of three or more districts a text names with no organiser's unit ("tiếp
    xúc cử tri tại xã A, huyện B; xã C, huyện D; …"): a round-up across the province, not the
    first commune's."""
    districts = {fold(p.name): p for p in named if p.level in _DISTRICT_LEVELS}
    if len(districts) < 3:
        return None
    provinces: set[str] | None = None
    for place in districts.values():
        found = {u.chain[0] for u in candidates(place, structure) or candidates(place)}
        provinces = found if provinces is None else provinces & found
    return provinces.pop() if provinces and len(provinces) == 1 else None


# "14 xã, thị trấn", "các xã", "HĐND các xã": a text that speaks of several communes at once.
_MANY_COMMUNES = re.compile(r"(?<!\w)(?:\d+|các|những|nhiều|tất cả)\s+(?:xã|phường|xã, thị trấn|xã, phường)(?!\w)")


def _communes_together(
    target: Place, units: list[Unit], named: list[Place], text: str, structure: str
) -> tuple[Unit, list[str], str] | None:
    """Two or more communes the text names, each a name several bear, that lie together in one
    district only ("HĐND xã Cao Sơn", "HĐND xã Tân Tú"): the target is the one in that district;
    in a round-up of several communes ("14 xã, thị trấn đã tổ chức …") the district itself."""
    if target.level not in _COMMUNE_LEVELS:
        return None
    others = {p.name for p in named if p.level in _COMMUNE_LEVELS and fold(p.name) != fold(target.name)}
    if not others:
        return None
    districts = {u.parents[-1] for u in units if u.parents}
    for name in others:
        places = [p for p in named if p.name == name]
        districts &= {u.parents[-1] for u in candidates(places[0], structure) or candidates(places[0]) if u.parents}
    inside = [u for u in units if u.parents and u.parents[-1] in districts]
    if len(districts) != 1 or len(inside) != 1:
        return None
    unit = inside[0]
    if _MANY_COMMUNES.search(text) and len(unit.chain) > 2:
        return unit, list(unit.chain[:-1]), "the communes it names lie in one district (a round-up of several)"
    return unit, list(unit.chain), "the communes the text names lie in one district"


def _round_up_of_communes(target: Place, settled: Unit, text: str) -> bool:
    """ "8/8 xã thị trấn đã tiến hành xong Đại hội …" and "xã Tân An" named in the body alone (no
    organiser, no title names it): one of the communes a district's round-up counts, not where it is."""
    return target.level in _COMMUNE_LEVELS and len(settled.chain) > 2 and bool(_MANY_COMMUNES.search(text))


def _named_with_another(place: Place, text: str) -> bool:
    """Whether the text names the commune with another of its level after one level word
    ("xã Phong Hóa và Hương Hóa", "các phường Tân An, Tân Hòa"), every time it names it."""
    pattern = rf"(?<!\w){re.escape(place.level)}\s+{re.escape(place.name)}(?!\w)(\s*(?:,\s*(?:và\s+)?|\s+và\s+))?"
    found = list(re.finditer(pattern, text, re.IGNORECASE))
    if not found:
        return False
    for m in found:
        words = [w.group() for w in _WORD.finditer(text[m.end() : m.end() + 40])][:3] if m.group(1) else []
        capitals = []
        for word in words:
            # the name opens with a capital; a later word may have lost its own ("Phong xuân")
            if (not capitals and not word[0].isupper()) or word.isupper():
                break
            capitals.append(word.rstrip("."))
        if not any(_known(Place(place.level, " ".join(capitals[:k]).title())) for k in range(len(capitals), 0, -1)):
            return False
    return True


def site_unit(site: str, footer: str, text: str, when: date | None) -> Resolution | None:
    """A text that names no place ("HĐND huyện tổ chức …") on a portal whose footer gives its
    address ("phuninh.gov.vn"): the unit the address is named after, at the level the text
    speaks of, when exactly one bears that name, or one whose name the footer writes with its
    marks ("Phú Ninh Đất và Người": not Phù Ninh). A guess: the report says so."""
    from ..register import register

    structure = Y2025 if when is not None and when >= REFORM else PRE2025
    label = site.split(".")[0].replace("-", "")
    levels = bare_levels(text)
    if not levels or len(label) < 4:
        return None
    found = [
        u
        for u in register().units(structure)
        if split_level(u.name)[0].casefold() in levels and fold(split_level(u.name)[1]).replace(" ", "") == label
    ]
    if len(found) > 1:
        written = [_syllable(m.group()) for m in _WORD.finditer(footer)]
        found = [u for u in found if _runs_in([_syllable(w) for w in split_level(u.name)[1].split()], written)]
    if len(found) != 1:
        return None
    chain = list(found[0].chain)
    note = f"locality: the text names no place; {' › '.join(chain)} is the unit the portal's address ({site}) names"
    return Resolution(chain, "the portal's address in its footer", False, [note])


def _runs_in(wanted: list[str], words: list[str]) -> bool:
    return any(words[i : i + len(wanted)] == wanted for i in range(len(words) - len(wanted) + 1))


def _current(place: Place, units: list[Unit]) -> list[Unit]:
    """The candidates whose present name is the one the text gives (not a former name)."""
    from ..register import register

    former = {u.ident for u, was in register().matches(place.title) if was}
    # the register's older spelling of the same name ("Huyện Phú Quí" for "Phú Quý") is no former name
    spelt = spelling(place.title)
    return [u for u in units if u.ident not in former or spelling(plain(u.name)) == spelt]


# "Xã Hát Lót (Xã)": the register's name for a commune that shares its name with the town of
# its district ("Thị trấn Hát Lót (Thị trấn)"); the bracket repeats the level word the name opens with.
_LEVEL_QUALIFIER = re.compile(r"^((\w+(?: \w+)?) .+?) \(\2\)$")


def plain(name: str) -> str:
    """A unit's name without the register's bracket repeating its level: "Xã Hát Lót"."""
    m = _LEVEL_QUALIFIER.match(name)
    return m.group(1) if m else name


def _settle(units: list[Unit], text: str, source: str | None, named: list[Place]) -> tuple[Unit | None, str]:
    folded = fold(text)
    # a parent is named with its own level: "Phường 8" names no "Quận 8"
    mentioned = {(p.level, fold(p.name)) for p in named}
    by_parent = [u for u in units if any(_pair(p) in mentioned for p in u.chain[:-1])]
    if len(by_parent) == 1:
        return by_parent[0], "the text names its parent"
    # "phường 1, thành phố Bạc Liêu": the parent named with its level settles it, where the bare
    # name ("Bạc Liêu", a province and a city too) leaves two
    pairs = {(p.level, fold(p.name)) for p in named}
    by_level = [u for u in by_parent if len(u.chain) > 2 and _pair(u.chain[-2]) in pairs]
    if len(by_level) == 1:
        return by_level[0], "the text names its parent"
    words = [u for u in units if any(_named_as_place(split_level(p)[1], text, _pair(p)[0]) for p in u.chain[:-1])]
    if len(words) == 1:
        return words[0], f"the text names {words[0].chain[0]}"
    # "huyện Tam Nông" of two provinces, "thị trấn Hưng Hóa" named in passing: a commune or town
    # the text names lies in one of them
    children = {u.parents[-1] for p in named if p.level in _COMMUNE_LEVELS for u in candidates(p) if u.parents}
    by_child = [u for u in units if u.tier == DISTRICT and u.code in children]
    if len(by_child) == 1:
        return by_child[0], "the text names a commune or town of it"
    levels = bare_levels(text)
    if len(levels) == 1:
        # "… kế hoạch thành phố giao": a ward whose namesakes lie in a city and in a town; a
        # 2025 commune of a centrally run city (its Party committee the "Thành ủy") or of a
        # province (the "Tỉnh ủy")
        under = [u for u in units if len(u.chain) > 1 and _pair(u.chain[-2])[0] in levels]
        if len(under) == 1:
            return under[0], f"the text speaks of its {next(iter(levels))} without naming it"
    host = re.sub(r"^https?://([^/]+).*$", r"\1", source or "").replace("-", "").replace(".", "")
    hosted = [u for u in units if host and fold(split_level(u.chain[0])[1]).replace(" ", "") in host]
    if len(hosted) == 1:
        return hosted[0], "the source URL carries its province"
    if re.search(r"(?<!\w)ap(?!\w)", folded):
        south = [u for u in units if int(_province_code(u)) >= 70]  # GSO codes 70–96: the south
        if len(south) == 1:
            return south[0], "“ấp” is a southern hamlet word"
    return None, ""


_COMMUNE_LEVELS = ("xã", "phường", "thị trấn")
_BARE_LEVEL = re.compile(
    r"(?<!\w)(?i:(thành phố|thị xã|huyện|quận|(?:tỉnh|huyện|quận|thị|thành) (?:ủy|uỷ)))(?!\w)(\s+\S)?"
)


def bare_levels(text: str) -> set[str]:
    """Levels the text names with no name after them ("kế hoạch thành phố giao", "Tỉnh ủy",
    "Huyện ủy viên"): the level of the parent it takes for granted."""
    found: set[str] = set()
    for m in _BARE_LEVEL.finditer(text):
        if m.group(2) and m.group(2).strip()[0].isupper():
            continue  # "thành phố Yên Bái": a named unit, not the one taken for granted
        word = m.group(1).casefold()
        found.add(_ORGAN_LEVEL[word.split()[0]] if word.endswith(("ủy", "uỷ")) else word)
    return found


def _merged_into(target: Place, units: list[Unit], named: list[Place], structure: str) -> Unit | None:
    """The one district the text names with its organ or level ("Huyện ủy Tháp Mười") when no
    candidate of a commune lies in it: the commune was merged since, so the chain stops there."""
    if target.level not in ("xã", "phường", "thị trấn"):
        return None
    districts = {
        u.ident: u
        for p in named
        if p.organ and p.level in ("huyện", "quận", "thị xã", "thành phố")
        for u in candidates(p, structure)
        if u.tier == DISTRICT
    }
    if len(districts) != 1:
        return None
    (district,) = districts.values()
    if any(u.parents[-1:] == (district.code,) for u in units):
        return None
    return district


def _pair(name: str) -> tuple[str, str]:
    level, bare = split_level(name)
    return level.casefold(), fold(bare)


def _province_code(unit: Unit) -> str:
    return unit.parents[0] if unit.parents else unit.code


# Words after which a name is a unit's even when it stands among capitals ("Huyện ủy Tháp Mười").
_TONES = set("\u0300\u0309\u0303\u0301\u0323")
_BEFORE_UNIT = {"tỉnh", "huyện", "quận", "xã", "phường", "trấn", "phố", "tp.", "tx.", "tt.", "ủy", "uỷ"}
_WORD = re.compile(r"[^\W\d_][\w’']*\.?")


def _syllable(word: str) -> str:
    """A syllable with its marks, the tone moved last: "hoà" and "hòa" are one spelling."""
    decomposed = unicodedata.normalize("NFD", word.casefold().rstrip("."))
    tones = "".join(sorted(c for c in decomposed if c in _TONES))
    return "".join(c for c in decomposed if c not in _TONES) + tones


def _named_as_place(name: str, text: str, level: str | None = None) -> bool:
    """Whether the text names a parent unit: its name with its marks ("Chũ" is not the "chủ" of
    "Chủ tịch"), after its own level word or organ ("thị xã Chũ", "Huyện ủy Tháp Mười"; "xã Chũ"
    names a commune, not the town), or standing whole, capitalised and not a syllable of a
    longer name ("An" of "An Giang" does not name "An")."""
    wanted = [_syllable(w) for w in name.split()]
    if not wanted:
        return False
    words = list(_WORD.finditer(text))
    keys = [_syllable(m.group()) for m in words]
    size = len(wanted)
    for i in range(len(words) - size + 1):
        if keys[i : i + size] != wanted:
            continue
        run = words[i : i + size]
        if any(text[a.end() : b.start()] != " " for a, b in zip(run, run[1:], strict=False)):
            continue  # the syllables lie across a comma or a line
        before = words[i - 1] if i and text[words[i - 1].end() : run[0].start()] == " " else None
        after = words[i + size] if i + size < len(words) else None
        if after is not None and text[run[-1].end() : after.start()] != " ":
            after = None
        if before is not None and before.group().casefold() in _BEFORE_UNIT:
            said = _level_before(text[: run[0].start()])
            if level is None or said is None or said == level:
                return True
            continue  # a unit of another level that bears the name
        if not run[0].group()[0].isupper():
            continue
        opens = before is None or re.search(r"(^|[.!?:]\s+)$", text[: before.start()]) is not None
        if (before is None or opens or not before.group()[0].isupper()) and (
            after is None or not after.group()[0].isupper()
        ):
            return True
    return False


_LEVEL_BEFORE = re.compile(
    r"(?:(thành phố|thị xã|thị trấn|tp\.|tx\.|tt\.|tỉnh|huyện|quận|xã|phường)"
    r"|(tỉnh|thành|huyện|quận|thị)\s+(?:ủy|uỷ))\s*$"
)
_ABBREVIATED = {"tp.": "thành phố", "tx.": "thị xã", "tt.": "thị trấn"}
_ORGAN_LEVEL = {"tỉnh": "tỉnh", "thành": "thành phố", "huyện": "huyện", "quận": "quận", "thị": "thị xã"}


def _level_before(text: str) -> str | None:
    """The level a level word or an organ right before a name gives it ("thị xã", "Huyện ủy")."""
    m = _LEVEL_BEFORE.search(text.casefold())
    if m is None:
        return None
    if m.group(2):
        return _ORGAN_LEVEL[m.group(2)]
    return _ABBREVIATED.get(m.group(1), m.group(1))


def _shared(units: list[Unit]) -> list[str]:
    """The chain every candidate lies under (all in one province: that province)."""
    chains = [u.chain[:-1] for u in units]
    shared: list[str] = []
    for level in zip(*chains, strict=False):
        if len(set(level)) != 1:
            break
        shared.append(level[0])
    return shared


def _tier_hint(place: Place) -> int:
    if place.level == "tỉnh":
        return PROVINCE
    if place.level == "thành phố":
        return PROVINCE if _one(place.name, PROVINCE) is not None else DISTRICT
    return DISTRICT if place.level in ("huyện", "quận", "thị xã") else COMMUNE


def _one(name: str, tier: int) -> Unit | None:
    from ..register import register

    units = [u for u, former in register().matches(name, structure=PRE2025) if not former and u.tier == tier]
    return units[0] if len(units) == 1 else None


def is_province_name(name: str) -> bool:
    """Whether a bare name ("Cà Mau") is one province's of the register (before 2025)."""
    return _one(name, PROVINCE) is not None


# A station's name above the title ("Truyền hình Đại Lộc", "ĐÀI TRUYỀN THANH ĐẠI LỘC", "Đài Phát
# thanh và Truyền hình Hội An"): the unit whose station it is, named with no level word.
_STATION = re.compile(
    r"^(?:(?:dai|trung tam)\s+)?(?:phat thanh(?: va truyen hinh)?|truyen thanh(?: va truyen hinh)?|truyen hinh)\s+"
)


def station_unit(text: str) -> str | None:
    """The unit a station's name above the title names ("Truyền hình Đại Lộc": Huyện Đại Lộc): its
    bare name is exactly one district or one province of the register; a name with its level
    word ("Đài Truyền thanh xã Tân Lập") is read as any text is, so none here."""
    m = _STATION.match(fold(text).strip())
    return _bare_unit(text.split()[len(m.group(0).split()) :]) if m is not None else None


def paper_unit(text: str) -> str | None:
    """The province a paper's name signs for ("Báo Sơn La": Tỉnh Sơn La, not its city): a
    province's paper bears the province's bare name."""
    site = re.fullmatch(r"(?:bao)?([a-z]{4,})(?:\s+online|\.(?:com\.)?vn)", text.strip())
    if site is not None:  # "binhdinh online", "baobinhdinh.vn": the province its address is named after
        from ..register import register

        named = [u for u in register().units(PRE2025) if u.tier == PROVINCE and _label(u) == site.group(1)]
        return named[0].name if len(named) == 1 else None
    m = re.match(r"(?:bao|bao dien tu)\s+", fold(text).strip())
    if m is None or len(text.split()) > 5:
        return None
    return _bare_unit(text.split()[len(m.group(0).split()) :], provinces_only=True)


def _label(unit: Unit) -> str:
    """A unit's name as an address spells it ("Tỉnh Bình Định": binhdinh)."""
    return fold(split_level(unit.name)[1]).replace(" ", "")


def _bare_unit(words: list[str], provinces_only: bool = False) -> str | None:
    """The one district or province a bare name (no level word) is in the register."""
    name = " ".join(w if not w.isupper() else w.capitalize() for w in words)
    if not name or len(words) > 4 or fold(name).split()[0] in ("xa", "phuong", "huyen", "quan", "tinh", "thi"):
        return None
    district, province = None if provinces_only else _one(name, DISTRICT), _one(name, PROVINCE)
    if district is not None and province is not None:
        return None  # "Hà Tĩnh": a province and its city; which one's station is not said
    unit = district or province
    return unit.name if unit is not None else None


def recased(title: str, text: str) -> str:
    """ "lễ công nhận xã Định thành …": a unit's name typed in lower case in the title takes the
    spelling the text gives it ("xã Định Thành"), so the register can find it. A title in
    capitals ("… - HĐND PHƯỜNG TÂN PHÚ") is read in sentence case, the words after a level word
    capitalised as far as they make a unit of the register."""
    if is_all_caps(title):
        return _CAPS_UNIT.sub(_unit_of_caps, sentence_case(title, text))

    def fix(m: re.Match) -> str:
        words = m.group(2).split()
        for size in (3, 2):
            phrase = " ".join(words[:size])
            if len(words) < size or all(w[0].isupper() for w in words[:size]):
                continue
            spelled = re.search(rf"(?<!\w){re.escape(m.group(1))}[ ]+({re.escape(phrase)})(?!\w)", text, re.IGNORECASE)
            if spelled and all(w[0].isupper() for w in spelled.group(1).split()):
                return m.group(0).replace(phrase, spelled.group(1), 1)
        return m.group(0)

    return _UNIT.sub(fix, title)


# A level word and the words after it in a title put in sentence case ("phường tân phú").
_CAPS_UNIT = re.compile(
    r"(?<!\w)(tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường)((?:[ ]+[^\W_]+){1,4})", re.IGNORECASE
)
# "KINH TẾ - XÃ HỘI", "AN SINH XÃ HỘI": "xã hội" (society), no commune.
_SOCIETY = re.compile(r"(?:\b(?:tế|hóa|hoá|trị|sinh|nghĩa)|[-–,])\s*$", re.IGNORECASE)


def _unit_of_caps(m: re.Match) -> str:
    level, words = m.group(1), m.group(2).split()
    before = m.string[: m.start()]
    if level.casefold() == "xã" and words[0].casefold() == "hội" and _SOCIETY.search(before):
        return m.group(0)
    for size in range(len(words), 0, -1):
        name = " ".join(w[:1].upper() + w[1:] for w in words[:size])
        if any(p.name == name for p in named_places(f"{level.casefold()} {name}")):
            return " ".join([level.casefold(), name, *words[size:]])
    return m.group(0)


def province_in_title(title: str) -> Place | None:
    """ "Tuổi trẻ Bạc Liêu chung tay …": a province's bare name in a title that names no unit
    with its level; the one province of that name (used only when nothing else is found)."""
    words = title.split()
    for size in (3, 2):
        for i in range(len(words) - size + 1):
            run = [w.strip(',.:;!?“”"()') for w in words[i : i + size]]
            if not all(w[:1].isupper() for w in run) or (i > 0 and words[i - 1].casefold() in _LEVEL_WORDS):
                continue
            province = _one(" ".join(run), PROVINCE)
            if province is not None:
                level, name = split_level(province.name)
                return Place(level.casefold(), name, False)
    return None


_LEVEL_WORDS = {"tỉnh", "huyện", "quận", "xã", "phường", "thị", "phố", "trấn", "tp", "tp."}
# "Hữu Lũng: Hội nghị …", "Con Cuông tổng kết …": a title opened by a bare name, then a colon or a
# lower-case word (the title's verb).
_OPENING_NAME = re.compile(rf"^((?:[{_UPPER}][\w’']*)(?:[ ]+[{_UPPER}][\w’']*){{1,2}})(?::\s|[ ]+(?=[{_LOWER}]))")


def district_in_title(title: str) -> Place | None:
    """The district (or town, city) a title opens with by its bare name ("Hữu Lũng: …", "Con Cuông
    tổng kết …"): only when one district of the register bears that name and no province does
    (a provincial paper files its districts' news so). It counts as a unit named in passing."""
    m = _OPENING_NAME.match(title)
    if m is None or _one(m.group(1), PROVINCE) is not None:
        return None
    district = _one(m.group(1), DISTRICT)
    if district is None:
        return None
    level, name = split_level(district.name)
    return Place(level.casefold(), name, False)


def kicker_place(name: str) -> Place | None:
    """The one province or district a bare place kicker ("Tân Hồng") names, as a Place."""
    from ..register import register

    units = [u for u, former in register().matches(name, structure=PRE2025) if not former and u.tier <= DISTRICT]
    if len(units) != 1:
        return None
    level, bare = split_level(units[0].name)
    return Place(level.casefold(), bare, False)


def names_any_unit(name: str) -> bool:
    """A unit's name at any level, in either structure ("Tân Lập", "Phong Hải")."""
    from ..register import register

    return any(register().matches(name, structure=s) for s in (PRE2025, Y2025))


def is_unit_name(name: str) -> bool:
    """A province's or district's name in the register ("Hà Nam", "Trần Văn Thời")."""
    from ..register import register

    return any(u.tier <= DISTRICT for u, _ in register().matches(name, structure=PRE2025))
