"""Hypothesis strategies for what editors (careless or hostile) hand the generator: YAML
frontmatter, config.toml, `_index.md`, raw import text and file trees. Each mixes valid
structure (so cases get past the first check and reach the later stages) with the
spellings that broke the generator before (issue 11)."""

from __future__ import annotations

from hypothesis import strategies as st

# Fragments that have broken parsers, escapers or file systems somewhere.
HOSTILE = [
    "<!--<script>",
    "</script><script>alert(1)</script>",
    "javascript://%0aalert(1)",
    "data:text/html,<b>x</b>",
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
KEYS = [
    "title",
    "date",
    "event_date",
    "updated",
    "locality",
    "organization",
    "meeting",
    "tags",
    "people",
    "author",
    "source",
    "image",
    "summary",
    "slug",
    "draft",
    "aliases",
    "tag",
    "dates",
    "ngay",
]
TAGS = ["", "", "", "!!str ", "!!int ", "!!float ", "!!bool ", "!!null ", "!!timestamp ", "!!binary ", "!x ", "!!set "]

words = st.text(VIETNAMESE, min_size=1, max_size=12)
hostile = st.sampled_from(HOSTILE)
text = st.lists(st.one_of(words, hostile, st.text(max_size=8)), max_size=6).map(" ".join)
dates = st.builds(
    lambda y, m, d, t, z: f"{y:04d}-{m:02d}-{d:02d}{t}{z}",
    st.integers(0, 9999),
    st.integers(0, 14),
    st.integers(0, 32),
    st.sampled_from(["", "T14:30", "T14:30:00", " 23:59:59.123456", "T25:00"]),
    st.sampled_from(["", "Z", "+07:00", "-12:00", "+25:00", "+0700", "+23:59", "-00:60"]),
)
numbers = st.one_of(st.integers(), st.integers(-(10**80), 10**80).map(str), st.floats().map(repr))


def quoted(value: str) -> st.SearchStrategy[str]:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    escaped = "".join(c if c.isprintable() or c == " " else f"\\x{ord(c):02x}" if ord(c) < 256 else c for c in escaped)
    return st.sampled_from([value, f'"{escaped}"', "'" + value.replace("'", "''") + "'"])


scalar = st.one_of(text, dates, numbers.map(str), hostile, st.sampled_from(["true", "false", "~", ""])).flatmap(quoted)


@st.composite
def yaml_value(draw, depth: int = 0) -> str:
    kind = draw(st.integers(0, 9 if depth < 3 else 5))
    tag = draw(st.sampled_from(TAGS))
    if kind <= 5:
        return tag + draw(scalar)
    if kind <= 7:
        items = draw(st.lists(yaml_value(depth + 1), max_size=4))
        return "[" + ", ".join(items) + "]"
    if kind == 8:
        pairs = draw(st.lists(st.tuples(words, yaml_value(depth + 1)), max_size=3))
        return "{" + ", ".join(f"{k}: {v}" for k, v in pairs) + "}"
    return draw(st.sampled_from(["|\n  " + "x\n  y", ">-\n  a\n  b", "&a [1, 2]", "*a", "*nowhere", "<<: *a"]))


valid_date = st.builds(
    lambda y, m, d, t: f"{y:04d}-{m:02d}-{d:02d}{t}",
    st.integers(1900, 2199),
    st.integers(1, 12),
    st.integers(1, 28),
    st.sampled_from(["", "T14:30:00+07:00", "T00:00:00-12:00", " 23:59", "T23:59:59Z"]),
)
path_like = st.lists(st.one_of(words, hostile), min_size=1, max_size=3).map(lambda parts: "/" + "/".join(parts) + "/")
TYPED = {
    "title": text,
    "summary": text,
    "organization": text,
    "author": text,
    "meeting": st.sampled_from(["giao ban", "tổng kết", "sơ kết"]),
    "slug": text,
    "tags": st.lists(text, max_size=4),
    "people": st.lists(text, max_size=3),
    "locality": st.lists(st.one_of(words, text), max_size=3),
    "aliases": st.lists(st.one_of(path_like, hostile, text), max_size=3),
    "image": st.one_of(hostile, text, st.sampled_from(["images/a.jpg", "/anh/x.png", "https://a.vn/x.jpg"])),
    "source": st.one_of(hostile, text, st.just("https://baodientu.vn/tin")),
    "event_date": st.one_of(valid_date, dates),
    "updated": st.one_of(valid_date, dates),
    "draft": st.sampled_from(["false", "true"]),
}


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


@st.composite
def typed_frontmatter(draw) -> str:
    """Frontmatter of the right types, so the case reaches slugs, URLs, escaping and
    summaries; its text holds the hostile fragments."""
    title = draw(text.filter(lambda t: any(c.isalnum() for c in t)))
    lines = ["---", f"title: {yaml_quoted(title)}", f"date: {draw(valid_date)}"]
    for key in draw(st.lists(st.sampled_from(sorted(TYPED)), max_size=6, unique=True)):
        if key == "title":
            continue
        value = draw(TYPED[key])
        plain = key in ("draft", "event_date", "updated")
        lines.append(f"{key}: {value if plain else yaml_quoted(value)}")
    lines.append("---")
    lines.append(draw(markdown_text()))
    return "\n".join(lines)


@st.composite
def frontmatter_text(draw) -> str:
    """An article: half of the time typed right with hostile text, half of the time a
    frontmatter of known and unknown keys with odd values (tags, anchors, dates); and a body."""
    if draw(st.booleans()):
        return draw(typed_frontmatter())
    lines = ["---"]
    keys = draw(st.lists(st.one_of(st.sampled_from(KEYS), words), max_size=8))
    if draw(st.booleans()):
        keys = ["title", "date", *keys]
    for key in keys:
        value = draw(dates) if key in ("date", "event_date", "updated") and draw(st.booleans()) else draw(yaml_value())
        lines.append(f"{key}: {value}")
    if draw(st.integers(0, 9)) == 0:  # raw bytes of YAML syntax, to reach the parser's corners
        lines.append(draw(st.text(YAML_SYNTAX + "ab1", max_size=40)))
    if draw(st.integers(0, 19)) != 0:
        lines.append("---")
    lines.append(draw(markdown_text()))
    return "\n".join(lines)


@st.composite
def markdown_text(draw) -> str:
    pieces = st.one_of(
        text,
        st.sampled_from(
            ["# ", "## ", "> ", "- ", "1. ", "    ", "```", "|a|b|\n|-|-|", "![a](", "[a](", "<b>", "\n\n"]
        ),
        st.text("[]()<>*_`#>-!|\\&\n ", max_size=30),
    )
    return "".join(draw(st.lists(pieces, max_size=12)))


index_text = st.one_of(
    frontmatter_text(),
    st.builds(lambda t, b: f"---\ntitle: {t}\nlevel: {b}\n---\n", scalar, scalar),
)

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


@st.composite
def toml_value(draw, depth: int = 0) -> str:
    kind = draw(st.integers(0, 7 if depth < 3 else 4))
    if kind == 0:
        return str(draw(st.integers(-(10**30), 10**30)))
    if kind == 1:
        return draw(st.sampled_from(["true", "false", "1979-05-27T07:32:00Z", "inf", "nan", "1e999", "0x_1"]))
    if kind <= 4:
        value = draw(st.one_of(text, hostile, st.sampled_from(["/{year}/{month}/{slug}/", "/{slug}/{", "vi", "en"])))
        escaped = value.replace("\\", "\\\\").replace('"', '\\"')
        escaped = "".join(
            c if c.isprintable() else f"\\u{ord(c):04x}" for c in escaped if not 0xD800 <= ord(c) < 0xE000
        )
        return f'"{escaped}"'
    if kind <= 6:
        return "[" + ", ".join(draw(st.lists(toml_value(depth + 1), max_size=4))) + "]"
    pairs = draw(st.lists(st.tuples(words.map(lambda w: w.strip() or "k"), toml_value(depth + 1)), max_size=3))
    return "{" + ", ".join(f'"{k}" = {v}' for k, v in pairs) + "}"


@st.composite
def config_text(draw) -> str:
    lines = [f"{key} = {draw(toml_value())}" for key in draw(st.lists(st.sampled_from(CONFIG_KEYS), max_size=6))]
    for section in draw(st.lists(st.sampled_from(sorted(SECTIONS)), max_size=2, unique=True)):
        lines.append(f"[{section}]")
        for key in draw(st.lists(st.sampled_from(SECTIONS[section]), max_size=3, unique=True)):
            lines.append(f"{key} = {draw(toml_value())}")
    if draw(st.integers(0, 9)) == 0:
        lines.insert(draw(st.integers(0, len(lines))), draw(st.text("[]{}=\"'.\n#ab1 ", max_size=30)))
    return "\n".join(lines) + "\n"


RAW_LINES = [
    "Tăng cỡ chữ Giảm cỡ chữ",
    "Lượt xem: 1234",
    "loading....",
    "Chiều ngày {d}/{m}/{y}, Đảng ủy xã Hưng Hà tổ chức hội nghị giao ban.",
    "( Cập nhật ngày: {d}/{m}/{y} )",
    "Ngày đăng {d}/{m}/{y} | {h}:{mi}",
    "ngày {d} tháng {m} năm {y}",
    "Tác giả bài viết: {w}",
    "Đồng chí {w}, Bí thư Huyện ủy chủ trì hội nghị.",
    "Ảnh: {w}",
    "Nguồn: http://{w}.vn/{w}",
    "{w}",
    "https://example.vn/{w}.jpg",
]


@st.composite
def raw_text(draw) -> str:
    """Raw text as copied from a portal: title, furniture, dates (some impossible), body, byline."""
    lines = [draw(text)]
    for _ in range(draw(st.integers(0, 12))):
        template = draw(st.sampled_from(RAW_LINES))
        lines.append(
            template.format(
                d=draw(st.integers(0, 99)),
                m=draw(st.integers(0, 99)),
                y=draw(st.integers(0, 99999)),
                h=draw(st.integers(0, 99)),
                mi=draw(st.integers(0, 99)),
                w=draw(text).replace("{", "").replace("}", ""),
            )
        )
        if draw(st.integers(0, 4)) == 0:
            lines.append(draw(st.one_of(markdown_text(), st.text(max_size=40))))
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


@st.composite
def file_tree(draw) -> list[tuple[str, str, str]]:
    """(kind, path, data) entries: kind is file, dir, link-in, link-out, dangling, loop or fifo."""
    entries = []
    folders = [""]
    for _ in range(draw(st.integers(1, 8))):
        parent = draw(st.sampled_from(folders))
        name = draw(st.one_of(st.sampled_from(NAMES), words.map(lambda w: (w.strip() or "w") + ".md")))
        path = f"{parent}/{name}".lstrip("/")
        kind = draw(st.sampled_from(["file", "file", "file", "dir", "link-in", "link-out", "dangling", "loop", "fifo"]))
        if kind == "dir":
            folders.append(path)
        entries.append((kind, path, draw(st.one_of(frontmatter_text(), st.text(max_size=20)))))
    return entries
