"""Each raw case end to end: imported with run_import, read back, fields and body checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitegen.config import Config
from sitegen.errors import Problems
from sitegen.importer import run_import

from .helpers import CASES, as_text, check_body, expected, plain, read_output

ALL = sorted(CASES.glob("*.txt")) + sorted((CASES / "seeds").glob("*.txt"))


def import_one(case: Path, tmp_path: Path) -> tuple[Path, list[str], int]:
    messages: list[str] = []
    problems = Problems()
    options = {"out": None, "locality": None, "config": Config(), "problems": problems}
    code = run_import([case], site=tmp_path, echo=messages.append, **options)
    messages += [str(problem) for problem in problems.items]
    written = [p for p in (tmp_path / "content").rglob("*.md") if p.name != "_index.md"]
    assert len(written) == 1, messages
    return written[0], messages, code


@pytest.mark.parametrize("case", ALL, ids=lambda p: p.stem)
def test_case(case: Path, tmp_path: Path) -> None:
    want = expected(case)
    path, messages, code = import_one(case, tmp_path)
    assert code == 0, messages
    meta, body = read_output(path)
    assert meta["title"] == want["title"]
    assert as_text(meta.get("date")) == want["date"]
    assert as_text(meta.get("event_date")) == want["event_date"]
    for key in ("author", "source", "image", "organization", "locality", "meeting", "publisher"):
        if key in want:
            if key == "locality":
                assert (meta.get(key) or []) == (want[key] or []), key
            else:
                assert meta.get(key) == want[key], key
    assert meta.get("people", []) == want["people"]
    for tag in want.get("tags_include", []):
        assert tag in meta.get("tags", []), tag
    assert set(meta.get("tags", [])) <= set(Config().tags.vocabulary)
    paragraphs = [b for b in body.strip().split("\n\n") if b]
    captions = [p for p in paragraphs if p.startswith(("*", "!["))]
    want_captions = want.get("captions", [])
    assert len(captions) == len(want_captions), captions
    for got, wanted in zip(captions, want_captions, strict=True):
        assert wanted in plain(got)
    for url in want.get("figures", []):
        assert any(c.startswith("![") and f"]({url} " in c for c in captions), url
    for start in want.get("body_starts", []):
        assert any(p.startswith(start) for p in paragraphs), start
    check_body(case, meta, body, want)
    folder = path.parent.relative_to(tmp_path / "content")
    if want.get("ambiguous"):  # several units carry the name and the text does not settle it
        assert "locality" not in meta
        assert any(f"{want['ambiguous']} is ambiguous" in m and " › " in m for m in messages), messages
    if want.get("locality"):
        assert len(folder.parts) == len(want["locality"])
        for depth, title in enumerate(want["locality"]):
            index = tmp_path / "content" / Path(*folder.parts[: depth + 1]) / "_index.md"
            assert f"title: {title}" in index.read_text(encoding="utf-8")
    else:
        assert folder == Path(".")
    expected_name = (want["date"][:10] + "-") if want["date"] else ""
    assert path.name.startswith(expected_name)
    if not want["date"]:
        assert any("date: not found in the text" in m for m in messages)
        assert meta.get("draft") is True


def test_report_names_each_field_and_dropped_line(tmp_path: Path) -> None:
    case = CASES / "01_breadcrumb_share_related.txt"
    _, messages, _ = import_one(case, tmp_path)
    report = "\n".join(messages)
    assert "found title: Ban Dân vận Huyện ủy Kim Sơn" in report and "(line 4," in report
    assert "found date: 2024-03-15T16:42:00+07:00 (line 5, date line)" in report
    assert "not found (optional): " in report and "source, image" in report
    assert "check these" not in report  # nothing missing, nothing guessed
    assert "dropped line 1 (breadcrumb trail): Trang chủ > Tin tức > Công tác dân vận" in report
    assert "dropped line 12 (related-news heading): Tin liên quan" in report
