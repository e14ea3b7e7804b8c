"""The built-in lexicon: valid v1 data, unique ids, full country coverage, spot
checks of names and words, and bare-word rules resolving through it."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest
import yaml

from raqib.analysis.chars import normalize_word
from raqib.lexicon import LEXICON_DIR, builtin_paths

LANGS = {"en", "ar", "ru", "fr"}
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


class _UniqueKeyLoader(yaml.SafeLoader):
    """SafeLoader that rejects duplicate mapping keys (yaml.safe_load keeps the last)."""


def _no_duplicates(loader, node, deep=False):
    keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
    dupes = {k for k in keys if keys.count(k) > 1}
    if dupes:
        raise yaml.constructor.ConstructorError(None, None, f"duplicate keys {dupes}", node.start_mark)
    return loader.construct_mapping(node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _no_duplicates)


def _load(path: Path) -> dict:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)


DOCS = {p.name: _load(p) for p in builtin_paths()}
ENTITIES = {i: e for d in DOCS.values() for i, e in (d.get("entities") or {}).items()}
CONCEPTS = {i: c for d in DOCS.values() for i, c in (d.get("concepts") or {}).items()}


ACRONYM = re.compile(r"^[A-Z]{2,5}$")


def _norms(names: list[str]) -> set[str]:
    """Names as the matcher compares them; an all-capital acronym (caps-only) stays apart."""
    return {n if ACRONYM.match(n) else normalize_word(n) for n in names}


# --- files and structure -------------------------------------------------------


def test_builtin_paths_are_the_sorted_yaml_files():
    paths = builtin_paths()
    assert paths == sorted(paths)
    assert {p.name for p in paths} >= {
        "countries.yaml",
        "capitals.yaml",
        "places.yaml",
        "institutions.yaml",
        "organizations.yaml",
        "groups.yaml",
        "concepts.yaml",
    }
    assert all(p.suffix == ".yaml" and p.parent == LEXICON_DIR for p in paths)


@pytest.mark.parametrize("name", sorted(DOCS))
def test_file_is_v1_lexicon_data(name):
    doc = DOCS[name]
    assert doc["version"] == 1
    assert set(doc) <= {"version", "entities", "concepts"}, "a lexicon file has no rules"
    assert doc.get("entities") or doc.get("concepts")


def test_ids_unique_across_files():
    seen: dict[str, list[str]] = defaultdict(list)
    for name, doc in DOCS.items():
        for section in ("entities", "concepts"):
            for i in doc.get(section) or {}:
                seen[i].append(f"{name}:{section}")
    clashes = {i: where for i, where in seen.items() if len(where) > 1}
    assert not clashes


@pytest.mark.parametrize("eid", sorted(ENTITIES))
def test_entity_shape(eid):
    e = ENTITIES[eid]
    assert SLUG.match(eid)
    assert set(e) <= {"label", "names", "transliterate"}
    assert isinstance(e["label"], str) and e["label"].strip()
    assert e["names"] and set(e["names"]) <= LANGS
    for lang, names in e["names"].items():
        assert names and all(isinstance(n, str) and n.strip() for n in names), (eid, lang)
        assert len(_norms(names)) == len(names), f"{eid}.{lang}: two names normalize alike"
    if "transliterate" in e:
        assert isinstance(e["transliterate"], bool)


@pytest.mark.parametrize("cid", sorted(CONCEPTS))
def test_concept_shape(cid):
    c = CONCEPTS[cid]
    assert SLUG.match(cid)
    assert c and set(c) <= LANGS
    assert {"en", "ar"} <= set(c), "every concept is bilingual"
    for lang, words in c.items():
        assert words and all(isinstance(w, str) and w.strip() for w in words), (cid, lang)


def test_no_short_bare_arabic_names():
    """A single Arabic name of 2 letters or fewer matches too much."""
    short = [
        (eid, n)
        for eid, e in ENTITIES.items()
        for n in e["names"].get("ar", [])
        if " " not in n.strip() and len(normalize_word(n)) <= 2
    ]
    assert not short


def test_no_name_shared_by_two_entities():
    owners: dict[str, set[str]] = defaultdict(set)
    for eid, e in ENTITIES.items():
        for names in e["names"].values():
            for n in _norms(names):
                owners[n].add(eid)
    assert not {n: ids for n, ids in owners.items() if len(ids) > 1}


# Everyday Arabic words that must never be a bare single-word entity name.
EVERYDAY_ARABIC = [
    "فتح",  # opening (Fatah: حركة فتح)
    "القاعدة",  # the base / the rule (al-Qaeda: تنظيم القاعدة)
    "الحشد",  # the crowd (PMF: الحشد الشعبي)
    "النصرة",  # support (Nusra: جبهة النصرة)
    "الشباب",  # the youth (al-Shabaab: حركة الشباب)
    "أمل",  # hope
    "الإخوان",  # the brothers
    "الدولة",  # the state
    "عمان",  # Oman and Amman
    "مالي",  # financial
    "بنين",  # boys
    "كيف",  # how (Kyiv: كييف)
    "سيول",  # torrents (Seoul)
    "صور",  # pictures (Tyre)
    "تدمر",  # destroys (Palmyra)
    "العديد",  # many (Al Udeid)
    "الأقصى",  # the maximum (al-Aqsa: المسجد الأقصى)
    "المدينة",  # the city (Medina: المدينة المنورة)
    "الساحل",  # the coast (Sahel)
    "الجزيرة",  # the island / the channel
    "مشهد",  # scene (Mashhad)
    "سرت",  # came into force (Sirte)
    "الخليج",  # the gulf
    "الأطلسي",  # the Atlantic
    "الجيش الوطني",  # the national army
    "مجري",  # course, stream (Hungarian)
]


@pytest.mark.parametrize("word", EVERYDAY_ARABIC)
def test_everyday_arabic_word_is_not_a_name(word):
    key = normalize_word(word)
    owners = [eid for eid, e in ENTITIES.items() if key in _norms(e["names"].get("ar", []))]
    assert not owners


# --- countries -------------------------------------------------------------------


def _country_ids() -> dict[str, str]:
    """alpha-2 -> entity id, from the `# XX` comment the generator writes."""
    text = (LEXICON_DIR / "countries.yaml").read_text(encoding="utf-8")
    return {m[2]: m[1] for m in re.finditer(r"^  ([a-z0-9-]+):  # ([A-Z]{2})$", text, re.M)}


def test_every_pycountry_country_has_an_english_and_arabic_name():
    ids = _country_ids()
    missing = []
    for c in pycountry.countries:
        eid = ids.get(c.alpha_2)
        names = ENTITIES.get(eid, {}).get("names", {})
        if not (names.get("en") and names.get("ar")):
            missing.append(c.alpha_2)
    assert not missing


def test_countries_yaml_is_up_to_date_with_its_generator():
    from raqib.lexicon import build_countries as gen

    extra = yaml.safe_load(gen.EXTRA_PATH.read_text(encoding="utf-8"))
    expected = gen.render(gen.build(extra))
    assert (LEXICON_DIR / "countries.yaml").read_text(encoding="utf-8") == expected, (
        "rerun: uv run python -m raqib.lexicon.build_countries"
    )


def test_capitals_are_not_country_names():
    capitals = _load(LEXICON_DIR / "capitals.yaml")["entities"]
    country_ids = set(_country_ids().values())
    for cap in capitals.values():
        cap_names = {n for names in cap["names"].values() for n in _norms(names)}
        for cid in country_ids:
            country_names = {n for names in ENTITIES[cid]["names"].values() for n in _norms(names)}
            assert not cap_names & country_names, (cap["label"], cid)


# --- spot checks -------------------------------------------------------------------

ENTITY_NAMES = [
    ("russia", "ar", "روسيا"),
    ("russia", "ar", "روسي"),
    ("russia", "ar", "روسية"),
    ("russia", "ar", "الروس"),
    ("russia", "en", "Russian"),
    ("russia", "en", "Russia"),
    ("russia", "ru", "Россия"),
    ("syria", "ar", "سوريا"),
    ("syria", "ar", "سورية"),
    ("syria", "ar", "سوري"),
    ("syria", "ar", "سوريون"),
    ("syria", "en", "Syrian"),
    ("ukraine", "ar", "أوكرانيا"),
    ("ukraine", "ar", "أوكرانية"),
    ("united-states", "en", "US"),
    ("united-states", "en", "America"),
    ("united-states", "ar", "الولايات المتحدة"),
    ("united-states", "ar", "أميركي"),
    ("united-states", "ar", "أمريكي"),
    ("united-kingdom", "en", "Britain"),
    ("united-kingdom", "ar", "بريطانيا"),
    ("south-korea", "en", "South Korea"),
    ("armenia", "ar", "أرمينيا"),
    ("armenia", "ar", "الأرمن"),
    ("iran", "ar", "إيران"),
    ("turkey", "en", "Türkiye"),
    ("moldova", "ar", "مولدوفا"),
    ("moscow", "ar", "موسكو"),
    ("moscow", "ar", "العاصمة الروسية"),
    ("kyiv", "en", "Kiev"),
    ("kyiv", "ar", "كييف"),
    ("damascus", "ar", "دمشق"),
    ("kremlin", "ar", "الكرملين"),
    ("white-house", "ar", "البيت الأبيض"),
    ("csto", "ar", "منظمة معاهدة الأمن الجماعي"),
    ("csto", "ar", "معاهدة الأمن الجماعي"),
    ("csto", "ru", "ОДКБ"),
    ("csto", "en", "CSTO"),
    ("nato", "ar", "حلف شمال الأطلسي"),
    ("nato", "ar", "الناتو"),
    ("eu", "ar", "الاتحاد الأوروبي"),
    ("un", "ar", "الأمم المتحدة"),
    ("arab-league", "ar", "جامعة الدول العربية"),
    ("iaea", "ar", "الوكالة الدولية للطاقة الذرية"),
    ("isis", "ar", "داعش"),
    ("isis", "ar", "تنظيم الدولة"),
    ("hts", "ar", "هيئة تحرير الشام"),
    ("sdf", "ar", "قسد"),
    ("rsf", "ar", "الدعم السريع"),
    ("pmf", "ar", "الحشد الشعبي"),
    ("irgc", "ar", "الحرس الثوري"),
    ("fatah", "ar", "حركة فتح"),
    ("houthis", "ar", "أنصار الله"),
    ("hmeimim", "ar", "حميميم"),
    ("hmeimim", "en", "Khmeimim"),
    ("tartus", "ar", "طرطوس"),
    ("nagorno-karabakh", "en", "Karabakh"),
    ("nagorno-karabakh", "en", "Nagorno-Karabakh"),
    ("nagorno-karabakh", "ar", "قره باغ"),
    ("nagorno-karabakh", "ar", "قرة باغ"),
    ("nagorno-karabakh", "ar", "قره باج"),
    ("nagorno-karabakh", "ar", "كاراباخ"),
    ("deir-ez-zor", "en", "Deir Ezzor"),
    ("deir-ez-zor", "ar", "دير الزور"),
    ("pskov", "ar", "بسكوف"),
]


@pytest.mark.parametrize("eid,lang,name", ENTITY_NAMES)
def test_entity_has_name(eid, lang, name):
    assert _norms([name]) <= _norms(ENTITIES[eid]["names"].get(lang, []))


CONCEPT_WORDS = [
    ("withdrawal", "ar", "انسحاب"),
    ("withdrawal", "ar", "سحب"),
    ("withdrawal", "ar", "تجميد"),
    ("withdrawal", "ar", "مغادرة"),
    ("withdrawal", "en", "withdraw"),
    ("withdrawal", "en", "pull out"),
    ("withdrawal", "en", "exit"),
    ("drone", "ar", "طائرة مسيرة"),
    ("drone", "ar", "مسيرة"),
    ("drone", "ar", "درون"),
    ("drone", "en", "UAV"),
    ("ceasefire", "ar", "وقف إطلاق النار"),
    ("ceasefire", "ar", "هدنة"),
    ("sanctions", "ar", "عقوبات"),
    ("election", "ar", "انتخابات"),
    ("missile", "ar", "صاروخ"),
    ("explosion", "ar", "انفجار"),
    ("arrest", "ar", "اعتقال"),
    ("killing", "ar", "مقتل"),
    ("labour-strike", "ar", "إضراب"),
]


@pytest.mark.parametrize("cid,lang,word", CONCEPT_WORDS)
def test_concept_has_word(cid, lang, word):
    assert _norms([word]) <= _norms(CONCEPTS[cid][lang])


# Words left out of concepts on purpose (the comments in concepts.yaml say why).
CONCEPT_EXCLUSIONS = [
    ("withdrawal", "en", "left"),
    ("withdrawal", "en", "leave"),
    ("withdrawal", "ar", "رحيل"),
    ("withdrawal", "ar", "تعليق"),
    ("attack", "en", "strike"),
    ("agreement", "en", "deal"),
    ("agreement", "en", "accord"),
    ("explosion", "ar", "فجر"),
    ("explosion", "ar", "تفجير"),  # would derive فجر "dawn"
    ("election", "ar", "صوت"),
    ("election", "ar", "تصويت"),  # would derive صوت "voice"
    ("arrest", "ar", "توقيف"),  # would derive وقف "stop"
    ("coup", "ar", "انقلاب"),
    ("protest", "en", "march"),
]


@pytest.mark.parametrize("cid,lang,word", CONCEPT_EXCLUSIONS)
def test_concept_leaves_out_ambiguous_word(cid, lang, word):
    assert not _norms([word]) & _norms(CONCEPTS[cid][lang])


# --- bare-word rules through the engine ----------------------------------------------

RULES = """\
version: 1
rules:
  - id: russia
    title: Russia
    match: Russia
  - id: csto-withdrawal
    title: A member leaves the CSTO
    match:
      all: [CSTO, withdrawal]
      within: sentence
  - id: russia-syria-drawdown
    title: Russian forces leave Syria
    match:
      all: [Russia, withdrawal, Syria]
      within: sentence
  - id: ukraine-drones
    title: Ukrainian drones
    match:
      all: [drone, Ukraine]
      within: sentence
  - id: karabakh
    title: Karabakh
    match: Karabakh
  - id: explosion
    title: Explosions
    match: explosion
  - id: election
    title: Elections
    match: election
"""

MATCHES = [
    # (sentence, rule id, expected)
    ("أعلنت روسيا اليوم عن خطة جديدة للطاقة.", "russia", True),
    ("قال مسؤول روسي إن المحادثات مستمرة.", "russia", True),
    ("وصل الوفد الروسي إلى العاصمة.", "russia", True),
    ("The Russian delegation arrived on Monday.", "russia", True),
    ("ارتفعت أسعار النفط في الأسواق العالمية.", "russia", False),
    ("قال رئيس الوزراء إن بلاده قد تنسحب من منظمة معاهدة الأمن الجماعي.", "csto-withdrawal", True),
    ("أعلنت أرمينيا تجميد مشاركتها في منظمة معاهدة الأمن الجماعي.", "csto-withdrawal", True),
    ("Armenia has frozen its participation in the CSTO.", "csto-withdrawal", True),
    ("Yerevan may leave the CSTO, the prime minister said.", "csto-withdrawal", True),
    ("عقدت منظمة معاهدة الأمن الجماعي قمتها السنوية في موسكو.", "csto-withdrawal", False),
    (
        "أرمينيا عضو في منظمة معاهدة الأمن الجماعي. وبدأت القوات الأمريكية الانسحاب من العراق.",
        "csto-withdrawal",
        False,
    ),
    ("بدأت القوات الروسية الانسحاب من قواعدها في سوريا.", "russia-syria-drawdown", True),
    ("تواصل روسيا سحب وحداتها العسكرية المتمركزة في سورية.", "russia-syria-drawdown", True),
    ("Russian forces began to pull out of Syria.", "russia-syria-drawdown", True),
    ("انسحبت القوات الروسية من خيرسون. وفي سوريا تستمر المعارك.", "russia-syria-drawdown", False),
    ("أسقطت الدفاعات الروسية 30 طائرة مسيرة أوكرانية فوق القرم.", "ukraine-drones", True),
    ("أعلنت أوكرانيا إطلاق عشرات المسيرات نحو الأراضي الروسية.", "ukraine-drones", True),
    ("Russia said it downed 20 Ukrainian drones overnight.", "ukraine-drones", True),
    ("شهدت المنطقة تصعيدا جديدا في ناغورنو قره باغ.", "karabakh", True),
    ("عاد النازحون إلى إقليم قرة باغ.", "karabakh", True),
    ("Azerbaijan retook Nagorno-Karabakh in 2023.", "karabakh", True),
    ("هز انفجار عنيف وسط المدينة.", "explosion", True),
    ("أدان الوزير التفجير الذي استهدف السوق.", "explosion", True),
    ("وصل الوفد فجر اليوم إلى العاصمة.", "explosion", False),
    ("بدأ التصويت في الانتخابات البرلمانية.", "election", True),
    ("رفع المتظاهرون صوتهم ضد القرار.", "election", False),
]


@pytest.fixture(scope="module")
def watchlist(tmp_path_factory):
    engine = pytest.importorskip("raqib.engine")
    path = tmp_path_factory.mktemp("rules") / "bare.yaml"
    path.write_text(RULES, encoding="utf-8")
    return engine.load_rules(path)


@pytest.mark.parametrize("text,rule,expected", MATCHES)
def test_bare_word_rules_match_through_the_lexicon(watchlist, text, rule, expected):
    lang = "ar" if re.search("[\u0600-\u06ff]", text) else "en"
    hits = {m.rule.id for m in watchlist.match({"id": "t", "lang": lang, "title": "", "text": text})}
    assert (rule in hits) is expected
