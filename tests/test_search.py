"""Search: the documents, the build step, and the search page in Chromium (issues 6 and 16)."""

from __future__ import annotations

import datetime as dt
import functools
import http.server
import io
import json
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from conftest import article, write_site

from sitegen import search, searchindex
from sitegen.pipeline import build, load
from sitegen.server import DevSite

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
        "Hội nghị biểu dương các mô hình dân vận khéo của huyện Phú Xuyên.\n\nCác <em>điển hình</em> được khen thưởng."
        " Đảng ủy huyện tặng giấy khen; văn nghệ chào mừng “Dân vận khéo”.",
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


def index_files(out: Path) -> dict[str, bytes]:
    folder = out / search.FOLDER
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# ---------------------------------------------------------------- unit


def test_record_holds_what_a_result_shows_and_the_filters(tmp_path):
    site = write_site(tmp_path / "s", SITE)
    loaded = load(site, site / "output")
    [entry] = [e for e in loaded.site.entries if e.url.endswith(URLS["dang_uy"])]
    data, pieces, filters, day = search.record(entry)
    rec = json.loads(data)
    assert rec["url"] == URLS["dang_uy"] and rec["title"] == "Đảng ủy xã Hưng Nhân tổng kết năm 2023"
    assert rec["date"] == "20/12/2023" and rec["datetime"] == "2023-12-20"
    assert rec["locality"] == "Tỉnh Thái Bình › Huyện Hưng Hà"
    assert rec["text"].startswith("Đảng ủy xã Hưng Nhân tổ chức hội nghị")  # the real text, marks kept
    assert "<" not in rec["text"]
    assert filters == ("year:2023", "province:Tỉnh Thái Bình", "meeting:tổng kết", "tag:xây dựng Đảng")
    text = " ".join(pieces)  # the record's text comes split at whitespace, as it is indexed
    assert text == searchindex.indexed_text(rec["title"], rec["locality"], rec["text"])  # what an edit re-indexes
    assert rec["title"] in text and "Huyện Hưng Hà" in text  # title and locality find it too
    assert day == (dt.date(2023, 12, 20) - dt.date(1970, 1, 1)).days


def test_build_writes_the_index_then_an_edit_rewrites_a_few_files(tmp_path):
    site = write_site(tmp_path / "s", SITE)
    out = site / "output"
    build(site, out)
    meta = json.loads((out / search.FOLDER / "meta.json").read_text("utf-8"))
    assert meta["documents"] == 4
    assert meta["filters"]["province"] == {"Thành phố Hà Nội": 2, "Tỉnh Thái Bình": 2}
    assert meta["filters"]["year"] == {"2023": 1, "2024": 3}
    before = index_files(out)
    assert build(site, out, full=True) and index_files(out) == before  # deterministic
    path = site / "content/ha-noi/phu-xuyen/2024-03-05-mo-hinh.md"
    path.write_text(path.read_text("utf-8").replace("khen thưởng", "khen thưởng, tặng giấy khen"), "utf-8")
    build(site, out)
    after = index_files(out)
    changed = [p for p in after if before.get(p) != after[p]]
    assert "meta.json" not in changed  # same documents, same filters
    assert 0 < len(changed) < len(after) and len([p for p in changed if p.startswith("d/")]) == 1


def test_edits_additions_and_deletions_leave_the_index_a_rebuild_makes(tmp_path):
    site = write_site(tmp_path / "s", SITE)
    out = site / "output"
    build(site, out)
    content = site / "content"
    (content / "thai-binh/hung-ha/2024-05-10-tap-huan.md").unlink()
    edited = content / "ha-noi/hai-ba-trung/2024-07-18-giao-ban.md"
    edited.write_text(edited.read_text("utf-8").replace("an sinh", "dân vận khéo và an sinh"), "utf-8")
    write_site(site, {"content/ha-noi/phu-xuyen/2025-01-02-moi.md": article("Bài mới về đổi mới", "2025-01-02")})
    build(site, out)
    fresh = tmp_path / "fresh"
    build(site, fresh)
    assert index_files(out) == index_files(fresh)
    assert json.loads((out / search.FOLDER / "meta.json").read_text("utf-8"))["documents"] == 4


def test_search_false_builds_no_index_and_removes_ours(tmp_path):
    site = write_site(tmp_path / "s", SITE)
    out = site / "output"
    build(site, out)
    (out / "CNAME").write_text("example.vn")
    assert (out / search.FOLDER / "meta.json").is_file()
    (site / "config.toml").write_text(SITE["config.toml"] + "search = false\n", "utf-8")
    report = build(site, out)
    assert not report.problems.warnings
    assert not (out / search.FOLDER).exists()
    assert (out / "CNAME").is_file()
    page = (out / "tim-kiem" / "index.html").read_text("utf-8")
    assert "search.js" not in page and 'id="search"' not in page
    assert "tắt" in page  # "Chức năng tìm kiếm đã tắt …" with links to browse


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


@pytest.mark.slow  # the session's Chromium (conftest)
def test_search_page_in_chromium(served, browser):
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(served))
    problems: list[str] = []
    page = browser.new_page()
    page.on("request", lambda r: r.url.startswith((origin, "data:")) or problems.append(f"other origin: {r.url}"))
    # A navigation cancels what is still in flight (the favicon, fetched late): not a failure.
    page.on(
        "requestfailed",
        lambda r: r.failure == "net::ERR_ABORTED" or problems.append(f"failed: {r.url} {r.failure}"),
    )
    page.on("response", lambda r: r.status >= 400 and problems.append(f"{r.status}: {r.url}"))
    page.on("pageerror", lambda e: problems.append(f"script error: {e}"))

    def results() -> list[str]:
        return [a.get_attribute("href") for a in page.locator("#search .results h2 a").all()]

    def run(query: str) -> list[str]:
        # Set the value and submit, without the input event: on a loaded machine the typing
        # debounce (300 ms) could fire a search of its own between the two.
        done = page.get_attribute("#search", "data-done")
        page.evaluate(
            "q => { document.getElementById('search-q').value = q;"
            " document.querySelector('#search form').requestSubmit(); }",
            query,
        )
        page.wait_for_function(
            "d => document.getElementById('search').dataset.done === String(Number(d) + 1)", arg=done
        )
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
    # only the query's words are marked, whole: not "Đảng" nor "văn", nor the quotes around "Dân"
    marks = [m.inner_text() for m in excerpt.locator(".result-excerpt mark").all()]
    assert {"dân", "vận", "khéo"} <= set(marks) <= {"dân", "vận", "khéo", "Dân"}, marks
    assert "Đảng" in excerpt.inner_text() and "văn" in excerpt.inner_text()
    assert "2024" in excerpt.locator("time").inner_text()
    assert "Huyện Phú Xuyên" in excerpt.inner_text()
    # the label, the live region and the result links
    assert page.locator("label[for=search-q]").inner_text().strip()
    assert page.get_attribute("#search-status", "role") == "status"
    assert "1" in page.inner_text("#search-status")

    assert run("Đảng ủy")[0].endswith(URLS["dang_uy"])
    dang = run("dang uy")
    assert dang[0].endswith(URLS["dang_uy"]), dang
    assert page.locator("#search .results li").first.locator("mark").first.inner_text() == "Đảng"
    hbt = run("Hai Ba Trung")
    assert hbt[0].endswith(URLS["hai_ba_trung"]), hbt
    assert run("qxzjvwk") == []
    assert "Không tìm thấy" in page.inner_text("#search-status")
    # a phrase: its words in that order; the same words in another order are not it
    assert [u.split("/archive/")[-1] for u in run('"dân vận khéo"')] == [URLS["dan_van_kheo"]]
    assert run('"khéo vận dân"') == []
    assert [u.split("/archive/")[-1] for u in run("khéo vận dân")] == [URLS["dan_van_kheo"]]
    assert [u.split("/archive/")[-1] for u in run('"dang uy xa"')] == [URLS["dang_uy"]]

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


def test_dev_server_rebuilds_keep_the_index_current(tmp_path):
    site = write_site(tmp_path / "s", SITE)
    out = site / "output"
    dev = DevSite(site, out, out=io.StringIO())
    dev.rebuild(first=True)
    path = site / "content/thai-binh/hung-ha/2024-05-10-tap-huan.md"
    path.write_text(path.read_text("utf-8").replace("hồ sơ", "hồ sơ và xyzchuyendoi"), "utf-8")
    dev.rebuild(["content/thai-binh/hung-ha/2024-05-10-tap-huan.md"])
    meta = json.loads((out / search.FOLDER / "meta.json").read_text("utf-8"))
    shard = out / search.FOLDER / "w" / f"{searchindex.shard_of('xyzchuyendoi', meta['shards'])}.bin"
    assert "xyzchuyendoi" in searchindex.decode_shard(shard.read_bytes(), meta["slots"])
    fresh = tmp_path / "fresh"
    build(site, fresh)
    assert index_files(out) == index_files(fresh)


def test_without_javascript_the_search_form_leads_to_the_indexes(tmp_path):
    site = write_site(tmp_path / "s", SITE)
    out = site / "output"
    build(site, out)
    article_page = (out / URLS["tap_huan"] / "index.html").read_text("utf-8")
    assert 'action="../../../tim-kiem/"' in article_page  # the header box submits ?q= there
    page = (out / "tim-kiem" / "index.html").read_text("utf-8")
    noscript = page.split("<noscript>", 1)[1].split("</noscript>", 1)[0]
    for folder in ("dia-phuong", "chu-de", "loai-hoi-nghi", "nhan-vat", "luu-tru"):
        assert f'href="../{folder}/' in noscript, folder
    assert 'data-index="../search-index/"' in page
