"""The incremental cache on disk: parsed sources, and what the last build wrote.

One pickle in `<site>/.cache/`, per output folder. A cache from another version of the
generator, or one that does not load, is thrown away and the build starts cold.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FORMAT = 3  # bump when the shape of State changes


@dataclass
class Written:
    fingerprint: str  # of everything that went into the bytes
    digest: str  # of the bytes written


@dataclass
class State:
    generator: str = ""
    # source path → (size, mtime_ns, content digest, parsed object or None, problems, settings)
    sources: dict[str, tuple[int, int, str, Any, tuple]] = field(default_factory=dict)
    outputs: dict[str, Written] = field(default_factory=dict)  # output path → what it holds


def generator_digest() -> str:
    """Changes whenever the generator's own code changes, so its cache is not trusted."""
    h = hashlib.blake2b(f"{FORMAT}".encode(), digest_size=12)
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        if "importer" not in path.parts:  # the importer does not shape the site
            h.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def cache_file(site: Path, output: Path) -> Path:
    key = hashlib.blake2b(str(output.resolve()).encode(), digest_size=6).hexdigest()
    return site / ".cache" / f"build-{key}.pickle"


def load(path: Path, generator: str, *, full: bool = False) -> State:
    """The last build's state. With `full`, or from another generator, nothing in it is trusted
    but the list of files it wrote (so that those no longer made are still removed); files a
    killed build may have renamed into place (`pending`) are not trusted either."""
    try:
        with open(path, "rb") as f:
            state = pickle.load(f)
    except Exception:  # missing, truncated, from another Python: start cold
        state = None
    if not isinstance(state, State) or not isinstance(state.outputs, dict):
        state = State(generator=generator)
    elif full or state.generator != generator:
        state = State(generator=generator, outputs={rel: Written("", "") for rel in state.outputs})
    for rel in load_pending(path):
        state.outputs[rel] = Written("", "")
    return state


def save(path: Path, state: State) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    with open(tmp, "wb") as f:
        pickle.dump(state, f, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)


def pending_file(path: Path) -> Path:
    return path.with_suffix(".pending")


def save_pending(path: Path, rels: list[str]) -> None:
    """Before renaming files into output/: which ones, in case the build dies halfway."""
    pending = pending_file(path)
    pending.parent.mkdir(parents=True, exist_ok=True)
    tmp = pending.with_suffix(f".tmp{os.getpid()}")
    tmp.write_text("".join(rel + "\n" for rel in load_pending(path) + rels), "utf-8")
    os.replace(tmp, pending)


def load_pending(path: Path) -> list[str]:
    try:
        return pending_file(path).read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []


def clear_pending(path: Path) -> None:
    pending_file(path).unlink(missing_ok=True)


@dataclass
class Snapshot:
    """What a build read, in a form that is cheap to take again: if nothing in it changed
    since the last successful build, the build has nothing to do (a no-op in milliseconds)."""

    generator: str
    files: tuple  # (path, size, mtime_ns) of config, content and themes
    outputs: tuple[str, ...]
    problems: tuple  # warnings of the last build, to show them again
    pages: int = 0


def take_snapshot(site: Path, theme_roots: list[Path], generator: str) -> tuple:
    """(path, size, mtime) of config.toml, everything under content/ and the theme folders."""
    found: list[tuple[str, int, int]] = []
    roots = [site / "config.toml", site / "content", *theme_roots]
    for root in roots:
        if root.is_file():
            st = root.stat()
            found.append((str(root), st.st_size, st.st_mtime_ns))
            continue
        for folder, dirs, files in os.walk(root):
            dirs.sort()
            for name in sorted(files):
                path = os.path.join(folder, name)
                st = os.stat(path)
                found.append((path, st.st_size, st.st_mtime_ns))
    return tuple(found)


def snapshot_file(site: Path, output: Path) -> Path:
    return cache_file(site, output).with_suffix(".snapshot")


def unchanged(site: Path, output: Path, files: tuple, generator: str) -> Snapshot | None:
    """The last build's snapshot if nothing it read has changed (`files` is take_snapshot()
    now) and its outputs are all there."""
    path = snapshot_file(site, output)
    try:
        with open(path, "rb") as f:
            snap = pickle.load(f)
    except Exception:
        return None
    if not isinstance(snap, Snapshot) or snap.generator != generator:
        return None
    if snap.files != files:
        return None
    if not all(os.path.isfile(os.path.join(output, rel)) for rel in snap.outputs):
        return None
    return snap


def save_snapshot(site: Path, output: Path, snap: Snapshot) -> None:
    path = snapshot_file(site, output)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    with open(tmp, "wb") as f:
        pickle.dump(snap, f, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)


def forget_snapshot(site: Path, output: Path) -> None:
    snapshot_file(site, output).unlink(missing_ok=True)
