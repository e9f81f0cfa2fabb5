"""The search index on disk, updated in place: what changed is re-indexed, nothing else.

Layout of the index folder (output/search-index/), read by static/search.js:

- `meta.json`: format, number of documents, slot and shard counts, filter values with counts.
- `w/<shard>.bin`: the postings of every term whose FNV-1a hash (of its UTF-8 bytes) falls in
  that shard (every shard is written, empty or not). A query fetches one shard per word, so
  its bytes follow its words, not the archive.
- `d/<slot // 16>.bin`: the records of the documents in 16 slots, each deflated on its own
  (URL, title, date, locality, text, filters): what a result shows, and what its excerpt is
  cut from. Results cost a small chunk each, and an edit rewrites one chunk.

Every document has a slot, a number in [0, slots): its key's hash, moved on by linear probing
on a collision, keys placed in sorted order, so slots are a function of the set of keys alone
(not of the order documents came in). A document added or removed moves no other document's
slot unless they collided. Postings are slots, so an edit rewrites only the shards of the words
that document had or has. Slot and shard counts grow by powers of two with the number of
documents; when they change, the index is rebuilt whole.

A term's postings: its slots in order, as a list of 2- or 3-byte numbers or, when smaller, a
bitmap of all slots; then a payload per posting: for a word, its BM25 weight in the document
(tf and document length, against a fixed average length so that no global number changes
when another document does) in 4 bits; for a filter term ("province:…"), the document's date
as days since 1970 (16 bits), so that a search by filters alone lists newest first.

Bytes are a function of the documents alone: built at once or edit by edit, the same files.
The incremental state (key → version, slot; filter counts) is a pickle outside output/.
"""

from __future__ import annotations

import json
import os
import pickle
import shutil
import struct
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .atomic import write_atomic
from .searchtext import Vocabulary

FORMAT = 2  # bump when the files' layout or the tokenising changes
K1, B, AVERAGE = 1.2, 0.75, 400.0  # BM25; AVERAGE stands for the archive's mean length in words
FILTER = ":"  # filter terms are "name:value"; a word never holds ":"
RECORDS_PER_CHUNK = 16  # a result costs its chunk: 16 slots hold about 8 documents


@dataclass
class Batch:
    """Documents tokenised (in a worker): their records, and their word postings as arrays."""

    keys: list[str]
    records: list[bytes]  # the JSON record of each document
    filters: list[tuple[str, ...]]  # filter terms of each document
    days: list[int]  # date of each document, days since 1970
    terms: list[str]  # the words of the batch, each once
    term: np.ndarray  # per posting: index into terms (uint32)
    doc: np.ndarray  # per posting: index into keys (uint32)
    weight: np.ndarray  # per posting: 1..15 (uint8)


@dataclass
class Report:
    status: str = "unchanged"  # "unchanged", "updated", "rebuilt"; "off" from search.index_site
    documents: int = 0
    indexed: int = 0  # documents tokenised
    shards: int = 0  # shard files written or removed
    seconds: float = 0.0
    written: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- numbers


def fnv1a(data: bytes) -> int:
    """32-bit FNV-1a: search.js computes the same on the query's words."""
    h = 0x811C9DC5
    for byte in data:
        h = ((h ^ byte) * 0x01000193) & 0xFFFFFFFF
    return h


def sizes(documents: int) -> tuple[int, int]:
    """(slots, shards) for this many documents: slots at least twice the documents (short
    probes, small bitmaps); about 16 documents' words per shard, 16 to 8192 shards."""
    slots = 64
    while slots < 2 * documents:
        slots *= 2
    shards = 16
    while shards < documents // 16 and shards < 8192:
        shards *= 2
    return slots, shards


def assign_slots(keys: Iterable[str], slots: int) -> dict[str, int]:
    """Key → slot: its hash (CRC-32: the browser never needs it) modulo slots, or the next free
    one; keys placed in sorted order."""
    taken = bytearray(slots)
    out: dict[str, int] = {}
    for key in sorted(keys):
        slot = zlib.crc32(key.encode()) % slots
        while taken[slot]:
            slot = (slot + 1) % slots
        taken[slot] = 1
        out[key] = slot
    return out


def indexed_text(title: str, locality: str, text: str) -> str:
    """What a document's words come from: its title, locality and text (a record holds all three)."""
    return f"{title} {locality} {text}"


def weights(tf: np.ndarray, length: np.ndarray) -> np.ndarray:
    """BM25's term-frequency part, quantised to 1..15."""
    tf = tf.astype(np.float64)
    part = tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / AVERAGE))
    return np.clip(np.rint(part / (K1 + 1) * 15), 1, 15).astype(np.uint8)


_vocabulary = Vocabulary()  # one per process: a worker folds each spelling once


def batch(docs: Iterable[tuple[str, bytes, str | list[str], tuple[str, ...], int]]) -> Batch:
    """Tokenise documents given as (key, record, text to index or its pieces split at whitespace,
    filter terms, day); records are stored compressed (raw deflate), each on its own so a reader
    inflates only its results.

    Splitting and counting a document's pieces run in C (str.split, Counter); each distinct
    piece becomes its word's number by one look-up in the vocabulary (map into numpy), and the
    words of the batch's documents are merged by one numpy sort: no Python object per word or
    per posting."""
    keys: list[str] = []
    records: list[bytes] = []
    filters: list[tuple[str, ...]] = []
    days: list[int] = []
    numbers: list[np.ndarray] = []
    tfs: list[np.ndarray] = []
    several = _vocabulary.several
    for key, record, text, doc_filters, day in docs:
        keys.append(key)
        records.append(zlib.compress(record, 1, wbits=-15))
        filters.append(doc_filters)
        days.append(day)
        found = Counter(text.split() if isinstance(text, str) else text)
        number = np.fromiter(map(_vocabulary.__getitem__, found), np.int64, len(found))
        tf = np.fromiter(found.values(), np.int64, len(found))
        if len(number) and number.min() < 0:  # pieces of several words ("covid-19"), or of none ("–")
            odd = np.flatnonzero(number == -1).tolist()
            if odd:
                pieces = list(found)
                more = [(n, tf[i]) for i in odd for n in several[pieces[i]]]
                number = np.append(number, [n for n, _ in more])
                tf = np.append(tf, [c for _, c in more])
            keep = number >= 0
            number, tf = number[keep], tf[keep]
        numbers.append(number)
        tfs.append(tf)
    doc = np.repeat(np.arange(len(keys), dtype=np.uint64), [len(n) for n in numbers])
    number = np.concatenate(numbers).astype(np.uint64) if numbers else np.zeros(0, np.uint64)
    tf = np.concatenate(tfs) if tfs else np.zeros(0, np.int64)
    lengths = np.bincount(doc.astype(np.intp), weights=tf, minlength=len(keys))  # words in each
    # Two spellings of one folded word in a document ("Đảng", "dang") are one posting.
    pair, inverse = np.unique(doc << np.uint64(32) | number, return_inverse=True)
    tf = np.bincount(inverse, weights=tf, minlength=len(pair))
    doc = (pair >> np.uint64(32)).astype(np.uint32)
    used, term = np.unique(pair & np.uint64(0xFFFFFFFF), return_inverse=True)
    terms = [_vocabulary.folded[i] for i in used.tolist()]
    weight = weights(tf, lengths[doc])
    return Batch(keys, records, filters, days, terms, term.astype(np.uint32), doc, weight)


# ---------------------------------------------------------------- encoding


def encode_term(term: str, slots: np.ndarray, payload: np.ndarray, nslots: int) -> bytes:
    """One term's entry in a shard: name, kind, df, slots (list or bitmap), payload."""
    name = term.encode()
    df = len(slots)
    width = 2 if nslots <= 1 << 16 else 3
    if df * width < nslots // 8:
        kind = 0
        data = slots.astype("<u4").view(np.uint8).reshape(-1, 4)[:, :width].tobytes()
    else:
        kind = 1
        bits = np.zeros(nslots, np.uint8)
        bits[slots] = 1
        data = np.packbits(bits, bitorder="little").tobytes()
    if FILTER in term:
        pay = payload.astype("<u2").tobytes()
    else:
        p = payload.astype(np.uint8)
        if df % 2:
            p = np.append(p, np.uint8(0))
        pay = ((p[0::2] << 4) | p[1::2]).astype(np.uint8).tobytes()
    return struct.pack("<B", len(name)) + name + struct.pack("<BI", kind, df) + data + pay


def encode_shard(entries: dict[str, bytes]) -> bytes:
    """A shard: the number of terms, then each term's entry in the order of its bytes."""
    return struct.pack("<I", len(entries)) + b"".join(entries[t] for t in sorted(entries, key=str.encode))


def split_shard(data: bytes, nslots: int) -> dict[str, bytes]:
    """Term → its entry's bytes, undecoded: an edit decodes only the terms it changes."""
    out: dict[str, bytes] = {}
    (count,) = struct.unpack_from("<I", data, 0)
    at = 4
    for _ in range(count):
        n = data[at]
        term = data[at + 1 : at + 1 + n].decode()
        kind, df = struct.unpack_from("<BI", data, at + 1 + n)
        size = 6 + n + _entry_size(kind, df, nslots, FILTER in term)
        out[term] = data[at : at + size]
        at += size
    return out


def _entry_size(kind: int, df: int, nslots: int, is_filter: bool) -> int:
    width = 2 if nslots <= 1 << 16 else 3
    data = df * width if kind == 0 else nslots // 8
    return data + (2 * df if is_filter else (df + 1) // 2)


def decode_entry(entry: bytes, nslots: int) -> tuple[np.ndarray, np.ndarray]:
    """(slots, payload) of one term's entry: the inverse of encode_term."""
    n = entry[0]
    term = entry[1 : 1 + n].decode()
    kind, df = struct.unpack_from("<BI", entry, 1 + n)
    raw = np.frombuffer(entry, np.uint8)
    at = 6 + n
    width = 2 if nslots <= 1 << 16 else 3
    if kind == 0:
        cells = raw[at : at + df * width].reshape(-1, width).astype(np.uint32)
        slots = cells[:, 0] | (cells[:, 1] << 8) | ((cells[:, 2] << 16) if width == 3 else 0)
        at += df * width
    else:
        slots = np.flatnonzero(np.unpackbits(raw[at : at + nslots // 8], bitorder="little")).astype(np.uint32)
        at += nslots // 8
    if FILTER in term:
        return slots, raw[at : at + 2 * df].view("<u2").astype(np.uint16)
    packed = raw[at : at + (df + 1) // 2]
    payload = np.empty(len(packed) * 2, np.uint8)
    payload[0::2], payload[1::2] = packed >> 4, packed & 15
    return slots, payload[:df]


def decode_shard(data: bytes, nslots: int) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Term → (slots, payload) of every term in a shard."""
    return {t: decode_entry(e, nslots) for t, e in split_shard(data, nslots).items()}


def shard_of(term: str, shards: int) -> int:
    return fnv1a(term.encode()) % shards


# ---------------------------------------------------------------- the index


class SearchIndex:
    """The index folder and its state; `update` makes the folder match the documents."""

    def __init__(self, folder: Path, state_path: Path):
        self.folder = folder
        self.state_path = state_path
        self._loaded: dict | None = None  # the state, when versions() has read it

    def remove(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
        self.state_path.unlink(missing_ok=True)

    def versions(self) -> dict[str, str]:
        """key → version of every document the index holds."""
        self._loaded = self._load()
        return {key: v for key, (v, _) in self._loaded["docs"].items()}

    def update_some(self, changes: dict[str, str], make: Callable[[list[str]], Iterator[Batch]]) -> Report:
        """update() when only the documents in `changes` (key → version) changed."""
        versions = self.versions() if self._loaded is None else {k: v for k, (v, _) in self._loaded["docs"].items()}
        versions.update(changes)
        return self.update(versions, make)

    def update(self, versions: dict[str, str], make: Callable[[list[str]], Iterator[Batch]]) -> Report:
        """`versions`: key → version of every document; `make(keys)` tokenises those documents
        (only the new and changed are asked for), in batches, in any order."""
        started = time.perf_counter()
        report = Report(documents=len(versions))
        old, self._loaded = self._loaded or self._load(), None
        nslots, nshards = sizes(len(versions))
        whole = (old["slots"], old["shards"]) != (nslots, nshards) or not (self.folder / "meta.json").is_file()
        if whole:
            old = _empty(nslots, nshards)
        docs: dict[str, tuple[str, int]] = old["docs"]
        if docs.keys() == versions.keys():  # the same documents: the same slots
            slots = {k: v[1] for k, v in docs.items()}
        else:
            slots = assign_slots(versions, nslots)
        changed = sorted(k for k, v in versions.items() if docs.get(k) != (v, slots[k]))
        gone = sorted(k for k in docs if docs[k] != (versions.get(k), slots.get(k)))
        if not changed and not gone and not whole:
            return report
        report.status = "rebuilt" if whole else "updated"
        report.indexed = len(changed)
        # A whole index is made in a folder beside the old one and renamed into place. An update
        # in place first drops the state: should it die half-way, the next build starts whole
        # instead of trusting records and shards that are partly new.
        target = self.folder.with_name(self.folder.name + ".new") if whole else self.folder
        if whole:
            shutil.rmtree(target, ignore_errors=True)
            for sub in ("d", "w"):
                (target / sub).mkdir(parents=True)
        else:
            self.state_path.unlink(missing_ok=True)
        filters: dict[str, int] = old["filters"]
        chunks = _Chunks(target, fresh=whole)

        # What the documents that go away had: their records hold all the text they were
        # indexed from, so tokenising it again gives their postings.
        removed: dict[str, dict[int, int]] = {}  # term → slot → payload
        if gone:
            old_docs = []
            for key in gone:
                slot = docs[key][1]
                record = json.loads(zlib.decompress(chunks.get(slot), wbits=-15))
                text = indexed_text(record["title"], record["locality"], record["text"])
                old_docs.append((str(slot), b"", text, tuple(record["filters"]), record["day"]))
                chunks.remove(slot)
            b = batch(old_docs)
            for i, (term, doc) in enumerate(zip(b.term.tolist(), b.doc.tolist(), strict=True)):
                removed.setdefault(b.terms[term], {})[int(b.keys[doc])] = int(b.weight[i])
            for key, doc_filters, day in zip(b.keys, b.filters, b.days, strict=True):
                for f in doc_filters:
                    removed.setdefault(f, {})[int(key)] = day
                    filters[f] -= 1
                    if not filters[f]:
                        del filters[f]

        # What comes: the changed documents' postings, all batches in one sorted set of arrays.
        # Each posting is one 64-bit number, term | slot | weight, so that sorting them all (in
        # place) groups them by term in slot order, in 8 bytes a posting.
        numbers: dict[str, int] = {}
        parts: list[np.ndarray] = []
        filtered: dict[str, list[tuple[int, int]]] = {}
        if whole:  # in slot order: record chunks fill up one after another
            changed.sort(key=slots.__getitem__)
            chunks.expect(slots[k] for k in changed)
        for b in make(changed):
            doc_slot = np.array([slots[k] for k in b.keys], np.uint64)
            remap = np.array([numbers.setdefault(t, len(numbers)) for t in b.terms], np.uint64)
            if len(b.term):
                parts.append((remap[b.term] << _TERM) | (doc_slot[b.doc] << _SLOT) | b.weight.astype(np.uint64))
            for i, key in enumerate(b.keys):
                chunks.put(slots[key], b.records[i], report)
                for f in b.filters[i]:
                    filtered.setdefault(f, []).append((slots[key], b.days[i]))
                    filters[f] = filters.get(f, 0) + 1
        packed = np.concatenate(parts) if parts else np.zeros(0, np.uint64)
        del parts
        packed.sort()
        bounds = np.searchsorted(packed, np.arange(len(numbers) + 1, dtype=np.uint64) << _TERM).tolist()
        added: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for t, n in numbers.items():
            group = packed[bounds[n] : bounds[n + 1]]
            added[t] = (((group >> _SLOT) & _SLOTS).astype(np.uint32), (group & 15).astype(np.uint8))
        del packed
        for f, pairs in filtered.items():
            pairs.sort()
            added[f] = (np.array([p[0] for p in pairs], np.uint32), np.array([p[1] for p in pairs], np.uint16))
        # A word an edited document has as before (same slot, same weight) changes nothing.
        for t in [t for t in added if t in removed and len(removed[t]) == len(added[t][0])]:
            s, p = added[t]
            if removed[t] == dict(zip(s.tolist(), p.tolist(), strict=True)):
                del added[t], removed[t]

        by_shard: dict[int, list[str]] = {}
        for t in [*added, *removed]:
            by_shard.setdefault(shard_of(t, nshards), []).append(t)
        shards = set(by_shard)
        if whole:  # every shard exists, empty or not: a reader never meets a missing file
            shards.update(range(nshards))
        for shard in sorted(shards):
            path = target / "w" / f"{shard}.bin"
            entries = {} if whole or not path.is_file() else split_shard(path.read_bytes(), nslots)
            for t in set(by_shard.get(shard, ())):
                s, p = decode_entry(entries[t], nslots) if t in entries else (_NONE, _NONE)
                if t in removed and len(s):
                    at = np.searchsorted(s, np.array(sorted(removed[t]), np.uint32))
                    at = at[(at < len(s))]
                    at = at[np.isin(s[at], np.array(list(removed[t]), np.uint32))]
                    s, p = np.delete(s, at), np.delete(p, at)
                if t in added:
                    if len(s):
                        s = np.concatenate([s, added[t][0]])
                        p = np.concatenate([p.astype(added[t][1].dtype), added[t][1]])
                        order = np.argsort(s, kind="stable")
                        s, p = s[order], p[order]
                    else:
                        s, p = added[t]
                if len(s):
                    entries[t] = encode_term(t, s, p, nslots)
                else:
                    entries.pop(t, None)
            report.shards += 1
            _write(path, encode_shard(entries), report, fresh=whole)
        chunks.save(report)
        for key in gone:
            del docs[key]
        for key in changed:
            docs[key] = (versions[key], slots[key])
        meta = {
            "format": FORMAT,
            "documents": len(docs),
            "slots": nslots,
            "shards": nshards,
            "records": RECORDS_PER_CHUNK,
            "filters": _filter_table(filters),
        }
        _write(target / "meta.json", json.dumps(meta, ensure_ascii=False, sort_keys=True).encode(), report)
        if whole:
            _swap(target, self.folder)
        self._save({"format": FORMAT, "slots": nslots, "shards": nshards, "docs": docs, "filters": filters})
        report.seconds = time.perf_counter() - started
        return report

    def _load(self) -> dict:
        try:
            with open(self.state_path, "rb") as f:
                state = pickle.load(f)
            if isinstance(state, dict) and state.get("format") == FORMAT:
                keys, versions, slots = state.pop("docs")
                state["docs"] = dict(zip(keys, zip(versions, slots.tolist(), strict=True), strict=True))
                return state
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, AttributeError, TypeError):
            pass
        return _empty(0, 0)

    def _save(self, state: dict) -> None:
        """Documents as two lists and an array: a large archive's state loads in a fraction of
        the time a dict of tuples takes."""
        docs = state.pop("docs")
        keys = list(docs)
        state["docs"] = (keys, [docs[k][0] for k in keys], np.array([docs[k][1] for k in keys], np.uint32))
        self.state_path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(self.state_path, pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL))


_NONE = np.zeros(0, np.uint32)
_TERM, _SLOT, _SLOTS = np.uint64(28), np.uint64(4), np.uint64(0xFFFFFF)  # term << 28 | slot << 4 | weight


class _Chunks:
    """Records, RECORDS_PER_CHUNK slots to a file d/<slot // RECORDS_PER_CHUNK>.bin: the number
    of records, (slot, length) of each, then each record's deflated JSON, in slot order."""

    def __init__(self, folder: Path, *, fresh: bool):
        self.folder = folder
        self.fresh = fresh  # a new folder: nothing to read
        self.loaded: dict[int, dict[int, bytes]] = {}
        self.dirty: set[int] = set()
        self.missing: dict[int, int] = {}  # fresh: chunk → records still to come (see expect)

    def _chunk(self, slot: int) -> dict[int, bytes]:
        number = slot // RECORDS_PER_CHUNK
        if number not in self.loaded:
            self.loaded[number] = {} if self.fresh else _read_chunk(self.folder / "d" / f"{number}.bin")
        return self.loaded[number]

    def get(self, slot: int) -> bytes:
        return self._chunk(slot)[slot]

    def remove(self, slot: int) -> None:
        self._chunk(slot).pop(slot, None)
        self.dirty.add(slot // RECORDS_PER_CHUNK)

    def expect(self, slots: Iterable[int]) -> None:
        """In a fresh folder: the slots whose records will come. A chunk is written as soon as
        its last record comes, so a whole index's records are never all in memory (documents
        asked for in slot order complete their chunks one after another)."""
        for slot in slots:
            number = slot // RECORDS_PER_CHUNK
            self.missing[number] = self.missing.get(number, 0) + 1

    def put(self, slot: int, record: bytes, report: Report) -> None:
        records = self._chunk(slot)
        records[slot] = record
        number = slot // RECORDS_PER_CHUNK
        if number not in self.missing:
            self.dirty.add(number)
            return
        self.missing[number] -= 1
        if not self.missing[number]:
            del self.missing[number], self.loaded[number]
            _write(self.folder / "d" / f"{number}.bin", _chunk_bytes(records), report, fresh=True)

    def save(self, report: Report) -> None:
        assert not self.missing, "a record expected never came"
        for number in sorted(self.dirty):
            records = self.loaded[number]
            path = self.folder / "d" / f"{number}.bin"
            if not records:
                path.unlink(missing_ok=True)
                continue
            _write(path, _chunk_bytes(records), report, fresh=self.fresh)


def _chunk_bytes(records: dict[int, bytes]) -> bytes:
    order = sorted(records)
    head = struct.pack(f"<I{2 * len(order)}I", len(order), *[v for s in order for v in (s, len(records[s]))])
    return head + b"".join(records[s] for s in order)


def _read_chunk(path: Path) -> dict[int, bytes]:
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    (count,) = struct.unpack_from("<I", data)
    head = struct.unpack_from(f"<{2 * count}I", data, 4)
    at = 4 + 8 * count
    out = {}
    for i in range(count):
        slot, length = head[2 * i], head[2 * i + 1]
        out[slot] = data[at : at + length]
        at += length
    return out


def _swap(new: Path, folder: Path) -> None:
    """Put a whole new index in place of the old: two renames, then the old one removed."""
    old = folder.with_name(folder.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if folder.exists():
        os.rename(folder, old)
    os.rename(new, folder)
    shutil.rmtree(old, ignore_errors=True)


def _empty(nslots: int, nshards: int) -> dict:
    return {"format": FORMAT, "slots": nslots, "shards": nshards, "docs": {}, "filters": {}}


def _filter_table(filters: dict[str, int]) -> dict[str, dict[str, int]]:
    """{"province": {"Tỉnh Thái Bình": 12, …}, …}: the values the search page offers."""
    table: dict[str, dict[str, int]] = {}
    for term in sorted(filters):
        name, value = term.split(FILTER, 1)
        table.setdefault(name, {})[value] = filters[term]
    return table


def _write(path: Path, data: bytes, report: Report, *, fresh: bool = False) -> None:
    """Atomically, and only when the bytes differ; in a fresh folder (renamed into place when
    whole), straight."""
    if fresh:  # thousands of files in a whole index: three system calls each, no more
        name = os.fspath(path)
        fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
        try:
            view = memoryview(data)
            while view:  # a regular file takes it all at once, unless the disk is full
                view = view[os.write(fd, view) :]
        finally:
            os.close(fd)
        report.written.append(name)
        return
    try:
        if path.stat().st_size == len(data) and path.read_bytes() == data:
            return
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, data)
    report.written.append(str(path))
