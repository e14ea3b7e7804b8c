"""Tokenizer: words with their offsets in the original text.

A word is a run of letters, combining marks and digits; tatweel and the
zero-width joiners count as part of a word so that a highlight covers the whole
original spelling. Hyphens and apostrophes split words ("al-Sharaa" is two
words), the same for rule terms and articles, so a phrase written with a hyphen
still matches one written with a space.

Every word of every article is a token, so the tokenizer works in bulk: one
``split`` of the text (words and the gaps between them), offsets by a running
sum of the parts' lengths, norms from a per-word cache, and tokens built as
tuples (``Token`` is a named tuple) without a Python call per word.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate, compress, repeat
from typing import NamedTuple

import regex

from raqib.analysis.chars import normalize_word

# The definition of a word (the ``regex`` module's Unicode properties).
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}\u0640\u200c\u200d]+")
_SPLIT_ANY = regex.compile(f"({_WORD.pattern})")


def _bmp_word_class() -> str:
    """``_WORD``'s characters below U+10000, as ranges of a stdlib ``re`` character class.

    Read off ``_WORD`` itself (runs of matching code points), so the two agree by
    construction. The stdlib engine checks such a class with a lookup table, which
    is 2x faster than ``regex``'s property tests on Arabic text.
    """
    every = "".join(map(chr, range(0x10000)))
    ranges = (m.span() for m in _WORD.finditer(every))
    return "".join(f"\\u{a:04x}" if b - a == 1 else f"\\u{a:04x}-\\u{b - 1:04x}" for a, b in ranges)


_SPLIT_BMP = re.compile(f"([{_bmp_word_class()}]+)")


class Token(NamedTuple):
    """One word: its span in the original text, the original text and its normalized form."""

    start: int
    end: int
    text: str
    norm: str


_new_token = tuple.__new__


class _Norms(dict):
    """Written form -> normalized form, for the tokenizer: a plain dict lookup per word (cheaper
    than a call through ``normalize_word``'s cache); a word not seen yet is normalized on lookup."""

    def __missing__(self, word: str) -> str:
        if len(self) >= _NORMS_LIMIT:
            self.clear()
        norm = self[word] = normalize_word(word)
        return norm


_NORMS_LIMIT = 200_000
_NORMS = _Norms()
_norm_of = _NORMS.__getitem__


def scan(text: str, *, article: bool = True) -> tuple[list[int], list[int], list[str], list[str]]:
    """Parallel lists (starts, ends, texts, norms) of the tokens of ``text``.

    ``article``: look norms up in the tokenizer's word cache (articles); rule names and
    terms (``tokenize``, ``words``) go through ``normalize_word`` and leave that cache alone.
    """
    # A text with a character above U+FFFF (two UTF-16 units) is split by ``regex``: the stdlib
    # class has none of them.
    astral = len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)
    parts = (_SPLIT_ANY if astral else _SPLIT_BMP).split(text)
    texts = parts[1::2]
    if not texts:
        return [], [], [], []
    cum = list(accumulate(map(len, parts)))
    starts, ends = cum[0:-1:2], cum[1::2]
    norms = list(map(_norm_of if article else normalize_word, texts))
    if not all(norms):  # a word of marks or joiners only: no token
        keep = list(map(bool, norms))
        starts, ends = list(compress(starts, keep)), list(compress(ends, keep))
        texts, norms = list(compress(texts, keep)), list(compress(norms, keep))
    return starts, ends, texts, norms


def make_tokens(starts: list[int], ends: list[int], texts: list[str], norms: list[str]) -> list[Token]:
    """Tokens from parallel lists (no Python call per token)."""
    return list(map(_new_token, repeat(Token), zip(starts, ends, texts, norms)))


def tokenize(text: str) -> list[Token]:
    """Split text into tokens, keeping offsets into ``text``."""
    return make_tokens(*scan(text, article=False))


# A rule set names the same words thousands of times (a concept's words in every rule that uses
# it, an entity's names in each of its rules): ~100,000 calls for 10,000 rules, a fifth of a reload.
@lru_cache(maxsize=100_000)
def words(text: str) -> tuple[str, ...]:
    """The normalized words of a text (for rule terms)."""
    return tuple(scan(text, article=False)[3])
