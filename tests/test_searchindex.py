"""The search index tested like a database: random documents, random edits, additions and
deletions applied one build at a time must leave the same bytes as one build from scratch."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitegen import searchindex as si
from sitegen.searchtext import Vocabulary, fold, plain, plain_pieces, words

WORDS = ["Đảng", "dang", "dân", "vận", "khéo", "Hưng", "Hà", "văn", "2024", "xã", "ủy", "đồng", "chí", "Ủy", "COVID"]
FILTERS = ["province:Tỉnh Thái Bình", "province:Thành phố Hà Nội", "year:2023", "year:2024", "tag:dân vận khéo"]


def make_doc(key: str, text: str, filters: tuple[str, ...], day: int) -> tuple:
    record = {
        "url": key,
        "title": key,
        "date": "",
        "datetime": "",
        "locality": "",
        "text": text,
        "filters": filters,
        "day": day,
    }
    index = si.indexed_text(key, "", text)
    return key, json.dumps(record, ensure_ascii=False).encode(), index, filters, day


def build(folder: Path, docs: dict[str, tuple]) -> si.Report:
    """Update the index at folder to hold `docs` (key → (version, text, filters, day))."""
    index = si.SearchIndex(folder / "index", folder / "state.pickle")

    def make(keys: list[str]):
        for i in range(0, len(keys), 3):  # several batches, as the workers give them
            yield si.batch([make_doc(k, docs[k][1], docs[k][2], docs[k][3]) for k in keys[i : i + 3]])

    return index.update({k: v[0] for k, v in docs.items()}, make)


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


document = st.tuples(
    st.lists(st.sampled_from(WORDS), min_size=0, max_size=30).map(" ".join),
    st.lists(st.sampled_from(FILTERS), max_size=3, unique=True).map(lambda f: tuple(sorted(f))),
    st.integers(0, 20000),
)
keys = st.text("abcdefgh", min_size=1, max_size=3)
edits = st.lists(st.tuples(keys, st.none() | document), min_size=1, max_size=40)  # None: delete


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(start=st.dictionaries(keys, document, max_size=40), steps=st.lists(edits, min_size=1, max_size=4))
def test_incremental_index_equals_one_built_from_scratch(tmp_path_factory, start, steps):
    live = tmp_path_factory.mktemp("live")
    docs = {k: (repr(v), *v) for k, v in start.items()}
    build(live, docs)
    for step in steps:
        for key, doc in step:
            if doc is None:
                docs.pop(key, None)
            else:
                docs[key] = (repr(doc), *doc)
        build(live, docs)
        fresh = tmp_path_factory.mktemp("fresh")
        build(fresh, docs)
        assert tree(live / "index") == tree(fresh / "index")
        meta = json.loads((live / "index" / "meta.json").read_bytes())
        assert meta["documents"] == len(docs)


def test_postings_hold_every_document_of_a_word_and_only_those(tmp_path):
    docs = {
        "a": ("1", "Đảng ủy xã", ("year:2024",), 5),
        "b": ("1", "dân vận khéo", ("year:2023",), 6),
        "c": ("1", "dang uy dang", ("year:2024",), 7),
    }
    build(tmp_path, docs)
    meta = json.loads((tmp_path / "index" / "meta.json").read_bytes())
    state = si.SearchIndex(tmp_path / "index", tmp_path / "state.pickle")._load()
    slot = {k: v[1] for k, v in state["docs"].items()}

    def postings(term: str) -> tuple[list[int], list[int]]:
        shard = si.shard_of(term, meta["shards"])
        found = si.decode_shard((tmp_path / "index" / "w" / f"{shard}.bin").read_bytes(), meta["slots"])
        s, p = found[term]
        return s.tolist(), p.tolist()

    assert postings("dang")[0] == sorted([slot["a"], slot["c"]])  # "Đảng" and "dang" are one word
    assert postings("kheo")[0] == [slot["b"]]
    assert postings("year:2024") == tuple(map(list, zip(*sorted([(slot["a"], 5), (slot["c"], 7)]), strict=True)))
    assert meta["filters"] == {"year": {"2023": 1, "2024": 2}}
    # "c" says dang twice in three words: it weighs more than "a", once in three
    weight = dict(zip(*postings("dang"), strict=True))
    assert weight[slot["c"]] > weight[slot["a"]]


def test_an_edit_rewrites_the_shards_of_its_words_only(tmp_path):
    docs = {f"k{i}": ("1", f"chung {' '.join(WORDS[i % 5 : i % 5 + 3])} rieng{i}", (), i) for i in range(300)}
    build(tmp_path, docs)
    docs["k7"] = ("2", "chung mot hai", (), 7)
    report = build(tmp_path, docs)
    shards = {si.shard_of(w, si.sizes(300)[1]) for w in {"k7", "chung", "mot", "hai", "rieng7"}}
    shards |= {si.shard_of(fold(w), si.sizes(300)[1]) for w in WORDS[7 % 5 : 7 % 5 + 3]}
    assert report.status == "updated" and report.indexed == 1
    assert 0 < report.shards <= len(shards)  # the title (here the key) is indexed too
    assert {int(Path(p).stem) for p in report.written if "/w/" in p} <= shards
    assert len([p for p in report.written if "/d/" in p]) == 1
    assert build(tmp_path, docs).status == "unchanged"


def test_slots_depend_on_the_keys_alone():
    keys = [f"k{i}" for i in range(50)]
    assert si.assign_slots(keys, 128) == si.assign_slots(reversed(keys), 128)
    assert len(set(si.assign_slots(keys, 64).values())) == 50


def test_encode_and_decode_are_inverse():
    for nslots in (64, 1 << 17):
        slots = np.array([0, 3, 9, nslots - 1], np.uint32)
        for term, payload in (("dan", np.array([1, 15, 7, 2], np.uint8)), ("year:2024", np.array([1, 2, 3, 65535]))):
            data = si.encode_shard({term: si.encode_term(term, slots, payload, nslots)})
            s, p = si.decode_shard(data, nslots)[term]
            assert s.tolist() == slots.tolist() and p.tolist() == payload.tolist()
        many = np.arange(0, nslots, 2, dtype=np.uint32)  # a bitmap
        s, p = si.decode_shard(si.encode_shard({"x": si.encode_term("x", many, many % 15 + 1, nslots)}), nslots)["x"]
        assert s.tolist() == many.tolist() and p.tolist() == (many % 15 + 1).tolist()


def test_words_are_folded_syllables():
    assert words("Đảng ủy xã “Hưng Nhân”, COVID-19 năm 2024") == [
        "dang", "uy", "xa", "hung", "nhan", "covid", "19", "nam", "2024",
    ]  # fmt: skip
    assert fold("Ư Ơ Ă Â Ê Ô Đ") == "u o a a e o d"
    vocabulary = Vocabulary()  # pieces as written → their one word's number, -1 several, -2 none
    assert vocabulary["Đảng,"] == vocabulary["ĐẢNG"] == vocabulary["dâng"] != vocabulary["dân"] >= 0
    assert vocabulary["COVID-19"] == -1 and [vocabulary.folded[n] for n in vocabulary.several["COVID-19"]] == [
        "covid", "19",
    ]  # fmt: skip
    assert vocabulary["–"] == vocabulary["…"] == -2
    b = si.batch([("k", b"{}", "Đảng, đảng dang DANG dâng (COVID-19) – 15/7/2024 …", (), 0)])
    assert sorted(zip([b.terms[t] for t in b.term.tolist()], b.weight.tolist(), strict=True))[0][0] == "15"
    assert sorted(b.terms) == ["15", "19", "2024", "7", "covid", "dang"]
    assert plain("<p>Tôi &amp; bạn</p>\n<p>đi</p>") == "Tôi & bạn đi"
    assert plain_pieces("<p>Tôi &amp; bạn</p>\n<p>đi</p>") == ["Tôi", "&", "bạn", "đi"]
    assert si.fnv1a(b"a") == 0xE40C292C and si.fnv1a(b"") == 0x811C9DC5  # the published test vectors


def test_an_update_that_dies_half_way_is_made_whole_by_the_next(tmp_path, monkeypatch):
    docs = {f"k{i}": ("1", f"{WORDS[i % 7]} {WORDS[(i * 3) % 11]} chung", ("year:2024",), i) for i in range(40)}
    build(tmp_path, docs)
    for i in range(0, 40, 4):
        docs[f"k{i}"] = ("2", f"moi{i} {WORDS[(i + 5) % 13]}", ("year:2023",), i)
    real, writes = si._write, []

    def dying(path, data, report, *, fresh=False):
        if len(writes) == 3:
            raise OSError("no space left on device")
        writes.append(path)
        real(path, data, report, fresh=fresh)

    monkeypatch.setattr(si, "_write", dying)
    with pytest.raises(OSError):
        build(tmp_path, docs)
    monkeypatch.undo()
    build(tmp_path, docs)
    fresh = tmp_path / "fresh"
    build(fresh, docs)
    assert tree(tmp_path / "index") == tree(fresh / "index")
