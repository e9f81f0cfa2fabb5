"""chain.py: one reading of a locality chain and one way to find or make its folders, shared by
`new --locality`, `import --locality`, `init` and frontmatter `locality:`."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import REPO, article, write_site

from sitegen.chain import find_folders, name_key, parse_chain
from sitegen.config import Config
from sitegen.errors import CommandError, Problems
from sitegen.importer import run_import
from sitegen.new import new_article
from sitegen.pipeline import build

RAW = REPO / "tests/importer/cases/01_breadcrumb_share_related.txt"


@pytest.mark.parametrize(
    "written",
    [
        "Hà Nội › Quận Hai Bà Trưng",
        "Hà Nội/Quận Hai Bà Trưng",
        " Hà Nội >  Quận  Hai Bà Trưng ",
        "Hà Nội, Quận Hai Bà Trưng",
        "Quận Hai Bà Trưng, Hà Nội",  # nearest first, as an address (and `place`) is written
    ],
)
def test_every_way_of_writing_a_chain_reads_the_same(written: str) -> None:
    assert parse_chain(written) == ["Hà Nội", "Quận Hai Bà Trưng"]


def test_a_chain_with_slashes_keeps_its_order_even_with_commas() -> None:
    assert parse_chain("Quận Hai Bà Trưng/Hà Nội") == ["Quận Hai Bà Trưng", "Hà Nội"]
    assert parse_chain("") == [] and parse_chain(" / › ") == []


def test_one_locality_however_its_name_is_written() -> None:
    assert name_key("TP. Hà Nội") == name_key("Thành phố Hà Nội") == name_key("Hà Nội")
    assert name_key("Q. Hai Bà Trưng") == name_key("quận hai bà  trưng")
    assert name_key("Xã Hoà Bình") == name_key("Xã Hòa Bình")
    assert name_key("Phường 02") == name_key("Phường 2")
    assert name_key("Hà Nội") != name_key("Hà Nam")


@pytest.mark.parametrize("written", ["Hà Nội › Quận Hai Bà Trưng", "Hà Nội/Quận Hai Bà Trưng"])
def test_new_and_import_make_the_same_folders(tmp_path: Path, written: str) -> None:
    made_by_new = new_article(write_site(tmp_path / "a", {"content/.keep": ""}), "Tin", written, date="2024-01-01")
    site = tmp_path / "b"
    messages: list[str] = []
    problems = Problems()
    options = {"out": None, "locality": written, "config": Config(), "problems": problems}
    code = run_import([RAW], site=site, echo=messages.append, **options)
    assert code == 0 and not problems.items, messages
    [imported] = [p for p in (site / "content").rglob("*.md") if p.name != "_index.md"]
    assert made_by_new.parent.relative_to(tmp_path / "a") == imported.parent.relative_to(site)
    assert imported.parent.relative_to(site).as_posix() == "content/ha-noi/hai-ba-trung"
    for rel in ("content/ha-noi/_index.md", "content/ha-noi/hai-ba-trung/_index.md"):
        assert (tmp_path / "a" / rel).read_text("utf-8") == (site / rel).read_text("utf-8")
    assert (site / "content/ha-noi/_index.md").read_text("utf-8").startswith("---\ntitle: Thành phố Hà Nội\n")


def test_existing_folders_are_found_by_title_or_by_name(tmp_path: Path) -> None:
    content = (
        write_site(
            tmp_path,
            {
                "content/hn/_index.md": "---\ntitle: TP. Hà Nội\n---\n",
                "content/hn/hai-ba-trung/x.md": "",  # no _index.md: found by its folder name
            },
        )
        / "content"
    )
    folders = find_folders(content, parse_chain("Thành phố Hà Nội › Quận Hai Bà Trưng › Phường Bạch Mai"))
    assert [f.path.relative_to(content).as_posix() for f in folders] == [
        "hn",
        "hn/hai-ba-trung",
        "hn/hai-ba-trung/bach-mai",
    ]
    assert [f.title for f in folders] == ["TP. Hà Nội", "Quận Hai Bà Trưng", "Phường Bạch Mai"]
    assert [f.indexed for f in folders] == [True, False, False]


def test_a_frontmatter_chain_string_names_the_folder_locality(tmp_path: Path) -> None:
    site = write_site(
        tmp_path / "site",
        {
            "content/ha-noi/_index.md": "---\ntitle: Thành phố Hà Nội\n---\n",
            "content/ha-noi/hbt/_index.md": "---\ntitle: Quận Hai Bà Trưng\n---\n",
            "content/a.md": article("Tin", "2024-01-01", locality="Q. Hai Bà Trưng, TP. Hà Nội"),
        },
    )
    build(site, site / "output")
    page = (site / "output/dia-phuong/ha-noi/hbt/index.html").read_text("utf-8")
    assert "Tin" in page
    assert not (site / "output/dia-phuong/ha-noi/hai-ba-trung").exists()


def test_a_city_and_a_district_of_one_name_are_two_localities(tmp_path: Path) -> None:
    """Đồng Tháp has a Thành phố and a Huyện Cao Lãnh: a chain that writes the level finds its
    own; one that writes none finds whichever bears the name, as "Hà Nội" finds the city."""
    site = write_site(
        tmp_path / "site",
        {
            "content/dong-thap/_index.md": "---\ntitle: Tỉnh Đồng Tháp\n---\n",
            "content/dong-thap/huyen-cao-lanh/_index.md": "---\ntitle: Huyện Cao Lãnh\n---\n",
            "content/dong-thap/thanh-pho-cao-lanh/_index.md": "---\ntitle: Thành phố Cao Lãnh\n---\n",
            "content/dong-thap/thanh-pho-cao-lanh/1/_index.md": "---\ntitle: Phường 1\n---\n",
            "content/a.md": article("Tin huyện", "2024-01-01", locality="Huyện Cao Lãnh, Tỉnh Đồng Tháp"),
            "content/b.md": article("Tin phường", "2024-01-02", locality="Phường 1, TP. Cao Lãnh, Tỉnh Đồng Tháp"),
        },
    )
    report = build(site, site / "output")
    assert not [p for p in report.problems.items if "is not under" in p.message]
    city = (site / "output/dia-phuong/dong-thap/thanh-pho-cao-lanh/1/index.html").read_text("utf-8")
    district = (site / "output/dia-phuong/dong-thap/huyen-cao-lanh/index.html").read_text("utf-8")
    assert "Tin phường" in city and "Tin phường" not in district
    assert "Tin huyện" in district
    assert not (site / "output/dia-phuong/dong-thap/huyen-cao-lanh/phuong-1").exists()
    # `new` and `import` find the folders by the same rule.
    for written, folder in (("Thành phố Cao Lãnh", "thanh-pho-cao-lanh"), ("Huyện Cao Lãnh", "huyen-cao-lanh")):
        found = find_folders(site / "content", ["Tỉnh Đồng Tháp", written])
        assert found[-1].path.name == folder


@pytest.mark.parametrize("written", [" / ", "›", "Hà Nội/!!!"])
def test_new_and_import_refuse_a_chain_that_names_no_place(tmp_path: Path, written: str) -> None:
    site = write_site(tmp_path / "site", {"content/.keep": ""})
    with pytest.raises(CommandError) as refused:
        new_article(site, "Tin", written, date="2024-01-01")
    with pytest.raises(CommandError) as refused_too:
        run_import([RAW], site=site, out=None, locality=written, config=Config(), problems=Problems())
    assert refused.value.code == refused_too.value.code == 2 and str(refused_too.value) == str(refused.value)
    assert [p.name for p in (site / "content").iterdir()] == [".keep"]
