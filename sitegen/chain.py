"""A locality chain ("Hà Nội › Quận Hai Bà Trưng"): the one reading of a chain string, the one
rule for when two written names are one locality, and the one way to find or make the folders
of a chain under content/. `new --locality`, `import --locality`, `init`, frontmatter
`locality:` and the build's locality tree all go through here.

Names are compared with the register's name handling (sitegen.register.names): level words and
their abbreviations ("TP.", "Q.", "H."), spacing, hyphens and tone placement (Hoà/Hòa) aside;
a name written with marks keeps them, so "Hà Nội" and "Ha Noi" stay two spellings as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .atomic import write_atomic
from .frontmatter import FrontmatterError, index_text, split
from .register.names import parse as parse_name
from .text import identity, locality_folder, nfc, split_level
from .urls import MAX_PART

if TYPE_CHECKING:
    from .register import Unit

# "/", "›", ">" (province first) and "," (as addresses are written: either order, see below).
_SEPARATORS = re.compile(r"[/›>,]")
_PROVINCE_FIRST = re.compile(r"[/›>]")
EXAMPLE = "Hà Nội/Quận Hai Bà Trưng"


def parse_chain(value: str) -> list[str]:
    """The titles of a chain string, from the province down, each NFC with its spacing cleaned.
    Commas may be written nearest first, as addresses and `place` are ("Quận Hai Bà Trưng,
    Hà Nội"): such a chain is turned round when its last name, not its first, is a province."""
    parts = [t for t in (" ".join(nfc(p).split()) for p in _SEPARATORS.split(value)) if t]
    if len(parts) > 1 and not _PROVINCE_FIRST.search(value) and _is_province(parts[-1]) and not _is_province(parts[0]):
        parts.reverse()
    return parts


def chain_problem(chain: list[str], option: str = "--locality") -> str | None:
    """Why a chain given as `option` cannot name folders (empty, or a part with no letters or
    too long), or None."""
    if not chain:
        return f'{option} is empty: give it from the province down, e.g. "{EXAMPLE}"'
    for part in chain:
        folder = locality_folder(part)
        if not folder or len(folder.encode()) > MAX_PART:
            return f'{option}: "{part[:60]}" is not a place name (use "{EXAMPLE}")'
    return None


@lru_cache(maxsize=65536)
def name_key(title: str) -> str:
    """The key under which two written names are one locality within one parent:
    "TP. Hà Nội", "Thành phố Hà Nội" and "Hà Nội" are one; "Ha Noi" is another spelling."""
    name = parse_name(title)
    return name.marked or name.key or identity(title)


@lru_cache(maxsize=65536)
def level_of(title: str) -> str:
    """The level word written in a name ("thanhpho", "huyen"), "" when none is."""
    return parse_name(title).level


def same_locality(title: str, other: str) -> bool:
    """Whether two written names are one locality within one parent: one name_key, and not
    two different levels written (Thành phố and Huyện Cao Lãnh are two units of Đồng Tháp;
    "Cao Lãnh" alone is either)."""
    if name_key(title) != name_key(other):
        return False
    one, two = level_of(title), level_of(other)
    return not one or not two or one == two


def complete_province(title: str) -> str:
    """ "Hà Nội" → "Thành phố Hà Nội": a bare name that is one province of the register gets
    its official name; anything else is kept as written."""
    if split_level(title)[0]:
        return title
    unit = _province(title)
    return unit.name if unit is not None else title


@dataclass(frozen=True)
class Folder:
    path: Path
    title: str  # its _index.md's title when it has one, else the chain's
    indexed: bool  # it has an _index.md


def find_folders(content: Path, chain: list[str]) -> list[Folder]:
    """The folder of each locality of the chain under content/: an existing sub-folder whose
    _index.md title is that name, else one with that folder name, else a new one named after it.
    Reads only; make_folders() writes."""
    result: list[Folder] = []
    parent = content
    for title in chain:
        found = _existing(parent, title)
        result.append(found or Folder(parent / locality_folder(title), title, False))
        parent = result[-1].path
    return result


def make_folders(folders: list[Folder]) -> list[Path]:
    """Make the folders, and an _index.md (title and level) in each that has none; return those
    written. Never writes over an _index.md, even one made meanwhile."""
    written: list[Path] = []
    for folder in folders:
        index = folder.path / "_index.md"
        if folder.indexed or index.exists():
            continue
        folder.path.mkdir(parents=True, exist_ok=True)
        try:
            write_atomic(index, index_text(folder.title), overwrite=False)
        except FileExistsError:
            continue
        written.append(index)
    return written


def _existing(parent: Path, title: str) -> Folder | None:
    if not parent.is_dir():
        return None
    by_name = None
    for folder in sorted(p for p in parent.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))):
        index_title = _index_title(folder / "_index.md")
        if index_title and same_locality(index_title, title):
            return Folder(folder, index_title, True)
        if by_name is None and folder.name == locality_folder(title):
            by_name = Folder(folder, index_title or title, bool(index_title) or (folder / "_index.md").exists())
    return by_name


def _index_title(path: Path) -> str:
    if not path.is_file():
        return ""
    try:
        data = split(path.read_text("utf-8")).data
    except (FrontmatterError, UnicodeDecodeError, OSError):
        return ""
    value = data.get("title")
    return " ".join(nfc(value).split()) if isinstance(value, str) else ""


def _is_province(title: str) -> bool:
    return _province(title) is not None


def _province(title: str) -> Unit | None:
    """The one province (pre-2025 structure, current name) a written name means, or None."""
    from .register import PRE2025, PROVINCE, register

    name = split_level(title)[1] or title
    units = [u for u, former in register().matches(name, structure=PRE2025) if not former and u.tier == PROVINCE]
    return units[0] if len(units) == 1 else None
