"""How editors and portals write unit names, reduced to the keys the register matches on.

A written name ("Q. Hai Bà Trưng", "Huyện ủy Duy Tiên", "TX Duy Tiên", "P.02", "Đăk Song")
becomes a `Name`: the level word it carried (folded, "quan"), the key of the bare name with
no marks, spaces, hyphens or apostrophes ("haibatrung"), and the same key with its marks
("haibàtrưng", tones placed one way: Hoà → Hòa, Uỷ → Ủy, Đăk → Đắk), or "" when the
name was written without marks (it then matches any marks).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..text import fold

# Level words as the register's keys spell them (folded, no spaces), with what editors write.
# Longest first within each alternation so that "thị trấn" wins over "thị".
_LEVEL_WORDS: dict[str, str] = {
    "thanh pho": "thanhpho",
    "tp": "thanhpho",
    "tinh": "tinh",
    "quan": "quan",
    "q": "quan",
    "huyen": "huyen",
    "h": "huyen",
    "thi xa": "thixa",
    "tx": "thixa",
    "thi tran": "thitran",
    "tt": "thitran",
    "phuong": "phuong",
    "p": "phuong",
    "f": "phuong",
    "xa": "xa",
    "x": "xa",
    "dac khu": "dackhu",
}
# The organs whose names carry a unit ("Huyện ủy Duy Tiên", "UBND xã Hưng Hà"), and the level
# the committee word implies when no level word follows.
_ORGANS: dict[str, str] = {
    "tinh uy": "tinh",
    "thanh uy": "thanhpho",
    "thu do": "thanhpho",
    "huyen uy": "huyen",
    "quan uy": "quan",
    "thi uy": "thixa",
    "dang uy": "",
    "dang bo": "",
    "ubnd": "",
    "uy ban nhan dan": "",
    "hdnd": "",
    "hoi dong nhan dan": "",
    "mttq": "",
    "uy ban mttq": "",
    "uy ban mat tran to quoc": "",
    "mat tran to quoc": "",
    "ban dan van": "",
    "khoi dan van": "",
}
# Abbreviations of whole names that portals use for the largest cities.
_ORGANS_LONGEST_FIRST = sorted(_ORGANS.items(), key=lambda item: -len(item[0]))
# Level words written in full with their marks: "Quan" (Quan Hóa) or "Xa" are names, not levels,
# in a text that has marks.
_MARKED_LEVELS = {"thành phố", "tỉnh", "quận", "huyện", "thị xã", "thị trấn", "phường", "xã", "đặc khu"}
_WHOLE_NAMES = {"hcm": "hochiminh", "tphcm": "hochiminh", "hn": "hanoi", "tphn": "hanoi", "saigon": "hochiminh"}

# The register writes both "Hòa" and "Hoà": keys put the tone of "oa", "oe", "uy" on the first
# vowel, whichever way the name was written.
_TONES = "\u0300\u0301\u0303\u0309\u0323"
_NEW_TONE_PLACE = re.compile(rf"([oO])([aAeE])([{_TONES}])|([uU])([yY])([{_TONES}])")
_PUNCTUATION = re.compile(r"[\s\-–—‐'’ʼ`.,_()/]+")


@dataclass(frozen=True)
class Name:
    level: str  # the level word written, folded ("quan", "thixa"), or ""
    key: str  # the bare name without marks ("haibatrung", "2" for "Phường 02")
    marked: str  # the bare name with its marks, or "" when written without any
    whole: str  # the key of the name with its first word kept, for "quan hoa" (Huyện Quan Hóa)


def _words(text: str) -> list[str]:
    return [w for w in _PUNCTUATION.split(text) if w]


def _digits(word: str) -> str:
    return str(int(word)) if word.isdigit() else word


def bare_key(bare: str) -> str:
    """ "Phan Rang-Tháp Chàm" → "phanrangthapcham"; "02" → "2"."""
    words = _words(fold(bare))
    return "".join(_digits(w) for w in words)


def marked_key(bare: str) -> str:
    """ "Hoà Bình" → "hòabình", "Đăk Song" → "đắksong": marks kept, one tone placement."""
    decomposed = unicodedata.normalize("NFD", bare.casefold())
    decomposed = _NEW_TONE_PLACE.sub(lambda m: _move_tone(m), decomposed)
    text = unicodedata.normalize("NFC", decomposed).replace("đăk", "đắk")
    return "".join(_digits(w) for w in _words(text))


def _move_tone(m: re.Match) -> str:
    if m.group(1):
        return m.group(1) + m.group(3) + m.group(2)
    return m.group(4) + m.group(6) + m.group(5)


@lru_cache(maxsize=65536)
def parse(text: str) -> Name:
    """One written unit name, organ and level words recognised and set aside."""
    words = _words(unicodedata.normalize("NFC", text))
    folded = [fold(w) for w in words]
    level = ""
    # Organ prefixes, possibly several ("Ban Dân vận Huyện ủy Duy Tiên").
    organ = _organ(folded)
    while organ is not None and len(words) > len(organ[0]):
        n = len(organ[0])
        words, folded = words[n:], folded[n:]
        level = organ[1] or level
        organ = _organ(folded)
    # Glued abbreviations: "Q1", "P02", "TP.HCM" (split by _words at the dot), "TPHCM", "TX.Duy".
    if words:
        glued = _GLUED.fullmatch(folded[0])
        if glued:
            words = [glued.group(1), glued.group(2), *words[1:]]
            folded = [glued.group(1), glued.group(2), *folded[1:]]
    whole = _key(folded)
    whole = _WHOLE_NAMES.get(whole, whole)
    marks = any(w.casefold() != f for w, f in zip(words, folded, strict=True))
    for word_count in (2, 1):
        written = " ".join(folded[:word_count])
        if len(words) <= word_count or written not in _LEVEL_WORDS:
            continue
        is_abbreviation = " " not in written and len(written) <= 2
        if marks and not is_abbreviation and " ".join(words[:word_count]).casefold() not in _MARKED_LEVELS:
            continue
        # A one-letter abbreviation is a level only before a capital or a number ("H. Duy Tiên").
        rest = words[word_count]
        if len(written) == 1 and not (rest[:1].isupper() or rest[:1].isdigit()):
            continue
        level = _LEVEL_WORDS[written]
        words, folded = words[word_count:], folded[word_count:]
        break
    key = plain = _key(folded)
    if level in ("", "thanhpho"):  # "Phường Sài Gòn" is a ward, not the city
        key = _WHOLE_NAMES.get(key, key)
    bare = " ".join(words)
    marked = marked_key(bare) if key == plain and bare.casefold() != " ".join(folded) else ""
    return Name(level, key, marked, whole)


_GLUED = re.compile(r"(q|p|f|tp|tx|tt|h|x)(\d+)")
# Organs by their first folded word: (words, implied level), longest first.
_ORGANS_BY_WORD: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _organ_name, _implied in _ORGANS_LONGEST_FIRST:
    _ORGANS_BY_WORD.setdefault(_organ_name.split()[0], []).append((tuple(_organ_name.split()), _implied))


def _organ(folded: list[str]) -> tuple[tuple[str, ...], str] | None:
    for words, implied in _ORGANS_BY_WORD.get(folded[0], ()) if folded else ():
        if tuple(folded[: len(words)]) == words:
            return words, implied
    return None


def _key(folded: list[str]) -> str:
    return "".join(_digits(w) for w in folded)


def name_key(text: str) -> str:
    """The key under which two spellings of a unit's name are one ("Q. Hai Bà Trưng" and
    "quan hai ba trung" → "haibatrung"): organ and level words stripped, no marks."""
    return parse(text).key


def level_key(level: str) -> str:
    """ "Thị xã" → "thixa": a level word as `Name.level` spells it."""
    return fold(level).replace(" ", "")
