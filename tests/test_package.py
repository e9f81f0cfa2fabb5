"""pyproject.toml: the console command, every subpackage, and the default theme in the package."""

from __future__ import annotations

import tomllib

from conftest import REPO


def setuptools() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]


def test_every_subpackage_is_listed():
    """Packages are listed by hand (themes/ is mapped into the package), so a new subpackage
    left off the list would be missing from an installed sitegen."""
    found = {
        ".".join(init.parent.relative_to(REPO).parts)
        for init in (REPO / "sitegen").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    listed = set(setuptools()["packages"])
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"
    assert listed - found == {"sitegen.themes"}


def test_default_theme_goes_into_the_package():
    config = setuptools()
    assert config["package-dir"] == {"sitegen.themes": "themes"}
    assert config["package-data"]["sitegen.themes"] == ["**/*"]
    assert (REPO / "themes/default/templates/base.html").is_file()


def test_console_command():
    project = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["scripts"] == {"sitegen": "sitegen.cli:run"}
