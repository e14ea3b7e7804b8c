"""Arabic clitics and light inflection; English inflection keys.

Arabic writes conjunctions, prepositions, the article and the future particle
as prefixes of the next word (و ف ب ل ك س ال) and object/possessive pronouns
as suffixes; nouns and verbs inflect with a few regular affixes. Rather than
guess one stem per word (stemmers guess wrong on names), a word yields every
reading its affixes allow, and a term matches if one reading equals it. A
reading keeps at least ``MIN_STEM`` letters, so short words are never cut to
fragments that collide with other words.

All inputs are normalized words (``chars.normalize_word``): teh marbuta is
already ه and hamza forms of alef are ا.
"""

from __future__ import annotations

from functools import cache, lru_cache

import Stemmer
from lemminflect import Lemmatizer, getAllLemmas

MIN_STEM = 3

CONJUNCTIONS = ("", "و", "ف")
PREPOSITIONS = ("", "ب", "ل", "ك", "س")
ARTICLE = "ال"
# ل before the article drops the article's alef: ل + الجيش = للجيش.
LAM_ARTICLE = "لل"

# Every proclitic chain, longest first so the fullest reading comes first.
PROCLITICS: tuple[str, ...] = tuple(
    sorted(
        (
            {c + p for c in CONJUNCTIONS for p in PREPOSITIONS}
            # the article follows ب and ك directly; after ل it is written لل; it never follows س (a verb prefix)
            | {c + p + ARTICLE for c in CONJUNCTIONS for p in ("", "ب", "ك")}
            | {c + LAM_ARTICLE for c in CONJUNCTIONS}
        )
        - {""},
        key=len,
        reverse=True,
    )
)

# Pronoun endings. ي (my) and ك (your) are left out: news rarely uses them and
# stripping them would cut nisba adjectives (روسي) and words ending in ك.
ENCLITICS: tuple[str, ...] = ("هما", "هم", "هن", "ها", "ه", "نا", "كم")

# Regular inflection: plural and dual endings, feminine, verb person endings,
# and the imperfect verb prefixes (ينسحب, تنسحب, ننسحب, انسحب/أنسحب).
# The final ا is the accusative tanween's carrier (انسحاباً) once diacritics are gone.
NOUN_VERB_SUFFIXES: tuple[str, ...] = ("يات", "ات", "ون", "ين", "ان", "وا", "تم", "تا", "يه", "ه", "ت", "ي", "ا")
VERB_PREFIXES: tuple[str, ...] = ("ي", "ت", "ن", "ا")

TEH = "ت"
HEH = "ه"  # teh marbuta after normalization


def _is_arabic_word(w: str) -> bool:
    return bool(w) and "\u0600" <= w[0] <= "\u06ff"


# Every word seen for the first time is read here, so the affix lists are indexed once: the
# proclitics by length (at most one of each length is a prefix of a word, so going by length,
# longest first, gives the readings in ``PROCLITICS``' order), the endings by their last letter
# (in their lists' order).
_PROCLITIC_SET = frozenset(PROCLITICS)
_PROCLITIC_FIRST = frozenset(p[0] for p in PROCLITICS)
_PROCLITIC_LENGTHS = tuple(sorted({len(p) for p in PROCLITICS}, reverse=True))
_ENCLITICS_AT = {s[-1]: tuple(e for e in ENCLITICS if e[-1] == s[-1]) for s in ENCLITICS}
_SUFFIXES_AT = {s[-1]: tuple(e for e in NOUN_VERB_SUFFIXES if e[-1] == s[-1]) for s in NOUN_VERB_SUFFIXES}
_VERB_PREFIX_SET = frozenset(VERB_PREFIXES)
assert all(len(p) == 1 for p in VERB_PREFIXES)  # a prefix is stripped as one letter below


@lru_cache(maxsize=200_000)
def clitic_readings(word: str) -> tuple[str, ...]:
    """The word and every reading of it with proclitics and/or a pronoun ending removed."""
    if not _is_arabic_word(word):
        return (word,)
    bases = [word]
    n = len(word)
    if word[0] in _PROCLITIC_FIRST:
        for k in _PROCLITIC_LENGTHS:
            p = word[:k]
            if p in _PROCLITIC_SET and n - k >= MIN_STEM:
                rest = word[k:]
                bases.append(rest)
                if p.endswith(LAM_ARTICLE):
                    bases.append(ARTICLE + rest)
    out = dict.fromkeys(bases)
    for b in bases:
        for s in _ENCLITICS_AT.get(b[-1], ()):
            if b.endswith(s) and len(b) - len(s) >= MIN_STEM:
                stem = b[: -len(s)]
                out[stem] = None
                # قاعدة + ها is written قاعدتها: the teh marbuta comes back as ت.
                if stem[-1] == TEH:
                    out[stem[:-1] + HEH] = None
    return tuple(out)


@lru_cache(maxsize=200_000)
def arabic_inflection_keys(word: str) -> frozenset[str]:
    """Readings of an Arabic word with clitics and regular inflection removed."""
    keys: set[str] = set()
    add = keys.add
    for base in clitic_readings(word):
        forms = [base]
        n = len(base)
        for s in _SUFFIXES_AT.get(base[-1:], ()):
            if base.endswith(s) and n - len(s) >= MIN_STEM:
                forms.append(base[: -len(s)])
        for f in forms:
            add(f)
            if len(f) > MIN_STEM:
                if f[-1] == TEH:
                    add(f[:-1] + HEH)
                if f[0] in _VERB_PREFIX_SET:
                    add(f[1:])
    return frozenset(keys)


def verb_of_masdar(word: str) -> str | None:
    """The past-tense verb of a verbal noun of a derived form, by its pattern.

    Editors write nouns ("تجميد", freezing) where the press writes verbs
    ("تجمد", freezes). The derived forms build their verbal nouns by fixed
    patterns, so the verb is recovered by pattern, not by a word list:
    II تفعيل -> فعل, III مفاعلة -> فاعل, VII انفعال -> انفعل,
    VIII افتعال -> افتعل, X استفعال -> استفعل.
    """
    n = len(word)
    if n == 5 and word[0] == "ت" and word[3] == "ي":
        return word[1:3] + word[4]
    if n == 6 and word[0] == "م" and word[2] == "ا" and word[5] == HEH:
        return word[1:5]
    if n == 6 and word.startswith("ان") and word[4] == "ا":
        return word[:4] + word[5]
    if n == 6 and word[0] == "ا" and word[2] in "تطد" and word[4] == "ا":
        return word[:4] + word[5]
    if n == 7 and word.startswith("است") and word[5] == "ا":
        return word[:5] + word[6]
    return None


def concept_word_keys(word: str) -> frozenset[str]:
    """Inflection keys of a concept word, with the verb of a verbal noun added."""
    keys = inflection_keys(word)
    verb = verb_of_masdar(word) if _is_arabic_word(word) else None
    return keys | arabic_inflection_keys(verb) if verb else keys


_ENGLISH = Stemmer.Stemmer("english")


@cache
def _lemma_tables() -> tuple[dict, dict] | None:
    """lemminflect's own tables, which ``getAllLemmas`` looks a lower-cased word up in (None if
    this version keeps them elsewhere: then every word is looked up)."""
    try:
        lem = Lemmatizer()
        return lem._getLemmaDict(), lem._getOverridesDict()
    except AttributeError:
        return None


def _lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """``getAllLemmas(word)``, without its deep copies for a word in neither table (most words)."""
    tables = _lemma_tables()
    if tables is not None:
        w = word.lower()
        if w not in tables[0] and w not in tables[1]:
            return {}
    return getAllLemmas(word)


@lru_cache(maxsize=200_000)
def english_inflection_keys(word: str) -> frozenset[str]:
    """Snowball (Porter2) stems of a lower-case English word and of its lemmas.

    The stemmer handles regular endings; lemminflect's tables add irregular
    forms (frozen -> freeze, withdrew -> withdraw, left -> leave).
    """
    keys = {_ENGLISH.stemWord(word)}
    for pos, lemmas in _lemmas(word).items():
        if pos in ("VERB", "NOUN"):
            keys.update(_ENGLISH.stemWord(lemma.lower()) for lemma in lemmas)
    return frozenset(keys)


def inflection_keys(word: str) -> frozenset[str]:
    """Inflection keys of a normalized word of either script."""
    if _is_arabic_word(word):
        return arabic_inflection_keys(word)
    return english_inflection_keys(word)
