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
                    pk = translit.phonetic_key(r)
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
            for pid in self.starts(tok.norm):
                p = patterns[pid]
                n = len(p.words)
                if i + n > len(tokens) or (n > 1 and doc.field_of[i + n - 1] != doc.field_of[i]):
                    continue
                how = self._verify(p, tokens, i, doc)
                if how is None:
                    continue
                hit = TokenHit(p.term, i, n, how, p.name)
                old = best.get((p.term, i))
                if old is None or (HOW_RANK[how], -n) < (HOW_RANK[old.how], -old.length):
                    best[(p.term, i)] = hit
        out: dict[int, list[TokenHit]] = defaultdict(list)
        for (term, _), hit in sorted(best.items(), key=lambda kv: kv[0][1]):
            out[term].append(hit)
        return out

    def _verify(self, p: Pattern, tokens: tuple[Token, ...], i: int, doc: Document) -> str | None:
        worst = 0
        for j, want in enumerate(p.words):
            tok = tokens[i + j]
            if j and not (want & self.keys(tok.norm)):
                return None
            if p.caps[j] and not (tok.text.isupper() or not tok.text.isascii()):
                return None
            if p.mode == "translit":
                if not self._translit_ok(p, j, tok, tokens, i):
                    return None
                rank = HOW_RANK["transliterated"]
            elif p.mode == "inflect" and f"n:{p.norms[j]}" not in self.keys(tok.norm):
                rank = HOW_RANK["inflected"]
            else:
                rank = _how_plain(tok, p.norms[j])
            worst = max(worst, rank)
        return next(h for h, r in HOW_RANK.items() if r == worst)

    def _translit_ok(self, p: Pattern, j: int, tok: Token, tokens: tuple[Token, ...], i: int) -> bool:
        want = next(iter(p.words[j]))[2:]
        readings = [r for r in clitic_readings(tok.norm) if translit.phonetic_key(r) == want]
        if not any(translit.similar(p.norms[j], r) for r in readings):
            return False
        # A known name of another entity is that entity, not a spelling of this one.
        ref = self.c.term_ref.get(p.term)
        for r in readings:
            others = self.c.entity_names.get(r, set()) - {ref}
            if others:
                return False
        if len(p.words) == 1 and is_arabic(tok.norm) and any(translit.is_common_word(r) for r in readings):
            prev = tokens[i - 1].norm if i > 0 else ""
            return prev in translit.TITLE_WORDS
        return True


def _how_plain(tok: Token, norm: str) -> int:
    if tok.text == norm or tok.text.casefold() == norm and not is_arabic(norm):
        return HOW_RANK["exact"]
    if tok.norm == norm:
        return HOW_RANK["normalized"]
    return HOW_RANK["clitic"]
