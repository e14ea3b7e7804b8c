"""The scanner's transliteration prefilter never drops a pair that ``translit.similar`` accepts.

``translit_filter.KeyGroup`` keeps, per phonetic key, bit masks of facts that ``similar``
checks (consonant tags, where vowels are written) and skips the candidates that
cannot pass. That is only an optimization if every skipped pair would have been
rejected anyway: checked here on real names (the built-in lexicon), synthetic
names and article words of the benchmark workload, with clitics.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from pathlib import Path

import yaml

from benchmarks import workload as W
from raqib.analysis import translit
from raqib.analysis.affixes import clitic_readings
from raqib.analysis.chars import is_arabic
from raqib.analysis.tokens import tokenize, words
from raqib.engine.patterns import Pattern
from raqib.engine.translit_filter import KeyGroup
from raqib.lexicon import builtin_paths


def _lexicon_words() -> set[str]:
    out: set[str] = set()
    for path in builtin_paths():
        doc = yaml.safe_load(Path(path).read_text()) or {}
        for ent in (doc.get("entities") or {}).values():
            for names in ((ent or {}).get("names") or {}).values():
                for name in names:
                    out.update(words(name))
    return out


def _synthetic_words(n: int) -> set[str]:
    out: set[str] = set()
    for i in range(n):
        e = W.entity(1, i)
        for name in e.ar + e.en:
            out.update(translit.merge_article(words(name)))
    return out


def _patterns(k: str, w: str) -> list[tuple[Pattern, int | None]]:
    """A one-word name, a short strict one and a word of a longer name, with the guard each is checked with."""
    one = (frozenset({f"t:{k}"}),)
    return [
        (Pattern(0, w, "translit", one, (w,), (False,)), None),
        (Pattern(0, w, "translit", one, (w,), (False,), strict=True), 2),
        (Pattern(0, w, "translit", one + (frozenset({"t:RR"}),), (w, "rar"), (False, False)), 1),
    ]


@lru_cache(maxsize=1)
def _workload() -> tuple[dict, dict, list[str]]:
    """(patterns by key, key groups, article words) of real and synthetic names."""
    names = _lexicon_words() | _synthetic_words(2000)
    by_key: dict[str, list[tuple[Pattern, int | None]]] = defaultdict(list)
    for w in sorted(names):
        k = translit.phonetic_key(w, 1)
        if k:
            by_key[k] += _patterns(k, w)
    groups = {k: KeyGroup(k, list(range(len(ps))), [p for p, _ in ps]) for k, ps in by_key.items()}
    article_words = set(names)
    for i in range(40):
        a = W.article(1, i)
        article_words.update(t.norm for t in tokenize(a["title"] + "\n" + a["text"]))
    arabic = [w for w in names if is_arabic(w)]
    article_words.update(c + w for w in arabic for c in ("و", "ب", "ال", "وال"))
    return by_key, groups, sorted(article_words)


def test_prefilter_keeps_every_similar_pair():
    by_key, groups, article_words = _workload()
    checked = skipped = 0
    for norm in article_words:
        for r in clitic_readings(norm):
            k = translit.phonetic_key(r, 1)
            if k not in groups:
                continue
            kept = set(groups[k].candidates(k, norm))
            for b, (p, floor) in enumerate(by_key[k]):
                if translit.similar(p.norms[0], r, floor):
                    checked += 1
                    assert b in kept, (p.norms[0], floor, norm, r)
                elif b not in kept:
                    skipped += 1
    assert checked > 1000  # the test saw many accepted pairs
    assert skipped > checked  # and the prefilter does skip most of the others


def test_spelling_check_by_reading_masks_is_the_full_check():
    """``spelled`` with each reading's mask (only the readings the mask keeps, their consonants taken
    as agreeing) gives the readings the full check on every reading gives."""
    _, groups, article_words = _workload()
    compared = spelled = 0
    for norm in article_words:
        for k in {translit.phonetic_key(r, 1) for r in clitic_readings(norm)} & groups.keys():
            group = groups[k]
            rs = group.readings(k, norm)
            masks = [group.reading_mask(pr) for _, pr in rs]
            for cls in group.classes(k, norm, rs, masks):
                full = group.spelled(cls, k, rs)
                assert group.spelled(cls, k, rs, masks) == full, (norm, k, group.cls_rep[cls].norms)
                compared += 1
                spelled += bool(full)
    assert spelled > 1000 and compared > spelled  # many of both outcomes were compared
