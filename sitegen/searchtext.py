"""Vietnamese text for search: words are syllables (what spaces separate), matched folded:
lower case, tone and letter marks removed, đ → d. "Đảng" and "dang" are one word, and so are
"dân" and "dần": a reader who types no marks must find what the archive spells with them.

One table (str.translate) and one compiled pattern do the work, so a 500-word article is
tokenised in well under a millisecond. search.js repeats these rules (fold, WORD) exactly:
the browser folds the query and finds the words to highlight the same way.
"""

from __future__ import annotations

import html
import re
import unicodedata

# A word: letters and digits (Unicode), nothing else. "COVID-19" is two words, "2024" one.
WORD = re.compile(r"[^\W_]+")
_TAG = re.compile(r"<[^>]+>")


def _fold_table() -> dict[int, str]:
    """Every letter of the Latin blocks Vietnamese uses → its base letter, lower case."""
    table: dict[int, str] = {}
    for code in list(range(0x41, 0x5B)) + list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        char = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c)).lower()
        if base != char and len(base) == 1:
            table[code] = base
    table[ord("đ")] = table[ord("Đ")] = "d"
    for code in range(0x300, 0x370):  # combining marks, should a text come decomposed
        table[code] = ""
    return table


_FOLD = _fold_table()


def fold(text: str) -> str:
    """Lower case, marks removed, đ → d: "Đảng ủy" → "dang uy". Other scripts are lower-cased."""
    return text.translate(_FOLD).lower()


def words(text: str) -> list[str]:
    """The folded words of a plain text, in order."""
    return WORD.findall(fold(text))


class Vocabulary(dict):
    """Piece of text, as written → number of its one folded word, -1 when it holds several
    ("covid-19", "15/7/2024": see `several`), -2 when none ("–", "…"). "Đảng," "ĐẢNG" and "dang"
    get one number. A known piece costs one dict access (map(vocabulary.__getitem__, …)), so
    each spelling is folded once per process, not once per occurrence."""

    def __init__(self) -> None:
        super().__init__()
        self.folded: list[str] = []  # number → folded word
        self.several: dict[str, tuple[int, ...]] = {}
        self._numbers: dict[str, int] = {}

    def _number(self, word: str) -> int:
        number = self._numbers.setdefault(word, len(self.folded))
        if number == len(self.folded):
            self.folded.append(word)
        return number

    def __missing__(self, piece: str) -> int:
        found = [self._number(w) for w in WORD.findall(fold(piece))]
        if len(found) == 1:
            self[piece] = found[0]
        elif found:
            self[piece] = -1
            self.several[piece] = tuple(found)
        else:
            self[piece] = -2
        return self[piece]


def plain(markup: str) -> str:
    """The text of an HTML fragment, whitespace collapsed: what a result's excerpt is cut from."""
    return " ".join(plain_pieces(markup))


def plain_pieces(markup: str) -> list[str]:
    """The text of an HTML fragment split at whitespace: plain() joins them, and the index
    numbers them as they are (one split of the body serves both)."""
    text = _TAG.sub(" ", markup)
    return (html.unescape(text) if "&" in text else text).split()
