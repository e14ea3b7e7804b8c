"""One case per normalization rule (style: Lucene's TestArabicNormalizationFilter)."""

import pytest

from raqib.analysis.chars import normalize_word
from raqib.analysis.tokens import tokenize


@pytest.mark.parametrize(
    ("raw", "normalized", "rule"),
    [
        ("أحمد", "احمد", "alef with hamza above"),
        ("إسرائيل", "اسرائيل", "alef with hamza below"),
        ("آمن", "امن", "alef with madda"),
        ("ٱلقدس", "القدس", "alef wasla"),
        ("مستشفى", "مستشفي", "alef maksura -> yeh"),
        ("قرة", "قره", "teh marbuta -> heh"),
        ("الجماعی", "الجماعي", "Persian yeh"),
        ("کييف", "كييف", "Persian kaf (keheh)"),
        ("مُسَيَّرَة", "مسيره", "harakat and shadda"),
        ("جزئياً", "جزئيا", "tanween"),
        ("كـــبير", "كبير", "tatweel"),
        ("سير\u200cغي", "سيرغي", "zero-width non-joiner"),
        ("\u200fلافروف", "لافروف", "right-to-left mark"),
        ("ﻻ", "لا", "presentation form (NFKC)"),
        ("CSTO", "csto", "Latin case-folding"),
        ("Ｇａｚａ", "gaza", "full-width Latin (NFKC)"),
    ],
)
def test_normalization_rule(raw, normalized, rule):
    assert normalize_word(raw) == normalized, rule


def test_tokens_keep_original_offsets():
    text = "قال: إن «مُسَيَّرَة» سقطت قرب al-Sharaa's office"
    for tok in tokenize(text):
        assert text[tok.start : tok.end] == tok.text
    assert [t.norm for t in tokenize(text)] == ["قال", "ان", "مسيره", "سقطت", "قرب", "al", "sharaa", "s", "office"]


def test_tatweel_and_marks_stay_inside_one_token():
    (tok,) = tokenize("كـــبيـرٌ")
    assert tok.norm == "كبير" and tok.text == "كـــبيـرٌ"
