"""The rule tooling through the real `raqib` command: exit codes and output."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

FILES = Path(__file__).parent.parent / "files"


def raqib(*args, input=None):
    return subprocess.run(
        [sys.executable, "-m", "raqib.cli", *map(str, args)],
        capture_output=True, text=True, input=input, timeout=120,
    )


def test_check_valid_exits_0():
    r = raqib("rules", "check", FILES / "valid")
    assert r.returncode == 0, r.stderr
    assert "ok: 2 file(s), 3 rule(s)" in r.stdout


def test_check_says_which_paraphrase_families_a_concept_gets(tmp_path):
    (tmp_path / "r.yaml").write_text(
        "version: 1\nconcepts:\n  assets:\n    en: [freeze, asset]\n"
        "rules:\n  - id: a\n    title: Assets\n    match: assets\n",
        encoding="utf-8",
    )
    r = raqib("rules", "check", FILES / "valid", tmp_path)
    assert r.returncode == 0, r.stderr
    notes = [line for line in r.stdout.splitlines() if "(paraphrases)" in line]
    # syria.yaml's `leaving` lists withdraw, exit, freeze, انسحاب...: two words of each act
    assert notes == [
        f"note: {FILES / 'valid' / 'syria.yaml'}:17:3: concept 'leaving' also matches the set phrases of "
        "membership-exit, forces-drawdown (paraphrases)"
    ]


@pytest.mark.parametrize("name", ["bad-indent.yaml", "unknown-field.yaml", "bad-regex.yaml", "dup-across"])
def test_check_broken_exits_1_with_located_errors(name):
    r = raqib("rules", "check", FILES / "broken" / name)
    assert r.returncode == 1
    first = r.stderr.splitlines()[0]
    assert first.startswith(str(FILES / "broken" / name)) and first.split(":")[1].isdigit()
    assert "the rules were not loaded" in r.stderr


def test_test_command_reports_failures():
    ok = raqib("rules", "test", FILES / "valid")
    assert ok.returncode == 0 and "2 passed, 0 failed" in ok.stdout
    bad = raqib("rules", "test", FILES / "broken" / "failing-test.yaml")
    assert bad.returncode == 1
    assert "1 passed, 1 failed" in bad.stdout and "failing-test.yaml:9:" in bad.stdout


def test_schema_is_json():
    r = raqib("rules", "schema")
    assert r.returncode == 0
    assert json.loads(r.stdout)["properties"]["rules"]


def test_explain_shows_hits_and_near_misses(tmp_path):
    article = tmp_path / "a.json"
    article.write_text(json.dumps({
        "id": "e1", "title": "",
        "text": "قال إن أرمينيا قد تنسحب من منظمة معاهدة الأمن الجماعي.\nوهبطت طائرات في مطار آخر.",
    }, ensure_ascii=False), encoding="utf-8")
    r = raqib("explain", "--rules", FILES / "valid", article)
    assert r.returncode == 0, r.stderr
    assert "MATCH csto-exit" in r.stdout and "تنسحب" in r.stdout and "(inflected)" in r.stdout
    txt = tmp_path / "b.txt"
    txt.write_text("أرمينيا عضو في منظمة معاهدة الأمن الجماعي. وبدأت روسيا الانسحاب من سوريا.", encoding="utf-8")
    r = raqib("explain", "--rules", FILES / "valid", txt)
    assert "near  csto-exit" in r.stdout and "not together within one sentence" in r.stdout


def test_backtest_jsonl_and_table(tmp_path):
    articles = tmp_path / "a.jsonl"
    lines = [
        {"id": "1", "title": "حميميم", "text": "هبطت طائرات في قاعدة حميميم الجوية."},
        {"id": "2", "title": "", "text": "لا شيء هنا."},
        "not json",
        {"id": "3", "title": "Exit", "text": "Armenia may withdraw from the CSTO, officials said."},
    ]
    articles.write_text("\n".join(l if isinstance(l, str) else json.dumps(l, ensure_ascii=False) for l in lines), encoding="utf-8")
    r = raqib("backtest", "--rules", FILES / "valid", "--articles", articles, "--format", "jsonl")
    assert r.returncode == 0, r.stderr
    rows = [json.loads(l) for l in r.stdout.splitlines()]
    assert {(x["article_id"], x["rule_id"]) for x in rows} == {("1", "hmeimim"), ("3", "csto-exit")}
    assert all({"severity", "hits", "snippet"} <= set(x) for x in rows)
    assert "**حميميم**" in rows[0]["snippet"]
    assert "a.jsonl:3: skipped" in r.stderr
    t = raqib("backtest", "--rules", FILES / "valid", "--articles", articles)
    assert t.returncode == 0 and "csto-exit" in t.stdout and "critical" in t.stdout


def test_suggest_prints_spellings_and_those_found(tmp_path):
    articles = tmp_path / "a.jsonl"
    articles.write_text(
        json.dumps({"id": "1", "title": "", "text": "قال لافروف إن. وأكد لافروف. Lavrov said"}, ensure_ascii=False),
        encoding="utf-8",
    )
    r = raqib("rules", "suggest", "Lavrov", "--articles", articles)
    assert r.returncode == 0, r.stderr
    generated, found = r.stdout.split("found in")
    assert "لافروف" in generated.splitlines()[1]
    assert "لافروف  (2×)" in found and "lavrov" not in found
