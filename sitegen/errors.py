"""One problem type for everything an editor can get wrong, reported in file coordinates."""

from __future__ import annotations

import re
import traceback
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    """`path:line: error: message` — one line an editor can act on."""

    path: str
    line: int
    severity: str  # "error", "warning" or "note" (for the editor to know; never fails a run)
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return _printable(f"{where}: {self.severity}: {self.message}")


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _printable(text: str) -> str:
    """One line, and nothing a terminal would act on: a file's name or value may hold an
    escape sequence or a line break, and an error quotes both."""
    return _CONTROL.sub(
        lambda m: f"\\x{ord(m.group()):02x}" if m.group() < "\x80" else f"\\u{ord(m.group()):04x}", text
    )


@dataclass
class Problems:
    """Collects every problem of a run, so the editor sees all of them at once."""

    items: list[Problem] = field(default_factory=list)

    def error(self, path: str | Path, line: int, message: str) -> None:
        self.items.append(Problem(str(path), line, "error", message))

    def warning(self, path: str | Path, line: int, message: str) -> None:
        self.items.append(Problem(str(path), line, "warning", message))

    def note(self, path: str | Path, line: int, message: str) -> None:
        self.items.append(Problem(str(path), line, "note", message))

    def extend(self, other: Problems | list[Problem]) -> None:
        self.items.extend(other.items if isinstance(other, Problems) else other)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.items if p.severity == "warning"]

    @property
    def notes(self) -> list[Problem]:
        return [p for p in self.items if p.severity == "note"]

    def sorted(self) -> list[Problem]:
        return sorted(set(self.items), key=lambda p: (p.path, p.line, p.severity, p.message))


def template_problem(err: Exception, url: str) -> Problem:
    """A template mistake, at the template's file and line, naming the page (its URL) it broke."""
    import jinja2  # only a run that renders pays for it

    if isinstance(err, jinja2.TemplateSyntaxError):
        return Problem(err.filename or err.name or "template", err.lineno or 0, "error", f"template: {err.message}")
    where, line = "template", 0
    for frame, lineno in traceback.walk_tb(err.__traceback__):
        name = frame.f_code.co_filename
        if name.endswith((".html", ".xml", ".txt")):
            where, line = name, lineno
    return Problem(where, line, "error", f"template: {err} (while rendering {url})")


class BuildFailed(Exception):
    """Raised when content, config or templates have errors; carries all of them. Every command
    fails this way, and the CLI prints the problems and exits with `code`."""

    def __init__(self, problems: Problems, code: int = 1):
        super().__init__(f"{len(problems.errors)} error(s)")
        self.problems = problems
        self.code = code


class CommandError(BuildFailed):
    """A command refused before any file was at fault (a wrong option, a file in the way). It
    has no path: the CLI prints it as `<prog> <command>: error: message`. `code` is the exit
    status (2: a wrong option; 1: the site or a file is in the way)."""

    def __init__(self, message: str, code: int = 2):
        problems = Problems()
        problems.error("", 0, message)
        super().__init__(problems, code)
        self.args = (message,)  # str(err) is the message
