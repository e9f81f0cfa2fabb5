"""Unit tests, one stage at a time, without touching the disk (STYLE.md habit 1)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

import pytest

from sitegen.config import Config, parse_config
from sitegen.content import has_time, parse_article, parse_locality, root_relative, step_headings
from sitegen.errors import Problems
from sitegen.frontmatter import FrontmatterError, split
from sitegen.index import build_site
from sitegen.markup import Markup
from sitegen.model import Content
from sitegen.plan import paginate, plan_site
from sitegen.text import locality_folder, nfc, slugify, sort_key, split_level
from sitegen.theme import _day, _day_time, month_name, relative_links
from sitegen.urls import SLUG_MAX, absolute, depth_of, file_slug, link, output_path

CONFIG = Config(base_url="https://tin.example.vn/")
MARKUP = Markup()


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


# ---------------------------------------------------------------- text


@pytest.mark.parametrize(
    "text, slug",
    [
        ("Đảng ủy", "dang-uy"),
        ("Đảng ủy xã Hưng Hà", "dang-uy-xa-hung-ha"),
        ("Hội nghị sơ kết: công tác dân vận 6 tháng!", "hoi-nghi-so-ket-cong-tac-dan-van-6-thang"),
        ("Quận Hai Bà Trưng", "quan-hai-ba-trung"),
        ("ĐOÀN THANH NIÊN", "doan-thanh-nien"),
        ("Ước lượng – “Dân vận khéo”", "uoc-luong-dan-van-kheo"),
        (nfd("Đảng ủy xã Điệp Nông"), "dang-uy-xa-diep-nong"),  # pasted from Word, decomposed
    ],
)
def test_slugify(text, slug):
    assert slugify(text) == slug


def test_vietnamese_alphabetical_order():
    words = ["Đức", "Dung", "Ân", "Ăn", "An", "Bình", "Ê", "E", "Ơn", "Ôn", "On", "Ưng", "Uy", "Zê"]
    assert sorted(words, key=sort_key) == [
        "An",
        "Ăn",
        "Ân",
        "Bình",
        "Dung",
        "Đức",
        "E",
        "Ê",
        "On",
        "Ôn",
        "Ơn",
        "Uy",
        "Ưng",
        "Zê",
    ]
    # tones: ngang, huyền, hỏi, ngã, sắc, nặng
    assert sorted(["má", "mạ", "mà", "ma", "mã", "mả"], key=sort_key) == ["ma", "mà", "mả", "mã", "má", "mạ"]
    # the letter decides before the tone: "Đà" after "Dz", "ba" after "ạ"
    assert sorted(["Đà", "Dz", "ba", "ạ"], key=sort_key) == ["ạ", "ba", "Dz", "Đà"]
    # NFC and NFD spellings sort the same
    assert sort_key(nfd("Đỗ Thị Hà"))[:2] == sort_key("Đỗ Thị Hà")[:2]
    # case never outranks the alphabet
    assert sorted(["đào", "Dương", "dân"], key=sort_key) == ["dân", "Dương", "đào"]


@pytest.mark.parametrize(
    "title, level, name",
    [
        ("Quận Hai Bà Trưng", "quận", "Hai Bà Trưng"),
        ("Thành phố Hà Nội", "thành phố", "Hà Nội"),
        ("TP. Hà Nội", "thành phố", "Hà Nội"),
        ("TP.Hà Nội", "thành phố", "Hà Nội"),
        ("tp Hồ Chí Minh", "thành phố", "Hồ Chí Minh"),
        ("Thị trấn Tuy Quế", "thị trấn", "Tuy Quế"),
        ("Thị xã Duy Tiên", "thị xã", "Duy Tiên"),
        ("Xã Điệp Nông", "xã", "Điệp Nông"),
        ("Hà Nội", "", "Hà Nội"),
        ("Phường", "", "Phường"),  # a level word alone is a name
        ("", "", ""),
    ],
)
def test_split_level(title, level, name):
    assert split_level(title) == (level, name)


def test_locality_folder_drops_the_level_word():
    assert locality_folder("Thành phố Hà Nội") == "ha-noi"
    assert locality_folder("TP. Hà Nội") == "ha-noi"
    assert locality_folder("Huyện Đông Hưng") == "dong-hung"
    assert locality_folder("Phường") == "phuong"


# ---------------------------------------------------------------- frontmatter


def test_frontmatter_lines_count_from_the_top_of_the_file():
    fm = split('---\ntitle: "A"\n\ndate: 2024-01-01\ntags:\n  - a\n  - b\n---\nBody\n')
    assert fm.lines == {"title": 2, "date": 4, "tags": 5}
    assert fm.data["tags"] == ["a", "b"]
    assert fm.body == "Body\n" and fm.body_line == 9


def test_frontmatter_error_lines_are_file_lines():
    with pytest.raises(FrontmatterError) as err:
        split('---\ntitle: "A"\ndate: 2024-01-01\nsummary: "unclosed\n---\n')
    assert err.value.line in (4, 5)  # where the string opens or where YAML notices
    with pytest.raises(FrontmatterError) as err:
        split("---\ntitle: A\nauthor: B\n  bad: indent\n---\n")
    assert err.value.line == 4
    with pytest.raises(FrontmatterError) as err:
        split('---\ntitle: "A"\ntitle: "B"\n---\n')
    assert err.value.line == 3 and "given twice (also on line 2)" in err.value.message


def test_frontmatter_accepts_a_bom_and_windows_line_ends():
    fm = split('\ufeff---\r\ntitle: "A"\r\ndate: 2024-01-01\r\n---\r\nBody\r\n')
    assert fm.data["title"] == "A" and fm.lines == {"title": 2, "date": 3}


@pytest.mark.parametrize(
    "text, line, words",
    [
        ("", 1, "empty"),
        ("title: A\n", 1, "first line must be '---'"),
        ("---\ntitle: A\n", 1, "never closed"),
        ("---\n- a\n---\n", 2, "'key: value'"),
    ],
)
def test_frontmatter_mistakes(text, line, words):
    with pytest.raises(FrontmatterError) as err:
        split(text)
    assert err.value.line == line and words in err.value.message


# ---------------------------------------------------------------- config


def test_config_errors_carry_the_line_of_their_key():
    problems = Problems()
    config = parse_config(
        'title = "A"\n\n[urls]\ntags = "chủ đề"\ntagz = "x"\n\n[meetings]\ntypes = "giao ban"\n',
        "config.toml",
        problems,
    )
    assert [str(p) for p in problems.sorted()] == [
        'config.toml:4: error: urls.tags: "chủ đề" must be lower-case ASCII letters, digits and hyphens',
        'config.toml:5: error: unknown setting "urls.tagz" (did you mean "urls.tags"?)',
        'config.toml:8: error: meetings.types: expected a list of text, like meetings.types = ["a", "b"], '
        "not 'giao ban'",
    ]
    assert config.title == "A"  # what was right is kept


def test_config_defaults_and_normalisation():
    problems = Problems()
    config = parse_config(f'title = "{nfd("Lưu trữ")}"\nbase_url = "https://x.vn/luu-tru"\n', "c", problems)
    assert not problems.items
    assert config.title == "Lưu trữ" and config.per_page == 20 and config.language == "vi"
    assert config.base_path == "/luu-tru/"
    assert config.tag_name("qcdc") == "quy chế dân chủ"  # aliases ignore case
    assert config.meeting_name("GIAO BAN") == "giao ban" and config.meeting_name("họp") is None


# ---------------------------------------------------------------- content


def article(text: str, path: str = "content/ha-noi/hai-ba-trung/2024-07-18-a.md", config: Config = CONFIG):
    problems = Problems()
    return parse_article(text, path, config, MARKUP, problems), problems


def test_parse_article_reads_every_field():
    a, problems = article(
        nfd(
            '---\ntitle: "Hội nghị giao ban"\ndate: 2024-07-18\nevent_date: 15/07/2024\n'
            "meeting: Giao Ban\ntags: [DVK, tôn giáo, dân vận khéo]\npeople: Vũ Văn Hoạt, Nguyễn Thị Ngọc\n"
            "author: Hồng Xiêm, Quang Hiếu\nlocality: Hà Nội/Quận Hai Bà Trưng\nnote: giữ lại\n---\n\nĐoạn đầu.\n"
        )
    )
    assert not problems.items
    assert a.title == "Hội nghị giao ban" and unicodedata.is_normalized("NFC", a.title)
    assert a.date == dt.datetime(2024, 7, 18, tzinfo=CONFIG.tz) and a.date.isoformat().endswith("+07:00")
    assert a.event_date == dt.date(2024, 7, 15)
    assert a.meeting == "giao ban"
    assert a.tags == ("dân vận khéo", "tôn giáo")  # the alias and the full name are one tag
    assert a.people == ("Vũ Văn Hoạt", "Nguyễn Thị Ngọc")
    assert a.authors == ("Hồng Xiêm", "Quang Hiếu")
    assert a.locality_titles == ("Hà Nội", "Quận Hai Bà Trưng")
    assert a.folders == ("ha-noi", "hai-ba-trung")
    assert a.slug == "hoi-nghi-giao-ban" and a.summary == "Đoạn đầu."
    assert a.extra == {"note": "giữ lại"}
    assert a.lines["meeting"] == 5


def test_parse_article_dates_in_the_site_time_zone():
    a, _ = article('---\ntitle: "A"\ndate: 31/12/2024 14:30\n---\n')
    assert a.date.isoformat() == "2024-12-31T14:30:00+07:00"
    a, _ = article('---\ntitle: "A"\ndate: 2024-12-31T07:00:00Z\n---\n')
    assert a.date.isoformat() == "2024-12-31T14:00:00+07:00"


def test_parse_article_warns_about_a_typo_of_a_known_key():
    a, problems = article('---\ntitle: "A"\ndate: 2024-01-01\ntag: [x]\n---\n')
    assert a is not None
    assert [str(p) for p in problems.items] == [
        'content/ha-noi/hai-ba-trung/2024-07-18-a.md:4: warning: unknown key "tag": did you mean "tags"?'
    ]


def test_parse_article_collects_every_mistake_of_a_file():
    a, problems = article("---\ntitle: [x]\ndate: sớm\nmeeting: họp\ndraft: có\n---\n")
    assert a is None
    assert [(p.line, p.message.split(":")[0]) for p in problems.sorted()] == [
        (2, "title"),
        (3, "date"),
        (4, "meeting"),
        (5, "draft"),
    ]


def test_parse_locality():
    problems = Problems()
    page = parse_locality(
        "---\ntitle: Quận Hai Bà Trưng\nlevel: Quận\n---\nMô tả [ảnh](anh.jpg).\n",
        "content/ha-noi/hai-ba-trung/_index.md",
        MARKUP,
        problems,
    )
    assert page.title == "Quận Hai Bà Trưng" and page.level == "quận"
    assert page.folders == ("ha-noi", "hai-ba-trung")
    assert 'href="/ha-noi/hai-ba-trung/anh.jpg"' in page.description_html
    empty = parse_locality("", "content/thai-binh/_index.md", MARKUP, problems)
    assert empty.title == "Thai Binh" and not problems.items


def test_links_relative_to_the_source_file_become_site_paths():
    html = (
        '<img src="images/a.jpg"><a href="../b/#x">b</a><a href="/c/">c</a><a href="#top">t</a>'
        '<a href="https://x.vn/">x</a><a href="mailto:a@b.vn">m</a><img src="../../../../etc/x.png">'
    )
    assert root_relative(html, "ha-noi/dong-da") == (
        '<img src="/ha-noi/dong-da/images/a.jpg"><a href="/ha-noi/b/#x">b</a><a href="/c/">c</a>'
        '<a href="#top">t</a><a href="https://x.vn/">x</a><a href="mailto:a@b.vn">m</a><img src="/etc/x.png">'
    )


def test_body_headings_follow_the_page_title_without_skipping():
    assert (
        step_headings("<h3>a</h3><h3 id='b'>b</h3><h5>c</h5><h2>d</h2>")
        == "<h2>a</h2><h2 id='b'>b</h2><h3>c</h3><h2>d</h2>"
    )
    assert step_headings("<h1>a</h1><h2>b</h2>") == "<h2>a</h2><h3>b</h3>"
    assert step_headings("<p>no headings</p>") == "<p>no headings</p>"


# ---------------------------------------------------------------- urls


@pytest.mark.parametrize(
    "url, path",
    [
        ("/", "index.html"),
        ("/2024/07/x/", "2024/07/x/index.html"),
        ("/feed.xml", "feed.xml"),
        ("/dia-phuong/ha-noi/feed.xml", "dia-phuong/ha-noi/feed.xml"),
        ("/../../etc/passwd", "etc/passwd"),  # never leaves output/
        ("/a/../../b/", "b/index.html"),
    ],
)
def test_output_path(url, path):
    assert output_path(url) == path


def test_relative_links_and_depth():
    assert depth_of("/") == 0 and depth_of("/chu-de/") == 1 and depth_of("/2024/07/x/") == 3
    assert depth_of("/404.html") == 0 and depth_of("/dia-phuong/ha-noi/feed.xml") == 2
    assert link("/chu-de/", "../../../") == "../../../chu-de/"
    assert link("/", "") == "" and link("/", "../../") == "../../"
    assert link("https://x.vn/", "../") == "https://x.vn/" and link("#main", "../") == "#main"
    assert link("tel:+84123", "../") == "tel:+84123" and link("/chu-de/", "/lưu/") == "/lưu/chu-de/"
    assert absolute("https://x.vn/sub/", "/chu-de/") == "https://x.vn/sub/chu-de/"
    assert file_slug("Hội nghị " * 30).endswith("hoi-nghi") and len(file_slug("Hội nghị " * 30)) <= SLUG_MAX


# ---------------------------------------------------------------- index


def site_of(files: dict[str, str]):
    problems = Problems()
    articles, localities = [], []
    for path, text in files.items():
        if path.endswith("_index.md"):
            localities.append(parse_locality(text, path, MARKUP, problems))
        else:
            articles.append(parse_article(text, path, CONFIG, MARKUP, problems))
    assert not problems.errors, problems.items
    return build_site(Content(tuple(articles), tuple(localities), ()), CONFIG)


def test_locality_from_frontmatter_matches_folder_titles():
    site = site_of(
        {
            "content/ha-noi/_index.md": "---\ntitle: Thành phố Hà Nội\n---\n",
            "content/ha-noi/hai-ba-trung/_index.md": "---\ntitle: Quận Hai Bà Trưng\n---\n",
            "content/a.md": '---\ntitle: "A"\ndate: 2024-01-01\nlocality: [TP. Hà Nội, quận hai bà trưng]\n---\n',
            "content/b.md": '---\ntitle: "B"\ndate: 2024-01-02\nlocality: [Hà Nội, Quận Đống Đa]\n---\n',
            "content/c.md": '---\ntitle: "C"\ndate: 2024-01-03\nlocality: [Tỉnh Thái Bình, Huyện Hưng Hà]\n---\n',
            "content/d.md": '---\ntitle: "D"\ndate: 2024-01-04\n---\n',
            "content/ha-noi/hai-ba-trung/e.md": '---\ntitle: "E"\ndate: 2024-01-05\n---\n',
        }
    )
    by_title = {e.article.title: e for e in site.entries}
    assert by_title["A"].locality is by_title["E"].locality
    assert by_title["A"].locality.url == "/dia-phuong/ha-noi/hai-ba-trung/"
    assert by_title["B"].locality.url == "/dia-phuong/ha-noi/dong-da/"  # a unit only frontmatter names
    assert by_title["B"].locality.parent.title == "Thành phố Hà Nội"
    assert by_title["C"].locality.url == "/dia-phuong/thai-binh/hung-ha/"
    assert by_title["D"].locality is None and site.unknown.entries == [by_title["D"]]
    assert [n.title for n in site.localities] == ["Thành phố Hà Nội", "Tỉnh Thái Bình"]
    hanoi = site.localities[0]
    assert [c.title for c in hanoi.children] == ["Quận Đống Đa", "Quận Hai Bà Trưng"]  # Đ before H
    assert len(hanoi.entries) == 3


def test_terms_are_one_per_name_in_vietnamese_order():
    site = site_of(
        {
            "content/a.md": '---\ntitle: "A"\ndate: 2024-01-01\ntags: [Đô thị, dân vận]\npeople: [Đỗ Hà]\n---\n',
            "content/b.md": '---\ntitle: "B"\ndate: 2024-01-02\ntags: [DÂN VẬN, an sinh]\npeople: [Dương Minh]\n---\n',
        }
    )
    assert [t.name for t in site.terms["tags"]] == ["an sinh", "DÂN VẬN", "Đô thị"]
    assert [len(t.entries) for t in site.terms["tags"]] == [1, 2, 1]
    assert [t.slug for t in site.terms["people"]] == ["duong-minh", "do-ha"]


def test_drafts_are_not_published():
    site = site_of(
        {
            "content/a.md": '---\ntitle: "A"\ndate: 2024-01-01\ndraft: true\n---\n',
            "content/b.md": '---\ntitle: "B"\ndate: 2024-01-01\n---\n',
        }
    )
    assert [e.article.title for e in site.entries] == ["B"]


# ---------------------------------------------------------------- pagination


def test_pagination():
    site = site_of({})
    pages = list(paginate(site, "/chu-de/x/", list(range(7)), 3))
    assert [url for url, _ in pages] == ["/chu-de/x/", "/chu-de/x/page/2/", "/chu-de/x/page/3/"]
    assert [p.items for _, p in pages] == [[0, 1, 2], [3, 4, 5], [6]]
    first, middle, last = (p for _, p in pages)
    assert (first.prev_url, first.next_url) == ("", "/chu-de/x/page/2/")
    assert (middle.prev_url, middle.next_url) == ("/chu-de/x/", "/chu-de/x/page/3/")
    assert (last.prev_url, last.next_url, last.count) == ("/chu-de/x/page/2/", "", 3)
    empty = list(paginate(site, "/", [], 3))
    assert len(empty) == 1 and empty[0][1].items == [] and empty[0][1].count == 1


def test_plan_paginates_the_home_page():
    day = dt.date(2024, 1, 1)
    files = {f"content/a{n}.md": f'---\ntitle: "Bài {n}"\ndate: {day + dt.timedelta(days=n)}\n---\n' for n in range(45)}
    site = site_of(files)
    urls = [p.url for p in plan_site(site) if p.kind == "home"]
    assert urls == ["/", "/page/2/", "/page/3/"]  # per_page 20


# ---------------------------------------------------------------- dates in the theme


def test_dates_in_vietnamese_and_english():
    assert _day(dt.date(2024, 12, 12), "vi") == "Thứ Năm, 12/12/2024"
    assert _day(dt.date(2024, 7, 14), "vi") == "Chủ Nhật, 14/07/2024"
    moment = dt.datetime(2024, 12, 12, 8, 30, tzinfo=CONFIG.tz)
    assert _day_time(moment, "vi") == "Thứ Năm, 12/12/2024 08:30"
    assert _day(dt.date(2024, 12, 12), "en") == "Thursday, 12 December 2024"
    assert month_name(7, 2024, "vi") == "Tháng 07/2024" and month_name(7, 2024, "en") == "July 2024"


def test_nfc():
    assert nfc(nfd("Đảng ủy")) == "Đảng ủy"


# ---------------------------------------------------------------- links in bodies


@pytest.mark.parametrize(
    "html",
    [
        '<a href="/x/">x</a>',
        '<img src="/a.jpg"><a href="//cdn.example/b">',
        '<a xhref="/b">',
        'data-src="/q" _src="/q" ảsrc="/q" -href="/q"',
        'src="/',
        '="/',
        'href="/"',
        "<p>no links</p>",
        '<a href="https://x.vn/">x</a> <img alt="src=" src="/y.jpg">',
        'src="//x" src="/y"',
    ],
)
def test_relative_links_match_the_word_bounded_rule(html: str) -> None:
    rule = re.compile(r'\b(src|href)="/(?!/)')  # what relative_links computes, more slowly
    expected = rule.sub(lambda m: f'{m.group(1)}="../../', html)
    assert relative_links(html, "../../") == expected


@pytest.mark.parametrize(
    ("value", "timed"),
    [
        (dt.date(2024, 6, 13), False),
        ("2024-06-13", False),
        ("13/06/2024", False),
        (dt.datetime(2024, 6, 13, 0, 0), True),
        ("2024-06-13T14:30", True),
        ("13/06/2024 14:30", True),
    ],
)
def test_a_date_without_a_time_is_a_day(value, timed):
    assert has_time(value) is timed


def test_the_model_is_read_only_once_built_and_templates_see_read_only_views():
    from sitegen.views import Views, recording

    site = site_of(
        {
            "content/ha-noi/_index.md": '---\ntitle: "Thành phố Hà Nội"\n---\n',
            "content/ha-noi/a.md": '---\ntitle: "Bài A"\ndate: 2024-01-02\ntags: [dân vận]\n---\nThân bài.\n',
        }
    )
    entry = site.entries[0]
    for obj, name in ((entry, "url"), (entry.locality, "title"), (entry.tags[0], "name"), (site, "entries")):
        with pytest.raises(AttributeError, match="read-only"):
            setattr(obj, name, "x")
    views = Views(site)
    shown = views.show(entry)
    with pytest.raises(AttributeError):
        shown.url = "x"
    assert not hasattr(shown.tags, "append")  # a list the template cannot change
    with recording() as reads:
        assert shown.title == "Bài A" and shown.locality.title == "Thành phố Hà Nội"
        assert [t.name for t in shown.tags] == ["dân vận"]
    assert reads == {(entry.key, "card"), (entry.locality.key, "card"), (entry.tags[0].key, "card")}
