"""Tokenizer: words with their offsets in the original text.

A word is a run of letters, combining marks and digits; tatweel and the
zero-width joiners count as part of a word so that a highlight covers the whole
original spelling. Hyphens and apostrophes split words ("al-Sharaa" is two
words), the same for rule terms and articles, so a phrase written with a hyphen
still matches one written with a space.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from raqib.analysis.chars import normalize_word

_WORD = regex.compile(r"[\p{L}\p{M}\p{N}\u0640\u200c\u200d]+")


# Not frozen: a frozen dataclass costs 3x more to build, and every word of every
# article is a Token. Nothing mutates tokens once the tokenizer returns them.
@dataclass(slots=True, eq=True)
class Token:
    """One word: its span in the original text, the original text and its normalized form."""

    start: int
    end: int
    text: str
    norm: str


def tokenize(text: str) -> list[Token]:
    """Split text into tokens, keeping offsets into ``text``."""
    out = []
    append = out.append
    for m in _WORD.finditer(text):
        word = m.group()
        norm = normalize_word(word)
        if norm:
            start, end = m.span()
            append(Token(start, end, word, norm))
    return out


def words(text: str) -> list[str]:
    """The normalized words of a text (for rule terms)."""
    return [t.norm for t in tokenize(text)]
