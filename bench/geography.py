"""Real places for the benchmark corpus: Vietnam's 63 provinces, their districts and communes
(the register before 1 July 2025, from the pinned vietnam-provinces package), with the folder
slug each gets under content/.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

# Longest first: "Thành phố" before a one-word level.
LEVELS = ("thành phố", "thị trấn", "thị xã", "huyện", "quận", "tỉnh", "phường", "xã")


@dataclass
class Unit:
    """One administrative unit: 'Quận Hai Bà Trưng', level 'quận', name 'Hai Bà Trưng'."""

    full: str
    level: str
    name: str
    slug: str
    children: list[Unit] = field(default_factory=list)


def fold(text: str) -> str:
    """Vietnamese marks removed, đ → d: 'Đồng Hới' → 'Dong Hoi'."""
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text).lower()).strip("-")


def split_level(full: str) -> tuple[str, str]:
    """'Thị xã Kỳ Anh' → ('thị xã', 'Kỳ Anh')."""
    lower = full.lower()
    for level in LEVELS:
        if lower.startswith(level + " "):
            return level, full[len(level) + 1 :].strip()
    return "", full


def _units(entries: list[dict], key: str | None) -> list[Unit]:
    """Units of one parent; two with one name (Huyện and Thị xã Kỳ Anh) keep the level in the slug."""
    units = []
    names = [split_level(e["name"])[1] for e in entries]
    for entry, name in zip(entries, names, strict=True):
        level, _ = split_level(entry["name"])
        slug = slugify(name) if names.count(name) == 1 else slugify(entry["name"])
        children = _units(entry.get(key, []), "wards" if key == "districts" else None) if key else []
        units.append(Unit(entry["name"], level, name, slug or slugify(entry["name"]), children))
    return units


@lru_cache(maxsize=1)
def provinces() -> tuple[Unit, ...]:
    """Every province, with its districts and their communes, in the register's order."""
    from vietnam_provinces import NESTED_DIVISIONS_JSON_PATH

    data = json.loads(NESTED_DIVISIONS_JSON_PATH.read_text(encoding="utf-8"))
    if not data or "districts" not in data[0]:
        raise SystemExit("bench/geography.py needs vietnam-provinces 0.6.x (the register with districts)")
    return tuple(_units(data, "districts"))
