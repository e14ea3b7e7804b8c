"""Explain: why each rule matched an article, or which part of it failed.

Returns plain data; the CLI renders it. A rule is "near" when at least one of
its terms occurs in the article but the rule does not match.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from raqib.analysis.document import Document
from raqib.engine.compile import CompiledRule
from raqib.engine.evaluate import CAll, CAny, CExpr, CTerm, TokenHit, Units, evaluate, mentions
from raqib.engine.results import Hit, RuleMatch
from raqib.engine.watchlist import Watchlist, scopes, to_hits


@dataclass
class NodeTrace:
    """One node of a rule's expression: what it is, whether it held, and its hits."""

    label: str
    held: bool
    hits: list[Hit] = field(default_factory=list)
    children: list[NodeTrace] = field(default_factory=list)


@dataclass
class RuleExplanation:
    rule: CompiledRule
    match: RuleMatch | None
    trace: NodeTrace
    reason: str  # why it did not match ("" when it matched)


def explain(wl: Watchlist, doc: Document) -> list[RuleExplanation]:
    """Matched rules first, then near misses."""
    hits = wl.term_hits(doc)
    matches = {m.rule.id: m for m in wl.match_document(doc)}
    units = Units(doc.sentence_of, doc.paragraph_of)
    out = []
    for rule in wl.rules:
        if rule.info.id not in matches and hits.keys().isdisjoint(rule.terms):
            continue
        trace = _trace(rule.expr, wl, doc, hits, units)
        m = matches.get(rule.info.id)
        out.append(RuleExplanation(rule, m, trace, "" if m else _reason(rule, wl, doc, hits, units)))
    out.sort(key=lambda e: (e.match is None, e.rule.info.id))
    return out


def _label(expr: CExpr, wl: Watchlist) -> str:
    if isinstance(expr, CTerm):
        t = wl.compiled.terms[expr.term]
        r = t.resolved
        what = {"entity": "entity", "concept": "concept", "keyword": "keyword", "regex": "regex"}[r.kind]
        return f"{what} {r.ref or r.text!r}" + (f" (from {t.text!r})" if r.ref and r.ref != t.text else "")
    if isinstance(expr, CAny):
        return "any of"
    return f"all of, within {expr.within}" if not isinstance(expr.within, int) else f"all of, within {expr.within} words"


def _trace(expr: CExpr, wl: Watchlist, doc: Document, hits, units) -> NodeTrace:
    found = evaluate(expr, hits, 0, len(doc.tokens), units)
    node = NodeTrace(_label(expr, wl), found is not None, to_hits(doc, found or [], wl) if isinstance(expr, CTerm) else [])
    if not isinstance(expr, CTerm):
        node.children = [_trace(c, wl, doc, hits, units) for c in expr.children]
        for c in getattr(expr, "negated", ()):
            t = _trace(c, wl, doc, hits, units)
            t.label = f"not {t.label}"
            t.held = not t.held
            node.children.append(t)
    return node


def _reason(rule: CompiledRule, wl: Watchlist, doc: Document, hits: dict[int, list[TokenHit]], units) -> str:
    if rule.lang and doc.lang not in rule.lang:
        return f"the article is in {doc.lang!r}; the rule only takes {sorted(rule.lang)}"
    expr = rule.expr
    found_page = evaluate(expr, hits, 0, len(doc.tokens), units)
    if found_page is None:
        if isinstance(expr, CAll):
            missing = [_label(c, wl) for c in expr.children if evaluate(c, hits, 0, len(doc.tokens), units) is None]
            present = [_label(c, wl) for c in expr.negated if evaluate(c, hits, 0, len(doc.tokens), units)]
            if present:
                return "excluded: " + ", ".join(present) + " occurs in the article"
            if missing:
                return "missing: " + ", ".join(missing)
            return f"every part occurs, but not together within one {expr.within}"
        return "no term of the rule occurs"
    if mentions(found_page) < rule.min_mentions:
        return f"{mentions(found_page)} mention(s); the rule needs {rule.min_mentions}"
    if rule.scope == "story":
        stories = [s for s in scopes(doc, "story")]
        return (
            "it holds only when page furniture (headline lists, tags, navigation) is counted, "
            f"or across stories ({len(stories)} on the page); set `scope: page` to count them"
        )
    return "no scope of the page holds"
