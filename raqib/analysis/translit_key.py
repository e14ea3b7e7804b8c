"""Transliteration keys: a name's consonant skeleton in classes both scripts share.

A name written only in Latin script (Lavrov, Hmeimim, al-Sharaa) should also
find its Arabic-script spellings (لافروف, حميميم, الشرع) and its other Latin
spellings (Hmeymim, al-Shara), and an Arabic name its Latin spellings. Two
steps, a coarse one that is a dict key and a fine one run on its candidates:

``phonetic_key(word)`` -- the consonant skeleton in classes both scripts share.
    Arabic has no p, v, g and writes foreign names with stand-ins (ب ف غ ج ك),
    and it writes vowels as long letters (ا و ي) or not at all, so the key keeps
    consonants only, each reduced to a class:

    ====  ======================================  ==========================
    key   Latin                                   Arabic
    ====  ======================================  ==========================
    B     b p v f ph                              ب ف پ ڤ
    K     g j k q c(hard) ck kh gh zh dj dzh h    ج غ ك ق خ ح ه(not final) گ ژ
          sh ch sch tch tsh shch                  ش چ تش
    T     t th                                    ت ط ث
    D     d dh z                                  د ذ ض ظ ز
    S     s c(before e i y) ; x = K S ; ts tz=TS  س ص
    R L M N                                       ر ل م ن
    --    vowels a e i o u, glides y w            ا و ي ع ء ئ ؤ, final ه
    ====  ======================================  ==========================

    The hushing sounds share class K with g/j because the Arabic press writes
    one letter, ج, for Latin g, j, zh and for the ch of Persian, Turkish and
    Kurdish names (Araghchi عراقجي, Chabahar جابهار): the key keeps them
    together, the finer tags keep sh (ش) apart from k and g, and only a Latin
    ch answers both ش/تش and ج -- where the vowels beside it are written, as in
    a foreign name (Michel is not مجال "field", Lachin not لجنة "committee";
    see ``_loose_letters_ok``). Within K, neighbours collapse only within one
    sound group, hushing (sh ch ش تش), j (j zh ج) or the rest (``_sound_group``):
    Mashal is not مشكلة, and Araghchi's gh-ch is R K K as عراقجي's ق-ج is.

    Classes that depend on the neighbours, alike in both scripts:

    * a hushing sound that ends the word (sh ch / ش تش چ) is class S, with s:
      Portuguese writes a final s that is heard sh, and a final Latin -es may
      be ش (Guterres غوتيريش, Gomes غوميش) when its e is written ي in a name
      of three classes (Gomes is not قماش "cloth"); a final sh still needs ش;
    * ts/tz after a consonant (Latin), تس after a consonant (Arabic) is one
      sound, class D with z: German z is written تس (Merz ميرتس, Scholz
      شولتس, Herzog هرتسوغ), and so is ts (Schwartz شوارتس); German tsch is
      one hushing sound (Klitschko كليتشكو).

    Not a rule, by measure: the nasal before b (Jumblatt جنبلاط) -- m = ن before
    b would make Kampala قنبلة "bomb" and Embaló النبلاء "the nobles".

    Latin ``ch`` before r l is a velar, ك or خ (Christoph, Christodoulides
    خريستودوليدس), before t s German ك خ or ش (Hochstein هوكستين, Albrecht
    ألبريشت); a Latin ``h`` after a vowel at the
    end of a word is no key letter (Abdullah, Fatimah, Saleh), nor is Arabic's
    final ه or ح (teh marbuta or a final h: عبدالله, فاطمه, صالح). Latin double letters and neighbouring
    letters of one class collapse (Muhammad = محمد = M K M D); in Arabic only
    neighbouring different letters of one class do (shadda is gone already, so
    two equal Arabic letters mean a vowel between them: مدد).

    The article: a leading ال in Arabic, and a leading al/el/il in Latin (how
    ``merge_article`` writes "al-Sharaa": "alsharaa"), is not part of the key,
    on both sides, because Latin often drops it ("Julani" for الجولاني) and
    because Arabic normalization turns the أل/إل of foreign names into ال
    (أليكسي -> اليكسي, Alexei) -- stripping both sides keeps them aligned.
    Except in a foreign-looking Latin name (``looks_foreign``) where al/el/il
    stands before a vowel with fewer than two consonant classes after it: then
    it is the name's own first syllable (Aliyev علييف, whose stripped rest
    "iyev" could never be keyed). Not in other names: Alina would be علينا "on
    us", and al-Ain must stay the article of العين.

    Guard: a key needs 3 consonant classes, or 2 when an article was stripped
    (al-Sharaa / الشرع); shorter, digits, mixed scripts or other letters: None.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from raqib.analysis.translit_guards import looks_foreign

MIN_CLASSES = 3
MIN_CLASSES_WITH_ARTICLE = 2

# --------------------------------------------------------------------------- #
# Units: a word is a sequence of consonants (class, fine tags, source letters)
# and vowel gaps between them.
# --------------------------------------------------------------------------- #


@dataclass(frozen=True, slots=True)
class Cons:
    cls: str  # key class
    tags: frozenset[str]  # finer sub-classes; two consonants agree when these intersect
    src: str  # the letters it was read from (for suggestions)


@dataclass(frozen=True, slots=True)
class Parsed:
    script: str  # "lat" | "ar"
    word: str  # the word without its article
    cons: tuple[Cons, ...]
    gaps: tuple[str, ...]  # len(cons) + 1 vowel strings
    article: bool
    final_h: bool  # Latin: a silent final h was dropped (Abdullah)

    @property
    def key(self) -> str:
        return "".join(c.cls for c in self.cons)


def _f(*tags: str) -> frozenset[str]:
    return frozenset(tags)


# Latin: multi-letter units first (longest match), then single letters.
_LAT_MULTI: tuple[tuple[str, tuple[tuple[str, frozenset[str]], ...]], ...] = (
    ("shch", (("K", _f("sh")),)),
    ("tsch", (("K", _f("sh")),)),  # German: Klitschko كليتشكو
    ("sch", (("K", _f("sh")),)),
    ("tch", (("K", _f("sh")),)),
    ("tsh", (("K", _f("sh")),)),
    ("dzh", (("K", _f("J")),)),
    ("sh", (("K", _f("sh")),)),
    ("zh", (("K", _f("J")),)),
    ("kh", (("K", _f("H", "X", "K")),)),
    ("gh", (("K", _f("G", "X")),)),
    ("ph", (("B", _f("f")),)),
    ("th", (("T", _f("t")),)),
    ("dh", (("D", _f("d", "z")),)),
    ("dj", (("K", _f("J")),)),
    ("ck", (("K", _f("K")),)),
    ("tz", (("T", _f("t")), ("S", _f("s")))),
)
_LAT_SINGLE: dict[str, tuple[tuple[str, frozenset[str]], ...]] = {
    "b": (("B", _f("b")),),
    "p": (("B", _f("b")),),
    "v": (("B", _f("f")),),
    "f": (("B", _f("f")),),
    "g": (("K", _f("G", "J", "K")),),
    "j": (("K", _f("J")),),
    "k": (("K", _f("K")),),
    "q": (("K", _f("K", "G")),),
    "h": (("K", _f("H")),),
    "x": (("K", _f("K")), ("S", _f("s"))),
    "t": (("T", _f("t")),),
    "d": (("D", _f("d")),),
    "z": (("D", _f("z")),),
    "s": (("S", _f("s")),),
    "r": (("R", _f("r")),),
    "l": (("L", _f("l")),),
    "m": (("M", _f("m")),),
    "n": (("N", _f("n")),),
}
_LAT_VOWELS = frozenset("aeiouyw")
# Letters that are not plain ASCII after stripping accents.
_LAT_SPECIAL = str.maketrans(
    {"ş": "sh", "ç": "ch", "š": "sh", "č": "ch", "ž": "zh", "ı": "i", "ø": "o", "æ": "ae",
     "œ": "oe", "ß": "ss", "đ": "d", "ð": "d", "ł": "l", "þ": "th"}
)

_AR_CONS: dict[str, tuple[str, frozenset[str]]] = {
    "ب": ("B", _f("b")), "پ": ("B", _f("b")), "ف": ("B", _f("f")), "ڤ": ("B", _f("f")),
    "ج": ("K", _f("J", "G")), "غ": ("K", _f("G", "X")), "ك": ("K", _f("K")),
    "ق": ("K", _f("K", "G")), "خ": ("K", _f("H", "X", "kh")), "ح": ("K", _f("H")),
    "ه": ("K", _f("H")), "گ": ("K", _f("G", "K")), "ژ": ("K", _f("J")), "ڨ": ("K", _f("G")),
    "ت": ("T", _f("t")), "ط": ("T", _f("t")), "ث": ("T", _f("t")),
    "د": ("D", _f("d")), "ذ": ("D", _f("d", "z")), "ض": ("D", _f("d", "z")),
    "ظ": ("D", _f("z", "d")), "ز": ("D", _f("z")),
    "س": ("S", _f("s")), "ص": ("S", _f("s")),
    "ش": ("K", _f("sh")), "چ": ("K", _f("sh", "J")),
    "ر": ("R", _f("r")), "ل": ("L", _f("l")), "م": ("M", _f("m")), "ن": ("N", _f("n")),
}
AR_WRITTEN = frozenset("اوي")  # long-vowel letters (also w/y)
AR_FLEX = frozenset("عءئؤ")  # ayn and hamza: a Latin vowel, an apostrophe or nothing
_AR_VOWELS = AR_WRITTEN | AR_FLEX | frozenset("ىآأإ")
AR_FINAL_H = "ه"  # teh marbuta (normalized) or final h: a vowel ending
# A final ح is heard, but Latin writes it as the same final h that it writes for
# ه and teh marbuta (Saleh صالح, Abdullah عبدالله), and a final h after a vowel
# is no key letter in Latin; so a final ح is no key letter either.
AR_FINAL_HAH = "ح"


def _is_arabic_letter(c: str) -> bool:
    return "\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f"


_ARABIC_LETTER = re.compile("[\u0600-\u06ff\u0750-\u077f]")


def _latin_ascii(word: str) -> str | None:
    if word.isascii():  # casefold is lower, and the accent steps change nothing
        w = word.lower()
        return w if w.isalpha() else None
    w = word.casefold().translate(_LAT_SPECIAL)
    w = "".join(c for c in unicodedata.normalize("NFD", w) if not unicodedata.combining(c))
    if not w or not w.isascii() or not w.isalpha():
        return None
    return w


def _strip_latin_article(w: str) -> tuple[str, bool]:
    if len(w) >= 5 and w[:2] in ("al", "el", "il"):
        rest = w[2:]
        if rest[0] == "l" and len(rest) > 1 and rest[1] != "l":
            rest = rest[1:]  # Allen / الين: the doubled l is the article's
        return rest, True
    return w, False


def _sound_group(tags: frozenset[str]) -> str:
    """Within class K: a hushing sound (sh ch ش تش چ), a j (j zh ج ژ) or a k/g/q/kh/gh/h.

    Only neighbours of one group collapse, as when sh was a class of its own:
    Mashal is not مشكلة, and Araghchi's gh-ch is two sounds as عراقجي's ق-ج is.
    """
    if "sh" in tags:
        return "sh"
    return "J" if "J" in tags and "K" not in tags else "K"


# A word is read into consonants and the vowel gaps around them: ``gaps[k]`` is the vowel
# string before ``cons[k]`` and ``gaps[-1]`` the one after the last (vowel letters are never
# empty, so an empty gap means two consonants side by side). The consonants a letter or a
# letter group always reads as are built once here and shared (``Cons`` is immutable):
# every new word is parsed, and building them per word was most of the cost.
_TD = frozenset("TD")


def _finish(cons: list[Cons], gaps: list[str], latin: bool) -> tuple[tuple[Cons, ...], tuple[str, ...]]:
    """The final sibilant, then neighbouring consonants of one class merged (see the module doc)."""
    if not cons:
        return (), tuple(gaps)
    last = cons[-1]
    if not gaps[-1] and last.cls == "K" and "sh" in last.tags:
        # a sibilant sh ch (ش چ تش) that ends the word is class S, with s; a final -es may be
        # ش (Guterres غوتيريش), a final sh stays ش by its tag
        cons[-1] = Cons("S", last.tags, last.src)
    out_c = [cons[0]]
    out_g = [gaps[0]]
    prev = cons[0]
    for k in range(1, len(cons)):
        val = cons[k]
        gap = gaps[k]
        # equal Arabic letters mean a vowel between them (مدد), except the article's lam inside
        # a name (عبدالله, نصرالله = Abdullah, Nasrallah); a hushing sound or a j stays apart
        # from a k/q/h beside it (_sound_group)
        if (
            not gap
            and prev.cls == val.cls
            and (latin or prev.src != val.src or val.src == "ل")
            and _sound_group(prev.tags) == _sound_group(val.tags)
        ):
            prev = out_c[-1] = Cons(prev.cls, prev.tags | val.tags, prev.src + val.src)
            continue
        out_g.append(gap)
        out_c.append(val)
        prev = val
    out_g.append(gaps[-1])
    return tuple(out_c), tuple(out_g)


def _parse_latin(word: str) -> Parsed | None:
    w = _latin_ascii(word)
    if w is None:
        return None
    rest, article = _strip_latin_article(w)
    p = _parse_latin_units(rest, article)
    if (
        p is not None
        and article
        and rest[0] in _LAT_VOWELS
        and len(p.cons) < MIN_CLASSES_WITH_ARTICLE
        and looks_foreign(w)
    ):
        # in a foreign name, al + a vowel with too little after it is the name's own
        # first syllable, not the Arabic article: Aliyev علييف
        return _parse_latin_units(w, False)
    return p


def _lat_parts(parts: tuple[tuple[str, frozenset[str]], ...], src: str) -> tuple[Cons, ...]:
    """The consonants of a letter group; a group read as two is told apart by an index in ``src``."""
    if len(parts) == 1:
        return (Cons(parts[0][0], parts[0][1], src),)
    return tuple(Cons(cls, tags, src + str(j)) for j, (cls, tags) in enumerate(parts))


# Letter groups by their first letter, in ``_LAT_MULTI``'s order (the first that matches wins).
_LAT_MULTI_AT: dict[str, tuple[tuple[str, tuple[Cons, ...]], ...]] = {
    first: tuple((m, _lat_parts(parts, m)) for m, parts in _LAT_MULTI if m[0] == first)
    for first in {m[0] for m, _ in _LAT_MULTI}
}
_LAT_SINGLE_CONS = {c: _lat_parts(parts, c) for c, parts in _LAT_SINGLE.items()}
_LAT_CH_VELAR = Cons("K", _f("K", "kh"), "ch")
_LAT_CH_VELAR_SH = Cons("K", _f("K", "kh", "sh"), "ch")
_LAT_CH = Cons("K", _f("sh", "J"), "ch")
_LAT_C_SOFT = Cons("S", _f("s"), "c")
_LAT_C_HARD = Cons("K", _f("K"), "c")
_LAT_TS = Cons("D", _f("ts"), "ts")
_LAT_ES = Cons("S", _f("s", "sh"), "s")


def _parse_latin_units(w: str, article: bool) -> Parsed | None:
    cons: list[Cons] = []
    gaps: list[str] = []
    gap = ""
    final_h = False
    i, n = 0, len(w)
    while i < n:
        c = w[i]
        if c in _LAT_VOWELS:
            gap += c
            i += 1
            continue
        if c == "h" and i == n - 1 and gap:
            final_h = True  # Abdullah, Fatimah: like Arabic's final ه
            i += 1
            continue
        step = 1
        if c == "c":
            if i + 1 < n and w[i + 1] == "h":
                step = 2
                if i + 2 < n and w[i + 2] in "rlts":
                    # a velar, written ك or خ, before r l (Christoph, Greek Christodoulides
                    # خريستودوليدس); German ch before t s, also ش (Hochstein هوكستين,
                    # Richter ريختر, Albrecht ألبريشت)
                    parts: tuple[Cons, ...] = (_LAT_CH_VELAR if w[i + 2] in "rl" else _LAT_CH_VELAR_SH,)
                else:
                    # sh in English and French names (Chirac شيراك, Sechin سيتشين), and the
                    # Persian/Turkish/Kurdish ch (چ, ç) that the Arabic press writes ج
                    # (Araghchi عراقجي, Chalabi الجلبي, Chabahar جابهار)
                    parts = (_LAT_CH,)
            else:
                parts = (_LAT_C_SOFT if i + 1 < n and w[i + 1] in "eiy" else _LAT_C_HARD,)
        elif c == "t" and i + 1 < n and w[i + 1] in "sz" and cons and not gap and cons[-1].cls not in _TD:
            # ts/tz after a consonant is one sound, as German z (Schwartz, Kravtsov)
            parts, step = (_LAT_TS,), 2
        elif c == "s" and i == n - 1 and i >= 3 and w[i - 1] == "e":
            # a final -es may be written ش: Portuguese Guterres غوتيريش, Gomes غوميش
            parts = (_LAT_ES,)
        else:
            for multi, parts in _LAT_MULTI_AT.get(c, ()):
                if w.startswith(multi, i):
                    step = len(multi)
                    break
            else:
                parts = _LAT_SINGLE_CONS.get(c)  # type: ignore[assignment]
                if parts is None:
                    return None
        for u in parts:
            gaps.append(gap)
            gap = ""
            cons.append(u)
        i += step
    gaps.append(gap)
    cons_t, gaps_t = _finish(cons, gaps, latin=True)
    return Parsed("lat", w, cons_t, gaps_t, article, final_h)


def _parse_arabic(word: str) -> Parsed | None:
    if word.startswith("ال") and len(word) >= 4:
        return _parse_arabic_units(word[2:], True)
    return _parse_arabic_units(word, False)


# What each Arabic letter reads as: a vowel letter its vowel, a consonant its ``Cons``; ت ه ح
# read by their neighbours (``_AR_CONTEXT``).
_AR_VOWEL_OF = {c: {"ى": "ي", "آ": "ا", "أ": "ا", "إ": "ا"}.get(c, c) for c in _AR_VOWELS} | {"ة": AR_FINAL_H}
_AR_CONTEXT = {c: Cons(*_AR_CONS[c], c) for c in ("ت", AR_FINAL_H, AR_FINAL_HAH)}
_AR_CONS_OF = {c: Cons(cls, tags, c) for c, (cls, tags) in _AR_CONS.items() if c not in _AR_CONTEXT}
_AR_TSH = Cons("K", _f("sh"), "تش")
_AR_TS = Cons("D", _f("ts", "z"), "تس")
# So a word of other letters is None whether or not ``parse`` checks its script first.
assert all(map(_is_arabic_letter, [*_AR_VOWEL_OF, *_AR_CONS]))


def _parse_arabic_units(w: str, article: bool) -> Parsed | None:
    cons: list[Cons] = []
    gaps: list[str] = []
    add_cons, add_gap = cons.append, gaps.append
    gap = ""
    vowel_of, cons_of = _AR_VOWEL_OF, _AR_CONS_OF
    last = len(w) - 1
    skip = False
    for i, c in enumerate(w):
        u = cons_of.get(c)
        if u is None:
            v = vowel_of.get(c)
            if v is not None:
                gap += v
                continue
            if c == "ت":
                nxt = w[i + 1 : i + 2]
                if nxt == "ش":
                    u, skip = _AR_TSH, True
                elif nxt == "س" and cons and not gap and cons[-1].cls not in _TD:
                    # German z and ts after a consonant: Merz ميرتس, Scholz شولتس, Herzog هرتسوغ
                    u, skip = _AR_TS, True
                else:
                    u = _AR_CONTEXT[c]
            elif c == AR_FINAL_H or c == AR_FINAL_HAH:
                if i == last and i:
                    gap += c
                    continue
                u = _AR_CONTEXT[c]
            else:
                return None
        elif skip:  # the ش or س of تش or تس
            skip = False
            continue
        add_gap(gap)
        gap = ""
        add_cons(u)
    add_gap(gap)
    cons_t, gaps_t = _finish(cons, gaps, latin=False)
    return Parsed("ar", w, cons_t, gaps_t, article, False)


@lru_cache(maxsize=200_000)
def parse(word: str) -> Parsed | None:
    if not word:
        return None
    if not word.isascii() and _ARABIC_LETTER.search(word):
        # a word with other letters too (mixed scripts, digits, punctuation) is None: no
        # Arabic reading has them (asserted above)
        return _parse_arabic(word)
    return _parse_latin(word)


@lru_cache(maxsize=200_000)
def phonetic_key(word: str, min_classes: int | None = None) -> str | None:
    """The phonetic key of one normalized word, or None when it cannot be keyed safely.

    ``min_classes`` lowers the short-key guard for a word inside a longer name
    (قره in قره باغ), where the other words carry the evidence.
    """
    p = parse(word)
    if p is None or not keyable(p, min_classes):
        return None
    return p.key


def keyable(p: Parsed, min_classes: int | None = None) -> bool:
    """Has the parsed word enough consonant classes for a key (``phonetic_key``'s short-key guard)?"""
    need = min_classes if min_classes is not None else MIN_CLASSES_WITH_ARTICLE if p.article else MIN_CLASSES
    return len(p.cons) >= need


SHORT_NAME_MIN_LETTERS = 5
LAT_AYN = frozenset({"aa", "ea"})  # how Latin writes a vowel with an ayn: Saad, Geagea


def short_name_key(word: str) -> str | None:
    """The key of a Latin name with only two consonant classes but long enough to stand alone.

    Shoigu, Rubio, Aliyev: foreign names whose vowels carry as much as their
    consonants. Such a key is used only with ``vowels_written``: every Latin
    vowel must be written in the Arabic spelling, and the other way round.
    Four letters are too few even so (Togo would be توجه "heads for", Peru
    كبيرة "big" with its clitic, Chad جاد "serious").
    """
    p = parse(word)
    if p is None or p.script != "lat" or len(p.cons) != 2 or len(p.word) < SHORT_NAME_MIN_LETTERS:
        return None
    return p.key
