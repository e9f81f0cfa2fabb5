"""Shared fixtures: small inline sites (Hugo's alias_test.go style), the built seed site, a
headless Chromium, and what happens when a test tool is missing."""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import runpy
import shutil
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from sitegen.pipeline import build

REPO = Path(__file__).resolve().parent.parent
ARTIFACTS = REPO / "tests" / "artifacts"
_BROWSER = runpy.run_path(str(REPO / "bench" / "chromium.py"))  # one launch recipe with bench/
CHROMIUM, CHROMIUM_ARGS = _BROWSER["CHROMIUM"], _BROWSER["ARGS"]


def missing_tool(reason: str) -> None:
    """A test tool is not installed: skip on a developer's machine, fail in CI (CI=true), where
    a skip would pass a suite that checked nothing. `bash install.sh --test` installs them all."""
    message = f"{reason}; bash install.sh --test installs it"
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for every browser test of the run."""
    if not Path(CHROMIUM).exists():
        missing_tool(f"no Chromium at {CHROMIUM}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing_tool("playwright is not installed")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@contextlib.contextmanager
def serve_folder(folder: Path, handler: type = http.server.SimpleHTTPRequestHandler) -> Iterator[str]:
    """Serve a folder on 127.0.0.1 (a free port) for the time of the block; yields its URL."""

    class Quiet(handler):
        def log_message(self, *args) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()


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
