"""Shared fixtures: small inline sites (Hugo's alias_test.go style) and the built seed site."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

from sitegen.pipeline import build

REPO = Path(__file__).resolve().parent.parent
ARTIFACTS = REPO / "tests" / "artifacts"


def write_site(root: Path, files: dict[str, str | bytes]) -> Path:
    """Write a site given as {relative path: text}; text is dedented."""
    for rel, data in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(textwrap.dedent(data).lstrip("\n"), encoding="utf-8")
    return root


def article(title: str, date: str, body: str = "Nội dung bài viết.", **fields: str) -> str:
    lines = ["---", f'title: "{title}"', f"date: {date}"]
    lines += [f"{key}: {value}" for key, value in fields.items()]
    return "\n".join([*lines, "---", "", body, ""])


@pytest.fixture
def make_site(tmp_path: Path):
    def make(files: dict[str, str | bytes]) -> Path:
        return write_site(tmp_path / "site", files)

    return make


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory) -> Path:
    """The repository's own archive (content/, config.toml, themes/) built once, into a temp output."""
    root = tmp_path_factory.mktemp("seed")
    for name in ("content", "themes"):
        shutil.copytree(REPO / name, root / name)
    shutil.copy(REPO / "config.toml", root / "config.toml")
    build(root, root / "output")
    return root / "output"


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
