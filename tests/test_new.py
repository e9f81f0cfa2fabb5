"""`build.py new`: where the file goes, what it holds, and what it refuses."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, write_site

from sitegen.cli import main
from sitegen.config import Config
from sitegen.content import parse_article
from sitegen.errors import CommandError, Problems
from sitegen.markup import Markup
from sitegen.new import new_article
from sitegen.pipeline import build

TITLE = "Hội nghị giao ban: công tác dân vận quý III"


@pytest.fixture
def site(make_site) -> Path:
    return make_site(
        {
            "config.toml": '[meetings]\ntypes = ["giao ban", "tổng kết"]\n',
            "content/ha-noi/_index.md": "---\ntitle: Thành phố Hà Nội\nlevel: thành phố\n---\n",
            "content/ha-noi/hbt/_index.md": "---\ntitle: Quận Hai Bà Trưng\nlevel: quận\n---\n",
        }
    )


def test_existing_folders_are_matched_by_title_and_missing_ones_made(site: Path):
    path = new_article(
        site,
        TITLE,
        "TP. Hà Nội/hai bà trưng/Phường Bạch Mai",
        date="2024-07-18",
        meeting="Giao ban",
        tags="DVK, Tôn giáo, tôn giáo",
        author="Hồng Xiêm",
    )
    assert path == site / "content/ha-noi/hbt/bach-mai/2024-07-18-hoi-nghi-giao-ban-cong-tac-dan-van-quy-iii.md"
    assert (site / "content/ha-noi/hbt/bach-mai/_index.md").read_text("utf-8") == (
        "---\ntitle: Phường Bạch Mai\nlevel: phường\n---\n"
    )
    assert not (site / "content/ha-noi/hai-ba-trung").exists()
    text = path.read_text("utf-8")
    assert text.startswith(
        "---\n"
        "title: 'Hội nghị giao ban: công tác dân vận quý III'\n"
        "date: 2024-07-18\n"
        "locality: [Thành phố Hà Nội, Quận Hai Bà Trưng, Phường Bạch Mai]\n"
        "meeting: giao ban\n"
        "tags: [dân vận khéo, tôn giáo]\n"
        "people: []\n"
        "author: Hồng Xiêm\n"
        "draft: true  # xóa dòng này khi bài đã viết xong để đăng (remove this line to publish)\n"
        "---\n\n<!--"
    )


def test_the_file_parses_back_and_builds(site: Path):
    path = new_article(
        site, TITLE, "Hà Nội/Quận Hai Bà Trưng", date="18/07/2024 14:30", meeting="giao ban", tags="dân vận khéo"
    )
    problems = Problems()
    rel = path.relative_to(site).as_posix()
    config = Config(meetings=type(Config().meetings)(types=("giao ban", "tổng kết")))
    a = parse_article(path.read_text("utf-8"), rel, config, Markup(), problems)
    assert problems.items == []
    assert a.title == TITLE
    assert a.date == dt.datetime(2024, 7, 18, 14, 30, tzinfo=config.tz)
    assert a.locality_titles == ("Thành phố Hà Nội", "Quận Hai Bà Trưng")
    assert (a.meeting, a.tags, a.people, a.authors) == ("giao ban", ("dân vận khéo",), (), ())
    assert a.summary == ""  # the skeleton's notes are a comment, never published
    assert a.draft and a.words == 0  # a draft until the editor has written it
    report = build(site, site / "output")
    assert not report.problems.errors
    page = site / "output/2024/07/hoi-nghi-giao-ban-cong-tac-dan-van-quy-iii/index.html"
    assert not page.exists()  # `new` + `build` publishes no empty article
    assert main(["check", "--source", str(site)]) == 0  # listed as a draft, not a warning
    path.write_text(path.read_text("utf-8").replace("draft: true", "draft: false"), "utf-8")
    assert main(["check", "--source", str(site), "--strict"]) == 1  # the body is still empty
    path.write_text(path.read_text("utf-8") + "Chiều ngày 18/7/2024, hội nghị giao ban …\n", "utf-8")
    assert main(["check", "--source", str(site), "--strict"]) == 0
    build(site, site / "output")
    html = page.read_text("utf-8")
    assert "Quận Hai Bà Trưng" in html and "Đoạn mở đầu" not in html
    assert (site / "output/dia-phuong/ha-noi/hbt/index.html").is_file()  # the existing folder, not a new one


def test_default_date_is_now_in_the_site_zone(site: Path):
    now = dt.datetime(2025, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    path = new_article(site, "Tin mới", "Hà Nội", now=now)
    assert path.name == "2025-01-02-tin-moi.md"
    assert "date: 2025-01-02T10:04:00+07:00\n" in path.read_text("utf-8")


def test_never_overwrites(site: Path, capsys):
    args = ["new", "--source", str(site), "Tin mới", "--locality", "Hà Nội", "--date", "2024-07-18"]
    assert main(args) == 0
    path = site / "content/ha-noi/2024-07-18-tin-moi.md"
    assert capsys.readouterr().out.strip() == str(path)
    path.write_text("đã viết", "utf-8")
    assert main(args) == 1
    err = capsys.readouterr().err
    assert err == (
        "build.py new: error: content/ha-noi/2024-07-18-tin-moi.md already exists: edit that file, "
        "or choose another title or --date\n"
    )
    assert path.read_text("utf-8") == "đã viết"


@pytest.mark.parametrize(
    "option, value, message",
    [
        ("--date", "2024-13-01", '--date: "2024-13-01": there is no month 13 (use 1 to 12)'),
        ("--date", "hôm qua", '--date: "hôm qua" is not a date (use 2024-12-31 or 2024-12-31T14:00:00+07:00)'),
        (
            "--date",
            "9999-12-31T23:59",
            '--date: "9999-12-31T23:59": the year 9999 is out of range (use a year from 1900 to 2199)',
        ),
        (
            "--meeting",
            "giao-ban",
            '--meeting "giao-ban" is not a meeting type: did you mean "giao ban"? '
            "use one of giao ban, tổng kết (or add it to [meetings] in config.toml)",
        ),
        (
            "--meeting",
            "sơ kết",
            '--meeting "sơ kết" is not a meeting type: use one of giao ban, tổng kết '
            "(or add it to [meetings] in config.toml)",
        ),
        ("--locality", " / ", '--locality is empty: give it from the province down, e.g. "Hà Nội/Quận Hai Bà Trưng"'),
    ],
)
def test_bad_options_are_one_line_each_and_write_nothing(site: Path, capsys, option, value, message):
    before = sorted(p for p in site.rglob("*"))
    args = ["new", "--source", str(site), "Tin mới", "--locality", "Hà Nội/Quận Mới", option, value]
    assert main(args) == 2
    assert capsys.readouterr().err == f"build.py new: error: {message}\n"
    assert sorted(p for p in site.rglob("*")) == before


def test_title_without_letters_is_refused(site: Path):
    with pytest.raises(CommandError, match="no letters or digits"):
        new_article(site, "!!!", "Hà Nội")


def test_help_has_an_example():
    out = subprocess.run(
        [sys.executable, str(REPO / "build.py"), "new", "--help"], capture_output=True, text=True
    ).stdout
    assert "example:" in out and "--locality" in out


def test_quotes_what_yaml_would_misread(site: Path):
    path = new_article(site, "Hội nghị [lần 2], năm 2024: 'tổng kết'", "Hà Nội", date="2024-07-18", tags="a, b")
    problems = Problems()
    a = parse_article(path.read_text("utf-8"), "content/ha-noi/x.md", Config(), Markup(), problems)
    assert problems.items == [] and a.title == "Hội nghị [lần 2], năm 2024: 'tổng kết'"


def test_write_site_helper_is_shared(tmp_path):
    # the fixture the other tests use: a sanity check that a site without config.toml works too
    root = write_site(tmp_path / "bare", {"content/.keep": ""})
    path = new_article(root, "Tin", "Thái Bình", date="2024-01-01")
    assert path == root / "content/thai-binh/2024-01-01-tin.md"
    # a bare province name gets its official name from the register, as `import` gives it
    assert (root / "content/thai-binh/_index.md").read_text("utf-8") == "---\ntitle: Tỉnh Thái Bình\nlevel: tỉnh\n---\n"
