"""Every fingerprint the build keeps, and the cache record of a parsed source.

One word per idea: a *digest* is a hash of some bytes or values; a *fingerprint* is a digest
that decides whether a step may be skipped; a *record* is what the cache keeps of one thing.

name                      covers                                   decides
------------------------  ---------------------------------------  ------------------------------
generator_digest()        the generator's source (importer aside),  drop the cache: one made by
                          the register's data, the LIBRARIES'      another generator is not
                          versions, state.FORMAT                   trusted (state.load, .unchanged)
state.Snapshot            (path, size, mtime) of config.toml, each  skip the whole build: nothing
                          content file and each theme file         read changed and every output
                                                                   is there (noop.look; a forked
                                                                   process looks for the outputs)
SourceRecord.size, mtime  the source file's stat                   skip reading the source
                                                                   (read.load_content)
SourceRecord.digest       the source file's bytes                  skip a parse of a touched but
                                                                   unchanged file; a new digest
                                                                   marks the source changed
parse_key(config),        the settings parsing reads               skip a parse: a record parsed
SourceRecord.parse_key    (content.PARSE_SETTINGS)                 under other settings is redone
bodies.Body (store id,     where an article's compressed body is    trust a record's body: a
offset, size, digest)     in the bodies file, and its digest       reference the file does not
                                                                   hold has its source parsed
                                                                   again (state.load); the digest
                                                                   is the body facet's value
index_digest(),           what a source puts in the indexes: all   nothing alone: it feeds shape()
SourceRecord.index_digest of an article but its body and words;
                          all of anything else
settings_digest()         repr(config) and the theme's UI strings  part of every page fingerprint:
                          (i18n/*.toml)                            a change renders every page
shape()                   settings digest, templates digest,       skip planning: an equal shape,
                          copied files, every source's index       and no page but its own showing
                          digest                                   a changed article's body
                                                                   (State.readers), plans only the
                                                                   changed articles' pages
                                                                   (pipeline.load)
templates digest,         every template's source; a template and  part of a page's fingerprint
template closures         what it includes, imports or extends
(render.py)
page_given(),             settings digest, the page's URL, kind,   part of the page fingerprint
                          template and its closure's digest, its
                          own context (pager, term…) as keys
facet digest              the value of one facet of one model      part of the page fingerprint
(views.Views.             object (an article's card, body, prev…;
facet_digest)             a locality's entries…) as templates see
                          it: every attribute of that facet
page_fingerprint(),       page_given() and the digest of every     skip a render: equal (recomputed
Written.fingerprint,      facet the page's templates read when it  from the recorded deps against
Written.deps              last rendered (recorded by views.py)     this build's model), and the
                                                                   file is there (unchanged())
bytes digest (writer.     a rendered page's bytes                  skip a write: equal bytes are
digest, Written.digest)                                            not written again
asset fingerprint         a copied file's path, size and mtime     skip a copy
(Written.fingerprint)     (see output.py)
State.token,              one saved build state; the facet store   whether the facet store and
Snapshot.token,           and the snapshot written with it, and    `.outputs` may be used: the
facet store meta          `.outputs` (pages the quick build        quick build needs all three
                          rendered since)                          equal (quick.py)
facet store rows          per facet an article page read: its      the quick build: a body edit
(facets.py)               digest and value; per source its digest,  whose index digest is the
                          index digest, parse key, problems; per    stored one renders only its
                          article page what it read                 page, from these values
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sys
from array import array
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from .model import Article, LocalityPage
from .writer import digest

if TYPE_CHECKING:
    from .config import Config
    from .plan import Page
    from .views import Dependency, Views

# The libraries whose new versions can change what a page holds.
LIBRARIES = ("Markdown", "python-slugify", "Unidecode", "text-unidecode", "Jinja2", "nh3", "Babel", "PyYAML", "lz4")


class SourceRecord(NamedTuple):
    """What the cache keeps of one file of content/. A tuple: ten thousands are loaded on every build."""

    size: int
    mtime: int  # st_mtime_ns
    digest: str  # of the file's bytes ("" when it could not be read)
    parsed: Any  # Article, LocalityPage, or None when it has errors
    problems: tuple  # the Problems found parsing it
    parse_key: str  # parse_key(config) it was parsed under
    index_digest: str  # index_digest(parsed, raw)


def generator_digest() -> str:
    """Changes whenever the generator's own code changes, so its cache is not trusted."""
    from .state import FORMAT  # the cache's own layout

    h = hashlib.blake2b(f"{FORMAT}".encode(), digest_size=12)
    for installed in _installed(LIBRARIES):  # a new Markdown or slugify can change what a page holds
        h.update(installed.encode() + b"\0")
    package = Path(__file__).resolve().parent
    # The register's data shapes locality pages as much as the code does.
    for path in sorted([*package.rglob("*.py"), *package.glob("register/data/*.tsv")]):
        if "importer" not in path.parts:  # the importer does not shape the site
            h.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def _installed(names: Iterable[str]) -> list[str]:
    """The metadata folders ("Markdown-3.7.dist-info") of the named distributions on sys.path:
    their names hold the versions. Read as importlib.metadata finds them, without importing it
    (12 ms of a no-op build's 0.9 s)."""
    wanted = {_distribution(name) for name in names}
    found = []
    for entry in sys.path:
        with contextlib.suppress(OSError):  # "", a zip, a folder that is gone
            with os.scandir(entry or ".") as it:
                found += [
                    each.name
                    for each in it
                    if each.name.endswith((".dist-info", ".egg-info"))
                    and _distribution(each.name.split("-", 1)[0]) in wanted
                ]
    return sorted(found)


def _distribution(name: str) -> str:
    """A distribution's name as its metadata folder may spell it (PEP 503's normalisation)."""
    return re.sub(r"[-_.]+", "_", name).lower()


def parse_key(config: Config) -> str:
    """The digest of the settings parsing reads (content.PARSE_SETTINGS): the parse cache's key."""
    from .content import PARSE_SETTINGS

    values = repr(tuple((name, getattr(config, name)) for name in PARSE_SETTINGS))
    return hashlib.blake2b(values.encode(), digest_size=12).hexdigest()


def index_digest(parsed: Article | LocalityPage | None, raw: bytes) -> str:
    """What a source puts in the site's indexes: all of an article but its body (and the
    word count that comes from it); all of anything else."""
    if isinstance(parsed, Article):
        parsed = replace(parsed, body=b"", words=0)
    return digest(repr(parsed).encode() if parsed is not None else raw)


def settings_digest(config: Config, site_dir: Path) -> str:
    """Config and UI strings: a change to either renders every page again."""
    from .theme import theme_dirs  # Jinja and Babel: not for a no-op build (noop.py)

    h = hashlib.blake2b(repr(config).encode(), digest_size=12)
    for d in theme_dirs(site_dir, config):
        for path in sorted((d / "i18n").glob("*.toml")):
            h.update(path.read_bytes())
    return h.hexdigest()


def shape(sources: dict[str, SourceRecord], *settings: object) -> str:
    """Everything every page but an article's own is made of: settings, templates, and what
    each source puts in the indexes (an article's body aside). Equal shapes give equal sites
    but for the bodies of the articles whose files changed."""
    h = hashlib.blake2b(repr(settings).encode(), digest_size=16)
    for rel, record in sources.items():
        h.update(f"{rel}\0{record.index_digest}\0".encode())
    return h.hexdigest()


class Written(NamedTuple):
    """What an output holds."""

    fingerprint: str  # of everything that went into its bytes (page_fingerprint)
    digest: str  # of its bytes ("" for a copied file)
    deps: bytes | None  # every facet of the site its templates read (views.py), as Dependencies
    # ids (a few bytes each: a large site has millions); None: not trusted


UNTRUSTED = Written("", "", None)  # an output whose bytes this build must not trust


def page_given(page: Page, template_digest: str, settings: str, views: Views) -> str:
    """What a page is given: config and UI strings, its URL, its template and every template
    that one uses, and its own context (a pager's items, a term) as keys of the objects in it."""
    h = hashlib.blake2b(digest_size=16)
    h.update(f"{settings}\0{page.url}\0{page.kind}\0{page.template}\0{template_digest}\0".encode())
    h.update(repr(views.identity(page.context)).encode())
    return h.hexdigest()


class Dependencies:
    """Every (object key, facet) some page read, each once, numbered: a page's dependencies
    are kept as an array of those numbers (4 bytes each, pickled as one string), not as tuples
    (a hundred bytes each, ten million of them at 100,000 articles)."""

    def __init__(self) -> None:
        self.known: list[Dependency] = []
        self.ids: dict[Dependency, int] = {}

    def __getstate__(self) -> tuple[str, bytes, str, bytes]:
        # Each key and facet name once, and the numbers of each dependency's two: a million
        # tuples would each be noted by pickle as it writes them (see State.__getstate__).
        keys: dict[str, int] = {}
        facets: dict[str, int] = {}
        key_ids = array("I", [keys.setdefault(key, len(keys)) for key, _ in self.known])
        facet_ids = array("I", [facets.setdefault(facet, len(facets)) for _, facet in self.known])
        return "\0".join(keys), key_ids.tobytes(), "\0".join(facets), facet_ids.tobytes()

    def __setstate__(self, packed: tuple[str, bytes, str, bytes]) -> None:
        keys, facets = ([sys.intern(name) for name in names.split("\0")] for names in packed[::2])
        key_ids, facet_ids = array("I"), array("I")
        key_ids.frombytes(packed[1])
        facet_ids.frombytes(packed[3])
        self.known = [(keys[k], facets[f]) for k, f in zip(key_ids, facet_ids, strict=True)]
        self.ids = {dep: i for i, dep in enumerate(self.known)}

    def pack(self, deps: Iterable[Dependency]) -> bytes:
        ids, known = self.ids, self.known
        numbers = array("I")
        for dep in deps:
            n = ids.get(dep)
            if n is None:
                # Each worker's results bring their own copies of the strings: an object's key
                # is in a dozen of its facets, a facet's name in a million dependencies.
                dep = (sys.intern(dep[0]), sys.intern(dep[1]))
                n = ids[dep] = len(known)
                known.append(dep)
            numbers.append(n)
        return numbers.tobytes()

    def unpack(self, data: bytes) -> list[Dependency]:
        numbers = array("I")
        numbers.frombytes(data)
        known = self.known
        return [known[n] for n in numbers]


def page_fingerprint(given: str, deps: Iterable[Dependency], views: Views) -> str:
    """What a page is given, and the value of every facet of the site its templates read."""
    h = hashlib.blake2b(given.encode(), digest_size=16)
    for dep in deps:
        h.update(f"{dep[0]}\0{dep[1]}\0{views.facet_digest(dep)}\0".encode())
    return h.hexdigest()


def unchanged(old: Written | None, given: str, views: Views, table: Dependencies) -> bool:
    """Whether a page the last build rendered would render the same now: given the same, and
    every facet its templates read then has the same value now."""
    if old is None or old.deps is None:
        return False
    return old.fingerprint == page_fingerprint(given, table.unpack(old.deps), views)
