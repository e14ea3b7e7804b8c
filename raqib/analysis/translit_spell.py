"""Arabic spellings of a Latin name, for ``raqib rules suggest`` (see ``translit.arabic_spellings``).

A beam search over the options of each Latin letter and vowel gap, each with a
cost (the usual stand-in first: v -> ف, g -> غ then ج, t -> ت then ط...), and
only the spellings that the matcher itself accepts (same ``phonetic_key``,
``similar``) are kept. Names that look Arabic (an article, abu/bin, aa, q, dh)
prefer dropping short e/o/a (Ahmed -> احمد); foreign ones write every vowel.
"""

from __future__ import annotations

from raqib.analysis.chars import normalize_word
from raqib.analysis.translit import merge_article, similar, vowels_written
from raqib.analysis.translit_guards import looks_arabic, looks_foreign
from raqib.analysis.translit_key import (
    Cons,
    Parsed,
    parse,
    phonetic_key,
    short_name_key,
)

_CONS_SPELL: dict[str, tuple[tuple[str, float], ...]] = {
    "b": (("ب", 0),), "p": (("ب", 0),), "v": (("ف", 0),), "f": (("ف", 0),), "ph": (("ف", 0),),
    "g": (("غ", 0), ("ج", 0.5), ("ق", 2.0)), "gh": (("غ", 0), ("ق", 1.0)), "j": (("ج", 0),),
    "zh": (("ج", 0), ("ژ", 2)), "dj": (("ج", 0),), "dzh": (("ج", 0),),
    "k": (("ك", 0), ("ق", 1.2)), "q": (("ق", 0), ("ك", 0.8)), "c": (("ك", 0),), "ck": (("ك", 0),),
    "kh": (("خ", 0), ("ح", 0.8)), "x0": (("ك", 0),), "x1": (("س", 0),),
    "t": (("ت", 0), ("ط", 1.2)), "th": (("ث", 0), ("ت", 0.5)), "tz0": (("ت", 0),),
    "tz1": (("س", 0),), "d": (("د", 0), ("ض", 1.3)), "dh": (("ذ", 0), ("ظ", 0.8), ("ض", 1.3)),
    "z": (("ز", 0), ("ظ", 1.3)), "s": (("س", 0), ("ص", 1.2)),
    "sh": (("ش", 0),), "ch": (("تش", 0), ("ش", 0.3), ("ج", 1.0)), "ts": (("تس", 0),),
    "tch": (("تش", 0),), "tsh": (("تش", 0),), "tsch": (("تش", 0),),
    "sch": (("ش", 0),), "shch": (("تش", 0), ("ش", 0.3)),
    "r": (("ر", 0),), "l": (("ل", 0),), "m": (("م", 0),), "n": (("ن", 0),),
}
_VOWEL_LETTER = {"a": "ا", "e": "ي", "i": "ي", "y": "ي", "o": "و", "u": "و", "w": "و"}


def _long_letters(gap: str) -> str:
    out = ""
    for c in gap:
        letter = _VOWEL_LETTER[c]
        if not out or out[-1] != letter:
            out += letter
    return out


def _cons_options(c: Cons, arabic_like: bool) -> tuple[tuple[str, float], ...]:
    if c.src == "s" and "sh" in c.tags:  # a final -es: Guterres غوتيريس / غوتيريش
        return (("س", 0), ("ش", 0.6), ("ص", 1.2))
    if c.src == "ch" and "kh" in c.tags:  # a velar ch: Christoph كريستوف, Hochstein هوكستين
        return (("ك", 0), ("خ", 0.3)) + ((("ش", 0.5),) if "sh" in c.tags else ())
    if c.src == "h":  # ح in Arabic names and before a consonant (Hmeimim), else ه
        return (("ح", 0), ("ه", 0.5)) if arabic_like else (("ه", 0), ("ح", 0.5))
    if c.src in _CONS_SPELL:
        return _CONS_SPELL[c.src]
    # collapsed units: a double letter ("ss", "mm") is spelled once, neighbours of
    # one class ("shk" in Pezeshkian, "ghch" in Araghchi) letter by letter
    parts: list[str] = []
    rest = c.src
    while rest:
        for size in (4, 3, 2, 1):
            head = rest[:size]
            if head in _CONS_SPELL or size == 1:
                if not parts or parts[-1] != head:
                    parts.append(head)
                rest = rest[size:]
                break
    opts: list[tuple[str, float]] = [("", 0.0)]
    for part in parts:
        spell = _CONS_SPELL.get(part, (("", 0),))
        opts = sorted(((s + o, c0 + c1) for s, c0 in opts for o, c1 in spell), key=lambda t: t[1])[:8]
    return tuple(opts)


def _gap_options(gap: str, g: int, n: int, p: Parsed, arabic_like: bool) -> list[tuple[str, float]]:
    if not gap:
        return [("", 0)]
    seq = _long_letters(gap)
    if g == 0 and not p.article:
        if gap[0] in "yw":  # a glide: Yerevan يريفان, Warsaw وارسو
            return [(seq, 0.0)]
        if seq.startswith("ا"):
            return [(seq, 0.0), ("ع" + seq[1:], 1.0)]
        if gap == "e":  # Erdogan أردوغان
            return [("ا", 0.0), ("ا" + seq, 0.3)]
        return [("ا" + seq, 0.0), ("ا", 0.3)]
    if g == n and p.final_h:  # Abdullah عبدالله, Saleh صالح
        if gap in ("a", "e"):
            first, second = ("ه", "ح") if gap == "a" else ("ح", "ه")
            return [(first, 0), (second, 0.3), (seq + first, 0.8), (seq + second, 1.0)]
        return [(seq + "ح", 0), (seq + "ه", 0.3)]
    if g == n:  # the end of the word
        if gap == "e":
            return [("", 0), ("ي", 0.5)]
        if seq == "ا":
            if gap == "aa":
                return [("ع", 0), ("ا", 0.3)] if arabic_like else [("ا", 0), ("ع", 0.3)]
            if p.final_h or arabic_like:
                return [("ه", 0), ("ا", 0.4)]
            return [("ا", 0), ("ه", 0.5)]
        return [(seq, 0.0)]
    if arabic_like and gap in ("e", "o"):  # short vowels of Arabic names: Ahmed أحمد
        opts = [("", 0.0), (seq, 0.6)]
    elif arabic_like and gap == "a":
        opts = [("", 0.2), (seq, 0.3)]
    else:
        opts = [(seq, 0.0), ("", 0.8 if seq == "ا" else 1.5)]
    if gap == "aa":
        opts.append(("ع", 0.0 if arabic_like else 0.5))
    if "y" in gap[1:-1] and set(gap) <= set("eiy"):  # a glide between vowels: Aliyev علييف
        opts.append(("يي", 0.4))
    return opts


def _spell_word(word: str, limit: int, arabic_name: bool) -> list[tuple[str, float]]:
    p = parse(word)
    if p is None or p.script != "lat":
        return []
    foreign = looks_foreign(p.word)
    arabic_like = not foreign and (arabic_name or p.article or looks_arabic(p.word))
    n = len(p.cons)
    slots: list[list[tuple[str, float]]] = []
    for g in range(n + 1):
        slots.append(_gap_options(p.gaps[g], g, n, p, arabic_like))
        if g < n:
            h_cluster = g == 0 and not p.gaps[1] and p.cons[0].src == "h"
            opts = list(_cons_options(p.cons[g], arabic_like or h_cluster))
            if p.cons[g].src == "z" and g > 0 and not p.gaps[g]:
                opts.append(("تس", 0.6))  # German z after a consonant: Merz ميرتس
            slots.append(opts)
    beam: list[tuple[float, str]] = [(0.0, "ال" if p.article else "")]
    for opts in slots:
        beam = sorted(
            ((cost + c, s + o) for cost, s in beam for o, c in opts), key=lambda t: t[0]
        )[:256]
    keyed = phonetic_key(word) is not None
    short = not keyed and short_name_key(word) is not None
    seen: set[str] = set()
    out: list[tuple[str, float]] = []
    for cost, s in beam:
        if s in seen or not s:
            continue
        seen.add(s)
        if keyed and not similar(word, s):
            continue
        if short and not (similar(word, s, 2) and vowels_written(word, s)):
            continue
        out.append((s, cost))
        if len(out) >= limit:
            break
    return out


_ARABIC_NAME_WORDS = frozenset({"abu", "abou", "bin", "ibn", "ben", "bint", "umm", "abd", "abdel", "abdul"})


def spell_name(latin_name: str, *, limit: int = 10) -> list[str]:
    """Plausible Arabic spellings of a Latin name, most likely first.

    Every word that can be keyed is checked: each spelling has the word's
    ``phonetic_key`` and is ``similar`` to it, so it is a spelling the
    transliteration matcher would accept. A word too short to key (Ali) is
    spelled by its most likely letters only.
    """
    words = merge_article(
        [w for w in "".join(c if c.isalnum() else " " for c in latin_name).split()]
    )
    words = [normalize_word(w) for w in words]
    if not words:
        return []
    # one Arabic-origin word (an article, abu, bin...) makes the whole name Arabic
    arabic_name = any(
        w in _ARABIC_NAME_WORDS or parse(w) is not None and parse(w).article for w in words
    )
    if all(phonetic_key(w) is None for w in words) and not (
        len(words) == 1 and short_name_key(words[0]) is not None
    ):
        return []
    per_word = [_spell_word(w, limit, arabic_name) for w in words]
    if any(not opts for opts in per_word):
        return []
    combos: list[tuple[float, str]] = [(0.0, "")]
    for opts in per_word:
        combos = sorted(
            ((c0 + c1, (s0 + " " + s1).strip()) for c0, s0 in combos for s1, c1 in opts),
            key=lambda t: t[0],
        )[: limit * 4]
    return [s for _, s in combos[:limit]]
