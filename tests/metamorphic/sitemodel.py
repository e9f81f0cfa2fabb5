"""A small random site held as data (articles, localities, config) and written to disk.

Edits change the data and rewrite only the files they touch; every write moves the file's
mtime forward (the build's no-op shortcut compares size and mtime_ns, and two edits in one
clock tick could otherwise look like none)."""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

THEME = Path(__file__).resolve().parent / "theme"
THEME_NAME = "meta"

# Folders an article may live in ("" is content/ itself: the unknown locality), and the
# `_index.md` a folder may have. Real names, so some match the register (locality.official).
FOLDERS = ("ha-noi/hai-ba-trung", "ha-noi/dong-da", "thai-binh/hung-ha", "thai-binh/hung-ha/diep-nong", "")
INDEXES = {
    "ha-noi": ("Thành phố Hà Nội", "thành phố"),
    "ha-noi/hai-ba-trung": ("Quận Hai Bà Trưng", "quận"),
    "ha-noi/dong-da": ("Quận Đống Đa", "quận"),
    "thai-binh": ("Tỉnh Thái Bình", "tỉnh"),
    "thai-binh/hung-ha": ("Huyện Hưng Hà", "huyện"),
    "thai-binh/hung-ha/diep-nong": ("Xã Điệp Nông", "xã"),
}
TAGS = ("dân vận khéo", "tôn giáo", "nông thôn mới", "quy chế dân chủ", "an sinh xã hội", "chuyển đổi số")
PEOPLE = ("Vũ Văn Hoạt", "Nguyễn Thị Bích Ngọc", "Trần Quang Huy", "Lê Thị Thu", "Phạm Minh Đức")
MEETINGS = ("tổng kết", "sơ kết", "giao ban", "tập huấn")
ORGANIZATIONS = ("Ban Dân vận Tỉnh ủy", "Ban Dân vận Huyện ủy", "Mặt trận Tổ quốc xã", "")
EXTRA_KEYS = ("muc_do", "so_dai_bieu", "ghi_chu")
WORDS = (
    "hội nghị",
    "dân vận",
    "đại biểu",
    "thảo luận",
    "nhiệm vụ",
    "kết quả",
    "phong trào",
    "cơ sở",
    "nhân dân",
    "đánh giá",
    "triển khai",
    "thôn xóm",
)
TITLE_WORDS = ("Hội nghị", "Tổng kết", "Giao ban", "Sơ kết", "Tập huấn", "Đối thoại")


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(4, 9))]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def title_for(rng: random.Random, ident: int) -> str:
    """Unique on the site (the number), so no two articles ever claim one URL."""
    return f"{rng.choice(TITLE_WORDS)} {rng.choice(WORDS)} {rng.choice(WORDS)} số {ident}"


@dataclass
class ArticleSpec:
    ident: int
    folder: str
    name: str  # file name
    title: str
    date: dt.datetime
    timed: bool
    paragraphs: list[str]
    tags: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    meeting: str = ""
    extra: dict[str, object] = field(default_factory=dict)
    draft: bool = False
    aliases: list[str] = field(default_factory=list)
    organization: str = ""
    author: str = ""
    source: str = ""
    image: str = ""
    summary: str = ""  # given in the frontmatter; else the build makes one from the body
    event_date: dt.date | None = None
    updated: dt.datetime | None = None

    @property
    def path(self) -> str:
        return f"content/{self.folder}/{self.name}" if self.folder else f"content/{self.name}"

    def text(self) -> str:
        q = json.dumps  # a JSON string is a valid YAML string: quotes and accents stay as they are
        day = self.date.strftime("%Y-%m-%dT%H:%M:00+07:00") if self.timed else self.date.strftime("%Y-%m-%d")
        lines = ["---", f"title: {q(self.title, ensure_ascii=False)}", f"date: {day}"]
        if self.tags:
            lines.append("tags: [" + ", ".join(q(t, ensure_ascii=False) for t in self.tags) + "]")
        if self.people:
            lines.append("people: [" + ", ".join(q(p, ensure_ascii=False) for p in self.people) + "]")
        if self.meeting:
            lines.append(f"meeting: {q(self.meeting, ensure_ascii=False)}")
        if self.organization:
            lines.append(f"organization: {q(self.organization, ensure_ascii=False)}")
        if self.author:
            lines.append(f"author: {q(self.author, ensure_ascii=False)}")
        if self.source:
            lines.append(f"source: {self.source}")
        if self.image:
            lines.append(f"image: {self.image}")
        if self.summary:
            lines.append(f"summary: {q(self.summary, ensure_ascii=False)}")
        if self.event_date:
            lines.append(f"event_date: {self.event_date.isoformat()}")
        if self.updated:
            lines.append(f"updated: {self.updated.strftime('%Y-%m-%dT%H:%M:00+07:00')}")
        if self.aliases:
            lines.append("aliases: [" + ", ".join(q(a) for a in self.aliases) + "]")
        if self.draft:
            lines.append("draft: true")
        for key, value in sorted(self.extra.items()):
            lines.append(f"{key}: {q(value, ensure_ascii=False)}")
        return "\n".join([*lines, "---", "", "\n\n".join(self.paragraphs), ""])


@dataclass
class IndexSpec:
    folder: str
    title: str
    level: str
    description: str = ""

    @property
    def path(self) -> str:
        return f"content/{self.folder}/_index.md"

    def text(self) -> str:
        body = f"\n{self.description}\n" if self.description else ""
        return f'---\ntitle: "{self.title}"\nlevel: {self.level}\n---\n{body}'


CONFIG_DEFAULTS: dict[str, object] = {
    "title": "Lưu trữ thử nghiệm",
    "description": "Một trang thử nghiệm.",
    "base_url": "https://tin.example.vn/",
    "theme": THEME_NAME,
    "per_page": 4,
    "feed_items": 5,
    "related": 3,
    "summary_length": 120,
    "permalink": "/{year}/{month}/{slug}/",
    "search": False,
}


class SiteModel:
    """The site as data, and the folder it is written to."""

    def __init__(self, root: Path, rng: random.Random):
        self.root = root
        self.rng = rng
        self.articles: dict[int, ArticleSpec] = {}
        self.indexes: dict[str, IndexSpec] = {}
        self.config: dict[str, object] = dict(CONFIG_DEFAULTS)
        self.next_ident = 0
        self._clock = 0
        # Cards that show no body (no word count, no card body): no page but an article's own
        # then reads its body, and a body edit takes the quick build (sitegen/quick.py).
        self.quiet_cards = False

    # --- making things -------------------------------------------------------------

    def new_article(self) -> ArticleSpec:
        rng, ident = self.rng, self.next_ident
        self.next_ident += 1
        date = dt.datetime(2023, 1, 1, 7, 0) + dt.timedelta(days=rng.randint(0, 3 * 365), minutes=rng.randint(0, 600))
        spec = ArticleSpec(
            ident=ident,
            folder=rng.choice(FOLDERS),
            name=f"bai-{ident}.md",
            title=title_for(rng, ident),
            date=date,
            timed=rng.random() < 0.7,
            paragraphs=[sentence(rng) for _ in range(rng.randint(1, 3))],
            tags=rng.sample(TAGS, rng.randint(0, 3)),
            people=rng.sample(PEOPLE, rng.randint(0, 2)),
            meeting=rng.choice((*MEETINGS, "")),
            extra={k: self.extra_value(k) for k in rng.sample(EXTRA_KEYS, rng.randint(0, 2))},
            draft=rng.random() < 0.1,
            aliases=[f"/cu/bai-{ident}/"] if rng.random() < 0.25 else [],
            organization=rng.choice(ORGANIZATIONS),
            author=rng.choice(("Phóng viên", "Thu Hà", "")),
            source=f"https://baodientu.example.vn/bai-{ident}.html" if rng.random() < 0.5 else "",
            image=f"https://anh.example.vn/{ident}.jpg" if rng.random() < 0.3 else "",
            event_date=(date - dt.timedelta(days=rng.randint(0, 5))).date() if rng.random() < 0.4 else None,
            updated=date + dt.timedelta(days=rng.randint(1, 30)) if rng.random() < 0.3 else None,
            summary=sentence(rng) if rng.random() < 0.2 else "",
        )
        self.articles[ident] = spec
        return spec

    def extra_value(self, key: str) -> object:
        if key == "so_dai_bieu":
            return self.rng.randint(20, 300)
        if key == "muc_do":
            return self.rng.choice(("cao", "vừa", "thấp"))
        return sentence(self.rng)

    def populate(self, count: int) -> None:
        for folder, (title, level) in INDEXES.items():
            if self.rng.random() < 0.7:
                self.indexes[folder] = IndexSpec(
                    folder, title, level, sentence(self.rng) if self.rng.random() < 0.5 else ""
                )
        for _ in range(count):
            self.new_article()

    # --- writing -------------------------------------------------------------------

    def config_text(self) -> str:
        lines = [f"{key} = {json.dumps(value, ensure_ascii=False)}" for key, value in self.config.items()]
        lines += ["", "[meetings]", "types = " + json.dumps(list(MEETINGS), ensure_ascii=False)]
        return "\n".join(lines) + "\n"

    def write_all(self) -> None:
        shutil.copytree(THEME, self.root / "themes" / THEME_NAME)
        if self.quiet_cards:
            macros = self.root / "themes" / THEME_NAME / "templates" / "macros.html"
            text = macros.read_text("utf-8").replace(" · {{ entry.words }} words", "")
            lines = [line for line in text.splitlines(keepends=True) if "card-body" not in line]
            macros.write_text("".join(lines), "utf-8")
        self.write("config.toml", self.config_text())
        for spec in self.indexes.values():
            self.write(spec.path, spec.text())
        for spec in self.articles.values():
            self.write(spec.path, spec.text())

    def write(self, rel: str, text: str) -> None:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        self.touch(path)

    def touch(self, path: Path) -> None:
        """A new mtime, later than every earlier write's, even within one clock tick."""
        self._clock = max(time.time_ns(), self._clock + 1_000_000)
        os.utime(path, ns=(self._clock, self._clock))

    def remove(self, rel: str) -> None:
        (self.root / rel).unlink()

    def published(self) -> list[ArticleSpec]:
        return [a for a in self.articles.values() if not a.draft]
