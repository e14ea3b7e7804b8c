"""Matching semantics on sentences written for these tests (Arabic and English)."""

import textwrap

import pytest

from raqib import load_rules

RULES = """
version: 1
entities:
  hmeimim:
    label: Hmeimim Air Base
    names: {en: [Hmeimim], ar: [حميميم]}
  csto:
    label: CSTO
    names:
      en: [CSTO, Collective Security Treaty Organization]
      ar: [منظمة معاهدة الأمن الجماعي]
  karabakh:
    label: Karabakh
    names: {ar: [قره باغ]}
  armenia:
    label: Armenia
    names: {en: [Armenia], ar: [أرمينيا]}
concepts:
  leaving:
    en: [withdraw, pull out, freeze]
    ar: [انسحاب, انسحب, تجميد]
  exercise:
    en: [exercise, drill]
    ar: [مناورات]
rules:
  - id: hmeimim
    title: Hmeimim
    match: hmeimim
  - id: karabakh
    title: Karabakh
    match: karabakh
  - id: csto-exit
    title: CSTO exit
    match: {all: [csto, leaving], within: sentence}
  - id: csto-exit-paragraph
    title: CSTO exit in a paragraph
    match: {all: [csto, leaving], within: paragraph}
  - id: csto-exit-near
    title: CSTO exit within 4 words
    match: {all: [csto, leaving], within: 4}
  - id: csto-exit-anywhere
    title: CSTO exit anywhere
    match: {all: [csto, leaving]}
  - id: base-not-drill
    title: Hmeimim but no exercise
    match: {all: [hmeimim, {not: exercise}]}
  - id: twice
    title: Hmeimim twice
    match: hmeimim
    min_mentions: 2
  - id: arabic-only
    title: Armenia in Arabic articles
    match: armenia
    lang: [ar]
  - id: keyword-phrase
    title: A literal phrase
    match: {phrase: "pull out"}
  - id: prefix
    title: Prefix keyword
    match: "evacuat*"
  - id: acronym
    title: Acronym in capitals
    match: {phrase: CSTO}
  - id: pattern
    title: A regex over normalized words
    match: {regex: "ميناء \\\\p{L}+ البحري"}
"""


@pytest.fixture(scope="module")
def wl(tmp_path_factory):
    d = tmp_path_factory.mktemp("rules")
    (d / "r.yaml").write_text(textwrap.dedent(RULES), encoding="utf-8")
    return load_rules(d, builtin=False)


def fired(wl, text, title="", lang=None):
    article = {"id": "t", "title": title, "text": text}
    if lang:
        article["lang"] = lang
    return {m.rule.id for m in wl.match(article)}


@pytest.mark.parametrize(
    ("text", "rule", "expected"),
    [
        # Arabic names with clitics, and the normalization of both sides
        ("وصلت طائرات إلى حميميم أمس", "hmeimim", True),
        ("وحميميم قاعدة جوية", "hmeimim", True),
        ("هبطت الطائرة بحميميم", "hmeimim", True),
        ("في قاعدة حميميم الجوية", "hmeimim", True),
        ("حَمِيمِيم", "hmeimim", True),
        ("حميمة العلاقة بين البلدين", "hmeimim", False),
        ("التوتر في قرة باغ يتصاعد", "karabakh", True),  # teh marbuta in the article
        ("اشتباكات في قرة", "karabakh", False),  # a phrase needs all its words, in order
        ("باغ قره", "karabakh", False),
        # Latin names: case-insensitive, acronyms only in capitals
        ("Jets landed at HMEIMIM on Monday", "hmeimim", True),
        ("The CSTO met in Minsk", "acronym", True),
        ("the csto met in minsk", "acronym", False),
        ("Officials began to pull out", "keyword-phrase", True),
        ("Officials began to pull the staff out", "keyword-phrase", False),
        ("Teams were evacuating the port", "prefix", True),
        ("Teams left the port", "prefix", False),
        ("أغلق ميناء طرطوس البحري بسبب العاصفة", "pattern", True),
        ("أغلق ميناء طرطوس التجاري", "pattern", False),
    ],
)
def test_terms(wl, text, rule, expected):
    assert (rule in fired(wl, text)) is expected


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        # one sentence: all windows hold
        ("قال إن أرمينيا قد تنسحب من منظمة معاهدة الأمن الجماعی", {"csto-exit", "csto-exit-paragraph", "csto-exit-anywhere"}),
        # two sentences of one paragraph
        ("أرمينيا عضو في منظمة معاهدة الأمن الجماعي. وبدأت روسيا الانسحاب من سوريا.", {"csto-exit-paragraph", "csto-exit-anywhere"}),
        # two paragraphs
        ("أرمينيا عضو في منظمة معاهدة الأمن الجماعي.\nوبدأت روسيا الانسحاب من سوريا.", {"csto-exit-anywhere"}),
        # word windows
        ("Armenia will freeze its CSTO role", {"csto-exit", "csto-exit-paragraph", "csto-exit-anywhere", "csto-exit-near"}),
        ("Armenia has frozen its participation in all of the CSTO structures", {"csto-exit", "csto-exit-paragraph", "csto-exit-anywhere"}),
        ("CSTO leaders met; nobody spoke of anything like a plan to withdraw", {"csto-exit", "csto-exit-paragraph", "csto-exit-anywhere"}),
    ],
)
def test_windows(wl, text, rules):
    got = fired(wl, text) & {"csto-exit", "csto-exit-paragraph", "csto-exit-near", "csto-exit-anywhere"}
    assert got == rules


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وصلت تعزيزات إلى حميميم", True),
        ("أجرت القوات مناورات قرب حميميم", False),
        ("أجرت القوات مناوراتها قرب حميميم", False),  # the negated concept in an inflected form
    ],
)
def test_negation(wl, text, expected):
    assert ("base-not-drill" in fired(wl, text)) is expected


def test_min_mentions(wl):
    assert "twice" not in fired(wl, "هبطت طائرة في حميميم")
    assert "twice" in fired(wl, "هبطت طائرة في حميميم. ثم أقلعت من حميميم")


def test_lang_filter(wl):
    assert "arabic-only" in fired(wl, "زار الوزير أرمينيا")
    assert "arabic-only" not in fired(wl, "The minister visited Armenia")
    assert "arabic-only" not in fired(wl, "زار الوزير أرمينيا", lang="en")


def test_hits_point_at_the_original_text(wl):
    text = "وأضاف أن أرمينيا قد تنسحب من «منظمة معاهدة الأمن الجماعی» قريباً."
    (m,) = [m for m in wl.match({"id": "x", "text": text, "title": "انسحاب أرمينيا"}) if m.rule.id == "csto-exit"]
    by_surface = {h.surface: h for h in m.hits}
    assert {"تنسحب", "منظمة معاهدة الأمن الجماعی"} <= set(by_surface)
    for h in m.hits:
        source = text if h.field == "text" else "انسحاب أرمينيا"
        assert source[h.start : h.end] == h.surface
    assert by_surface["تنسحب"].how == "inflected" and by_surface["تنسحب"].ref == "leaving"
    assert by_surface["منظمة معاهدة الأمن الجماعی"].how == "normalized"
    assert by_surface["تنسحب"].sentence.startswith("وأضاف")


@pytest.mark.parametrize(
    ("text", "how"),
    [("حميميم", "exact"), ("حَميميم", "normalized"), ("وحميميم", "clitic"), ("hmeimim", "exact")],
)
def test_how_each_hit_matched(wl, text, how):
    (m,) = [m for m in wl.match({"id": "x", "text": text}) if m.rule.id == "hmeimim"]
    assert m.hits[0].how == how


def test_title_hits_are_in_the_title_field(wl):
    (m,) = [m for m in wl.match({"id": "x", "title": "حميميم اليوم", "text": "نص بلا أسماء"}) if m.rule.id == "hmeimim"]
    assert m.hits[0].field == "title" and m.hits[0].start == 0


def test_matching_is_pure(wl):
    article = {"id": "p", "text": "قال إن أرمينيا قد تنسحب من منظمة معاهدة الأمن الجماعي"}
    assert wl.match(article) == wl.match(dict(article))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("عقدت منظمة معاهدة الأمن الجماعي قمتها.\nوأعلنت دولة عضو تجميد مشاركتها في المنظمة.", True),
        ("عقدت منظمة معاهدة الأمن الجماعي قمتها.\nوأعلنت دولة عضو تجميد مشاركتها بالمنظمة.", True),
        # another organization named in between takes the definite description
        ("عقدت منظمة معاهدة الأمن الجماعي قمتها.\nوحذرت منظمة الصحة العالمية من الوباء.\nوأعلنت دولة تجميد مشاركتها في المنظمة.", False),
        # no full name before it: "the organization" refers to nothing known
        ("أعلنت دولة تجميد مشاركتها في المنظمة. ثم تحدثت عن منظمة معاهدة الأمن الجماعي", False),
        ("The Collective Security Treaty Organization met in Minsk.\nArmenia will freeze its role in the organization.", True),
        ("The Collective Security Treaty Organization met in Minsk.\nArmenia will freeze its role in an organization.", False),
    ],
)
def test_definite_description_refers_back(wl, text, expected):
    assert ("csto-exit" in fired(wl, text)) is expected


def test_definite_description_hit_says_coreferent(wl):
    text = "عقدت منظمة معاهدة الأمن الجماعي قمتها.\nوأعلنت دولة عضو تجميد مشاركتها في المنظمة."
    (m,) = [m for m in wl.match({"id": "c", "text": text}) if m.rule.id == "csto-exit"]
    ((h,),) = [[h for h in m.hits if h.ref == "csto"]]
    assert (h.surface, h.how) == ("المنظمة", "coreferent")
