"""`build.py serve`: build, serve output/ on localhost, rebuild on every change, reload the browser.

livereload's Server (tornado) does the serving: its static handler keeps every request
inside output/, and its output transform adds the reload script to HTML *responses*, so
nothing is ever written to output/ that a plain `build` would not write. Two of its parts
are replaced, for reasons docs/editing.md gives:

- the watcher: livereload's polls every 0.8 s, runs one task per watched path (two builds
  when two paths change) and drops a reload that comes less than 3 s after the last one.
  `SiteWatcher` polls every 0.2 s, builds once per batch of changes and reloads every time;
- the page handler: a build that fails keeps the last good site in output/, and every HTML
  page served on top of it carries the errors (file:line: message) until a build succeeds.
"""

from __future__ import annotations

import html
import logging
import os
import re
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from livereload import Server
from livereload.handlers import LiveReloadHandler, StaticFileHandler
from livereload.watcher import Watcher
from tornado import ioloop, web

from .errors import BuildFailed, CommandError, Problem
from .pipeline import build
from .reporter import BuildReport, Silent, Terminal

POLL_SECONDS = 0.2
MAX_WARNINGS = 20  # a big archive has hundreds; the terminal shows those of the files being edited
_BODY = re.compile(rb"<body[^>]*>", re.IGNORECASE)


class DevSite:
    """The site being edited: builds it and remembers the errors of the last build."""

    def __init__(self, source: Path, output: Path, out=None):
        self.source = source
        self.output = output
        self.out = out or sys.stdout
        self.errors: list[str] = []  # `path:line: error: message` of the last failed build

    def say(self, text: str) -> None:
        print(text, file=self.out, flush=True)

    def rebuild(self, changed: list[str] | None = None, first: bool = False) -> bool:
        """Build incrementally; True when browsers should reload (something changed on screen)."""
        if changed:
            shown = ", ".join(changed[:3]) + (f" and {len(changed) - 3} more" if len(changed) > 3 else "")
            self.say(f"changed: {shown}")
        before = list(self.errors)
        try:
            report: BuildReport = build(self.source, self.output, reporter=Terminal() if first else Silent())
        except BuildFailed as failed:
            problems = failed.problems.sorted()
            self.errors = [str(_relative(p, self.source)) for p in problems if p.severity == "error"]
            for problem in problems:
                problem = _relative(problem, self.source)
                if problem.severity == "error" or first or problem.path in (changed or []):
                    self.say(str(problem))
            self.say(f"build failed: {len(self.errors)} error(s); still serving the last good site")
            return True
        except Exception:  # a bug in the generator must not stop the server the editor is using
            self.errors = [
                "build.py: error: the generator crashed (details in the terminal): "
                + traceback.format_exc(limit=1).strip().splitlines()[-1]
            ]
            self.say(traceback.format_exc().rstrip())
            return True
        self.errors = []
        warnings = [_relative(p, self.source) for p in report.problems.sorted()]
        shown = [p for p in warnings if first or p.path in (changed or [])][:MAX_WARNINGS]
        for problem in shown:
            self.say(str(problem))
        if len(warnings) > len(shown):
            self.say(f"… {len(warnings) - len(shown)} more warning(s): python build.py check lists them all")
        self.say(report.summary())
        return bool(report.written or report.removed or before)


def _relative(problem: Problem, source: Path) -> Problem:
    """Template errors name absolute files; show them from the site's folder when inside it."""
    try:
        rel = Path(problem.path).resolve().relative_to(source.resolve()).as_posix()
    except ValueError:
        return problem
    return Problem(rel, problem.line, problem.severity, problem.message)


class SiteWatcher(Watcher):
    """Polls the site's inputs; one build per batch of changes, then one reload."""

    def __init__(
        self, roots: list[Path], on_change: Callable[[list[str]], bool], base: Path, interval: float = POLL_SECONDS
    ):
        super().__init__()
        self.roots = roots
        self.on_change = on_change
        self.base = base
        self.interval = interval
        self.scan_seconds = 0.0
        self.stamps = self.scan()

    def scan(self) -> dict[str, tuple[int, int]]:
        started = time.perf_counter()
        stamps: dict[str, tuple[int, int]] = {}
        for root in self.roots:
            if root.is_file():
                st = root.stat()
                stamps[str(root)] = (st.st_mtime_ns, st.st_size)
            elif root.is_dir():
                _scan_dir(str(root), stamps)
        self.scan_seconds = time.perf_counter() - started
        return stamps

    def start(self, callback) -> bool:
        loop = ioloop.IOLoop.current()

        def tick() -> None:
            try:
                callback()
            finally:  # a big site takes longer to scan: poll it less often, so idle stays idle
                loop.call_later(max(self.interval, 4 * self.scan_seconds), tick)

        loop.call_later(self.interval, tick)
        return True  # we poll ourselves; livereload need not

    def examine(self):
        if self._changes:  # livereload's own "the server restarted" notice
            return self._changes.pop()
        stamps = self.scan()
        if stamps == self.stamps:
            return None, None
        changed = sorted(k for k in stamps.keys() | self.stamps.keys() if stamps.get(k) != self.stamps.get(k))
        self.stamps = stamps
        names = [_display(Path(p), self.base) for p in changed]
        if self.on_change(names):
            reload_browsers(names[0] if len(names) == 1 else "*")
        return None, None  # we reloaded already; livereload has nothing left to do


def _scan_dir(folder: str, stamps: dict[str, tuple[int, int]]) -> None:
    try:
        entries = list(os.scandir(folder))
    except OSError:  # removed while we looked
        return
    for entry in entries:
        if entry.name.startswith(".") or entry.name.endswith("~"):
            continue  # editors' swap and backup files; the build skips them too
        try:
            if entry.is_dir():
                _scan_dir(entry.path, stamps)
            else:
                st = entry.stat()
                stamps[entry.path] = (st.st_mtime_ns, st.st_size)
        except OSError:
            continue


def _display(path: Path, base: Path) -> str:
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        return str(path)


def reload_browsers(path: str) -> None:
    """Tell every open page to reload (a .css path reloads only the style sheets)."""
    LiveReloadHandler.reload_waiters(path if path.endswith(".css") else "*")


class SiteHandler(StaticFileHandler):
    """output/ as it is, plus: the build's errors on every HTML page, 404.html for missing
    pages, and no caching (an edited page must show at once)."""

    def initialize(self, path: str, default_filename: str | None = None, site: DevSite | None = None):
        super().initialize(path, default_filename)
        self.site = site

    def set_extra_headers(self, path: str) -> None:
        self.set_header("Cache-Control", "no-store")

    def compute_etag(self) -> None:
        return None  # nothing is cached, so nothing to revalidate

    async def get(self, path: str, include_body: bool = True) -> None:
        try:
            self.path = self.parse_url_path(path)
            absolute = self.validate_absolute_path(self.root, self.get_absolute_path(self.root, self.path))
        except web.HTTPError as err:
            if err.status_code != 404:
                raise
            return self._html(404, self._not_found(), include_body)
        if absolute is None:  # redirected (a folder without its final "/")
            return
        if absolute.endswith((".html", ".htm")):
            with open(absolute, "rb") as f:
                return self._html(200, f.read(), include_body)
        await super().get(path, include_body)

    def _not_found(self) -> bytes:
        page = Path(self.root) / "404.html"
        if page.is_file():
            return page.read_bytes()
        return (
            b'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>404</title></head>'
            b"<body><h1>404</h1><p>Trang n\xc3\xa0y ch\xc6\xb0a c\xc3\xb3.</p></body></html>"
        )

    def _html(self, status: int, data: bytes, include_body: bool) -> None:
        errors = self.site.errors if self.site else []
        if errors:
            data = _with_errors(data, errors)
        self.set_status(status)
        self.set_header("Content-Type", "text/html; charset=UTF-8")
        self.set_header("Cache-Control", "no-store")
        self.finish(data if include_body else b"")


def _with_errors(page: bytes, errors: list[str]) -> bytes:
    """The page with a box listing the build's errors at the top of its body."""
    items = "".join(f"<li>{html.escape(e)}</li>" for e in errors)
    box = (
        '<div id="sitegen-errors" role="alert" style="position:relative;z-index:2147483647;margin:0;'
        "padding:1em 1.5em;background:#fff0f0;color:#7a0000;border-bottom:3px solid #c00;"
        'font:15px/1.5 ui-monospace,monospace;white-space:pre-wrap">'
        f"<strong>Build failed: {len(errors)} error(s).</strong> The page below is the last good build; "
        "fix the file and save, this page reloads by itself."
        f'<ul style="margin:.5em 0 0;padding-left:1.2em">{items}</ul></div>'
    ).encode()
    if b"</head>" not in page:
        page = b'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>' + page + b"</body></html>"
    match = _BODY.search(page)
    at = match.end() if match else 0
    return page[:at] + box + page[at:]


class DevServer(Server):
    """livereload's Server with our page handler and quiet logs (the terminal is for the build)."""

    def __init__(self, site: DevSite, watcher: SiteWatcher, ready: Callable[[], None]):
        super().__init__(watcher=watcher)
        self.site = site
        self.ready = ready

    def application(self, *args, **kwargs):
        super().application(*args, **kwargs)  # listening from here on
        self.ready()

    def get_web_handlers(self, script):
        return [
            (
                r"/(.*)",
                SiteHandler,
                {"path": str(self.site.output), "default_filename": "index.html", "site": self.site},
            )
        ]

    def _setup_logging(self) -> None:
        logging.getLogger("livereload").setLevel(logging.WARNING)
        logging.getLogger("tornado.access").setLevel(logging.ERROR)
        logging.getLogger("tornado.general").setLevel(logging.ERROR)  # "403 GET /../x": refused, as it should


def serve(source: Path, output: Path, host: str = "127.0.0.1", port: int = 8000) -> int:
    site = DevSite(source, output)
    started = time.perf_counter()
    site.rebuild(first=True)
    output.mkdir(parents=True, exist_ok=True)
    roots = [source / "content", source / "themes", source / "config.toml"]
    watcher = SiteWatcher(roots, site.rebuild, source)
    shown = "localhost" if host in ("127.0.0.1", "::1") else host
    server = DevServer(
        site,
        watcher,
        lambda: site.say(
            f"serving {output} at http://{shown}:{port}/ (ready in {time.perf_counter() - started:.1f} s); "
            "watching content/, themes/ and config.toml; Ctrl-C to stop"
        ),
    )
    try:
        server.serve(port=port, host=host, root=str(output), open_url_delay=None)
    except OSError as err:
        raise CommandError(f"cannot listen on {host}:{port}: {err.strerror or err}; try --port {port + 1}", 2) from None
    except KeyboardInterrupt:  # Ctrl-C before the loop took over its own handling: still a clean stop
        pass
    site.say("stopped")
    return 0
