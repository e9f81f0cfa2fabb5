"""Vietnamese date forms of news portals, by hand-written patterns (see docs/importing.md for why).

Publication lines: "( Cập nhật ngày: 05/04/2023 )", "Ngày đăng 18/07/2024 | 11:39 | Lượt xem: 95",
"Thứ Sáu, 15/03/2024 | 16:42", "Cập nhật lúc 10:15, 21-09-2023", ISO timestamps.
Meeting dates in the text: "Chiều ngày 12/12/2024", "ngày 13 tháng 6 năm 2024", "Sáng 14/3".
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, tzinfo

from ..dates import MAX_YEAR, MIN_YEAR, DateProblem, parse_moment
from ..text import fold

_ISO = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?)?$"
)
# A full stop may end the sentence after the year ("… vào ngày 08/01/2026."); an en dash may stand
# for the hyphen ("Đăng ngày 28 – 06 – 2019").
_DMY = re.compile(r"(?<![\d/.–-])(\d{1,2})\s*[/.–-]\s*(\d{1,2})\s*[/.–-]\s*(\d{4})(?![\d/–-]|\.\d)")
_WORDS = re.compile(r"\bngay\s+(\d{1,2})\s+thang\s+(\d{1,2})(?:\s+nam\s+(\d{4}))?\b")
# "ngày 06/12/19": a two-digit year, only after "ngày" (a bare "3/12/20" may be a ratio).
_DMY2 = re.compile(r"\bngay\s+(\d{1,2})/(\d{1,2})/(\d{2})(?![\d/])")
_WORDS_YEAR = re.compile(r"(?<!\d)(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})\b")
# "15 Tháng 3 2024", "15 tháng 3, 2024": a CMS's date in words with the year after a comma or a
# space, no "năm" (only in a date line).
_WORDS_BARE_YEAR = re.compile(r"(?<!\d)(\d{1,2})\s+thang\s+(\d{1,2})\s*,?\s+((?:19|20)\d\d)\b")
# "14:0 GMT+7": a CMS that does not pad the minute; one digit only after a colon ("7h3" is no time).
_TIME = re.compile(r"(?<![\d:/])(\d{1,2})\s*(?::|h|g|giờ)\s*(\d{2}|(?<=:)\d)(?:\s*:\s*\d{2})?(?![\d/])", re.IGNORECASE)
# Day and month without a year need a word before them that says "date" (not a ratio "44/50");
# "Sáng nay 31/5", "Hôm nay 12-3": "nay" (today) may stand between.
# "Sáng 7.8": a dot between day and month too, not followed by another number ("7.8.2020" is a
# full date, "ngày 7.850" no date).
# "Sáng nay (3/11)": the day in brackets after "nay"; "Hôm qua (14/6)", "Hôm nay, 5-12"; a weekday between
# ("Sáng thứ Hai (12/6)", "Sáng thứ Bảy 10/6").
_DAY_MONTH = re.compile(
    r"\b(?:ngay|sang|chieu|toi|trua|dem|hom)\s+(?:(?:nay|qua|mai)\s*,?\s+\(?\s*)?"
    r"(?:(?:thu\s+(?:hai|bay|ba|tu|nam|sau|[2-7])|chu nhat)\s*,?\s*\(?\s*)?"
    r"(?:ngay\s+)?(\d{1,2})\s*(?:[/-]\s*|\.)(\d{1,2})"
    r"(?![\d/-]|\.\d)"
)
# A term of office ("nhiệm kỳ 2021 – 2026"): the years a yearless day of its meetings lies in.
_TERM = re.compile(r"\bnhiem ky\s+((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b")
# A meeting over two days ("ngày 21 và 22/6/2018", "ngày 21, 22/6", "ngày 21-22/6/2018").
# "Trong 02 ngày (12 - 13/7)": the days may stand in brackets, or after a comma ("Trong 2 ngày, 16 và
# 17/1"); "Trong 2 ngày 1-2.6": a dot before
# the month, as "Sáng 7.8".
_TWO_DAYS = re.compile(
    r"\bngay\s*,?\s+\(?\s*(\d{1,2})\s*(?:va|,|-|–)\s*(\d{1,2})\s*(?:[/-]\s*|\.)(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?![\d/-]|\.\d)"
)
# The two days in words ("Ngày 26 và 27 tháng 02 năm 2019", "ngày 3, 4 tháng 6"): the groups of _TWO_DAYS.
_TWO_DAYS_WORDS = re.compile(
    r"\bngay\s+(\d{1,2})\s*(?:va|,|-|–)\s*(\d{1,2})\s+thang\s+(\d{1,2})(?:\s*,?\s*nam\s+(\d{4}))?\b"
)
# Words a publication line may hold besides its date and time.
_DATELINE_WORDS = re.compile(
    r"luot\s*(?:xem|doc|truy cap)\s*:?\s*\d*|ngay\s*(?:dang|cap nhat|xuat ban|gui|viet|dua)(?:\s*(?:bai|tin))?|"
    r"(?:dang|cap nhat|xuat ban|thoi gian)(?:\s*(?:luc|ngay))?|ngay|luc|"
    r"publish(?:ed)?(?:\s*date)?|posted(?:\s*on)?|updated?|date|"
    r"thu\s*(?:hai|bay|ba|tu|nam|sau|[2-7])|chu\s*nhat|cn|gio|gmt\s*\+?\s*7|utc\s*\+?\s*7|ict|sa|ch|am|pm|"
    r"in\s*bai$"  # "Ngày đưa: 20/09/2019 01:44:30 PM In bài": the print view's link glued to the date
)
# "15/05/2015 | 9079": a view count with no label after a bar, at the end of a date line.
_BARE_COUNT = re.compile(r"\|\s*\d{1,7}\s*$")


# "GMT+7" and its misprints ("G7T+7": three or four characters from "g" to "t" before the offset)
_ZONE = re.compile(r"\(?\s*(?:gmt|utc|g[a-z0-9]{1,2}t)\s*[+-]\s*\d{1,2}(?::?\d{2})?\s*\)?")


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


# "Fri Nov 21 15:54:00 GMT+07:00 2025" (Java), "Fri Nov 21 2025 15:54:00 GMT+0700 (Indochina Time)"
# (JavaScript): a program's date printed as it is by default, with English names.
_PROGRAM_DATE = re.compile(
    r"(?:mon|tue|wed|thu|fri|sat|sun)\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\s+(\d{1,2})\s+"
    r"(?:((?:19|20)\d\d)\s+)?(\d{1,2}:\d{2})(?::\d{2})?\s+(?:[a-z]{2,5}\s*)?(?:[+-]\d{2}:?\d{2})?\s*"
    r"(?:\([a-z ]+\))?\s*((?:19|20)\d\d)?"
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _program_date(text: str, tz: tzinfo) -> datetime | date | None:
    m = _PROGRAM_DATE.fullmatch(text.strip().casefold())
    if m is None or not (m.group(3) or m.group(5)) or (m.group(3) and m.group(5)):
        return None  # the year once, before the time (JavaScript) or after the zone (Java)
    month = _MONTHS.index(m.group(1)) + 1
    return _make(int(m.group(3) or m.group(5)), month, int(m.group(2)), _TIME.match(m.group(4)), tz)


def parse_dateline(text: str, tz: tzinfo) -> datetime | date | None:
    """The publication date of a line that holds nothing but a date (and time, weekday, views)."""
    iso = parse_iso(text, tz) or _program_date(text, tz)
    if iso is not None:
        return iso
    folded = fold(text)
    if len(folded) > 90:
        return None
    found = _DMY.search(folded)
    words = _WORDS.search(folded) or _WORDS_YEAR.search(folded) or _WORDS_BARE_YEAR.search(folded)
    if found:
        day, month, year = (int(g) for g in found.groups())
        if month > 12 >= day:
            day, month = month, day  # "3/15/2024 2:30:00 PM": an English-language portal's month first
        rest = folded[: found.start()] + " " + folded[found.end() :]
    elif words and words.group(3):
        day, month, year = (int(g) for g in words.groups())
        rest = folded[: words.start()] + " " + folded[words.end() :]
    else:
        return None
    rest = _ZONE.sub(" ", rest)  # "(GMT+07:00)": the zone's offset is no time of day
    time = _TIME.search(rest)
    if time:
        rest = rest[: time.start()] + " " + rest[time.end() :]
    afternoon = bool(re.search(r"(?<![a-z])(?:pm|ch)(?![a-z])", rest))
    rest = _DATELINE_WORDS.sub(" ", _BARE_COUNT.sub(" ", rest.strip()))
    if re.search(r"[a-z0-9]", rest):
        return None
    return _make(year, month, day, time, tz, afternoon)


# A portal's header row: a short category label, then the date ("Tin Chính trị - Xã hội⇥25/07/2020",
# "Hoạt động của MTTQ | 12/03/2024 08:15").
_HEADER_ROW = re.compile(r"^(?P<label>[^\d.!?;:]{2,60}?)\s*(?:\||-|–|—|:|,)?\s+(?P<when>\S*\d.*)$")


def parse_header_row(text: str, tz: tzinfo) -> tuple[datetime | date, str] | None:
    """The date of a header row made of a category label and a date, with the label; None for
    anything else (a sentence that ends with a date is no header row: it has a verb and more words)."""
    m = _HEADER_ROW.match(text.strip())
    if not m or len(m.group("label").split()) > 7:
        return None
    label = m.group("label").strip(" |-–—:,")
    if not label or not label[0].isupper():
        return None
    dated = parse_dateline(m.group("when"), tz)
    return (dated, label) if dated is not None else None


def _make(
    year: int, month: int, day: int, time: re.Match | None, tz: tzinfo, afternoon: bool = False
) -> datetime | date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        if time and int(time.group(1)) < 24 and int(time.group(2)) < 60:
            hour = int(time.group(1))
            if afternoon and hour < 12:
                hour += 12  # "07 / 12 / 2019 - 12:41 PM", "03:15 CH"
            return datetime(year, month, day, hour, int(time.group(2)), tzinfo=tz)
        return date(year, month, day)
    except ValueError:
        return None


# Words before a date that say the date is of something else than the meeting: a document,
# an anniversary, a birth, a period. Checked in the 60 characters before the date (folded).
_NOT_MEETING = re.compile(
    r"(?:nghi quyet|quyet dinh|chi thi|ket luan|ke hoach|thong bao|cong van|huong dan|nghi dinh|"
    r"thong tu|luat|quy dinh|van ban|to trinh|bao cao|de an|so\s+\d+[\w/-]*|/[a-z]{2,}[\w-]*|"
    r"ky niem|nam ngay|thanh lap|ngay sinh|sinh ngay|sinh nam|tu ngay|den ngay|truoc ngay|"
    r"hieu luc|ban hanh|ky ngay|giai doan|nhiem ky|ngay truyen thong|tu nam|thoi gian|tu \d{1,2}h\d{0,2} ngay|"
    r"du kien)"  # "dự kiến tổ chức ngày 25 tháng 6": planned, not held
    r"[^.;]{0,25}$"
)


def _clause_after(folded: str, start: int) -> str:
    """The rest of a date's sentence (to its full stop, bracket or line end)."""
    return re.split(r"[.)\n]", folded[start:], maxsplit=1)[0]


# "Ngày mai 12-12", "sáng mai (12/12)": tomorrow's day; when the meeting "tiếp tục" (goes on) then,
# the report is of the day before it (a notice of a meeting tomorrow keeps the meeting's day).
_TOMORROW = re.compile(r"\b(?:ngay|sang|chieu|toi|trua)\s+mai\s*\(?\s*(?:ngay\s+)?$")
# "… ngày 26, 27/5 tới", "ngày 15/6 sắp tới": "tới" (coming) after a day sets it ahead.
_TO_COME = re.compile(r"\s*\)?\s*(?:sap\s+)?toi\b")
# A bracketed span of years or dates ("(27/7/1947 - 27/7/2020)", "(1930-2024)") is history.
_SPAN = re.compile(r"\([^()]*\d{4}\s*[-–]\s*[^()]*\d{4}[^()]*\)")


# "từ 24/03/2021 đến ngày 03/4/2021", "Từ 2/5 đến 4/5/2020": a span of days (with "ngày" after
# "từ", _NOT_MEETING says so already), neither of whose ends is one meeting's day.
_FROM_TO = re.compile(
    r"\btu\s+(?:ngay\s+)?\d{1,2}\s*[/-]\s*\d{1,2}(?:\s*[/-]\s*\d{4})?\s*(?:den|toi)\s+(?:het\s+)?(?:ngay\s+)?"
    r"\d{1,2}\s*[/-]\s*\d{1,2}(?:\s*[/-]\s*\d{4})?"
)


def find_meeting_date(
    text: str,
    published: date | None,
    year_hint: int | None = None,
    term_year: int | None = None,
    due: date | None = None,
) -> tuple[date, bool] | None:
    """The day of the meeting sentence ("Chiều ngày 12/12/2024", "Sáng 14/3", "ngày 1-7-2025").

    Dates of documents, anniversaries, births and periods ("Nghị quyết số 47 ngày 13/12/2023",
    "(27/7/1947 - 27/7/2020)") are never the meeting's; nor is a date after the publication.
    Returns the date and whether its year was worked out (a day without a year takes the
    publication's year, or the year before when that would put the meeting after it). With no
    publication date, only a date that opens its sentence or whose sentence says a meeting was held
    is the meeting's ("… kết thúc gieo cấy vào ngày 05/07/2021" dates the sowing), and a yearless
    day falls before `due`, the deadline of what the meeting prepares.
    """
    folded = fold(text)
    spans = [(m.start(), m.end()) for r in (_SPAN, _FROM_TO) for m in r.finditer(folded)]
    candidates: list[tuple[int, int, int, int | None]] = []
    two_days = (_TWO_DAYS, _TWO_DAYS_WORDS)
    ends = {m.start(): m.end() for r in (_DMY, _WORDS, *two_days) for m in r.finditer(folded)}
    ends.update({m.start(1): m.end() for r in (_DMY2, *two_days, _DAY_MONTH) for m in r.finditer(folded)})
    for m in _DMY.finditer(folded):
        candidates.append((m.start(), int(m.group(1)), int(m.group(2)), int(m.group(3))))
    for m in _WORDS.finditer(folded):
        candidates.append((m.start(), int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None))
    for m in _DMY2.finditer(folded):
        candidates.append((m.start(1), int(m.group(1)), int(m.group(2)), 2000 + int(m.group(3))))
    for m in (m for r in two_days for m in r.finditer(folded)):  # "trong 2 ngày 21 và 22/6/2018": the first day
        year = int(m.group(4)) if m.group(4) else None
        candidates.append((m.start(1), int(m.group(1)), int(m.group(3)), year))
    for m in _DAY_MONTH.finditer(folded):
        if not any(start <= m.start(1) <= start + 12 for start, *_ in candidates):
            candidates.append((m.start(1), int(m.group(1)), int(m.group(2)), None))
    for start, day, month, year in sorted(candidates):
        if any(a <= start < b for a, b in spans) or _NOT_MEETING.search(_clause_before(folded, start)):
            continue
        if _issued(folded, start) or _TO_COME.match(folded, ends.get(start, start)):
            continue  # "vào ngày 26, 27/5 tới": a day to come is not the reported meeting's
        if published is None and not _meeting_sentence(folded, start):
            continue
        inferred = year is None
        if inferred and published is None:
            year = (
                year_hint
                or _same_day_year(folded, day, month)
                or _anniversary_year(folded, day, month)
                or _year_of_sentence(folded, start)
                or term_year
            )
            if year is None and (month, day) == (2, 29) and (term := _TERM.search(folded)):
                year = int(term.group(1))  # the leap day of a later session's term: its one leap year, below
            if year is None:
                continue  # no publication date: the title's one year, the sentence's, the term's (doubtful)
            if (month, day) == (2, 29) and year % 4:
                year = _leap_year_of_term(folded, year)
            if due is not None and year == due.year and (month, day) > (due.month, due.day):
                year -= 1  # "Chiều ngày 14/9" preparing congresses due "trước ngày 30/4/2024": 2023
        elif inferred:
            year = published.year
            try:
                if published is not None and date(year, month, day) > published:
                    year -= 1
            except ValueError:
                continue
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if _TOMORROW.search(folded[max(0, start - 20) : start]) and "tiep tuc" in _clause_after(folded, start):
            found -= timedelta(days=1)  # "(Ngày mai 12-12, kỳ họp tiếp tục …)": the report is of the day before
        if published is not None and (found > published or (published - found).days > 366):
            continue  # a meeting is reported after it happens, and within the year
        return found, inferred
    return None


# "Ngày 21/5/2024, Ban Thường trực … đã ban hành Thông báo số 03 …": the day a document was
# issued, not a meeting's, unless the sentence says a meeting was held before it names the
# document (what follows "ban hành" is the document's subject: "… về tổ chức tuyên truyền …").
# So is the day a numbered document was passed ("ngày 12/6/2025, Quốc hội đã thông qua Nghị quyết
# số 202/2025/QH15 …"): a session passes its resolutions before they bear a number.
_ISSUED = re.compile(
    r"\b(?:(?:ban hanh|ky ban hanh|da ky|gui cong van)\b|"
    r"thong qua (?:nghi quyet|luat|nghi dinh|quyet dinh|de an|chi thi) so \d)"
)
_HELD = re.compile(r"\b(?:to chuc|hop|hoi nghi|dai hoi|ky hop|giao ban|so ket|tong ket|khai mac|dien ra)\b")


def says_held(text: str) -> bool:
    """Whether a line says a meeting was held ("… tổ chức Hội nghị …", "… họp …")."""
    return bool(_HELD.search(fold(text)))


def _issued(folded: str, start: int) -> bool:
    """Whether the sentence of a date says that on that day a document was issued."""
    ends = [i for i in (folded.find(". ", start), folded.find("\n", start)) if i >= 0]
    rest = folded[start : min(ends) if ends else len(folded)]
    issued = _ISSUED.search(rest)
    return issued is not None and not _HELD.search(rest[: issued.start()])


# What a meeting's sentence says was done (besides _HELD): met voters, talked with the people.
_MET = re.compile(r"\b(?:tiep xuc|doi thoai|toa dam|hiep thuong|hoi thao|hop mat|quan triet|trien khai|le)\b")


def _meeting_sentence(folded: str, start: int) -> bool:
    """Whether a date opens its sentence ("Sáng ngày 14/10/2021, …", "Ngày 8/3/2023 …") or its
    sentence says a meeting was held: a date deep in a sentence about something else is not the
    meeting's."""
    begin = max(folded.rfind(". ", 0, start), folded.rfind("\n", 0, start), folded.rfind(": ", 0, start)) + 1
    if len(folded[begin:start].split()) <= 4:
        return True
    ends = [i for i in (folded.find(". ", start), folded.find("\n", start)) if i >= 0]
    sentence = folded[begin : min(ends) if ends else len(folded)]
    return bool(_HELD.search(sentence) or _MET.search(sentence))


# A deadline the text sets for what is to come ("Theo dự kiến, … hoàn thành trước ngày 30/4/2024").
_DUE = re.compile(
    r"\b(?:du kien|se|phai|can|phan dau|ke hoach)\b[^.;]{0,120}?\b(?:truoc|cham nhat(?: la)?|han chot)\s+"
    r"(?:ngay\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\b"
)


def deadline(text: str) -> date | None:
    """The earliest deadline the text sets for what is still to come: a meeting that prepares it
    is held before it."""
    found = []
    for m in _DUE.finditer(fold(text)):
        try:
            found.append(date(int(m.group(3)), int(m.group(2)), int(m.group(1))))
        except ValueError:
            continue
    return min(found, default=None)


# A later ordinary session of a council's term ("Kỳ họp thứ 12", "kỳ họp thứ hai"): not held in the
# term's first year as its first session and a congress are.
_LATER_SESSION = re.compile(
    r"\bky hop (?:thu|lan thu)\s+"
    r"(?:(\d{1,2})|(hai|ba|bon|tu|nam|sau|bay|tam|chin|muoi)|(ii|iii|iv|v|vi|vii|viii|ix|x|x[iv]+))\b"
)


def later_session(text: str) -> bool:
    m = _LATER_SESSION.search(fold(text))
    return m is not None and (m.group(1) is None or int(m.group(1)) >= 2)


def year_beside_terms(text: str) -> int | None:
    """The one year the text names outside the spans of terms and plans ("… năm 2025" beside
    "nhiệm kỳ 2021 - 2026"), or None."""
    folded = _YEAR_SPAN.sub(" ", fold(text))
    years = {int(y) for y in re.findall(r"(?<![\d/.-])((?:19|20)\d\d)(?![\d/]|\.\d)", folded)}
    years = {y for y in years if MIN_YEAR <= y <= MAX_YEAR}
    return years.pop() if len(years) == 1 else None


def _same_day_year(folded: str, day: int, month: int) -> int | None:
    """ "Chiều ngày 14/10, … Kỷ niệm 90 năm … (14/10/1930 – 14/10/2020)": a yearless day that an
    anniversary's span of the text also gives in full is that anniversary's day, in the span's
    last year (the one being celebrated). Only a span of two such days counts: one full date of
    the same day and month (a decree's, a birth's) settles nothing."""
    years = [
        int(m.group(3))
        for m in _DMY.finditer(folded)
        if (int(m.group(1)), int(m.group(2))) == (day, month) and MIN_YEAR <= int(m.group(3)) <= MAX_YEAR
    ]
    return max(years) if len(years) >= 2 else None


# An anniversary's span of two full dates of one day ("(14/10/1930 -14/10/2020)"): the day founded
# and the day celebrated.
_ANNIVERSARY = re.compile(
    r"\(\s*(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})\s*[-–]\s*(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})\s*\)"
)


def _anniversary_year(folded: str, day: int, month: int) -> int | None:
    """ "Ngày 13/10, … gặp mặt kỷ niệm 90 năm … (14/10/1930 -14/10/2020)": a yearless day within a
    month of the day an anniversary's span celebrates (the span's two days the same) is in the
    span's last year: a gathering for an anniversary is held about its day."""
    for m in _ANNIVERSARY.finditer(folded):
        d1, m1, _, d2, m2, year = (int(g) for g in m.groups())
        if (d1, m1) != (d2, m2) or not MIN_YEAR <= year <= MAX_YEAR:
            continue
        try:
            gap = abs((date(year, month, day) - date(year, m2, d2)).days)
        except ValueError:
            continue
        if gap <= 31:
            return year
    return None


def _year_of_sentence(folded: str, start: int) -> int | None:
    """The year a reader takes a yearless day of the sentence to be in when the page shows no
    publication date: the first year the sentence names outside a term's span ("Chiều 19/7, …
    nhiệm kỳ 2019- 2024 … 6 tháng cuối năm 2023": 2023, the year reported); else the span's first
    ("Sáng nay 31/5, Đại hội … nhiệm kỳ 2023 - 2028": 2023). A year may end the sentence ("2021.")."""
    begin = max(folded.rfind(". ", 0, start), folded.rfind("\n", 0, start)) + 1
    ends = [i for i in (folded.find(". ", start), folded.find("\n", start)) if i >= 0]
    sentence = folded[begin : min(ends) if ends else len(folded)]
    spans = [(m.start(), m.end()) for m in _YEAR_SPAN.finditer(sentence)]
    years = [
        (any(a <= m.start() < b for a, b in spans), int(m.group(1)))
        for m in re.finditer(r"(?<![\d/.-])((?:19|20)\d\d)(?![\d/]|\.\d)", sentence)
        if MIN_YEAR <= int(m.group(1)) <= MAX_YEAR
    ]
    outside = [year for in_span, year in years if not in_span]
    if outside:
        return outside[0]
    if later_session(sentence):
        return None  # "Kỳ họp thứ 12 … nhiệm kỳ 2021 - 2026": not in the term's first year
    if _ELECTED_TERM.search(sentence):
        return None  # "… triển khai công tác bầu cử … nhiệm kỳ 2026 – 2031": a term still to be elected
    if years and (review := _REVIEWED_PERIOD.search(sentence)):
        return int(review.group(1))  # "sơ kết … giai đoạn 2009- 2019": a period is reviewed at its end
    return years[0][1] if years else None


# A period a sơ kết or tổng kết looks back on ("sơ kết … giai đoạn 2009- 2019"): its last year.
_REVIEWED_PERIOD = re.compile(
    r"\b(?:so ket|tong ket)\b[^.;:\n]{0,150}?\bgiai doan\s+(?:19|20)\d\d\s*[-–]\s*((?:19|20)\d\d)\b"
)


# A term the sentence prepares elections for ("bầu cử đại biểu … nhiệm kỳ 2026 – 2031", "ứng cử …"):
# it begins after the meeting, so its first year is not the meeting's.
_ELECTED_TERM = re.compile(r"\b(?:bau cu|ung cu|de cu)\b.{0,120}\bnhiem ky\s+(?:19|20)\d\d\s*[-–]")


# Two years joined by a dash ("2019- 2024", "2021 – 2026"): a term's or a plan's span.
_YEAR_SPAN = re.compile(r"(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d")


def _leap_year_of_term(folded: str, year: int) -> int:
    """ "Sáng ngày 29/02" of a council of "nhiệm kỳ 2021 – 2026": 29 February exists in one year
    of the term (2024), which is the day's; the year stays as it was when no term settles it."""
    for m in _TERM.finditer(folded):
        first, last = int(m.group(1)), int(m.group(2))
        leap = [y for y in range(first, last + 1) if y % 4 == 0 and (y % 100 or y % 400 == 0)]
        if first <= year <= last and len(leap) == 1:
            return leap[0]
    return year


def _clause_before(folded: str, start: int) -> str:
    """The words before a date, from the comma that opens its clause ("… nhiệm kỳ 2026 – 2031,
    ngày 09/01/2026, Ủy ban … làm việc": the term is not the day's) unless a document's number
    stands before that comma."""
    context = folded[max(0, start - 60) : start]
    m = re.search(r",\s*(?:(?:sang|chieu|toi|trua)\s+)?(?:ngay\s*)?$", context)
    if m and not re.search(r"(?:so\s+\d+[\w/-]*|/[a-z]{2,}[\w-]*)\s*$", context[: m.start()]):
        return context[m.start() :]
    return context


# The period a report covers ("9 tháng năm 2017", "6 tháng đầu năm 2017", "quý III/2017").
_REPORTED = re.compile(
    r"\b\d{1,2} thang(?: dau| cuoi)? nam ((?:19|20)\d\d)\b|\bquy (?:[ivx]+|\d)(?:/| nam )((?:19|20)\d\d)\b"
)


def term_start(text: str) -> int | None:
    """The first year of the first term the text names ("Nhiệm kỳ 2018-2023"): the year of a
    congress that opens it, for a yearless day whose sentence names no year."""
    m = _TERM.search(fold(text))
    return int(m.group(1)) if m and MIN_YEAR <= int(m.group(1)) <= MAX_YEAR else None


def archive_year(text: str, published: date) -> int | None:
    """The year of the period a text reports when it lies two years or more before the page's
    date (an archive moved to a new portal dates every page by the move): a yearless day of
    that text is in the reported year, not in the page's."""
    years = [int(a or b) for a, b in _REPORTED.findall(fold(text))]
    if not years or max(years) > published.year - 2:
        return None
    return max(years)


def day_of(value: datetime | date) -> date:
    return value.date() if isinstance(value, datetime) else value


def year_named(text: str) -> int | None:
    """The one year a title names ("… năm 2019"), or None when it names none or several."""
    years = set(re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", text))
    return int(years.pop()) if len(years) == 1 else None


def reviewed_years(text: str) -> tuple[int, int] | None:
    """The two years a year-end report names ("kết quả năm 2018, nhiệm vụ năm 2019"): exactly
    two, one after the other, or None."""
    # a term's or a plan's span ("khóa XIII (Nhiệm kỳ 2021-2026)") is no year the report reviews
    text = _YEAR_SPAN.sub(" ", text)
    years = sorted({int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d\d)(?!\d)", text)})
    return (years[0], years[1]) if len(years) == 2 and years[1] == years[0] + 1 else None


# "Hội nghị tổng kết công tác … năm 2025": the year a year-end review looks back on (not "tổng
# kết 10 năm …", a span of years, nor "tổng kết … năm 2025 và triển khai … năm 2026", two years).
_YEAR_END_REVIEW = re.compile(r"\btong ket\b[^.;:\n]{0,150}?(?<!\d )\bnam ((?:19|20)\d\d)\b")


def year_end_review(text: str) -> int | None:
    """The one year a year-end tổng kết reviews, or None when the text reviews none or several."""
    years = {int(m.group(1)) for m in _YEAR_END_REVIEW.finditer(fold(text))}
    return years.pop() if len(years) == 1 else None


def after_review(day: date, reviewed: int | None) -> date:
    """A yearless day of the first quarter taken to be in the year a tổng kết reviews: the review
    of a year is held at its end or early the next ("Sáng 23-1, … tổng kết … năm 2025": 2026)."""
    if reviewed is not None and day.year == reviewed and day.month <= 3 and (day.month, day.day) != (2, 29):
        return day.replace(year=reviewed + 1)
    return day


def year_of_review(month: int, years: tuple[int, int]) -> int:
    """The year of a yearless day in a text that reviews one year and plans the next: a meeting
    of the second half of the year reviews the year it is in ("Sáng 4/12" with 2018 and 2019:
    2018), one of the first half is held the year after ("Sáng 15/1": 2019). A guess."""
    return years[0] if month >= 7 else years[1]


# "Từ ngày 07/01/2026 đến ngày 09/01/2026, HĐND phường … tổ chức …": a sentence that opens with
# the span of days its meetings were held in; "Đại hội … diễn ra trong 03 ngày: từ ngày 18/9 đến
# hết ngày 20/9/2019": a meeting that lasts that many days names its span after them.
# "Đại hội … sẽ diễn ra từ ngày 26 đến 28.10.2020": the span right after the verb (dots between the
# numbers, as "Sáng 7.8").
_PERIOD = re.compile(
    r"(?:^|[.;!?]\s+|\n|\b(?:dien ra|keo dai)(?: trong \d+ ngay)?\s*[:,]?\s*)"
    r"\W*(?:trong \d+ ngay,?\s*)?tu ngay\s+(\d{1,2})(?:\s*[/.-]\s*(\d{1,2}))?(?:\s*[/.-]\s*(\d{4}))?"
    r"\s*(?:den|toi)\s+(?:het\s+)?(?:ngay\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?![\d/]|\.\d)"
)


def meeting_period(
    text: str, published: date | None, year_hint: int | None = None, term_year: int | None = None
) -> tuple[date, date] | None:
    """The span of days ("Từ ngày 12 đến ngày 14/7/2022") that opens a sentence saying meetings
    were held in it, of a week at most (a longer one is a campaign's, not a meeting's)."""
    folded = fold(text)
    for m in _PERIOD.finditer(folded):
        ends = [i for i in (folded.find(". ", m.end()), folded.find("\n", m.end())) if i >= 0]
        if not _HELD.search(m.group(0) + folded[m.end() : min(ends) if ends else len(folded)]):
            continue
        day1, month1, year1, day2, month2, year2 = m.groups()
        year = int(year2 or year1) if (year2 or year1) else None
        if year is None:
            year = published.year if published else year_hint or _year_of_sentence(folded, m.end()) or term_year
        if year is None:
            continue
        try:
            end = date(year, int(month2), int(day2))
            start = date(int(year1) if year1 else year, int(month1 or month2), int(day1))
        except ValueError:
            continue
        if 0 < (end - start).days <= 7 and (published is None or end <= published):
            return start, end
    return None


def days_within(text: str, period: tuple[date, date]) -> bool:
    """Whether the text names a day of the period after its first ("… vào 18 giờ 30 ngày
    08/01/2026"): the period holds several meetings, each on its own day."""
    start, end = period
    folded = fold(text)
    named = [(int(m.group(1)), int(m.group(2))) for m in _DMY.finditer(folded)]
    named += [(int(m.group(1)), int(m.group(2))) for m in _DAY_MONTH.finditer(folded)]
    for day, month in named:
        for year in {start.year, end.year}:
            try:
                if start < date(year, month, day) <= end:
                    return True
            except ValueError:
                continue
    return False


# "Tính đến cuối tháng 2/2018, toàn tỉnh có 120/152 cơ sở …": the moment a round-up reports.
_AS_OF = re.compile(
    r"\btinh den\s+(?:(?:het\s+)?ngay\s+(\d{1,2})\s*[/-]\s*(\d{1,2})\s*[/-]\s*(\d{4})|"
    r"(?:het\s+|cuoi\s+)?thang\s+(\d{1,2})\s*[/-]\s*(\d{4})|(?:het\s+|cuoi\s+)nam\s+(\d{4}))\b"
)


def reported_as_of(text: str) -> date | None:
    """The latest moment a text's round-up is written as of ("Tính đến cuối tháng 2/2018": the end of
    February 2018): with no date on the page, a day after it is to come, not a meeting reported."""
    found: list[date] = []
    for m in _AS_OF.finditer(fold(text)):
        day, month, year, month_only, year_of_month, year_only = m.groups()
        try:
            if year:
                found.append(date(int(year), int(month), int(day)))
            elif year_of_month:
                after = date(int(year_of_month) + int(month_only) // 12, int(month_only) % 12 + 1, 1)
                found.append(after - timedelta(days=1))  # the month's last day
            else:
                found.append(date(int(year_only), 12, 31))
        except ValueError:
            continue
    return max(found, default=None)


def latest_full_date(text: str) -> date | None:
    """The latest day the text writes in full ("ngày 09/01/2026"): a page that shows no date is
    no earlier than that, which says which register structure its units are named in."""
    found: list[date] = []
    for m in _DMY.finditer(fold(text)):
        day, month, year = (int(g) for g in m.groups())
        if MIN_YEAR <= year <= MAX_YEAR:
            try:
                found.append(date(year, month, day))
            except ValueError:
                continue
    return max(found, default=None)


# "Bình Sơn sẵn sàng cho ngày bầu cử …", "Người dân … hướng về Đại hội …": a title that looks ahead to
# the event its text prepares.
_AHEAD = re.compile(r"\b(?:san sang|huong ve|truoc them|chuan bi cho|sap dien ra)\b")


def coming_day(title: str, lead: str, published: date) -> date | None:
    """The day, within a week after the page, of the event a title looks ahead to ("… sẵn sàng cho
    ngày bầu cử …" / "… cuộc bầu cử … vào ngày 22/5 …"): a report before the event has its day."""
    if not _AHEAD.search(fold(title)):
        return None
    folded = fold(lead)
    days = [(int(m.group(1)), int(m.group(2)), int(m.group(3))) for m in _DMY.finditer(folded)]
    for m in _DAY_MONTH.finditer(folded):  # a yearless day: this year's, or next January's from late December
        days += [(int(m.group(1)), int(m.group(2)), year) for year in (published.year, published.year + 1)]
    for day, month, year in days:
        try:
            when = date(year, month, day)
        except ValueError:
            continue
        if 0 < (when - published).days <= 7:
            return when
    return None


# "Thông báo tổ chức Hội nghị …" with a labelled line "Thời gian: 8 giờ 30 ngày 21/5/2015 …": a
# notice of a meeting to come, dated before it.
_NOTICE_TITLE = re.compile(r"^\W*thong bao\b")
_TIME_LABEL = re.compile(r"(?m)^\s*thoi gian\s*:(.*)$")


def notice_day(title: str, text: str, published: date | None) -> date | None:
    """The day a notice gives the meeting it announces on its "Thời gian:" line, within two
    months after the page's date (a meeting to come has that day)."""
    if published is None or not _NOTICE_TITLE.match(fold(title)):
        return None
    for line in _TIME_LABEL.finditer(fold(text)):
        found = _DMY.search(line.group(1))
        if found is None:
            continue
        day, month, year = (int(g) for g in found.groups())
        try:
            when = date(year, month, day)
        except ValueError:
            continue
        if 0 <= (when - published).days <= 62:
            return when
    return None
