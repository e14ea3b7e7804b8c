"""The scanner's transliteration prefilter: bit masks of what ``translit.similar`` checks.

A phonetic key is only the consonant classes, so at 100,000 rules a new article
word meets hundreds of candidate names per key, and ``translit.similar`` rejects
most of them on finer facts of the two spellings. ``KeyGroup`` keeps those
facts for the patterns of one key as bit masks (bit b = the group's b-th
pattern), so a few integer operations per reading of the article word leave the
candidates that can still pass; ``similar`` decides for them as before.

Every test here is one that ``similar`` makes too (a necessary condition), so
the result is the same: ``tests/engine/test_translit_prefilter.py`` checks that
on many name pairs and fails if ``similar`` loosens a condition relied on here.
Where a fact is a judgment of ``translit`` (vowel quality, glides), the mask is
built by calling that module's own function on the distinct spellings of a gap,
not by a copy of its rules.
"""

from __future__ import annotations

from functools import lru_cache, reduce
from operator import or_

from raqib.analysis import translit, translit_key
from raqib.analysis.affixes import clitic_readings
from raqib.analysis.translit_key import AR_FINAL_H, AR_FINAL_HAH, AR_FLEX, AR_WRITTEN, Parsed
from raqib.engine.patterns import Pattern


class KeyGroup:
    """The transliteration patterns of one phonetic key, as bit masks for a quick prefilter.

    Bit b stands for the b-th class of patterns checked alike (``cls_rep[b]``, whose
    patterns are ``pids[b]``).

    Facts kept per pattern: the fine tags of each consonant (they must intersect:
    ``similar``'s consonant agreement), where each spelling writes vowels (the
    vowel alignment, gap by gap, both directions, Latin/Latin too), the short-key
    guard, and per gap the vowel letters themselves (their quality, and the و/ي
    two Arabic spellings must share).
    """

    __slots__ = ("pids", "n", "unknown", "tags", "lat", "ar", "lat_has", "lat_long", "lat_fin", "lat_init",
                 "ar_w", "ar_wf", "ar_init_empty", "lone", "strict", "cls_rep",
                 "lat_vowels", "ar_vowels", "ar_glides", "_memo")  # fmt: skip

    def __init__(self, key: str, pids: list[int], patterns: list[Pattern]) -> None:
        n = self.n = len(key)
        tags: list[dict[str, int]] = [{} for _ in range(n)]
        unknown = lat = ar = lat_fin = lat_init = ar_init_empty = lone = strict = 0
        lat_has, lat_long, ar_w, ar_wf = [0] * (n + 1), [0] * (n + 1), [0] * (n + 1), [0] * (n + 1)
        # per gap: Latin vowel string -> bits; (Arabic written gap, initial) -> bits; Arabic glides -> bits
        lat_vowels: list[dict[str, int]] = [{} for _ in range(n + 1)]
        ar_vowels: list[dict[tuple[str, bool], int]] = [{} for _ in range(n + 1)]
        ar_glides: list[dict[frozenset[str], int]] = [{} for _ in range(n + 1)]
        # Patterns checked alike (the same anchor word under the same short-key guard: a given
        # name in hundreds of names) share every fact below, so a bit stands for such a class.
        classes: dict[tuple, list[int]] = {}
        self.cls_rep: list[Pattern] = []
        for pid, p in zip(pids, patterns, strict=True):
            ck = (p.norms[p.anchor], p.words[p.anchor], len(p.words) > 1, p.strict)
            members = classes.get(ck)
            if members is None:
                members = classes[ck] = []
                self.cls_rep.append(p)
            members.append(pid)
        self.pids: list[tuple[int, ...]] = [tuple(v) for v in classes.values()]
        for b, p in enumerate(self.cls_rep):
            bit = 1 << b
            # the short-key guard the word is checked with (Scanner._translit_readings)
            if len(p.words) == 1:
                if p.strict:
                    strict |= bit
                else:
                    lone |= bit
            pa = translit_key.parse(p.norms[p.anchor])
            if pa is None or pa.key != key:
                unknown |= bit  # not what the key promises: always checked in full
                continue
            for i, c in enumerate(pa.cons):
                for t in c.tags:
                    tags[i][t] = tags[i].get(t, 0) | bit
            if pa.script == "lat":
                lat |= bit
                for g, v in enumerate(pa.gaps):
                    if v:
                        lat_has[g] |= bit
                        lat_vowels[g][v] = lat_vowels[g].get(v, 0) | bit
                    if len(v) >= 2:
                        lat_long[g] |= bit
                if pa.gaps[n] and pa.gaps[n] != "e":
                    lat_fin |= bit
                if pa.gaps[0] and not pa.article:
                    lat_init |= bit
            else:
                ar |= bit
                for g, v in enumerate(pa.gaps):
                    w, wf = _ar_gap(v, g == n)
                    if w:
                        ar_w[g] |= bit
                        at = (v, g == 0 and not pa.article)
                        ar_vowels[g][at] = ar_vowels[g].get(at, 0) | bit
                    if wf:
                        ar_wf[g] |= bit
                    gl = translit.ar_glides(v)
                    if gl:
                        ar_glides[g][gl] = ar_glides[g].get(gl, 0) | bit
                if not pa.gaps[0] and not pa.article:
                    ar_init_empty |= bit
        self.unknown, self.tags, self.lat, self.ar = unknown, tags, lat, ar
        self.lat_has, self.lat_long, self.lat_fin, self.lat_init = lat_has, lat_long, lat_fin, lat_init
        self.ar_w, self.ar_wf, self.ar_init_empty = ar_w, ar_wf, ar_init_empty
        self.lone, self.strict = lone, strict
        self.lat_vowels, self.ar_vowels, self.ar_glides = lat_vowels, ar_vowels, ar_glides
        self._memo: dict[tuple, int] = {}

    def reading_mask(self, pr: Parsed) -> int:
        """Bits of the patterns that a parsed reading with this key may still match."""
        n, tags = self.n, self.tags
        m = -1
        for i, c in enumerate(pr.cons):
            acc = 0
            for t in c.tags:
                acc |= tags[i].get(t, 0)
            m &= acc
            if not m:
                return 0
        excl = 0
        # phonetic_key's short-key guard: a one-word name needs 3 classes (2 after an article)
        if n < (translit_key.MIN_CLASSES_WITH_ARTICLE if pr.article else translit_key.MIN_CLASSES):
            excl |= self.lone
        if n < 2:
            excl |= self.strict
        lat, ar = self.lat, self.ar
        if pr.script == "ar":
            # Latin patterns against an Arabic reading (translit._similar_lat_ar)
            for g, av in enumerate(pr.gaps):
                w, wf = _ar_gap(av, g == n)
                if not wf:
                    excl |= self.lat_long[g]  # two Latin vowel letters must be written
                if g == n:
                    if not wf:
                        excl |= self.lat_fin  # a final Latin vowel needs a final Arabic one
                    if w:
                        excl |= lat & ~self.lat_has[n]  # ... and a final Arabic vowel a Latin one
                        excl |= ar & ~self.ar_w[n]  # Arabic against Arabic: the same ending
                    else:
                        excl |= self.ar_w[n]
                elif g and w:
                    excl |= lat & ~self.lat_has[g]  # a written long vowel where the Latin has none
                if w:
                    excl |= self._lat_quality_against(g, av, g == 0 and not pr.article)
                if av:
                    excl |= self._glides_against(g, translit.ar_glides(av))
            if not pr.gaps[0] and not pr.article:
                excl |= self.lat_init  # a word-initial Latin vowel is written
        else:
            # Arabic patterns against a Latin reading (translit._similar_lat_ar, the other way)
            for g, lv in enumerate(pr.gaps):
                if len(lv) >= 2:
                    excl |= ar & ~self.ar_wf[g]
                if g == n:
                    if lv and lv != "e":
                        excl |= ar & ~self.ar_wf[n]
                    if not lv:
                        excl |= self.ar_w[n]
                else:
                    if g and not lv:
                        excl |= self.ar_w[g]
                    # Latin against Latin: a vowel on both sides or on neither (translit._similar_lat_lat)
                    excl |= lat & ~self.lat_has[g] if lv else self.lat_has[g]
                if lv:
                    excl |= self._quality_against_latin(g, lv)
            if pr.gaps[0] and not pr.article:
                excl |= self.ar_init_empty
        return (m & ~excl) | self.unknown

    def _lat_quality_against(self, g: int, av: str, initial: bool) -> int:
        """Latin patterns whose vowels in gap g the written Arabic gap ``av`` does not answer."""
        mk = ("a", g, av, initial)
        got = self._memo.get(mk)
        if got is None:
            got = 0
            for lv, bits in self.lat_vowels[g].items():
                if not translit.quality_ok(lv, av, initial):
                    got |= bits
            self._memo[mk] = got
        return got

    def _glides_against(self, g: int, glides: frozenset[str]) -> int:
        """Arabic patterns writing other و/ي in gap g than the Arabic reading (translit._similar_ar_ar)."""
        if not glides:
            return 0
        mk = ("g", g, glides)
        got = self._memo.get(mk)
        if got is None:
            got = 0
            for theirs, bits in self.ar_glides[g].items():
                if theirs != glides:
                    got |= bits
            self._memo[mk] = got
        return got

    def _quality_against_latin(self, g: int, lv: str) -> int:
        """Patterns whose vowels in gap g a Latin reading's vowels ``lv`` contradict.

        Arabic patterns whose written vowel is of another quality (translit.quality_ok),
        and Latin ones whose vowel shares no quality with it (translit._similar_lat_lat).
        """
        mk = ("l", g, lv)
        got = self._memo.get(mk)
        if got is None:
            got = 0
            for (av, initial), bits in self.ar_vowels[g].items():
                if not translit.quality_ok(lv, av, initial):
                    got |= bits
            mine = translit.lat_quality(lv)
            for theirs, bits in self.lat_vowels[g].items():
                if not translit.lat_quality(theirs) & mine:
                    got |= bits
            self._memo[mk] = got
        return got

    @staticmethod
    def readings(key: str, norm: str) -> list[tuple[str, Parsed]]:
        """The readings of an article word (``clitic_readings``, in order) that have this key, parsed."""
        return [(r, translit_key.parse(r)) for r in clitic_readings(norm) if translit.phonetic_key(r, 1) == key]

    def mask(self, key: str, norm: str, readings: list[tuple[str, Parsed]] | None = None) -> int:
        """Bits of the classes that a word may match by one of its readings with this key."""
        m = 0
        for _, pr in self.readings(key, norm) if readings is None else readings:
            m |= self.reading_mask(pr)
        return m

    def classes(
        self,
        key: str,
        norm: str,
        readings: list[tuple[str, Parsed]] | None = None,
        masks: list[int] | None = None,
    ) -> list[int]:
        """The classes (numbers into ``cls_rep`` and ``pids``) a word may match by a reading with this key.

        ``masks``: the ``reading_mask`` of each of ``readings``, when the caller has them.
        """
        m = self.mask(key, norm, readings) if masks is None else reduce(or_, masks, 0)
        out = []
        while m:
            low = m & -m
            out.append(low.bit_length() - 1)
            m ^= low
        return out

    def spelled(
        self, cls: int, key: str, readings: list[tuple[str, Parsed]], masks: list[int] | None = None
    ) -> tuple[str, ...]:
        """The readings (``readings(key, ...)``) that spell the anchor word of class ``cls``.

        ``masks``: each reading's ``reading_mask``, when the caller has them: only the
        readings whose mask has the class are checked, and their consonants are known
        to agree (unless the class is one the masks know nothing of).
        """
        p = self.cls_rep[cls]
        agreeing = False
        if masks is not None:
            bit = 1 << cls
            readings = [rp for rp, m in zip(readings, masks, strict=True) if m & bit]
            agreeing = not self.unknown & bit
        return spelling_readings(p.norms[p.anchor], key, translit_floor(p), p.strict, readings, agreeing)

    def candidates(self, key: str, norm: str) -> list[int]:
        """The group's patterns that a word may match by one of its readings with this key."""
        return [pid for c in self.classes(key, norm) for pid in self.pids[c]]


def spelling_readings(
    word: str,
    want: str,
    floor: int | None,
    strict: bool,
    readings: list[tuple[str, Parsed]],
    agreeing: bool = False,
) -> tuple[str, ...]:
    """The article word's readings that spell a transliteration pattern's word.

    ``readings``: (reading, parse) of the article word with the key ``want`` (at
    the guard of one class, ``KeyGroup.readings``); ``word`` is the pattern's word
    with that key, checked under the short-key guard ``floor``. ``agreeing``: the
    readings' consonants are known to agree with the word's (``KeyGroup.reading_mask``).
    """
    pw = _word_parse(word, want, floor)
    if pw is None:
        return ()
    similar = translit.similar_agreeing if agreeing else translit.similar_parsed
    return tuple(
        r
        for r, pr in readings
        if translit_key.keyable(pr, floor) and similar(pw, pr) and (not strict or translit.vowels_written(word, r))
    )


@lru_cache(maxsize=200_000)
def _word_parse(word: str, want: str, floor: int | None) -> Parsed | None:
    """A pattern word's parse, if under this guard it has the key it is indexed under."""
    return translit_key.parse(word) if translit.phonetic_key(word, floor) == want else None


def translit_floor(p: Pattern) -> int | None:
    """The short-key guard a transliteration pattern's words are checked with.

    A one-word name keeps the guard; in a longer name the other words are evidence;
    a short name of its own (``strict``) must have every vowel written.
    """
    return 1 if len(p.words) > 1 else 2 if p.strict else None


@lru_cache(maxsize=4096)  # a few hundred distinct gaps: ا, وا, يي, ...
def _ar_gap(av: str, final: bool) -> tuple[bool, bool]:
    """(written, written or flexible) for one Arabic vowel gap, as translit._similar_lat_ar reads it."""
    written = not AR_WRITTEN.isdisjoint(av) or (final and AR_FINAL_H in av)
    return written, written or not AR_FLEX.isdisjoint(av) or AR_FINAL_HAH in av
