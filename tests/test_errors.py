"""Every mistake an editor can make comes back as one line with its file and line, the build
exits 1, and the previous output/ stays exactly as it was. No traceback ever reaches the editor.

Builds run as the editor runs them: `python build.py --source DIR`, in a subprocess.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import write_site

REPO = Path(__file__).resolve().parent.parent
GOOD_CONFIG = """\
title = "Lưu trữ"
base_url = "https://tin.example.vn/"

[meetings]
types = ["giao ban", "tổng kết"]
"""
LINE = re.compile(r"^\S.*?(:\d+)?: (error|warning): .+$")


def run_build(site: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(REPO / "build.py"), "--source", str(site), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def tree_digest(root: Path) -> dict[str, str]:
    """Every file and folder under root with the hash of its bytes (folders as 'dir')."""
    out: dict[str, str] = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        out[rel] = "dir" if path.is_dir() else hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def problem_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if not line.startswith("build failed:")]


# Ten kinds of mistakes, one file each: name → (file content, the line the build must print).
MISTAKES: dict[str, tuple[str | bytes, str]] = {
    "2024-01-02-bad-yaml.md": (
        "---\ntitle: Hội nghị: giao ban\ndate: 2024-01-02\n---\nx\n",
        ":2: error: the frontmatter is not valid YAML: mapping values are not allowed in this context "
        '(a value with ": " in it needs quotes: title: "A: B")',
    ),
    "2024-01-03-no-title.md": (
        "---\ndate: 2024-01-03\nmeeting: giao ban\n---\nx\n",
        ':1: error: title: missing; add a line title: "…" to the frontmatter',
    ),
    "2024-02-31-bad-date.md": (
        '---\ntitle: "Ngày sai"\ndate: 31/02/2024\n---\nx\n',
        ':3: error: date: "31/02/2024": month 2 of 2024 has no day 31 (it has 29 days)',
    ),
    "2024-01-04-wrong-type.md": (
        '---\ntitle: "Kiểu sai"\ndate: 2024-01-04\npeople: 12\n---\nx\n',
        ':4: error: people: expected a list like people: [a, b], got "12"',
    ),
    "2024-01-05-unknown-meeting.md": (
        '---\ntitle: "Loại lạ"\ndate: 2024-01-05\n\nmeeting: họp mặt\n---\nx\n',
        ':5: error: meeting: "họp mặt" is not a meeting type; use one of: giao ban, tổng kết '
        "(or add it to [meetings] in config.toml)",
    ),
    "2024-01-06-mot.md": (
        '---\ntitle: "Bài một"\ndate: 2024-01-06\nslug: trung-url\n---\nx\n',
        ":4: error: /2024/01/trung-url/ is also the URL of content/ha-noi/2024-01-07-hai.md — two pages cannot "
        "share one URL: change the slug (slug: other-words) of one",
    ),
    "2024-01-07-hai.md": ('---\ntitle: "Bài hai"\ndate: 2024-01-07\nslug: trung-url\n---\nx\n', None),
    "2024-01-08-nested-tags.md": (
        '---\ntitle: "Thẻ lồng"\ndate: 2024-01-08\nauthor: Minh\ntags: [[dân vận, tôn giáo], khác]\n---\nx\n',
        ":5: error: tags: each item must be text, got a list; write tags: [a, b]",
    ),
    "2024-01-09-latin1.md": (
        '---\ntitle: "Hội nghị"\n'.encode() + b"organization: H\xe9i ngh\xe9\ndate: 2024-01-09\n---\nx\n",
        ':3: error: the file is not UTF-8 text: open it in your editor and save it with the encoding "UTF-8"',
    ),
    "2024-01-09-nul.md": (
        '---\ntitle: "Hội nghị"\ndate: 2024-01-09\n---\nĐoạn một.\n\nĐoạn\x00 hai.\n',
        ":7: error: the file holds a NUL character, so it is not a text file: copy its text into a new file",
    ),
    "2024-01-10-empty.md": (
        "",
        ":1: error: the file is empty: an article starts with a '---' line, then title: and date:, "
        "then another '---' line",
    ),
    "2024-01-11-unclosed.md": (
        '---\ntitle: "Không đóng"\ndate: 2024-01-11\n\nNội dung.\n',
        ":1: error: the frontmatter opened by '---' on line 1 is never closed: add a line '---' after the last key",
    ),
}


@pytest.fixture
def broken_site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    files: dict[str, str | bytes] = {
        "config.toml": GOOD_CONFIG,
        "content/ha-noi/_index.md": "---\ntitle: Thành phố Hà Nội\n---\n",
        "content/ha-noi/2024-01-01-dung.md": '---\ntitle: "Bài đúng"\ndate: 2024-01-01\n---\nx\n',
    }
    for name, (text, _) in MISTAKES.items():
        files[f"content/ha-noi/{name}"] = text
    for rel, data in files.items():  # byte-exact: write_site would dedent and strip
        path = site / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return site


def test_every_content_mistake_is_one_line_with_file_and_line(broken_site: Path):
    run = run_build(broken_site)
    assert run.returncode == 1, run.stderr
    expected = sorted(f"content/ha-noi/{name}{line}" for name, (_, line) in MISTAKES.items() if line)
    assert len(expected) == 11
    assert problem_lines(run.stderr) == expected
    assert run.stderr.splitlines()[-1] == "build failed: 11 error(s); output/ was not changed"
    assert "Traceback" not in run.stderr + run.stdout


def test_a_failed_build_leaves_output_byte_for_byte_as_it_was(broken_site: Path, tmp_path: Path):
    # A good build first, then a foreign file, then the mistakes.
    good = tmp_path / "good"
    write_site(
        good,
        {
            "config.toml": GOOD_CONFIG,
            "content/ha-noi/2024-01-01-dung.md": '---\ntitle: "Bài đúng"\ndate: 2024-01-01\n---\nx\n',
        },
    )
    output = broken_site / "output"
    assert run_build(good, "--output", str(output)).returncode == 0
    (output / "CNAME").write_text("tin.example.vn\n", "utf-8")
    before = tree_digest(output)
    assert "index.html" in before and "2024/01/bai-dung/index.html" in before

    run = run_build(broken_site)  # writes to broken_site/output by default
    assert run.returncode == 1
    assert tree_digest(output) == before
    assert (output / "CNAME").read_text("utf-8") == "tin.example.vn\n"
    assert not (output / ".sitegen-staging").exists()


CONFIG_MISTAKES = """\
title = "Lưu trữ"
titel = "typo"
per_page = "20"
base_url = "tin.example.vn"
language = "fr"
timezone = "Asia/Hanoi_City"
search = "yes"
permalink = "/{year}/{title}/"

[urls]
tags = "Chủ đề"

[meetings]
types = []

[tags.aliases]
QCDC = 5
"""


def test_every_config_mistake_is_one_line_with_its_key_and_line(tmp_path: Path):
    site = write_site(
        tmp_path / "site",
        {"config.toml": CONFIG_MISTAKES, "content/2024-01-01-a.md": '---\ntitle: "A"\ndate: 2024-01-01\n---\n'},
    )
    (site / "output").mkdir()
    (site / "output" / "CNAME").write_text("x", "utf-8")
    run = run_build(site)
    assert run.returncode == 1
    config = f"{site}/config.toml"
    assert problem_lines(run.stderr) == [
        f'{config}:2: error: unknown setting "titel" (did you mean "title"?)',
        f"{config}:3: error: per_page: expected a whole number, like per_page = 20, not '20'",
        f'{config}:4: error: base_url: "tin.example.vn" is not an absolute URL (use "https://tin.example.vn/")',
        f'{config}:5: error: language: "fr" is not supported (use "vi" or "en")',
        f'{config}:6: error: timezone: "Asia/Hanoi_City" is not a time zone (use "Asia/Ho_Chi_Minh")',
        f"{config}:7: error: search: expected true or false, like search = true, not 'yes'",
        f'{config}:8: error: permalink: "/{{year}}/{{title}}/" must start with "/" and contain {{slug}} '
        '(use "/{year}/{month}/{slug}/")',
        f"{config}:8: error: permalink: unknown placeholder {{title}} (use {{year}}, {{month}}, {{day}}, {{slug}} "
        "or {locality})",
        f'{config}:11: error: urls.tags: "Chủ đề" must be lower-case ASCII letters, digits and hyphens',
        f"{config}:14: error: meetings.types: needs at least one meeting type",
        f'{config}:17: error: tags.aliases: "QCDC" must map to text, like "QCDC" = "…", not 5',
    ]
    assert "Traceback" not in run.stderr
    assert [p.name for p in (site / "output").iterdir()] == ["CNAME"]


def test_config_that_is_not_toml_names_its_line(tmp_path: Path):
    site = write_site(tmp_path / "site", {"config.toml": 'title = "Lưu trữ"\nper_page = 20\nbase_url = https://x/\n'})
    run = run_build(site)
    assert run.returncode == 1
    lines = problem_lines(run.stderr)
    assert len(lines) == 1 and lines[0].startswith(f"{site}/config.toml:3: error: config.toml is not valid TOML: ")
    assert "Traceback" not in run.stderr


def test_config_that_is_not_utf8_names_its_line(tmp_path: Path):
    site = write_site(tmp_path / "site", {"config.toml": b'base_url = "https://x.vn/"\ntitle = "L\xfau tr\xf5"\n'})
    run = run_build(site)
    assert run.returncode == 1
    assert problem_lines(run.stderr) == [f"{site}/config.toml:2: error: config.toml is not UTF-8: save it as UTF-8"]


def test_a_template_mistake_is_the_template_line_not_a_traceback(tmp_path: Path):
    site = write_site(
        tmp_path / "site",
        {
            "config.toml": GOOD_CONFIG,
            "content/2024-01-01-a.md": '---\ntitle: "A"\ndate: 2024-01-01\n---\n',
            "themes/default/templates/home.html": '{% extends "base.html" %}\n{% block content %}\n'
            "{% for x in pager.items %}{{ x.title }\n{% endblock %}\n",
        },
    )
    run = run_build(site)
    assert run.returncode == 1
    lines = problem_lines(run.stderr)
    assert len(lines) == 1, lines
    assert re.match(r"^\S*themes/default/templates/home\.html:3: error: template: ", lines[0]), lines[0]
    assert "Traceback" not in run.stderr


# Odd inputs that must never crash the build: each is an error line or builds.
ODD = {
    "list.md": "---\n- a\n- b\n---\n",
    "scalar.md": "---\njust text\n---\n",
    "dup-key.md": '---\ntitle: "A"\ntitle: "B"\ndate: 2024-01-01\n---\n',
    "int-title.md": "---\ntitle: 2024\ndate: 2024-01-01\n---\n",
    "list-date.md": '---\ntitle: "A"\ndate: [2024]\n---\n',
    "bool-draft.md": '---\ntitle: "A"\ndate: 2024-01-01\ndraft: "có"\n---\n',
    "escape-alias.md": '---\ntitle: "A"\ndate: 2024-01-01\naliases: ["../../etc/passwd"]\n---\n',
    "empty-slug.md": '---\ntitle: "A"\ndate: 2024-01-01\nslug: "///"\n---\n',
    "locality-int.md": '---\ntitle: "A"\ndate: 2024-01-01\nlocality: 5\n---\n',
    "tags-dict.md": '---\ntitle: "A"\ndate: 2024-01-01\ntags: {a: b}\n---\n',
    "bad-source.md": '---\ntitle: "A"\ndate: 2024-01-01\nsource: "javascript:alert(1)"\n---\n',
    "tab.md": '---\ntitle: "A"\n\tdate: 2024-01-01\n---\n',
    "no-fence.md": "title: A\ndate: 2024-01-01\n",
    "bom-crlf.md": '\ufeff---\r\ntitle: "A"\r\ndate: 2024-01-01\r\n---\r\nx\r\n',
    "year-10000.md": '---\ntitle: "A"\ndate: 10000-01-01\n---\n',
    "_index.md": "---\ntitle: [a]\n---\n",
}


def test_odd_inputs_never_reach_the_editor_as_a_traceback(tmp_path: Path):
    files = {"config.toml": GOOD_CONFIG}
    files.update({f"content/odd/{name}": text for name, text in ODD.items()})
    site = tmp_path / "site"
    for rel, text in files.items():
        path = site / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8", newline="")
    run = run_build(site)
    assert "Traceback" not in run.stderr + run.stdout, run.stderr
    assert run.returncode == 1
    lines = problem_lines(run.stderr)
    for line in lines:
        assert LINE.match(line), line
    named = {line.split(":", 1)[0] for line in lines if ": error: " in line}
    ok = {"content/odd/int-title.md", "content/odd/bom-crlf.md"}  # these two are fine
    assert named == {f"content/odd/{name}" for name in ODD} - ok


def test_unknown_command_and_missing_folder_are_usage_errors(tmp_path: Path):
    run = run_build(tmp_path / "nowhere")
    assert run.returncode == 2 and "no such folder" in run.stderr
    run = subprocess.run([sys.executable, str(REPO / "build.py"), "frobnicate"], capture_output=True, text=True)
    assert run.returncode == 2 and "Traceback" not in run.stderr
