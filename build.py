"""The one entry point: python build.py [build|serve|new|import|check|clean] --help"""

import sys

from sitegen.cli import main

if __name__ == "__main__":
    sys.exit(main())
