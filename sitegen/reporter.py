"""Progress and messages go through one reporter, which tests swap for a silent one."""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from typing import TextIO

from .errors import Problems


class Silent:
    def progress(self, stage: str, done: int, total: int) -> None:
        pass

    def done(self) -> None:
        pass


Reporter = Silent  # the interface: progress() and done()


class Terminal(Silent):
    """A counter on one line of a terminal, for builds long enough to need one; quiet otherwise."""

    def __init__(self, stream: TextIO = sys.stderr, delay: float = 1.0):
        self.stream = stream
        self.tty = stream.isatty()
        self.started = time.monotonic()
        self.delay = delay
        self.last = 0.0
        self.shown = False

    def progress(self, stage: str, done: int, total: int) -> None:
        if not self.tty:
            return
        now = time.monotonic()
        if now - self.started < self.delay or (now - self.last < 0.1 and done != total):
            return
        self.last = now
        self.shown = True
        width = 30
        filled = width * done // max(total, 1)
        self.stream.write(f"\r{stage:>7} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        self.stream.flush()

    def done(self) -> None:
        if self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self.shown = False


@dataclass
class BuildReport:
    pages: int = 0
    rendered: int = 0
    written: int = 0
    unchanged: int = 0
    removed: int = 0
    seconds: float = 0.0
    problems: Problems = field(default_factory=Problems)
    rendered_paths: list[str] = field(default_factory=list)
    written_paths: list[str] = field(default_factory=list)
    search: str = ""  # what the search step did, when it ran: "search index: …"

    def summary(self) -> str:
        return (
            f"{self.pages} pages, {self.rendered} rendered, {self.written} written, "
            f"{self.unchanged} unchanged, {self.removed} removed in {self.seconds:.2f} s"
            + (f" ({self.search})" if self.search else "")
        )
