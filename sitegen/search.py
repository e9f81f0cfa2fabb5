"""The build's search step: the site's articles → the index in output/search-index/.

Each article is one document, keyed by its page's output path. Its version is the digest of
its written page (the writer's manifest): every field the search shows or indexes is on that
page, so while the page's bytes stay the same the document does. Only new and changed
documents are tokenised, on every core (sitegen/parallel.py), and the index rewrites only the
shards of their words (sitegen/searchindex.py). See docs/search.md.
"""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from . import parallel
from .index import Entry, Site
from .model import Article
from .searchindex import FILTER, FORMAT, Batch, Report, SearchIndex, batch, indexed_text
from .searchtext import plain_pieces
from .urls import output_path

FOLDER = "search-index"  # output/search-index/, where search.html's data-index points
OLD_BUNDLE = "pagefind"  # what earlier versions built; removed when found


Document = tuple[bytes, list[str], tuple[str, ...], int]


def record(entry: Any, article: Article | None = None) -> Document:
    """One article's document (see document()): `entry` is the model's Entry, or a view of it
    (views.EntryView, which the quick build has) with the article's new text as `article`."""
    chain = [n.title for n in entry.locality.chain] if entry.locality is not None else []
    meeting = entry.meeting.name if entry.meeting is not None else None
    return document(article or entry.article, entry.url, chain, meeting, [t.name for t in entry.tags])


def document(a: Article, url: str, chain: list[str], meeting: str | None, tags: list[str]) -> Document:
    """One article's document: its JSON record (what a result shows, and all the words it is
    indexed by, so that an edit finds the words the old version had: see indexed_text), the
    pieces of the text to index (split at whitespace: one split of the body makes both the
    record's text and the words), its filter terms, and its date in days since 1970."""
    locality = " › ".join(chain)
    pieces = plain_pieces(a.body_html)
    body = " ".join(pieces)
    summary = " ".join(a.summary.split())
    lede = summary if summary and "summary" in a.lines and summary not in body else ""
    text = f"{lede} {body}".strip()
    filters = [f"year{FILTER}{a.date.year}"]
    if chain:
        filters.append(f"province{FILTER}{chain[0]}")
    if meeting is not None:
        filters.append(f"meeting{FILTER}{meeting}")
    filters += sorted({f"tag{FILTER}{name}" for name in tags})
    # The words of indexed_text(title, locality, text), without splitting the body again.
    index = indexed_text(a.title, locality, lede).split() + pieces
    day = max(0, min(a.date.date().toordinal() - 719163, 0xFFFF))  # days since 1970-01-01
    data = {
        "url": url.lstrip("/"),
        "title": a.title,
        "date": f"{a.date:%d/%m/%Y}",
        "datetime": a.date.date().isoformat(),
        "locality": locality,
        "text": text,
        "filters": filters,
        "day": day,
    }
    return json.dumps(data, ensure_ascii=False).encode(), index, tuple(filters), day


def _tokenise(entries: dict[str, Entry], keys: list[str]) -> list[Batch]:
    return [batch([(key, *record(entries[key])) for key in keys])]


def index_site(output: Path, loaded) -> Report:
    """The pipeline's step after the site is written (`loaded` is pipeline.Loaded). Status "off"
    when the site has no search; `seconds` counts the whole step."""
    started = time.perf_counter()
    folder = SearchIndex(output / FOLDER, state_file(loaded.state_path))
    _remove_old_bundle(output)
    if not loaded.config.search:
        folder.remove()
        return Report(status="off")
    done = update(folder, loaded.site, loaded.state.outputs)
    done.seconds = time.perf_counter() - started
    return done


def update(index: SearchIndex, site: Site, outputs: dict) -> Report:
    """Bring the index up to date with the site's articles (their pages already written)."""
    entries = {_page(e.url): e for e in site.entries}
    versions = {}
    for rel in entries:
        written = outputs.get(rel)
        versions[rel] = version(written.digest) if written and written.digest else f"{FORMAT}:?{rel}"

    def make(keys: list[str]) -> Iterator[Batch]:
        for batches in parallel.run(_tokenise, entries, keys):
            yield from batches

    return index.update(versions, make)


def version(data_digest: str) -> str:
    """A document's version: the digest of its written page."""
    return f"{FORMAT}:{data_digest}"


def update_documents(index: SearchIndex, docs: dict[str, tuple[str, Document]]) -> Report:
    """Bring the index up to date when only the documents `docs` (key → (version, document))
    changed, and every one of them is in it already (quick.py)."""
    return index.update_some({key: v for key, (v, _) in docs.items()}, lambda keys: iter([_batch(docs, keys)]))


def _batch(docs: dict[str, tuple[str, Document]], keys: list[str]) -> Batch:
    return batch([(key, *docs[key][1]) for key in keys])


def _page(url: str) -> str:
    """output_path(url), without its checks for the URLs an article has ('/2024/07/slug/'):
    this runs for every article on every build."""
    if url.endswith("/") and url.startswith("/") and "/." not in url and "//" not in url:
        return url[1:] + "index.html"
    return output_path(url)


def state_file(cache_file: Path) -> Path:
    """Beside the build cache, one per output folder."""
    return cache_file.with_name(cache_file.stem.replace("build-", "search-") + ".pickle")


def _remove_old_bundle(output: Path) -> None:
    """output/pagefind/ from a build before this index existed: the site no longer uses it."""
    bundle = output / OLD_BUNDLE
    if (bundle / "pagefind-entry.json").is_file():
        shutil.rmtree(bundle, ignore_errors=True)
