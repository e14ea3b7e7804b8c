"""Rule files: every broken fixture gives the right file and line; valid ones load beside them."""

from pathlib import Path

import pytest

from raqib import RuleFileErrors, load_rules
from raqib.engine.model import json_schema

FILES = Path(__file__).parent.parent / "files"
BROKEN = FILES / "broken"


@pytest.mark.parametrize(
    ("name", "line", "fragment"),
    [
        ("bad-indent.yaml", 5, "not valid YAML"),
        ("unknown-field.yaml", 6, "unknown field `notfiy` — did you mean `notify`?"),
        ("bad-severity.yaml", 6, "`severity`"),
        ("unknown-id.yaml", 11, "unknown id `nagorno-karabah` — did you mean `nagorno-karabakh`?"),
        ("bad-regex.yaml", 6, "invalid regular expression"),
        ("empty-all.yaml", 6, "empty `all`"),
        ("failing-test.yaml", 9, "test 2: expected match, got no match"),
    ],
)
def test_broken_file_is_located(name, line, fragment):
    with pytest.raises(RuleFileErrors) as e:
        load_rules(BROKEN / name, builtin=False)
    (err,) = e.value.errors
    assert err.location.path.endswith(name)
    assert err.location.line == line
    assert fragment in str(err)
    assert str(err).startswith(f"{BROKEN / name}:{line}:")


def test_duplicate_id_across_files_names_both_places():
    with pytest.raises(RuleFileErrors) as e:
        load_rules(BROKEN / "dup-across", builtin=False)
    (err,) = e.value.errors
    assert err.location.path.endswith("b.yaml") and err.location.line == 6
    assert "a.yaml:3:5" in str(err)


def test_every_problem_of_every_file_is_reported_at_once(tmp_path):
    (tmp_path / "one.yaml").write_text(
        "version: 1\nrules:\n  - id: a\n    title: A\n    match: {regex: '(x'}\n"
        "  - id: b\n    title: B\n    match: {any: [no-such-id]}\n"
        "  - id: c\n    title: C\n    severity: loud\n    match: x\n",
        encoding="utf-8",
    )
    (tmp_path / "two.yaml").write_text("version: 2\n", encoding="utf-8")
    with pytest.raises(RuleFileErrors) as e:
        load_rules(tmp_path, builtin=False)
    where = [(Path(err.location.path).name, err.location.line) for err in e.value.errors]
    assert where == [("one.yaml", 5), ("one.yaml", 8), ("one.yaml", 11), ("two.yaml", 1)]


@pytest.mark.parametrize(
    ("yaml_text", "fragment"),
    [
        ("version: 1\nrules:\n  - id: a\n    title: A\n    match: x\n    match: y\n", "duplicate key 'match'"),
        ("version: 1\nrules:\n  - id: Bad Id\n    title: A\n    match: x\n", "not a valid id"),
        ("version: 1\nrules:\n  - id: a\n    match: x\n", "missing required field `title`"),
        ("version: 1\nrules:\n  - id: a\n    title: A\n    match: {not: x}\n", "`not` is only allowed directly inside `all`"),
        ("version: 1\nrules:\n  - id: a\n    title: A\n    match: {all: [{not: x}]}\n", "only `not` parts"),
        ("version: 1\nrules:\n  - id: a\n    title: A\n    match: {all: [x], within: chapter}\n", "unknown window"),
        ("version: 1\nentities:\n  e:\n    label: E\n    names: {}\n", "`names`"),
        ("version: 1\nrules:\n  - id: a\n    title: A\n    match: {some: [x]}\n", "unknown expression key"),
    ],
)
def test_schema_and_expression_errors(tmp_path, yaml_text, fragment):
    f = tmp_path / "r.yaml"
    f.write_text(yaml_text, encoding="utf-8")
    with pytest.raises(RuleFileErrors) as e:
        load_rules(f, builtin=False)
    assert any(fragment in str(err) for err in e.value.errors), str(e.value)


def test_valid_directory_loads_beside_broken_ones():
    wl = load_rules(FILES / "valid", builtin=False)
    assert sorted(r.info.id for r in wl.rules) == ["csto-exit", "hmeimim", "port-regex"]
    hmeimim = next(r for r in wl.rules if r.info.id == "hmeimim")
    assert hmeimim.info.notify == ("#syria-desk",) and hmeimim.info.severity == "high"


def test_user_entity_replaces_builtin_with_a_note(tmp_path):
    builtin = tmp_path / "lexicon.yaml"
    builtin.write_text("version: 1\nentities:\n  gaza:\n    label: Gaza\n    names: {en: [Gaza]}\n", encoding="utf-8")
    user = tmp_path / "user" / "r.yaml"
    user.parent.mkdir()
    user.write_text(
        "version: 1\nentities:\n  gaza:\n    label: Gaza Strip\n    names: {en: [Gaza Strip]}\n"
        "rules:\n  - id: g\n    title: G\n    match: gaza\n",
        encoding="utf-8",
    )
    from raqib.engine.compile import compile_rules
    from raqib.engine.rulefile import read_rule_sets

    rs = read_rule_sets([user.parent], [builtin])
    assert rs.definitions["gaza"].entity.label == "Gaza Strip"
    assert any("replaces the built-in" in n for n in rs.notes)
    assert compile_rules(rs).rules[0].info.id == "g"


def test_json_schema_describes_rules_and_expressions():
    schema = json_schema()
    rule = schema["$defs"]["RuleDef"]
    assert set(rule["required"]) == {"id", "title", "match"}
    assert rule["properties"]["match"]["$ref"] == "#/$defs/expression"
    assert "oneOf" in schema["$defs"]["expression"]
