"""The read stage: every file under content/ → articles, locality pages and assets.

A source whose file is unchanged comes from the cache (its SourceRecord, fingerprints.py);
the others are read, and parsed when their bytes or the parse key changed, on every core."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from . import parallel
from .bodies import BodyFile
from .config import Config
from .content import decode, parse_article, parse_locality
from .errors import Problem, Problems
from .files import REFUSED, FileRefused, FileStat, read_file, refusal, walk
from .fingerprints import SourceRecord, index_digest, parse_key
from .markup import Markup
from .model import Article, Asset, Content, LocalityPage, Shared
from .reporter import Reporter
from .state import State
from .writer import digest


def load_content(
    site_dir: Path,
    config: Config,
    state: State,
    problems: Problems,
    reporter: Reporter,
    files: list[FileStat] | None = None,
    bodies: BodyFile | None = None,
) -> tuple[Content, set[str]]:
    """Every file under content/ (`files`, if walked already): articles, locality pages and
    assets, and the sources whose bytes changed since the last build. Unchanged files (same
    size and time, or same bytes) come from the cache; the rest are parsed on every core.
    With `bodies` (a build), the articles' bodies are put there, out of memory."""
    root = str(site_dir / "content")
    if files is None:
        files = walk(root)
    assets: list[Asset] = []
    sources: dict[str, SourceRecord | None] = {}
    key = parse_key(config)  # only what parsing reads
    misses: list[tuple[str, str, int, int]] = []  # (rel, path, size, mtime)
    skip = len(root) + 1
    real_root = os.path.realpath(root)
    for path, size, mtime in files:
        rel = "content/" + path[skip:].replace(os.sep, "/")
        if size == REFUSED or not (path.endswith(".md") or os.access(path, os.R_OK)):
            reason = refusal(path, real_root) or "cannot be read (check its permissions)"
            problems.error(rel, 0, f"this file {reason}")
            continue
        if not path.endswith(".md"):
            assets.append(Asset(path, rel[len("content/") :]))
            continue
        old = state.sources.get(rel)
        if old is not None and old.size == size and old.mtime == mtime and old.parse_key == key:
            sources[rel] = old
        else:
            misses.append((rel, path, size, mtime))
            sources[rel] = None  # keeps the walk's order
    changed: set[str] = set()
    done = 0
    shared = Shared()
    for results in parallel.run(_parse_chunk, (config, state.sources, key), misses):
        for rel, record in results:
            old = state.sources.get(rel)
            if old is None or old.digest != record.digest:
                changed.add(rel)
            if type(record.parsed) is Article:
                body = bodies.put(record.parsed.body) if bodies and type(record.parsed.body) is bytes else None
                record = record._replace(parsed=shared.article(record.parsed, body))
            sources[rel] = record
        if bodies:
            bodies.flush()
        done += len(results)
        reporter.progress("read", done, len(misses))
    if bodies:
        _keep_bodies(sources, bodies)
    articles: list[Article] = []
    localities: list[LocalityPage] = []
    records: dict[str, SourceRecord] = {}
    for rel, record in sources.items():
        assert record is not None  # every miss was parsed above
        records[rel] = record
        problems.extend(list(record.problems))
        if isinstance(record.parsed, Article):
            articles.append(record.parsed)
        elif isinstance(record.parsed, LocalityPage):
            localities.append(record.parsed)
    state.sources = records
    return Content(tuple(articles), tuple(localities), tuple(assets)), changed


def _keep_bodies(sources: dict[str, SourceRecord | None], bodies: BodyFile) -> None:
    """Every article's body in the bodies file (those the quick build parsed are still in
    memory), and the file copied without the bodies no article has any more, when they are
    most of it."""
    live = 0
    for rel, record in sources.items():
        article = record.parsed if record is not None else None
        if type(article) is Article:
            if type(article.body) is bytes:
                article = replace(article, body=bodies.put(article.body))
                sources[rel] = record._replace(parsed=article)
            live += article.body.size
    bodies.flush()
    if bodies.wasteful(live):
        moved = bodies.compact(
            record.parsed.body for record in sources.values() if record is not None and type(record.parsed) is Article
        )
        for rel, record in sources.items():
            if record is not None and type(record.parsed) is Article:
                sources[rel] = record._replace(parsed=replace(record.parsed, body=moved[record.parsed.body]))


def parse_records(config: Config, key: str, files: list[tuple[str, str, int, int]]) -> list[tuple[str, SourceRecord]]:
    """(rel, its record) of each (rel, path, size, mtime), parsed here and now."""
    return _parse_chunk((config, {}, key), files)


def _parse_chunk(
    shared: tuple[Config, dict[str, SourceRecord], str], chunk: list[tuple[str, str, int, int]]
) -> list[tuple[str, SourceRecord]]:
    config, old_sources, key = shared
    markup = _markup(config.allow_html)
    results = []
    for rel, path, size, mtime in chunk:
        try:
            raw = read_file(path)
        except FileRefused as err:
            refused = (Problem(rel, 0, "error", f"this file {err}"),)
            results.append((rel, SourceRecord(size, mtime, "", None, refused, key, "")))
            continue
        content_digest = digest(raw)
        old = old_sources.get(rel)
        if old is not None and old.digest == content_digest and old.parse_key == key:
            results.append((rel, old._replace(size=size, mtime=mtime)))
            continue
        found = Problems()
        parsed = parse_file(raw, rel, Path(path).name, config, markup, found)
        record = SourceRecord(size, mtime, content_digest, parsed, tuple(found.items), key, index_digest(parsed, raw))
        results.append((rel, record))
    return results


_markups: dict[bool, Markup] = {}


def _markup(allow_html: bool) -> Markup:
    """One Markdown converter per process: building one costs more than converting a page."""
    if allow_html not in _markups:
        _markups[allow_html] = Markup(allow_html)
    return _markups[allow_html]


def parse_file(
    raw: bytes, rel: str, name: str, config: Config, markup: Markup, problems: Problems
) -> Article | LocalityPage | None:
    """One source's bytes → its article or locality page (None, with problems, if it has errors)."""
    text = decode(raw, rel, problems)
    if text is None:
        return None
    if rel == "content/_index.md":
        problems.error(
            rel, 1, "content/ itself is not a locality: move this file into a locality's folder (content/ha-noi/)"
        )
        return None
    if name == "_index.md":
        return parse_locality(text, rel, markup, problems)
    return parse_article(text, rel, config, markup, problems)
