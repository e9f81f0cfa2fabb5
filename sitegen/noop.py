"""The build that has nothing to do: nothing it read has changed since the last one, and every
file it wrote is there. Answered from the last build's snapshot (state.Snapshot) with one stat
per file read and written, and without importing the renderer, Jinja or the register: a no-op
build is then mostly the interpreter's own start."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from pathlib import Path

from . import state as cache
from .files import GENERATOR_THEMES, FileStat, walk
from .fingerprints import generator_digest
from .reporter import BuildReport


@dataclass
class Look:
    """What a build saw before it started: the generator, what it reads and its stats."""

    generator: str
    files: list[FileStat]  # content/, walked
    snapshot: cache.Stats  # state.take_snapshot()
    report: BuildReport | None  # the no-op build's report, when nothing changed
    last: cache.Snapshot | None = None  # the last build's snapshot (quick.py compares with it)
    started: float = 0.0  # time.perf_counter() when the build started


def look(site_dir: Path, output: Path, *, full: bool = False) -> Look:
    started = time.perf_counter()
    generator = generator_digest()
    roots = [site_dir / "themes", GENERATOR_THEMES]
    last = None if full else cache.last_snapshot(site_dir, output)
    outputs = _Outputs(last, output) if last is not None else None  # looked for while content/ is walked
    files = walk(str(site_dir / "content"))
    snapshot = cache.take_snapshot(site_dir, roots, files)
    report = None
    same = last is not None and cache.unchanged(last, snapshot, generator)
    there = outputs is not None and outputs.result(wanted=same)
    if last is not None and same and there:
        report = BuildReport(pages=last.pages, unchanged=last.count)
        report.problems.extend(list(last.problems))
        report.seconds = time.perf_counter() - started
    return Look(generator, files, snapshot, report, last, started)


class _Outputs(threading.Thread):
    """Whether the last build's outputs are all there, asked on a second thread: the stats
    wait on the system, not on the interpreter, so they overlap the walk of content/."""

    def __init__(self, last: cache.Snapshot, output: Path):
        super().__init__(daemon=True)
        self.last, self.output = last, output
        self.stop = threading.Event()
        self.there = False
        self.start()

    def run(self) -> None:
        self.there = cache.outputs_there(self.last, self.output, self.stop)

    def result(self, *, wanted: bool) -> bool:
        """The answer, or (not `wanted`: something changed) False at once. The thread has
        ended either way: a build may fork its workers next."""
        if not wanted:
            self.stop.set()
        self.join()
        return wanted and self.there
