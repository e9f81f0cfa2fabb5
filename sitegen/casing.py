"""Titles typed in capitals ("HỘI NGHỊ GIAO BAN …", as some portals publish them) and the
sentence case to suggest instead, with names capitalised as the article's own text writes them."""

from __future__ import annotations

import re
from collections import Counter

_WORD = re.compile(r"\w+")
# Acronyms of the reports, kept in capitals when the text does not show how it writes them.
ACRONYMS = frozenset(
    "UBND HĐND MTTQ QCDC TGDT CCB HLHPN HCCB HND ĐTN TNCS BCH BTV UVBTV BCĐ THCS THPT KTXH CNH HĐH TW CAND QĐND".split()
)


def is_all_caps(title: str) -> bool:
    """Three or more words of letters, every letter a capital."""
    letters = [c for c in title if c.isalpha()]
    return len(_WORD.findall(title)) >= 3 and len(letters) >= 8 and all(c.isupper() for c in letters)


def sentence_case(title: str, text: str = "") -> str:
    """'HỘI NGHỊ GIAO BAN CÔNG TÁC MẶT TRẬN …' → 'Hội nghị giao ban công tác Mặt trận …'.

    A word keeps a capital where the text writes it so after the same word before it ("công tác
    Mặt trận"), else where the text mostly writes it so inside a sentence; otherwise it is lower
    case. Acronyms the text writes in capitals (UBND, MTTQ) stay capitals."""
    words = _WORD.findall(text)
    pairs: dict[tuple[str, str], Counter] = {}
    alone: dict[str, Counter] = {}
    for i in range(1, len(words)):
        before, word = words[i - 1], words[i]
        pairs.setdefault((before.lower(), word.lower()), Counter())[word] += 1
        alone.setdefault(word.lower(), Counter())[word] += 1

    out: list[str] = []
    previous = ""
    for n, match in enumerate(_WORD.finditer(title)):
        word = match.group(0)
        lower = word.lower()
        spelled = pairs.get((previous, lower)) or alone.get(lower)
        if n == 0:
            chosen = spelled.most_common(1)[0][0] if spelled and spelled.most_common(1)[0][0].isupper() else None
            chosen = chosen or lower[:1].upper() + lower[1:]
        elif spelled:
            chosen = spelled.most_common(1)[0][0]
        else:
            chosen = word if word in ACRONYMS else lower
        out.append(chosen)
        previous = lower
    # Put the chosen words back between the title's own spaces and punctuation.
    result, at = [], 0
    for match, chosen in zip(_WORD.finditer(title), out, strict=True):
        result.append(title[at : match.start()])
        result.append(chosen)
        at = match.end()
    result.append(title[at:])
    return "".join(result)
