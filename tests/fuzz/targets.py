"""What each fuzz target does with one input: the generator's own entry points, and the
properties that must hold whatever the input (no exception, one-line problems, safe output)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from sitegen.config import Config, parse_config
from sitegen.content import decode, parse_article, parse_locality
from sitegen.errors import BuildFailed, Problems
from sitegen.importer import import_text, writer
from sitegen.importer.decode import DecodeError
from sitegen.importer.decode import decode as import_decode
from sitegen.markup import Markup
from sitegen.pipeline import load
from sitegen.text import xml_text
from sitegen.theme import script_json
from sitegen.urls import Urls, output_path
from sitegen.writer import safe_target

CONFIG = Config()
MARKUP = Markup()
ARTICLE_PATH = "content/ha-noi/2024-01-01-x.md"
_SAMPLE = parse_article("---\ntitle: Mẫu\ndate: 2024-01-01\n---\nx\n", ARTICLE_PATH, CONFIG, MARKUP, Problems())


class PropertyBroken(AssertionError):
    """The input went through without an exception, but a promise did not hold."""


def _problems_are_lines(problems: Problems) -> None:
    for problem in problems.items:
        shown = str(problem)
        if "\n" in shown or "\x1b" in shown or len(shown) > 2000:
            raise PropertyBroken(f"a problem is not one short line: {shown[:200]!r}")


def _article_is_safe(article, config: Config) -> None:
    urls = Urls(config)
    url = urls.article(article, article.folders)
    rel = output_path(url)
    safe_target(Path("/out"), rel)
    for alias in article.aliases:
        safe_target(Path("/out"), output_path(alias))
    ld = str(script_json({"headline": article.title, "description": article.summary, "author": article.authors}))
    if "<" in ld or ">" in ld:
        raise PropertyBroken(f"JSON-LD holds a '<' or '>': {ld[:200]!r}")
    for value in (article.title, article.summary, *article.tags, *article.authors):
        if xml_text(value) != value:
            raise PropertyBroken(f"text a feed cannot hold: {value[:80]!r}")
    for value in (article.image, article.source_url):
        if value.lower().startswith(("javascript:", "data:", "vbscript:")):
            raise PropertyBroken(f"a script address got through: {value[:80]!r}")


def _as_read(text: str, path: str, problems: Problems) -> str | None:
    """The text as a build reads it: from bytes (so lone surrogates are bytes no UTF-8 decoder takes)."""
    return decode(text.encode("utf-8", "surrogatepass"), path, problems)


def frontmatter(text: str) -> None:
    problems = Problems()
    text = _as_read(text, ARTICLE_PATH, problems)
    article = parse_article(text, ARTICLE_PATH, CONFIG, MARKUP, problems) if text is not None else None
    _problems_are_lines(problems)
    if article is not None:
        _article_is_safe(article, CONFIG)


def index(text: str) -> None:
    problems = Problems()
    text = _as_read(text, "content/ha-noi/_index.md", problems)
    if text is not None:
        parse_locality(text, "content/ha-noi/_index.md", MARKUP, problems)
    _problems_are_lines(problems)


def config(text: str) -> None:
    problems = Problems()
    if any(0xD800 <= ord(c) < 0xE000 for c in text):  # load_config reads bytes: no lone surrogate gets here
        return
    parsed = parse_config(text, "config.toml", problems)
    _problems_are_lines(problems)
    if not problems.errors:
        parsed.tz  # noqa: B018 (the zone must load)
        parsed.base_path  # noqa: B018
        _article_is_safe(_SAMPLE, parsed)


def raw_import(text: str) -> None:
    try:
        text = import_decode(text.encode("utf-8", "surrogatepass"))  # as `import` reads a file
    except DecodeError:
        return
    record = import_text(text, CONFIG)
    if record.title and record.blocks:
        markdown = writer.render(record)
        problems = Problems()
        parse_article(markdown, ARTICLE_PATH, CONFIG, MARKUP, problems)  # what import writes must not crash a build
        _problems_are_lines(problems)


def paths(entries: list[tuple[str, str, str]]) -> None:
    """A file tree under content/ with links in and out, dangling and looping links, FIFOs."""
    with tempfile.TemporaryDirectory(prefix="fuzz-paths-") as tmp:
        site = Path(tmp) / "site"
        content = site / "content"
        content.mkdir(parents=True)
        outside = Path(tmp) / "outside.md"
        outside.write_text("---\ntitle: Bí mật\ndate: 2024-01-01\n---\nx\n")
        for kind, rel, data in entries:
            path = content / rel
            if os.path.lexists(path) or not path.parent.is_dir():
                continue
            try:
                if kind == "dir":
                    path.mkdir()
                elif kind == "file":
                    path.write_text(data, encoding="utf-8", errors="surrogatepass")
                elif kind == "link-in":
                    path.symlink_to(content)
                elif kind == "link-out":
                    path.symlink_to(outside)
                elif kind == "dangling":
                    path.symlink_to(Path(tmp) / "gone")
                elif kind == "loop":
                    path.symlink_to(path)
                elif kind == "fifo":
                    os.mkfifo(path)
            except OSError:  # a name the file system refuses (too long): not what is tested
                continue
        try:
            loaded = load(site, site / "output", stop_on_errors=False)
        except BuildFailed as failed:
            _problems_are_lines(failed.problems)
            return
        _problems_are_lines(loaded.problems)
        for page in loaded.pages:
            safe_target(site / "output", output_path(page.url))
        for asset in loaded.content.assets:
            real = os.path.realpath(asset.source_path)
            if os.path.commonpath([real, os.path.realpath(content)]) != os.path.realpath(content):
                raise PropertyBroken(f"a file from outside the site would be published: {asset.source_path}")
