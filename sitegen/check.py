"""`build.py check`: every validation the build does, and the mistakes an editor wants to hear
about that the build lets through. Writes nothing, not even the build cache.

What the build does: config, frontmatter, locality pages, URL collisions (pipeline.load), and
every page rendered in memory through the theme, so a template error is found too. A page
whose fingerprint matches the last successful build (read from the cache, never written) is
the same render that succeeded then, so it is not rendered again.

What it adds: links and images in article bodies that no page or file of the site provides,
tags spelled several ways, locality pages with mistyped keys, articles with no locality, the
same article twice. (Unknown meeting types and mistyped article keys come from the build.)
"""

from __future__ import annotations

import difflib
import html
import re
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import unquote

from .casing import is_all_caps, sentence_case
from .content import LOCALITY_KEYS
from .errors import BuildFailed, Problem, Problems, template_problem
from .frontmatter import FrontmatterError, split
from .index import Entry, Site
from .markup import plain_text
from .pipeline import Loaded, load, rendered_unchanged
from .render import Renderer
from .text import fold, identity, slugify, sort_key
from .theme import static_files, theme_dirs
from .urls import output_path

_URL_ATTR = re.compile(r'<(a|img)\b[^>]*?\b(href|src)="([^"]*)"')
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def check(site_dir: Path) -> Problems:
    try:
        loaded = load(site_dir, site_dir / "output", stop_on_errors=False)
    except BuildFailed as failed:  # config.toml is wrong: nothing else can be judged yet
        failed.problems.items = [_relative(p, site_dir) for p in failed.problems.items]
        return failed.problems
    problems = loaded.problems
    render_all(site_dir, loaded, problems)
    sources = _Sources(site_dir)
    check_links(site_dir, loaded, problems, sources)
    check_tag_spellings(loaded.site, problems)
    check_duplicates(loaded.site.entries, problems)
    check_locality_keys(loaded, problems, sources)
    for entry in loaded.site.unknown.entries:
        a = entry.article
        problems.warning(
            a.source,
            a.lines.get("title", 1),
            "no locality: the article is listed under “Chưa rõ địa phương”; move the file into "
            "its locality's folder (content/<province>/<district>/), or add a line locality: [Tỉnh …, Huyện …] "
            "to its frontmatter",
        )
    check_drafts_and_bodies(loaded, problems)
    check_titles(loaded, problems)
    problems.items = [_relative(p, site_dir) for p in problems.items]
    return problems


def check_titles(loaded: Loaded, problems: Problems) -> None:
    """A title in capitals, as some portals publish them, reads as shouting in every list."""
    for entry in loaded.site.entries:
        a = entry.article
        if is_all_caps(a.title):
            suggestion = sentence_case(a.title, plain_text(a.body_html))
            problems.warning(a.source, a.lines.get("title", 1), f'title in capitals: write title: "{suggestion}"')


def check_drafts_and_bodies(loaded: Loaded, problems: Problems) -> None:
    """Drafts are listed (the build leaves them out, silently); a published article with nothing
    in its body would be an empty page at the top of the home page."""
    for a in loaded.content.articles:
        if a.draft:
            problems.note(a.source, a.lines.get("draft", 1), 'draft: not published until the line "draft: true" goes')
        elif a.words == 0 and "<img" not in a.body_html:
            problems.warning(
                a.source,
                a.lines.get("title", 1),
                "the article's body is empty: write it below the frontmatter, or add draft: true until it is written",
            )


def render_all(site_dir: Path, loaded: Loaded, problems: Problems) -> None:
    """Render every page in memory, as the build would; one line per template mistake."""
    renderer = Renderer(loaded.env, loaded.views)
    seen: set[tuple[str, int]] = set()
    for page in loaded.pages:
        try:
            if rendered_unchanged(loaded, renderer, page):
                continue  # the last successful build rendered it from exactly these inputs
            renderer.render(page)
        except Exception as err:  # a theme's mistake is its file and line, not a traceback
            problem = template_problem(err, page.url)
            if (problem.path, problem.line) not in seen:
                seen.add((problem.path, problem.line))
                problems.items.append(problem)


class _Sources:
    """Lines of content files, read on demand, to point a finding at its line."""

    def __init__(self, site_dir: Path):
        self.site_dir = site_dir
        self.cache: dict[str, list[str]] = {}

    def lines(self, rel: str) -> list[str]:
        if rel not in self.cache:
            try:
                self.cache[rel] = (self.site_dir / rel).read_text("utf-8").split("\n")
            except (OSError, UnicodeDecodeError):
                self.cache[rel] = []
        return self.cache[rel]

    def find(self, rel: str, needles: list[str]) -> int:
        """The first line holding one of the needles, tried in order; else the body's first line."""
        lines = self.lines(rel)
        for needle in needles:
            for number, line in enumerate(lines, 1):
                if needle and needle in line:
                    return number
        fences = [i for i, line in enumerate(lines, 1) if line.strip() == "---"]
        return fences[1] + 1 if len(fences) > 1 else 1


def provided_paths(site_dir: Path, loaded: Loaded) -> set[str]:
    """Every file the build puts in output/: pages, theme files, files beside the articles."""
    paths = {output_path(page.url) for page in loaded.pages}
    paths.update(static_files(theme_dirs(site_dir, loaded.config)))
    paths.update(asset.output for asset in loaded.content.assets)
    return paths


def check_links(site_dir: Path, loaded: Loaded, problems: Problems, sources: _Sources) -> None:
    provided = provided_paths(site_dir, loaded)
    base = loaded.config.base_url.rstrip("/")
    by_file = {a.source: a for a in loaded.content.articles}
    bodies = [(e.article.source, e.article.body_html) for e in loaded.site.entries]
    bodies += [(n.source, n.description_html) for n in loaded.site.all_localities() if n.source]
    for source, body in bodies:
        for tag, _, raw in _URL_ATTR.findall(body):
            url = html.unescape(raw)
            if url.startswith(base + "/"):
                url = url[len(base) :]
            if not url.startswith("/") or url.startswith("//") or _SCHEME.match(url):
                continue  # another site, a fragment, mailto: …
            path = unquote(re.split(r"[?#]", url, maxsplit=1)[0])
            if _provided(path, provided):
                continue
            line = sources.find(source, [raw, url, path.rstrip("/").rsplit("/", 1)[-1]])
            if tag == "img":
                problems.error(
                    source,
                    line,
                    f'image "{path}" is missing: there is no file content{path}; '
                    "put the image there or correct the path",
                )
                continue
            target = by_file.get("content" + path)
            hint = "correct the address (articles are at /yyyy/mm/slug/)"
            if target is not None:
                entry = next((e for e in loaded.site.entries if e.article is target), None)
                if entry is not None:
                    hint = f"link to the article's page, {entry.url}, not to its file"
            problems.error(source, line, f'link to "{path}": no page or file of this site has that address; {hint}')


def _provided(path: str, provided: set[str]) -> bool:
    rel = output_path(path)
    if rel in provided:
        return True
    return not path.endswith("/") and output_path(path + "/") in provided  # the server adds the "/"


def check_tag_spellings(site: Site, problems: Problems) -> None:
    """Tags that differ only by case or marks ("Dân vận khéo", "dân vận khéo", "dan van kheo").

    Case alone: the build merges them into one tag, a warning. Marks: the build makes two tags
    that want one URL and stops with an error that names no file; this error names them."""
    groups: dict[str, dict[str, list[Entry]]] = defaultdict(lambda: defaultdict(list))
    for entry in site.entries:
        for tag in entry.article.tags:
            groups[fold(tag)][tag].append(entry)
    vocab = set(site.config.tags.vocabulary)
    clashing: set[str] = set()
    for spellings in groups.values():
        if len(spellings) < 2:
            continue
        uses = Counter({s: len(es) for s, es in spellings.items()})
        best = max(
            spellings, key=lambda s: (s in vocab, uses[s], fold(s) != s.casefold(), s.islower(), _negated(sort_key(s)))
        )
        url = site.urls.term("tags", slugify(best))
        for spelling, users in spellings.items():
            if spelling == best:
                continue
            others = "; ".join(
                f'"{s}" in {_files([e.article.source for e in es])}'
                for s, es in sorted(spellings.items(), key=lambda kv: sort_key(kv[0]))
                if s != spelling
            )
            merged = identity(spelling) == identity(best)
            if not merged:
                clashing.add(url)
            why = (
                "tags that differ only in case should be one tag"
                if merged
                else f"spellings that differ in marks are two tags that both want {url}, so the build stops"
            )
            for entry in users:
                a = entry.article
                message = f'tag "{spelling}" is also spelled {others}: write "{best}" everywhere ({why})'
                if merged:
                    problems.warning(a.source, a.lines.get("tags", 1), message)
                else:
                    problems.error(a.source, a.lines.get("tags", 1), message)
    # The build's own line for these ("content/: error: /chu-de/x/ is also the URL of term") names
    # no file; the lines above say the same with the files, so it goes.
    problems.items = [
        p for p in problems.items if not (p.path == "content/" and any(p.message.startswith(u) for u in clashing))
    ]


def _negated(key: tuple) -> tuple:
    """Vietnamese order reversed, so max() picks the spelling that sorts first."""
    letters, tones, text = key
    return tuple(-x for x in letters), tuple(-x for x in tones), tuple(-ord(c) for c in text)


def _files(sources: list[str]) -> str:
    unique = sorted(set(sources))
    shown = ", ".join(unique[:2])
    return shown + (f" and {len(unique) - 2} more" if len(unique) > 2 else "")


def check_duplicates(entries: list[Entry], problems: Problems) -> None:
    """The same article twice: same title (case and spacing aside) and same day."""
    groups: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for entry in entries:
        a = entry.article
        groups[(identity(a.title), a.date.date().isoformat())].append(entry)
    for group in groups.values():
        if len(group) < 2:
            continue
        group.sort(key=lambda e: (e.article.date, e.article.source))  # the later one is the copy
        first = group[0].article.source
        for entry in group[1:]:
            a = entry.article
            problems.warning(
                a.source,
                a.lines.get("title", 1),
                f"same title and date as {first}: is it the same article twice? Delete one, "
                "or make the titles different",
            )


def check_locality_keys(loaded: Loaded, problems: Problems, sources: _Sources) -> None:
    """A locality page's key that looks like a typo of title or level (the build keeps it silently)."""
    for page in loaded.content.localities:
        for key in page.extra:
            close = difflib.get_close_matches(key, LOCALITY_KEYS, n=1, cutoff=0.75)
            if not close or close[0] in page.extra:
                continue
            try:
                line = split("\n".join(sources.lines(page.source))).lines.get(key, 1)
            except FrontmatterError:
                line = 1
            problems.warning(page.source, line, f'unknown key "{key}": did you mean "{close[0]}"?')


def _relative(problem: Problem, site_dir: Path) -> Problem:
    """Template problems name absolute files; show those inside the site from its folder."""
    if not problem.path.startswith("/"):
        return problem
    try:
        rel = Path(problem.path).resolve().relative_to(site_dir.resolve()).as_posix()
    except ValueError:
        return problem
    return Problem(rel, problem.line, problem.severity, problem.message)
