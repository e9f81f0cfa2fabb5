"""python -m sitegen: the same as the `sitegen` command and python build.py."""

from .cli import run

run()
