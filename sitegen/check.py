"""`build.py check`: every validation the build does, and the warnings an editor wants; writes nothing."""

from __future__ import annotations

from pathlib import Path

from .errors import BuildFailed, Problems
from .pipeline import load


def check(site_dir: Path) -> Problems:
    try:
        loaded = load(site_dir, site_dir / "output")
    except BuildFailed as failed:
        return failed.problems
    problems = loaded.problems
    for entry in loaded.site.unknown.entries:
        a = entry.article
        problems.warning(a.source, a.lines.get("title", 1),
                         "no locality: put the file in its locality's folder, or add "
                         "locality: [Tỉnh …, Huyện …]")
    return problems
