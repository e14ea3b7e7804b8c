"""Terms -> patterns: sequences of token keys, the unit the index stores.

Every token of an article gets a set of keys (``keys.py``); a pattern word is a
set of keys too, and a pattern matches where consecutive tokens share a key
with each of its words. Keys are namespaced by how they match:

- ``n:`` a normalized word, or an Arabic reading of it without clitics (names, keywords)
- ``i:`` an inflection key (concept words)
- ``t:`` a phonetic key (transliteration of names)
- ``p:`` a prefix (a Latin keyword ending in ``*``)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from raqib.analysis import translit
from raqib.analysis.affixes import concept_word_keys
from raqib.analysis.chars import is_arabic, is_latin
from raqib.analysis.tokens import tokenize

Mode = Literal["name", "inflect", "translit"]
MIN_NAME_CLASSES = 4  # consonant classes a multi-word name needs to be transliterated


@dataclass(frozen=True, slots=True)
class Pattern:
    """One way a term can appear: a sequence of words, each a set of acceptable token keys."""

    term: int  # term number in the watchlist
    name: str  # the name or word as written in the rule
    mode: Mode
    # per word, the acceptable keys: a sorted tuple (usually one key; a frozenset of one is 216 bytes,
    # a tuple 56, and a 100,000-rule set has ~350,000 distinct ones); tested with ``isdisjoint``
    words: tuple[tuple[str, ...], ...]
    norms: tuple[str, ...]  # the normalized words, for explain and transliteration checks
    caps: tuple[bool, ...]  # per word: must be written in capitals (CSTO, NATO)
    anchor: int = 0  # the word the index holds: the most selective one
    texts: tuple[str, ...] = ()  # the words as written in the rule ("exact" means the article has them so)
    strict: bool = False  # a short name: every vowel must be written (translit.vowels_written)
    via: str = ""  # how a hit is reported when not by its mode: "paraphrase"

    @property
    def index_keys(self) -> tuple[str, ...]:
        return self.words[self.anchor]


def _is_acronym(word: str) -> bool:
    return 2 <= len(word) <= 5 and word.isascii() and word.isalpha() and word.isupper()


def name_patterns(term: int, name: str, *, transliterate: bool) -> list[Pattern]:
    """Patterns for a name or keyword: its words as written, and their transliterations."""
    prefix = name.rstrip().endswith("*") and is_latin(name)
    toks = tokenize(name.rstrip().rstrip("*"))
    if not toks:
        return []
    norms = tuple(t.norm for t in toks)
    keys = [(f"n:{n}",) for n in norms]
    if prefix:
        keys[-1] = (f"p:{norms[-1]}",)
    caps = tuple(_is_acronym(t.text) for t in toks)
    out = [Pattern(term, name, "name", tuple(keys), norms, caps, texts=tuple(t.text for t in toks))]
    if transliterate and not prefix and not any(caps):
        out += translit_patterns(term, name, norms)
    return out


def translit_patterns(term: int, name: str, norms: tuple[str, ...]) -> list[Pattern]:
    """A name's phonetic pattern, if every word of it can be keyed safely."""
    merged = tuple(translit.merge_article(list(norms))) if all(map(is_latin, norms)) else norms
    if not merged or any(w.isdigit() for w in merged):
        return []
    pkeys = [translit.phonetic_key(w) for w in merged]
    if len(merged) == 1 and pkeys[0] is None:
        short = translit.short_name_key(merged[0])
        if short is None:
            return []
        words = ((f"t:{short}",),)
        return [Pattern(term, name, "translit", words, merged, (False,), strict=True)]
    if len(merged) > 1 and None in pkeys:
        # Inside a longer name a short word may be keyed: the other words carry the evidence.
        pkeys = [translit.phonetic_key(w, 1) for w in merged]
        if None in pkeys or sum(map(len, pkeys)) < MIN_NAME_CLASSES:
            return []
    if any(k is None for k in pkeys):
        return []
    words = tuple((f"t:{k}",) for k in pkeys)
    # Index the word with the longest key: a short first word (Abu, قره) would make
    # every short word of an article a candidate.
    anchor = max(range(len(pkeys)), key=lambda j: (len(pkeys[j]), -j))
    return [Pattern(term, name, "translit", words, merged, (False,) * len(merged), anchor)]


def concept_patterns(term: int, word: str, *, via: str = "") -> list[Pattern]:
    """A concept word matches in every inflection."""
    toks = tokenize(word)
    if not toks:
        return []
    norms = tuple(t.norm for t in toks)
    keys = tuple(tuple(sorted({f"i:{k}" for k in concept_word_keys(n)})) for n in norms)
    texts = tuple(t.text for t in toks)
    return [Pattern(term, word, "inflect", keys, norms, (False,) * len(norms), texts=texts, via=via)]


def should_transliterate(keyword: str) -> bool:
    """A literal keyword is transliterated when it looks like a name: capitalized Latin, or Arabic."""
    if is_arabic(keyword):
        return False
    return is_latin(keyword) and any(t.text[:1].isupper() for t in tokenize(keyword))
