"""Time from saving an article to an open browser showing the new text, through `serve`.

    python bench/reload_latency.py bench/corpora/c10000/ours [--runs 3]

Starts `python build.py serve` on the site, opens one article in headless Chromium
(Debian's, driven by Playwright), appends a sentence to the article's Markdown file and
waits until the page shows it, without reloading by hand. Prints each time and the median.
"""

from __future__ import annotations

import argparse
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # sitegen, whether or not it is installed
from chromium import ARGS, CHROMIUM  # noqa: E402  (bench/, this script's folder)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def article_url(site: Path, path: Path) -> str:
    from sitegen.pipeline import load

    loaded = load(site, site / "output")
    rel = "content/" + path.relative_to(site / "content").as_posix()
    return next(e.url for e in loaded.site.entries if e.article.source == rel)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("site", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    site = args.site.resolve()
    files = sorted(p for p in (site / "content").rglob("*.md") if p.name != "_index.md")
    path = files[len(files) // 3]
    original = path.read_bytes()
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, str(REPO / "build.py"), "serve", "--source", str(site), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    times: list[float] = []
    try:
        for line in server.stdout:
            if line.startswith("serving "):
                break
        url = f"http://127.0.0.1:{port}{article_url(site, path)}"
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page()
            page.goto(url)
            for n in range(args.runs):
                marker = f"Câu thêm để đo lần {n} {time.time_ns()}."
                time.sleep(1.0)
                started = time.perf_counter()
                path.write_text(path.read_text("utf-8").rstrip("\n") + f"\n\n{marker}\n", "utf-8")
                page.wait_for_function("m => document.body.innerText.includes(m)", arg=marker, timeout=120_000)
                times.append(time.perf_counter() - started)
                print(f"run {n + 1}: {times[-1]:.2f} s", flush=True)
            browser.close()
    finally:
        path.write_bytes(original)
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:  # started in the background, where SIGINT is ignored
            server.kill()
            server.wait()
    print(f"{len(files):,} articles: save → browser median {statistics.median(times):.2f} s over {len(times)} runs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
