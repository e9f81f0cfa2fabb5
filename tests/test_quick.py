"""The quick build (sitegen/quick.py): a body edit renders its article's page from the facet
store, and gives the bytes a clean build gives; anything else, or any doubt, goes the whole way."""

from __future__ import annotations

import sqlite3

import pytest
from test_incremental import Site, article_file, news_site, touch_later, url_of

from sitegen import facets, quick
from sitegen import state as cache
from sitegen.errors import BuildFailed

SENTENCE = "Đoạn thứ hai của bài số 5"
EDITED = "Đoạn thứ hai, đã sửa, của bài số 5"


@pytest.fixture
def taken(monkeypatch) -> list:
    """The quick build's answers, in order (None: it handed over to the whole build)."""
    answers: list = []
    real = quick.build
    monkeypatch.setattr(quick, "build", lambda *a, **k: answers.append(real(*a, **k)) or answers[-1])
    return answers


@pytest.fixture
def site(tmp_path) -> Site:
    return Site(tmp_path, news_site())


def edit_body(site: Site, i: int = 5, old: str = SENTENCE, new: str = EDITED) -> str:
    source, text = article_file(i)
    path = site.path(source)
    touch_later(path, path.read_text("utf-8").replace(old, new) if path.exists() else text.replace(old, new))
    return source


def test_a_body_edit_takes_the_quick_build_and_gives_a_clean_builds_bytes(site, taken):
    source = edit_body(site)
    report = site.build()
    assert taken[-1] is report  # answered by the quick build
    page = url_of(site, source)
    assert report.rendered_paths == [page] and report.written_paths[0] == page
    assert EDITED in (site.out / page).read_text("utf-8")
    site.check()
    assert (site.build().rendered, site.build().written) == (0, 0)  # and then a no-op


def test_edits_after_quick_builds_see_what_the_quick_builds_wrote(site, taken):
    """A body edit (quick), a title edit of another article (whole), then the first edit
    undone (quick again): the whole build trusts the quick build's records, and each build
    equals a clean one."""
    edit_body(site)
    assert site.build() is taken[-1]
    source, text = article_file(7)
    touch_later(site.path(source), site.path(source).read_text("utf-8").replace('title: "', 'title: "Mới — ', 1))
    site.build()
    assert taken[-1] is None
    site.check()
    edit_body(site, old=EDITED, new=SENTENCE)
    assert site.build() is taken[-1]
    site.check()


@pytest.mark.parametrize(
    "change",
    ["title", "index", "config", "new file"],
)
def test_anything_but_a_body_goes_the_whole_way(site, taken, change):
    source, _ = article_file(5)
    path = site.path(source)
    if change == "title":
        touch_later(path, path.read_text("utf-8").replace('title: "', 'title: "Sửa — ', 1))
    elif change == "index":
        index = next(site.dir.glob("content/*/_index.md"))
        touch_later(index, index.read_text("utf-8") + "\nMô tả mới.\n")
    elif change == "config":
        config = site.dir / "config.toml"
        touch_later(config, config.read_text("utf-8").replace("per_page = ", "per_page = 1", 1))
    else:
        touch_later(path.with_name("moi.md"), path.read_text("utf-8").replace('title: "', 'title: "Bài mới ', 1))
    site.build()
    assert taken[-1] is None
    site.check()


def test_a_touched_file_is_answered_without_rendering(site, taken):
    source, _ = article_file(5)
    touch_later(site.path(source), site.path(source).read_text("utf-8"))
    report = site.build()
    assert report is taken[-1] and (report.rendered, report.written) == (0, 0)
    again = site.build()
    assert (again.rendered, again.written) == (0, 0) and taken[-1] is report  # a no-op: not asked


def test_a_killed_build_or_a_store_of_another_state_is_not_trusted(site, taken):
    state_path = cache.cache_file(site.dir, site.out)
    cache.save_pending(state_path, ["index.html"])  # a build died while renaming files into place
    edit_body(site)
    site.build()
    assert taken[-1] is None
    site.check()
    store = sqlite3.connect(facets.store_file(state_path))
    store.execute("UPDATE meta SET value = 'another' WHERE name = 'token'")
    store.commit()
    store.close()
    edit_body(site, old=EDITED, new=SENTENCE)
    site.build()
    assert taken[-1] is None
    site.check()


def test_a_page_that_would_read_something_new_goes_the_whole_way(tmp_path, taken):
    """The store holds what a page read last time: a template that reads more once the body
    is longer (the neighbour's related articles) must not be answered from the store."""
    files = news_site()
    files["themes/local/templates/article.html"] = files["themes/local/templates/article.html"].replace(
        "</article>",
        "</article>{% if entry.words > 60 and entry.prev %}<p class=probe>"
        "{{ entry.prev.related|map(attribute='title')|join('; ') }}</p>{% endif %}",
        1,
    )
    site = Site(tmp_path, files)
    edit_body(site, new=SENTENCE + " " + "thêm nhiều chữ nữa " * 30)
    site.build()
    assert taken[-1] is None
    site.check()


def test_an_article_whose_body_another_page_shows_goes_the_whole_way(tmp_path, taken):
    files = news_site()
    files["themes/local/templates/home.html"] = (
        "{% for e in pager.items %}<section>{{ e.title }}: {{ e.body_html }}</section>{% endfor %}"
    )
    site = Site(tmp_path, files)
    edited = "Đoạn thứ hai, đã sửa, của bài số 17"
    source = edit_body(site, i=17, old="Đoạn thứ hai của bài số 17", new=edited)  # the newest: on the home page
    site.build()
    assert taken[-1] is None
    assert edited in (site.out / "index.html").read_text("utf-8")
    assert edited in (site.out / url_of(site, source)).read_text("utf-8")
    site.check()


def test_what_a_failed_build_encoded_never_reaches_the_store(tmp_path, taken):
    """A build that renders an article's page and then fails (here on the home page) must not
    leave that page's values in the store: after the edit is undone, a quick build of its
    neighbour shows the neighbour's title as it is, not as the failed build saw it."""
    files = news_site()
    files["themes/local/templates/home.html"] = (
        "{% for e in pager.items %}{% if e.title.startswith('Sai') %}{{ nothing.at.all }}{% endif %}"
        "<p>{{ e.title }}</p>{% endfor %}"
    )
    site = Site(tmp_path, files)
    neighbour, _ = article_file(17)
    path = site.path(neighbour)
    text = path.read_text("utf-8")
    touch_later(path, text.replace('title: "', 'title: "Sai ', 1))
    with pytest.raises(BuildFailed):
        site.build()
    touch_later(path, text)
    site.build()
    edit_body(site, i=16, old="Đoạn thứ hai của bài số 16", new="Đoạn thứ hai, đã sửa, của bài số 16")
    assert site.build() is taken[-1]  # the quick build, which shows article 17's title as its neighbour
    assert "Sai " not in (site.out / url_of(site, article_file(16)[0])).read_text("utf-8")
    site.check()


def test_the_quick_build_keeps_the_search_index_equal_to_a_rebuilt_one(tmp_path, taken):
    files = news_site()
    files["config.toml"] = files["config.toml"].replace("search = false", "search = true")
    site = Site(tmp_path, files)
    for i, words in ((5, "giải phóng mặt bằng"), (9, "chuyển đổi số"), (5, "dân vận khéo")):
        edit_body(site, i=i, old=f"Đoạn thứ hai của bài số {i}", new=f"Đoạn thứ hai của bài số {i}, về {words}")
        report = site.build()
        assert report is taken[-1]
        assert any(path.startswith("search-index/") for path in report.written_paths)
        assert "search index: 1 documents" in report.search
        site.check()  # every file, the index's included, equals a clean build's


def test_the_quick_build_parses_no_template_after_a_cold_build(tmp_path, taken, monkeypatch):
    """A cold build renders in forked workers, but finds every planned template's closure
    itself: the state keeps them, so a body edit renders without parsing a template (a tenth
    of its time at 10,000 articles)."""
    from sitegen import parallel, render

    monkeypatch.setenv("SITEGEN_JOBS", "2")
    monkeypatch.setattr(parallel, "MIN_ITEMS", 1)  # this small site renders in workers too
    site = Site(tmp_path, news_site())

    def parse(*_args):
        raise AssertionError("a template was parsed to find its closure")

    monkeypatch.setattr(render.Renderer, "_dependencies", parse)
    edit_body(site)
    assert site.build() is taken[-1] is not None
