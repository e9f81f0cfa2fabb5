"""Titles in capitals, and the sentence case suggested for them."""

from __future__ import annotations

import pytest

from sitegen.casing import is_all_caps, sentence_case


@pytest.mark.parametrize(
    ("title", "caps"),
    [
        ("HỘI NGHỊ GIAO BAN CÔNG TÁC DÂN VẬN", True),
        ("SƠ KẾT 6 THÁNG ĐẦU NĂM 2024", True),
        ("Hội nghị giao ban công tác dân vận", False),
        ("UBND HUYỆN", False),  # two words: an acronym and a name, not a shouted headline
        ("Hội nghị MTTQ và UBND huyện", False),
    ],
)
def test_is_all_caps(title: str, caps: bool) -> None:
    assert is_all_caps(title) is caps


def test_names_take_the_capitals_the_text_gives_them() -> None:
    text = "Thường trực Huyện ủy tổ chức hội nghị giao ban công tác Mặt trận và các tổ chức chính trị - xã hội."
    assert (
        sentence_case("HỘI NGHỊ GIAO BAN CÔNG TÁC MẶT TRẬN VÀ CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI", text)
        == "Hội nghị giao ban công tác Mặt trận và các tổ chức chính trị - xã hội"
    )


def test_without_a_text_words_are_lower_case_and_acronyms_stay() -> None:
    assert sentence_case("HỘI NGHỊ CỦA UBND HUYỆN, NĂM 2024", "") == "Hội nghị của UBND huyện, năm 2024"
