"""Read rule files: YAML -> typed models and expressions, with every error located.

Structural checks are pydantic's (unknown fields, types, severities); each of
its errors is mapped back to the YAML line by its path. Expressions are parsed
apart, and ids are checked across all files, so one load reports every problem.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from raqib.engine.errors import Location, ReferenceProblem, RuleError, RuleFileErrors, SchemaProblem
from raqib.engine.expressions import Expr, parse_expression
from raqib.engine.model import EntityDef, RuleDef, RuleFileModel
from raqib.engine.yamlload import Marks, load_yaml

RULE_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True, slots=True)
class Definition:
    """An entity or concept, where it was defined, and whether it is built in."""

    id: str
    entity: EntityDef | None  # None for a concept
    words: dict[str, list[str]]  # language -> names (entity) or words (concept)
    loc: Location
    builtin: bool


@dataclass(frozen=True, slots=True)
class LoadedRule:
    model: RuleDef
    expr: Expr
    loc: Location
    marks: Marks
    index: int  # position in its file's `rules` list


@dataclass
class RuleSet:
    """Everything read from a set of rule files, before compiling."""

    definitions: dict[str, Definition] = field(default_factory=dict)
    rules: list[LoadedRule] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, and the rule files under directories named, in a stable order."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.suffix in RULE_SUFFIXES and f.is_file())
        else:
            out.append(p)
    return out


def read_rule_sets(
    paths: Iterable[str | Path], builtin_paths: Iterable[Path] = (), errors: list[RuleError] | None = None
) -> RuleSet:
    """Read built-in then user files.

    Problems are appended to ``errors`` when it is given (so later stages can add
    theirs); otherwise RuleFileErrors is raised listing every problem.
    """
    raise_now = errors is None
    result, errors = RuleSet(), ([] if errors is None else errors)
    for path in builtin_paths:
        _read_one(path, result, errors, builtin=True)
    files = expand_paths(paths)
    if not files:
        errors.append(SchemaProblem("no rule files found", Location(", ".join(map(str, paths)) or "."), "give a .yaml file or a directory holding some"))
    for path in files:
        _read_one(path, result, errors, builtin=False)
        result.files.append(str(path))
    if errors and raise_now:
        raise RuleFileErrors(errors)
    return result


def _read_one(path: Path, result: RuleSet, errors: list[RuleError], builtin: bool) -> None:
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        errors.append(SchemaProblem(f"cannot read the file: {e}", Location(name), "check the path and that it is UTF-8 text"))
        return
    try:
        data, marks = load_yaml(text, name)
    except RuleError as e:
        errors.append(e)
        return
    if not isinstance(data, dict):
        errors.append(SchemaProblem("a rule file is a mapping with `version: 1`", Location(name, 1, 1), "start the file with `version: 1`"))
        return
    # Each rule is validated on its own, so one bad rule does not hide the problems of the others.
    raw_rules = data.get("rules")
    head = {k: v for k, v in data.items() if k != "rules"} | {"rules": []}
    if raw_rules is not None and not isinstance(raw_rules, list):
        errors.append(SchemaProblem("`rules` must be a list", marks.at(("rules",)), "write each rule as `- id: ...`"))
        raw_rules = []
    try:
        model = RuleFileModel.model_validate(head)
    except ValidationError as e:
        errors += [_schema_error(err, marks) for err in e.errors()]
        model = None
    rules: list[tuple[int, RuleDef]] = []
    for i, raw in enumerate(raw_rules or []):
        try:
            rules.append((i, RuleDef.model_validate(raw)))
        except ValidationError as e:
            errors += [_schema_error(err | {"loc": ("rules", i) + tuple(err["loc"])}, marks) for err in e.errors()]
    exprs = {
        i: parse_expression(raw["match"], ("rules", i, "match"), marks, errors)
        for i, raw in enumerate(raw_rules or [])
        if isinstance(raw, dict) and "match" in raw
    }
    if model is None:
        return
    for kind, table in (("entity", model.entities), ("concept", model.concepts)):
        for id_, value in table.items():
            loc = marks.at(("entities" if kind == "entity" else "concepts", id_), key=True)
            entity = value if kind == "entity" else None
            words = {k: list(v) for k, v in (value.names if entity else value).items()}
            _define(Definition(id_, entity, words, loc, builtin), result, errors)
    seen = {r.model.id: r.loc for r in result.rules}
    for i, rule in rules:
        expr = exprs.get(i)
        loc = marks.at(("rules", i, "id"))
        if rule.id in seen:
            errors.append(ReferenceProblem(f"rule id {rule.id!r} is also defined at {seen[rule.id]}", loc, "give each rule its own id"))
            continue
        seen[rule.id] = loc
        if expr is not None:
            result.rules.append(LoadedRule(rule, expr, marks.at(("rules", i)), marks, i))


def _define(d: Definition, result: RuleSet, errors: list[RuleError]) -> None:
    old = result.definitions.get(d.id)
    if old is None:
        result.definitions[d.id] = d
    elif old.builtin and not d.builtin:
        result.definitions[d.id] = d
        result.notes.append(f"{d.loc}: {d.id!r} replaces the built-in {('entity' if old.entity else 'concept')} of that id")
    else:
        what = "entity" if d.entity else "concept"
        errors.append(ReferenceProblem(f"{what} id {d.id!r} is also defined at {old.loc}", d.loc, "rename one of them; ids are unique across all loaded files"))


_FIELDS = {
    (): set(RuleFileModel.model_fields),
    ("rules",): set(RuleDef.model_fields),
    ("entities",): set(EntityDef.model_fields),
}


def _schema_error(err: dict[str, Any], marks: Marks) -> RuleError:
    loc = tuple(p for p in err["loc"] if p != "[key]")
    kind, msg = err["type"], err["msg"]
    where = marks.at(loc, key=kind == "extra_forbidden" or err["loc"][-1:] == ("[key]",))
    name = loc[-1] if loc else "file"
    if kind == "extra_forbidden":
        scope = _FIELDS.get(tuple(p for p in loc[:-1] if isinstance(p, str) and p in ("rules", "entities"))[-1:], set())
        close = difflib.get_close_matches(str(name), sorted(scope), n=1)
        fix = f"did you mean `{close[0]}`?" if close else f"allowed fields: {', '.join(sorted(scope))}" if scope else "remove it"
        return SchemaProblem(f"unknown field `{name}`", where, fix)
    if kind == "missing":
        return SchemaProblem(f"missing required field `{name}`", where, f"add `{name}:`")
    if kind == "string_pattern_mismatch":
        return SchemaProblem(f"`{err.get('input')}` is not a valid id or code here", where, "ids are lower-case slugs (letters, digits, - and _); language codes are like en, ar, ru")
    if kind == "literal_error" and name == "version":
        return SchemaProblem("unsupported version", where, "write `version: 1`")
    return SchemaProblem(f"`{name}`: {msg[0].lower() + msg[1:]}", where, "")
