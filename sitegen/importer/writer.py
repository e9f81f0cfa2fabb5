"""Record → Markdown with YAML frontmatter, and where the file goes under content/.

Caption convention (the build renders both, see sitegen/markup.py):
- a caption whose image URL is known: a paragraph that is only ``![caption](url "caption")``;
- a caption without its image (raw text loses images): a paragraph that is only
  ``*Ảnh: caption*``, which the build shows as a caption, not as body text.
"""

from __future__ import annotations

import re
from datetime import datetime

from ..frontmatter import flow_list, scalar
from ..urls import file_slug
from .record import Block, Record


def file_name(record: Record, number: int = 1) -> str:
    """ "2024-03-15-slug.md"; a second article that would get the same name gets "-2", and so on."""
    slug = file_slug(record.title or "") or "bai-viet"
    suffix = f"-{number}" if number > 1 else ""
    if record.date is None:
        return f"{slug}{suffix}.md"
    return f"{record.date:%Y-%m-%d}-{slug}{suffix}.md"


def render(record: Record) -> str:
    """The Markdown file: frontmatter in a fixed key order, then the body blocks."""
    out = ["---", f"title: {scalar(record.title or '')}"]
    if record.date is not None:
        value = (
            record.date.isoformat(timespec="seconds") if isinstance(record.date, datetime) else record.date.isoformat()
        )
        out.append(f"date: {value}")
    else:
        # The build needs a date: until the editor adds one the article is a draft it skips.
        out.append("# date: not found in the text: add the publication date, e.g. date: 2024-07-18")
    if record.untitled:
        out.append("# title: the paste had no title line: the lead's first words stand in; write the title")
    if record.date is None or record.untitled:
        out.append("draft: true")
    if record.event_date is not None:
        out.append(f"event_date: {record.event_date.isoformat()}")
    if record.locality:
        out.append(f"locality: {flow_list(record.locality)}")
    if record.organization:
        out.append(f"organization: {scalar(record.organization)}")
    if record.meeting:
        out.append(f"meeting: {scalar(record.meeting)}")
    if record.tags:
        out.append(f"tags: {flow_list(record.tags)}")
    if record.people:
        out.append(f"people: {flow_list(record.people)}")
    if record.authors:
        out.append(f"author: {scalar(record.authors[0]) if len(record.authors) == 1 else flow_list(record.authors)}")
    if record.source:
        out.append(f"source: {scalar(record.source)}")
    if record.image:
        out.append(f"image: {scalar(record.image)}")
    if record.publisher:
        out.append(f"publisher: {scalar(record.publisher)}")
    out.append("---")
    body = [block_markdown(b) for b in record.blocks]
    return "\n".join(out) + "\n\n" + "\n\n".join(b for b in body if b) + "\n"


def block_markdown(block: Block) -> str:
    if block.kind == "paragraph":
        return escape_paragraph(block.text)
    if block.kind == "heading":
        return "### " + escape_inline(block.text)
    if block.kind == "image":
        return f"![Ảnh]({_url(block.image or '')})"
    caption = escape_inline(block.text)
    if block.image:
        title = block.text.replace("\\", "\\\\").replace('"', '\\"')
        return f'![{caption}]({_url(block.image)} "{title}")'
    prefix = "" if re.match(r"^\(?\s*Ảnh", block.text, re.IGNORECASE) else "Ảnh: "
    return f"*{prefix}{caption}*"


def _url(url: str) -> str:
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")


_INLINE = re.compile(r"([\\`*_\[\]])")


def escape_inline(text: str) -> str:
    """Markdown's inline marks and raw HTML are kept as text."""
    return _INLINE.sub(r"\\\1", text).replace("<", "&lt;")


def escape_paragraph(text: str) -> str:
    """Escape what would make a paragraph start a list, heading, quote, code or table."""
    text = escape_inline(text)
    text = re.sub(r"^(\d+)([.)])(\s)", r"\1\\\2\3", text)
    text = re.sub(r"^([#>+\-=|~])", r"\\\1", text)
    return text
