"""Arabic clitics, light inflection and English inflection keys: one case per rule."""

import pytest

from raqib.analysis.affixes import (
    PROCLITICS,
    clitic_readings,
    concept_word_keys,
    english_inflection_keys,
    inflection_keys,
    verb_of_masdar,
)
from raqib.analysis.chars import normalize_word


@pytest.mark.parametrize(
    ("token", "reading", "rule"),
    [
        ("وحميميم", "حميميم", "و conjunction"),
        ("فحميميم", "حميميم", "ف conjunction"),
        ("بحميميم", "حميميم", "ب preposition"),
        ("لحميميم", "حميميم", "ل preposition"),
        ("كحميميم", "حميميم", "ك preposition"),
        ("سينسحب", "ينسحب", "س future particle"),
        ("الجولاني", "جولاني", "ال article"),
        ("والجولاني", "الجولاني", "و before the article"),
        ("وبالجولاني", "جولاني", "وبال chain"),
        ("فللجولاني", "الجولاني", "فلل: ل before the article drops its alef"),
        ("للمنظمة", "المنظمه", "لل"),
        ("وسيغادر", "يغادر", "وس chain"),
        ("انسحابها", "انسحاب", "pronoun ending ها"),
        ("قاعدتهم", "قاعده", "pronoun ending after teh marbuta (ت -> ة)"),
        ("موقفنا", "موقف", "pronoun ending نا"),
    ],
)
def test_clitic_reading(token, reading, rule):
    assert reading in clitic_readings(normalize_word(token)), rule


@pytest.mark.parametrize(
    ("token", "not_reading", "why"),
    [
        ("بحر", "حر", "a stem keeps at least three letters"),
        ("سالم", "لم", "س never precedes the article"),
        ("روسي", "روس", "ي (my) is not stripped: it would cut nisba adjectives"),
        ("Lavrov", "avrov", "Latin words have no clitics"),
    ],
)
def test_no_clitic_reading(token, not_reading, why):
    assert not_reading not in clitic_readings(normalize_word(token)), why


def test_proclitic_chains_are_well_formed():
    assert "سال" not in PROCLITICS and "لال" not in PROCLITICS
    assert {"وبال", "فلل", "وس", "كال"} <= set(PROCLITICS)


@pytest.mark.parametrize(
    ("concept", "token"),
    [
        ("انسحاب", "الانسحاب"),
        ("انسحاب", "انسحابها"),
        ("انسحاب", "بانسحاب"),
        ("انسحاب", "انسحاباً"),
        ("انسحب", "ينسحب"),
        ("انسحب", "تنسحب"),
        ("انسحب", "انسحبت"),
        ("انسحب", "ينسحبون"),
        ("انسحب", "سينسحب"),
        ("مسيرة", "مسيرات"),
        ("مسيرة", "المسيرات"),
        ("تجميد", "تجمد"),  # form II verbal noun finds its verb
        ("مغادرة", "يغادر"),  # form III
        ("انسحاب", "ينسحب"),  # form VII
        ("اجتماع", "اجتمعت"),  # form VIII
        ("استخدام", "يستخدم"),  # form X
    ],
)
def test_arabic_concept_inflections(concept, token):
    assert concept_word_keys(normalize_word(concept)) & inflection_keys(normalize_word(token))


@pytest.mark.parametrize(
    ("concept", "token"),
    [("انسحاب", "سحاب"), ("هجوم", "هجرة"), ("سحب", "سحق")],
)
def test_arabic_concept_non_inflections(concept, token):
    assert not concept_word_keys(normalize_word(concept)) & inflection_keys(normalize_word(token))


@pytest.mark.parametrize(
    ("masdar", "verb"),
    [("تجميد", "جمد"), ("مغادره", "غادر"), ("انسحاب", "انسحب"), ("اجتماع", "اجتمع"), ("استخدام", "استخدم"), ("حميميم", None)],
)
def test_verb_of_masdar(masdar, verb):
    assert verb_of_masdar(masdar) == verb


@pytest.mark.parametrize(
    ("base", "form"),
    [("withdraw", "withdrawing"), ("withdraw", "withdraws"), ("withdraw", "withdrew"), ("withdraw", "withdrawn"),
     ("freeze", "frozen"), ("freeze", "froze"), ("drone", "drones"), ("leave", "left")],
)
def test_english_inflections(base, form):
    assert english_inflection_keys(base) & english_inflection_keys(form)


def test_english_non_inflection():
    assert not english_inflection_keys("withdraw") & english_inflection_keys("draw")
