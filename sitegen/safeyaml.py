"""YAML → Python values with bounded work, for every YAML the generator reads.

libyaml parses (into events, one at a time); the values are built here, not by PyYAML's
constructors, so that nothing is unbounded: nesting deeper than MAX_DEPTH, more than
MAX_VALUES values once aliases are expanded (ten lines of "billion laughs" would be
gigabytes), or numbers longer than MAX_DIGITS are errors with their line. Explicit tags
must fit their value (`!!int abc` is an error) and only plain data types are made.
Dates typed by YAML go through dates.parse_moment, like every other date.
"""

from __future__ import annotations

from typing import Any

import yaml
import yaml.constructor

from .dates import DateProblem, parse_moment

try:  # libyaml is ten times faster; fall back to pure Python where it is missing
    _Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _Loader = yaml.SafeLoader

MAX_DEPTH = 32
MAX_VALUES = 10_000
MAX_DIGITS = 40

_TAG = "tag:yaml.org,2002:"
_SCALAR_TAGS = {_TAG + name for name in ("str", "int", "float", "bool", "null", "timestamp")}
_KIND = {"int": "a whole number", "float": "a number", "bool": "true or false", "null": "empty"}
_constructor = yaml.constructor.SafeConstructor()
# First characters of the plain scalars YAML may read as something other than text ("" is null).
_IMPLICIT_FIRST = frozenset(_Loader.yaml_implicit_resolvers) | {""}


class YamlProblem(ValueError):
    """A value that cannot be read, at its line."""

    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


def load(text: str, first_line: int = 1) -> tuple[Any, dict[Any, int]]:
    """The single document in `text` (None when empty) and, when it is a mapping, the line
    of each of its keys, counting `first_line` for the text's first. Raises YamlProblem, or
    yaml.YAMLError for bad syntax."""
    builder = _Builder(_Loader(text), first_line)
    try:
        return builder.document()
    finally:
        builder.loader.dispose()


class _Builder:
    def __init__(self, loader: Any, first: int):
        self.loader = loader
        self.first = first
        self.anchors: dict[str, tuple[Any, int]] = {}  # anchor → (value, how many values it holds)
        self.count = 0
        self.key_lines: dict[Any, int] = {}

    def document(self) -> tuple[Any, dict[Any, int]]:
        events = self.loader
        events.get_event()  # stream start
        if events.check_event(yaml.StreamEndEvent):
            return None, {}
        events.get_event()  # document start
        value, _ = self.value(events.get_event(), 0, top=True)
        events.get_event()  # document end
        if not events.check_event(yaml.StreamEndEvent):
            line = events.peek_event().start_mark.line + self.first
            raise YamlProblem(line, "a second YAML document begins here: keep one block of keys")
        return value, self.key_lines

    def value(self, event: Any, depth: int, top: bool = False) -> tuple[Any, int]:
        """The value that `event` starts, and how many values it holds (aliases expanded)."""
        kind = type(event)
        if kind is yaml.ScalarEvent:  # most values: checked first
            self.count += 1
            if self.count > MAX_VALUES:
                self._too_many(event)
            value = self.scalar(event)
            if event.anchor is not None:
                self.anchors[event.anchor] = (value, 1)
            return value, 1
        if kind is yaml.AliasEvent:
            if event.anchor not in self.anchors:
                line = event.start_mark.line + self.first
                raise YamlProblem(line, f"*{event.anchor} names no anchor (&{event.anchor}) written before it")
            value, size = self.anchors[event.anchor]
            self.count += size
            if self.count > MAX_VALUES:
                self._too_many(event)
            return value, size
        if depth >= MAX_DEPTH:
            line = event.start_mark.line + self.first
            raise YamlProblem(line, f"values are nested more than {MAX_DEPTH} deep: flatten them")
        self.count += 1
        if kind is yaml.SequenceStartEvent:
            self._check_tag(event, "seq")
            value, size = self.sequence(depth)
        else:
            self._check_tag(event, "map")
            value, size = self.mapping(depth, top)
        if self.count > MAX_VALUES:
            self._too_many(event)
        if event.anchor is not None:
            self.anchors[event.anchor] = (value, size)
        return value, size

    def _too_many(self, event: Any) -> None:
        line = event.start_mark.line + self.first
        raise YamlProblem(
            line, f"more than {MAX_VALUES:,} values once aliases (*name) are expanded: write the values out"
        )

    def _check_tag(self, event: Any, kind: str) -> None:
        if event.tag not in (None, "!", _TAG + kind):
            line = event.start_mark.line + self.first
            raise YamlProblem(line, f"the tag {event.tag} is not supported here: remove it")

    def sequence(self, depth: int) -> tuple[list, int]:
        items: list = []
        size = 1
        get = self.loader.get_event
        while True:
            event = get()
            if type(event) is yaml.SequenceEndEvent:
                return items, size
            value, held = self.value(event, depth + 1)
            items.append(value)
            size += held

    def mapping(self, depth: int, top: bool) -> tuple[dict, int]:
        data: dict = {}
        lines: dict = {}
        merged: list[dict] = []
        size = 1
        get = self.loader.get_event
        while True:
            key_event = get()
            if type(key_event) is yaml.MappingEndEvent:
                break
            key_line = key_event.start_mark.line + self.first
            is_merge = (
                type(key_event) is yaml.ScalarEvent
                and key_event.value == "<<"
                and key_event.tag is None
                and key_event.implicit[0]
            )
            key, held = self.value(key_event, depth + 1)
            size += held
            if isinstance(key, (list, dict)):
                raise YamlProblem(key_line, "a key must be a word, not a list or a table: write key: value")
            value, held = self.value(get(), depth + 1)
            size += held
            if is_merge:  # "<<: *defaults" takes the keys of another mapping, where not given here
                for part in value if isinstance(value, list) else [value]:
                    if not isinstance(part, dict):
                        raise YamlProblem(key_line, "<< merges a table of keys (<<: *name), not a single value")
                    merged.append(part)
                continue
            if key in data:
                raise YamlProblem(key_line, f"{key}: given twice (also on line {lines[key]}): keep one")
            data[key] = value
            lines[key] = key_line
        for part in merged:
            for key, value in part.items():
                data.setdefault(key, value)
        if top:
            self.key_lines = lines
        return data, size

    def scalar(self, event: Any) -> Any:
        value = event.value
        tag = event.tag
        if tag is None or tag == "!":
            if tag == "!" or not event.implicit[0] or value[:1] not in _IMPLICIT_FIRST:
                return value  # quoted, "!", or no implicit type starts with its first character: text
            tag = self.loader.resolve(yaml.ScalarNode, value, event.implicit)
        line = event.start_mark.line + self.first
        if tag not in _SCALAR_TAGS:
            raise YamlProblem(line, f"the tag {tag.replace(_TAG, '!!')} is not supported: remove it")
        kind = tag[len(_TAG) :]
        if kind == "str":
            return value
        if kind == "timestamp":
            try:
                return parse_moment(value)
            except DateProblem as err:
                raise YamlProblem(line, str(err)) from None
        if kind in ("int", "float") and sum(c.isdigit() for c in value) > MAX_DIGITS:
            raise YamlProblem(line, f"a number of more than {MAX_DIGITS} digits: put it in quotes if it is text")
        try:
            return getattr(_constructor, f"construct_yaml_{kind}")(yaml.ScalarNode(tag, value))
        except Exception:  # PyYAML's constructors raise KeyError, ValueError … for a value that does not fit
            shown = value if len(value) <= 40 else value[:40] + "…"
            raise YamlProblem(line, f'"{shown}" is not {_KIND[kind]}, as its tag !!{kind} says') from None
