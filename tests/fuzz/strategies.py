"""Generators of what editors (careless or hostile) hand the generator: YAML frontmatter,
config.toml, `_index.md`, raw import text and file trees. Each mixes valid structure (so
cases get past the first check and reach the later stages) with the spellings that broke
the generator before (issue 11).

Each generator builds one input from a `random.Random`; Hypothesis draws the seed (see
`strategy`), so runs are seeded and repeatable, and a case costs microseconds to make
instead of the tens of milliseconds of drawing every character through Hypothesis: the
long run is 100,000 cases."""

from __future__ import annotations

from collections.abc import Callable
from random import Random

from hypothesis import strategies as st

from sitegen.content import KNOWN_KEYS

# Fragments that have broken parsers, escapers or file systems somewhere.
HOSTILE = [
    "<!--<script>",
    "</script><script>alert(1)</script>",
    "javascript://%0aalert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<b>x</b>",
    " javascript:alert(1)",
    "\x00",
    "\x01\x1b\x7f\x85",
    "\u2028\u2029",
    "\ufeff",
    "\ud7ff\ue000\uffff",
    "../../etc/passwd",
    "/",
    "//evil.example/",
    "{",
    "}",
    "{slug",
    "%s%n",
    "'\"",
    "&amp;&#0;&#x110000;",
    "🙂",
    "Đảng ủy xã Hưng Hà",
    "Thành phố Hà Nội",
    "TP. Hồ Chí Minh",
    "a" * 300,
    "9" * 60,
    "[" * 40,
    "> " * 20,
    "    " * 10 + "- x",
    "*_`~|#",
    "0000-00-00",
    "2024-02-30",
    "2024-13-01",
    "9999-12-31T23:59:00-12:00",
    "0001-01-01T00:00:00+14:00",
    "2024-01-01T25:61:61+99:99",
    "31/02/2024",
    "1e999",
    "0x" + "f" * 50,
    "0o777",
    ".inf",
    "~",
    "null",
    "yes",
    "no",
    "on",
]
VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĐ "
YAML_SYNTAX = "-:[]{},#&*!|>'\"%@`?\n \t"
MARKDOWN_SYNTAX = "[]()<>*_`#>-!|\\&\n "
KEYS = [*KNOWN_KEYS, "tag", "dates", "ngay"]  # the keys the parser knows, and near misses
TAGS = ["", "", "", "!!str ", "!!int ", "!!float ", "!!bool ", "!!null ", "!!timestamp ", "!!binary ", "!x ", "!!set "]


def chars(r: Random, alphabet: str, low: int, high: int) -> str:
    return "".join(r.choice(alphabet) for _ in range(r.randint(low, high)))


def any_chars(r: Random, high: int) -> str:
    """Any code points, weighted to the ranges that break things (controls, C1, surrogates, astral)."""
    ranges = [
        (0, 0x1F),
        (0x20, 0x7E),
        (0x7F, 0x9F),
        (0xA0, 0x2FFF),
        (0xD800, 0xDFFF),
        (0xFFF0, 0xFFFF),
        (0x10000, 0x10FFFF),
    ]
    out = []
    for _ in range(r.randint(0, high)):
        low, top = r.choice(ranges)
        out.append(chr(r.randint(low, top)))
    return "".join(out)


def word(r: Random) -> str:
    return chars(r, VIETNAMESE, 1, 12)


def text(r: Random) -> str:
    parts = []
    for _ in range(r.randint(0, 6)):
        kind = r.random()
        parts.append(word(r) if kind < 0.5 else r.choice(HOSTILE) if kind < 0.8 else any_chars(r, 8))
    return " ".join(parts)


def a_date(r: Random) -> str:
    return (
        f"{r.randint(0, 9999):04d}-{r.randint(0, 14):02d}-{r.randint(0, 32):02d}"
        + r.choice(["", "T14:30", "T14:30:00", " 23:59:59.123456", "T25:00"])
        + r.choice(["", "Z", "+07:00", "-12:00", "+25:00", "+0700", "+23:59", "-00:60"])
    )


def valid_date(r: Random) -> str:
    return f"{r.randint(1900, 2199):04d}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}" + r.choice(
        ["", "T14:30:00+07:00", "T00:00:00-12:00", " 23:59", "T23:59:59Z"]
    )


def number(r: Random) -> str:
    return r.choice(
        [str(r.randint(-(2**64), 2**64)), str(r.randint(-(10**80), 10**80)), repr(r.uniform(-1e300, 1e300))]
    )


def quoted(r: Random, value: str) -> str:
    kind = r.randint(0, 2)
    if kind == 0:
        return value
    if kind == 1:
        return yaml_quoted(value)
    return "'" + value.replace("'", "''") + "'"


def yaml_quoted(value: str | list[str]) -> str:
    """A YAML double-quoted scalar (or flow list of them) holding exactly `value`: controls
    escaped, lone surrogates (which no YAML can hold) left out."""
    if isinstance(value, list):
        return "[" + ", ".join(yaml_quoted(v) for v in value) + "]"
    out = []
    for c in value:
        code = ord(c)
        if c in '"\\':
            out.append("\\" + c)
        elif 0xD800 <= code < 0xE000:
            continue
        elif code < 0x20 or 0x7F <= code <= 0x9F or code in (0xFFFE, 0xFFFF):
            out.append(f"\\u{code:04x}")
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


def scalar(r: Random) -> str:
    kind = r.randint(0, 4)
    value = [text, a_date, number, lambda r: r.choice(HOSTILE), lambda r: r.choice(["true", "false", "~", ""])][kind](r)
    return quoted(r, value)


def yaml_value(r: Random, depth: int = 0) -> str:
    kind = r.randint(0, 9 if depth < 3 else 5)
    tag = r.choice(TAGS)
    if kind <= 5:
        return tag + scalar(r)
    if kind <= 7:
        return "[" + ", ".join(yaml_value(r, depth + 1) for _ in range(r.randint(0, 4))) + "]"
    if kind == 8:
        return "{" + ", ".join(f"{word(r)}: {yaml_value(r, depth + 1)}" for _ in range(r.randint(0, 3))) + "}"
    return r.choice(["|\n  x\n  y", ">-\n  a\n  b", "&a [1, 2]", "*a", "*nowhere", "<<: *a"])


def markdown_text(r: Random) -> str:
    pieces = ["# ", "## ", "> ", "- ", "1. ", "    ", "```", "|a|b|\n|-|-|", "![a](", "[a](", "<b>", "\n\n"]
    out = []
    for _ in range(r.randint(0, 12)):
        kind = r.random()
        out.append(text(r) if kind < 0.4 else r.choice(pieces) if kind < 0.7 else chars(r, MARKDOWN_SYNTAX, 0, 30))
    return "".join(out)


def path_like(r: Random) -> str:
    return "/" + "/".join(word(r) if r.random() < 0.7 else r.choice(HOSTILE) for _ in range(r.randint(1, 3))) + "/"


TYPED: dict[str, Callable[[Random], str | list[str]]] = {
    "summary": text,
    "organization": text,
    "author": text,
    "meeting": lambda r: r.choice(["giao ban", "tổng kết", "sơ kết"]),
    "slug": text,
    "tags": lambda r: [text(r) for _ in range(r.randint(0, 4))],
    "people": lambda r: [text(r) for _ in range(r.randint(0, 3))],
    "locality": lambda r: [word(r) if r.random() < 0.5 else text(r) for _ in range(r.randint(0, 3))],
    "aliases": lambda r: [r.choice([path_like, text, lambda r: r.choice(HOSTILE)])(r) for _ in range(r.randint(0, 3))],
    "image": lambda r: r.choice([r.choice(HOSTILE), text(r), "images/a.jpg", "/anh/x.png", "https://a.vn/x.jpg"]),
    "source": lambda r: r.choice([r.choice(HOSTILE), text(r), "https://baodientu.vn/tin"]),
    "event_date": lambda r: valid_date(r) if r.random() < 0.7 else a_date(r),
    "updated": lambda r: valid_date(r) if r.random() < 0.7 else a_date(r),
    "draft": lambda r: r.choice(["false", "true"]),
}


def typed_frontmatter(r: Random) -> str:
    """Frontmatter of the right types, so the case reaches slugs, URLs, escaping and
    summaries; its text holds the hostile fragments."""
    title = text(r)
    if not any(c.isalnum() for c in title):
        title += " " + word(r)
    lines = ["---", f"title: {yaml_quoted(title)}", f"date: {valid_date(r)}"]
    for key in r.sample(sorted(TYPED), r.randint(0, 6)):
        value = TYPED[key](r)
        plain = key in ("draft", "event_date", "updated")
        lines.append(f"{key}: {value if plain else yaml_quoted(value)}")
    lines += ["---", markdown_text(r)]
    return "\n".join(lines)


def frontmatter_text(r: Random) -> str:
    """An article: half of the time typed right with hostile text, half of the time a
    frontmatter of known and unknown keys with odd values (tags, anchors, dates); and a body."""
    if r.random() < 0.5:
        return typed_frontmatter(r)
    lines = ["---"]
    keys = [r.choice(KEYS) if r.random() < 0.7 else word(r) for _ in range(r.randint(0, 8))]
    if r.random() < 0.5:
        keys = ["title", "date", *keys]
    for key in keys:
        dated = key in ("date", "event_date", "updated") and r.random() < 0.5
        lines.append(f"{key}: {a_date(r) if dated else yaml_value(r)}")
    if r.random() < 0.1:  # raw YAML syntax, to reach the parser's corners
        lines.append(chars(r, YAML_SYNTAX + "ab1", 0, 40))
    if r.random() < 0.95:
        lines.append("---")
    lines.append(markdown_text(r))
    return "\n".join(lines)


def index_text(r: Random) -> str:
    if r.random() < 0.5:
        return frontmatter_text(r)
    return f"---\ntitle: {scalar(r)}\nlevel: {scalar(r)}\n---\n" + markdown_text(r)


CONFIG_KEYS = [
    "title",
    "description",
    "base_url",
    "language",
    "timezone",
    "theme",
    "per_page",
    "feed_items",
    "related",
    "summary_length",
    "permalink",
    "allow_html",
    "search",
    "pages",
]
SECTIONS = {
    "urls": ["localities", "tags", "meetings", "people", "archive", "search", "page"],
    "meetings": ["types"],
    "tags": ["aliases", "vocabulary"],
    "tags.aliases": ["QCDC", "x"],
}


def toml_value(r: Random, depth: int = 0) -> str:
    kind = r.randint(0, 7 if depth < 3 else 4)
    if kind == 0:
        return str(r.randint(-(10**30), 10**30))
    if kind == 1:
        return r.choice(["true", "false", "1979-05-27T07:32:00Z", "inf", "nan", "1e999", "0x_1", "20", "0", "-1"])
    if kind <= 4:
        value = r.choice([text(r), r.choice(HOSTILE), r.choice(["/{year}/{month}/{slug}/", "/{slug}/{", "vi", "en"])])
        escaped = value.replace("\\", "\\\\").replace('"', '\\"')
        escaped = "".join(
            c if c.isprintable() else f"\\u{ord(c):04x}" for c in escaped if not 0xD800 <= ord(c) < 0xE000
        )
        return f'"{escaped}"'
    if kind <= 6:
        return "[" + ", ".join(toml_value(r, depth + 1) for _ in range(r.randint(0, 4))) + "]"
    pairs = [(word(r).strip() or "k", toml_value(r, depth + 1)) for _ in range(r.randint(0, 3))]
    return "{" + ", ".join(f'"{k}" = {v}' for k, v in pairs) + "}"


def config_text(r: Random) -> str:
    lines = [f"{r.choice(CONFIG_KEYS)} = {toml_value(r)}" for _ in range(r.randint(0, 6))]
    for section in r.sample(sorted(SECTIONS), r.randint(0, 2)):
        lines.append(f"[{section}]")
        for key in r.sample(SECTIONS[section], r.randint(0, min(3, len(SECTIONS[section])))):
            lines.append(f"{key} = {toml_value(r)}")
    if r.random() < 0.1:
        lines.insert(r.randint(0, len(lines)), chars(r, "[]{}=\"'.\n#ab1 ", 0, 30))
    return "\n".join(lines) + "\n"


RAW_LINES = [
    "Tăng cỡ chữ Giảm cỡ chữ",
    "Lượt xem: 1234",
    "loading....",
    "Chiều ngày {d}/{m}/{y}, Đảng ủy xã Hưng Hà tổ chức hội nghị giao ban.",
    "( Cập nhật ngày: {d}/{m}/{y} )",
    "Ngày đăng {d}/{m}/{y} | {h}:{mi}",
    "ngày {d} tháng {m} năm {y}",
    "{y}-{m}-{d}T{h}:{mi}:00+{h}:{mi}",
    "Tác giả bài viết: {w}",
    "Đồng chí {w}, Bí thư Huyện ủy chủ trì hội nghị.",
    "Ảnh: {w}",
    "Nguồn: http://{w}.vn/{w}",
    "{w}",
    "https://example.vn/{w}.jpg",
]


def raw_text(r: Random) -> str:
    """Raw text as copied from a portal: title, furniture, dates (some impossible), body, byline."""
    lines = [text(r)]
    for _ in range(r.randint(0, 12)):
        lines.append(
            r.choice(RAW_LINES).format(
                d=r.randint(0, 99),
                m=r.randint(0, 99),
                y=r.randint(0, 99999),
                h=r.randint(0, 99),
                mi=r.randint(0, 99),
                w=text(r),
            )
        )
        if r.random() < 0.2:
            lines.append(markdown_text(r) if r.random() < 0.5 else any_chars(r, 40))
    return "\n".join(lines)


NAMES = [
    "a.md",
    "_index.md",
    "index.html",
    "feed.xml",
    "x.jpg",
    ".hidden.md",
    "b.md~",
    "c d.md",
    "đ.md",
    "static",
    "2024",
    "x" * 250 + ".md",
    "ha-noi",
    "sitemap.xml",
    "404.html",
]
KINDS = ["file", "file", "file", "dir", "link-in", "link-out", "dangling", "loop", "fifo"]


def file_tree(r: Random) -> list[tuple[str, str, str]]:
    """(kind, path, data) entries: kind is file, dir, link-in, link-out, dangling, loop or fifo."""
    entries = []
    folders = [""]
    for _ in range(r.randint(1, 8)):
        name = r.choice(NAMES) if r.random() < 0.6 else (word(r).strip() or "w") + ".md"
        path = f"{r.choice(folders)}/{name}".lstrip("/")
        kind = r.choice(KINDS)
        if kind == "dir":
            folders.append(path)
        entries.append((kind, path, frontmatter_text(r) if r.random() < 0.7 else any_chars(r, 20)))
    return entries


def strategy(make: Callable[[Random], object]) -> st.SearchStrategy:
    """Hypothesis draws a seed; `make` builds the case from it."""
    return st.integers(0, 2**64 - 1).map(lambda seed: make(Random(seed)))
