"""Atomic file writes: the one implementation of "temporary file, then rename".

A file is written beside its target (same folder, so same file system, so the rename is
atomic) under a name no other writer uses, then renamed over the target. A reader, or a
build killed halfway, sees the old bytes or the new, never half. New files get the mode any
program the editor uses would give them (0666 less the umask): os.open applies the umask
itself, so nothing here reads or changes the process's umask (that would race other threads).

The build writer stages a whole build with temp_file() and renames with publish() once every
page is staged; importer, `new` and the cache use write_atomic(), which is the two together.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

MODE = 0o666  # less the umask, applied by the system


Writing = bytes | Callable[[BinaryIO], object]  # the bytes, or what writes them to a file


def temp_file(folder: str | Path, data: Writing, name: str | None = None) -> str:
    """Write `data` to a new file in `folder` (named `name`, or a fresh hidden name) and return
    its path; `data` may be a function that writes to the open file (pickle.dump: a large
    cache is never whole in memory). Never opens an existing file: O_EXCL, so a symlink planted
    there is not followed."""
    path = os.path.join(folder, name) if name is not None else _fresh_name(folder)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, MODE)
    with os.fdopen(fd, "wb") as handle:
        try:
            if callable(data):
                data(handle)
            else:
                handle.write(data)
        except BaseException:
            os.unlink(path)
            raise
    return path


def publish(temp: str | Path, target: str | Path, *, overwrite: bool = True) -> None:
    """Rename the temp file to `target`. Without `overwrite`, an existing target is never
    replaced, even by another process racing this one: FileExistsError, and the temp file is
    removed."""
    if overwrite:
        os.replace(temp, target)
        return
    try:
        os.link(temp, target)  # fails if target exists: the no-clobber rename
    except OSError as err:
        if err.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.ENOSYS, errno.EXDEV):
            os.unlink(temp)
            raise
        # A file system without hard links (FAT on a USB stick): check, then rename.
        if os.path.lexists(target):
            os.unlink(temp)
            raise FileExistsError(errno.EEXIST, "file exists", str(target)) from None
        os.replace(temp, target)
        return
    os.unlink(temp)


def write_atomic(path: str | Path, data: Writing | str, *, overwrite: bool = True) -> None:
    """Replace (or, without `overwrite`, create) the file at `path` whole; text is UTF-8 with
    the newlines as given. Its folder must exist."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    temp = temp_file(os.path.dirname(os.path.abspath(path)), data)
    try:
        publish(temp, path, overwrite=overwrite)
    except BaseException:
        if os.path.lexists(temp):
            os.unlink(temp)
        raise


def _fresh_name(folder: str | Path) -> str:
    return os.path.join(folder, f".sitegen-{os.getpid()}-{os.urandom(6).hex()}.tmp")
