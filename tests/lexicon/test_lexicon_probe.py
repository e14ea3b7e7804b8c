"""Held-out-style probe of the built-in lexicon: English-only rules against Arabic news.

Desk editors who read no Arabic write rules in bare English words
(``all: [Iran, sanctions]``); the Arabic press is found only through the
built-in lexicon. This file measures that reach on sentences written for it
(none copied from the evaluation articles), phrased the way Arabic wire copy
(Reuters, AFP, Anadolu, Sputnik Arabic) states each act: verb forms, plurals,
clitics and set phrases, plus an English sentence or two. Every concept also has
negative sentences, where a word of the concept stands in another sense.

Kinds of probe:

- ``P``  must be found;
- ``N``  must not be found (a word of the concept in another sense);
- ``XP`` a known miss: asserted NOT found, with the engine change it needs;
- ``XN`` a known false alarm: asserted found, with the reason it is accepted
  or the engine change it needs.

An ``XP``/``XN`` that starts to behave fails the test on purpose: move it to
``P``/``N`` then. ``uv run python tests/lexicon/test_lexicon_probe.py`` prints
found / positives and false alarms / negatives per group and per language.
The sentences are in ``lexicon_probe.yaml``.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

CASES = Path(__file__).with_name("lexicon_probe.yaml")


@dataclass(frozen=True)
class Probe:
    group: str
    terms: tuple[str, ...]  # one term: `match: term`; more: `all: [...]` within a sentence
    text: str
    kind: str  # P, N, XP, XN
    why: str = ""

    @property
    def expect(self) -> bool:
        """Found? P and XN are; N and XP are not."""
        return self.kind in ("P", "XN")


def _read_probes() -> list[Probe]:
    data = yaml.safe_load(CASES.read_text(encoding="utf-8"))
    return [Probe(group, tuple(item[1]), item[2], item[0], *item[3:]) for group, items in data.items() for item in items]


PROBES = _read_probes()

# --- the rules ---------------------------------------------------------------------------


def _rule_yaml() -> tuple[str, dict[tuple[str, ...], str]]:
    ids: dict[tuple[str, ...], str] = {}
    lines = ["version: 1", "rules:"]
    for p in PROBES:
        if p.terms in ids:
            continue
        rid = ids[p.terms] = f"probe-{len(ids)}"
        lines.append(f"  - id: {rid}")
        lines.append(f"    title: {json.dumps(' + '.join(p.terms), ensure_ascii=False)}")
        if len(p.terms) == 1:
            lines.append(f"    match: {json.dumps(p.terms[0], ensure_ascii=False)}")
        else:
            terms = ", ".join(json.dumps(t, ensure_ascii=False) for t in p.terms)
            lines.append(f"    match: {{all: [{terms}], within: sentence}}")
    return "\n".join(lines) + "\n", ids


def _lang(text: str) -> str:
    return "ar" if re.search("[\u0600-\u06ff]", text) else "en"


def load_probe_rules(tmp_dir):
    from raqib import load_rules

    text, ids = _rule_yaml()
    path = tmp_dir / "probe.yaml"
    path.write_text(text, encoding="utf-8")
    return load_rules(tmp_dir), ids


def found(watchlist, ids, p: Probe) -> bool:
    hits = {m.rule.id for m in watchlist.match({"id": "p", "lang": _lang(p.text), "title": "", "text": p.text})}
    return ids[p.terms] in hits


@pytest.fixture(scope="module")
def probe_rules(tmp_path_factory):
    return load_probe_rules(tmp_path_factory.mktemp("probe"))


def test_every_rule_term_resolves_to_the_lexicon(probe_rules):
    """The probe's English words name built-in entities and concepts, not literal keywords."""
    wl, _ = probe_rules
    keywords = sorted({t.text for t in wl.compiled.terms if t.resolved.kind == "keyword"})
    assert keywords == []


def test_every_concept_is_probed():
    import yaml

    from raqib.lexicon import builtin_paths

    concepts = {c for path in builtin_paths() for c in (yaml.safe_load(path.read_text(encoding="utf-8")).get("concepts") or {})}
    probed = {p.group for p in PROBES}
    assert concepts <= probed


def test_known_misses_say_why():
    assert all(p.why for p in PROBES if p.kind in ("XP", "XN"))


# Words a desk writes as a bare term, and the built-in concept each must resolve to (a bare
# term resolves by its exact words; an unresolved one is an English-only literal keyword).
DESK_WORDS = {
    "airstrikes": "airstrike",
    "air strikes": "airstrike",
    "drones": "drone",
    "missiles": "missile",
    "rockets": "missile",
    "attacks": "attack",
    "raid": "attack",
    "truce": "ceasefire",
    "protests": "protest",
    "protesters": "protest",
    "elections": "election",
    "referendum": "election",
    "arrests": "arrest",
    "arrested": "arrest",
    "killed": "killing",
    "killings": "killing",
    "massacre": "killing",
    "explosions": "explosion",
    "bombing": "explosion",
    "hostages": "hostage",
    "kidnapped": "kidnapping",
    "earthquakes": "earthquake",
    "floods": "flood",
    "wildfires": "fire",
    "curfew": "state-of-emergency",
    "tariff": "tariffs",
    "settlers": "settlements",
    "spying": "espionage",
    "famine": "famine",
    "genocide": "genocide",
    "death penalty": "execution",
    "set free": "release",
    "migrants": "migration",
    "corruption": "corruption",
    "bailout": "loan",
    "LNG": "gas",
}


def test_desk_words_resolve_to_concepts(probe_rules):
    from raqib.engine.resolve import Resolver

    resolver = Resolver(probe_rules[0].ruleset.definitions)
    assert {w: resolver.lookup(w) for w in DESK_WORDS} == DESK_WORDS


@pytest.mark.parametrize("p", PROBES, ids=[f"{p.group}-{p.kind}-{i}" for i, p in enumerate(PROBES)])
def test_probe(probe_rules, p):
    wl, ids = probe_rules
    assert found(wl, ids, p) is p.expect, (p.kind, p.terms, p.text, p.why)


if __name__ == "__main__":  # a score table: uv run python tests/lexicon/test_lexicon_probe.py
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        wl, ids = load_probe_rules(Path(d))
        score: dict[str, Counter] = defaultdict(Counter)
        for p in PROBES:
            f = found(wl, ids, p)
            positive = p.kind in ("P", "XP")
            score[p.group]["pos" if positive else "neg"] += 1
            if positive and f:
                score[p.group]["found"] += 1
            if not positive and f:
                score[p.group]["false"] += 1
            if f is not p.expect:
                print(f"UNEXPECTED {p.kind} {p.group} {p.terms}: {p.text}")
        by_lang: dict[str, Counter] = defaultdict(Counter)
        for p in PROBES:
            c, positive = by_lang[_lang(p.text)], p.kind in ("P", "XP")
            c["pos" if positive else "neg"] += 1
            c["found" if positive else "false"] += found(wl, ids, p)
        for lang, c in sorted(by_lang.items()):
            print(f"{'lang ' + lang:20s} found {c['found']}/{c['pos']}  false alarms {c['false']}/{c['neg']}")
        total = Counter()
        for g, c in score.items():
            total.update(c)
            print(f"{g:20s} found {c['found']}/{c['pos']}  false alarms {c['false']}/{c['neg']}")
        print(f"{'TOTAL':20s} found {total['found']}/{total['pos']}  false alarms {total['false']}/{total['neg']}")
