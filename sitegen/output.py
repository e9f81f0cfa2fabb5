"""The build's last stages: render the pages whose fingerprints changed, copy files, and
commit the new files to output/ with the manifest that says what each holds. Nothing is
written to output/ until every page has rendered, so a build with any error leaves it as it was.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from . import facets, parallel
from . import state as cache
from .errors import BuildFailed, Problem, template_problem
from .facets import Store, store_file
from .fingerprints import Written, page_fingerprint, page_given, unchanged
from .model import Asset
from .plan import Page
from .render import Renderer
from .reporter import BuildReport, Reporter
from .text import memo
from .theme import static_files, theme_dirs
from .urls import output_path
from .views import Incomplete
from .writer import Stage, commit, digest, discard_staging, fresh_folder

if TYPE_CHECKING:
    from .pipeline import Loaded


def write_site(site_dir: Path, output: Path, loaded: Loaded, reporter: Reporter) -> BuildReport:
    """Render, copy and commit, in that order; then keep the manifest for the next build."""
    state = loaded.state
    report = BuildReport(pages=state.pages if loaded.partial else len(loaded.pages), problems=loaded.problems)
    closures = state.closures[1] if state.closures[0] == loaded.templates else {}
    renderer = Renderer(loaded.env, loaded.views, closures)
    _know_closures(renderer, loaded.pages)
    discard_staging(output)  # what a killed build left behind
    # The first build makes the whole folder beside output/ and renames it into place: one
    # rename instead of tens of thousands, and still nothing there should the build fail.
    tree = fresh_folder(output) if not os.path.lexists(output) else None
    if tree is None:
        output.mkdir(parents=True, exist_ok=True)
    # A partial plan leaves the other pages as they are: they stay in the manifest.
    outputs: dict[str, Written] = dict(state.outputs) if loaded.partial else {}
    store = Store.make(store_file(loaded.state_path))
    rendered = facets.Rendered(store)
    try:
        store.begin(state.generator, state.numbering)
        todo = pages_to_render(loaded, renderer, output, outputs)
        moves = render_pages(loaded, renderer, todo, outputs, output, tree, report, reporter, rendered)
        moves += copy_files(site_dir, loaded, outputs, output, tree)
        if loaded.problems.errors:
            raise BuildFailed(loaded.problems)
        stale = commit_outputs(loaded, outputs, moves, output, tree)
        # The plan is done with: freed before the cache is written, which would otherwise
        # be the build's peak (120 MB of pages at 100,000 articles).
        loaded.pages = []
    except BaseException:
        discard_staging(output)
        store.close()
        raise
    report.rendered_paths.sort()
    report.written_paths = [rel for _, rel in moves]
    report.written = len(moves)
    report.unchanged = len(outputs) - len(moves)
    report.removed = len(stale)
    state.outputs = outputs
    state.shape, state.pages = loaded.shape, report.pages
    state.closures = (loaded.templates, renderer.closures)
    state.memo = memo()
    changes = cache.changed_sources(state)
    # The store is out of use while the state changes (begin()), and belongs to the new state after.
    try:
        cache.save(loaded.state_path, state)
        meta = {
            "token": state.token,
            "generator": state.generator,
            "base": state.base,
            "numbering": state.numbering,
            "closures": json.dumps(renderer.closures, sort_keys=True),  # templates are as the snapshot says
        }
        facets.remember(
            rendered,
            loaded.views,
            state.dependencies,
            meta=meta,
            sources=changes,
            stale=stale,
            readers=state.readers.keys(),
        )
    finally:
        store.close()
    cache.clear_pending(loaded.state_path)
    reporter.done()
    return report


def _know_closures(renderer: Renderer, pages: list[Page]) -> None:
    """Find each planned template's closure here, once: the render workers inherit them
    (fresh workers each round would parse every template again), and the state keeps them
    for the next build and the quick build (which would otherwise parse them on every edit)."""
    for name in sorted({page.template for page in pages}):
        try:
            renderer.template_digest(name)
        except Exception:  # a template that does not parse: its pages report it
            continue


def pages_to_render(
    loaded: Loaded, renderer: Renderer, output: Path, outputs: dict[str, Written]
) -> list[tuple[int, str]]:
    """(page index, what the page is given) of every page whose fingerprint changed or whose
    file is gone; the others keep their manifest record in `outputs`. A page the last build
    did not render is given "": the worker that renders it digests what it is given (on every
    core: a cold build of a million pages would spend an hour doing it here)."""
    state, views = loaded.state, loaded.views
    todo: list[tuple[int, str]] = []
    for i, page in enumerate(loaded.pages):
        rel = output_path(page.url)
        old = state.outputs.get(rel)
        if old is None or old.deps is None:
            todo.append((i, ""))
            continue
        try:
            given = page_given(page, renderer.template_digest(page.template), loaded.settings, views)
        except Exception as err:  # a template that does not parse
            loaded.problems.items.append(template_problem(err, page.url))
            continue
        if unchanged(old, given, views, state.dependencies) and os.path.isfile(os.path.join(output, rel)):
            outputs[rel] = old
        else:
            todo.append((i, given))
    return todo


def render_pages(
    loaded: Loaded,
    renderer: Renderer,
    todo: list[tuple[int, str]],
    outputs: dict[str, Written],
    output: Path,
    tree: Path | None,
    report: BuildReport,
    reporter: Reporter,
    rendered: facets.Rendered,
) -> list[tuple[str, str]]:
    """Render `todo` on every core; stage the files whose bytes changed. Returns the moves
    (staged file, output path); records each page's fingerprint and dependencies, and gives
    the facet store (`rendered`) each article page and the facets of its article it read."""
    state, pages, problems = loaded.state, loaded.pages, loaded.problems
    rels = [output_path(page.url) for page in pages]
    job = _RenderJob(pages, rels, renderer, loaded.settings, state.outputs, output, tree)
    moves: list[tuple[str, str]] = []
    broken: set[tuple[str, int]] = set()
    incomplete = False
    done = 0
    for results in parallel.run(_render_chunk, job, todo):
        for i, fingerprint, deps, data_digest, staged, problem, own in results:
            done += 1
            if problem == INCOMPLETE:  # compared by value: it was pickled on its way from a worker
                incomplete = True
            elif problem is not None:
                if (problem.path, problem.line) not in broken:  # one line per mistake, not per page
                    broken.add((problem.path, problem.line))
                    problems.items.append(problem)
            else:
                report.rendered += 1
                report.rendered_paths.append(rels[i])
                _note_readers(state, rels[i], state.outputs.get(rels[i]), deps, pages[i])
                packed = state.dependencies.pack(deps)
                outputs[rels[i]] = Written(fingerprint, data_digest, packed)
                if pages[i].kind == "article":
                    ids = state.dependencies.ids
                    rendered.article(pages[i].source, rels[i], packed, [(ids[dep], *value) for dep, value in own])
                if staged is not None:  # a new tree is renamed whole: no need to keep where
                    moves.append(("" if tree is not None else staged, rels[i]))
        rendered.flush()
        reporter.progress("render", done, len(todo))
    if incomplete:
        raise Incomplete("a template read what this partial build did not compute")
    return moves


def copy_files(
    site_dir: Path, loaded: Loaded, outputs: dict[str, Written], output: Path, tree: Path | None
) -> list[tuple[str, str]]:
    """Stage the theme's and content/'s files (CSS, photos) that are new or changed, on every
    core: a cold build copies thousands of photos, a file created each (2 s at 10,000 articles
    in one process, most of it the system's)."""
    state = loaded.state
    wanted: list[tuple[str, str]] = []  # (source, output path)
    for rel, asset in _assets(site_dir, loaded).items():
        st = os.stat(asset.source_path)
        fingerprint = f"{asset.source_path}:{st.st_size}:{st.st_mtime_ns}"
        old = state.outputs.get(rel)
        outputs[rel] = Written(fingerprint, "", b"")
        if (
            old is not None
            and old.fingerprint == fingerprint
            and os.path.isfile(os.path.join(output, rel))
            or _same_file(Path(asset.source_path), output / rel)
        ):  # touched, moved, or a cache lost
            continue
        wanted.append((asset.source_path, rel))
    moves = []
    for results in parallel.run(_copy_chunk, (output, tree), wanted):
        moves += results
    return moves


def _copy_chunk(where: tuple[Path, Path | None], chunk: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Stage copies of (source, output path): returns (staged file, output path) of each."""
    stage = Stage(*where)
    return [(stage.put_copy(Path(source), rel), rel) for source, rel in chunk]


def commit_outputs(
    loaded: Loaded, outputs: dict[str, Written], moves: list[tuple[str, str]], output: Path, tree: Path | None
) -> list[str]:
    """Rename the staged files into place and remove the outputs no longer made; returns those."""
    state = loaded.state
    moves.sort(key=lambda move: move[1])
    stale = [] if tree is not None else sorted(set(state.outputs) - set(outputs))  # none exist there
    for rel in stale:
        _note_readers(state, rel, state.outputs[rel], (), None)
    if tree is not None:
        os.rename(tree, output)
    else:
        if moves:  # should the build die while renaming, the next one must not trust these files
            cache.save_pending(loaded.state_path, [rel for _, rel in moves])
        commit(output, moves, stale)
    return stale


@dataclass
class _RenderJob:
    """What render workers share (inherited through fork, never pickled)."""

    pages: list[Page]
    rels: list[str]
    renderer: Renderer
    settings: str  # fingerprints.settings_digest
    old: dict[str, Written]
    output: Path
    tree: Path | None  # the new output folder, when there was none


INCOMPLETE = Problem("", 0, "error", "incomplete")  # a render that read what a partial model lacks


def _render_chunk(job: _RenderJob, chunk: list[tuple[int, str]]) -> list[tuple]:
    """Render pages, stage those whose bytes changed; returns small tuples only:
    (page index, fingerprint, dependencies, digest of the bytes, staged file, problem, the
    article's own facets encoded for the facet store)."""
    stage: Stage | None = None
    results = []
    views = job.renderer.views
    views.trim()
    for i, given in chunk:
        page, rel = job.pages[i], job.rels[i]
        try:
            given = given or page_given(page, job.renderer.template_digest(page.template), job.settings, views)
            data, reads = job.renderer.render(page)
        except Incomplete:
            results.append((i, "", (), "", None, INCOMPLETE, ()))
            continue
        except Exception as err:  # any mistake in a theme is the theme author's line, not a traceback
            results.append((i, "", (), "", None, template_problem(err, page.url), ()))
            continue
        deps = tuple(sorted(reads))
        fingerprint = page_fingerprint(given, deps, views)
        data_digest = digest(data)
        # What an article's page read of its own article, for the facet store: encoded here,
        # on every core, where its digest is known already (facets.remember does the rest).
        own = ()
        if page.kind == "article":
            key = "e:" + page.source
            own = tuple((dep, facets.encode(views, dep)) for dep in deps if dep[0] == key and dep[1] != "body")
        if _already_written(job, rel, data, data_digest):
            results.append((i, fingerprint, deps, data_digest, None, None, own))
            continue
        stage = stage or Stage(job.output, job.tree)
        results.append((i, fingerprint, deps, data_digest, stage.put_later(data, rel), None, own))
    if stage is not None:
        stage.flush()  # every staged file is whole before the parent hears of it
    return results


def _already_written(job: _RenderJob, rel: str, data: bytes, data_digest: str) -> bool:
    """Whether output/rel holds these bytes: by the manifest's digest, or by reading the file
    when the manifest has none. A new tree holds nothing yet."""
    if job.tree is not None:
        return False
    old = job.old.get(rel)
    if old is not None and old.digest:
        return old.digest == data_digest and os.path.isfile(os.path.join(job.output, rel))
    return _holds(job.output / rel, data)


def _holds(path: Path, data: bytes) -> bool:
    """Whether the file at path already holds exactly these bytes (so it need not be written)."""
    try:
        if path.stat().st_size != len(data):
            return False
        return path.read_bytes() == data
    except OSError:
        return False


def _same_file(source: Path, target: Path) -> bool:
    """Whether target is already a copy of source."""
    try:
        return source.stat().st_size == target.stat().st_size and source.read_bytes() == target.read_bytes()
    except OSError:
        return False


def _assets(site_dir: Path, loaded: Loaded) -> dict[str, Asset]:
    assets = {rel: Asset(str(path), rel) for rel, path in static_files(theme_dirs(site_dir, loaded.config)).items()}
    for asset in loaded.content.assets:
        assets.setdefault(asset.output, asset)
    return assets


def _note_readers(state: cache.State, rel: str, old: Written | None, deps: tuple, page: Page | None) -> None:
    """Keep `readers` (article key → the pages, but the article's own, that show its body)
    current as `rel` is rendered again (with `deps`) or removed: while no page but its own
    shows a changed article's body, a build need plan no other page (see load)."""
    readers = state.readers
    stale = readers and old is not None and old.deps  # most themes show no body but the article's own
    for key, facet in state.dependencies.unpack(old.deps) if stale else ():
        if facet == "body" and key in readers:
            readers[key].discard(rel)
            if not readers[key]:
                del readers[key]
    own = "e:" + page.source if page is not None and page.kind == "article" else ""
    for key, facet in deps:
        if facet == "body" and key != own:
            readers.setdefault(key, set()).add(rel)
