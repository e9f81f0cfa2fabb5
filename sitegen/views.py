"""What templates see: read-only views of the site's model that note what is read of them.

Templates never get the model's objects (`index.Entry`, `Locality`, `Term`, `Site`), only
views of them. Each attribute of a view belongs to a *facet* of its object (an article's
"card": everything a list can show of it; its "body"; its "prev" …), and reading an attribute
while a page renders adds (object key, facet) to that page's reads. A page's fingerprint
(fingerprints.page_fingerprint) is the digest of the value of every facet it read: a later
build renders the page again exactly when something it showed has changed, whatever the
theme shows. Lektor records dependencies the same way, where they happen
(lektor/environment, builder.py); Zola's SerializingPage (components/content/src/ser.rs)
is the model for a frozen view that says what a template may see.

A facet's value is digested from the attributes themselves (`Views.facet_digest`), so what a
fingerprint covers is, by construction, what the template could read: there is no second,
hand-written list of what templates show.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from types import MappingProxyType
from typing import Any

from .bodies import digest_of
from .index import Entry, Locality, Site, Term

# Where the reads of the page being rendered go (None: nothing is rendering).
_reads: set[tuple[str, str]] | None = None

Dependency = tuple[str, str]  # (object key, facet)


class Incomplete(Exception):
    """A template read what a partial build did not compute (see pipeline.load): the build
    starts again with the whole model."""


@contextmanager
def recording() -> Iterator[set[Dependency]]:
    """Note every facet read until the block ends, into the set it yields."""
    global _reads
    outer, _reads = _reads, set()
    try:
        yield _reads
    finally:
        _reads = outer


def note(reads: Iterable[Dependency]) -> None:
    """Add reads made earlier (a card rendered once, shown on many pages) to the current page's."""
    if _reads is not None:
        _reads.update(reads)


def _article(name: str) -> Callable[[Entry], Any]:
    return lambda entry: getattr(entry.article, name)


# attribute → (facet, getter), per kind of object. An article's own fields and where it sits
# (URL, locality, terms) are its card; the rest are facets of their own because they change
# for reasons of their own (a newer article moves every older one's `index`).
_ARTICLE_FIELDS = (
    "source",
    "title",
    "date",
    "timed",
    "updated",
    "event_date",
    "slug",
    "summary",
    "organization",
    "authors",
    "source_url",
    "image",
    "draft",
    "aliases",
    "folders",
    "locality_titles",
)
ENTRY: dict[str, tuple[str, Callable[[Entry], Any]]] = {name: ("card", _article(name)) for name in _ARTICLE_FIELDS}
ENTRY.update(
    {
        "extra": ("card", lambda e: e.article.extra),
        "url": ("card", lambda e: e.url),
        "image_url": ("card", lambda e: e.image_url),
        "locality": ("card", lambda e: e.locality),
        "meeting": ("card", lambda e: e.meeting),
        "tags": ("card", lambda e: e.tags),
        "people": ("card", lambda e: e.people),
        "tag_names": ("card", lambda e: e.article.tags),  # as written, before they became terms
        "people_names": ("card", lambda e: e.article.people),
        "meeting_name": ("card", lambda e: e.article.meeting),
        "body_html": ("body", lambda e: e.article.body_html),
        "words": ("body", lambda e: e.article.words),
        "prev": ("prev", lambda e: e.prev),
        "next": ("next", lambda e: e.next),
        "related": ("related", lambda e: e.related),
        "index": ("index", lambda e: e.index),
    }
)
LOCALITY: dict[str, tuple[str, Callable[[Locality], Any]]] = {
    "title": ("card", lambda n: n.title),
    "level": ("card", lambda n: n.level),
    "folders": ("card", lambda n: n.folders),
    "url": ("card", lambda n: n.url),
    "source": ("card", lambda n: n.source),
    "description_html": ("card", lambda n: n.description_html),
    "code": ("card", lambda n: n.page.code if n.page else ""),
    "extra": ("card", lambda n: n.page.extra if n.page else {}),
    "aliases": ("card", lambda n: n.page.aliases if n.page else ()),
    "official": ("official", lambda n: n.official),
    "parent": ("parent", lambda n: n.parent),
    "chain": ("chain", lambda n: n.chain),
    "children": ("children", lambda n: n.children),
    "entries": ("entries", lambda n: n.entries),
    "own": ("own", lambda n: n.own),
}
TERM: dict[str, tuple[str, Callable[[Term], Any]]] = {
    "kind": ("card", lambda t: t.kind),
    "name": ("card", lambda t: t.name),
    "slug": ("card", lambda t: t.slug),
    "url": ("card", lambda t: t.url),
    "spellings": ("spellings", lambda t: t.spellings),  # counts: they change with every article
    "entries": ("entries", lambda t: t.entries),
}
SITE: dict[str, tuple[str, Callable[[Site], Any]]] = {
    "entries": ("entries", lambda s: s.entries),
    "localities": ("localities", lambda s: s.localities),
    "unknown": ("unknown", lambda s: s.unknown),
    "terms": ("terms", lambda s: s.terms),
    "years": ("years", lambda s: s.years),
    "all_localities": ("all_localities", lambda s: s.all_localities),
}
# Not recorded: config and URL rules come from config.toml, which every fingerprint covers.
_SITE_PLAIN = {"config": lambda s: s.config, "urls": lambda s: s.urls}

SITE_KEY = "s"
_PARTIAL = frozenset({"related", "official"})  # facets a partial build may not have computed


_KEYED = (Entry, Locality, Term)  # model objects: each has a `key` (index.py)


class Ref:
    """A model object kept by its key, outside the model (facets.py keeps facet values so)."""

    __slots__ = ("key",)

    def __init__(self, key: str):
        self.key = key

    def __reduce__(self) -> tuple:
        return (Ref, (self.key,))

    def __eq__(self, other: object) -> bool:
        return type(other) is Ref and other.key == self.key

    def __hash__(self) -> int:
        return hash(self.key)


class View:
    """A read-only view of one model object; every attribute read is noted."""

    __slots__ = ("_obj", "_key", "_views")
    _fields: dict[str, tuple[str, Callable[[Any], Any]]] = {}

    def __init__(self, obj: Any, key: str, views: Views):
        object.__setattr__(self, "_obj", obj)
        object.__setattr__(self, "_key", key)
        object.__setattr__(self, "_views", views)

    def __getattr__(self, name: str) -> Any:
        found = self._fields.get(name)
        if found is None:
            raise AttributeError(f"{type(self).__name__[:-4].lower()} has no attribute {name!r}")
        facet, get = found
        if _reads is not None:
            _reads.add((self._key, facet))
        return self._views.read(self._obj, self._key, facet, name, get)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("templates cannot change the site")

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._key}>"


class EntryView(View):
    __slots__ = ()
    _fields = ENTRY


class LocalityView(View):
    __slots__ = ()
    _fields = LOCALITY


class TermView(View):
    __slots__ = ()
    _fields = TERM


class SiteView(View):
    __slots__ = ()
    _fields = SITE

    def __getattr__(self, name: str) -> Any:
        plain = _SITE_PLAIN.get(name)
        if plain is not None:
            return plain(self._obj)
        return super().__getattr__(name)


class ViewList:
    """A model list as a template sees it: read-only, its items shown as views."""

    __slots__ = ("_items", "_views")

    def __init__(self, items: list, views: Views):
        self._items = items
        self._views = views

    def __len__(self) -> int:
        return len(self._items)

    def __bool__(self) -> bool:
        return bool(self._items)

    def __iter__(self) -> Iterator[Any]:
        show = self._views.show
        return (show(item) for item in self._items)

    def __reversed__(self) -> Iterator[Any]:
        show = self._views.show
        return (show(item) for item in reversed(self._items))

    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            return ViewList(self._items[index], self._views)
        return self._views.show(self._items[index])

    def __contains__(self, item: Any) -> bool:
        return any(shown is item or shown == item for shown in self)

    def __repr__(self) -> str:
        return f"ViewList({len(self._items)})"


class ViewMap(Mapping):
    """A model dict as a template sees it: read-only, its values shown as views."""

    __slots__ = ("_data", "_views")

    def __init__(self, data: dict, views: Views):
        self._data = data
        self._views = views

    def __getitem__(self, key: Any) -> Any:
        return self._views.show(self._data[key])

    def __iter__(self) -> Iterator[Any]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)


class Frozen:
    """Any other object a page is given (a pager, a map): read-only, with model objects in it
    shown as views. Not noted: it is the page's own context, which its fingerprint covers."""

    __slots__ = ("_obj", "_views")

    def __init__(self, obj: Any, views: Views):
        object.__setattr__(self, "_obj", obj)
        object.__setattr__(self, "_views", views)

    def __getattr__(self, name: str) -> Any:
        return self._views.show(getattr(self._obj, name))

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("templates cannot change the site")


_SCALARS = (str, int, float, bool, bytes, type(None))


class Views:
    """The views of one build's model: one view per object (so `is sameas` holds), and the
    digest of each facet, computed once per build."""

    def __init__(
        self,
        site: Site,
        *,
        related: set[str] | None = None,
        resolved: bool = True,
        sources: Mapping[str, Any] | None = None,
    ):
        self.site = site
        # source → its cache record (fingerprints.SourceRecord): an article's card is all of it
        # but its body, which the record's index digest covers already.
        self.sources = sources or {}
        # A partial build (pipeline.load) computes related articles only for `related`, and
        # resolves no locality against the register: reading those raises Incomplete.
        self.related = related
        self.resolved = resolved
        self._shown: dict[int, View] = {}
        self._digests: dict[Dependency, str] = {}
        self._known: dict[int, tuple[Any, Any]] = {}  # id → (dataclass, its identity): maps share parts
        self._objects: dict[str, Any] | None = None

    def trim(self, limit: int = 50_000) -> None:
        """Forget the views and digests made so far once they pass `limit`: a render worker of a
        large archive would otherwise keep some of each for every article, a few hundred
        megabytes at 100,000. Called between pages, never within one (where views must stay
        one per object)."""
        if len(self._digests) > limit or len(self._shown) > limit or len(self._known) > limit:
            site = self._shown.get(id(self.site))  # the renderer holds it: it stays the one
            self._digests.clear()
            self._shown.clear()
            self._known.clear()
            if site is not None:
                self._shown[id(self.site)] = site

    def site_view(self) -> SiteView:
        return self.show(self.site)

    def show(self, value: Any) -> Any:
        """`value` as a template may see it."""
        if isinstance(value, _SCALARS):
            return value
        view = self._shown.get(id(value))
        if view is not None:
            return view
        if isinstance(value, Entry):
            view = EntryView(value, value.key, self)
        elif isinstance(value, Locality):
            view = LocalityView(value, value.key, self)
        elif isinstance(value, Term):
            view = TermView(value, value.key, self)
        elif isinstance(value, Site):
            view = SiteView(value, SITE_KEY, self)
        elif isinstance(value, list):
            return ViewList(value, self)
        elif isinstance(value, dict):
            return ViewMap(value, self) if value else MappingProxyType(value)
        elif isinstance(value, tuple):
            return value if all(isinstance(item, _SCALARS) for item in value) else ViewList(list(value), self)
        elif callable(value) and getattr(value, "__self__", None) is not None:  # a bound method
            return lambda *args, **kwargs: self.show(value(*args, **kwargs))
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            return Frozen(value, self)  # a pager, a map, a unit of the register
        else:
            return value
        self._shown[id(value)] = view
        return view

    def read(self, obj: Any, key: str, facet: str, name: str, get: Callable[[Any], Any]) -> Any:
        """What a template reads as `name` of the object `obj` (keyed `key`), shown as a view."""
        if facet in _PARTIAL:
            self.check(obj, facet)
        return self.show(get(obj))

    def check(self, obj: Any, name: str) -> None:
        """Raise Incomplete when a partial build did not compute what is read."""
        if name == "related" and self.related is not None and obj.article.source not in self.related:
            raise Incomplete(f"related articles of {obj.article.source}")
        if name == "official" and not self.resolved:
            raise Incomplete("the register")

    # Digests: what a fingerprint is made of.

    def facet_digest(self, dependency: Dependency) -> str:
        """The digest of one facet's value in this build ("" when the object is gone)."""
        found = self._digests.get(dependency)
        if found is None:
            key, facet = dependency
            obj = self._object(key)
            found = "" if obj is None else self._digest_facet(obj, facet)
            self._digests[dependency] = found
        return found

    def _digest_facet(self, obj: Any, facet: str) -> str:
        if type(obj) is Entry:
            if facet == "body":
                return body_digest(obj.article)
            record = self.sources.get(obj.article.source) if facet == "card" else None
            if record is not None:
                return self._entry_card(obj, record.index_digest)
        getters = _FACETS[type(obj)].get(facet)
        if getters is None:
            return "?"  # a facet this kind of object does not have: never equal to a real one
        h = hashlib.blake2b(digest_size=16)
        for name, get in getters:
            value = get(obj)
            if name == "all_localities":
                value = value()
            h.update(name.encode() + b"=" + repr(self.identity(value)).encode() + b"\0")
        return h.hexdigest()

    def _entry_card(self, entry: Entry, index_digest: str) -> str:
        """An article's card from its source's index digest (every field of the article but
        its body and word count: a superset of the card's own fields) and what the site made
        of it: URL, image URL, locality and terms."""
        parts = [
            index_digest,
            entry.url,
            entry.image_url,
            entry.locality.key if entry.locality else "",
            entry.meeting.key if entry.meeting else "",
            *(t.key for t in entry.tags),
            "|",
            *(t.key for t in entry.people),
        ]
        return hashlib.blake2b("\0".join(parts).encode(), digest_size=16).hexdigest()

    def identity(self, value: Any) -> Any:
        """A value made of plain data, equal between two builds exactly when a template
        reading `value` would see the same: model objects stand as their keys (what they
        show is their own facets), everything else as itself."""
        if isinstance(value, _SCALARS):
            return value
        if isinstance(value, _KEYED):
            return value.key
        if type(value) is Ref:
            return value.key
        if isinstance(value, Site):
            return SITE_KEY
        if isinstance(value, View):
            return value._key
        if isinstance(value, ViewList):
            return tuple(self.identity(item) for item in value._items)
        if isinstance(value, (ViewMap, Frozen)):
            return self.identity(value._data if isinstance(value, ViewMap) else value._obj)
        if isinstance(value, (list, tuple)):
            if len(value) < 16:
                return tuple(self.identity(item) for item in value)
            known = self._known.get(id(value))
            if known is None:  # a map's every province, a province's articles: asked for again and again
                # ...and written out by repr for every page given it: its digest stands for it
                items = repr(tuple(self.identity(item) for item in value)).encode()
                known = self._known[id(value)] = (value, ("list", hashlib.blake2b(items, digest_size=16).hexdigest()))
            return known[1]
        if isinstance(value, (dict, MappingProxyType)):
            return tuple((self.identity(k), self.identity(v)) for k, v in value.items())
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            known = self._known.get(id(value))
            if known is None:  # the object is kept with it, so that its id is never another's
                found = (
                    type(value).__name__,
                    tuple(self.identity(getattr(value, f.name)) for f in dataclasses.fields(value)),
                )
                known = self._known[id(value)] = (value, found)
            return known[1]
        return repr(value)

    def _object(self, key: str) -> Any:
        if self._objects is None:
            site = self.site
            objects: dict[str, Any] = {SITE_KEY: site}
            objects.update((e.key, e) for e in site.entries)
            objects.update((n.key, n) for n in [*site.all_localities(), site.unknown])
            objects.update((t.key, t) for terms in site.terms.values() for t in terms)
            self._objects = objects
        return self._objects.get(key)


def body_digest(article: Any) -> str:
    """An article's body facet: its HTML is a function of its compressed bytes, so there is
    no need to inflate them, nor to read them from the bodies file (bodies.Body.digest)."""
    words = str(article.words).encode()
    return hashlib.blake2b(digest_of(article.body) + b"\0" + words, digest_size=16).hexdigest()


def _by_facet(fields: dict[str, tuple[str, Callable[[Any], Any]]]) -> dict[str, list[tuple[str, Callable]]]:
    """facet → its attributes and their getters, for digesting a facet without a scan."""
    out: dict[str, list[tuple[str, Callable]]] = {}
    for name, (facet, get) in fields.items():
        out.setdefault(facet, []).append((name, get))
    return out


_FACETS = {Entry: _by_facet(ENTRY), Locality: _by_facet(LOCALITY), Term: _by_facet(TERM), Site: _by_facet(SITE)}
