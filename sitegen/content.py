"""Text → Article. `parse_article` is pure; reading files is a thin wrapper around it."""

from __future__ import annotations

import datetime as dt
import difflib
import posixpath
import re
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from .chain import parse_chain
from .config import Config
from .dates import DateProblem, to_datetime
from .errors import Problems
from .frontmatter import Frontmatter, FrontmatterError, split
from .markup import URL_ATTRIBUTE, Markup, count_words, summarize, too_costly
from .model import Article, Lines, LocalityPage, pack_html
from .text import clean_text, has_control, locality_folder, nfc, slugify
from .urls import HAS_SCHEME, MAX_PART, alias_problem, image_problem, web_address_problem

KNOWN_KEYS = (
    "title",
    "date",
    "event_date",
    "updated",
    "locality",
    "organization",
    "meeting",
    "tags",
    "people",
    "author",
    "source",
    "image",
    "summary",
    "slug",
    "draft",
    "aliases",
)
LOCALITY_KEYS = ("title", "level", "code", "aliases")
MAX_ITEMS = 100  # tags, people, authors, aliases, localities of one article


@dataclass
class _Reader:
    """Checks frontmatter values one key at a time, collecting every mistake."""

    data: dict[str, Any]
    lines: dict[str, int]
    path: str
    problems: Problems

    def error(self, key: str, message: str) -> None:
        self.problems.error(self.path, self.lines.get(key, 1), f"{key}: {message}")

    def text(self, key: str, required: bool = False) -> str:
        value = self.data.get(key)
        if value is None:
            if required:
                self.problems.error(self.path, 1, f'{key}: missing; add a line {key}: "…" to the frontmatter')
            return ""
        if isinstance(value, bool) or isinstance(value, (list, dict)):
            self.error(key, f'expected text, got {_kind(value)}; write {key}: "…"')
            return ""
        value = clean_text(nfc(str(value))).strip()
        if required and not value:
            self.error(key, f'is empty; write {key}: "…"')
        return value

    def texts(self, key: str) -> tuple[str, ...]:
        """A list of names; a single string is a one-item list ("author: A, B" splits on commas)."""
        value = self.data.get(key)
        if value is None:
            return ()
        if isinstance(value, str):
            items = [value] if key not in ("author", "tags", "people") else value.split(",")
        elif isinstance(value, list):
            items = value
        else:
            self.error(key, f"expected a list like {key}: [a, b], got {_kind(value)}")
            return ()
        if len(items) > MAX_ITEMS:  # each is a page and a link on every page that lists the article
            self.error(key, f"has {len(items):,} items, more than {MAX_ITEMS}: keep the ones that matter")
            return ()
        out: list[str] = []
        for item in items:
            if isinstance(item, (list, dict)) or isinstance(item, bool) or item is None:
                self.error(key, f"each item must be text, got {_kind(item)}; write {key}: [a, b]")
                return ()
            text = clean_text(nfc(str(item))).strip()
            if text and text not in out:
                out.append(text)
        return tuple(out)

    def moment(self, key: str, tz: ZoneInfo, required: bool = False) -> dt.datetime | None:
        value = self.data.get(key)
        if value is None:
            if required:
                self.problems.error(self.path, 1, f"{key}: missing; add a line {key}: 2024-12-31 to the frontmatter")
            return None
        try:
            return to_datetime(value, tz)
        except DateProblem as err:
            self.error(key, str(err))
            return None

    def day(self, key: str) -> dt.date | None:
        value = self.data.get(key)
        if value is None:
            return None
        try:
            return to_datetime(value, dt.UTC).date()
        except DateProblem as err:
            self.error(key, str(err))
            return None

    def flag(self, key: str) -> bool:
        value = self.data.get(key, False)
        if not isinstance(value, bool):
            self.error(key, f"expected true or false, got {value!r}")
            return False
        return value


def _kind(value: Any) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table of keys"
    if isinstance(value, bool):
        return f"{str(value).lower()} (a yes/no value)"
    if value is None:
        return "nothing"
    return f'"{value}"'


def has_time(value: Any) -> bool:
    """Whether a date value gives a time of day ("2024-06-13 14:00", not "2024-06-13")."""
    if isinstance(value, dt.datetime):
        return True
    return isinstance(value, str) and _TIME_OF_DAY.search(value) is not None


_TIME_OF_DAY = re.compile(r"\d[T ]+\d{1,2}:\d{2}")


def _read(text: str, path: str, problems: Problems) -> tuple[Frontmatter, _Reader] | None:
    """The frontmatter and a reader of its values, or None (and the error) when it does not parse."""
    try:
        fm = split(nfc(text))
    except FrontmatterError as err:
        problems.error(path, err.line, err.message)
        return None
    return fm, _Reader(fm.data, fm.lines, path, problems)


# The settings parsing reads: parse_article's zone, meeting types, tag aliases and summary
# length, and the Markdown engine's allow_html (parse_locality reads none). A source parsed
# under the same values parses the same whatever else config.toml says, so the parse cache is
# keyed on these alone (fingerprints.parse_key): editing per_page or the site's title re-parses nothing.
PARSE_SETTINGS = ("timezone", "meetings", "tags", "summary_length", "allow_html")


def parse_article(text: str, path: str, config: Config, markup: Markup, problems: Problems) -> Article | None:
    """Parse one article; every mistake goes to `problems`; None when it cannot be built."""
    before = len(problems.errors)
    read = _read(text, path, problems)
    if read is None:
        return None
    fm, r = read
    for key in fm.data:
        if key not in KNOWN_KEYS:
            close = difflib.get_close_matches(key, KNOWN_KEYS, n=1, cutoff=0.75)
            if close and close[0] not in fm.data:
                problems.warning(path, fm.lines[key], f'unknown key "{key}": did you mean "{close[0]}"?')
    tz = config.tz
    title = r.text("title", required=True)
    draft = r.flag("draft")
    # An imported draft may lack its date until the editor fills it in: skipped, not an error.
    date = r.moment("date", tz, required=not draft)
    if draft and date is None and "date" not in fm.data:
        problems.warning(path, 1, "draft without a date: not built until it has a line date: 2024-12-31")
        return None
    meeting = r.text("meeting")
    if meeting:
        known = config.meeting_name(meeting)
        if known is None:
            r.error(
                "meeting",
                f'"{meeting}" is not a meeting type; use one of: '
                f"{', '.join(config.meetings.types)} (or add it to [meetings] in config.toml)",
            )
        meeting = known or ""
    locality = r.data.get("locality")
    if isinstance(locality, str):  # "Hà Nội/Quận Hai Bà Trưng" or "Hà Nội › Quận Hai Bà Trưng"
        locality_titles = tuple(parse_chain(clean_text(locality)))
    else:
        locality_titles = r.texts("locality")
    slug_source = r.text("slug") or title
    slug = slugify(slug_source)
    if title and not slug:
        r.error("slug" if "slug" in fm.data else "title", "gives an empty URL slug: add slug: some-words")
    elif len(slug) > MAX_PART:
        r.error(
            "slug" if "slug" in fm.data else "title",
            f"gives a URL slug of {len(slug)} characters, too long for a file name: add slug: a-few-words",
        )
    for key in ("slug", "image", "source"):  # in an address, a control character is never a typo to drop
        if _has_control(fm.data.get(key)):
            r.error(key, "holds a control character (a NUL, say), which no address may hold: retype it")
    aliases = _aliases(r)
    tags: list[str] = []
    for tag in r.texts("tags"):
        name = config.tag_name(tag)
        if name not in tags:
            tags.append(name)
    people = r.texts("people")
    for key, names in (("tags", tags), ("people", people), ("locality", locality_titles)):
        for name in names:
            part = locality_folder(name) if key == "locality" else slugify(name)
            if not part:
                r.error(key, f'"{name}" has no letters or digits to make its URL from: write the name in words')
            elif len(part.encode()) > MAX_PART:
                r.error(key, f'"{name[:40]}…" is too long for a URL (over {MAX_PART} bytes): shorten it')
    image = r.text("image")
    if image and (problem := image_problem(image)):
        r.error("image", problem)
    source_url = r.text("source")
    if source_url and (problem := web_address_problem(source_url)):
        r.error("source", problem)
    values = dict(
        event_date=r.day("event_date"),
        updated=r.moment("updated", tz),
        organization=r.text("organization"),
        people=people,
        authors=r.texts("author"),
        draft=draft,
    )
    summary = r.text("summary")
    body = _body(fm, path, problems)
    if len(problems.errors) > before or date is None or body is None:
        return None
    body_html = step_headings(root_relative(_converted(markup, body), "/".join(_folders(path))))
    return Article(
        source=path,
        title=title,
        date=date,
        slug=slug,
        body=pack_html(body_html),
        summary=summary or summarize(body_html, config.summary_length),
        folders=_folders(path),
        locality_titles=locality_titles,
        meeting=meeting,
        tags=tuple(tags),
        source_url=source_url,
        image=image,
        aliases=aliases,
        extra={k: v for k, v in fm.data.items() if k not in KNOWN_KEYS},
        lines=Lines.of(fm.lines),
        words=count_words(body_html),
        timed=has_time(fm.data.get("date")),
        **values,
    )


def parse_locality(text: str, path: str, markup: Markup, problems: Problems) -> LocalityPage | None:
    """A folder's `_index.md`: title, level and an optional description."""
    folders = _folders(path)
    if not text.strip():
        return LocalityPage(folders=folders, title=_title_from_folder(folders[-1]), source=path)
    read = _read(text, path, problems)
    if read is None:
        return None
    fm, r = read
    title = r.text("title") or _title_from_folder(folders[-1])
    level = r.text("level").casefold()
    body = _body(fm, path, problems)
    if body is None:
        return None
    return LocalityPage(
        folders=folders,
        title=title,
        level=level,
        description_html=root_relative(_converted(markup, body), "/".join(folders)) if body.strip() else "",
        source=path,
        code=_code(text, fm.lines, r),
        aliases=_aliases(r),
        extra={k: v for k, v in fm.data.items() if k not in LOCALITY_KEYS},
        lines=Lines.of(fm.lines),
    )


def _body(fm: Frontmatter, path: str, problems: Problems) -> str | None:
    """The Markdown body without control characters, or None (and the error) when it would
    cost Python-Markdown unbounded time."""
    costly = too_costly(fm.body)
    if costly is not None:
        line, reason = costly
        problems.error(path, fm.body_line + line - 1, f"the text has {reason}: simplify it")
        return None
    return clean_text(fm.body)


def _converted(markup: Markup, body: str) -> str:
    """Markdown → HTML, without the control characters Python-Markdown's placeholders
    (STX … ETX) leave behind on odd input (a fuzzed body showed them in the summary)."""
    return clean_text(markup.convert(body))


def _code(text: str, lines: dict[str, int], r: _Reader) -> str:
    """`code: 007` as written: YAML reads 007 as the number 7 and 00097 as text."""
    if "code" not in r.data:
        return ""
    written = text.split("\n")[lines["code"] - 1].partition(":")[2].strip().strip("\"'")
    if not re.fullmatch(r"\d{2}|\d{3}|\d{5}", written):
        r.error(
            "code", f'"{written[:40]}" is not a GSO code (2 digits for a province, 3 for a district, 5 for a commune)'
        )
        return ""
    return written


def _aliases(r: _Reader) -> tuple[str, ...]:
    """Earlier URLs of an article or a locality page: paths on this site, nothing else."""
    if _has_control(r.data.get("aliases")):
        r.error("aliases", "holds a control character (a NUL, say), which no address may hold: retype it")
        return ()
    aliases = r.texts("aliases")
    for alias in aliases:
        problem = alias_problem(alias)
        if problem:
            r.error("aliases", problem)
            return ()
    return aliases


def _has_control(value: Any) -> bool:
    return any(isinstance(v, str) and has_control(v) for v in (value if isinstance(value, list) else [value]))


def root_relative(body_html: str, folder: str) -> str:
    """Links and images written relative to the article's file ("images/x.jpg") become site
    paths ("/ha-noi/images/x.jpg"): the page is not written beside its source file."""

    def fix(match: re.Match) -> str:
        attr, url = match.groups()
        if not url or url.startswith(("/", "#", "?")) or HAS_SCHEME.match(url):
            return match.group(0)
        cut = min((i for i in (url.find("?"), url.find("#")) if i >= 0), default=len(url))
        path, rest = url[:cut], url[cut:]
        rooted = posixpath.normpath(posixpath.join("/", folder, path))
        if path.endswith("/") and not rooted.endswith("/"):
            rooted += "/"
        return f'{attr}="{rooted}{rest}"'

    if 'src="' not in body_html and 'href="' not in body_html:
        return body_html  # most bodies: no link, no image (and the search below is slow)
    return URL_ATTRIBUTE.sub(fix, body_html)


_HEADING_TAG = re.compile(r"<(/?)h([1-6])\b")


def step_headings(body_html: str) -> str:
    """Body headings under the page's <h1>, one level at a time: editors start at "###" or
    jump from "##" to "####", and a skipped level is an error for validators and screen readers.
    Headings that were siblings stay siblings."""
    if "<h" not in body_html:
        return body_html
    stack: list[tuple[int, int]] = []  # (level written, level given) of the open sections
    closing = [2]

    def fix(match: re.Match) -> str:
        if match.group(1):  # a closing tag closes what was opened
            return f"</h{closing[0]}"
        given = int(match.group(2))
        while stack and stack[-1][0] >= given:
            stack.pop()
        level = min(6, stack[-1][1] + 1) if stack else 2
        stack.append((given, level))
        closing[0] = level
        return f"<h{level}"

    return _HEADING_TAG.sub(fix, body_html)


def _folders(path: str) -> tuple[str, ...]:
    """content/ha-noi/hai-ba-trung/x.md → ("ha-noi", "hai-ba-trung")."""
    parts = path.split("/")
    return tuple(parts[1:-1])


def _title_from_folder(folder: str) -> str:
    return folder.replace("-", " ").title()


def decode(raw: bytes, path: str, problems: Problems) -> str | None:
    """Bytes → text; a file that is not UTF-8 is one error naming the line of the first bad byte."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw.count(b"\n", 0, err.start) + 1
        problems.error(
            path, line, 'the file is not UTF-8 text: open it in your editor and save it with the encoding "UTF-8"'
        )
        return None
    if "\x00" in text:  # no text file holds one (and render.Renderer uses it as a placeholder)
        line = text.count("\n", 0, text.index("\x00")) + 1
        problems.error(
            path, line, "the file holds a NUL character, so it is not a text file: copy its text into a new file"
        )
        return None
    return text
