"""config.toml → frozen, typed settings. Every key has a default; unknown keys are errors."""

from __future__ import annotations

import difflib
import re
import string
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import Problems
from .files import FileRefused, read_file
from .text import identity, nfc

DEFAULT_MEETINGS = ("tổng kết", "sơ kết", "giao ban", "hội nghị chuyên đề", "đối thoại", "tập huấn")
DEFAULT_VOCABULARY = (
    "dân vận khéo",
    "quy chế dân chủ",
    "dân chủ ở cơ sở",
    "tôn giáo",
    "dân tộc",
    "an sinh xã hội",
    "nông thôn mới",
    "đô thị văn minh",
    "giải phóng mặt bằng",
    "Mặt trận Tổ quốc",
    "khen thưởng",
    "dân vận chính quyền",
    "xây dựng Đảng",
    "chuyển đổi số",
    "cải cách hành chính",
    "giảm nghèo",
    "an ninh trật tự",
    "phản biện xã hội",
    "giám sát",
    "thi đua yêu nước",
)
DEFAULT_ALIASES = {"QCDC": "quy chế dân chủ", "DVK": "dân vận khéo", "MTTQ": "Mặt trận Tổ quốc"}


@dataclass(frozen=True)
class Urls:
    """The URL word of each index (DESIGN's URL table)."""

    localities: str = "dia-phuong"
    tags: str = "chu-de"
    meetings: str = "loai-hoi-nghi"
    people: str = "nhan-vat"
    archive: str = "luu-tru"
    search: str = "tim-kiem"
    page: str = "page"


@dataclass(frozen=True)
class Meetings:
    types: tuple[str, ...] = DEFAULT_MEETINGS


@dataclass(frozen=True)
class Tags:
    aliases: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_ALIASES))
    vocabulary: tuple[str, ...] = DEFAULT_VOCABULARY


@dataclass(frozen=True)
class Config:
    title: str = "Lưu trữ tin hội nghị dân vận"
    description: str = "Tin hội nghị công tác dân vận của các cấp ủy, theo địa phương, chủ đề và thời gian."
    base_url: str = "http://localhost:8000/"
    language: str = "vi"
    timezone: str = "Asia/Ho_Chi_Minh"
    theme: str = "default"
    per_page: int = 20
    feed_items: int = 20
    related: int = 5
    summary_length: int = 240
    permalink: str = "/{year}/{month}/{slug}/"
    allow_html: bool = False
    search: bool = True
    urls: Urls = field(default_factory=Urls)
    meetings: Meetings = field(default_factory=Meetings)
    tags: Tags = field(default_factory=Tags)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def base_path(self) -> str:
        """The path part of base_url ("/luu-tru/"), for pages a server shows at any depth (404)."""
        path = re.sub(r"^[a-z]+://[^/]+", "", self.base_url)
        return path if path.endswith("/") else path + "/"

    def tag_name(self, tag: str) -> str:
        """The one spelling of a tag after config aliases (matched case- and NFC-insensitively)."""
        return self._alias_index().get(identity(tag), nfc(tag).strip())

    def _alias_index(self) -> dict[str, str]:
        cached = self.__dict__.get("_aliases")
        if cached is None:
            cached = {identity(k): nfc(v) for k, v in self.tags.aliases.items()}
            object.__setattr__(self, "_aliases", cached)
        return cached

    def meeting_name(self, value: str) -> str | None:
        """The configured meeting type this value names, or None."""
        wanted = identity(value)
        return next((m for m in self.meetings.types if identity(m) == wanted), None)


# Bounds on settings: a config.toml of absurd sizes must fail here, not exhaust the build.
_RANGES = {"per_page": (1, 1000), "feed_items": (1, 1000), "related": (0, 100), "summary_length": (1, 10_000)}
MAX_TEXT = 1000  # characters in a title, description, base_url, permalink
MAX_NAME = 200  # characters in a meeting type or tag
MAX_ITEMS = 10_000  # meeting types, tag aliases
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")

_SECTIONS = {"urls": Urls, "meetings": Meetings, "tags": Tags}
_EXAMPLES = {str: '"text"', int: "20", bool: "true", tuple: '["a", "b"]', dict: '{ "a" = "b" }'}


def load_config(site: Path, problems: Problems) -> Config:
    """Read `site/config.toml` (a missing file gives the defaults); problems collect every mistake."""
    path = site / "config.toml"
    if not path.exists():
        return Config()
    try:
        raw = read_file(str(path))
    except FileRefused as err:
        problems.error(path, 0, f"config.toml {err}")
        return Config()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        problems.error(path, 1 + raw[: err.start].count(b"\n"), "config.toml is not UTF-8: save it as UTF-8")
        return Config()
    return parse_config(text, path, problems)


def parse_config(text: str, path: str | Path, problems: Problems) -> Config:
    try:
        data = tomllib.loads(text)
    except RecursionError:
        problems.error(path, 1, "config.toml nests arrays or tables too deep: flatten them")
        return Config()
    except tomllib.TOMLDecodeError as err:
        match = re.search(r"line (\d+)", str(err))
        line = int(match.group(1)) if match else 1
        reason = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(err))
        problems.error(path, line, f"config.toml is not valid TOML: {reason}")
        return Config()
    lines = _key_lines(text)
    values = _read_table(Config, data, "", lines, path, problems)
    sections = {}
    for name, cls in _SECTIONS.items():
        sub = data.get(name, {})
        if not isinstance(sub, dict):
            problems.error(path, lines.get(name, 1), f"{name}: must be a table ([{name}])")
            continue
        sections[name] = cls(**_read_table(cls, sub, name + ".", lines, path, problems))
    config = Config(**values, **sections)
    _validate(config, lines, path, problems)
    return config


def _read_table(
    cls: type, data: dict[str, Any], prefix: str, lines: dict[str, int], path: str | Path, problems: Problems
) -> dict[str, Any]:
    known = {f.name: f for f in fields(cls) if f.name not in _SECTIONS or prefix}
    defaults = cls()
    values: dict[str, Any] = {}
    for key, value in data.items():
        if not prefix and key in _SECTIONS:
            continue
        line = lines.get(prefix + key, 1)
        if key not in known:
            close = difflib.get_close_matches(key, list(known) + list(_SECTIONS if not prefix else []), n=1)
            hint = f' (did you mean "{prefix}{close[0]}"?)' if close else ""
            problems.error(path, line, f'unknown setting "{(prefix + key)[:60]}"{hint}')
            continue
        expected = type(getattr(defaults, key))
        converted = _convert(value, expected)
        if converted is None and expected is dict and isinstance(value, dict):
            bad = next(k for k, v in value.items() if not isinstance(v, str))  # point at the entry itself
            problems.error(
                path,
                lines.get(f"{prefix}{key}.{bad}", line),
                f'{prefix}{key}: "{bad}" must map to text, like "{bad}" = "…", not {_shown(value[bad])}',
            )
            continue
        if converted is None:
            problems.error(
                path,
                line,
                f"{prefix}{key}: expected {_describe(expected)}, like "
                f"{prefix}{key} = {_EXAMPLES[expected]}, not {_shown(value)}",
            )
            continue
        values[key] = converted
    return values


def _convert(value: Any, expected: type) -> Any:
    if expected is bool:
        return value if isinstance(value, bool) else None
    if expected is int:
        return value if isinstance(value, int) and not isinstance(value, bool) else None
    if expected is str:
        return nfc(value) if isinstance(value, str) else None
    if expected is tuple:
        ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
        return tuple(nfc(v) for v in value) if ok else None
    if expected is dict:
        ok = isinstance(value, dict) and all(isinstance(v, str) for v in value.values())
        return {nfc(k): nfc(v) for k, v in value.items()} if ok else None
    return None


def _describe(expected: type) -> str:
    return {
        str: "text",
        int: "a whole number",
        bool: "true or false",
        tuple: "a list of text",
        dict: "a table of text",
    }[expected]


def _validate(config: Config, lines: dict[str, int], path: str | Path, problems: Problems) -> None:
    def bad(key: str, message: str) -> None:
        problems.error(path, lines.get(key, 1), f"{key}: {message}")

    if not re.match(r"^https?://[^/\s]+(/\S*)?$", config.base_url):
        bad("base_url", f'"{config.base_url}" is not an absolute URL (use "https://tin.example.vn/")')
    if config.language not in ("vi", "en"):
        bad("language", f'"{config.language}" is not supported (use "vi" or "en")')
    try:
        if not re.fullmatch(r"[A-Za-z0-9_+-]+(?:/[A-Za-z0-9_+-]+)*", config.timezone) or len(config.timezone) > 64:
            raise ValueError(config.timezone)
        ZoneInfo(config.timezone)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        bad("timezone", f'"{config.timezone[:60]}" is not a time zone (use "Asia/Ho_Chi_Minh")')
    for key, (low, high) in _RANGES.items():
        if not low <= getattr(config, key) <= high:
            bad(key, f"must be from {low} to {high:,}")
    for key in ("title", "description", "base_url", "permalink"):
        if len(getattr(config, key)) > MAX_TEXT:
            bad(key, f"is longer than {MAX_TEXT:,} characters: shorten it")
        if _CONTROL.search(getattr(config, key)):
            bad(key, "holds a control character (a NUL, say): retype it")
    if len(config.meetings.types) > MAX_ITEMS or len(config.tags.aliases) > MAX_ITEMS:
        bad(
            "meetings" if len(config.meetings.types) > MAX_ITEMS else "tags.aliases", f"more than {MAX_ITEMS:,} entries"
        )
    for name in (*config.meetings.types, *config.tags.aliases, *config.tags.aliases.values(), *config.tags.vocabulary):
        if len(name) > MAX_NAME or _CONTROL.search(name):
            bad(
                "meetings" if name in config.meetings.types else "tags",
                f'"{name[:40]}…" is too long or holds a control character',
            )
            break
    try:
        placeholders = [field for _, field, _, _ in string.Formatter().parse(config.permalink) if field is not None]
    except ValueError as err:
        bad("permalink", f'"{config.permalink}" has an unmatched brace ({err}): write {{slug}}, {{year}} …')
        placeholders = ["slug"]
    if "{slug}" not in config.permalink or not config.permalink.startswith("/"):
        bad(
            "permalink",
            f'"{config.permalink}" must start with "/" and contain {{slug}} (use "/{{year}}/{{month}}/{{slug}}/")',
        )
    unknown = set(placeholders) - {"year", "month", "day", "slug", "locality"}
    if unknown:
        bad(
            "permalink",
            f"unknown placeholder {{{sorted(unknown)[0]}}} "
            "(use {year}, {month}, {day}, {slug} or {locality})",
        )
    seen: dict[str, str] = {}
    for key in fields(Urls):
        word = getattr(config.urls, key.name)
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,99}", word):
            bad(f"urls.{key.name}", f'"{word[:60]}" must be lower-case ASCII letters, digits and hyphens')
        elif word.isdigit():
            bad(f"urls.{key.name}", f'"{word}" is all digits, like the year pages (/2024/): add a letter')
        elif word in seen:
            bad(f"urls.{key.name}", f'"{word}" is also the word of urls.{seen[word]}: give each index its own word')
        elif word == "static":
            bad(f"urls.{key.name}", '"static" is the theme\'s folder of CSS and icons: choose another word')
        seen.setdefault(word, key.name)
    if not config.meetings.types:
        bad("meetings.types", "needs at least one meeting type")


def _shown(value: Any) -> str:
    """A value quoted in an error, cut short: it may be a megabyte."""
    text = repr(value)
    return text if len(text) <= 60 else text[:60] + "…"


def _key_lines(text: str) -> dict[str, int]:
    """Line of each key ("tags.aliases.QCDC", "title"), so errors point into config.toml."""
    lines: dict[str, int] = {}
    table = ""
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        header = re.match(r"^\[\s*([^\[\]]+?)\s*\]", stripped)
        if header:
            table = ".".join(part.strip().strip('"') for part in header.group(1).split("."))
            lines.setdefault(table, number)
            continue
        key = re.match(r'^("[^"]+"|[A-Za-z0-9_\-]+)\s*=', stripped)
        if key:
            name = key.group(1).strip('"')
            lines.setdefault(f"{table}.{name}" if table else name, number)
    return lines
