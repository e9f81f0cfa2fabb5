"""The build: one function, its stages in the order they run. Nothing is written until
every page has rendered, so a build with any error leaves output/ as it was."""

from __future__ import annotations

import hashlib
import os
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from . import state as cache
from .config import Config, load_config
from .content import decode, parse_article, parse_locality
from .errors import BuildFailed, Problem, Problems
from .index import Site, build_site
from .markup import Markup
from .model import Article, Asset, Content, LocalityPage
from .plan import Page, find_collisions, plan_site
from .render import Renderer
from .reporter import Reporter, Silent
from .theme import load_strings, make_environment, static_files, theme_dirs
from .urls import output_path
from .writer import Stage, commit, digest, discard_staging


@dataclass
class BuildReport:
    pages: int = 0
    rendered: int = 0
    written: int = 0
    unchanged: int = 0
    removed: int = 0
    seconds: float = 0.0
    problems: Problems = field(default_factory=Problems)
    rendered_paths: list[str] = field(default_factory=list)
    written_paths: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{self.pages} pages, {self.rendered} rendered, {self.written} written, "
                f"{self.unchanged} unchanged, {self.removed} removed in {self.seconds:.2f} s")


@dataclass
class Loaded:
    """Everything the check and the build share: config, content, the site's indexes, pages."""

    config: Config
    content: Content
    site: Site
    pages: list[Page]
    env: jinja2.Environment
    problems: Problems
    state: cache.State
    state_path: Path


def load(site_dir: Path, output: Path, *, full: bool = False, reporter: Reporter | None = None,
         stop_on_errors: bool = True) -> Loaded:
    """Read and check everything; raise BuildFailed with every error found (`check` passes
    stop_on_errors=False to go on past content errors: they are in `problems`)."""
    reporter = reporter or Silent()
    problems = Problems()
    config = load_config(site_dir, problems)
    if problems.errors:
        raise BuildFailed(problems)
    generator = cache.generator_digest()
    state_path = cache.cache_file(site_dir, output)
    state = cache.State(generator=generator) if full else cache.load(state_path, generator)
    content = load_content(site_dir, config, state, problems, reporter)
    env, _ = make_environment(site_dir, config, problems)
    dirs = theme_dirs(site_dir, config)
    strings = load_strings(dirs, config.language, problems)
    site = build_site(content, config)
    problems.extend(site.notes)
    pages = plan_site(site, strings.get("unknown_locality", "Chưa rõ địa phương"))
    find_collisions(pages, problems)
    if problems.errors and stop_on_errors:
        raise BuildFailed(problems)
    return Loaded(config, content, site, pages, env, problems, state, state_path)


def build(site_dir: Path, output: Path, *, full: bool = False, reporter: Reporter | None = None) -> BuildReport:
    started = time.perf_counter()
    reporter = reporter or Silent()
    loaded = load(site_dir, output, full=full, reporter=reporter)
    report = write_site(site_dir, output, loaded, reporter)
    report.seconds = time.perf_counter() - started
    return report


def write_site(site_dir: Path, output: Path, loaded: Loaded, reporter: Reporter) -> BuildReport:
    state, problems = loaded.state, loaded.problems
    report = BuildReport(pages=len(loaded.pages), problems=problems)
    renderer = Renderer(loaded.env, loaded.site)
    settings = _settings_digest(loaded.config, site_dir)
    output.mkdir(parents=True, exist_ok=True)
    discard_staging(output)  # what a killed build left behind
    stage = Stage(output)
    outputs: dict[str, cache.Written] = {}
    broken: set[tuple[str, int]] = set()
    try:
        for done, page in enumerate(loaded.pages, 1):
            rel = output_path(page.url)
            try:
                fingerprint = _fingerprint(page, renderer.template_digest(page.template), settings)
            except jinja2.TemplateError as err:
                problems.items.append(_template_problem(err, page))
                continue
            old = state.outputs.get(rel)
            if old is not None and old.fingerprint == fingerprint and (output / rel).is_file():
                outputs[rel] = old
                report.unchanged += 1
                continue
            try:
                data = renderer.render(page)
            except Exception as err:  # any mistake in a theme is the theme author's line, not a traceback
                problem = _template_problem(err, page)
                if (problem.path, problem.line) not in broken:  # one line per mistake, not per page
                    broken.add((problem.path, problem.line))
                    problems.items.append(problem)
                continue
            report.rendered += 1
            report.rendered_paths.append(rel)
            written = cache.Written(fingerprint, digest(data))
            outputs[rel] = written
            if old is not None and old.digest == written.digest and (output / rel).is_file():
                report.unchanged += 1
                continue
            stage.put(rel, data)
            report.written_paths.append(rel)
            reporter.progress("render", done, len(loaded.pages))
        for rel, asset in _assets(site_dir, loaded).items():
            st = os.stat(asset.source_path)
            fingerprint = f"{asset.source_path}:{st.st_size}:{st.st_mtime_ns}"
            old = state.outputs.get(rel)
            outputs[rel] = cache.Written(fingerprint, "")
            if old is not None and old.fingerprint == fingerprint and (output / rel).is_file():
                report.unchanged += 1
                continue
            stage.put_copy(rel, Path(asset.source_path))
            report.written_paths.append(rel)
        if problems.errors:
            raise BuildFailed(problems)
        stale = sorted(set(state.outputs) - set(outputs))
        commit(output, [stage], stale)
    except BaseException:
        discard_staging(output)
        raise
    report.written = len(report.written_paths)
    report.removed = len(stale)
    report.pages = len(loaded.pages)
    state.outputs = outputs
    cache.save(loaded.state_path, state)
    reporter.done()
    return report


def _assets(site_dir: Path, loaded: Loaded) -> dict[str, Asset]:
    assets = {rel: Asset(str(path), rel) for rel, path in
              static_files(theme_dirs(site_dir, loaded.config)).items()}
    for asset in loaded.content.assets:
        assets.setdefault(asset.output, asset)
    return assets


def _fingerprint(page: Page, template_digest: str, settings: str) -> str:
    h = hashlib.blake2b(digest_size=16)
    h.update(f"{settings}\0{page.template}\0{template_digest}\0".encode())
    h.update(repr(page.key).encode())
    return h.hexdigest()


def _settings_digest(config: Config, site_dir: Path) -> str:
    """Config and UI strings: a change to either renders every page again."""
    h = hashlib.blake2b(repr(config).encode(), digest_size=12)
    for d in theme_dirs(site_dir, config):
        for path in sorted((d / "i18n").glob("*.toml")):
            h.update(path.read_bytes())
    return h.hexdigest()


def _template_problem(err: Exception, page: Page) -> Problem:
    """A template mistake, at the template's file and line, naming the page it broke."""
    if isinstance(err, jinja2.TemplateSyntaxError):
        return Problem(err.filename or err.name or "template", err.lineno or 0, "error",
                       f"template: {err.message}")
    where, line = "template", 0
    for frame, lineno in traceback.walk_tb(err.__traceback__):
        name = frame.f_code.co_filename
        if name.endswith((".html", ".xml", ".txt")):
            where, line = name, lineno
    return Problem(where, line, "error", f"template: {err} (while rendering {page.url})")


def load_content(site_dir: Path, config: Config, state: cache.State, problems: Problems,
                 reporter: Reporter) -> Content:
    """Every file under content/: articles, locality pages and assets. Unchanged files
    (same size and time, or same bytes) come from the cache instead of being parsed again."""
    root = site_dir / "content"
    markup = Markup(config.allow_html)
    articles: list[Article] = []
    localities: list[LocalityPage] = []
    assets: list[Asset] = []
    sources: dict[str, tuple] = {}
    settings = repr(config)
    files = _walk(root)
    for done, path in enumerate(files, 1):
        rel = "content/" + path.relative_to(root).as_posix()
        if not path.name.endswith(".md"):
            assets.append(Asset(str(path), rel[len("content/"):]))
            continue
        st = path.stat()
        old = state.sources.get(rel)
        if old is not None and old[0] == st.st_size and old[1] == st.st_mtime_ns and old[5] == settings:
            entry = old
        else:
            raw = path.read_bytes()
            content_digest = digest(raw)
            if old is not None and old[2] == content_digest and old[5] == settings:
                entry = (st.st_size, st.st_mtime_ns, *old[2:])
            else:
                found = Problems()
                parsed = _parse_file(raw, rel, path.name, config, markup, found)
                entry = (st.st_size, st.st_mtime_ns, content_digest, parsed, tuple(found.items), settings)
        sources[rel] = entry
        problems.extend(list(entry[4]))
        parsed = entry[3]
        if isinstance(parsed, Article):
            articles.append(parsed)
        elif isinstance(parsed, LocalityPage):
            localities.append(parsed)
        reporter.progress("read", done, len(files))
    state.sources = sources
    return Content(tuple(articles), tuple(localities), tuple(assets))


def _parse_file(raw: bytes, rel: str, name: str, config: Config, markup: Markup,
                problems: Problems) -> Article | LocalityPage | None:
    text = decode(raw, rel, problems)
    if text is None:
        return None
    if name == "_index.md":
        return parse_locality(text, rel, markup, problems)
    return parse_article(text, rel, config, markup, problems)


def _walk(root: Path) -> list[Path]:
    """Files under root in a fixed order; hidden files and folders are skipped."""
    out: list[Path] = []
    if not root.is_dir():
        return out
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "_")))
        for name in sorted(files):
            if not name.startswith(".") and not name.endswith("~"):
                out.append(Path(folder) / name)
    out.sort()
    return out
