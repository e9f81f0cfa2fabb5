"""Issue 13: after every random edit, the incremental build equals a clean build byte for byte,
on a site whose theme (tests/metamorphic/theme/) shows every field and site-wide figures.

The long run: python3 -m tests.metamorphic --steps 2000 --seed 13."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitegen import quick, state
from sitegen.pipeline import build
from tests.metamorphic import Harness, run
from tests.metamorphic.compare import differing, explain
from tests.metamorphic.edits import EDITS

FAST_STEPS = 30
SLOW_STEPS = 200


def test_incremental_equals_clean_after_every_edit(tmp_path: Path) -> None:
    result = run(FAST_STEPS, seed=13, root=tmp_path, stop_at_first=True)
    assert not result.findings, "\n".join(str(f) for f in result.findings)
    assert result.steps == FAST_STEPS


def test_the_quick_build_equals_clean_after_every_edit(tmp_path: Path, monkeypatch) -> None:
    """Cards without bodies, half the edits body edits: most of those take the quick build
    (sitegen/quick.py), and each is checked like any other."""
    taken = []
    real = quick.build
    monkeypatch.setattr(quick, "build", lambda *a, **k: taken.append(real(*a, **k)) or taken[-1])
    result = run(FAST_STEPS, seed=7, root=tmp_path, stop_at_first=True, quick=True)
    assert not result.findings, "\n".join(str(f) for f in result.findings)
    assert result.steps == FAST_STEPS
    assert sum(report is not None for report in taken) >= FAST_STEPS // 4


def test_incremental_equals_clean_with_the_look_in_two_processes(tmp_path: Path, monkeypatch) -> None:
    """Every build's look as a large archive's (state.ForkedLook): a forked child looks for the
    outputs and walks content/ from the split on, while the parent walks the rest."""
    monkeypatch.setattr(state.ForkedLook, "FORK_FROM", 0)
    monkeypatch.setattr(state, "OUTPUT_COST", 0.0)  # half of content/ each
    result = run(FAST_STEPS, seed=29, root=tmp_path, stop_at_first=True, quick=True)
    assert not result.findings, "\n".join(str(f) for f in result.findings)
    assert result.steps == FAST_STEPS
    assert state.last_snapshot(tmp_path / "site", tmp_path / "incremental").split  # it was split


@pytest.mark.slow
def test_the_quick_build_equals_clean_after_every_edit_long(tmp_path: Path) -> None:
    result = run(SLOW_STEPS, seed=2027, root=tmp_path, stop_at_first=True, quick=True)
    assert not result.findings, "\n".join(str(f) for f in result.findings)
    assert result.steps == SLOW_STEPS


@pytest.mark.slow
def test_incremental_equals_clean_after_every_edit_long(tmp_path: Path) -> None:
    result = run(SLOW_STEPS, seed=2026, root=tmp_path, stop_at_first=True)
    assert not result.findings, "\n".join(str(f) for f in result.findings)
    assert result.steps == SLOW_STEPS


@pytest.fixture
def built(tmp_path: Path) -> tuple[Harness, Path]:
    """A small generated site, built both ways: the two trees start out the same."""
    harness = Harness(tmp_path, seed=5, articles=6)
    harness.build_incremental()
    clean = harness.build_clean()
    assert differing(harness.incremental, clean) == []
    return harness, clean


def test_the_comparison_sees_a_changed_byte_a_missing_and_an_extra_file(built) -> None:
    """So the test above cannot pass because the comparison looks at nothing."""
    harness, clean = built
    page = harness.incremental / "index.html"
    page.write_bytes(page.read_bytes().replace(b"articles: ", b"articles: 1", 1))
    gone = next(p for p in sorted(harness.incremental.rglob("*.xml")))
    gone.unlink()
    (harness.incremental / "stale.html").write_text("old page\n")
    paths = differing(harness.incremental, clean)
    assert paths == sorted(["index.html", gone.relative_to(harness.incremental).as_posix(), "stale.html"])
    detail = explain(harness.incremental, clean, paths, first=10)
    assert "+++ clean/index.html" in detail and "-    <p>articles: 1" in detail
    assert "only in the clean build" in detail and "only in the incremental build (stale)" in detail


def test_a_stale_incremental_output_is_a_finding(built, monkeypatch) -> None:
    """An incremental build that does nothing after an edit is caught, with the step and edit."""
    harness, _ = built
    monkeypatch.setattr(Harness, "build_incremental", lambda self: None)
    edit = EDITS["title"](harness.model)
    finding = harness.check(7, edit)
    assert finding is not None and finding.step == 7 and finding.edit == edit
    assert finding.paths and "step 7: " in str(finding)


def test_every_kind_of_edit_keeps_the_site_buildable(tmp_path: Path) -> None:
    """Each edit once, on one site: an edit that broke the build would hide real findings."""
    harness = Harness(tmp_path, seed=3, articles=8)
    for name, edit in sorted(EDITS.items()):
        assert edit(harness.model) is not None, name
    harness.build_clean()  # raises BuildFailed if an edit made the site invalid


@pytest.mark.slow
def test_a_run_whose_incremental_build_is_a_full_one_finds_nothing(tmp_path: Path, monkeypatch) -> None:
    """The other way round: two clean builds of the same edits agree, so a difference the run
    reports is the incremental build's, never output that varies from build to build."""
    monkeypatch.setattr(Harness, "build_incremental", lambda self: build(self.site, self.incremental, full=True))
    result = run(20, seed=29, root=tmp_path)
    assert result.steps == 20 and not result.findings, "\n".join(str(f) for f in result.findings)
