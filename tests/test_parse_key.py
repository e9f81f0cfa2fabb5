"""The parse cache is keyed on the settings parsing reads (content.PARSE_SETTINGS), not on the
whole config: editing per_page re-parses nothing, editing summary_length re-parses every source."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import article, write_site

from sitegen import pipeline, read
from sitegen.config import Config
from sitegen.content import PARSE_SETTINGS, parse_article
from sitegen.errors import Problems
from sitegen.markup import Markup

CONFIG = 'search = false\nper_page = {per_page}\nsummary_length = {summary}\n[meetings]\ntypes = ["giao ban"]\n'


@pytest.fixture
def parses(monkeypatch) -> list[str]:
    """The sources the build parses (small sites parse in this process: see parallel.MIN_ITEMS)."""
    seen: list[str] = []
    real = read.parse_file

    def counting(raw, rel, *args, **kwargs):
        seen.append(rel)
        return real(raw, rel, *args, **kwargs)

    monkeypatch.setattr(read, "parse_file", counting)
    return seen


def test_only_settings_parsing_reads_re_parse(tmp_path: Path, parses: list[str]) -> None:
    files = {f"content/ha-noi/bai-{i}.md": article(f"Bài {i}", f"2024-03-{i + 1:02d}") for i in range(5)}
    site = write_site(tmp_path / "site", {"config.toml": CONFIG.format(per_page=20, summary=240), **files})
    pipeline.build(site, site / "output")
    assert len(parses) == 5
    parses.clear()
    (site / "config.toml").write_text(CONFIG.format(per_page=2, summary=240), encoding="utf-8")
    report = pipeline.build(site, site / "output")
    assert parses == [] and report.rendered > 0  # the lists are paginated anew; no source re-read
    (site / "config.toml").write_text(CONFIG.format(per_page=2, summary=60), encoding="utf-8")
    pipeline.build(site, site / "output")
    assert sorted(parses) == sorted(files)  # summaries are made while parsing


class _Recording:
    """A Config that records which of its attributes are read."""

    def __init__(self, config: Config, read: set[str]):
        self._config, self._read = config, read

    def __getattr__(self, name: str):
        self._read.add(name)
        return getattr(self._config, name)


# Config's properties and methods, by the fields they read.
_FIELDS = {"tz": "timezone", "meeting_name": "meetings", "tag_name": "tags"}


def test_parsing_reads_no_setting_outside_the_key() -> None:
    read: set[str] = set()
    text = article(
        "Hội nghị",
        "2024-03-01T08:00:00",
        meeting="giao ban",
        tags="[QCDC, dân vận khéo]",
        updated="2024-03-02",
        locality="Hà Nội › Quận Hai Bà Trưng",
        people="[Vũ Văn Hoạt]",
    )
    problems = Problems()
    config = Config()
    parsed = parse_article(text, "content/ha-noi/a.md", _Recording(config, read), Markup(), problems)  # type: ignore[arg-type]
    assert parsed is not None and parsed.date == dt.datetime(2024, 3, 1, 8, tzinfo=config.tz)
    assert {_FIELDS.get(name, name) for name in read} <= set(PARSE_SETTINGS)
    assert {"timezone", "meetings", "tags", "summary_length"} <= {_FIELDS.get(name, name) for name in read}
