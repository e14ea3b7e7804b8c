"""One pass over an article's tokens: which patterns occur where, and how.

Each distinct word is analyzed once per watch list (caches from the word to
its index keys and to the patterns it can anchor), so the cost of an article
is a dictionary lookup per token plus the work on the tokens that anchor a
candidate pattern; it grows with the hits, not with the number of rules.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from itertools import compress, count

from raqib.analysis import translit
from raqib.analysis.affixes import clitic_readings, inflection_keys
from raqib.analysis.chars import is_arabic
from raqib.analysis.coreference import ARTICLE_AR, DETERMINERS_EN, HEADS_AR, HEADS_EN
from raqib.analysis.document import Document
from raqib.engine.compile import Compiled
from raqib.engine.evaluate import HOW_RANK, TokenHit
from raqib.engine.patterns import Pattern
from raqib.engine.translit_filter import KeyGroup, spelling_readings, translit_floor

CACHE_LIMIT = 400_000

COMPOUND_FIRST = translit.ARABIC_COMPOUND_FIRST
COMPOUND_SECOND = translit.ARABIC_COMPOUND_SECOND
MERGE_STARTS = translit.LATIN_ARTICLES | COMPOUND_FIRST

Entries = tuple[tuple[tuple[int, str, int, str, int], ...], tuple[tuple[int, dict[str, tuple[int, ...]]], ...]]
_NOTHING: Entries = ((), ())  # what most words start: shared, so the scan loop can skip them by identity


class Scanner:
    """Finds term hits in documents for one compiled watch list."""

    def __init__(self, compiled: Compiled) -> None:
        self.c = compiled
        self._keys: dict[str, frozenset[str]] = {}
        self._starts: dict[str, tuple[int, ...]] = {}
        self._entries: dict[str, Entries] = {}
        self._readings: dict[tuple, tuple[str, ...]] = {}
        # Per phonetic index key, built with the scanner: all of them cost 0.05 s at 10,000 rules
        # and 0.4 s at 100,000, which built on first use fell on the first articles to need them.
        patterns = compiled.patterns
        self._groups: dict[str, KeyGroup] = {
            k: KeyGroup(k[2:], pids, [patterns[pid] for pid in pids])
            for k, pids in compiled.index.items()
            if k[0] == "t"
        }

    def keys(self, norm: str) -> frozenset[str]:
        """Every index key of one normalized word."""
        ks = self._keys.get(norm)
        if ks is None:
            if len(self._keys) > CACHE_LIMIT:
                self._keys.clear()
                self._starts.clear()
            readings = clitic_readings(norm)
            out = {f"n:{r}" for r in readings}
            out |= {f"i:{k}" for k in inflection_keys(norm)}
            if self.c.uses_translit:
                for r in readings:
                    # unguarded: a short word may be one word of a longer name (قره باغ)
                    pk = translit.phonetic_key(r, 1)
                    if pk:
                        out.add(f"t:{pk}")
            for n in self.c.prefix_lengths:
                if len(norm) >= n:
                    out.add(f"p:{norm[:n]}")
            ks = self._keys[norm] = frozenset(out)
        return ks

    def starts(self, norm: str) -> tuple[int, ...]:
        """Patterns whose anchor word this word can be.

        The spelling of a one-word transliteration is checked here; that of a longer
        name's anchor when the name is verified (``_verify``), only where the word next
        to it is there too: most such candidates never get that far.
        """
        st = self._starts.get(norm)
        if st is None:
            index = self.c.index
            found: set[int] = set()
            for k in self.keys(norm):
                pids = index.get(k)
                if not pids:
                    continue
                if k[0] == "t":
                    # Transliteration candidates are checked here, once per distinct word, not per
                    # occurrence, and only those that pass the key group's bit-parallel prefilter.
                    self._translit_starts(self._groups[k], k[2:], norm, found)
                else:
                    found.update(pids)
            st = self._starts[norm] = tuple(sorted(found))
        return st

    def _translit_starts(self, group: KeyGroup, key: str, norm: str, found: set[int]) -> None:
        """Add the group's patterns whose anchor word ``norm`` may spell.

        One-word patterns are checked (``_translit_word_ok`` for each): patterns that share
        their word share the spelling check; only the known-name guard depends on each
        pattern's entity. Longer names pass on the prefilter alone (``starts``).
        """
        names, term_ref, patterns = self.c.entity_names, self.c.term_ref, self.c.patterns
        rs = group.readings(key, norm)
        masks = [group.reading_mask(pr) for _, pr in rs]
        for cls in group.classes(key, norm, rs, masks):
            p = group.cls_rep[cls]
            if len(p.words) > 1:  # the class's patterns are all one-word or all longer
                found.update(group.pids[cls])
                continue
            # the memo of _translit_readings(p, p.anchor, norm), filled here for its later calls
            memo_key = (p.norms[p.anchor], key, translit_floor(p), p.strict, norm)
            readings = self._readings.get(memo_key)
            if readings is None:
                if len(self._readings) > CACHE_LIMIT:
                    self._readings.clear()
                readings = self._readings[memo_key] = group.spelled(cls, key, rs, masks)
            if not readings:
                continue
            named = {other for r in readings for other in names.get(r, ())}
            if not named:
                found.update(group.pids[cls])
                continue
            for pid in group.pids[cls]:
                # not a known name of another entity
                if named == {term_ref.get(patterns[pid].term)}:
                    found.add(pid)

    def entries(self, text: str, norm: str) -> Entries:
        """What can match at a word written ``text``: one-word hits, and longer patterns by neighbour.

        One-word entries are (term, name, rank of how, how, kind): kind 0 matches whatever
        the context; kind 1 is a transliteration of a common word, which needs a title
        before it. Longer patterns are grouped by the keys of the word next to their
        anchor (offset +1 or -1), so an article word verifies only the patterns whose
        neighbour word is also there. Cached per written form.
        """
        got = self._entries.get(text)
        if got is not None:
            return got
        singles = []
        multi: dict[int, dict[str, list[int]]] = {}
        for pid in self.starts(norm):
            p = self.c.patterns[pid]
            if len(p.words) > 1:
                offset = 1 if p.anchor + 1 < len(p.words) else -1
                by_key = multi.setdefault(offset, {})
                for k in p.words[p.anchor + offset]:
                    by_key.setdefault(k, []).append(pid)
                continue
            if p.caps[0] and text.isascii() and not text.isupper():
                continue
            kind = 0
            if p.mode == "translit":
                if text.isascii() and not text[:1].isupper():
                    continue  # in Latin script a name is capitalized: "million" is not "Melan"
                if is_arabic(norm) and any(translit.is_common_word(r) for r in self._translit_readings(p, 0, norm)):
                    kind = 1
                how = "transliterated"
            elif p.via:
                how = p.via
            elif p.mode == "inflect" and f"n:{p.norms[0]}" not in self.keys(norm):
                how = "inflected"
            else:
                how = _HOW_NAMES[_how_plain(text, norm, p, 0)]
            singles.append((p.term, p.name, HOW_RANK[how], how, kind))
        if len(self._entries) > CACHE_LIMIT:
            self._entries.clear()
        groups = tuple((off, {k: tuple(v) for k, v in by_key.items()}) for off, by_key in multi.items())
        got = self._entries[text] = (tuple(singles), groups) if singles or groups else _NOTHING
        return got

    def scan(self, doc: Document) -> dict[int, list[TokenHit]]:
        """Term number -> hits in token order (best way of matching kept per place)."""
        # Most words start nothing (``_NOTHING``): the loop reads the document's columns (no
        # Token objects are built for the scan).
        texts, norms, patterns = doc.texts, doc.norms, self.c.patterns
        best: dict[tuple[int, int], TokenHit] = {}
        cache, titles, nothing = self._entries, translit.TITLE_WORDS, _NOTHING
        merge_at = _merge_starts(norms) if self.c.uses_translit else frozenset()
        for i, text in enumerate(texts):
            ents = cache.get(text)
            if ents is None:
                ents = self.entries(text, norms[i])
            if ents is not nothing:
                singles, groups = ents
                for term, name, rank, how, kind in singles:
                    if kind == 1 and (i == 0 or norms[i - 1] not in titles):
                        continue
                    # _keep, for a one-word hit: it replaces one at its place only by matching more closely
                    old = best.get((term, i))
                    if old is None or rank < HOW_RANK[old.how]:
                        best[(term, i)] = TokenHit(term, i, 1, how, name)
                for offset, by_key in groups:
                    for pid in self._neighbours(doc, i + offset, offset, by_key):
                        p = patterns[pid]
                        # a Latin article joined to a word before the anchor takes one token more
                        for start in (i - p.anchor, i - p.anchor - 1) if p.anchor else (i,):
                            found = self._verify(p, start, doc) if start >= 0 else None
                            if found is not None:
                                _keep(best, TokenHit(p.term, start, found[1], found[0], p.name))
                                break
            if i in merge_at:
                merged = self._merged(doc, i)
                for pid in self.starts(merged) if merged else ():
                    p = patterns[pid]
                    start = i - p.anchor
                    found = self._verify(p, start, doc) if start >= 0 else None
                    if found is not None:
                        _keep(best, TokenHit(p.term, start, found[1], found[0], p.name))
        out: dict[int, list[TokenHit]] = defaultdict(list)
        for (term, _), hit in sorted(best.items(), key=lambda kv: kv[0][1]):
            kept = out[term]
            # a shorter name inside a longer one of the same term is one mention, not two
            if kept and hit.tok + hit.length <= kept[-1].tok + kept[-1].length:
                continue
            kept.append(hit)
        return out

    def _neighbours(self, doc: Document, j: int, offset: int, by_key: dict) -> set[int]:
        """Patterns whose word next to the anchor can be token j (or a Latin article joined there)."""
        norms = doc.norms
        if not 0 <= j < len(norms):
            return set()
        keys = self.keys(norms[j])
        k = j if offset > 0 else j - 1
        if 0 <= k < len(norms) and norms[k] in MERGE_STARTS:
            merged = self._merged(doc, k)
            if merged:
                keys = keys | self.keys(merged)
        if len(by_key) < len(keys):  # usually a few neighbour keys against a word's many keys
            return {pid for key, pids in by_key.items() if key in keys for pid in pids}
        return {pid for key in keys for pid in by_key.get(key, ())}

    def _merged(self, doc: Document, i: int) -> str | None:
        """Two words that a name in the other script writes as one.

        A detached Latin article ("al Shara" -> "alshara"), and the Arabic compound
        names written with a space (نصر الله is Nasrallah, عبد الله is Abdullah).
        """
        norms = doc.norms
        if not self.c.uses_translit or i + 1 >= len(norms) or doc.starts[i + 1] - doc.ends[i] > 1:
            return None
        a, b = norms[i], norms[i + 1]
        if a in translit.LATIN_ARTICLES:
            merged = translit.merge_article([a, b])
            return merged[0] if len(merged) == 1 else None
        if a in COMPOUND_FIRST or b in COMPOUND_SECOND:
            return a + b
        return None

    def _verify(self, p: Pattern, i: int, doc: Document) -> tuple[str, int] | None:
        """How the pattern matches at token i and how many tokens it covers, or None."""
        worst, k = 0, i
        norms, texts, field_of = doc.norms, doc.texts, doc.field_of
        for j, want in enumerate(p.words):
            if k >= len(norms) or field_of[k] != field_of[i]:
                return None
            norm, text, used = norms[k], texts[k], 1
            if p.mode == "translit" and self.keys(norm).isdisjoint(want):
                merged = self._merged(doc, k)
                if merged is None or self.keys(merged).isdisjoint(want):
                    return None
                norm, used = merged, 2
            elif (j or p.anchor) and self.keys(norm).isdisjoint(want):
                return None
            if p.caps[j] and not (text.isupper() or not text.isascii()):
                return None
            if p.mode == "translit":
                # a one-word pattern's spelling was checked by starts(), a longer one's anchor was not
                checked = j == p.anchor and len(p.words) == 1
                if (not checked and not self._translit_word_ok(p, j, norm)) or not self._translit_context_ok(
                    p, norm, doc, k, used
                ):
                    return None
                rank = HOW_RANK["transliterated"]
            elif p.via:
                rank = HOW_RANK[p.via]
            elif p.mode == "inflect" and f"n:{p.norms[j]}" not in self.keys(norm):
                rank = HOW_RANK["inflected"]
            else:
                rank = _how_plain(text, norms[k], p, j)
            worst = max(worst, rank)
            k += used
        return _HOW_NAMES[worst], k - i

    def _translit_readings(self, p: Pattern, j: int, norm: str) -> tuple[str, ...]:
        """The readings of an article word that spell word j of a transliteration pattern."""
        want = p.words[j][0][2:]
        floor = translit_floor(p)
        # Many patterns share a word (given names): the answer is kept per (word, article word).
        memo_key = (p.norms[j], want, floor, p.strict, norm)
        got = self._readings.get(memo_key)
        if got is None:
            if len(self._readings) > CACHE_LIMIT:
                self._readings.clear()
            rs = KeyGroup.readings(want, norm)
            got = self._readings[memo_key] = spelling_readings(p.norms[j], want, floor, p.strict, rs)
        return got

    def _translit_word_ok(self, p: Pattern, j: int, norm: str) -> bool:
        """The word-level checks: a similar spelling, and not a known name of another entity."""
        readings = self._translit_readings(p, j, norm)
        if not readings:
            return False
        ref = self.c.term_ref.get(p.term)
        names = self.c.entity_names
        return not any(other != ref for r in readings for other in names.get(r, ()))

    def _translit_context_ok(self, p: Pattern, norm: str, doc: Document, i: int, used: int) -> bool:
        """The checks that need the words around: capitals in Latin text, titles before common words."""
        text = doc.texts[i + used - 1]
        if text.isascii():
            # In Latin script a name is capitalized: "million" is not "Melan".
            return text[:1].isupper()
        if len(p.words) == 1 and is_arabic(norm):
            if any(translit.is_common_word(r) for r in self._translit_readings(p, 0, norm)):
                prev = doc.norms[i - 1] if i > 0 else ""
                return prev in translit.TITLE_WORDS
        return True


def _merge_starts(norms: tuple[str, ...]) -> frozenset[int]:
    """Where two words may be read as one name (``Scanner._merged``): a detached article, a compound."""
    out: set[int] = set()
    if not MERGE_STARTS.isdisjoint(norms):  # most articles have neither: one C-level pass each
        out.update(i for i, w in enumerate(norms) if w in MERGE_STARTS)
    if not COMPOUND_SECOND.isdisjoint(norms):
        out.update(i - 1 for i, w in enumerate(norms) if i and w in COMPOUND_SECOND)
    return frozenset(out)


def _how_plain(text: str, norm: str, p: Pattern, j: int) -> int:
    """exact: as written in the rule (Latin without case); normalized: the same letters; else clitic."""
    written = p.texts[j] if p.texts else p.norms[j]
    if text == written or (text.isascii() and text.casefold() == written.casefold()):
        return HOW_RANK["exact"]
    if norm == p.norms[j]:
        return HOW_RANK["normalized"]
    return HOW_RANK["clitic"]


_HOW_NAMES = {r: h for h, r in HOW_RANK.items()}


def _keep(best: dict[tuple[int, int], TokenHit], hit: TokenHit) -> None:
    """Keep the best way a term matched at one place: the most exact, then the longest."""
    old = best.get((hit.term, hit.tok))
    if old is None or (HOW_RANK[hit.how], -hit.length) < (HOW_RANK[old.how], -old.length):
        best[(hit.term, hit.tok)] = hit


def add_coreferent_hits(doc: Document, hits: dict[int, list[TokenHit]], c: Compiled) -> None:
    """Add hits for definite descriptions ("المنظمة") of entities named earlier in the same story."""
    wanted = {h for tid in hits.keys() & c.coref_heads.keys() for h in c.coref_heads[tid]}
    if not wanted:
        return
    norms = doc.norms
    # One pass: where each wanted category noun occurs, and whether with the article. Most
    # words are none: their () is falsy, and compress() skips them without a Python step.
    heads_at = list(map(_heads_of, norms))
    where: dict[tuple[str, str], list[tuple[int, bool]]] = defaultdict(list)
    for i in compress(count(), heads_at):
        for head, definite in heads_at[i]:
            if head in wanted:
                if head[0] == "en":
                    definite = i > 0 and norms[i - 1] in DETERMINERS_EN
                where[head].append((i, definite))
    if not where:
        return
    for tid in hits.keys() & c.coref_heads.keys():
        own = hits[tid]
        inside = {k for h in own for k in range(h.tok, h.tok + h.length)}
        new: list[TokenHit] = []
        for head in c.coref_heads[tid]:
            # (position, 0 = a full mention, 1 = the noun with the article, 2 = without)
            events = sorted([(h.tok, 0) for h in own] + [(i, 1 if d else 2) for i, d in where.get(head, [])])
            active, segment = False, -1
            for i, kind in events:
                if kind == 0:
                    active, segment = True, doc.segment_of[i]
                    continue
                definite = kind == 1
                if i in inside:
                    continue
                if definite and active and doc.segment_of[i] == segment:
                    start = i - 1 if head[0] == "en" else i
                    if doc.field_of[start] == doc.field_of[i]:
                        new.append(TokenHit(tid, start, i - start + 1, "coreferent", doc.texts[i]))
                elif not definite:
                    active = False  # another thing of that category was named
        if new:
            hits[tid] = sorted(set(own) | set(new), key=lambda h: h.tok)


@lru_cache(maxsize=200_000)
def _heads_of(norm: str) -> tuple[tuple[tuple[str, str], bool], ...]:
    """The category nouns a word is, with whether it carries the article (Arabic)."""
    if norm in HEADS_EN:
        return ((("en", norm), False),)
    out = []
    for r in clitic_readings(norm):
        if r.startswith(ARTICLE_AR) and r[2:] in HEADS_AR:
            out.append((("ar", r[2:]), True))
        elif r in HEADS_AR:
            out.append((("ar", r), False))
    # a definite reading wins over the same noun read without the article
    best: dict[tuple[str, str], bool] = {}
    for head, definite in out:
        best[head] = best.get(head, False) or definite
    return tuple(best.items())
