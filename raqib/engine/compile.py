"""Compile a rule set once: resolve terms, build patterns and the index over token keys.

Terms are shared: every rule that names `russia` uses the same term number, so
an article finds each term once however many rules use it. The index maps the
keys of a pattern's first word to the pattern; an article's tokens are looked
up in it, so only rules whose terms occur in the article are evaluated (the
presearcher idea of Lucene's monitor).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace

import re2

from raqib.analysis.coreference import heads_of
from raqib.analysis.tokens import words
from raqib.engine.errors import RuleError, RuleFileErrors
from raqib.engine.evaluate import CAll, CAny, CExpr, CTerm
from raqib.engine.expressions import AllOf, AnyOf, Expr, Term, regex_options
from raqib.engine.paraphrases import paraphrases_for
from raqib.engine.patterns import Pattern, concept_patterns, name_patterns, should_transliterate
from raqib.engine.resolve import Resolved, Resolver
from raqib.engine.results import RuleInfo
from raqib.engine.rulefile import LoadedRule, RuleSet


@dataclass(frozen=True, slots=True)
class CompiledTerm:
    id: int
    text: str  # as first written in a rule
    resolved: Resolved
    regex: object | None = None  # compiled RE2 pattern for regex terms


@dataclass(frozen=True, slots=True)
class CompiledRule:
    info: RuleInfo
    loaded: LoadedRule
    expr: CExpr
    # term sets as sorted tuples: 1-4 terms, tested with `isdisjoint` (a small frozenset is 216 bytes)
    terms: tuple[int, ...]
    lang: frozenset[str]
    scope: str
    min_mentions: int
    required: tuple[tuple[int, ...], ...]  # each set must meet the article's terms for the rule to hold


@dataclass
class Compiled:
    """The whole compiled watch list: terms, patterns, index and rules."""

    terms: list[CompiledTerm] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)
    index: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    rules: list[CompiledRule] = field(default_factory=list)
    rules_by_term: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    regex_terms: list[int] = field(default_factory=list)
    regex_set: object | None = None  # one RE2 set of every regex term: which ones to run at all
    prefix_lengths: set[int] = field(default_factory=set)
    uses_translit: bool = False
    # single-word names of every entity, to stop a transliteration guess where a known name stands
    # (sets while compiling, then sorted tuples of ids)
    entity_names: dict[str, set[str] | tuple[str, ...]] = field(default_factory=lambda: defaultdict(set))
    term_ref: dict[int, str | None] = field(default_factory=dict)
    # category nouns ("المنظمة", "the organization") that refer back to an entity term
    # (sets while compiling, then sorted tuples)
    coref_heads: dict[int, set[tuple[str, str]] | tuple[tuple[str, str], ...]] = field(default_factory=lambda: defaultdict(set))
    word_sets: dict = field(default_factory=dict, repr=False)  # while compiling: equal pattern parts, shared
    names: dict[bool, dict[str, tuple[Pattern, ...]]] = field(default_factory=dict, repr=False)  # while compiling
    cterms: dict[int, CTerm] = field(default_factory=dict, repr=False)  # while compiling: one leaf per term
    langs: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict, repr=False)  # while compiling


def compile_rules(ruleset: RuleSet, errors: list[RuleError] | None = None) -> Compiled:
    """Compile every enabled rule; raise RuleFileErrors (with ``errors`` so far) for unresolvable terms."""
    c, errors = Compiled(), list(errors or [])
    resolver = Resolver(ruleset.definitions)
    term_ids: dict[tuple, int] = {}
    for d in ruleset.definitions.values():
        if d.entity is not None:
            for names in d.words.values():
                for name in names:
                    w = words(name)
                    if len(w) == 1:
                        c.entity_names[w[0]].add(d.id)
    # usually one id: a tuple takes a quarter of a small set's memory
    c.entity_names = {k: tuple(sorted(v)) for k, v in c.entity_names.items()}
    for rule in ruleset.rules:
        expr = _compile_expr(rule.expr, c, resolver, term_ids, errors)
        if expr is None or not rule.model.enabled:
            continue
        m = rule.model
        terms = tuple(sorted(set(_term_ids(expr))))
        # the required sets are usually the rule's terms (one entity, `any` of names): share them
        required = tuple(terms if req == terms else req for req in _required(expr))
        lang = c.langs.setdefault(m.lang, frozenset(m.lang))
        cr = CompiledRule(m.info, rule, expr, terms, lang, m.scope, m.min_mentions, required)
        c.rules.append(cr)
    if errors:
        raise RuleFileErrors(errors)
    _index_patterns(c)
    _index_rules(c)
    _compact(c)
    if c.regex_terms:
        rs = re2.Set.SearchSet(regex_options())
        for tid in c.regex_terms:
            rs.Add(c.terms[tid].resolved.text)
        rs.Compile()
        c.regex_set = rs
    return c


def _index_rules(c: Compiled) -> None:
    """Index each rule under the terms of one of its required sets: the one used by the fewest rules.

    A rule can only hold when every required set meets the article, so one set is
    enough to find it; picking the rarest keeps common concepts (attack, withdrawal)
    from making every rule that uses them a candidate.
    """
    use = Counter(t for r in c.rules for t in r.terms)
    for ri, rule in enumerate(c.rules):
        anchor = min(rule.required, key=lambda req: (sum(use[t] for t in req), len(req)))
        for t in anchor:
            c.rules_by_term[t].append(ri)


def _required(expr: CExpr) -> tuple[tuple[int, ...], ...]:
    """Term sets of which the article must contain at least one each (a cheap test before evaluating)."""
    if isinstance(expr, CAll):
        return tuple(tuple(sorted(set(_positive_terms(c)))) for c in expr.children)
    return (tuple(sorted(set(_positive_terms(expr)))),)


def _positive_terms(expr: CExpr):
    return _term_ids(expr, negated=False)


def _term_ids(expr: CExpr, negated: bool = True):
    """The terms of an expression; with ``negated``, those under `not` too."""
    if isinstance(expr, CTerm):
        yield expr.term
        return
    kids = expr.children + (getattr(expr, "negated", ()) if negated else ())
    for ch in kids:
        yield from _term_ids(ch, negated)


def _compile_expr(expr: Expr, c: Compiled, resolver: Resolver, ids: dict, errors: list[RuleError]) -> CExpr | None:
    if isinstance(expr, Term):
        try:
            resolved = resolver.resolve(expr)
        except RuleError as e:
            errors.append(e)
            return None
        tid = _add_term(expr, resolved, c, resolver, ids)
        leaf = c.cterms.get(tid)
        if leaf is None:
            leaf = c.cterms[tid] = CTerm(tid)
        return leaf
    kids = [_compile_expr(ch, c, resolver, ids, errors) for ch in expr.children]
    if isinstance(expr, AnyOf):
        return None if None in kids else CAny.of(tuple(kids))
    neg = [_compile_expr(ch, c, resolver, ids, errors) for ch in expr.negated]
    if None in kids or None in neg:
        return None
    return CAll(tuple(kids), tuple(neg), expr.within)


def _add_term(term: Term, r: Resolved, c: Compiled, resolver: Resolver, ids: dict) -> int:
    key = (r.kind, r.ref) if r.ref else (r.kind, term.kind, r.text)
    if key in ids:
        return ids[key]
    tid = len(c.terms)
    ids[key] = tid
    c.term_ref[tid] = r.ref
    if r.kind == "regex":
        c.terms.append(CompiledTerm(tid, term.text, r, re2.compile(r.text, regex_options())))
        c.regex_terms.append(tid)
        return tid
    c.terms.append(CompiledTerm(tid, term.text, r))
    pats: list[Pattern] = []
    if r.kind == "entity":
        d = resolver.definitions[r.ref]
        for names in d.words.values():
            for name in names:
                pats += _name_patterns(c, tid, name, d.entity.transliterate)
                c.coref_heads[tid].update(heads_of(words(name)))
    elif r.kind == "concept":
        concept_words = [w for ws in resolver.definitions[r.ref].words.values() for w in ws]
        for w in concept_words:
            pats += concept_patterns(tid, w)
        for w in paraphrases_for(concept_words):
            pats += concept_patterns(tid, w, via="paraphrase")
    else:
        pats += _name_patterns(c, tid, r.text, term.kind == "auto" and should_transliterate(r.text))
    for p in _unique(pats):
        _intern_words(p, c.word_sets)
        c.patterns.append(p)
    return tid


def _index_patterns(c: Compiled) -> None:
    """Index each pattern under the keys of one of its words, for a name of several words the
    word the fewest patterns share.

    An article word that is the indexed word of a longer name makes the scanner verify it
    there: "city" in "city of X" made every "city of" in an article verify thousands of
    names at 100,000 rules. A transliteration pattern keeps its anchor (the longest key,
    ``patterns.translit_patterns``), whose spelling the scanner checks first.
    """
    use = Counter(w for p in c.patterns for w in p.words)
    for pid, p in enumerate(c.patterns):
        if p.mode == "name" and len(p.words) > 1:
            best = min(range(len(p.words)), key=lambda j: (use[p.words[j]], j))
            if best != p.anchor:
                # a new object: the last compile's patterns may still serve the old watch list
                p = c.patterns[pid] = replace(p, anchor=best)
        for k in p.index_keys:
            c.index[k].append(pid)
            if k.startswith("p:"):
                c.prefix_lengths.add(len(k) - 2)
        if p.mode == "translit":
            c.uses_translit = True


# The name patterns of the last compile, by transliterate, then name: a reload after an edit
# builds only the new names' patterns (tokenizing and keying names is most of a compile).
# (Two tables keyed by the name, not one by (name, transliterate): a key tuple per name.)
_last_names: dict[bool, dict[str, tuple[Pattern, ...]]] = {}


def _name_patterns(c: Compiled, tid: int, name: str, transliterate: bool) -> list[Pattern]:
    table = c.names.get(transliterate)
    if table is None:
        table = c.names[transliterate] = {}
    pats = table.get(name)
    if pats is None:
        last = _last_names.get(transliterate)
        pats = last.get(name) if last is not None else None
        if pats is None:
            pats = tuple(name_patterns(tid, name, transliterate=transliterate))
        table[name] = pats
    # patterns are the same for every term of that name but for the term number
    return [p if p.term == tid else replace(p, term=tid) for p in pats]


def _intern_words(p: Pattern, pool: dict) -> None:
    """Share equal parts between patterns: the key tuples of words (most are one key, and many
    patterns repeat one: a phonetic key, a concept's inflections), and the tuples of normalized
    words, spellings and capitals (a given name is in hundreds of names, a Latin name's
    transliteration has its words, `caps` is nearly always all False)."""
    words = tuple(pool.setdefault(w, w) for w in p.words)
    words = pool.setdefault(words, words)
    if words is not p.words:
        object.__setattr__(p, "words", words)  # a frozen Pattern, still being built
    for attr in ("norms", "texts", "caps"):
        old = getattr(p, attr)
        new = pool.get(old)
        if new is None:
            new = tuple(pool.setdefault(x, x) for x in old) if attr != "caps" else old
            pool[new] = new
        if new is not old:
            object.__setattr__(p, attr, new)


def _compact(c: Compiled) -> None:
    """After compiling: index lists become tuples (no spare capacity), the interning pool goes."""
    for table in (c.index, c.rules_by_term):
        for k, v in table.items():
            table[k] = tuple(v)
    # an entity whose names have no category noun has no entry; the others a sorted tuple, shared
    # by the entities of one kind ("the party", "الحزب")
    shared: dict[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]] = {}
    c.coref_heads = {
        tid: shared.setdefault(t, t) for tid, heads in c.coref_heads.items() if heads for t in [tuple(sorted(heads))]
    }
    c.word_sets, c.cterms, c.langs = {}, {}, {}
    global _last_names
    _last_names, c.names = c.names, {}


def _unique(pats: list[Pattern]) -> list[Pattern]:
    seen, out = set(), []
    for p in pats:
        if (p.mode, p.words, p.caps) not in seen:
            seen.add((p.mode, p.words, p.caps))
            out.append(p)
    return out
