"""`sitegen init DIR`: a new archive another news desk can start from, built and published as
this one is: config.toml with every setting explained, content/ with one example locality and
article, a README for its editors, and a CI workflow that checks, builds and publishes it."""

from __future__ import annotations

import datetime as dt
import json
from importlib import metadata
from pathlib import Path

from .atomic import write_atomic
from .chain import chain_problem, complete_province, find_folders, parse_chain
from .config import Config
from .errors import CommandError
from .frontmatter import index_text
from .new import article_text
from .text import split_level

CONFIG = """\
# Settings of this archive. Every key has a default: a line starting with # shows it; remove
# the # and change the value to use your own. A key the generator does not know is an error.

title = {title}
description = "Tin hội nghị công tác dân vận: tổng kết, sơ kết, giao ban, theo địa phương và chủ đề."
# The public address: feeds, the sitemap and links shared on social networks use it.
base_url = "https://example.vn/"
# language = "vi"                   # of the pages: "vi" or "en"
# timezone = "Asia/Ho_Chi_Minh"     # of dates written without one
# theme = "default"                 # themes/<name>/ overrides any file of the built-in theme
# per_page = 20                     # articles per list page
# feed_items = 20                   # entries of each Atom feed
# related = 5                       # related articles under an article
# summary_length = 240              # characters of a summary made from the first paragraph
# permalink = "/{{year}}/{{month}}/{{slug}}/"   # article addresses; also {{day}}, {{locality}}
# allow_html = false                # true keeps raw HTML in articles as written (else it is cleaned)
# search = true                     # the search page and its index

# The word of each index in addresses: /dia-phuong/, /chu-de/ …
[urls]
# localities = "dia-phuong"
# tags = "chu-de"
# meetings = "loai-hoi-nghi"
# people = "nhan-vat"
# archive = "luu-tru"
# search = "tim-kiem"
# page = "page"

# The meeting types an article's `meeting:` may name.
[meetings]
types = ["tổng kết", "sơ kết", "giao ban", "hội nghị chuyên đề", "đối thoại", "tập huấn"]

# Spellings that mean one tag: the variant on the left is shown as the tag on the right.
[tags.aliases]
QCDC = "quy chế dân chủ"
DVK = "dân vận khéo"
MTTQ = "Mặt trận Tổ quốc"
"""

EXAMPLE_BODY = """\
Chiều ngày {day}, {organization} tổ chức hội nghị giao ban công tác dân vận, đánh giá kết quả \
thời gian qua và triển khai nhiệm vụ thời gian tới.

Đây là bài mẫu của `sitegen init`: mỗi bài là một tệp Markdown trong thư mục địa phương của nó. \
Sửa bài này, hoặc xóa nó khi đã có bài thật.

## Kết quả

- Các cấp ủy, chính quyền quan tâm lãnh đạo, chỉ đạo công tác dân vận;
- Phong trào thi đua "Dân vận khéo" có nhiều mô hình hay.
"""

README = """\
# {title}

The archive of {title}: meeting reports as Markdown files under `content/`, built into a
static website by sitegen, the generator of "Lưu trữ tin hội nghị dân vận" (`requirements.txt`
says where it comes from).

```sh
python3 -m venv .venv && .venv/bin/pip install -r requirements.txt   # once
.venv/bin/sitegen serve                                              # look at the site while you write
```

## Cho biên tập viên (for editors)

- Một bài là một tệp `content/<tỉnh>/<huyện>/[<xã>/]<năm-tháng-ngày>-<tên-bài>.md`; xem bài mẫu
  trong `content/`. Chỉ `title` và `date` là bắt buộc.
- Bài mới: `.venv/bin/sitegen new "Tiêu đề" --locality "Tỉnh …/Huyện …"` viết sẵn tệp, ở dạng
  nháp (`draft: true`); xóa dòng đó khi bài đã viết xong.
- Kiểm tra trước khi gửi: `.venv/bin/sitegen check` (mỗi lỗi một dòng, có tên tệp, số dòng và
  cách sửa).
- Bài đã đăng trên cổng thông tin: `.venv/bin/sitegen import bai-viet.txt` biến văn bản thô thành
  tệp Markdown.

## Publishing

`.venv/bin/sitegen build` writes the site into `output/`: copy it to any static web server.
On GitHub, `.github/workflows/publish.yml` checks, builds and publishes it to GitHub Pages on
every push to `main` (Settings → Pages → Source: GitHub Actions). Set `base_url` in
`config.toml` to the public address first.
"""

GITIGNORE = "/output/\n/.cache/\n/.venv/\n__pycache__/\n"

REQUIREMENTS = """\
# The generator, from where your organisation keeps it: this project does not publish it on
# PyPI (a package there with the same name would be another program). One line, such as
#   sitegen @ git+https://github.com/<owner>/<repository>@<tag>
#   sitegen @ https://example.vn/downloads/sitegen-0.1.0-py3-none-any.whl
{requirement}"""

WORKFLOW = """\
# Check, build and publish the archive to GitHub Pages on every push to main.
name: publish
on:
  push:
    branches: [main]
  workflow_dispatch:
permissions:
  contents: read
  pages: write
  id-token: write
concurrency:
  group: pages
  cancel-in-progress: true
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: python -m pip install -r requirements.txt
      - run: command -v sitegen || { echo "::error::requirements.txt installs no sitegen; add its line"; exit 1; }
      - run: sitegen check
      - run: sitegen build
      - uses: actions/upload-pages-artifact@v3
        with:
          path: output
  deploy:
    needs: build
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: ${{ steps.deployment.outputs.page_url }}
    steps:
      - id: deployment
        uses: actions/deploy-pages@v4
"""


def scaffold(root: Path, *, title: str, locality: str, today: dt.date | None = None) -> list[Path]:
    """Write a new archive into `root` (new or empty); return the files written."""
    if root.exists() and (not root.is_dir() or any(root.iterdir())):
        raise CommandError(f"{root} is not an empty folder: init makes a new archive, it never writes over one", 1)
    chain = parse_chain(locality)
    problem = chain_problem(chain)
    if problem is not None:
        raise CommandError(problem, 2)
    chain[0] = complete_province(chain[0])
    day = today or dt.date.today()
    files: dict[Path, str] = {
        root / "config.toml": CONFIG.format(title=_toml(title)),
        root / "README.md": README.format(title=title),
        root / ".gitignore": GITIGNORE,
        root / "requirements.txt": REQUIREMENTS.format(requirement=_requirement()),
        root / ".github" / "workflows" / "publish.yml": WORKFLOW,
    }
    folders = find_folders(root / "content", chain)
    for folder in folders:
        files[folder.path / "_index.md"] = index_text(folder.title)
    committee = _committee(chain[-1])  # a commune's is the party committee itself
    organization = committee if committee.startswith("Đảng ủy") else f"Ban Dân vận {committee}"
    article = article_text(
        f"{organization} giao ban công tác dân vận",
        dt.datetime(day.year, day.month, day.day, tzinfo=Config().tz),
        [f.title for f in folders],
        "giao ban",
        ["dân vận khéo"],
        "Ban biên tập",
        timed=False,
        draft=False,
        body=EXAMPLE_BODY.format(day=f"{day:%d/%m/%Y}", organization=organization),
    )
    files[folders[-1].path / f"{day:%Y-%m-%d}-giao-ban-cong-tac-dan-van.md"] = article
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, text, overwrite=False)
    return list(files)


def _committee(unit: str) -> str:
    """The party committee of a unit: 'Huyện Hưng Hà' → 'Huyện ủy Hưng Hà', 'Xã Điệp Nông' → 'Đảng ủy xã Điệp Nông'."""
    level, name = split_level(unit)
    word = {"huyện": "Huyện ủy", "quận": "Quận ủy", "thị xã": "Thị ủy", "thành phố": "Thành ủy", "tỉnh": "Tỉnh ủy"}
    if level in word:
        return f"{word[level]} {name}"
    return f"Đảng ủy {level} {name}" if level else f"Đảng ủy {unit}"


def _toml(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _requirement() -> str:
    """This generator's line, when it was installed from a repository pip recorded; else none
    (the comment above it says what to write)."""
    try:
        direct = json.loads(metadata.distribution("sitegen").read_text("direct_url.json") or "{}")
    except (metadata.PackageNotFoundError, json.JSONDecodeError):
        return ""
    vcs = direct.get("vcs_info", {})
    if vcs.get("vcs") == "git" and not direct.get("url", "").startswith("file:"):
        return f"sitegen @ git+{direct['url']}@{vcs.get('commit_id', '')}\n"
    return ""
