"""Raw text → Record: furniture out, one front-end for the header, then the shared body,
tail and field rules. Pure: no file is read or written here."""

from __future__ import annotations

import re
from datetime import date, tzinfo

from ..casing import is_all_caps, sentence_case
from ..config import Config
from ..text import fold
from . import fields, layouts, places
from .dates import (
    after_review,
    archive_year,
    coming_day,
    day_of,
    days_within,
    deadline,
    find_meeting_date,
    later_session,
    latest_full_date,
    meeting_period,
    notice_day,
    parse_dateline,
    parse_header_row,
    reported_as_of,
    reviewed_years,
    says_held,
    term_start,
    year_beside_terms,
    year_end_review,
    year_named,
    year_of_review,
)
from .furniture import (
    is_alt_text,
    is_bar,
    is_breadcrumb,
    is_code_remnant,
    is_counter_label,
    is_doubled_label,
    is_empty_label,
    is_footer_line,
    is_gallery_label,
    is_image_name,
    is_lone_mark,
    is_pager_link,
    is_photo_source,
    is_picture_label,
    is_placeholder,
    is_poster,
    is_promo,
    is_related_heading,
    is_sidebar_heading,
    is_tags_after_heading,
    is_tags_heading,
    is_tags_line,
    is_title_slug,
    is_unmarked_copy,
    is_utility,
    is_widget,
    marked_words,
)
from .record import Block, Line, Record

# Final punctuation, before closing quotes and any emoji a social-media post ends a line with.
_TERMINAL = re.compile(r"(?:[.!?…;:,]['\"”’»)\]]*|\.\))[\s\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]*$")
# "Ảnh: …", and "Ảnh. …" where the colon was typed as a full stop.
_CAPTION_START = re.compile(r"^\(?\s*Ảnh(?: minh họa| minh hoạ)?\s*[:.]", re.IGNORECASE)
CAPTION_MAX = 220  # characters: a longer line without a full stop is still a paragraph


def parse(text: str, config: Config) -> Record:
    record = Record()
    raws = enumerate(text.split("\n"), 1)
    lines = [Line(n, " ".join(part.split())) for n, raw in raws for part in _page_parts(raw)]
    lines = _heading_once(lines, record, config.tz)
    front = layouts.choose(lines)
    record.layout = front.name
    start = front.header(lines, record, config.tz)
    body = _related_runs(_cut_related(lines[start:], record), record)
    body = _tail(body, record, _set_apart(text))
    body = _metadata(body, record, config)
    record.blocks = _blocks(body, _under_pictures(lines, record))
    if record.untitled and record.paragraphs:
        record.title = stand_in_title(record.paragraphs[0].text)
        record.note("title", record.paragraphs[0].lines[0], "no title line: the lead's first words stand in")
    _fill_fields(record, config)
    return record


# "( Cập nhật ngày: 11/06/2024 )" glued between a page's title and its text.
_GLUED_DATE = re.compile(
    r"\s*(\(\s*(?:Cập nhật|Ngày cập nhật|Ngày đăng|Đăng ngày)[^()]{0,20}?\d{1,2}/\d{1,2}/\d{4}[^()]{0,12}\))\s*",
    re.IGNORECASE,
)


def _page_parts(raw: str) -> list[str]:
    """A stored page that holds the whole article on one line (title, its bracketed date, the text,
    a table cell's "|" after the signature): the line's parts as a browser shows them, so that no
    paste with text is refused. The parts keep the line's number."""
    m = _GLUED_DATE.search(raw)
    if len(raw) < 400 or not m or not 10 <= m.start() <= 300:
        return [raw]
    body = raw[m.end() :].rstrip().removesuffix("|").rstrip()
    return [raw[: m.start()], m.group(1), body]


def _heading_once(lines: list[Line], record: Record, tz: tzinfo) -> list[Line]:
    """A heading printed twice in a row above the text (the page's heading over the article's, the
    same title): the second dropped, so the rules that find the title under a portal's labels
    see it once. Above the text: before the first sentence or lead, or right above the page's date
    line (a lead printed above the title as a list shows it). A picture's caption printed twice in
    the text is the caption's, kept."""
    previous = ""
    in_text = False
    again: set[int] = set()
    texts = [ln for ln in lines if ln.text]
    for n, line in enumerate(texts):
        in_text = in_text or bool(re.search(r"[.!?]\W*$", line.text) or _LEAD_OPENING.match(fold(line.text)))
        dated_next = n + 1 < min(len(texts), 20) and parse_dateline(texts[n + 1].text, tz) is not None
        # the first line printed again under itself (a bar or a breadcrumb above it aside), text
        # following, is the title's repeat even with a full stop (alone, it is the title and the lead)
        first_again = n + 1 < len(texts) and all(layouts.furniture_alone(t.text) for t in texts[: n - 1])
        if line.text == previous and (first_again or (not _TERMINAL.search(line.text) and (not in_text or dated_next))):
            record.drop(line, "the title printed again")
            again.add(line.number)
        previous = line.text
    return [ln for ln in lines if ln.number not in again]


def _under_pictures(lines: list[Line], record: Record) -> frozenset[int]:
    """The lines right under a picture's file name or address the paste kept ("ndo_br_12.jpg"):
    where the picture's caption is printed."""
    names = _picture_names(record) | {ln.number for ln in lines if layouts.is_image_url(ln.text)}
    under = {ln.number for ln in lines if ln.text and ln.number - 1 in names}
    return frozenset(under | _over_credits(lines, record))


def _picture_names(record: Record) -> set[int]:
    """The numbers of the lines dropped as a lost picture's file name ("MT1.jpg")."""
    return {d.number for d in record.dropped if d.reason.startswith("image file names")}


def _over_credits(lines: list[Line], record: Record) -> set[int]:
    """The line right above a photo credit the text dropped ("Ảnh: … - TTXVN"): the caption the
    credit closes, when the text goes on under it (a credit after the last paragraph, a signature
    or the page's furniture below, credits every picture: the sentence above it is the text's)."""
    credits = {d.number for d in record.dropped if d.reason.startswith(_CREDIT_REASON)}
    texts = [ln for ln in lines if ln.text]
    return {
        above.number
        for above, below, after in zip(texts, texts[1:], texts[2:], strict=False)
        if below.number in credits and len(after.text.split()) >= 15
    }


_STAND_IN_WORDS = 16
# "(kontumtv.vn) – …", "(hocmon.gov.vn) Ngày 11/4 …": the portal's address in brackets (and a dash)
# opening the lead.
# "(kontumtv.vn) – …", "(QNO) - …", "(VOV5) - …": a portal's address or a paper's initials (with a
# dash) opening a lead
_LEAD_TAG = re.compile(
    r"^\((?:((?:[\w-]+\.)+[a-z]{2,3})\)\s*[–—-]?|(?-i:[A-ZĐ][A-ZĐ0-9]{1,7})\)\s*[–—-])\s*", re.IGNORECASE
)


def stand_in_title(lead: str) -> str:
    """The lead's first sentence, cut to a few words, for a paste that lost its title line: the
    file is a draft until the editor writes the title (never a paragraph as a title and slug)."""
    first = layouts.SENTENCE_BREAK.split(lead, maxsplit=1)[0].rstrip(" .")
    # "(kontumtv.vn) – Sáng ngày 12/12, …": the portal's tag and dash open the lead, not the news
    first = _LEAD_TAG.sub("", first) or first
    words = first.split()
    if len(words) <= _STAND_IN_WORDS:
        return first
    return " ".join(words[:_STAND_IN_WORDS]).rstrip(",;:–-") + " …"


_CREDIT_REASON = "where the pictures came from (a photo credit)"
# A furniture line anywhere in the text, and why it is dropped: the first test that holds.
_FURNITURE = (
    (is_bar, "page furniture"),
    (is_lone_mark, "a lone letter or a text-size label (no sentence)"),
    (is_tags_line, "tag list"),
    (is_breadcrumb, "breadcrumb trail"),
    (is_image_name, "image file names (the pictures were not copied)"),
    (is_empty_label, "a label with nothing after it"),
    (is_widget, "a sidebar widget (visit counter, poll, links)"),
    (is_poster, "who posted the article on the portal (not its writer)"),
    (is_utility, "the portal's utility bar (sign-in, search, language, hotline)"),
    (is_photo_source, _CREDIT_REASON),
    (is_code_remnant, "a script's variable the paste kept"),
    (is_placeholder, "a site template's placeholder (a title or picture its owner never filled in)"),
    (is_doubled_label, "a widget's label printed twice (its tab and its heading)"),
    (is_alt_text, "a picture's alt text (the title and the picture's number; the picture was not copied)"),
    (is_pager_link, "a link to the previous or next article"),
    (is_promo, "the portal's box asking the reader to sign up"),
)


def _cut_related(lines: list[Line], record: Record) -> list[Line]:
    """Drop a related-news list ("Tin liên quan", "Các tin khác") and everything after it,
    and furniture lines anywhere."""
    kept: list[Line] = []
    counter = False  # the line before was a counter's label: its number may follow alone
    begun = False  # a sentence of the article has been kept
    tags = False  # the line before was a tag list's heading ("Từ khóa"): its tags follow
    marked = marked_words("\n".join([record.title or "", *(ln.text for ln in lines)]))
    for i, line in enumerate(lines):
        if not line.text:
            kept.append(line)
            continue
        if tags and begun and is_tags_after_heading(line.text):
            record.drop(line, "tag list (under its heading)")
            tags = False
            continue
        tags = is_tags_heading(line.text)
        if counter and re.fullmatch(r"\d[\d.,]*", line.text):
            record.drop(line, "the number of the view counter above")
            counter = False
            continue
        counter = is_counter_label(line.text)
        if is_related_heading(line.text) or (begun and is_sidebar_heading(line.text)):
            for rest in lines[i:]:
                if rest.text:
                    record.drop(rest, "related-news list" if rest is not line else "related-news heading")
            break
        reason = next((why for test, why in _FURNITURE if test(line.text)), None)
        if reason is None and not begun and _linked_cell(line.text):
            reason = "linked headlines in a table's cell above the text"
        if reason is None and begun and is_picture_label(line.text):
            reason = "a picture's label (its alt text; the picture was not copied)"
        if reason is None and is_unmarked_copy(line.text, marked):
            reason = "the text's words without their marks (a picture's or a link's slug)"
        if reason is None and is_title_slug(line.text, record.title):
            reason = "the title without its marks (a picture's alt text or a link's slug)"
        if reason is None and _title_again(line.text, record.title):
            reason = "the title printed again in the text"
        if reason is not None:
            record.drop(line, reason)
        else:
            kept.append(line)
            begun = begun or bool(re.search(r"[.!?]\W*$", line.text))
    return kept


def _linked_cell(text: str) -> bool:
    """ "Kỳ họp đầu tiên … thành công tốt đẹp Nam thanh niên tung tin … 15 người |": headlines glued
    in one table cell, its bar closing the line; no sentence ends in it (a paragraph's cell keeps
    its stop before the bar)."""
    body = text.rstrip()
    if not body.endswith("|") or "|" in body[:-1] or len(body.split()) < 8:
        return False
    return not re.search(r"[.!?…]", body)


def _title_again(text: str, title: str | None) -> bool:
    """The title printed again in the text (over the first picture, under the lead): no stop at
    its end (a title that is the lead's sentence is the text's too)."""
    return bool(title) and fold(text) == fold(title) and not re.search(r"[.!?…]$", text.strip())


def _headline_shaped(text: str) -> bool:
    """A linked headline: six to thirty words, a capital first, no stop at its end or inside, no list
    mark, no figure a report states, and nothing a photo's caption names (what it shows, a person or
    a group first)."""
    words = text.split()
    if not 6 <= len(words) <= 30 or not text[0].isupper() or _TERMINAL.search(text):
        return False
    if _LIST_ITEM.match(text) or _IN_PHOTO.search(text) or _CAPTION_WORDS.search(fold(text)):
        return False
    if re.search(r"[.!?…]\s|\./\.", text) or _report_line(text):
        return False  # a sentence's end inside, a report's figure or rubric: the text's own line
    if re.match(r"(?:Đồng chí|Đ/c|Ông|Bà|Các|Lãnh đạo)\s", text):
        return False  # a person or a group in a photo
    if is_footer_line(text) or fields.byline(text) or fields.source_name(text):
        return False  # the tail's and the footer's lines, read after this
    return not fields.signature(text)


def _box_opens(lines: list[Line], index: int) -> bool:
    """Whether a run of headlines starts a box: after a paragraph of the text (a sentence, or
    twenty-five words or more), and after a blank line
    or a sentence's full stop (not after a colon that opens a list, nor inside a paragraph that lost
    its stop)."""
    ended = [bool(re.search(r"[.!?…]['\"”’)]*$", ln.text.rstrip())) for ln in lines[:index]]
    if not any(e or len(ln.text.split()) >= 25 for e, ln in zip(ended, lines, strict=False)):
        return False  # no paragraph of the text yet: the lead (and its picture's caption) comes first
    return not lines[index - 1].text or ended[-1]


def _related_runs(lines: list[Line], record: Record) -> list[Line]:
    """Two or more linked headlines in a row, with no blank line between them, in a paste that
    parts its paragraphs with blank lines: a related-news box the portal sets into the text or
    under it ("Cần Thơ phát động …" / "Cần Thơ: Công bố …"). Captions and subheadings stand apart,
    each alone; a list's items follow a colon or carry a mark."""
    # a line right under a lost picture's file name is that picture's caption, never a link
    pictures = _picture_names(record)
    texts = [i for i, ln in enumerate(lines) if ln.text and ln.number - 1 not in pictures]
    run: list[int] = []
    boxed: set[int] = set()
    for i in [*texts, -1]:
        if i >= 0 and _headline_shaped(lines[i].text) and (not run or i == run[-1] + 1):
            run.append(i)
            continue
        if len(run) >= 2 and _box_opens(lines, run[0]):
            boxed.update(run)
        run = [i] if i >= 0 and _headline_shaped(lines[i].text) else []
    for i in sorted(boxed):
        record.drop(lines[i], "related-news headlines set into the text (a box of links)")
    return [ln for i, ln in enumerate(lines) if i not in boxed]


# A site's bare address ("Phuninh.gov.vn", "baoxyz.vn"): the portal's footer starts with it.
_SITE_NAME = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:gov\.vn|org\.vn|com\.vn|edu\.vn|vn|com|org|net)$", re.IGNORECASE)


def _footer(lines: list[Line], record: Record) -> list[Line]:
    """The portal's footer under the text: its bare address, then a few short lines (a motto,
    "Phú Ninh Đất và Người"); all dropped, so the signature above them is read."""
    texts = [i for i, ln in enumerate(lines) if ln.text]
    for k in texts[-4:]:
        after = [lines[i].text for i in texts if i > k]
        if _SITE_NAME.match(lines[k].text) and all(len(t.split()) <= 8 and not t.endswith(".") for t in after):
            record.site = lines[k].text.casefold()
            for line in lines[k:]:
                if line.text:
                    record.footer.append(line.text)
                    record.drop(line, "the portal's footer (its address and motto)")
            return lines[:k]
    # "Bản quyền thuộc về …", "Địa chỉ: …", "Điện thoại: …", "Chịu trách nhiệm chính: …": the
    # portal's footer, its labelled lines and short ones between them, after the text
    for k in texts[-10:]:
        after = [lines[i].text for i in texts if i >= k]
        if is_footer_line(lines[k].text) and all(is_footer_line(t) or len(t.split()) <= 8 for t in after):
            k = _contact_heading(lines, texts, k)
            for line in lines[k:]:
                if line.text:
                    record.footer.append(line.text)
                    record.drop(line, "the portal's footer (copyright, address, contacts)")
            return lines[:k]
    return lines


def _footers(lines: list[Line], record: Record) -> list[Line]:
    """Every footer under the text, the last first: a portal may print its address and motto
    above its labelled copyright and contact lines."""
    while (cut := _footer(lines, record)) is not lines:
        lines = cut
    return lines


# "THÔNG TIN LIÊN HỆ", "Liên hệ": the heading of a portal's contact block.
_CONTACT_HEADING = re.compile(r"^(?:thong tin )?lien he(?: voi chung toi)?\s*:?$")


# "phiên làm việc sáng nay", "kỳ họp chiều nay": a sitting of the meeting said to be today, with no
# day written. (A lead that opens "Sáng nay, …" alone is left as it was: dev/13's answer has no day.)
_TODAY = re.compile(
    r"\b(?:phien (?:lam viec|hop|thao luan|khai mac|be mac|tru bi)|ky hop|dai hoi|hoi nghi|cuoc hop|buoi lam viec)"
    r"\s+(?:sang|chieu|toi|trua|hom) nay\b(?!\s*\(?\s*\d)"
)


def _today_held(lead: str, title: str) -> bool:
    """Whether the lead's first sentence says a sitting of the meeting is "this morning" (no day)
    and the title or that sentence names the meeting: a report written the day its meeting sat."""
    first = re.split(r"(?<=[.!?])\s", fold(lead), maxsplit=1)[0]
    return bool(_TODAY.search(first)) and (says_held(first) or says_held(title))


def _under_signature(lines: list[Line]) -> bool:
    """Whether the line above the last is a name alone (a signature): a bare number under it is the
    page's view count ("Hoàng Hoài" / "313"); under a label ("Số hộ nghèo:") it is the text's."""
    above = [ln.text for ln in lines[:-1] if ln.text]
    return bool(above) and bool(fields.signature(above[-1]))


def _contact_heading(lines: list[Line], texts: list[int], k: int) -> int:
    """Where the footer whose first labelled line is k starts: at a contact heading above it, with
    the publishing body's name between them ("THÔNG TIN LIÊN HỆ" / "UBND huyện …" / "Địa chỉ: …")."""
    above = [i for i in texts if i < k][-3:]
    for n, i in enumerate(reversed(above)):
        if _CONTACT_HEADING.match(fold(lines[i].text).strip()):
            return i
        if n == 2 or len(lines[i].text.split()) > 8 or re.search(r"[.!?]$", lines[i].text):
            break
    return k


def _set_apart(text: str) -> frozenset[int]:
    """Lines whose last words stand far right of the text, after a wide run of spaces (a
    signature in a table cell beside the last paragraph): printed on the paragraph's line."""
    lines = enumerate(text.split("\n"), 1)
    return frozenset(n for n, raw in lines if re.search(r"\S {8,}\S+(?: \S+){0,3}\s*$", raw))


def _tail(lines: list[Line], record: Record, set_apart: frozenset[int] = frozenset()) -> list[Line]:
    """Bylines, "Nguồn: …" and a name or signature alone at the end; a name glued to the last
    paragraph moves to the author, unless the page prints it apart on that line or credits an agency
    after it ("Vũ Thắng/THQH"): the line is then kept whole."""
    lines = _footers(list(lines), record)
    signed = False
    while lines:
        line = lines[-1]
        text = line.text
        if not text:
            lines.pop()
            continue
        names = fields.byline(text) or _photo_credit(text)
        source_name = fields.source_name(text)
        if not signed and not record.authors and (board := fields.editors(text)):
            _add_authors(record, board, line, "the editorial board's signature")
            signed = True
        elif _tag_link(text):
            record.drop(line, "tag link under the text")
        elif not signed and not record.authors and re.fullmatch(r"\d{1,7}", text) and _under_signature(lines):
            record.drop(line, "a view counter's number under the signature")  # "313": no label, no unit
        elif is_gallery_label(text):
            record.drop(line, "a gallery's label whose pictures were not pasted")
        elif names:
            _add_authors(record, names, line, "byline")
        elif source_name and (writers := _writers(source_name)):
            _add_authors(record, writers, line, "“Nguồn:” line naming writers")
        elif source_name:
            if layouts.is_url(source_name):
                layouts.take_url(source_name, record, line)
            else:
                record.publisher = record.publisher or source_name
                record.note("publisher", line.number, "“Nguồn:” line")
        elif layouts.is_url(text):
            layouts.take_url(text, record, line)
        elif not signed and not record.authors and fields.is_board_signature(text):
            signed = True  # "BBT.": the editorial board signs for no person; a signature, no author
        elif not signed and not record.authors and (signature := fields.signature(text)):
            _add_authors(record, signature, line, "name alone on the last line")
            signed = True
        elif (
            not signed
            and not record.authors
            and _after_a_sentence(lines)
            and (lowered := fields.lowercase_signature(text))
        ):
            _add_authors(record, lowered, line, "name alone on the last line, typed in lower case", sure=False)
            signed = True
        elif not signed and not record.authors and (under := _signed_with_body(lines)):
            writer, body = under
            _add_authors(record, [writer.text.strip()], writer, "name alone over the writer's body")
            record.drop(body, "the writer's body on the line under the signature")
            lines = [ln for ln in lines if ln is not body and ln is not writer]
            break  # the bracketed date under them stays for the date reader
        elif not signed and not record.authors and (over := fields.signed_over_masthead(text)):
            _add_authors(record, over, line, "name alone over the paper's masthead (glued to it)")
            signed = True
        elif not record.authors and (with_org := fields.byline_with_org(text)):
            _add_authors(record, with_org, line, "byline with the writer's organisation")
        elif not record.authors and (glued := _glued_author(text)):
            body, names = glued
            _add_authors(record, names, line, "name glued to the end of the last paragraph", sure=False)
            # kept whole when the page prints it apart, or credits the agency after a slash (the
            # reprint's credit line, "Vũ Thắng/THQH", printed as the text's last words)
            line.text = line.text if line.number in set_apart or "/" in text[len(body) :] else body
            break
        else:
            break
        lines.pop()
    return lines


def _signed_with_body(lines: list[Line]) -> tuple[Line, Line] | None:
    """ "Thu Hà" / "Đài truyền thanh - Truyền hình huyện" / "( Ngày 2 tháng 4 năm 2018 )": a person's
    name alone, the body they write for (short, no sentence), then the page's date in brackets."""
    shown = [ln for ln in lines if ln.text.strip()]
    if len(shown) < 4 or not re.fullmatch(r"\(\s*Ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\s*\)", shown[-1].text):
        return None
    writer, body = shown[-3], shown[-2]
    text = body.text.strip()
    if (
        len(text.split()) <= 8
        and not re.search(r"[.!?:;…]$", text)
        and fields.ORG_ANY_CASE.match(text)
        and fields.is_person_name(writer.text.strip())
    ):
        return writer, body
    return None


def _after_a_sentence(lines: list[Line]) -> bool:
    """Whether the line before the last one (blank lines aside) ends a sentence."""
    before = [ln.text for ln in lines[:-1] if ln.text]
    return bool(before) and bool(re.search(r"[.!?…]['\"”’)]*$", before[-1]))


def _tag_link(text: str) -> bool:
    """ "huyện Đông Anh" alone under the text: a tag's link (a sentence or a signature starts
    with a capital; a tag keeps the case it was typed in)."""
    return text[0].islower() and len(text.split()) <= 5 and not re.search(r"[.!?:;,…]$", text)


def _writers(source: str) -> list[str] | None:
    """ "Nguồn: Duy Trinh - Phan Anh.": the source credited is the writers, not a publication."""
    names = fields.split_names(source.rstrip("."))
    if names and all(fields.is_person_name(n) for n in names):
        return names
    return None


def _glued_author(text: str) -> tuple[str, list[str]] | None:
    """ "… năm 2024./. Hồng Nhung" → the paragraph and the writer's name pasted after it."""
    # "… 2019-2020. Vũ Thắng/THQH": the writer, then the agency the text is taken from
    m = re.match(
        r"^(.{40,}?[.!?…”\"](?:/\.)?)\s+([^\W\d_][\w’']*(?:\s+[^\W\d_][\w’']*){1,3}(?:\s*/\s*[A-ZĐ][\w.-]{1,15})?)$",
        text,
    )
    if not m:
        return None
    names = fields.signature(m.group(2))
    if not names or places.is_unit_name(m.group(2)) or any(n.isupper() for n in names):
        return None
    return m.group(1), names


def _photo_credit(text: str) -> list[str] | None:
    m = re.match(r"^\(?\s*Ảnh\s*:\s*(.+?)\s*\)?$", text, re.IGNORECASE)
    if m and all(fields.signature(n) for n in fields.split_names(m.group(1))):
        return fields.split_names(m.group(1))
    return None


def _add_authors(record: Record, names: list[str], line: Line, how: str, sure: bool = True) -> None:
    record.authors.extend(n for n in names if n not in record.authors)
    record.note("author", line.number, how, sure)


def _metadata(lines: list[Line], record: Record, config: Config) -> list[Line]:
    """Bylines, date lines and URLs standing alone inside the body are metadata too."""
    kept: list[Line] = []
    for line in lines:
        text = line.text
        names = fields.byline(text) if text else None
        dated = parse_dateline(text, config.tz) if text and len(text) <= 90 else None
        row = parse_header_row(text, config.tz) if text and dated is None and len(text) <= 90 else None
        source_name = fields.source_name(text) if text else None
        if names:
            _add_authors(record, names, line, "byline")
        elif dated is not None:
            layouts.take_date(dated, record, line, "date line")
        elif row is not None:
            layouts.take_date(row[0], record, line, f"header row ({row[1]} | date)")
        elif source_name and text.casefold().startswith(("nguồn", "(nguồn", "theo", "(theo")):
            if layouts.is_url(source_name):
                layouts.take_url(source_name, record, line)
            else:
                record.publisher = record.publisher or source_name
                record.note("publisher", line.number, "“Nguồn:”/“Theo” line")
        elif text and layouts.is_url(text) and not _next_is_caption(lines, line):
            layouts.take_url(text, record, line)
        else:
            kept.append(line)
    return kept


def _next_is_caption(lines: list[Line], line: Line) -> bool:
    if not re.search(r"\.(?:jpe?g|png|gif|webp)(?:\?\S*)?$", line.text, re.IGNORECASE):
        return False
    after = [ln for ln in lines if ln.number > line.number and ln.text]
    return bool(after) and is_caption(after[0].text)


def is_caption(text: str) -> bool:
    """An image caption: a short line without a final full stop, or one that starts "Ảnh:"."""
    if _CAPTION_START.match(text):
        return True
    if re.search(r"\s(?:https?://|www\.)\S+$", text):
        return False  # "… tại địa chỉ: http://…": a sentence that gives an address
    folded = fold(text)
    if is_salutation(text):
        return False
    if _LEAD_OPENING.match(folded):
        return False  # "Sáng 11/10, tại UBND TPHCM, Ban chỉ đạo … tổ chức …": a lead that lost its full stop
    if re.search(r"(?<![\w.])[a-zà-ỹđ]{2,}[.!?]\s+[A-ZÀ-ỸĐ]", text):
        return False  # two sentences ("… Đảng ủy. UBND phường …"): a paragraph whose last one lost its stop
    if len(text.split()) >= 25 and re.search(r"(?<!\w)(?:đã được|được nghe|sẽ|đang)(?!\w)", text.casefold()):
        return False  # a long sentence that reports ("… đã được nghe … báo cáo …"): a paragraph, not a photo
    return len(text) <= CAPTION_MAX and len(text.split()) >= 2 and not _TERMINAL.search(text)


# A speech's salutation ("Kính thưa: Đồng chí …, Bí thư Huyện uỷ", "Thưa các đồng chí", "Các vị
# đại biểu HĐND và các vị khách mời."): the speaker addresses the hall; a photo's caption never does.
_SALUTATION = re.compile(r"^(?:(?:kinh )?thua\s*(?::|cac\b|dong chi\b|quy\b)|kinh gui\s*:|cac vi (?:dai bieu|khach)\b)")


def is_salutation(text: str) -> bool:
    return bool(_SALUTATION.match(fold(text).strip()))


# A lead's opening: the time of day and the date, then a comma ("Sáng 11/10,", "Chiều ngày 3/8/2023,").
_LEAD_OPENING = re.compile(
    r"^(?:sang|chieu|toi|trua|ngay)\s+(?:nay\s+)?(?:ngay\s+)?\d{1,2}\s*(?:[/-]\s*|\.|\s+thang\s+)\d{1,2}"
    r"(?:[/.-]\d{2,4}|\s+nam\s+\d{4})?\s*,"
)

# Words of a photo's caption (folded): what the picture shows.
_CAPTION_WORDS = re.compile(
    r"\b(?:phat bieu|toan canh|quang canh|chup anh|trao|tang|dai bieu|tham quan|chu tri|ket luan|bao cao|"
    r"trinh bay|chia se|don nhan|hinh anh|khai mac|be mac|tham luan|huong dan|tham du|du le|du hoi nghi|"
    r"tiet muc|van nghe)\b"
)
_CREDIT = re.compile(r"\(?\s*Ảnh\s*:\s*[^()]{2,40}\)?\s*\.?$", re.IGNORECASE)


_CAPTION_SENTENCE = re.compile(
    r"(?:\b(?:tai|trong) (?:hoi nghi|buoi le|le [^.,]{3,60}|buoi lam viec|hoi thao|dai hoi|ky hop)\.$)"
    r"|^\d+ dai bieu\b[^.,]{0,100}\btham du (?:hoi nghi|dai hoi|ky hop)\.$"
    r"|^(?![^.]*\bco\b)[^,]{0,120}(?:,[^,]{0,120})?\b(?:den du|toi du|du va chi dao) "
    r"(?:hoi nghi|buoi le|dai hoi|ky hop|le [^.,]{3,40})\.$"
    r"|^(?:toan canh|quang canh|cac dai bieu|dai bieu)\b|^thua uy quyen,[^.]{0,150}\btrao\b|\bchup anh\b"
    # a congress's new committee presented ("Ban Chấp hành … khóa mới ra mắt Đại hội.", "Tặng hoa,
    # trao quyết định và ra mắt Ban chấp hành …"): the moment a photo shows, not the report's words
    r"|\bra mat (?:dai hoi|hoi nghi)\.$|^tang hoa,? (?:va )?(?:trao|chuc mung)\b"
)


def _caption_sentence(text: str) -> bool:
    """A caption that ends in a full stop: one short sentence saying what a photo shows
    ("Tổng cục trưởng Nguyễn Văn Cẩn phát biểu chỉ đạo tại hội nghị.")."""
    if len(text) > 170 or not text.endswith(".") or re.search(r"[.!?…;:]\s", text[:-1]):
        return False
    folded = fold(text)
    if re.match(r"^\W*mot so (?:hinh anh|anh)\b", folded):
        return False  # "📸 Một số hình ảnh tại hội nghị.": the sentence that opens a gallery, not a photo's caption
    return bool(_CAPTION_SENTENCE.search(folded)) and not re.search(r"\b(?:da|se|de nghi|yeu cau)\b", folded)


# Words of a sentence that reports or argues (tense, modality, connectives, quotes): a photo's
# caption describes what it shows and has none of them.
_REPORTING = re.compile(
    r"\b(?:da|se|dang|can|phai|la|nen|hay|de nghi|yeu cau|nhung|tuy nhien|vi vay|do do|neu|theo|"
    r"cho biet|khang dinh|nhan manh|chung toi)\b"
)


# "Đảng" (the Party) folds to "dang", the tense word "đang" of _REPORTING, and "nêu" (to raise, as a
# photo's "… nêu ý kiến tại hội nghị") to "neu", the "nếu" (if) of a sentence that reasons, and
# "những" (a plural, "… trả lời những câu hỏi") to "nhung", the "nhưng" (but) that argues: all
# dropped before folding.
_PARTY = re.compile(r"(?<!\w)(?:[Đđ]ảng|[Nn]êu|[Nn]hững)(?!\w)")


def _reports(text: str) -> bool:
    """Whether a line has a word of reporting (_REPORTING), the Party's name aside."""
    return bool(_REPORTING.search(fold(_PARTY.sub(" ", text))))


def _described_photo(text: str) -> bool:
    """A caption written as one full sentence ("Đường liên ấp của xã Hưng Hội được bê-tông
    hóa.", "Thu hoạch tôm siêu thâm canh trên địa bàn huyện Phú Tân."): one sentence ending in a
    full stop, short, with no word of reporting; passive ("được trao") or at most 12 words. Only
    taken as a caption between longer paragraphs (see _kinds)."""
    if len(text) > 200 or not re.search(r"\w\.$", text) or re.search(r"[.!?…;:]\s|[“”\"]", text[:-1]):
        return False
    if is_salutation(text):
        return False
    if not text[0].isalnum():
        return False  # "🛠️ Từ sự chung tay …": a post's paragraph opened by an emoji
    folded = fold(text)
    if _reports(text) or re.match(r"^\W*mot so (?:hinh anh|anh)\b", folded):
        return False
    return bool(re.search(r"\bduoc [a-z]", folded)) or len(text.split()) <= 12


# Who a photo shows, opening its caption: a person by title or address, or a group of people.
_SCENE_SUBJECT = re.compile(
    r"^(?:(?:cac )?dong chi|ong|ba|(?:pho )?(?:chu tich|bi thu|giam doc|truong ban)|lanh dao|"
    r"(?:cac )?(?:dai bieu|hoi vien|doan vien|cu tri|dong chi)|nhan dan|ba con|nguoi dan)\b"
)
# What they do in it: the moment a photo catches (folded).
_SCENE_ACT = re.compile(
    r"\b(?:phat bieu|trao|tang|bo phieu|bieu quyet|tra loi|chuc mung|tham quan|tham hoi|gap go|doi thoai|"
    r"chup anh)\b"
)  # (not "chủ trì", "dự": "X chủ trì hội nghị." is as often the text's second sentence)
# An abbreviation's full stop inside a name ("TP. Hồ Chí Minh", "TS. Lê …"): no sentence ends there.
_ABBREVIATION = re.compile(r"(?<!\w)(?:TP|Tp|TS|ThS|PGS|GS|BS|KS|Th\.S)\.\s(?=[A-ZĐÀ-Ỹ])")


def _photo_scene(text: str) -> bool:
    """One sentence saying who does what in a photo ("Ông X, Chủ tịch … phát biểu khai mạc kỳ
    họp.", "Nhân dân thôn … bỏ phiếu bầu trưởng thôn."): people first, a moment a camera catches,
    thirty words at most, no word of reporting. Only taken as a caption where it stands alone
    between longer paragraphs (see _kinds)."""
    text = _ABBREVIATION.sub(" ", text)
    if len(text) > 200 or len(text.split()) > 30 or not re.search(r"\w\.$", text):
        return False
    if re.search(r"[.!?…;:]\s|[“”\"]", text[:-1]) or _reports(text):
        return False
    folded = fold(text)
    return bool(_SCENE_SUBJECT.match(folded) and _SCENE_ACT.search(folded)) and not _report_line(text)


# Words of a sentence that reports, with their marks ("đang" is no "Đảng" here).
_REPORTS = re.compile(
    r"(?<!\w)(?:đã|sẽ|đang|cần|phải|là|nên|đề nghị|yêu cầu|nhưng|tuy nhiên|cho biết|khẳng định|nhấn mạnh)(?!\w)"
)


# What a photo shows, as a gallery's sentence names it (not "báo cáo", which a report does too).
_SHOWN = re.compile(r"\b(?:tiet muc|van nghe|toan canh|quang canh|chup anh|tang hoa|trao tang|cac dai bieu)\b")


def _photo_sentence(text: str) -> bool:
    """One short sentence ending in a full stop, with no word of reporting ("Lãnh đạo tỉnh và xã
    tham dự buổi tiếp xúc."): a caption where a picture stood right above it."""
    if len(text) > 170 or not re.search(r"\w\.$", text) or re.search(r"[.!?…;:]\s|[“”\"]", text[:-1]):
        return False
    return not _reports(text) and not _report_line(text) and not is_salutation(text)


def _gallery_sentence(text: str) -> bool:
    """One short sentence naming what a photo shows ("Các tiết mục văn nghệ đặc sắc tại Đại hội
    …."), with no word of reporting: read as a caption only where a gallery goes on."""
    if len(text) > 170 or not re.search(r"\w\.$", text) or re.search(r"[.!?…;:]\s|[“”\"]", text[:-1]):
        return False
    return bool(_SHOWN.search(fold(text))) and not _REPORTS.search(text.casefold()) and not _report_line(text)


def _repeats_lead(text: str, lead: str) -> bool:
    """A photo's caption that repeats the lead's sentence ("UBND huyện tổ chức hội nghị … dưới sự
    chủ trì của đồng chí …."): one sentence, nearly all of whose words the lead already has."""
    if len(text) > CAPTION_MAX or re.search(r"[.!?…;]\s", text) or _reports(text):
        return False  # "… đồng chí X … đã thông qua …": a sentence that reports, not a photo
    words = re.findall(r"\w+", fold(text))
    known = set(re.findall(r"\w+", fold(lead)))
    return len(words) >= 8 and sum(w in known for w in words) >= 0.85 * len(words)


def _kinds(units: list[tuple[str, list[int]]], under_pictures: frozenset[int] = frozenset()) -> list[str]:
    """Paragraph, caption or heading for each unit. A short line without a full stop is a
    caption when it names what a photo shows (or a person), or when it is the one such line
    right after the lead; otherwise (an article with two or more of them) a subheading. One
    short sentence right under a picture's file name is that picture's caption."""
    kinds: list[str] = []
    for index, (text, numbers) in enumerate(units):
        if _CAPTION_START.match(text) or (_CREDIT.search(text) and index > 0):
            kinds.append("caption")
        elif len(units) > 1 and numbers[0] in under_pictures and _photo_sentence(text):
            kinds.append("caption")
        elif index > 0 and (_IN_PHOTO.search(text) or _glued_captions(text) or _printed_twice(text)):
            kinds.append("caption")
        elif _report_line(text) or (index > 0 and units[index - 1][0].rstrip().endswith(":")):
            kinds.append("paragraph")  # a report's rubric or figure, or an item of a list a colon opens
        elif index > 0 and kinds[-1] == "paragraph" and _list_goes_on(units[index - 1][0], text):
            kinds.append("paragraph")  # the list's next item ("- 14h00’ ngày 09/7/2019 …")
        elif _place_headline(text):
            kinds.append("paragraph")  # "Xã Thống Nhất: 12/12 thôn tổ chức …": a sapo, no photo
        elif _schedule_line(text):
            kinds.append("paragraph")  # "Dự kiến … (từ ngày 22 đến ngày 27/7/2019)": a plan, no photo
        elif index == 0 and (_lead_photo(units) or (len(units) > 1 and layouts.caption_shaped(text))):
            kinds.append("caption")  # the lead picture's caption (a paste that lost its title opens with it)
        elif is_caption(text) and _GALLERY.match(fold(text)):
            kinds.append("paragraph")  # "Một số hình ảnh Đại hội …": the words that open a gallery
        elif is_caption(text) and index > 0 and is_all_caps(text):
            kinds.append("heading")  # "KẾT QUẢ ĐẠI HỘI …" in capitals: a document's heading, not a photo's
        elif is_caption(text):
            kinds.append("caption" if _photo_words(text) else "short")
        elif index > 0 and _caption_sentence(text):
            kinds.append("caption")
        else:
            kinds.append("paragraph")
    for i in range(1, len(units) - 1):
        if units[i][0] == units[i + 1][0] and len(units[i][0]) <= CAPTION_MAX and kinds[i] != "caption":
            kinds[i] = kinds[i + 1] = "caption"  # printed twice in a row: a picture's alt text, then its caption
    for i in range(1, len(units) - 1):
        if _in_colon_list(units, i):
            continue  # "gồm:" / "Đại hội đã bầu …" / "Thông qua …" / "Thảo luận …": the list's items
        alone = _described_photo(units[i][0]) or _photo_scene(units[i][0])
        if kinds[i] == "paragraph" and alone and not _report_line(units[i][0]):
            before, after = units[i - 1][0], units[i + 1][0]
            longer_after = kinds[i + 1] == "caption" or len(after) > 1.5 * len(units[i][0])
            if kinds[i - 1] == "paragraph" and len(before) > 1.5 * len(units[i][0]) and longer_after:
                kinds[i] = "caption"
    for i in range(1, len(units)):
        if kinds[i] == "paragraph" and kinds[0] == "paragraph" and _repeats_lead(units[i][0], units[0][0]):
            kinds[i] = "caption"
    for i in range(2, len(units)):
        # "Các tiết mục văn nghệ tại Đại hội …." right after a caption, at the end or before another:
        # the gallery goes on, one photo's sentence at a time
        last_or_caption = i == len(units) - 1 or kinds[i + 1] == "caption"
        if kinds[i] == "paragraph" and kinds[i - 1] == "caption" and last_or_caption:
            if _gallery_sentence(units[i][0]):
                kinds[i] = "caption"
    shorts = [i for i, k in enumerate(kinds) if k == "short"]
    for i in shorts:
        lone_after_lead = len(shorts) == 1 and i == 1
        kinds[i] = "caption" if lone_after_lead or len(units[i][0].split()) > 9 else "heading"
    for i, (text, _) in enumerate(units):
        if _END_MARK.search(text):
            kinds[i] = "paragraph"  # "… thảo luận 5 nội dung./.": the article's last sentence, no photo's
    return kinds


def _in_colon_list(units: list[tuple[str, list[int]]], index: int) -> bool:
    """Whether a line is an item of a list a colon opened a few lines before ("… các nội dung, gồm:"
    then one sentence per line): every line between is one sentence, as a list's items are."""
    for j in range(index - 1, max(-1, index - 6), -1):
        text = units[j][0].rstrip()
        if text.endswith(":"):
            return True
        if layouts.SENTENCE_BREAK.search(text) or len(text) > 400:
            return False
    return False


# "./." (or "/."): the mark a Vietnamese news text ends with.
_END_MARK = re.compile(r"[./]/\.\s*$")


# A line of a report, never a photo's caption: its rubric ("Về sản xuất nông nghiệp.", "Về công tác
# hội …") or a figure it states ("… là 246 ha", "Toàn xã có 1.424 hội viên", "đạt 95%").
_RUBRIC = re.compile(r"^ve [a-z]")
_FIGURE = re.compile(
    r"\b(?:la|co|dat|dat duoc|gom|chiem|con)\s+(?:tren |gan |hon |khoang |tong so )?\d[\d.,]*(?:\s|%|$)"
)


def _report_line(text: str) -> bool:
    """A report's rubric, or a figure stated by a line with no word of what a photo shows ("Toàn
    cảnh hội nghị có 120 đại biểu" stays a caption)."""
    folded = fold(text)
    if len(text) > CAPTION_MAX:
        return False
    return bool(_RUBRIC.search(folded)) or (bool(_FIGURE.search(folded)) and not _CAPTION_WORDS.search(folded))


# A list's item: a dash, a plus, a bullet or a number first.
_LIST_ITEM = re.compile(r"^\s*(?:[-–+•*]|\d{1,2}[.)])\s+\S")
# A plan or a schedule: what is expected, from one day to another.
_SCHEDULE = re.compile(r"^du kien\b|\btu ngay \d{1,2}\b.{0,40}\bden ngay \d{1,2}\b")


def _list_goes_on(before: str, text: str) -> bool:
    """Two items of one list in a row, each opened by the same mark ("- 19h30’ …" / "- 14h00’ …"):
    a list that the text goes on with is text, never a photo's caption."""
    a, b = _LIST_ITEM.match(before), _LIST_ITEM.match(text)
    return bool(a and b) and before.lstrip()[:1] == text.lstrip()[:1]


# A news line that opens with its unit's name and a colon, then says what happened.
_PLACE_HEADLINE = re.compile(
    r"^(?:xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|tp\.?|tinh)\s+[^:]{2,30}:\s+(?:\S+\s+){4,}\S"
)


def _place_headline(text: str) -> bool:
    """ "Xã Thống Nhất: 12/12 thôn tổ chức thành công Hội nghị …": a headline's form (the unit, a
    colon, what happened), the page's subtitle or sapo; a photo's caption never opens so."""
    return bool(_PLACE_HEADLINE.match(fold(text))) and not _CAPTION_WORDS.search(fold(text.split(":", 1)[1]))


def _schedule_line(text: str) -> bool:
    return bool(_SCHEDULE.search(fold(text)))


def _lead_photo(units: list[tuple[str, list[int]]]) -> bool:
    """The lead picture's caption right under the title, before the lead ("Toàn cảnh hội nghị."):
    a few words that say what a photo shows, with or without a full stop, and a longer text after."""
    text = units[0][0]
    if len(units) >= 2 and _photo_scene(text) and len(units[1][0]) > 1.5 * len(text):
        return True  # "Chủ tịch … phát biểu khai mạc kỳ họp.": who does what, above a longer lead
    if len(units) < 2 or len(text.split()) > 8 or len(units[1][0]) < 3 * len(text):
        return False
    return _caption_sentence(text) or (is_caption(text) and bool(_CAPTION_WORDS.search(fold(text))))


# "… Trong ảnh: Chủ tịch Ủy ban MTTQ tỉnh … tặng hoa …": a caption that says who is in the picture.
_IN_PHOTO = re.compile(r"(?<!\w)(?:Trong ảnh|Ảnh trên|Ảnh dưới)\s*:", re.IGNORECASE)
_GALLERY = re.compile(r"^\W*mot so (?:hinh anh|anh)\b")
# A full stop glued to the next sentence's capital ("… chào cờ.Đồng chí …"): a gallery's captions
# run into one line when the page is copied.
_GLUED_STOP = re.compile(r"(?<=[^\W_]{2}\.)(?=[^\W\d_])")


def _glued_captions(text: str) -> bool:
    """Two or more captions run together ("Các đại biểu chào cờ.Đồng chí … phát biểu.Đoàn Chủ
    tịch điều hành đại hội."): each piece short, each after a lower-case word or a number (a
    term's years, "nhiệm kỳ 2025-2030.Đồng chí …") and its stop."""
    cuts = [
        m.start()
        for m in _GLUED_STOP.finditer(text)
        if (text[m.start() - 2].islower() or text[m.start() - 3 : m.start() - 1].isdigit())
        and text[m.start()].isupper()
    ]
    if len(cuts) < 2:
        return False
    pieces = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    return all(len(p) <= CAPTION_MAX for p in pieces)


def _printed_twice(text: str) -> bool:
    """A picture's alt text and its caption glued into one line ("Các đại biểu trao đổi bên lề Đại
    hội Các đại biểu trao đổi bên lề Đại hội."): the same words twice, four or more each time."""
    words = text.rstrip(" .").split()
    half = len(words) // 2
    return half >= 4 and len(words) == 2 * half and words[:half] == words[half:] and len(text) <= 2 * CAPTION_MAX


def _photo_words(text: str) -> bool:
    if _CAPTION_WORDS.search(fold(text)):
        return True
    return any(w in fields.SURNAMES for w in text.split()[:6])  # a person in the picture


def _title_continues(text: str, units: list[tuple[str, list[int]]]) -> bool:
    """ "… và đồng chí Vũ Khắc Hào" / "- Phó Bí thư …, Chủ tịch UBND phường chủ trì": a caption
    broken before the dash that gives the name its title."""
    last = units[-1][0].split()[-1] if units else ""
    return bool(fields.TITLE_AFTER.match(text)) and last[:1].isupper() and last[-1:].isalpha()


_LABEL = re.compile(r"^(\w+)\s*:\s*\S")


def _same_label(units: list[tuple[str, list[int]]], text: str) -> bool:
    """ "ảnh: quang cảnh đại hội" / "ảnh: các đại biểu …": a line that opens with the label the
    line above opened with is the next item of a run (two captions), never the first one's end."""
    this, above = _LABEL.match(text), _LABEL.match(units[-1][0]) if units else None
    return bool(this and above) and this.group(1).casefold() == above.group(1).casefold()


def _blocks(lines: list[Line], under_pictures: frozenset[int] = frozenset()) -> list[Block]:
    """Lines → paragraphs and captions. A line that starts in lower case, with a quote or a
    bracket, right after a line with no final punctuation continues it (captions are often
    split over two lines, and a photo credit "(Ảnh: …)" belongs to its caption)."""
    units: list[tuple[str, list[int]]] = []
    previous_blank = True
    for line in lines:
        text = line.text
        if not text:
            previous_blank = True
            continue
        # (a picture's address starts in lower case too, but it is no caption's second line)
        continues = text[0].islower() or text[0] in "“\"'(" or _title_continues(text, units)
        continues = continues and not layouts.is_url(text) and not _same_label(units, text)
        if (
            units
            and not previous_blank
            and continues
            and not _TERMINAL.search(units[-1][0])
            and not layouts.is_url(units[-1][0])
        ):
            units[-1] = (units[-1][0] + " " + text, units[-1][1] + [line.number])
        else:
            units.append((text, [line.number]))
        previous_blank = False
    blocks: list[Block] = []
    pending_image: str | None = None
    kinds = _kinds([u for u in units if not layouts.is_url(u[0])], under_pictures)
    texts = iter(kinds)
    for text, numbers in units:
        if layouts.is_url(text):
            if pending_image:
                blocks.append(Block("image", "", numbers, image=pending_image))
            pending_image = text
            continue
        kind = next(texts)
        if kind == "caption":
            blocks.append(Block("caption", text, numbers, image=pending_image))
        elif kind == "heading":
            if pending_image:
                blocks.append(Block("image", "", numbers, image=pending_image))
            blocks.append(Block("heading", text, numbers))
        else:
            if pending_image:
                blocks.append(Block("image", "", numbers, image=pending_image))
            blocks.append(Block("paragraph", text, numbers))
        pending_image = None
    if pending_image:
        blocks.append(Block("image", "", [], image=pending_image))
    return blocks


def _fill_fields(record: Record, config: Config) -> None:
    paragraphs = record.paragraphs
    title = record.title or ""
    body_text = "\n".join(b.text for b in record.blocks)
    if is_all_caps(title):  # kept as the portal wrote it: the editor knows which names are names
        record.notes.append(
            f'title: in capitals; in sentence case it would be title: "{sentence_case(title, body_text)}"'
        )
    if record.image is None:
        first = next((b for b in record.blocks if b.image), None)
        if first:
            record.image = first.image
            record.note("image", first.lines[0] if first.lines else None, "first image in the text")

    published = day_of(record.date) if record.date else None
    hint = year_named(title) if published is None else None
    archived = archive_year(body_text, published) if published is not None else None
    later_sitting = later_session(title + "\n" + body_text)  # "Kỳ họp thứ 12": not in the term's first year
    term = term_start(body_text) if published is None and not later_sitting else None
    # With no date on the page, nor a year in the title, a term or the meeting's sentence, the
    # one year the whole text names ("… của năm 2023" two paragraphs on) is the day's (a guess);
    # for a later session, the one year it names beside the term's span ("… năm 2025").
    term = term or (year_named(body_text) if published is None else None)
    term = term or (year_beside_terms(body_text) if published is None and later_sitting else None)
    due = deadline(body_text) if published is None else None
    as_of = reported_as_of(body_text) if published is None else None  # "Tính đến cuối tháng 2/2018, …"
    # A year-end report naming the year it reviews and the next: the day's month says which
    review = reviewed_years(body_text) if published is None and term is None and hint is None else None
    term = term or (review[0] if review else None)
    coming = coming_day(title, paragraphs[0].text, published) if published is not None and paragraphs else None
    if coming is not None:
        record.event_date = coming  # "… sẵn sàng cho ngày bầu cử": the event the report looks ahead to
        record.note("event_date", paragraphs[0].lines[0], "the coming day of the event the title looks ahead to", False)
    for block in paragraphs[:4] if coming is None else []:
        period = meeting_period(block.text, None if archived else published, archived or hint, term)
        if period is not None:
            later = "\n".join(b.text for b in record.blocks[record.blocks.index(block) + 1 :])
            if days_within(later, period) or _several_venues(block.text):
                record.notes.append(
                    f"event_date: meetings held from {period[0]} to {period[1]}, each on its own day: no one day"
                )
            else:
                record.event_date = period[0]
                record.note("event_date", block.lines[0], "the first day of the span the meeting was held in", False)
            break
        found = find_meeting_date(block.text, None if archived else published, archived or hint, term, due)
        if found and as_of is not None and found[0] > as_of:
            continue  # "Đại hội … diễn ra vào 24 - 25/05/2018" in a round-up as of February: still to come
        if found:
            record.event_date, inferred = found
            day = record.event_date
            if review and inferred and day.year == review[0] and not (day.month, day.day) == (2, 29):
                record.event_date = day.replace(year=year_of_review(day.month, review))
            elif inferred and published is None and not archived:
                record.event_date = after_review(day, year_end_review(title + "\n" + block.text))
            if not inferred:
                how, sure = "day in the text", True
            elif archived:
                how, sure = "day in the text, year of the period it reports (the page's date is later)", False
            elif published is not None:
                how, sure = "day in the text, year from the publication date", True
            else:
                how, sure = "day in the text, year from the title, its sentence or the text: check it", False
            record.note("event_date", block.lines[0], how, sure)
            break
    if record.event_date is None and says_held(title) and not record.found.get("event_date"):
        # a title that is the lead's sentence ("Sáng ngày 02/8/2023, Đảng ủy xã … tổ chức …", a CMS
        # that cuts the lead to make the headline) dates the meeting when the text does not
        found = find_meeting_date(title, None if archived else published, archived or hint, term, due)
        if found:
            reviewed = year_end_review(title) if found[1] and published is None and not archived else None
            record.event_date = after_review(found[0], reviewed)
            title_line = record.found["title"].line if record.found.get("title") else None
            record.note("event_date", title_line, "day in the title", not found[1])
    if record.event_date is None and (notice := notice_day(title, body_text, published)) is not None:
        record.event_date = notice  # "Thông báo tổ chức …", "Thời gian: … ngày 21/5/2015": the meeting to come
        record.note("event_date", None, "the day a notice gives the meeting it announces", False)
    if record.event_date is None and published is not None and paragraphs and not record.found.get("event_date"):
        lead = paragraphs[0]
        if _today_held(lead.text, title):
            record.event_date = published  # "Trong phiên làm việc sáng nay, …": the page's own day
            record.note("event_date", lead.lines[0], "“sáng nay” (this morning) in the lead: the page's day", False)
    if record.date is None and record.event_date is not None:
        record.date = record.event_date
        sure = record.found["event_date"].sure
        record.note("date", record.found["event_date"].line, "the meeting's date (no publication date)", sure)

    speakers: list[str] = []
    # "xã Đào Hữu Cảnh": a unit named after a person, written after its level word, is a place,
    # never one of the people
    units = {fold(p.name) for p in places.named_places(f"{title}\n{body_text}", whole_names=True)}
    for block in record.blocks:
        introduced = [(n, s, "after “đồng chí”") for n, s in fields.people(block.text)]
        whole = [n.split() for n, _, _ in introduced]
        introduced += [
            (n, s, "by a title or “ông/bà”")
            for n, s in fields.people_by_title(block.text, places.is_unit_name)
            # "Đồng chí Hà Hoàng Thanh Tâm - UV BCH …": the title reader's "Hoàng Thanh Tâm" (two family
            # names open the run) is the end of the name "đồng chí" gave whole: one person
            if not any(len(w) > len(n.split()) and w[-len(n.split()) :] == n.split() for w in whole)
        ]
        for name, spoke, how in introduced:
            if (
                spoke
                and name not in speakers
                and fold(name) not in units
                and not fields.stands_for_election(name, body_text)
            ):
                speakers.append(name)
                record.note(f"people:{name}", block.lines[0], f"chaired or spoke, named {how}")
    for name in fields.dialogue_holders(title, body_text):
        if name not in speakers:
            speakers.append(name)
            record.note(f"people:{name}", None, "holds the dialogue (named by the title it is held by)", False)
    for block in record.blocks:
        for name in fields.deputies_meeting_voters(title, block.text, places.is_unit_name):
            if name not in speakers and fold(name) not in units:
                speakers.append(name)
                record.note(f"people:{name}", block.lines[0], "one of the deputies who meet the voters", False)
    for name in fields.speakers_by_title_only(body_text):
        if name not in speakers:
            speakers.append(name)
            record.note(f"people:{name}", None, "chaired or spoke, named by a title the text gave that name", False)
    record.people = speakers

    candidates = [(b.text, b.lines[0], "organiser named in the text") for b in paragraphs[:3]]
    title_line = record.found["title"].line if "title" in record.found else None
    ordered = (
        [(text, line, how, True) for text, line, how in candidates]
        + [(title, title_line, "organiser named in the title", False)]
        + [(text, line, how, False) for text, line, how in candidates]
    )
    for text, number, how, organised in ordered:
        org = fields.organization(text, organised_only=organised)
        if org:
            record.organization = org
            record.note("organization", number, how)
            break

    prepared = fields.prepared_meetings(title, config)
    sources = [("title", title), ("text", "\n".join(b.text for b in paragraphs[:2]))]
    if fields.holds_session_or_congress(title):
        sources = sources[:1]  # "… khai mạc Kỳ họp thứ hai": a type the text names is the session's work
        if purpose := fields.session_purpose(sources[0][1] + "\n" + paragraphs[0].text if paragraphs else title):
            sources.append(("text (what the session is held for)", purpose))
    for source, text in sources:
        meeting = fields.meeting(text, config, prepared)
        if meeting:
            record.meeting = meeting
            record.note("meeting", None, f"named in the {source}")
            break

    year_review = "tổng kết" in config.meetings.types and "tổng kết" not in prepared
    if record.meeting is None and year_review and not fields.holds_session_or_congress(title):
        if fields.reviews_the_year(paragraphs[0].text if paragraphs else ""):
            record.meeting = "tổng kết"
            record.note(
                "meeting", None, "the lead says it reviews a year's work and plans the next (a tổng kết)", False
            )

    for tag, how in fields.tags(title, body_text, config):
        record.tags.append(tag)
        record.note(f"tags:{tag}", None, how)

    _fill_locality(record, body_text)


# "… tổ chức tiếp xúc cử tri … tại 07 khu phố", "… ở các thôn": meetings held in several places.
_SEVERAL_VENUES = re.compile(
    r"\b(?:tai|o) (?:\d+|cac|nhieu) "
    r"(?:khu pho|to dan pho|thon|ap|xom|ban|khom|diem|khu dan cu|don vi bau cu|xa|phuong)\b"
)


def _several_venues(text: str) -> bool:
    """Whether the span's first sentence says its meetings were held in several places: then the
    span holds several meetings, none of them the article's one day."""
    return bool(_SEVERAL_VENUES.search(fold(re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0])))


def _fill_locality(record: Record, body_text: str) -> None:
    title = places.recased(record.title or "", body_text)
    preferred = places.named_places(record.organization or "", True) + places.named_places(title, True)
    kicker = places.kicker_place(record.kicker) if record.kicker else None
    if kicker is not None:
        preferred.append(kicker)
    masthead = "\n".join(record.masthead)
    everything = "\n".join(filter(None, [record.title, record.publisher, masthead, body_text]))
    # With no date on the page, the days the text names in full say which structure it is written in.
    when = day_of(record.date) if record.date else latest_full_date(body_text)
    if when is None and (review := reviewed_years(body_text)) is not None:
        # "tình hình hoạt động năm 2025 và chương trình công tác năm 2026": a year-end report,
        # written at the end of the year it reviews (or early the next): that year's structure
        when = date(review[0], 12, 31)
    if when is None and places.written_after_reform(f"{title}\n{body_text}"):
        when = places.REFORM  # "Đại hội Đảng bộ xã lần thứ Nhất, nhiệm kỳ 2025-2030": a unit the reform formed
    # Units named only in an award list ("Bằng khen cho … Cục Hải quan TP Hồ Chí Minh") are
    # where the honoured work, not where the article happens.
    told = "\n".join(s for s in fields.sentences(everything) if not fields.is_award(s))
    body = places.named_places(told)
    opening = places.district_in_title(title) if when is None or when < places.REFORM else None
    if opening is not None:  # districts were abolished on 1 July 2025
        body.append(opening)  # "Hữu Lũng: …": in passing, so a commune the text names keeps its depth
    if not preferred and not body and (province := places.province_in_title(title)):
        record.locality = [province.title]
        record.note("locality", None, "a province's name in the title (no unit named with its level)", False)
        return
    if not preferred and kicker is None and body and _named_only_in_titles(told, body):
        why = "the text names its own unit by its level alone (a guest's title is elsewhere)"
        record.note("locality", None, why, False)
        return
    found = places.resolve(preferred, body, everything, record.source, when)
    found = places.voters_commune(found, body, everything, record.source, when)
    if record.organization is None:  # "Ban Dân vận Tỉnh ủy tổ chức …": a province's own meeting
        found = places.inside_passing_province(found, preferred, body, everything, record.source, when)
    site = record.site or _lead_tag(record)
    if site and (found is None or len(found.chain) == 1):
        by_site = places.site_unit(site, "\n".join(record.footer), everything, when)
        # "(hocmon.gov.vn) … Ban Dân vận Huyện ủy … TPHCM": the text names only the province, the
        # organiser by its level; the portal's address names a district of that province
        if by_site is not None and (found is None or by_site.chain[: len(found.chain)] == found.chain):
            found = by_site
    papers = [unit for a in [*record.authors, record.publisher or ""] if (unit := places.paper_unit(a))]
    if found is None and papers and not preferred and not body:
        # "Báo Sơn La" signing a text that names no place ("Ban Chấp hành Đảng bộ tỉnh"), or credited
        # as its source ("Theo binhdinh online"): the paper's province, as a station's name above the
        # title gives its district
        found = places.resolve(
            preferred, places.named_places(papers[0]), everything + "\n" + papers[0], record.source, when
        )
    if found is None:
        return
    record.locality = [places.plain(link) for link in found.chain]
    record.candidates = [[places.plain(link) for link in chain] for chain in found.candidates]
    record.notes.extend(found.notes)
    # with no organiser named, the head who chairs ("Phó Chủ tịch UBND tỉnh … chủ trì") says whose meeting it is
    lead = record.paragraphs[0].text if record.paragraphs else ""
    organiser = record.organization or fields.chairing_organ(f"{record.title or ''}\n{lead}") or ""
    level = _organiser_level(organiser, found.chain) if not preferred else None
    if level is not None and len(found.chain) > level:
        # "Hội Nông dân tỉnh tổ chức …, đại hội điểm Hội Nông dân huyện Lục Ngạn": a province's
        # body, whose round-up names its districts: the locality is the organiser's province
        record.locality = found.chain[:level]
        record.note("locality", None, found.why + ", cut to the organiser's level (“… tỉnh”)", found.sure)
    elif found.chain:
        record.note("locality", None, found.why, found.sure)
    _round_up(record, everything, when)


# A person named with the title after the name ("đồng chí Lưu Thị Thu-UV BCH, Phó Trưởng Ban công tác
# Nông dân thành phố Hà Nội;"): the stretch up to the clause's end is their title.
_TITLE_STRETCH = re.compile(r"(?:[Đđ]ồng chí|[Đđ]/c|[Ôô]ng|[Bb]à)\s+(?:[A-ZĐÀ-Ỹ][\w’']*\s*){2,4}\s*[-–,]\s*[^;.\n]*")
_LOCAL_LEVELS = frozenset({"xã", "phường", "thị trấn"})
# "Chủ tịch HĐND xã", "Hội Nông dân xã phát biểu": an organ of the commune or ward named by its level
# alone (no name after it: not "xã Tân Lập", "UBND xã 9")
_OWN_BY_LEVEL = re.compile(
    r"(?<!\w)(?:HĐND|UBND|MTTQ|Đảng [ủu]y|Đảng uỷ|[Nn]ông dân|[Pp]hụ nữ|[Cc]ựu chiến binh|[Tt]hanh niên)\s+"
    r"(?:xã|phường|thị trấn)(?!\w)(?!\s+[A-ZĐÀ-Ỹ\d])"
)


def _named_only_in_titles(text: str, named: list[places.Place]) -> bool:
    """Whether every unit the text names is above a commune and named only in people's titles (a guest
    from the city, a superior), while the text speaks of its own commune by the level alone ("Chủ tịch
    HĐND xã"): a place in a guest's title is not where the meeting is."""
    if any(p.level in _LOCAL_LEVELS for p in named):
        return False
    rest = _TITLE_STRETCH.sub(" ", text)
    return not places.named_places(rest) and bool(_OWN_BY_LEVEL.search(text))


# A paragraph that opens like a lead ("Ngày 17-10, …", "* Sáng 5/3, …"): in a paper's round-up,
# the report of another unit's meeting.
_ANOTHER_LEAD = re.compile(
    r"^\W{0,3}(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?\d{1,2}\s*[-/.]\s*\d{1,2}(?:\s*[-/.]\s*\d{2,4})?\s*,",
    re.IGNORECASE,
)


def _round_up(record: Record, everything: str, when: date | None) -> None:
    """A round-up of meetings the same kind of unit held ("Ngày 17-10, Đảng ủy xã Kim Long … tổ
    chức …" / "* Ngày 17-10, Đảng ủy xã Thái Mỹ … tổ chức …"): the locality is the parent their
    chains share, not the first unit's; none when they share none."""
    if not record.locality or not record.organization:
        return
    own = places.named_places(record.organization, True)
    if not own:
        return
    target = own[-1]
    others: list[places.Place] = []
    for block in record.paragraphs[1:]:
        opening = _ANOTHER_LEAD.match(block.text)
        held = re.search(r"\s(?:đã\s+|vừa\s+)?tổ chức\s", block.text[:160]) if opening else None
        if held is None:
            continue
        # the organiser between the day and "tổ chức" ("Đảng ủy xã Thái Mỹ, TPHCM tổ chức")
        organs = [p for p in places.named_places(block.text[opening.end() : held.start()], True) if p.organ]
        for place in organs[:1]:
            if place.level == target.level and fold(place.name) != fold(target.name) and place not in others:
                others.append(place)
    if not others:
        return
    shared = list(record.locality)
    for place in others:
        other = places.resolve([place], [], everything, record.source, when)
        chain = [places.plain(link) for link in other.chain] if other is not None else []  # as record.locality
        while shared and shared != chain[: len(shared)]:
            shared.pop()
    if shared == record.locality:
        return
    names = ", ".join(p.title for p in [target, *others])
    record.locality = shared
    how = f"a round-up of meetings of {names}: " + ("the parent they share" if shared else "no parent they share")
    record.found.pop("locality", None)
    record.note("locality", None, how, False)
    if not shared:
        record.notes.append(f"locality: {how}; choose with --locality")


# An organiser named by its level alone, with no unit's name ("Hội Nông dân tỉnh", "UBND huyện").
_ORGANISER_LEVEL = re.compile(r"(?<!\w)(tỉnh|huyện|quận|thị xã|thành phố)$", re.IGNORECASE)


def _lead_tag(record: Record) -> str | None:
    """The address of a Vietnamese portal that tags the lead: "(hocmon.gov.vn) Ngày 11/4 …"."""
    first = record.paragraphs[0].text if record.paragraphs else ""
    m = _LEAD_TAG.match(first)
    address = m.group(1) if m else None  # None for a paper's initials
    return address.casefold() if address and address.casefold().endswith(".vn") else None


def _organiser_level(organization: str, chain: list[str]) -> int | None:
    """How many links of a chain an organiser named by its level keeps: 1 for a province's, 2
    for a district's, down to the last city of the chain for a city's ("Hội Cựu chiến binh thành
    phố" of Hội An, or of Hà Nội); None when it names its unit or no level."""
    m = _ORGANISER_LEVEL.search(organization.strip())
    if m is None:
        return None
    level = m.group(1).casefold()
    if level == "thành phố":
        cities = [i for i, link in enumerate(chain) if link.startswith("Thành phố")]
        return cities[-1] + 1 if cities else None
    return 1 if level == "tỉnh" else 2
