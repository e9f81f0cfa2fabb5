"""Raw text → Record: furniture out, one front-end for the header, then the shared body,
tail and field rules. Pure: no file is read or written here."""

from __future__ import annotations

import re

from ..casing import is_all_caps, sentence_case
from ..config import Config
from . import fields, layouts, places
from .dates import day_of, find_meeting_date, parse_dateline
from .furniture import is_bar, is_breadcrumb, is_related_heading
from .record import Block, Line, Record

_TERMINAL = re.compile(r"[.!?…;:,]['\"”’»)\]]*$|\.\)$")
_CAPTION_START = re.compile(r"^\(?\s*Ảnh(?: minh họa| minh hoạ)?\s*:", re.IGNORECASE)
CAPTION_MAX = 220  # characters: a longer line without a full stop is still a paragraph


def parse(text: str, config: Config) -> Record:
    record = Record()
    lines = [Line(n, " ".join(raw.split())) for n, raw in enumerate(text.split("\n"), 1)]
    front = layouts.choose(lines)
    record.layout = front.name
    start = front.header(lines, record, config.tz)
    body = _cut_related(lines[start:], record)
    body = _tail(body, record)
    body = _metadata(body, record, config)
    record.blocks = _blocks(body)
    _fill_fields(record, config)
    return record


def _cut_related(lines: list[Line], record: Record) -> list[Line]:
    """Drop a related-news list ("Tin liên quan", "Các tin khác") and everything after it,
    and furniture lines anywhere."""
    kept: list[Line] = []
    for i, line in enumerate(lines):
        if not line.text:
            kept.append(line)
            continue
        if is_related_heading(line.text):
            for rest in lines[i:]:
                if rest.text:
                    record.drop(rest, "related-news list" if rest is not line else "related-news heading")
            break
        if is_bar(line.text):
            record.drop(line, "page furniture")
        elif is_breadcrumb(line.text):
            record.drop(line, "breadcrumb trail")
        else:
            kept.append(line)
    return kept


def _tail(lines: list[Line], record: Record) -> list[Line]:
    """Bylines, "Nguồn: …" and a name or signature alone at the end."""
    lines = list(lines)
    signed = False
    while lines:
        line = lines[-1]
        text = line.text
        if not text:
            lines.pop()
            continue
        names = fields.byline(text) or _photo_credit(text)
        source_name = fields.source_name(text)
        if names:
            _add_authors(record, names, line, "byline")
        elif source_name:
            if layouts.is_url(source_name):
                layouts.take_url(source_name, record, line)
            else:
                record.publisher = record.publisher or source_name
                record.note("publisher", line.number, "“Nguồn:” line")
        elif layouts.is_url(text):
            layouts.take_url(text, record, line)
        elif not signed and not record.authors and (signature := fields.signature(text)):
            _add_authors(record, signature, line, "name alone on the last line")
            signed = True
        else:
            break
        lines.pop()
    return lines


def _photo_credit(text: str) -> list[str] | None:
    m = re.match(r"^\(?\s*Ảnh\s*:\s*(.+?)\s*\)?$", text, re.IGNORECASE)
    if m and all(fields.signature(n) for n in fields.split_names(m.group(1))):
        return fields.split_names(m.group(1))
    return None


def _add_authors(record: Record, names: list[str], line: Line, how: str) -> None:
    record.authors.extend(n for n in names if n not in record.authors)
    record.note("author", line.number, how)


def _metadata(lines: list[Line], record: Record, config: Config) -> list[Line]:
    """Bylines, date lines and URLs standing alone inside the body are metadata too."""
    kept: list[Line] = []
    for line in lines:
        text = line.text
        names = fields.byline(text) if text else None
        dated = parse_dateline(text, config.tz) if text and len(text) <= 90 else None
        if names:
            _add_authors(record, names, line, "byline")
        elif dated is not None:
            layouts.take_date(dated, record, line, "date line")
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
    return len(text) <= CAPTION_MAX and len(text.split()) >= 2 and not _TERMINAL.search(text)


def _blocks(lines: list[Line]) -> list[Block]:
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
        continues = text[0].islower() or text[0] in "“\"'("
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
    for text, numbers in units:
        if layouts.is_url(text):
            if pending_image:
                blocks.append(Block("image", "", numbers, image=pending_image))
            pending_image = text
            continue
        if is_caption(text):
            blocks.append(Block("caption", text, numbers, image=pending_image))
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
    for block in paragraphs[:3]:
        found = find_meeting_date(block.text, published)
        if found:
            record.event_date, inferred = found
            how = "day in the text, year from the publication date" if inferred else "day in the text"
            record.note("event_date", block.lines[0], how)
            break
    if record.date is None and record.event_date is not None:
        record.date = record.event_date
        record.note("date", record.found["event_date"].line, "the meeting's date (no publication date)")

    speakers: list[str] = []
    for block in record.blocks:
        for name, spoke in fields.people(block.text):
            if spoke and name not in speakers:
                speakers.append(name)
                record.note(f"people:{name}", block.lines[0], "chaired or spoke")
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

    for source, text in (("title", title), ("text", "\n".join(b.text for b in paragraphs[:2]))):
        meeting = fields.meeting(text, config)
        if meeting:
            record.meeting = meeting
            record.note("meeting", None, f"named in the {source}")
            break

    for tag, how in fields.tags(title, body_text, config):
        record.tags.append(tag)
        record.note(f"tags:{tag}", None, how)

    _fill_locality(record, body_text)


def _fill_locality(record: Record, body_text: str) -> None:
    preferred = places.named_places(record.organization or "") + places.named_places(record.title or "")
    everything = "\n".join(filter(None, [record.title, record.publisher, body_text]))
    chain = places.choose(preferred, places.named_places(everything))
    titles = [p.title for p in chain]
    if chain:
        record.note("locality", None, "named in the " + ("organiser or title" if preferred else "text"))
    districts = [p for p in chain if places.rank(p) == places.DISTRICT]
    if districts and not any(places.rank(p) == places.PROVINCE for p in chain):
        found = places.province_of(districts[0], everything, record.source)
        if found:
            province, why = found
            titles.insert(0, province)
            record.notes.append(f"locality: added {province}: {why}")
        elif places.register_available():
            record.notes.append(
                f"locality: the text names no province for {districts[0].title}: "
                f'add it with --locality "Tỉnh …/{districts[0].title}"'
            )
    record.locality = titles
