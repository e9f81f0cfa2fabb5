"""The per-file report: first a short "check these" list (fields missing or guessed), then each
field found with the line it came from and how, then the optional fields not found (one line),
then the lines dropped as page furniture."""

from __future__ import annotations

from datetime import datetime

from .record import Record

# Fields the editor is told about when the text does not give them, and how to fill them in.
_NEEDED = {
    "date": "add date: yyyy-mm-dd (until then the file is a draft the build skips)",
    "locality": 'use --locality "Tỉnh …/Huyện …" or add locality: [...]',
}
_OPTIONAL = ("event_date", "author", "people", "organization", "meeting", "source", "image", "tags")


def lines(record: Record, path: str) -> list[str]:
    values = _values(record)
    check: list[str] = []
    if record.untitled:
        check.append("title: no title line in the text: write it (until then the file is a draft the build skips)")
    for name, hint in _NEEDED.items():
        if not values.get(name) and not (name == "locality" and _locality_notes(record)):
            check.append(f"{name}: not found in the text: {hint}")
    for key, found in record.found.items():
        if not found.sure:
            name = key.split(":", 1)[0]
            value = key.split(":", 1)[1] if ":" in key else values.get(name, "")
            where = f"line {found.line}, " if found.line else ""
            check.append(f"{name}: {value} ({where}{found.how}): a guess, check it")
    check += [note.removeprefix("locality: ") for note in _locality_notes(record)]
    out = [f"  layout: {record.layout}"]
    if check:
        out.append("  check these:")
        out += [f"    {line}" for line in check]
    for name, value in values.items():
        if value:
            out.append(f"  found {name}: {value}{_where(record, name)}")
    captions = record.captions
    if captions:
        numbers = ", ".join(str(c.lines[0]) for c in captions if c.lines)
        out.append(f"  found captions: {len(captions)} (lines {numbers})")
    out.append(f"  body: {len(record.paragraphs)} paragraphs")
    absent = [name for name in _OPTIONAL if not values.get(name)]
    if absent:
        out.append("  not found (optional): " + ", ".join(absent))
    for note in record.notes:
        if not note.startswith("locality: "):
            out.append(f"  note {note}")
    for dropped in record.dropped:
        out.append(f"  dropped line {dropped.number} ({dropped.reason}): {_short(dropped.text)}")
    return out


def _values(record: Record) -> dict[str, str | None]:
    return {
        "title": record.title,
        "date": _when(record.date),
        "event_date": _when(record.event_date),
        "author": ", ".join(record.authors),
        "source": record.source,
        "image": record.image,
        "people": ", ".join(record.people),
        "organization": record.organization,
        "locality": " › ".join(record.locality),
        "meeting": record.meeting,
        "tags": ", ".join(record.tags),
        "publisher": record.publisher,
    }


def _locality_notes(record: Record) -> list[str]:
    return [note for note in record.notes if note.startswith("locality: ")]


def _where(record: Record, name: str) -> str:
    keys = [k for k in record.found if k == name or k.startswith(name + ":")]
    if name == "author":
        keys = ["author"] if "author" in record.found else []
    parts = []
    for key in keys:
        found = record.found[key]
        where = f"line {found.line}, " if found.line else ""
        label = key.split(":", 1)[1] + ": " if ":" in key else ""
        doubt = "; a guess" if not found.sure else ""
        parts.append(f"{label}{where}{found.how}{doubt}")
    if not parts:
        return ""
    return " (" + "; ".join(dict.fromkeys(parts)) + ")"


def _when(value) -> str | None:
    if value is None:
        return None
    return value.isoformat(timespec="seconds") if isinstance(value, datetime) else value.isoformat()


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
