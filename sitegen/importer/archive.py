"""An ambiguous place settled by the archive itself: a news desk imports its own area's articles,
so of the units that bear a name, the one in whose district content/ already holds articles is the
likely one."""

from __future__ import annotations

from itertools import islice
from pathlib import Path

from ..chain import find_folders
from .record import Record

# A province folder is weak evidence (an archive of a few articles from all over the country holds
# many), and so is one article in a district (a batch of unrelated pastes): the candidate's district,
# or the unit itself, must hold a few articles already.
MIN_DEPTH = 2
MIN_ARTICLES = 3


def held(content: Path, chain: list[str]) -> tuple[int, Path | None]:
    """How many links of the chain, from the province down, the archive has a folder for, and the
    deepest of those folders."""
    depth, deepest = 0, None
    for folder in find_folders(content, chain):
        if not folder.path.is_dir():
            break
        depth, deepest = depth + 1, folder.path
    return depth, deepest


def _articles(folder: Path, enough: int) -> int:
    found = (p for p in folder.rglob("*.md") if p.name != "_index.md")
    return sum(1 for _ in islice(found, enough))


def settle(record: Record, content: Path) -> None:
    """Choose the candidate the archive holds deepest, with articles there, when no other is held as
    deep; the report keeps it in "check these", with the folder that settled it."""
    if not record.candidates or not content.is_dir():
        return
    ranked = sorted(((*held(content, chain), chain) for chain in record.candidates), key=lambda r: -r[0])
    depth, folder, chain = ranked[0]
    if depth < MIN_DEPTH or folder is None or (len(ranked) > 1 and ranked[1][0] == depth):
        return
    if _articles(folder, MIN_ARTICLES) < MIN_ARTICLES:
        return
    shown = folder.relative_to(content.parent)
    others = "; ".join(" › ".join(other) for *_, other in ranked[1:])
    record.locality = list(chain)
    record.candidates = []
    record.found.pop("locality", None)
    record.notes = [n for n in record.notes if not (n.startswith("locality: ") and " is ambiguous" in n)]
    record.notes.append(
        f"locality: {chain[-1]} is ambiguous ({others} bear the name too); chose {' › '.join(chain)}: "
        f"the archive already holds articles in {shown}/ (check it, or choose with --locality)"
    )
