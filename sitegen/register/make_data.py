"""Regenerate sitegen/register/data/ from the vietnamadminunits package (a developer's tool).

    pip install vietnamadminunits==1.0.4
    python3 -m sitegen.register.make_data

The build never imports vietnamadminunits: it reads the TSV files written here (13 ms instead
of 0.5 s and ~99 MB of numpy and shapely), and never reaches the package's address converter,
which can geocode over the network. Only its data files are read: the SQLite dataset of both
structures and the JSON table of the official 2025 conversion.
"""

from __future__ import annotations

import json
import re
import sqlite3
import sys
from importlib import metadata
from pathlib import Path

from .names import bare_key, level_key, marked_key

PACKAGE = "vietnamadminunits"
VERSION = "1.0.4"
DATA = Path(__file__).parent / "data"
HEADER = "code\tlevel\tname\tparent\tlatitude\tlongitude\tkey\tmarked\taliases\n"

# The package's alias keys start with a level word or its short form ("quan2", "txphucyen").
_ALIAS_LEVELS = (
    ("thanhpho", "thanhpho"),
    ("thitran", "thitran"),
    ("district", "quan"),
    ("thixa", "thixa"),
    ("phuong", "phuong"),
    ("huyen", "huyen"),
    ("ward", "phuong"),
    ("tinh", "tinh"),
    ("quan", "quan"),
    ("tp", "thanhpho"),
    ("tx", "thixa"),
    ("tt", "thitran"),
    ("xa", "xa"),
    ("q", "quan"),
    ("p", "phuong"),
    ("f", "phuong"),
)


# Names the package lacks, with why. Thừa Thiên Huế became the centrally run Thành phố Huế on
# 1 January 2025, and its old Thành phố Huế was split into Quận Thuận Hóa and Phú Xuân. "Đắc
# Lắc", "Đắc Nông" and "Bắc Cạn" are spellings the press long used (c for k); a rule for them
# would be wrong for real names such as Xã Đắc Sơn.
EXTRA_ALIASES = {
    ("pre2025", "46"): ["tinh:thuathienhue", ":thuathienhue", ":tthue"],
    ("pre2025", "474"): ["thanhpho:hue"],
    ("pre2025", "475"): ["thanhpho:hue"],
    ("pre2025", "66"): [":daclac", ":daclak"],
    ("2025", "66"): [":daclac", ":daclak"],
    ("pre2025", "67"): [":dacnong"],
    ("pre2025", "06"): [":baccan"],
    ("pre2025", "058"): [":baccan"],
}
# "Kỳ Anh (Huyện)" beside "Kỳ Anh (Thị xã)": the level word already tells them apart.
_LEVEL_SUFFIX = re.compile(r" \((?:Huyện|Thị xã|Thành phố|Quận)\)$")


def main() -> int:
    try:
        if metadata.version(PACKAGE) != VERSION:
            print(f"error: {PACKAGE}=={VERSION} is needed, found {metadata.version(PACKAGE)}", file=sys.stderr)
            return 2
    except metadata.PackageNotFoundError:
        print(f"error: pip install {PACKAGE}=={VERSION} first", file=sys.stderr)
        return 2
    root = Path(metadata.distribution(PACKAGE).locate_file(PACKAGE))
    with sqlite3.connect(root / "data" / "dataset.db") as db:
        db.row_factory = sqlite3.Row
        legacy = [dict(r) for r in db.execute("SELECT * FROM admin_units_legacy")]
        current = [dict(r) for r in db.execute("SELECT * FROM admin_units")]
    conversion = json.loads((root / "data" / "converter_2025.json").read_text(encoding="utf-8"))

    old_units, old_by_key = _legacy_units(legacy)
    new_units, new_by_key = _current_units(current)
    for structure, units in (("pre2025", old_units), ("2025", new_units)):
        for unit in units:
            extra = EXTRA_ALIASES.get((structure, unit["code"]), [])
            unit["aliases"] = " ".join(sorted(set(unit["aliases"].split()) | set(extra)))
    successors = _successors(legacy, conversion, old_by_key, new_by_key)

    DATA.mkdir(exist_ok=True)
    _write(DATA / "pre2025.tsv", old_units)
    _write(DATA / "2025.tsv", new_units)
    with open(DATA / "successors.tsv", "w", encoding="utf-8", newline="\n") as out:
        out.write("code\tsuccessors\n")
        for code in sorted(successors):
            out.write(f"{code}\t{' '.join(sorted(successors[code]))}\n")
    licence = Path(metadata.distribution(PACKAGE).locate_file(f"{PACKAGE}-{VERSION}.dist-info/licenses/LICENSE"))
    (DATA / "SOURCE.md").write_text(_source_note(licence.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"pre2025: {len(old_units)} units, 2025: {len(new_units)} units, successors of {len(successors)}")
    return 0


def _unit(code: str, level: str, name: str, parent: str, lat, lon, keywords: list[str]) -> dict:
    if name.startswith(level + " "):
        name = name[len(level) + 1 :]  # numbered units: the package's short name is "Quận 3"
    name = _LEVEL_SUFFIX.sub("", name)
    own = (level_key(level), bare_key(name))
    aliases = sorted({a for a in _aliases(keywords, own[1]) if a[1] and a[1] != own[1]})
    return {
        "code": code,
        "level": level,
        "name": name,
        "parent": parent,
        "latitude": "" if lat is None else f"{lat:.4f}",
        "longitude": "" if lon is None else f"{lon:.4f}",
        "key": own[1],
        "marked": marked_key(name),
        "aliases": " ".join(f"{lv}:{key}" for lv, key in aliases),
    }


def _aliases(keywords: list[str], own: str) -> list[tuple[str, str]]:
    """ "quan2" → ("quan", "2"); "txphucyen" → ("thixa", "phucyen"); a bare "vungtau" stays bare."""
    known = set(keywords) | {own}
    found = []
    for keyword in keywords:
        for prefix, level in _ALIAS_LEVELS:
            rest = keyword[len(prefix) :]
            if keyword.startswith(prefix) and rest and (rest.isdigit() or rest in known):
                found.append((level, str(int(rest)) if rest.isdigit() else rest))
                break
        else:
            found.append(("", keyword))
    return found


def _keywords(*columns: str | None) -> list[str]:
    words: list[str] = []
    for column in columns:
        if column:
            words.extend(json.loads(column))
    return words


def _split(full: str) -> tuple[str, str]:
    for level in ("Thành phố", "Tỉnh"):
        if full.startswith(level + " "):
            return level, full[len(level) + 1 :]
    raise ValueError(full)


def _row_unit(r: dict, tier: str, parent: str) -> dict:
    """The unit of one tier ("province", "district", "ward") of a row of the package's table."""
    level = _split(r["province"])[0] if tier == "province" else r[f"{tier}Type"]
    return _unit(
        r[f"{tier}Code"], level, r[f"{tier}Short"], parent, r[f"{tier}Lat"], r[f"{tier}Lon"],
        _keywords(r[f"{tier}Keywords"], r[f"{tier}Alias"]),
    )  # fmt: skip


def _legacy_units(rows: list[dict]) -> tuple[list[dict], dict[str, str]]:
    units: dict[str, dict] = {}
    by_key: dict[str, str] = {}  # the conversion table's "province_district_ward" key → code
    for r in rows:
        if r["provinceCode"] not in units:
            units[r["provinceCode"]] = _row_unit(r, "province", "")
        if r["districtCode"] not in units:
            units[r["districtCode"]] = _row_unit(r, "district", r["provinceCode"])
        if r["wardCode"]:
            units[r["wardCode"]] = _row_unit(r, "ward", r["districtCode"])
        by_key[f"{r['provinceKey']}_{r['districtKey']}_{r['wardKey'] or ''}"] = r["wardCode"] or r["districtCode"]
    return [units[c] for c in sorted(units, key=lambda c: (len(c), c))], by_key


def _current_units(rows: list[dict]) -> tuple[list[dict], dict[tuple[str, str], str]]:
    units: dict[str, dict] = {}
    by_key: dict[tuple[str, str], str] = {}  # (province key, ward key) → code
    for r in rows:
        if r["provinceCode"] not in units:
            units[r["provinceCode"]] = _row_unit(r, "province", "")
        units[r["wardCode"]] = _row_unit(r, "ward", r["provinceCode"])
        by_key[(r["provinceKey"], "")] = r["provinceCode"]
        by_key[(r["provinceKey"], r["wardKey"])] = r["wardCode"]
    return [units[c] for c in sorted(units, key=lambda c: (len(c), c))], by_key


def _successors(legacy, conversion, old_by_key, new_by_key) -> dict[str, set[str]]:
    """Old code → every new code its territory went to: communes from the official table (all
    successors of a split commune), districts as the union of their communes, provinces whole."""
    result: dict[str, set[str]] = {}
    old_province_code = {r["provinceKey"]: r["provinceCode"] for r in legacy}
    for new_province, olds in conversion["DICT_PROVINCE"].items():
        for old in olds:
            result.setdefault(old_province_code[old], set()).add(new_by_key[(new_province, "")])
    for new_province, wards in conversion["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for new_ward, olds in wards.items():
            for old in olds:
                result.setdefault(old_by_key[old], set()).add(new_by_key[(new_province, new_ward)])
    for new_province, olds in conversion["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old, news in olds.items():
            for new in news:
                result.setdefault(old_by_key[old], set()).add(new_by_key[(new_province, new["newWardKey"])])
    for r in legacy:
        if r["wardCode"]:
            result.setdefault(r["districtCode"], set()).update(result.get(r["wardCode"], ()))
    return result


def _write(path: Path, units: list[dict]) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write(HEADER)
        for u in units:
            out.write("\t".join(u[c] for c in HEADER.strip().split("\t")) + "\n")


def _source_note(licence: str) -> str:
    return f"""# Source of these files

Generated by `python3 -m sitegen.register.make_data` from the data files of
[{PACKAGE}](https://github.com/tranngocminhhieu/vietnamadminunits) version {VERSION}
(`data/dataset.db`, tables `admin_units_legacy` and `admin_units`; `data/converter_2025.json`).
Do not edit by hand: change make_data.py or the names module and run it again.

- `pre2025.tsv`: the 63 provinces, 696 districts and 10,035 communes in force until 30 June 2025;
  `aliases` holds the names of units merged or renamed 2019–2024 (and common misspellings) as
  `level:key`.
- `2025.tsv`: the 34 provinces and 3,321 communes in force from 1 July 2025.
- `successors.tsv`: each pre-2025 code and every 2025 code its territory went to.

Keys (`key`, `marked`, aliases) are made by `sitegen/register/names.py`.

## Licence of {PACKAGE} {VERSION}

```
{licence.strip()}
```
"""


if __name__ == "__main__":
    raise SystemExit(main())
