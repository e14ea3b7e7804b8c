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

from functools import lru_cache

import Stemmer
from lemminflect import getAllLemmas

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


@lru_cache(maxsize=200_000)
def clitic_readings(word: str) -> tuple[str, ...]:
    """The word and every reading of it with proclitics and/or a pronoun ending removed."""
    if not _is_arabic_word(word):
        return (word,)
    bases = [word]
    for p in PROCLITICS:
        if word.startswith(p) and len(word) - len(p) >= MIN_STEM:
            rest = word[len(p) :]
            bases.append(rest)
            if p.endswith(LAM_ARTICLE):
                bases.append(ARTICLE + rest)
    out = dict.fromkeys(bases)
    for b in bases:
        for s in ENCLITICS:
            if b.endswith(s) and len(b) - len(s) >= MIN_STEM:
                stem = b[: -len(s)]
                out[stem] = None
                # قاعدة + ها is written قاعدتها: the teh marbuta comes back as ت.
                if stem.endswith(TEH):
                    out[stem[:-1] + HEH] = None
    return tuple(out)


@lru_cache(maxsize=200_000)
def arabic_inflection_keys(word: str) -> frozenset[str]:
    """Readings of an Arabic word with clitics and regular inflection removed."""
    keys: set[str] = set()
    for base in clitic_readings(word):
        forms = {base}
        for s in NOUN_VERB_SUFFIXES:
            if base.endswith(s) and len(base) - len(s) >= MIN_STEM:
                forms.add(base[: -len(s)])
        for f in list(forms):
            if f.endswith(TEH) and len(f) > MIN_STEM:
                forms.add(f[:-1] + HEH)
            for p in VERB_PREFIXES:
                if f.startswith(p) and len(f) - len(p) >= MIN_STEM:
                    forms.add(f[len(p) :])
        keys |= forms
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


@lru_cache(maxsize=200_000)
def english_inflection_keys(word: str) -> frozenset[str]:
    """Snowball (Porter2) stems of a lower-case English word and of its lemmas.

    The stemmer handles regular endings; lemminflect's tables add irregular
    forms (frozen -> freeze, withdrew -> withdraw, left -> leave).
    """
    keys = {_ENGLISH.stemWord(word)}
    for pos, lemmas in getAllLemmas(word).items():
        if pos in ("VERB", "NOUN"):
            keys.update(_ENGLISH.stemWord(lemma.lower()) for lemma in lemmas)
    return frozenset(keys)


def inflection_keys(word: str) -> frozenset[str]:
    """Inflection keys of a normalized word of either script."""
    if _is_arabic_word(word):
        return arabic_inflection_keys(word)
    return english_inflection_keys(word)
