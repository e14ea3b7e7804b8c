"""Rule errors: every one carries a location and says how to fix it.

``str(error)`` reads ``path:line:col: what is wrong — how to fix it``, the form
editors and terminals turn into links. Lines and columns are 1-based and come
from the YAML node marks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class Location:
    """Where in a rule file something is.

    Line and column may be resolved lazily (``resolve``): finding them means
    re-reading the file with node marks, which only an error needs. Until the
    first read, ``line`` and ``col`` are the arguments of ``resolve(line, col) ->
    (line, col)`` (for a YAML file: the value's path and whether its key is meant),
    so that one resolver serves a whole file and a lazy location is one object:
    a rule set keeps several per rule.
    """

    __slots__ = ("path", "_line", "_col", "_resolve")

    def __init__(
        self, path: str, line: Any = 0, col: Any = 0, resolve: Callable[[Any, Any], tuple[int, int]] | None = None
    ) -> None:
        self.path = path
        self._line, self._col, self._resolve = line, col, resolve

    def _resolved(self) -> None:
        if self._resolve is not None:
            self._line, self._col = self._resolve(self._line, self._col)
            self._resolve = None

    @property
    def line(self) -> int:  # 1-based; 0 = the file as a whole
        self._resolved()
        return self._line

    @property
    def col(self) -> int:
        self._resolved()
        return self._col

    def __str__(self) -> str:
        if not self.line:
            return self.path
        return f"{self.path}:{self.line}:{self.col}" if self.col else f"{self.path}:{self.line}"

    def __repr__(self) -> str:
        return f"Location({str(self)!r})"


class RuleError(Exception):
    """One problem in a rule file."""

    kind = "invalid"

    def __init__(self, message: str, location: Location, fix: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.location = location
        self.fix = fix

    def __str__(self) -> str:
        text = f"{self.location}: {self.message}"
        return f"{text} — {self.fix}" if self.fix else text


class SyntaxProblem(RuleError):
    """The file is not valid YAML, or has a duplicate key."""

    kind = "syntax"


class SchemaProblem(RuleError):
    """A field is unknown, missing, or of the wrong type or value."""

    kind = "schema"


class ReferenceProblem(RuleError):
    """A name refers to nothing, or an id is defined twice."""

    kind = "reference"


class ExpressionProblem(RuleError):
    """A match expression is empty, malformed, or has an invalid regular expression."""

    kind = "expression"


class RuleTestFailure(RuleError):
    """A rule's own `tests` case does not give the expected result."""

    kind = "test"


class RuleFileErrors(Exception):
    """Every problem found while loading rule files, in file and line order."""

    def __init__(self, errors: list[RuleError]) -> None:
        self.errors = sorted(errors, key=lambda e: (e.location.path, e.location.line, e.location.col))
        super().__init__("\n".join(str(e) for e in self.errors))
