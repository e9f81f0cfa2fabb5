"""`build.py place NAME…`: names looked up in the register, as lines or as JSON."""

from __future__ import annotations

import json

from .register import PRE2025, Register, Unit

CUTOVER = "01/07/2025"


def answers(register: Register, names: list[str]) -> list[dict]:
    """One answer per name: {"query", "candidates": [...]}, candidates best first."""
    out = []
    for name in names:
        parents = name.partition(",")[2].strip() or None
        matches = register.matches(name.partition(",")[0], parents)
        out.append({"query": name, "candidates": [_candidate(register, u, former) for u, former in matches]})
    return out


def _brief(register: Register, unit: Unit, with_parents: bool = False) -> dict:
    out = {"code": unit.code, "name": unit.name, "level": unit.level}
    if with_parents:
        out["parents"] = _parents(register, unit)
    return out


def _parents(register: Register, unit: Unit) -> list[dict]:
    """Nearest first, as the name was written ("Quận Hai Bà Trưng, Thành phố Hà Nội")."""
    units = [register.unit(unit.structure, code) for code in reversed(unit.parents)]
    return [_brief(register, u) for u in units if u is not None]


def _candidate(register: Register, unit: Unit, former: bool) -> dict:
    return {
        **_brief(register, unit),
        "structure": unit.structure,
        "parents": _parents(register, unit),
        "successors": [_brief(register, u, True) for u in register.successors(unit)],
        "predecessors": [_brief(register, u, True) for u in register.predecessors(unit)],
        "by_former_name": former,
    }


def as_json(found: list[dict]) -> str:
    return json.dumps(found, ensure_ascii=False, indent=2)


def as_text(found: list[dict]) -> str:
    lines: list[str] = []
    for answer in found:
        candidates = answer["candidates"]
        count = f"{len(candidates)} candidates" if len(candidates) != 1 else "1 candidate"
        lines.append(f"{answer['query']}: {count if candidates else 'no unit of the register has this name'}")
        for c in candidates:
            where = ", ".join(p["name"] for p in c["parents"])
            line = f"  {c['code']:<6} {c['name']}{', ' + where if where else ''} [{c['structure']}]"
            if c["by_former_name"]:
                line += " (by a former name)"
            if c["structure"] == PRE2025:
                line += f" → from {CUTOVER}: " + _list(c["successors"])
            elif c["predecessors"]:
                line += " ← formed from: " + _list(c["predecessors"])
            lines.append(line)
    return "\n".join(lines)


def _list(units: list[dict]) -> str:
    """ "Phường Cửa Nam, Phường Hồng Hà (Thành phố Hà Nội)": units grouped by their top parent."""
    groups: dict[str, list[str]] = {}
    for u in units:
        top = u["parents"][-1]["name"] if u["parents"] else ""
        groups.setdefault(top, []).append(f"{u['name']} {u['code']}")
    return "; ".join(f"{', '.join(names)}{f' ({top})' if top else ''}" for top, names in groups.items())
