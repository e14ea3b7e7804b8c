"""Definite descriptions: "the organization" for an organization named before it.

News text names an organization, alliance, movement or base once in full and
then calls it by its category noun with the article: منظمة معاهدة الأمن
الجماعي ... "وقف نشاطها في المنظمة"; the Collective Security Treaty
Organization ... "the organization". A category noun with the article refers
back to the last full name of that category in the same story, unless another
thing of the same category (the bare noun, as in "منظمة الصحة") was named in
between.
"""

from __future__ import annotations

from collections.abc import Sequence

from raqib.analysis.chars import normalize_word

# Category nouns that head names and stand for them with the article. Normalized.
HEADS_AR = frozenset(
    normalize_word(w)
    for w in (
        "منظمة معاهدة حلف تحالف حركة جبهة هيئة جماعة تنظيم مجلس اتحاد جامعة "
        "قاعدة ميناء مطار حزب وكالة محكمة لجنة مفوضية"
    ).split()
)
HEADS_EN = frozenset(
    "organization organisation treaty alliance movement front council union league bloc "
    "base port airport party agency court committee commission".split()
)
ARTICLE_AR = "ال"
DETERMINERS_EN = frozenset({"the", "this"})


def heads_of(name_words: Sequence[str]) -> set[tuple[str, str]]:
    """The category nouns of a multi-word name that can stand for it: {("ar", "منظمه"), ("en", "treaty")}.

    An Arabic name opens with its category nouns, one governing the next (منظمة
    معاهدة الأمن الجماعي: "organization of the treaty of ..."), and each of them
    can stand for the whole; an English name holds them anywhere (Collective
    Security Treaty Organization: "the organization", "this treaty").
    """
    if len(name_words) < 2:
        return set()
    out: set[tuple[str, str]] = set()
    for w in name_words[:-1]:
        if w not in HEADS_AR:
            break
        out.add(("ar", w))
    out.update(("en", w) for w in name_words if w in HEADS_EN)
    return out
