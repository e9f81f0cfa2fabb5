"""Crash safety and determinism (issue 4, "Must show").

A build that fails writes nothing; a build killed at any moment leaves no truncated file,
and the next build is correct (the same tree as a clean build into another folder); the same
content gives the same bytes whatever the folder, the file-system order or PYTHONHASHSEED.
Output/pagefind/ is left out of comparisons between two cold builds: Pagefind names four
filter files by a hash-map order that changes every run (docs/search.md, "Deterministic output").
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from conftest import write_site
from test_incremental import article_file, news_site, touch_later, tree

from sitegen import pipeline
from sitegen import state as cache
from sitegen.errors import BuildFailed
from sitegen.pipeline import build

REPO = Path(__file__).resolve().parent.parent
STAGINGS = (".sitegen-staging", ".sitegen-search")


def every_byte(root: Path) -> dict[str, str]:
    """Every file and folder under root, pagefind/ included, with the hash of its bytes."""
    out: dict[str, str] = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        out[rel] = "dir" if path.is_dir() else hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def assert_same_tree(got: Path, want: Path) -> None:
    a, b = tree(got), tree(want)
    assert sorted(a.keys() - b.keys()) == [], "files a clean build does not make"
    assert sorted(b.keys() - a.keys()) == [], "files missing"
    assert sorted(rel for rel in a if a[rel] != b[rel]) == [], "files differ from a clean build"


def no_staging(output: Path) -> None:
    for name in STAGINGS:
        assert not (output / name).exists(), name


def clean_build(site: Path, folder: Path) -> Path:
    shutil.rmtree(folder, ignore_errors=True)
    build(site, folder, full=True)
    return folder


@pytest.fixture(autouse=True)
def same_generator(monkeypatch):
    """The generator's code is fixed for a whole test while colleagues edit sitegen/."""
    fixed = cache.generator_digest()
    monkeypatch.setattr(cache, "generator_digest", lambda: fixed)


# ---------------------------------------------------------------- failed builds write nothing

BROKEN = {
    "template-runtime": ("themes/local/templates/article.html", "</article>", "{{ entry.no_such.field }}</article>"),
    "template-syntax": ("themes/local/templates/base.html", "</body>", "{% if %}</body>"),
    "content": ("content/ha-noi/dong-da/2024-01-01-hong.md", None,
                "---\ntitle: Hội nghị: hỏng\ndate: 2024-01-01\n---\nx\n"),
    "config": ("config.toml", 'per_page = 4', 'per_page = "bốn"'),
}


@pytest.mark.parametrize("kind", list(BROKEN))
def test_failed_build_writes_nothing(tmp_path, kind):
    site = write_site(tmp_path / "site", news_site())
    out = site / "output"
    build(site, out)
    (out / "CNAME").write_text("tin.example.vn\n")
    # Changes that would be written, with the mistake among them.
    source, text = article_file(3)
    touch_later(site / source, text.replace("Đoạn mở đầu", "Đoạn mở đầu (sửa)"))
    path, old, new = BROKEN[kind]
    touch_later(site / path, new if old is None else (site / path).read_text("utf-8").replace(old, new))
    before = every_byte(out)
    with pytest.raises(BuildFailed):
        build(site, out)
    assert every_byte(out) == before
    no_staging(out)
    # Mistake fixed: the build is correct again.
    if old is None:
        (site / path).unlink()
    else:
        touch_later(site / path, (site / path).read_text("utf-8").replace(new, old))
    build(site, out)
    (out / "CNAME").unlink()
    assert_same_tree(out, clean_build(site, tmp_path / "clean"))


def test_failed_render_in_forked_workers_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("SITEGEN_JOBS", "2")
    site = write_site(tmp_path / "site", news_site(420, step=2))
    out = site / "output"
    build(site, out)
    before = every_byte(out)
    path, old, new = BROKEN["template-runtime"]
    touch_later(site / path, (site / path).read_text("utf-8").replace(old, new))
    with pytest.raises(BuildFailed):
        build(site, out)
    assert every_byte(out) == before
    no_staging(out)


# ---------------------------------------------------------------- killed builds


def test_build_interrupted_while_committing_then_edit_undone(tmp_path, monkeypatch):
    """A build dies halfway through its renames (power cut, Ctrl-C); the editor then undoes
    the edit. Pages renamed into place before the crash hold the undone edit: the cache
    must not vouch for them."""
    site = write_site(tmp_path / "site", news_site())
    out = site / "output"
    build(site, out)
    base = site / "themes/local/templates/base.html"
    original = base.read_text("utf-8")
    touch_later(base, original.replace("</body>", "<!-- sửa khung -->\n</body>"))
    real = pipeline.commit

    def dies_halfway(output, moves, stale):
        real(output, moves[: len(moves) // 2], [])
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "commit", dies_halfway)
    with pytest.raises(KeyboardInterrupt):
        build(site, out)
    monkeypatch.setattr(pipeline, "commit", real)
    touch_later(base, original)
    build(site, out)
    no_staging(out)
    assert_same_tree(out, clean_build(site, tmp_path / "clean"))
