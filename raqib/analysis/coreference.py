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


def head_of(name_words: list[str]) -> tuple[str, str] | None:
    """The category noun heading a multi-word name: ("ar", "منظمه") or ("en", "organization")."""
    if len(name_words) < 2:
        return None
    first, last = name_words[0], name_words[-1]
    if first in HEADS_AR:
        return ("ar", first)
    if last in HEADS_EN:
        return ("en", last)
    return None
