"""Every URL rule in one place. URLs are site-root paths ("/chu-de/dan-van-kheo/")."""

from __future__ import annotations

import posixpath

from .config import Config
from .model import Article

UNKNOWN_LOCALITY = "chua-ro"


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
        return self.config.base_url.rstrip("/") + "/" + url.lstrip("/")


def output_path(url: str) -> str:
    """'/2024/07/x/' → '2024/07/x/index.html'; '/feed.xml' → 'feed.xml'. Never leaves output/."""
    clean = posixpath.normpath("/" + url).lstrip("/")
    if clean.startswith("..") or clean == ".":
        clean = ""
    if url.endswith("/") or not clean:
        return f"{clean}/index.html" if clean else "index.html"
    return clean


def relative(url: str, depth: int) -> str:
    """A link from a page `depth` folders below the root, so output/ works under any sub-path."""
    if "://" in url or url.startswith(("#", "mailto:", "tel:", "data:")):
        return url
    up = "../" * depth
    target = url.lstrip("/")
    return (up + target) or "./"


def depth_of(url: str) -> int:
    """How many folders below the root the page at `url` is written."""
    return output_path(url).count("/")
