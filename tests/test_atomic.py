"""atomic.py: the one atomic write used by the build writer, the importer, `new` and the cache."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from sitegen.atomic import publish, temp_file, write_atomic


def test_write_atomic_follows_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        write_atomic(tmp_path / "a.md", "xin chào\n")
    finally:
        os.umask(old)
    assert (tmp_path / "a.md").stat().st_mode & 0o777 == 0o640
    assert (tmp_path / "a.md").read_bytes() == "xin chào\n".encode()


def test_write_atomic_replaces_whole_and_leaves_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "state.pickle"
    target.write_bytes(b"old")
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["state.pickle"]


def test_without_overwrite_an_existing_file_is_kept(tmp_path: Path) -> None:
    target = tmp_path / "bai.md"
    target.write_text("the editor's words")
    with pytest.raises(FileExistsError):
        write_atomic(target, "imported", overwrite=False)
    assert target.read_text() == "the editor's words"
    assert [p.name for p in tmp_path.iterdir()] == ["bai.md"]
    write_atomic(tmp_path / "moi.md", "new", overwrite=False)
    assert (tmp_path / "moi.md").read_text() == "new"


def test_temp_file_never_follows_a_planted_symlink(tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.write_text("keep")
    (tmp_path / "page").symlink_to(victim)
    with pytest.raises(FileExistsError):
        temp_file(tmp_path, b"x", "page")
    assert victim.read_text() == "keep"
    staged = temp_file(tmp_path, b"x")
    publish(staged, tmp_path / "out")
    assert (tmp_path / "out").read_bytes() == b"x"
