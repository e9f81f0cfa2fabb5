"""The golden site in a real headless Chromium, on a phone and on a desktop.

The site is served by http.server under a sub-path (/luu-tru/), as on a host that keeps the
archive in a folder: every link and asset is relative, so everything still loads. Screenshots
are kept in tests/artifacts/ (git-ignored) for a person to look at.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from golden.refresh import build_golden

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
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
    handler = functools.partial(SubPathHandler, directory=str(out))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)  # port 0: a free one
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}{PREFIX}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.fail("Chromium is missing: run tests/install.sh")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


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
