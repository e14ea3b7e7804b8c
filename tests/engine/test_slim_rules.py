"""What a compiled watch list keeps of its rules: slim records, equal to what validation gives."""

import pickle

import pytest

from raqib import RuleFileErrors, load_rules
from raqib.engine.results import RuleInfo
from raqib.engine.rulefile import EntityInfo, RuleSpec

RULES = """\
version: 1
entities:
  acme:
    label: Acme Corp
    names: {en: [Acme Corporation, Acme], ar: [أكمي]}
    transliterate: false
rules:
  - id: one
    title: "  Acme news  "
    match: acme
    severity: high
    notify: "#desk"
    tags: [business, acme]
  - id: two
    title: Two
    match: {all: [acme, {phrase: annual report}], within: sentence}
    lang: en
    scope: page
    min_mentions: 2
    tests:
      - text: "Acme Corporation published its annual report. Acme said so."
        expect: match
"""


@pytest.fixture()
def wl(tmp_path):
    path = tmp_path / "rules.yaml"
    path.write_text(RULES, encoding="utf-8")
    return load_rules(path, builtin=False)


def test_rule_info_equals_a_validated_one(wl):
    one, two = wl.rules
    assert one.info == RuleInfo(id="one", title="Acme news", severity="high", notify=("#desk",), tags=("business", "acme"))
    assert two.info == RuleInfo(id="two", title="Two")
    assert one.info.model_fields_set == set(RuleInfo.model_fields)
    assert one.info.model_dump(exclude_unset=True) == one.info.model_dump()
    assert pickle.loads(pickle.dumps(one.info)) == one.info
    # the fields-set is shared between rules; a copy with changes must not touch the others'
    copy = one.info.model_copy(update={"title": "changed"})
    assert copy.title == "changed" and one.info.title == "Acme news"
    assert two.info.model_fields_set == set(RuleInfo.model_fields)


def test_rule_record_keeps_what_matching_and_tests_use(wl):
    one, two = wl.rules
    assert isinstance(one.loaded.model, RuleSpec)
    assert (two.loaded.model.lang, two.loaded.model.scope, two.loaded.model.min_mentions) == (("en",), "page", 2)
    assert (two.lang, two.scope, two.min_mentions) == (frozenset({"en"}), "page", 2)
    assert two.loaded.model.tests[0].expect == "match"
    assert one.loaded.model.id == "one" and one.loaded.model.severity == "high"
    assert not hasattr(one.loaded.model, "match")  # the raw YAML expression is not kept
    assert (one.loaded.loc.line, one.loaded.loc.col) == (8, 5)  # the rule's item
    assert (one.loaded.id_loc.line, one.loaded.id_loc.col) == (8, 9)  # its id's value
    assert two.loaded.loc.line == 14


def test_entity_definition_is_slim(wl):
    d = wl.ruleset.definitions["acme"]
    assert d.entity == EntityInfo("Acme Corp", False)
    assert d.words == {"en": ("Acme Corporation", "Acme"), "ar": ("أكمي",)}
    assert str(d.loc).endswith(":3:3")


def test_term_sets_are_sorted_tuples(wl):
    for rule in wl.rules:
        assert rule.terms == tuple(sorted(set(rule.terms)))
        assert all(req == tuple(sorted(set(req))) for req in rule.required)
    for p in wl.compiled.patterns:
        assert all(w == tuple(sorted(set(w))) for w in p.words)


def test_duplicate_rule_ids_in_one_file_and_across_files(tmp_path):
    a = tmp_path / "a.yaml"
    b = tmp_path / "b.yaml"
    a.write_text("version: 1\nrules:\n  - id: x\n    title: X\n    match: x\n  - id: x\n    title: X2\n    match: y\n")
    b.write_text("version: 1\nrules:\n  - id: x\n    title: X3\n    match: z\n")
    with pytest.raises(RuleFileErrors) as e:
        load_rules([a, b], builtin=False)
    first, second = e.value.errors
    # as before the change: the id's value, in the same file; the rule's item, in an earlier file
    assert str(first.location) == f"{a}:6:9" and f"{a}:3:9 " in str(first)
    assert str(second.location) == f"{b}:3:9" and f"{a}:3:5 " in str(second)
