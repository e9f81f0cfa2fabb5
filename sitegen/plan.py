"""Which pages exist and what each is given. What each shows, and so when it must be
rendered again, is recorded as it renders (views.py)."""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .errors import Problems
from .index import Entry, Site
from .map import locator, province_map
from .urls import MAX_PART, output_path


@dataclass(slots=True)
class Page:
    """One output file: its template and what the template is given besides the site."""

    url: str
    template: str
    context: dict[str, Any]
    source: str = ""  # the file that asked for it, for collision errors
    kind: str = ""
    line: int = 0  # the line of `source` that asked for it


@dataclass(slots=True)
class Pager:
    number: int
    count: int
    items: list
    urls: list[str] = field(default_factory=list)

    @property
    def prev_url(self) -> str:
        return self.urls[self.number - 2] if self.number > 1 else ""

    @property
    def next_url(self) -> str:
        return self.urls[self.number] if self.number < self.count else ""


def paginate(site: Site, url: str, items: list, per_page: int) -> Iterator[tuple[str, Pager]]:
    count = max(1, math.ceil(len(items) / per_page))
    urls = [site.urls.page(url, n) for n in range(1, count + 1)]
    for n in range(1, count + 1):
        yield urls[n - 1], Pager(n, count, items[(n - 1) * per_page : n * per_page], urls)


def plan_site(site: Site) -> list[Page]:
    """Every page of the site, in a fixed order (so output and errors are deterministic)."""
    cfg = site.config
    per = cfg.per_page
    pages: list[Page] = []

    def lists(kind: str, url: str, items: list[Entry], source: str = "", **context) -> None:
        for page_url, pager in paginate(site, url, items, per):
            pages.append(Page(page_url, f"{kind}.html", {"pager": pager, **context}, source, kind))

    lists("home", "/", site.entries)
    for entry in site.entries:
        pages.extend(article_pages(entry))

    # Localities: the tree (paginated by province), each unit, and the unknown ones.
    register = _register() if site.localities else None
    country = province_map(site.localities, register) if register else None
    for page_url, pager in paginate(site, site.urls.localities(), site.localities, per):
        pages.append(
            Page(
                page_url,
                "localities.html",
                {"pager": pager, "unknown": site.unknown, "map": country},
                kind="localities",
            )
        )
    nodes = site.all_localities()
    if site.unknown.entries:
        nodes.append(site.unknown)
    for node in nodes:
        lists(
            "locality",
            node.url,
            node.entries,
            node.source,
            locality=node,
            locator=locator(node.official.unit, register) if node.official and register else None,
        )
        if node.page:
            pages.extend(redirects(node.page.aliases, node.url, node.source, node.page.lines.get("aliases", 1)))
        pages.append(_feed(node.url + "feed.xml", node.title, node.url, node.entries, cfg.feed_items, node.source))

    for kind in ("tags", "meetings", "people"):
        terms = site.terms[kind]
        for page_url, pager in paginate(site, site.urls.index(kind), terms, per * 5):
            pages.append(
                Page(
                    page_url,
                    "terms.html",
                    {"pager": pager, "kind": kind},
                    kind=kind,
                )
            )
        for term in terms:
            lists("term", term.url, term.entries, term=term, kind_name=kind)
            if kind == "tags":
                pages.append(_feed(term.url + "feed.xml", term.name, term.url, term.entries, cfg.feed_items))

    pages.append(Page(site.urls.archive(), "archive.html", {}, kind="archive"))
    for year, months in site.years.items():
        year_entries = [e for es in months.values() for e in es]
        lists("year", site.urls.year(year), year_entries, year=year, months=months)
        for month, entries in months.items():
            lists("month", site.urls.month(year, month), entries, year=year, month=month)

    pages.append(Page(site.urls.search(), "search.html", {}, kind="search"))
    pages.append(Page("/404.html", "404.html", {}, kind="404"))
    pages.append(_feed("/feed.xml", "", "/", site.entries, cfg.feed_items))
    html_urls = tuple(p.url for p in pages if p.template.endswith(".html") and p.kind != "redirect" and p.kind != "404")
    lastmods = {e.url: (e.article.updated or e.article.date) for e in site.entries}
    pages.append(
        Page(
            "/sitemap.xml",
            "sitemap.xml",
            {"urls": html_urls, "lastmods": lastmods},
            kind="sitemap",
        )
    )
    pages.append(Page("/robots.txt", "robots.txt", {}, kind="robots"))
    return pages


def _register():
    from .register import register  # read only by sites that have localities

    return register()


def article_pages(entry: Entry) -> list[Page]:
    """An article's page and the redirects from its old URLs."""
    a = entry.article
    line = a.lines.get("slug") or a.lines.get("title", 1)
    pages = [Page(entry.url, "article.html", {"entry": entry}, a.source, "article", line)]
    if a.aliases:
        pages.extend(redirects(a.aliases, entry.url, a.source, a.lines["aliases"]))
    return pages


def redirects(aliases: tuple[str, ...], target: str, source: str, line: int) -> list[Page]:
    """The redirect pages from a page's old URLs (`aliases:` on `line` of `source`) to `target`."""
    return [Page(alias, "redirect.html", {"target": target}, source, "redirect", line) for alias in aliases]


def _feed(url: str, title: str, link: str, entries: list[Entry], limit: int, source: str = "") -> Page:
    items = entries[:limit]
    return Page(
        url,
        "atom.xml",
        {"feed_title": title, "feed_link": link, "items": items},
        source,
        "feed",
    )


@dataclass(frozen=True, slots=True)
class Claim:
    """Who asks for one output file: a page (its source file and line) or a copied file."""

    url: str
    source: str  # the file that asked for it; "" for a page the site makes on its own
    line: int
    kind: str  # a Page.kind, or "file" for a file copied from content/ or a theme

    def __str__(self) -> str:
        if self.kind == "file":
            return f"the file {self.source}"
        if self.kind == "redirect":
            return f"an alias in {self.source}" + (f":{self.line}" if self.line else "")
        if self.kind == "article":
            return f"the article {self.source}" + (f":{self.line}" if self.line else "")
        if self.source:
            return f"the {self.kind} page of {self.source}"
        return f"a page the site makes ({self.kind or self.url})"

    def advice(self, other: Claim) -> str:
        if self.kind == "redirect":
            return "remove this alias or change it to the page's old address"
        if self.kind == "file":
            if other.kind == "file":
                return "rename or move one of the two files"
            return "rename or move this file: the site writes that path itself"
        if self.kind == "article" and other.kind == "article":
            return "change the slug (slug: other-words) of one"
        if self.kind == "article":
            return "change its slug (slug: other-words)"
        if self.source.endswith("_index.md"):
            return "rename the folder, or change the title in its _index.md"
        return "change one of them"


# Who is asked to give way when two claim one file: the easiest to change first.
_YIELDS = {"redirect": 0, "file": 1, "article": 2}


def find_collisions(pages: list[Page], problems: Problems, files: list[tuple[str, str]] = ()) -> None:
    """Every output file has one claimant: no two pages, no page and a file copied from
    content/ or a theme (`files`: (output path, source) pairs), and no file where another claim
    needs a folder (/x and /x/y/). Each clash is one error, at the file and line that can
    most easily give way, with the advice that fits it (Zola's find_path_collisions)."""
    claims: dict[str, Claim] = {}
    order = [(rel, Claim("/" + rel, source, 0, "file")) for rel, source in files]
    order += [(output_path(page.url), Claim(page.url, page.source, page.line, page.kind)) for page in pages]
    for rel, claim in order:
        long = next((part for part in rel.split("/") if len(part.encode()) > MAX_PART), None)
        if long is not None:
            _report(
                problems,
                claim,
                f"{claim.url[:60]}… has a part of {len(long.encode())} bytes, "
                f"more than a file name may have ({MAX_PART}): shorten it",
            )
            continue
        first = claims.get(rel)
        if first is None:
            claims[rel] = claim
        else:
            _clash(problems, claim, first, "same")
    files_at = set(claims)
    for rel, claim in claims.items():
        parts = rel.split("/")
        for i in range(1, len(parts)):
            prefix = "/".join(parts[:i])
            if prefix in files_at:
                _clash(problems, claim, claims[prefix], "folder")
                break


def _clash(problems: Problems, one: Claim, other: Claim, what: str) -> None:
    """`what` is "same" (both claim one file) or "folder" (`one` needs a folder where `other` is a file)."""
    if one.kind == other.kind == "article" and what == "same":
        message = (
            f"{one.url} is also the URL of {other.source} — two pages cannot share one URL: "
            "change the slug (slug: other-words) of one"
        )
        _report(problems, one, message)
        return
    culprit, rest = (one, other) if _YIELDS.get(one.kind, 9) <= _YIELDS.get(other.kind, 9) else (other, one)
    if what == "same":
        message = f"{culprit.url} is also the address of {rest} — {culprit.advice(rest)}"
    elif culprit is one:
        message = f"{one.url} needs a folder where {rest} writes the file {other.url} — {culprit.advice(rest)}"
    else:
        message = f"{other.url} is a file where {rest} needs a folder ({one.url}) — {culprit.advice(rest)}"
    _report(problems, culprit, message)


def _report(problems: Problems, claim: Claim, message: str) -> None:
    problems.error(claim.source or "config.toml", claim.line, message)
