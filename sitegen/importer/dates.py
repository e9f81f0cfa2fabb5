"""Vietnamese date forms of news portals, by hand-written patterns (see docs/importing.md for why).

Publication lines: "( Cập nhật ngày: 05/04/2023 )", "Ngày đăng 18/07/2024 | 11:39 | Lượt xem: 95",
"Thứ Sáu, 15/03/2024 | 16:42", "Cập nhật lúc 10:15, 21-09-2023", ISO timestamps.
Meeting dates in the text: "Chiều ngày 12/12/2024", "ngày 13 tháng 6 năm 2024", "Sáng 14/3".
"""

from __future__ import annotations

import re
from datetime import date, datetime, tzinfo

from ..dates import MAX_YEAR, MIN_YEAR, DateProblem, parse_moment
from ..text import fold

_ISO = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?)?$"
)
_DMY = re.compile(r"(?<![\d/.-])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?![\d/.-])")
_WORDS = re.compile(r"\bngay\s+(\d{1,2})\s+thang\s+(\d{1,2})(?:\s+nam\s+(\d{4}))?\b")
_TIME = re.compile(r"(?<![\d:/])(\d{1,2})\s*(?::|h|g|giờ)\s*(\d{2})(?:\s*:\s*\d{2})?(?![\d/])", re.IGNORECASE)
# Day and month without a year need a word before them that says "date" (not a ratio "44/50").
_DAY_MONTH = re.compile(
    r"\b(?:ngay|sang|chieu|toi|trua|dem|hom)\s+(?:ngay\s+)?(\d{1,2})\s*[/-]\s*(\d{1,2})"
    r"(?![\d/-])"
)
# Words a publication line may hold besides its date and time.
_DATELINE_WORDS = re.compile(
    r"luot\s*(?:xem|doc|truy cap)\s*:?\s*\d*|ngay\s*(?:dang|cap nhat|xuat ban)|"
    r"(?:dang|cap nhat|xuat ban|thoi gian)(?:\s*(?:luc|ngay))?|ngay|luc|"
    r"thu\s*(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s*nhat|cn|gio|gmt\s*\+?\s*7|utc\s*\+?\s*7|ict|sa|ch|am|pm"
)


def parse_iso(text: str, tz: tzinfo) -> datetime | date | None:
    """ "2025-01-08T15:13:22+07:00" → an aware datetime in tz; "2025-01-08" → a date."""
    if not _ISO.match(text.strip()):
        return None
    try:
        value = parse_moment(text)  # the build's own check: a date it would reject is no date
    except DateProblem:
        return None
    if isinstance(value, datetime):
        return value.astimezone(tz) if value.tzinfo else value.replace(tzinfo=tz)
    return value


def parse_dateline(text: str, tz: tzinfo) -> datetime | date | None:
    """The publication date of a line that holds nothing but a date (and time, weekday, views)."""
    iso = parse_iso(text, tz)
    if iso is not None:
        return iso
    folded = fold(text)
    if len(folded) > 90:
        return None
    found = _DMY.search(folded)
    words = _WORDS.search(folded)
    if found:
        day, month, year = (int(g) for g in found.groups())
        rest = folded[: found.start()] + " " + folded[found.end() :]
    elif words and words.group(3):
        day, month, year = (int(g) for g in words.groups())
        rest = folded[: words.start()] + " " + folded[words.end() :]
    else:
        return None
    time = _TIME.search(rest)
    if time:
        rest = rest[: time.start()] + " " + rest[time.end() :]
    rest = _DATELINE_WORDS.sub(" ", rest)
    if re.search(r"[a-z0-9]", rest):
        return None
    return _make(year, month, day, time, tz)


def _make(year: int, month: int, day: int, time: re.Match | None, tz: tzinfo) -> datetime | date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        if time and int(time.group(1)) < 24 and int(time.group(2)) < 60:
            return datetime(year, month, day, int(time.group(1)), int(time.group(2)), tzinfo=tz)
        return date(year, month, day)
    except ValueError:
        return None


def find_meeting_date(text: str, published: date | None) -> tuple[date, bool] | None:
    """The first day named in a paragraph ("Chiều ngày 12/12/2024", "Sáng 14/3").

    Returns the date and whether its year was worked out (a day without a year takes the
    publication's year, or the year before when that would put the meeting after it).
    """
    folded = fold(text)
    candidates: list[tuple[int, int, int, int | None]] = []
    for m in _DMY.finditer(folded):
        candidates.append((m.start(), int(m.group(1)), int(m.group(2)), int(m.group(3))))
    for m in _WORDS.finditer(folded):
        candidates.append((m.start(), int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None))
    for m in _DAY_MONTH.finditer(folded):
        if not any(start <= m.start(1) <= start + 12 for start, *_ in candidates):
            candidates.append((m.start(), int(m.group(1)), int(m.group(2)), None))
    for _, day, month, year in sorted(candidates):
        inferred = year is None
        if inferred:
            if published is None:
                continue
            year = published.year
            try:
                if date(year, month, day) > published:
                    year -= 1
            except ValueError:
                continue
        try:
            return date(year, month, day), inferred
        except ValueError:
            continue
    return None


def day_of(value: datetime | date) -> date:
    return value.date() if isinstance(value, datetime) else value
