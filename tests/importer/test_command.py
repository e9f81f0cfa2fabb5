"""run_import as a command: bad inputs, re-import, --force, --out, --locality."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitegen.config import Config
from sitegen.errors import Problems
from sitegen.importer import run_import
from sitegen.importer.dates import find_meeting_date
from sitegen.importer.writer import escape_paragraph

from .helpers import CASES, read_output

GOOD = CASES / "01_breadcrumb_share_related.txt"
VIETNAMESE = "Hội nghị tổng kết công tác dân vận năm 2024 của Đảng ủy xã Hưng Hà.\n"


def run(files, site: Path, **options) -> tuple[int, list[str]]:
    """The exit code, and what the command says: its report lines, then its errors (as the CLI prints them)."""
    messages: list[str] = []
    problems = Problems()
    settings = {"out": None, "locality": None, **options}
    code = run_import(list(files), site=site, config=Config(), echo=messages.append, problems=problems, **settings)
    return code, messages + [str(problem) for problem in problems.items]


def articles(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.md") if p.name != "_index.md")


BAD = {
    "empty.txt": (b"", "file is empty"),
    "blank.txt": (b"  \n\n \r\n", "file is empty"),
    "binary.bin": (bytes(range(256)) * 4, "binary"),
    "utf16.txt": (VIETNAMESE.encode("utf-16"), "UTF-16"),
    "utf16be.txt": (VIETNAMESE.encode("utf-16-be"), "UTF-16"),
    "cp1258.txt": (VIETNAMESE.encode("cp1258", errors="replace"), "Windows-1258"),
    "big.txt": (VIETNAMESE.encode() * 80_000, "MB"),
    "word.docx": (b"PK\x03\x04" + b"\x00" * 100, "Word"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_input_is_one_error_line_and_nothing_written(name: str, tmp_path: Path) -> None:
    data, words = BAD[name]
    bad = tmp_path / name
    bad.write_bytes(data)
    site = tmp_path / "site"
    code, messages = run([bad], site)
    assert code == 1
    assert len(messages) == 1
    assert messages[0].startswith(f"{bad}: error: ") and words in messages[0]
    assert "(" in messages[0] and messages[0].endswith(")")  # the fix, in brackets
    assert not site.exists()


def test_bad_inputs_do_not_stop_the_others(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.txt"
    code, messages = run([empty, GOOD, missing], tmp_path / "site")
    assert code == 1
    assert len(articles(tmp_path / "site")) == 1
    errors = [m for m in messages if ": error: " in m]
    assert [e.split(":")[0] for e in errors] == [str(empty), str(missing)]


def test_only_furniture_is_an_error(tmp_path: Path) -> None:
    raw = tmp_path / "bar.txt"
    raw.write_text("Tăng cỡ chữ Giảm cỡ chữ Gửi thư In\nChia sẻ\nFacebook Twitter\n", encoding="utf-8")
    code, messages = run([raw], tmp_path / "site")
    assert code == 1 and len(messages) == 1 and "no article text" in messages[0]


def test_same_file_twice_writes_one_file(tmp_path: Path) -> None:
    site = tmp_path / "site"
    assert run([GOOD], site)[0] == 0
    first = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    code, messages = run([GOOD], site)
    assert code == 0 and "already imported" in messages[0] and "unchanged" in messages[0]
    assert {p: p.read_bytes() for p in site.rglob("*") if p.is_file()} == first
    code, _ = run([GOOD, GOOD], tmp_path / "other")
    assert code == 0 and len(articles(tmp_path / "other")) == 1


def test_an_edited_or_other_article_is_never_overwritten(tmp_path: Path) -> None:
    site = tmp_path / "site"
    run([GOOD], site)
    [target] = articles(site)
    target.write_text("---\ntitle: edited by hand\ndate: 2024-03-15\n---\nMy edits.\n", encoding="utf-8")
    code, messages = run([GOOD], site)
    assert code == 0, messages
    assert "My edits." in target.read_text(encoding="utf-8")
    second = target.with_name(target.stem + "-2.md")
    assert second.exists() and "another article has this title and date" in messages[0]
    assert not any("--force" in m for m in messages)
    code, messages = run([GOOD], site)  # the same input again: found, nothing written
    assert code == 0 and "already imported" in messages[0] and len(articles(site)) == 2


def test_two_inputs_with_one_name_get_two_files(tmp_path: Path) -> None:
    first = tmp_path / "a.txt"
    second = tmp_path / "b.txt"
    first.write_text("Hội nghị giao ban\nNgày 15/03/2024\nNội dung thứ nhất của bài.\n", encoding="utf-8")
    second.write_text("Hội nghị giao ban\nNgày 15/03/2024\nNội dung thứ hai, khác hẳn.\n", encoding="utf-8")
    code, messages = run([first, second], tmp_path / "site")
    assert code == 0, messages
    names = sorted(p.name for p in articles(tmp_path / "site"))
    assert names == ["2024-03-15-hoi-nghi-giao-ban-2.md", "2024-03-15-hoi-nghi-giao-ban.md"]


def test_out_puts_the_file_in_that_folder(tmp_path: Path) -> None:
    out = tmp_path / "drafts"
    code, _ = run([GOOD], tmp_path / "site", out=out)
    assert code == 0
    [written] = articles(out)
    assert written.parent == out
    assert not (tmp_path / "site" / "content").exists()
    meta, _ = read_output(written)
    assert meta["locality"] == ["Tỉnh Ninh Bình", "Huyện Kim Sơn"]


def test_locality_option_overrides_the_text_and_keeps_existing_index(tmp_path: Path) -> None:
    site = tmp_path / "site"
    existing = site / "content" / "ha-noi" / "_index.md"
    existing.parent.mkdir(parents=True)
    existing.write_text("---\ntitle: Thành phố Hà Nội\nlevel: thành phố\n---\nThủ đô.\n", encoding="utf-8")
    code, messages = run([GOOD], site, locality="Hà Nội/Quận Hai Bà Trưng")
    assert code == 0, messages
    [written] = articles(site)
    assert written.parent == site / "content" / "ha-noi" / "hai-ba-trung"
    assert read_output(written)[0]["locality"] == ["Thành phố Hà Nội", "Quận Hai Bà Trưng"]
    assert existing.read_text(encoding="utf-8").endswith("Thủ đô.\n")
    index = (written.parent / "_index.md").read_text(encoding="utf-8")
    assert "title: Quận Hai Bà Trưng" in index and "level: quận" in index


def test_existing_folder_with_the_same_title_is_reused(tmp_path: Path) -> None:
    site = tmp_path / "site"
    folder = site / "content" / "hn"
    folder.mkdir(parents=True)
    (folder / "_index.md").write_text("---\ntitle: TP. Hà Nội\n---\n", encoding="utf-8")
    run([CASES / "seeds" / "004_63c0cfc46200116c.txt"], site)
    [written] = articles(site)
    assert written.parent == folder / "hai-ba-trung"


def test_year_of_a_day_without_one() -> None:
    from datetime import date

    assert find_meeting_date("Sáng 14/3, Ban Dân vận", date(2024, 3, 20)) == (date(2024, 3, 14), True)
    assert find_meeting_date("Sáng 28/12, Ban Dân vận", date(2024, 1, 8)) == (date(2023, 12, 28), True)
    assert find_meeting_date("đạt 44/50 mô hình", date(2024, 1, 8)) is None


@pytest.mark.parametrize(
    "raw, escaped",
    [
        ("1. Một", "1\\. Một"),
        ("2) Hai", "2\\) Hai"),
        ("# Tiêu đề", "\\# Tiêu đề"),
        ("- gạch", "\\- gạch"),
        ("+ cộng", "\\+ cộng"),
        ("> trích", "\\> trích"),
        ("có *sao* và [ngoặc]", "có \\*sao\\* và \\[ngoặc\\]"),
        ("<script>x</script>", "&lt;script>x&lt;/script>"),
        ("Năm 2024. Tốt", "Năm 2024. Tốt"),
    ],
)
def test_paragraph_starts_are_escaped(raw: str, escaped: str) -> None:
    assert escape_paragraph(raw) == escaped


def test_title_in_capitals_is_kept_and_a_sentence_case_suggested(tmp_path: Path) -> None:
    seed = CASES / "seeds" / "003_e8389fc75585c624.txt"
    code, messages = run([seed], tmp_path / "site")
    assert code == 0
    [written] = articles(tmp_path / "site")
    meta, _ = read_output(written)
    assert meta["title"].startswith("HỘI NGHỊ GIAO BAN")  # the editor decides which words are names
    suggestion = (
        'note title: in capitals; in sentence case it would be title: "Hội nghị giao ban công tác '
        'Mặt trận và các tổ chức chính trị - xã hội huyện 6 tháng đầu năm 2024"'
    )
    assert any(line.strip() == suggestion for message in messages for line in message.splitlines()), messages


@pytest.mark.parametrize("option", ["--output", "--out"])
def test_output_option_and_its_old_name(option: str, tmp_path: Path) -> None:
    from sitegen.cli import main

    out = tmp_path / "drafts"
    assert main(["import", "--source", str(tmp_path), str(GOOD), option, str(out)]) == 0
    assert len(articles(out)) == 1 and not (tmp_path / "content").exists()


# "xã Trà Tân" alone: Quảng Nam, Quảng Ngãi and Bình Thuận each have one (the register, before 2025).
AMBIGUOUS = (
    "Đại biểu HĐND huyện tiếp xúc cử tri xã Trà Tân\n"
    "24/09/2021\n"
    "Chiều ngày 14/9/2021, các đại biểu HĐND huyện đã tiếp xúc cử tri xã Trà Tân trước kỳ họp thứ hai.\n"
    "Ông Lê Đình Trung, Phó Chủ tịch UBND huyện phát biểu giải trình các ý kiến của cử tri.\n"
)
DUC_LINH = "Tỉnh Bình Thuận/Huyện Đức Linh/Xã Đông Hà"


def _seed_archive(site: Path, tmp_path: Path, chain: str, count: int) -> None:
    """`count` articles already imported under `chain` (the desk's own area)."""
    for number in range(count):
        source = tmp_path / f"own{number}.txt"
        text = f"Hội nghị giao ban dân vận số {number}\n0{number + 1}/03/2021\n{VIETNAMESE}"
        source.write_text(text, encoding="utf-8")
        assert run([source], site, locality=chain)[0] == 0


@pytest.mark.parametrize(
    ("held", "count", "chosen"),
    [
        (DUC_LINH, 3, ["Tỉnh Bình Thuận", "Huyện Đức Linh", "Xã Trà Tân"]),  # the desk's district
        (DUC_LINH, 1, []),  # one article there: a batch of unrelated pastes, no evidence
        ("Tỉnh Bình Thuận", 5, []),  # the province alone: weak evidence
    ],
)
def test_an_ambiguous_commune_is_settled_by_the_district_the_archive_holds(
    held: str, count: int, chosen: list[str], tmp_path: Path
) -> None:
    site = tmp_path / "site"
    _seed_archive(site, tmp_path, held, count)
    raw = tmp_path / "tra-tan.txt"
    raw.write_text(AMBIGUOUS, encoding="utf-8")
    code, messages = run([raw], site)
    assert code == 0
    written = [p for p in articles(site) if "tiep-xuc-cu-tri" in p.name]
    assert read_output(written[0])[0].get("locality", []) == chosen
    report = "\n".join(messages)
    if chosen:
        assert "the archive already holds articles in content/binh-thuan/duc-linh/" in report
        assert "Tỉnh Quảng Nam › Huyện Bắc Trà My › Xã Trà Tân" in report  # the others stay in view
    else:
        assert 'choose with --locality "…/Xã Trà Tân"' in report


def test_two_districts_held_as_deep_settle_nothing(tmp_path: Path) -> None:
    site = tmp_path / "site"
    _seed_archive(site, tmp_path, DUC_LINH, 3)
    _seed_archive(site, tmp_path, "Tỉnh Quảng Ngãi/Huyện Trà Bồng/Xã Trà Phú", 3)
    raw = tmp_path / "tra-tan.txt"
    raw.write_text(AMBIGUOUS, encoding="utf-8")
    run([raw], site)
    written = [p for p in articles(site) if "tiep-xuc-cu-tri" in p.name]
    assert not read_output(written[0])[0].get("locality")


def test_locality_option_wins_over_the_archive(tmp_path: Path) -> None:
    site = tmp_path / "site"
    _seed_archive(site, tmp_path, DUC_LINH, 3)
    raw = tmp_path / "tra-tan.txt"
    raw.write_text(AMBIGUOUS, encoding="utf-8")
    run([raw], site, locality="Quảng Nam/Huyện Bắc Trà My/Xã Trà Tân")
    written = [p for p in articles(site) if "tiep-xuc-cu-tri" in p.name]
    assert read_output(written[0])[0]["locality"] == ["Tỉnh Quảng Nam", "Huyện Bắc Trà My", "Xã Trà Tân"]
