"""Front-ends: each recognises one way portals lay out the top of an article and fills the
record's header fields (title, dates, byline, source, image). The rest of the text goes
through the same body and tail rules whatever the layout (see parse.py)."""

from __future__ import annotations

import re
from datetime import date, datetime, tzinfo

from ..text import fold
from . import fields, places
from .dates import day_of, parse_dateline, parse_header_row, parse_iso
from .furniture import (
    banner_owner,
    is_banner_label,
    is_bar,
    is_breadcrumb,
    is_clock,
    is_cms_artefact,
    is_code_remnant,
    is_doubled_label,
    is_empty_label,
    is_image_name,
    is_lone_mark,
    is_placeholder,
    is_poll,
    is_poster,
    is_utility,
    is_widget,
)
from .record import Line, Record

_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
_IMAGE_URL = re.compile(r"\.(?:jpe?g|png|gif|webp|bmp)(?:\?\S*)?$", re.IGNORECASE)


def _texts(lines: list[Line], start: int, count: int) -> list[str]:
    """The next `count` lines with text from `start`, however many blank lines lie between (a
    paste may double or drop them)."""
    found: list[str] = []
    for line in lines[start:]:
        if line.text:
            found.append(line.text)
            if len(found) == count:
                break
    return found


def is_url(text: str) -> bool:
    return bool(_URL.match(text))


def is_image_url(text: str) -> bool:
    """A picture's address alone on a line."""
    return is_url(text) and bool(_IMAGE_URL.search(text))


def take_url(url: str, record: Record, line: Line) -> None:
    """A URL alone on a line: the lead image, a logo (furniture) or the article's address."""
    if url.lower().startswith("www."):
        url = "http://" + url  # the build accepts only http(s) addresses
    if _IMAGE_URL.search(url) or "/uploads/" in url and not url.endswith((".html", ".htm")):
        if re.search(r"logo|banner|icon", url, re.IGNORECASE):
            record.drop(line, "portal logo")
        elif record.image is None:
            record.image = url
            record.note("image", line.number, "image URL")
        else:
            record.drop(line, "another image URL")
    elif record.source is None:
        record.source = url
        record.note("source", line.number, "URL")
    else:
        record.drop(line, "another URL")


def take_date(value, record: Record, line: Line, how: str) -> None:
    if record.date is None:
        record.date = value
        record.note("date", line.number, how)
    else:
        record.drop(line, "another publication or update time")


def furniture_alone(text: str) -> bool:
    """A line no page's text holds, whatever stands around it: a bar, a breadcrumb, a lone mark,
    a widget's or the utility bar's label, a dashed menu's entry."""
    tests = (is_bar, is_breadcrumb, is_lone_mark, is_widget, is_utility, dashed_entry)
    return any(test(text) for test in tests)


class NukeVietExport:
    """Text saved from NukeViet portals (hanamtv.vn and its district stations): the title,
    the author alone, two ISO timestamps (published, updated), the article URL, the lead
    image URL, the station's name and its logo URL, then the lead and the body."""

    name = "NukeViet export (title, author, ISO times, URLs)"

    def detect(self, lines: list[Line]) -> bool:
        head = [ln.text for ln in lines[:12] if ln.text]
        return any(_ISO_LINE.match(t) for t in head) and any(is_url(t) for t in head)

    def header(self, lines: list[Line], record: Record, tz: tzinfo) -> int:
        index = 0
        seen_meta = False
        for index, line in enumerate(lines):
            text = line.text
            if not text:
                continue
            if record.title is None:
                if furniture_alone(text):
                    record.drop(line, "page furniture")
                    continue
                record.title = text
                record.note("title", line.number, "first line")
                continue
            iso = parse_iso(text, tz) if _ISO_LINE.match(text) else None
            if iso is not None:
                take_date(iso, record, line, "ISO timestamp")
                seen_meta = True
            elif is_url(text):
                take_url(text, record, line)
                seen_meta = True
            elif is_bar(text):
                record.drop(line, "page furniture")
            elif not seen_meta and not record.authors and len(text) <= 80 and fields.split_names(text):
                record.authors = fields.split_names(text)
                record.note("author", line.number, "author line under the title")
            elif seen_meta and record.publisher is None and len(text) <= 80 and not text.endswith("."):
                record.publisher = text
                record.note("publisher", line.number, "portal name after the URLs")
            else:
                return index
        return len(lines)


_ISO_LINE = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


class PortalPage:
    """Text copied from a portal's article page: toolbars, breadcrumbs, maybe a date line
    above the title, the title, then date / byline / view-counter lines, then the body."""

    name = "portal page (title, date line, body)"

    def detect(self, lines: list[Line]) -> bool:
        return True

    def header(self, lines: list[Line], record: Record, tz: tzinfo) -> int:
        clock: Line | None = None  # a date line above the title: maybe the portal's clock
        for index, line in enumerate(lines):
            text = line.text
            if not text:
                continue
            if is_bar(text) or is_breadcrumb(text):
                record.drop(line, "breadcrumb trail" if is_breadcrumb(text) else "page furniture")
                continue
            dated = parse_dateline(_strip_counters(text), tz)
            if dated is None and clock is not None and record.title is not None and _name_then_date(text, tz):
                # "Như Tâm - 17:44, 09/09/2023" under the title: the writer's row dates the article,
                # a date line above the title is the portal's clock (a frozen one too)
                _clock_gives_way(record, clock)
                clock = None
            if dated is None and self._meta_row(text, record, line, tz):
                continue
            if dated is not None:
                if record.title is None and record.date is None:
                    clock = line
                elif clock is not None and (
                    _PUBLISHED_LABEL.match(fold(text)) or _clock_then_time(clock.text, record.date, dated)
                ):
                    # "Thứ 3, Ngày 16/07/2024 -" above the title is today's date on the portal;
                    # "Ngày đăng: 08/07/2024 11:38" under it is the article's
                    _clock_gives_way(record, clock)
                    clock = None
                take_date(dated, record, line, "date line")
                continue
            row = parse_header_row(_strip_counters(text), tz)
            if row is not None:
                take_date(row[0], record, line, f"header row ({row[1]} | date)")
                continue
            again = _title_again(text, record.title, tz)
            if again is not None:
                take_date(again, record, line, "the title printed again with its date")
                continue
            names = fields.byline(text) or (fields.byline_with_org(text) if record.title else None)
            if names and record.title is not None:
                record.authors.extend(n for n in names if n not in record.authors)
                record.note("author", line.number, "byline")
                continue
            if record.title is not None and fold(text) == fold(record.title) and not text.endswith("."):
                # a portal that prints the headline over and under the date (a title that is the
                # lead's sentence, full stop and all, is the text's first paragraph too: kept)
                record.drop(line, "the title printed again")
                continue
            if record.title is not None and re.fullmatch(r"\d{1,7}", text) and not record.authors:
                record.drop(line, "a view counter's number under the title")  # "25": no label, no unit
                continue
            if record.title is not None and _writer_under_title(text, lines, index, tz):
                record.authors.append(text.rstrip(". "))  # "Hữu Hoàn.": a signature's stop is no part of it
                record.note("author", line.number, "a name alone under the title")
                continue
            if record.title is not None and (signed := _signature_under_title(text, lines, index, record, tz)):
                record.authors.extend(n for n in signed if n not in record.authors)
                record.note("author", line.number, "a signature under the title, over the lead")
                continue
            if record.title is not None and _right_under_title(lines, index, record) and (caps := _caps_writers(text)):
                record.authors.extend(n for n in caps if n not in record.authors)
                record.note("author", line.number, "names in capitals right under the title")
                continue
            if is_url(text) and record.title is not None:
                take_url(text, record, line)
                continue
            if is_lone_mark(text):
                record.drop(line, "a lone letter or a text-size label (no sentence)")
                continue
            if is_image_name(text) or is_empty_label(text):
                record.drop(line, "image file names" if is_image_name(text) else "a label with nothing after it")
                continue
            if record.title is None and _links_heading(text, _next_text(lines, index)):
                record.drop(line, _LINKS_REASON)
                continue
            if record.title is None and _in_links_list(record) and _link_name(text):
                record.drop(line, _LINKS_REASON)
                continue
            if is_widget(text) or is_utility(text) or (record.title is None and is_poll(text)):
                record.drop(line, "a sidebar widget (visit counter, poll, links)")
                continue
            if is_placeholder(text):
                record.drop(line, "a site template's placeholder (a title or picture its owner never filled in)")
                continue
            if is_code_remnant(text):
                record.drop(line, "a script's variable or a widget's identifier the paste kept")
                continue
            if is_doubled_label(text):
                record.drop(line, "a widget's label printed twice (its tab and its heading)")
                continue
            if record.title is None:
                following = _next_text(lines, index)
                if is_cms_artefact(text):
                    rest = text.split(None, 1)[1]
                    if _repeated_below(rest, lines, index):
                        record.drop(line, "the portal's template (“null …”)")
                        continue
                    # "null Nam Đàn tổ chức …" with no title after it: the template's empty field
                    # glued to the title itself; the title stays
                    line = lines[index] = Line(line.number, rest)
                    text = rest
                if is_site_address(text) and following:
                    record.drop(line, "the portal's address above the title")
                    record.site = record.site or text.casefold()
                    continue
                header_above = bool(record.dropped) and record.dropped[-1].reason == _HEADER_REASON
                if is_portal_header(text, following, header_above or bool(following and is_site_address(following))):
                    record.drop(line, _HEADER_REASON)
                    record.masthead.append(" ".join(w.capitalize() for w in text.split()))
                    if station := places.station_unit(text):
                        record.masthead.append(station)  # "ĐÀI TRUYỀN THANH ĐẠI LỘC": the district's station
                    continue
                if (
                    is_slogan(text, following)
                    or _banner_of_later_day(text, lines, index, tz)
                    or _celebration_banner(text, lines, index, tz)
                    or _lower_case_banner(text, following)
                ):
                    record.drop(line, "a slogan banner above the title")
                    continue
                if is_banner_label(text) or (is_clock(text) and parse_dateline(text, tz) is None):
                    record.drop(line, "a banner's label or the portal's clock above the title")
                    if owner := banner_owner(text):
                        record.masthead.append(owner)  # "Banner Tỉnh ủy Nghệ An": the portal's owner
                    continue
                if is_place_kicker(text, following):
                    record.drop(line, "place kicker above the title")
                    record.kicker = text
                    continue
                if is_advertiser(text, following):
                    record.drop(line, "an advertiser's name above the title")
                    continue
                after_menu = bool(record.dropped) and record.dropped[-1].reason in _MENU_REASONS
                if _in_dashed_menu(lines, index, after_menu):
                    record.drop(line, "menu line above the title")  # "- TRANG CHỦ" / "- GIỚI THIỆU" / …
                    continue
                undated = _next_undated(lines, index, tz)  # "Tin tức sự kiện" / "12/04/2023 08:15" / the title
                if (
                    is_section_label(text, undated)
                    or is_rubric(text, following)
                    or _label_over_dated_title(text, lines, index, tz)
                    or _section_path_over_dated_title(text, lines, index, tz)
                ):
                    record.drop(line, "section label above the title")
                    continue
                # (with the lead's full sentence right under it, the line is the title of a page
                # that printed no other: kept)
                if is_unit_header(text) and following and not re.search(r"[.!?]$", following):
                    record.drop(line, _HEADER_REASON)  # "UBND Xã Sơn Mùa" / "Huyện Sơn Tây" / "Tỉnh …"
                    record.masthead.append(text)
                    continue
                if _printed_twice(text) and following:
                    record.drop(line, "section label above the title")  # "TIN TỨC … TIN TỨC …": a label twice
                    continue
                if _better_title_below(text, lines, index, tz):
                    record.drop(line, "a header line above the title (a line below reads as the title)")
                    if station := places.station_unit(text):
                        record.masthead.append(station)  # "Truyền hình Đại Lộc": the district's station
                    continue
                if _menu_before_titled_date(lines, index, tz, after_menu):
                    record.drop(line, "menu line above the title")  # the title is the line right above the date
                    continue
                if _is_menu_item(text) and following and _is_menu_item(following):
                    record.drop(line, "menu line above the title")  # one of several menu entries in a row
                    continue
                if _teaser_over_title(text, lines, index, tz):
                    record.drop(line, "the lead printed above the title (printed again under its date)")
                    continue
                if lead_not_title(text) or _lead_alone(text, lines, index, tz):
                    record.untitled = True  # the paste starts with the lead (or a photo's caption)
                    return index
                glued = _date_after_title(text, tz)
                if glued is not None:
                    text, dated = glued
                    take_date(dated, record, line, "the date and time printed at the end of the title line")
                record.title = text
                record.note("title", line.number, "first line of text")
                continue
            if _right_under_title(lines, index, record) and is_section_label(text, _next_text(lines, index)):
                record.drop(line, "section label under the title")  # "Văn hóa - Xã hội" between title and text
                continue
            if _label_over_title_again(text, _next_text(lines, index), record.title):
                record.drop(line, "section label under the title (the title printed again under it)")
                continue
            return index
        return len(lines)

    @staticmethod
    def _meta_row(text: str, record: Record, line: Line, tz: tzinfo) -> bool:
        """One line holding the byline and the date: "Tác giả: X .Ngày đăng: 29/06/2022 .Lượt
        xem: 416 lượt." (labelled parts), or "Bùi Ánh - 14:20 28/09/2023 GMT+7" (a name, a dash,
        the date). Each part is taken for what it is; nothing else may be left over."""
        parts = [p.strip(" .") for p in _META_SPLIT.split(text)]
        if len(parts) < 2:
            names, dated = (_name_then_date(text, tz) or (None, None)) if record.title is not None else (None, None)
            if dated is None and record.title is not None:
                names, dated = _name_org_date(text, tz)
            if dated is None:
                return False
            take_date(dated, record, line, "byline and date row")
            record.authors.extend(n for n in names if n not in record.authors)
            record.note("author", line.number, "byline and date row")
            return True
        taken: list[tuple[str, object]] = []
        for part in parts:
            if re.match(r"^(?:lượt xem|lượt đọc|lượt truy cập)\b", part, re.IGNORECASE) or is_poster(part):
                continue  # a counter; who posted the article (not who wrote it)
            names = fields.byline(part) or fields.byline_with_org(part)
            dated = None if names else parse_dateline(part, tz)
            if not names and dated is None:
                if not (fields.is_person_name(part) and not places.names_any_unit(part)):
                    return False
                names = [part]  # "12/06/2023 | Thu Hà": a name beside the date is the writer
            taken.append(("author", names) if names else ("date", dated))
        if not any(kind == "date" for kind, _ in taken) and not any(_LABELLED.match(p) for p in parts):
            return False  # names alone, unlabelled: not a byline row
        for kind, value in taken:
            if kind == "date":
                take_date(value, record, line, "date in a byline row")
            else:
                record.authors.extend(n for n in value if n not in record.authors)
                record.note("author", line.number, "byline row")
        return True


def _name_then_date(text: str, tz: tzinfo) -> tuple[list[str], object] | None:
    """The writer and the date of a row "Bùi Ánh - 14:20 28/09/2023 GMT+7", or None."""
    m = _NAME_THEN_DATE.match(text)
    names = fields.signature(m.group(1)) if m else None
    dated = parse_dateline(m.group(2), tz) if names else None
    return (names, dated) if dated is not None else None


def _clock_gives_way(record: Record, clock: Line) -> None:
    """The date line above the title was the portal's clock: dropped, the date taken under the title."""
    record.drop(clock, "the portal's clock above the title (the page's date line is under it)")
    record.date = None
    record.found.pop("date", None)


# A weekday's date above the title ("Thứ hai, ngày 14 tháng 04 năm 2016"): how a portal's clock prints
# today's date.
_WEEKDAY_FIRST = re.compile(r"^\W*(?:thu\s*(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s*nhat|cn)\b")


def _clock_then_time(clock: str, taken: object, dated: object) -> bool:
    """A weekday's date with no time above the title, then a date with its time under it: the
    first is the portal's clock, the second the article's (a clock shows no minute of the day).
    So is a date above the title later than the one under it: a page is not dated before it was
    written, and a clock shows today."""
    if isinstance(taken, date) and isinstance(dated, date) and day_of(dated) < day_of(taken):
        return True  # "Thứ 3, 26/11/2024, 22:44" above, "25/11/2022 | 16:59" under: the clock is later
    return bool(_WEEKDAY_FIRST.match(fold(clock))) and not isinstance(taken, datetime) and isinstance(dated, datetime)


# A date line that says it is the article's publication ("Ngày đăng:", "Đăng lúc", "Xuất bản").
# "Cập nhật lúc: 29/12/2025" says it is the article's too, against a clock above the title.
_PUBLISHED_LABEL = re.compile(
    r"^\W*(?:ngay dang|dang ngay|dang luc|ngay xuat ban|xuat ban|thoi gian dang|(?:ngay )?cap nhat)\b"
)

# "Tác giả: X .Ngày đăng: D .Lượt xem: N": labelled parts run into one line.
# The labels may also follow a dash or a space ("Tác giả: Thu Hà - Ngày đăng: 12/06/2023", "Ngày:
# 12/06/2023 Tác giả: Thu Hà"), and the date may come first with the name after a bar.
_ROW_LABELS = (
    r"Ngày đăng(?: bài| tin)?|Đăng ngày|Ngày cập nhật|Cập nhật|Lượt xem|Lượt đọc|Tác giả|Người viết|Người đăng|"
    r"Đăng bởi|Nguồn|Phóng viên|(?-i:Ngày)(?=\s*:)"
)
_META_SPLIT = re.compile(rf"\s*(?:[.|\-–—]\s*|\s)(?=(?:{_ROW_LABELS})\b)|\s+\|\s+", re.IGNORECASE)
_LABELLED = re.compile(rf"^(?:{_ROW_LABELS})\b", re.IGNORECASE)
# "Bùi Ánh - 14:20 28/09/2023 GMT+7": the writer, a dash, the date and time.
# "Đình Hiệp - Nguyệt Ánh| 10/03/2022 09:15": the bar may be glued to the names.
_NAME_THEN_DATE = re.compile(r"^([^\W\d_][^\d|]{1,40}?)(?:\s+[-–|]\s+|\s*\|\s*)(\d.{6,40})$")


# "QUỲNH GIANG // TRUNG TÂM TIN TỨC HTV 11/1/2024, 15:48", "Thu Hà / Báo Nghệ An - 12/06/2023
# 08:15": a station's or a paper's byline row, the writer, a bar or slashes, the newsroom, the date.
_NAME_ORG_DATE = re.compile(
    r"^(?P<name>[^\W\d_][^\d|/]{1,40}?)\s*(?://|/|\||[-–—])\s*(?:(?P<org>[^\d|/]{2,80}?)[\s,|\-–—]+)?(?P<when>\d.{6,40})$"
)


def _name_org_date(text: str, tz: tzinfo) -> tuple[list[str] | None, object]:
    """The writer and the date of a byline row with the newsroom between them, or (None, None)."""
    m = _NAME_ORG_DATE.match(text)
    if not m or (m.group("org") and not fields.is_organisation(m.group("org"))):
        return None, None
    names = fields.signature(m.group("name").strip())
    if not names or not all(fields.is_person_name(n) for n in names):
        return None, None  # "BAN DÂN VẬN // …": a body, not a writer
    dated = parse_dateline(m.group("when"), tz)
    return (names, dated) if dated is not None else (None, None)


# Section names portals print above an article ("Tin tức - Sự kiện", "Thời sự", "Tin Chính trị - Xã hội").
_SECTION = re.compile(
    r"^(?:tin(?: tuc)?|thoi su|su kien|chinh tri|xay dung dang|hoat dong|tieu diem|tin moi|"
    r"cong tac dan van|dan van|mat tran|doan the|kinh te|van hoa|xa hoi|an ninh|quoc phong|"
    r"trang chu|gioi thieu|lien he|thu vien|van ban|hoi dap|thong bao|tuyen truyen|hinh anh|video|"
    r"xuat ban thong tin|chi tiet(?: bai viet| tin)?|chuyen muc)\b"
)


def _right_under_title(lines: list[Line], index: int, record: Record) -> bool:
    """Whether the line comes right after the title (blank lines aside)."""
    found = record.found.get("title")
    if found is None or found.line is None:
        return False
    return all(not ln.text for ln in lines[:index] if ln.number > found.line)


def is_section_label(text: str, following: str | None) -> bool:
    """A section name above the title: a few words, no full stop, a section word first, and a
    longer line (the real title) right after it. The sections it gathers may follow in brackets
    ("Tin Tổng Hợp ( Chính trị, Thanh tra, Nhà nước, Pháp Luật)")."""
    listed = re.fullmatch(r"(.+?)\s*\(\s*([^()]+)\)", text)
    items = [x.strip() for x in listed.group(2).split(",")] if listed else []
    if len(items) >= 3 and all(1 <= len(x.split()) <= 3 and x[:1].isupper() for x in items):
        text = listed.group(1)
    words = text.split()
    if not following or len(words) > 6 or re.search(r"[.!?:;,]$", text):
        return False
    if text[:1].islower():
        return False  # a menu prints its sections capitalised; "hình ảnh tại kỳ họp" is a picture's caption
    return bool(_SECTION.match(fold(text))) and len(following.split()) > len(words)


def _label_over_dated_title(text: str, lines: list[Line], index: int, tz: tzinfo) -> bool:
    """ "Hoạt động Đảng ủy - Đoàn Thể Phường" / title / "Ngày đăng 18/10/2018 | 10:50": a section's
    name (a section word first, no full stop, in any case, up to twelve words) right above a line
    that sits on the date row with no blank line between them: that line is the title. A section
    no word list knows ("Xây dựng chính quyền và thực hiện pháp luật") counts when it says nothing
    happened and the line on the date row reads as a title far better."""
    if len(text.split()) > 12 or re.search(r"[.!?:;,]$", text):
        return False
    rest = [(i, ln) for i, ln in enumerate(lines[index + 1 :], index + 1) if ln.text][:1]
    if not rest:
        return False
    at, title = rest[0]
    # a section no list knows ("Xây dựng chính quyền và thực hiện pháp luật"): no event in it,
    # and the line on the date row says what happened far better
    unknown = not _EVENT_WORDS.search(fold(text)) and title_score(title.text) >= title_score(text) + 2
    if not (_SECTION.match(fold(text)) or unknown):
        return False
    if at + 1 >= len(lines) or not lines[at + 1].text or title.text.endswith("."):
        return False
    if parse_dateline(_strip_counters(title.text), tz) is not None:
        return False
    row = _strip_counters(lines[at + 1].text)
    return parse_dateline(row, tz) is not None or parse_header_row(row, tz) is not None


# "Thời Sự - Chính trị": a path of two sections (a section and its sub-section), maybe with a
# rubric after it on the same row ("… Hướng tới Đại hội đảng các cấp …").
_PATH_DASH = re.compile(r"[^-–|]{0,24}?\s[-–|]\s")


def _section_path(folded: str) -> bool:
    first = _SECTION.match(folded)
    dash = first and _PATH_DASH.match(folded, first.end())
    return bool(dash) and bool(_SECTION.match(folded[dash.end() :]))


def _section_path_over_dated_title(text: str, lines: list[Line], index: int, tz: tzinfo) -> bool:
    """ "Thời Sự - Chính trị Hướng tới Đại hội …" / title / "Cập nhật ngày: 03/06/2020 - 11:43": a
    row that opens with a path of sections, whatever follows it on the row, right above a line
    that sits on the date row, or under it (blank lines between them allowed): that line is the title."""
    if re.search(r"[.!?:;,]$", text) or not _section_path(fold(text)):
        return False
    return _dated_title(_texts(lines, index + 1, 2), tz)


def _dated_title(pair: list[str], tz: tzinfo) -> bool:
    """Two lines that are a title (no full stop at its end) and its date line or row, in either
    order: a page prints its date under the title or right above it."""
    if len(pair) < 2:
        return False
    for title, row in (pair, pair[::-1]):
        if re.search(r"[.!?…]$", title) or len(title.split()) > 40:
            continue
        if parse_dateline(_strip_counters(title), tz) is not None:
            continue
        row = _strip_counters(row)
        if parse_dateline(row, tz) is not None or parse_header_row(row, tz) is not None:
            return True
    return False


# An organ's name before a unit's in a portal's header ("UBND Xã Sơn Mùa", "Đảng ủy phường …").
_HEADER_ORGAN = re.compile(
    r"^(?:ubnd|hdnd|uy ban nhan dan|hoi dong nhan dan|dang uy|dang bo|ubmttq(?: viet nam)?|mttq|"
    r"uy ban mat tran to quoc(?: viet nam)?)\s+"
)
_HEADER_LEVEL = re.compile(r"^(?:tinh|thanh pho|tp\.?|huyen|quan|thi xa|thi tran|xa|phuong)\s+")


def is_unit_header(text: str) -> bool:
    """A line that is only a unit's name, maybe after its organ's ("UBND Xã Sơn Mùa", "Huyện Sơn
    Tây", "Tỉnh Quảng Ngãi"), in any case: a commune portal's header, never a title (a title
    says what happened)."""
    folded = fold(text).strip()
    rest = _HEADER_ORGAN.sub("", folded)
    level = _HEADER_LEVEL.match(rest)
    if level is None or re.search(r"[.!?:;,]$", text) or len(text.split()) > 9:
        return False
    name = text.split()[len(folded.split()) - len(rest[level.end() :].split()) :]
    if not name or len(name) > 5 or not all(w[0].isupper() or w[0].isdigit() for w in name):
        return False
    return places.names_any_unit(" ".join(name))


def _printed_twice(text: str) -> bool:
    """ "TIN TỨC HOẠT ĐỘNG … PHƯỜNG TIN TỨC HOẠT ĐỘNG … PHƯỜNG": a label printed twice on one line
    (a menu's entry and the page's heading pasted together), never a title."""
    words = fold(text).split()
    half = len(words) // 2
    return len(words) >= 4 and len(words) % 2 == 0 and words[:half] == words[half:]


def title_score(text: str) -> int:
    """How much a line above the text reads as an article's title: what happened (an event's
    word, a few words or more) counts for it; what a portal prints around every article (a
    unit's or organ's name alone, a section's name, a label printed twice, a short line with no
    event) against it."""
    folded = fold(text)
    words = text.split()
    event = bool(_EVENT_WORDS.search(folded))
    score = 2 if event else 0
    score += 1 if len(words) >= 6 else -1 if len(words) < 4 else 0
    if _printed_twice(text) or is_unit_header(text):
        score -= 3
    if _SECTION.match(folded) and not event:
        score -= 2
    if (_HEADER_NAME.match(folded) or _PUBLISHER.match(folded)) and not event:
        score -= 2
    return score


def _better_title_below(text: str, lines: list[Line], index: int, tz: tzinfo) -> bool:
    """Whether a line further down, right above the page's date row, reads as the title far
    better than this one (a header, a label or a link that no special rule knows): the lines
    between are headers too. Looks at most five lines down."""
    if title_score(text) > 1 or re.search(r"[.!?]$", text):
        return False
    texts = _texts(lines, index + 1, 6)
    for j, below in enumerate(texts):
        row = _strip_counters(below)
        if parse_dateline(row, tz) is not None or parse_header_row(row, tz) is not None:
            under = _glued_under(lines, index, j)
            if under is not None and _under_date_row_reads_better(under, text, texts[:j]):
                return True  # the date row printed right above the title, glued to it
            if j == 0:
                return False  # this line sits on the date row: it is the title
            title, between = texts[j - 1], texts[: j - 1]
            return title_score(title) >= title_score(text) + 3 and all(title_score(t) <= 0 for t in between)
    # no date row: the lead's sentence (what happened, when) marks where the title is, right above it
    for j, below in enumerate(texts):
        if re.search(r"[.!?]$", below) and len(below.split()) >= 10:
            if j == 0 or not _LEAD_NEWS.search(fold(below)):
                return False  # this line sits right on the lead: it is the title
            title, between = texts[j - 1], texts[: j - 1]
            if re.search(r"[.!?]$", title) or _LEAD_START.match(fold(title)):
                return False  # "Chiều ngày 21/4/2025, tại …, HĐND xã … tổ chức …": the lead lost its stop
            return title_score(title) >= title_score(text) + 3 and all(title_score(t) <= 0 for t in between)
    return False


def _glued_under(lines: list[Line], index: int, nth: int) -> str | None:
    """The line right under the nth line with text after `index`, with no blank line between them."""
    at = [i for i, ln in enumerate(lines[index + 1 :], index + 1) if ln.text][nth]
    return lines[at + 1].text or None if at + 1 < len(lines) else None


def _under_date_row_reads_better(under: str, text: str, between: list[str]) -> bool:
    """ "Tư liệu" / "16/09/2021" / title: a page that prints its date row right above the title;
    the line glued under the row is the title when it reads as one far better than the line above
    (the lines between are headers too; a signature under the row does not). A lead's sentence (a
    full stop) is no title."""
    if re.search(r"[.!?…]$", under) or len(under.split()) > 40:
        return False
    return title_score(under) >= title_score(text) + 3 and all(title_score(t) <= 0 for t in between)


# A lead opens with the time of day and the date, then a comma ("Chiều ngày 21/4/2025, …"); a
# title never does.
_LEAD_START = re.compile(
    r"^(?:sang|chieu|toi|trua|ngay)\s+(?:nay\s+)?(?:ngay\s+)?\d{1,2}\s*(?:[/.-]\s*|\s+thang\s+)\d{1,2}"
    r"(?:\s*[/.-]\s*\d{2,4}|\s+nam\s+\d{4})?\s*,"
)
# A lead says when, or what happened: "Chiều ngày 14/9, …", "… tổ chức Hội nghị …".
_LEAD_NEWS = re.compile(r"\b\d{1,2}\s*[/.-]\s*\d{1,2}\b|\bngay \d{1,2}\b")


def is_rubric(text: str, following: str | None) -> bool:
    """ "Hội nông dân:" above the title: a rubric of a few words ending in a colon, the longer
    title after it (a title with a colon inside, "Bạc Liêu: Định hướng …", is one line)."""
    words = text.split()
    return bool(following) and text.endswith(":") and len(words) <= 4 and len(following.split()) > len(words) + 2


# The publishing body's name, or its place, printed in capitals above every article
# ("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", "QUẬN 5 - THÀNH PHỐ HỒ CHÍ MINH"): an organ or a unit
# word first, and nothing a title says happened.
_HEADER_NAME = re.compile(
    r"^(?:uy ban|ubnd|hdnd|ubmttq|mttq|hoi dong|dang bo|dang uy|(?:tinh|huyen|quan|thi|thanh) uy|mat tran|"
    r"cong hoa|quan|huyen|xa|phuong|thi xa|thi tran|thanh pho|tinh|tp|cong thong tin|trang thong tin|"
    r"hoi (?:nong dan|cuu chien binh|lien hiep|phu nu)|lien doan|doan thanh nien|ban (?:dan van|tuyen giao))\b"
)
_EVENT_WORDS = re.compile(
    r"\b(?:hoi nghi|so ket|tong ket|giao ban|dai hoi|ky hop|to chuc|trien khai|hop|gap mat|tiep xuc|"
    r"ra quan|phat dong|khai mac|be mac|ky niem|tham|trao|tang|tap huan|doi thoai|nam \d{4})\b"
)


# "Cổng thông tin điện tử huyện Châu Thành": the portal's own name, in any case.
_PORTAL_NAME = re.compile(
    r"^(?:cong|trang) thong tin dien tu\b|^(?:cong|trang) thong tin\b|^website\b|^trang tin(?: dien tu)?\b|"
    r"^(?:dai|trung tam) (?:phat thanh|truyen thanh|truyen hinh)\b"
    # a paper's special site ("Chuyên trang VTV9 - Thời báo VTV …")
    r"|^chuyen trang\b"
)
# A newsroom's or a portal's own name in mixed case ("Báo Lạng Sơn điện tử", "Tạp chí …", "Đài
# …", a station's name with no "Đài": "Truyền hình Đại Lộc"): counts against a line as a title
# when nothing happens in it.
_PUBLISHER = re.compile(
    r"^(?:bao(?! cao)|tap chi|dai|trung tam|cong|trang|website|ban tin|truyen hinh|phat thanh|truyen thanh)\b"
)


_HEADER_REASON = "the portal's header (the publishing body's name)"

# A site's bare address ("hdnd.hochiminhcity.gov.vn", "Phuninh.gov.vn"): no scheme, no path.
_SITE_ADDRESS = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:gov\.vn|org\.vn|com\.vn|edu\.vn|vn|com|org|net)$", re.IGNORECASE)


def is_site_address(text: str) -> bool:
    return bool(_SITE_ADDRESS.match(text.strip()))


def is_portal_header(text: str, following: str | None, in_header: bool = False) -> bool:
    """A line of the portal's header above the title: in capitals, an organ or a unit named,
    no event; the title comes after it. The portal's name ("Cổng thông tin điện tử …") counts
    in any case, and so does an organ's name right under another header line or right above the
    portal's bare address (in_header: "CỔNG THÔNG TIN ĐIỆN TỬ" / "Hội đồng nhân dân thành phố …" /
    "hdnd.….gov.vn")."""
    folded = fold(text)
    if following and _PORTAL_NAME.match(folded) and len(text.split()) <= 12 and not _EVENT_WORDS.search(folded):
        return not re.search(r"[.!?:;,]$", text)
    letters = [c for c in text if c.isalpha()]
    capitals = all(c.isupper() for c in letters)
    if not following or len(letters) < 3 or not (capitals or in_header) or len(text.split()) > 12:
        return False
    folded = fold(text)
    return bool(_HEADER_NAME.match(folded)) and not _EVENT_WORDS.search(folded) and not re.search(r"[.!?:;,]$", text)


def is_slogan(text: str, following: str | None) -> bool:
    """A banner's slogan above the title ("THI ĐUA LẬP THÀNH TÍCH CHÀO MỪNG ĐẠI HỘI …!"): in
    capitals and ending in "!", a call, not a report; the title comes after it. A title in
    capitals without "!" ("TIẾN TỚI ĐẠI HỘI …") stays the title."""
    if following and (_YEAR_THEME.match(fold(text)) or _STANDING_SLOGAN.match(fold(text))):
        return True
    letters = [c for c in text if c.isalpha()]
    if not following or len(letters) < 10 or not all(c.isupper() for c in letters):
        return False
    return text.rstrip().endswith("!")


# "(22/12/1944 - 22/12/2024)": an anniversary's span, the day celebrated last.
_CELEBRATED = re.compile(
    r"\(\s*\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}\s*[-–]\s*(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})\s*\)"
)


def _banner_of_later_day(text: str, lines: list[Line], index: int, tz: tzinfo) -> bool:
    """ "KỶ NIỆM 80 NĂM … (22/12/1944 - 22/12/2024) …" in capitals above a page dated 18/01/2024: a
    campaign banner for an anniversary still to come when the page was published, never the
    article's title (a report of the celebration is published after its day)."""
    letters = [c for c in text if c.isalpha()]
    spans = list(_CELEBRATED.finditer(text))
    if not spans or len(letters) < 10 or not all(c.isupper() for c in letters):
        return False
    for below in _texts(lines, index + 1, 4):
        row = _strip_counters(below)
        dated = parse_dateline(row, tz)
        if dated is None and (header := parse_header_row(row, tz)) is not None:
            dated = header[0]
        if dated is not None:
            day = dated.date() if isinstance(dated, datetime) else dated
            try:
                return all(date(int(m.group(3)), int(m.group(2)), int(m.group(1))) > day for m in spans)
            except ValueError:
                return False
    return False


def _celebration_banner(text: str, lines: list[Line], index: int, tz: tzinfo) -> bool:
    """ "Chào mừng kỷ niệm 130 năm ngày sinh … (20/8/1888 - 20/8/2018)" over a headline: a call to
    celebrate an anniversary, in any case, that a portal prints over every page; the title comes
    after it (a line of six words or more, no date line, no sentence: else this is the title). A
    call with no anniversary ("Chào mừng Đại hội … lần thứ II", a series' kicker) is one when the
    headline under it sits on the page's date line."""
    if not (_CALL.match(fold(text)) or _YEAR_THEME.match(fold(text))):
        return False
    below = _texts(lines, index + 1, 2)
    if not below or len(below[0].split()) < 6 or re.search(r"[.!?]$", below[0]) or _dated_or_counter(below[0], tz):
        return False
    if _CELEBRATED.search(text):
        return True
    return len(below) == 2 and _dated_or_counter(below[1], tz)


# A call, not a report ("Chào mừng …", "Thi đua chào mừng …"): what a banner says.
_CALL = re.compile(r"^\W*(?:thi dua |nhiet liet )?chao mung\b")


def _lower_case_banner(text: str, following: str | None) -> bool:
    """ "phụ nữ thái bình tự tin - tự trọng - …" above the title: a banner's motto the paste kept
    in lower case (its picture styled it); no title or sentence is printed with no capital (a line
    opening on a number, "170 hộ nông dân …", may be a title)."""
    letters = [c for c in text if c.isalpha()]
    if not following or len(letters) < 10 or len(text.split()) > 30 or re.search(r"[.!?:;,]$", text):
        return False
    return text[0].isalpha() and not any(c.isupper() for c in letters)


# A menu printed as a dashed list ("- TRANG CHỦ", "- GIỚI THIỆU", "- Phòng Tư pháp", …): short
# entries, each after a dash or a bullet, no sentence's end.
_DASHED_ENTRY = re.compile(r"^[-–•*+]\s*\S")


def dashed_entry(text: str) -> bool:
    return bool(_DASHED_ENTRY.match(text)) and len(text.split()) <= 8 and not re.search(r"[.!?:;]$", text)


def _in_dashed_menu(lines: list[Line], index: int, after_menu: bool) -> bool:
    """An entry of a dashed menu above the title: three entries or more in a row from here, or one
    right after the menu's entries already dropped."""
    texts = _texts(lines, index, 3)
    if not texts or not dashed_entry(texts[0]):
        return False
    return after_menu or (len(texts) == 3 and all(dashed_entry(t) for t in texts))


# The standing slogans a portal's banner prints above every article ("Toàn Đảng, toàn dân, toàn quân
# đẩy mạnh học tập và làm theo tấm gương đạo đức Hồ Chí Minh"), in any case.
_STANDING_SLOGAN = re.compile(
    r"^(?:toan dang,? toan dan,? toan quan (?:day manh|tiep tuc|doan ket)|"
    r"(?:day manh )?hoc tap va lam theo (?:tu tuong|tam guong)|song,? chien dau,? lao dong va hoc tap theo|"
    r"dang cong san viet nam quang vinh muon nam|nuoc cong hoa xa hoi chu nghia viet nam muon nam)"
)
# The year's theme a portal prints over every page ("Chủ đề năm 2023: Nâng cao hiệu quả …",
# "Năm 2023 đẩy mạnh chỉnh trang đô thị …"): the year then a call, no comma, nothing reported.
_YEAR_THEME = re.compile(
    r"^(?:chu de (?:cong tac )?(?:cua )?nam \d{4}\s*:"
    r"|nam \d{4}\s*[:\-–]?\s*(?:la nam |day manh |tang cuong |nang cao |tiep tuc "
    r"|thi dua |doan ket |hanh dong ))"
)


def is_place_kicker(text: str, following: str | None) -> bool:
    """ "Tân Hồng" above "Các chi, đảng bộ hoàn tất sơ kết …": a newspaper's place kicker, a
    district's or province's bare name, then the longer title."""
    words = text.split()
    if not following or len(words) > 4 or re.search(r"[\d.!?:;,]", text) or not all(w[0].isupper() for w in words):
        return False
    return len(following.split()) > len(words) + 2 and places.is_unit_name(text)


# A firm's name printed above the article (a banner that lost its picture): no event in it.
_FIRM = re.compile(r"^(?:cong ty|tong cong ty|tap doan|ngan hang|ctcp|cty|doanh nghiep tu nhan)\b")


def is_advertiser(text: str, following: str | None) -> bool:
    """ "Công ty Phân lân nung chảy Văn Điển" above the title: a firm's name, nothing it did."""
    folded = fold(text)
    if not following or len(text.split()) > 10 or re.search(r"[.!?:;,]$", text):
        return False
    return bool(_FIRM.match(folded)) and not _EVENT_WORDS.search(folded)


def _is_menu_item(text: str) -> bool:
    """A menu entry: at most four words, no punctuation at the end, no digits (not a date)."""
    return len(text.split()) <= 4 and not re.search(r"[.!?:;,]$|\d", text)


def _menu_before_titled_date(lines: list[Line], index: int, tz: tzinfo, after_menu: bool = False) -> bool:
    """ "Chính sách người có công / Thông tin liệt sĩ / Đền ơn đáp nghĩa / <title> / <date row>":
    short lines without a full stop, then the title, then the date line or header row within
    four lines. The title is the line right above the date, so this one is a menu entry."""
    texts = _texts(lines, index, 14)
    for j in range(2, len(texts)):
        if parse_dateline(_strip_counters(texts[j]), tz) or parse_header_row(_strip_counters(texts[j]), tz):
            above, title = texts[: j - 1], texts[j - 1]
            if all(len(t.split()) <= 6 and not re.search(r"[.!?:;,]$|\d", t) for t in above):
                return True
            # a sidebar: menu entries, a widget's heading and the documents or news it lists
            # (numbers and all), as long as one menu entry is among them and the line above
            # the date reads as a title, not a writer's name
            return (
                (after_menu or any(_is_menu_item(t) for t in above))
                and all(len(t.split()) <= 20 and not re.search(r"[.!?;,]$", t) for t in above)
                and len(title.split()) >= 4
                and not fields.is_person_name(title)
            )
        if len(texts[j].split()) > 30 or re.search(r"[.!?]$", texts[j]):
            return False
    return False


# "… nhiệm kỳ 2025-2030 14/10/2025 07:35": the page's date and time glued to the end of the title line
# (a full date and a time, either first), as a list or a live page prints its row.
_GLUED_DATE = re.compile(
    r"^(.*(?:[^\W\d_]|(?<![/\d])\d{4})[)”\"'»]?)\s*[|–-]?\s+"
    r"((?:\d{1,2}/\d{1,2}/\d{4},?\s+\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}:\d{2}(?::\d{2})?,?\s+\d{1,2}/\d{1,2}/\d{4})"
    r"(?:\s*\(?GMT\+7\)?)?)$"
)


def _date_after_title(text: str, tz: tzinfo) -> tuple[str, object] | None:
    """The title and the date glued after it ("Khai mạc kỳ họp thứ 5 HĐND huyện 14/10/2025 07:35"):
    the title without them, and the date. A date alone (no time) may be the title's own words."""
    m = _GLUED_DATE.match(text)
    if not m or len(m.group(1).split()) < 4 or re.search(r"\b(?:ngay|luc|vao|den|tu)$", fold(m.group(1))):
        return None  # "… họp lúc 07:35 ngày 14/10/2025": the title's own words
    dated = parse_dateline(m.group(2), tz)
    return (m.group(1).strip(), dated) if dated is not None else None


def _title_again(text: str, title: str | None, tz: tzinfo):
    """ "<title> (22/08/2022)": a list's entry printing the title again with the date after it."""
    if not title or not text.startswith(title) or text == title:
        return None
    rest = text[len(title) :].strip()
    return parse_dateline(rest.strip("()[]|-– "), tz) if len(rest) <= 40 else None


_MENU_REASONS = ("menu line above the title", "section label above the title")


def _caps_writers(text: str) -> list[str] | None:
    """ "THU HÀ - MINH ANH" right under the title: the writers, a paper's byline in capitals (not
    a place's or a body's name)."""
    letters = [c for c in text if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters) or places.names_any_unit(text.title()):
        return None
    names = fields.signature(text)
    if not names or any(_SECTION.match(fold(n)) for n in names):
        return None  # "TIN TỨC - SỰ KIỆN": a section's name
    return names if all(fields.is_person_name(n) for n in names) else None


def _writer_under_title(text: str, lines: list[Line], index: int, tz: tzinfo) -> bool:
    """ "Minh Anh" between the title and its date line, or between them and the lead (a sentence of
    fifteen words or more): the writer's name, not a place's."""
    following = _next_text(lines, index)
    if not fields.is_person_name(text) or places.names_any_unit(text) or following is None:
        return False
    if len(following.split()) >= 15 and re.search(r"[.!?…]['\"”’)]*$", following):
        return True
    return parse_dateline(_strip_counters(following), tz) is not None


def _signature_under_title(text: str, lines: list[Line], index: int, record: Record, tz: tzinfo) -> list[str] | None:
    """A signature as the end of a text has it ("Thanh Thủy", "MINH PHÚC", "Khắc Định - VP MTTQ",
    "Hồng Hạnh - Trần Khánh") printed right under the title or its date line, over the lead: the
    writers, each a person's name, and not a place the text goes on to name."""
    taken = {f.line for f in (record.found.get("title"), record.found.get("date")) if f is not None}
    if not taken or any(ln.text and ln.number not in taken for ln in lines[:index] if ln.number > min(taken)):
        return None
    if not _over_the_lead(lines, index, tz):
        return None
    if places.names_any_unit(text) and any(fold(text) in fold(ln.text) for ln in lines[index + 1 :]):
        return None  # "Tân Hồng" over a text about huyện Tân Hồng: the place's kicker
    names = fields.signature(text) or fields.byline_with_org(text)
    if not names or any(_SECTION.match(fold(n)) for n in names):
        return None  # "TIN TỨC - SỰ KIỆN": a section's name
    return names if all(fields.is_person_name(n) for n in names) else None


def _over_the_lead(lines: list[Line], index: int, tz: tzinfo) -> bool:
    """Whether the lead (fifteen words or more) follows, maybe under its picture's short caption; a
    date line, a view counter or a bar may stand between."""
    after = [ln.text for ln in lines[index + 1 :] if ln.text and not _dated_or_counter(ln.text, tz)]
    after = [t for t in after if not is_bar(t)][:2]
    sizes = [len(t.split()) for t in after]
    return bool(sizes) and (sizes[0] >= 15 or (len(sizes) == 2 and sizes[0] < 12 and sizes[1] >= 15))


def _next_undated(lines: list[Line], index: int, tz: tzinfo) -> str | None:
    """The next line of text that is not a date line."""
    return next((ln.text for ln in lines[index + 1 :] if ln.text and not _dated_or_counter(ln.text, tz)), None)


def _dated_or_counter(text: str, tz: tzinfo) -> bool:
    """A date line, or a view counter alone ("Lượt xem: 125")."""
    stripped = _strip_counters(text).strip()
    return not stripped or parse_dateline(stripped, tz) is not None


def _label_over_title_again(text: str, following: str | None, title: str | None) -> bool:
    """A page that prints its section's name and the title again under the title ("Thông tin
    tuyên truyền, phổ biến" / the title): a short line with no stop, the title right after it."""
    if not title or not following or fold(following) != fold(title) or fold(text) == fold(title):
        return False
    if re.search(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}", text):
        return False  # "Thứ sáu - 06/07/2018 23:00 721 0": the date row, not a section's name
    return len(text.split()) <= 8 and not re.search(r"[.!?:;]$", text.strip())


# A sentence's end inside a line: a stop after a word, then the next sentence's capital.
SENTENCE_BREAK = re.compile(r"(?<=[^\W\d_]{2}[.!?])\s+(?=[A-ZÀ-ỸĐ])")
_PHOTO_LABEL = re.compile(r"^\(?\s*Ảnh\s*:", re.IGNORECASE)


# A photo's roll-call ("Các ông: A - …; B - … chủ trì kỳ họp."): those in the picture after a colon.
_ROLL_CALL = re.compile(r"^\W*(?:các|hai|ba)\s+(?:ông|bà|đồng chí|đ/c)(?:\s*,\s*bà)?\s*:", re.IGNORECASE)
# What a photo shows, ending on the meeting with no name after it ("… phát biểu tại hội nghị",
# "Các đại biểu tham dự hội nghị."): a title names which meeting, a caption takes it as known.
_AT_THE_MEETING = re.compile(
    r"\b(?:tai|du|tham du|chu tri|dong chu tri|chu toa|dieu hanh|phat bieu|khai mac|be mac)\s+"
    r"(?:hoi nghi|dai hoi|ky hop|phien hop|buoi (?:le|lam viec|doi thoai|tiep xuc|hop))\s*\.?$"
)


# A sidebar's list of links above the article ("Liên kết Website" / "Cơ quan Đảng, Nhà nước" /
# "Cơ quan Báo chí" / …): its heading, then the names of the groups or sites it links to.
_LINKS_REASON = "a sidebar's list of links"
_LINKS_HEADING = re.compile(r"^(?:thong tin )?lien ket(?: website| web| trang web| nhanh)?\s*:?$")
# the heading with a word on how it lists them ("Liên kết website dạng danh sách")
_LINKS_HEADING_LONG = re.compile(r"^(?:thong tin )?lien ket (?:website|web|trang web)(?: [a-z]+){1,3}$")


def _links_heading(text: str, following: str | None) -> bool:
    folded = fold(text).strip()
    if _LINKS_HEADING.match(folded):
        return True
    return bool(_LINKS_HEADING_LONG.match(folded)) and following is not None and _link_name(following)


def _in_links_list(record: Record) -> bool:
    return bool(record.dropped) and record.dropped[-1].reason == _LINKS_REASON


# What a headline says and a link's name does not: a meeting, or a body holding one.
_NEWS_WORDS = re.compile(
    r"\b(?:to chuc|hoi nghi|dai hoi|ky hop|phien hop|hop|tong ket|so ket|giao ban|tiep xuc|doi thoai|"
    r"trien khai|khai mac|be mac|ra mat|trao|tang|tham|lam viec)\b"
)


def _link_name(text: str) -> bool:
    """A link's name: a few words, no sentence's end, no number (a date line ends the list), no
    word of news (a headline under the widget's heading is kept)."""
    text = text.strip()
    return len(text.split()) <= 8 and not re.search(r"[.!?:;]$|\d", text) and not _NEWS_WORDS.search(fold(text))


def caption_shaped(text: str) -> bool:
    """One sentence that only a photo's caption writes: a roll-call of those in the picture, or
    someone doing something at "the meeting" the caption takes as known. Never a lead: no
    second sentence, no time of day or date opening it."""
    if len(text.split()) > 45 or re.search(r"[.!?…]\s", text):
        return False
    folded = fold(text)
    if re.match(r"^\W*(?:sang|chieu|toi|trua|ngay)\s+(?:nay\s+)?(?:ngay\s+)?\d", folded):
        return False  # "Sáng 5/3, đồng chí … chủ trì hội nghị.": a lead of one sentence
    return bool(_ROLL_CALL.match(text) or _AT_THE_MEETING.search(folded))


# A paper's tag and a dash opening its lead: "(QNO) -", "(ĐCSVN) –", "(baoquangninh.vn) -".
# (a station's initials may end in its channel's number: "(VOV5) -")
_PAPER_TAG = re.compile(r"^\((?:[A-ZĐ][A-ZĐ0-9]{1,7}|[\w-]+(?:\.[\w-]+)+)\)\s*[–—-]\s*\S")


def lead_not_title(text: str) -> bool:
    """A first line that cannot be the title: a photo's caption ("Ảnh: Các đại biểu …", "Đồng chí
    X, … phát biểu tại hội nghị"), or a paragraph (two sentences or more, thirty words or more, a
    full stop at its end): the paste lost the title line and starts with the text."""
    if _PHOTO_LABEL.match(text) or caption_shaped(text):
        return True
    if _PAPER_TAG.match(text) and re.search(r"[.!?…]['\"”’)]*$", text):
        return True  # "(QNO) - TP.Hội An đã hoàn thành …": a paper's tag opens its lead, never a title
    if not re.search(r"[.!?…]['\"”’)]*$", text) or len(text.split()) < 30:
        return False
    return bool(SENTENCE_BREAK.search(text)) or len(text.split()) >= 45


def _lead_alone(text: str, lines: list[Line], index: int, tz: tzinfo) -> bool:
    """ "Sáng 23/9, tại … tổ chức phiên trọng thể." first, a paragraph going on under it: the lead of
    a paste that lost its title line (the time and day, a comma, a full stop). A page whose title is
    its lead's sentence prints a date line under it or the sentence again (kept as the title)."""
    if not _LEAD_START.match(fold(text)) or not re.search(r"[.!?…]['\"”’)]*$", text):
        return False
    following = _next_text(lines, index)
    if following is None or len(following.split()) < 20 or parse_dateline(_strip_counters(following), tz) is not None:
        return False  # (a short line under it may be the picture's caption or the sapo of a titled page)
    opening = fold(text)[: max(20, len(text) // 2)]
    return not any(fold(ln.text).startswith(opening) for ln in lines[index + 1 :] if ln.text)


def _teaser_over_title(text: str, lines: list[Line], index: int, tz: tzinfo) -> bool:
    """A lead printed above the title as the list of news shows it, the page then printing the
    title, its date line and the lead again ("Sáng 27/4, HĐND tỉnh … đồng chủ trì." / "Khai mạc
    Kỳ họp thứ 20, …" / "08:57, 28/04/2021" / the same lead): no sentence is lost when it goes."""
    if not lead_not_title(text):
        return False
    following = _texts(lines, index + 1, 6)
    if len(following) < 3 or not _dated_title(following[:2], tz):
        return False
    return any(fold(other) == fold(text) for other in following[2:6])


def _repeated_below(text: str, lines: list[Line], index: int) -> bool:
    """Whether one of the next few lines repeats `text` (the title a "null …" line printed first)."""
    following = [ln.text for ln in lines[index + 1 :] if ln.text][:4]
    return any(fold(text) == fold(other) for other in following)


def _next_text(lines: list[Line], index: int) -> str | None:
    return next((ln.text for ln in lines[index + 1 :] if ln.text), None)


# A view counter with its label: "Số lượt xem: 57" (the label may open with "Số"), "Views 12",
# "cms-view-count: 6393" (a template's field name for the counter).
_COUNTER = re.compile(
    r"\|?\s*(?:(?:Số\s+)?(?:Lượt xem|Lượt đọc|Lượt truy cập)|View count|Views|[\w-]*view-?count)\s*:?\s*[\d.,]+",
    re.IGNORECASE,
)


def _strip_counters(text: str) -> str:
    text = _COUNTER.sub("", text)
    # "09/10/2022 22:584120": the view count glued to the time (a minute has two digits); a count over
    # a thousand keeps its separator ("04:161.0040": 1.004 views, then 0 comments)
    text = re.sub(r"(\d{1,2}[/.-]\d{1,2}[/.-]\d{4},?\s+\d{1,2}:\d{2})\d(?:[.,]?\d){0,8}$", r"\1", text)
    # "20/12/2023 15:53    26", "Thứ sáu - 06/07/2018 23:00 721 0", "21:22 16/04/2022     619": view and
    # comment counts with no label after a full date and its time, either first (a weekday may open it)
    return re.sub(
        r"^((?:Thứ\s+\w+|Chủ\s+nhật)?\s*[-–,]?\s*(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4},?\s+\d{1,2}:\d{2}(?::\d{2})?|"
        r"\d{1,2}:\d{2}(?::\d{2})?,?\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{4}))(?:\s+\d{1,7}){1,2}$",
        r"\1",
        text.strip(),
        flags=re.IGNORECASE,
    )


FRONT_ENDS = (NukeVietExport(), PortalPage())


def choose(lines: list[Line]):
    return next(f for f in FRONT_ENDS if f.detect(lines))
