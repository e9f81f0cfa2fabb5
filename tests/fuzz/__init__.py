"""The fuzzing harness (issue 11): Hypothesis feeds each target hostile and broken input and
counts tracebacks, broken promises and hangs. A short seeded run is part of the test suite
(tests/fuzz/test_fuzz.py); before a release, run it long:

    python3 -m tests.fuzz --cases 100000 --target frontmatter
    python3 -m tests.fuzz --cases 10000          # every target
"""

from __future__ import annotations

import signal
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

from . import strategies, targets

TARGETS: dict[str, tuple[Callable[[Any], None], st.SearchStrategy]] = {
    "frontmatter": (targets.frontmatter, strategies.strategy(strategies.frontmatter_text)),
    "config": (targets.config, strategies.strategy(strategies.config_text)),
    "index": (targets.index, strategies.strategy(strategies.index_text)),
    "import": (targets.raw_import, strategies.strategy(strategies.raw_text)),
    "paths": (targets.paths, strategies.strategy(strategies.file_tree)),
}
HANG_SECONDS = 10  # one small input taking longer than this is a hang


class Hang(Exception):
    pass


@dataclass
class Result:
    target: str
    cases: int = 0
    tracebacks: int = 0
    broken: int = 0  # promises that did not hold (targets.PropertyBroken)
    hangs: int = 0
    slowest: float = 0.0
    seconds: float = 0.0
    examples: list[str] = field(default_factory=list)  # the first few failures, input and traceback

    def line(self) -> str:
        return (
            f"{self.target}: {self.cases} cases, {self.tracebacks} tracebacks, {self.broken} broken promises, "
            f"{self.hangs} hangs; slowest case {self.slowest:.2f} s; {self.seconds:.0f} s in all"
        )

    @property
    def ok(self) -> bool:
        return not (self.tracebacks or self.broken or self.hangs)


def _alarm(signum, frame):
    raise Hang()


def run(target: str, cases: int, run_seed: int = 11) -> Result:
    """Run `cases` generated inputs through one target; never raises for what it finds."""
    check, strategy = TARGETS[target]
    result = Result(target)

    def one(value: Any) -> None:
        result.cases += 1
        started = time.perf_counter()
        signal.setitimer(signal.ITIMER_REAL, HANG_SECONDS)
        try:
            check(value)
        except Hang:
            result.hangs += 1
            _keep(result, value, "hang")
        except targets.PropertyBroken:
            result.broken += 1
            _keep(result, value, traceback.format_exc())
        except Exception:
            result.tracebacks += 1
            _keep(result, value, traceback.format_exc())
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            result.slowest = max(result.slowest, time.perf_counter() - started)

    test = settings(
        max_examples=cases,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )(seed(run_seed)(given(strategy)(one)))
    previous = signal.signal(signal.SIGALRM, _alarm)
    started = time.perf_counter()
    try:
        test()
    finally:
        signal.signal(signal.SIGALRM, previous)
    result.seconds = time.perf_counter() - started
    return result


def _keep(result: Result, value: Any, trace: str) -> None:
    if len(result.examples) < 5:
        result.examples.append(f"input: {value!r}\n{trace}")
