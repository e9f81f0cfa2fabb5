"""The project's own benchmark and test corpus: N Vietnamese meeting reports ("tin hội nghị dân vận")
about real provinces, districts and communes, deterministic for a seed.

    python bench/corpus.py --articles 1000 --output /tmp/c1k                 # our content format
    python bench/corpus.py --articles 10000 --output DIR --format all        # DIR/ours, DIR/hugo, DIR/pelican

Article i depends only on (seed, i), so the first 1,000 articles of a 10,000-article corpus are
those of the 1,000-article one. Bodies hold what real reports hold: paragraphs, headings, a
bullet list, sometimes a table and a photo with its caption. About one article in ten has a
date without a time, a quarter sit in a commune's folder. Prints a one-line JSON summary.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import struct
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or imported from tests

import geography  # noqa: E402
import peers  # noqa: E402
import vocabulary as v  # noqa: E402
from geography import Unit, slugify  # noqa: E402

QUARTERS = ["I", "II", "III", "IV"]
PHOTO = re.compile(r"\]\((/images/[^)\s]+)\)")


@dataclass
class Article:
    title: str
    date: str  # ISO, with or without a time
    chain: list[Unit]  # province → district [→ commune]
    organization: str
    meeting: str
    tags: list[str]
    people: list[str]
    author: str
    body: str
    event_date: str = ""
    summary: str = ""
    stem: str = ""

    @property
    def folder(self) -> Path:
        return Path(*[u.slug for u in self.chain])


def committee(unit: Unit) -> str:
    """The party committee of a unit: 'Quận ủy Hai Bà Trưng', 'Đảng ủy xã Hưng Hà'."""
    word = {"quận": "Quận ủy", "huyện": "Huyện ủy", "thị xã": "Thị ủy", "thành phố": "Thành ủy", "tỉnh": "Tỉnh ủy"}
    if unit.level in word:
        return f"{word[unit.level]} {unit.name}"
    return f"Đảng ủy {unit.level} {unit.name}"


def person(rng: random.Random) -> str:
    return f"{rng.choice(v.SURNAMES)} {rng.choice(v.MIDDLE)} {rng.choice(v.GIVEN)}"


class Writer:
    """Writes article i from its own random stream."""

    def __init__(self, seed: str):
        self.seed = seed
        self.provinces = geography.provinces()
        self.tag_weights = [1 / (rank + 2) ** 0.8 for rank in range(len(v.TAGS))]  # a few tags are common
        self.meetings, self.meeting_weights = list(v.MEETINGS), list(v.MEETINGS.values())

    def article(self, i: int) -> Article:
        rng = random.Random(f"{self.seed}:{i}")
        province = rng.choice(self.provinces)
        district = rng.choice(province.children)
        chain = [province, district]
        if district.children and rng.random() < 0.25:
            chain.append(rng.choice(district.children))
        host = chain[-1]
        year = rng.randint(2019, 2025)
        month = rng.randint(1, 6 if year == 2025 else 12)  # the structure before 1 July 2025
        day = rng.randint(1, 28)
        meeting = rng.choices(self.meetings, self.meeting_weights)[0]
        topic = rng.choice(v.TOPICS)
        organization = f"Ban Dân vận {committee(host)}" if len(chain) == 2 else committee(host)
        people = [person(random.Random(f"{self.seed}:{province.slug}:{rng.randint(0, 40)}")) for _ in range(3)]
        people = list(dict.fromkeys(people[: rng.randint(1, 3)]))
        ctx = {
            "year": year,
            "next_year": year + 1,
            "quarter": QUARTERS[(month - 1) // 3],
            "host": host.full,
            "committee": committee(host),
            "organization": organization,
            "topic": topic,
        }
        title = self.title(rng, meeting, ctx)
        date = f"{year:04d}-{month:02d}-{day:02d}"
        if rng.random() > 0.1:
            date += f"T{rng.randint(7, 17):02d}:{rng.choice([0, 15, 30, 45]):02d}:00+07:00"
        event_date = f"{year:04d}-{month:02d}-{max(1, day - rng.randint(0, 3)):02d}" if rng.random() < 0.4 else ""
        tags = list(dict.fromkeys(rng.choices(v.TAGS, self.tag_weights, k=rng.randint(2, 5))))
        author = rng.choice([person(rng), f"{person(rng)}, {person(rng)}", f"Ban Dân vận {committee(province)}"])
        lead = (
            f"Ngày {day}/{month}/{year}, {organization} tổ chức hội nghị {meeting} "
            f"về {topic}, đánh giá kết quả đạt được và bàn nhiệm vụ thời gian tới."
        )
        body = self.body(rng, lead, ctx, people, chain, author)
        summary = lead if rng.random() < 0.7 else ""  # else the first paragraph, cut at a word
        return Article(title, date, chain, organization, meeting, tags, people, author, body, event_date, summary)

    def title(self, rng: random.Random, meeting: str, ctx: dict) -> str:
        # Every title names its unit, as the portals' do: two units' reports rarely share a URL.
        choices = {
            "tổng kết": [
                "{organization} tổng kết công tác dân vận năm {year}",
                "{host}: hội nghị tổng kết công tác dân vận năm {year}, triển khai nhiệm vụ năm {next_year}",
                "{host} tổng kết phong trào thi đua “Dân vận khéo” năm {year}",
            ],
            "sơ kết": [
                "{organization} sơ kết công tác dân vận 6 tháng đầu năm {year}",
                "{host} sơ kết 3 năm {topic}",
                "{committee} sơ kết công tác {topic}",
            ],
            "giao ban": [
                "{organization} giao ban công tác dân vận quý {quarter} năm {year}",
                "Giao ban khối dân vận {host} quý {quarter}/{year}",
            ],
            "hội nghị chuyên đề": [
                "{host}: hội nghị chuyên đề về {topic}",
                "{committee} tổ chức hội nghị chuyên đề về {topic}",
            ],
            "đối thoại": ["Chủ tịch UBND {host} đối thoại với nhân dân về {topic}"],
            "tập huấn": ["Tập huấn nghiệp vụ công tác dân vận năm {year} cho cán bộ cơ sở {host}"],
        }[meeting]
        return rng.choice(choices).format(**ctx)

    def body(self, rng: random.Random, lead: str, ctx: dict, people: list[str], chain: list[Unit], author: str) -> str:
        paragraphs = rng.randint(4, 10)
        headings = rng.sample(v.HEADINGS, k=min(len(v.HEADINGS), 1 + paragraphs // 3))
        heading_at = sorted(rng.sample(range(1, paragraphs), k=min(len(headings), paragraphs - 1)))
        list_at = rng.randint(1, paragraphs - 1)
        table_at = rng.randint(1, paragraphs - 1) if rng.random() < 0.2 else -1
        blocks: list[str] = []
        for i in range(paragraphs):
            if i in heading_at:
                marks = "###" if rng.random() < 0.2 else "##"
                blocks.append(f"{marks} {headings[heading_at.index(i)].format(**ctx)}")
            if i == 0:
                blocks.append(f"{lead} {self.paragraph(rng, ctx, people, chain, rng.randint(2, 4))}")
                if rng.random() < 0.35:
                    caption = rng.choice(v.CAPTIONS).format(person=people[0])
                    image = f"/images/{ctx['year']}/{slugify(caption)}-{rng.randint(1000, 99999)}.png"
                    blocks.append(f"![{caption}]({image})\n*{caption}. Ảnh: {author}*")
            else:
                blocks.append(self.paragraph(rng, ctx, people, chain, rng.randint(2, 6)))
            if i == list_at:
                intro = rng.choice(["Hội nghị thống nhất các nhiệm vụ trọng tâm:", "Một số chỉ tiêu chủ yếu:"])
                items = rng.sample(v.TASKS, k=rng.randint(3, 6))
                blocks.append(intro + "\n\n" + "\n".join(f"- {task};" for task in items))
            if i == table_at and chain[1].children:
                rows = ["| STT | Đơn vị | Số mô hình | Kinh phí (triệu đồng) |", "|---:|---|---:|---:|"]
                for n, unit in enumerate(chain[1].children[:12], 1):
                    rows.append(f"| {n} | {unit.full} | {rng.randint(2, 40)} | {rng.randint(50, 3000)} |")
                blocks.append(f"*Kết quả phong trào “Dân vận khéo” ở {chain[1].full}:*\n\n" + "\n".join(rows))
        blocks.append(
            f"Dịp này, {ctx['committee']} khen thưởng {rng.randint(3, 30)} tập thể và "
            f"{rng.randint(5, 60)} cá nhân có thành tích xuất sắc trong công tác dân vận."
        )
        return "\n\n".join(blocks) + "\n"

    def paragraph(self, rng: random.Random, ctx: dict, people: list[str], chain: list[Unit], sentences: int) -> str:
        out = []
        for _ in range(sentences):
            kind = rng.random()
            if kind < 0.45:
                out.append(
                    f"{rng.choice(v.OPENERS).format(**ctx)}, {rng.choice(v.ACTORS)} {rng.choice(v.DEEDS)} "
                    f"{rng.choice(v.TOPICS)}, {rng.choice(v.OUTCOMES)}."
                )
            elif kind < 0.65:
                area = f"{rng.randint(200, 9000):,}".replace(",", ".")  # Vietnamese thousands: 5.949
                out.append(
                    f"Nhân dân đã hiến {area} m² đất, đóng góp {rng.randint(50, 4000)} ngày công để "
                    f"{rng.choice(v.WORKS)}, với tổng giá trị {rng.randint(1, 60)} tỷ đồng."
                )
            elif kind < 0.8:
                who = rng.choice(people)
                role = rng.choice(v.POSITIONS).format(
                    committee=committee(chain[-1]), unit=f"{chain[-1].level} {chain[-1].name}"
                )
                out.append(
                    f"Phát biểu tại hội nghị, đồng chí {who}, {role}, ghi nhận kết quả đạt được và đề nghị "
                    f"{rng.choice(v.ACTORS)} {rng.choice(v.DEEDS)} {rng.choice(v.TOPICS)}."
                )
            elif kind < 0.9:
                out.append(f"Bên cạnh đó, {rng.choice(v.SHORTCOMINGS)}.")
            else:
                out.append(
                    f"Toàn {chain[-1].level} có {rng.randint(5, 120)} mô hình “Dân vận khéo” được công nhận, "
                    f"trong đó {rng.randint(1, 5)} mô hình được {committee(chain[0])} biểu dương."
                )
        return " ".join(out)


def generate(n: int, seed: str = "1") -> list[Article]:
    """n articles, each with a file stem unique in the corpus."""
    writer = Writer(seed)
    used: set[str] = set()
    articles = []
    for i in range(n):
        a = writer.article(i)
        stem = f"{a.date[:10]}-{slugify(a.title)}"[:110].rstrip("-")
        a.stem, k = stem, 1
        while a.stem in used:
            k += 1
            a.stem = f"{stem}-{k}"
        used.add(a.stem)
        articles.append(a)
    return articles


def q(value: str) -> str:
    """A YAML double-quoted scalar (a JSON string is one)."""
    return json.dumps(value, ensure_ascii=False)


def ql(values: list[str]) -> str:
    return "[" + ", ".join(q(x) for x in values) + "]"


def frontmatter(a: Article) -> str:
    lines = ["---", f"title: {q(a.title)}", f"date: {a.date}"]
    if a.event_date:
        lines.append(f"event_date: {a.event_date}")
    lines += [
        f"locality: {ql([u.full for u in a.chain])}",
        f"organization: {q(a.organization)}",
        f"meeting: {q(a.meeting)}",
        f"tags: {ql(a.tags)}",
        f"people: {ql(a.people)}",
        f"author: {q(a.author)}",
    ]
    if a.summary:
        lines.append(f"summary: {q(a.summary)}")
    return "\n".join([*lines, "---", "", ""])


def pelican_metadata(a: Article) -> str:
    lines = [
        f"Title: {a.title}",
        f"Date: {a.date}",
        f"Slug: {a.stem}",
        f"Category: {a.chain[0].full}",
        f"Tags: {', '.join(a.tags)}",
        f"Author: {a.author}",
        f"Locality: {' > '.join(u.full for u in a.chain)}",
        f"Organization: {a.organization}",
        f"Meeting: {a.meeting}",
        f"People: {', '.join(a.people)}",
    ]
    if a.summary:
        lines.append(f"Summary: {a.summary}")
    return "\n".join([*lines, "", ""])


def locality_index(unit: Unit) -> str:
    return f"---\ntitle: {q(unit.full)}\nlevel: {q(unit.level)}\n---\n"


def photo() -> bytes:
    """A small grey PNG: every photo a body links to exists, so the corpus's links all resolve."""
    width, height = 8, 6
    rows = b"".join(b"\x00" + b"\xc8" * width for _ in range(height))  # filter 0, grey 200

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


# Where each tool takes files it copies as they are.
PHOTO_FOLDER = {"ours": "content", "hugo": "static", "pelican": "content"}


def write(path: Path, text: str) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = text.encode("utf-8")
    path.write_bytes(data)
    return len(data)


def emit(fmt: str, root: Path, articles: list[Article]) -> dict:
    """Write one format under root; return its files and bytes."""
    content = root / "content"
    files = size = 0
    indexes: dict[Path, str] = {}
    for a in articles:
        if fmt == "pelican":
            text = pelican_metadata(a) + a.body
        else:
            text = frontmatter(a) + a.body
            for depth in range(1, len(a.chain) + 1):
                indexes.setdefault(
                    Path(*[u.slug for u in a.chain[:depth]], "_index.md"), locality_index(a.chain[depth - 1])
                )
        size += write(content / a.folder / f"{a.stem}.md", text)
        files += 1
    for rel in sorted(indexes):
        size += write(content / rel, indexes[rel])
        files += 1
    png = photo()
    for a in articles:
        for link in PHOTO.findall(a.body):
            path = root / PHOTO_FOLDER[fmt] / link.lstrip("/")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(png)
    for rel, text in peers.FILES.get(fmt, {}).items():
        write(root / rel, text)
    return {"dir": str(root), "files": files, "bytes": size}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, required=True, metavar="N")
    parser.add_argument(
        "--output", "--out", dest="out", type=Path, required=True, metavar="DIR", help="the folder to write"
    )
    parser.add_argument("--seed", default="1", help="any string (default: 1)")
    parser.add_argument("--format", choices=["ours", "hugo", "pelican", "all"], default="ours")
    args = parser.parse_args(argv)
    if args.articles < 0:
        parser.error("--articles must be 0 or more")
    articles = generate(args.articles, args.seed)
    formats = ["ours", "hugo", "pelican"] if args.format == "all" else [args.format]
    report: dict = {
        "articles": len(articles),
        "seed": args.seed,
        "provinces": len({a.chain[0].full for a in articles}),
        "localities": len({tuple(u.full for u in a.chain[:d]) for a in articles for d in range(1, len(a.chain) + 1)}),
        "tags": len({t for a in articles for t in a.tags}),
        "people": len({p for a in articles for p in a.people}),
        "words_per_article": round(sum(len(a.body.split()) for a in articles) / max(1, len(articles))),
    }
    for fmt in formats:
        report[fmt] = emit(fmt, args.out / fmt if args.format == "all" else args.out, articles)
    print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
