"""Rebuild the golden sample site and store it as the expected output tree.

    python tests/golden/refresh.py

Run it after a change that is meant to alter the generated site, then read the diff of
tests/golden/expected/ before committing it: that diff is the change readers will see.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "site"  # config.toml and content/ of the sample site
EXPECTED = HERE / "expected"


def build_golden(output: Path) -> None:
    """Build the sample site, from a copy (the build cache must not land in the repository)."""
    from sitegen.pipeline import build

    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        shutil.copytree(SOURCE, site)
        build(site, output, full=True)


def tree(root: Path) -> dict[str, bytes]:
    """Every file under root by its relative path."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "output"
        build_golden(out)
        if EXPECTED.exists():
            shutil.rmtree(EXPECTED)
        shutil.copytree(out, EXPECTED)
    print(f"wrote {len(tree(EXPECTED))} files to {EXPECTED.relative_to(HERE.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
