"""Metamorphic checks of the importer: `python3 -m tests.importer.perturb [--split S] [--details]`.

Each corpus article is imported as it is and again after a change a desk would not notice
(CRLF line ends, spaces at the ends of lines, blank lines doubled or removed between paragraphs,
another portal's share bar, breadcrumb or related list around it, its date line written in another
format the importer reads, its byline moved from under the title to the end). The answers must not
move: every field, and every line's kind (paragraph, caption, heading) in the body. No hand-written
answer is needed; the original's import is the expected one. Prints each change found and a count
per transformation.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sitegen.config import Config
from sitegen.importer import import_text
from sitegen.importer.decode import decode
from sitegen.importer.fields import byline, is_person_name
from sitegen.importer.record import Record

from .score import FIELDS, SPLITS, cases

_BODY_KINDS = ("paragraph", "caption", "heading")


@dataclass(frozen=True)
class Outcome:
    """What a desk reads of one import: its fields and the kind of each line of the body."""

    fields: dict[str, str]
    body: Counter  # (kind, text) → how many times


def _canon(text: str) -> str:
    """The text as the comparison sees it: quotes, dashes and the ellipsis in one form each (some
    transformations retype them), spaces collapsed."""
    text = re.sub("[“”]", '"', text).replace("…", "...").replace("–", "-")
    return " ".join(text.split())


def read(text: str) -> tuple[Record, Outcome]:
    """Import a paste as `build.py import` would (bytes decoded first) and take its outcome."""
    record = import_text(decode(text.encode("utf-8")), Config())
    values = {
        "title": _canon(record.title or ""),
        "date": record.date.isoformat()[:16] if record.date else "",
        "event_date": record.event_date.isoformat() if record.event_date else "",
        "author": " | ".join(sorted(record.authors)),
        "people": " | ".join(sorted(record.people)),
        "locality": " / ".join(record.locality),
        "meeting": record.meeting or "",
    }
    body = Counter((b.kind, _canon(b.text)) for b in record.blocks if b.kind in _BODY_KINDS)
    return record, Outcome(values, body)


def changes(before: Outcome, after: Outcome) -> list[str]:
    """Every field that moved, and every body line whose kind moved (or that came or went)."""
    found = [
        f"{name}: {before.fields[name]!r} → {after.fields[name]!r}"
        for name in FIELDS
        if before.fields[name] != after.fields[name]
    ]
    gone, came = before.body - after.body, after.body - before.body
    found += [f"{kind} lost: {text[:90]}" for kind, text in sorted(gone)]
    found += [f"{kind} added: {text[:90]}" for kind, text in sorted(came)]
    return found


# --- the transformations: (text, record of the original) → the variant, or None where it does not apply


def crlf(text: str, _: Record) -> str | None:
    return text.replace("\n", "\r\n")


def trailing_spaces(text: str, _: Record) -> str | None:
    """Spaces and no-break spaces at the ends of lines, and a no-break space indenting each line."""
    return "\n".join(f"\u00a0{line} \u00a0 " if line.strip() else line for line in text.split("\n"))


def blank_lines_doubled(text: str, _: Record) -> str | None:
    return re.sub(r"\n[ \t]*\n", "\n\n\n", text) if "\n\n" in text else None


# A paragraph's end and the next one's capital: a blank line between them can go.
_PARAGRAPH_GAP = re.compile(r"(?<=[.!?…])([ \t]*\n)[ \t]*\n(?=[A-ZĐÀ-Ỹ])")


def blank_lines_removed(text: str, _: Record) -> str | None:
    """The blank line between two paragraphs (a full stop above, a capital below) taken out."""
    variant = _PARAGRAPH_GAP.sub(r"\1", text)
    return variant if variant != text else None


_SHARE_BAR = "Chia sẻ\nFacebook Twitter\nZalo"
_BREADCRUMB = "Trang chủ > Tin tức > Hoạt động cơ sở"
_PRINT_BAR = "Tăng cỡ chữ Giảm cỡ chữ Gửi thư In"
_FOOTER = (
    "Bản quyền thuộc về Ủy ban nhân dân xã\n"
    "Địa chỉ: Số 1 đường Trần Phú, thị trấn\n"
    "Điện thoại: 0236.3812345 - Email: ubnd@gmail.com"
)
_DATED_RELATED = (
    "Các tin khác\n\n"
    "Hội nghị triển khai nhiệm vụ công tác năm 2024 (12/01/2024)\n"
    "Ra quân tổng vệ sinh môi trường khu dân cư (05/01/2024)\n"
    "Trao quà cho hộ nghèo nhân dịp Tết Nguyên đán (28/12/2023)"
)
_RELATED = (
    "Tin liên quan\n\n"
    "Hội nghị triển khai nhiệm vụ công tác năm 2024\n\n"
    "Ra quân tổng vệ sinh môi trường khu dân cư\n\n"
    "Trao quà cho hộ nghèo nhân dịp Tết Nguyên đán"
)

# Linked headlines with no heading over them, one to a line (a box of related news).
_HEADLINES = (
    "Huyện Tân Phước phát động tháng cao điểm an toàn giao thông năm 2024\n"
    "Tân Phước: Công bố quyết định thành lập chi bộ khu phố mới\n"
    "Nông dân xã Mỹ Phước chuyển đổi cây trồng trên đất lúa kém hiệu quả"
)


def headlines_in_the_text(text: str, record: Record) -> str | None:
    """A box of linked headlines set right under the lead, with no blank line before it."""
    lead = next((b for b in record.blocks if b.kind == "paragraph" and b.lines), None)
    title = record.found.get("title")
    if record.untitled or lead is None or not re.search(r"[.!?…]['\"”’)]*$", lead.text):
        return None
    if title is not None and title.line in lead.lines:
        return None  # a page stored on one line (title, date and text): no line to set a box under
    lines = text.split("\n")
    lines[lead.lines[-1] : lead.lines[-1]] = [*_HEADLINES.split("\n"), ""]
    return "\n".join(lines)


# Another portal's menu printed as a dashed list, its who's-online box, its font bar's size label.
_DASHED_MENU = "- TRANG CHỦ\n- GIỚI THIỆU\n- Tin tức - Sự kiện\n- Văn bản pháp luật\n- Thủ tục hành chính\n- Liên hệ"
_ONLINE_BOX = "Truy cập hiện tại\n\nĐang có 23 khách và 1 thành viên đang online"
_SIZE_LABEL = "A-\n100%\nA+"

_TAGS = "Từ khóa: hội nghị, Mặt trận, tổng kết"
_COMMENTS = "Ý kiến bạn đọc\n\nViết bình luận\n\nHọ và tên\n\nGửi"


def _on_top(block: str) -> Callable[[str, Record], str | None]:
    """Another portal's furniture above the paste."""
    return lambda text, _: f"{block}\n\n{text}"


def _at_the_end(block: str) -> Callable[[str, Record], str | None]:
    """Another portal's furniture under the paste."""
    return lambda text, _: f"{text.rstrip()}\n\n{block}\n"


def counter_glued_to_date(text: str, record: Record) -> str | None:
    """The date line with a view counter after it ("15/03/2024 16:42 | Lượt xem: 95")."""
    where = _date_line(text, record)
    if where is None:
        return None
    return _rewrite_line(text, where[0], text.split("\n")[where[0]].rstrip() + " | Lượt xem: 95")


# A line holding only a day (and a time, a weekday, a "published" label): "15/03/2024",
# "Thứ Năm, 15/03/2024, 16:42", "16:42, 15-03-2024", "2024-03-15", "Cập nhật lúc: 16:42 15/03/2024".
_DAY = re.compile(
    r"(?<!\d)(?:(?P<d>\d{1,2})[/-](?P<mo>\d{1,2})[/-](?P<y>\d{4})|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2}))(?!\d)"
)
_TIME = re.compile(r"(?<![\d/-])(?P<h>\d{1,2}):(?P<m>\d{2})(?::\d{2})?(?![\d/-])")
_DATE_WORDS = re.compile(
    r"(?i)\b(?:thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật|ngày đăng|đăng ngày|ngày|cập nhật(?: lúc)?|đăng lúc|gmt\+7)\b"
)
_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def _date_line(text: str, record: Record) -> tuple[int, date, str | None] | None:
    """The index of the line that gave the publication date, when it holds only a day (a time, a
    weekday, a label), with the day and the time ("16:42")."""
    found = record.found.get("date")
    lines = text.split("\n")
    if found is None or found.line is None or found.line > len(lines) or found.how != "date line":
        return None
    line = lines[found.line - 1]
    day, time = _DAY.search(line), _TIME.search(line)
    rest = _DATE_WORDS.sub("", _TIME.sub("", _DAY.sub("", line)))
    if day is None or re.search(r"\w", rest):
        return None
    try:
        when = date(int(day["y"] or day["iy"]), int(day["mo"] or day["im"]), int(day["d"] or day["id"]))
    except ValueError:
        return None
    return found.line - 1, when, f"{int(time['h']):02d}:{time['m']}" if time else None


def _with_date(form: Callable[[date, str | None], str | None]) -> Callable[[str, Record], str | None]:
    def rewrite(text: str, record: Record) -> str | None:
        where = _date_line(text, record)
        if where is None:
            return None
        index, day, time = where
        line = form(day, time)
        return None if line is None else _rewrite_line(text, index, line)

    return rewrite


def _slashed(day: date, time: str | None) -> str:
    return f"{day:%d/%m/%Y}" + (f" {time}" if time else "")


def _dashed(day: date, time: str | None) -> str:
    return f"{day:%d-%m-%Y}" + (f" {time}" if time else "")


def _weekday(day: date, time: str | None) -> str | None:
    return f"{_WEEKDAYS[day.weekday()]}, {day:%d/%m/%Y} | {time}" if time else None


def _in_words(day: date, time: str | None) -> str | None:
    return None if time else f"Ngày đăng: {day.day} tháng {day.month} năm {day.year}"


def _iso(day: date, time: str | None) -> str | None:
    return f"{day:%Y-%m-%d} {time}:00" if time else f"{day:%Y-%m-%d}"


def date_above_title(text: str, record: Record) -> str | None:
    """The date line (a day alone) moved from under the title to right above it."""
    where, title = _date_line(text, record), record.found.get("title")
    if where is None or title is None or title.line is None or title.line > where[0]:
        return None
    lines = text.split("\n")
    moved = lines.pop(where[0])
    lines.insert(title.line - 1, moved)
    return "\n".join(lines)


def view_counter(text: str, record: Record) -> str | None:
    """A view counter ("Lượt xem: 125") under the date line."""
    where = _date_line(text, record)
    if where is None:
        return None
    lines = text.split("\n")
    lines.insert(where[0] + 1, "Lượt xem: 125")
    return "\n".join(lines)


def no_blank_lines(text: str, _: Record) -> str | None:
    """Every blank line taken out (a copy that keeps line breaks only)."""
    variant = re.sub(r"\n(?:[ \t]*\n)+", "\n", text)
    return variant if variant != text else None


def blank_lines_around(text: str, _: Record) -> str | None:
    return f"\n\n\n{text.rstrip()}\n\n\n\n"


def straight_quotes(text: str, _: Record) -> str | None:
    """Curly quotes typed straight, and the ellipsis as three dots."""
    variant = re.sub("[“”]", '"', text).replace("…", "...")
    return variant if variant != text else None


def en_dashes(text: str, _: Record) -> str | None:
    """A spaced hyphen typed as an en dash ("2020 - 2025" → "2020 – 2025")."""
    variant = text.replace(" - ", " – ")
    return variant if variant != text else None


def title_twice(text: str, record: Record) -> str | None:
    """The title printed again right under itself (a portal's heading over the article's)."""
    title = record.found.get("title")
    if title is None or title.line is None or record.untitled:
        return None
    lines = text.split("\n")
    if re.search(r"[.!?…]$", lines[title.line - 1].strip()):
        return None  # a title with a full stop may be the lead's sentence too: the importer keeps it
    if " ".join(lines[title.line - 1].split()) != " ".join(record.title.split()):
        return None  # the title's line holds more than the title (a page stored on one line)
    lines.insert(title.line, lines[title.line - 1])
    return "\n".join(lines)


def picture_addresses(text: str, record: Record) -> str | None:
    """Each caption under the address of its picture (a paste that kept the images' URLs)."""
    firsts = {b.lines[0] for b in record.blocks if b.kind == "caption" and b.lines and b.image is None}
    if not firsts or record.untitled:  # (a paste that lost its title: its first caption stands in)
        return None
    out = []
    for number, line in enumerate(text.split("\n"), 1):
        if number in firsts:
            out.append(f"https://portal.gov.vn/uploads/news/2024/anh-{number}.jpg")
        out.append(line)
    return "\n".join(out)


def decomposed(text: str, _: Record) -> str | None:
    """The text in NFD (a Mac's clipboard): every mark a character of its own."""
    return unicodedata.normalize("NFD", text)


def zero_width(text: str, _: Record) -> str | None:
    """A zero-width space after each line's first word and a soft hyphen in its second."""
    out = []
    for line in text.split("\n"):
        words = line.split(" ")
        if len(words) > 2 and len(words[1]) > 3:
            words[0] += "\u200b"
            words[1] = words[1][:2] + "\u00ad" + words[1][2:]
        out.append(" ".join(words))
    return "\n".join(out)


def _author_line(text: str, record: Record, how: str) -> int | None:
    """The index of the line the author was read from, when read the way named."""
    found = record.found.get("author")
    if found is None or found.line is None or found.line > len(text.split("\n")) or found.how != how:
        return None
    return found.line - 1


def _rewrite_line(text: str, index: int, line: str) -> str:
    lines = text.split("\n")
    lines[index] = line
    return "\n".join(lines)


def byline_relabelled(text: str, record: Record) -> str | None:
    """A labelled byline's label retyped ("Tác giả: X" → "Tin, ảnh: X", and the other way)."""
    index = _author_line(text, record, "byline")
    if index is None:
        return None
    line = text.split("\n")[index].strip()
    label, sep, names = line.partition(":")
    if not sep or "|" in names or "Ngày" in names:
        return None
    other = "Tin, ảnh" if label.strip().casefold() != "tin, ảnh" else "Tác giả"
    return _rewrite_line(text, index, f"{other}: {names.strip()}")


def signature_in_capitals(text: str, record: Record) -> str | None:
    """A person's name alone on the last line typed in capitals ("Minh Hà" → "MINH HÀ"); a body's
    name in capitals stays in capitals ("BAN DÂN VẬN"), so it is left as it is."""
    index = _author_line(text, record, "name alone on the last line")
    if index is None or record.authors != [text.split("\n")[index].strip()] or not is_person_name(record.authors[0]):
        return None
    return _rewrite_line(text, index, text.split("\n")[index].strip().upper())


def signature_bracketed(text: str, record: Record) -> str | None:
    """A name alone on the last line in brackets ("Minh Hà" → "(Minh Hà)")."""
    index = _author_line(text, record, "name alone on the last line")
    if index is None or record.authors != [text.split("\n")[index].strip()]:
        return None
    return _rewrite_line(text, index, f"({record.authors[0]})")


def source_after_signature(text: str, record: Record) -> str | None:
    """ "Nguồn: Cổng thông tin điện tử huyện" under a name signing the text."""
    if _author_line(text, record, "name alone on the last line") is None:
        return None
    return f"{text.rstrip()}\nNguồn: Cổng thông tin điện tử huyện\n"


def signature_to_top(text: str, record: Record) -> str | None:
    """A person's name signing the text moved from the end to right under the title (or its date
    line, when that is under the title)."""
    index = _author_line(text, record, "name alone on the last line")
    title, dated = record.found.get("title"), record.found.get("date")
    if index is None or title is None or title.line is None or not is_person_name(record.authors[0]):
        return None
    if record.untitled:
        return None  # no title line: the name would land under the lead, where a caption stands
    lines = text.split("\n")
    if any(re.fullmatch(r"\s*\d{1,7}\s*", ln) for ln in lines[index + 1 :]):
        return None  # the signature's view counter ("313") under it: the name does not move alone
    name = lines.pop(index).strip()
    dated = None if dated and dated.how.startswith("the meeting's date") else dated  # the lead's, no date line
    under = dated.line if dated and dated.line and title.line < dated.line <= title.line + 3 else title.line
    if under > index:
        return None
    lines[under:under] = [name]
    return "\n".join(lines)


def byline_moved(text: str, record: Record) -> str | None:
    """A labelled byline ("Tác giả: …", "Tin, ảnh: …") under the title moved to the end, or one at
    the end moved under the title."""
    found = record.found.get("author")
    lines = text.split("\n")
    if found is None or found.line is None or found.line > len(lines):
        return None
    index = found.line - 1
    if not byline(lines[index].strip()):
        return None
    moved = lines[index].strip()
    rest = lines[:index] + lines[index + 1 :]
    first_text = min((b.lines[0] for b in record.blocks if b.kind == "paragraph" and b.lines), default=None)
    if first_text is not None and found.line < first_text:  # under the title: to the end
        return "\n".join(rest).rstrip() + f"\n\n{moved}\n"
    title = record.found.get("title")
    if title is None or title.line is None or title.line >= found.line:
        return None
    return "\n".join(rest[: title.line] + ["", moved] + rest[title.line :])


PERTURBATIONS: dict[str, Callable[[str, Record], str | None]] = {
    "crlf": crlf,
    "trailing_spaces": trailing_spaces,
    "blank_lines_doubled": blank_lines_doubled,
    "blank_lines_removed": blank_lines_removed,
    "breadcrumb_on_top": _on_top(_BREADCRUMB),
    "share_bar_on_top": _on_top(_SHARE_BAR),
    "share_bar_at_the_end": _at_the_end(_SHARE_BAR),
    "related_at_the_end": _at_the_end(_RELATED),
    "dated_related_at_the_end": _at_the_end(_DATED_RELATED),
    "headlines_at_the_end": _at_the_end(_HEADLINES),
    "headlines_in_the_text": headlines_in_the_text,
    "tags_at_the_end": _at_the_end(_TAGS),
    "comments_at_the_end": _at_the_end(_COMMENTS),
    "print_bar_on_top": _on_top(_PRINT_BAR),
    "dashed_menu_on_top": _on_top(_DASHED_MENU),
    "online_box_on_top": _on_top(_ONLINE_BOX),
    "size_label_on_top": _on_top(_SIZE_LABEL),
    "footer_at_the_end": _at_the_end(_FOOTER),
    "decomposed": decomposed,
    "blank_lines_around": blank_lines_around,
    "no_blank_lines": no_blank_lines,
    "straight_quotes": straight_quotes,
    "en_dashes": en_dashes,
    "title_twice": title_twice,
    "picture_addresses": picture_addresses,
    "zero_width": zero_width,
    "date_slashed": _with_date(_slashed),
    "date_dashed": _with_date(_dashed),
    "date_weekday": _with_date(_weekday),
    "date_iso": _with_date(_iso),
    "date_in_words": _with_date(_in_words),
    "date_above_title": date_above_title,
    "view_counter": view_counter,
    "counter_glued_to_date": counter_glued_to_date,
    "byline_moved": byline_moved,
    "byline_relabelled": byline_relabelled,
    "signature_in_capitals": signature_in_capitals,
    "signature_bracketed": signature_bracketed,
    "source_after_signature": source_after_signature,
    "signature_to_top": signature_to_top,
}


@dataclass
class Finding:
    case: str
    perturbation: str
    changes: list[str]


def check(case: Path) -> tuple[list[str], list[Finding]]:
    """Every transformation that applies to one article: those that applied, and those that moved
    something."""
    text = case.read_text(encoding="utf-8")
    record, expected = read(text)
    applied: list[str] = []
    findings: list[Finding] = []
    for name, transform in PERTURBATIONS.items():
        variant = transform(text, record)
        if variant is None or variant == text:
            continue
        applied.append(name)
        moved = changes(expected, read(variant)[1])
        if moved:
            findings.append(Finding(f"{case.parent.name}/{case.stem}", name, moved))
    return applied, findings


def run(splits: list[str]) -> tuple[int, Counter, list[Finding]]:
    """(articles, variants imported per transformation, findings) over the splits."""
    articles = 0
    variants: Counter = Counter()
    findings: list[Finding] = []
    for split in splits:
        for case in cases(split):
            applied, found = check(case)
            articles += 1
            variants.update(applied)
            findings += found
    return articles, variants, findings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", action="append", choices=SPLITS, help="one split (repeatable); all by default")
    parser.add_argument("--details", action="store_true", help="print every change, not only the counts")
    args = parser.parse_args(argv)
    articles, variants, findings = run(args.split or list(SPLITS))
    by_kind = Counter(f.perturbation for f in findings)
    fields_moved = Counter(c.split(":", 1)[0] for f in findings for c in f.changes if c.split(":", 1)[0] in FIELDS)
    lines_moved = sum(1 for f in findings for c in f.changes if c.split(":", 1)[0] not in FIELDS)
    if args.details:
        for f in findings:
            print(f"{f.case} [{f.perturbation}]")
            for c in f.changes:
                print(f"    {c}")
    print(f"{articles} articles, {variants.total()} variants; {len(findings)} variants changed something")
    moved = dict(sorted(fields_moved.items()))
    print(f"fields changed: {sum(fields_moved.values())} ({moved}); body lines changed: {lines_moved}")
    for name in PERTURBATIONS:
        print(f"  {name}: {by_kind.get(name, 0)} of {variants.get(name, 0)} variants changed")
    return 0 if not findings else 1


if __name__ == "__main__":
    sys.exit(main())
