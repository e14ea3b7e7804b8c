"""The benchmark workload: deterministic for a seed, accepted by the real engine, and some articles match."""

from __future__ import annotations

from pathlib import Path

import raqib
from benchmarks import workload as W


def _files(tmp: Path, seed: int, size: int) -> dict[str, str]:
    paths = W.write_rules(W.make_rules(seed, size), tmp)
    return {p.name: p.read_text() for p in paths}


def test_same_seed_same_workload(tmp_path: Path) -> None:
    a = _files(tmp_path / "a", 7, 150)
    b = _files(tmp_path / "b", 7, 150)
    assert a == b
    assert list(W.articles(7, 5)) == list(W.articles(7, 5))
    assert _files(tmp_path / "c", 8, 150) != a
    assert list(W.articles(8, 3)) != list(W.articles(7, 3))


def test_rule_sets_are_nested(tmp_path: Path) -> None:
    small, big = W.make_rules(3, 50), W.make_rules(3, 200)
    assert big.rules[:50] == small.rules


def test_articles_look_like_news() -> None:
    arts = list(W.articles(1, 40))
    langs = [a["lang"] for a in arts]
    assert 0.6 <= langs.count("ar") / len(arts) <= 0.95
    for a in arts:
        size = len((a["title"] + "\n" + a["text"]).encode())
        assert 3_500 <= size <= 8_000


def test_engine_accepts_rules_and_some_articles_match(tmp_path: Path) -> None:
    wl = W.make_rules(1, 300)
    paths = W.write_rules(wl, tmp_path)
    watch = raqib.load_rules(paths, builtin=True)
    assert len(watch.rules) == 300
    results = [watch.match(a) for a in W.articles(1, 30)]
    matched_rules = {m.rule.id for ms in results for m in ms}
    assert sum(1 for ms in results if ms) >= 3  # some articles match
    assert len(matched_rules) < 300 / 2  # most rules do not
    kinds = {type(r["match"]).__name__ for r in wl.rules}
    assert kinds == {"str", "dict"}
    assert any("regex" in str(r["match"]) for r in W.make_rules(1, 2000).rules)


def test_names_are_not_spelled_like_the_articles_common_words() -> None:
    common = W._vocabulary_skeletons()
    assert W.skeleton("بعد") in common and W.skeleton("وكالة") in common and W.skeleton("Million") in common
    kind_words = {w for pair in W.ORG_WORDS for w in pair}
    for i in range(500):
        e = W.entity(1, i)
        for name in e.ar[:1] + e.en[:1]:  # later names may join two words (a second spelling)
            for word in name.split():
                if word not in kind_words:
                    assert W.skeleton(word) not in common, (e.id, word)
