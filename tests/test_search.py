"""Search (issue 6): the Pagefind documents, the build step, and the search page in Chromium."""

from __future__ import annotations

import functools
import http.server
import re
import stat
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from conftest import article, write_site

from sitegen import search
from sitegen.errors import Problems
from sitegen.pipeline import build, load

SITE = {
    "config.toml": 'title = "Lưu trữ thử"\nbase_url = "https://example.vn/archive/"\n',
    "content/thai-binh/_index.md": "---\ntitle: Tỉnh Thái Bình\nlevel: tỉnh\n---\n",
    "content/thai-binh/hung-ha/_index.md": "---\ntitle: Huyện Hưng Hà\nlevel: huyện\n---\n",
    "content/ha-noi/_index.md": "---\ntitle: Thành phố Hà Nội\nlevel: thành phố\n---\n",
    "content/ha-noi/hai-ba-trung/_index.md": "---\ntitle: Quận Hai Bà Trưng\nlevel: quận\n---\n",
    "content/ha-noi/phu-xuyen/_index.md": "---\ntitle: Huyện Phú Xuyên\nlevel: huyện\n---\n",
    "content/thai-binh/hung-ha/2023-12-20-tong-ket.md": article(
        "Đảng ủy xã Hưng Nhân tổng kết năm 2023",
        "2023-12-20",
        "Đảng ủy xã Hưng Nhân tổ chức hội nghị tổng kết công tác năm 2023, đề ra phương hướng năm 2024.",
        meeting="tổng kết",
        tags="[xây dựng Đảng]",
    ),
    "content/thai-binh/hung-ha/2024-05-10-tap-huan.md": article(
        "Tập huấn chuyển đổi số cho cán bộ cơ sở",
        "2024-05-10",
        "Lớp tập huấn về ứng dụng công nghệ thông tin trong quản lý hồ sơ.",
        meeting="tập huấn",
        tags="[chuyển đổi số]",
    ),
    "content/ha-noi/hai-ba-trung/2024-07-18-giao-ban.md": article(
        "Phường Bạch Mai giao ban quý II",
        "2024-07-18",
        "Ban chỉ đạo phường Bạch Mai, Quận Hai Bà Trưng, họp giao ban về an sinh xã hội.",
        meeting="giao ban",
        tags="[an sinh xã hội]",
    ),
    "content/ha-noi/phu-xuyen/2024-03-05-mo-hinh.md": article(
        "Biểu dương mô hình dân vận khéo",
        "2024-03-05",
        "Hội nghị biểu dương các mô hình dân vận khéo của huyện Phú Xuyên.\n\nCác <em>điển hình</em> được khen thưởng.",
        meeting="hội nghị chuyên đề",
        tags="[dân vận khéo]",
    ),
}
URLS = {
    "dang_uy": "2023/12/dang-uy-xa-hung-nhan-tong-ket-nam-2023/",
    "tap_huan": "2024/05/tap-huan-chuyen-doi-so-cho-can-bo-co-so/",
    "hai_ba_trung": "2024/07/phuong-bach-mai-giao-ban-quy-ii/",
    "dan_van_kheo": "2024/03/bieu-duong-mo-hinh-dan-van-kheo/",
}


def _broken_binary(tmp_path: Path) -> str:
    script = tmp_path / "pagefind-broken"
    script.write_text("#!/bin/sh\necho 'boom: cannot index' >&2\nexit 3\n")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return str(script)


# ---------------------------------------------------------------- unit


def test_fold_d_keeps_tone_marks():
    assert search.fold_d("Đảng ủy đồng chí") == "Dảng ủy dồng chí"
    assert search.fold_d("Hai Bà Trưng") == "Hai Bà Trưng"


def test_fold_words_only_words_with_d_bar_in_order_repeats_kept():
    text = "Đảng ủy xã “Đông Hưng”, đồng chí Đảng; <p>đổi</p> mới"
    assert search.fold_words(text) == ["Dảng", "Dông", "dồng", "Dảng", "dổi"]
    assert search.fold_words("dân vận khéo") == []


def test_document_holds_meta_filters_body_and_folded_tail(tmp_path):
    site = write_site(tmp_path / "s", SITE)
    loaded = load(site, site / "output")
    docs = search.documents(loaded.site)
    assert sorted(docs) == sorted(f"{u}index.html" for u in URLS.values())
    doc = docs[URLS["dang_uy"] + "index.html"]
    assert '<h1 data-pagefind-meta="title">Đảng ủy xã Hưng Nhân tổng kết năm 2023</h1>' in doc
    assert '<p data-pagefind-meta="date">20/12/2023</p>' in doc
    assert '<p data-pagefind-meta="locality">Tỉnh Thái Bình › Huyện Hưng Hà</p>' in doc
    assert '<p data-pagefind-filter="province">Tỉnh Thái Bình</p>' in doc
    assert '<p data-pagefind-filter="year">2023</p>' in doc
    assert '<p data-pagefind-filter="meeting">tổng kết</p>' in doc
    assert '<p data-pagefind-filter="tag">xây dựng Đảng</p>' in doc
    body = doc.split("<main data-pagefind-body>", 1)[1]
    assert "Đảng ủy xã Hưng Nhân tổ chức" in body  # the real text is indexed as it is
    assert f"{search.MARK} Dảng Dảng dề" in body  # title, then body: đ-words with d
    assert "<nav" not in doc and "site-header" not in doc  # no navigation in the index
    # an explicit summary that is not the first paragraph is indexed too
    extra = dict(SITE)
    extra["content/ha-noi/phu-xuyen/2024-03-05-mo-hinh.md"] = article(
        "Biểu dương mô hình dân vận khéo", "2024-03-05", "Thân bài.", summary='"Tóm tắt riêng về đổi mới."'
    )
    site2 = write_site(tmp_path / "s2", extra)
    doc2 = search.documents(load(site2, site2 / "output").site)[URLS["dan_van_kheo"] + "index.html"]
    assert "<p>Tóm tắt riêng về đổi mới.</p>" in doc2 and "dổi" in doc2


def test_build_writes_bundle_then_skips_when_no_article_changed(tmp_path):
    site = write_site(tmp_path / "s", SITE)
    out = site / "output"
    report = build(site, out)
    assert not report.problems.warnings
    assert (out / "pagefind" / "pagefind-entry.json").is_file()
    assert (out / "pagefind" / "pagefind.js").is_file()
    assert not (out / "pagefind" / "pagefind-ui.js").exists()  # our own UI, not theirs
    assert not (out / search.STAGING).exists()
    before = {p: p.stat().st_mtime_ns for p in (out / "pagefind").rglob("*") if p.is_file()}
    loaded = load(site, out)
    again = search.build_search(
        out, loaded.site, loaded.config, Problems(), search.stamp_file(loaded.state_path), loaded.state.outputs
    )
    assert again.status == "unchanged" and again.written == []
    assert before == {p: p.stat().st_mtime_ns for p in (out / "pagefind").rglob("*") if p.is_file()}
    # one article edited: indexed again, only the files whose bytes changed are replaced
    path = site / "content/ha-noi/phu-xuyen/2024-03-05-mo-hinh.md"
    path.write_text(path.read_text("utf-8").replace("khen thưởng", "khen thưởng, tặng giấy khen"), "utf-8")
    build(site, out)
    after = {p: p.stat().st_mtime_ns for p in (out / "pagefind").rglob("*") if p.is_file()}
    changed = [p for p in after if before.get(p) != after[p]]
    assert changed and len(changed) < len(after)
    assert all(p.exists() for p in after)


def test_missing_pagefind_is_one_warning_and_the_site_still_builds(tmp_path, monkeypatch):
    site = write_site(tmp_path / "s", SITE)
    monkeypatch.setenv(search.ENV_BINARY, str(tmp_path / "no-such-pagefind"))
    report = build(site, site / "output")
    lines = [str(p) for p in report.problems.warnings]
    assert len(lines) == 1 and "warning: search: could not run" in lines[0], lines
    assert "search = false" in lines[0]
    assert (site / "output" / URLS["dang_uy"] / "index.html").is_file()
    assert not (site / "output" / "pagefind").exists()


def test_failing_pagefind_keeps_the_old_bundle_and_warns(tmp_path, monkeypatch):
    site = write_site(tmp_path / "s", SITE)
    build(site, site / "output")
    entry = site / "output" / "pagefind" / "pagefind-entry.json"
    old = entry.read_bytes()
    path = site / "content/thai-binh/hung-ha/2024-05-10-tap-huan.md"
    path.write_text(path.read_text("utf-8") + "\nThêm một câu.\n", "utf-8")
    monkeypatch.setenv(search.ENV_BINARY, _broken_binary(tmp_path))
    report = build(site, site / "output")
    [warning] = [str(p) for p in report.problems.warnings]
    assert "warning: search:" in warning and "boom: cannot index" in warning
    assert entry.read_bytes() == old and not (site / "output" / search.STAGING).exists()
    monkeypatch.delenv(search.ENV_BINARY)
    # Pagefind works again. Nothing in the site changed, so a plain build replays the last
    # build's warning (the pipeline's no-op path); --full looks again and indexes the edit.
    assert [str(p) for p in build(site, site / "output").problems.warnings] == [warning]
    report = build(site, site / "output", full=True)
    assert not report.problems.warnings
    assert entry.read_bytes() != old


def test_search_false_builds_no_index_and_removes_ours(tmp_path):
    site = write_site(tmp_path / "s", SITE)
    out = site / "output"
    build(site, out)
    (out / "CNAME").write_text("example.vn")
    assert (out / "pagefind").is_dir()
    (site / "config.toml").write_text(SITE["config.toml"] + "search = false\n", "utf-8")
    report = build(site, out)
    assert not report.problems.warnings
    assert not (out / "pagefind").exists()
    assert (out / "CNAME").is_file()
    page = (out / "tim-kiem" / "index.html").read_text("utf-8")
    assert "search.js" not in page and 'id="search"' not in page
    assert "tắt" in page  # "Chức năng tìm kiếm đã tắt …" with links to browse


def test_build_summary_counts_every_file_it_writes(tmp_path):
    """Pages, static files and the search index: written + unchanged = the files in output/."""
    site = write_site(tmp_path / "s", SITE)
    out = site / "output"
    first = build(site, out).summary()
    files = sum(1 for p in out.rglob("*") if p.is_file())
    assert re.search(rf"\b{files} files written \(search index: \d+ of \d+\), 0 unchanged", first), (first, files)
    again = build(site, out).summary()
    assert re.search(rf"\b0 files written \(search index: 0 of \d+\), {files} unchanged", again), (again, files)


# ---------------------------------------------------------------- browser


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """The inline site built into www/archive/ and served from www/, so it lives under a sub-path."""
    root = tmp_path_factory.mktemp("search-site")
    site = write_site(root / "site", SITE)
    report = build(site, root / "www" / "archive")
    assert not report.problems.warnings, report.problems.items

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(root / "www")))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/archive/"
    server.shutdown()


@pytest.mark.slow
def test_search_page_in_chromium(served, browser):
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(served))
    problems: list[str] = []
    page = browser.new_page()
    page.on("request", lambda r: r.url.startswith((origin, "data:")) or problems.append(f"other origin: {r.url}"))
    page.on("requestfailed", lambda r: problems.append(f"failed: {r.url} {r.failure}"))
    page.on("response", lambda r: r.status >= 400 and problems.append(f"{r.status}: {r.url}"))
    page.on("pageerror", lambda e: problems.append(f"script error: {e}"))

    def results() -> list[str]:
        return [a.get_attribute("href") for a in page.locator("#search .results h2 a").all()]

    def run(query: str) -> list[str]:
        done = page.get_attribute("#search", "data-done")
        page.fill("#search-q", query)
        page.press("#search-q", "Enter")
        page.wait_for_function("d => document.getElementById('search').dataset.done !== d", arg=done)
        return results()

    # The header box of any page submits ?q= to the search page, which runs the query.
    page.goto(served + URLS["tap_huan"])
    page.fill("#q-header", "dan van kheo")
    page.press("#q-header", "Enter")
    page.wait_for_function("() => document.getElementById('search')?.dataset.done === '1'")
    assert page.url.startswith(served + "tim-kiem/?q=dan")
    found = results()
    assert found and found[0].endswith(URLS["dan_van_kheo"]), found
    excerpt = page.locator("#search .results li").first
    assert "dân vận khéo" in excerpt.inner_text()
    assert page.locator("#search .results li").first.locator("mark").first.inner_text() == "dân"
    assert "2024" in excerpt.locator("time").inner_text()
    assert "Huyện Phú Xuyên" in excerpt.inner_text()
    assert search.MARK not in page.locator("#search .results").inner_text()  # the folded tail is hidden
    # the label, the live region and the result links
    assert page.locator("label[for=search-q]").inner_text().strip()
    assert page.get_attribute("#search-status", "role") == "status"
    assert "1" in page.inner_text("#search-status")

    assert run("Đảng ủy")[0].endswith(URLS["dang_uy"])
    dang = run("dang uy")
    assert dang[0].endswith(URLS["dang_uy"]), dang
    assert page.locator("#search .results li").first.locator("mark").first.inner_text() == "Đảng"
    assert search.MARK not in page.locator("#search .results").inner_text()
    hbt = run("Hai Ba Trung")
    assert hbt[0].endswith(URLS["hai_ba_trung"]), hbt
    assert run("qxzjvwk") == []
    assert "Không tìm thấy" in page.inner_text("#search-status")

    # A result link works from /tim-kiem/ under the sub-path.
    run("dan van kheo")
    page.click("#search .results h2 a >> nth=0")
    page.wait_for_url(served + URLS["dan_van_kheo"])
    assert page.locator("h1").inner_text() == "Biểu dương mô hình dân vận khéo"

    # Filters: a province alone lists its articles; a tag narrows them.
    page.goto(served + "tim-kiem/")
    page.wait_for_function("() => document.getElementById('search').dataset.done === '0'")
    done = page.get_attribute("#search", "data-done")
    page.select_option("#filter-province", "Tỉnh Thái Bình")
    page.wait_for_function("d => document.getElementById('search').dataset.done !== d", arg=done)
    assert sorted(u.split("/archive/")[-1] for u in results()) == sorted([URLS["dang_uy"], URLS["tap_huan"]])
    done = page.get_attribute("#search", "data-done")
    page.check("#search .filter-tag-list input[value='chuyển đổi số']")
    page.wait_for_function("d => document.getElementById('search').dataset.done !== d", arg=done)
    assert [u.split("/archive/")[-1] for u in results()] == [URLS["tap_huan"]]
    assert "province=" in page.url and "tag=" in page.url
    label = page.locator("label[for=filter-year]").inner_text()
    assert label.strip()
    assert problems == [], problems
    page.close()
