"""Transliteration: one phonetic key space for Latin- and Arabic-script names.

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

``similar(a, b)`` -- vowel alignment on key-equal words (either script, symmetric):
    consonants must agree finer than the class (Latin h answers ح ه خ, not ك;
    d answers د ض ذ, not ز), and the vowel gaps between consonants must agree:

    * an Arabic long vowel letter (ا و ي) where the Latin has no vowel is
      another name (Pskov against بيسكوف), except a prosthetic initial ا;
    * the end of the word: a Latin final vowel (but a lone silent e) needs an
      Arabic final vowel letter (ا و ي ه, or ع/hamza), and an Arabic final
      ا و ي ه needs a Latin final vowel (Sergei/سيرغي, Serzh/سيرج, never across);
      a Latin final -eh is a vowel ending too (Jableh جبلة, not جبل), and an
      Arabic final ح, which is heard, needs the Latin final h (Saleh صالح;
      Mosul is not مسلح "armed");
    * a Latin vowel that the Arabic leaves out is normal (short vowels:
      Tartus/طرطوس, Netanyahu/نتنياهو), with one exception, the near-name guard:
      in a name that is evidently foreign (it has p or v, letters Arabic lacks,
      or a Slavic/Armenian/Georgian ending; see ``translit_guards.looks_foreign``)
      the Arabic press writes the vowel of the first syllable (Peskov بيسكوف,
      Zelensky زيلينسكي, Pashinyan باشينيان), so a spelling that leaves out a
      Latin e/i/o/u/y between the first two consonants is a different name
      (بسكوف is Pskov). Short 'a' is exempt (Arabic drops it even in foreign
      names: Kadyrov قديروف), and so is a spelling that leaves out the later
      short vowels too but writes a long one: Persian names are spelled the
      Arabic way (Pezeshkian بزشكيان; not Lopes / لبس "clothing", which writes
      none; see ``_near_name``).
    * vowel quality, where both sides write a vowel: و needs a Latin o/u, ي a
      Latin e/i/y, a Latin i needs ي (al-Assad is not السيد nor الاسود); two
      Latin vowel letters (Tartous, Hmeimim, Mahmoud, "ya") must be written;
      a word-initial Latin vowel must be written (Ahmed is احمد, not حمد);
    * Latin against Latin: each gap has a vowel on both sides or on neither
      (a final silent e excepted); Arabic against Arabic: the same for و ي and
      the final gap, at most one ا may differ (قديروف/قاديروف).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from raqib.analysis.translit_guards import (
    TITLE_WORDS,
    is_common_word,
    looks_foreign,
)

__all__ = [
    "ARABIC_COMPOUND_FIRST",
    "ARABIC_COMPOUND_SECOND",
    "LATIN_ARTICLES",
    "short_name_key",
    "vowels_written",
    "TITLE_WORDS",
    "arabic_spellings",
    "is_common_word",
    "merge_article",
    "phonetic_key",
    "similar",
]

MIN_CLASSES = 3
MIN_CLASSES_WITH_ARTICLE = 2

# --------------------------------------------------------------------------- #
# Units: a word is a sequence of consonants (class, fine tags, source letters)
# and vowel gaps between them.
# --------------------------------------------------------------------------- #


@dataclass(frozen=True, slots=True)
class _Cons:
    cls: str  # key class
    tags: frozenset[str]  # finer sub-classes; two consonants agree when these intersect
    src: str  # the letters it was read from (for suggestions)


@dataclass(frozen=True, slots=True)
class _Parsed:
    script: str  # "lat" | "ar"
    word: str  # the word without its article
    cons: tuple[_Cons, ...]
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
_AR_WRITTEN = frozenset("اوي")  # long-vowel letters (also w/y)
_AR_FLEX = frozenset("عءئؤ")  # ayn and hamza: a Latin vowel, an apostrophe or nothing
_AR_VOWELS = _AR_WRITTEN | _AR_FLEX | frozenset("ىآأإ")
_AR_FINAL_H = "ه"  # teh marbuta (normalized) or final h: a vowel ending
# A final ح is heard, but Latin writes it as the same final h that it writes for
# ه and teh marbuta (Saleh صالح, Abdullah عبدالله), and a final h after a vowel
# is no key letter in Latin; so a final ح is no key letter either.
_AR_FINAL_HAH = "ح"


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
            assert isinstance(prev, _Cons) and isinstance(val, _Cons)
            # equal Arabic letters mean a vowel between them (مدد), but for the
            # article's lam inside a name (عبدالله, نصرالله = Abdullah, Nasrallah)
            # a hushing sound or a j stays apart from a k/q/h beside it (_sound_group)
            if (
                prev.cls == val.cls
                and (latin or prev.src != val.src or val.src == "ل")
                and _sound_group(prev.tags) == _sound_group(val.tags)
            ):
                out[-1] = ("C", _Cons(prev.cls, prev.tags | val.tags, prev.src + val.src))
                continue
        out.append((kind, val))
    return out


def _positional(units: list[tuple[str, object]]) -> list[tuple[str, object]]:
    """A sibilant sh ch (ش چ تش) that ends the word is class S, with s (see the module doc).

    A final s may be ش (Guterres غوتيريش); a final sh stays ش by its tag.
    """
    if units and units[-1][0] == "C":
        last = units[-1][1]
        assert isinstance(last, _Cons)
        if "sh" in last.tags and last.cls == "K":
            return [*units[:-1], ("C", _Cons("S", last.tags, last.src))]
    return units


def _after_consonant(units: list[tuple[str, object]]) -> bool:
    """The last unit is a consonant other than t/d (for ts = z: Schwartz, Merz ميرتس)."""
    if not units or units[-1][0] != "C":
        return False
    prev = units[-1][1]
    assert isinstance(prev, _Cons)
    return prev.cls not in ("T", "D")


def _finish(units: list[tuple[str, object]], latin: bool) -> tuple[tuple[_Cons, ...], tuple[str, ...]]:
    return _gaps(_collapse(_positional(units), latin=latin))


def _gaps(units: list[tuple[str, object]]) -> tuple[tuple[_Cons, ...], tuple[str, ...]]:
    cons: list[_Cons] = []
    gaps = [""]
    for kind, val in units:
        if kind == "C":
            assert isinstance(val, _Cons)
            cons.append(val)
            gaps.append("")
        else:
            gaps[-1] += str(val)
    return tuple(cons), tuple(gaps)


def _parse_latin(word: str) -> _Parsed | None:
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


def _parse_latin_units(w: str, article: bool) -> _Parsed | None:
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
            units.append(("C", _Cons("K", tags, "ch")))
            i += 2
            continue
        if w.startswith("ch", i):
            # sh in English and French names (Chirac شيراك, Sechin سيتشين), and the
            # Persian/Turkish/Kurdish ch (چ, ç) that the Arabic press writes ج
            # (Araghchi عراقجي, Chalabi الجلبي, Chabahar جابهار)
            units.append(("C", _Cons("K", _f("sh", "J"), "ch")))
            i += 2
            continue
        if c == "c":
            soft = i + 1 < n and w[i + 1] in "eiy"
            units.append(("C", _Cons("S", _f("s"), "c") if soft else _Cons("K", _f("K"), "c")))
            i += 1
            continue
        if c == "t" and i + 1 < n and w[i + 1] in "sz" and _after_consonant(units):
            # ts/tz after a consonant is one sound, as German z (Schwartz, Kravtsov)
            units.append(("C", _Cons("D", _f("ts"), "ts")))
            i += 2
            continue
        if c == "s" and i == n - 1 and i >= 3 and w[i - 1] == "e":
            # a final -es may be written ش: Portuguese Guterres غوتيريش, Gomes غوميش
            units.append(("C", _Cons("S", _f("s", "sh"), "s")))
            i += 1
            continue
        for multi, parts in _LAT_MULTI:
            if w.startswith(multi, i):
                for j, (cls, tags) in enumerate(parts):
                    units.append(("C", _Cons(cls, tags, multi if len(parts) == 1 else multi + str(j))))
                i += len(multi)
                break
        else:
            parts1 = _LAT_SINGLE.get(c)
            if parts1 is None:
                return None
            for j, (cls, tags) in enumerate(parts1):
                units.append(("C", _Cons(cls, tags, c if len(parts1) == 1 else "x" + str(j))))
            i += 1
    cons, gaps = _finish(units, latin=True)
    return _Parsed("lat", w, cons, gaps, article, final_h)


def _parse_arabic(word: str) -> _Parsed | None:
    if word.startswith("ال") and len(word) >= 4:
        return _parse_arabic_units(word[2:], True)
    return _parse_arabic_units(word, False)


def _parse_arabic_units(w: str, article: bool) -> _Parsed | None:
    units: list[tuple[str, object]] = []
    i, n = 0, len(w)
    while i < n:
        c = w[i]
        if c == "ة" or (c == _AR_FINAL_H and i == n - 1 and i > 0):
            units.append(("V", _AR_FINAL_H))
        elif c == _AR_FINAL_HAH and i == n - 1 and i > 0:
            units.append(("V", _AR_FINAL_HAH))
        elif c in _AR_VOWELS:
            units.append(("V", {"ى": "ي", "آ": "ا", "أ": "ا", "إ": "ا"}.get(c, c)))
        elif c == "ت" and i + 1 < n and w[i + 1] == "ش":
            units.append(("C", _Cons("K", _f("sh"), "تش")))
            i += 1
        elif c == "ت" and i + 1 < n and w[i + 1] == "س" and _after_consonant(units):
            # German z and ts after a consonant: Merz ميرتس, Scholz شولتس, Herzog هرتسوغ
            units.append(("C", _Cons("D", _f("ts", "z"), "تس")))
            i += 1
        elif c in _AR_CONS:
            cls, tags = _AR_CONS[c]
            units.append(("C", _Cons(cls, tags, c)))
        else:
            return None
        i += 1
    cons, gaps = _finish(units, latin=False)
    return _Parsed("ar", w, cons, gaps, article, False)


@lru_cache(maxsize=200_000)
def _parse(word: str) -> _Parsed | None:
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
    p = _parse(word)
    if p is None:
        return None
    need = min_classes if min_classes is not None else MIN_CLASSES_WITH_ARTICLE if p.article else MIN_CLASSES
    if len(p.cons) < need:
        return None
    return p.key


SHORT_NAME_MIN_LETTERS = 5
_LAT_AYN = frozenset({"aa", "ea"})  # how Latin writes a vowel with an ayn: Saad, Geagea


def short_name_key(word: str) -> str | None:
    """The key of a Latin name with only two consonant classes but long enough to stand alone.

    Shoigu, Rubio, Aliyev: foreign names whose vowels carry as much as their
    consonants. Such a key is used only with ``vowels_written``: every Latin
    vowel must be written in the Arabic spelling, and the other way round.
    Four letters are too few even so (Togo would be توجه "heads for", Peru
    كبيرة "big" with its clitic, Chad جاد "serious").
    """
    p = _parse(word)
    if p is None or p.script != "lat" or len(p.cons) != 2 or len(p.word) < SHORT_NAME_MIN_LETTERS:
        return None
    return p.key


def vowels_written(latin: str, arabic: str) -> bool:
    """Each vowel of the Latin word has a written vowel letter in the same place in the Arabic, and back.

    Of the same quality (Rubio is روبيو, not رابعة); a final ه answers a Latin
    a or e only; an ayn or hamza alone answers two Latin vowels only where
    Latin writes an ayn so (Geagea جعجع, Saad سعد), not a diphthong or a glide
    (Tiani is not تعني "means", Aliyev's "iye" not the ع of العفة). The looser
    ch = ج needs a longer name (Bucha is not بوجه "with a face").
    """
    lat, ar = _parse(latin), _parse(arabic)
    if lat is None or ar is None or lat.script != "lat" or ar.script != "ar" or len(lat.cons) != len(ar.cons):
        return False
    if any(lc.tags & ac.tags == {"J"} for lc, ac in zip(lat.cons, ar.cons, strict=True)):
        return False
    n = len(lat.cons)
    for g in range(n + 1):
        lv, av = lat.gaps[g], ar.gaps[g]
        if g == 0 and not ar.article and len(av) > 1 and av[0] == "ا" and av[1] in "وي":
            av = av[1:]  # an initial alef is only the seat of the vowel (أوديسا, Odesa)
        real = _ar_written(av, g == n)
        written = real or any(c in _AR_FLEX for c in av)
        if bool(lv) != written and not (g == n and lv == "e"):
            return False
        if len(lv) > 1 and not real and lv not in _LAT_AYN:
            return False
        if g == n and real and not any(c in "اوي" for c in av) and not set(lv) & set("ae"):
            return False  # Togo / توجه: a final ه is an a
        aq = {_AR_Q[c] for c in av if c in "اوي"}
        lq = {_LAT_Q[c] for c in lv}
        if aq and aq != lq and not (aq == {"A"} and "a" in lv):
            return False
    return True


# --------------------------------------------------------------------------- #
# similar
# --------------------------------------------------------------------------- #


def _cons_agree(a: _Parsed, b: _Parsed) -> bool:
    return all(x.tags & y.tags for x, y in zip(a.cons, b.cons, strict=True))


def _ar_written(gap: str, final: bool) -> bool:
    return any(c in _AR_WRITTEN for c in gap) or (final and _AR_FINAL_H in gap)


# Vowel qualities: A (a, ا, final ه), I (e i y, ي), U (o u w, و).
_LAT_Q = {"a": "A", "e": "I", "i": "I", "y": "I", "o": "U", "u": "U", "w": "U"}
_AR_Q = {"ا": "A", "ي": "I", "و": "U", _AR_FINAL_H: "A"}


def _quality_ok(lv: str, av: str, initial: bool) -> bool:
    """Do the vowels written in one Arabic gap answer the Latin vowels of that gap?

    Arabic و needs a Latin o/u/w and ي a Latin e/i/y; ا answers any Latin vowel
    but a lone i (English u and e are often ا: Trump ترامب, Erdogan أردوغان).
    A Latin e/i/y needs ي (an e may be ا), an o/u/w needs و or ا. An initial ا
    is only the seat of the vowel (أوليغ, إيفان, أسامة).
    """
    if initial and av.startswith("ا"):
        av = av[1:]
    aq = {_AR_Q[c] for c in av if c in _AR_Q}
    if not aq:
        return True
    lq = {_LAT_Q[c] for c in lv}
    if "I" in aq and "I" not in lq or "U" in aq and "U" not in lq:
        return False  # السيد / al-Assad, الاسود / al-Assad
    if "A" in aq and lq == {"I"} and "e" not in lv:
        return False
    if "I" in lq and "I" not in aq and not ("e" in lv and "A" in aq):
        return False  # Latakia / لطاقه
    return not ("U" in lq and not aq & {"U", "A"})


def _similar_lat_ar(lat: _Parsed, ar: _Parsed) -> bool:
    n = len(lat.cons)
    foreign = looks_foreign(lat.word)
    any_article = lat.article or ar.article
    for g in range(n + 1):
        lv, av = lat.gaps[g], ar.gaps[g]
        final = g == n
        written = _ar_written(av, final)
        flex = any(c in _AR_FLEX or c == _AR_FINAL_HAH for c in av)
        if lv and written and not _quality_ok(lv, av, g == 0 and not ar.article):
            return False
        if len(lv) >= 2 and not (written or flex):
            # two Latin vowel letters (Tartous, Mahmoud, Saad, Hmeimim, Hussein,
            # Pashinyan's "ya") are a long vowel, a diphthong or a glide: written
            return False
        if final:
            if lv and not (written or flex) and (lv != "e" or lat.final_h):
                return False  # Sergei / سيرج; Jableh / جبل (a final -eh is a vowel ending)
            if not lv and written:
                return False  # Serzh / سيرجي
            if _AR_FINAL_HAH in av and not lat.final_h:
                return False  # a final ح is heard: Saleh صالح, but Mosul is not مسلح
            continue
        if written and not lv:
            prosthetic = g == 0 and av == "ا" and not any_article and n > 1 and not lat.gaps[1]
            if not prosthetic:
                return False  # Pskov / بيسكوف
        if lv and not av:
            if g == 0 and not any_article:
                return False  # a word-initial vowel is always written (Ahmed / احمد, not حمد)
            if g == 1 and foreign and set(lv) & set("eiouy") and _near_name(lat, ar):
                return False  # Peskov / بسكوف
    return _loose_letters_ok(lat, ar)


def _loose_letters_ok(lat: _Parsed, ar: _Parsed) -> bool:
    """The looser correspondences hold only in a spelling that writes like a foreign name.

    * a Latin ch answered by ج (not ش/تش) needs the Latin vowels beside it written:
      Araghchi عراقجي, Chabahar جابهار, but Michel is not مجال "field", Sechin not
      سجين "prisoner", Lachin not لجنة "committee" (native words leave them out);
    * a final -es answered by ش needs its e written ي, in a name of three
      consonant classes: Guterres غوتيريش, but Gomes is not قماش "cloth".
    """
    n = len(lat.cons)
    for k, (lc, ac) in enumerate(zip(lat.cons, ar.cons, strict=True)):
        shared = lc.tags & ac.tags
        if shared == {"J"} and "sh" in lc.tags:
            for g in (k, k + 1):
                if lat.gaps[g] and not _ar_written(ar.gaps[g], g == n):
                    return False
        if k == n - 1 and lc.src == "s" and shared == {"sh"}:
            if n < 3 or "ي" not in ar.gaps[k]:
                return False
    return True


def _near_name(lat: _Parsed, ar: _Parsed) -> bool:
    """Is the first vowel of a foreign name left out as a near name would leave it?

    The Arabic press writes a foreign name with all its vowels (Peskov بيسكوف),
    or, for a Persian name, with its long vowels only (Pezeshkian بزشكيان: a
    later single e/i/o/u is left out too, none is written, and a long one is).
    A spelling that leaves out the first vowel and nothing else (Tokayev / تكيف),
    writes a later short one (Pskov بسكوف) or writes no vowel at all (Lopes /
    لبس "clothing") is another word.
    """
    n = len(lat.cons)
    short = [g for g in range(2, n) if len(lat.gaps[g]) == 1 and lat.gaps[g] in "eiouy"]
    if all(_ar_written(ar.gaps[g], False) for g in short):
        return True  # no later short vowel left out: no sign of the Persian way
    if any(_ar_written(ar.gaps[g], False) for g in short):
        return True
    return not any(_ar_written(ar.gaps[g], g == n) for g in range(2, n + 1))


def _lat_quality(v: str) -> set[str]:
    q = {_LAT_Q[c] for c in v}
    if "e" in v:
        q.add("A")  # Mohammed / Muhammad
    if "a" in v:
        q.add("I")
    return q


def _similar_lat_lat(a: _Parsed, b: _Parsed) -> bool:
    n = len(a.cons)
    for x, y in zip(a.cons, b.cons, strict=True):
        shared = x.tags & y.tags
        if shared == {"J"} and "sh" in x.tags | y.tags or shared == {"sh"} and "s" in x.tags | y.tags:
            return False  # ch = ج and -es = ش are Arabic spellings: Latin ch is not j, s not sh
    for g in range(n + 1):
        x, y = a.gaps[g], b.gaps[g]
        if bool(x) != bool(y):
            if not (g == n and (x or y) == "e"):
                return False
        elif x and not _lat_quality(x) & _lat_quality(y):
            return False  # Putin / between
    return True


def _similar_ar_ar(a: _Parsed, b: _Parsed) -> bool:
    n = len(a.cons)
    alef_diffs = 0
    for g in range(n + 1):
        final = g == n
        x, y = _ar_written(a.gaps[g], final), _ar_written(b.gaps[g], final)
        if x == y:
            continue
        diff = a.gaps[g] or b.gaps[g]
        if final or any(c in "وي" for c in diff):
            return False
        alef_diffs += 1
    for g in range(n + 1):
        x = {c for c in a.gaps[g] if c in "وي"}
        y = {c for c in b.gaps[g] if c in "وي"}
        if x and y and x != y:
            return False
    return alef_diffs <= 1


@lru_cache(maxsize=100_000)
def similar(a: str, b: str, min_classes: int | None = None) -> bool:
    """Finer check on two key-equal words of either script (symmetric).

    ``min_classes`` as in ``phonetic_key``: a word inside a longer name may be short.
    """
    ka, kb = phonetic_key(a, min_classes), phonetic_key(b, min_classes)
    if ka is None or ka != kb:
        return False
    pa, pb = _parse(a), _parse(b)
    assert pa is not None and pb is not None
    if not _cons_agree(pa, pb):
        return False
    if pa.script == "lat" and pb.script == "lat":
        return _similar_lat_lat(pa, pb)
    if pa.script == "ar" and pb.script == "ar":
        return _similar_ar_ar(pa, pb)
    lat, ar = (pa, pb) if pa.script == "lat" else (pb, pa)
    return _similar_lat_ar(lat, ar)


# --------------------------------------------------------------------------- #
# merge_article
# --------------------------------------------------------------------------- #

_PLAIN_ARTICLES = frozenset({"al", "el", "ul"})
# Sun-letter forms: the article assimilated to the first consonant of the next word.
# Forms that are also common English/French/Spanish words (as, at, an, en, es, et,
# us, un) are left out: "as Syria" is no article.
_SUN_ARTICLES = {
    "ad": "d", "adh": "dh", "ar": "r", "ash": "sh", "ath": "th", "az": "z", "ed": "d",
    "er": "r", "esh": "sh", "ez": "z", "ud": "d", "ur": "r", "ush": "sh", "uz": "z",
}


# Every detached Latin article form: a quick test before merge_article is tried.
LATIN_ARTICLES = frozenset(_PLAIN_ARTICLES | set(_SUN_ARTICLES))

# Arabic compound names, written with or without the space (عبد الله, أبو ظبي,
# نصر الله, صلاح الدين): read as one word against a Latin name (Abdullah, Nasrallah).
ARABIC_COMPOUND_FIRST = frozenset({"عبد", "ابو"})
ARABIC_COMPOUND_SECOND = frozenset({"الله", "الدين"})


def _article_of(word: str, nxt: str) -> bool:
    w, n = word.lower(), nxt.lower()
    if w in _PLAIN_ARTICLES:
        return True
    sun = _SUN_ARTICLES.get(w)
    if sun is None or not n.startswith(sun):
        return False
    # "as" before "sh..." is not the article of "sh" (that is "ash")
    return sun.endswith("h") or not n.startswith(sun + "h")


def merge_article(words: Sequence[str]) -> list[str]:
    """Join a detached Latin article to the next word the way Arabic writes it.

    ["ahmed", "al", "sharaa"] -> ["ahmed", "alsharaa"] (الشرع), and the
    sun-letter forms too: ["ash", "sharaa"] -> ["alsharaa"], ["ad", "dawla"]
    -> ["aldawla"]. "al-sharaa" inside one word also becomes "alsharaa".
    Sun-letter forms merge only before their own letter, so English "as",
    "at", "an" stay words in "as Syria"... unless followed by that letter; the
    key strips the article again, so such a merge changes no key.
    """
    flat: list[str] = []
    for w in words:
        if "-" in w:
            flat.extend(p for p in w.split("-") if p)
        else:
            flat.append(w)
    out: list[str] = []
    i = 0
    while i < len(flat):
        w = flat[i]
        if i + 1 < len(flat) and flat[i + 1][:1].isalpha() and _article_of(w, flat[i + 1]):
            art = "Al" if w[:1].isupper() else "al"
            out.append(art + flat[i + 1])
            i += 2
            continue
        out.append(w)
        i += 1
    return out


# --------------------------------------------------------------------------- #
# arabic_spellings (generation lives in translit_spell)
# --------------------------------------------------------------------------- #


def arabic_spellings(latin_name: str, *, limit: int = 10) -> list[str]:
    """Plausible Arabic spellings of a Latin name, most likely first (``raqib rules suggest``).

    Each keyable word of every spelling has the Latin word's ``phonetic_key``
    and is ``similar`` to it; a name with no keyable word gives [].
    """
    from raqib.analysis.translit_spell import spell_name

    return spell_name(latin_name, limit=limit)
