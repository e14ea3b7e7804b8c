"""Read rule files: YAML -> typed models and expressions, with every error located.

Structural checks are pydantic's (unknown fields, types, severities); each of
its errors is mapped back to the YAML line by its path. Expressions are parsed
apart, and ids are checked across all files, so one load reports every problem.
"""

from __future__ import annotations

import difflib
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from raqib.engine.errors import Location, ReferenceProblem, RuleError, RuleFileErrors, SchemaProblem
from raqib.engine.expressions import Expr, parse_expression
from raqib.engine.model import EntityDef, RuleDef, RuleFileModel, RuleTestCase
from raqib.engine.results import RuleInfo, build
from raqib.engine.yamlload import Marks, load_yaml

RULE_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True, slots=True)
class EntityInfo:
    """What is kept of an entity's definition (`EntityDef`) once read: its names are in ``Definition.words``."""

    label: str
    transliterate: bool


@dataclass(frozen=True, slots=True)
class Definition:
    """An entity or concept, where it was defined, and whether it is built in."""

    id: str
    entity: EntityInfo | None  # None for a concept
    words: dict[str, tuple[str, ...]]  # language -> names (entity) or words (concept)
    loc: Location
    builtin: bool


@dataclass(frozen=True, slots=True)
class RuleSpec:
    """What is kept of a rule's validated model (`RuleDef`) once read: everything but its raw ``match``
    (parsed into ``LoadedRule.expr``). A 100,000-rule set kept 100,000 pydantic models and their raw
    YAML expressions for the life of the watch list; the alert's part is built once, here."""

    info: RuleInfo
    lang: tuple[str, ...]
    scope: str
    min_mentions: int
    enabled: bool
    tests: tuple[RuleTestCase, ...]

    @property
    def id(self) -> str:
        return self.info.id

    @property
    def title(self) -> str:
        return self.info.title

    @property
    def severity(self) -> str:
        return self.info.severity

    @property
    def notify(self) -> tuple[str, ...]:
        return self.info.notify

    @property
    def tags(self) -> tuple[str, ...]:
        return self.info.tags


@dataclass(frozen=True, slots=True)
class LoadedRule:
    model: RuleSpec
    expr: Expr | None  # None: its expression has errors (reported), the rule is not used
    marks: Marks
    index: int  # position in its file's `rules` list

    @property
    def loc(self) -> Location:
        return self.marks.at(("rules", self.index))

    @property
    def id_loc(self) -> Location:
        return self.marks.at(("rules", self.index, "id"))


@dataclass
class RuleSet:
    """Everything read from a set of rule files, before compiling."""

    definitions: dict[str, Definition] = field(default_factory=dict)
    rules: list[LoadedRule] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    _ids: dict[str, LoadedRule] = field(default_factory=dict, repr=False)  # while reading: rules by id


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
    this_load: dict[tuple[str, bool], tuple[bytes, _ParsedFile]] = {}
    for path in builtin_paths:
        _read_one(path, result, errors, True, this_load)
    files = expand_paths(paths)
    if not files:
        errors.append(SchemaProblem("no rule files found", Location(", ".join(map(str, paths)) or "."), "give a .yaml file or a directory holding some"))
    for path in files:
        _read_one(path, result, errors, False, this_load)
        result.files.append(str(path))
    # keep what this load read for the next one (the last load's files only: no growth)
    global _last_load
    _last_load = this_load
    result._ids = {}
    if errors and raise_now:
        raise RuleFileErrors(errors)
    return result


@dataclass(frozen=True, slots=True)
class _ParsedFile:
    """What one file says on its own: its own errors, definitions and rules (before cross-file checks)."""

    errors: tuple[RuleError, ...]
    definitions: tuple[Definition, ...] | None  # None: the file's head is invalid, nothing of it is used
    rules: tuple[LoadedRule, ...]
    marks: Marks | None


# The files of the last load, by (path, built in): (digest of the text, what it said). A reload reads every
# file again but parses and validates only those whose text changed.
_last_load: dict[tuple[str, bool], tuple[bytes, _ParsedFile]] = {}


def _read_one(
    path: Path, result: RuleSet, errors: list[RuleError], builtin: bool, this_load: dict[tuple[str, bool], tuple[bytes, _ParsedFile]]
) -> None:
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        errors.append(SchemaProblem(f"cannot read the file: {e}", Location(name), "check the path and that it is UTF-8 text"))
        return
    key = (name, builtin)
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=20).digest()  # not the text: 80 MB at 100,000 rules
    got = _last_load.get(key)
    if got is not None and got[0] == digest:
        parsed = got[1]
    else:
        parsed = _parse_file(name, text, builtin)
    this_load[key] = (digest, parsed)
    errors += parsed.errors
    if parsed.definitions is None:
        return
    for d in parsed.definitions:
        _define(d, result, errors)
    # rules of earlier files (those kept) by id, then this file's; locations only for an error
    seen = result._ids
    here: dict[str, LoadedRule] = {}
    for r in parsed.rules:
        rid = r.model.id
        if rid in here or rid in seen:
            first = here[rid].id_loc if rid in here else seen[rid].loc
            errors.append(ReferenceProblem(f"rule id {rid!r} is also defined at {first}", r.id_loc, "give each rule its own id"))
            continue
        here[rid] = r
        if r.expr is not None:
            result.rules.append(r)
            seen[rid] = r


def _parse_file(name: str, text: str, builtin: bool) -> _ParsedFile:
    errors: list[RuleError] = []
    try:
        data, marks = load_yaml(text, name)
    except RuleError as e:
        return _ParsedFile((e,), None, (), None)
    if not isinstance(data, dict):
        problem = SchemaProblem("a rule file is a mapping with `version: 1`", Location(name, 1, 1), "start the file with `version: 1`")
        return _ParsedFile((problem,), None, (), marks)
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
    rules: list[tuple[int, RuleSpec]] = []
    for i, raw in enumerate(raw_rules or []):
        try:
            rules.append((i, _spec(RuleDef.model_validate(raw))))
        except ValidationError as e:
            errors += [_schema_error(err | {"loc": ("rules", i) + tuple(err["loc"])}, marks) for err in e.errors()]
    exprs = {
        i: parse_expression(raw["match"], ("rules", i, "match"), marks, errors)
        for i, raw in enumerate(raw_rules or [])
        if isinstance(raw, dict) and "match" in raw
    }
    if model is None:
        return _ParsedFile(tuple(errors), None, (), marks)
    definitions = []
    for kind, table in (("entity", model.entities), ("concept", model.concepts)):
        for id_, value in table.items():
            loc = marks.at(("entities" if kind == "entity" else "concepts", id_), key=True)
            entity = EntityInfo(value.label, value.transliterate) if kind == "entity" else None
            words = {_intern(k): tuple(v) for k, v in (value.names if entity else value).items()}
            definitions.append(Definition(id_, entity, words, loc, builtin))
    file_rules = tuple(LoadedRule(rule, exprs.get(i), marks, i) for i, rule in rules)
    return _ParsedFile(tuple(errors), tuple(definitions), file_rules, marks)


_intern_pool: dict = {}


def _intern(x):  # noqa: ANN001, ANN202
    """One object for equal short values repeated by many rules (severity, scope, language codes,
    tag and channel tuples): YAML makes a new string for every scalar."""
    return _intern_pool.setdefault(x, x) if len(_intern_pool) < 100_000 else x


# RuleInfo's fields, all given: one set shared by every RuleInfo built here (a set per instance
# is ~0.5 KB; frozen models never add to it, and copies copy it)
_INFO_FIELDS = set(RuleInfo.model_fields)


def _spec(m: RuleDef) -> RuleSpec:
    info = build(
        RuleInfo,
        {
            "id": m.id,
            "title": m.title,
            "severity": _intern(m.severity),
            "notify": _intern(tuple(map(_intern, m.notify))),
            "tags": _intern(tuple(map(_intern, m.tags))),
        },
        fields_set=_INFO_FIELDS,
    )
    return RuleSpec(info, _intern(tuple(map(_intern, m.lang))), _intern(m.scope), m.min_mentions, m.enabled, m.tests)


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
