"""Real places for the benchmark corpus: Vietnam's 63 provinces, their districts and communes
(the structure before 1 July 2025, from the register the generator ships in sitegen/register/),
with the folder slug each gets under content/.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's sitegen

from sitegen.register.register import register  # noqa: E402
from sitegen.register.units import PRE2025  # noqa: E402


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


@lru_cache(maxsize=1)
def provinces() -> tuple[Unit, ...]:
    """Every province, with its districts and their communes, in the register's (GSO code) order.
    Two units of one parent with one name (Huyện and Thị xã Kỳ Anh) keep the level in the slug."""
    units = sorted(register().units(PRE2025), key=lambda u: (u.tier, u.code))
    made: dict[str, Unit] = {}
    top: list[Unit] = []
    for u in units:
        unit = Unit(u.name, u.level.lower(), u.short, slugify(u.short))
        made[u.code] = unit
        siblings = made[u.parents[-1]].children if u.parents else top
        clash = next((s for s in siblings if s.slug == unit.slug), None)
        if clash is not None:
            clash.slug, unit.slug = slugify(clash.full), slugify(unit.full)
        siblings.append(unit)
    return tuple(p for p in top if p.children)
