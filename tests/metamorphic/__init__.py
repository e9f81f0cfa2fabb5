"""Metamorphic test of the incremental build (issue 13): a seeded random sequence of edits on a
small site whose theme (theme/) shows every field a template can reach and site-wide figures;
after every edit the incremental build must equal a clean build byte for byte.

The incremental build keeps its cache in the site's .cache/, as `build` does; the clean build
is of a copy of the site without .cache/, with full=True, into a new folder. After a step that
differs, the incremental output is rebuilt in full, so each difference counts against the
edit that caused it and not against every later step."""

from __future__ import annotations

import random
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sitegen.errors import BuildFailed
from sitegen.pipeline import build

from .compare import differing, explain
from .edits import apply_random
from .sitemodel import SiteModel


@dataclass
class Finding:
    step: int
    edit: str
    paths: list[str]
    detail: str

    def __str__(self) -> str:
        return f"step {self.step}: {self.edit}\n  {len(self.paths)} file(s) differ\n{self.detail}"


@dataclass
class Result:
    seed: int
    steps: int = 0
    findings: list[Finding] = field(default_factory=list)
    seconds: float = 0.0

    def line(self) -> str:
        return (
            f"metamorphic seed {self.seed}: {self.steps} steps, {len(self.findings)} with differences, "
            f"{self.seconds:.1f} s"
        )


def _errors(err: BuildFailed) -> str:
    return "\n".join(f"  {p}" for p in err.problems.errors[:5])


class Harness:
    """A site under `root`, its incremental output, and the clean build to compare with."""

    def __init__(self, root: Path, seed: int, articles: int | None = None, *, quick: bool = False):
        self.root = root
        self.rng = random.Random(seed)
        self.site = root / "site"
        self.incremental = root / "incremental"
        self.model = SiteModel(self.site, self.rng)
        self.model.quiet_cards = quick
        self.model.populate(articles if articles is not None else self.rng.randint(15, 30))
        self.model.write_all()

    def build_incremental(self) -> None:
        build(self.site, self.incremental)

    def build_clean(self) -> Path:
        """A copy of the site without its cache, built in full into a new folder."""
        copy, out = self.root / "clean-site", self.root / "clean"
        for old in (copy, out):
            shutil.rmtree(old, ignore_errors=True)
        shutil.copytree(self.site, copy, ignore=shutil.ignore_patterns(".cache"))
        build(copy, out, full=True)
        return out

    def check(self, step: int, edit: str) -> Finding | None:
        """Both builds after an edit; a Finding when they fail differently or differ in a byte."""
        failures: list[str] = []
        try:
            self.build_incremental()
        except BuildFailed as err:
            failures.append("incremental build failed:\n" + _errors(err))
        try:
            clean = self.build_clean()
        except BuildFailed as err:
            failures.append("clean build failed:\n" + _errors(err))
        if failures:
            return Finding(step, edit, [], "\n".join(failures))
        paths = differing(self.incremental, clean)
        if not paths:
            return None
        return Finding(step, edit, paths, explain(self.incremental, clean, paths))

    def resync(self) -> None:
        """After a difference: the incremental output made right again, so the next step's
        difference is its own edit's."""
        try:
            build(self.site, self.incremental, full=True)
        except BuildFailed:
            pass  # the site itself is broken: the next step reports it again


def run(
    steps: int,
    seed: int,
    root: Path,
    *,
    articles: int | None = None,
    stop_at_first: bool = False,
    on_step: Callable[[int, str, Finding | None], None] | None = None,
    quick: bool = False,
) -> Result:
    """`steps` random edits, each followed by both builds and the comparison; `stop_at_first`
    ends the run at the first difference (a test needs one, a survey wants them all). With
    `quick`, cards show no bodies and half the edits are body edits: the quick build's run."""
    started = time.perf_counter()
    result = Result(seed)
    harness = Harness(root, seed, articles, quick=quick)
    for step in range(steps + 1):
        edit = apply_random(harness.model, 0.5 if quick else 0.0) if step else "the generated site, before any edit"
        finding = harness.check(step, edit)
        result.steps = step
        if on_step:
            on_step(step, edit, finding)
        if finding is not None:
            result.findings.append(finding)
            if stop_at_first:
                break
            harness.resync()
    result.seconds = time.perf_counter() - started
    return result
