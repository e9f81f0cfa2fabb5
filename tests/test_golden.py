"""The golden sample site (tests/golden/site) builds to exactly tests/golden/expected.

When a change is meant to alter the output, run `python tests/golden/refresh.py` and read
the diff of tests/golden/expected/ before committing it.
"""

from __future__ import annotations

import difflib
from pathlib import Path

from golden.refresh import EXPECTED, build_golden, tree

REFRESH = "python tests/golden/refresh.py"


def _diff(expected: dict[str, bytes], actual: dict[str, bytes]) -> str:
    out: list[str] = []
    for rel in sorted(set(expected) - set(actual)):
        out.append(f"missing: {rel}")
    for rel in sorted(set(actual) - set(expected)):
        out.append(f"unexpected: {rel}")
    for rel in sorted(set(expected) & set(actual)):
        if expected[rel] == actual[rel]:
            continue
        try:
            old, new = expected[rel].decode("utf-8"), actual[rel].decode("utf-8")
        except UnicodeDecodeError:
            out.append(f"differs (binary): {rel}")
            continue
        out.extend(
            difflib.unified_diff(
                old.splitlines(), new.splitlines(), f"expected/{rel}", f"built/{rel}", lineterm="", n=2
            )
        )
    return "\n".join(out)


def test_golden_site_matches_expected_tree(tmp_path: Path):
    out = tmp_path / "output"
    build_golden(out)
    expected, actual = tree(EXPECTED), tree(out)
    diff = _diff(expected, actual)
    assert not diff, f"the golden site changed; if that is intended run `{REFRESH}`\n{diff[:20000]}"


def test_golden_sample_covers_every_kind_of_page():
    """The sample keeps its promise: provinces, districts, a commune, no locality, a draft, aliases."""
    files = tree(EXPECTED)
    for rel in (
        "index.html",
        "page/2/index.html",
        "404.html",
        "feed.xml",
        "sitemap.xml",
        "robots.txt",
        "dia-phuong/index.html",
        "dia-phuong/thai-binh/hung-ha/diep-nong/index.html",
        "dia-phuong/chua-ro/index.html",
        "chu-de/index.html",
        "chu-de/dan-van-kheo/feed.xml",
        "loai-hoi-nghi/giao-ban/index.html",
        "nhan-vat/vu-van-hoat/index.html",
        "luu-tru/index.html",
        "2024/index.html",
        "2024/07/index.html",
        "tim-kiem/index.html",
        "tin-cu/giao-ban-dan-van-2024/index.html",
        "ha-noi/hai-ba-trung/images/hoi-nghi.png",
    ):
        assert rel in files, rel
    assert not any("ban-nhap" in rel for rel in files), "a draft was published"
    assert "quy-che-dan-chu/index.html" in "\n".join(files)  # QCDC and the long form are one tag
    assert not any("quy-che-dan-chu-o-co-so" in rel for rel in files)
