"""Incremental builds (issue 4, "Must show"): count what a rebuild renders and writes.

As Lektor's tests/test_builder.py and Hugo's hugolib/rebuild_test.go do: build, build again
(nothing rendered), change one thing, and assert the exact set of pages rendered and written.
Every incremental result is also compared, byte for byte, with a clean build of the same
site into another folder, so "rendered less" can never mean "left a stale page".
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import article, write_site

from sitegen import bodies, fingerprints, parallel, pipeline, quick, render, views
from sitegen import state as cache
from sitegen.pipeline import build, load
from sitegen.theme import GENERATOR_THEMES
from sitegen.urls import output_path

GENERATOR_DIGEST = fingerprints.generator_digest  # the real one (same_generator fixes it per test)

REPO = Path(__file__).resolve().parent.parent

CONFIG = """\
title = "Lưu trữ thử"
base_url = "https://tin.example.vn/"
per_page = 4
search = false
theme = "local"

[meetings]
types = ["tổng kết", "sơ kết", "giao ban", "tập huấn"]
"""
FOLDERS = ("ha-noi/hai-ba-trung", "ha-noi/dong-da", "thai-binh/hung-ha", "thai-binh/hung-ha/diep-nong")
LOCALITIES = {
    "content/ha-noi/_index.md": "---\ntitle: Thành phố Hà Nội\nlevel: thành phố\n---\n",
    "content/ha-noi/hai-ba-trung/_index.md": "---\ntitle: Quận Hai Bà Trưng\nlevel: quận\n---\nMô tả quận.\n",
    "content/thai-binh/_index.md": "---\ntitle: Tỉnh Thái Bình\nlevel: tỉnh\n---\n",
    "content/thai-binh/hung-ha/_index.md": "---\ntitle: Huyện Hưng Hà\nlevel: huyện\n---\n",
    "content/thai-binh/hung-ha/diep-nong/_index.md": "---\ntitle: Xã Điệp Nông\nlevel: xã\n---\n",
}
TAGS = ("dân vận khéo", "tôn giáo", "nông thôn mới", "quy chế dân chủ", "an sinh xã hội")
PEOPLE = ("Vũ Văn Hoạt", "Nguyễn Thị Bích Ngọc", "Trần Quang Huy", "Lê Thị Thu")
MEETINGS = ("tổng kết", "sơ kết", "giao ban", "tập huấn")


def body(i: int, first: str = "") -> str:
    """Three paragraphs: the first is the summary, the others are not in any list."""
    return "\n\n".join(
        [
            first or f"Đoạn mở đầu của bài số {i}: hội nghị đánh giá công tác dân vận.",
            f"Đoạn thứ hai của bài số {i}: các đại biểu thảo luận, góp ý kiến.",
            f"Đoạn thứ ba của bài số {i}: hội nghị thống nhất nhiệm vụ thời gian tới.",
        ]
    )


def article_file(i: int, *, first: str = "", title: str = "", step: int = 23) -> tuple[str, str]:
    """(path, text) of the i-th generated article, `step` days after the one before it."""
    day = dt.date(2023, 10, 2) + dt.timedelta(days=step * i + (i * 7) % 11)
    meeting = MEETINGS[i % len(MEETINGS)]
    tags = f"[{TAGS[i % len(TAGS)]}, {TAGS[(i * 3 + 1) % len(TAGS)]}]"
    people = f"[{PEOPLE[i % len(PEOPLE)]}]"
    title = title or f"Hội nghị {meeting} công tác dân vận số {i}"
    path = f"content/{FOLDERS[i % len(FOLDERS)]}/{day.isoformat()}-bai-{i}.md"
    text = article(
        title,
        f"{day.isoformat()}T08:{i % 60:02d}:00+07:00",
        body(i, first),
        meeting=meeting,
        tags=tags,
        people=people,
        author="Phóng viên",
    )
    return path, text


def news_site(n: int = 18, step: int = 23) -> dict[str, str]:
    files = {"config.toml": CONFIG, **LOCALITIES}
    files.update(article_file(i, step=step) for i in range(n))
    # The site's own theme overrides two templates of the default one from the start, so
    # that editing them later changes the templates only, not the config.
    for name in ("article.html", "base.html"):
        files[f"themes/local/templates/{name}"] = (GENERATOR_THEMES / "default" / "templates" / name).read_text("utf-8")
    return files


# ---------------------------------------------------------------- helpers


def tree(root: Path) -> dict[str, str]:
    """Every file under root, the search index included → hash of its bytes."""
    out: dict[str, str] = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if path.is_file():
            out[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def mtimes(root: Path) -> dict[str, int]:
    return {p.relative_to(root).as_posix(): p.stat().st_mtime_ns for p in root.rglob("*") if p.is_file()}


def changed(before: dict[str, str], after: dict[str, str]) -> set[str]:
    return {rel for rel in before.keys() | after.keys() if before.get(rel) != after.get(rel)}


def assert_clean(site: Path, output: Path, clean_dir: Path, foreign: tuple[str, ...] = ()) -> None:
    """The incremental output equals a full build of the same site into another folder
    (files the build never made, `foreign`, aside)."""
    shutil.rmtree(clean_dir, ignore_errors=True)
    build(site, clean_dir, full=True)
    got, want = tree(output), tree(clean_dir)
    for rel in foreign:
        got.pop(rel)
    assert sorted(got.keys() - want.keys()) == [], "stale files left behind"
    assert sorted(want.keys() - got.keys()) == [], "files missing"
    assert sorted(rel for rel in got if got[rel] != want[rel]) == [], "files differ from a clean build"
    assert not (output / ".sitegen-staging").exists()


def plan(site: Path, output: Path) -> dict:
    """Output path → Page, as the build plans them now."""
    return {output_path(page.url): page for page in load(site, output).pages}


def touch_later(path: Path, text: str) -> None:
    """Write text, making sure the mtime moves even on a coarse clock."""
    old = path.stat().st_mtime_ns if path.exists() else 0
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    if path.stat().st_mtime_ns <= old:
        os.utime(path, ns=(old + 1_000_000, old + 1_000_000))


@pytest.fixture(autouse=True)
def same_generator(monkeypatch):
    """The generator's code is the same for a whole test, even while colleagues edit sitegen/
    in this tree (its digest is in the cache key: an edit mid-test would render everything)."""
    fixed = fingerprints.generator_digest()
    monkeypatch.setattr(fingerprints, "generator_digest", lambda: fixed)


class Site:
    """A small site under tmp, its output, and a clean folder to compare against."""

    def __init__(self, root: Path, files: dict[str, str]):
        self.dir = write_site(root / "site", files)
        self.out = root / "site" / "output"
        self.clean = root / "clean"
        self.first = build(self.dir, self.out)

    def build(self, **kw):
        return build(self.dir, self.out, **kw)

    def path(self, rel: str) -> Path:
        return self.dir / rel

    def check(self, foreign: tuple[str, ...] = ()) -> None:
        assert_clean(self.dir, self.out, self.clean, foreign)


@pytest.fixture
def site(tmp_path: Path) -> Site:
    return Site(tmp_path, news_site())


def url_of(site: Site, source: str) -> str:
    for page in plan(site.dir, site.out).values():
        if page.kind == "article" and page.source == source:
            return output_path(page.url)
    raise AssertionError(f"no page for {source}")


# ---------------------------------------------------------------- the tests


def test_second_build_renders_and_writes_nothing(site):
    assert site.first.rendered == site.first.pages and site.first.written > site.first.pages // 2
    before = mtimes(site.out)
    again = site.build()
    assert (again.rendered, again.written, again.removed) == (0, 0, 0)
    assert again.rendered_paths == [] and again.written_paths == []
    assert mtimes(site.out) == before
    # The slow path (the quick snapshot gone) must agree: nothing rendered, nothing written.
    cache.forget_snapshot(site.dir, site.out)
    slow = site.build()
    assert (slow.rendered, slow.written, slow.removed) == (0, 0, 0)
    assert mtimes(site.out) == before


def test_body_edit_renders_and_writes_only_that_article(site):
    source, text = article_file(5)
    page = url_of(site, source)
    before = tree(site.out)
    touch_later(site.path(source), text.replace("Đoạn thứ hai của bài số 5", "Đoạn thứ hai, đã sửa, của bài số 5"))
    report = site.build()
    assert report.rendered_paths == [page]
    assert report.written_paths == [page]
    assert (report.rendered, report.written, report.removed) == (1, 1, 0)
    assert changed(before, tree(site.out)) == {page}
    assert "đã sửa" in (site.out / page).read_text("utf-8")
    site.check()


def shown_on(site: Site, source: str) -> set[str]:
    """The pages whose last render read what a list shows of the article (its card)."""
    state = cache.load(cache.cache_file(site.dir, site.out), fingerprints.generator_digest())
    card = ("e:" + source, "card")
    return {rel for rel, w in state.outputs.items() if w.deps and card in state.dependencies.unpack(w.deps)}


def test_summary_edit_renders_exactly_the_pages_that_show_the_article(site):
    source, text = article_file(16)  # third newest: on home page 1, in 2024/10, Hai Bà Trưng
    page = url_of(site, source)
    shows = shown_on(site, source)
    before = tree(site.out)
    touch_later(site.path(source), text.replace("Đoạn mở đầu của bài số 16", "Đoạn mở đầu, viết lại, của bài số 16"))
    report = site.build()
    rendered = set(report.rendered_paths)
    assert rendered == shows
    assert len(report.rendered_paths) == len(rendered) == report.rendered
    # By hand: the pages that list it, and the neighbours that show it.
    must = {
        page,
        "index.html",
        "feed.xml",
        "dia-phuong/ha-noi/index.html",
        "dia-phuong/ha-noi/feed.xml",
        "dia-phuong/ha-noi/hai-ba-trung/index.html",
        "dia-phuong/ha-noi/hai-ba-trung/feed.xml",
        "chu-de/ton-giao/index.html",
        "chu-de/ton-giao/feed.xml",
        "chu-de/an-sinh-xa-hoi/index.html",
        "chu-de/an-sinh-xa-hoi/feed.xml",
        "loai-hoi-nghi/tong-ket/index.html",
        "nhan-vat/vu-van-hoat/index.html",
        "2024/index.html",
        "2024/10/index.html",
        url_of(site, article_file(15)[0]),
        url_of(site, article_file(17)[0]),  # older and newer
    }
    assert must <= rendered, sorted(must - rendered)
    never = {
        "page/2/index.html",
        "page/3/index.html",
        "dia-phuong/index.html",
        "dia-phuong/thai-binh/index.html",
        "dia-phuong/thai-binh/feed.xml",
        "dia-phuong/ha-noi/dong-da/index.html",
        "chu-de/index.html",
        "chu-de/nong-thon-moi/index.html",
        "chu-de/nong-thon-moi/feed.xml",
        "loai-hoi-nghi/so-ket/index.html",
        "nhan-vat/index.html",
        "2023/index.html",
        "2023/10/index.html",
        "luu-tru/index.html",
        "sitemap.xml",
        "robots.txt",
        "404.html",
        "tim-kiem/index.html",
        url_of(site, article_file(2)[0]),
        url_of(site, article_file(3)[0]),  # no locality or tag shared
    }
    assert not (never & rendered), sorted(never & rendered)
    # Every file whose bytes changed was written, and only those; each was rendered.
    after = tree(site.out)
    assert set(report.written_paths) == changed(before, after)
    assert set(report.written_paths) <= rendered
    assert {page, "index.html", "feed.xml", "2024/10/index.html"} <= set(report.written_paths)
    assert "viết lại" in (site.out / "index.html").read_text("utf-8")
    site.check()


def neighbours(site: Site) -> dict[str, tuple]:
    """Article page → the URLs of what it shows of other articles (older, newer, related)."""
    out = {}
    for rel, p in plan(site.dir, site.out).items():
        if p.kind == "article":
            e = p.context["entry"]
            out[rel] = (e.prev.url if e.prev else "", e.next.url if e.next else "", tuple(r.url for r in e.related))
    return out


def test_new_article_renders_itself_its_lists_feeds_and_sitemap_only(site):
    old_neighbours = neighbours(site)
    before = tree(site.out)
    source, text = article_file(18)  # the newest, in Hưng Hà (Thái Bình), 2024/11
    touch_later(site.path(source), text)
    report = site.build()
    page = url_of(site, source)
    rendered = set(report.rendered_paths)
    must = {
        page,
        "index.html",
        "feed.xml",
        "sitemap.xml",
        "dia-phuong/index.html",
        "luu-tru/index.html",
        "dia-phuong/thai-binh/index.html",
        "dia-phuong/thai-binh/feed.xml",
        "dia-phuong/thai-binh/hung-ha/index.html",
        "dia-phuong/thai-binh/hung-ha/feed.xml",
        "chu-de/index.html",
        "chu-de/quy-che-dan-chu/index.html",
        "chu-de/quy-che-dan-chu/feed.xml",
        "chu-de/dan-van-kheo/index.html",
        "chu-de/dan-van-kheo/feed.xml",
        "loai-hoi-nghi/index.html",
        "loai-hoi-nghi/giao-ban/index.html",
        "nhan-vat/index.html",
        "nhan-vat/tran-quang-huy/index.html",
        "2024/index.html",
        "2024/11/index.html",
    }
    assert must <= rendered, sorted(must - rendered)
    never = {
        "dia-phuong/ha-noi/dong-da/index.html",
        "dia-phuong/ha-noi/dong-da/feed.xml",
        "2023/index.html",
        "2023/10/index.html",
        "chu-de/ton-giao/feed.xml",
        "robots.txt",
        "404.html",
        "tim-kiem/index.html",
    }
    assert not (never & rendered), sorted(never & rendered)
    # Article pages: the new one, and exactly those whose older/newer/related links changed.
    new_neighbours = neighbours(site)
    moved = {rel for rel, n in new_neighbours.items() if old_neighbours.get(rel) != n}
    assert {rel for rel in rendered if rel in new_neighbours} == moved
    assert page in moved and len(moved) < len(new_neighbours) // 2
    assert set(report.written_paths) == changed(before, tree(site.out))
    assert report.removed == 0
    site.check()


def test_template_edit_renders_the_pages_that_use_it(site):
    template = site.path("themes/local/templates/article.html")
    touch_later(template, template.read_text("utf-8").replace("</article>", "</article><!-- sửa mẫu -->"))
    report = site.build()
    articles = {rel for rel, p in plan(site.dir, site.out).items() if p.template == "article.html"}
    assert len(articles) == 18
    assert set(report.rendered_paths) == articles
    assert set(report.written_paths) == articles
    site.check()


def test_shared_template_edit_renders_every_html_page(site):
    template = site.path("themes/local/templates/base.html")
    touch_later(template, template.read_text("utf-8").replace("</body>", "<!-- sửa khung -->\n</body>"))
    before = tree(site.out)
    report = site.build()
    html = {rel for rel in before if rel.endswith(".html")}
    assert set(report.rendered_paths) == html
    assert set(report.written_paths) == html
    assert changed(before, tree(site.out)) == html  # feeds, sitemap, robots.txt, CSS untouched
    site.check()


def test_config_change_renders_everything(site):
    config = site.path("config.toml")
    touch_later(config, config.read_text("utf-8").replace("Lưu trữ thử", "Lưu trữ thử, tên mới"))
    report = site.build()
    assert report.rendered == report.pages == len(plan(site.dir, site.out))
    assert "tên mới" in (site.out / "index.html").read_text("utf-8")
    site.check()


def test_deleted_article_removes_its_page_updates_lists_and_touches_nothing_else(site):
    (site.out / "CNAME").write_text("tin.example.vn\n")
    source, _ = article_file(5)  # Đống Đa, 2024/01
    page = url_of(site, source)
    unrelated = url_of(site, article_file(3)[0])  # Điệp Nông, shares nothing with it
    before, stamps = tree(site.out), mtimes(site.out)
    site.path(source).unlink()
    report = site.build()
    assert not (site.out / page).exists() and not (site.out / page).parent.exists()
    assert report.removed >= 1
    assert {"page/4/index.html", "dia-phuong/ha-noi/dong-da/index.html", "2024/01/index.html", "sitemap.xml"} <= set(
        report.written_paths
    )
    after = tree(site.out)
    gone = set(before) - set(after)  # the page, and list pages that no longer have items
    assert page in gone and len(gone) == report.removed
    assert set(report.written_paths) | gone == changed(before, after)
    assert page not in report.rendered_paths and unrelated not in report.rendered_paths
    assert mtimes(site.out)[unrelated] == stamps[unrelated]
    assert (site.out / "CNAME").read_text() == "tin.example.vn\n"
    assert mtimes(site.out)["CNAME"] == stamps["CNAME"]
    site.check(foreign=("CNAME",))


def test_renamed_file_keeps_its_url_when_the_url_does_not_change(site):
    source, _ = article_file(7)
    page = url_of(site, source)
    site.path(source).rename(site.path(source.replace("bai-7", "bai-bay")))
    report = site.build()
    assert (site.out / page).is_file() and report.removed == 0
    assert page not in report.written_paths  # same bytes: not rewritten
    site.check()


def test_moved_file_whose_url_changes_removes_the_old_url(tmp_path):
    files = {**news_site(6), "config.toml": 'permalink = "/{locality}/{slug}/"\n' + CONFIG}
    site = Site(tmp_path, files)
    source, _ = article_file(4)  # Hai Bà Trưng → Điệp Nông
    old = url_of(site, source)
    assert old.startswith("ha-noi/hai-ba-trung/")
    moved = source.replace(FOLDERS[0], FOLDERS[3])
    site.path(moved).parent.mkdir(parents=True, exist_ok=True)
    site.path(source).rename(site.path(moved))
    report = site.build()
    new = url_of(site, moved)
    assert new.startswith("thai-binh/hung-ha/diep-nong/") and (site.out / new).is_file()
    assert not (site.out / old).exists() and report.removed >= 1
    site.check()


def poison(site: Site, source: str, title: str) -> None:
    """Put a wrong title in the cache's parsed copy of `source` (size and time kept), as a
    cache that no longer matches the file would."""
    path = cache.cache_file(site.dir, site.out)
    state = cache.load(path, fingerprints.generator_digest())
    record = state.sources[source]
    state.sources[source] = record._replace(parsed=dataclasses.replace(record.parsed, title=title))
    cache.save(path, state)
    assert cache.load(path, fingerprints.generator_digest()).sources[source].parsed.title == title
    cache.forget_snapshot(site.dir, site.out)


def test_full_ignores_the_cache(site):
    source, _ = article_file(9)
    poison(site, source, "Tiêu đề sai từ bộ nhớ đệm")
    report = site.build(full=True)
    assert report.rendered == report.pages and report.written == 0  # same bytes: nothing rewritten
    assert "Tiêu đề sai" not in (site.out / url_of(site, source)).read_text("utf-8")
    site.check()


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty"])
def test_corrupt_cache_is_rebuilt_not_trusted(site, damage):
    source, text = article_file(9)
    files = sorted((site.dir / ".cache").glob("build-*"))
    assert len(files) >= 3  # the build's state, its parsed sources and its snapshot
    for path in files:
        data = path.read_bytes()
        path.write_bytes({"garbage": os.urandom(len(data)), "truncated": data[: len(data) // 2], "empty": b""}[damage])
    touch_later(site.path(source), text.replace("Đoạn thứ hai", "Đoạn thứ hai (sửa)"))
    report = site.build()
    assert report.rendered == report.pages and not report.problems.errors
    assert "(sửa)" in (site.out / url_of(site, source)).read_text("utf-8")
    site.check()
    again = site.build()
    assert (again.rendered, again.written) == (0, 0)  # and the new cache is good


def test_a_new_language_base_url_or_strings_reach_text_the_templates_fold(site):
    """Jinja computes a filter of constants ('archive'|t, '/feed.xml'|absolute) when it
    compiles a template, and compiled templates are kept between builds: after the language,
    the base URL or a theme's strings change, no page keeps the old words or address."""
    config = site.path("config.toml")
    touch_later(config, CONFIG.replace('theme = "local"', 'theme = "local"\nlanguage = "en"'))
    site.build()
    site.check()
    assert "Archive" in (site.out / "2023/index.html").read_text("utf-8")
    touch_later(config, CONFIG.replace("https://tin.example.vn/", "https://lưu-trữ.example.vn/tin/"))
    site.build()
    site.check()
    strings = site.path("themes/local/i18n/vi.toml")
    touch_later(strings, 'archive = "Kho tin"\n')
    site.build()
    site.check()
    assert "Kho tin" in (site.out / "2023/index.html").read_text("utf-8")


def test_a_library_upgrade_changes_the_generator_digest(tmp_path, monkeypatch):
    """The libraries that shape a page are known by their metadata folders' names (which hold
    their versions), however the installer spelled them; other distributions do not count."""
    for name in ("Markdown-3.7.dist-info", "python_slugify-8.0.4.dist-info", "requests-2.0.dist-info", "x.py"):
        (tmp_path / name).mkdir()
    monkeypatch.setattr(sys, "path", [str(tmp_path), str(tmp_path / "gone")])
    assert fingerprints._installed(["markdown", "python-slugify", "Jinja2"]) == [
        "Markdown-3.7.dist-info",
        "python_slugify-8.0.4.dist-info",
    ]
    before = GENERATOR_DIGEST()
    (tmp_path / "requests-2.0.dist-info").rename(tmp_path / "requests-2.1.dist-info")
    assert GENERATOR_DIGEST() == before  # not a library that shapes a page
    (tmp_path / "Markdown-3.7.dist-info").rename(tmp_path / "markdown-3.8.dist-info")
    assert fingerprints._installed(["Markdown"]) == ["markdown-3.8.dist-info"]
    assert GENERATOR_DIGEST() != before


def test_cache_of_another_generator_version_is_not_trusted(site, monkeypatch):
    source, _ = article_file(9)
    poison(site, source, "Tiêu đề sai từ phiên bản cũ")
    monkeypatch.setattr(fingerprints, "generator_digest", lambda: "another-version")
    report = site.build()
    assert report.rendered == report.pages
    assert "Tiêu đề sai" not in (site.out / url_of(site, source)).read_text("utf-8")
    site.check()


def test_touched_or_copied_files_with_the_same_bytes_are_not_rewritten(site):
    before = mtimes(site.out)
    source, text = article_file(4)
    touch_later(site.path(source), text)  # saved again, unchanged
    report = site.build()
    assert (report.rendered, report.written) == (0, 0)
    # The default theme copied into the site, unchanged: its static files have a new source
    # path, and every page may render again (the i18n files are read twice), but no bytes change.
    shutil.copytree(GENERATOR_THEMES / "default", site.path("themes/default"))
    report = site.build()
    assert report.written_paths == [] and mtimes(site.out) == before
    site.check()


# ---------------------------------------------------------------- a site big enough to fork

BIG = 450  # > parallel.MIN_ITEMS: parsing and rendering run in forked workers


@pytest.mark.slow
def test_big_site_incremental_through_the_forked_path(tmp_path, monkeypatch):
    forks = []
    real = parallel.multiprocessing.get_context

    def spy(method=None):
        forks.append(method)
        return real(method)

    monkeypatch.setattr(parallel.multiprocessing, "get_context", spy)
    monkeypatch.setenv("SITEGEN_JOBS", "2")  # fork even on a one-core machine
    site = Site(tmp_path, news_site(BIG, step=2))
    assert forks == ["fork", "fork"]  # parse, render
    assert site.first.rendered == site.first.pages > BIG

    again = site.build()
    assert (again.rendered, again.written) == (0, 0)
    cache.forget_snapshot(site.dir, site.out)
    again = site.build()
    assert (again.rendered, again.written) == (0, 0)

    source, text = article_file(200, step=2)
    page = url_of(site, source)
    touch_later(site.path(source), text.replace("Đoạn thứ ba", "Đoạn thứ ba (sửa)"))
    report = site.build()
    assert report.rendered_paths == report.written_paths == [page]

    shows = shown_on(site, source)
    before = tree(site.out)
    touch_later(site.path(source), text.replace("Đoạn mở đầu", "Đoạn mở đầu (viết lại)"))
    report = site.build()
    assert set(report.rendered_paths) == shows and len(shows) < 40
    assert set(report.written_paths) == changed(before, tree(site.out))

    forks.clear()
    template = site.path("themes/local/templates/article.html")
    touch_later(template, template.read_text("utf-8").replace("</article>", "</article><!-- sửa mẫu -->"))
    report = site.build()
    assert forks == ["fork"]  # 450 pages to render: forked
    articles = {rel for rel, p in plan(site.dir, site.out).items() if p.kind == "article"}
    assert len(articles) == BIG
    assert set(report.rendered_paths) == set(report.written_paths) == articles
    # One process gives the same bytes as many.
    monkeypatch.setenv("SITEGEN_JOBS", "1")
    site.check()


@pytest.mark.parametrize("forked", [False, True])
def test_photos_are_copied_into_a_first_build_and_again_when_they_change(tmp_path, monkeypatch, forked):
    """Files copied as they are (photos) are staged on every core when there are many: by
    forked workers into the new folder of a first build, and beside output/ to be renamed into
    place by the next; either way each lands whole, once."""
    if forked:
        monkeypatch.setenv("SITEGEN_JOBS", "2")
        monkeypatch.setattr(parallel, "MIN_ITEMS", 1)
    files = news_site()
    photos = {f"content/images/2024/anh-{i}.png": f"ảnh số {i}" for i in range(150)}
    site = Site(tmp_path, {**files, **photos})
    for rel, text in photos.items():
        assert (site.out / rel.removeprefix("content/")).read_text("utf-8") == text
    changed = sorted(photos)[::3]
    for rel in changed:
        touch_later(site.path(rel), photos[rel] + " (mới)")
    report = site.build()
    assert sorted(report.written_paths) == sorted(rel.removeprefix("content/") for rel in changed)
    for rel in changed:
        assert (site.out / rel.removeprefix("content/")).read_text("utf-8") == photos[rel] + " (mới)"
    assert not list(site.out.glob(".sitegen-*"))  # nothing staged is left behind
    site.check()


def test_full_build_still_removes_the_pages_of_deleted_articles(site):
    source, _ = article_file(5)
    page = url_of(site, source)
    site.path(source).unlink()
    report = site.build(full=True)
    assert not (site.out / page).exists() and report.removed >= 1
    site.check()


def test_cache_of_another_generator_version_still_removes_deleted_pages(site, monkeypatch):
    source, _ = article_file(5)
    page = url_of(site, source)
    site.path(source).unlink()
    monkeypatch.setattr(fingerprints, "generator_digest", lambda: "another-version")
    site.build()
    assert not (site.out / page).exists()
    site.check()


def test_body_edit_plans_only_that_article_and_other_edits_plan_the_site(site, monkeypatch):
    """A body edit leaves the site's shape as it was, so only the article's pages are planned;
    an edit to what lists show (the title) plans everything again."""
    from sitegen import pipeline

    planned = []
    real = pipeline.plan_site
    monkeypatch.setattr(pipeline, "plan_site", lambda *a, **k: planned.append(1) or real(*a, **k))
    source, text = article_file(7)
    touch_later(site.path(source), text.replace("Đoạn thứ ba của bài số 7", "Đoạn thứ ba, đã sửa, của bài số 7"))
    report = site.build()
    assert planned == [] and report.rendered_paths == [url_of(site, source)]
    assert report.pages == site.first.pages
    assert (report.written, report.unchanged) == (1, site.first.written - 1)  # every other output kept
    state = cache.load(cache.cache_file(site.dir, site.out), fingerprints.generator_digest())
    assert len(state.outputs) == site.first.written
    site.check()
    touch_later(site.path(source), text.replace("Hội nghị", "Hội nghị mở rộng", 1))
    planned.clear()
    report = site.build()
    assert planned == [1] and report.rendered > 1
    site.check()


def test_a_theme_that_shows_bodies_in_lists_renders_them_on_a_body_edit(tmp_path):
    files = news_site()
    macros = (GENERATOR_THEMES / "default" / "templates" / "macros.html").read_text("utf-8")
    files["themes/local/templates/macros.html"] = macros.replace(
        "{% for entry in entries %}{{ card_html(entry, heading) }}",
        "{% for entry in entries %}{{ card_html(entry, heading) }}{{ entry.body_html }}",
        1,
    )
    assert files["themes/local/templates/macros.html"] != macros
    site = Site(tmp_path, files)
    source, text = article_file(16)
    touch_later(site.path(source), text.replace("Đoạn thứ ba của bài số 16", "Đoạn thứ ba, đã sửa, của bài số 16"))
    report = site.build()
    assert {url_of(site, source), "index.html", "2024/10/index.html"} <= set(report.written_paths)
    assert "đã sửa" in (site.out / "index.html").read_text("utf-8")
    site.check()


def test_an_edit_saves_only_the_changed_source_until_the_delta_is_large(site, monkeypatch):
    """After an edit the cache writes the one parsed source to .delta, not all of them again;
    past DELTA_LIMIT they are all written to .sources and .delta goes."""
    base = cache.cache_file(site.dir, site.out)
    sources, delta = base.with_suffix(".sources"), base.with_suffix(".delta")
    first = sources.stat().st_mtime_ns
    assert not delta.exists()
    monkeypatch.setattr(cache, "DELTA_LIMIT", 2)
    for n, i in enumerate((3, 4, 5)):
        source, text = article_file(i)
        edited = text.replace(f"Đoạn thứ ba của bài số {i}", f"Đoạn thứ ba, sửa {n}, của bài số {i}")
        touch_later(site.path(source), edited)
        report = site.build()
        assert report.written_paths == [url_of(site, source)]
        if n < 2:
            assert delta.exists() and sources.stat().st_mtime_ns == first
        else:  # a third source: more than the limit, so .sources is written again
            assert not delta.exists() and sources.stat().st_mtime_ns != first
    site.check()
    again = site.build()
    assert (again.rendered, again.written) == (0, 0)


def test_output_folder_removed_by_hand_is_built_whole_and_nothing_counted_removed(site):
    """A cache that lists pages, an output/ that is gone, an article deleted meanwhile: the
    build makes output/ anew and removes nothing (there is nothing there to remove)."""
    source, _ = article_file(9)
    shutil.rmtree(site.out)
    site.path(source).unlink()
    report = site.build()
    assert report.removed == 0 and report.unchanged == 0
    assert report.written == report.pages + len(list((site.out / "static").iterdir()))
    site.check()


def test_the_summary_counts_every_file_a_cold_build_writes(site):
    """The first build wrote output/ from nothing: "N written" is the number of files there,
    the search index's included."""
    on_disk = sorted(
        os.path.relpath(os.path.join(folder, name), site.out)
        for folder, _, names in os.walk(site.out)
        for name in names
    )
    assert site.first.written == len(on_disk)
    assert sorted(site.first.written_paths) == on_disk


@pytest.mark.parametrize("forked", [False, True], ids=["in-process", "forked-workers"])
def test_a_template_that_reads_what_a_partial_build_leaves_out_gets_a_full_one(tmp_path, monkeypatch, forked):
    """A body edit plans only the article's own pages, and computes related articles for it
    alone and no unit of the register. A theme whose article page shows its older
    neighbour's related articles and its locality's official code reads both: the build
    starts again with the whole model, and its bytes are a clean build's. Rendered by forked
    workers too (a large partial build), whose word for it comes back pickled."""
    if forked:
        monkeypatch.setenv("SITEGEN_JOBS", "2")
        monkeypatch.setattr(parallel, "MIN_ITEMS", 1)
    files = news_site()
    template = files["themes/local/templates/article.html"]
    files["themes/local/templates/article.html"] = template.replace(
        "</article>",
        "</article><p class=probe>{% if entry.prev %}{{ entry.prev.related|map(attribute='title')|join('; ') }}"
        "{% endif %} {% if entry.locality and entry.locality.official %}"
        "{{ entry.locality.official.unit.code }}{% endif %}</p>",
        1,
    )
    site = Site(tmp_path, files)
    plans = []
    real = pipeline.load
    monkeypatch.setattr(pipeline, "load", lambda *a, **k: plans.append(k.get("partial", True)) or real(*a, **k))
    monkeypatch.setattr(quick, "build", lambda *a, **k: None)  # the model's partial plan, not the store's
    source, text = article_file(5)
    touch_later(site.path(source), text.replace("Đoạn thứ hai của bài số 5", "Đoạn thứ hai, đã sửa, của bài số 5"))
    report = site.build()
    assert plans == [True, False]  # partial first, then in full
    assert report.written_paths == [url_of(site, source)]
    assert "class=probe" in (site.out / url_of(site, source)).read_text("utf-8")
    site.check()


def test_t_and_link_are_both_functions_and_filters(tmp_path):
    """Themes call t() and link(); the default theme uses them as filters, which Jinja calls
    straight (a tenth of a page's rendering). Either way a page gets the same text and links."""
    files = news_site()
    files["themes/local/templates/base.html"] = (
        "<p class=a>{{ t('skip') }}|{{ t('page_n', n=2, count=3) }}|{{ link('/feed.xml') }}|"
        "{{ link(site.urls.archive()) }}</p>"
        "<p class=b>{{ 'skip'|t }}|{{ 'page_n'|t(n=2, count=3) }}|{{ '/feed.xml'|link }}|"
        "{{ site.urls.archive()|link }}</p>"
    )
    site = Site(tmp_path, files)
    page = (site.out / url_of(site, article_file(3)[0])).read_text("utf-8")
    first, second = re.findall(r"<p class=.>(.*?)</p>", page)
    assert first == second and "../" in first and "2" in first


def test_a_list_that_shows_bodies_is_rendered_again_when_one_changes(tmp_path):
    """No page but an article's own shows its body in the default theme; a theme whose home
    page shows bodies makes a body edit render the home page too (recorded, not guessed)."""
    files = news_site()
    files["themes/local/templates/home.html"] = (
        "{% for e in pager.items %}<section>{{ e.title }}: {{ e.body_html }}</section>{% endfor %}"
    )
    site = Site(tmp_path, files)
    source, text = article_file(17)  # the newest: on the first home page
    touch_later(site.path(source), text.replace("Đoạn thứ hai của bài số 17", "Đoạn thứ hai, đã sửa, của bài số 17"))
    report = site.build()
    assert set(report.written_paths) == {url_of(site, source), "index.html"}
    assert "đã sửa" in (site.out / "index.html").read_text("utf-8")
    site.check()


def test_an_output_deleted_by_hand_comes_back(site):
    """An edit plans only the edited article's pages, so the next build, which has nothing
    else to do, notices the missing file and plans every page."""
    lost = "dia-phuong/ha-noi/index.html"
    (site.out / lost).unlink()
    source, text = article_file(5)
    touch_later(site.path(source), text.replace("Đoạn thứ hai của bài số 5", "Đoạn thứ hai, đã sửa, của bài số 5"))
    site.build()
    report = site.build()
    assert lost in report.written_paths
    site.check()


@pytest.mark.parametrize("fork_from", [0, 10**9], ids=["forked", "inline"])
def test_a_no_op_looks_for_every_output(site, monkeypatch, fork_from):
    """With nothing changed, a build is a no-op only if every output the last one wrote is
    still there; a large site has that looked for by a forked process while content/ is
    walked, a small one here and now: both find a single file deleted by hand, deep or not."""
    monkeypatch.setattr(cache.ForkedLook, "FORK_FROM", fork_from)
    assert site.build().rendered == 0  # nothing changed, everything there: a no-op
    for lost in ("dia-phuong/ha-noi/index.html", "sitemap.xml"):
        (site.out / lost).unlink()
        report = site.build()
        assert lost in report.written_paths
        assert report.written == 1
    children = os.popen(f"ps --ppid {os.getpid()} -o stat=").read().split()
    assert "Z" not in "".join(children)  # every forked look was waited for


def test_a_no_op_walks_content_in_two_parts_and_sees_a_change_in_either(site, monkeypatch):
    """A large archive's look walks content/ in two processes, split at one of its top-level
    entries (state.split_for): the parent walks the entries before it while the forked look
    walks the rest and looks for the outputs. A change on either side of the split is seen,
    and a child that dies without its part leaves the parent to walk it."""
    monkeypatch.setattr(cache.ForkedLook, "FORK_FROM", 0)
    monkeypatch.setattr(cache, "OUTPUT_COST", 0.0)  # the outputs cost nothing: half of content/ each
    site.build(full=True)  # a whole build chooses the split (the fixture's first build chose none)
    assert cache.last_snapshot(site.dir, site.out).split == "thai-binh"
    assert site.build().rendered == 0
    child, parent = article_file(2), article_file(1)  # thai-binh/… is the child's, ha-noi/… the parent's
    assert child[0].startswith("content/thai-binh/") and parent[0].startswith("content/ha-noi/")
    for source, text in (child, parent):
        touch_later(site.path(source), text.replace(" số ", " thứ "))
        assert url_of(site, source) in site.build().written_paths
        site.check()
    added, _ = article_file(40)  # a new article in the child's part
    touch_later(site.path(added.replace("bai-40", "bai-moi")), article_file(40)[1])
    assert site.build().rendered > 0
    site.check()
    looked = cache.listing
    me = os.getpid()

    def dies_in_the_child(root, **kw):
        if os.getpid() != me:
            raise OSError("the child fails")
        return looked(root, **kw)

    monkeypatch.setattr(cache, "listing", dies_in_the_child)
    site.path(child[0]).unlink()
    assert site.build().rendered > 0  # the parent walked the child's part itself
    site.check()
    assert site.build().rendered == 0
    children = os.popen(f"ps --ppid {os.getpid()} -o stat=").read().split()
    assert "Z" not in "".join(children)


def test_the_split_gives_the_forked_look_as_much_work_as_the_parent():
    root = "site/content"
    paths = [f"{root}/_index.md"] + [f"{root}/{p}/{i}.md" for p in ("a", "b", "c", "d") for i in range(100)]
    assert cache.split_for(paths, root, 0) == "c"  # 401 files: the last 200 for the child
    assert cache.split_for(paths, root, 500) == "d"  # 500 outputs cost as much as 250 files: 75 files for the child
    assert cache.split_for(paths, root, 802) == ""  # the outputs are as much as the whole walk
    assert cache.split_for([f"{root}/a/{i}.md" for i in range(50)], root, 0) == ""  # one entry cannot be split
    assert cache.split_for(["site/config.toml"], root, 0) == ""


def test_parsed_sources_are_kept_in_chunks_and_a_cut_file_is_not_trusted(tmp_path, monkeypatch):
    """.sources is written a few records at a time (a single pickle's memo grows with the
    archive); read back it is the same records, and a file cut short is no cache at all."""
    monkeypatch.setattr(cache, "SOURCES_CHUNK", 2)
    records = {f"content/a/{i}.md": fingerprints.SourceRecord(i, i, f"d{i}", None, (), "k", "") for i in range(5)}
    path = tmp_path / "build-x.sources"
    cache._write_sources(path, "gen", "base", records)
    assert cache._read_sources(path) == ("gen", "base", records)
    path.write_bytes(path.read_bytes()[:-10])
    assert cache._read_sources(path) is None


@pytest.mark.parametrize("cards_kept", [1, 10**6])
def test_render_workers_that_forget_their_views_and_cards_write_the_same_pages(tmp_path, monkeypatch, cards_kept):
    """Render workers of a large archive drop the views, digests and cards they made
    (Views.trim, render.CARDS_KEPT); made again, they give the same bytes, and no card is
    taken for another article's (cards are keyed by article, not by a view's id)."""
    usual = Site(tmp_path / "usual", news_site())
    trim = views.Views.trim
    monkeypatch.setattr(views.Views, "trim", lambda self, limit=0: trim(self, 0))
    monkeypatch.setattr(render, "CARDS_KEPT", cards_kept)
    monkeypatch.setattr(parallel, "CHUNK", 3)  # a trim every three pages
    forgetful = Site(tmp_path / "forgetful", news_site())
    assert forgetful.first.rendered == usual.first.rendered
    assert tree(forgetful.out) == tree(usual.out)


def bodies_of(site: Site) -> Path:
    return cache.bodies_file(cache.cache_file(site.dir, site.out))


def test_a_build_keeps_bodies_in_a_file_and_reads_them_back_the_same(site, tmp_path):
    """A build's parsed articles hold a reference into the bodies file, not their bodies;
    what it reads back is what a parse in memory (check, no cache) holds."""
    built = load(site.dir, site.out, building=True).content.articles
    parsed = load(site.dir, tmp_path / "elsewhere").content.articles
    assert all(isinstance(a.body, bodies.Body) for a in built)
    assert all(isinstance(a.body, bytes) for a in parsed)
    assert [a.body_html for a in built] == [a.body_html for a in parsed]
    assert [views.body_digest(a) for a in built] == [views.body_digest(a) for a in parsed]


@pytest.mark.parametrize("damage", ["cut short", "deleted", "another file"])
def test_a_damaged_bodies_file_has_those_sources_parsed_again(site, damage):
    """The references of a saved state are checked against the file when it is loaded: a
    reference the file does not hold is not trusted, and its source is parsed again."""
    path = bodies_of(site)
    if damage == "cut short":
        os.truncate(path, path.stat().st_size // 2)
    elif damage == "deleted":
        path.unlink()
    else:
        data = path.read_bytes()
        path.write_bytes(os.urandom(bodies.ID_BYTES) + data[bodies.ID_BYTES :])
    template = site.path("themes/local/templates/article.html")  # every article page renders again
    touch_later(template, template.read_text("utf-8").replace("</article>", "</article><!-- sửa mẫu -->"))
    # In a process of its own, as every build from the command line: this one still has the
    # file it read bodies from open.
    run = subprocess.run(
        [sys.executable, str(REPO / "build.py"), "build", "--source", str(site.dir)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert "18 rendered" in run.stdout + run.stderr
    site.check()


def test_a_bodies_file_mostly_of_old_bodies_is_copied_without_them(site, monkeypatch):
    """Every body parsed again is appended (a full build parses all); once most of the file
    is bodies no article has, the next build keeps only the others, in a new file."""
    monkeypatch.setattr(bodies, "COMPACT_FROM", 0)
    path = bodies_of(site)
    first, first_id = path.stat().st_size, path.read_bytes()[: bodies.ID_BYTES]
    site.build(full=True)
    assert path.stat().st_size == 2 * first - bodies.ID_BYTES  # appended: the old ones are still read
    site.build(full=True)
    site.build(full=True)
    assert path.stat().st_size < 2 * first  # copied without them: four times the bodies otherwise
    store = path.read_bytes()[: bodies.ID_BYTES]
    assert store != first_id
    source, text = article_file(5)
    touch_later(site.path(source), text.replace("Đoạn thứ hai của bài số 5", "Đoạn thứ hai, đã sửa, của bài số 5"))
    site.build(quick=False)
    site.check()
    built = load(site.dir, site.out, building=True).content.articles
    assert {a.body.store for a in built} == {store.hex()}
