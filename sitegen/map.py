"""Maps drawn from the register's coordinates: no tiles, no network, no script.

The map is a projection of latitude and longitude onto an SVG box; the country's shape shows
as the faint dots of every province, the site's units as marks over them. Templates draw the
SVG (links there must be made relative to the page), so this module only places things.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from .register import PRE2025, PROVINCE, Register, Unit

# The box around Vietnam's mainland and near islands (degrees), and pixels per degree.
_WEST, _EAST, _NORTH, _SOUTH = 102.0, 110.0, 23.6, 8.3
_SCALE = 24.0
_SHRINK = math.cos(math.radians(16.0))  # a degree of longitude is shorter than one of latitude here


@dataclass(frozen=True)
class Mark:
    x: float
    y: float
    r: float
    node: object = None  # the index.Locality it stands for
    count: int = 0


@dataclass(frozen=True)
class Map:
    width: int
    height: int
    background: tuple[Mark, ...]  # every province of the register, faint
    marks: tuple[Mark, ...]  # the units of the site, biggest last so small ones stay clickable

    @property
    def view_box(self) -> str:
        return f"0 0 {self.width} {self.height}"


def _point(latitude: float, longitude: float) -> tuple[float, float]:
    x = (longitude - _WEST) * _SCALE * _SHRINK
    y = (_NORTH - latitude) * _SCALE
    return round(x, 1), round(y, 1)


def _size() -> tuple[int, int]:
    return math.ceil((_EAST - _WEST) * _SCALE * _SHRINK), math.ceil((_NORTH - _SOUTH) * _SCALE)


@lru_cache(maxsize=1)
def _background(register: Register) -> tuple[Mark, ...]:
    """Made once per register: every locality page's locator shares it (and a scan of the
    register's units for each cost a quarter of a cold build)."""
    provinces = [u for u in register.units(PRE2025) if u.tier == PROVINCE and u.latitude is not None]
    return tuple(Mark(*_point(u.latitude, u.longitude), 2.0) for u in provinces)  # type: ignore[arg-type]


def province_map(nodes: list, register: Register) -> Map:
    """The site's top-level localities that are provinces, each a mark sized by its article count."""
    placed = [
        (n, n.official.unit)
        for n in nodes
        if n.official is not None and n.official.unit.tier == PROVINCE and n.official.unit.latitude is not None
    ]
    most = max((len(n.entries) for n, _ in placed), default=1) or 1
    marks = [
        Mark(*_point(u.latitude, u.longitude), round(4 + 10 * math.sqrt(len(n.entries) / most), 1), n, len(n.entries))
        for n, u in placed
    ]
    marks.sort(key=lambda m: (-m.r, m.x, m.y))
    return Map(*_size(), _background(register), tuple(marks))


def locator(unit: Unit, register: Register) -> Map:
    """Where one unit lies in the country: one mark over the provinces."""
    marks = () if unit.latitude is None else (Mark(*_point(unit.latitude, unit.longitude), 6.0),)  # type: ignore[arg-type]
    return Map(*_size(), _background(register), marks)
