"""Markdown: the plain-paragraph fast path gives exactly what Python-Markdown gives."""

from __future__ import annotations

import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

from sitegen.frontmatter import split
from sitegen.markup import Markup, _block_syntax, _image_or_emphasis, _space_at_line_end, _table, summarize

CORPUS = Path(__file__).resolve().parents[1] / "bench" / "corpus.py"  # the project's own generator

TRICKY = [
    "# A\n\ntext",
    "## A ##\n\nx",
    "#A\n\nb",
    "####### seven\n\nx",
    "## \n\nx",
    "## a b  \n\nc",
    "1) x\n\ny",
    "1. x\n2. y\n\nplain",
    "a\n=\n\nb",
    "a\n---\n\nb",
    "a\n\n\n\nb\n",
    "- a\n\n- b\n\nc",
    "> quote\n\nplain",
    "    code\n\nplain",
    "```\nfence\n\ninside\n```\n\nafter",
    "a & b\n\nc",
    "x <b>bold</b>\n\ny",
    "line one\nline two\n\nthree",
    "trailing  \nbreak\n\nx",
    "*em* and _u_\n\nplain",
    "[link](http://a.vn)\n\nplain",
    "[ref][1]\n\n[1]: http://a.vn",
    "| a | b |\n|---|---|\n| 1 | 2 |\n\nx",
    '![Ảnh](a.jpg "Quang cảnh hội nghị")\n\nTiếp theo.',
    "*Ảnh: Quang cảnh hội nghị*\n\nx",
    "\ttab\n\nx",
    "Đồng chí Vũ Văn Hoạt - Trưởng Ban\n\n- a\n- b",
    "a\r\n\r\nb",
    "2024. Năm\n\nx",
    "+ plus\n\nx",
    # bullet lists, alone and beside what can join them; runs of other blocks between them
    "- a\n- b\n\nc",
    "x\n\n- a\n- b",
    "- a\n- b\n\n- c",
    "- a\n\n1. b",
    "1. a\n\n- b",
    "* a\n* b\n\nx",
    "+ a\n+ b",
    "- a\n* b\n\nx",
    "- a\n+ b",
    "- *em*\n- b\n\nx",
    "- a\nlazy\n\nx",
    "- a\n-b\n\nx",
    "- # h\n- b",
    "- a  \n- b\n\nx",
    "* * *\n\nx",
    "- - -\n\nx",
    "- a\n\n> q",
    "> q\n\n- a",
    "*em*\n\nplain\n\n- a\n- b\n\nplain\n\n![x](y.jpg)\n\nz\n\n**b**",
    "![x](y.jpg)\n\n- a\n\n*Ảnh: z*",
    "*a*\n\nb\n\n*c*\n\nd\n\n| a |\n|---|\n| 1 |",
    "SitegenRunBoundary7f3a9c\n\n*a*",
    # photos and captions, alone or together, and what only looks like them
    "![Ảnh](/a.jpg)",
    "![](/a.jpg)\n*Ảnh: b*",
    "*Kết quả:*",
    "*ảnh: x*",
    "* a*",
    "*a *",
    "*a*b*",
    "![a](x 'b')",
    "![a](x.jpg)  \n*b*",
    "![a [b]](x.jpg)",
    "![a](x y.jpg)",
    "![a](a_b.jpg)\n*c*",
    "*x\ny*",
    "![a](/x.jpg)\n*b*\n*c*",
    "![“a”](/x.jpg)\n*“b”*",
    '![a"](/x.jpg)',
    "![a](/x&y.jpg)",
    # tables: plain ones, and the odd ones only Python-Markdown knows how to read
    "| STT | Đơn vị |\n|---:|:-:|\n| 1 | Phường A |\n| 2 |  |",
    "| a | b |\n|---|---|\n| 1 |",
    "| a |\n|:--|\n| x |",
    "|a|b|\n|--|--|\n|1.|# x|",
    "| a | b |\n|---|---|\n| 1 | 2 |  ",
    "| a | b |\n|---|---|",
    "| a | b |\n|-x-|---|\n| 1 | 2 |",
    "| *a* | b |\n|---|---|\n| 1 | 2 |",
    "| a | b\n|---|---|\n| 1 | 2 |",
    "x\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n*Nguồn: UBND*",
    "## h\n\n- a\n- b\n\n## k",
    "- a\n\n## h\n\n- b",
    "- a\n\n2. b",
    "- a\n\n2) b",
    "x\n- a\n\n- b",
]


@pytest.mark.parametrize("text", TRICKY)
def test_fast_path_matches_python_markdown(text: str) -> None:
    md = Markup(allow_html=True)  # sanitising aside, which both paths share
    assert md.convert(text) == md.markdown(text)


def test_fast_path_matches_on_generated_corpus(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(CORPUS), "--articles", "150", "--output", str(tmp_path)], check=True, capture_output=True
    )
    md = Markup(allow_html=True)
    bodies = [split(p.read_text("utf-8")).body for p in sorted(tmp_path.rglob("*.md")) if p.name != "_index.md"]
    assert len(bodies) == 150
    assert any("![" in body for body in bodies) and any("\n| " in body for body in bodies)  # photos and tables
    for body in bodies:
        assert md.convert(body) == md.markdown(body)


def test_fast_path_matches_on_random_photos_and_captions() -> None:
    pieces = [
        "a",
        "ả",
        " ",
        "  ",
        ".",
        ":",
        "'",
        "%",
        "(",
        ")",
        "/",
        "-",
        "Ảnh:",
        "#",
        "1.",
        "=",
        "+",
        "!",
        "“",
        "\u00a0",
        "é",
        "[",
        "]",
        '"',
        "<",
        "&",
        "*",
        "_",
        "\\",
        "`",
        "http://",
        "\n",
    ]
    rng = random.Random(5)

    def text(n: int) -> str:
        return "".join(rng.choice(pieces[:17] if rng.random() < 0.7 else pieces) for _ in range(rng.randint(0, n)))

    md = Markup(allow_html=True)
    fast = 0
    for i in range(3000):
        block = [f"![{text(5)}]({text(4)})", f"*{text(6)}*", f"![{text(4)}]({text(3)})\n*{text(5)}*"][i % 3]
        fast += _image_or_emphasis(block) is not None
        assert md.convert(block) == md.markdown(block), block
    assert fast > 500  # the fast path was taken, not only the fallback


@pytest.mark.parametrize(
    "block",
    [
        "",
        "a",
        "a ",
        "a\n",
        "a \nb",
        "a\u00a0\nb",
        "\na",
        "a\n\nb",
        "a\n b",
        "a\n#b",
        "1. a",
        "a\n12) b",
        "a\n1 b",
        "=",
        "a\n-",
        "ab\ncd\nef",
        "a\u2003",
        " a",
        "a\n\n",
        "x\n>q",
    ],
)
def test_line_scans_agree_with_their_regular_expressions(block: str) -> None:
    assert _space_at_line_end(block) == (re.search(r"\s(?:\n|\Z)", block) is not None)
    assert _block_syntax(block) == (re.search(r"^(?:[#>+=\s-]|\d+[.)])|^$", block, re.MULTILINE) is not None)


def test_fast_path_matches_on_random_tables() -> None:
    rng = random.Random(3)
    pieces = ["a", "ả", " ", "  ", ".", ":", "1.", "#", "-", "=", "“", "\u00a0", "é", "*", "_", "\\", "`", "<", "&"]
    rules = ["---", ":--", "--:", ":-:", " --- ", "-", ":", "", "-x-", "- -"]

    def cell() -> str:
        return "".join(rng.choice(pieces[:13] if rng.random() < 0.98 else pieces) for _ in range(rng.randint(0, 4)))

    def row(make, n: int) -> str:
        ends = ["|", "|"] if rng.random() < 0.9 else [rng.choice(["|", "", " |"]), rng.choice(["|", "", "| "])]
        return ends[0] + "|".join(make() for _ in range(n)) + ends[1]

    md = Markup(allow_html=True)
    fast = 0
    for _ in range(3000):
        n = rng.randint(1, 4)
        lines = [row(cell, n), row(lambda: rng.choice(rules), n)]
        lines += [row(cell, n if rng.random() < 0.9 else rng.randint(1, 5)) for _ in range(rng.randint(0, 4))]
        block = "\n".join(lines)
        fast += block[0] == "|" and _table(block) is not None
        assert md.convert(block) == md.markdown(block), block
    assert fast > 100


def test_unsafe_html_is_removed() -> None:
    html = Markup().convert('Hi <script>alert(1)</script> <a href="javascript:x()" onclick="y()">a</a>')
    assert "<script" not in html and "javascript:" not in html and "onclick" not in html


@pytest.mark.parametrize(
    "text",
    [
        "[x](javascript:alert(1))",
        "[x](JavaScript:alert(1))",
        "![x](data:image/png;base64,AAAA)",
        "[x][1]\n\n[1]: vbscript:y",
        "*Ảnh*\n\n[x](javascript:alert(1))",
    ],
)
def test_markdown_links_with_unsafe_schemes_lose_their_url(text: str) -> None:
    html = Markup().convert(text)
    assert "<a" in html or "<img" in html
    assert not [url for url in re.findall(r'(?:href|src)="([^"]*)"', html) if ":" in url]


def test_a_heading_is_kept_whether_or_not_the_text_has_a_link() -> None:
    assert Markup().convert("# Tiêu đề\n\n[l](http://a.vn)").startswith("<h1>Tiêu đề</h1>")
    assert Markup().convert("# Tiêu đề").startswith("<h1>Tiêu đề</h1>")


def test_image_paragraph_becomes_figure_with_caption() -> None:
    html = Markup().convert('![Quang cảnh](a.jpg "Quang cảnh hội nghị")')
    assert html.startswith("<figure>") and "<figcaption>Quang cảnh hội nghị</figcaption>" in html


def test_summary_is_first_paragraph_cut_at_a_word() -> None:
    html = Markup().convert("*Ảnh: Quang cảnh*\n\n" + "Hội nghị dân vận " * 40)
    summary = summarize(html, 60)
    assert summary.startswith("Hội nghị dân vận") and summary.endswith("…") and len(summary) <= 61


@pytest.mark.parametrize(
    ("text", "html"),
    [
        (
            "![Quang cảnh](/a.jpg)\n\n*Ảnh: Quang cảnh hội nghị*",
            '<p class="caption"><em>Ảnh: Quang cảnh hội nghị</em></p>',
        ),
        ("Đoạn văn.\n\n*Ảnh: Quang cảnh hội nghị*", "<p><em>Ảnh: Quang cảnh hội nghị</em></p>"),
        ("*Ảnh: Quang cảnh hội nghị*\n\nĐoạn văn.", "<p><em>Ảnh: Quang cảnh hội nghị</em></p>"),
    ],
)
def test_a_caption_is_a_caption_only_under_a_photo(text: str, html: str) -> None:
    md = Markup()
    assert html in md.convert(text) and md.convert(text) == md.markdown(text)


def test_summary_skips_a_caption_whose_photo_is_missing() -> None:
    md = Markup()
    assert (
        summarize(md.convert("*Ảnh: Quang cảnh*\n\nChiều ngày 12/12, hội nghị."), 100) == "Chiều ngày 12/12, hội nghị."
    )
