"""Markdown → safe HTML, and the summary cut from it."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET

import markdown
import nh3
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from .text import truncate_words

_TAGS = {
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    "caption",
    "cite",
    "code",
    "col",
    "colgroup",
    "dd",
    "del",
    "details",
    "div",
    "dl",
    "dt",
    "em",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "ins",
    "kbd",
    "li",
    "mark",
    "ol",
    "p",
    "pre",
    "q",
    "s",
    "small",
    "span",
    "strong",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "time",
    "tr",
    "u",
    "ul",
}
_ATTRIBUTES = {
    "a": {"href", "title", "id"},
    "img": {"src", "alt", "title", "width", "height", "loading"},
    "td": {"colspan", "rowspan", "style"},
    "th": {"colspan", "rowspan", "scope", "style"},
    "time": {"datetime"},
    "h2": {"id"},
    "h3": {"id"},
    "h4": {"id"},
    "p": {"class"},
    "figure": {"class"},
    "ol": {"start"},
    "span": {"class"},
    "div": {"class"},
}
URL_ATTRIBUTE = re.compile(r'\b(src|href)="([^"]*)"')  # (name, URL) of each link and image
_SAFE_SCHEMES = ("http://", "https://", "mailto:", "tel:")


def _safe_urls(html: str) -> bool:
    """Whether every link and image in html is relative or http(s), mailto or tel: the only
    schemes nh3 lets through (Markdown writes "javascript:…" as readily as any other)."""
    if 'src="' not in html and 'href="' not in html:
        return True
    return all(":" not in url or url.startswith(_SAFE_SCHEMES) for _, url in URL_ATTRIBUTE.findall(html))


_CAPTION = re.compile(r"^(Ảnh|Ảnh minh họa|Ảnh minh hoạ)\s*:", re.IGNORECASE)


class _Figures(Treeprocessor):
    """A paragraph that holds one image becomes <figure> with its title as the caption;
    a paragraph that is only an italic "Ảnh: …" line is a caption, not body text."""

    def run(self, root: ET.Element) -> None:
        for p in list(root.iter("p")):
            children = list(p)
            text = (p.text or "").strip()
            if len(children) == 1 and children[0].tag == "img" and not text and not (children[0].tail or "").strip():
                img = children[0]
                caption = img.get("title") or ""
                p.tag, p.text = "figure", None
                img.set("loading", "lazy")
                if caption:
                    img.attrib.pop("title", None)
                    figcaption = ET.SubElement(p, "figcaption")
                    figcaption.text = caption
            elif (
                len(children) == 1
                and children[0].tag == "em"
                and not text
                and not (children[0].tail or "").strip()
                and _CAPTION.match(children[0].text or "")
            ):
                p.set("class", "caption")


class _FigureExtension(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (Markdown's API)
        md.treeprocessors.register(_Figures(md), "figures", 5)


class Markup:
    """One Markdown converter, reused for every article (building one costs more than a page)."""

    def __init__(self, allow_html: bool = False):
        self._converter: markdown.Markdown | None = None
        self.allow_html = allow_html

    @property
    def _md(self) -> markdown.Markdown:
        # Made when a block first needs it: most articles never do, and a one-article
        # rebuild (quick.py) would spend a tenth of its time making it.
        if self._converter is None:
            self._converter = markdown.Markdown(
                extensions=["tables", "fenced_code", "sane_lists", _FigureExtension()],
                output_format="html",
            )
        return self._converter

    def convert(self, text: str) -> str:
        out = _photo_captions(self._convert_blocks(text))
        if self.allow_html:
            return out
        if "<" not in text and "&" not in text and _safe_urls(out):
            return out  # no raw HTML, no entity, no odd link: only Markdown's own safe tags
        return nh3.clean(
            out,
            tags=_TAGS,
            attributes=_ATTRIBUTES,
            link_rel=None,
            url_schemes={"http", "https", "mailto", "tel"},
            strip_comments=True,
        )

    def markdown(self, text: str) -> str:
        """Python-Markdown itself, on the whole text (what convert() must equal, before sanitising)."""
        return _photo_captions(self._python_markdown(text))

    def _python_markdown(self, text: str) -> str:
        self._md.reset()
        return self._md.convert(text)

    def _convert_blocks(self, text: str) -> str:
        """Python-Markdown, with plain paragraphs passed straight through.

        Most of a meeting report is paragraphs of plain text, for which Python-Markdown
        spends most of its time proving there is nothing to do. A block with no character
        that Markdown (with our extensions) could act on becomes <p>…</p> directly; every
        other run of blocks goes through Python-Markdown. The output is byte-identical to
        converting the whole text (tests/test_markup.py checks it on generated corpora).
        """
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        if _WHOLE_DOCUMENT.search(text) or _SPLIT in text:
            return self._python_markdown(text)
        blocks = [block for block in _BLANK.split(text.strip("\n")) if block.strip()]
        out: list[str | None] = []  # None: the next run of blocks Python-Markdown converted
        runs: list[list[str]] = []
        for i, block in enumerate(blocks):
            heading = _HEADING.match(block)
            if _plain(block) or (heading and not _inline(block)):
                if heading:
                    level = len(heading.group(1))
                    out.append(f"<h{level}>{heading.group(2)}</h{level}>")
                else:
                    out.append(f"<p>{block}</p>")
            elif (items := _simple_list(blocks, i)) is not None:
                out.append("<ul>\n" + "\n".join(f"<li>{item}</li>" for item in items) + "\n</ul>")
            elif (html := _image_or_emphasis(block) if block[0] != "|" else _table(block)) is not None:
                out.append(html)
            elif out and out[-1] is None:
                runs[-1].append(block)
            else:
                out.append(None)
                runs.append([block])
        if runs:
            # One call for all the runs, a plain paragraph between each two (as there was in
            # the text): Python-Markdown's cost is mostly per call, not per block.
            converted = self._python_markdown(f"\n\n{_SPLIT}\n\n".join("\n\n".join(run) for run in runs))
            parts = converted.split(f"\n<p>{_SPLIT}</p>\n")
            if len(parts) != len(runs):  # never seen; one call per run is always right
                parts = [self._python_markdown("\n\n".join(run)) for run in runs]
            it = iter(parts)
            out = [next(it) if html is None else html for html in out]
        return "\n".join(out)


_CAPTION_P = '<p class="caption">'


def _photo_captions(html: str) -> str:
    """An "Ảnh: …" line is a caption only right under a photo; under no photo (the portal's
    photo was not copied) it stays a plain paragraph, not the caption of nothing."""
    if _CAPTION_P not in html:
        return html
    parts = html.split(_CAPTION_P)
    out = [parts[0]]
    for part in parts[1:]:
        before = out[-1].rstrip()  # all that matters: from out[1] on, each part starts with its <p
        last_paragraph = before[before.rfind("<p") :]
        photo = before.endswith("</figure>") or (before.endswith("</p>") and "<img" in last_paragraph)
        out.append((_CAPTION_P if photo else "<p>") + part)
    return "".join(out)


# Anything that may span blank lines (code, fences, HTML blocks, reference links, tabs): whole text.
_WHOLE_DOCUMENT = re.compile(r"^(?:[ \t]|<)|```|~~~|\]:|\t|\f|\v", re.MULTILINE)
_BLANK = re.compile(r"\n[ ]*\n(?:[ ]*\n)*")
# Inline syntax: emphasis, code, links, images, HTML, entities, escapes, tables.
_INLINE_CHARS = re.compile(r"[*_`\[\]<>&\\|]")
# Block syntax at a line's start: headings, quotes, lists, setext and rule lines, indentation.
_BLOCK_START = re.compile(r"[#>+=\s-]|\d+[.)]")


_HEADING = re.compile(r"^(#{1,6})[ ]+([^#\n]*[^#\s])[ ]*$")
_LIST_START = re.compile(r"[ ]{0,3}(?:[*+-]|\d+[.)])[ ]")
_ITEM = re.compile(r"^([-*+])[ ](\S.*)$")
_SPLIT = "SitegenRunBoundary7f3a9c"  # a plain paragraph no article holds (checked)


def _simple_list(blocks: list[str], i: int) -> list[str] | None:
    """The items of a bullet list whose every line is one item of plain text, alone between
    blocks that cannot join it (a list next to a list becomes one loose list); else None."""
    lines = blocks[i].split("\n")
    bullet = lines[0][:1]
    items = []
    for line in lines:
        m = _ITEM.match(line)
        if m is None or m.group(1) != bullet or not _plain(m.group(2)):
            return None
        items.append(m.group(2))
    for j in (i - 1, i + 1):
        if 0 <= j < len(blocks) and _LIST_START.match(blocks[j]):
            return None
    return items


# A report's photos and captions: "![alt](/x.jpg)", "*caption*", or the image line then the
# caption line. Plain text only (nothing to escape, nothing else to parse), one space-free URL.
_EMPHASIS = r"\*([^\s*](?:[^\n*]*[^\s*])?)\*"
_IMAGE = r"""!\[([^\]\n"]*)\]\(([^\s()<>"'*_&\\`]+)\)"""
_IMAGE_OR_EMPHASIS = re.compile(rf"{_IMAGE}|{_EMPHASIS}|{_IMAGE}\n{_EMPHASIS}")


def _image_or_emphasis(block: str) -> str | None:
    """Python-Markdown's output for the commonest blocks after plain paragraphs (a photo, its
    caption line, or both), made directly; None for anything else."""
    m = _IMAGE_OR_EMPHASIS.fullmatch(block)
    if m is None or any(text is not None and _inline(text) for text in m.groups()):
        return None
    alt, src, em, alt2, src2, caption = m.groups()
    if src is not None:  # the image alone: a figure (markup._Figures)
        return f'<figure><img alt="{alt}" loading="lazy" src="{src}"></figure>'
    if em is not None:
        return f'<p class="caption"><em>{em}</em></p>' if _CAPTION.match(em) else f"<p><em>{em}</em></p>"
    return f'<p><img alt="{alt2}" src="{src2}">\n<em>{caption}</em></p>'


_RULE = re.compile(r" *:?-+:? *")
_ALIGN = {
    (True, True): ' style="text-align: center;"',
    (True, False): ' style="text-align: left;"',
    (False, True): ' style="text-align: right;"',
    (False, False): "",
}


def _table(block: str) -> str | None:
    """Python-Markdown's (tables extension) output for a table with a pipe at both ends of
    every line, the same number of cells in every row, and plain text in every cell; made
    directly. None for any other block."""
    rows = []
    for line in block.split("\n"):
        line = line.strip(" ")
        if len(line) < 2 or line[0] != "|" or line[-1] != "|":
            return None
        rows.append(line[1:-1].split("|"))
    if len(rows) < 3 or len(rows[0]) < 2 or any(len(row) != len(rows[0]) for row in rows):
        return None
    if not all(_RULE.fullmatch(cell) for cell in rows[1]):
        return None
    align = [_ALIGN[cell.strip(" ")[0] == ":", cell.strip(" ")[-1] == ":"] for cell in rows[1]]
    cells = [[cell.strip(" ") for cell in row] for row in (rows[0], *rows[2:])]
    if any(_inline(cell) for row in cells for cell in row):
        return None

    def row_html(row: list[str], tag: str) -> str:
        return "<tr>\n" + "".join(f"<{tag}{a}>{cell}</{tag}>\n" for a, cell in zip(align, row, strict=True)) + "</tr>"

    body = "\n".join(row_html(row, "td") for row in cells[1:])
    return f"<table>\n<thead>\n{row_html(cells[0], 'th')}\n</thead>\n<tbody>\n{body}\n</tbody>\n</table>"


def _inline(block: str) -> bool:
    """Whether inline syntax, or whitespace at a line's end (a line break), is in block."""
    return _INLINE_CHARS.search(block) is not None or _space_at_line_end(block)


def _plain(block: str) -> bool:
    return not _inline(block) and not _block_syntax(block)


# The next two say what the regular expressions r"\s(?:\n|\Z)" and, in MULTILINE mode,
# r"^(?:[#>+=\s-]|\d+[.)])|^$" would find, but look only at the line ends, not at
# every character: a paragraph is usually one long line.
def _space_at_line_end(block: str) -> bool:
    if block[-1:].isspace():
        return True
    i = block.find("\n")
    while i >= 0:
        if i > 0 and block[i - 1].isspace():
            return True
        i = block.find("\n", i + 1)
    return False


def _block_syntax(block: str) -> bool:
    """Whether a line of block starts with block syntax or is empty."""
    if not block or _BLOCK_START.match(block):
        return True
    i = block.find("\n")
    while i >= 0:
        if i + 1 == len(block) or block[i + 1] == "\n" or _BLOCK_START.match(block, i + 1):
            return True
        i = block.find("\n", i + 1)
    return False


_FIRST_PARAGRAPH = re.compile(r"<p>(.*?)</p>", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


def plain_text(fragment: str) -> str:
    return html.unescape(_TAG.sub("", fragment))


def summarize(body_html: str, limit: int) -> str:
    """The first real paragraph (not a caption), as plain text cut at a word."""
    for match in _FIRST_PARAGRAPH.finditer(body_html):
        text = " ".join(plain_text(match.group(1)).split())
        if text and not _CAPTION.match(text):  # a photo's caption, even with the photo missing
            return truncate_words(text, limit)
    return ""


def count_words(body_html: str) -> int:
    return len(plain_text(body_html).split())


# Python-Markdown's time grows with the square of some nestings (5,000 nested "[" take
# seconds, 5,000 ever deeper ">" quotes minutes) and deep lists exhaust its recursion. No
# article nests that deep: past these limits the body is an error, not a hang.
MAX_BRACKETS = 5_000  # "[" in one paragraph
MAX_NESTING = 8  # quotes in quotes, lists in lists, open "[" in "["
_QUOTES = re.compile(r"^[ ]{0,3}((?:>[ ]?){9,})", re.MULTILINE)  # 9: MAX_NESTING + 1
_DEEP_ITEM = re.compile(r"^(?:[ ]{4}|\t){9,}[ ]*(?:[*+-]|\d+[.)])[ ]", re.MULTILINE)


def too_costly(text: str) -> tuple[int, str] | None:
    """(line, reason) when converting `text` would take unbounded time; else None."""
    for match in (_QUOTES.search(text), _DEEP_ITEM.search(text)):
        if match:
            return text.count("\n", 0, match.start()) + 1, f"quotes or lists nested more than {MAX_NESTING} deep"
    if "[" not in text:
        return None
    start = 0
    for end in [*(m.start() for m in _BLANK_LINE.finditer(text)), len(text)]:
        block = text[start:end]
        brackets = block.count("[")
        if brackets > MAX_BRACKETS or (brackets > MAX_NESTING and _bracket_depth(block) > MAX_NESTING):
            line = text.count("\n", 0, start + block.index("[")) + 1
            return line, f'more than {MAX_NESTING} "[" open at once, or {MAX_BRACKETS:,} in all, in one paragraph'
        start = end
    return None


# What ends a paragraph: a line of nothing but spaces or tabs. (Paragraphs are cut at these
# in one pass: a pattern that matched "a paragraph with a [" tried every start of every line
# again, and took half a millisecond an article.)
_BLANK_LINE = re.compile(r"\n[ \t]*(?=\n|$)")


def _bracket_depth(block: str) -> int:
    depth = deepest = 0
    for char in re.findall(r"[\[\]]", block):
        depth = depth + 1 if char == "[" else max(0, depth - 1)
        deepest = max(deepest, depth)
    return deepest
