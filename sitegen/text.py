"""Vietnamese text rules shared by every stage: NFC, slugs, folding and sort order."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from slugify import slugify as _slugify

# Vietnamese letters in dictionary order; f, j, w, z only occur in loan words and go where
# the Latin alphabet puts them.
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_RANK = {ch: i for i, ch in enumerate(_ALPHABET)}
# Marks that make a new letter (ă â ê ô ơ ư) rather than a tone.
_LETTER_MARKS = {"\u0306": "̆", "\u0302": "̂", "\u031b": "̛"}
# Tones in the order of Vietnamese dictionaries: ngang, huyền, hỏi, ngã, sắc, nặng.
_TONE_RANK = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def nfc(text: str) -> str:
    """Editors paste text from Word and the web, often decomposed (NFD); we store NFC."""
    return unicodedata.normalize("NFC", text)


# Slugs and sort keys, remembered between builds (state.State.memo): python-slugify and the
# sort key cost tens of microseconds each, and a large archive asks for thousands of them.
_SLUGS: dict[str, str] = {}
_SORT_KEYS: dict[str, tuple] = {}


def slugify(text: str) -> str:
    """ASCII URL slug: marks removed, đ → d, lower case, hyphens ("Đảng ủy" → "dang-uy")."""
    slug = _SLUGS.get(text)
    if slug is None:
        slug = _SLUGS[text] = _slugify(text.replace("đ", "d").replace("Đ", "D"))
    return slug


def memo() -> dict[str, dict]:
    return {"slugify": _SLUGS, "sort_key": _SORT_KEYS}


def remember(saved: object) -> None:
    """Take back what memo() returned in an earlier build (of the same generator)."""
    if isinstance(saved, dict):
        for name, known in memo().items():
            if isinstance(saved.get(name), dict):
                known.update(saved[name])


class _FoldTable(dict):
    """Each character to what fold() makes of it: its canonical decomposition without combining
    marks (a combining mark to nothing), đ to d. Filled as characters are met, so fold() is one
    str.translate instead of a decomposition of the whole text on every call."""

    def __missing__(self, cp: int) -> str | None:
        char = chr(cp)
        if unicodedata.combining(char):
            self[cp] = None
        else:
            decomposed = unicodedata.normalize("NFD", char)
            self[cp] = "".join(c for c in decomposed if not unicodedata.combining(c))
        return self[cp]


_FOLD = _FoldTable({ord("đ"): "d", ord("Đ"): "D"})


def fold(text: str) -> str:
    """Lower case with every Vietnamese mark removed, đ included: for matching, never display."""
    return text.translate(_FOLD).casefold()


@lru_cache(maxsize=262144)
def identity(text: str) -> str:
    """The key under which two spellings are the same name: NFC, case and spacing aside."""
    return " ".join(nfc(text).casefold().split())


def sort_key(text: str) -> tuple:
    """Vietnamese alphabetical order: a ă â b c d đ …, then tones, then case.

    Python's default order puts "Đ" after "Z" and "Ă" after "Z"; dictionaries put Đ after D.
    """
    key = _SORT_KEYS.get(text)
    if key is None:
        key = _SORT_KEYS[text] = _sort_key(text)
    return key


def _sort_key(text: str) -> tuple:
    letters: list[int] = []
    tones: list[int] = []
    for cluster in re.findall(r".[\u0300-\u036f]*", unicodedata.normalize("NFD", text.casefold())):
        base, marks = cluster[0], cluster[1:]
        if base == "đ":
            letter = "đ"
        else:
            letter = unicodedata.normalize("NFC", base + "".join(m for m in marks if m in _LETTER_MARKS))
        tone = max((_TONE_RANK.get(m, 0) for m in marks), default=0)
        # Spaces and digits before letters, other symbols after them.
        letters.append(_RANK.get(letter, ord(letter[0]) - 1000 if letter < "a" else 1000 + ord(letter[0])))
        tones.append(tone)
    return (tuple(letters), tuple(tones), text)


def truncate_words(text: str, limit: int) -> str:
    """Cut at a word boundary, never inside a word, and mark the cut with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:–-")
    return cut + "…"


# Administrative levels, longest first so that "thị trấn" wins over a bare "thị".
LEVELS = (
    "thành phố",
    "thị trấn",
    "thị xã",
    "đặc khu",
    "tỉnh",
    "huyện",
    "quận",
    "phường",
    "xã",
)
# Short forms editors and portals write for the same levels.
_LEVEL_ABBREVIATIONS = {"tp.": "thành phố", "tp": "thành phố", "tx.": "thị xã", "tt.": "thị trấn"}


def split_level(title: str) -> tuple[str, str]:
    """ "Quận Hai Bà Trưng" → ("quận", "Hai Bà Trưng"); "TP. Hà Nội" → ("thành phố", "Hà Nội")."""
    words = nfc(title).split()
    if not words:
        return "", ""
    first = words[0].casefold()
    if first in _LEVEL_ABBREVIATIONS:
        return _LEVEL_ABBREVIATIONS[first], " ".join(words[1:])
    if first.startswith("tp.") and len(first) > 3:
        return "thành phố", " ".join([words[0][3:], *words[1:]])
    lowered = " ".join(words).casefold()
    for level in LEVELS:
        if lowered.startswith(level + " ") and len(words) > len(level.split()):
            return level, " ".join(words[len(level.split()) :])
    return "", " ".join(words)


def locality_folder(title: str) -> str:
    """Folder (and URL) name of a locality: the slug of its name without the level word."""
    return slugify(split_level(title)[1]) or slugify(title)


# Control characters (C0 but tab and line ends, DEL, C1) and non-characters: invisible in an
# editor, invalid in XML (a feed with one is not well-formed), useless in a page.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
_NOT_XML = re.compile("[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def clean_text(text: str) -> str:
    """Text from frontmatter or a body without its control characters."""
    return _CONTROL.sub("", text) if _CONTROL.search(text) else text


def has_control(text: str) -> bool:
    return _CONTROL.search(text) is not None


def xml_text(text: str) -> str:
    """Text with every character XML 1.0 forbids removed (feeds, sitemap)."""
    return _NOT_XML.sub("", text) if _NOT_XML.search(text) else text
