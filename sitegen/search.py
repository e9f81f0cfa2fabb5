"""The search index: article pages → Pagefind's bundle in output/pagefind/.

Pagefind (the `pagefind-bin` package ships its binary) indexes a small HTML document per
article that this module writes: title, date and locality as metadata, province, year,
meeting type and tags as filters, and as text the summary and body only (no navigation).
Pagefind 1.5 folds tone marks ("dan" finds "dân") but not đ, so each document ends with
its đ-words spelled with d ("Đảng" → "Dảng") after a marker; the search page drops that
tail from what it shows and highlights matches itself, so excerpts keep the real text.

The bundle is rebuilt only when the documents change, files are replaced atomically and
only when their bytes change, and a build without a working Pagefind still succeeds
with one warning. See docs/search.md.
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .config import Config
from .errors import Problems
from .index import Entry, Site
from .urls import output_path

FORMAT = 1  # bump when the documents or the way they are indexed change
BUNDLE = "pagefind"  # output/pagefind/, where search.html's data-bundle points
MARK = "⁂"  # starts the folded tail of a document; Pagefind does not index it
LANGUAGE = "vi"  # the archive's text is Vietnamese whatever the UI language
STAGING = ".sitegen-search"  # inside output/, so renames into output/pagefind/ are atomic
# Pagefind's ready-made UIs: the search page has its own (static/search.js), so they are not copied.
UNUSED = re.compile(r"^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$")
ENV_BINARY = "SITEGEN_PAGEFIND"  # a pagefind binary to use instead of pagefind-bin's

_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")
_PUNCT = "\"'“”‘’.,;:!?()[]{}<>«»…–—-/\\|*_`~@#$%^&=+"


@dataclass
class SearchReport:
    status: str = "off"  # "off", "unchanged", "indexed", "failed"
    documents: int = 0
    seconds: float = 0.0
    bytes: int = 0  # size of the bundle
    written: list[str] = field(default_factory=list)  # bundle files replaced, relative to output/
    files: int = 0  # files of the bundle, written or not


# ---------------------------------------------------------------- text


def fold_d(text: str) -> str:
    """đ → d and Đ → D, marks kept: Pagefind folds the tone marks itself, but not đ."""
    return text.replace("đ", "d").replace("Đ", "D")


def fold_words(text: str) -> list[str]:
    """The words of `text` that hold a đ, spelled with d, in order (repeats kept, so a word's
    frequency, and with it the ranking, is the same whether it is searched with đ or d)."""
    words = text.replace("<", " ").replace(">", " ").split()  # tags too, when given HTML
    return [fold_d(w.strip(_PUNCT)) for w in words if "đ" in w or "Đ" in w]


def html_text(markup: str) -> str:
    """Plain text of an HTML fragment, whitespace collapsed."""
    return _SPACE.sub(" ", html.unescape(_TAG.sub(" ", markup))).strip()


def display_date(entry: Entry) -> str:
    return f"{entry.article.date:%d/%m/%Y}"


def document(entry: Entry) -> str:
    """The HTML document Pagefind indexes for one article. Metadata and filters sit outside
    the indexed body (metadata is searchable in Pagefind 1.5: the title and locality are)."""
    a = entry.article
    e = html.escape
    chain = [n.title for n in entry.locality.chain] if entry.locality is not None else []
    head = [
        f'<h1 data-pagefind-meta="title">{e(a.title)}</h1>',
        f'<p data-pagefind-meta="date">{e(display_date(entry))}</p>',
        f'<p data-pagefind-meta="datetime">{a.date.date().isoformat()}</p>',
        f'<p data-pagefind-filter="year">{a.date.year}</p>',
    ]
    if chain:
        head.append(f'<p data-pagefind-meta="locality">{e(" › ".join(chain))}</p>')
        head.append(f'<p data-pagefind-filter="province">{e(chain[0])}</p>')
    if entry.meeting is not None:
        head.append(f'<p data-pagefind-filter="meeting">{e(entry.meeting.name)}</p>')
    head += [f'<p data-pagefind-filter="tag">{e(t.name)}</p>' for t in entry.tags]
    summary = _SPACE.sub(" ", a.summary).strip()
    explicit = summary and "summary" in a.lines  # else it is cut from the body, so already there
    lede = explicit and summary not in a.body_html and summary not in html_text(a.body_html)
    # Words in tags (an alt text) may be folded too: harmless, and much faster than parsing.
    folded = fold_words(" ".join([a.title, " ".join(chain), summary if lede else "", a.body_html]))
    lede = f"<p>{e(summary)}</p>\n" if lede else ""
    tail = f"<p>{MARK} {e(' '.join(folded))}</p>\n" if folded else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{LANGUAGE}"><head><meta charset="utf-8"><title>{e(a.title)}</title>'
        f"</head><body>\n"
        + "\n".join(head)
        + f"\n<main data-pagefind-body>\n{lede}{a.body_html}\n{tail}</main>\n</body></html>\n"
    )


def documents(site: Site) -> dict[str, str]:
    """Output path of each article page → its document, in a fixed order."""
    return {output_path(entry.url): document(entry) for entry in site.entries}


# ---------------------------------------------------------------- running Pagefind


class PagefindError(Exception):
    pass


def pagefind_binary() -> str:
    """The pagefind binary: $SITEGEN_PAGEFIND, else the one pagefind-bin ships."""
    override = os.environ.get(ENV_BINARY)
    if override:
        return override
    try:
        import pagefind_bin
    except ImportError as err:
        raise PagefindError("the pagefind-bin package is not installed (pip install pagefind-bin==1.5.2)") from err
    try:
        return str(pagefind_bin.get_executable())
    except Exception as err:  # the package is there but its binary is not
        raise PagefindError(f"pagefind-bin has no binary for this machine ({err})") from err


def run_pagefind(binary: str, site: Path, bundle: Path) -> None:
    command = [binary, "--site", str(site), "--output-path", str(bundle), "--force-language", LANGUAGE, "--silent"]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=1800)
    except (OSError, subprocess.SubprocessError) as err:
        raise PagefindError(f"could not run {binary}: {err}") from err
    if done.returncode != 0 or not (bundle / "pagefind-entry.json").is_file():
        lines = (done.stderr or done.stdout).strip().splitlines()
        raise PagefindError(f"{binary} failed (exit {done.returncode})" + (f": {lines[-1]}" if lines else ""))


def _tool_stamp(binary: str) -> str:
    try:
        st = os.stat(binary)
        return f"{binary}:{st.st_size}:{st.st_mtime_ns}"
    except OSError:
        return binary


# ---------------------------------------------------------------- the build step


def build_search(
    output: Path,
    site: Site,
    config: Config,
    problems: Problems,
    stamp_path: Path,
    state_outputs: dict,
    *,
    binary: Callable[[], str] = pagefind_binary,
) -> SearchReport:
    """Make output/pagefind/ match the site's articles; warn, never fail, when Pagefind cannot run."""
    started = time.perf_counter()
    report = SearchReport()
    old = _load_stamp(stamp_path)
    shutil.rmtree(output / STAGING, ignore_errors=True)  # what a killed build left behind
    if not config.search:
        _remove(output, old.get("files", {}))
        stamp_path.unlink(missing_ok=True)
        return report
    try:
        exe = binary()
    except PagefindError as err:
        stamp_path.unlink(missing_ok=True)
        return _failed(report, problems, str(err), started)
    tool = f"{FORMAT}\0{_tool_stamp(exe)}"
    pages = _pages_key(site, state_outputs, tool)
    if old.get("pages") == pages and _intact(output, old.get("files", {})):
        return _unchanged(report, old, started)  # no article page changed since the last index
    docs = documents(site)
    report.documents = len(docs)
    h = hashlib.blake2b(tool.encode(), digest_size=16)
    for rel, text in docs.items():
        h.update(f"{rel}\0{text}\0".encode())
    key = h.hexdigest()
    if old.get("key") == key and _intact(output, old.get("files", {})):
        _save_stamp(stamp_path, {**old, "pages": pages})
        return _unchanged(report, old, started)
    staging = output / STAGING
    try:
        with tempfile.TemporaryDirectory(prefix="sitegen-search-") as tmp:
            for rel, text in docs.items():
                path = Path(tmp, rel)
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
            run_pagefind(exe, Path(tmp), staging)
        files = _install(output, staging, old.get("files", {}), report)
    except PagefindError as err:
        stamp_path.unlink(missing_ok=True)  # the bundle may be older than the pages: look next time
        return _failed(report, problems, str(err), started)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    _save_stamp(stamp_path, {"key": key, "pages": pages, "files": files})
    report.status = "indexed"
    report.files = len(files)
    report.bytes = sum(files.values())
    report.seconds = time.perf_counter() - started
    return report


def _pages_key(site: Site, outputs: dict, tool: str) -> str:
    """What the article pages on disk hold (the writer's digests): every field a document
    shows is on its page, so while these stay the same the index needs no look."""
    h = hashlib.blake2b(tool.encode(), digest_size=16)
    for entry in site.entries:
        rel = output_path(entry.url)
        written = outputs.get(rel, ("", ""))
        h.update(f"{rel}\0{written[1]}\0".encode())
    return h.hexdigest()


def _unchanged(report: SearchReport, old: dict, started: float) -> SearchReport:
    report.status = "unchanged"
    report.files = len(old["files"])
    report.bytes = sum(old["files"].values())
    report.seconds = time.perf_counter() - started
    return report


def _failed(report: SearchReport, problems: Problems, reason: str, started: float) -> SearchReport:
    problems.warning(
        "config.toml",
        0,
        f"search: {reason}; the site was built without updating its search "
        "index (output/pagefind/). Fix that, or set search = false in config.toml",
    )
    report.status = "failed"
    report.seconds = time.perf_counter() - started
    return report


def _install(output: Path, staging: Path, old: dict[str, int], report: SearchReport) -> dict[str, int]:
    """Move the new bundle into output/pagefind/: changed files only, each by an atomic rename,
    the entry file (which names all the others) last, then remove files no longer used."""
    files: dict[str, int] = {}
    entry = None
    for path in sorted(p for p in staging.rglob("*") if p.is_file()):
        rel = path.relative_to(staging).as_posix()
        if UNUSED.match(rel):
            continue
        files[f"{BUNDLE}/{rel}"] = path.stat().st_size
        if rel == "pagefind-entry.json":
            entry = (path, rel)
            continue
        _replace(path, output / BUNDLE / rel, report)
    assert entry is not None  # run_pagefind checked it
    _replace(entry[0], output / BUNDLE / entry[1], report)
    _remove(output, {rel: 0 for rel in old if rel not in files})
    return files


def _replace(source: Path, target: Path, report: SearchReport) -> None:
    if (
        target.is_file()
        and target.stat().st_size == source.stat().st_size
        and target.read_bytes() == source.read_bytes()
    ):
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(source, target)
    report.written.append(target.as_posix())


def _remove(output: Path, files: Iterable[str]) -> None:
    """Remove bundle files this step made (and folders they leave empty), nothing else."""
    root = (output / BUNDLE).resolve()
    for rel in files:
        target = (output / rel).resolve()
        if root not in target.parents:
            continue
        target.unlink(missing_ok=True)
        folder = target.parent
        while folder == root or root in folder.parents:
            try:
                folder.rmdir()
            except OSError:
                break
            folder = folder.parent


def _intact(output: Path, files: dict[str, int]) -> bool:
    if not files:
        return False
    for rel, size in files.items():
        try:
            if (output / rel).stat().st_size != size:
                return False
        except OSError:
            return False
    return True


def _load_stamp(path: Path) -> dict:
    try:
        data = json.loads(path.read_text("utf-8"))
        return data if isinstance(data, dict) and isinstance(data.get("files", {}), dict) else {}
    except (OSError, ValueError):
        return {}


def _save_stamp(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)


def stamp_file(cache_file: Path) -> Path:
    """Beside the build cache, one per output folder: what the last index was made from."""
    return cache_file.with_name(cache_file.stem.replace("build-", "search-") + ".json")


def index_site(output: Path, loaded, report) -> SearchReport:
    """The pipeline's step after the site is written (`loaded` is pipeline.Loaded): warnings go
    into the build report's problems."""
    return build_search(
        output, loaded.site, loaded.config, report.problems, stamp_file(loaded.state_path), loaded.state.outputs
    )
