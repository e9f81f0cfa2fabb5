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
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del",
    "details", "div", "dl", "dt", "em", "figcaption", "figure", "h2", "h3", "h4", "h5", "h6", "hr", "i",
    "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "small", "span", "strong", "sub",
    "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul",
}
_ATTRIBUTES = {
    "a": {"href", "title", "id"}, "img": {"src", "alt", "title", "width", "height", "loading"},
    "td": {"colspan", "rowspan", "style"}, "th": {"colspan", "rowspan", "scope", "style"},
    "time": {"datetime"}, "h2": {"id"}, "h3": {"id"}, "h4": {"id"}, "p": {"class"},
    "figure": {"class"}, "ol": {"start"}, "span": {"class"}, "div": {"class"},
}
_CAPTION = re.compile(r"^(Ảnh|Ảnh minh họa|Ảnh minh hoạ)\s*:", re.IGNORECASE)


class _Figures(Treeprocessor):
    """A paragraph that holds one image becomes <figure> with its title as the caption;
    a paragraph that is only an italic "Ảnh: …" line is a caption, not body text."""

    def run(self, root: ET.Element) -> None:
        for p in list(root.iter("p")):
            children = list(p)
            text = (p.text or "").strip()
            if len(children) == 1 and children[0].tag == "img" and not text \
                    and not (children[0].tail or "").strip():
                img = children[0]
                caption = img.get("title") or ""
                p.tag, p.text = "figure", None
                img.set("loading", "lazy")
                if caption:
                    img.attrib.pop("title", None)
                    figcaption = ET.SubElement(p, "figcaption")
                    figcaption.text = caption
            elif len(children) == 1 and children[0].tag == "em" and not text \
                    and not (children[0].tail or "").strip() and _CAPTION.match(children[0].text or ""):
                p.set("class", "caption")


class _FigureExtension(Extension):
    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (Markdown's API)
        md.treeprocessors.register(_Figures(md), "figures", 5)


class Markup:
    """One Markdown converter, reused for every article (building one costs more than a page)."""

    def __init__(self, allow_html: bool = False):
        self._md = markdown.Markdown(
            extensions=["tables", "fenced_code", "sane_lists", _FigureExtension()],
            output_format="html",
        )
        self.allow_html = allow_html

    def convert(self, text: str) -> str:
        self._md.reset()
        out = self._md.convert(text)
        if self.allow_html:
            return out
        if "<" not in text and "](" not in text and "://" not in text and "&" not in text:
            return out  # no raw HTML and no link in the source: nothing to sanitise
        return nh3.clean(out, tags=_TAGS, attributes=_ATTRIBUTES, link_rel=None,
                         url_schemes={"http", "https", "mailto", "tel"}, strip_comments=True)


_FIRST_PARAGRAPH = re.compile(r"<p>(.*?)</p>", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


def plain_text(fragment: str) -> str:
    return html.unescape(_TAG.sub("", fragment))


def summarize(body_html: str, limit: int) -> str:
    """The first real paragraph (not a caption), as plain text cut at a word."""
    for match in _FIRST_PARAGRAPH.finditer(body_html):
        text = " ".join(plain_text(match.group(1)).split())
        if text:
            return truncate_words(text, limit)
    return ""


def count_words(body_html: str) -> int:
    return len(plain_text(body_html).split())
