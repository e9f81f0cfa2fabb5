"""Article bodies out of memory: their compressed HTML in one file beside the cache, and a
reference to it in each parsed article (`Body`). Bodies are half of what a parsed archive
holds (270 MB at 100,000 articles), and the build's parent process would keep them all, in
every forked render worker too, for the few pages that show each. Read back with one pread.

The file only grows while a build runs: a state saved earlier still finds its bodies where it
left them, whatever happens to this build. It starts with its id, which every reference
names; a reference the file does not hold (another file since, cut short) is not trusted
(state.load parses that source again). When most of it is bodies no article has any more,
the next build copies the others into a new file (`compact`)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO, NamedTuple

from .atomic import MODE, write_atomic
from .errors import CommandError

ID_BYTES = 8
COMPACT_FROM = 32 << 20  # bytes of bodies no article has, before the file is copied


class Body(NamedTuple):
    """Where an article's compressed body is: file id, offset, size; and its digest, so that
    what pages read of it (views.body_digest) needs no read."""

    store: str
    offset: int
    size: int
    digest: bytes


# id → a descriptor to read that file by, in this process and the workers forked from it; a
# long-running process (the dev server, tests) builds many sites: only the last few stay open.
_files: dict[str, int] = {}
_paths: dict[str, Path] = {}
OPEN_FILES = 8


def digest(packed: bytes) -> bytes:
    return hashlib.blake2b(packed, digest_size=16).digest()


def digest_of(body: bytes | Body) -> bytes:
    return body.digest if isinstance(body, Body) else digest(body)


def packed(body: bytes | Body) -> bytes:
    """The compressed bytes of a body, wherever they are."""
    if not isinstance(body, Body):
        return body
    fd = _files.get(body.store)
    if fd is None and body.store in _paths:
        fd = _register(body.store, _paths[body.store])
    data = os.pread(fd, body.size, body.offset) if fd is not None else b""
    if len(data) != body.size:
        raise CommandError("the cache's article bodies changed while the build ran: run the build again", 1)
    return data


class BodyFile:
    """The bodies file of one cache: open for reading (`writable=False`: check writes
    nothing) or for appending."""

    def __init__(self, path: Path, *, writable: bool):
        self.path = path
        self.id = ""
        self.end = 0
        self._pending: list[bytes] = []
        self._fd = -1
        if writable:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND, MODE)
        else:
            try:
                self._fd = os.open(path, os.O_RDONLY)
            except OSError:
                return
        header = os.pread(self._fd, ID_BYTES, 0)
        if len(header) == ID_BYTES:
            self.id = header.hex()
            self.end = os.fstat(self._fd).st_size
        elif writable:  # new, or cut short before its id: no state holds anything in it
            os.ftruncate(self._fd, 0)
            header = os.urandom(ID_BYTES)
            _write_all(self._fd, header)
            self.id, self.end = header.hex(), ID_BYTES
        if self.id:
            _register(self.id, path)
        if not writable:
            self.close()

    def holds(self, body: Body) -> bool:
        return body.store == self.id and body.offset + body.size <= self.end and body.offset >= ID_BYTES

    def put(self, data: bytes) -> Body:
        """Append a compressed body (written at the next flush); its reference."""
        body = Body(self.id, self.end, len(data), digest(data))
        self._pending.append(data)
        self.end += len(data)
        return body

    def flush(self) -> None:
        if self._pending and self._fd >= 0:
            _write_all(self._fd, b"".join(self._pending))
            self._pending.clear()

    def wasteful(self, live: int) -> bool:
        """Whether most of the file is bodies no article has any more."""
        return self.end - live > max(COMPACT_FROM, 2 * live)

    def compact(self, bodies: Iterable[Body]) -> dict[Body, Body]:
        """Copy `bodies` (those still in use) into a new file that takes this one's place;
        returns each one's new reference. A state saved before now no longer finds its bodies
        (another id): it would parse its sources again, which is slow but right."""
        self.flush()
        header = os.urandom(ID_BYTES)
        new_id = header.hex()
        moved: dict[Body, Body] = {}

        def copy(handle: BinaryIO) -> None:
            handle.write(header)
            end = ID_BYTES
            for body in sorted(set(bodies), key=lambda b: b.offset):
                handle.write(packed(body))
                moved[body] = Body(new_id, end, body.size, body.digest)
                end += body.size

        write_atomic(self.path, copy)
        old = _files.pop(self.id, None)
        if old is not None:
            os.close(old)
        os.close(self._fd)
        self._fd = os.open(self.path, os.O_RDWR | os.O_APPEND)
        self.id, self.end = new_id, os.fstat(self._fd).st_size
        _register(new_id, self.path)
        return moved

    def close(self) -> None:
        self.flush()
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1


def _register(store: str, path: Path) -> int:
    """A descriptor to read that file's bodies by, kept for the process (and forked workers)."""
    fd = _files.get(store)
    if fd is None:
        while len(_files) >= OPEN_FILES:
            os.close(_files.pop(next(iter(_files))))
        fd = _files[store] = os.open(path, os.O_RDONLY)
        _paths[store] = path
    return fd


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
