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
import regex
from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
    normalize_unicode,
)

from lemminflect import Lemmatizer, getAllLemmas

from raqib.analysis import affixes, chars
from raqib.analysis import translit_key as TK
from raqib.analysis.document import _walk, analyze
from raqib.analysis.furniture import _FOLD, fold
from raqib.analysis.segments import segment_page
from raqib.analysis.sentences import _END, paragraphs, paragraphs_and_sentences, sentences
from raqib.analysis.tokens import _SPLIT_BMP, _WORD, Token, tokenize, words
from raqib.analysis.translit_guards import looks_foreign
from raqib.article import Article
from raqib.lexicon import builtin_paths

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


def test_sentence_ends_read_whitespace_and_digits_as_regex_does() -> None:
    """The stdlib pattern's \\s and \\d classes: every whitespace and digit ``regex`` knows, beside marks."""
    every = "".join(map(chr, range(0x10000)))
    alphabet = [*".!?؟؛…\"'”’»)]" * 3, *"ABZaz. \n" * 3, *regex.findall(r"[\s\d]", every), "\U0001d7ce", "ب"]
    rnd = random.Random(11)
    for _ in range(20_000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 24)))
        assert sentences(text) == _reference_sentences(text), repr(text)


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


# --------------------------------------------------------------------------- #
# Words seen for the first time: normalization, affixes, transliteration keys.
# --------------------------------------------------------------------------- #


def _lexicon_words() -> list[str]:
    """Every normalized word of the built-in lexicon's files (names, concepts, keys)."""
    out: set[str] = set()
    for path in builtin_paths():
        out.update(words(path.read_text(encoding="utf-8")))
    return sorted(out)


LEXICON = _lexicon_words()
_AR_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءئؤةىآأإپڤچژگڨ"


def _clitic_words(seed: int, n: int) -> list[str]:
    """Random Arabic stems wrapped in every kind of proclitic, verb prefix and ending."""
    rnd = random.Random(seed)
    pro = [*affixes.PROCLITICS, *[""] * 8]
    pre = [*affixes.VERB_PREFIXES, ""]
    ends = [*affixes.ENCLITICS, *affixes.NOUN_VERB_SUFFIXES, "ت", *[""] * 6]
    out = []
    for _ in range(n):
        stem = "".join(rnd.choice(_AR_LETTERS) for _ in range(rnd.randint(0, 6)))
        out.append(rnd.choice(pro) + rnd.choice(pre) + stem + rnd.choice(ends) + rnd.choice([*affixes.ENCLITICS, ""]))
    return out


def _latin_words(seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    alphabet = "abcdefghijklmnopqrstuvwxyz" * 3 + "ABZ'-1 şçšžıøæœßđðłþéèüöñ" + "sh ch tz ts kh gh"
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 10))) for _ in range(n)]


def _arabic_strings(seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    alphabet = _AR_LETTERS * 2 + "تشتسهحال" * 3 + "a1ـ۰ً"
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 9))) for _ in range(n)]


WORDS = sorted(
    set(LEXICON)
    | {r for w in LEXICON for r in affixes.clitic_readings(w)}
    | set(_clitic_words(7, 20_000))
    | set(_latin_words(8, 20_000))
    | set(_arabic_strings(9, 20_000))
    | {"", "a", "ب", "ال", "لل", "الا", "Ａｂ", "ﻻ", "ﷲ", "﷼", "a\u200bb", "İstanbul", "Straße"}
)


def test_word_pool_is_broad() -> None:
    assert len(LEXICON) > 1000 and len(WORDS) > 50_000
    assert sum(map(affixes._is_arabic_word, LEXICON)) > 500


def test_normalize_word_is_camel_tools_chain_on_many_words() -> None:
    for w in [*WORDS, *(chr(c) for c in range(0x3000)), *("a" + chr(c) + "b" for c in range(0x3000))]:
        assert chars.normalize_word.__wrapped__(w) == _camel_chain(w), repr(w)


def _reference_clitic_readings(word: str) -> tuple[str, ...]:
    if not affixes._is_arabic_word(word):
        return (word,)
    bases = [word]
    for p in affixes.PROCLITICS:
        if word.startswith(p) and len(word) - len(p) >= affixes.MIN_STEM:
            rest = word[len(p) :]
            bases.append(rest)
            if p.endswith(affixes.LAM_ARTICLE):
                bases.append(affixes.ARTICLE + rest)
    out = dict.fromkeys(bases)
    for b in bases:
        for s in affixes.ENCLITICS:
            if b.endswith(s) and len(b) - len(s) >= affixes.MIN_STEM:
                stem = b[: -len(s)]
                out[stem] = None
                if stem.endswith("ت"):
                    out[stem[:-1] + "ه"] = None
    return tuple(out)


def _reference_arabic_inflection_keys(word: str) -> frozenset[str]:
    keys: set[str] = set()
    for base in _reference_clitic_readings(word):
        forms = {base}
        for s in affixes.NOUN_VERB_SUFFIXES:
            if base.endswith(s) and len(base) - len(s) >= affixes.MIN_STEM:
                forms.add(base[: -len(s)])
        for f in list(forms):
            if f.endswith("ت") and len(f) > affixes.MIN_STEM:
                forms.add(f[:-1] + "ه")
            for p in affixes.VERB_PREFIXES:
                if f.startswith(p) and len(f) - len(p) >= affixes.MIN_STEM:
                    forms.add(f[len(p) :])
        keys |= forms
    return frozenset(keys)


def test_affix_readings_are_the_plain_loops() -> None:
    for w in WORDS:
        got = affixes.clitic_readings.__wrapped__(w)
        assert type(got) is tuple and got == _reference_clitic_readings(w), repr(w)
        keys = affixes.arabic_inflection_keys.__wrapped__(w)
        assert type(keys) is frozenset and keys == _reference_arabic_inflection_keys(w), repr(w)


def test_english_keys_use_every_lemma() -> None:
    lem = Lemmatizer()
    lemma_words = [*lem._getLemmaDict(), *lem._getOverridesDict()]
    assert len(lemma_words) > 50_000
    for w in [*WORDS, *lemma_words, *(w.title() for w in lemma_words[:5000]), "Went", "LEFT"]:
        keys = {affixes._ENGLISH.stemWord(w)}
        for pos, lemmas in getAllLemmas(w).items():
            if pos in ("VERB", "NOUN"):
                keys.update(affixes._ENGLISH.stemWord(lemma.lower()) for lemma in lemmas)
        assert affixes.english_inflection_keys.__wrapped__(w) == frozenset(keys), repr(w)


# The parser as first written: a list of ("C", Cons) / ("V", vowel) units, then passes over it.
def _ref_collapse(units: list, latin: bool) -> list:
    out: list = []
    for kind, val in units:
        if kind == "C" and out and out[-1][0] == "C":
            prev = out[-1][1]
            if (
                prev.cls == val.cls
                and (latin or prev.src != val.src or val.src == "ل")
                and TK._sound_group(prev.tags) == TK._sound_group(val.tags)
            ):
                out[-1] = ("C", TK.Cons(prev.cls, prev.tags | val.tags, prev.src + val.src))
                continue
        out.append((kind, val))
    return out


def _ref_finish(units: list, latin: bool) -> tuple[tuple, tuple]:
    if units and units[-1][0] == "C" and "sh" in units[-1][1].tags and units[-1][1].cls == "K":
        last = units[-1][1]
        units = [*units[:-1], ("C", TK.Cons("S", last.tags, last.src))]
    cons, gaps = [], [""]
    for kind, val in _ref_collapse(units, latin):
        if kind == "C":
            cons.append(val)
            gaps.append("")
        else:
            gaps[-1] += val
    return tuple(cons), tuple(gaps)


def _ref_after_consonant(units: list) -> bool:
    return bool(units) and units[-1][0] == "C" and units[-1][1].cls not in ("T", "D")


def _ref_latin_units(w: str, article: bool) -> TK.Parsed | None:
    units: list = []
    final_h = False
    i, n = 0, len(w)
    while i < n:
        c = w[i]
        if c in TK._LAT_VOWELS:
            units.append(("V", c))
        elif c == "h" and i == n - 1 and units and units[-1][0] == "V":
            final_h = True
        elif c == "c" and w.startswith("ch", i) and i + 2 < n and w[i + 2] in "rlts":
            tags = frozenset({"K", "kh"}) if w[i + 2] in "rl" else frozenset({"K", "kh", "sh"})
            units.append(("C", TK.Cons("K", tags, "ch")))
            i += 1
        elif w.startswith("ch", i):
            units.append(("C", TK.Cons("K", frozenset({"sh", "J"}), "ch")))
            i += 1
        elif c == "c":
            soft = i + 1 < n and w[i + 1] in "eiy"
            units.append(("C", TK.Cons("S", frozenset({"s"}), "c") if soft else TK.Cons("K", frozenset({"K"}), "c")))
        elif c == "t" and i + 1 < n and w[i + 1] in "sz" and _ref_after_consonant(units):
            units.append(("C", TK.Cons("D", frozenset({"ts"}), "ts")))
            i += 1
        elif c == "s" and i == n - 1 and i >= 3 and w[i - 1] == "e":
            units.append(("C", TK.Cons("S", frozenset({"s", "sh"}), "s")))
        else:
            for multi, parts in TK._LAT_MULTI:
                if w.startswith(multi, i):
                    for j, (cls, tags) in enumerate(parts):
                        units.append(("C", TK.Cons(cls, tags, multi if len(parts) == 1 else multi + str(j))))
                    i += len(multi) - 1
                    break
            else:
                if c not in TK._LAT_SINGLE:
                    return None
                parts = TK._LAT_SINGLE[c]
                for j, (cls, tags) in enumerate(parts):
                    units.append(("C", TK.Cons(cls, tags, c if len(parts) == 1 else "x" + str(j))))
        i += 1
    return TK.Parsed("lat", w, *_ref_finish(units, latin=True), article, final_h)


def _ref_arabic_units(w: str, article: bool) -> TK.Parsed | None:
    units: list = []
    i, n = 0, len(w)
    while i < n:
        c = w[i]
        if c == "ة" or (c == "ه" and i == n - 1 and i > 0):
            units.append(("V", "ه"))
        elif c == "ح" and i == n - 1 and i > 0:
            units.append(("V", "ح"))
        elif c in TK._AR_VOWELS:
            units.append(("V", {"ى": "ي", "آ": "ا", "أ": "ا", "إ": "ا"}.get(c, c)))
        elif c == "ت" and i + 1 < n and w[i + 1] == "ش":
            units.append(("C", TK.Cons("K", frozenset({"sh"}), "تش")))
            i += 1
        elif c == "ت" and i + 1 < n and w[i + 1] == "س" and _ref_after_consonant(units):
            units.append(("C", TK.Cons("D", frozenset({"ts", "z"}), "تس")))
            i += 1
        elif c in TK._AR_CONS:
            units.append(("C", TK.Cons(*TK._AR_CONS[c], c)))
        else:
            return None
        i += 1
    return TK.Parsed("ar", w, *_ref_finish(units, latin=False), article, False)


def _reference_parse(word: str) -> TK.Parsed | None:
    if not word:
        return None
    if any(TK._is_arabic_letter(c) for c in word):
        if not all(TK._is_arabic_letter(c) for c in word):
            return None
        if word.startswith("ال") and len(word) >= 4:
            return _ref_arabic_units(word[2:], True)
        return _ref_arabic_units(word, False)
    w = word.casefold().translate(TK._LAT_SPECIAL)
    w = "".join(c for c in unicodedata.normalize("NFD", w) if not unicodedata.combining(c))
    if not w or not w.isascii() or not w.isalpha():
        return None
    rest, article = TK._strip_latin_article(w)
    p = _ref_latin_units(rest, article)
    if p is not None and article and rest[0] in TK._LAT_VOWELS and len(p.cons) < 2 and looks_foreign(w):
        return _ref_latin_units(w, False)
    return p


def test_parse_is_the_unit_list_parser() -> None:
    seen_merge = seen_none = 0
    for w in WORDS:
        got, want = TK.parse.__wrapped__(w), _reference_parse(w)
        assert got == want, repr(w)
        if got is None:
            seen_none += 1
            continue
        assert type(got) is TK.Parsed and type(got.cons) is tuple and type(got.gaps) is tuple
        assert all(type(c) is TK.Cons and type(c.tags) is frozenset for c in got.cons)
        assert got.key == want.key and len(got.gaps) == len(got.cons) + 1
        seen_merge += any(len(c.src) > 1 for c in got.cons)
    assert seen_merge > 1000 and seen_none > 1000  # the pool reaches merges and refusals
