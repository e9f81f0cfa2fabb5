"""Benchmark: this generator against Hugo and Pelican on the same corpora, made by bench/corpus.py.

    python bench/run.py                  # 1,000 and 10,000 articles
    python bench/run.py --sizes 1000     # one size
    python bench/run.py --large          # 100,000 too (ours only unless --peers-large)

For each corpus it prints cold build, no-op rebuild and one-edit rebuild wall times
(median of --runs), files written and peak memory, and our time as a ratio of each
peer's, measured side by side in one run, the tools taking turns run by run. Corpora go to
bench/corpora/ (git-ignored).
Peers need the `bench` extra: pip install -e '.[bench]'.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
CORPUS = HERE / "corpus.py"
CORPORA = HERE / "corpora"
# Where a cold run's predecessors' outputs go, deleted only when every run is done: on an ext4
# without a journal (this VM's disk) the system skips inodes freed in the last five minutes when
# it makes files, one by one, so a build right after deleting a site's 25,000 files pays for the
# deletion (perf: a fifth of a 10,000-article build in the kernel's recently_deleted). Every tool
# was paying for its own last output; none is now. A rename costs nothing; the trash is deleted when
# every run is done, and the next invocation waits until that deletion is QUIET seconds old.
TRASH = CORPORA / "trash"
EMPTIED = CORPORA / "trash-emptied"  # when TRASH was last deleted: the next run waits QUIET after it
QUIET = 310.0  # seconds: five minutes while the inode table's block is unwritten, and a margin


@dataclass
class Result:
    tool: str
    cold: list[float] = field(default_factory=list)
    noop: list[float] = field(default_factory=list)
    edit: list[float] = field(default_factory=list)
    written: dict[str, int] = field(default_factory=dict)
    peak_mb: float = 0.0
    error: str = ""

    def median(self, name: str) -> float | None:
        values = getattr(self, name)
        return statistics.median(values) if values else None


def run(cmd: list[str], cwd: Path) -> tuple[float, float, str]:
    """Wall seconds and peak RSS (MB, the largest process of the tree) of one command."""
    os.sync()  # the last run's (or rmtree's) writes are not this run's: same start for every tool
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    out = proc.stdout.read() if proc.stdout else ""
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}: {out[-2000:]}")
    return seconds, usage.ru_maxrss / 1024, out


def count_newer(folder: Path, since: float) -> int:
    """Files in folder modified after `since`: what a build wrote."""
    n = 0
    for root, _, files in os.walk(folder):
        for name in files:
            if os.stat(os.path.join(root, name)).st_mtime >= since:
                n += 1
    return n


def pick_article(content: Path) -> Path:
    files = sorted(p for p in content.rglob("*.md") if p.name != "_index.md")
    return files[len(files) // 2]


def edit_body(path: Path, n: int) -> None:
    """Append a sentence to the article's last paragraph: a body edit, not a summary edit."""
    text = path.read_text("utf-8").rstrip("\n")
    path.write_text(text + f" Cập nhật lần {n}.\n", "utf-8")


TOOLS = {
    "ours": lambda d: ([sys.executable, str(REPO / "build.py"), "build", "--source", str(d)], d / "output"),
    "hugo": lambda d: (["hugo", "--quiet"], d / "public"),
    "pelican": lambda d: (["pelican", "content", "-s", "pelicanconf.py", "-q"], d / "output"),
}


class Bench:
    """One tool on one corpus: its cold, no-op and one-edit builds, one run at a time, so that
    the runs of every tool can take turns (this machine's disk is faster at some moments than
    at others: taking turns exposes each tool to the same moments)."""

    def __init__(self, tool: str, corpus: Path, runs: int, search: bool = False):
        self.result = Result(tool + (" + search" if search else ""))
        self.runs = runs
        self.corpus = corpus
        self.cmd, self.out = TOOLS[tool](corpus)
        self.article: Path | None = None
        self.original = b""
        if tool != "ours" and shutil.which(self.cmd[0]) is None:
            self.result.error = f"{self.cmd[0]} not installed (pip install -e '.[bench]')"
        if tool == "ours":
            # Peers build no search index, so by default neither do we; --search measures it too.
            config = (
                (REPO / "config.toml").read_text("utf-8").replace("search = true", f"search = {str(search).lower()}")
            )
            (corpus / "config.toml").write_text(config, "utf-8")

    def step(self, phase: str, n: int) -> None:
        """Run n of phase ("cold", "noop" or "edit"); the last run's files written are kept."""
        if self.result.error or n >= self.runs:
            return
        try:
            if phase == "cold":
                for junk in (self.out, self.corpus / ".cache", self.corpus / "__pycache__"):
                    set_aside(junk)
                since = time.time() - 1
            else:
                if phase == "edit":
                    if self.article is None:
                        self.article = pick_article(self.corpus / "content")
                        self.original = self.article.read_bytes()
                    edit_body(self.article, n)
                time.sleep(1.1)  # a new mtime second, so "written" counts only this build
                since = time.time()
            seconds, peak, _ = run(self.cmd, self.corpus)
            getattr(self.result, phase).append(seconds)
            self.result.peak_mb = max(self.result.peak_mb, peak)
            self.result.written[phase] = count_newer(self.out, since)
        except RuntimeError as err:
            self.result.error = str(err).splitlines()[0][:300]

    def restore(self) -> None:
        if self.article is not None:
            self.article.write_bytes(self.original)


def set_aside(folder: Path) -> None:
    """Move the folder into TRASH (see there), under a name no other run uses."""
    if folder.exists():
        TRASH.mkdir(parents=True, exist_ok=True)
        folder.rename(TRASH / f"{time.monotonic_ns()}-{folder.name}")


def empty_trash() -> None:
    if TRASH.exists():
        shutil.rmtree(TRASH, ignore_errors=True)
        os.sync()
        EMPTIED.write_text(str(time.time()))


def wait_for_quiet_disk() -> None:
    """Sleep until the last deletion of TRASH is QUIET seconds old (see TRASH)."""
    try:
        left = QUIET - (time.time() - float(EMPTIED.read_text()))
    except (OSError, ValueError):
        return
    if left > 0:
        print(f"  waiting {left:.0f} s: the last run's outputs were deleted just now", file=sys.stderr, flush=True)
        time.sleep(left)


PHASES = ("cold", "noop", "edit")


def bench_all(benches: list[Bench], phases: tuple[str, ...] | list[str] = PHASES) -> list[Result]:
    """Every phase, run by run, each tool in turn."""
    try:
        for phase in phases:
            for n in range(max(b.runs for b in benches)):
                for bench in benches:
                    print(f"    {bench.result.tool}: {phase} {n + 1}", file=sys.stderr, flush=True)
                    bench.step(phase, n)
    finally:
        for bench in benches:
            bench.restore()
    return [b.result for b in benches]


def make_corpus(size: int) -> Path:
    root = CORPORA / f"c{size}"
    if not (root / "ours" / "content").is_dir():
        shutil.rmtree(root, ignore_errors=True)
        subprocess.run(
            [sys.executable, str(CORPUS), "--articles", str(size), "--output", str(root), "--format", "all"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return root


def fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def table(size: int, results: list[Result]) -> str:
    ours = results[0]
    lines = [
        f"\n### {size:,} articles\n",
        "| tool | cold s | no-op s | one edit s | written cold / no-op / edit | peak MB | ours ÷ tool (cold) |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        if r.error:
            lines.append(f"| {r.tool} | {r.error} | | | | | |")
            continue
        ratio = (
            "1.00" if r is ours else (f"{ours.median('cold') / r.median('cold'):.2f}" if ours.cold and r.cold else "—")
        )
        written = " / ".join(str(r.written.get(k, "—")) for k in ("cold", "noop", "edit"))
        lines.append(
            f"| {r.tool} | {fmt(r.median('cold'))} | {fmt(r.median('noop'))} | "
            f"{fmt(r.median('edit'))} | {written} | {r.peak_mb:.0f} | {ratio} |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--large", action="store_true", help="add the 100,000-article corpus")
    parser.add_argument("--peers-large", action="store_true", help="run Hugo and Pelican at 100,000 too")
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement (median)")
    parser.add_argument("--peer-runs", type=int, default=0, help="runs for Hugo and Pelican (default: --runs)")
    parser.add_argument("--search", action="store_true", help="also measure ours with the search index")
    parser.add_argument("--tools", nargs="+", default=list(TOOLS), choices=list(TOOLS))
    parser.add_argument("--json", type=Path, help="write every number here too")
    parser.add_argument("--phases", nargs="+", default=list(PHASES), choices=list(PHASES), help="e.g. cold only")
    args = parser.parse_args()
    sizes = args.sizes + ([100_000] if args.large else [])
    # Our code byte-compiled once, as `pip install` leaves it (and as Pelican's is, in
    # site-packages): where PYTHONDONTWRITEBYTECODE is set, a checkout would otherwise be
    # compiled again on every run, 0.05–0.1 s of each no-op and edit.
    compileall.compile_dir(str(REPO / "sitegen"), quiet=1)
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.platform()}"
    )
    report = {}
    wait_for_quiet_disk()
    try:
        measure(args, sizes, report)
    finally:
        empty_trash()  # every output set aside, once no run is left
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))
    return 0


def measure(args: argparse.Namespace, sizes: list[int], report: dict) -> None:
    """Every size's tools, taking turns; prints each size's table and keeps its results in report."""
    for size in sizes:
        corpus = make_corpus(size)
        benches = []
        for tool in args.tools:
            if size >= 100_000 and tool != "ours" and not args.peers_large:
                continue
            runs = 1 if size >= 100_000 else (args.peer_runs or args.runs) if tool != "ours" else args.runs
            benches.append(Bench(tool, corpus / ("ours" if tool == "ours" else tool), runs))
        print(f"  {size:,} articles: {', '.join(args.tools)}, taking turns", file=sys.stderr, flush=True)
        results = bench_all(benches, args.phases)
        if "ours" in args.tools and args.search:  # its own corpus folder's config: not in turns
            results += bench_all([Bench("ours", corpus / "ours", args.runs, search=True)], args.phases)
        print(table(size, results), flush=True)
        report[size] = [r.__dict__ for r in results]


if __name__ == "__main__":
    sys.exit(main())
