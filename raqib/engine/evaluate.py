"""Evaluate a compiled expression over the term hits of one document scope.

Pure functions over token positions: a term holds where it has hits; ``any``
where one child holds; ``all`` where every child holds inside one window
(sentence, paragraph, the whole scope, or N consecutive words) and no negated
child holds anywhere in the scope.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from operator import itemgetter
from typing import NamedTuple, Union

from raqib.engine.expressions import Window

HOW_RANK = {
    "exact": 0,
    "normalized": 1,
    "clitic": 2,
    "inflected": 3,
    "paraphrase": 4,
    "transliterated": 5,
    "coreferent": 6,
    "regex": 7,
}


class TokenHit(NamedTuple):
    """A term found at tokens [tok, tok + length).

    A named tuple, not a dataclass: the scanner makes one per place a term matches and
    evaluation hashes and sorts them, all in C this way (hundreds an article at 100,000 rules).
    """

    term: int
    tok: int
    length: int
    how: str
    name: str  # the rule's word or name that matched


@dataclass(frozen=True, slots=True)
class CTerm:
    term: int


@dataclass(frozen=True, slots=True)
class CAny:
    children: tuple[CExpr, ...]
    # the children's term numbers when every child is a term (most rules: a name or a list
    # of names), so evaluate reads the hits without a call per child; else ()
    terms: tuple[int, ...] = ()

    @classmethod
    def of(cls, children: tuple[CExpr, ...]) -> CAny:
        terms = tuple(c.term for c in children if isinstance(c, CTerm))
        return cls(children, terms if len(terms) == len(children) else ())


@dataclass(frozen=True, slots=True)
class CAll:
    children: tuple[CExpr, ...]
    negated: tuple[CExpr, ...]
    within: Window


CExpr = Union[CTerm, CAny, CAll]


class Units:
    """Token ranges of sentences and paragraphs, from the per-token unit numbers.

    Unit numbers never decrease in token order (``analysis.document`` numbers
    sentences and paragraphs as the text runs), so a unit's tokens are one run,
    found by bisection when a window asks for it: most articles never need one.
    """

    def __init__(self, sentence_of: tuple[int, ...], paragraph_of: tuple[int, ...]) -> None:
        self.sentence = _Ranges(sentence_of)
        self.paragraph = _Ranges(paragraph_of)
        self.sentence_of = sentence_of
        self.paragraph_of = paragraph_of
        self.n = len(sentence_of)  # tokens in the document


class _Ranges(dict):
    """unit -> (first token, last token + 1), computed on first use."""

    __slots__ = ("unit_of",)

    def __init__(self, unit_of: tuple[int, ...]) -> None:
        super().__init__()
        self.unit_of = unit_of

    def __missing__(self, u: int) -> tuple[int, int]:
        unit_of = self.unit_of
        lo = bisect_left(unit_of, u)
        if lo == len(unit_of) or unit_of[lo] != u:
            raise KeyError(u)
        got = self[u] = (lo, bisect_right(unit_of, u, lo))
        return got


def evaluate(expr: CExpr, hits: dict[int, list[TokenHit]], lo: int, hi: int, units: Units) -> list[TokenHit] | None:
    """The hits that make ``expr`` hold within tokens [lo, hi), or None if it does not hold."""
    if isinstance(expr, CTerm):
        found = hits.get(expr.term)
        if not found:
            return None
        if lo == 0 and hi >= units.n:
            return list(found)  # the whole document: every hit (most rules ask no window)
        return _in_range(found, lo, hi) or None
    if isinstance(expr, CAny):
        if expr.terms and lo == 0 and hi >= units.n:
            out = [h for t in expr.terms for h in hits.get(t, ())]
        else:
            out = [h for c in expr.children for h in (evaluate(c, hits, lo, hi, units) or ())]
        return out or None
    for neg in expr.negated:
        if evaluate(neg, hits, lo, hi, units) is not None:
            return None
    first = evaluate(expr.children[0], hits, lo, hi, units)
    if first is None:
        return None
    if expr.within == "article":
        return _all_in(expr.children, hits, lo, hi, units)
    out: list[TokenHit] = []
    for wlo, whi in _windows(expr.within, first, hits, expr, lo, hi, units):
        found = _all_in(expr.children, hits, wlo, whi, units)
        if found:
            out += found
    return _dedupe(out) or None


def _all_in(children, hits, lo, hi, units) -> list[TokenHit] | None:
    out: list[TokenHit] = []
    for c in children:
        found = evaluate(c, hits, lo, hi, units)
        if found is None:
            return None
        out += found
    return out


def _windows(within, first, hits, expr, lo, hi, units):
    if within in ("sentence", "paragraph"):
        table, unit_of = (
            (units.sentence, units.sentence_of) if within == "sentence" else (units.paragraph, units.paragraph_of)
        )
        for u in sorted({unit_of[h.tok] for h in first}):
            ulo, uhi = table[u]
            yield max(ulo, lo), min(uhi, hi)
        return
    # N words: every window that starts at a hit of any child.
    starts = sorted({h.tok for c in expr.children for h in (evaluate(c, hits, lo, hi, units) or ())})
    for s in starts:
        yield s, min(s + within, hi)


def _in_range(found, lo: int, hi: int) -> list[TokenHit]:
    if not found:
        return []
    i = bisect_left(found, lo, key=lambda h: h.tok)
    out = []
    for h in found[i:]:
        if h.tok >= hi:
            break
        if h.tok + h.length <= hi:
            out.append(h)
    return out


def _dedupe(found: list[TokenHit]) -> list[TokenHit]:
    return list(dict.fromkeys(found))


TOK_TERM = itemgetter(1, 0)  # a TokenHit's (tok, term): the order of a match's hits


def mentions(found: list[TokenHit]) -> int:
    """Distinct places where terms matched."""
    return len(set(map(TOK_TERM, found)))
