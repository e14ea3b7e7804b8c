"""The analysis fast paths give what their plain definitions give.

Each fast path (the stdlib tokenizer class, the bulk tokenizer, the translate table of
camel-tools' Arabic steps, the marker fold, one-pass sentences, run-length span numbers,
the lazy document) is checked against a straightforward reference written here.
"""

from __future__ import annotations

import random
import unicodedata
from bisect import bisect_left
from dataclasses import FrozenInstanceError

import pytest
from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
    normalize_unicode,
)

from raqib.analysis import chars
from raqib.analysis.document import _walk, analyze
from raqib.analysis.furniture import _FOLD, fold
from raqib.analysis.segments import segment_page
from raqib.analysis.sentences import _END, paragraphs, paragraphs_and_sentences, sentences
from raqib.analysis.tokens import _SPLIT_BMP, _WORD, Token, tokenize
from raqib.article import Article

ARABIC_PAGE = (
    "إقرأ أيضاً: عاجل\n"
    "قال وزير الخارجية الروسي سيرغي لافروف إن الدول الغربية “تتودد” إلى أرمينيا. وأضاف: لا!\n"
    "\n"
    "  \n"
    "مُسَيَّرَةٌ سقطت قرب al-Sharaa's office؟ نعم… U.S. troops moved 3.5 km.\n"
    "كـــبيـرٌ \u200fلافروف ﻻ Ｇａｚａ 𝐀𝐁 𐀀𐀁 ١٢٣\n"
    "مقالات مشابهة\n"
    "موسكو تحذر\n"
    "تاريخ النشر: 2024-11-25"
)


def _pool(seed: int, n: int, size: int) -> list[str]:
    rnd = random.Random(seed)
    alphabet = (
        [chr(c) for c in range(0x20, 0x7F)]
        + [chr(c) for c in range(0x600, 0x700)]
        + [chr(c) for c in range(0xFB50, 0xFF00, 7)]
        + ["\n", "\n", "\r", "\t", "\u0640", "\u200c", "\u200d", "\u200f", "\ufeff", "\u00ad", "…", "؟", "؛"]
        + ["\U00010000", "\U0001d400", "\U0001f600", "\u0301", "İ", "Σ", "ß"]
    )
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, size))) for _ in range(n)]


def _reference_tokens(text: str) -> list[tuple[int, int, str, str]]:
    out = []
    for m in _WORD.finditer(text):
        norm = chars.normalize_word(m.group())
        if norm:
            out.append((m.start(), m.end(), m.group(), norm))
    return out


def test_stdlib_word_class_is_the_regex_class_on_every_bmp_character() -> None:
    every = "".join(map(chr, range(0x10000)))
    assert [m.span() for m in _WORD.finditer(every)] == [m.span() for m in _SPLIT_BMP.finditer(every)]


@pytest.mark.parametrize("text", [ARABIC_PAGE, "", " ", "\u0640", "a\U00010000b 𝐀x", *_pool(1, 300, 200)])
def test_tokenize_is_finditer_with_norms(text: str) -> None:
    got = tokenize(text)
    assert [tuple(t) for t in got] == _reference_tokens(text)
    assert all(type(t) is Token for t in got)


def test_token_is_a_named_tuple_with_fields() -> None:
    word = "كـــبيـرٌ"
    (tok,) = tokenize(f"  {word}.")
    assert (tok.start, tok.end, tok.text, tok.norm) == (2, 2 + len(word), word, "كبير")
    assert tok == Token(2, 2 + len(word), word, "كبير")


def _camel_chain(word: str) -> str:
    """The normalization chain as chars.py documents it, step by step with camel-tools."""
    s = normalize_unicode(word).translate(chars._DROP)
    if any(chars._is_arabic_char(c) for c in s):
        s = chars._ARCLEAN(s)
        s = dediac_ar(s)
        s = normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(s)))
        s = s.translate(chars._DROP)
    return s.casefold()


def test_arabic_translate_table_is_camel_tools_chain_on_every_character() -> None:
    for c in range(0x110000):
        if 0xD800 <= c <= 0xDFFF:
            continue
        w = "ب" + chr(c) + "ت"
        assert chars.normalize_word.__wrapped__(w) == _camel_chain(w), hex(c)


@pytest.mark.parametrize("word", [w for w in _WORD.findall(ARABIC_PAGE)] + _WORD.findall(" ".join(_pool(2, 200, 30))))
def test_normalize_word_is_camel_tools_chain(word: str) -> None:
    assert chars.normalize_word.__wrapped__(word) == _camel_chain(word)


def test_is_arabic_ranges() -> None:
    for c in range(0x110000):
        assert chars.is_arabic(chr(c)) == chars._is_arabic_char(chr(c)), hex(c)


@pytest.mark.parametrize("line", ARABIC_PAGE.split("\n") + _pool(3, 300, 80) + ["ABC İ", "َإقرأ أيضاً"])
def test_fold_is_the_translate_table(line: str) -> None:
    assert fold(line) == line.translate(_FOLD).lower()


def _reference_sentences(text: str) -> list[tuple[int, int]]:
    out = []
    for lo, hi in paragraphs(text):
        start = lo
        for m in _END.finditer(text, lo, hi):
            if text[start : m.end()].strip():
                out.append((start, m.end()))
            start = m.end()
        if text[start:hi].strip():
            out.append((start, hi))
    return out


@pytest.mark.parametrize("text", [ARABIC_PAGE, "", "\n\n", "A. B.\nC!\n  \n.\n", *_pool(4, 300, 300)])
def test_one_pass_sentences_are_per_line_sentences(text: str) -> None:
    paras, sents = paragraphs_and_sentences(text)
    assert paras == paragraphs(text)
    assert sents == sentences(text) == _reference_sentences(text)


def _reference_walk(starts: list[int], token_starts: list[int], base: int) -> list[int]:
    out = []
    for t in token_starts:
        k = bisect_left(starts, t + 1) - 1  # the last span starting at or before the token
        out.append(base + max(k, 0))
    return out


def test_walk_numbers_tokens_by_span() -> None:
    rnd = random.Random(5)
    for _ in range(3000):
        tokens = sorted(rnd.sample(range(120), rnd.randint(0, 25)))
        spans = sorted(rnd.choices(range(-3, 125), k=rnd.randint(0, 8)))
        base = rnd.randint(0, 2)
        assert _walk(spans, tokens, base) == _reference_walk(spans, tokens, base), (spans, tokens, base)


@pytest.mark.parametrize(
    ("title", "text"), [("لافروف يزور أرمينيا", ARABIC_PAGE), ("", ARABIC_PAGE), ("Title only", ""), ("ـ", "\u0640 .")]
)
def test_document_parts_agree(title: str, text: str) -> None:
    art = Article.parse({"id": "a", "title": title, "text": text, "lang": "ar"})
    doc = analyze(art)
    title_tokens, text_tokens = tokenize(title), tokenize(text)
    assert doc.tokens == tuple(title_tokens + text_tokens)
    assert (doc.starts, doc.ends, doc.texts, doc.norms) == tuple(map(tuple, zip(*doc.tokens))) or not doc.tokens
    assert doc.field_of == (0,) * len(title_tokens) + (1,) * len(text_tokens)
    n = len(doc.tokens)
    assert len(doc.sentence_of) == len(doc.paragraph_of) == len(doc.segment_of) == n
    has_title = 1 if title_tokens else 0
    spans = _reference_sentences(text)
    assert doc.sentence_spans == ((0, 0, len(title)),) * has_title + tuple((1, s, e) for s, e in spans)
    assert doc.sentence_of == (0,) * len(title_tokens) + tuple(
        _reference_walk([s for s, _ in spans], [t.start for t in text_tokens], has_title)
    )
    segs = segment_page(text)
    assert doc.segments == (segs or doc.segments)
    assert all(0 <= s < len(doc.segments) for s in doc.segment_of)


def test_document_is_read_only() -> None:
    doc = analyze(Article.parse({"id": "a", "title": "t", "text": "نص", "lang": "ar"}))
    with pytest.raises(FrozenInstanceError):
        doc.lang = "en"  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        del doc.tokens  # type: ignore[misc]


def test_detect_lang_counts_letters() -> None:
    from raqib.analysis.document import detect_lang

    for text in [ARABIC_PAGE, "abc", "", *_pool(6, 200, 400)]:
        sample = text[:2000]
        arabic = sum(1 for c in sample if "\u0600" <= c <= "\u06ff")
        latin = sum(1 for c in sample if c.isascii() and c.isalpha())
        assert detect_lang(text) == ("ar" if arabic > latin else "en")


def test_nfkc_still_runs_first() -> None:
    assert chars.normalize_word("ﻻ") == unicodedata.normalize("NFKC", "ﻻ")
