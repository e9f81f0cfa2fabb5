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


def load(path: Path, generator: str) -> State:
    try:
        with open(path, "rb") as f:
            state = pickle.load(f)
    except Exception:  # missing, truncated, from another Python: start cold
        return State(generator=generator)
    if not isinstance(state, State) or state.generator != generator:
        return State(generator=generator)
    return state


def save(path: Path, state: State) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    with open(tmp, "wb") as f:
        pickle.dump(state, f, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)
