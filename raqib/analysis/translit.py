"""Transliteration: one phonetic key space for Latin- and Arabic-script names.

A name written only in Latin script (Lavrov, Hmeimim, al-Sharaa) should also
find its Arabic-script spellings (لافروف, حميميم, الشرع) and its other Latin
spellings (Hmeymim, al-Shara), and an Arabic name its Latin spellings. Two
steps, a coarse one that is a dict key and a fine one run on its candidates:

``phonetic_key(word)`` -- the consonant skeleton in classes both scripts share;
    see ``translit_key``, where the classes and the article are described.

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

from collections.abc import Sequence
from functools import lru_cache

from raqib.analysis.translit_guards import (
    TITLE_WORDS,
    is_common_word,
    looks_foreign,
)
from raqib.analysis.translit_key import (
    AR_FINAL_H,
    AR_FINAL_HAH,
    AR_FLEX,
    AR_WRITTEN,
    LAT_AYN,
    Parsed,
    parse,
    phonetic_key,
    short_name_key,
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
    "similar_parsed",
    "similar_agreeing",
    # the facts the scanner's prefilter reads (engine/translit_filter.py)
    "ar_glides",
    "ar_written",
    "lat_quality",
    "quality_ok",
]

def vowels_written(latin: str, arabic: str) -> bool:
    """Each vowel of the Latin word has a written vowel letter in the same place in the Arabic, and back.

    Of the same quality (Rubio is روبيو, not رابعة); a final ه answers a Latin
    a or e only; an ayn or hamza alone answers two Latin vowels only where
    Latin writes an ayn so (Geagea جعجع, Saad سعد), not a diphthong or a glide
    (Tiani is not تعني "means", Aliyev's "iye" not the ع of العفة). The looser
    ch = ج needs a longer name (Bucha is not بوجه "with a face").
    """
    lat, ar = parse(latin), parse(arabic)
    if lat is None or ar is None or lat.script != "lat" or ar.script != "ar" or len(lat.cons) != len(ar.cons):
        return False
    if any(lc.tags & ac.tags == {"J"} for lc, ac in zip(lat.cons, ar.cons, strict=True)):
        return False
    n = len(lat.cons)
    for g in range(n + 1):
        lv, av = lat.gaps[g], ar.gaps[g]
        if g == 0 and not ar.article and len(av) > 1 and av[0] == "ا" and av[1] in "وي":
            av = av[1:]  # an initial alef is only the seat of the vowel (أوديسا, Odesa)
        real = ar_written(av, g == n)
        written = real or any(c in AR_FLEX for c in av)
        if bool(lv) != written and not (g == n and lv == "e"):
            return False
        if len(lv) > 1 and not real and lv not in LAT_AYN:
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


def _cons_agree(a: Parsed, b: Parsed) -> bool:
    return not any(x.tags.isdisjoint(y.tags) for x, y in zip(a.cons, b.cons, strict=True))


def ar_written(gap: str, final: bool) -> bool:
    return not AR_WRITTEN.isdisjoint(gap) or (final and AR_FINAL_H in gap)


# Vowel qualities: A (a, ا, final ه), I (e i y, ي), U (o u w, و).
_LAT_Q = {"a": "A", "e": "I", "i": "I", "y": "I", "o": "U", "u": "U", "w": "U"}
_AR_Q = {"ا": "A", "ي": "I", "و": "U", AR_FINAL_H: "A"}


# Gaps are a few hundred short spellings, met by every new word against every name of its key.
@lru_cache(maxsize=16_384)
def quality_ok(lv: str, av: str, initial: bool) -> bool:
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


def _similar_lat_ar(lat: Parsed, ar: Parsed) -> bool:
    n = len(lat.cons)
    foreign = looks_foreign(lat.word)
    any_article = lat.article or ar.article
    for g in range(n + 1):
        lv, av = lat.gaps[g], ar.gaps[g]
        final = g == n
        written = ar_written(av, final)
        flex = not _FLEX_OR_HAH.isdisjoint(av)
        if lv and written and not quality_ok(lv, av, g == 0 and not ar.article):
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
            if AR_FINAL_HAH in av and not lat.final_h:
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


def _loose_letters_ok(lat: Parsed, ar: Parsed) -> bool:
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
                if lat.gaps[g] and not ar_written(ar.gaps[g], g == n):
                    return False
        if k == n - 1 and lc.src == "s" and shared == {"sh"}:
            if n < 3 or "ي" not in ar.gaps[k]:
                return False
    return True


def _near_name(lat: Parsed, ar: Parsed) -> bool:
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
    if all(ar_written(ar.gaps[g], False) for g in short):
        return True  # no later short vowel left out: no sign of the Persian way
    if any(ar_written(ar.gaps[g], False) for g in short):
        return True
    return not any(ar_written(ar.gaps[g], g == n) for g in range(2, n + 1))


@lru_cache(maxsize=4096)
def lat_quality(v: str) -> frozenset[str]:
    q = {_LAT_Q[c] for c in v}
    if "e" in v:
        q.add("A")  # Mohammed / Muhammad
    if "a" in v:
        q.add("I")
    return frozenset(q)


def _similar_lat_lat(a: Parsed, b: Parsed) -> bool:
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
        elif x and not lat_quality(x) & lat_quality(y):
            return False  # Putin / between
    return True


def _similar_ar_ar(a: Parsed, b: Parsed) -> bool:
    n = len(a.cons)
    alef_diffs = 0
    for g in range(n + 1):
        final = g == n
        x, y = ar_written(a.gaps[g], final), ar_written(b.gaps[g], final)
        if x == y:
            continue
        diff = a.gaps[g] or b.gaps[g]
        if final or not _GLIDES.isdisjoint(diff):
            return False
        alef_diffs += 1
    for g in range(n + 1):
        x, y = ar_glides(a.gaps[g]), ar_glides(b.gaps[g])
        if x and y and x != y:
            return False
    return alef_diffs <= 1


def ar_glides(gap: str) -> frozenset[str]:
    """The و and ي of an Arabic vowel gap: two spellings of one name write the same ones."""
    return _GLIDES.intersection(gap)


_GLIDES = frozenset("وي")
_FLEX_OR_HAH = AR_FLEX | {AR_FINAL_HAH}


@lru_cache(maxsize=100_000)
def similar(a: str, b: str, min_classes: int | None = None) -> bool:
    """Finer check on two key-equal words of either script (symmetric).

    ``min_classes`` as in ``phonetic_key``: a word inside a longer name may be short.
    """
    ka, kb = phonetic_key(a, min_classes), phonetic_key(b, min_classes)
    if ka is None or ka != kb:
        return False
    pa, pb = parse(a), parse(b)
    assert pa is not None and pb is not None
    return similar_parsed(pa, pb)


def similar_parsed(pa: Parsed, pb: Parsed) -> bool:
    """``similar`` on two parsed words whose keys are already known to be equal (and long enough)."""
    return _cons_agree(pa, pb) and similar_agreeing(pa, pb)


def similar_agreeing(pa: Parsed, pb: Parsed) -> bool:
    """``similar_parsed`` on parses whose consonants are also known to agree (their fine tags intersect)."""
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
