"""Match expressions: parsed from YAML into a small typed tree, collecting every error."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, Union

import re2

from raqib.engine.errors import ExpressionProblem, Location, RuleError
from raqib.engine.yamlload import Marks

def regex_options() -> re2.Options:
    """RE2 options for rule regexes: errors are reported by us, not logged by the library."""
    options = re2.Options()
    options.log_errors = False
    return options


Window = Union[Literal["sentence", "paragraph", "article"], int]
WINDOWS = ("sentence", "paragraph", "article")


@dataclass(frozen=True, slots=True)
class Term:
    """A leaf: a name, id or keyword (``auto``), a literal ``phrase``, or a ``regex``."""

    text: str
    kind: Literal["auto", "phrase", "regex"]
    loc: Location


@dataclass(frozen=True, slots=True)
class AnyOf:
    children: tuple[Expr, ...]
    loc: Location


@dataclass(frozen=True, slots=True)
class AllOf:
    children: tuple[Expr, ...]
    negated: tuple[Expr, ...]
    within: Window
    loc: Location


Expr = Union[Term, AnyOf, AllOf]

_FORMS = "a name or id, {any: [...]}, {all: [...], within: ...}, {phrase: ...} or {regex: ...}"


def parse_expression(raw: Any, path: tuple, marks: Marks, errors: list[RuleError]) -> Expr | None:
    """Parse a rule's ``match``; a bare term at rule level means ``{any: [term]}``."""
    expr = _parse(raw, path, marks, errors, allow_not=False)
    if isinstance(expr, Term):
        return AnyOf((expr,), expr.loc)
    return expr


def terms_of(expr: Expr) -> list[Term]:
    """Every leaf of an expression, negated ones included."""
    if isinstance(expr, Term):
        return [expr]
    out = [t for c in expr.children for t in terms_of(c)]
    if isinstance(expr, AllOf):
        out += [t for c in expr.negated for t in terms_of(c)]
    return out


def _parse(raw: Any, path: tuple, marks: Marks, errors: list[RuleError], allow_not: bool) -> Expr | None:
    loc = marks.at(path)
    if isinstance(raw, str):
        if not raw.strip():
            errors.append(ExpressionProblem("empty term", loc, "write a name, id or keyword"))
            return None
        return Term(raw.strip(), "auto", loc)
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        return Term(str(raw), "auto", loc)
    if not isinstance(raw, dict) or not raw:
        errors.append(ExpressionProblem(f"not an expression: {raw!r}", loc, f"write {_FORMS}"))
        return None
    keys = set(raw)
    if keys == {"phrase"} or keys == {"regex"}:
        (kind,) = keys
        value = raw[kind]
        if not isinstance(value, str) or not value.strip():
            errors.append(ExpressionProblem(f"`{kind}` needs a non-empty text", marks.at(path + (kind,)), ""))
            return None
        if kind == "regex":
            try:
                re2.compile(value, regex_options())
            except re2.error as e:
                reason = e.args[0].decode() if e.args and isinstance(e.args[0], bytes) else str(e)
                errors.append(
                    ExpressionProblem(
                        f"invalid regular expression {value!r}: {reason}",
                        marks.at(path + (kind,)),
                        "RE2 syntax: no backreferences or lookaround; use \\p{L} for letters, not \\w",
                    )
                )
                return None
        return Term(value.strip(), kind, loc)
    if keys == {"any"}:
        children = _children(raw["any"], path + ("any",), marks, errors, "any", allow_not=False)
        return AnyOf(tuple(c for c, _ in children), loc) if children is not None else None
    if "all" in keys and keys <= {"all", "within"}:
        within = _within(raw.get("within", "article"), path + ("within",), marks, errors)
        children = _children(raw["all"], path + ("all",), marks, errors, "all", allow_not=True)
        if children is None or within is None:
            return None
        pos = tuple(c for c, neg in children if not neg)
        neg = tuple(c for c, neg in children if neg)
        if not pos:
            errors.append(
                ExpressionProblem(
                    "`all` has only `not` parts, so it would match almost every article",
                    marks.at(path + ("all",)),
                    "add at least one term that must be present",
                )
            )
            return None
        return AllOf(pos, neg, within, loc)
    if keys == {"not"}:
        if not allow_not:
            errors.append(
                ExpressionProblem("`not` is only allowed directly inside `all`", loc, "write {all: [term, {not: other}]}")
            )
        return None
    unknown = ", ".join(sorted(str(k) for k in keys))
    errors.append(ExpressionProblem(f"unknown expression key(s): {unknown}", loc, f"write {_FORMS}"))
    return None


def _children(raw: Any, path: tuple, marks: Marks, errors: list[RuleError], op: str, allow_not: bool):
    if not isinstance(raw, list):
        raw = [raw] if raw is not None else []
    if not raw:
        errors.append(ExpressionProblem(f"empty `{op}`", marks.at(path), f"give `{op}` at least one term"))
        return None
    out, ok = [], True
    for i, item in enumerate(raw):
        if allow_not and isinstance(item, dict) and set(item) == {"not"}:
            child = _parse(item["not"], path + (i, "not"), marks, errors, allow_not=False)
            if child is None:
                ok = False
            else:
                out.append((child, True))
            continue
        child = _parse(item, path + (i,), marks, errors, allow_not=False)
        if child is None:
            ok = False
        else:
            out.append((child, False))
    return out if ok else None


def _within(raw: Any, path: tuple, marks: Marks, errors: list[RuleError]) -> Window | None:
    if raw in WINDOWS:
        return raw
    if isinstance(raw, int) and not isinstance(raw, bool) and raw >= 1:
        return raw
    errors.append(
        ExpressionProblem(
            f"unknown window {raw!r}",
            marks.at(path),
            "use sentence, paragraph, article, or a number of words such as 10",
        )
    )
    return None
