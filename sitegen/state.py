"""The incremental cache on disk: parsed sources, and what the last build wrote.

Per output folder, in `<site>/.cache/`: `build-<key>.pickle` (what was written), `.sources`
(every parsed source) and `.delta` (sources parsed since `.sources` was written: after an
edit, saving one article must not cost a rewrite of ten thousand). A cache from another
version of the generator (fingerprints.generator_digest), or one that does not load, is thrown
away and the build starts cold; a parsed source (a fingerprints.SourceRecord) is only used
while its file's size and time, or bytes, are the same.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import pickle
import signal
import tempfile
import threading
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from itertools import repeat
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, NamedTuple

from .atomic import write_atomic
from .bodies import Body, BodyFile
from .files import FileStat, Listing, listing
from .fingerprints import UNTRUSTED, Dependencies, Written

if TYPE_CHECKING:
    from .fingerprints import SourceRecord

FORMAT = 12  # bump when the shape of State, a SourceRecord or a Written changes
DELTA_LIMIT = 256  # sources kept in .delta before .sources is written again (or 1/20 of them)


@dataclass
class State:
    generator: str = ""
    sources: dict[str, SourceRecord] = field(default_factory=dict)  # source path → its record
    outputs: dict[str, Written] = field(default_factory=dict)  # output path → what it holds
    readers: dict[str, set[str]] = field(default_factory=dict)  # article key → other pages showing its body
    dependencies: Dependencies = field(default_factory=Dependencies)  # what Written.deps numbers
    shape: str = ""  # fingerprints.shape of the last build
    pages: int = 0
    closures: tuple[str, dict[str, str]] = ("", {})  # (all templates' digest, template → closure digest)
    memo: dict[str, dict] = field(default_factory=dict)  # text.memo(): slugs and sort keys
    token: str = ""  # new at every save: what .outputs and the facet store (facets.py) belong to
    numbering: str = field(default_factory=lambda: os.urandom(8).hex())  # of `dependencies`, made with it
    # What the .sources and .delta files hold, so that save() writes only what changed.
    base: str = ""  # token of the .sources file
    on_disk: dict[str, SourceRecord] = field(default_factory=dict, repr=False)
    delta: dict[str, SourceRecord | None] = field(default_factory=dict, repr=False)  # None: removed

    def __getstate__(self) -> dict:
        # The manifest as a few long strings, not a record per output (a large site has
        # hundreds of thousands): pickled five times faster, and pickle's note of every object
        # it writes (its memo) was the peak of a 100,000-article build, at its very end.
        state = dict(self.__dict__)
        outputs = state.pop("outputs")
        written = outputs.values()
        state["outputs_columns"] = (
            len(outputs),
            "\0".join(outputs),
            "\0".join(w.fingerprint for w in written),
            "\0".join(w.digest for w in written),
            array("q", [-1 if w.deps is None else len(w.deps) for w in written]).tobytes(),
            b"".join(w.deps or b"" for w in written),
        )
        return state

    def __setstate__(self, state: dict) -> None:
        count, rels, fingerprints, digests, sizes, blob = state.pop("outputs_columns")
        outputs: dict[str, Written] = {}
        if count:
            deps: list[bytes | None] = []
            at = 0
            for size in _numbers(sizes):
                deps.append(None if size < 0 else blob[at : at + size])
                at += max(size, 0)
            columns = (fingerprints.split("\0"), digests.split("\0"), deps)
            outputs = dict(zip(rels.split("\0"), map(Written, *columns), strict=True))
        state["outputs"] = outputs
        self.__dict__.update(state)


def cache_file(site: Path, output: Path) -> Path:
    key = hashlib.blake2b(str(output.resolve()).encode(), digest_size=6).hexdigest()
    return site / ".cache" / f"build-{key}.pickle"


def load(path: Path, generator: str, *, full: bool = False) -> State:
    """The last build's state. With `full`, or from another generator, nothing in it is trusted
    but the list of files it wrote (so that those no longer made are still removed); files a
    killed build may have renamed into place (`pending`) are not trusted either."""
    state = _read(path)
    if not isinstance(state, State) or not isinstance(state.outputs, dict):
        state = State(generator=generator)
    elif full or state.generator != generator:
        state = State(generator=generator, outputs=dict.fromkeys(state.outputs, UNTRUSTED))
    if not full:
        _load_sources(path, state, generator)
        _load_outputs(path, state)
    for rel in load_pending(path):
        state.outputs[rel] = UNTRUSTED
    return state


def _load_sources(path: Path, state: State, generator: str) -> None:
    base = _read_sources(path.with_suffix(".sources"))
    if not (isinstance(base, tuple) and len(base) == 3 and base[0] == generator and isinstance(base[2], dict)):
        return
    _, state.base, sources = base
    delta = read_delta(path, generator, state.base)
    if delta:
        state.delta = delta
        for rel, entry in delta.items():
            if entry is None:
                sources.pop(rel, None)
            else:
                sources[rel] = entry
    # A body the bodies file does not hold (the file is another since, or cut short): that
    # source is parsed again.
    store = BodyFile(bodies_file(path), writable=False)
    for rel, record in list(sources.items()):
        body = getattr(record.parsed, "body", None)
        if isinstance(body, Body) and not store.holds(body):
            del sources[rel]
    state.sources = sources
    state.on_disk = dict(sources)


def bodies_file(path: Path) -> Path:
    return path.with_suffix(".bodies")


def _load_outputs(path: Path, state: State) -> None:
    """Pages the quick build (quick.py) rendered since this state was saved."""
    found = read_outputs(path, state.token)
    for rel, (fingerprint, data_digest, deps) in found.items():
        state.outputs[rel] = Written(fingerprint, data_digest, state.dependencies.pack(deps))


def read_outputs(path: Path, token: str) -> dict[str, tuple[str, str, tuple]]:
    """The `.outputs` file of the state saved with `token`: output path → (fingerprint, digest
    of the bytes, dependencies). Another state's (a build killed before removing it) is ignored."""
    found = _read(path.with_suffix(".outputs"))
    if isinstance(found, tuple) and len(found) == 2 and found[0] == token and token and isinstance(found[1], dict):
        return found[1]
    return {}


def write_outputs(path: Path, token: str, outputs: dict[str, tuple[str, str, tuple]]) -> None:
    _write(path.with_suffix(".outputs"), (token, outputs))


def read_delta(path: Path, generator: str, base: str) -> dict[str, SourceRecord | None] | None:
    """The `.delta` of the `.sources` file saved with `base` ({} when there is none); None
    when the one there belongs to another."""
    found = _read(path.with_suffix(".delta"))
    if found is None:
        return None if path.with_suffix(".delta").exists() else {}
    if isinstance(found, tuple) and len(found) == 3 and found[:2] == (generator, base) and isinstance(found[2], dict):
        return found[2]
    return None


def write_delta(path: Path, generator: str, base: str, delta: dict[str, SourceRecord | None]) -> None:
    _write(path.with_suffix(".delta"), (generator, base, delta))


def changed_sources(state: State) -> dict[str, SourceRecord | None]:
    """The sources parsed again since the state was loaded (None: removed)."""
    changes: dict[str, SourceRecord | None] = {
        rel: entry for rel, entry in state.sources.items() if state.on_disk.get(rel) is not entry
    }
    changes.update({rel: None for rel in state.on_disk.keys() - state.sources.keys()})
    return changes


def save(path: Path, state: State) -> None:
    """Write the state: the sources that changed into .delta while it is small, else all of
    them into .sources. Each file is replaced whole, so a killed build leaves each either old
    or new, and any mix of them is safe: a parsed source is checked against its file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    changes = changed_sources(state)
    delta = {**state.delta, **changes}
    if state.base and len(delta) <= max(DELTA_LIMIT, len(state.sources) // 20):
        if changes:
            write_delta(path, state.generator, state.base, delta)
        state.delta = delta
    else:
        state.base = os.urandom(8).hex()
        _write_sources(path.with_suffix(".sources"), state.generator, state.base, state.sources)
        path.with_suffix(".delta").unlink(missing_ok=True)
        state.delta = {}
    state.on_disk = dict(state.sources)
    state.token = os.urandom(8).hex()
    _write(path, replace(state, sources={}, on_disk={}, delta={}))
    path.with_suffix(".outputs").unlink(missing_ok=True)  # in the state now


def _read(path: Path) -> Any:
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except Exception:  # missing, truncated, from another Python: not trusted
        return None


def _write(path: Path, data: Any) -> None:
    # Straight to the file: the bytes of a 100,000-article cache are 400 MB.
    write_atomic(path, lambda handle: pickle.dump(data, handle, protocol=pickle.HIGHEST_PROTOCOL))


SOURCES_CHUNK = 4096  # records pickled together in .sources


def _write_sources(path: Path, generator: str, base: str, sources: dict[str, SourceRecord]) -> None:
    """The parsed sources, as a header and then pickles of a few thousand records each: one
    pickle of them all keeps a note of every object it wrote until the end (its memo: a
    hundred megabytes at 100,000 articles)."""
    items = list(sources.items())
    chunks = range(0, len(items), SOURCES_CHUNK)

    def write(handle: BinaryIO) -> None:
        pickle.dump((generator, base, len(chunks)), handle, protocol=pickle.HIGHEST_PROTOCOL)
        for start in chunks:
            pickle.dump(dict(items[start : start + SOURCES_CHUNK]), handle, protocol=pickle.HIGHEST_PROTOCOL)

    write_atomic(path, write)


def _read_sources(path: Path) -> tuple[str, str, dict[str, SourceRecord]] | None:
    try:
        with open(path, "rb") as f:
            generator, base, chunks = pickle.load(f)
            sources: dict[str, SourceRecord] = {}
            for _ in range(chunks):
                sources.update(pickle.load(f))
            return generator, base, sources
    except Exception:  # missing, truncated, of another layout: not trusted
        return None


def pending_file(path: Path) -> Path:
    return path.with_suffix(".pending")


def save_pending(path: Path, rels: list[str]) -> None:
    """Before renaming files into output/: which ones, in case the build dies halfway."""
    pending = pending_file(path)
    pending.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(pending, "".join(rel + "\n" for rel in load_pending(path) + rels).encode("utf-8"))


def load_pending(path: Path) -> list[str]:
    try:
        return pending_file(path).read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []


def clear_pending(path: Path) -> None:
    pending_file(path).unlink(missing_ok=True)


class Stats(NamedTuple):
    """(path, size, mtime_ns) of many files, as three blobs: a large archive's hundred
    thousand files load, compare and save in milliseconds (a tuple each took a fifth of a
    second to save)."""

    paths: str  # joined by NUL
    sizes: bytes  # array("q")
    mtimes: bytes  # array("q")

    @classmethod
    def of(cls, found: Listing) -> Stats:
        return cls("\0".join(found.paths), found.sizes.tobytes(), found.mtimes.tobytes())

    def changed(self, before: Stats) -> list[FileStat] | None:
        """The files whose size or time differ from `before`; None when the files are not
        the same ones."""
        if self.paths != before.paths:
            return None
        sizes, mtimes, old_sizes, old_mtimes = (_numbers(blob) for blob in (*self[1:], *before[1:]))
        found = [i for i, pair in enumerate(zip(mtimes, old_mtimes, strict=True)) if pair[0] != pair[1]]
        found += [i for i, pair in enumerate(zip(sizes, old_sizes, strict=True)) if pair[0] != pair[1]]
        if not found:
            return []
        paths = self.paths.split("\0")
        return [(paths[i], sizes[i], mtimes[i]) for i in sorted(set(found))]


def _numbers(blob: bytes) -> array:
    numbers = array("q")
    numbers.frombytes(blob)
    return numbers


@dataclass
class Snapshot:
    """What a build read, in a form that is cheap to take again: if nothing in it changed
    since the last successful build, the build has nothing to do (a no-op in milliseconds)."""

    generator: str
    files: Stats  # of config, content and themes
    outputs: str  # every output path, joined by NUL
    problems: tuple  # warnings of the last build, to show them again
    pages: int = 0
    token: str = ""  # State.token of the build state saved with it
    count: int = 0  # of outputs
    split: str = ""  # content/'s entries from this name on are walked by the forked look (split_for())


def take_snapshot(site: Path, theme_roots: list[Path], content: Listing | None = None) -> Stats:
    """(path, size, mtime) of config.toml, the content files (`content`, when the caller has
    walked content/ already) and everything in the theme folders."""
    found = Listing.empty()
    config = site / "config.toml"
    if config.is_file():
        st = config.stat()
        found.add(str(config), st.st_size, st.st_mtime_ns)
    if content is None:
        listing(str(site / "content"), into=found)
    else:
        found.extend(content)
    for root in theme_roots:
        listing(str(root), everything=True, into=found)
    return Stats.of(found)


def snapshot_file(site: Path, output: Path) -> Path:
    return cache_file(site, output).with_suffix(".snapshot")


def outputs_there(snap: Snapshot, output: Path) -> bool:
    """Whether every file the last build wrote is in output/ (not removed by hand since)."""
    if not snap.outputs:
        return True
    prefix = os.path.join(output, "")
    # One access() per output, looped in C: a large site has hundreds of thousands, and
    # access() makes no stat result (a third cheaper than os.stat at 100,000 articles).
    paths = (prefix + snap.outputs.replace("\0", "\0" + prefix)).split("\0")
    return all(map(os.access, paths, repeat(os.F_OK)))


# What a no-op build spends, per file, on this machine and others alike (both are a system
# call and a little interpreter): walking content/ (scandir and a stat per file) costs about
# twice an access() of an output (at 100,000 articles, side by side: 0.4 gave 0.65 s, 0.45
# 0.62 s and 0.5 0.61 s).
OUTPUT_COST = 0.5  # of a content file's


def split_for(content: list[str], root: str, outputs: int) -> str:
    """The first of root's entries that the forked look walks, so that it (outputs and this
    part of content/) and the parent (the rest of content/) end at the same time; "" when the
    parent should walk it all. `content` is the walk's paths, in the walk's order."""
    prefix = os.path.join(root, "")
    names = [path[len(prefix) :].split("/", 1)[0] for path in content if path.startswith(prefix)]
    # Parent: names[:i]; child: outputs, then names[i:]. Even when len(names) - i is k below.
    k = (len(names) - OUTPUT_COST * outputs) / 2  # at most half of them
    if k < 1:
        return ""
    first = names[len(names) - int(k)]
    return first if first != names[0] else ""


class ForkedLook:
    """What a no-op build must look at besides the files the parent walks, looked at by a
    forked process meanwhile: whether every output is still there (outputs_there()) and the
    part of content/ from `snap.split` on, whose listing comes back through a temporary file.
    At 100,000 articles the two processes then take 0.6 s each, where the parent alone walked
    content/ for 0.75 s; threads cannot run them side by side (the interpreter lock). A small
    site, or a process with threads (the dev server), looks here and now, when asked."""

    FORK_FROM = 20_000  # outputs; below this a fork costs more than it saves

    def __init__(self, snap: Snapshot, output: Path, content: str):
        self.snap, self.output, self.content = snap, output, content
        self.split = snap.split
        self.mine: Callable[[str], bool] | None = None  # the entries of content/ the parent walks
        self.pid, self.pipe = 0, -1
        self.spool: BinaryIO | None = None
        if snap.count >= self.FORK_FROM and hasattr(os, "fork") and threading.active_count() == 1:
            self.spool = tempfile.TemporaryFile(prefix="sitegen-look-")
            read, write = os.pipe()
            pid = os.fork()
            if pid == 0:  # the child: the part, then one byte, and leave without running anything at exit
                try:
                    os.close(read)
                    if self.split:
                        part = listing(content, part=self.split.__le__)
                        self.spool.write(marshal.dumps((part.paths, part.sizes.tobytes(), part.mtimes.tobytes())))
                        self.spool.flush()
                    os.write(write, b"P")
                    os.write(write, b"1" if outputs_there(snap, output) else b"0")
                finally:
                    os._exit(0)
            os.close(write)
            self.pid, self.pipe = pid, read
            self.mine = self.split.__gt__ if self.split else None
        else:
            self.split = ""  # the parent walks it all

    def rest(self) -> Listing:
        """content/'s entries from the split on: the child's listing, or walked here if the
        child could not give it (it died)."""
        if not self.split:
            return Listing.empty()
        if self.pid and os.read(self.pipe, 1) == b"P":
            assert self.spool is not None
            self.spool.seek(0)
            paths, sizes, mtimes = marshal.loads(self.spool.read())
            found = Listing(paths, array("q"), array("q"))
            found.sizes.frombytes(sizes)
            found.mtimes.frombytes(mtimes)
            return found
        return listing(self.content, part=self.split.__le__)

    def answer(self) -> bool:
        """Whether every output is there (after rest())."""
        if not self.pid:
            return outputs_there(self.snap, self.output)
        try:
            found = os.read(self.pipe, 1)  # b"" if the child died: then not known to be there
        finally:
            self._end()
        return found == b"1"

    def cancel(self) -> None:
        """Not needed after all (something changed): stop the child."""
        if self.pid:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
            self._end()

    def _end(self) -> None:
        os.close(self.pipe)
        os.waitpid(self.pid, 0)
        self.pid = 0
        if self.spool is not None:
            self.spool.close()
            self.spool = None


def last_snapshot(site: Path, output: Path) -> Snapshot | None:
    snap = _read(snapshot_file(site, output))
    return snap if isinstance(snap, Snapshot) else None


def save_snapshot(site: Path, output: Path, snap: Snapshot) -> None:
    _write(snapshot_file(site, output), snap)


def forget_snapshot(site: Path, output: Path) -> None:
    snapshot_file(site, output).unlink(missing_ok=True)
