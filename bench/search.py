"""Benchmark of search: what the index costs the build, and what a query costs a reader.

    python bench/search.py 10000            # corpus of 10,000 articles (bench/search_corpus.py)
    python bench/search.py 100000 --runs 1

For one corpus size: cold build with search on and off (the two taking turns, --runs each),
one body edit with search on (wall time, index files written), the peak memory of each
build (the largest process of the tree), and for each query, in headless Chromium with a
fresh context (empty cache) after the search page is idle: bytes and requests until the
search is done, and the time from submitting the form to the first result on screen.
Corpora go to bench/corpora/ (git-ignored). Prints a Markdown table and writes
bench/results/search-<N>.json.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
CORPORA = HERE / "corpora"
RESULTS = HERE / "results"
QUERIES = ["dân vận khéo", "dan van kheo", '"dân vận khéo"', "Đảng ủy xã", "giải phóng mặt bằng"]

sys.path.insert(0, str(HERE))
from chromium import ARGS, CHROMIUM  # noqa: E402
from search_corpus import generate  # noqa: E402


def run_build(site: Path, *extra: str) -> tuple[float, float, float, str]:
    """Wall seconds, CPU seconds and peak RSS (MB) of one build, and its output."""
    os.sync()
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, str(REPO / "build.py"), "build", "--source", str(site), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    out = proc.stdout.read() if proc.stdout else ""
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"build of {site} failed: {out[-2000:]}")
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, out.strip().splitlines()[-1]


def fresh(site: Path) -> None:
    shutil.rmtree(site / "output", ignore_errors=True)
    shutil.rmtree(site / ".cache", ignore_errors=True)


def edit_body(site: Path, n: int) -> Path:
    files = sorted(p for p in (site / "content").rglob("*.md") if p.name != "_index.md")
    path = files[len(files) // 2]
    text = path.read_text("utf-8").rstrip("\n")
    path.write_text(f"{text} Câu thêm số {n} về công tác dân vận ở cơ sở.\n", "utf-8")
    return path


def written_since(folder: Path, since: float) -> int:
    return sum(1 for p in folder.rglob("*") if p.is_file() and p.stat().st_mtime >= since)


def measure_queries(output: Path, queries: list[str]) -> list[dict]:
    """Serve output/ under /archive/ and run each query in a fresh browser context."""
    from playwright.sync_api import sync_playwright

    www = output.parent / "www"
    shutil.rmtree(www, ignore_errors=True)
    www.mkdir()
    (www / "archive").symlink_to(output.resolve())

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(www)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/archive/tim-kiem/"
    rows = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            for query in queries:
                context = browser.new_context()
                page = context.new_page()
                page.goto(base)
                page.wait_for_function("() => document.getElementById('search').dataset.done === '0'")
                page.wait_for_load_state("networkidle")
                seen: list = []
                page.on("requestfinished", lambda r, seen=seen: seen.append(r))
                page.evaluate(
                    """q => {
                        const list = document.querySelector('#search .results');
                        window.__first = null;
                        new MutationObserver((_, obs) => {
                            if (list.children.length && window.__first === null) {
                                window.__first = performance.now(); obs.disconnect();
                            }
                        }).observe(list, {childList: true});
                        document.getElementById('search-q').value = q;
                        window.__start = performance.now();
                        document.querySelector('#search form').requestSubmit();
                    }""",
                    query,
                )
                page.wait_for_function("() => document.getElementById('search').dataset.done === '1'", timeout=120000)
                first = page.evaluate("() => window.__first === null ? null : window.__first - window.__start")
                done = page.evaluate("() => performance.now() - window.__start")
                body = sum(r.sizes()["responseBodySize"] for r in seen)
                headers = sum(r.sizes()["responseHeadersSize"] for r in seen)
                status = page.inner_text("#search-status")
                urls = [r.url.split("/archive/", 1)[-1] for r in seen]
                rows.append(
                    {
                        "query": query,
                        "requests": len(seen),
                        "bytes": body + headers,
                        "body_bytes": body,
                        "first_result_ms": round(first, 1) if first is not None else None,
                        "done_ms": round(done, 1),
                        "status": status,
                        "urls": urls,
                    }
                )
                context.close()
            browser.close()
    finally:
        server.shutdown()
        shutil.rmtree(www, ignore_errors=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", type=int)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--no-off", action="store_true", help="skip the search-off builds")
    args = parser.parse_args()
    corpus = CORPORA / f"search-{args.articles}"
    if not (corpus / "content").is_dir():
        generate(args.articles, corpus)
    on, off = CORPORA / f"search-{args.articles}-on", CORPORA / f"search-{args.articles}-off"
    for target, search in ((on, "true"), (off, "false")):
        if not target.exists() and not (search == "false" and args.no_off):
            shutil.copytree(corpus, target)
            config = target / "config.toml"
            config.write_text(config.read_text("utf-8") + f"search = {search}\n", "utf-8")
    result: dict = {"articles": args.articles, "cold_on": [], "cold_off": [], "cpu_on": [], "cpu_off": []}
    for _ in range(args.runs):
        for target, name in ((off, "off"), (on, "on")):
            if name == "off" and args.no_off:
                continue
            fresh(target)
            seconds, cpu, peak, summary = run_build(target)
            result[f"cold_{name}"].append(round(seconds, 2))
            result[f"cpu_{name}"].append(round(cpu, 2))
            result[f"peak_{name}_mb"] = max(result.get(f"peak_{name}_mb", 0), round(peak))
            print(f"cold search {name}: {seconds:.2f} s ({cpu:.1f} s CPU), {peak:.0f} MB: {summary}", flush=True)
    edits = []
    for n in range(max(2, args.runs)):
        edit_body(on, n)
        since = time.time()
        seconds, cpu, peak, summary = run_build(on)
        index_files = written_since(on / "output" / "search-index", since)
        edits.append(round(seconds, 2))
        result["edit_index_files"] = index_files
        result["peak_edit_mb"] = round(peak)
        print(f"edit: {seconds:.2f} s, {index_files} index files written, {peak:.0f} MB: {summary}", flush=True)
    result["edit"] = edits
    if result["cold_off"]:
        ratio = statistics.median(result["cold_on"]) / statistics.median(result["cold_off"])
        result["ratio"] = round(ratio, 2)
        print(f"cold on/off: {ratio:.2f}x", flush=True)
    index = on / "output" / "search-index"
    result["index_mb"] = round(sum(p.stat().st_size for p in index.rglob("*") if p.is_file()) / 1e6, 1)
    result["index_files"] = sum(1 for p in index.rglob("*") if p.is_file())
    if not args.no_browser:
        result["queries"] = measure_queries(on / "output", QUERIES)
        for row in result["queries"]:
            print(
                f"{row['query']!r}: {row['bytes'] / 1000:.0f} kB in {row['requests']} requests, "
                f"first result {row['first_result_ms']} ms, done {row['done_ms']} ms ({row['status']})",
                flush=True,
            )
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"search-{args.articles}.json").write_text(json.dumps(result, indent=1, ensure_ascii=False), "utf-8")


if __name__ == "__main__":
    main()
