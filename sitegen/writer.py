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
    """Files waiting to be renamed into output/."""

    def __init__(self, output: Path, name: str = "main"):
        self.output = output
        self.dir = output / STAGING / name
        self.dir.mkdir(parents=True, exist_ok=True)
        self.files: list[tuple[str, str]] = []  # (staged name, output path)

    def put(self, rel: str, data: bytes) -> None:
        staged = f"{len(self.files):07d}"
        with open(self.dir / staged, "wb") as f:
            f.write(data)
        self.files.append((staged, rel))

    def put_copy(self, rel: str, source: Path) -> None:
        staged = f"{len(self.files):07d}"
        shutil.copyfile(source, self.dir / staged)
        self.files.append((staged, rel))


def safe_target(output: Path, rel: str) -> Path:
    """The file under output/ for `rel`; never anywhere else, whatever a slug or alias says."""
    target = (output / rel).resolve()
    root = output.resolve()
    if root not in target.parents:
        raise ValueError(f"refusing to write outside {output}: {rel}")
    return target


def commit(output: Path, stages: list[Stage], stale: list[str]) -> None:
    """Rename every staged file into place, then remove outputs no longer planned."""
    made: set[Path] = set()
    for stage in stages:
        for staged, rel in stage.files:
            target = safe_target(output, rel)
            if target.parent not in made:
                if target.parent.is_file():  # a page became a folder of pages
                    target.parent.unlink()
                target.parent.mkdir(parents=True, exist_ok=True)
                made.add(target.parent)
            if target.is_dir():
                shutil.rmtree(target)
            os.replace(stage.dir / staged, target)
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
