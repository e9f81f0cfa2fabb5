"""The short, seeded fuzz run of every target (the long one: python3 -m tests.fuzz --cases N)."""

from __future__ import annotations

import pytest

from tests.fuzz import TARGETS, run

SHORT = {"frontmatter": 100, "config": 50, "index": 50, "import": 50, "paths": 20}


@pytest.mark.parametrize("target", sorted(TARGETS))
def test_short_fuzz_run_finds_no_traceback_no_hang(target: str) -> None:
    result = run(target, SHORT[target], run_seed=11)
    assert result.cases == SHORT[target]
    assert result.ok, result.line() + "\n" + "\n".join(result.examples)


def test_the_harness_counts_what_it_finds(monkeypatch) -> None:
    """A target that breaks is counted, not hidden (so a run that reports 0 means 0)."""
    import tests.fuzz as fuzz

    calls = []

    def broken(value) -> None:
        calls.append(value)
        if len(calls) % 2:
            raise ValueError("boom")

    monkeypatch.setitem(fuzz.TARGETS, "config", (broken, TARGETS["config"][1]))
    result = run("config", 10)
    assert result.tracebacks == 5 and not result.ok and "boom" in result.examples[0]
