"""Hostile and broken input (issue 11), one case per way the generator once broke: each
ends in `path:line: error: …` lines and exit 1 (or 2 for usage), or builds a safe site; never
a traceback, a hang, a file from outside the site, or an output/ changed by a failed build.

Builds run in this process (a traceback fails the test) except where the old code hung:
those run as a subprocess with a timeout.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import write_site
from hypothesis import given, settings
from hypothesis import strategies as st
from test_errors import tree_digest

from sitegen.cli import main
from sitegen.theme import script_json

REPO = Path(__file__).resolve().parent.parent
CONFIG = 'title = "Lưu trữ"\nbase_url = "https://tin.example.vn/"\n'
GOOD = "content/ha-noi/2024-01-01-a.md"
ROOT = os.geteuid() == 0  # root reads and writes whatever the modes say


def fm(*lines: str, body: str = "Nội dung bài viết.") -> str:
    """An article whose frontmatter is `lines` (title and date first when not given)."""
    keys = {line.split(":", 1)[0] for line in lines}
    head = [] if "title" in keys else ['title: "Hội nghị giao ban"']
    head += [] if "date" in keys else ["date: 2024-01-01"]
    return "\n".join(["---", *head, *lines, "---", "", body, ""])


def site(tmp_path: Path, files: dict[str, str | bytes], config: str = CONFIG) -> Path:
    return write_site(tmp_path / "site", {"config.toml": config, **files})


def run(capsys, *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.err + captured.out


def build(capsys, root: Path, *args: str) -> tuple[int, str]:
    return run(capsys, "--source", str(root), *args)


def assert_error(text: str, path: str, line: int | None, fragment: str) -> None:
    where = (r"\S*config\.toml" if path == "config.toml" else re.escape(path)) + (f":{line}" if line else r"(:\d+)?")
    pattern = rf"^{where}: error: .*{re.escape(fragment)}"
    assert re.search(pattern, text, re.MULTILINE), f"no {path}:{line} error with {fragment!r} in:\n{text}"
    assert "Traceback" not in text


# ---- frontmatter: every value typed and range-checked, with its line --------------------

FRONTMATTER = {
    # name: (frontmatter lines, line of the error, fragment of the message)
    "js-image": (['image: "javascript://%0aalert(1)"'], 4, "image:"),
    "js-source": (['source: "javascript://%0aalert(1)"'], 4, "is not a web address"),
    "data-image": (['image: "data:text/html,<script>alert(1)</script>"'], 4, "image:"),
    "dotdot-image": (['image: "../../../../etc/passwd"'], 4, "image:"),
    "year-0": (["date: 0000-01-01"], 3, "the year 0 is out of range"),
    "feb-30": (["date: 2024-02-30"], 3, "has no day 30"),
    "month-13": (["date: 2024-13-01"], 3, "no month 13"),
    "zone-25": (["date: 2024-01-01T00:00:00+25:00"], 3, "the zone +25:00 does not exist"),
    "year-9999-west": (["date: 9999-12-31T23:59:00-12:00"], 3, "the year 9999 is out of range"),
    "date-in-any-key": (["ngay_hop: 2024-02-30"], 4, "has no day 30"),
    "date-in-list": (["moc: [2024-01-01, 2024-13-01]"], 4, "no month 13"),
    "event-date": (["event_date: 0001-01-01"], 4, "the year 1 is out of range"),
    "tag-int": (["so: !!int abc"], 4, '"abc" is not a whole number'),
    "tag-bool": (["draft: !!bool maybe"], 4, '"maybe" is not true or false'),
    "tag-python": (["x: !!python/object:os.system ls"], 4, "is not supported"),
    "tag-custom": (["x: !vi chao"], 4, "is not supported"),
    "huge-int": (["so: " + "9" * 5000], 4, "more than 40 digits"),
    "nested-yaml": (["x: " + "[" * 5000 + "]" * 5000], 4, "nested more than 32 deep"),
    "billion-laughs-small": (
        ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
        + [f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 10)}]" for i in range(4)],
        7,  # d: holds 10,000 "x" once expanded
        "more than 10,000 values",
    ),
    "alias-undefined": (["x: *nowhere"], 4, "names no anchor"),
    "long-title": (["title: " + "chữ " * 120], 3, "too long for a file name"),
    "long-slug": (["slug: " + "a" * 300], 4, "too long for a file name"),
    "long-tag": (["tags: [" + "b" * 300 + "]"], 4, "too long for a URL"),
    "long-person": (["people: [" + "c" * 300 + "]"], 4, "too long for a URL"),
    "long-locality": (["locality: [Hà Nội, " + "d" * 300 + "]"], 4, "too long for a URL"),
    "long-alias": (["aliases: [/" + "e" * 300 + "/]"], 4, "longer than 255 bytes"),
    "nul-alias": (['aliases: ["/a\\0b/"]'], 4, "aliases:"),
    "js-alias": (['aliases: ["javascript:alert(1)"]'], 4, "aliases:"),
    "many-tags": (["tags: [" + ", ".join(f"t{i}" for i in range(9000)) + "]"], 4, "more than 100"),
    "empty-locality-slug": (['locality: ["Hà Nội", "!!!"]'], 4, "no letters or digits"),
    "empty-tag-slug": (['tags: ["!!!"]'], 4, "no letters or digits"),
}


@pytest.mark.parametrize("name", sorted(FRONTMATTER))
def test_frontmatter_mistakes_are_errors_with_their_line(name: str, tmp_path: Path, capsys) -> None:
    lines, line, fragment = FRONTMATTER[name]
    root = site(tmp_path, {GOOD: fm(*lines)})
    code, text = build(capsys, root)
    assert code == 1, text
    assert_error(text, GOOD, line, fragment)
    assert not (root / "output").exists()


def test_body_nested_5000_deep_is_an_error_not_a_hang(tmp_path: Path, capsys) -> None:
    root = site(tmp_path, {GOOD: fm(body="Mở đầu.\n\n" + "[" * 5000 + "x" + "]" * 5000)})
    code, text = build(capsys, root)
    assert code == 1
    assert_error(text, GOOD, 8, "open at once")


def test_quotes_nested_deeper_each_line_is_an_error_not_a_hang(tmp_path: Path, capsys) -> None:
    body = "".join(">" * i + " x\n" for i in range(1, 700))
    code, text = build(capsys, site(tmp_path, {GOOD: fm(body=body)}))
    assert code == 1
    assert_error(text, GOOD, 14, "nested more than 8 deep")


def test_a_file_over_one_megabyte_is_an_error(tmp_path: Path, capsys) -> None:
    code, text = build(capsys, site(tmp_path, {GOOD: fm(body="chữ " * 400_000)}))
    assert code == 1
    assert_error(text, GOOD, None, "at most 1 MB")


# ---- escaping: script and page-breaking markup from frontmatter -------------------------

BREAKERS = ["<!--<script>", "</script><script>alert(1)</script>", "<!--<script>\u2028x"]


def ld_json(page: str) -> str:
    [block] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.DOTALL)
    return block


@pytest.mark.parametrize("key", ["title", "author", "tags", "locality", "summary"])
def test_script_openers_in_frontmatter_stay_text_in_json_ld(key: str, tmp_path: Path, capsys) -> None:
    value = json.dumps(BREAKERS[0] + " " + BREAKERS[1])
    lines = [
        f"{key}: [Hà Nội, {value}]"
        if key == "locality"
        else f"{key}: [{value}]"
        if key == "tags"
        else f"{key}: {value}"
    ]
    if key == "title":
        lines.append("slug: tieu-de")
    root = site(tmp_path, {GOOD: fm(*lines)})
    code, text = build(capsys, root)
    assert code == 0, text
    [page] = (root / "output" / "2024" / "01").glob("*/index.html")
    html = page.read_text()
    block = ld_json(html)
    assert "<" not in block and ">" not in block
    assert json.loads(block)  # still JSON, the text intact once decoded
    assert BREAKERS[0] in json.dumps(json.loads(block), ensure_ascii=False)
    assert html.count("<main") == 1 and "</main>" in html.split("application/ld+json", 1)[1]


@settings(max_examples=300, deadline=None)
@given(st.recursive(st.text(), lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner), max_leaves=8))
def test_script_json_is_the_same_value_with_nothing_that_ends_a_script(value) -> None:
    text = str(script_json(value))
    assert not set(text) & {"<", ">", "&", "\u2028", "\u2029"}
    assert json.loads(text) == value


def test_script_openers_in_the_body_stay_text_in_the_summary(tmp_path: Path, capsys) -> None:
    root = site(tmp_path, {GOOD: fm(body="Hội nghị \\<!--\\<script> đã diễn ra &lt;!--&lt;script&gt;.")})
    code, text = build(capsys, root)
    assert code == 0, text
    [page] = (root / "output" / "2024" / "01").glob("*/index.html")
    block = ld_json(page.read_text())
    assert "<" not in block and "\u2028" not in block


def test_json_ld_escapes_line_separators(tmp_path: Path, capsys) -> None:
    root = site(tmp_path, {GOOD: fm(f"title: {json.dumps(BREAKERS[2])}", "slug: tieu-de")})
    assert build(capsys, root)[0] == 0
    block = ld_json((root / "output/2024/01/tieu-de/index.html").read_text())
    assert "\u2028" not in block and "\\u2028" in block


# ---- feeds stay well-formed XML -------------------------------------------------------


def test_control_characters_never_reach_a_feed(tmp_path: Path, capsys) -> None:
    article = fm('title: "Hội\\0 nghị\\x01 giao\\x1b ban"', 'author: "A\\x07B"', body="Thân\x01 bài\x0b viết.")
    root = site(tmp_path, {GOOD: article})
    code, text = build(capsys, root)
    assert code == 0, text
    for feed in (root / "output").rglob("*.xml"):
        ET.parse(feed)  # raises on a character XML forbids
    assert "Hội nghị giao ban" in (root / "output/feed.xml").read_text()


# ---- one path policy: nothing from outside the site, only regular files ----------------


def test_a_symlink_out_of_the_site_is_an_error_and_not_published(tmp_path: Path, capsys) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("mật khẩu\n")
    root = site(tmp_path, {GOOD: fm()})
    (root / "content/ha-noi/passwd.txt").symlink_to(secret)
    (root / "content/ha-noi/link.md").symlink_to(secret)
    code, text = build(capsys, root)
    assert code == 1
    assert_error(text, "content/ha-noi/passwd.txt", None, "outside the site")
    assert_error(text, "content/ha-noi/link.md", None, "outside the site")
    assert not (root / "output").exists()


def test_a_symlink_inside_the_site_is_followed(tmp_path: Path, capsys) -> None:
    root = site(tmp_path, {GOOD: fm(), "content/ha-noi/anh.txt": "ảnh"})
    (root / "content/ha-noi/ban-sao.txt").symlink_to(root / "content/ha-noi/anh.txt")
    assert build(capsys, root)[0] == 0
    assert (root / "output/ha-noi/ban-sao.txt").read_text() == "ảnh"


@pytest.mark.parametrize("kind", ["dangling", "loop"])
def test_broken_symlinks_are_errors(kind: str, tmp_path: Path, capsys) -> None:
    root = site(tmp_path, {GOOD: fm()})
    link = root / "content/ha-noi/x.md"
    if kind == "dangling":
        link.symlink_to(root / "content/ha-noi/gone.md")
    else:
        link.symlink_to(root / "content/ha-noi/y.md")
        (root / "content/ha-noi/y.md").symlink_to(link)
    code, text = build(capsys, root)
    assert code == 1
    assert_error(text, "content/ha-noi/x.md", None, "does not exist" if kind == "dangling" else "loops")


def test_a_fifo_named_md_is_an_error_not_a_hang(tmp_path: Path) -> None:
    root = site(tmp_path, {GOOD: fm()})
    os.mkfifo(root / "content/ha-noi/x.md")
    run = subprocess.run(
        [sys.executable, str(REPO / "build.py"), "--source", str(root)], capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 1
    assert_error(run.stderr, "content/ha-noi/x.md", None, "not a regular file")


def test_billion_laughs_ends_at_once(tmp_path: Path) -> None:
    laughs = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    laughs += [f"{c}: &{c} [{', '.join([f'*{p}'] * 9)}]" for p, c in zip("abcdefgh", "bcdefghi", strict=True)]
    root = site(tmp_path, {GOOD: fm(*laughs)})
    run = subprocess.run(
        [sys.executable, str(REPO / "build.py"), "--source", str(root)], capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 1
    assert_error(run.stderr, GOOD, None, "more than 10,000 values")


@pytest.mark.skipif(ROOT, reason="root reads any file whatever its mode")
def test_an_unreadable_file_is_an_error(tmp_path: Path, capsys) -> None:
    root = site(tmp_path, {GOOD: fm(), "content/ha-noi/b.md": fm(), "content/ha-noi/anh.jpg": b"x"})
    (root / "content/ha-noi/b.md").chmod(0)
    (root / "content/ha-noi/anh.jpg").chmod(0)
    code, text = build(capsys, root)
    assert code == 1
    assert_error(text, "content/ha-noi/b.md", None, "cannot be read")
    assert_error(text, "content/ha-noi/anh.jpg", None, "cannot be read")


@pytest.mark.skipif(ROOT, reason="root writes into any folder whatever its mode")
@pytest.mark.parametrize("folder", ["output", ".cache"])
def test_a_read_only_output_or_cache_is_one_error(folder: str, tmp_path: Path, capsys) -> None:
    root = site(tmp_path, {GOOD: fm()})
    assert build(capsys, root)[0] == 0
    (root / GOOD).write_text(fm(body="Sửa."))
    for path in [root / folder, *(root / folder).rglob("*")]:
        if path.is_dir():
            path.chmod(0o555)
    try:
        code, text = build(capsys, root)
    finally:
        for path in [root / folder, *(root / folder).rglob("*")]:
            if path.is_dir():
                path.chmod(0o755)
    assert code == 1
    assert "error: cannot write" in text and "Traceback" not in text


# ---- every output file has one claimant; a failed build leaves output/ as it was -------

CLAIMS = {
    # name: (extra files, the file and line of the error, fragment)
    "content-index-html": ({"content/index.html": "<p>x</p>"}, "content/index.html", 0, "rename or move this file"),
    "content-feed-xml": ({"content/feed.xml": "<x/>"}, "content/feed.xml", 0, "rename or move this file"),
    "file-at-article-url": (
        {"content/2024/01/hoi-nghi-giao-ban/index.html": "x"},
        "content/2024/01/hoi-nghi-giao-ban/index.html",
        0,
        "rename or move this file",
    ),
    "alias-home": ({"content/ha-noi/2024-02-01-b.md": fm("slug: b", "aliases: [/]")}, "b", 5, "remove this alias"),
    "alias-feed": (
        {"content/ha-noi/2024-02-01-b.md": fm("slug: b", "aliases: [/feed.xml]")},
        "b",
        5,
        "remove this alias",
    ),
    "alias-theme-file": (
        {"content/ha-noi/2024-02-01-b.md": fm("slug: b", "aliases: [/static/style.css]")},
        "b",
        5,
        "remove this alias",
    ),
    "alias-file-and-folder": (
        {"content/ha-noi/2024-02-01-b.md": fm("slug: b", "aliases: [/x, /x/y/]")},
        "b",
        5,
        "needs a folder",
    ),
    "content-over-theme": ({"content/static/style.css": "x"}, "content/static/style.css", 0, "two files"),
    "root-index-md": ({"content/_index.md": "---\ntitle: Gốc\n---\n"}, "content/_index.md", 1, "not a locality"),
}


@pytest.mark.parametrize("name", sorted(CLAIMS))
def test_every_output_file_has_one_claimant(name: str, tmp_path: Path, capsys) -> None:
    extra, path, line, fragment = CLAIMS[name]
    if path == "b":
        path = "content/ha-noi/2024-02-01-b.md"
    root = site(tmp_path, {GOOD: fm()})
    assert build(capsys, root)[0] == 0
    before = tree_digest(root / "output")
    write_site(root, extra)
    code, text = build(capsys, root)
    assert code == 1, text
    assert_error(text, path, line or None, fragment)
    assert "content/: error" not in text
    assert tree_digest(root / "output") == before  # a failed build changes nothing
    code, text = build(capsys, root, "build", "--full")  # and a cold build says the same
    assert code == 1 and fragment in text


def test_clashing_url_words_are_config_errors(tmp_path: Path, capsys) -> None:
    config = CONFIG + '[urls]\ntags = "dia-phuong"\narchive = "2024"\n'
    code, text = build(capsys, site(tmp_path, {GOOD: fm()}, config))
    assert code == 1
    assert_error(text, "config.toml", 4, "urls.tags")
    assert_error(text, "config.toml", 5, "all digits")


# ---- config of absurd size or depth, permalinks that cannot be ---------------------------

CONFIGS = {
    "huge-per-page": ("per_page = 1000000000000000000000\n", 3, "per_page"),
    "huge-number": ("per_page = 99999999999999999999\n", 3, "per_page"),
    "deep": ("x = " + "[" * 3000 + "]" * 3000 + "\n", 1, "too deep"),
    "long-title": ('title = "' + "a" * 100_000 + '"\n', 1, "longer than 1,000"),
    "brace": ('permalink = "/{year/{slug}/"\n', 3, "unmatched brace"),
    "nul-permalink": ('permalink = "/{slug}/\\u0000/"\n', 3, "control character"),
    "long-timezone": ('timezone = "' + "a" * 300 + '"\n', 3, "is not a time zone"),
    "path-timezone": ('timezone = "../../../../etc/passwd"\n', 3, "is not a time zone"),
    "bad-placeholder": ('permalink = "/{slug}/{0}/"\n', 3, "unknown placeholder"),
}


@pytest.mark.parametrize("name", sorted(CONFIGS))
def test_config_extremes_are_errors_with_their_line(name: str, tmp_path: Path, capsys) -> None:
    extra, line, fragment = CONFIGS[name]
    config = CONFIG + extra if not extra.startswith("title") else extra
    code, text = build(capsys, site(tmp_path, {GOOD: fm()}, config))
    assert code == 1, text
    assert_error(text, "config.toml", line, fragment)


# ---- commands: usage errors, not tracebacks ---------------------------------------------


def test_output_naming_a_file_is_a_usage_error(tmp_path: Path, capsys) -> None:
    root = site(tmp_path, {GOOD: fm()})
    (tmp_path / "file").write_text("x")
    code, text = build(capsys, root, "--output", str(tmp_path / "file"))
    assert code == 2 and "is not a folder" in text


def test_new_refuses_a_date_every_build_would_reject(tmp_path: Path, capsys) -> None:
    root = site(tmp_path, {GOOD: fm()})
    code, text = run(
        capsys, "new", "Hội nghị", "--source", str(root), "--locality", "Hà Nội", "--date", "9999-12-31T23:59"
    )
    assert code == 2 and "out of range" in text
    assert sorted(p.name for p in (root / "content/ha-noi").iterdir()) == ["2024-01-01-a.md"]


RAW = REPO / "tests/importer/cases/01_breadcrumb_share_related.txt"


def test_import_out_naming_a_file_is_a_usage_error(tmp_path: Path, capsys) -> None:
    root = site(tmp_path, {})
    (tmp_path / "file").write_text("x")
    code, text = run(capsys, "import", str(RAW), "--source", str(root), "--out", str(tmp_path / "file"))
    assert code == 2 and "is a file, not a folder" in text


def test_import_never_writes_over_a_folder_at_its_target(tmp_path: Path, capsys) -> None:
    root = site(tmp_path, {})
    out = tmp_path / "out"
    assert run(capsys, "import", str(RAW), "--source", str(root), "--out", str(out))[0] == 0
    [written] = out.glob("*.md")
    written.unlink()
    written.mkdir()
    code, text = run(capsys, "import", str(RAW), "--source", str(root), "--out", str(out))
    assert code == 1 and "is not a plain file" in text
    assert written.is_dir()


@pytest.mark.parametrize("locality", ["..", "Hà Nội/../..", "///", "!!!"])
def test_import_locality_that_names_no_place_is_refused(locality: str, tmp_path: Path, capsys) -> None:
    root = site(tmp_path, {})
    code, text = run(capsys, "import", str(RAW), "--source", str(root), "--locality", locality)
    assert code in (0, 2), text  # refused, or (nothing left of it) the text's own locality
    assert not (root / "content/_index.md").exists()


def test_imported_files_follow_the_umask(tmp_path: Path, capsys) -> None:
    root = site(tmp_path, {})
    old = os.umask(0o022)
    try:
        assert run(capsys, "import", str(RAW), "--source", str(root))[0] == 0
    finally:
        os.umask(old)
    written = [p for p in (root / "content").rglob("*.md")]
    assert written and all(p.stat().st_mode & 0o777 == 0o644 for p in written)


def test_a_cache_folder_that_is_a_file_is_one_error(tmp_path: Path, capsys) -> None:
    root = site(tmp_path, {GOOD: fm()})
    (root / ".cache").write_text("not a folder")
    code, text = build(capsys, root)
    assert code == 1 and "error: cannot write" in text and "Traceback" not in text


def test_an_output_under_a_file_is_one_error(tmp_path: Path, capsys) -> None:
    root = site(tmp_path, {GOOD: fm()})
    (tmp_path / "file").write_text("x")
    code, text = build(capsys, root, "--output", str(tmp_path / "file" / "out"))
    assert code == 1 and "error: cannot write" in text and "Traceback" not in text


@pytest.mark.parametrize("name", sorted(CLAIMS))
def test_check_reports_what_build_reports(name: str, tmp_path: Path, capsys) -> None:
    extra, path, line, fragment = CLAIMS[name]
    root = site(tmp_path, {GOOD: fm(), **extra})
    code, text = run(capsys, "check", "--source", str(root))
    assert code == 1 and fragment in text and "Traceback" not in text


@pytest.mark.parametrize(
    "title, locality, fragment",
    [
        ("Hội nghị", "..", "is not a place name"),
        ("Hội nghị", "Hà Nội/" + "a" * 300, "is not a place name"),
        ("Hội nghị <!--<script>", "Hà Nội/!!!", "is not a place name"),
    ],
)
def test_new_refuses_what_no_build_could_read(title: str, locality: str, fragment: str, tmp_path: Path, capsys) -> None:
    root = site(tmp_path, {GOOD: fm()})
    code, text = run(capsys, "new", title, "--source", str(root), "--locality", locality)
    assert code == 2 and fragment in text, text
    assert sorted(p.relative_to(root).as_posix() for p in (root / "content").rglob("*")) == [
        "content/ha-noi",
        GOOD,
    ]


def test_new_with_a_long_title_writes_a_file_that_builds(tmp_path: Path, capsys) -> None:
    root = site(tmp_path, {GOOD: fm()})
    code, text = run(
        capsys, "new", "Hội nghị " * 40, "--source", str(root), "--locality", "Hà Nội", "--date", "2024-02-01"
    )
    assert code == 0, text
    path = Path(text.strip().splitlines()[-1])
    path = path if path.is_absolute() else Path.cwd() / path
    path.write_text(path.read_text().replace("draft: true\n", ""))
    assert build(capsys, root)[0] == 0


def test_a_theme_file_linked_out_of_the_theme_is_an_error(tmp_path: Path, capsys) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("mật khẩu\n")
    root = site(tmp_path, {GOOD: fm(), "themes/default/static/ok.css": "a {}"})
    (root / "themes/default/static/leak.css").symlink_to(secret)
    code, text = build(capsys, root)
    assert code == 1 and "\nthemes/default/static/leak.css: error: this theme file is a symlink" in "\n" + text
    assert not (root / "output").exists()


def test_markdown_placeholders_never_reach_a_page(tmp_path: Path, capsys) -> None:
    """Python-Markdown's STX/ETX placeholders leaked into the summary on this body (found by the fuzzer)."""
    body = "<b>#\n[[[&>`](>)\\!)_ \n)`*`])&#1. 9\r"
    root = site(tmp_path, {GOOD: fm("slug: tin", body=body)})
    code, text = build(capsys, root)
    assert code == 0, text
    for page in (root / "output").rglob("*.html"):
        assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", page.read_text()), page
