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
                                                                   is there (pipeline.build)
SourceRecord.size, mtime  the source file's stat                   skip reading the source
                                                                   (read.load_content)
SourceRecord.digest       the source file's bytes                  skip a parse of a touched but
                                                                   unchanged file; a new digest
                                                                   marks the source changed
parse_key(config),        the settings parsing reads               skip a parse: a record parsed
SourceRecord.parse_key    (content.PARSE_SETTINGS)                 under other settings is redone
index_digest(),           what a source puts in the indexes: all   nothing alone: it feeds shape()
SourceRecord.index_digest of an article but its body and words;
                          all of anything else
settings_digest()         repr(config) and the theme's UI strings  part of every page fingerprint:
                          (i18n/*.toml)                            a change renders every page
shape()                   settings digest, templates digest,       skip planning: an equal shape
                          whether lists show bodies, copied files, plans only the changed
                          every source's index digest              articles' pages (pipeline.load)
templates digest,         every template's source; a template and  part of a page's fingerprint
template closures         what it includes, imports or extends
(render.py)
page fingerprint,         see pipeline.write_site                  skip a render: equal, and the
state.Written[0]                                                   file is there
bytes digest (writer.     a rendered page's bytes                  skip a write: equal bytes are
digest, state.Written[1])                                          not written again
asset fingerprint         a copied file's path, size and mtime     skip a copy
                          (see pipeline.write_site)
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from .model import Article, LocalityPage
from .theme import theme_dirs
from .writer import digest

if TYPE_CHECKING:
    from .config import Config

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
    for dist in LIBRARIES:  # a new Markdown or slugify can change what a page holds
        try:
            h.update(f"{dist} {metadata.version(dist)}\0".encode())
        except metadata.PackageNotFoundError:
            pass
    package = Path(__file__).resolve().parent
    # The register's data shapes locality pages as much as the code does.
    for path in sorted([*package.rglob("*.py"), *package.glob("register/data/*.tsv")]):
        if "importer" not in path.parts:  # the importer does not shape the site
            h.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


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
