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


def _latin_ascii(word: str) -> str | None:
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


def _collapse(units: list[tuple[str, object]], latin: bool) -> list[tuple[str, object]]:
    """Merge neighbouring consonants of one class (see the module doc)."""
    out: list[tuple[str, object]] = []
    for kind, val in units:
        if kind == "C" and out and out[-1][0] == "C":
            prev = out[-1][1]
            assert isinstance(prev, Cons) and isinstance(val, Cons)
            # equal Arabic letters mean a vowel between them (مدد), but for the
            # article's lam inside a name (عبدالله, نصرالله = Abdullah, Nasrallah)
            # a hushing sound or a j stays apart from a k/q/h beside it (_sound_group)
            if (
                prev.cls == val.cls
                and (latin or prev.src != val.src or val.src == "ل")
                and _sound_group(prev.tags) == _sound_group(val.tags)
            ):
                out[-1] = ("C", Cons(prev.cls, prev.tags | val.tags, prev.src + val.src))
                continue
        out.append((kind, val))
    return out


def _positional(units: list[tuple[str, object]]) -> list[tuple[str, object]]:
    """A sibilant sh ch (ش چ تش) that ends the word is class S, with s (see the module doc).

    A final s may be ش (Guterres غوتيريش); a final sh stays ش by its tag.
    """
    if units and units[-1][0] == "C":
        last = units[-1][1]
        assert isinstance(last, Cons)
        if "sh" in last.tags and last.cls == "K":
            return [*units[:-1], ("C", Cons("S", last.tags, last.src))]
    return units


def _after_consonant(units: list[tuple[str, object]]) -> bool:
    """The last unit is a consonant other than t/d (for ts = z: Schwartz, Merz ميرتس)."""
    if not units or units[-1][0] != "C":
        return False
    prev = units[-1][1]
    assert isinstance(prev, Cons)
    return prev.cls not in ("T", "D")


def _finish(units: list[tuple[str, object]], latin: bool) -> tuple[tuple[Cons, ...], tuple[str, ...]]:
    return _gaps(_collapse(_positional(units), latin=latin))


def _gaps(units: list[tuple[str, object]]) -> tuple[tuple[Cons, ...], tuple[str, ...]]:
    cons: list[Cons] = []
    gaps = [""]
    for kind, val in units:
        if kind == "C":
            assert isinstance(val, Cons)
            cons.append(val)
            gaps.append("")
        else:
            gaps[-1] += str(val)
    return tuple(cons), tuple(gaps)


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


def _parse_latin_units(w: str, article: bool) -> Parsed | None:
    units: list[tuple[str, object]] = []
    final_h = False
    i, n = 0, len(w)
    while i < n:
        c = w[i]
        if c in _LAT_VOWELS:
            units.append(("V", c))
            i += 1
            continue
        if c == "h" and i == n - 1 and units and units[-1][0] == "V":
            final_h = True  # Abdullah, Fatimah: like Arabic's final ه
            i += 1
            continue
        if c == "c" and w.startswith("ch", i) and i + 2 < n and w[i + 2] in "rlts":
            # a velar, written ك or خ, before r l (Christoph, Greek Christodoulides
            # خريستودوليدس); German ch before t s, also ش (Hochstein هوكستين,
            # Richter ريختر, Albrecht ألبريشت)
            tags = _f("K", "kh") if w[i + 2] in "rl" else _f("K", "kh", "sh")
            units.append(("C", Cons("K", tags, "ch")))
            i += 2
            continue
        if w.startswith("ch", i):
            # sh in English and French names (Chirac شيراك, Sechin سيتشين), and the
            # Persian/Turkish/Kurdish ch (چ, ç) that the Arabic press writes ج
            # (Araghchi عراقجي, Chalabi الجلبي, Chabahar جابهار)
            units.append(("C", Cons("K", _f("sh", "J"), "ch")))
            i += 2
            continue
        if c == "c":
            soft = i + 1 < n and w[i + 1] in "eiy"
            units.append(("C", Cons("S", _f("s"), "c") if soft else Cons("K", _f("K"), "c")))
            i += 1
            continue
        if c == "t" and i + 1 < n and w[i + 1] in "sz" and _after_consonant(units):
            # ts/tz after a consonant is one sound, as German z (Schwartz, Kravtsov)
            units.append(("C", Cons("D", _f("ts"), "ts")))
            i += 2
            continue
        if c == "s" and i == n - 1 and i >= 3 and w[i - 1] == "e":
            # a final -es may be written ش: Portuguese Guterres غوتيريش, Gomes غوميش
            units.append(("C", Cons("S", _f("s", "sh"), "s")))
            i += 1
            continue
        for multi, parts in _LAT_MULTI:
            if w.startswith(multi, i):
                for j, (cls, tags) in enumerate(parts):
                    units.append(("C", Cons(cls, tags, multi if len(parts) == 1 else multi + str(j))))
                i += len(multi)
                break
        else:
            parts1 = _LAT_SINGLE.get(c)
            if parts1 is None:
                return None
            for j, (cls, tags) in enumerate(parts1):
                units.append(("C", Cons(cls, tags, c if len(parts1) == 1 else "x" + str(j))))
            i += 1
    cons, gaps = _finish(units, latin=True)
    return Parsed("lat", w, cons, gaps, article, final_h)


def _parse_arabic(word: str) -> Parsed | None:
    if word.startswith("ال") and len(word) >= 4:
        return _parse_arabic_units(word[2:], True)
    return _parse_arabic_units(word, False)


def _parse_arabic_units(w: str, article: bool) -> Parsed | None:
    units: list[tuple[str, object]] = []
    i, n = 0, len(w)
    while i < n:
        c = w[i]
        if c == "ة" or (c == AR_FINAL_H and i == n - 1 and i > 0):
            units.append(("V", AR_FINAL_H))
        elif c == AR_FINAL_HAH and i == n - 1 and i > 0:
            units.append(("V", AR_FINAL_HAH))
        elif c in _AR_VOWELS:
            units.append(("V", {"ى": "ي", "آ": "ا", "أ": "ا", "إ": "ا"}.get(c, c)))
        elif c == "ت" and i + 1 < n and w[i + 1] == "ش":
            units.append(("C", Cons("K", _f("sh"), "تش")))
            i += 1
        elif c == "ت" and i + 1 < n and w[i + 1] == "س" and _after_consonant(units):
            # German z and ts after a consonant: Merz ميرتس, Scholz شولتس, Herzog هرتسوغ
            units.append(("C", Cons("D", _f("ts", "z"), "تس")))
            i += 1
        elif c in _AR_CONS:
            cls, tags = _AR_CONS[c]
            units.append(("C", Cons(cls, tags, c)))
        else:
            return None
        i += 1
    cons, gaps = _finish(units, latin=False)
    return Parsed("ar", w, cons, gaps, article, False)


@lru_cache(maxsize=200_000)
def parse(word: str) -> Parsed | None:
    if not word:
        return None
    has_ar = any(_is_arabic_letter(c) for c in word)
    if has_ar:
        if not all(_is_arabic_letter(c) for c in word):
            return None  # mixed scripts, digits, punctuation
        return _parse_arabic(word)
    return _parse_latin(word)


@lru_cache(maxsize=200_000)
def phonetic_key(word: str, min_classes: int | None = None) -> str | None:
    """The phonetic key of one normalized word, or None when it cannot be keyed safely.

    ``min_classes`` lowers the short-key guard for a word inside a longer name
    (قره in قره باغ), where the other words carry the evidence.
    """
    p = parse(word)
    if p is None:
        return None
    need = min_classes if min_classes is not None else MIN_CLASSES_WITH_ARTICLE if p.article else MIN_CLASSES
    if len(p.cons) < need:
        return None
    return p.key


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
