"""Character normalization: the one definition of "the same letters" for articles and rules.

The chain, in order (order matters):

1. Unicode NFKC, via camel-tools ``normalize_unicode``: folds Arabic presentation
   forms (ﻻ, ﷲ ...) and full-width Latin into plain letters. It runs first
   because every later table is keyed on plain code points.
2. camel-tools' ``arclean`` character map: the only step that maps Persian yeh
   (ی) and keheh (ک) and other look-alike code points to their Arabic letters.
3. Dediacritization (camel-tools ``dediac_ar``): harakat, shadda, sukun, dagger
   alef. After step 2 so that diacritics it produces are removed too.
4. Letter-form normalization (camel-tools): hamza forms of alef -> ا, alef
   maksura -> ي, teh marbuta -> ه. After dediacritization because a diacritic
   between letters would hide a form.
5. Tatweel, zero-width joiners and bidi controls removed; Latin lower-cased.

Arabic words in news have a small vocabulary, so the chain runs once per
distinct word (a bounded cache) and articles pay only a dictionary lookup.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from camel_tools.utils import normalize as camel_normalize
from camel_tools.utils.charmap import CharMapper
from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
    normalize_unicode,
)

TATWEEL = "\u0640"
# Zero-width and bidi controls that appear inside words copied from web pages.
INVISIBLE = (
    "\u200b\u200c\u200d\u200e\u200f"  # ZWSP, ZWNJ, ZWJ, LRM, RLM
    "\u202a\u202b\u202c\u202d\u202e"  # bidi embeddings and overrides
    "\u2066\u2067\u2068\u2069"  # bidi isolates
    "\u061c\ufeff\u00ad"  # Arabic letter mark, BOM, soft hyphen
)
_DROP = {ord(c): None for c in INVISIBLE + TATWEEL}

_ARCLEAN = CharMapper.builtin_mapper("arclean")


def _arabic_steps(s: str) -> str:
    """Steps 2-5 on a string with Arabic letters, with camel-tools' own functions."""
    s = _ARCLEAN(s)
    s = dediac_ar(s)
    s = normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(s)))
    return s.translate(_DROP)


class _ArabicTable(dict):
    """Steps 2-5 as one ``str.translate`` table, built by running camel-tools on each character.

    Every step maps characters one at a time (a character map, character-class deletions
    and replacements), so their composition does too. ``arclean`` deletes a character its
    map does not list, and so does this table (``__missing__``); for the characters it
    lists, the value is what the steps make of that character alone.
    """

    def __missing__(self, code: int) -> None:
        return None


_ARABIC_TABLE = _ArabicTable({ord(c): _arabic_steps(c) for c in _ARCLEAN._charmap})
_ARABIC_CHAR = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufeff]")


def _is_arabic_char(c: str) -> bool:
    return "\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f" or "\ufb50" <= c <= "\ufeff"


# camel-tools' ``normalize_unicode`` is its character map (two ligatures spelled out) then NFKC;
# the map is a Python loop per character, so it runs only on a word with one of its characters.
_UNICODE_FIX = camel_normalize._UNICODE_CHAR_FIX
assert _UNICODE_FIX._default is None and all(len(c) == 1 for c in _UNICODE_FIX._charmap)
_UNICODE_FIX_CHAR = re.compile("[" + "".join(map(re.escape, _UNICODE_FIX._charmap)) + "]")
# ``str.translate`` with a dict costs a failed lookup per character it keeps: search first.
_DROP_CHAR = re.compile("[" + re.escape(INVISIBLE + TATWEEL) + "]")


@lru_cache(maxsize=200_000)
def normalize_word(word: str) -> str:
    """Return the normalized form of one word (or phrase) of either script."""
    if word.isascii():  # NFKC and every table leave ASCII alone
        return word.lower()
    s = normalize_unicode(word) if _UNICODE_FIX_CHAR.search(word) else unicodedata.normalize("NFKC", word)
    if _DROP_CHAR.search(s):
        s = s.translate(_DROP)
    if _ARABIC_CHAR.search(s):
        s = s.translate(_ARABIC_TABLE)
    return s.casefold()


def is_arabic(word: str) -> bool:
    """True when the word is written (mostly) in Arabic script."""
    return _ARABIC_CHAR.search(word) is not None


def is_latin(word: str) -> bool:
    """True when every letter of the word is Latin script."""
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and all("LATIN" in unicodedata.name(c, "") for c in letters)
