"""The site's localities resolved against the register: check's warnings, locality pages, `place`."""
# ruff: noqa: E501  (expected lines are compared as the editor sees them)

from __future__ import annotations

import json

from conftest import article

from sitegen.cli import main
from sitegen.pipeline import build


def run(capsys, *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_a_commune_at_the_top_is_placed_and_check_says_where_it_belongs(make_site, capsys):
    site = make_site(
        {
            "content/hung-ha/_index.md": "---\ntitle: Xã Hưng Hà\n---\n",
            "content/hung-ha/2024-12-12-a.md": article("Tin A", "2024-12-12"),
        }
    )
    code, out = run(capsys, "check", "--source", str(site))
    assert out == (
        'content/hung-ha/_index.md:2: warning: "Xã Hưng Hà" (Xã Hưng Hà, 27724) is at the top of content/, beside '
        "the provinces: the register has it under Tỉnh Long An › Huyện Tân Hưng; move content/hung-ha/ to "
        "content/long-an/tan-hung/hung-ha/\n0 error(s), 1 warning(s)\n"
    )


def test_ambiguous_unknown_and_misplaced_localities_are_warnings_with_the_fix(make_site, capsys):
    site = make_site(
        {
            "content/thai-binh/_index.md": "---\ntitle: Tỉnh Thái Bình\n---\n",
            "content/thai-binh/duy-tien/_index.md": "---\ntitle: Thị xã Duy Tiên\n---\n",
            "content/thai-binh/duy-tien/2024-01-01-a.md": article("Tin A", "2024-01-01"),
            "content/thai-binh/nguyen-thi/_index.md": "---\ntitle: Huyện Nguyễn Thị Phong Vũ\n---\n",
            "content/thai-binh/nguyen-thi/2024-01-02-b.md": article("Tin B", "2024-01-02"),
            "content/2024-01-03-c.md": article("Tin C", "2024-01-03", locality="[Hưng Hà]"),
        }
    )
    code, out = run(capsys, "check", "--source", str(site))
    lines = out.splitlines()
    assert code == 0 and lines[-1] == "0 error(s), 3 warning(s)"
    assert lines[0].startswith(
        'content/2024-01-03-c.md:4: warning: "Hưng Hà" is ambiguous: 3 units bear that name: 339 Tỉnh Thái Bình › Huyện Hưng Hà (trước 01/07/2025); '
        "12586 Tỉnh Thái Bình › Huyện Hưng Hà › Thị trấn Hưng Hà (trước 01/07/2025); 27724 Tỉnh Long An › Huyện Tân Hưng › Xã Hưng Hà (trước 01/07/2025); "
        "make content/hung-ha/_index.md with the line code: 339"
    )
    assert lines[1] == (
        'content/thai-binh/duy-tien/_index.md:2: warning: "Thị xã Duy Tiên" is not under Tỉnh Thái Bình in the register of '
        "administrative units: it is 349 Tỉnh Hà Nam › Thị xã Duy Tiên (trước 01/07/2025); move the folder under its parent, or fix the title"
    )
    assert lines[2].startswith(
        'content/thai-binh/nguyen-thi/_index.md:2: warning: "Huyện Nguyễn Thị Phong Vũ" is not an administrative unit under Tỉnh Thái Bình'
    )


def test_code_settles_a_locality_and_a_wrong_code_is_a_warning(make_site, capsys):
    site = make_site(
        {
            "content/ha-noi/_index.md": "---\ntitle: Hà Nội\ncode: 01\n---\n",
            "content/ha-noi/hbt/_index.md": '---\ntitle: HBT\ncode: "007"\n---\n',
            "content/ha-noi/hbt/2024-01-01-a.md": article("Tin A", "2024-01-01"),
            "content/ha-noi/x/_index.md": "---\ntitle: Quận Ba Đình\ncode: 27724\n---\n",
            "content/ha-noi/x/2024-01-01-b.md": article("Tin B", "2024-01-01"),
        }
    )
    code, out = run(capsys, "check", "--source", str(site))
    assert out.splitlines() == [
        'content/ha-noi/hbt/_index.md:3: warning: code: 007 is 007 Thành phố Hà Nội › Quận Hai Bà Trưng (trước 01/07/2025), not "HBT"',
        "content/ha-noi/x/_index.md:3: warning: code: 27724 is 27724 Tỉnh Long An › Huyện Tân Hưng › Xã Hưng Hà (trước 01/07/2025), not under Thành phố Hà Nội: move the folder under its parent",
        "0 error(s), 2 warning(s)",
    ]


def test_the_structure_follows_the_articles_dates(make_site):
    from sitegen.pipeline import load

    site = make_site(
        {
            "content/ha-noi/_index.md": "---\ntitle: Thành phố Hà Nội\n---\n",
            "content/ha-noi/hbt/_index.md": "---\ntitle: Hai Bà Trưng\n---\n",
            "content/ha-noi/hbt/2025-09-01-a.md": article("Tin A", "2025-09-01"),
            "content/ha-noi/hbt/2025-09-02-b.md": article("Tin B", "2025-09-02"),
            "content/ha-noi/dong-da/_index.md": "---\ntitle: Đống Đa\n---\n",
            "content/ha-noi/dong-da/2024-09-02-b.md": article("Tin C", "2024-09-02"),
        }
    )
    loaded = load(site, site / "output")
    units = {n.title: n.official.unit for n in loaded.site.all_localities()}
    assert (units["Hai Bà Trưng"].structure, units["Hai Bà Trưng"].name) == ("2025", "Phường Hai Bà Trưng")
    assert (units["Đống Đa"].structure, units["Đống Đa"].name) == ("pre2025", "Quận Đống Đa")
    assert loaded.problems.warnings == []


def test_locality_pages_show_the_unit_and_its_successors_linked_when_the_site_has_them(make_site):
    site = make_site(
        {
            "content/ha-noi/_index.md": "---\ntitle: Thành phố Hà Nội\n---\n",
            "content/ha-noi/hai-ba-trung/_index.md": "---\ntitle: Quận Hai Bà Trưng\n---\n",
            "content/ha-noi/hai-ba-trung/2024-07-18-a.md": article("Tin A", "2024-07-18"),
            "content/ha-noi/phuong-bach-mai/_index.md": "---\ntitle: Phường Bạch Mai\n---\n",
            "content/ha-noi/phuong-bach-mai/2025-08-01-b.md": article("Tin B", "2025-08-01"),
        }
    )
    build(site, site / "output")
    page = (site / "output/dia-phuong/ha-noi/hai-ba-trung/index.html").read_text()
    assert "<dt>Mã đơn vị (GSO)</dt><dd>007</dd>" in page
    assert '<dt>Trực thuộc</dt><dd><a href="../../../dia-phuong/ha-noi/">Thành phố Hà Nội</a></dd>' in page
    assert (
        'Từ 01/07/2025: Phường Cửa Nam, Phường Hồng Hà, Phường Văn Miếu - Quốc Tử Giám, Phường Hai Bà Trưng, Phường Vĩnh Tuy, <a href="../../../dia-phuong/ha-noi/phuong-bach-mai/">Phường Bạch Mai</a>, Phường Vĩnh Hưng, Phường Tương Mai, Phường Lĩnh Nam (Thành phố Hà Nội)'
        in page
    )
    new = (site / "output/dia-phuong/ha-noi/phuong-bach-mai/index.html").read_text()
    assert (
        "Hình thành từ " in new and '<a href="../../../dia-phuong/ha-noi/hai-ba-trung/">' not in new
    )  # from wards, not the district
    assert "<svg" in page and "<script" not in page.split("<svg")[1].split("</svg>")[0]
    tree = (site / "output/dia-phuong/index.html").read_text()
    assert '<a href="../dia-phuong/ha-noi/"><title>Thành phố Hà Nội: 2 bài</title><circle class="map-mark"' in tree


def test_a_moved_locality_keeps_its_old_url(make_site):
    site = make_site(
        {
            "content/long-an/tan-hung/hung-ha/_index.md": "---\ntitle: Xã Hưng Hà\ncode: 27724\naliases: [/dia-phuong/hung-ha/]\n---\n",
            "content/long-an/tan-hung/hung-ha/2024-12-12-a.md": article("Tin A", "2024-12-12"),
        }
    )
    build(site, site / "output")
    assert "dia-phuong/long-an/tan-hung/hung-ha/" in (site / "output/dia-phuong/hung-ha/index.html").read_text()


def test_place_prints_candidates_and_json(capsys, tmp_path):
    code, out = run(capsys, "place", "--source", str(tmp_path), "Quận 2, TP.HCM", "Phường 02, Quận 3")
    assert code == 0
    assert out.splitlines()[0] == "Quận 2, TP.HCM: 1 candidate"
    assert out.splitlines()[1].startswith(
        "  769    Thành phố Thủ Đức, Thành phố Hồ Chí Minh [pre2025] (by a former name) → from 01/07/2025: Phường Linh Xuân 26800,"
    )
    assert (
        out.splitlines()[3]
        == "  27157  Phường 2, Quận 3, Thành phố Hồ Chí Minh [pre2025] → from 01/07/2025: Phường Bàn Cờ 27154 (Thành phố Hồ Chí Minh)"
    )
    code, out = run(
        capsys, "place", "--source", str(tmp_path), "--json", "Q. Hai Bà Trưng, TP. Hà Nội", "Tỉnh Nguyễn Thị Phong Vũ"
    )
    assert code == 1  # a name with no candidate
    found = json.loads(out)
    assert [a["query"] for a in found] == ["Q. Hai Bà Trưng, TP. Hà Nội", "Tỉnh Nguyễn Thị Phong Vũ"]
    [hbt] = found[0]["candidates"]
    assert {k: hbt[k] for k in ("code", "name", "level", "structure", "parents")} == {
        "code": "007",
        "name": "Quận Hai Bà Trưng",
        "level": "Quận",
        "structure": "pre2025",
        "parents": [{"code": "01", "name": "Thành phố Hà Nội", "level": "Thành phố"}],
    }
    assert len(hbt["successors"]) == 9 and hbt["successors"][0]["parents"][0]["code"] == "01"
    assert hbt["predecessors"] == [] and found[1]["candidates"] == []


def test_codes_are_read_as_written_and_a_bad_one_is_an_error(make_site, capsys):
    site = make_site(
        {
            "content/ha-noi/_index.md": "---\ntitle: Hà Nội\ncode: 01\n---\n",
            "content/ha-noi/hbt/_index.md": "---\ntitle: Quận Hai Bà Trưng\ncode: 007\n---\n",  # YAML reads 7
            "content/ha-noi/hbt/2024-01-01-a.md": article("Tin A", "2024-01-01"),
            "content/ha-noi/x/_index.md": "---\ntitle: Quận Ba Đình\ncode: 1a\n---\n",
        }
    )
    code, out = run(capsys, "check", "--source", str(site))
    assert code == 1
    assert out.splitlines() == [
        'content/ha-noi/x/_index.md:3: error: code: "1a" is not a GSO code (2 digits for a province, 3 for a district, 5 for a commune)',
        "1 error(s), 0 warning(s)",
    ]
