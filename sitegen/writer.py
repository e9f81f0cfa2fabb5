"""Atomic writes of changed bytes only, in two phases so a failed build writes nothing.

Phase one stages each new file inside output/ (same file system, so the rename is atomic);
phase two renames them into place and removes the pages the build no longer makes.
Files the build never made (a CNAME, say) are never touched.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

STAGING = ".sitegen-staging"


def digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


class Stage:
    """Files waiting to be renamed into output/: one folder per process that writes them."""

    _mine: dict[tuple[int, Path], Stage] = {}

    def __new__(cls, output: Path) -> Stage:
        key = (os.getpid(), output)  # one per process, however many times it is asked for
        stage = cls._mine.get(key)
        if stage is None or not stage.dir.is_dir():
            stage = super().__new__(cls)
            stage.dir = output / STAGING / str(os.getpid())
            stage.dir.mkdir(parents=True, exist_ok=True)
            stage.count = 0
            cls._mine[key] = stage
        return stage

    def put(self, data: bytes) -> str:
        """Stage the bytes; returns the staged file's path, for commit()."""
        staged = str(self.dir / f"{self.count:07d}")
        self.count += 1
        with open(staged, "wb") as f:
            f.write(data)
        return staged

    def put_copy(self, source: Path) -> str:
        staged = str(self.dir / f"{self.count:07d}")
        self.count += 1
        shutil.copyfile(source, staged)
        return staged


def safe_target(output: Path, rel: str) -> Path:
    """The file under output/ for `rel`; never anywhere else, whatever a slug or alias says."""
    target = (output / rel).resolve()
    root = output.resolve()
    if root not in target.parents:
        raise ValueError(f"refusing to write outside {output}: {rel}")
    return target


def commit(output: Path, moves: list[tuple[str, str]], stale: list[str]) -> None:
    """Rename every staged file (staged path, output path) into place, then remove
    the outputs no longer planned."""
    made: set[Path] = set()
    for staged, rel in moves:
        target = safe_target(output, rel)
        if target.parent not in made:
            if target.parent.is_file():  # a page became a folder of pages
                target.parent.unlink()
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(target.parent)
        if target.is_dir():
            shutil.rmtree(target)
        os.replace(staged, target)
    for rel in stale:
        target = safe_target(output, rel)
        if target.is_file():
            target.unlink()
            _prune(target.parent, output)
    discard_staging(output)


def discard_staging(output: Path) -> None:
    """Remove what a failed or killed build staged; output/ is then as it was."""
    shutil.rmtree(output / STAGING, ignore_errors=True)


def _prune(folder: Path, output: Path) -> None:
    """Remove folders a removed page leaves empty, up to output/ itself."""
    root = output.resolve()
    folder = folder.resolve()
    while folder != root and root in folder.parents:
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent
