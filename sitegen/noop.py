"""The build that has nothing to do: nothing it read has changed since the last one, and every
file it wrote is there. Answered from the last build's snapshot (state.Snapshot) with one stat
per file read and written, and without importing the renderer, Jinja or the register: a no-op
build is then mostly the interpreter's own start."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from . import state as cache
from .files import GENERATOR_THEMES, FileStat, Listing, listing
from .fingerprints import generator_digest
from .reporter import BuildReport


@dataclass
class Look:
    """What a build saw before it started: the generator, what it reads and its stats."""

    generator: str
    listing: Listing  # content/, walked
    snapshot: cache.Stats  # state.take_snapshot()
    report: BuildReport | None  # the no-op build's report, when nothing changed
    last: cache.Snapshot | None = None  # the last build's snapshot (quick.py compares with it)
    started: float = 0.0  # time.perf_counter() when the build started

    @property
    def files(self) -> list[FileStat]:
        """content/'s files, for a build that has something to do (a no-op needs the columns only)."""
        return self.listing.files()


def look(site_dir: Path, output: Path, *, full: bool = False) -> Look:
    started = time.perf_counter()
    generator = generator_digest()
    last = None if full else cache.last_snapshot(site_dir, output)
    content = str(site_dir / "content")
    # Whether the last build's outputs are all there, and a part of content/, are looked at
    # by a forked process while this one walks the rest.
    ahead = cache.ForkedLook(last, output, content) if last is not None and last.generator == generator else None
    report = None
    try:
        roots = [site_dir / "themes", GENERATOR_THEMES]
        files = listing(content, part=ahead.mine if ahead is not None else None)
        if ahead is not None:
            files.extend(ahead.rest())
        snapshot = cache.take_snapshot(site_dir, roots, files)
        if ahead is not None and ahead.snap.files == snapshot and ahead.answer():
            report = BuildReport(pages=ahead.snap.pages, unchanged=ahead.snap.count)
            report.problems.extend(list(ahead.snap.problems))
            report.seconds = time.perf_counter() - started
    finally:
        if ahead is not None:
            ahead.cancel()
    return Look(generator, files, snapshot, report, last, started)
