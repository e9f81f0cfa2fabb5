"""`build.py serve`: a real server in a subprocess, a real browser, real edits."""

from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import REPO, article, write_site

from sitegen.pipeline import load


def seed_copy(root: Path) -> Path:
    """The repository's own site (content/, themes/, config.toml) in a temporary folder."""
    root.mkdir(parents=True, exist_ok=True)
    if (REPO / "content").is_dir():
        shutil.copytree(REPO / "content", root / "content")
    else:  # a checkout without content: a small site of the same shape
        write_site(
            root,
            {
                "content/ha-noi/_index.md": "---\ntitle: Thành phố Hà Nội\nlevel: thành phố\n---\n",
                "content/ha-noi/hai-ba-trung/2024-07-18-giao-ban.md": article(
                    "Hội nghị giao ban công tác dân vận",
                    "2024-07-18T11:39:00+07:00",
                    meeting="giao ban",
                    tags="[dân vận khéo]",
                ),
            },
        )
    shutil.copytree(REPO / "themes", root / "themes")
    shutil.copy(REPO / "config.toml", root / "config.toml")
    return root


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Served:
    """`python build.py serve` in a subprocess, started and stopped with Ctrl-C (SIGINT)."""

    def __init__(self, site: Path, *extra: str):
        self.site = site
        self.port = free_port()
        self.proc = subprocess.Popen(
            [sys.executable, str(REPO / "build.py"), "serve", "--source", str(site), "--port", str(self.port), *extra],
            cwd=site,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.lines: list[str] = []
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            line = self.proc.stdout.readline()
            if not line:
                raise AssertionError("serve stopped before it listened:\n" + "".join(self.lines))
            self.lines.append(line)
            if line.startswith("serving "):
                break
        self.url = f"http://127.0.0.1:{self.port}"

    def stop(self) -> tuple[int, str]:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
        out, _ = self.proc.communicate(timeout=20)
        return self.proc.returncode, "".join(self.lines) + out


@pytest.fixture
def served(tmp_path: Path):
    started: list[Served] = []

    def start(site: Path, *extra: str) -> Served:
        started.append(Served(site, *extra))
        return started[-1]

    yield start
    for s in started:
        if s.proc.poll() is None:
            s.proc.kill()
            s.proc.communicate()


def raw_get(port: int, target: str) -> tuple[int, bytes]:
    """A request exactly as written: no client normalises the `..` away."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    status = int(data.split(b" ", 2)[1])
    return status, data


def first_article(site: Path) -> tuple[Path, str]:
    loaded = load(site, site / "output")
    entry = sorted(loaded.site.entries, key=lambda e: e.article.source)[0]
    return site / entry.article.source, entry.url


def test_serves_output_with_reload_script_only_in_responses(tmp_path, served):
    site = seed_copy(tmp_path / "site")
    server = served(site)
    source, url = first_article(site)
    page = raw_get(server.port, url)
    assert page[0] == 200
    assert b"livereload.js" in page[1]
    assert b"sitegen-errors" not in page[1]
    missing = raw_get(server.port, "/khong-co-trang-nay/")
    assert missing[0] == 404 and b"livereload.js" in missing[1]  # the site's 404.html, reloading too
    css = raw_get(server.port, "/static/style.css")
    assert css[0] == 200 and b"livereload" not in css[1]
    code, out = server.stop()
    assert code == 0, out
    assert "Traceback" not in out
    written = [p for p in (site / "output").rglob("*") if p.is_file() and b"livereload" in p.read_bytes()]
    assert written == []


def test_serves_nothing_outside_output(tmp_path, served):
    site = seed_copy(tmp_path / "site")
    (tmp_path / "secret.txt").write_text("SECRET-OUTSIDE")
    server = served(site)
    for target in (
        "/../config.toml",
        "/%2e%2e/config.toml",
        "/..%2fconfig.toml",
        "/static/../../config.toml",
        "/../../secret.txt",
        "/%2e%2e/%2e%2e/secret.txt",
        "//etc/passwd",
        "/..\\config.toml",
        "/../content/",
        "/.cache/",
    ):
        status, data = raw_get(server.port, target)
        assert status in (400, 403, 404), (target, status)
        assert b"SECRET-OUTSIDE" not in data and b"[meetings]" not in data and b"root:" not in data, target
    assert server.stop()[0] == 0


def test_binds_to_localhost_by_default(tmp_path, served):
    site = seed_copy(tmp_path / "site")
    server = served(site)
    assert raw_get(server.port, "/")[0] == 200  # a whole request: a bare connect left open races the stop
    # Another address of this machine (all of 127.0.0.0/8 is this machine, no network needed):
    # a server bound to every address would answer there; ours must not.
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.2", server.port), timeout=2).close()
    assert "localhost" in server.lines[-1]
    assert server.stop()[0] == 0


def test_ctrl_c_right_after_the_announcement_is_a_clean_stop(tmp_path, served):
    """SIGINT that lands as soon as 'serving …' is printed, before the server's loop has taken
    over: still 'stopped' and exit 0, never 130 or a traceback."""
    site = seed_copy(tmp_path / "site")
    for _ in range(3):
        code, out = served(site).stop()
        assert code == 0 and "stopped" in out and "Traceback" not in out, out


def test_port_in_use_is_one_clear_line(tmp_path, served):
    site = seed_copy(tmp_path / "site")
    first = served(site)
    proc = subprocess.run(
        [sys.executable, str(REPO / "build.py"), "serve", "--source", str(site), "--port", str(first.port)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2
    assert f"cannot listen on 127.0.0.1:{first.port}" in proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout


@pytest.mark.slow
def test_browser_reloads_on_edit_shows_errors_and_clears_them(tmp_path, served, browser):
    site = seed_copy(tmp_path / "site")
    source, url = first_article(site)
    server = served(site)
    page = browser.new_page()
    try:
        page.goto(server.url + url)
        page.wait_for_function("() => window.LiveReload && window.LiveReload.connector.protocol > 0")

        # 1. An edit to the body shows in the open page without touching the browser.
        marker = "Dòng mới do biên tập viên vừa thêm"
        started = time.monotonic()
        source.write_text(source.read_text("utf-8") + f"\n{marker}.\n", "utf-8")
        page.get_by_text(marker).wait_for(timeout=2000)
        elapsed = time.monotonic() - started
        assert elapsed < 2.0
        print(f"\nsave → browser shows it: {elapsed:.2f} s")

        # 2. A broken frontmatter: the error, with its file and line, over the last good page.
        good = source.read_text("utf-8")
        lines = good.split("\n")
        at = next(i for i, line in enumerate(lines) if line.startswith("date:")) + 1
        source.write_text("\n".join([*lines[:at], "title: Tiêu đề thứ hai", *lines[at:]]), "utf-8")
        errors = page.locator("#sitegen-errors")
        errors.wait_for(timeout=3000)
        text = errors.inner_text()
        rel = source.relative_to(site).as_posix()
        where = f"{rel}:{at + 1}: error: title: given twice"
        assert where in text, text
        assert page.get_by_text(marker).count() == 1  # still the last good site underneath

        # 3. Fixed: the error goes away by itself.
        source.write_text(good, "utf-8")
        errors.wait_for(state="detached", timeout=3000)
        assert page.get_by_text(marker).count() == 1
    finally:
        page.close()
    code, out = server.stop()
    assert code == 0
    assert where in out and "still serving the last good site" in out
    assert "Traceback" not in out
