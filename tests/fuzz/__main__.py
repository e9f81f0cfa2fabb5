"""python3 -m tests.fuzz [--cases N] [--target NAME …] [--seed S]: the long fuzz run."""

from __future__ import annotations

import argparse
import sys

from . import TARGETS, run


def main() -> int:
    parser = argparse.ArgumentParser(prog="python3 -m tests.fuzz", description=__doc__)
    parser.add_argument("--cases", type=int, default=10_000, help="inputs per target (default 10,000)")
    parser.add_argument("--target", action="append", choices=sorted(TARGETS), help="one target (repeatable)")
    parser.add_argument("--seed", type=int, default=11, help="the run's seed: the same seed, the same inputs")
    args = parser.parse_args()
    failed = False
    for target in args.target or list(TARGETS):
        result = run(target, args.cases, args.seed)
        print(result.line(), flush=True)
        for example in result.examples:
            print(example, file=sys.stderr)
        failed = failed or not result.ok
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
