"""Paraphrase families: a concept also finds the set phrases of its act, on text written here."""

import pytest
import yaml

from raqib import load_rules
from raqib.analysis.tokens import tokenize
from raqib.engine.paraphrases import PARAPHRASES_FILE, expand, families, paraphrases_for

RULES = """
version: 1
entities:
  pact:
    label: Northern Defence Treaty Organization
    names:
      en: [NDTO, Northern Defence Treaty Organization]
      ar: [منظمة معاهدة الدفاع الشمالي]
concepts:
  leaving:
    en: [withdraw, quit, freeze]
    ar: [انسحاب, تجميد]
  assets:
    en: [freeze, asset]
  calm:
    ar: [هدنة]
  calm-both:
    en: [truce]
    ar: [هدنة]
rules:
  - id: pact-exit
    title: A member leaves the pact
    match: {all: [pact, leaving], within: sentence}
  - id: pact-assets
    title: Pact assets frozen
    match: {all: [pact, assets], within: sentence}
  - id: calm
    title: Calm
    match: calm
  - id: calm-both
    title: Calm, two words
    match: calm-both
"""


@pytest.fixture(scope="module")
def wl(tmp_path_factory):
    d = tmp_path_factory.mktemp("rules")
    (d / "r.yaml").write_text(RULES, encoding="utf-8")
    return load_rules([d], builtin=False)


def fired(wl, text):
    return {m.rule.id for m in wl.match({"id": "t", "text": text})}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway said it had suspended its participation in the NDTO.", True),
        ("The government suspended their participation in the NDTO last week.", True),
        ("Oslo announces the suspension of its membership of the NDTO.", True),
        ("أعلنت النرويج وقف مشاركتها في منظمة معاهدة الدفاع الشمالي.", True),
        ("قررت الحكومة تعليق عضويتها في منظمة معاهدة الدفاع الشمالي.", True),
        # a bare synonym is not a phrase of the family: تعليق is also "a comment"
        ("رفض تعليق على منظمة معاهدة الدفاع الشمالي.", False),
        ("The NDTO suspended a journalist.", False),
    ],
)
def test_phrases_of_the_family_match(wl, text, expected):
    assert ("pact-exit" in fired(wl, text)) is expected


def test_one_word_of_the_sense_brings_no_family(wl):
    # "assets" lists only "freeze" of the membership sense: it means an asset freeze
    assert "pact-assets" not in fired(wl, "Norway suspended its participation in the NDTO.")
    assert "pact-assets" in fired(wl, "The NDTO will freeze the accounts.")


def test_two_words_of_the_sense_in_any_language(wl):
    assert "calm" not in fired(wl, "أعلن الطرفان وقف إطلاق النار في المدينة.")
    assert "calm-both" in fired(wl, "أعلن الطرفان وقف إطلاق النار في المدينة.")
    assert "calm-both" in fired(wl, "Both sides agreed a cessation of hostilities.")


def test_hit_says_paraphrase(wl):
    (m,) = [m for m in wl.match({"id": "p", "text": "أعلنت النرويج وقف مشاركتها في منظمة معاهدة الدفاع الشمالي."})
            if m.rule.id == "pact-exit"]
    (h,) = [h for h in m.hits if h.ref == "leaving"]
    assert (h.surface, h.how, h.term) == ("وقف مشاركتها", "paraphrase", "وقف مشاركة")


def test_the_treaty_in_the_name_refers_back(wl):
    text = "The Northern Defence Treaty Organization met in Tromso.\nWe have suspended our participation in this treaty."
    (m,) = [m for m in wl.match({"id": "c", "text": text}) if m.rule.id == "pact-exit"]
    assert {(h.surface, h.how) for h in m.hits if h.ref == "pact"} == {("this treaty", "coreferent")}
    # the Arabic name's second category noun stands for it too
    text = "اجتمعت منظمة معاهدة الدفاع الشمالي.\nوأعلنت النرويج تجميد مشاركتها في المعاهدة."
    assert "pact-exit" in fired(wl, text)


def test_expand_fills_the_optional_determiner():
    got = expand("suspend {its} participation")
    assert got[0] == "suspend participation"
    assert {"suspend its participation", "suspend our participation", "suspend a participation"} <= set(got)
    assert expand("وقف نشاط") == ["وقف نشاط"]


def test_paraphrases_for_needs_two_words_of_a_sense():
    assert paraphrases_for(["freeze"]) == []
    assert "وقف نشاط" in paraphrases_for(["withdraw", "تجميد"])


def test_every_family_is_well_formed():
    data = yaml.safe_load(PARAPHRASES_FILE.read_text(encoding="utf-8"))
    assert set(data) == {"families"}
    for name, fam in data["families"].items():
        assert set(fam) == {"sense", "phrases"}, name
        assert len(fam["sense"]) >= 2, name
        for w in fam["sense"]:
            assert len(tokenize(w)) == 1, f"{name}: sense word {w!r} must be one word"
        for p in fam["phrases"]:
            assert tokenize(p), f"{name}: empty phrase"
    assert {f.name for f in families()} == set(data["families"])
