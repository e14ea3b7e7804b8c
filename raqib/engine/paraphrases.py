"""Paraphrase families: the set phrases news writing uses for one act.

A desk writes a concept as the words it thinks in ("withdraw", "freeze",
تجميد); the press also says "suspended its participation" or وقف نشاطها. Bare
synonyms would be too broad (تعليق is also "comment", وقف also the start of
وقف إطلاق النار), so a family lists whole phrases, and a concept gets them
only when at least two of its own words belong to the family's sense: the
user's list says which sense of "freeze" is meant (membership, not assets).
The families are data: ``raqib/lexicon/language/paraphrases.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import product
from pathlib import Path

import yaml

from raqib.analysis.affixes import concept_word_keys
from raqib.analysis.tokens import tokenize

PARAPHRASES_FILE = Path(__file__).resolve().parents[1] / "lexicon" / "language" / "paraphrases.yaml"
MIN_SHARED_WORDS = 2
# "{its}" in a phrase: nothing, or one determiner ("suspended our participation").
POSSESSIVES = ("", "its", "their", "our", "his", "her", "the", "a", "an")


@dataclass(frozen=True, slots=True)
class Family:
    name: str
    sense: frozenset[str]  # inflection keys of the one-word names of the act
    phrases: tuple[str, ...]  # expanded set phrases, any language


def _word_keys(word: str) -> frozenset[str]:
    toks = tokenize(word)
    if len(toks) != 1:
        return frozenset()
    return frozenset(concept_word_keys(toks[0].norm))


def expand(phrase: str) -> list[str]:
    """A phrase with its optional slots filled every allowed way."""
    parts = [POSSESSIVES if w == "{its}" else (w,) for w in phrase.split()]
    return [" ".join(w for w in combo if w) for combo in product(*parts)]


@lru_cache(maxsize=1)
def families() -> tuple[Family, ...]:
    """The built-in paraphrase families."""
    with open(PARAPHRASES_FILE, encoding="utf-8") as f:
        data = yaml.safe_load(f)
    out = []
    for name, fam in data["families"].items():
        sense = frozenset(k for w in fam["sense"] for k in _word_keys(w))
        phrases = tuple(dict.fromkeys(x for p in fam["phrases"] for x in expand(p)))
        out.append(Family(name, sense, phrases))
    return tuple(out)


def families_for(concept_words: list[str]) -> list[Family]:
    """The families a concept's words name: those with at least two of its words in their sense."""
    keyed = [_word_keys(w) for w in concept_words]
    return [fam for fam in families() if sum(1 for ks in keyed if ks & fam.sense) >= MIN_SHARED_WORDS]


def paraphrases_for(concept_words: list[str]) -> list[str]:
    """The family phrases a concept also matches."""
    return [phrase for fam in families_for(concept_words) for phrase in fam.phrases]
