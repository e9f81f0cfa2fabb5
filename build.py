"""The one entry point: python build.py [build|serve|new|import|check|clean] --help"""

import os
import sys

from sitegen.cli import main

if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    # Everything is written and closed by now; freeing a large archive's objects one by one
    # at exit would only add a tenth of a second to every build.
    os._exit(code)
