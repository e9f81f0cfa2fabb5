"""Command line: one function per command. Errors print as `path:line: error: message`.

Exit codes: 0 ok, 1 content or config errors (all of them listed), 2 usage.
Heavy modules are imported inside the command that needs them, so --help starts fast.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path
from typing import NoReturn

from .errors import BuildFailed, CommandError, Problem, Problems

# How the editor called us, for messages: the installed `sitegen` command, or build.py in a checkout.
_CALLED_AS = Path(sys.argv[0])
PROG = "sitegen" if _CALLED_AS.name == "sitegen" or _CALLED_AS.parts[-2:] == ("sitegen", "__main__.py") else "build.py"
COMMAND = "sitegen" if PROG == "sitegen" else "python build.py"


def _common(parser: argparse.ArgumentParser, output: bool = True) -> None:
    parser.add_argument(
        "--source",
        metavar="DIR",
        type=Path,
        default=argparse.SUPPRESS,
        help="the site's folder (its content/, config.toml, themes/); default: here",
    )
    if output:
        parser.add_argument(
            "--output",
            metavar="DIR",
            type=Path,
            default=argparse.SUPPRESS,
            help="where to write the site; default: output/ in the site's folder",
        )


def make_parser() -> argparse.ArgumentParser:
    fmt = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(
        prog=PROG,
        formatter_class=fmt,
        description="Build a static news archive from Markdown meeting reports.",
        epilog="examples:\n  python build.py                  build content/ into output/\n"
        "  python build.py check            find mistakes, write nothing\n"
        "  python build.py COMMAND --help   help on one command",
    )
    _common(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, **kwargs: str) -> argparse.ArgumentParser:  # every subcommand's parser, alike
        return sub.add_parser(name, formatter_class=fmt, **kwargs)

    p = command(
        "build",
        help="build content/ into output/ (the default)",
        description="Build the site into output/. Only pages whose content changed are "
        "rendered again, and only files whose bytes change are written.",
        epilog="example:\n  python build.py build --output /var/www/tin",
    )
    _common(p)
    p.add_argument("--full", action="store_true", help="ignore the cache and render every page")

    p = command(
        "serve",
        help="build, serve on localhost and rebuild on every change",
        description="Build the site, serve output/ at http://127.0.0.1:8000/ and watch content/, "
        "themes/ and config.toml: every save rebuilds what changed and reloads the "
        "open pages. A mistake shows in the page and here, and the last good site "
        "stays on screen until it is fixed. Ctrl-C stops.",
        epilog="examples:\n  python build.py serve\n  python build.py serve --port 8080\n"
        "  python build.py serve --bind 0.0.0.0   let phones on the office network look",
    )
    _common(p)
    p.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")
    p.add_argument(
        "--bind",
        default="127.0.0.1",
        metavar="ADDRESS",
        help="address to listen on (default: 127.0.0.1, this computer only)",
    )

    p = command(
        "new",
        help="write a new article file from a template",
        description="Write content/<locality folders>/<date>-<slug>.md with its frontmatter "
        "filled in and a body to complete, as a draft (draft: true) that the build leaves out "
        "until you remove that line. Missing locality folders are made "
        "(with their _index.md). Never overwrites a file.",
        epilog='example:\n  python build.py new "Hội nghị giao ban công tác dân vận quý III" '
        '--locality "Hà Nội/Quận Hai Bà Trưng" \\\n'
        '      --date 2024-07-18 --meeting "giao ban" --tags "dân vận khéo, tôn giáo"',
    )
    _common(p, output=False)
    p.add_argument("title", help="the article's title, in quotes")
    p.add_argument(
        "--locality",
        required=True,
        help='locality from the province down, separated by "/" or "›", e.g. "Hà Nội/Quận Hai Bà Trưng"'
        ' (or with commas, nearest first: "Quận Hai Bà Trưng, Hà Nội")',
    )
    p.add_argument("--date", help="publication date: 2024-07-18, 2024-07-18T14:30 or 18/07/2024 (default: now)")
    p.add_argument("--meeting", help="meeting type, one of config.toml [meetings]")
    p.add_argument("--tags", help='topic tags separated by commas, e.g. "dân vận khéo, tôn giáo"')
    p.add_argument("--author", help="the author's name (default: left empty to fill in)")

    p = command(
        "place",
        help="look names up in the register of administrative units",
        description="Look names up in the register of Vietnam's administrative units, before and "
        "after 1 July 2025. A name may carry its parents after commas, nearest first; a name "
        "written with marks matches those marks, one without matches any; a unit merged or "
        "renamed 2019-2024 answers with the unit that took it over. Prints, per name, its "
        "candidates best first: code, level and name, parents, structure, and what a pre-2025 "
        "unit became on 1 July 2025 (or what a 2025 unit was formed from). Exit 1 when a name "
        "has no candidate.",
        epilog='examples:\n  python build.py place "Q. Hai Bà Trưng, TP. Hà Nội" "Duy Tiên"\n'
        '  python build.py place --json "Quận 2, TP.HCM"',
    )
    _common(p, output=False)
    p.add_argument("names", nargs="+", metavar="NAME", help='a unit\'s name, e.g. "Phường 02, Quận 3"')
    p.add_argument("--json", action="store_true", help="print a JSON list, one object per name")

    p = command(
        "check",
        help="validate everything and write nothing",
        description="Report every mistake in config.toml, content/ and the theme, one line each "
        "(path:line: error|warning: message), without writing anything: what the "
        "build rejects, template errors, broken internal links and missing images, "
        "tags spelled several ways, keys that look like typos, articles with no "
        "locality or an empty body, duplicate articles; and it lists the drafts "
        "(draft: true), which the build leaves out. Exit 1 on errors (and on "
        "warnings with --strict).",
        epilog="examples:\n  python build.py check\n"
        "  python build.py check --strict      in CI or a git pre-commit hook",
    )
    _common(p, output=False)
    p.add_argument("--strict", action="store_true", help="exit 1 on warnings too")

    p = command(
        "import",
        help="turn raw article text into Markdown files",
        description="Read raw text copied from a news portal and write one Markdown "
        "article per file under content/ (never overwriting a file).",
        epilog='example:\n  python build.py import bai-viet.txt --locality "Hà Nội/Quận Hai Bà Trưng"',
    )
    _common(p, output=False)
    p.add_argument("files", nargs="+", type=Path, metavar="FILE", help="raw text files")
    p.add_argument(
        "--locality",
        help='locality from the province down, e.g. "Hà Nội/Quận Hai Bà Trưng" (read as `new --locality` reads it)',
    )
    p.add_argument(
        "--output",
        "--out",
        dest="out",
        type=Path,
        metavar="DIR",
        help="write here instead of content/ (--out: the same)",
    )

    p = command(
        "init",
        help="make a new archive: config.toml, content/ with an example, a README and a CI file",
        description="Make a new archive in DIR (a new or empty folder): config.toml with every "
        "setting explained, content/ with one example locality and article, a README for its "
        "editors, .gitignore, requirements.txt and a GitHub Actions workflow that checks, "
        "builds and publishes the site. Then: cd DIR && sitegen build.",
        epilog='example:\n  sitegen init tin-dan-van-hung-yen --title "Tin dân vận Hưng Yên" '
        '--locality "Tỉnh Hưng Yên/Xã Hưng Hà"',
    )
    p.add_argument("dir", type=Path, metavar="DIR", help="the new archive's folder")
    p.add_argument("--title", default="Lưu trữ tin hội nghị dân vận", help="the site's title")
    p.add_argument(
        "--locality",
        default="Tỉnh Hưng Yên/Xã Hưng Hà",
        help='the example article\'s locality, from the province down (default: "Tỉnh Hưng Yên/Xã Hưng Hà")',
    )

    p = command(
        "clean",
        help="remove output/ and the build cache",
        description="Remove the output folder and the build cache (.cache/).",
        epilog="example:\n  python build.py clean",
    )
    _common(p)
    # The examples are written for a checkout; an installed `sitegen` shows its own name.
    for each in (parser, *sub.choices.values()):
        if each.epilog:
            each.epilog = each.epilog.replace("python build.py", COMMAND)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    command = args.command or "build"
    source = getattr(args, "source", Path("."))
    if not source.is_dir():
        return _print_problems(CommandError(f"--source {source}: no such folder"), PROG)
    args.source = source
    args.output = getattr(args, "output", source / "output")
    if command in ("build", "serve", "clean") and args.output.exists() and not args.output.is_dir():
        refused = CommandError(f"--output {args.output}: is not a folder (name a folder, or a new name)")
        return _print_problems(refused, PROG)
    try:
        return {
            "build": cmd_build,
            "serve": cmd_serve,
            "new": cmd_new,
            "place": cmd_place,
            "check": cmd_check,
            "import": cmd_import,
            "clean": cmd_clean,
            "init": cmd_init,
        }[command](args)
    except BuildFailed as failed:  # every command's errors, printed here and only here
        building = command in ("build", "serve") and not isinstance(failed, CommandError)
        _print_problems(failed.problems, f"{PROG} {command}", building=building)
        return failed.code
    except OSError as err:  # a read-only output/ or .cache/, a full disk: the system's words, no traceback
        where = err.filename or args.output
        message = f"cannot write: {err.strerror or err} (check the folder's permissions and free space)"
        problems = Problems()
        problems.error(str(where), 0, message)
        return _print_problems(problems, PROG)
    except KeyboardInterrupt:
        print(f"\n{PROG}: stopped", file=sys.stderr)
        return 130


def run() -> NoReturn:
    """The commands' entry point (`sitegen`, python build.py, python -m sitegen): main(), then
    out at once. Everything is written and closed by then; freeing a large archive's objects
    one by one at exit would only add a tenth of a second to every build."""
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def _print_problems(
    failed: Problems | BuildFailed, command: str = PROG, *, building: bool = False, warnings_shown: int = 20
) -> int:
    """The one place problems are printed, `path:line: error: message` on stderr: every error;
    warnings up to a limit (check lists them all). A problem of no file (a wrong option) is
    the command's: `build.py new: error: …`. Returns the exit status."""
    problems, code = (failed.problems, failed.code) if isinstance(failed, BuildFailed) else (failed, 1)
    warnings = 0
    for problem in problems.sorted():
        if problem.severity == "warning":
            warnings += 1
            if warnings > warnings_shown:
                continue
        if not problem.path:
            problem = Problem(command, 0, problem.severity, problem.message)
        print(problem, file=sys.stderr)
    if warnings > warnings_shown:
        print(f"… and {warnings - warnings_shown} more warning(s): {COMMAND} check lists them all", file=sys.stderr)
    errors = len(problems.errors)
    if errors and building:
        print(f"build failed: {errors} error(s); output/ was not changed", file=sys.stderr)
    return code if errors else 0


def cmd_build(args: argparse.Namespace) -> int:
    from .noop import look
    from .reporter import Terminal

    full = getattr(args, "full", False)
    seen = look(args.source, args.output, full=full)
    report = seen.report
    if report is None and not full:  # a few bodies changed: the quick build, without the whole pipeline
        from .quick import build as quick_build

        report = quick_build(args.source, args.output, seen, search=True)
    if report is None:  # the whole build
        from .pipeline import build

        report = build(args.source, args.output, full=full, reporter=Terminal(), seen=seen, quick=False)
    _print_problems(report.problems)
    print(report.summary())
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from .server import serve

    return serve(args.source, args.output, host=args.bind, port=args.port)


def cmd_new(args: argparse.Namespace) -> int:
    from .new import new_article

    path = new_article(
        args.source,
        args.title,
        args.locality,
        date=args.date,
        meeting=args.meeting,
        tags=args.tags,
        author=args.author,
    )
    print(path)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from .check import check

    problems = check(args.source)
    for problem in problems.sorted():
        print(problem)
    errors, warnings, drafts = len(problems.errors), len(problems.warnings), len(problems.notes)
    print(f"{errors} error(s), {warnings} warning(s)" + (f", {drafts} draft(s) not published" if drafts else ""))
    return 1 if errors or (warnings and args.strict) else 0


def cmd_place(args: argparse.Namespace) -> int:
    from .place import answers, as_json, as_text
    from .register import register

    found = answers(register(), list(args.names))
    print(as_json(found) if args.json else as_text(found))
    return 0 if all(answer["candidates"] for answer in found) else 1


def cmd_import(args: argparse.Namespace) -> int:
    from .config import load_config
    from .importer import run_import

    problems = Problems()
    config = load_config(args.source, problems)
    if problems.errors:
        raise BuildFailed(problems)
    status = run_import(
        list(args.files), site=args.source, out=args.out, locality=args.locality, config=config, problems=problems
    )
    _print_problems(problems)
    return status


def cmd_init(args: argparse.Namespace) -> int:
    from .scaffold import scaffold

    files = scaffold(args.dir, title=args.title, locality=args.locality)
    for path in files:
        print(path)
    print(f"a new archive in {args.dir}: cd {args.dir} && sitegen build (its README.md says what comes next)")
    return 0


def cmd_clean(args: argparse.Namespace) -> int:
    for folder in (args.output, args.source / ".cache"):
        if folder.is_dir():
            shutil.rmtree(folder)
            print(f"removed {folder}")
    return 0
