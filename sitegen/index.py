"""The site's indexes: localities, tags, meetings, people, years; related articles."""

from __future__ import annotations

import bisect
import functools
import heapq
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import ParamSpec

from .chain import level_of, name_key, same_locality
from .config import Config
from .errors import Problem
from .localities import Official, resolve_tree
from .model import Article, Content, LocalityPage
from .text import identity, locality_folder, slugify, sort_key, split_level
from .urls import UNKNOWN_LOCALITY, Urls

P = ParamSpec("P")


class Sealed:
    """A part of the site's model: set while build_site makes it, read-only after (templates
    see it through views.py; no later stage may change what an earlier one made). The guard
    is put on when the model is made, not checked on each of its millions of assignments."""

    __slots__ = ()
    building = 0  # how many build_site calls are making a model right now


def _read_only(self: Sealed, name: str, value: object) -> None:
    raise AttributeError(f"the site's model is read-only once built ({type(self).__name__}.{name})")


Sealed.__setattr__ = _read_only  # type: ignore[method-assign]


class Entry(Sealed):
    """An article placed on the site: its URL, locality and terms."""

    __slots__ = (
        "article",
        "url",
        "locality",
        "tags",
        "meeting",
        "people",
        "index",
        "prev",
        "next",
        "related",
        "image_url",
        "key",
    )

    def __init__(self, article: Article, url: str):
        self.article = article
        self.key = "e:" + article.source  # what its dependencies are recorded under (views.py)
        self.url = url
        self.locality: Locality | None = None
        self.tags: list[Term] = []
        self.meeting: Term | None = None
        self.people: list[Term] = []
        self.index = 0  # position in the newest-first list
        self.prev: Entry | None = None  # older
        self.next: Entry | None = None  # newer
        self.related: list[Entry] = []
        self.image_url = ""


@dataclass(eq=False)
class Locality(Sealed):
    """A node of the province → district → commune tree."""

    title: str
    level: str
    folders: tuple[str, ...]
    url: str
    parent: Locality | None = None
    page: LocalityPage | None = None
    children: list[Locality] = field(default_factory=list)
    own: list[Entry] = field(default_factory=list)  # articles of this unit itself
    entries: list[Entry] = field(default_factory=list)  # with those of its sub-units
    official: Official | None = None  # its unit in the register of administrative units
    key: str = field(default="", init=False)  # what its dependencies are recorded under (views.py)

    def __post_init__(self) -> None:
        self.key = "l:" + "/".join(self.folders)

    @property
    def chain(self) -> list[Locality]:
        node, out = self, []
        while node is not None:
            out.append(node)
            node = node.parent
        return out[::-1]

    @property
    def source(self) -> str:
        return self.page.source if self.page else ""

    @property
    def description_html(self) -> str:
        return self.page.description_html if self.page else ""


@dataclass(eq=False)
class Term(Sealed):
    """A tag, a meeting type or a person, with its articles newest first."""

    kind: str  # "tags", "meetings", "people"
    name: str
    slug: str
    url: str
    entries: list[Entry] = field(default_factory=list)
    spellings: dict[str, int] = field(default_factory=dict)  # how often each spelling is written
    key: str = field(default="", init=False)  # what its dependencies are recorded under (views.py)

    def __post_init__(self) -> None:
        self.key = f"t:{self.kind}/{self.slug}"


@dataclass(eq=False)
class Site(Sealed):
    config: Config
    urls: Urls
    entries: list[Entry]  # newest first
    localities: list[Locality]  # provinces (top level), Vietnamese order
    unknown: Locality  # "Chưa rõ địa phương"
    terms: dict[str, list[Term]]  # kind → terms in Vietnamese order
    years: dict[int, dict[int, list[Entry]]]  # year → month → entries, newest first
    notes: list[Problem] = field(default_factory=list)  # warnings for `check`

    def all_localities(self) -> list[Locality]:
        out: list[Locality] = []
        stack = list(reversed(self.localities))
        while stack:
            node = stack.pop()
            out.append(node)
            stack.extend(reversed(node.children))
        return out


def _makes_the_model(make: Callable[P, Site]) -> Callable[P, Site]:
    """`make` may set attributes of the model while it runs; the model is read-only once the
    outermost call returns (Sealed)."""

    @functools.wraps(make)
    def making(*args: P.args, **kwargs: P.kwargs) -> Site:
        if not Sealed.building:
            del Sealed.__setattr__
        Sealed.building += 1
        try:
            return make(*args, **kwargs)
        finally:
            Sealed.building -= 1
            if not Sealed.building:
                Sealed.__setattr__ = _read_only  # type: ignore[method-assign]

    return making


@_makes_the_model
def build_site(
    content: Content,
    config: Config,
    *,
    relate: set[str] | None = None,
    localities: bool = True,
    suggest: bool = False,
    unknown_title: str = "",
) -> Site:
    """The site's indexes. `relate` limits related articles to those sources (a build that
    renders only a few articles needs no others); `localities` resolves the localities
    against the register (a build of changed article bodies alone shows nothing of it), and
    `suggest` adds close names to the warnings about unknown ones (for check).
    `unknown_title` names the locality of articles that name none."""
    urls = Urls(config)
    tree = _LocalityTree(content.localities, urls)
    entries: list[Entry] = []
    for article in content.articles:
        if article.draft:
            continue
        node = tree.resolve(article)
        entry = Entry(article, urls.article(article, node.folders if node else ()))
        entry.locality = node
        entry.image_url = _image_url(article)
        entries.append(entry)
    notes = _disambiguate(entries, urls)
    # Newest first; the source path breaks ties so the order never depends on the file system.
    entries.sort(key=lambda e: (e.article.date, e.article.source), reverse=True)
    for i, entry in enumerate(entries):
        entry.index = i
        entry.next = entries[i - 1] if i > 0 else None
        entry.prev = entries[i + 1] if i + 1 < len(entries) else None

    unknown = Locality(
        title=unknown_title, level="", folders=(UNKNOWN_LOCALITY,), url=urls.locality((UNKNOWN_LOCALITY,))
    )
    for entry in entries:
        node = entry.locality
        if node is None:
            unknown.own.append(entry)
            unknown.entries.append(entry)
            continue
        node.own.append(entry)
        for ancestor in node.chain:
            ancestor.entries.append(entry)

    terms = {kind: _Terms(kind, urls) for kind in ("tags", "meetings", "people")}
    for entry in entries:
        a = entry.article
        entry.tags = [terms["tags"].add(name, entry) for name in a.tags]
        entry.meeting = terms["meetings"].add(a.meeting, entry) if a.meeting else None
        entry.people = [terms["people"].add(name, entry) for name in a.people]

    years: dict[int, dict[int, list[Entry]]] = {}
    for entry in entries:
        d = entry.article.date
        years.setdefault(d.year, {}).setdefault(d.month, []).append(entry)

    site = Site(
        config=config,
        urls=urls,
        entries=entries,
        localities=tree.roots(),
        unknown=unknown,
        terms={kind: t.sorted() for kind, t in terms.items()},
        years=years,
        notes=notes,
    )
    if localities:
        site.notes.extend(_resolve(site, suggest))
    _relate(site, config.related, relate)
    return site


def _resolve(site: Site, suggest: bool) -> list[Problem]:
    nodes = site.all_localities()
    if not nodes:
        return []
    from .register import register  # read only by sites that have localities

    return resolve_tree(nodes, register(), suggest)


def _disambiguate(entries: list[Entry], urls: Urls) -> list[Problem]:
    """Reports of the same kind of meeting often share a title ("Hội nghị sơ kết công tác dân
    vận quý I năm 2025"). When slugs taken from titles collide, the earliest article keeps
    the URL and each later one adds its locality's folder name, so adding a newer report
    never moves an older one. A slug the editor wrote is never changed: that is an error."""
    by_url: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries:
        by_url[entry.url].append(entry)
    taken = set(by_url)
    notes: list[Problem] = []
    for url, group in by_url.items():
        if len(group) < 2:
            continue
        group.sort(key=lambda e: (e.article.date, e.article.source))
        for entry in group[1:]:
            a = entry.article
            if "slug" in a.lines:
                continue
            words = [entry.locality.folders[-1]] if entry.locality else []
            for n in range(2, 1000):
                slug = "-".join([a.slug, *words]) if n == 2 and words else f"{a.slug}-{n}"
                candidate = urls.article(replace(a, slug=slug), entry.locality.folders if entry.locality else ())
                if candidate not in taken:
                    break
            taken.add(candidate)
            entry.url = candidate
            notes.append(
                Problem(
                    a.source,
                    a.lines.get("title", 1),
                    "warning",
                    f"{url} is taken by {group[0].article.source}, so this article is at "
                    f"{candidate}; add slug: other-words to choose its URL",
                )
            )
    return notes


def _image_url(article: Article) -> str:
    """An image path relative to the article's folder becomes a site path."""
    image = article.image
    if not image or "://" in image or image.startswith("/"):
        return image
    folder = "/".join(article.source.split("/")[1:-1])
    return f"/{folder}/{image}" if folder else f"/{image}"


class _Terms:
    def __init__(self, kind: str, urls: Urls):
        self.kind = kind
        self.urls = urls
        self.by_key: dict[str, Term] = {}

    def add(self, name: str, entry: Entry) -> Term:
        # One term per URL: spellings that differ by case, Unicode form or even marks
        # ("dân vận khéo" / "dan van kheo") are one tag, shown as most articles spell it;
        # `check` warns about the variants.
        slug = slugify(name) or identity(name)
        term = self.by_key.get(slug)
        if term is None:
            term = self.by_key[slug] = Term(self.kind, name, slug, self.urls.term(self.kind, slug))
        term.entries.append(entry)
        term.spellings[name] = term.spellings.get(name, 0) + 1
        return term

    def sorted(self) -> list[Term]:
        """Terms in Vietnamese order, each shown in the spelling most articles use."""
        for term in self.by_key.values():
            term.name = min(term.spellings, key=lambda s: (-term.spellings[s], sort_key(s)))
        return sorted(self.by_key.values(), key=lambda t: sort_key(t.name))


class _LocalityTree:
    """Folders with their _index.md, plus units that only frontmatter names."""

    def __init__(self, pages: tuple[LocalityPage, ...], urls: Urls):
        self.urls = urls
        self.by_folders: dict[tuple[str, ...], Locality] = {}
        self.by_name: dict[tuple[tuple[str, ...], str], Locality] = {}  # (parent's folders, name key)
        self.top: list[Locality] = []
        for page in sorted(pages, key=lambda p: len(p.folders)):
            self._folder_node(page.folders, page)

    def _folder_node(self, folders: tuple[str, ...], page: LocalityPage | None = None) -> Locality:
        node = self.by_folders.get(folders)
        if node is None:
            parent = self._folder_node(folders[:-1]) if len(folders) > 1 else None
            title = page.title if page else folders[-1].replace("-", " ").title()
            node = Locality(
                title=title,
                level=page.level if page else split_level(title)[0],
                folders=folders,
                url=self.urls.locality(folders),
                parent=parent,
                page=page,
            )
            self.by_folders[folders] = node
            (parent.children if parent else self.top).append(node)
        elif page is not None and node.page is None:
            node.page, node.title, node.level = page, page.title, page.level or split_level(page.title)[0]
        return node

    def resolve(self, article: Article) -> Locality | None:
        if not article.locality_titles:
            return self._folder_node(article.folders) if article.folders else None
        siblings, node = self.top, None
        for title in article.locality_titles:
            key = (node.folders if node else (), name_key(title), level_of(title))
            match = self.by_name.get(key)
            if match is None:  # a dict, not a scan: a province has hundreds of communes
                match = next((c for c in siblings if same_locality(c.title, title)), None)
            if match is None:  # a unit only frontmatter names: its URL takes the slug of its name
                folders = (*(node.folders if node else ()), locality_folder(title))
                match = self.by_folders.get(folders)
                if match is None:
                    match = Locality(
                        title=title,
                        level=split_level(title)[0],
                        folders=folders,
                        url=self.urls.locality(folders),
                        parent=node,
                    )
                    self.by_folders[folders] = match
                    siblings.append(match)
            self.by_name[key] = match
            node, siblings = match, match.children
        return node

    def roots(self) -> list[Locality]:
        def order(nodes: list[Locality]) -> list[Locality]:
            nodes.sort(key=lambda n: sort_key(split_level(n.title)[1] or n.title))
            for n in nodes:
                order(n.children)
            return nodes

        return order(self.top)


def _relate(site: Site, limit: int, only: set[str] | None = None) -> None:
    """Related articles share the locality and tags; near dates break ties.

    Candidates come only from each article's own lists, and from each list only the
    articles nearest in time, so the cost stays linear in the archive's size.
    """
    if limit <= 0:
        return
    window = limit * 3
    positions: dict[int, list[int]] = {}  # id(list) → the index of each entry, for bisect
    for entry in site.entries:
        if only is not None and entry.article.source not in only:
            continue
        scores: dict[int, int] = defaultdict(int)
        lists: list[tuple[list[Entry], int]] = [(t.entries, 1) for t in entry.tags]
        if entry.locality is not None:
            lists.append((entry.locality.own, 3))
            if entry.locality.parent is not None:
                lists.append((entry.locality.parent.entries, 1))
        for entries, weight in lists:
            indexes = positions.get(id(entries))
            if indexes is None:
                indexes = positions[id(entries)] = [e.index for e in entries]
            pos = bisect.bisect_left(indexes, entry.index)
            for other in entries[max(0, pos - window) : pos + window + 1]:
                if other is not entry:
                    scores[other.index] += weight
        here = entry.index
        best = heapq.nsmallest(limit, [(-score, abs(i - here), i) for i, score in scores.items()])
        entry.related = [site.entries[i] for _, _, i in best]
