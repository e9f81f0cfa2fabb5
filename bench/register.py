"""Benchmark of the register of administrative units: what it adds to a build, and look-ups.

    PYTHONPATH=. python3 bench/register.py [--articles 10000] [--corpus DIR]

- load: reading the register (a fresh process each run, the module imports included);
- resolve: the localities of a site of N articles resolved against it (what the index stage
  adds to the build besides the load), on a site whose
  localities are real units in editors' spellings (made in memory from the register: ~60
  provinces, ~600 districts, ~2,500 communes, articles dated 2019–2026), and with --corpus on a
  generated site (bench/run.py's corpora, whose invented places all end as warnings);
- look-ups: every spelling of tests/register/lookups.tsv and every unit of the register
  written "Level Name, Parent", timed one by one (mean and max), and the table's score.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sitegen.config import Config  # noqa: E402
from sitegen.index import build_site  # noqa: E402
from sitegen.model import Article, Content, LocalityPage, pack_html  # noqa: E402
from sitegen.register import COMMUNE, DISTRICT, PRE2025, PROVINCE, Y2025, register  # noqa: E402
from sitegen.text import locality_folder  # noqa: E402

LOAD = (
    "import gc, time; gc.disable(); t, c = time.perf_counter(), time.process_time(); "
    "from sitegen.register import register; register(); "
    "print(time.perf_counter() - t, time.process_time() - c)"
)


def load_times(runs: int) -> list[tuple[float, float]]:
    """(wall, CPU) seconds of each run."""
    out = []
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-c", LOAD], cwd=REPO, capture_output=True, text=True, check=True)
        wall, cpu = done.stdout.split()
        out.append((float(wall), float(cpu)))
    return out


def real_site(articles: int, seed: int = 15) -> Content:
    """A site whose folders are real units in editors' forms, articles spread over them."""
    rng = random.Random(seed)
    reg = register()
    provinces = [u for u in reg.units(PRE2025) if u.tier == PROVINCE]
    pages: list[LocalityPage] = []
    leaves: list[tuple[str, ...]] = []
    taken: set[tuple[str, ...]] = set()  # Huyện and Thị xã Kỳ Anh would share a folder: one is kept
    for province in rng.sample(provinces, 60):
        p = (locality_folder(province.name),)
        pages.append(LocalityPage(p, province.name, source="/".join(("content", *p, "_index.md"))))
        for district in rng.sample(reg.children(province), min(10, len(reg.children(province)))):
            d = (*p, locality_folder(district.name))
            if d in taken:
                continue
            taken.add(d)
            title = district.name.replace("Thành phố ", "TP. ") if rng.random() < 0.2 else district.name
            pages.append(LocalityPage(d, title, source="/".join(("content", *d, "_index.md"))))
            leaves.append(d)
            for commune in rng.sample(reg.children(district), min(4, len(reg.children(district)))):
                c = (*d, locality_folder(commune.name))
                if c in taken:
                    continue
                taken.add(c)
                pages.append(LocalityPage(c, commune.name, source="/".join(("content", *c, "_index.md"))))
                leaves.append(c)
    tz = dt.timezone(dt.timedelta(hours=7))
    body = pack_html("<p>Nội dung.</p>")
    items = []
    for i in range(articles):
        folders = rng.choice(leaves)
        date = dt.datetime(2019, 1, 1, tzinfo=tz) + dt.timedelta(days=rng.randrange(0, 7 * 365))
        items.append(
            Article(
                source="/".join(("content", *folders, f"{date:%Y-%m-%d}-tin-{i}.md")),
                title=f"Tin {i}",
                date=date,
                slug=f"tin-{i}",
                body=body,
                summary="Nội dung.",
                folders=folders,
            )
        )
    return Content(tuple(items), tuple(pages), ())


def generated_site(corpus: Path) -> Content:
    from sitegen import state
    from sitegen.config import load_config
    from sitegen.errors import Problems
    from sitegen.read import load_content
    from sitegen.reporter import Silent

    problems = Problems()
    config = load_config(corpus, problems)
    content, _ = load_content(corpus, config, state.State(generator=""), problems, Silent(), None)
    return content


def resolve_cost(content: Content, rounds: int = 3) -> tuple[list[tuple[float, float]], int, int, int]:
    """Seconds resolve_tree takes on the site's localities (register already read; the name
    cache emptied each round), with the cyclic collector off as the build has it."""
    from sitegen.localities import resolve_tree
    from sitegen.register.names import parse

    site = build_site(content, Config(), localities=False)
    nodes = site.all_localities()
    times, notes = [], []
    gc.disable()
    for _ in range(rounds):
        for node in nodes:
            node.official = None
        parse.cache_clear()
        t, cpu = time.perf_counter(), time.process_time()
        notes = resolve_tree(nodes, register())
        times.append((time.perf_counter() - t, time.process_time() - cpu))
    gc.enable()
    return times, len(nodes), sum(n.official is not None for n in nodes), len(notes)


def lookup_times() -> tuple[int, float, float, str]:
    from tests.register.score import read_table

    reg = register()
    queries = [row.query for row in read_table()]
    for structure in (PRE2025, Y2025):
        for unit in reg.units(structure):
            parent = reg.parent(unit)
            queries.append(f"{unit.name}, {parent.name}" if parent else unit.name)
    from sitegen.register.names import parse

    times = []
    for q in queries:  # each timed three times with the name cache emptied, the least kept
        best = float("inf")
        for _ in range(3):
            parse.cache_clear()
            t = time.perf_counter()
            reg.search(q)
            best = min(best, time.perf_counter() - t)
        times.append(best)
    worst = queries[max(range(len(times)), key=times.__getitem__)]
    return len(queries), statistics.mean(times), max(times), worst


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--corpus", type=Path, help="a site made by gen_corpus.py, resolved as well")
    args = parser.parse_args()

    loads = load_times(args.runs)
    print(f"load (import + read, fresh process): median {statistics.median(w for w, _ in loads) * 1000:.0f} ms wall, "
          f"{statistics.median(c for _, c in loads) * 1000:.0f} ms CPU over {args.runs} runs; "
          f"load average {os.getloadavg()[0]:.1f}")  # fmt: skip
    reg = register()
    counts = {s: [u.tier for u in reg.units(s)] for s in (PRE2025, Y2025)}
    print(
        f"units: pre2025 {counts[PRE2025].count(PROVINCE)}/{counts[PRE2025].count(DISTRICT)}/"
        f"{counts[PRE2025].count(COMMUNE)}, 2025 {counts[Y2025].count(PROVINCE)}/{counts[Y2025].count(COMMUNE)}"
    )
    sites = [(f"real units, {args.articles} articles", real_site(args.articles))]
    if args.corpus:
        sites.append((str(args.corpus), generated_site(args.corpus)))
    for name, content in sites:
        times, nodes, resolved, notes = resolve_cost(content)
        wall, cpu = min(t[0] for t in times) * 1000, min(t[1] for t in times) * 1000
        print(f"resolve, {name}: {nodes} localities, {resolved} resolved, {notes} warnings; "
              f"{wall:.0f} ms wall, {cpu:.0f} ms CPU (least of {len(times)} rounds)")  # fmt: skip
    count, mean, worst, query = lookup_times()
    print(f"look-ups: {count}, mean {mean * 1e6:.0f} µs, max {worst * 1e6:.0f} µs ({query!r})")
    from tests.register.score import read_table, score

    rows = read_table()
    right, misses = score(reg, rows)
    print(f"look-up table: {right}/{len(rows)} right ({100 * right / len(rows):.1f}%)")
    for miss in misses:
        print("  " + miss)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
