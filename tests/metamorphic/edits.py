"""One random edit of the site: each keeps it valid, and returns a line saying what it did."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from .sitemodel import (
    EXTRA_KEYS,
    FOLDERS,
    INDEXES,
    MEETINGS,
    PEOPLE,
    TAGS,
    THEME_NAME,
    WORDS,
    ArticleSpec,
    IndexSpec,
    SiteModel,
    sentence,
    title_for,
)

Edit = Callable[[SiteModel], str | None]  # None: not possible now (no article, say); pick another


def _pick(model: SiteModel, published: bool = False) -> ArticleSpec | None:
    pool = model.published() if published else list(model.articles.values())
    return model.rng.choice(sorted(pool, key=lambda a: a.ident)) if pool else None


def _rewrite(model: SiteModel, spec: ArticleSpec) -> None:
    model.write(spec.path, spec.text())


def _article_edit(change: Callable[[SiteModel, ArticleSpec], str]) -> Edit:
    def edit(model: SiteModel) -> str | None:
        spec = _pick(model)
        if spec is None:
            return None
        what = change(model, spec)
        _rewrite(model, spec)
        return f"{spec.path}: {what}"

    edit.__name__ = change.__name__
    return edit


@_article_edit
def body(model: SiteModel, spec: ArticleSpec) -> str:
    rng = model.rng
    if rng.random() < 0.5 or len(spec.paragraphs) < 2:
        spec.paragraphs.append(sentence(rng))
        return "body: a paragraph appended"
    i = rng.randrange(len(spec.paragraphs))
    spec.paragraphs[i] = sentence(rng)
    return f"body: paragraph {i + 1} replaced"


@_article_edit
def title(model: SiteModel, spec: ArticleSpec) -> str:
    spec.title = title_for(model.rng, spec.ident)
    return f"title → {spec.title}"


@_article_edit
def date(model: SiteModel, spec: ArticleSpec) -> str:
    rng = model.rng
    spec.date += dt.timedelta(days=rng.choice((-400, -40, -3, -1, 1, 5, 35, 380)), minutes=rng.randint(-60, 60))
    spec.date = min(max(spec.date, dt.datetime(2022, 1, 1, 7)), dt.datetime(2026, 6, 1, 7))
    if spec.updated and spec.updated < spec.date:
        spec.updated = spec.date + dt.timedelta(days=1)
    return f"date → {spec.date:%Y-%m-%d %H:%M}"


@_article_edit
def people(model: SiteModel, spec: ArticleSpec) -> str:
    others = [p for p in PEOPLE if p not in spec.people]
    if spec.people and (not others or model.rng.random() < 0.5):
        gone = spec.people.pop(model.rng.randrange(len(spec.people)))
        return f"people: - {gone}"
    added = model.rng.choice(others)
    spec.people.append(added)
    return f"people: + {added}"


@_article_edit
def tags(model: SiteModel, spec: ArticleSpec) -> str:
    spec.tags = model.rng.sample(TAGS, model.rng.randint(0, 3))
    return f"tags → {spec.tags}"


@_article_edit
def meeting(model: SiteModel, spec: ArticleSpec) -> str:
    spec.meeting = model.rng.choice([m for m in (*MEETINGS, "") if m != spec.meeting])
    return f"meeting → {spec.meeting or 'none'}"


@_article_edit
def custom_key(model: SiteModel, spec: ArticleSpec) -> str:
    key = model.rng.choice(EXTRA_KEYS)
    if key in spec.extra and model.rng.random() < 0.3:
        del spec.extra[key]
        return f"{key}: removed"
    spec.extra[key] = model.extra_value(key)
    return f"{key} → {spec.extra[key]}"


@_article_edit
def draft(model: SiteModel, spec: ArticleSpec) -> str:
    spec.draft = not spec.draft
    return f"draft → {spec.draft}"


@_article_edit
def other_fields(model: SiteModel, spec: ArticleSpec) -> str:
    rng = model.rng
    which = rng.choice(("organization", "author", "event_date", "updated", "source", "image", "summary"))
    if which == "organization":
        spec.organization = rng.choice(("Ban Dân vận Tỉnh ủy", "Hội Nông dân xã", ""))
    elif which == "author":
        spec.author = rng.choice(("Phóng viên", "Minh Khang", ""))
    elif which == "event_date":
        spec.event_date = None if spec.event_date else (spec.date - dt.timedelta(days=rng.randint(0, 4))).date()
    elif which == "updated":
        spec.updated = None if spec.updated else spec.date + dt.timedelta(days=rng.randint(1, 9))
    elif which == "source":
        spec.source = "" if spec.source else f"https://baodientu.example.vn/tin-{spec.ident}-{rng.randint(0, 99)}.html"
    elif which == "image":
        spec.image = "" if spec.image else f"https://anh.example.vn/{spec.ident}-{rng.randint(0, 99)}.jpg"
    else:
        spec.summary = "" if spec.summary else sentence(rng)
    return f"{which} changed"


def new_article(model: SiteModel) -> str:
    spec = model.new_article()
    _rewrite(model, spec)
    return f"{spec.path}: new article{' (draft)' if spec.draft else ''}"


def delete_article(model: SiteModel) -> str | None:
    spec = _pick(model)
    if spec is None:
        return None
    model.remove(spec.path)
    del model.articles[spec.ident]
    return f"{spec.path}: deleted"


def rename_article(model: SiteModel) -> str | None:
    """A file move (its mtime kept, as `mv` keeps it): to another name, or another folder."""
    spec = _pick(model)
    if spec is None:
        return None
    old = spec.path
    if model.rng.random() < 0.5:
        spec.folder = model.rng.choice([f for f in FOLDERS if f != spec.folder])
    spec.name = f"bai-{spec.ident}-{model.rng.randint(0, 9999)}.md"
    target = model.root / spec.path
    target.parent.mkdir(parents=True, exist_ok=True)
    (model.root / old).rename(target)
    return f"{old}: moved to {spec.path}"


def locality_index(model: SiteModel) -> str:
    """An `_index.md`: a new title or description, or one added or removed."""
    rng = model.rng
    folder = rng.choice(sorted(INDEXES))
    spec = model.indexes.get(folder)
    if spec is None:
        spec = model.indexes[folder] = IndexSpec(folder, *INDEXES[folder])
        model.write(spec.path, spec.text())
        return f"{spec.path}: added"
    choice = rng.random()
    if choice < 0.25:
        model.remove(spec.path)
        del model.indexes[folder]
        return f"{spec.path}: removed"
    if choice < 0.6:
        spec.description = sentence(rng) if rng.random() < 0.8 else ""
        what = "description changed"
    else:
        base = INDEXES[folder][0]
        spec.title = rng.choice((base, f"{base} mới", f"{base} ({rng.choice(WORDS)})"))
        what = f"title → {spec.title}"
    model.write(spec.path, spec.text())
    return f"{spec.path}: {what}"


MARK = re.compile(r"(<!--edit:(\w+)-->)(.*?)(<!--/edit-->)")


def theme_template(model: SiteModel) -> str:
    """A word in the theme's footer, card macro or article page."""
    name = model.rng.choice(("base.html", "macros.html", "article.html"))
    rel = f"themes/{THEME_NAME}/templates/{name}"
    text = (model.root / rel).read_text(encoding="utf-8")
    word = model.rng.choice(WORDS)
    model.write(rel, MARK.sub(lambda m: m.group(1) + word + m.group(4), text, count=1))
    return f"{rel}: marked word → {word}"


CONFIG_CHOICES: dict[str, tuple[object, ...]] = {
    "per_page": (2, 3, 4, 5, 7),
    "related": (0, 1, 2, 3, 5),
    "feed_items": (3, 5, 10),
    "summary_length": (40, 120, 240),
    "title": ("Lưu trữ thử nghiệm", "Lưu trữ tin dân vận", "Tin hội nghị"),
    "description": ("Một trang thử nghiệm.", "Tin hội nghị dân vận các cấp."),
    "permalink": ("/{year}/{month}/{slug}/", "/{year}/{slug}/", "/tin/{year}/{month}/{day}/{slug}/"),
    "language": ("vi", "en"),
}


def config(model: SiteModel) -> str:
    key = model.rng.choice(sorted(CONFIG_CHOICES))
    current = model.config.get(key)
    model.config[key] = model.rng.choice([v for v in CONFIG_CHOICES[key] if v != current])
    model.write("config.toml", model.config_text())
    return f"config.toml: {key} → {model.config[key]}"


EDITS: dict[str, Edit] = {
    "body": body,
    "title": title,
    "date": date,
    "people": people,
    "tags": tags,
    "meeting": meeting,
    "custom_key": custom_key,
    "draft": draft,
    "other_fields": other_fields,
    "new_article": new_article,
    "delete_article": delete_article,
    "rename_article": rename_article,
    "locality_index": locality_index,
    "theme_template": theme_template,
    "config": config,
}


def apply_random(model: SiteModel, bodies: float = 0.0) -> str:
    """One edit chosen at random among those possible now; a body edit in a `bodies` share
    of steps at least."""
    while True:
        name = "body" if model.rng.random() < bodies else model.rng.choice(sorted(EDITS))
        done = EDITS[name](model)
        if done is not None:
            return f"{name}: {done}"
