"""Safe YAML loading that can say where every value came from.

Loading takes libyaml's safe loader (no arbitrary tags), made to refuse
duplicate keys (PyYAML silently keeps the last one). Positions are found only
when asked for: the first question re-reads the file through the composer and
keeps each value's line and column in a side table keyed by its path
(``("rules", 1, "match")``). Only files with problems pay for it.
"""

from __future__ import annotations

import zlib
from typing import Any

import yaml

from raqib.engine.errors import Location, SyntaxProblem

Path = tuple[Any, ...]

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Marks:
    """Positions of the values of one file, by path, found on first use."""

    def __init__(self, file: str, text: str = "") -> None:
        self.file = file
        # kept compressed: every loaded file's text lives as long as its rules, and is read
        # again only to locate a problem (a 100,000-rule set is 80 MB of text)
        self._text = zlib.compress(text.encode("utf-8"), 1)
        self._by_path: dict[Path, tuple[int, int]] | None = None
        self._key_at: dict[Path, tuple[int, int]] = {}

    def at(self, path: Path, *, key: bool = False) -> Location:
        """The location of the value at ``path`` (or its key), else of its nearest ancestor."""
        return Location(self.file, tuple(path), key, resolve=self)

    def __call__(self, p: Path, key: bool) -> tuple[int, int]:
        return self._find(p, key)

    def _find(self, p: Path, key: bool) -> tuple[int, int]:
        if self._by_path is None:
            self._by_path = {}
            node = yaml.compose(zlib.decompress(self._text).decode("utf-8"), Loader=_LOADER)
            if node is not None:
                _convert_all(node, self)
        while True:
            table = self._key_at if key and p in self._key_at else self._by_path
            if p in table:
                return table[p]
            if not p:
                return (1, 1)
            p = p[:-1]


_STR = "tag:yaml.org,2002:str"


class _DuplicateKey(Exception):
    pass


class _FastLoader(_LOADER):  # type: ignore[misc, valid-type]
    """libyaml's safe loader, refusing duplicate keys."""

    def construct_mapping(self, node, deep=False):  # noqa: ANN001, ANN201
        pairs = node.value
        if all(k.tag == _STR and isinstance(k, yaml.ScalarNode) for k, _ in pairs):
            # plain string keys (nearly every key): a string key is its scalar's value
            keys = [k.value for k, _ in pairs]
        else:
            keys = [repr(self.construct_object(k, deep=True)) for k, _ in pairs]
        if len(set(keys)) != len(keys):
            raise _DuplicateKey
        return super().construct_mapping(node, deep=deep)


def load_yaml(text: str, file: str) -> tuple[Any, Marks]:
    """Parse YAML text into plain data and its marks; raise SyntaxProblem with the location."""
    marks = Marks(file, text)
    try:
        return yaml.load(text, Loader=_FastLoader), marks
    except _DuplicateKey:
        pass  # the composer below finds it and says where
    except yaml.MarkedYAMLError as e:
        raise _syntax_problem(e, file) from None
    except yaml.YAMLError as e:
        raise SyntaxProblem(f"not valid YAML: {e}", Location(file)) from None
    node = yaml.compose(text, Loader=_LOADER)
    marks._by_path = {}
    return _convert_all(node, marks), marks


def _syntax_problem(e: yaml.MarkedYAMLError, file: str) -> SyntaxProblem:
    mark = e.problem_mark or e.context_mark
    where = Location(file, mark.line + 1, mark.column + 1) if mark else Location(file)
    problem = e.problem or str(e)
    return SyntaxProblem(
        f"not valid YAML: {problem}" + (f" ({e.context})" if e.context else ""),
        where,
        "check the indentation and that every list item and key lines up with its siblings",
    )


def _convert_all(node: yaml.Node, marks: Marks) -> Any:
    loader = yaml.SafeLoader("")  # one constructor for every scalar of the file
    try:
        return _convert(node, (), marks, loader)
    finally:
        loader.dispose()


def _convert(node: yaml.Node, path: Path, marks: Marks, loader: yaml.SafeLoader) -> Any:
    assert marks._by_path is not None
    marks._by_path[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _scalar(key_node, marks, loader)
            where = Location(marks.file, key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            if not isinstance(key, str | int | float | bool) and key is not None:
                raise SyntaxProblem("a key must be a plain word", where)
            if key in out:
                first = marks._key_at[path + (key,)]
                raise SyntaxProblem(
                    f"duplicate key {key!r} (first at line {first[0]})", where, "remove one of them or merge their contents"
                )
            marks._key_at[path + (key,)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            out[key] = _convert(value_node, path + (key,), marks, loader)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_convert(item, path + (i,), marks, loader) for i, item in enumerate(node.value)]
    return _scalar(node, marks, loader)


def _scalar(node: yaml.Node, marks: Marks, loader: yaml.SafeLoader) -> Any:
    if not isinstance(node, yaml.ScalarNode):
        return None
    try:
        return loader.construct_object(node, deep=True)
    except yaml.constructor.ConstructorError as e:
        raise SyntaxProblem(
            f"cannot read this value: {e.problem}",
            Location(marks.file, node.start_mark.line + 1, node.start_mark.column + 1),
        ) from None
