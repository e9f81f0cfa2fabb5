"""The one entry point: python build.py [build|serve|new|import|check|clean] --help"""

from sitegen.cli import run

if __name__ == "__main__":
    run()
