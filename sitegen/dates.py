"""The one check of every date a site is given: frontmatter (typed by YAML or written as
text), `new --date`, and the importer's findings. A date outside 1900–2199, a day the
calendar lacks (30 February, month 13) or a zone past ±23:59 is a DateProblem with a
sentence the editor can act on, never an exception from datetime."""

from __future__ import annotations

import calendar
import datetime as dt
import re

MIN_YEAR, MAX_YEAR = 1900, 2199  # far from datetime's limits, so no zone shift can overflow

_ISO = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:(?:[Tt]|[ \t]+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?"
    r"(?:[ \t]*(Z|z|[+-]\d{1,2}(?::?\d{2})?))?)?"
)
_VN = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})(?:[ T]+(\d{1,2}):(\d{2}))?")
HINT = "(use 2024-12-31 or 2024-12-31T14:00:00+07:00)"


class DateProblem(ValueError):
    """A date that cannot be: the message says why, in the editor's terms."""


def parse_moment(text: str) -> dt.date | dt.datetime:
    """'2024-07-18' → date; '2024-07-18T14:30+07:00', '18/07/2024 14:30' → datetime (naive when
    no zone is written). Raises DateProblem."""
    text = text.strip()
    if len(text) > 64:
        raise DateProblem(f'"{text[:40]}…" is not a date {HINT}')
    match = _ISO.fullmatch(text)
    if match:
        year, month, day, hour, minute, second, fraction, zone = match.groups()
    else:
        match = _VN.fullmatch(text)  # Vietnamese editors write 31/12/2024
        if not match:
            raise DateProblem(f'"{text}" is not a date {HINT}')
        day, month, year, hour, minute = match.groups()
        second = fraction = zone = None
    day_ = check_day(int(year), int(month), int(day), text)
    if hour is None:
        return day_
    h, m, s = int(hour), int(minute), int(second or 0)
    if h > 23 or m > 59 or s > 59:
        raise DateProblem(f'"{text}": {h:02d}:{m:02d}:{s:02d} is not a time of day (use 00:00 to 23:59)')
    micro = int((fraction or "0")[:6].ljust(6, "0"))
    return dt.datetime(day_.year, day_.month, day_.day, h, m, s, micro, tzinfo=_zone(zone, text))


def check_day(year: int, month: int, day: int, text: str = "") -> dt.date:
    shown = f'"{text}": ' if text else ""
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise DateProblem(f"{shown}the year {year} is out of range (use a year from {MIN_YEAR} to {MAX_YEAR})")
    if not 1 <= month <= 12:
        raise DateProblem(f"{shown}there is no month {month} (use 1 to 12)")
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise DateProblem(f"{shown}month {month} of {year} has no day {day} (it has {last} days)")
    return dt.date(year, month, day)


def check_moment(value: dt.date | dt.datetime) -> dt.date | dt.datetime:
    """A date or time built elsewhere, held to the same range."""
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise DateProblem(f"the year {value.year} is out of range (use a year from {MIN_YEAR} to {MAX_YEAR})")
    return value


def _zone(zone: str | None, text: str) -> dt.tzinfo | None:
    if zone is None:
        return None
    if zone in ("Z", "z"):
        return dt.UTC
    sign = -1 if zone[0] == "-" else 1
    digits = zone[1:].replace(":", "")
    hours, minutes = (int(digits[:-2]), int(digits[-2:])) if len(digits) > 2 else (int(digits), 0)
    if hours > 23 or minutes > 59:
        raise DateProblem(f'"{text}": the zone {zone} does not exist (zones are within ±23:59, like +07:00)')
    return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))


def to_datetime(value: object, tz: dt.tzinfo) -> dt.datetime:
    """Any frontmatter date value → an aware datetime in `tz`. Raises DateProblem."""
    if isinstance(value, str):
        value = parse_moment(value)
    if isinstance(value, dt.datetime):
        check_moment(value)
        return value.astimezone(tz) if value.tzinfo else value.replace(tzinfo=tz)
    if isinstance(value, dt.date):
        check_moment(value)
        return dt.datetime(value.year, value.month, value.day, tzinfo=tz)
    raise DateProblem(f'"{value}" is not a date {HINT}')
