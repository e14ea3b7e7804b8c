"""Synthetic, seeded workloads for the matching benchmark: v1 rule files and news-like articles.

Everything here is generated; nothing is copied from real news or from the
project's shared files.

Shape of a workload
-------------------

* An *entity universe* of ``UNIVERSE`` entities (persons, organizations,
  places), each with plausible Arabic names built from syllables of Arabic
  letters and the matching Latin transliteration. Entity ``i`` is a pure
  function of ``(seed, i)``.
* Rule ``i`` is a pure function of ``(seed, i)`` too, and names entity ``i``
  (plus, sometimes, entities ``j < i`` and shared concepts). A rule set of
  size N is therefore the first N rules of one infinite list: the 100-rule set
  is inside the 1,000-rule set, and so on. Rules are written as v1 YAML files
  of at most ``RULES_PER_FILE`` rules; the concepts go in ``concepts.yaml``.
* Articles (80% Arabic, 20% English, about 5 KB of UTF-8 each) are the same
  for every rule-set size: sentences from a small hand-written vocabulary of
  common news words, with names of entities from the whole universe planted at
  a log-uniform (Zipf-like) popularity, plus names that no rule knows. So a
  small rule set matches a few articles and a big one matches more, but most
  rules never match.

Mix of rules (per 1,000): 450 one entity; 200 any of 2-4 entities;
200 all of entity + concept within sentence / paragraph / N words / article;
50 all with a not; 45 phrases or literal keywords; 50 with lang/min_mentions/scope
options on top of one of the above; 5 regular expressions.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

UNIVERSE = 100_000
RULES_PER_FILE = 1_000
ARTICLE_BYTES = 5_000

# --- names -----------------------------------------------------------------------------------

# (Arabic consonant, Latin transliteration). No letters that normalization folds, so the
# Arabic spelling written in the rules is also how it appears in the normalized text.
CONSONANTS = [
    ("ب", "b"), ("ت", "t"), ("ج", "j"), ("ح", "h"), ("خ", "kh"), ("د", "d"), ("ر", "r"),
    ("ز", "z"), ("س", "s"), ("ش", "sh"), ("ص", "s"), ("ط", "t"), ("ع", ""), ("غ", "gh"),
    ("ف", "f"), ("ق", "q"), ("ك", "k"), ("ل", "l"), ("م", "m"), ("ن", "n"), ("ه", "h"),
    ("و", "w"), ("ي", "y"), ("ض", "d"), ("ذ", "dh"), ("ث", "th"),
]
# Long vowels are written in Arabic; a short vowel is not.
VOWELS = [("ا", "a"), ("ي", "i"), ("و", "ou"), ("", "a"), ("", "e"), ("", "i"), ("", "u")]

ORG_WORDS = [
    ("حركة", "Movement"), ("منظمة", "Organization"), ("شركة", "Company"), ("حزب", "Party"),
    ("جبهة", "Front"), ("مجلس", "Council"), ("اتحاد", "Union"), ("مؤسسة", "Foundation"),
]
PLACE_WORDS = [("ميناء", "port of"), ("مدينة", "city of"), ("قاعدة", "base of"), ("مطار", "airport of")]


def _syllable(rng: random.Random) -> tuple[str, str]:
    ca, cl = rng.choice(CONSONANTS)
    va, vl = rng.choice(VOWELS)
    return ca + va, cl + vl


def make_word(rng: random.Random, syllables: tuple[int, int] = (2, 3)) -> tuple[str, str]:
    """One plausible name word: (Arabic, Latin), e.g. ('كاريم', 'Karim'); at least 3 Arabic letters.

    A word whose consonant skeleton is that of a common word of the articles (بعد, كانت,
    "million") is drawn again: real names are not spelled like "after" or "was", and
    random syllables often are, which made a large rule set match most articles by
    transliteration of their most frequent words.
    """
    ar, la = "", ""
    while len(ar) < 3 or skeleton(ar) in _vocabulary_skeletons() or skeleton(la) in _vocabulary_skeletons():
        ar, la = _word(rng, syllables)
    return ar, la


# Consonant classes close to the engine's phonetic key (a fixed copy, so that the workload does
# not change when the engine's transliteration does): vowels, glides, ayn and hamza are none.
_AR_CLASSES = {
    **dict.fromkeys("بفپڤ", "B"), **dict.fromkeys("جغكقخحهشچگ", "K"), **dict.fromkeys("تطث", "T"),
    **dict.fromkeys("دذضظز", "D"), **dict.fromkeys("سص", "S"), "ر": "R", "ل": "L", "م": "M", "ن": "N",
}  # fmt: skip
_LAT_DIGRAPHS = {"sh": "K", "ch": "K", "kh": "K", "gh": "K", "zh": "K", "th": "T", "dh": "D", "ph": "B"}
_LAT_CLASSES = {
    **dict.fromkeys("bpvf", "B"), **dict.fromkeys("gjkqchx", "K"), "t": "T", **dict.fromkeys("dz", "D"),
    "s": "S", "r": "R", "l": "L", "m": "M", "n": "N",
}  # fmt: skip


def skeleton(word: str) -> str:
    """The consonant classes of a name word in either script (article and final h dropped, repeats merged)."""
    w = word.lower()
    out: list[str] = []
    if w[:1] in _AR_CLASSES or w[:1] in "اأإآوي":
        if w.startswith("ال") and len(w) >= 4:
            w = w[2:]
        w = w.rstrip("هةح") or w
        classes = [_AR_CLASSES.get(c, "") for c in w]
    else:
        if w[:2] in ("al", "el") and len(w) >= 5:
            w = w[2:]
        if w.endswith("h") and len(w) > 1 and w[-2] in "aeiou":
            w = w[:-1]
        classes, i = [], 0
        while i < len(w):
            if w[i : i + 2] in _LAT_DIGRAPHS:
                classes.append(_LAT_DIGRAPHS[w[i : i + 2]])
                i += 2
                continue
            classes.append(_LAT_CLASSES.get(w[i], ""))
            i += 1
    for c in classes:
        if c and (not out or out[-1] != c):
            out.append(c)
    return "".join(out)


_VOCAB_SKELETONS: frozenset[str] | None = None


def _vocabulary_skeletons() -> frozenset[str]:
    """Skeletons of the articles' own words, with their clitics and common endings off."""
    global _VOCAB_SKELETONS
    if _VOCAB_SKELETONS is None:
        words = AR_FUNCTION + AR_CONTENT + EN_FUNCTION + EN_CONTENT
        for _, en, ar in CONCEPTS:
            words += [w for phrase in en + ar for w in phrase.split()]
        forms: set[str] = set()
        for w in words:
            if w.isascii():
                forms.update(w + e for e in ("", "s", "ed", "ing"))
                continue
            bases = {w} | {w[len(p) :] for p in ("و", "ب", "ل", "ف", "ال", "وال", "بال") if w.startswith(p)}
            forms.update(b + e for b in bases for e in ("", "ها", "ه"))
        _VOCAB_SKELETONS = frozenset(sk for f in forms if len(sk := skeleton(f)) > 0)
    return _VOCAB_SKELETONS


def _word(rng: random.Random, syllables: tuple[int, int]) -> tuple[str, str]:
    ar, la = "", ""
    for _ in range(rng.randint(*syllables)):
        a, l_ = _syllable(rng)
        ar, la = ar + a, la + l_
    if rng.random() < 0.6:  # a closing consonant
        a, l_ = rng.choice(CONSONANTS)
        ar, la = ar + a, la + l_
    la = la or "a"
    if la[0] in "aeiou" and rng.random() < 0.3:
        la = "A" + la[1:]
    return ar, la[:1].upper() + la[1:]


_FIRST_NAMES_CACHE: dict[int, list[tuple[str, str]]] = {}


def first_names(seed: int, n: int = 400) -> list[tuple[str, str]]:
    """A shared pool of given names (real watch lists have many people called the same)."""
    if seed not in _FIRST_NAMES_CACHE:
        rng = random.Random(f"{seed}:first-names")
        _FIRST_NAMES_CACHE[seed] = [make_word(rng, (2, 2)) for _ in range(n)]
    return _FIRST_NAMES_CACHE[seed]


@dataclass(frozen=True)
class Entity:
    id: str
    kind: str  # person | org | place
    label: str
    ar: tuple[str, ...]
    en: tuple[str, ...]
    mention_ar: str  # how articles write it
    mention_en: str


def entity(seed: int, i: int) -> Entity:
    """Entity number ``i`` of the universe: a pure function of (seed, i)."""
    rng = random.Random(f"{seed}:entity:{i}")
    kind = rng.choices(["person", "org", "place"], [50, 20, 30])[0]
    eid = f"ent-{i:06d}"
    if kind == "person":
        fa, fl = rng.choice(first_names(seed))
        la_, ll = make_word(rng)
        ar, en = [f"{fa} {la_}"], [f"{fl} {ll}"]
        if rng.random() < 0.3:  # the family name alone
            ar.append(la_)
            en.append(ll)
        m_ar, m_en = ar[0], en[0]
    elif kind == "org":
        wa, wl = rng.choice(ORG_WORDS)
        na, nl = make_word(rng)
        ar, en = [f"{wa} {na}"], [f"{nl} {wl}"]
        m_ar, m_en = ar[0], en[0]
        if rng.random() < 0.3:
            acro = "".join(rng.choice("ABCDFGHJKLMNPRSTVWZ") for _ in range(rng.randint(3, 5)))
            en.append(acro)
            if rng.random() < 0.5:
                m_en = acro
    else:
        na, nl = make_word(rng)
        ar, en = [na], [nl]
        if rng.random() < 0.2:  # a second spelling
            na2, nl2 = make_word(rng, (1, 1))
            ar.append(na + na2)
            en.append(nl + nl2.lower())
        m_ar, m_en = ar[0], en[0]
    r = rng.random()
    if r < 0.10:  # Latin names only: found in Arabic text by transliteration
        ar = []
    elif r < 0.15:
        en = []
    return Entity(eid, kind, en[0] if en else ar[0], tuple(ar), tuple(en), m_ar, m_en)


# --- vocabulary -------------------------------------------------------------------------------

# Concepts: (id, English words, Arabic words). The articles use these and their inflections.
CONCEPTS = [
    ("bc-attack", ["attack", "strike", "raid"], ["هجوم", "هاجم", "غارة", "قصف"]),
    ("bc-withdrawal", ["withdraw", "withdrawal", "pull out"], ["انسحاب", "انسحب", "مغادرة"]),
    ("bc-sanctions", ["sanction", "sanctions", "embargo"], ["عقوبات", "حظر"]),
    ("bc-talks", ["talks", "negotiate", "negotiations"], ["مفاوضات", "محادثات", "تفاوض"]),
    ("bc-arrest", ["arrest", "detain", "detention"], ["اعتقال", "اعتقل", "احتجاز"]),
    ("bc-election", ["election", "vote", "ballot"], ["انتخابات", "تصويت", "اقتراع"]),
    ("bc-protest", ["protest", "demonstration", "rally"], ["احتجاج", "مظاهرة", "تظاهر"]),
    ("bc-ceasefire", ["ceasefire", "truce"], ["وقف إطلاق النار", "هدنة"]),
    ("bc-visit", ["visit", "trip"], ["زيارة", "زار"]),
    ("bc-agreement", ["agreement", "deal", "accord", "sign"], ["اتفاق", "اتفاقية", "وقع"]),
    ("bc-killed", ["killed", "dead", "casualties"], ["قتلى", "مقتل", "ضحايا"]),
    ("bc-explosion", ["explosion", "blast", "bomb"], ["انفجار", "تفجير", "عبوة ناسفة"]),
    ("bc-drone", ["drone", "UAV"], ["طائرة مسيرة", "مسيرة"]),
    ("bc-missile", ["missile", "rocket"], ["صاروخ", "صواريخ"]),
    ("bc-oil", ["oil", "crude", "pipeline"], ["النفط", "نفط", "خط أنابيب"]),
    ("bc-investment", ["investment", "invest", "fund"], ["استثمار", "استثمارات", "صندوق"]),
    ("bc-resign", ["resign", "resignation", "step down"], ["استقالة", "استقال"]),
    ("bc-kidnap", ["kidnap", "abduct", "hostage"], ["خطف", "اختطاف", "رهينة"]),
    ("bc-court", ["court", "trial", "verdict"], ["محكمة", "محاكمة", "حكم"]),
    ("bc-flood", ["flood", "earthquake", "storm"], ["فيضان", "زلزال", "عاصفة"]),
    ("bc-corruption", ["corruption", "bribery", "fraud"], ["فساد", "رشوة", "احتيال"]),
    ("bc-refugees", ["refugees", "displaced", "migrants"], ["لاجئين", "نازحين", "مهاجرين"]),
    ("bc-border", ["border", "crossing", "frontier"], ["الحدود", "معبر", "حدود"]),
    ("bc-aid", ["aid", "relief", "assistance"], ["مساعدات", "إغاثة"]),
    ("bc-military", ["troops", "army", "forces"], ["الجيش", "قوات", "القوات"]),
    ("bc-port", ["port", "harbour", "shipping"], ["ميناء", "الموانئ", "شحن"]),
    ("bc-cyber", ["cyberattack", "hack", "breach"], ["اختراق", "قرصنة", "هجوم إلكتروني"]),
    ("bc-summit", ["summit", "conference", "meeting"], ["قمة", "مؤتمر", "اجتماع"]),
]

AR_FUNCTION = (
    "في من على إلى عن أن إن مع بعد قبل خلال حول بين ضد عند حتى منذ كما لكن أو ثم قد لم لن "
    "هذا هذه ذلك التي الذي الذين وقال وقالت وأضاف وأكد وأشار كان كانت يكون ما لا"
).split()
AR_CONTENT = (
    "الحكومة الوزير الرئيس وزارة الخارجية الداخلية الدفاع المتحدث الرسمي بيان رسمي مصادر مطلعة "
    "العاصمة المدينة المنطقة البلاد الدولة الشعب المواطنين السكان الأمن الاستقرار الوضع الأزمة "
    "السياسية الاقتصادية الاجتماعية العسكرية الأمنية الدولية الإقليمية المحلية العربية الجديدة "
    "الأسبوع اليوم أمس الماضي المقبل الجاري صباح مساء يوم الخميس الجمعة السبت الأحد الاثنين "
    "التقرير الصحفي وكالة الأنباء مراسل القناة التلفزيون الإذاعة الصحيفة الموقع تصريحات مؤتمر "
    "صحفي لجنة البرلمان المجلس القرار الخطة المشروع البرنامج الميزانية الأسعار السوق الشركات "
    "المستشفى المدارس الجامعة الطلاب العمال الموظفين المسؤولين الخبراء المراقبين المحللين "
    "أعلن أعلنت أكد أكدت أشار أشارت أوضح أوضحت نفى نفت دعا دعت طالب طالبت رفض رفضت وافق وافقت "
    "يجري تجري يتوقع تتوقع يسعى تسعى يواجه تواجه جديد كبير كبيرة عدد عدة بعض جميع كل أكثر أقل "
    "مليون ألف دولار نسبة المئة العام السنة الشهر ساعات دقائق بشكل بصورة إطار سياق موقف"
).split()
EN_FUNCTION = (
    "the the the of of to to in in and and a a on for with at by from that which as is was "
    "were has have had been it its their this after before during over about between against"
).split()
EN_CONTENT = (
    "government minister president ministry foreign interior defence spokesman official statement "
    "sources capital city region country state people citizens residents security stability "
    "situation crisis political economic social military international regional local new week "
    "today yesterday last next morning evening Thursday Friday Saturday Sunday Monday report "
    "agency news correspondent channel television radio newspaper website said told added "
    "confirmed announced denied called urged rejected agreed committee parliament council decision "
    "plan project programme budget prices market companies hospital schools university students "
    "workers employees officials experts observers analysts expected seeks faces large several "
    "some all more less million thousand dollars percent year month hours minutes according "
    "recent major senior former local national public private support response"
).split()
AR_MARKERS = ["إقرأ أيضاً:", "مقالات ذات صلة", "الأكثر قراءة"]
EN_MARKERS = ["Read also:", "Related articles", "Most read"]
CLITICS = [("", 70), ("و", 12), ("ب", 6), ("ل", 6), ("ف", 3), ("وب", 3)]


@dataclass
class Workload:
    seed: int
    size: int
    rules: list[dict] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)

    def concept_words(self) -> dict[str, list[str]]:
        return {cid: en + ar for cid, en, ar in CONCEPTS}


# --- rules ------------------------------------------------------------------------------------


def _rule(seed: int, i: int) -> dict:
    """Rule number ``i``: names entity i, maybe entities j < i and concepts."""
    rng = random.Random(f"{seed}:rule:{i}")
    me = f"ent-{i:06d}"

    def other() -> str:
        return f"ent-{rng.randrange(i):06d}" if i else me

    def concept() -> str:
        return rng.choice(CONCEPTS)[0]

    def window():
        return rng.choices(["sentence", "paragraph", rng.choice([5, 10, 20]), "article"], [40, 25, 20, 15])[0]

    r = rng.random()
    if r < 0.005:
        e = entity(seed, i)
        name = (e.en[0] if e.en else make_word(rng)[1]).split()[0].lower()
        match = {"regex": f"{name} [0-9]{{2,3}}"}
    elif r < 0.455:
        match = me
    elif r < 0.655:
        match = {"any": [me] + [other() for _ in range(rng.randint(1, 3))]}
    elif r < 0.855:
        match = {"all": [me, concept()], "within": window()}
    elif r < 0.905:
        match = {"all": [me, concept(), {"not": concept()}], "within": window()}
    elif r < 0.950:
        e = entity(seed, i)
        wa, wl = rng.choice(PLACE_WORDS)
        choices = []
        if e.ar:
            choices.append({"phrase": f"{wa} {e.ar[0]}"})
        if e.en:
            choices.append({"phrase": f"{wl} {e.en[0]}"})
        if rng.random() < 0.5:  # a bare literal keyword: not an id or name anywhere
            choices.append(make_word(rng, (3, 3))[0])
        match = {"any": choices}
    else:
        match = rng.choice([me, {"all": [me, concept()], "within": window()}])
    out: dict = {
        "id": f"r-{i:06d}",
        "title": f"Watch {i}",
        "severity": rng.choices(["info", "low", "medium", "high", "critical"], [5, 20, 50, 20, 5])[0],
        "match": match,
        "notify": [f"#desk-{rng.randrange(20)}"],
    }
    if r >= 0.95:
        opt = rng.choice(["lang", "min_mentions", "scope"])
        out[opt] = {"lang": ["ar"], "min_mentions": 2, "scope": "page"}[opt]
    if rng.random() < 0.3:
        out["tags"] = [rng.choice(["politics", "security", "economy", "region"])]
    return out


def _entity_yaml(e: Entity) -> dict:
    names = {}
    if e.en:
        names["en"] = list(e.en)
    if e.ar:
        names["ar"] = list(e.ar)
    return {"label": e.label, "names": names}


def make_rules(seed: int, size: int) -> Workload:
    """The first ``size`` rules and their entities."""
    wl = Workload(seed, size)
    for i in range(size):
        wl.entities[f"ent-{i:06d}"] = entity(seed, i)
        wl.rules.append(_rule(seed, i))
    return wl


def write_rules(wl: Workload, directory: str | Path) -> list[Path]:
    """Write the rule set as v1 YAML files; returns the file paths."""
    d = Path(directory)
    d.mkdir(parents=True, exist_ok=True)
    paths = []
    concepts = {cid: {"en": en, "ar": ar} for cid, en, ar in CONCEPTS}
    p = d / "concepts.yaml"
    p.write_text(yaml.safe_dump({"version": 1, "concepts": concepts}, allow_unicode=True, sort_keys=False))
    paths.append(p)
    ents = list(wl.entities.values())
    for k in range(0, len(wl.rules), RULES_PER_FILE):
        doc = {
            "version": 1,
            "entities": {e.id: _entity_yaml(e) for e in ents[k : k + RULES_PER_FILE]},
            "rules": wl.rules[k : k + RULES_PER_FILE],
        }
        p = d / f"watch-{k // RULES_PER_FILE:04d}.yaml"
        p.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=200))
        paths.append(p)
    return paths


# --- articles ---------------------------------------------------------------------------------


def _popular(rng: random.Random, universe: int) -> int:
    """An entity index with log-uniform (Zipf-like, s=1) popularity: low indexes are mentioned most."""
    return min(int(math.exp(rng.random() * math.log(universe + 1))) - 1, universe - 1)


def _mention(rng: random.Random, seed: int, cast: list[int], lang: str) -> list[str]:
    if rng.random() < 0.25:  # a name no rule knows
        a, l_ = make_word(rng)
        return [a] if lang == "ar" else [l_]
    e = entity(seed, rng.choice(cast))
    if lang == "ar":
        words = e.mention_ar.split()
        if e.kind == "place" and rng.random() < 0.15:
            words = [rng.choice(PLACE_WORDS)[0]] + words
        if e.kind == "person" and len(e.ar) > 1 and rng.random() < 0.4:
            words = e.ar[1].split()
        clitic = rng.choices([c for c, _ in CLITICS], [w for _, w in CLITICS])[0]
        words[0] = clitic + words[0]
    else:
        words = e.mention_en.split()
        if e.kind == "place" and rng.random() < 0.15:
            words = rng.choice(PLACE_WORDS)[1].split() + words
        if e.kind == "person" and len(e.en) > 1 and rng.random() < 0.4:
            words = e.en[1].split()
    if rng.random() < 0.03:  # a model number, for the regex rules
        words = words + [str(rng.randint(10, 999))]
    return words


def _sentence(rng: random.Random, seed: int, cast: list[int], lang: str, n: tuple[int, int]) -> str:
    fn, content = (AR_FUNCTION, AR_CONTENT) if lang == "ar" else (EN_FUNCTION, EN_CONTENT)
    out: list[str] = []
    for _ in range(rng.randint(*n)):
        out.append(rng.choice(fn) if rng.random() < 0.4 else rng.choice(content))
    if rng.random() < 0.45:
        k = rng.randrange(len(out))
        out[k : k + 1] = _mention(rng, seed, cast, lang)
    if rng.random() < 0.35:
        _, en, ar = rng.choice(CONCEPTS)
        w = rng.choice(ar if lang == "ar" else en)
        if lang == "ar" and rng.random() < 0.4 and " " not in w:
            w = rng.choice(["ال", "و", "ب", ""]) + w + rng.choice(["", "ها", "ه", ""])
        elif lang == "en" and rng.random() < 0.3 and " " not in w:
            w = w + rng.choice(["s", "ed", "ing"])
        out.insert(rng.randrange(len(out) + 1), w)
    s = " ".join(out)
    if lang == "en":
        s = s[:1].upper() + s[1:]
    return s + "."


def article(seed: int, i: int, universe: int = UNIVERSE) -> dict:
    """Article number ``i``: a mapping as it travels on the articles topic."""
    rng = random.Random(f"{seed}:article:{i}")
    lang = "ar" if rng.random() < 0.8 else "en"
    cast = [_popular(rng, universe) for _ in range(rng.randint(2, 5))]
    target = int(ARTICLE_BYTES * rng.uniform(0.8, 1.2))
    title = _sentence(rng, seed, cast[:1], lang, (6, 10)).rstrip(".")
    paras: list[str] = []
    size = len(title.encode())
    while size < target:
        p = " ".join(_sentence(rng, seed, cast, lang, (8, 20)) for _ in range(rng.randint(2, 4)))
        paras.append(p)
        size += len(p.encode()) + 1
    if rng.random() < 0.2:  # page furniture: a list of related headlines
        others = [_popular(rng, universe) for _ in range(3)]
        paras.append(rng.choice(AR_MARKERS if lang == "ar" else EN_MARKERS))
        paras += [_sentence(rng, seed, others, lang, (5, 9)).rstrip(".") for _ in range(3)]
    return {
        "id": f"bench-{seed}-{i}",
        "title": title,
        "text": "\n".join(paras),
        "lang": lang,
        "source": "bench",
        "url": f"https://example.org/{seed}/{i}",
    }


def articles(seed: int, n: int, universe: int = UNIVERSE) -> Iterator[dict]:
    for i in range(n):
        yield article(seed, i, universe)


# --- helpers for the peers -------------------------------------------------------------------


def rule_terms(rule: dict, wl: Workload) -> tuple[list[str], list[str]]:
    """(literal words and names of every term of a rule, regexes) — what a desk script would search."""
    concepts = wl.concept_words()
    lits: list[str] = []
    regexes: list[str] = []

    def walk(x) -> None:
        if isinstance(x, str):
            if x in wl.entities:
                e = wl.entities[x]
                lits.extend(e.ar + e.en)
            elif x in concepts:
                lits.extend(concepts[x])
            else:
                lits.append(x)
        elif isinstance(x, dict):
            for k, v in x.items():
                if k == "phrase":
                    lits.append(v)
                elif k == "regex":
                    regexes.append(v)
                elif k in ("any", "all"):
                    for c in v:
                        walk(c)
                elif k == "not":
                    pass  # a desk script searches for what it wants, not what it excludes

    walk(rule["match"])
    return lits, regexes
