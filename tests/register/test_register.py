"""The register: its counts, name keys, the conversion of 1 July 2025, and its data's integrity."""

from __future__ import annotations

import subprocess
import sys

import pytest

from sitegen.register import COMMUNE, DISTRICT, PRE2025, PROVINCE, Y2025, name_key, register
from sitegen.register.names import bare_key, marked_key, parse
from sitegen.register.units import read_rows


def test_both_structures_are_complete():
    reg = register()
    old = [u.tier for u in reg.units(PRE2025)]
    new = [u.tier for u in reg.units(Y2025)]
    assert (old.count(PROVINCE), old.count(DISTRICT), old.count(COMMUNE)) == (63, 696, 10035)
    assert (new.count(PROVINCE), new.count(COMMUNE)) == (34, 3321)


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Q. Hai Bà Trưng", "haibatrung"),
        ("quận Hai Bà Trưng", "haibatrung"),
        ("Quận ủy Hai Bà Trưng", "haibatrung"),
        ("TP. Hà Nội", "hanoi"),
        ("Thành phố Hà Nội", "hanoi"),
        ("TPHCM", "hochiminh"),
        ("TP.HCM", "hochiminh"),
        ("Tỉnh ủy Hà Nam", "hanam"),
        ("UBND xã Hưng Hà", "hungha"),
        ("HĐND huyện Duy Tiên", "duytien"),
        ("Ủy ban MTTQ xã Hưng Hà", "hungha"),
        ("Đảng ủy xã Hưng Hà", "hungha"),
        ("TX Duy Tiên", "duytien"),
        ("TT. Trâu Quỳ", "trauquy"),
        ("H. Gia Lâm", "gialam"),
        ("X. Hưng Hà", "hungha"),
        ("Phan Rang-Tháp Chàm", "phanrangthapcham"),
        ("Phan Rang – Tháp Chàm", "phanrangthapcham"),
        ("Đắk R'lấp", "dakrlap"),
        ("Đắk R’Lấp", "dakrlap"),
        ("Đăk Song", "daksong"),
        ("Dak Song", "daksong"),
        ("Quận 1", "1"),
        ("Q1", "1"),
        ("Q.01", "1"),
        ("Phường 02", "2"),
        ("P.2", "2"),
        ("Quan Hóa", "quanhoa"),  # a name, not the level word "Quận": the text has marks
        ("Huyện Quan Hóa", "quanhoa"),
    ],
)
def test_name_keys(written, key):
    assert name_key(written) == key


def test_marks_match_one_tone_placement_and_dak_forms():
    assert marked_key("Khánh Hoà") == marked_key("Khánh Hòa")
    assert marked_key("Thái Thuỵ") == marked_key("Thái Thụy")
    assert marked_key("Đăk Song") == marked_key("Đắk Song")
    assert parse("Hưng Hà").marked != parse("Hưng Hạ").marked
    assert parse("hung ha").marked == ""  # written without marks: matches any


def test_a_name_with_marks_matches_those_marks_and_one_without_matches_any():
    reg = register()
    districts = {u.name for u in reg.lookup("Thanh Trì") if u.tier == DISTRICT}
    assert districts == {"Huyện Thanh Trì"}  # not Huyện Thạnh Trị of Sóc Trăng
    assert {u.name for u in reg.lookup("thanh tri") if u.tier == DISTRICT} == {"Huyện Thanh Trì", "Huyện Thạnh Trị"}
    assert {u.name for u in reg.lookup("Huyện Tam Đường")} == {"Huyện Tam Đường"}


def test_a_unit_is_structure_and_code():
    reg = register()
    old, new = reg.unit(PRE2025, "12586"), reg.unit(Y2025, "12586")
    assert old.name == "Thị trấn Hưng Hà" and old.chain[0] == "Tỉnh Thái Bình"
    assert new.name == "Xã Hưng Hà" and new.chain[0] == "Tỉnh Hưng Yên"
    assert old != new


def test_conversion_keeps_every_successor():
    reg = register()
    hai_ba_trung = reg.unit(PRE2025, "007")
    assert [u.name for u in reg.successors(hai_ba_trung)] == [
        "Phường Cửa Nam",
        "Phường Hồng Hà",
        "Phường Văn Miếu - Quốc Tử Giám",
        "Phường Hai Bà Trưng",
        "Phường Vĩnh Tuy",
        "Phường Bạch Mai",
        "Phường Vĩnh Hưng",
        "Phường Tương Mai",
        "Phường Lĩnh Nam",
    ]
    split = [u for u in reg.units(PRE2025) if u.tier == COMMUNE and len(reg.successors(u)) > 1]
    assert len(split) > 400  # the official table splits hundreds of communes: none is cut to one
    assert all(reg.successors(u) for u in reg.units(PRE2025))
    duy_tien = reg.unit(PRE2025, "349")
    assert {u.chain[0] for u in reg.successors(duy_tien)} == {"Tỉnh Ninh Bình"}
    long_an_hung_ha = reg.unit(PRE2025, "27724")
    assert [u.name for u in reg.successors(long_an_hung_ha)] == ["Xã Hưng Điền"]


def test_predecessors_are_the_inverse_of_successors():
    reg = register()
    hung_ha = reg.unit(Y2025, "12586")
    before = reg.predecessors(hung_ha)
    assert "Thị trấn Hưng Hà" in [u.name for u in before]
    assert all(hung_ha in reg.successors(u) for u in before)
    assert {u.name for u in reg.predecessors(reg.unit(Y2025, "79"))} == {
        "Thành phố Hồ Chí Minh",
        "Tỉnh Bình Dương",
        "Tỉnh Bà Rịa - Vũng Tàu",
    }


def test_former_names_answer_with_the_unit_that_took_them_over():
    reg = register()
    [(thu_duc, former)] = reg.matches("Quận 2", "TP.HCM")
    assert (thu_duc.name, former) == ("Thành phố Thủ Đức", True)
    assert reg.resolve("Quận 2, TP.HCM".split(",")[0], "TP.HCM") == thu_duc
    assert reg.resolve("Hưng Hà") is None  # four units: no guess
    assert "haibatrung" in reg.names and "quannguyen" not in reg.names


def test_stored_keys_are_what_names_py_makes():
    """make_data.py wrote the keys with names.py: a change of the rules needs the data made again."""
    for structure in (PRE2025, Y2025):
        for row in read_rows(structure).values():
            assert (row.key, row.marked) == (bare_key(row.short), marked_key(row.short)), row


def test_reading_the_register_imports_no_network_or_source_package():
    code = (
        "import sys\nfrom sitegen.register import register\nr = register()\nr.search('Quận 2, TP.HCM')\n"
        "r.successors(r.unit('pre2025', '007'))\n"
        "bad = [m for m in ('vietnamadminunits', 'socket', 'urllib.request', 'geopy', 'shapely') if m in sys.modules]\n"
        "print(bad)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
