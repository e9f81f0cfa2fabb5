"""The per-file report: each field found and where, each field missing, each line dropped."""

from __future__ import annotations

from datetime import datetime

from .record import Record

# Fields an editor should fill in by hand when the text does not give them.
FIELDS = (
    "title",
    "date",
    "event_date",
    "author",
    "source",
    "image",
    "people",
    "organization",
    "locality",
    "meeting",
    "tags",
)
_HINTS = {
    "date": "add date: yyyy-mm-dd (the build needs it)",
    "locality": 'use --locality "Tỉnh …/Huyện …" or add locality: [...]',
}


def lines(record: Record, path: str) -> list[str]:
    out = [f"  layout: {record.layout}"]
    values = {
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
    missing = []
    for name, value in values.items():
        if not value:
            if name in FIELDS:
                missing.append(name)
            continue
        out.append(f"  found {name}: {value}{_where(record, name)}")
    captions = record.captions
    if captions:
        out.append(
            f"  found captions: {len(captions)} (lines " + ", ".join(str(c.lines[0]) for c in captions if c.lines) + ")"
        )
    out.append(f"  body: {len(record.paragraphs)} paragraphs")
    for name in missing:
        hint = _HINTS.get(name, "fill it in by hand if you know it")
        out.append(f"  missing {name}: not in the text ({hint})")
    for note in record.notes:
        out.append(f"  note {note}")
    for dropped in record.dropped:
        out.append(f"  dropped line {dropped.number} ({dropped.reason}): {_short(dropped.text)}")
    return out


def _where(record: Record, name: str) -> str:
    keys = [k for k in record.found if k == name or k.startswith(name + ":")]
    if name == "author":
        keys = ["author"] if "author" in record.found else []
    parts = []
    for key in keys:
        found = record.found[key]
        where = f"line {found.line}, " if found.line else ""
        label = key.split(":", 1)[1] + ": " if ":" in key else ""
        parts.append(f"{label}{where}{found.how}")
    if not parts:
        return ""
    return " (" + "; ".join(dict.fromkeys(parts)) + ")"


def _when(value) -> str | None:
    if value is None:
        return None
    return value.isoformat(timespec="seconds") if isinstance(value, datetime) else value.isoformat()


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
