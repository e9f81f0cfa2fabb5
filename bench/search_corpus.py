"""A corpus for bench/search.py: N Markdown articles in the content format, made of the
sentences of the repository's own archive (content/), recombined at random with other
localities, people, dates, meeting types and tags, so the text reads as Vietnamese meeting
reports and its vocabulary grows with the corpus (names, numbers) as a real archive's does.

    python bench/search_corpus.py 10000 bench/corpora/search-10000

Deterministic: the same N gives the same files.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

PROVINCES = [
    ("thai-binh", "Tỉnh Thái Bình", ["hung-ha", "dong-hung", "quynh-phu", "tien-hai", "kien-xuong", "vu-thu"]),
    ("ha-noi", "Thành phố Hà Nội", ["hai-ba-trung", "dong-da", "phu-xuyen", "ba-vi", "gia-lam", "soc-son"]),
    ("ha-nam", "Tỉnh Hà Nam", ["duy-tien", "kim-bang", "thanh-liem", "binh-luc", "ly-nhan"]),
    ("nam-dinh", "Tỉnh Nam Định", ["hai-hau", "giao-thuy", "nghia-hung", "y-yen", "xuan-truong"]),
    ("nghe-an", "Tỉnh Nghệ An", ["dien-chau", "quynh-luu", "do-luong", "nghi-loc", "thanh-chuong"]),
    ("dak-nong", "Tỉnh Đắk Nông", ["dak-song", "dak-mil", "cu-jut", "krong-no", "tuy-duc"]),
    ("binh-dinh", "Tỉnh Bình Định", ["an-nhon", "hoai-nhon", "phu-cat", "tay-son", "tuy-phuoc"]),
    ("can-tho", "Thành phố Cần Thơ", ["ninh-kieu", "cai-rang", "o-mon", "thot-not", "phong-dien"]),
]
DISTRICTS = {
    "hung-ha": "Huyện Hưng Hà",
    "dong-hung": "Huyện Đông Hưng",
    "quynh-phu": "Huyện Quỳnh Phụ",
    "tien-hai": "Huyện Tiền Hải",
    "kien-xuong": "Huyện Kiến Xương",
    "vu-thu": "Huyện Vũ Thư",
    "hai-ba-trung": "Quận Hai Bà Trưng",
    "dong-da": "Quận Đống Đa",
    "phu-xuyen": "Huyện Phú Xuyên",
    "ba-vi": "Huyện Ba Vì",
    "gia-lam": "Huyện Gia Lâm",
    "soc-son": "Huyện Sóc Sơn",
    "duy-tien": "Thị xã Duy Tiên",
    "kim-bang": "Huyện Kim Bảng",
    "thanh-liem": "Huyện Thanh Liêm",
    "binh-luc": "Huyện Bình Lục",
    "ly-nhan": "Huyện Lý Nhân",
    "hai-hau": "Huyện Hải Hậu",
    "giao-thuy": "Huyện Giao Thủy",
    "nghia-hung": "Huyện Nghĩa Hưng",
    "y-yen": "Huyện Ý Yên",
    "xuan-truong": "Huyện Xuân Trường",
    "dien-chau": "Huyện Diễn Châu",
    "quynh-luu": "Huyện Quỳnh Lưu",
    "do-luong": "Huyện Đô Lương",
    "nghi-loc": "Huyện Nghi Lộc",
    "thanh-chuong": "Huyện Thanh Chương",
    "dak-song": "Huyện Đắk Song",
    "dak-mil": "Huyện Đắk Mil",
    "cu-jut": "Huyện Cư Jút",
    "krong-no": "Huyện Krông Nô",
    "tuy-duc": "Huyện Tuy Đức",
    "an-nhon": "Thị xã An Nhơn",
    "hoai-nhon": "Thị xã Hoài Nhơn",
    "phu-cat": "Huyện Phù Cát",
    "tay-son": "Huyện Tây Sơn",
    "tuy-phuoc": "Huyện Tuy Phước",
    "ninh-kieu": "Quận Ninh Kiều",
    "cai-rang": "Quận Cái Răng",
    "o-mon": "Quận Ô Môn",
    "thot-not": "Quận Thốt Nốt",
    "phong-dien": "Huyện Phong Điền",
}
MEETINGS = ["tổng kết", "sơ kết", "giao ban", "hội nghị chuyên đề", "đối thoại", "tập huấn"]
TAGS = [
    "dân vận khéo",
    "tôn giáo",
    "dân tộc",
    "nông thôn mới",
    "Mặt trận Tổ quốc",
    "xây dựng Đảng",
    "giám sát",
    "thi đua yêu nước",
    "quy chế dân chủ",
    "dân chủ ở cơ sở",
    "khen thưởng",
    "phản biện xã hội",
    "giải phóng mặt bằng",
    "chuyển đổi số",
    "an sinh xã hội",
    "cải cách hành chính",
    "đô thị văn minh",
]
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Quang", "Thanh", "Hữu", "Ngọc", "Xuân", "Kim", "Thu", "Anh"]
GIVEN = [
    "Lan",
    "Hoạt",
    "Ngọc",
    "Tuấn",
    "Hiền",
    "Diệp",
    "Phương",
    "Hùng",
    "Dũng",
    "Hạnh",
    "Thảo",
    "Long",
    "Đạt",
    "Quyết",
    "Thắng",
    "Bình",
    "Hà",
    "Nga",
    "Sơn",
    "Trung",
    "Khánh",
    "Vinh",
    "Yến",
    "Đông",
    "Huệ",
    "Tâm",
]
VILLAGES = ["Thôn", "Xóm", "Tổ dân phố", "Ấp", "Buôn", "Bản"]


def sentences() -> list[str]:
    """Every sentence of the archive's articles (bodies, not frontmatter)."""
    out: list[str] = []
    for path in sorted((REPO / "content").rglob("*.md")):
        if path.name == "_index.md":
            continue
        text = path.read_text("utf-8").split("---", 2)[-1]
        for para in text.split("\n\n"):
            para = para.strip()
            if not para or para.startswith(("*", "!", "#")):
                continue
            out += [s.strip() for s in re.split(r"(?<=[.;])\s+", para) if len(s.split()) > 5]
    return out


def person(rng: random.Random) -> str:
    return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def article(rng: random.Random, pool: list[str], n: int) -> tuple[str, str]:
    slug, province, districts = rng.choice(PROVINCES)
    district = rng.choice(districts)
    year = rng.randint(2012, 2025)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    meeting = rng.choice(MEETINGS)
    unit = DISTRICTS[district]
    title = f"{unit} {meeting} công tác dân vận {rng.choice(['quý I', 'quý II', '6 tháng', 'năm'])} {year} ({n})"
    people = [person(rng) for _ in range(rng.randint(1, 4))]
    tags = rng.sample(TAGS, rng.randint(1, 4))
    paras = []
    for _ in range(rng.randint(4, 9)):
        chosen = [rng.choice(pool) for _ in range(rng.randint(2, 4))]
        para = " ".join(chosen)
        # local names and numbers: the vocabulary a growing archive adds
        para = para.replace("Hai Bà Trưng", unit.split(" ", 1)[1]).replace("Hưng Hà", unit.split(" ", 1)[1])
        village = f"{rng.choice(VILLAGES)} {rng.randint(1, 40)}"
        para += f" {village} có {rng.randint(10, 900)} hộ tham gia, đồng chí {rng.choice(people)} phát biểu."
        paras.append(para)
    body = "\n\n".join(paras)
    front = "\n".join(
        [
            "---",
            f'title: "{title}"',
            f"date: {year}-{month:02d}-{day:02d}",
            f"locality: [{province}, {unit}]",
            f"meeting: {meeting}",
            f"tags: [{', '.join(tags)}]",
            f"people: [{', '.join(people)}]",
            "---",
        ]
    )
    rel = f"{slug}/{district}/{year}-{month:02d}-{day:02d}-bai-{n}.md"
    return rel, f"{front}\n\n{body}\n"


def generate(n: int, target: Path) -> None:
    rng = random.Random(n)
    pool = sentences()
    if target.exists():
        shutil.rmtree(target)
    content = target / "content"
    for slug, province, districts in PROVINCES:
        (content / slug).mkdir(parents=True)
        (content / slug / "_index.md").write_text(f"---\ntitle: {province}\nlevel: tỉnh\n---\n", "utf-8")
        for d in districts:
            (content / slug / d).mkdir()
            (content / slug / d / "_index.md").write_text(f"---\ntitle: {DISTRICTS[d]}\n---\n", "utf-8")
    for i in range(n):
        rel, text = article(rng, pool, i)
        (content / rel).write_text(text, "utf-8")
    (target / "config.toml").write_text('title = "Lưu trữ dân vận"\nbase_url = "https://example.vn/"\n', "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("target", type=Path)
    args = parser.parse_args()
    generate(args.n, args.target)


if __name__ == "__main__":
    main()
