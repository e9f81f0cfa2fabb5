"""Two output trees, byte for byte: which files differ, and a short diff of the first ones."""

from __future__ import annotations

import difflib
from pathlib import Path


def read_tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def differing(incremental: Path, clean: Path) -> list[str]:
    """Paths (relative) missing from one tree or holding other bytes, sorted."""
    one, other = read_tree(incremental), read_tree(clean)
    return sorted(rel for rel in one.keys() | other.keys() if one.get(rel) != other.get(rel))


def explain(incremental: Path, clean: Path, paths: list[str], first: int = 3, lines: int = 16) -> str:
    """What differs in the first few paths: only in one tree, or a unified diff (cut short)."""
    out: list[str] = []
    for rel in paths[:first]:
        a, b = incremental / rel, clean / rel
        if not a.exists():
            out.append(f"  {rel}: only in the clean build")
            continue
        if not b.exists():
            out.append(f"  {rel}: only in the incremental build (stale)")
            continue
        old = a.read_bytes().decode("utf-8", "replace").splitlines()
        new = b.read_bytes().decode("utf-8", "replace").splitlines()
        diff = list(difflib.unified_diff(old, new, f"incremental/{rel}", f"clean/{rel}", n=0, lineterm=""))
        out.append(f"  {rel}:")
        out += [f"    {line[:200]}" for line in diff[:lines]]
        if len(diff) > lines:
            out.append(f"    … {len(diff) - lines} more diff lines")
    if len(paths) > first:
        out.append(f"  … and {len(paths) - first} more files")
    return "\n".join(out)
