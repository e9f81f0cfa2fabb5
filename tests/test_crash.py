"""Crash safety and determinism (issue 4, "Must show").

A build that fails writes nothing; a build killed at any moment leaves no truncated file,
and the next build is correct (the same tree as a clean build into another folder); the same
content gives the same bytes whatever the folder, the file-system order or PYTHONHASHSEED.
The search index (output/search-index/) is compared like every other file: the same content
gives it the same bytes (docs/search.md).
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import write_site
from test_incremental import article_file, news_site, touch_later, tree

from sitegen import fingerprints, parallel
from sitegen import output as output_stage
from sitegen.errors import BuildFailed, CommandError
from sitegen.pipeline import build

REPO = Path(__file__).resolve().parent.parent
STAGINGS = (".sitegen-staging", "search-index.new")


def every_byte(root: Path) -> dict[str, str]:
    """Every file and folder under root, search-index/ included, with the hash of its bytes."""
    out: dict[str, str] = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        out[rel] = "dir" if path.is_dir() else hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def assert_same_tree(got: Path, want: Path) -> None:
    a, b = tree(got), tree(want)
    assert sorted(a.keys() - b.keys()) == [], "files a clean build does not make"
    assert sorted(b.keys() - a.keys()) == [], "files missing"
    assert sorted(rel for rel in a if a[rel] != b[rel]) == [], "files differ from a clean build"


def no_staging(output: Path) -> None:
    for name in STAGINGS:
        assert not (output / name).exists(), name


def clean_build(site: Path, folder: Path) -> Path:
    shutil.rmtree(folder, ignore_errors=True)
    build(site, folder, full=True)
    return folder


@pytest.fixture(autouse=True)
def same_generator(monkeypatch):
    """The generator's code is fixed for a whole test while colleagues edit sitegen/."""
    fixed = fingerprints.generator_digest()
    monkeypatch.setattr(fingerprints, "generator_digest", lambda: fixed)


# ---------------------------------------------------------------- failed builds write nothing

BROKEN = {
    "template-runtime": ("themes/local/templates/article.html", "</article>", "{{ entry.no_such.field }}</article>"),
    "template-syntax": ("themes/local/templates/base.html", "</body>", "{% if %}</body>"),
    "content": (
        "content/ha-noi/dong-da/2024-01-01-hong.md",
        None,
        "---\ntitle: Hội nghị: hỏng\ndate: 2024-01-01\n---\nx\n",
    ),
    "config": ("config.toml", "per_page = 4", 'per_page = "bốn"'),
}


@pytest.mark.parametrize("kind", list(BROKEN))
def test_failed_build_writes_nothing(tmp_path, kind):
    site = write_site(tmp_path / "site", news_site())
    out = site / "output"
    build(site, out)
    (out / "CNAME").write_text("tin.example.vn\n")
    # Changes that would be written, with the mistake among them.
    source, text = article_file(3)
    touch_later(site / source, text.replace("Đoạn mở đầu", "Đoạn mở đầu (sửa)"))
    path, old, new = BROKEN[kind]
    touch_later(site / path, new if old is None else (site / path).read_text("utf-8").replace(old, new))
    before = every_byte(out)
    with pytest.raises(BuildFailed):
        build(site, out)
    assert every_byte(out) == before
    no_staging(out)
    # Mistake fixed: the build is correct again.
    if old is None:
        (site / path).unlink()
    else:
        touch_later(site / path, (site / path).read_text("utf-8").replace(new, old))
    build(site, out)
    (out / "CNAME").unlink()
    assert_same_tree(out, clean_build(site, tmp_path / "clean"))


@pytest.mark.slow  # forked workers over a few hundred pages
def test_failed_render_in_forked_workers_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("SITEGEN_JOBS", "2")
    site = write_site(tmp_path / "site", news_site(420, step=2))
    out = site / "output"
    build(site, out)
    before = every_byte(out)
    path, old, new = BROKEN["template-runtime"]
    touch_later(site / path, (site / path).read_text("utf-8").replace(old, new))
    with pytest.raises(BuildFailed):
        build(site, out)
    assert every_byte(out) == before
    no_staging(out)


@pytest.mark.parametrize("jobs", ["1", pytest.param("2", marks=pytest.mark.slow)])  # "2": forked workers
def test_failed_first_build_leaves_no_output_folder(tmp_path, monkeypatch, jobs):
    """The first build makes output/ beside it and renames it into place only when it is done."""
    monkeypatch.setenv("SITEGEN_JOBS", jobs)
    site = write_site(tmp_path / "site", news_site(420 if jobs == "2" else 18, step=2))
    path, old, new = BROKEN["template-runtime"]
    touch_later(site / path, (site / path).read_text("utf-8").replace(old, new))
    with pytest.raises(BuildFailed):
        build(site, site / "output")
    assert sorted(p.name for p in site.iterdir() if "output" in p.name) == []
    touch_later(site / path, (site / path).read_text("utf-8").replace(new, old))
    report = build(site, site / "output")
    assert report.written == report.pages + len(list((site / "output" / "static").iterdir()))
    assert sorted(p.name for p in site.iterdir() if "output" in p.name) == ["output"]
    assert_same_tree(site / "output", clean_build(site, tmp_path / "clean"))


# ---------------------------------------------------------------- killed builds


@pytest.mark.parametrize("renamed", [0.5, 1.0])
def test_build_interrupted_while_committing_then_edit_undone(tmp_path, monkeypatch, renamed):
    """A build dies while renaming its files into place (power cut, Ctrl-C); the editor then
    undoes the edit. The files renamed before the crash hold the undone edit, and one is the
    page of an article that no longer exists: the next build must neither trust nor keep them."""
    site = write_site(tmp_path / "site", news_site())
    out = site / "output"
    build(site, out)
    base = site / "themes/local/templates/base.html"
    original = base.read_text("utf-8")
    touch_later(base, original.replace("</body>", "<!-- sửa khung -->\n</body>"))
    added, text = article_file(18)
    touch_later(site / added, text)
    real = output_stage.commit

    def dies(output, moves, stale):
        real(output, moves[: int(len(moves) * renamed)], [])
        raise KeyboardInterrupt

    monkeypatch.setattr(output_stage, "commit", dies)
    with pytest.raises(KeyboardInterrupt):
        build(site, out)
    monkeypatch.setattr(output_stage, "commit", real)
    touch_later(base, original)
    (site / added).unlink()
    build(site, out)
    no_staging(out)
    assert_same_tree(out, clean_build(site, tmp_path / "clean"))


def run_build(site: Path, *args: str, env: dict | None = None, **kw) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, str(REPO / "build.py"), "build", "--source", str(site), *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,
        **kw,
    )  # its own process group: workers die with it


def assert_whole_files(output: Path) -> None:
    """No page is ever half-written: every HTML page and feed ends as it should."""
    for path in output.rglob("*"):
        if path.suffix in (".html", ".xml") and path.is_file():
            text = path.read_text("utf-8").rstrip()
            assert text.endswith("</html>" if path.suffix == ".html" else ">"), path


def phase(output: Path) -> str:
    """What a killed build left: staged pages, a search bundle being made, or neither."""
    found = [name for name in STAGINGS if (output / name).exists()]
    return "+".join(found) or ("done-or-loading" if output.exists() else "nothing-yet")


KILLED = 200  # articles: ~650 pages, rendered in forked workers when all change; a second or two


@pytest.mark.slow
def test_killed_builds_leave_no_half_state_and_the_next_build_is_right(tmp_path):
    seed = int(os.environ.get("SITEGEN_CRASH_SEED") or time.time_ns() % 1_000_000)
    print(f"SITEGEN_CRASH_SEED={seed}")  # shown when the test fails; set it to replay the same kills
    rng = random.Random(seed)
    files = news_site(KILLED, step=3)
    files["config.toml"] = files["config.toml"].replace("search = false", "search = true")
    site = write_site(tmp_path / "site", files)
    out = site / "output"
    base = site / "themes/local/templates/base.html"
    dropped, _ = article_file(150, step=3)
    added, added_text = article_file(KILLED, step=3)
    states = {
        "A": (base.read_text("utf-8"), (site / dropped).read_text("utf-8")),
        "B": (base.read_text("utf-8").replace("</body>", "<!-- B -->\n</body>"), None),
    }

    def go(name: str) -> None:
        """Every HTML page changes, one article goes or comes back, another comes or goes."""
        template, text = states[name]
        touch_later(base, template)
        if text is None:
            (site / dropped).unlink()
            touch_later(site / added, added_text)
        else:
            touch_later(site / dropped, text)
            (site / added).unlink(missing_ok=True)

    clean: dict[str, dict[str, str]] = {}
    for name in ("B", "A"):  # a clean build of each state, and how long a build takes
        go(name)
        started = time.perf_counter()
        clean[name] = tree(clean_build(site, tmp_path / f"clean-{name}"))
        longest = time.perf_counter() - started + 0.3  # and the interpreter's start
    # The first build is killed too: output/ starts empty.
    seen: list[str] = []  # when each kill came, and what it left (printed: is every phase hit?)
    now = "A"
    for iteration in range(3):
        for _ in range(rng.choice((1, 2))):  # killed once, or twice in a row
            now = "B" if now == "A" else "A"
            go(now)
            build_proc = run_build(site)
            delay = rng.uniform(0, longest)
            time.sleep(delay)
            os.killpg(build_proc.pid, signal.SIGKILL)
            build_proc.wait(timeout=60)
            seen.append(f"{delay:.2f}s:{phase(out)}")
            assert_whole_files(out)
        done = run_build(site)
        _, err = done.communicate(timeout=120)
        where = f"seed {seed}, iteration {iteration}, last kill after {delay:.2f} s of {longest:.2f} s"
        assert done.returncode == 0, (where, err)
        no_staging(out)
        got = tree(out)
        assert sorted(got.keys() ^ clean[now].keys()) == [], where
        assert sorted(rel for rel in got if got[rel] != clean[now][rel]) == [], where
    print("kills:", " ".join(seen))


# ---------------------------------------------------------------- determinism


def test_same_content_same_bytes_whatever_the_folder_order_and_hash_seed(tmp_path):
    files = news_site()
    files["content/ha-noi/hai-ba-trung/images/anh.png"] = "không phải ảnh thật"
    files["content/ha-noi/hai-ba-trung/2024-09-09-co-anh.md"] = (
        '---\ntitle: "Hội nghị có ảnh"\ndate: 2024-09-09\nimage: images/anh.png\n'
        "aliases: [/tin-cu/co-anh/]\ntags: [Dân vận khéo, tôn giáo]\n---\n\nCó ảnh.\n"
    )
    first = write_site(tmp_path / "a" / "site", files)
    # Another folder, deeper and with other names, its files created in the reverse order.
    second = tmp_path / "b" / "lưu trữ" / "bản sao"
    for rel in reversed(list(files)):
        write_site(second, {rel: files[rel]})
    outputs = []
    for site, seed, jobs in ((first, "0", "1"), (second, "4242", "2")):
        env = {**os.environ, "PYTHONHASHSEED": seed, "SITEGEN_JOBS": jobs}
        proc = run_build(site, env=env)
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        outputs.append(every_byte(site / "output"))
    a, b = outputs
    assert len(a) > 90
    assert sorted(a.keys() ^ b.keys()) == []
    assert sorted(rel for rel in a if a[rel] != b[rel]) == []


def _dies_on_item_100(shared: object, chunk: list[int]) -> list[int]:
    if 100 in chunk:
        os.kill(os.getpid(), signal.SIGKILL)  # as the system's out-of-memory killer would
    return chunk


def test_a_worker_killed_by_the_system_fails_the_build_with_one_line_instead_of_a_hang(monkeypatch):
    """A render or read worker the kernel kills (out of memory) must not leave the build
    waiting for its chunk for ever: the build stops with one line that says what happened."""
    monkeypatch.setenv("SITEGEN_JOBS", "2")
    _stops_with_one_line(2000)


def _stops_with_one_line(items: int) -> None:
    """A run over `items` items whose worker is killed at item 100 ends, in a minute at most,
    with the one line that says so."""
    signal.signal(signal.SIGALRM, lambda *_: pytest.fail("the build hung after losing a worker"))
    signal.alarm(60)
    try:
        with pytest.raises(CommandError, match="worker process of the build was stopped"):
            list(parallel.run(_dies_on_item_100, None, list(range(items))))
    finally:
        signal.alarm(0)


def _pids(shared: object, chunk: list[int]) -> list[tuple[int, int]]:
    return [(item, os.getpid()) for item in chunk]


def _small_rounds(monkeypatch) -> None:
    """Two workers, 10 items a chunk, 5 chunks a round: 10 rounds for 500 items, forked by a
    zygote (parallel._from_zygote) where there is prctl, by the parent elsewhere."""
    monkeypatch.setenv("SITEGEN_JOBS", "2")
    monkeypatch.setattr(parallel, "CHUNK", 10)
    monkeypatch.setattr(parallel, "ROUND", 5)


def _needs_zygote() -> None:
    if parallel._libc_prctl is None:
        pytest.skip("no prctl here: the parent forks every round itself")


def test_workers_are_forked_afresh_every_round_and_every_item_is_run_once(monkeypatch):
    """A worker's copy of the parent's memory grows with what it touches, so a large build
    forks fresh workers every parallel.ROUND chunks (the 1,000,000-article run's workers grew
    to 8.8 GB each); every item still runs exactly once."""
    _small_rounds(monkeypatch)
    results = [pair for chunk in parallel.run(_pids, None, list(range(500))) for pair in chunk]
    assert sorted(item for item, _ in results) == list(range(500))
    rounds = [{pid for item, pid in results if start <= item < start + 50} for start in range(0, 500, 50)]
    assert all(len(pids) <= 2 for pids in rounds)
    assert len(set().union(*rounds)) > 2  # later rounds ran in processes the first did not have


def _fails_on_item_30(shared: object, chunk: list[int]) -> list[int]:
    if 30 in chunk:
        raise ValueError("item 30 is wrong")
    return chunk


def _children() -> set[int]:
    found = set()
    for task in os.listdir(f"/proc/{os.getpid()}/task"):
        with open(f"/proc/{os.getpid()}/task/{task}/children") as f:
            found |= {int(pid) for pid in f.read().split()}
    return found


def test_rounds_forked_by_a_zygote_pass_on_a_worker_error_and_a_worker_killed(monkeypatch):
    _small_rounds(monkeypatch)
    _needs_zygote()
    before = _children()  # other tests' processes, in a run of the whole suite
    with pytest.raises(ValueError, match="item 30 is wrong"):
        list(parallel.run(_fails_on_item_30, None, list(range(500))))
    _stops_with_one_line(500)
    assert _children() - before == set()


def test_a_build_that_stops_reading_leaves_no_zygote_and_no_worker_behind(monkeypatch):
    """An error in the parent while rounds run (a KeyboardInterrupt, say) closes the run: the
    zygote is killed and its workers die with it, never left writing into output/."""
    _small_rounds(monkeypatch)
    _needs_zygote()
    before = _children()
    results = parallel.run(_pids, None, list(range(500)))
    first = next(results)
    pids = {pid for _, pid in first}
    results.close()
    assert _children() - before == set()
    deadline = time.monotonic() + 10
    while any(os.path.exists(f"/proc/{pid}") for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(os.path.exists(f"/proc/{pid}") for pid in pids)
