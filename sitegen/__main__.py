"""python -m sitegen: the same as the `sitegen` command and python build.py."""

import sys

from .cli import main

sys.exit(main())
