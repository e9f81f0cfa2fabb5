"""Pages built from hostile frontmatter, loaded in a real headless Chromium (issue 11): no
script of the editor's runs, no link or image holds a script address, and every page's
<main> is whole (a title like "<!--<script>" once swallowed it into the JSON-LD block)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import write_site

from sitegen.pipeline import build

PWN = "window.__pwned=1"
PAYLOADS = [
    "<!--<script>",
    f"</script><script>{PWN}</script>",
    f'<img src=x onerror="{PWN}">',
    f'"><svg onload={PWN}>',
    f"<!--<script>{PWN}//",
    f"\u2028{PWN}\u2029",
    f"'-{PWN}-'",
    "]]></summary><x>",
]


def _article(i: int, payload: str) -> str:
    q = json.dumps(payload)
    return "\n".join(
        [
            "---",
            f"title: {json.dumps('Hội nghị ' + str(i) + ' ' + payload)}",
            f"date: 2024-07-{i + 1:02d}T08:00:00+07:00",
            f"slug: bai-{i}",
            f"author: {q}",
            f"tags: [{q}, dân vận khéo]",
            f"people: [{q}]",
            f"organization: {q}",
            f"summary: {q}" if i % 2 else "ghi_chu: " + q,
            f"locality: [Hà Nội, {json.dumps('Quận ' + payload + ' Ba Đình')}]",
            "meeting: giao ban",
            "---",
            "",
            f'Mở đầu {payload} và <script>{PWN}</script> <a href="javascript:{PWN}">x</a>',
            "",
            f'<img src="x" onerror="{PWN}"> [liên kết](javascript:{PWN})',
            "",
        ]
    )


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    files = {"config.toml": 'title = "Lưu trữ"\nbase_url = "https://tin.example.vn/"\n'}
    for i, payload in enumerate(PAYLOADS):
        files[f"content/ha-noi/2024-07-{i + 1:02d}-bai-{i}.md"] = _article(i, payload)
    write_site(root, files)
    report = build(root, root / "output")
    assert not report.problems.errors, [str(p) for p in report.problems.errors]
    return root / "output"


CHECK = """() => {
  const main = document.querySelector('main');
  const addresses = [...document.querySelectorAll('[href],[src],[action],[formaction]')]
    .map(e => e.getAttribute('href') || e.getAttribute('src') || e.getAttribute('action') || '')
    .filter(u => /^\\s*(javascript|data|vbscript):/i.test(u));
  const handlers = [...document.querySelectorAll('*')]
    .flatMap(e => [...e.attributes].map(a => a.name)).filter(n => n.startsWith('on'));
  return {
    pwned: window.__pwned === 1,
    mains: document.querySelectorAll('main').length,
    mainText: main ? main.textContent.length : 0,
    h1: main && main.querySelector('h1') ? main.querySelector('h1').textContent : null,
    footer: !!document.querySelector('footer'),
    scripts: [...document.scripts].filter(s => s.type !== 'application/ld+json' && !s.src).length,
    addresses, handlers,
  };
}"""


@pytest.mark.slow
def test_no_script_runs_and_main_is_whole(hostile_site: Path, browser) -> None:
    pages = sorted(hostile_site.glob("2024/07/bai-*/index.html"))
    assert len(pages) == len(PAYLOADS)
    pages += [hostile_site / "index.html", *sorted(hostile_site.glob("chu-de/*/index.html"))[:4]]
    pages += sorted(hostile_site.glob("dia-phuong/**/index.html"))[:4]
    pages += sorted(hostile_site.glob("nhan-vat/*/index.html"))[:3]
    page = browser.new_page(java_script_enabled=True)  # the session's Chromium (conftest)
    try:
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        for path in pages:
            page.goto(path.as_uri(), wait_until="load")
            seen = page.evaluate(CHECK)
            where = path.relative_to(hostile_site).as_posix()
            assert not seen["pwned"] and not dialogs, where
            assert seen["mains"] == 1 and seen["mainText"] > 0 and seen["footer"], (where, seen)
            assert not seen["addresses"] and not seen["handlers"], (where, seen)
            if where.startswith("2024/07/bai-"):
                i = int(where.split("bai-")[1].split("/")[0])
                assert seen["h1"] == f"Hội nghị {i} {PAYLOADS[i]}".strip(), (where, seen["h1"])
    finally:
        page.close()
