"""Loading rules again after an edit: only the changed file is parsed again, and the result is a fresh load's."""

from __future__ import annotations

from pathlib import Path

import raqib
from benchmarks import workload as W
from raqib.engine import compile as compile_module
from raqib.engine import rulefile


def _matches(watch, arts):
    return [[m.model_dump() for m in watch.match(a)] for a in arts]


def test_reload_parses_only_the_edited_file(tmp_path: Path, monkeypatch) -> None:
    paths = W.write_rules(W.make_rules(1, 2500), tmp_path)
    arts = list(W.articles(1, 20))
    raqib.load_rules(paths)
    edited = paths[-1]
    edited.write_text(edited.read_text().replace("title: Watch 2001\n", "title: Watch 2001 edited\n"))
    parsed: list[str] = []
    real = rulefile._parse_file
    monkeypatch.setattr(rulefile, "_parse_file", lambda name, *a: parsed.append(name) or real(name, *a))
    again = raqib.load_rules(paths)
    assert parsed == [str(edited)]
    assert any(r.info.title == "Watch 2001 edited" for r in again.rules)
    monkeypatch.setattr(rulefile, "_last_load", {})  # a cold load for comparison
    monkeypatch.setattr(compile_module, "_last_names", {})
    fresh = raqib.load_rules(paths)
    assert len(parsed) > 1
    assert _matches(again, arts) == _matches(fresh, arts)


def test_reload_reports_errors_of_unchanged_files_again(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\nrules:\n  - id: a\n    title: A\n    match: {any: []}\n")
    for _ in range(2):
        try:
            raqib.load_rules([bad])
        except raqib.RuleFileErrors as e:
            assert "bad.yaml:5" in str(e)
        else:
            raise AssertionError("an invalid file loaded")
