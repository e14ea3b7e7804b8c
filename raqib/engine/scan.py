"""One pass over an article's tokens: which patterns occur where, and how.

Each distinct word is analyzed once per watch list (a cache from normalized
word to the patterns that can start there), so the cost of an article is a
dictionary lookup per token plus the work on the few tokens that start a
candidate pattern, whatever the number of rules.
"""

from __future__ import annotations

from collections import defaultdict

from raqib.analysis import translit
from raqib.analysis.affixes import clitic_readings, inflection_keys
from raqib.analysis.coreference import anaphor_at, bare_mention, covered
from raqib.analysis.chars import is_arabic
from raqib.analysis.document import Document
from raqib.analysis.tokens import Token
from raqib.engine.compile import Compiled
from raqib.engine.evaluate import HOW_RANK, TokenHit
from raqib.engine.patterns import Pattern

CACHE_LIMIT = 400_000


class Scanner:
    """Finds term hits in documents for one compiled watch list."""

    def __init__(self, compiled: Compiled) -> None:
        self.c = compiled
        self._keys: dict[str, frozenset[str]] = {}
        self._starts: dict[str, tuple[int, ...]] = {}

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
        """Patterns whose first word this word can be."""
        st = self._starts.get(norm)
        if st is None:
            index = self.c.index
            st = tuple(sorted({pid for k in self.keys(norm) for pid in index.get(k, ())}))
            self._starts[norm] = st
        return st

    def scan(self, doc: Document) -> dict[int, list[TokenHit]]:
        """Term number -> hits in token order (best way of matching kept per place)."""
        tokens, patterns = doc.tokens, self.c.patterns
        best: dict[tuple[int, int], TokenHit] = {}
        for i, tok in enumerate(tokens):
            cands = self.starts(tok.norm)
            merged = self._merged(tokens, i)
            if merged:
                cands = cands + self.starts(merged)
            for pid in cands:
                p = patterns[pid]
                found = self._verify(p, tokens, i, doc)
                if found is None:
                    continue
                how, n = found
                hit = TokenHit(p.term, i, n, how, p.name)
                old = best.get((p.term, i))
                if old is None or (HOW_RANK[how], -n) < (HOW_RANK[old.how], -old.length):
                    best[(p.term, i)] = hit
        out: dict[int, list[TokenHit]] = defaultdict(list)
        for (term, _), hit in sorted(best.items(), key=lambda kv: kv[0][1]):
            out[term].append(hit)
        return out

    def _merged(self, tokens: tuple[Token, ...], i: int) -> str | None:
        """A detached Latin article and the next word as one word ("al Shara" -> "alshara")."""
        if not self.c.uses_translit or i + 1 >= len(tokens):
            return None
        merged = translit.merge_article([tokens[i].norm, tokens[i + 1].norm])
        return merged[0] if len(merged) == 1 and tokens[i + 1].start - tokens[i].end <= 1 else None

    def _verify(self, p: Pattern, tokens: tuple[Token, ...], i: int, doc: Document) -> tuple[str, int] | None:
        """How the pattern matches at token i and how many tokens it covers, or None."""
        worst, k = 0, i
        for j, want in enumerate(p.words):
            if k >= len(tokens) or doc.field_of[k] != doc.field_of[i]:
                return None
            tok = tokens[k]
            norm, used = tok.norm, 1
            if p.mode == "translit" and not (want & self.keys(norm)):
                merged = self._merged(tokens, k)
                if merged is None or not (want & self.keys(merged)):
                    return None
                norm, used = merged, 2
            elif j and not (want & self.keys(norm)):
                return None
            if p.caps[j] and not (tok.text.isupper() or not tok.text.isascii()):
                return None
            if p.mode == "translit":
                if not self._translit_ok(p, j, norm, tokens, k):
                    return None
                rank = HOW_RANK["transliterated"]
            elif p.mode == "inflect" and f"n:{p.norms[j]}" not in self.keys(norm):
                rank = HOW_RANK["inflected"]
            else:
                rank = _how_plain(tok, p.norms[j])
            worst = max(worst, rank)
            k += used
        return next(h for h, r in HOW_RANK.items() if r == worst), k - i

    def _translit_ok(self, p: Pattern, j: int, norm: str, tokens: tuple[Token, ...], i: int) -> bool:
        want = next(iter(p.words[j]))[2:]
        # A one-word name keeps the short-key guard; in a longer name the other words are evidence.
        floor = 1 if len(p.words) > 1 else None
        readings = [r for r in clitic_readings(norm) if translit.phonetic_key(r, floor) == want]
        if not any(translit.similar(p.norms[j], r, floor) for r in readings):
            return False
        # A known name of another entity is that entity, not a spelling of this one.
        ref = self.c.term_ref.get(p.term)
        for r in readings:
            others = self.c.entity_names.get(r, set()) - {ref}
            if others:
                return False
        if len(p.words) == 1 and is_arabic(norm) and any(translit.is_common_word(r) for r in readings):
            prev = tokens[i - 1].norm if i > 0 else ""
            return prev in translit.TITLE_WORDS
        return True


def _how_plain(tok: Token, norm: str) -> int:
    if tok.text == norm or tok.text.casefold() == norm and not is_arabic(norm):
        return HOW_RANK["exact"]
    if tok.norm == norm:
        return HOW_RANK["normalized"]
    return HOW_RANK["clitic"]


def add_coreferent_hits(doc: Document, hits: dict[int, list[TokenHit]], c: Compiled) -> None:
    """Add hits for definite descriptions ("المنظمة") of entities named earlier in the same story."""
    if not c.coref_heads:
        return
    norms = [t.norm for t in doc.tokens]
    for tid, heads in c.coref_heads.items():
        own = hits.get(tid)
        if not own:
            continue
        spans = [(h.tok, h.tok + h.length) for h in own]
        starts = {h.tok for h in own}
        new: list[TokenHit] = []
        for head in heads:
            active, segment, i = False, -1, 0
            while i < len(norms):
                if covered(spans, i):
                    if i in starts:
                        active, segment = True, doc.segment_of[i]
                    i += 1
                    continue
                if doc.segment_of[i] != segment:
                    active = False
                taken = anaphor_at(norms, clitic_readings, i, head) if active else 0
                if taken and doc.field_of[i + taken - 1] == doc.field_of[i]:
                    new.append(TokenHit(tid, i, taken, "coreferent", doc.tokens[i].text))
                    i += taken
                    continue
                if bare_mention(norms, clitic_readings, i, head):
                    active = False
                i += 1
        if new:
            hits[tid] = sorted(set(own) | set(new), key=lambda h: h.tok)
