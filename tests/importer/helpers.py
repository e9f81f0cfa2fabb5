"""Reading an imported file back, and checking a raw case against its expected fields."""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path

import yaml

CASES = Path(__file__).parent / "cases"


def norm(text: str) -> str:
    return " ".join(text.replace("\ufeff", "").replace("\u00a0", " ").split())


def read_output(path: Path) -> tuple[dict, str]:
    text = path.read_text(encoding="utf-8")
    match = re.match(r"^---\n(.*?)\n---\n(.*)$", text, re.DOTALL)
    assert match, f"{path} has no frontmatter block"
    return yaml.safe_load(match.group(1)) or {}, match.group(2)


def plain(body: str) -> str:
    """The body's text as a reader sees it: Markdown escapes undone, whitespace normalised."""
    return norm(re.sub(r"\\(.)", r"\1", body).replace("&lt;", "<"))


def as_text(value):
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def expected(case: Path) -> dict:
    return json.loads(case.with_suffix(".json").read_text(encoding="utf-8"))


def raw_lines(case: Path) -> list[str]:
    text = case.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
    return [norm(line) for line in text.split("\n") if norm(line)]


def check_body(case: Path, meta: dict, body: str, want: dict) -> None:
    """Every line that is not furniture, metadata or the title is in the body, in order;
    furniture is nowhere in the file; metadata is not in the body."""
    text = plain(body)
    frontmatter_text = norm(json.dumps(meta, ensure_ascii=False, default=str))
    position = 0
    skip = {norm(x) for x in want.get("meta", [])} | {norm(want["title"])}
    furniture = {norm(x) for x in want.get("furniture", [])}
    for line in raw_lines(case):
        if line in furniture:
            assert line not in text and line not in frontmatter_text, f"furniture kept: {line!r}"
            continue
        if line in skip:
            if line != norm(want["title"]) or text.count(line) == 0:
                assert line not in text, f"metadata line left in the body: {line!r}"
            continue
        found = text.find(line, position)
        assert found >= 0, f"line missing from the body (or out of order): {line!r}"
        position = found + len(line)
