"""The Jinja2 environment: the chosen theme over themes/default, UI strings, filters."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import tomllib
from functools import lru_cache
from pathlib import Path

import jinja2
from babel.dates import format_date, format_datetime
from markupsafe import Markup

from . import urls
from .config import Config
from .errors import Problems
from .files import GENERATOR_THEMES, FileRefused, read_file, refusal


def theme_dirs(site: Path, config: Config) -> list[Path]:
    """Where templates are looked up, first match wins: the site's theme, then a default."""
    dirs: list[Path] = []
    for base in (site / "themes", GENERATOR_THEMES):
        for name in (config.theme, "default"):
            path = base / name
            if path.is_dir() and path.resolve() not in [d.resolve() for d in dirs]:
                dirs.append(path)
    return dirs


def load_strings(dirs: list[Path], language: str, problems: Problems) -> dict[str, str]:
    """UI strings: i18n/<language>.toml of each theme, the chosen theme's winning."""
    strings: dict[str, str] = {}
    for d in reversed(dirs):
        path = d / "i18n" / f"{language}.toml"
        if path.exists():
            try:
                loaded = tomllib.loads(read_file(str(path)).decode("utf-8"))
            except FileRefused as err:  # too big, a pipe, unreadable: the file, not its TOML
                problems.error(path, 1, f"language file {err}")
                continue
            except (tomllib.TOMLDecodeError, UnicodeDecodeError, RecursionError) as err:
                problems.error(path, 1, f"language file is not valid TOML: {err or 'nested too deep'}")
                continue
            bad = next((key for key, value in loaded.items() if not isinstance(value, str)), None)
            if bad is not None:
                problems.error(path, 1, f'{bad}: a UI string must be text, like {bad} = "…"')
                continue
            strings.update(loaded)
    return strings


@lru_cache(maxsize=8192)
def _day(value: dt.date, language: str) -> str:
    pattern = "EEEE, dd/MM/yyyy" if language == "vi" else "EEEE, d MMMM yyyy"
    return format_date(value, pattern, locale=language)


@lru_cache(maxsize=8192)
def _day_time(value: dt.datetime, language: str) -> str:
    pattern = "EEEE, dd/MM/yyyy HH:mm" if language == "vi" else "EEEE, d MMMM yyyy, HH:mm"
    return format_datetime(value, pattern, tzinfo=value.tzinfo, locale=language)


def month_name(month: int, year: int, language: str) -> str:
    if language == "vi":
        return f"Tháng {month:02d}/{year}"
    return format_date(dt.date(year, month, 1), "LLLL yyyy", locale=language)


def make_environment(
    site: Path,
    config: Config,
    problems: Problems,
    compiled: Path | None = None,
) -> tuple[jinja2.Environment, dict[str, str]]:
    """The environment, and the UI strings it uses. Which templates a page depends on is
    worked out from the templates themselves (render.Renderer.template_digest). Templates
    compiled once are kept in `compiled` (keyed by their source; the folder's name carries
    the generator's digest, so a new generator never reads an old one's code, and here a
    digest of what folded filters read)."""
    dirs = theme_dirs(site, config)
    strings = load_strings(dirs, config.language, problems)
    language = config.language
    if compiled is not None:
        # Jinja folds a filter of constants when it compiles ('archive'|t, '/feed.xml'|absolute):
        # compiled code holds the strings, language and base_url it was compiled with.
        folded = repr((language, sorted(strings.items()), config.base_url)).encode()
        compiled = compiled.with_name(f"{compiled.name}-{hashlib.blake2b(folded, digest_size=8).hexdigest()}")
    loader = jinja2.FileSystemLoader([str(d / "templates") for d in dirs])
    env = jinja2.Environment(
        loader=loader,
        autoescape=jinja2.select_autoescape(["html", "xml"], default_for_string=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
        cache_size=-1,
        bytecode_cache=_bytecode_cache(compiled) if compiled else None,
    )

    def t(key: str, **values) -> str:
        text = strings.get(key, key)
        return text.format(**values) if values else text

    @jinja2.pass_context
    def link(context, url: str) -> str:
        """Relative link from the page being rendered (404.html goes through base_url's path)."""
        return urls.link(url, context["root"])

    @jinja2.pass_context
    def relink(context, html: str) -> Markup:
        """Site paths in a body ("/ha-noi/images/x.jpg") made relative to the page being rendered."""
        return Markup(relative_links(str(html), context["root"]))

    env.globals.update(
        t=t, link=link, config=config, lang=language, month_name=lambda month, year: month_name(month, year, language)
    )
    env.filters.update(
        # Also filters: Jinja calls a filter straight, a global through Context.call (40 of a
        # page's 58 calls in the default theme, which uses the filters).
        t=t,
        link=link,
        day=lambda d: _day(d.date() if isinstance(d, dt.datetime) else d, language),
        day_time=lambda d: _day_time(d, language),
        iso=lambda d: d.isoformat(timespec="seconds") if isinstance(d, dt.datetime) else d.isoformat(),
        json=script_json,
        script_json=script_json,
        relink=relink,
        absolute=lambda url: urls.absolute(config.base_url, url),
    )
    return env, strings


_SCRIPT_ESCAPES = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029"))


def script_json(value: object) -> Markup:
    """JSON to sit inside <script>: no "<", ">" or "&" in it, so no text ("</script>",
    "<!--<script>") can end the element or put the HTML parser in a state that swallows
    the rest of the page; U+2028/2029 escaped for old JavaScript parsers."""
    text = json.dumps(value, ensure_ascii=False)
    for char, escaped in _SCRIPT_ESCAPES:  # five replaces: str.translate looks up every character
        if char in text:
            text = text.replace(char, escaped)
    return Markup(text)


def _bytecode_cache(folder: Path) -> jinja2.FileSystemBytecodeCache:
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.parent.glob("templates-*"):  # an older generator's, or other strings'
        if old != folder:
            shutil.rmtree(old, ignore_errors=True)
    return jinja2.FileSystemBytecodeCache(str(folder))


def relative_links(html: str, root: str) -> str:
    """Each src="/…" and href="/…" (not "//…") in html, with root in place of the "/".
    Splitting on '="/' is ten times faster than a regular expression scanning every
    character of a body, and a body is most of a page."""
    if '="/' not in html:
        return html
    parts = html.split('="/')
    out = [parts[0]]
    for before, part in zip(parts, parts[1:], strict=False):
        name = "href" if before.endswith("href") else "src" if before.endswith("src") else ""
        start = before[-len(name) - 1 : -len(name)] if name else ""  # the character before the name
        rooted = name and not part.startswith("/") and not (start.isalnum() or start == "_")
        out.append(('="' + root if rooted else '="/') + part)
    return "".join(out)


def static_files(dirs: list[Path]) -> dict[str, Path]:
    """Theme files copied as they are (CSS, icons): output path → source, chosen theme first."""
    files: dict[str, Path] = {}
    for d in dirs:
        static = d / "static"
        if not static.is_dir():
            continue
        real = os.path.realpath(static)
        for path in sorted(static.rglob("*")):
            if path.is_file() and refusal(str(path), real) is None:  # nothing from outside the theme
                files.setdefault("static/" + path.relative_to(static).as_posix(), path)
    return files
