"""`build.py new "Title" --locality …`: a new article file with its frontmatter filled in, as a
draft (`draft: true`) until the editor has written it and removes that line.

The file goes where DESIGN's "Content" section says: content/<province>/<district>/[<commune>/]
<yyyy-mm-dd>-<slug>.md. Each locality of the chain is an existing folder when one has that
title in its _index.md (case, NFC and level words like "Thành phố"/"TP." aside) or that folder
name; otherwise the folder is made, with an _index.md giving its title and level.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from .atomic import write_atomic
from .chain import chain_problem, complete_province, find_folders, make_folders, parse_chain
from .config import Config, load_config
from .content import has_time, parse_article
from .dates import DateProblem, to_datetime
from .errors import CommandError, Problems
from .frontmatter import block, flow_list, scalar
from .markup import Markup
from .text import fold, identity, nfc, slugify
from .urls import file_slug

BODY = """\
<!-- Đoạn mở đầu (sa pô): ai, tổ chức hội nghị gì, ở đâu, khi nào. Đoạn đầu tiên là tóm tắt của bài.
     Sau đó: người chủ trì, đại biểu dự, nội dung báo cáo, ý kiến phát biểu, kết luận.
     Ảnh đặt cạnh bài, trong thư mục images/, và chèn như sau (dòng chữ là chú thích ảnh):
     ![Đồng chí … phát biểu tại hội nghị](images/ten-anh.jpg)
     Xóa khối ghi chú này và dòng "draft: true" ở trên khi viết xong. -->

"""


def new_article(
    site: Path,
    title: str,
    locality: str,
    *,
    date: str | None = None,
    meeting: str | None = None,
    tags: str | None = None,
    author: str | None = None,
    now: dt.datetime | None = None,
) -> Path:
    """Write the article and any missing locality folders; return the article's path."""
    problems = Problems()
    config = load_config(site, problems)
    if problems.errors:
        raise CommandError(f"config.toml has errors; run python build.py check ({problems.errors[0]})", 1)
    title = " ".join(nfc(title).split())
    if not slugify(title):
        raise CommandError(f'the title "{title}" has no letters or digits to make a file name from')
    chain = parse_chain(locality)
    problem = chain_problem(chain)
    if problem is not None:
        raise CommandError(problem)
    chain[0] = complete_province(chain[0])
    moment = _moment(date, config, now)
    meeting_name = _meeting(meeting, config)
    tag_names = _tags(tags, config)

    content = site / "content"
    folders = find_folders(content, chain)
    slug = file_slug(title)
    folder = folders[-1].path
    path = folder / f"{moment:%Y-%m-%d}-{slug}.md"
    if path.exists():
        raise CommandError(f"{_shown(path, site)} already exists: edit that file, or choose another title or --date", 1)
    timed = date is None or has_time(date)  # --date 2024-07-18 stays a day: no invented 00:00
    text = article_text(title, moment, [f.title for f in folders], meeting_name, tag_names, author or "", timed)
    if slug != slugify(title):  # the URL keeps the file name's short slug
        text = text.replace("\ndate: ", f"\nslug: {slug}\ndate: ", 1)
    _check_builds(text, path, site, config)
    make_folders(folders)  # a new locality: its folder, with the title and level
    try:
        write_atomic(path, text, overwrite=False)  # never overwrite, even in a race
    except FileExistsError:
        raise CommandError(f"{_shown(path, site)} already exists: edit that file, or choose another title", 1) from None
    return path


def _check_builds(text: str, path: Path, site: Path, config: Config) -> None:
    """Refuse to write a file that every later build would reject (a date out of range, a
    name with no letters): the build's own parser says, before anything is written."""
    problems = Problems()
    try:
        rel = "content/" + path.relative_to(site / "content").as_posix()
    except ValueError:
        rel = path.as_posix()
    parse_article(text, rel, config, Markup(config.allow_html), problems)
    if problems.errors:
        raise CommandError(f"the new file would not build: {problems.errors[0].message}")


def article_text(
    title: str,
    moment: dt.datetime,
    localities: list[str],
    meeting: str,
    tags: list[str],
    author: str,
    timed: bool = True,
    *,
    draft: bool = True,
    body: str = BODY,
) -> str:
    lines = [
        f"title: {scalar(title)}",
        f"date: {moment.isoformat(timespec='seconds') if timed else moment.date().isoformat()}",
        f"locality: {flow_list(localities)}",
        f"meeting: {scalar(meeting)}" if meeting else "meeting:",
        f"tags: {flow_list(tags)}",
        "people: []",
        f"author: {scalar(author)}" if author else "author:",
        *(["draft: true  # xóa dòng này khi bài đã viết xong để đăng (remove this line to publish)"] if draft else []),
    ]
    return block(lines) + "\n" + body


def _moment(value: str | None, config: Config, now: dt.datetime | None) -> dt.datetime:
    tz = config.tz
    if value is None:
        return (now or dt.datetime.now(tz)).astimezone(tz).replace(second=0, microsecond=0)
    try:
        return to_datetime(value, tz)
    except DateProblem as err:
        raise CommandError(f"--date: {err}") from None


def _meeting(value: str | None, config: Config) -> str:
    if not value:
        return ""
    name = config.meeting_name(value)
    if name is None:
        loose = {fold(m): m for m in config.meetings.types}.get(fold(value.replace("-", " ")))
        hint = f'did you mean "{loose}"? ' if loose else ""
        raise CommandError(
            f'--meeting "{value}" is not a meeting type: {hint}use one of '
            f"{', '.join(config.meetings.types)} (or add it to [meetings] in config.toml)"
        )
    return name


def _tags(value: str | None, config: Config) -> list[str]:
    """Tags after config aliases; a tag of the vocabulary keeps the vocabulary's spelling."""
    vocabulary = {fold(v): v for v in config.tags.vocabulary}
    out: list[str] = []
    for raw in (value or "").split(","):
        tag = " ".join(nfc(raw).split())
        if not tag:
            continue
        name = config.tag_name(tag)
        name = vocabulary.get(fold(name), name)
        if identity(name) not in {identity(t) for t in out}:
            out.append(name)
    return out


def _shown(path: Path, site: Path) -> str:
    try:
        return path.relative_to(site).as_posix()
    except ValueError:
        return str(path)
