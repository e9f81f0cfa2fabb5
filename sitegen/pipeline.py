"""The build: one function, its stages in the order they run. Nothing is written until
every page has rendered, so a build with any error leaves output/ as it was."""

from __future__ import annotations

import gc
import os
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import jinja2

from . import fingerprints, parallel
from . import state as cache
from .config import Config, load_config
from .errors import BuildFailed, Problem, Problems, template_problem
from .files import REFUSED, FileStat, refusal, walk
from .fingerprints import Written, page_fingerprint, page_given, unchanged
from .index import Site, build_site
from .model import Asset, Content
from .noop import Look, look
from .plan import Page, article_pages, find_collisions, plan_site
from .read import load_content
from .render import Renderer, templates_digest
from .reporter import BuildReport, Reporter, Silent
from .search import index_site
from .text import memo, remember
from .theme import make_environment, static_files, theme_dirs
from .urls import output_path
from .views import Incomplete, Views
from .writer import Stage, commit, digest, discard_staging, fresh_folder


@dataclass
class Loaded:
    """Everything the check and the build share: config, content, the site's indexes, pages."""

    config: Config
    content: Content
    site: Site
    views: Views  # what templates see of the site
    pages: list[Page]
    env: jinja2.Environment
    problems: Problems
    state: cache.State
    state_path: Path
    settings: str = ""  # digest of config and UI strings
    templates: str = ""  # digest of every template
    shape: str = ""  # see fingerprints.shape
    partial: bool = False  # `pages` holds only the changed articles' pages: see load()


def load(
    site_dir: Path,
    output: Path,
    *,
    full: bool = False,
    reporter: Reporter | None = None,
    stop_on_errors: bool = True,
    files: list[FileStat] | None = None,
    building: bool = False,
    partial: bool = True,
) -> Loaded:
    """Read and check everything; raise BuildFailed with every error found (`check` passes
    stop_on_errors=False to go on past content errors: they are in `problems`).

    `building` is for the build, which writes: compiled templates are kept in the cache, and
    when the site's shape is the last build's (only article bodies changed) and no page but
    a changed article's own read its body, only the changed articles' pages are planned:
    nothing any other page read has changed. `partial=False` plans every page (a template
    read what a partial model leaves out: views.Incomplete). `files` is content/ already walked."""
    reporter = reporter or Silent()
    problems = Problems()
    config = load_config(site_dir, problems)
    if problems.errors:
        raise BuildFailed(problems)
    generator = fingerprints.generator_digest()
    state_path = cache.cache_file(site_dir, output)
    state = cache.load(state_path, generator, full=full)
    remember(state.memo)
    content, changed = load_content(site_dir, config, state, problems, reporter, files)
    compiled = state_path.parent / f"templates-{generator}" if building else None
    env, strings = make_environment(site_dir, config, problems, compiled)
    settings = fingerprints.settings_digest(config, site_dir)
    templates = templates_digest(env)
    copied = _copied(site_dir, config, content, problems)  # files copied as they are: they claim URLs too
    shape = fingerprints.shape(state.sources, settings, templates, copied)
    partial = (
        building
        and partial
        and not full
        and shape == state.shape
        and not any(state.readers.get("e:" + rel) for rel in changed)  # see write_site
        and all(
            written.fingerprint and os.path.isfile(os.path.join(output, rel))  # none pending
            for rel, written in state.outputs.items()
        )
    )
    site = build_site(
        content,
        config,
        relate=changed if partial else None,
        localities=not partial,
        suggest=not building,
        unknown_title=strings.get("unknown_locality", "Chưa rõ địa phương"),
    )
    views = Views(site, related=changed if partial else None, resolved=not partial, sources=state.sources)
    problems.extend(site.notes)
    if partial:
        pages = [page for entry in site.entries if entry.article.source in changed for page in article_pages(entry)]
    else:
        pages = plan_site(site)
        find_collisions(pages, problems, copied)
    if problems.errors and stop_on_errors:
        raise BuildFailed(problems)
    return Loaded(
        config, content, site, views, pages, env, problems, state, state_path, settings, templates, shape, partial
    )


def _copied(site_dir: Path, config: Config, content: Content, problems: Problems) -> list[tuple[str, str]]:
    """(output path, source) of every file copied as it is, theme files first. A theme file
    the path policy refuses (a symlink out of the theme, a FIFO) is an error, as in content/."""
    for folder in theme_dirs(site_dir, config):
        static = folder / "static"
        for path, size, _ in walk(str(static), everything=True):
            if size == REFUSED:
                reason = refusal(path, os.path.realpath(static)) or "cannot be read"
                shown = Path(path).relative_to(site_dir).as_posix() if path.startswith(str(site_dir)) else path
                problems.error(shown, 0, f"this theme file {reason}")
    out = []
    for rel, path in static_files(theme_dirs(site_dir, config)).items():
        try:
            shown = path.relative_to(site_dir).as_posix()
        except ValueError:
            shown = str(path)
        out.append((rel, shown))
    out += [(asset.output, "content/" + asset.output) for asset in content.assets]
    return out


def rendered_unchanged(loaded: Loaded, renderer: Renderer, page: Page) -> bool:
    """Whether the last successful build rendered this page from exactly the inputs it has now
    (so rendering it again would succeed again): `check` skips such pages."""
    given = page_given(page, renderer.template_digest(page.template), loaded.settings, loaded.views)
    return unchanged(loaded.state.outputs.get(output_path(page.url)), given, loaded.views, loaded.state.dependencies)


@contextmanager
def _long_lived():
    """Loading makes a few hundred thousand objects that live as long as the build, and no
    garbage worth a collection: the cyclic collector would walk them again and again (a
    third of a one-edit rebuild). So it is off while loading, and what was loaded is frozen
    out of its sight (and out of forked workers' copy-on-write) until the build ends."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
        gc.freeze()
    finally:
        if enabled:
            gc.enable()


def _thaw() -> None:
    gc.unfreeze()  # a long-running `serve` must still collect the last build's cycles


def build(
    site_dir: Path,
    output: Path,
    *,
    full: bool = False,
    reporter: Reporter | None = None,
    search: bool = True,
    seen: Look | None = None,
) -> BuildReport:
    """Build the site into output/. `search=False` leaves the search index as it is (for measuring
    the build without it); the dev server keeps it current like any build. `seen` is noop.look()
    taken already (by the command line, which answers a no-op without importing this module)."""
    started = time.perf_counter()
    reporter = reporter or Silent()
    seen = seen or look(site_dir, output, full=full)
    if seen.report is not None:  # nothing read has changed: nothing to render, nothing to write
        return seen.report
    generator, roots, files, snapshot = seen.generator, seen.roots, seen.files, seen.snapshot
    cache.forget_snapshot(site_dir, output)
    try:
        with _long_lived():
            loaded = load(site_dir, output, full=full, reporter=reporter, files=files, building=True)
        try:
            report = write_site(site_dir, output, loaded, reporter)
        except Incomplete:  # a template read what a partial model leaves out: plan every page
            _thaw()
            with _long_lived():
                loaded = load(site_dir, output, reporter=reporter, files=files, building=True, partial=False)
            report = write_site(site_dir, output, loaded, reporter)
        if search:
            done = index_site(output, loaded)
            # The index's files are files this build wrote: the summary counts them.
            report.written += len(done.written)
            report.written_paths += [os.path.relpath(path, output) for path in done.written]
            if done.status not in ("off", "unchanged"):
                report.search = f"search index: {done.indexed} documents indexed in {done.seconds:.2f} s"
    finally:
        _thaw()
    if search and snapshot == cache.take_snapshot(site_dir, roots):  # nothing changed while we built
        outputs = tuple(sorted(loaded.state.outputs))
        problems = tuple(report.problems.items)
        cache.save_snapshot(site_dir, output, cache.Snapshot(generator, snapshot, outputs, problems, report.pages))
    report.seconds = time.perf_counter() - started
    return report


def write_site(site_dir: Path, output: Path, loaded: Loaded, reporter: Reporter) -> BuildReport:
    state, problems = loaded.state, loaded.problems
    pages = loaded.pages
    report = BuildReport(pages=state.pages if loaded.partial else len(pages), problems=problems)
    closures = state.closures[1] if state.closures[0] == loaded.templates else {}
    views = loaded.views
    renderer = Renderer(loaded.env, views, closures)
    settings = loaded.settings
    discard_staging(output)  # what a killed build left behind
    # The first build makes the whole folder beside output/ and renames it into place: one
    # rename instead of tens of thousands, and still nothing there should the build fail.
    tree = fresh_folder(output) if not os.path.lexists(output) else None
    if tree is None:
        output.mkdir(parents=True, exist_ok=True)
    # A partial plan leaves the other pages as they are: they stay in the manifest.
    outputs: dict[str, Written] = dict(state.outputs) if loaded.partial else {}
    rels = [output_path(page.url) for page in pages]
    todo: list[tuple[int, str]] = []  # (page index, its given inputs' digest) of pages to render
    for i, page in enumerate(pages):
        try:
            given = page_given(page, renderer.template_digest(page.template), settings, views)
        except Exception as err:
            problems.items.append(template_problem(err, page.url))
            continue
        old = state.outputs.get(rels[i])
        if unchanged(old, given, views, state.dependencies) and os.path.isfile(os.path.join(output, rels[i])):
            outputs[rels[i]] = old
        else:
            todo.append((i, given))
    moves: list[tuple[str, str]] = []
    broken: set[tuple[str, int]] = set()
    job = _RenderJob(pages, rels, renderer, state.outputs, output, tree)
    incomplete = False
    try:
        done = 0
        for results in parallel.run(_render_chunk, job, todo):
            for i, fingerprint, deps, data_digest, staged, problem in results:
                done += 1
                if problem is INCOMPLETE:
                    incomplete = True
                    continue
                if problem is not None:
                    if (problem.path, problem.line) not in broken:  # one line per mistake, not per page
                        broken.add((problem.path, problem.line))
                        problems.items.append(problem)
                    continue
                report.rendered += 1
                report.rendered_paths.append(rels[i])
                old = state.outputs.get(rels[i])
                _note_readers(state, rels[i], old, deps, pages[i])
                outputs[rels[i]] = Written(fingerprint, data_digest, state.dependencies.pack(deps))
                if staged is not None:
                    moves.append((staged, rels[i]))
            reporter.progress("render", done, len(todo))
        if incomplete:
            raise Incomplete("a template read what this partial build did not compute")
        stage = Stage(output, tree)
        for rel, asset in _assets(site_dir, loaded).items():
            st = os.stat(asset.source_path)
            fingerprint = f"{asset.source_path}:{st.st_size}:{st.st_mtime_ns}"
            old = state.outputs.get(rel)
            outputs[rel] = Written(fingerprint, "", ())
            if (
                old is not None
                and old.fingerprint == fingerprint
                and os.path.isfile(os.path.join(output, rel))
                or _same_file(Path(asset.source_path), output / rel)
            ):  # touched, moved, or a cache lost
                continue
            moves.append((stage.put_copy(Path(asset.source_path), rel), rel))
        if problems.errors:
            raise BuildFailed(problems)
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
    except BaseException:
        discard_staging(output)
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
    cache.save(loaded.state_path, state)
    cache.clear_pending(loaded.state_path)
    reporter.done()
    return report


@dataclass
class _RenderJob:
    """What render workers share (inherited through fork, never pickled)."""

    pages: list[Page]
    rels: list[str]
    renderer: Renderer
    old: dict[str, Written]
    output: Path
    tree: Path | None  # the new output folder, when there was none


INCOMPLETE = Problem("", 0, "error", "incomplete")  # a render that read what a partial model lacks


def _render_chunk(job: _RenderJob, chunk: list[tuple[int, str]]) -> list[tuple]:
    """Render pages, stage those whose bytes changed; returns small tuples only:
    (page index, fingerprint, dependencies, digest of the bytes, staged file, problem)."""
    stage: Stage | None = None
    results = []
    views = job.renderer.views
    for i, given in chunk:
        page, rel = job.pages[i], job.rels[i]
        try:
            data, reads = job.renderer.render(page)
        except Incomplete:
            results.append((i, "", (), "", None, INCOMPLETE))
            continue
        except Exception as err:  # any mistake in a theme is the theme author's line, not a traceback
            results.append((i, "", (), "", None, template_problem(err, page.url)))
            continue
        deps = tuple(sorted(reads))
        fingerprint = page_fingerprint(given, deps, views)
        data_digest = digest(data)
        if _already_written(job, rel, data, data_digest):
            results.append((i, fingerprint, deps, data_digest, None, None))
            continue
        stage = stage or Stage(job.output, job.tree)
        results.append((i, fingerprint, deps, data_digest, stage.put_later(data, rel), None))
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
    for key, facet in state.dependencies.unpack(old.deps) if old is not None and old.deps else ():
        if facet == "body" and key in readers:
            readers[key].discard(rel)
            if not readers[key]:
                del readers[key]
    own = "e:" + page.source if page is not None and page.kind == "article" else ""
    for key, facet in deps:
        if facet == "body" and key != own:
            readers.setdefault(key, set()).add(rel)
