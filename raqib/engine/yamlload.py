"""Safe YAML loading that keeps where every value came from.

The file is composed into nodes with PyYAML's SafeLoader (no arbitrary tags)
and converted to plain dicts, lists and scalars by hand, so that duplicate keys
are rejected (PyYAML silently keeps the last one) and each value's position is
kept in a side table keyed by its path (``("rules", 1, "match")``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from raqib.engine.errors import Location, SyntaxProblem

Path = tuple[Any, ...]


@dataclass
class Marks:
    """Positions of the values of one file, by path."""

    file: str
    by_path: dict[Path, tuple[int, int]] = field(default_factory=dict)
    key_at: dict[Path, tuple[int, int]] = field(default_factory=dict)

    def at(self, path: Path, *, key: bool = False) -> Location:
        """The location of the value at ``path`` (or its key), else of its nearest ancestor."""
        p = tuple(path)
        while True:
            table = self.key_at if key and p in self.key_at else self.by_path
            if p in table:
                line, col = table[p]
                return Location(self.file, line, col)
            if not p:
                return Location(self.file, 1, 1)
            p = p[:-1]


def load_yaml(text: str, file: str) -> tuple[Any, Marks]:
    """Parse YAML text into plain data and its marks; raise SyntaxProblem with the location."""
    marks = Marks(file)
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        where = Location(file, mark.line + 1, mark.column + 1) if mark else Location(file)
        problem = e.problem or str(e)
        raise SyntaxProblem(
            f"not valid YAML: {problem}" + (f" ({e.context})" if e.context else ""),
            where,
            "check the indentation and that every list item and key lines up with its siblings",
        ) from None
    except yaml.YAMLError as e:
        raise SyntaxProblem(f"not valid YAML: {e}", Location(file)) from None
    if node is None:
        return None, marks
    return _convert(node, (), marks), marks


def _convert(node: yaml.Node, path: Path, marks: Marks) -> Any:
    marks.by_path[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _scalar(key_node, marks)
            if not isinstance(key, str | int | float | bool) and key is not None:
                raise SyntaxProblem(
                    "a key must be a plain word",
                    Location(marks.file, key_node.start_mark.line + 1, key_node.start_mark.column + 1),
                )
            if key in out:
                first = marks.key_at[path + (key,)]
                raise SyntaxProblem(
                    f"duplicate key {key!r} (first at line {first[0]})",
                    Location(marks.file, key_node.start_mark.line + 1, key_node.start_mark.column + 1),
                    "remove one of them or merge their contents",
                )
            marks.key_at[path + (key,)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            out[key] = _convert(value_node, path + (key,), marks)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_convert(item, path + (i,), marks) for i, item in enumerate(node.value)]
    return _scalar(node, marks)


def _scalar(node: yaml.Node, marks: Marks) -> Any:
    if not isinstance(node, yaml.ScalarNode):
        return None
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_object(node, deep=True)
    except yaml.constructor.ConstructorError as e:
        raise SyntaxProblem(
            f"cannot read this value: {e.problem}",
            Location(marks.file, node.start_mark.line + 1, node.start_mark.column + 1),
        ) from None
    finally:
        loader.dispose()
