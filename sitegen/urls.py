"""Every URL rule in one place. URLs are site-root paths ("/chu-de/dan-van-kheo/")."""

from __future__ import annotations

import posixpath
import re

from .config import Config
from .model import Article
from .text import slugify

UNKNOWN_LOCALITY = "chua-ro"
HAS_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


class Urls:
    def __init__(self, config: Config):
        self.config = config
        self.words = config.urls

    def article(self, article: Article, locality_folders: tuple[str, ...]) -> str:
        d = article.date
        return self.config.permalink.format(
            year=f"{d.year:04d}",
            month=f"{d.month:02d}",
            day=f"{d.day:02d}",
            slug=article.slug,
            locality="/".join(locality_folders) or UNKNOWN_LOCALITY,
        )

    def localities(self) -> str:
        return f"/{self.words.localities}/"

    def locality(self, folders: tuple[str, ...]) -> str:
        return f"/{self.words.localities}/{'/'.join(folders)}/"

    def index(self, kind: str) -> str:
        return f"/{getattr(self.words, kind)}/"

    def term(self, kind: str, slug: str) -> str:
        return f"/{getattr(self.words, kind)}/{slug}/"

    def archive(self) -> str:
        return f"/{self.words.archive}/"

    def year(self, year: int) -> str:
        return f"/{year:04d}/"

    def month(self, year: int, month: int) -> str:
        return f"/{year:04d}/{month:02d}/"

    def search(self) -> str:
        return f"/{self.words.search}/"

    def page(self, url: str, number: int) -> str:
        """Page N of a paginated list; page 1 is the list's own URL."""
        return url if number == 1 else f"{url}{self.words.page}/{number}/"

    def absolute(self, url: str) -> str:
        return absolute(self.config.base_url, url)


def output_path(url: str) -> str:
    """'/2024/07/x/' → '2024/07/x/index.html'; '/feed.xml' → 'feed.xml'. Never leaves output/."""
    clean = posixpath.normpath("/" + url).lstrip("/")
    if clean.startswith("..") or clean == ".":
        clean = ""
    if url.endswith("/") or not clean:
        return f"{clean}/index.html" if clean else "index.html"
    return clean


def link(url: str, root: str) -> str:
    """A site path as a link from a page whose way back to the site's root is `root` ("../../",
    or base_url's path on 404.html, which a server shows at any depth); other addresses as they are."""
    if "://" in url or url.startswith(("#", "mailto:", "tel:")):
        return url
    return root + url.lstrip("/")


def absolute(base_url: str, url: str) -> str:
    """The address of a site path under base_url (feeds, sitemap, canonical, Open Graph)."""
    return base_url.rstrip("/") + "/" + url.lstrip("/")


SLUG_MAX = 90  # characters of a file name's slug (new, import): cut at a hyphen


def file_slug(title: str) -> str:
    """The slug of an article's file name, and of its URL when the title's own slug is longer:
    the title's slug, cut at a hyphen to SLUG_MAX characters ("" when the title has no letters)."""
    slug = slugify(title)
    if len(slug) > SLUG_MAX:
        slug = slug[:SLUG_MAX].rsplit("-", 1)[0]
    return slug


def depth_of(url: str) -> int:
    """How many folders below the root the page at `url` is written."""
    return output_path(url).count("/")


# What a URL field may hold: a web address (http or https, with a host) or a path on this
# site. Anything else (javascript:, data:, a control character, "..") could run script in
# a reader's browser or point outside the site, whatever the template does with it.
_WEB = re.compile(r"https?://[^\s/?#\\@]+(?:[/?#]\S*)?", re.IGNORECASE)
_BAD_CHARACTER = re.compile(r"[\x00-\x20\x7f-\x9f\\<>\"'`]")
MAX_PART = 255  # bytes in one file name: longer is an error on every common file system


def web_address_problem(value: str) -> str | None:
    """Why `value` is not an http(s) address, or None."""
    if not _WEB.fullmatch(value) or _BAD_CHARACTER.search(value):
        return f'"{_shown(value)}" is not a web address (use http://… or https://…)'
    return None


def image_problem(value: str) -> str | None:
    """Why `value` is neither a web address nor a path on this site, or None."""
    if HAS_SCHEME.match(value) or value.startswith("//"):
        return web_address_problem(value) and (
            f'"{_shown(value)}" is not an image address: use http(s)://… or a path on this site like images/x.jpg'
        )
    return _path_problem(value, "an image path like images/x.jpg")


def alias_problem(value: str) -> str | None:
    """Why `value` is not a path on this site for a redirect, or None."""
    if not value.startswith("/") or value.startswith("//"):
        return f'"{_shown(value)}" must be a path on this site starting with "/", like /tin/cu/'
    return _path_problem(value, "a path like /tin/cu/")


def _path_problem(value: str, example: str) -> str | None:
    parts = value.split("/")
    if ".." in parts or _BAD_CHARACTER.search(value) or "?" in value or "#" in value:
        return f'"{_shown(value)}" is not {example}: no "..", spaces, quotes, "?", "#" or control characters'
    long = next((p for p in parts if len(p.encode()) > MAX_PART), None)
    if long is not None:
        return f'"{_shown(long)}" is longer than {MAX_PART} bytes, too long for a file name: shorten it'
    return None


def _shown(value: str) -> str:
    value = _BAD_CHARACTER.sub(lambda m: f"\\x{ord(m.group()):02x}" if m.group() < " " else m.group(), value)
    return value if len(value) <= 80 else value[:80] + "…"
