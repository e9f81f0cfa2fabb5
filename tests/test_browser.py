"""The golden site in a real headless Chromium, on a phone and on a desktop.

The site is served by http.server under a sub-path (/luu-tru/), as on a host that keeps the
archive in a folder: every link and asset is relative, so everything still loads. Screenshots
are kept in tests/artifacts/ (git-ignored) for a person to look at.
"""

from __future__ import annotations

import http.server
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from conftest import article, serve_folder, write_site
from golden.refresh import build_golden

from sitegen.pipeline import build

pytestmark = pytest.mark.slow  # a real browser: seconds, not milliseconds

PREFIX = "/luu-tru/"
PAGES = {
    "home": "",
    "article": "2024/07/ban-dan-van-quan-uy-hai-ba-trung-to-chuc-hoi-nghi-giao-ban-cong-tac-dan-van-6-thang-dau-"
    "nam-2024/",
    "locality": "dia-phuong/thai-binh/",
    "tags": "chu-de/",
}
VIEWPORTS = {"phone": (390, 844), "desktop": (1280, 900)}


class SubPathHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the folder under PREFIX only; anything outside it is a 404, like a real host."""

    def translate_path(self, path: str) -> str:
        path = unquote(urlsplit(path).path)
        if not path.startswith(PREFIX):
            return str(Path(self.directory) / "__outside_the_sub_path__")
        return super().translate_path("/" + path[len(PREFIX) :])

    def list_directory(self, path):  # a folder without index.html is a 404, as on a real host
        self.send_error(404)
        return None

    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    out = tmp_path_factory.mktemp("browser") / "output"
    build_golden(out)
    with serve_folder(out, SubPathHandler) as url:
        yield url.rstrip("/") + PREFIX


def phone(browser):
    return browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("name", PAGES)
def test_page_loads_fully_without_horizontal_scrolling(server, browser, artifacts, name, viewport):
    width, height = VIEWPORTS[viewport]
    context = browser.new_context(
        viewport={"width": width, "height": height},
        is_mobile=viewport == "phone",
        has_touch=viewport == "phone",
        device_scale_factor=1,
    )
    page = context.new_page()
    failed: list[str] = []
    page.on("requestfailed", lambda r: failed.append(f"{r.url}: {r.failure}"))
    page.on("response", lambda r: failed.append(f"{r.url}: HTTP {r.status}") if r.status >= 400 else None)
    page.on("console", lambda m: failed.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    try:
        response = page.goto(server + PAGES[name], wait_until="load")
        assert response is not None and response.status == 200
        page.wait_for_load_state("networkidle")
        assert not failed, failed
        # The stylesheet and the lead image really loaded, through relative links under the sub-path.
        assert page.evaluate("getComputedStyle(document.querySelector('.site-header')).display") == "block"
        assert page.evaluate("[...document.images].every(i => i.complete && i.naturalWidth > 0)")
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        wide = page.evaluate("""() => [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
            .slice(0, 5).map(e => e.tagName + '.' + e.className)""")
        assert overflow <= 0, f"{overflow}px of horizontal scrolling at {width}px: {wide}"
        assert page.evaluate("document.documentElement.lang") == "vi"
        page.screenshot(path=str(artifacts / f"{name}-{width}.png"), full_page=True)
    finally:
        context.close()


def test_links_work_from_the_sub_path(server, browser):
    """Click through home → a locality → an article, as a reader would."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    try:
        page.goto(server)
        page.get_by_role("link", name="Địa phương", exact=True).first.click()
        assert page.url == server + "dia-phuong/"
        page.get_by_role("link", name="Xã Điệp Nông").click()
        assert page.url == server + "dia-phuong/thai-binh/hung-ha/diep-nong/"
        page.get_by_role("link", name="Đảng ủy xã Điệp Nông tổng kết công tác dân vận năm 2023").click()
        assert page.url == server + "2023/12/dang-uy-xa-diep-nong-tong-ket-cong-tac-dan-van-nam-2023/"
        assert page.locator("h1").inner_text() == "Đảng ủy xã Điệp Nông tổng kết công tác dân vận năm 2023"
        page.goto(server + "tin-cu/giao-ban-dan-van-2024/")  # an alias redirects to the article
        page.wait_for_url(server + PAGES["article"])
    finally:
        context.close()


def test_phone_menu_leaves_no_item_alone_on_a_row(server, browser):
    context = phone(browser)
    page = context.new_page()
    try:
        page.goto(server)
        rows = page.evaluate("""() => {
            const rows = {};
            for (const li of document.querySelectorAll('.site-header nav li')) {
                const top = Math.round(li.getBoundingClientRect().top);
                rows[top] = (rows[top] || 0) + 1;
            }
            return Object.values(rows);
        }""")
        assert sum(rows) == 5 and min(rows) >= 2, f"menu rows at 390 px: {rows}"
    finally:
        context.close()


@pytest.mark.parametrize("width", [390, 1280])
def test_footer_sits_at_the_bottom_of_a_short_page(server, browser, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    try:
        page.goto(server + "loai-hoi-nghi/")
        height = page.evaluate("document.documentElement.scrollHeight")
        bottom = page.evaluate("document.querySelector('.site-footer').getBoundingClientRect().bottom")
        assert height <= 900, "not a short page: the test would prove nothing"
        assert abs(bottom - 900) <= 1, f"{900 - bottom:.0f} px of blank page under the footer"
    finally:
        context.close()


def test_topic_filter_box_cuts_no_row(tmp_path, browser):
    """Sixty topics: the box scrolls, and its edge falls between two rows."""
    files = {"config.toml": 'title = "Thử"\n'}
    for i in range(30):
        tags = f"[chủ đề số {2 * i}, chủ đề {2 * i + 1} dài hơn một chút]"
        files[f"content/ha-noi/2024-01-{i % 28 + 1:02d}-tin-{i}.md"] = article(f"Tin số {i}", "2024-01-05", tags=tags)
    site = write_site(tmp_path / "site", files)
    report = build(site, site / "output")
    assert not report.problems.warnings, report.problems.items
    with serve_folder(site / "output") as url:
        context = phone(browser)
        page = context.new_page()
        try:
            page.goto(url + "tim-kiem/")
            page.wait_for_function("() => document.querySelectorAll('.filter-tag-list span').length === 60")
            cut = page.evaluate("""() => {
                const list = document.querySelector('.filter-tag-list');
                const box = [list, list.closest('fieldset')].find(e => e.scrollHeight > e.clientHeight);
                if (!box) return {scrolls: false, cut: []};
                const edge = box.getBoundingClientRect().top + box.clientTop + box.clientHeight;  // where it clips
                const cut = [...list.children].filter(s => {
                    const r = s.getBoundingClientRect();
                    return r.top < edge - 0.5 && r.bottom > edge + 0.5;
                });
                return {scrolls: true, cut: cut.map(s => s.textContent)};
            }""")
            assert cut["scrolls"], "the box does not scroll: the test would prove nothing"
            assert cut["cut"] == [], f"rows cut by the box's edge at 390 px: {cut['cut']}"
        finally:
            context.close()
