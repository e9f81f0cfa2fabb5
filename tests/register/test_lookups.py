"""The look-up table: real spellings from portals, seeds and editors, answered by the register."""

from __future__ import annotations

import pytest

from sitegen.register import register

from .score import read_table, score

ROWS = read_table()


def test_the_table_is_large_and_names_only_real_units():
    assert len(ROWS) >= 200
    units = {(u.structure, u.chain) for s in ("pre2025", "2025") for u in register().units(s)}
    unknown = [(row.line, e) for row in ROWS for e in row.expected if e not in units]
    assert unknown == []  # an expected answer that is no unit would make the score meaningless


def test_the_right_unit_first_for_98_percent_and_every_candidate_of_ambiguous_names():
    right, misses = score(register(), ROWS)
    assert right / len(ROWS) >= 0.98, "\n".join(misses)
    ambiguous = [row for row in ROWS if len(row.expected) > 1]
    assert len(ambiguous) >= 40
    assert not [m for m in misses if any(f":{row.line}:" in m for row in ambiguous)], misses


@pytest.mark.parametrize(
    "query",
    ["Tỉnh Nguyễn Thị Phong Vũ", "Xã Hội", "Ban Chấp hành", "Đồng chí Vũ Kim Thành", ""],
)
def test_names_that_are_no_unit_have_no_candidate(query):
    assert register().search(query) == []
