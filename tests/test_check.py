"""`build.py check`: a site with one mistake of every kind, and the exact lines it must print."""
# ruff: noqa: E501  (the expected output is compared line by line, as the editor sees it)

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, article

from sitegen.cli import main

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082"
)

PLANTED = {
    "config.toml": 'theme = "mine"\n[meetings]\ntypes = ["giao ban", "tổng kết"]\n',
    "content/ha-noi/_index.md": "---\ntitle: Thành phố Hà Nội\nlevel: thành phố\n---\n",
    # a mistyped key in a locality page (the build keeps it silently)
    "content/ha-noi/hbt/_index.md": "---\ntitle: Quận Hai Bà Trưng\nlevle: quận\n---\n",
    "content/ha-noi/hbt/images/ok.png": PNG,
    # good: a link to a page, a link to a folder without its "/", a link elsewhere, an image beside it
    "content/ha-noi/hbt/2024-07-01-a.md": article(
        "Hội nghị giao ban quý II",
        "2024-07-01",
        tags="[Dân vận khéo]",
        meeting="giao ban",
        body="Xem [chủ đề](/chu-de/dan-van-kheo/), [lưu trữ](/luu-tru), [báo](https://baochinhphu.vn/x).\n\n"
        "![Ảnh hội nghị](images/ok.png)\n",
    ),
    # a broken link and a missing image, on lines 7 and 9; the tag in another case
    "content/ha-noi/hbt/2024-07-02-b.md": article(
        "Hội nghị sơ kết",
        "2024-07-02",
        tags="[dân vận khéo]",
        body="Đoạn đầu.\n\nXem [bài cũ](/2020/01/khong-co-bai-nay/).\n\n![Ảnh](images/thieu.jpg)\n",
    ),
    # no locality, the tag without marks, and a link to an article's file instead of its page
    "content/2024-07-03-c.md": article(
        "Tin không có địa phương",
        "2024-07-03",
        tags="[dan van kheo]",
        body="Xem [bài a](ha-noi/hbt/2024-07-01-a.md).\n",
    ),
    # a meeting type config.toml does not list (line 4)
    "content/ha-noi/2024-07-04-d.md": article("Hội nghị họp mặt", "2024-07-04", meeting="họp mặt"),
    # a key that looks like a typo (line 4)
    "content/ha-noi/2024-07-05-e.md": article("Hội nghị tập huấn", "2024-07-05", tag="[giám sát]"),
    # the same article twice: same title and date as a (its URL then moves: the build says so)
    "content/ha-noi/2024-07-01-f.md": article("Hội nghị giao ban  quý II", "2024-07-01T20:00:00"),
    # two articles that ask for one URL
    "content/ha-noi/2024-07-06-g.md": article("Tin G", "2024-07-06", slug="trung-url"),
    "content/ha-noi/hbt/2024-07-06-h.md": article("Tin H", "2024-07-06", slug="trung-url"),
    # frontmatter that is not YAML (line 3)
    "content/ha-noi/2024-07-07-i.md": '---\ntitle: "Tin I\ndate: 2024-07-07\n---\n\nNội dung.\n',
    # a draft (listed, not a warning), an article with no body yet, a title in capitals
    "content/ha-noi/2024-07-08-j.md": article("Bài đang viết", "2024-07-08", body="", draft="true"),
    "content/ha-noi/2024-07-09-k.md": article("Bài chưa có nội dung", "2024-07-09", body="<!-- viết ở đây -->"),
    "content/ha-noi/2024-07-10-l.md": article(
        "HỘI NGHỊ TỔNG KẾT CÔNG TÁC MẶT TRẬN NĂM 2024",
        "2024-07-10",
        body="Ủy ban MTTQ quận tổ chức hội nghị tổng kết công tác Mặt trận năm 2024.",
    ),
    # a template mistake, line 2
    "themes/mine/templates/term.html": '{% extends "base.html" %}{% block content %}\n'
    "{{ term.no_such_field }}\n{% endblock %}\n",
}

EXPECTED = """\
content/2024-07-03-c.md:2: warning: no locality: the article is listed under “Chưa rõ địa phương”; move the file into its locality's folder (content/<province>/<district>/), or add a line locality: [Tỉnh …, Huyện …] to its frontmatter
content/2024-07-03-c.md:4: error: tag "dan van kheo" is also spelled "Dân vận khéo" in content/ha-noi/hbt/2024-07-01-a.md; "dân vận khéo" in content/ha-noi/hbt/2024-07-02-b.md: write "dân vận khéo" everywhere (spellings that differ in marks are two tags that both want /chu-de/dan-van-kheo/, so the build stops)
content/2024-07-03-c.md:7: error: link to "/ha-noi/hbt/2024-07-01-a.md": no page or file of this site has that address; link to the article's page, /2024/07/hoi-nghi-giao-ban-quy-ii/, not to its file
content/ha-noi/2024-07-01-f.md:2: warning: /2024/07/hoi-nghi-giao-ban-quy-ii/ is taken by content/ha-noi/hbt/2024-07-01-a.md, so this article is at /2024/07/hoi-nghi-giao-ban-quy-ii-ha-noi/; add slug: other-words to choose its URL
content/ha-noi/2024-07-01-f.md:2: warning: same title and date as content/ha-noi/hbt/2024-07-01-a.md: is it the same article twice? Delete one, or make the titles different
content/ha-noi/2024-07-04-d.md:4: error: meeting: "họp mặt" is not a meeting type; use one of: giao ban, tổng kết (or add it to [meetings] in config.toml)
content/ha-noi/2024-07-05-e.md:4: warning: unknown key "tag": did you mean "tags"?
content/ha-noi/2024-07-06-g.md:4: error: /2024/07/trung-url/ is also the URL of content/ha-noi/hbt/2024-07-06-h.md — two pages cannot share one URL: change the slug (slug: other-words) of one
content/ha-noi/2024-07-07-i.md:4: error: the frontmatter is not valid YAML: {yaml}
content/ha-noi/2024-07-08-j.md:4: note: draft: not published until the line "draft: true" goes
content/ha-noi/2024-07-09-k.md:2: warning: the article's body is empty: write it below the frontmatter, or add draft: true until it is written
content/ha-noi/2024-07-10-l.md:2: warning: title in capitals: write title: "Hội nghị tổng kết công tác Mặt trận năm 2024"
content/ha-noi/hbt/2024-07-01-a.md:4: warning: tag "Dân vận khéo" is also spelled "dan van kheo" in content/2024-07-03-c.md; "dân vận khéo" in content/ha-noi/hbt/2024-07-02-b.md: write "dân vận khéo" everywhere (tags that differ only in case should be one tag)
content/ha-noi/hbt/2024-07-02-b.md:9: error: link to "/2020/01/khong-co-bai-nay/": no page or file of this site has that address; correct the address (articles are at /yyyy/mm/slug/)
content/ha-noi/hbt/2024-07-02-b.md:11: error: image "/ha-noi/hbt/images/thieu.jpg" is missing: there is no file content/ha-noi/hbt/images/thieu.jpg; put the image there or correct the path
content/ha-noi/hbt/_index.md:3: warning: unknown key "levle": did you mean "level"?
themes/mine/templates/term.html:2: error: template: 'sitegen.views.TermView object' has no attribute 'no_such_field' (while rendering /chu-de/dan-van-kheo/)
8 error(s), 8 warning(s), 1 draft(s) not published
"""


def snapshot(root: Path) -> dict[str, tuple[int, int]]:
    return {p.relative_to(root).as_posix(): (p.stat().st_mtime_ns, p.stat().st_size) for p in root.rglob("*")}


def run_check(site: Path, capsys, *extra: str) -> tuple[int, str]:
    code = main(["check", "--source", str(site), *extra])
    return code, capsys.readouterr().out


def test_every_kind_of_mistake_exact_lines(make_site, capsys):
    site = make_site(PLANTED)
    before = snapshot(site)
    code, out = run_check(site, capsys)
    yaml_reason = next(line for line in out.splitlines() if "2024-07-07-i.md" in line).split("YAML: ", 1)[1]
    assert "line" not in yaml_reason  # the line is in front, in file coordinates
    assert out == EXPECTED.format(yaml=yaml_reason)
    assert code == 1
    assert run_check(site, capsys, "--strict")[0] == 1
    assert snapshot(site) == before  # no output/, no .cache/, nothing touched


def test_warnings_fail_only_with_strict(make_site, capsys):
    site = make_site(
        {
            "content/2024-07-03-c.md": article("Tin", "2024-07-03", tags="[Tôn giáo]"),
            "content/ha-noi/2024-07-04-d.md": article("Tin khác", "2024-07-04", tags="[tôn giáo]"),
        }
    )
    code, out = run_check(site, capsys)
    assert code == 0
    assert out.splitlines()[-1] == "0 error(s), 2 warning(s)"
    assert run_check(site, capsys, "--strict")[0] == 1


def test_clean_site_passes_strict(make_site, capsys):
    site = make_site({"content/ha-noi/2024-07-04-d.md": article("Tin", "2024-07-04", tags="[tôn giáo]")})
    assert run_check(site, capsys, "--strict") == (0, "0 error(s), 0 warning(s)\n")


def test_config_errors_are_reported_alone(make_site, capsys):
    site = make_site({"config.toml": "per_pag = 10\n", "content/x.md": "broken"})
    code, out = run_check(site, capsys)
    assert code == 1
    assert (
        out == 'config.toml:1: error: unknown setting "per_pag" (did you mean "per_page"?)\n1 error(s), 0 warning(s)\n'
    )


def test_a_built_site_is_checked_from_the_cache_and_agrees(make_site, capsys, monkeypatch):
    """After a build, unchanged pages are not rendered again, yet a template edit is still caught."""
    from sitegen import check
    from sitegen.pipeline import build

    files = {k: v for k, v in PLANTED.items() if k.startswith(("config", "themes")) or "a.md" in k or "ok.png" in k}
    files["content/ha-noi/hbt/_index.md"] = "---\ntitle: Quận Hai Bà Trưng\n---\n"  # a unit of the register
    files["themes/mine/templates/term.html"] = '{% extends "base.html" %}'
    site = make_site(files)
    build(site, site / "output")
    before = snapshot(site)
    rendered: list[str] = []
    real = check.Renderer.render
    monkeypatch.setattr(check.Renderer, "render", lambda self, page: rendered.append(page.url) or real(self, page))
    assert run_check(site, capsys) == (0, "0 error(s), 0 warning(s)\n")
    assert rendered == []
    (site / "themes/mine/templates/term.html").write_text(
        '{% extends "base.html" %}{% block content %}\n{{ term.oops }}{% endblock %}'
    )
    code, out = run_check(site, capsys)
    assert code == 1 and "themes/mine/templates/term.html:2: error: template:" in out
    assert rendered == ["/chu-de/dan-van-kheo/", "/loai-hoi-nghi/giao-ban/"]  # the pages using term.html
    assert snapshot(site) == {
        **before,
        "themes/mine/templates/term.html": snapshot(site)["themes/mine/templates/term.html"],
    }


@pytest.mark.parametrize("command", ["build", "serve", "new", "import", "check", "clean"])
def test_every_command_has_help_with_an_example(command):
    out = subprocess.run(
        [sys.executable, str(REPO / "build.py"), command, "--help"], capture_output=True, text=True, timeout=60
    ).stdout
    assert "example" in out and "python build.py " + command in out


def test_the_repository_content_passes_strict_or_says_what_to_fix(capsys):
    """What check --strict still finds in content/ is what only its editors know (where two
    seed articles took place), each with the line to add."""
    code = main(["check", "--strict", "--source", str(REPO)])
    *lines, summary = capsys.readouterr().out.splitlines()
    assert summary.startswith("0 error(s)")
    for line in lines:
        assert ": warning: no locality: " in line and "add a line locality: [Tỉnh …, Huyện …]" in line, line
    assert code == (1 if lines else 0)
