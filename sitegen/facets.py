"""The facet store: what each article's page read, kept between builds, so that a body edit
renders its article's page without making the site's model again (quick.py).

`.cache/facets-<key>.sqlite`, beside the build state (state.py), holds:

- `deps`: every (object key, facet) some page read, by the number the build state gives it
  (fingerprints.Dependencies);
- `facets`: a dependency's number → its digest and value as the page's template saw it (model
  objects kept as `views.Ref`), for every facet an article page read (bodies aside); written
  when its digest changed;
- `sources`: source → its bytes' digest, index digest, parse key and parse problems;
- `pages`: source → its article page's output path and the numbers of what it read;
- `readers`: articles whose body some other page shows;
- `meta`: the state's token (State.token), the generator, the `.sources` file's token, the
  state's numbering of dependencies and how many it has.

A page's facets are current while its fingerprint is: any change to one renders the page
again, and this build's values replace the stored ones. So the values a page read at its last
render are the values it would read now, but for its own body; the quick build uses those and
nothing else (anything more raises views.Incomplete). A store whose token is not the state's
(a build killed between the two) is not used.
"""

from __future__ import annotations

import datetime
import io
import pickle
import sqlite3
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import lz4.block

from .index import Entry, Locality, Site, Term
from .views import _FACETS, SITE_KEY, Dependency, Ref, Views

if TYPE_CHECKING:
    from .fingerprints import Dependencies, SourceRecord

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS deps (id INTEGER PRIMARY KEY, key TEXT, facet TEXT);
CREATE TABLE IF NOT EXISTS facets (id INTEGER PRIMARY KEY, digest TEXT, value BLOB);
CREATE TABLE IF NOT EXISTS pending (id INTEGER PRIMARY KEY, digest TEXT, value BLOB);
CREATE TABLE IF NOT EXISTS sources (
    rel TEXT PRIMARY KEY, digest TEXT, index_digest TEXT, parse_key TEXT, problems BLOB
);
CREATE TABLE IF NOT EXISTS pages (source TEXT PRIMARY KEY, rel TEXT, deps BLOB);
CREATE INDEX IF NOT EXISTS pages_rel ON pages (rel);
CREATE TABLE IF NOT EXISTS readers (key TEXT PRIMARY KEY);
"""
_PLAIN = (str, int, float, bool, bytes, type(None), datetime.date, datetime.datetime)


class Unstorable(Exception):
    """A facet whose value cannot be kept outside the model (a bound method, a proxy)."""


@dataclass(frozen=True)
class SourceRow:
    digest: str
    index_digest: str
    parse_key: str
    problems: tuple


def store_file(cache_file: Path) -> Path:
    """Beside the build state, one per output folder."""
    return cache_file.with_name(cache_file.stem.replace("build-", "facets-") + ".sqlite")


class Store:
    """One open facet store."""

    def __init__(self, path: Path):
        self.path = path
        self.db = sqlite3.connect(path, isolation_level=None)  # transactions are explicit
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(_SCHEMA)

    @classmethod
    def open(cls, path: Path) -> Store | None:
        """The store at `path`; None when there is none, or it does not open."""
        if not path.is_file():
            return None
        try:
            return cls(path)
        except sqlite3.Error:
            return None

    @classmethod
    def make(cls, path: Path) -> Store:
        """The store at `path`, made new when there is none or it does not open."""
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            return cls(path)
        except sqlite3.Error:
            path.unlink(missing_ok=True)  # not a store we can read: start it again
            return cls(path)

    def close(self) -> None:
        self.db.close()

    def meta(self, name: str) -> str:
        row = self.db.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        return row[0] if row else ""

    def begin(self, generator: str, numbering: str) -> None:
        """A build starts: the store is not to be used until remember() says which state it
        belongs to; one of another generator or numbering of dependencies starts again."""
        if self.meta("generator") != generator or self.meta("numbering") != numbering:
            self.clear()
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('token', '')")
        self.db.execute("DELETE FROM pending")  # what a failed or killed build encoded

    def put(self, rows: list[tuple[int, str, bytes]]) -> None:
        """Facets the render workers encoded (number, digest, value), kept aside until
        remember(): a build that fails must not leave values in the store."""
        self.db.execute("BEGIN")
        self.db.executemany("INSERT OR REPLACE INTO pending VALUES (?, ?, ?)", rows)
        self.db.execute("COMMIT")

    def clear(self) -> None:
        self.db.execute("BEGIN")
        for table in ("deps", "facets", "pending", "sources", "pages", "readers", "meta"):
            self.db.execute(f"DELETE FROM {table}")
        self.db.execute("COMMIT")

    def source(self, rel: str) -> SourceRow | None:
        row = self.db.execute(
            "SELECT digest, index_digest, parse_key, problems FROM sources WHERE rel = ?", (rel,)
        ).fetchone()
        if row is None:
            return None
        return SourceRow(row[0], row[1], row[2], pickle.loads(row[3]))

    def page(self, source: str) -> tuple[str, dict[Dependency, int]] | None:
        """The output path of `source`'s article page, and what it read when last rendered
        (each dependency with its number)."""
        row = self.db.execute("SELECT rel, deps FROM pages WHERE source = ?", (source,)).fetchone()
        if row is None:
            return None
        ids = array("I")
        ids.frombytes(row[1])
        found: dict[Dependency, int] = {}
        numbers = sorted(set(ids))
        for at in range(0, len(numbers), 500):
            part = numbers[at : at + 500]
            query = f"SELECT id, key, facet FROM deps WHERE id IN ({','.join('?' * len(part))})"
            found.update(((key, facet), n) for n, key, facet in self.db.execute(query, part))
        return row[0], found

    def facet(self, number: int) -> tuple[str, dict[str, Any]] | None:
        row = self.db.execute("SELECT digest, value FROM facets WHERE id = ?", (number,)).fetchone()
        return None if row is None else (row[0], pickle.loads(lz4.block.decompress(row[1])))

    def has_readers(self, key: str) -> bool:
        return self.db.execute("SELECT 1 FROM readers WHERE key = ?", (key,)).fetchone() is not None

    def quick_update(self, rel: str, record: SourceRecord, page: tuple[str, bytes] | None) -> None:
        """What the quick build changed: one source, and its article page (output path, the
        numbers of what it read)."""
        self.db.execute("BEGIN")
        self.db.executemany("INSERT OR REPLACE INTO sources VALUES (?, ?, ?, ?, ?)", [_source_row(rel, record)])
        if page is not None:
            self.db.execute("INSERT OR REPLACE INTO pages VALUES (?, ?, ?)", (rel, *page))
        self.db.execute("COMMIT")


@dataclass
class Rendered:
    """What a build's render gives the store as it goes: the article pages rendered (source,
    output path, the numbers of what each read), and the facets of its own article each read,
    encoded by the render workers; those wait in the store's pending table (Store.put) until
    remember()."""

    store: Store
    articles: list[tuple[str, str, bytes]] = field(default_factory=list)
    encoded: set[int] = field(default_factory=set)  # numbers of the facets put
    rows: list[tuple[int, str, bytes]] = field(default_factory=list)  # not put yet

    def article(self, source: str, rel: str, packed: bytes, own: list[tuple[int, str, bytes]]) -> None:
        self.articles.append((source, rel, packed))
        self.rows += own

    def flush(self) -> None:
        if self.rows:
            self.store.put(self.rows)
            self.encoded.update(n for n, _, _ in self.rows)
            self.rows = []


def _source_row(rel: str, record: SourceRecord) -> tuple:
    return (rel, record.digest, record.index_digest, record.parse_key, pickle.dumps(record.problems))


def remember(
    rendered: Rendered,
    views: Views,
    dependencies: Dependencies,
    *,
    meta: dict[str, str],
    sources: dict[str, SourceRecord | None],
    stale: list[str],
    readers: Iterable[str],
) -> None:
    """After a build that rendered pages (`rendered`): `sources` parsed again (None: removed),
    `stale` outputs removed. `meta` says which state the store now belongs to: its token,
    generator, the token of its `.sources`, of its numbering of dependencies, and the template
    closures."""
    store, articles, encoded = rendered.store, rendered.articles, rendered.encoded
    db = store.db
    known = dependencies.known
    numbered = int(store.meta("deps") or 0)
    needed: set[int] = set()
    for _, _, packed in articles:
        ids = array("I")
        ids.frombytes(packed)
        needed.update(ids)
    needed = {n for n in needed if known[n][1] != "body"} - encoded
    stored = _digests(store, needed)
    # Generators, not lists: executemany takes one row at a time, and a large archive's rows
    # are hundreds of megabytes.
    rows = ((n, *encode(views, known[n])) for n in sorted(needed) if stored.get(n) != views.facet_digest(known[n]))
    db.execute("BEGIN")
    db.execute("INSERT OR REPLACE INTO facets SELECT * FROM pending")
    db.execute("DELETE FROM pending")
    db.executemany("INSERT INTO deps VALUES (?, ?, ?)", [(n, *known[n]) for n in range(numbered, len(known))])
    db.executemany("DELETE FROM sources WHERE rel = ?", [(rel,) for rel, record in sources.items() if record is None])
    db.executemany(
        "INSERT OR REPLACE INTO sources VALUES (?, ?, ?, ?, ?)",
        (_source_row(rel, record) for rel, record in sources.items() if record is not None),
    )
    db.executemany("DELETE FROM pages WHERE rel = ?", [(rel,) for rel in stale])
    db.executemany("INSERT OR REPLACE INTO pages VALUES (?, ?, ?)", articles)
    db.executemany("INSERT OR REPLACE INTO facets VALUES (?, ?, ?)", rows)
    db.execute("DELETE FROM readers")
    db.executemany("INSERT INTO readers VALUES (?)", [(key,) for key in readers])
    db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", [*meta.items(), ("deps", str(len(known)))])
    db.execute("COMMIT")


def _digests(store: Store, needed: set[int]) -> dict[int, str]:
    """The stored digests of `needed`: asked one by one when they are few, else read whole."""
    if len(needed) < 5000:
        out = {}
        for n in needed:
            row = store.db.execute("SELECT digest FROM facets WHERE id = ?", (n,)).fetchone()
            if row is not None:
                out[n] = row[0]
        return out
    return dict(store.db.execute("SELECT id, digest FROM facets"))


def encode(views: Views, dep: Dependency) -> tuple[str, bytes]:
    """(digest, stored value) of one facet; ("", b"") for one that cannot be kept outside
    the model: a quick build that reads it goes the whole way."""
    try:
        value = lz4.block.compress(pickle.dumps(_value(views, dep), pickle.HIGHEST_PROTOCOL))
    except Unstorable:
        return "", b""
    return views.facet_digest(dep), value


def _value(views: Views, dep: Dependency) -> dict[str, Any]:
    """Every attribute of one facet, as plain data with model objects as Refs."""
    key, facet = dep
    obj = views._object(key)
    getters = _FACETS[type(obj)].get(facet) if obj is not None else None
    if not getters:
        raise Unstorable(key)
    return {name: plain(get(obj)) for name, get in getters}


def plain(value: Any) -> Any:
    """`value` without the model: model objects become Refs, containers are copied."""
    kind = type(value)
    if kind in _PLAIN:
        return value
    if kind is Entry or kind is Locality or kind is Term:
        return Ref(value.key)
    if kind is Site:
        return Ref(SITE_KEY)
    if kind is list:
        return [plain(item) for item in value]
    if kind is tuple:
        return tuple(plain(item) for item in value)
    if kind is dict:
        return {k: plain(v) for k, v in value.items()}
    if callable(value) or isinstance(value, MappingProxyType):
        raise Unstorable(repr(value))
    _guard(value)
    return value  # a date, a unit of the register: plain data, pickled as it is


class _Guard(pickle.Pickler):
    def reducer_override(self, obj: Any) -> Any:
        if type(obj) in (Entry, Locality, Term, Site):
            raise Unstorable("a model object inside " + type(obj).__name__)
        return NotImplemented


def _guard(value: Any) -> None:
    """Refuse a value that holds model objects out of plain()'s sight (in a dataclass)."""
    try:
        _Guard(io.BytesIO(), pickle.HIGHEST_PROTOCOL).dump(value)
    except (pickle.PicklingError, TypeError, AttributeError) as err:
        raise Unstorable(str(err)) from err
