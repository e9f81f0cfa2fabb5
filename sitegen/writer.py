"""Atomic writes of changed bytes only, in two phases so a failed build writes nothing.

Phase one stages each new file inside output/ (same file system, so the rename is atomic);
phase two renames them into place and removes the pages the build no longer makes. Both
halves are atomic.py's, the one implementation of an atomic write.
Files the build never made (a CNAME, say) are never touched.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .atomic import publish, temp_file

STAGING = ".sitegen-staging"


def digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def fresh_folder(output: Path) -> Path:
    """Where the first build makes output/, beside it: renamed into place whole when done."""
    return output.absolute().with_name(output.absolute().name + ".sitegen-new")


class Stage:
    """Files waiting to be renamed into output/: one folder per process that writes them; or,
    when output/ does not exist yet, the new output folder itself (`tree`), in its layout."""

    _mine: dict[tuple[int, Path, Path | None], Stage] = {}

    def __new__(cls, output: Path, tree: Path | None = None) -> Stage:
        key = (os.getpid(), output, tree)  # one per process, however many times it is asked for
        stage = cls._mine.get(key)
        if stage is None or not stage.dir.is_dir():
            stage = super().__new__(cls)
            stage.tree = tree is not None
            stage.dir = tree if tree is not None else output / STAGING / str(os.getpid())
            stage.dir.mkdir(parents=True, exist_ok=True)
            stage.count = 0
            stage.writer = None
            stage.pending = []
            cls._mine[key] = stage
        return stage

    def _name(self, rel: str) -> str:
        """Where rel is staged (its folder, in a new tree, is made by whoever writes it)."""
        if self.tree:
            return safe_target(self.dir, rel)
        self.count += 1
        return str(self.dir / f"{self.count:07d}")

    def put_later(self, data: bytes, rel: str) -> str:
        """Stage the bytes of output/`rel` on a thread, so that the next page renders while
        the disk works (writes release the GIL; a cold build writes hundreds of megabytes).
        Returns the staged file's path, for commit(); flush() waits for the writes."""
        staged = self._name(rel)
        if self.writer is None:
            self.writer = ThreadPoolExecutor(max_workers=1)
        self.pending.append(self.writer.submit(_write_file, staged, data, self.tree))
        return staged

    def flush(self) -> None:
        """Wait for every put_later(); raise the first error. The thread ends here: no idle
        thread is left in a process that may fork the next build's workers."""
        pending, self.pending = self.pending, []
        if self.writer is not None:
            self.writer.shutdown(wait=True)
            self.writer = None
        for future in pending:
            future.result()

    def put_copy(self, source: Path, rel: str) -> str:
        staged = self._name(rel)
        if self.tree:
            os.makedirs(os.path.dirname(staged), exist_ok=True)
        shutil.copyfile(source, staged)
        return staged


def _write_file(path: str, data: bytes, make_folder: bool) -> None:
    folder, name = os.path.split(path)
    if make_folder:  # on the writer thread too: in a new tree, a folder per page
        os.makedirs(folder, exist_ok=True)
    temp_file(folder, data, name)


def safe_target(output: Path, rel: str) -> str:
    """The file under output/ for `rel`; never anywhere else, whatever a slug or alias says."""
    clean = os.path.normpath(rel)
    if os.path.isabs(clean) or clean in (".", "..") or clean.startswith(".." + os.sep):
        raise ValueError(f"refusing to write outside {output}: {rel}")
    return os.path.join(output, clean)


def commit(output: Path, moves: list[tuple[str, str]], stale: list[str]) -> None:
    """Rename every staged file (staged path, output path) into place, then remove the
    outputs no longer planned. The renames run on a few threads: they are system calls,
    which release the GIL, and a cold build makes tens of thousands of them."""
    targets = [(staged, safe_target(output, rel)) for staged, rel in moves]
    for folder in sorted({os.path.dirname(target) for _, target in targets}):
        try:
            os.makedirs(folder, exist_ok=True)
        except FileExistsError:  # a page became a folder of pages
            _make_folder_over_file(Path(folder), output)
    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(_replace, targets))
    for rel in stale:
        target = Path(safe_target(output, rel))
        if target.is_file():
            target.unlink()
            _prune(target.parent, output)
    discard_staging(output)


def _replace(move: tuple[str, str]) -> None:
    staged, target = move
    try:
        publish(staged, target)
    except IsADirectoryError:  # a folder of pages became one page
        shutil.rmtree(target)
        publish(staged, target)


def _make_folder_over_file(folder: Path, output: Path) -> None:
    """A page became a folder of pages: remove the file that stands where a folder must be."""
    path = folder
    while path != output and output in path.parents:
        if path.is_file():
            path.unlink()
            break
        path = path.parent
    os.makedirs(folder, exist_ok=True)


def discard_staging(output: Path) -> None:
    """Remove what a failed or killed build staged; output/ is then as it was."""
    shutil.rmtree(output / STAGING, ignore_errors=True)
    shutil.rmtree(fresh_folder(output), ignore_errors=True)


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
