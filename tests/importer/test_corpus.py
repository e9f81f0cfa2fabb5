"""Floors on the corpus of real articles (tests/importer/corpus): the scores may rise, never fall.
Held-out articles come from sources the rules were not tuned on (see corpus/README.md)."""

from __future__ import annotations

import pytest

from .score import FIELDS, run_split

# The figures measured when the floors were set (docs/importing.md, seventh pass): dev 100% (41
# articles), held-out 100% (8), second held-out 100% (17), third held-out 97% (17), fourth
# held-out 100% (17), fifth held-out 98% (16), sixth held-out 97% (14, developed on in the
# seventh pass); seventh held-out 100% (12, developed on in the eighth pass); eighth held-out 99%
# (13, developed on in the ninth pass); ninth held-out 99% (11, developed on in the tenth pass);
# tenth held-out 97% (11, developed on in the eleventh pass); eleventh held-out 99% (10, developed on
# in the twelfth pass); twelfth held-out 90% (12, developed on in the thirteenth pass; most of its
# misses are places only the portal's address settles, left unresolved rather than guessed), 94%
# after the fourteenth; thirteenth held-out 99% (12, its first run 90%, developed on in the
# fourteenth pass; its one miss a commune only the portal's address settles); fourteenth held-out
# 99% (14, its first run 95%, developed on in the fifteenth pass; its one miss a commune only the
# portal's address settles); fifteenth held-out 93% (15, its first run 88%, developed on in the
# sixteenth pass; five of its seven misses are titles of pastes that lost the title line, which
# no rule can give back); sixteenth held-out 93% (16, its first run 88%, developed on in the
# seventeenth pass; five of its eight misses are titles of pastes that lost the title line, three
# places only the portal's address settles); seventeenth held-out 91% (14, its first run 89%,
# developed on in the eighteenth pass; seven of its nine misses are titles of pastes that lost the
# title line); eighteenth held-out 88% (14, its first run 79%, developed on in the nineteenth pass;
# six of its twelve misses are titles of pastes that lost the title line, five places only the
# portal settles or the register no longer holds; 89% once the twentieth pass settled 376's meeting
# type); nineteenth held-out 95% (11, its first run 83%, developed on in the twentieth pass; its misses
# a title no paste holds, a ward 36 units bear, a name misspelt at its second mention, a congress's
# agenda read as a tổng kết, settled in the twenty-third pass: 96%); twentieth held-out 98% (12,
# from provinces from Thừa Thiên Huế northwards,
# its first run 85%, developed on in the twenty-first pass; its misses a title no paste holds and a
# commune only the portal's address settles); twenty-first held-out 94% (15, from provinces from Đà
# Nẵng southwards, its first run 85%, developed on in the twenty-second pass; four of its six misses are
# titles of pastes that lost the title line, two communes only the portal's address settles);
# twenty-second held-out 93% (15, from every region, its first run 86% with three wrong places,
# developed on in the twenty-third pass; six of its seven misses are titles of pastes that lost the
# title line, one a commune only the portal's address settles); twenty-third held-out 95% (16, from every
# region, its first run 84% with furniture in four articles, developed on in the twenty-fourth pass; its six
# misses are communes several units bear that only the portal's address settles, left unresolved);
# twenty-fourth held-out 90% (15, from every region, its first run 84% after the twenty-fourth pass,
# developed on in the twenty-fifth and twenty-sixth passes; most of its misses are titles of pastes that
# lost the title line); twenty-fifth held-out 91% (10, from every region, its first run 83% after the
# twenty-fifth pass, developed on in the twenty-sixth; five of its six misses are titles of pastes that
# lost the title line).
FLOORS = {
    "dev": 0.97,
    "heldout": 0.96,
    "heldout2": 0.97,
    "heldout3": 0.95,
    "heldout4": 0.97,
    "heldout5": 0.96,
    "heldout6": 0.95,
    "heldout7": 0.95,
    "heldout8": 0.95,
    "heldout9": 0.95,
    "heldout10": 0.95,
    "heldout11": 0.95,
    "heldout12": 0.90,
    "heldout13": 0.95,
    "heldout14": 0.95,
    "heldout15": 0.90,
    "heldout16": 0.90,
    "heldout17": 0.90,
    "heldout18": 0.85,
    "heldout19": 0.90,
    "heldout20": 0.95,
    "heldout21": 0.90,
    "heldout22": 0.90,
    "heldout23": 0.90,
    "heldout24": 0.89,
    "heldout25": 0.90,
    "heldout26": 0.92,  # 93% after the twenty-seventh pass (its first run: 85%)
    "heldout27": 0.95,  # 96% after the twenty-ninth pass (its first run: 89%; 91% after the twenty-eighth)
    # heldout28–31: first run after the twenty-ninth pass, developed on in the thirtieth (A and B)
    "heldout28": 0.92,  # 94% (first run 89%)
    "heldout29": 0.95,  # 100% (first run 89%)
    "heldout30": 0.90,  # 92% (first run 85%)
    "heldout31": 0.88,  # 90% (first run 82%); 94% after the thirty-first pass
    # heldout32–33: first run after the thirtieth pass, developed on in the thirty-first (A and B)
    "heldout32": 0.97,  # 99% (first run 95%)
    "heldout33": 0.97,  # 100% (first run 84%)
    # heldout34–36: first run after the thirty-first pass, developed on in the thirty-second (A and B)
    "heldout34": 0.97,  # 100% (first run 90%)
    "heldout35": 0.97,  # 100% (first run 90%)
    "heldout36": 0.97,  # 99% (first run 93%)
}


@pytest.mark.slow  # imports every article and builds a site per split (about 15 s)
@pytest.mark.parametrize("split", sorted(FLOORS))
def test_corpus_scores_hold(split: str) -> None:
    results, failing = run_split(split, details=False)
    assert len(results) >= 8
    right = sum(sum(r.right.values()) for r in results) / (len(results) * len(FIELDS))
    assert right >= FLOORS[split], f"{split}: {right:.0%} of fields right"
    assert not [r.name for r in results if r.locality == "invented"], "a locality the register does not know"
    assert not [r.name for r in results if r.lost], "sentences lost"
    assert not failing, f"imported files break the build: {failing}"
