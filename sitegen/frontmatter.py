"""Split the `---` block off a Markdown file and read it as YAML, keeping each key's line;
and the one way frontmatter is written (`new`, `init`, `import`): one key a line, lists in
flow style, in the order the caller gives, comments where the editor needs a hint.

Line numbers count from the top of the file (the opening `---` is line 1), so an error
points where the editor looks; Zola and Hugo both first got this wrong (zola#1133, hugo#9857).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

from . import safeyaml
from .text import split_level

_FENCE = re.compile(r"^---[ \t]*\r?$", re.MULTILINE)


class FrontmatterError(ValueError):
    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


@dataclass(frozen=True)
class Frontmatter:
    data: dict[str, Any]
    lines: dict[str, int]  # key → line in the file
    body: str
    body_line: int  # line where the body starts


def split(text: str) -> Frontmatter:
    """Parse `text` (already decoded); raise FrontmatterError with a file line on any mistake."""
    if not text.strip():
        raise FrontmatterError(
            1, "the file is empty: an article starts with a '---' line, then title: and date:, then another '---' line"
        )
    if text.startswith("\ufeff"):
        text = text[1:]
    raw_first = text.split("\n", 1)[0]
    first = raw_first.rstrip("\r")  # Windows line ends: "\r" is part of the line, not of the block
    if first.rstrip() != "---":
        raise FrontmatterError(
            1, "no frontmatter: the first line must be '---', followed by title: and date: and a closing '---' line"
        )
    after_open = len(raw_first) + 1
    closing = _FENCE.search(text, after_open)
    if closing is None:
        raise FrontmatterError(
            1, "the frontmatter opened by '---' on line 1 is never closed: add a line '---' after the last key"
        )
    block = text[after_open : closing.start()]
    body_start = closing.end() + 1
    body_line = text.count("\n", 0, body_start) + 1
    data, lines = _parse_yaml(block, first_line=2)
    return Frontmatter(data, lines, text[body_start:], body_line)


def _parse_yaml(block: str, first_line: int) -> tuple[dict[str, Any], dict[str, int]]:
    if not block.strip():
        return {}, {}
    try:
        data, lines = safeyaml.load(block, first_line)
    except safeyaml.YamlProblem as err:
        raise FrontmatterError(err.line, err.message) from None
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = first_line + (mark.line if mark else 0)
        raise FrontmatterError(line, f"the frontmatter is not valid YAML: {_yaml_reason(err)}") from None
    except yaml.reader.ReaderError as err:  # a character YAML refuses, found before any mark
        line = first_line + block.count("\n", 0, max(0, err.position))
        code = ord(err.character) if isinstance(err.character, str) else err.character
        raise FrontmatterError(
            line, f"the frontmatter holds the character #x{code:04x}, which YAML refuses: remove it"
        ) from None
    except yaml.YAMLError as err:
        raise FrontmatterError(first_line, f"the frontmatter is not valid YAML: {' '.join(str(err).split())}") from None
    if data is None:
        return {}, {}
    if not isinstance(data, dict):
        raise FrontmatterError(first_line, "the frontmatter must be 'key: value' lines, like title: \"…\"")
    for key, line in lines.items():
        if not isinstance(key, str):
            raise FrontmatterError(line, f"{key!r} is not a key name: write a word, like tags:")
    return data, lines


def _yaml_reason(err: yaml.MarkedYAMLError) -> str:
    problem = err.problem or str(err)
    hint = ""
    if "mapping values are not allowed" in problem:
        hint = ' (a value with ": " in it needs quotes: title: "A: B")'
    elif "found character '\\t'" in problem:
        hint = " (use spaces, not tabs)"
    elif "expected <block end>" in problem or "could not find expected ':'" in problem:
        hint = ' (check the quotes and the indentation; quote values that contain ": " or "#")'
    return f"{problem}{hint}"


def scalar(value: str) -> str:
    """A YAML scalar on one line: plain when YAML reads it back as the same text, else quoted."""
    dumped = yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, width=10**6)
    return dumped.removesuffix("\n...\n").rstrip("\n")


def flow_list(values: list[str] | tuple[str, ...]) -> str:
    """ "[a, b]" on one line, each item quoted when a comma or bracket would split it."""
    return "[" + ", ".join(_item(v) for v in values) + "]"


def _item(value: str) -> str:
    dumped = scalar(value)
    if dumped == value and any(c in value for c in ",[]{}"):  # inside a [list] a comma splits
        dumped = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return dumped


def block(lines: list[str]) -> str:
    """The frontmatter block of `key: value` lines (already written), with its fences."""
    return "\n".join(["---", *lines, "---"]) + "\n"


def index_text(title: str) -> str:
    """A locality's _index.md: its title and, when the title starts with one, its level."""
    level = split_level(title)[0]
    return block([f"title: {scalar(title)}", *([f"level: {scalar(level)}"] if level else [])])
