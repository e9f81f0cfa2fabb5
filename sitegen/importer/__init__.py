"""`build.py import`: raw article text copied from a news portal → a Markdown article.

Stages, one module each: decode (bytes → text), layouts (front-ends that recognise a portal's
header and fill the record), parse (furniture, body, tail and field rules → Record), fields /
dates / places (the rules for each field), writer (Record → Markdown file), report.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..atomic import write_atomic
from ..chain import chain_problem, complete_province, find_folders, make_folders, parse_chain
from ..errors import CommandError, Problems
from ..files import read_file
from . import archive, report, writer
from .decode import DecodeError, decode
from .parse import parse
from .record import Found

if TYPE_CHECKING:
    from ..config import Config

__all__ = ["run_import", "import_text"]


def import_text(text: str, config: Config):
    """Pure: the record of one raw article (for tests and other front-ends)."""
    return parse(text, config)


def run_import(
    files: list[Path],
    *,
    site: Path,
    out: Path | None,
    locality: str | None,
    config: Config,
    problems: Problems,
    echo: Callable[[str], None] = print,
) -> int:
    """Import each file; print a per-file report through echo, and put each file's errors in
    `problems` (the CLI prints them); return the exit code (0 ok, 1 if any file failed). A wrong
    option raises CommandError before any file is read."""
    status = 0
    chain_override = parse_chain(locality or "")
    if locality is not None and locality.strip():  # given: it must name a place (" / " does not)
        problem = chain_problem(chain_override)
        if problem is not None:
            raise CommandError(problem, 2)
        chain_override[0] = complete_province(chain_override[0])
    if out is not None and out.exists() and not out.is_dir():
        raise CommandError(f"--out {out}: is a file, not a folder (name a folder to write into)", 2)
    for path in files:
        try:
            data = read_file(str(path), limit=64 << 20)  # decode() says what is too big; this bounds the read
        except OSError as err:
            problems.error(path, 0, f"this file {err}")
            status = 1
            continue
        try:
            text = decode(data)
        except DecodeError as err:
            problems.error(path, 0, str(err))
            status = 1
            continue
        record = parse(text, config)
        if not record.title or not record.blocks:
            problems.error(
                path,
                0,
                "no article text found (only page furniture or metadata) "
                "(copy the article's title and text into the file)",
            )
            status = 1
            continue
        if chain_override:
            record.locality = chain_override
            record.found["locality"] = Found(None, "--locality")
        else:
            archive.settle(record, site / "content")
        status |= _write(path, record, site, out, echo, problems)
    return status


def _write(path: Path, record, site: Path, out: Path | None, echo: Callable[[str], None], problems: Problems) -> int:
    """Write the article under a name no other file has: never overwrites anything."""
    content = site / "content"
    # The register's chain is what the article says; the folders are the site's (by title).
    folders = find_folders(content, record.locality) if out is None else []
    folder = out if out is not None else folders[-1].path if folders else content
    text = writer.render(record)
    target = None
    for number in range(1, 1000):
        candidate = folder / writer.file_name(record, number)
        if candidate.is_symlink() or (candidate.exists() and not candidate.is_file()):
            shown = _shown(candidate, site)
            problems.error(path, 0, f"{shown} already exists and is not a plain file; nothing written (move it away)")
            return 1
        if not candidate.exists():
            target = candidate
            break
        if candidate.read_text(encoding="utf-8", errors="replace") == text:
            echo(f"{path}: already imported as {_shown(candidate, site)}: unchanged")
            return 0
    if target is None:
        problems.error(path, 0, "999 articles already have this title and date (rename one of them)")
        return 1
    shown = _shown(target, site)
    try:
        new_indexes = make_folders(folders)
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, text, overwrite=False)  # never overwrites, even should another import race this one
    except FileExistsError as err:
        shown = _shown(Path(err.filename or target), site)
        problems.error(path, 0, f"{shown} appeared while importing; nothing written over it (import again)")
        return 1
    draft = (
        " as a draft (add its date to publish it)"
        if record.date is None
        else " as a draft (write its title to publish it)"
        if record.untitled
        else ""
    )
    other = " (another article has this title and date)" if target.name != writer.file_name(record) else ""
    echo(f"{path}: wrote {shown}{draft}{other}")
    for index in new_indexes:
        echo(f"  wrote {_shown(index, site)} (new locality)")
    for line in report.lines(record, str(path)):
        echo(line)
    return 0


def _shown(target: Path, site: Path) -> str:
    try:
        return str(target.resolve().relative_to(site.resolve()))
    except ValueError:
        return str(target)
