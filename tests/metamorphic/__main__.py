"""python3 -m tests.metamorphic [--steps N] [--seed S] [--quiet]: the long metamorphic run."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from sitegen import state

from . import Finding, run


def main() -> int:
    parser = argparse.ArgumentParser(prog="python3 -m tests.metamorphic", description=__doc__)
    parser.add_argument("--steps", type=int, default=2000, help="edits (default 2,000)")
    parser.add_argument("--seed", type=int, default=13, help="the run's seed: the same seed, the same edits")
    parser.add_argument("--quiet", action="store_true", help="print differences and the summary only")
    parser.add_argument(
        "--quick", action="store_true", help="cards without bodies, half the edits body edits: the quick build's run"
    )
    parser.add_argument(
        "--forked",
        action="store_true",
        help="every build's look as a large archive's: a forked child walks part of content/ (state.ForkedLook)",
    )
    args = parser.parse_args()
    if args.forked:
        state.ForkedLook.FORK_FROM, state.OUTPUT_COST = 0, 0.0

    def on_step(step: int, edit: str, finding: Finding | None) -> None:
        if finding is not None:
            print(finding, flush=True)
        elif not args.quiet:
            print(f"step {step}: {edit}: same", flush=True)

    with tempfile.TemporaryDirectory(prefix="metamorphic-") as tmp:
        result = run(args.steps, args.seed, Path(tmp), on_step=on_step, quick=args.quick)
    print(result.line())
    return 1 if result.findings else 0


if __name__ == "__main__":
    sys.exit(main())
