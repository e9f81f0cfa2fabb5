"""The files a build reads, with their size and modification time, in a fixed order, and the
one policy for reading them: only regular files, never through a symlink that leaves the
folder walked, never blocking (a FIFO named x.md), never more than a text file can be."""

from __future__ import annotations

import errno
import os
import stat
from array import array
from collections.abc import Callable
from operator import attrgetter
from pathlib import Path
from typing import NamedTuple

FileStat = tuple[str, int, int]  # (path, size, mtime_ns); size REFUSED: see refusal()
REFUSED = -1
MAX_TEXT = 1 << 20  # bytes in one Markdown file: a long article is 100 KB


class FileRefused(OSError):
    """A file the build will not read; the message says why and what to do."""


class Listing(NamedTuple):
    """Files found, as three columns: a no-op build compares a large archive's hundred thousand
    stats without making a tuple of each (`state.Stats`)."""

    paths: list[str]
    sizes: array  # array("q"); REFUSED: see refusal()
    mtimes: array  # array("q"), in ns

    @classmethod
    def empty(cls) -> Listing:
        return cls([], array("q"), array("q"))

    def add(self, path: str, size: int, mtime: int) -> None:
        self.paths.append(path)
        self.sizes.append(size)
        self.mtimes.append(mtime)

    def extend(self, other: Listing) -> None:
        self.paths.extend(other.paths)
        self.sizes.extend(other.sizes)
        self.mtimes.extend(other.mtimes)

    def files(self) -> list[FileStat]:
        return list(zip(self.paths, self.sizes, self.mtimes, strict=True))


def walk(root: str, *, everything: bool = False) -> list[FileStat]:
    """Files under root, depth first in name order (the order of sorted paths). Unless
    `everything`, hidden files and folders, `_folders` and editor backups (`name~`) are
    skipped: they are not content. Entries that are not regular files inside root (a FIFO, a
    symlink out of root, dangling or looping) come with size REFUSED."""
    return listing(root, everything=everything).files()


def listing(
    root: str, *, everything: bool = False, into: Listing | None = None, part: Callable[[str], bool] | None = None
) -> Listing:
    """walk(), as columns (added to `into` when given). One scandir per folder, each file
    stat'ed relative to its folder's descriptor (a path looked up from the root each time cost
    a tenth of a no-op build at 100,000 articles). With `part`, only the entries of root whose
    name it accepts are walked: two processes walk a large archive in two parts (state.ForkedLook)."""
    found = Listing.empty() if into is None else into
    if os.path.isdir(root):
        fd = os.open(root, os.O_RDONLY | os.O_DIRECTORY)
        try:
            _walk(root, fd, os.path.realpath(root), everything, found, part)
        finally:
            os.close(fd)
    return found


_NAME = attrgetter("name")
_S_ISREG = stat.S_ISREG


def _walk(
    folder: str, fd: int, real_root: str, everything: bool, found: Listing, part: Callable[[str], bool] | None = None
) -> None:
    with os.scandir(fd) as it:
        items = sorted(it, key=_NAME)
    if part is not None:
        items = [item for item in items if part(item.name)]
    prefix = os.path.join(folder, "")
    paths, sizes, mtimes = found.paths.append, found.sizes.append, found.mtimes.append  # no call of add() per file
    for item in items:
        name = item.name
        if item.is_dir(follow_symlinks=False):  # as os.walk: a linked folder is not entered
            if everything or not name.startswith((".", "_")):
                sub = os.open(name, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW, dir_fd=fd)
                try:
                    _walk(prefix + name, sub, real_root, everything, found)
                finally:
                    os.close(sub)
        elif everything or not (name.startswith(".") or name.endswith("~")):
            path = prefix + name
            if item.is_symlink():
                if refusal(path, real_root):
                    found.add(path, REFUSED, 0)
                    continue
                if item.is_dir():  # a linked folder inside the site: not entered, as os.walk
                    continue
            try:
                st = item.stat()
            except OSError:
                found.add(path, REFUSED, 0)
                continue
            paths(path)
            sizes(st.st_size if _S_ISREG(st.st_mode) else REFUSED)
            mtimes(st.st_mtime_ns)


def refusal(path: str, real_root: str) -> str | None:
    """Why the build will not read `path` (found under `real_root`), or None."""
    if os.path.islink(path):
        try:
            os.stat(path)
        except OSError as err:
            if err.errno == errno.ELOOP:
                return "is a symlink that loops back on itself: remove it or point it at a file"
            return f"is a symlink to {os.readlink(path)}, which does not exist: remove it or fix its target"
        target = os.path.realpath(path)
        if os.path.commonpath([target, real_root]) != real_root:
            return f"is a symlink to {target}, outside the site: copy the file into the site instead"
    try:
        st = os.stat(path)
    except OSError as err:
        return f"cannot be read: {err.strerror}"
    if not stat.S_ISREG(st.st_mode):
        return "is not a regular file (a pipe, socket or device): remove it"
    return None


def read_file(path: str, limit: int | None = MAX_TEXT) -> bytes:
    """The bytes of a regular file, opened without blocking (a FIFO never stalls the build).
    Raises FileRefused."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as err:
        raise FileRefused(f"cannot be read: {err.strerror} (check its permissions)") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise FileRefused("is not a regular file (a pipe, socket or device): remove it")
        if limit is not None and st.st_size > limit:
            raise FileRefused(
                f"is {st.st_size / (1 << 20):.1f} MB; an article is at most {limit >> 20} MB of text: split it"
            )
        with os.fdopen(fd, "rb", closefd=False) as f:
            data = f.read(limit + 1 if limit is not None else -1)
    except OSError as err:
        if isinstance(err, FileRefused):
            raise
        raise FileRefused(f"cannot be read: {err.strerror}") from None
    finally:
        os.close(fd)
    if limit is not None and len(data) > limit:
        raise FileRefused(f"grew past {limit >> 20} MB while being read: split it")
    return data


def _generator_themes() -> Path:
    """The generator's own themes: sitegen/themes/ once installed from a wheel (pyproject.toml
    puts the repository's themes/ there), the repository's themes/ in a checkout or an editable
    install."""
    package = Path(__file__).resolve().parent
    installed = package / "themes"
    return installed if (installed / "default").is_dir() else package.parent / "themes"


GENERATOR_THEMES = _generator_themes()
