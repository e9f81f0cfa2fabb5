"""The quick build: when nothing but the bodies of a few articles changed, render their pages
from the facet store (facets.py) without reading the other sources or making the site's model.

Taken only when it is sure to give the bytes a whole build would:
- the last build's snapshot lists the same files, and the only ones changed are articles
  (not `_index.md`, config, themes or other files);
- each changed article parses without a new problem, and its index digest (every field but
  the body: fingerprints.index_digest) is the one the store holds, so the site's shape, and
  every page but the article's own, are as they were;
- no other page shows its body (the store's readers), and its page reads nothing but what
  it read when last rendered, plus its own body (anything else raises views.Incomplete).
Otherwise it answers None and the build goes the whole way (pipeline.build).

What it writes keeps every record the whole build keeps: the page, the manifest's record of
it (state `.outputs`), the parsed source (state `.delta`), the store's rows, the search
index's document and the snapshot; a pending list makes a killed quick build untrusted, as
a killed whole build is.
"""

from __future__ import annotations

import json
import os
import time
from array import array
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from . import state as cache
from .config import Config, load_config
from .errors import Problems
from .facets import Store, store_file
from .files import REFUSED
from .fingerprints import page_fingerprint, page_given, parse_key, settings_digest
from .model import Article
from .noop import Look
from .plan import Page
from .read import parse_records
from .render import Renderer
from .reporter import BuildReport
from .theme import make_environment
from .urls import Urls, output_path
from .views import (
    SITE_KEY,
    Dependency,
    EntryView,
    Incomplete,
    LocalityView,
    Ref,
    SiteView,
    TermView,
    Views,
    body_digest,
)
from .writer import Stage, commit, digest, discard_staging

if TYPE_CHECKING:
    from .searchindex import SearchIndex

LIMIT = 16  # changed articles a quick build takes; more is an import or a search-and-replace


def build(site_dir: Path, output: Path, seen: Look, *, search: bool) -> BuildReport | None:
    """The build's report, or None when a whole build is needed."""
    last = seen.last
    if last is None or last.generator != seen.generator or not os.path.isdir(output):
        return None
    changed = _changed_articles(seen.snapshot.changed(last.files), str(site_dir / "content"))
    state_path = cache.cache_file(site_dir, output)
    if not changed or cache.load_pending(state_path):
        return None
    store = Store.open(store_file(state_path))
    if store is None:
        return None
    try:
        report = _build(site_dir, output, seen, changed, store, state_path, search)
    except Incomplete:
        return None
    finally:
        store.close()
    if report is not None:
        report.seconds = time.perf_counter() - seen.started
    return report


def _changed_articles(changed: list | None, content: str) -> list[tuple[str, str, int, int]] | None:
    """(rel, path, size, mtime) of the files that changed (Stats.changed()), when every one
    is an article of content/ and they are few; else None."""
    if changed is None or len(changed) > LIMIT:
        return None
    prefix = content + os.sep
    out = []
    for path, size, mtime in changed:
        if (
            not path.startswith(prefix)
            or not path.endswith(".md")
            or os.path.basename(path) == "_index.md"
            or size == REFUSED
        ):
            return None
        out.append(("content/" + path[len(prefix) :].replace(os.sep, "/"), path, size, mtime))
    return out


def _build(
    site_dir: Path,
    output: Path,
    seen: Look,
    changed: list[tuple[str, str, int, int]],
    store: Store,
    state_path: Path,
    search: bool,
) -> BuildReport | None:
    token, base, generator = store.meta("token"), store.meta("base"), seen.generator
    if not token or token != seen.last.token or store.meta("generator") != generator:
        return None  # the store, the state and the snapshot are not of one build
    delta = cache.read_delta(state_path, generator, base)
    if delta is None or len(delta) + len(changed) > cache.DELTA_LIMIT:
        return None  # a whole build folds the delta into .sources
    problems = Problems()
    config = load_config(site_dir, problems)
    if problems.errors:
        return None
    records = dict(parse_records(config, parse_key(config), changed))
    edited: dict[str, Article] = {}
    for rel, record in records.items():
        row = store.source(rel)
        if (
            row is None
            or not isinstance(record.parsed, Article)
            or (record.parse_key, record.index_digest) != (row.parse_key, row.index_digest)
            or record.problems != row.problems
        ):
            return None
        if record.digest != row.digest:
            if store.has_readers("e:" + rel):
                return None
            edited[rel] = record.parsed

    report = BuildReport(pages=seen.last.pages, unchanged=seen.last.count)
    report.problems.extend(list(seen.last.problems))
    found = _render(site_dir, config, store, state_path, generator, edited, search) if edited else ([], {})
    if found is None:
        return None
    rendered, documents = found
    index = None
    if search and config.search and rendered:
        from .search import FOLDER, SearchIndex, state_file  # with numpy: only when the site has search

        index = SearchIndex(output / FOLDER, state_file(state_path))
        if not documents.keys() <= index.versions().keys():
            return None  # an article the index does not hold (a draft made public): the whole build adds it

    # Write: the pages, then every record of them; the pending list covers the time between.
    moves = []
    stage = None
    for page_rel, data, *_ in rendered:
        if not _holds(output / page_rel, data):
            stage = stage or Stage(output)
            moves.append((stage.put_later(data, page_rel), page_rel))
    if stage is not None:
        stage.flush()
    cache.forget_snapshot(site_dir, output)
    if moves:
        cache.save_pending(state_path, [rel for _, rel in moves])
        try:
            commit(output, moves, [])
        except BaseException:
            discard_staging(output)
            raise
    outputs = cache.read_outputs(state_path, token)
    for page_rel, data, fingerprint, deps, *_ in rendered:
        outputs[page_rel] = (fingerprint, digest(data), deps)
    if rendered:
        cache.write_outputs(state_path, token, outputs)
    cache.write_delta(state_path, generator, base, {**delta, **records})
    for rel, record in records.items():
        page = next(((p, numbers) for p, _, _, _, source, numbers in rendered if source == rel), None)
        store.quick_update(rel, record, page)
    report.rendered = len(rendered)
    report.rendered_paths = sorted(rel for rel, *_ in rendered)
    report.written = len(moves)
    report.written_paths = [rel for _, rel in moves]
    report.unchanged -= len(moves)
    if index is not None:
        _index(index, output, rendered, documents, report)
    cache.clear_pending(state_path)
    if search:
        last = seen.last
        again = replace(last, generator=generator, files=seen.snapshot, token=token)  # the same files and outputs
        cache.save_snapshot(site_dir, output, again)
    return report


def _render(
    site_dir: Path,
    config: Config,
    store: Store,
    state_path: Path,
    generator: str,
    edited: dict[str, Article],
    search: bool,
) -> tuple[list[tuple[str, bytes, str, tuple[Dependency, ...], str, bytes]], dict[str, Any]] | None:
    """(output path, bytes, fingerprint, dependencies, source, dependencies' numbers) of each
    edited article's page, and output path → its search document; None when a whole build is
    needed."""
    problems = Problems()
    env, _ = make_environment(site_dir, config, problems, state_path.parent / f"templates-{generator}")
    if problems.errors:
        return None
    settings = settings_digest(config, site_dir)
    views = StoredViews(store, config, {"e:" + rel: a for rel, a in edited.items()})
    pages = {}
    for rel in edited:
        found = store.page(rel)
        if found is None:
            return None
        pages[rel] = found
        views.allow(found[1])
    renderer = Renderer(env, views, json.loads(store.meta("closures") or "{}"))
    out = []
    for rel, article in edited.items():
        key = "e:" + rel
        page_rel = pages[rel][0]
        url = views.value(key, "card")["url"]
        if output_path(url) != page_rel:
            return None
        line = article.lines.get("slug") or article.lines.get("title", 1)
        page = Page(url, "article.html", {"entry": Ref(key)}, rel, "article", line)
        try:
            given = page_given(page, renderer.template_digest(page.template), settings, views)
            data, reads = renderer.render(page)
        except Incomplete:
            return None
        except Exception:  # a theme's mistake: the whole build reports it
            return None
        if any(facet == "body" and other != key for other, facet in reads) or not reads <= views.allowed.keys():
            return None  # a reader of another body, or of something new: the whole build notes it
        deps = tuple(sorted(reads))
        if search and config.search:
            views.documents[page_rel] = _document(views, key, article)
        out.append((page_rel, data, page_fingerprint(given, deps, views), deps, rel, _numbers(views, deps)))
    return out, views.documents


def _numbers(views: StoredViews, deps: tuple[Dependency, ...]) -> bytes:
    """A page's dependencies as the build state numbers them (fingerprints.Dependencies)."""
    return array("I", [views.allowed[dep] for dep in deps]).tobytes()


def _document(views: StoredViews, key: str, article: Article) -> Any:
    from .search import record  # with numpy: only when the site has search

    return record(views.show(Ref(key)), article)


def _index(index: SearchIndex, output: Path, rendered: list, documents: dict[str, Any], report: BuildReport) -> None:
    from .search import update_documents, version

    docs = {page_rel: (version(digest(data)), documents[page_rel]) for page_rel, data, *_ in rendered}
    done = update_documents(index, docs)
    report.written += len(done.written)
    report.written_paths += [os.path.relpath(path, output) for path in done.written]
    if done.status not in ("off", "unchanged"):
        report.search = f"search index: {done.indexed} documents indexed in {done.seconds:.2f} s"


def _holds(path: Path, data: bytes) -> bool:
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


class _StoredSite:
    """The site as the quick build has it: config and URL rules; the rest is in the store."""

    def __init__(self, config: Config):
        self.config = config
        self.urls = Urls(config)


_VIEWS: dict[str, Callable[..., Any]] = {"e": EntryView, "l": LocalityView, "t": TermView}


class StoredViews(Views):
    """Views whose values come from the facet store (only the facets `allow`ed: those the
    pages being rendered read last time), and the edited articles' bodies from their files."""

    def __init__(self, store: Store, config: Config, edited: dict[str, Article]):
        super().__init__(_StoredSite(config))  # type: ignore[arg-type]
        self.store = store
        self.edited = edited
        self.allowed: dict[Dependency, int] = {}  # → its number in the store
        self._values: dict[Dependency, dict[str, Any]] = {}
        self._refs: dict[str, Any] = {}
        self.documents: dict[str, Any] = {}

    def allow(self, deps: dict[Dependency, int]) -> None:
        self.allowed.update(deps)

    def site_view(self) -> SiteView:
        view = self._refs.get(SITE_KEY)
        if view is None:
            view = self._refs[SITE_KEY] = SiteView(self.site, SITE_KEY, self)
        return view

    def show(self, value: Any) -> Any:
        if type(value) is Ref:
            key = value.key
            if key == SITE_KEY:
                return self.site_view()
            view = self._refs.get(key)
            if view is None:
                view = self._refs[key] = _VIEWS[key[0]](value, key, self)
            return view
        return super().show(value)

    def read(self, obj: Any, key: str, facet: str, name: str, get: Callable[[Any], Any]) -> Any:
        if facet == "body" and key in self.edited:
            return self.show(get(SimpleNamespace(article=self.edited[key])))
        return self.show(self.value(key, facet)[name])

    def value(self, key: str, facet: str) -> dict[str, Any]:
        dep = (key, facet)
        found = self._values.get(dep)
        if found is None:
            number = self.allowed.get(dep)
            row = self.store.facet(number) if number is not None else None
            if row is None or not row[0]:  # not read last time, or not kept (facets.Unstorable)
                raise Incomplete(f"{key} {facet}")
            self._digests[dep], found = row
            self._values[dep] = found
        return found

    def facet_digest(self, dependency: Dependency) -> str:
        key, facet = dependency
        if facet == "body" and key in self.edited:
            return body_digest(self.edited[key])
        self.value(key, facet)
        return self._digests[dependency]

    def check(self, obj: Any, name: str) -> None:
        pass  # the store holds what a whole build computed

    def _object(self, key: str) -> Any:
        raise Incomplete(key)
