"""The files a build reads, with their size and modification time, in a fixed order."""

from __future__ import annotations

import os

FileStat = tuple[str, int, int]  # (path, size, mtime_ns)


def walk(root: str, *, everything: bool = False) -> list[FileStat]:
    """Files under root, depth first in name order (the order of sorted paths). Unless
    `everything`, hidden files and folders, `_folders` and editor backups (`name~`) are
    skipped: they are not content. One scandir per folder: a large archive is tens of
    thousands of files, and this runs on every build."""
    out: list[FileStat] = []
    if os.path.isdir(root):
        _walk(root, everything, out)
    return out


def _walk(folder: str, everything: bool, out: list[FileStat]) -> None:
    with os.scandir(folder) as it:
        items = sorted(it, key=lambda e: e.name)
    for item in items:
        name = item.name
        if item.is_dir(follow_symlinks=False):  # as os.walk: a linked folder is not entered
            if everything or not name.startswith((".", "_")):
                _walk(item.path, everything, out)
        elif everything or not (name.startswith(".") or name.endswith("~")):
            st = item.stat()
            out.append((item.path, st.st_size, st.st_mtime_ns))
