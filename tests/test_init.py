"""`sitegen init DIR`: a new archive that builds, checks clean and says how to publish itself."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import tomllib

import yaml
from conftest import REPO

from sitegen.cli import main
from sitegen.config import Config, load_config
from sitegen.errors import Problems
from sitegen.scaffold import scaffold


def test_the_scaffold_builds_and_passes_check_strict(tmp_path, capsys):
    root = tmp_path / "tin-thai-binh"
    assert main(["init", str(root), "--title", 'Tin "dân vận" Thái Bình']) == 0
    assert main(["check", "--strict", "--source", str(root)]) == 0
    assert main(["build", "--source", str(root)]) == 0
    out = capsys.readouterr().out
    assert "0 error(s), 0 warning(s)" in out
    [article] = (root / "content").rglob("20*.md")
    assert article.parent == root / "content/hung-yen/hung-ha"
    assert "draft" not in article.read_text("utf-8")  # the example is published
    pages = [p for p in (root / "output").rglob("index.html") if "giao-ban-cong-tac-dan-van" in p.as_posix()]
    assert len(pages) == 1
    html = pages[0].read_text("utf-8")
    assert "Đảng ủy xã Hưng Hà" in html and 'Tin "dân vận" Thái Bình' in html.replace("&#34;", '"')
    assert (root / "output/dia-phuong/hung-yen/hung-ha/index.html").is_file()


def test_config_explains_every_setting_and_its_commented_defaults_are_valid(tmp_path):
    scaffold(tmp_path / "a", title="Thử", locality="Tỉnh Hưng Yên/Xã Hưng Hà")
    text = (tmp_path / "a/config.toml").read_text("utf-8")
    problems = Problems()
    assert load_config(tmp_path / "a", problems).title == "Thử" and not problems.items
    for name in Config.__dataclass_fields__:
        if name != "tags":
            assert re.search(rf"^(# )?(\[)?{name}\b", text, re.M), f"config.toml does not mention {name}"
    # Each "# key = value" line, uncommented, is accepted and is the default.
    uncommented = re.sub(r"^# (\w+ = )", r"\1", text, flags=re.M)
    (tmp_path / "a/config.toml").write_text(uncommented, "utf-8")
    config = load_config(tmp_path / "a", problems)
    assert not problems.items, problems.items
    assert config == Config(title="Thử", description=config.description, base_url=config.base_url)
    tomllib.loads(uncommented)


def test_readme_ci_file_and_gitignore(tmp_path):
    files = scaffold(tmp_path / "a", title="Thử", locality="Hà Nội/Quận Hai Bà Trưng", today=dt.date(2025, 3, 1))
    names = {p.relative_to(tmp_path / "a").as_posix() for p in files}
    assert {"README.md", ".gitignore", "requirements.txt", ".github/workflows/publish.yml"} <= names
    assert "content/ha-noi/hai-ba-trung/2025-03-01-giao-ban-cong-tac-dan-van.md" in names
    workflow = yaml.safe_load((tmp_path / "a/.github/workflows/publish.yml").read_text("utf-8"))
    steps = [step.get("run", "") for step in workflow["jobs"]["build"]["steps"]]
    assert "sitegen check" in steps and "sitegen build" in steps
    assert workflow["jobs"]["build"]["steps"][-1]["with"]["path"] == "output"
    assert "/output/" in (tmp_path / "a/.gitignore").read_text("utf-8")
    assert "sitegen new" in (tmp_path / "a/README.md").read_text("utf-8")


def test_never_writes_into_a_folder_that_has_files(tmp_path, capsys):
    (tmp_path / "a").mkdir()
    (tmp_path / "a/notes.txt").write_text("giữ nguyên")
    assert main(["init", str(tmp_path / "a")]) == 1
    assert "not an empty folder" in capsys.readouterr().err
    assert [p.name for p in (tmp_path / "a").iterdir()] == ["notes.txt"]


def test_installed_package_works_on_a_site_outside_the_repository(tmp_path):
    """The layout a wheel installs (pyproject.toml puts themes/ inside the package), run from a
    folder with no themes/ of its own and nothing of this repository on the path."""
    lib = tmp_path / "lib"
    shutil.copytree(REPO / "sitegen", lib / "sitegen", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "themes", lib / "sitegen" / "themes")
    env = {**os.environ, "PYTHONPATH": str(lib)}

    def sitegen(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "sitegen", *args], cwd=tmp_path, env=env, capture_output=True, text=True
        )

    where = subprocess.run(
        [sys.executable, "-c", "import sitegen.theme as t; print(t.GENERATOR_THEMES)"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert where.stdout.strip() == str(lib / "sitegen" / "themes")
    assert sitegen("init", "tin").returncode == 0
    assert not (tmp_path / "tin" / "themes").exists()
    built = sitegen("build", "--source", "tin")
    assert built.returncode == 0, built.stderr
    assert (tmp_path / "tin/output/static/style.css").read_bytes() == (
        REPO / "themes/default/static/style.css"
    ).read_bytes()
