"""The build, its stages in the order they run (`build`): look for a no-op (noop.py); load:
config, the parsed sources (read.py), templates, the fingerprints that choose a partial or a
full plan, the site's indexes (index.py), the views templates see (views.py) and the pages
(plan.py); write: render, copy and commit (output.py); the search index (search.py); the
snapshot for the next no-op. Nothing is written until every page has rendered, so a build
with any error leaves output/ as it was."""

from __future__ import annotations

import gc
import os
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import jinja2

from . import fingerprints
from . import state as cache
from .bodies import BodyFile
from .config import Config, load_config
from .errors import BuildFailed, Problems
from .files import REFUSED, FileStat, refusal, walk
from .fingerprints import page_given, unchanged
from .index import Site, build_site
from .model import Content
from .noop import Look, look
from .output import write_site
from .plan import Page, article_pages, find_collisions, plan_site
from .read import load_content
from .render import Renderer, templates_digest
from .reporter import BuildReport, Reporter, Silent
from .search import index_site
from .text import remember
from .theme import make_environment, static_files, theme_dirs
from .urls import output_path
from .views import Incomplete, Views


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
    bodies = BodyFile(cache.bodies_file(state_path), writable=True) if building else None
    try:
        content, changed = load_content(site_dir, config, state, problems, reporter, files, bodies)
    finally:
        if bodies:
            bodies.close()
    compiled = state_path.parent / f"templates-{generator}" if building else None
    env, strings = make_environment(site_dir, config, problems, compiled)
    settings = fingerprints.settings_digest(config, site_dir)
    templates = templates_digest(env)
    copied = _copied(site_dir, config, content, problems)  # files copied as they are: they claim URLs too
    shape = fingerprints.shape(state.sources, settings, templates, copied)
    partial = building and partial and not full and _only_bodies_changed(state, shape, changed)
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


def _only_bodies_changed(state: cache.State, shape: str, changed: set[str]) -> bool:
    """Whether some articles changed, nothing but their bodies differs from the last build's
    site (equal shapes), no page but an article's own showed one of those bodies
    (State.readers, from the recorded dependencies), and every output the manifest lists is
    trusted (none pending from a killed build): then only their pages need planning.
    Outputs are not looked for one by one (a stat each: a second at 100,000 articles): a file
    deleted from output/ by hand makes the next no-op check fail with nothing changed, and
    that build plans every page."""
    return (
        bool(changed)
        and shape == state.shape
        and not any(state.readers.get("e:" + rel) for rel in changed)
        and all(written.fingerprint for written in state.outputs.values())
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
    quick: bool = True,
) -> BuildReport:
    """Build the site into output/. `search=False` leaves the search index as it is (for measuring
    the build without it); the dev server keeps it current like any build. `seen` is noop.look()
    taken already (by the command line, which answers a no-op without importing this module);
    `quick=False` when the caller has tried the quick build already (the command line too)."""
    reporter = reporter or Silent()
    seen = seen or look(site_dir, output, full=full)
    started = seen.started  # the look for a no-op is the build's too
    if seen.report is not None:  # nothing read has changed: nothing to render, nothing to write
        return seen.report
    if quick and not full:  # only some articles' bodies changed: their pages, from the facet store
        from . import quick as quick_build

        done = quick_build.build(site_dir, output, seen, search=search)
        if done is not None:
            return done
    generator, files, snapshot = seen.generator, seen.files, seen.snapshot
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
    # The snapshot holds the stats taken before anything was read: a file changed since then
    # differs from it, so the next build sees the change (no second walk needed to be sure).
    if search:
        outputs = sorted(loaded.state.outputs)
        problems = tuple(report.problems.items)
        split = cache.split_for(seen.listing.paths, str(site_dir / "content"), len(outputs))
        cache.save_snapshot(
            site_dir,
            output,
            cache.Snapshot(
                generator, snapshot, "\0".join(outputs), problems, report.pages, loaded.state.token, len(outputs), split
            ),
        )
    report.seconds = time.perf_counter() - started
    return report
