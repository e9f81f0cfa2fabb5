"""The README's two commands are the ones CI runs, and the install script is sound shell."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def readme_commands() -> list[str]:
    """The first code block of README.md, each line without its trailing comment."""
    block = re.search(r"```sh\n(.*?)```", (REPO / "README.md").read_text("utf-8"), re.S)
    assert block, "README.md has no sh code block"
    return [line.split("#")[0].strip() for line in block.group(1).splitlines() if line.strip()]


def test_readme_starts_with_an_install_and_build_line_and_a_test_line():
    build, tests = readme_commands()[:2]
    assert build.startswith("bash install.sh &&") and "sitegen build" in build
    assert tests.startswith("bash install.sh --test &&") and "-m pytest" in tests
    assert "python -m pip" not in build + tests  # the system python3 refuses it (PEP 668)


def test_ci_runs_exactly_the_readme_test_command():
    lines = [line.strip() for line in (REPO / ".ci" / "run").read_text("utf-8").splitlines()]
    assert readme_commands()[1] in lines
    assert "export CI=true" in lines  # a missing tool fails there, it never skips
    assert ".venv/bin/ruff check ." in lines and ".venv/bin/ruff format --check ." in lines


def test_install_script_parses_and_refuses_unknown_options():
    subprocess.run(["bash", "-n", str(REPO / "install.sh")], check=True)
    run = subprocess.run(["bash", str(REPO / "install.sh"), "--tset"], capture_output=True, text=True)
    assert run.returncode == 2 and "usage: bash install.sh [--test]" in run.stderr
